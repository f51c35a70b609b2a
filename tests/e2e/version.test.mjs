// The Python version select changes what a program prints; examples set it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, sharedPage as openPage, setSource, runAndWait, read } from './helpers.mjs';

useBrowser();
const SEED04 = read('../shared/corpus/seed/seed04_get_event_loop.py');

test('get_event_loop() warns on 3.12 (stderr) and not on 3.9', async () => {
  const { page } = await openPage();
  await setSource(page, SEED04);
  await page.selectOption('#clock', 'virtual:0');
  await page.selectOption('#python', '3.12');
  let lines = await runAndWait(page);
  const err312 = lines.filter((l) => l.stream === 'stderr').map((l) => l.text);
  assert.deepEqual(err312, read('../shared/corpus/seed/seed04_get_event_loop.3.12.err').trimEnd().split('\n'));
  assert.match(err312[0], /DeprecationWarning: There is no current event loop/);
  // The warning is a marker on the line that called get_event_loop().
  const warn = (await page.evaluate(() => window.loopscope.markers())).find((m) => m.severity === 'warning');
  assert.equal(warn.line, 9);
  await page.selectOption('#python', '3.9');
  lines = await runAndWait(page);
  assert.deepEqual(lines.filter((l) => l.stream === 'stderr'), []);
  assert.deepEqual(lines.filter((l) => l.stream === 'stdout').map((l) => l.text),
    read('../shared/corpus/seed/seed04_get_event_loop.3.9.out').trimEnd().split('\n'));
});

test('choosing an example sets its Python version', async () => {
  const { page } = await openPage();
  const options = await page.$$eval('#examples option', (els) => els.map((o) => o.textContent));
  assert.ok(options.length >= 16, `${options.length} examples`);
  await page.selectOption('#examples', 'seed-two-tasks');
  assert.equal(await page.inputValue('#python'), '3.9');
  assert.match(await page.evaluate(() => window.loopscope.getSource()), /asyncio\.wait\(tasks\)/);
  await page.selectOption('#examples', 'taskgroup');
  assert.equal(await page.inputValue('#python'), '3.12');
});
