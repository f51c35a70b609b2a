// loopscope render (wasm/render.mjs): the docs widget's build step fills each
// <loopscope-snippet>'s output into the HTML, idempotently; --check reports
// stale pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../../wasm/index.mjs';
import { renderHtml, snippetCode } from '../../wasm/render.mjs';

const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../wasm/cli.mjs');

const PAGE = `<!doctype html><title>t</title>
<script type="text/x-python" id="setup">
import asyncio
GREETING = "hi <there>"
</script>
<p>before</p>
  <loopscope-snippet id="one" setup="setup">
    <pre><code class="language-python">async def main():
    await asyncio.sleep(1.5)
    print(GREETING, 1 &lt; 2)

asyncio.run(main())</code></pre>
  </loopscope-snippet>
<loopscope-snippet id="two" python="3.9"><pre>import sys
print(sys.version_info[:2])
1/0</pre></loopscope-snippet>
<loopscope-snippet id="three" render="skip"><pre>while True: pass</pre></loopscope-snippet>
<p>after</p>`;

test('snippetCode reads <pre><code>, decodes entities and dedents', () => {
  assert.equal(snippetCode('\n  <pre><code class="x">  if a &lt; b:\n      pass</code></pre>'), 'if a < b:\n    pass\n');
  assert.equal(snippetCode('<script type="text/x-python">\n    x = "&lt;"\n</script>'), 'x = "&lt;"\n');
});

test('renderHtml fills output blocks (stdout/stderr, program times), keeps the rest, is idempotent', async () => {
  const engine = await createEngine({ worker: false });
  const { html, snippets } = await renderHtml(PAGE, { engine });
  assert.deepEqual(snippets.map((s) => [s.id, s.exitCode, s.skipped, s.changed]),
    [['one', 0, false, true], ['two', 1, false, true], ['three', null, true, false]]);
  assert.match(html, /<pre data-loopscope-output><span data-stream="stdout" data-t="1.5">hi &lt;there&gt; True\n<\/span><\/pre>\n  <\/loopscope-snippet>/);
  assert.match(html, /<span data-stream="stdout" data-t="0">\(3, 9\)\n<\/span><span data-stream="stderr" data-t="0">Traceback \(most recent call last\):\n[\s\S]*ZeroDivisionError: division by zero\n<\/span><\/pre><\/loopscope-snippet>/);
  assert.equal(html.replace(/\n?<pre data-loopscope-output>[\s\S]*?<\/pre>/g, ''), PAGE);
  const again = await renderHtml(html, { engine });
  assert.equal(again.html, html);
  assert.deepEqual(again.snippets.map((s) => s.changed), [false, false, false]);
});

test('the CLI: render -o, --check passes on a rendered page and fails on a stale one', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'loopscope-render-'));
  const src = path.join(dir, 'in.html');
  const out = path.join(dir, 'out.html');
  writeFileSync(src, PAGE);
  assert.match(execFileSync('node', [CLI, 'render', src, '-o', out], { encoding: 'utf8' }), /^rendered 2 snippets into /);
  assert.equal(readFileSync(src, 'utf8'), PAGE);
  assert.equal(spawnSync('node', [CLI, 'render', '--check', out]).status, 0);
  const stale = spawnSync('node', [CLI, 'render', '--check', src], { encoding: 'utf8' });
  assert.equal(stale.status, 1);
  assert.match(stale.stdout, /^0 up to date, 2 stale$/m);
  assert.match(stale.stderr, /#one: exit 0, output differs/);
  assert.equal(spawnSync('node', [CLI, 'render']).status, 2);
});
