// Events v3 (docs/events.md): `warning` whenever the warnings machinery prints,
// `diagnostic` for a SyntaxError or an uncaught exception (line and column, so
// hosts never parse stderr), and the program line on output chunks. Through the
// JS API and `--json` of both CLIs.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEngine } from '../../wasm/index.mjs';
import { ROOT, runCommand, NODE_CLI, NATIVE_CLI } from './helpers.mjs';

// CPython's own output for the seed programs (the oracle's corpus).
const SEED = path.join(ROOT, '../shared/corpus/seed');
const seed = (name, ext) => readFileSync(path.join(SEED, `${name}.${ext}`), 'utf8');

let engine;
before(async () => { engine = await createEngine({ worker: false }); });

async function run(source, options = {}) {
  const events = [];
  const r = await engine.run(source, { clock: 'virtual', ...options, onEvent: (e) => events.push(e) });
  return { ...r, events, of: (kind) => events.filter((e) => e.kind === kind) };
}

const site = (e) => ({ line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn });

test('DeprecationWarning of get_event_loop(): a warning event after the text CPython prints', { timeout: 60000 }, async () => {
  const r = await run(seed('seed04_get_event_loop', 'py'), { python: '3.12' });
  const expected = seed('seed04_get_event_loop', '3.12.err');
  assert.equal(r.stderr, expected);
  const [w, ...more] = r.of('warning');
  assert.deepEqual(more, []);
  assert.equal(w.category, 'DeprecationWarning');
  assert.equal(w.message, 'There is no current event loop');
  assert.equal(w.filename, 'main.py');
  assert.equal(w.text, expected);
  // `    loop = asyncio.get_event_loop()`: the call, columns 12 to 36.
  assert.deepEqual(site(w), { line: 9, column: 12, endLine: 9, endColumn: 36 });
  assert.equal(w.task, null);
  const i = r.events.indexOf(w);
  assert.equal(r.events[i - 1].kind, 'stderr');
  assert.ok(r.events[i - 1].text.endsWith(w.text));
  // 3.9 does not warn: no event either.
  const r39 = await run(seed('seed04_get_event_loop', 'py'), { python: '3.9' });
  assert.equal(r39.stderr, '');
  assert.deepEqual(r39.of('warning'), []);
});

test('a never-awaited coroutine is a RuntimeWarning event with the tracemalloc hint in its text', { timeout: 60000 }, async () => {
  const r = await run(seed('seed02_never_awaited', 'py'));
  const expected = seed('seed02_never_awaited', '3.12.err');
  assert.equal(r.stderr, expected);
  const [w] = r.of('warning');
  assert.equal(w.category, 'RuntimeWarning');
  assert.equal(w.message, "coroutine 'async_hello' was never awaited");
  assert.equal(w.text, expected);
  assert.deepEqual(site(w), { line: 9, column: 5, endLine: 9, endColumn: 18 });   // `    async_hello()`
  assert.deepEqual(r.of('diagnostic'), []);
  assert.equal(r.exitCode, 0);
});

test('warnings.warn: one event per warning printed, none for filtered or repeated ones', { timeout: 60000 }, async () => {
  const src = [
    'import warnings',
    'warnings.warn("careful")',
    'warnings.simplefilter("ignore", DeprecationWarning)',
    'warnings.warn("old", DeprecationWarning)',
    'for i in range(3):',
    '    warnings.warn("once per place")',
    'class MyWarning(UserWarning):',
    '    pass',
    'warnings.warn("mine", MyWarning)',
    '',
  ].join('\n');
  const r = await run(src);
  const ws = r.of('warning');
  assert.deepEqual(ws.map((w) => [w.category, w.message, w.line, w.column, w.endColumn]), [
    ['UserWarning', 'careful', 2, 1, 25],
    ['UserWarning', 'once per place', 6, 5, 36],
    ['MyWarning', 'mine', 9, 1, 33],
  ]);
  // Their texts are exactly what went to stderr, in order.
  assert.equal(ws.map((w) => w.text).join(''), r.stderr);
  assert.equal(ws[0].text, 'main.py:2: UserWarning: careful\n  warnings.warn("careful")\n');
});

test('a SyntaxError is a diagnostic with CPython\'s position, after its text and before end', { timeout: 60000 }, async () => {
  const src = seed('seed03_await_outside_function', 'py');
  const r = await run(src, { python: '3.12' });
  assert.equal(r.stderr, seed('seed03_await_outside_function', '3.12.err'));
  const [d, ...more] = r.of('diagnostic');
  assert.deepEqual(more, []);
  assert.deepEqual({ type: d.type, message: d.message, filename: d.filename, ...site(d) },
    { type: 'SyntaxError', message: "'await' outside function", filename: 'main.py', line: 9, column: 5, endLine: 9, endColumn: 24 });
  assert.equal(d.function, undefined);
  assert.deepEqual(r.events.slice(-3).map((e) => e.kind), ['stderr', 'diagnostic', 'end']);
  assert.equal(r.exitCode, 1);
  // 3.9's SyntaxError has the line and the start column.
  const r39 = await run(src, { python: '3.9' });
  const [d39] = r39.of('diagnostic');
  assert.equal(d39.type, 'SyntaxError');
  assert.equal(d39.line, 9);
  assert.equal(d39.column, 5);
});

const DIVIDE = `import asyncio


async def div(a, b):
    await asyncio.sleep(0.1)
    return a / b


async def main():
    print(await div(1, 0))


asyncio.run(main())
`;

test('an uncaught exception is a diagnostic at its innermost frame in main.py', { timeout: 60000 }, async () => {
  for (const python of ['3.12', '3.9']) {
    const r = await run(DIVIDE, { python });
    assert.match(r.stderr, /ZeroDivisionError: division by zero\n$/);
    const [d, ...more] = r.of('diagnostic');
    assert.deepEqual(more, []);
    // `    return a / b`: the division, columns 12 to 17 (3.12 underlines it; 3.9 gets the range too).
    assert.deepEqual({ type: d.type, message: d.message, function: d.function, ...site(d) },
      { type: 'ZeroDivisionError', message: 'division by zero', function: 'div', line: 6, column: 12, endLine: 6, endColumn: 17 }, python);
    assert.deepEqual(r.events.slice(-2).map((e) => e.kind), ['diagnostic', 'end']);
  }
});

test('diagnostic type as the traceback prints it; none for sys.exit or Stop', { timeout: 60000 }, async () => {
  const boom = 'class Boom(Exception):\n    pass\n\n\nraise Boom("no")\n';
  assert.deepEqual((await run(boom, { python: '3.12' })).of('diagnostic').map((d) => [d.type, d.message, d.function, d.line]),
    [['Boom', 'no', '<module>', 5]]);
  assert.deepEqual((await run(boom, { python: '3.9' })).of('diagnostic').map((d) => [d.type, d.message]),
    [['__main__.Boom', 'no']]);
  const bare = await run('raise KeyError\n');
  assert.deepEqual(bare.of('diagnostic').map((d) => [d.type, d.message, d.column, d.endColumn]), [['KeyError', '', 1, 15]]);
  const exited = await run('import sys\nsys.exit(3)\n');
  assert.equal(exited.exitCode, 3);
  assert.deepEqual(exited.of('diagnostic'), []);
  const events = [];
  const h = engine.start('print("go")\nwhile True:\n    pass\n', { onEvent: (e) => events.push(e) });
  setTimeout(() => h.stop(), 100);
  assert.equal((await h.done).exitCode, 130);
  assert.deepEqual(events.filter((e) => e.kind === 'diagnostic'), []);
});

test('output chunks carry the program line that printed them (null for exit-time text)', { timeout: 60000 }, async () => {
  const src = 'print("a")\ndef f():\n    print("b")\nf()\nprint("c", end="")\nprint("d")\n1 / 0\n';
  const r = await run(src);
  assert.deepEqual(r.of('stdout').map((e) => [e.text, e.line]), [['a\n', 1], ['b\n', 3], ['c', 5], ['d\n', 6]]);
  assert.deepEqual(r.of('stderr').map((e) => e.line), [null]);   // the traceback
  // In tasks too.
  const t = await run('import asyncio\n\n\nasync def main():\n    await asyncio.sleep(1)\n    print("late")\n\n\nasyncio.run(main())\n');
  assert.deepEqual(t.of('stdout').map((e) => [e.text, e.line, e.task]), [['late\n', 6, 1]]);
});

describe('--json of both CLIs', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'loopscope-reports-'));
    writeFileSync(path.join(dir, 'warn_then_fail.py'), 'import warnings\nwarnings.warn("careful")\nprint("x")\n{}["k"]\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  for (const [label, cmd, pre] of [['Node CLI', process.execPath, [NODE_CLI]], ['native CLI', NATIVE_CLI, []]]) {
    const skip = cmd === NATIVE_CLI && !existsSync(NATIVE_CLI) ? 'native CLI not built' : false;
    test(`${label}: warning and diagnostic events as JSON lines`, { skip, timeout: 60000 }, async () => {
      const r = await runCommand(cmd, [...pre, 'run', '--clock', 'virtual', '--json', path.join(dir, 'warn_then_fail.py')]);
      assert.equal(r.exitCode, 1);
      const evs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      const strip = ({ t, rt, ...rest }) => rest;
      assert.deepEqual(evs.filter((e) => e.kind === 'warning').map(strip), [{
        kind: 'warning', category: 'UserWarning', message: 'careful', filename: 'main.py',
        line: 2, column: 1, endLine: 2, endColumn: 25,
        text: 'main.py:2: UserWarning: careful\n  warnings.warn("careful")\n', task: null,
      }]);
      assert.deepEqual(evs.filter((e) => e.kind === 'diagnostic').map(strip), [{
        kind: 'diagnostic', type: 'KeyError', message: "'k'", filename: 'main.py',
        line: 4, column: 1, endLine: 4, endColumn: 8, function: '<module>',
      }]);
      assert.deepEqual(evs.filter((e) => e.kind === 'stdout').map((e) => [e.text, e.line]), [['x\n', 3]]);
      assert.equal(evs.at(-1).kind, 'end');
    });
  }
});
