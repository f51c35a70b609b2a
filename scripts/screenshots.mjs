#!/usr/bin/env node
// Screenshots of the playground for the README (docs/*.png), taken with
// playwright-core and Debian's Chromium from the built page (npm run build:web).
//   node scripts/screenshots.mjs
// docs/screenshot-light.png / -dark.png: a live run in progress (the queue
// example at virtual 1x, caught mid-run), its timeline growing when the
// engine sends task events (events v2).
// docs/timeline-recorded.png, docs/timeline-blocking.png: timelines of the
// gather and blocking time.sleep examples drawn from event lists recorded from
// the native engine (tests/e2e/fixtures/*.events.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = (name) => path.join(ROOT, 'docs', name);
const { server, url } = await serve(path.join(ROOT, 'dist'), 0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars'],
});

async function open(colorScheme) {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${url}#example/queue`);
  await page.waitForSelector('#editor[data-ready="true"][data-kind="monaco"]');
  await page.waitForFunction(() => document.body.dataset.loading === 'false');
  return page;
}

try {
  for (const scheme of ['light', 'dark']) {
    const page = await open(scheme);
    await page.selectOption('#clock', 'virtual:1');
    await page.click('#run');
    await page.waitForFunction(() => document.querySelectorAll('#console .line').length >= 7, null, { timeout: 20000 });
    await page.mouse.move(0, 0);
    await page.screenshot({ path: out(`screenshot-${scheme}.png`) });
    const live = await page.evaluate(() => window.loopscope.timeline.hasTaskEvents);
    console.log(`docs/screenshot-${scheme}.png (run in progress; timeline ${live ? 'live' : 'empty: the engine sent no task events'})`);
    await page.close();
  }
  const page = await open('dark');
  const fixture = JSON.parse(readFileSync(path.join(ROOT, 'tests/e2e/fixtures/gather.events.json'), 'utf8'));
  await page.evaluate((src) => window.loopscope.setSource(src), readFileSync(path.join(ROOT, 'tests/golden/skeleton.py'), 'utf8'));
  await page.evaluate((events) => window.loopscope.replay(events), fixture.events);
  await page.waitForTimeout(200);
  const seg = await page.locator('#timeline .seg.waiting[data-task="3"]').boundingBox();
  await page.mouse.move(seg.x + seg.width * 0.6, seg.y + seg.height / 2);
  await page.click('#console .line[data-task="2"]:nth-child(3)');
  await page.mouse.move(seg.x + seg.width * 0.6, seg.y + seg.height / 2);
  await page.waitForTimeout(100);
  await page.screenshot({ path: out('timeline-recorded.png') });
  console.log('docs/timeline-recorded.png (recorded events v2)');
  const light = await open('light');
  const blocking = JSON.parse(readFileSync(path.join(ROOT, 'tests/e2e/fixtures/blocking-sleep.events.json'), 'utf8'));
  await light.evaluate((src) => window.loopscope.setSource(src), readFileSync(path.join(ROOT, 'web/examples/blocking-sleep.py'), 'utf8'));
  await light.evaluate((events) => window.loopscope.replay(events), blocking.events);
  await light.waitForTimeout(200);
  await light.hover('#timeline .seg.blocked[data-task="3"]');
  await light.screenshot({ path: out('timeline-blocking.png') });
  console.log('docs/timeline-blocking.png (recorded events v2)');
} finally {
  await browser.close();
  server.close();
}
