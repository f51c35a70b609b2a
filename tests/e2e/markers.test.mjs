// Editor markers: a SyntaxError's line and column, the failing main.py line
// of a traceback, the message on hover; cleared by the next run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, sharedPage as openPage, setSource, runAndWait } from './helpers.mjs';

useBrowser();

const monacoMarkers = (page) => page.evaluate(() => {
  const m = window.loopscope.markers();
  return m.map(({ severity, line, column, endColumn, message }) => ({ severity, line, column, endColumn, message }));
});

test('a SyntaxError is a marker at its line and column, with the message on hover', async () => {
  const { page } = await openPage();
  await setSource(page, 'import asyncio\n\n\ndef main():\n    result = await asyncio.sleep(1)\n    print(result)\n\n\nmain()\n');
  await page.selectOption('#clock', 'virtual:0');
  await runAndWait(page);
  assert.deepEqual(await monacoMarkers(page), [
    { severity: 'error', line: 5, column: 14, endColumn: 36, message: "SyntaxError: 'await' outside async function" },
  ]);
  await page.waitForSelector('.monaco-editor .squiggly-error');
  // Hover the squiggle: Monaco shows the message.
  const box = await page.locator('.monaco-editor .squiggly-error').first().boundingBox();
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.waitForSelector('.marker-hover:has-text("outside async function")', { timeout: 5000 });
  // Moving away hides it.
  await page.mouse.move(1, 1);
  await page.waitForSelector('.marker-hover', { state: 'hidden', timeout: 5000 });
});

test('a traceback marks the failing line of the last main.py frame; the next run clears it', async () => {
  const { page } = await openPage();
  await setSource(page, 'import asyncio\n\n\nasync def div(a, b):\n    await asyncio.sleep(0.1)\n    return a / b\n\n\nasync def main():\n    print(await div(1, 0))\n\n\nasyncio.run(main())\n');
  await page.selectOption('#clock', 'virtual:0');
  await runAndWait(page);
  const markers = await monacoMarkers(page);
  assert.deepEqual(markers, [{ severity: 'error', line: 6, column: 12, endColumn: 17, message: 'ZeroDivisionError: division by zero' }]);
  await page.waitForSelector('.monaco-editor .squiggly-error');
  await setSource(page, 'print("fine")\n');
  await runAndWait(page);
  assert.deepEqual(await monacoMarkers(page), []);
  assert.equal(await page.$('.monaco-editor .squiggly-error'), null);
});
