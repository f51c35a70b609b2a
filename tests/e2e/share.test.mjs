// Share links (#code/v1/...) carry code + version + clock, never the theme;
// old link formats keep decoding; the editor's content is autosaved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, setSource, runAndWait } from './helpers.mjs';
import { fromBase64Url } from '../../web/share.js';

useBrowser();

const CODE = 'import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    print("你好，世界 — ünïcödé ✓")\n\nasyncio.run(main())\n';

test('a share link round trip keeps non-ASCII code, the version and the clock', async () => {
  const { page } = await openPage({ context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await setSource(page, CODE);
  await page.selectOption('#python', '3.9');
  await page.selectOption('#clock', 'virtual:10');
  await page.click('#share');
  await page.waitForFunction(() => document.getElementById('share').dataset.link);
  const link = await page.evaluate(() => document.getElementById('share').dataset.link);
  assert.match(link, /#code\/v1\/[A-Za-z0-9_-]+$/);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.equal(await page.textContent('#status'), 'link copied');
  // The payload holds code, version and clock only (no theme or other preferences).
  const bytes = fromBase64Url(link.split('/').at(-1));
  const json = JSON.parse(new TextDecoder().decode(await new Response(new Blob([bytes]).stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer()));
  assert.deepEqual(json, { code: CODE, python: '3.9', clock: 'virtual', speed: 10 });
  await page.close();

  const { page: p2 } = await openPage({ hash: link.slice(link.indexOf('#')) });
  assert.equal(await p2.evaluate(() => window.loopscope.getSource()), CODE);
  assert.equal(await p2.inputValue('#python'), '3.9');
  assert.equal(await p2.inputValue('#clock'), 'virtual:10');
  const lines = await runAndWait(p2);
  assert.deepEqual(lines.filter((l) => l.stream === 'stdout').map((l) => l.text), ['你好，世界 — ünïcödé ✓']);
  assert.equal(lines[0].ts, '+1.000s');
  await p2.close();
});

test('links in every format ever written still open (v1 deflate-raw, v1u plain, #example/)', async () => {
  // Fixed strings: if the encoder changes, these must still decode.
  const v1u = '#code/v1u/eyJjb2RlIjoicHJpbnQoXCLkvaDlpb1cIikiLCJweXRob24iOiIzLjkiLCJjbG9jayI6InJlYWwifQ';
  const { page } = await openPage({ hash: v1u });
  assert.equal(await page.evaluate(() => window.loopscope.getSource()), 'print("你好")');
  assert.equal(await page.inputValue('#python'), '3.9');
  assert.equal(await page.inputValue('#clock'), 'real');

  const v1 = '#code/v1/q1ZKzk9JVbJSSiyuzEtWSElNU8hNzMzT0LRSKCjKzCvRiFF6Nn3pszlrXqyaF6OkqaSjVFBZkpGfp2SlZKxnaKSko5Sck5-crWSlVJZZVFKamKOko1RckJqaomRlUAsA';
  await page.evaluate((h) => { location.hash = h; }, v1);   // a link opened in the same tab
  await page.waitForFunction(() => window.loopscope.getSource().includes('日本語'));
  assert.equal(await page.evaluate(() => window.loopscope.getSource()), 'async def main(): print("日本語")');
  assert.equal(await page.inputValue('#python'), '3.12');
  assert.equal(await page.inputValue('#clock'), 'virtual:0');
  assert.equal(await page.evaluate(() => location.hash), v1, 'the link stays in the address bar until the code is edited');

  await page.evaluate(() => { location.hash = '#example/semaphore'; });
  await page.waitForFunction(() => window.loopscope.getSource().includes('Semaphore'));
  assert.match(await page.evaluate(() => window.loopscope.getSource()), /asyncio\.Semaphore\(2\)/);
  await page.evaluate(() => window.loopscope.setSource('print("edited")\n'));
  assert.equal(await page.evaluate(() => location.hash), '', 'editing drops the stale link');
  await page.close();
});

test('the editor content is autosaved and comes back after a reload', async () => {
  const { page } = await openPage();
  await setSource(page, 'print("draft kept")\n');
  await page.selectOption('#python', '3.9');
  await page.waitForFunction(() => (localStorage.getItem('loopscope.draft') ?? '').includes('draft kept'));
  await page.reload();
  await page.waitForSelector('#editor[data-ready="true"][data-kind="monaco"]', { timeout: 30000 });
  assert.equal(await page.evaluate(() => window.loopscope.getSource()), 'print("draft kept")\n');
  assert.equal(await page.inputValue('#python'), '3.9');
  await page.close();
});
