// The page's basics: Monaco with the default program, a run in real time with
// lines at the right moments, Ctrl/Shift+Enter, stdout vs stderr, Stop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, sharedPage as openPage, openPage as freshPage, consoleLines, setSource, runAndWait, read } from './helpers.mjs';

useBrowser();
const SKELETON_OUT = read('tests/golden/skeleton.3.12.out');

test('the page loads Monaco with the default program and the engine', async () => {
  const { page, errors } = await openPage();
  const source = await page.evaluate(() => document.querySelector('.monaco-editor .view-lines').textContent);
  assert.match(source, /asyncio\.run\(main\(\)\)/);
  assert.equal(await page.textContent('#status'), 'ready');
  assert.equal(await page.isVisible('#loadbar'), false);
  assert.deepEqual(errors, []);
});

test('a seed example in real time: lines at the right moments, status line', async () => {
  const { page, errors } = await openPage();
  await page.selectOption('#examples', 'seed-async-def');
  assert.equal(await page.inputValue('#python'), '3.12');
  assert.equal(await page.inputValue('#clock'), 'real');
  const lines = await runAndWait(page);
  const output = lines.filter((l) => l.stream === 'stdout');
  assert.deepEqual(output.map((l) => l.text), ['Hello world!', 'Hello again!']);
  for (const l of lines) assert.match(l.ts, /^\+\d+\.\d{3}s$/);
  const [a, b] = output;
  // Program time (the real clock here): the sleep lasted one second.
  assert.ok(a.offset < 1, `first line at ${a.offset}`);
  assert.ok(b.offset - a.offset >= 0.99 && b.offset - a.offset < 2.5, `second line ${b.offset - a.offset} s after the first`);
  assert.ok(b.arrival - a.arrival >= 900, `"Hello again!" arrived ${(b.arrival - a.arrival).toFixed(0)} ms after "Hello world!"`);
  assert.match(lines.at(-1).text, /^finished in [12]\.\d{3} s, exit 0$/);
  assert.deepEqual(errors, []);
});

test('Ctrl+Enter and Shift+Enter run the program from the editor', async () => {
  const { page } = await openPage();
  await setSource(page, read('tests/golden/skeleton.py'));
  await page.selectOption('#clock', 'virtual:0');
  await page.click('.monaco-editor');
  for (const key of ['Control+Enter', 'Shift+Enter']) {
    await page.evaluate(() => { window.loopscope.lastRun = null; });
    await page.keyboard.press(key);
    await page.waitForFunction(() => window.loopscope.lastRun !== null, null, { timeout: 30000 });
    const lines = await consoleLines(page);
    assert.deepEqual(lines.filter((l) => l.stream === 'stdout').map((l) => l.text), SKELETON_OUT.trimEnd().split('\n'), key);
  }
  // Shift+Enter ran the program instead of inserting a line.
  assert.equal((await page.evaluate(() => window.loopscope.getSource())).split('\n').length, read('tests/golden/skeleton.py').split('\n').length);
});

test('stderr lines are shown apart from stdout; the status line gives the exception', async () => {
  const { page } = await openPage();
  await setSource(page, read('tests/golden/uncaught.py'));
  await page.selectOption('#clock', 'virtual:0');
  const lines = await runAndWait(page);
  assert.deepEqual(lines.filter((l) => l.stream === 'stdout').map((l) => l.text), read('tests/golden/uncaught.3.12.out').trimEnd().split('\n'));
  const err = read('tests/golden/uncaught.3.12.err').trimEnd().split('\n');
  assert.deepEqual(lines.filter((l) => l.stream === 'stderr').map((l) => l.text), err);
  assert.equal(lines.at(-1).text.startsWith(`${err.at(-1)} — exit 1 after `), true, lines.at(-1).text);
  assert.match(lines.at(-1).text, /of virtual time$/);
  const colors = await page.$$eval('#console .line.stdout .text, #console .line.stderr .text', (els) => [...new Set(els.map((el) => getComputedStyle(el).color))]);
  assert.equal(colors.length, 2, 'stdout and stderr are styled differently');
});

test('Stop ends a sleeping program', async () => {
  const { page } = await openPage();
  await page.selectOption('#clock', 'real');
  await setSource(page, 'import asyncio\n\n\nasync def main():\n    print("go")\n    await asyncio.sleep(60)\n    print("never")\n\n\nasyncio.run(main())\n');
  await page.click('#run');
  await page.waitForFunction(() => [...document.querySelectorAll('#console .line.stdout')].some((l) => l.textContent.includes('go')), null, { timeout: 30000 });
  await page.click('#stop');
  await page.waitForFunction(() => window.loopscope.lastRun !== null, null, { timeout: 5000 });
  const lines = await consoleLines(page);
  assert.ok(!lines.some((l) => l.text === 'never'));
  assert.match(lines.at(-1).text, /^stopped after \d+\.\d{3} s$/);
  assert.equal(await page.isEnabled('#run'), true);
});

test('large output is capped with a notice and the page stays smooth', async () => {
  const { page } = await freshPage();   // its own engine: independent of the Stop above
  await page.selectOption('#clock', 'virtual:0');
  await setSource(page, 'for i in range(200000):\n    print("line", i)\nprint("end")\n');
  const t0 = Date.now();
  await runAndWait(page, { timeout: 60000 });
  const count = await page.$$eval('#console .line', (els) => els.length);
  assert.ok(count <= 5003, `${count} console lines`);
  assert.match(await page.textContent('#console .line.notice .text'), /^output truncated: [\d,]+ more characters not shown/);
  const status = await page.evaluate(() => window.loopscope.lastRun.status);
  assert.match(status, /output limit reached|finished/);
  assert.ok(Date.now() - t0 < 30000);
  await page.close();
});
