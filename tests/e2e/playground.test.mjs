// End-to-end: serve dist/ (npm run build), drive Debian's Chromium through
// playwright-core (no browser download), run the default program in the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SKELETON_OUT = readFileSync(path.join(ROOT, 'tests/golden/skeleton.3.12.out'), 'utf8');

let server;
let url;
let browser;

before(async () => {
  assert.ok(existsSync(path.join(DIST, 'index.html')), 'dist/ is missing: run npm run build first');
  ({ server, url } = await serve(DIST, 0));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage() {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(url);
  await page.waitForSelector('#editor[data-ready="true"] .monaco-editor', { timeout: 30000 });
  await page.waitForFunction(() => document.getElementById('status').textContent === 'ready', null, { timeout: 30000 });
  return { page, errors };
}

const consoleLines = (page) => page.$$eval('#console .line', (els) => els.map((el) => ({
  stream: el.dataset.stream,
  text: el.querySelector('.text').textContent,
  ts: el.querySelector('.ts').textContent,
  arrival: Number(el.dataset.arrival),
})));

test('the page loads Monaco with the skeleton program and the engine', async () => {
  const { page, errors } = await openPage();
  const source = await page.evaluate(() => document.querySelector('.monaco-editor .view-lines').textContent);
  assert.match(source, /asyncio\.run\(main\(\)\)/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Run prints the skeleton lines in order, in real time', async () => {
  const { page, errors } = await openPage();
  await page.click('#run');
  await page.waitForSelector('#console .line.meta', { timeout: 30000 });
  const lines = await consoleLines(page);
  const output = lines.filter((l) => l.stream === 'stdout');
  assert.deepEqual(output.map((l) => l.text), SKELETON_OUT.trimEnd().split('\n'));
  for (const l of lines) assert.match(l.ts, /^\+\d+\.\d{3}s$/);
  const start = output.find((l) => l.text === 'start a');
  const done = output.find((l) => l.text === 'done a');
  assert.ok(done.arrival - start.arrival >= 900,
    `"done a" arrived ${(done.arrival - start.arrival).toFixed(0)} ms after "start a"`);
  assert.equal(lines.at(-1).text, '[exit code 0]');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Ctrl+Enter runs the program too', async () => {
  const { page } = await openPage();
  await page.click('.monaco-editor');
  await page.selectOption('#clock', 'virtual');
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('#console .line.meta', { timeout: 30000 });
  const lines = await consoleLines(page);
  assert.deepEqual(lines.filter((l) => l.stream === 'stdout').map((l) => l.text), SKELETON_OUT.trimEnd().split('\n'));
  await page.close();
});

test('stderr lines are shown apart from stdout (uncaught exception)', async () => {
  const { page } = await openPage();
  const read = (ext) => readFileSync(path.join(ROOT, `tests/golden/uncaught.3.12.${ext}`), 'utf8');
  await page.evaluate((src) => window.loopscope.setSource(src), readFileSync(path.join(ROOT, 'tests/golden/uncaught.py'), 'utf8'));
  await page.selectOption('#clock', 'virtual');
  await page.click('#run');
  await page.waitForSelector('#console .line.meta', { timeout: 30000 });
  const lines = await consoleLines(page);
  assert.deepEqual(lines.filter((l) => l.stream === 'stdout').map((l) => l.text), read('out').trimEnd().split('\n'));
  assert.deepEqual(lines.filter((l) => l.stream === 'stderr').map((l) => l.text), read('err').trimEnd().split('\n'));
  assert.equal(lines.at(-1).text, '[exit code 1]');
  const colors = await page.$$eval('#console .line .text', (els) => [...new Set(els.map((el) => getComputedStyle(el).color))]);
  assert.ok(colors.length >= 2, 'stdout and stderr are styled differently');
  await page.close();
});

test('Stop ends a sleeping program', async () => {
  const { page } = await openPage();
  await page.evaluate(() => window.loopscope.setSource(
    'import asyncio\n\n\nasync def main():\n    print("go")\n    await asyncio.sleep(60)\n    print("never")\n\n\nasyncio.run(main())\n'));
  await page.click('#run');
  await page.waitForFunction(() => [...document.querySelectorAll('#console .line.stdout')].some((l) => l.textContent.includes('go')), null, { timeout: 30000 });
  await page.click('#stop');
  await page.waitForSelector('#console .line.meta', { timeout: 5000 });
  const lines = await consoleLines(page);
  assert.ok(!lines.some((l) => l.text === 'never'));
  assert.equal(await page.isEnabled('#run'), true);
  await page.close();
});
