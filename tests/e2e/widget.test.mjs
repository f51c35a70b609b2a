// The docs widget (issue 7) on its demo page, dist/demo/docs.html (built and
// rendered by scripts/build.sh): lazy engine, isolated concurrent sessions,
// style isolation both ways, theme, keyboard, Stop, pre-rendered output equal
// to a run's, Open in playground, and the file:// build.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { useBrowser, ctx, ROOT, DIST } from './helpers.mjs';

useBrowser();
before(() => assert.ok(existsSync(path.join(DIST, 'demo/docs.html')) && existsSync(path.join(DIST, 'widget/loopscope-widget.js')),
  'dist/demo or dist/widget is missing: run sh scripts/build.sh web (the widget is built after the page)'));

const ENGINE = /\.wasm$|worker|engine/;

async function open(pathname = 'demo/docs.html', { colorScheme = 'light', onRequest } = {}) {
  const bctx = await ctx.browser.newContext({ colorScheme });
  const page = await bctx.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('close', () => bctx.close().catch(() => {}));
  if (onRequest) page.on('request', onRequest);
  await page.goto(pathname.startsWith('file:') || pathname.startsWith('http') ? pathname : ctx.url + pathname);
  await page.waitForFunction(() => customElements.get('loopscope-snippet') &&
    [...document.querySelectorAll('loopscope-snippet')].every((el) => el.shadowRoot));
  return { page, errors };
}

/** Output lines of a widget: [{stream, text, ts}] */
const lines = (page, id) => page.$eval(`#${id}`, (el) => [...el.shadowRoot.querySelectorAll('.out .line')].map((l) => ({
  stream: l.dataset.stream, text: l.querySelector('.text').textContent, ts: l.querySelector('.ts').textContent,
})));

/** The pre-rendered output of a snippet as lines, read from the light DOM (what the page shows without JS). */
const rendered = (page, id) => page.$eval(`#${id} > pre[data-loopscope-output]`, (pre) => {
  const out = [];
  for (const span of pre.querySelectorAll('span[data-stream]')) {
    const t = Number(span.dataset.t);
    const parts = span.textContent.split('\n');
    if (parts.at(-1) === '') parts.pop();
    for (const text of parts) out.push({ stream: span.dataset.stream, text, ts: `+${t.toFixed(3)}s` });
  }
  return out;
});

async function runAndWait(page, id, { timeout = 30000 } = {}) {
  await page.$eval(`#${id}`, (el) => { delete el.dataset.state; el.shadowRoot.querySelector('.run').click(); });
  await page.waitForFunction((i) => document.getElementById(i).dataset.state === 'done', id, { timeout });
  return lines(page, id);
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

test('nothing engine-related loads before the first Run; the engine loads once, on Run', async (t) => {
  const requests = [];
  const { page, errors } = await open('demo/docs.html', {
    onRequest: (r) => requests.push({ url: r.url(), phase: 'before', r }),
  });
  await page.waitForTimeout(800);
  const before = requests.filter((r) => r.phase === 'before');
  assert.deepEqual(before.filter((r) => ENGINE.test(new URL(r.url).pathname)).map((r) => r.url), []);
  // Before Run: the page, the widget module, nothing else of ours.
  const ours = before.filter((r) => r.url.startsWith(ctx.url) && !r.url.endsWith('docs.html'));
  assert.deepEqual(ours.map((r) => new URL(r.url).pathname), ['/widget/loopscope-widget.js']);
  const widgetBytes = sum(await Promise.all(ours.map(async (r) => gzipSync(await (await r.r.response()).body(), { level: 9 }).length)));
  for (const r of requests) r.phase = 'old';
  page.on('request', (r) => requests.push({ url: r.url(), phase: 'after', r }));

  const out = await runAndWait(page, 'ex-gather');
  assert.deepEqual(out, await rendered(page, 'ex-gather'));
  const after = requests.filter((r) => r.phase === 'after');
  const wasm = after.filter((r) => r.url.endsWith('.wasm'));
  assert.equal(wasm.length, 1, 'one .wasm download');
  assert.ok(after.some((r) => /worker/.test(r.url)), 'the engine runs in a Web Worker');
  const engineBytes = sum(await Promise.all(after.filter((r) => r.url.startsWith(ctx.url)).map(async (r) => {
    const body = await (await r.r.response()).body();
    return gzipSync(body, { level: 9 }).length;
  })));
  // A second widget reuses the engine: no further engine downloads.
  const n = requests.length;
  await runAndWait(page, 'ex-taskgroup');
  assert.deepEqual(requests.slice(n).filter((r) => ENGINE.test(r.url)).map((r) => r.url), []);
  t.diagnostic(`widget before first Run: ${kb(widgetBytes)} gzip; engine after it: ${kb(engineBytes)} gzip`);
  console.log(`# sizes (gzip -9): widget before first Run ${kb(widgetBytes)}; engine fetched on Run ${kb(engineBytes)}`);
  assert.ok(widgetBytes < 16 * 1024, `widget ${widgetBytes} bytes gzip`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('scrolling near a widget (or hovering one) preloads the engine before any Run', async () => {
  const requests = [];
  const { page } = await open('demo/docs.html', { onRequest: (r) => requests.push(r.url()) });
  await page.waitForTimeout(300);
  assert.deepEqual(requests.filter((u) => u.endsWith('.wasm')), []);
  await page.evaluate(() => window.scrollBy(0, 1500));
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('.wasm')), null, { timeout: 10000 });
  assert.equal(await page.$$eval('loopscope-snippet', (els) => els.filter((e) => e.dataset.state).length), 0, 'nothing ran');
  await page.close();
  const { page: p2 } = await open();
  await p2.hover('#ex-fail');
  await p2.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('.wasm')), null, { timeout: 10000 });
  await p2.close();
});

test('pre-rendered output (loopscope render) is what a run prints, for every rendered snippet', async () => {
  const { page, errors } = await open();
  const ids = await page.$$eval('loopscope-snippet[id]', (els) => els.filter((e) => e.querySelector(':scope > pre[data-loopscope-output]')).map((e) => e.id));
  assert.deepEqual(ids, ['ex-gather', 'ex-sequential', 'ex-taskgroup', 'ex-py39', 'ex-fail', 'ex-edit']);
  for (const id of ids) {
    // Shown before running, then the same lines after a run.
    const expected = await rendered(page, id);
    assert.deepEqual(await lines(page, id), expected, `${id} shows its expected output`);
    assert.deepEqual(await runAndWait(page, id), expected, id);
    assert.equal(await page.$eval(`#${id}`, (el) => el.dataset.matches), 'true', `${id} says it matches`);
  }
  // Two Python versions, a traceback on stderr.
  assert.deepEqual((await lines(page, 'ex-py39')).map((l) => l.text), ['(3, 9)', 'False', '[1, 4, 9]']);
  const fail = await lines(page, 'ex-fail');
  assert.equal(fail[0].stream, 'stdout');
  assert.equal(fail.at(-1).text, 'ZeroDivisionError: division by zero');
  assert.equal(fail.at(-1).stream, 'stderr');
  assert.equal(await page.$eval('#ex-fail', (el) => el.dataset.exitCode), '1');
  const colors = await page.$eval('#ex-fail', (el) => [...new Set([...el.shadowRoot.querySelectorAll('.line .text')].map((x) => getComputedStyle(x).color))]);
  assert.equal(colors.length, 2, 'stdout and stderr look different');
  // The shared setup block is hidden and its code ran first.
  assert.equal(await page.isVisible('#helpers'), false);
  // The compact timeline (events v2): one lane per task.
  assert.deepEqual(await page.$eval('#ex-gather', (el) => [...el.shadowRoot.querySelectorAll('.lane .name')].map((n) => n.textContent)),
    ['Task-1 main', 'Task-2 worker', 'Task-3 worker']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('loopscope render --check: the built page is up to date', () => {
  const out = execFileSync('node', [path.join(ROOT, 'wasm/cli.mjs'), 'render', '--check', path.join(DIST, 'demo/docs.html')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.match(out, /^6 up to date, 0 stale$/m);
});

test('two widgets run at once without mixing their output', async () => {
  const { page } = await open();
  // Slow both down (virtual time played back at 10x) so that they overlap.
  const expected = { 'ex-gather': await rendered(page, 'ex-gather'), 'ex-sequential': await rendered(page, 'ex-sequential') };
  await page.evaluate(() => {
    for (const id of ['ex-gather', 'ex-sequential']) {
      const el = document.getElementById(id);
      el.setAttribute('speed', '10');
      delete el.dataset.state;
    }
    for (const id of ['ex-gather', 'ex-sequential']) document.getElementById(id).shadowRoot.querySelector('.run').click();
  });
  await page.waitForFunction(() => ['ex-gather', 'ex-sequential'].every((i) => document.getElementById(i).dataset.state === 'running'));
  await page.waitForFunction(() => ['ex-gather', 'ex-sequential'].every((i) => document.getElementById(i).dataset.state === 'done'), null, { timeout: 30000 });
  for (const id of Object.keys(expected)) assert.deepEqual(await lines(page, id), expected[id], id);
  await page.close();
});

test('Stop ends a long-running example; it can run again', async () => {
  const { page } = await open();
  await page.$eval('#ex-forever', (el) => el.shadowRoot.querySelector('.run').click());
  await page.waitForFunction(() => [...document.getElementById('ex-forever').shadowRoot.querySelectorAll('.line')].some((l) => l.textContent.includes('tick 1')), null, { timeout: 30000 });
  assert.equal(await page.$eval('#ex-forever', (el) => el.shadowRoot.querySelector('.run').textContent), '■ Stop');
  await page.$eval('#ex-forever', (el) => el.shadowRoot.querySelector('.run').click());
  await page.waitForFunction(() => document.getElementById('ex-forever').dataset.state === 'done', null, { timeout: 5000 });
  const out = await lines(page, 'ex-forever');
  assert.equal(await page.$eval('#ex-forever', (el) => el.dataset.exitCode), '130');
  assert.equal(await page.$eval('#ex-forever', (el) => el.shadowRoot.querySelector('.status').textContent), 'stopped');
  const n = out.length;
  await page.waitForTimeout(1200);
  assert.equal((await lines(page, 'ex-forever')).length, n, 'no output after Stop');
  assert.equal(await page.$eval('#ex-forever', (el) => el.shadowRoot.querySelector('.run').textContent), '▶ Run');
  await page.close();
});

test('keyboard only: Tab reaches Run (visible focus), Enter runs; Ctrl+Enter runs from the code; Esc leaves the editor', async () => {
  const { page } = await open();
  const active = () => page.evaluate(() => {
    const host = document.activeElement;
    const inner = host && host.shadowRoot && host.shadowRoot.activeElement;
    return { host: host && (host.id || host.tagName), cls: inner ? inner.className : null, outline: inner ? getComputedStyle(inner).outlineStyle : null };
  });
  let a;
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    a = await active();
    if (a.host === 'ex-sequential' && a.cls === 'run') break;
  }
  assert.deepEqual(a, { host: 'ex-sequential', cls: 'run', outline: 'solid' });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('ex-sequential').dataset.state === 'done', null, { timeout: 30000 });
  assert.deepEqual(await lines(page, 'ex-sequential'), await rendered(page, 'ex-sequential'));
  // Shift+Tab back to the code block, Ctrl+Enter runs from there.
  await page.keyboard.press('Shift+Tab');
  assert.equal((await active()).cls, 'src');
  await page.$eval('#ex-sequential', (el) => { delete el.dataset.state; });
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => document.getElementById('ex-sequential').dataset.state === 'done', null, { timeout: 30000 });
  // The editable widget: type, run with Ctrl+Enter, Esc moves focus to Run (no Tab trap).
  await page.$eval('#ex-edit', (el) => el.shadowRoot.querySelector('textarea').focus());
  await page.keyboard.press('Control+End');
  await page.keyboard.type('print("typed")\n');
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => document.getElementById('ex-edit').dataset.state === 'done', null, { timeout: 30000 });
  assert.deepEqual((await lines(page, 'ex-edit')).map((l) => l.text), ['hello', 'world', 'typed']);
  await page.keyboard.press('Escape');
  assert.deepEqual(await active(), { host: 'ex-edit', cls: 'run', outline: 'solid' });
  await page.close();
});

test('readers can Edit an example, run their change, and Reset it; readonly has no Edit', async () => {
  const { page } = await open();
  assert.equal(await page.$eval('#ex-forever', (el) => el.shadowRoot.querySelector('.edit-btn')), null);
  await page.$eval('#ex-taskgroup', (el) => el.shadowRoot.querySelector('.edit-btn').click());
  assert.equal(await page.evaluate(() => document.activeElement.shadowRoot.activeElement.tagName), 'TEXTAREA');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('print("edited")');
  const out = await runAndWait(page, 'ex-taskgroup');
  assert.deepEqual(out.map((l) => l.text), ['[1, 4, 9]', 'edited']);
  assert.match(await page.$eval('#ex-taskgroup', (el) => el.shadowRoot.querySelector('.src').textContent), /print\("edited"\)/);
  await page.$eval('#ex-taskgroup', (el) => el.shadowRoot.querySelector('.reset').click());
  assert.equal(await page.$eval('#ex-taskgroup', (el) => el.code === el.initialCode && el.shadowRoot.querySelector('textarea').value === el.code), true);
  assert.equal(await page.$eval('#ex-taskgroup', (el) => el.shadowRoot.querySelector('.reset').hidden), true);
  await page.close();
});

const PLAIN = (withWidget) => `<!doctype html><html><head><meta charset="utf-8">
${withWidget ? '<script type="module" src="../widget/loopscope-widget.js"></script>' : ''}</head>
<body><p id="hp">host paragraph</p><pre id="hpre">host pre</pre><button id="hb">host button</button>
<loopscope-snippet id="w"><pre><code>print("hi")</code></pre></loopscope-snippet></body></html>`;

test('host CSS does not change the widget, and the widget CSS does not change the host', async () => {
  const probe = () => {
    const el = document.getElementById('w') || document.getElementById('ex-gather');
    const s = (node, props) => { const cs = getComputedStyle(node); return Object.fromEntries(props.map((p) => [p, cs[p]])); };
    const r = el.shadowRoot;
    return {
      w: s(r.querySelector('.w'), ['fontFamily', 'fontSize', 'color', 'backgroundColor', 'lineHeight', 'letterSpacing']),
      src: s(r.querySelector('.src'), ['fontFamily', 'fontSize', 'color', 'backgroundColor', 'paddingLeft', 'borderLeftWidth']),
      run: s(r.querySelector('.run'), ['fontFamily', 'backgroundColor', 'color', 'borderTopStyle']),
    };
  };
  const hostProbe = () => Object.fromEntries(['hp', 'hpre', 'hb'].map((id) => {
    const cs = getComputedStyle(document.getElementById(id));
    return [id, { font: cs.font, color: cs.color, bg: cs.backgroundColor, border: cs.border, padding: cs.padding, margin: cs.margin }];
  }));
  const bctx = await ctx.browser.newContext({ colorScheme: 'light' });
  const page = await bctx.newPage();
  await page.route('**/demo/plain*.html', (route) => route.fulfill({ contentType: 'text/html', body: PLAIN(route.request().url().includes('plain-w')) }));
  await page.goto(ctx.url + 'demo/plain.html');
  const hostAlone = await page.evaluate(hostProbe);
  await page.goto(ctx.url + 'demo/plain-w.html');
  await page.waitForFunction(() => document.getElementById('w').shadowRoot);
  assert.deepEqual(await page.evaluate(hostProbe), hostAlone, 'the widget leaves host elements alone');
  const widgetPlain = await page.evaluate(probe);
  await page.goto(ctx.url + 'demo/docs.html');
  await page.waitForFunction(() => document.getElementById('ex-gather').shadowRoot);
  const widgetStyled = await page.evaluate(probe);
  assert.deepEqual(widgetStyled, widgetPlain, 'the demo page\'s aggressive host CSS does not reach the widget');
  // ...although that CSS does style the host's own <pre> and <button>.
  assert.equal(await page.$eval('#theme-toggle', (b) => getComputedStyle(b).borderTopStyle), 'dashed');
  await bctx.close();
});

test('the theme follows the host: prefers-color-scheme, <html data-theme>, <html class="dark">', async () => {
  const bg = (page) => page.$eval('#ex-gather', (el) => {
    const w = el.shadowRoot.querySelector('.w');
    return `${w.dataset.theme} ${getComputedStyle(w).backgroundColor}`;
  });
  const { page } = await open('demo/docs.html', { colorScheme: 'light' });
  assert.equal(await bg(page), 'light rgb(255, 255, 255)');
  await page.click('#theme-toggle');   // the host sets <html data-theme="dark">
  await page.waitForFunction(() => document.getElementById('ex-gather').shadowRoot.querySelector('.w').dataset.theme === 'dark');
  assert.equal(await bg(page), 'dark rgb(13, 17, 23)');
  await page.evaluate(() => { document.documentElement.removeAttribute('data-theme'); document.documentElement.className = 'dark'; });
  await page.waitForTimeout(50);
  assert.equal(await bg(page), 'dark rgb(13, 17, 23)');
  // Custom properties theme it; a per-widget theme attribute wins.
  await page.evaluate(() => { document.documentElement.className = ''; document.body.style.setProperty('--loopscope-bg', 'rgb(1, 2, 3)'); });
  await page.waitForTimeout(50);
  assert.equal(await bg(page), 'light rgb(1, 2, 3)');
  await page.close();
  const { page: dark } = await open('demo/docs.html', { colorScheme: 'dark' });
  assert.equal(await bg(dark), 'dark rgb(13, 17, 23)');
  await dark.$eval('#ex-gather', (el) => el.setAttribute('theme', 'light'));
  assert.equal(await bg(dark), 'light rgb(255, 255, 255)');
  await dark.close();
});

test('"Open in playground" opens the playground with the snippet (setup included), version and clock', async () => {
  const { page } = await open();
  await page.waitForFunction(() => document.getElementById('ex-py39').shadowRoot.querySelector('.open').href.includes('#code/v1'));
  const href = await page.$eval('#ex-gather', (el) => el.shadowRoot.querySelector('.open').href);
  assert.ok(href.startsWith(`${ctx.url}index.html#code/v1/`), href);
  const program = await page.$eval('#ex-gather', (el) => el.program);
  const py39 = await page.$eval('#ex-py39', (el) => el.shadowRoot.querySelector('.open').href);
  await page.goto(href);
  await page.waitForFunction(() => window.loopscope && window.loopscope.getSource && document.body.dataset.loading === 'false', null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => window.loopscope.getSource()), program);
  assert.equal(await page.inputValue('#clock'), 'virtual:0');
  await page.goto(py39);
  await page.waitForFunction(() => window.loopscope && window.loopscope.getSource && document.body.dataset.loading === 'false', null, { timeout: 30000 });
  assert.equal(await page.inputValue('#python'), '3.9');
  await page.close();
});

test('the widget served from another origin (a CDN with CORS) runs its engine on the page thread', async () => {
  const other = ctx.url.replace('127.0.0.1', 'localhost');
  const bctx = await ctx.browser.newContext();
  const page = await bctx.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  // The "CDN": the same files from another origin, with the CORS header CDNs send.
  await page.route(`${other}**`, async (route) => {
    const res = await route.fetch();
    await route.fulfill({ response: res, headers: { ...res.headers(), 'access-control-allow-origin': '*' } });
  });
  await page.route('**/demo/cdn.html', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><meta charset="utf-8">
<script type="module" src="${other}widget/loopscope-widget.js"></script>
<loopscope-snippet id="a"><pre>import asyncio
async def main():
    await asyncio.sleep(2)
    print("from a CDN")
asyncio.run(main())</pre></loopscope-snippet>` }));
  await page.goto(ctx.url + 'demo/cdn.html');
  await page.waitForFunction(() => document.getElementById('a')?.shadowRoot);
  assert.deepEqual(await runAndWait(page, 'a'), [{ stream: 'stdout', text: 'from a CDN', ts: '+2.000s' }]);
  assert.deepEqual(errors, []);
  await bctx.close();
});

test('file://: the classic-script build runs snippets with no server at all', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'loopscope-file-'));
  const widget = pathToFileURL(path.join(DIST, 'widget/loopscope-widget.file.js')).href;
  assert.ok(existsSync(path.join(DIST, 'widget/loopscope-engine.file.js')));
  const file = path.join(dir, 'page.html');
  writeFileSync(file, `<!doctype html><meta charset="utf-8"><title>file</title>
<script src="${widget}" data-loopscope-selector="pre > code.language-python"></script>
<script type="text/x-python" id="s">import asyncio\nN = 3\n</script>
<loopscope-snippet id="a" setup="s"><pre><code>async def main():
    for i in range(N):
        await asyncio.sleep(1)
        print(i)

asyncio.run(main())</code></pre></loopscope-snippet>
<pre><code class="language-python">print("upgraded from a plain block")</code></pre>
<loopscope-snippet id="c" expected="one\\ntwo"><pre>print("one")\nprint("two")</pre></loopscope-snippet>
<loopscope-snippet id="d" expected="something else"><pre>print("one")</pre></loopscope-snippet>
<loopscope-snippet id="e" clock="real"><pre>import time\nwhile True:\n    print("busy")\n    time.sleep(0.2)</pre></loopscope-snippet>`);
  const requests = [];
  const { page, errors } = await open(pathToFileURL(file).href, { onRequest: (r) => requests.push(r.url()) });
  assert.deepEqual(requests.filter((u) => /engine/.test(u)), [], 'no engine before Run');
  assert.deepEqual(await runAndWait(page, 'a'), [
    { stream: 'stdout', text: '0', ts: '+1.000s' },
    { stream: 'stdout', text: '1', ts: '+2.000s' },
    { stream: 'stdout', text: '2', ts: '+3.000s' },
  ]);
  assert.ok(requests.some((u) => u.endsWith('loopscope-engine.file.js')));
  const upgraded = await page.$$eval('loopscope-snippet', (els) => els.length);
  assert.equal(upgraded, 5);
  // The expected attribute is shown (without times) until the first run.
  assert.deepEqual(await lines(page, 'c'), [{ stream: 'stdout', text: 'one', ts: '' }, { stream: 'stdout', text: 'two', ts: '' }]);
  assert.deepEqual((await runAndWait(page, 'c')).map((l) => l.text), ['one', 'two']);
  assert.equal(await page.$eval('#c', (el) => el.dataset.matches), 'true');
  await runAndWait(page, 'd');
  assert.equal(await page.$eval('#d', (el) => el.dataset.matches), 'false');
  assert.match(await page.$eval('#d', (el) => el.shadowRoot.querySelector('.status').textContent), /differs from the expected output$/);
  // Stop works on the page-thread engine too.
  await page.$eval('#e', (el) => { el.run(); });
  await page.waitForFunction(() => document.getElementById('e').shadowRoot.querySelectorAll('.line').length >= 2, null, { timeout: 10000 });
  await page.$eval('#e', (el) => el.stop());
  await page.waitForFunction(() => document.getElementById('e').dataset.state === 'done', null, { timeout: 5000 });
  assert.equal(await page.$eval('#e', (el) => el.dataset.exitCode), '130');
  await page.$eval('loopscope-snippet:not([id])', (el) => { el.id = 'b'; });
  assert.deepEqual((await runAndWait(page, 'b')).map((l) => l.text), ['upgraded from a plain block']);
  assert.deepEqual(errors, []);
  await page.close();
});
