#!/usr/bin/env node
// Measures the built page (dist/) in Debian's Chromium: what it transfers,
// gzip-compressed (as a static host would serve it), split into page /
// Monaco / engine, and how long it takes on localhost until
//   - first paint of the controls and the textarea editor,
//   - the engine is ready (Run works),
//   - Monaco is up (the page is fully interactive).
//   node scripts/page-metrics.mjs [--runs N]
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const { server, url } = await serve(DIST, 0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});

const category = (file) => {
  if (/monaco|codicon|editor\.worker/.test(file)) return 'monaco';
  if (/\.wasm$|^assets\/worker-/.test(file)) return 'engine';
  return 'page';
};

const times = [];
let files = null;
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const seen = new Set();
  page.on('request', (r) => { const u = new URL(r.url()); if (u.origin === new URL(url).origin) seen.add(u.pathname.replace(/^\//, '') || 'index.html'); });
  const t0 = Date.now();
  await page.goto(url);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  await page.waitForFunction(() => document.getElementById('status').textContent === 'ready' || window.loopscope?.lastRun, null, { timeout: 60000 });
  const engine = Date.now() - t0;
  await page.waitForFunction(() => document.body.dataset.loading === 'false', null, { timeout: 60000 });
  const full = Date.now() - t0;
  await page.waitForTimeout(500);   // late requests (workers)
  times.push({ fcp, engine, full });
  files = [...seen];
  await context.close();
}
await browser.close();
server.close();

const sums = { page: [0, 0], monaco: [0, 0], engine: [0, 0] };
for (const f of files) {
  const body = readFileSync(path.join(DIST, f));
  const c = category(f);
  sums[c][0] += body.length;
  sums[c][1] += gzipSync(body, { level: 9 }).length;
}
const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.log('transferred (gzip -9 / raw):');
for (const [c, [raw, gz]] of Object.entries(sums)) console.log(`  ${c.padEnd(7)} ${kb(gz).padStart(9)}  / ${kb(raw)}`);
const total = Object.values(sums).reduce((a, [r, g]) => [a[0] + r, a[1] + g], [0, 0]);
console.log(`  total   ${kb(total[1]).padStart(9)}  / ${kb(total[0])}`);
console.log('files:', files.sort().join(' '));
const med = (k) => times.map((t) => t[k]).sort((a, b) => a - b)[Math.floor(times.length / 2)];
console.log(`localhost, median of ${runs}: first paint ${Math.round(med('fcp'))} ms, engine ready (Run works) ${med('engine')} ms, Monaco ready ${med('full')} ms`);
