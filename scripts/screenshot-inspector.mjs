#!/usr/bin/env node
// Screenshot of the event-loop inspector for docs/inspector.md
// (docs/inspector.png): the gather program of the inspector tests after three
// Steps, dark theme, taken with playwright-core and Debian's Chromium from the
// built page (sh scripts/build.sh web).
//   node scripts/screenshot-inspector.mjs
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { server, url } = await serve(path.join(ROOT, 'dist'), 0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars'],
});
try {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1440, height: 860 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('#editor[data-ready="true"][data-kind="monaco"]');
  await page.waitForFunction(() => document.body.dataset.loading === 'false');
  await page.selectOption('#clock', 'virtual:0');
  const source = readFileSync(path.join(ROOT, 'tests/unit/embed/inspector/gather.py'), 'utf8');
  await page.evaluate((src) => window.loopscope.setSource(src), source);
  for (let i = 1; i <= 3; i++) {
    await page.click(i === 1 ? '#step' : '#inspector .ins-step');
    await page.waitForSelector(`#inspector[data-iteration="${i}"] .ins-content section`);
  }
  // The timeline redraws on its own schedule (up to a second apart when drawing is slow).
  await page.waitForFunction(() => !window.loopscope.timelineView.pending && window.loopscope.timelineView.domain().t1 < 0.2);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(ROOT, 'docs', 'inspector.png') });
  console.log('docs/inspector.png (the gather program after three steps)');
} finally {
  await browser.close();
  server.close();
}
