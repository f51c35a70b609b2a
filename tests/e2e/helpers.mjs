// Shared e2e plumbing: serve dist/ on a free port and drive Debian's Chromium
// through playwright-core (no browser download). Each test file gets its own
// server and browser, so node --test can run the files in parallel.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const read = (rel) => readFileSync(path.join(ROOT, rel), 'utf8');

export const ctx = { url: null, browser: null, server: null };

export function launchArgs() {
  return ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
}

export function useBrowser() {
  before(async () => {
    assert.ok(existsSync(path.join(DIST, 'index.html')), 'dist/ is missing: run npm run build first');
    ({ server: ctx.server, url: ctx.url } = await serve(DIST, 0));
    ctx.browser = await chromium.launch({ executablePath: CHROMIUM, args: launchArgs() });
  });
  after(async () => {
    await ctx.browser?.close();
    ctx.server?.close();
  });
}

/** Opens the page (optionally with a hash / browser context options) and waits until it is ready. */
export async function openPage({ hash = '', context = {}, editor = 'monaco', colorScheme } = {}) {
  const bctx = await ctx.browser.newContext({ colorScheme, ...context });
  const page = await bctx.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('close', () => bctx.close().catch(() => {}));
  await page.goto(ctx.url + hash);
  await page.waitForSelector(`#editor[data-ready="true"][data-kind="${editor}"]`, { timeout: 60000 });
  await page.waitForFunction(() => document.body.dataset.loading === 'false', null, { timeout: 60000 });
  return { page, errors };
}

let shared = null;
/** One page per test file, reused by tests that do not need a fresh one (saves a Monaco load each). */
export async function sharedPage() {
  if (!shared || shared.page.isClosed()) shared = await openPage();
  await shared.page.evaluate(() => { window.loopscope.lastRun = null; });
  return shared;
}

export const consoleLines = (page) => page.$$eval('#console .line', (els) => els.map((el) => ({
  stream: el.dataset.stream,
  text: el.querySelector('.text').textContent,
  ts: el.querySelector('.ts').textContent,
  offset: Number(el.dataset.offset),
  arrival: Number(el.dataset.arrival),
  rt: el.dataset.rt === undefined ? null : Number(el.dataset.rt),
})));

export async function setSource(page, text) {
  await page.evaluate((src) => window.loopscope.setSource(src), text);
}

/** Runs the program (Run button) and waits for the status line; returns the console lines. */
export async function runAndWait(page, { timeout = 30000 } = {}) {
  await page.evaluate(() => { window.loopscope.lastRun = null; });
  await page.click('#run');
  await page.waitForFunction(() => window.loopscope.lastRun !== null, null, { timeout });
  return consoleLines(page);
}
