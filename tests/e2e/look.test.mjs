// Look and feel: themes (OS preference + manual toggle, kept out of links),
// keyboard-only use (Esc leaves Monaco, visible focus), a phone-sized viewport.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, setSource, runAndWait } from './helpers.mjs';

useBrowser();

const bg = (page, sel) => page.$eval(sel, (el) => getComputedStyle(el).backgroundColor);
const dark = (rgb) => { const [r, g, b] = rgb.match(/\d+/g).map(Number); return (r + g + b) / 3 < 80; };

test('dark theme follows the OS; the toggle overrides it and is remembered, not shared', async () => {
  const { page } = await openPage({ colorScheme: 'dark' });
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.ok(dark(await bg(page, 'body')), 'dark page background');
  assert.ok(dark(await bg(page, '#console')), 'dark console');
  assert.ok(await page.$('.monaco-editor.vs-dark'), 'Monaco in its dark theme');
  // auto -> light
  await page.click('#theme');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
  assert.ok(!dark(await bg(page, 'body')));
  await page.waitForSelector('.monaco-editor.vs');
  // light -> dark (explicit), survives a reload
  await page.click('#theme');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  await page.reload();
  await page.waitForSelector('#editor[data-ready="true"]');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.match(await page.textContent('#theme'), /dark/);
  // Back to auto: the page follows the OS, live.
  await page.click('#theme');
  assert.match(await page.textContent('#theme'), /auto/);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  await page.waitForSelector('.monaco-editor.vs');
  await page.close();
});

test('keyboard only: Esc leaves the editor, Tab reaches the controls with a visible focus ring', async () => {
  const { page } = await openPage();
  await page.click('.monaco-editor .view-lines');
  await page.keyboard.press('Tab');   // Tab indents inside the editor...
  assert.ok(await page.evaluate(() => document.activeElement.closest('.monaco-editor') !== null));
  await page.keyboard.press('Escape');  // ...and Esc leaves it.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'run');
  const outline = await page.$eval('#run', (el) => getComputedStyle(el).outlineStyle);
  assert.notEqual(outline, 'none', 'focus ring on Run');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.loopscope.lastRun !== null, null, { timeout: 30000 });
  await page.keyboard.press('Tab');
  assert.notEqual(await page.evaluate(() => document.activeElement.id), 'run');
  await page.close();
});

test('a phone-sized viewport gets the light editor, stacked panes and working runs', async () => {
  const { page, errors } = await openPage({
    editor: 'textarea',
    context: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  });
  assert.equal(await page.$('.monaco-editor'), null, 'no Monaco on a phone');
  const ed = await page.locator('#fallback-editor').boundingBox();
  const con = await page.locator('#console').boundingBox();
  assert.ok(con.y >= ed.y + ed.height - 1, 'console below the editor');
  assert.ok(ed.width <= 390 && con.width <= 390);
  const scrollW = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollW <= 390, `no horizontal scrolling (${scrollW}px)`);
  await page.fill('#fallback-editor', 'def f():\n    await g()\n');
  await page.selectOption('#clock', 'virtual:0');
  await page.tap('#run');
  await page.waitForFunction(() => window.loopscope.lastRun !== null, null, { timeout: 30000 });
  assert.match(await page.textContent('#markers'), /line 2:5 — SyntaxError: 'await' outside async function/);
  await setSource(page, 'print("small screen")\n');
  const lines = await runAndWait(page);
  assert.equal(lines[0].text, 'small screen');
  assert.deepEqual(errors, []);
  await page.close();
});
