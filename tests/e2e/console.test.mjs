// Console lines link to their moment and their source (issue 6): each output
// line knows the program line that printed it (events v3); clicking it selects
// that line in the editor and moves the timeline's cursor to when it was printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, sharedPage as openPage, setSource, runAndWait } from './helpers.mjs';

useBrowser();

const PROGRAM = `import asyncio


async def worker(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} woke")


async def main():
    print("start")
    await asyncio.gather(worker("a", 1), worker("b", 2))
    print("end")


asyncio.run(main())
`;

const selection = (page) => page.evaluate(() => window.loopscope.editorSelection());

test('clicking a console line selects its source line and marks its moment on the timeline', async () => {
  const { page } = await openPage();
  await setSource(page, PROGRAM);
  await page.selectOption('#clock', 'virtual:0');
  await runAndWait(page);
  const lines = await page.$$eval('#console .line[data-task]', (els) => els.map((e) => [e.querySelector('.text').textContent, e.dataset.line, e.dataset.offset]));
  assert.deepEqual(lines, [['start', '10', '0'], ['a woke', '6', '1'], ['b woke', '6', '2'], ['end', '12', '2']]);
  // "b woke": line 6, at 2 s.
  await page.click('#console .line[data-task]:nth-child(3)');
  await page.waitForFunction(() => window.loopscope.editorSelection()?.startLineNumber === 6, null, { timeout: 15000 });
  const sel = await selection(page);
  assert.deepEqual([sel.startLineNumber, sel.endLineNumber], [6, 6]);
  await page.waitForSelector('#timeline .tl-cursor', { state: 'attached', timeout: 15000 });
  assert.equal(await page.$eval('#timeline .tl-cursor', (e) => Number(e.dataset.t)), 2);
  // "start": line 10, at 0 s; Enter on a focused line does the same.
  await page.focus('#console .line[data-task]:nth-child(1)');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.loopscope.editorSelection()?.startLineNumber === 10, null, { timeout: 15000 });
  await page.waitForFunction(() => Number(document.querySelector('#timeline .tl-cursor')?.dataset.t) === 0, null, { timeout: 15000 });
});
