// The CLIs (issue 5): --json event lines, --trace Chrome trace files (both
// the Node and the native CLI), and `loopscope check` for docs CI.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCommand, NODE_CLI, NATIVE_CLI } from './helpers.mjs';

const PROGRAM = `import asyncio


async def worker(name, delay):
    await asyncio.sleep(delay)
    print(name)


async def main():
    await asyncio.gather(worker("a", 1), worker("b", 2))


asyncio.run(main())
`;

let dir;
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'loopscope-cli-'));
  writeFileSync(path.join(dir, 'prog.py'), PROGRAM);
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Checks a Chrome trace's structure: what Perfetto's JSON importer needs. */
function validateTrace(trace) {
  assert.ok(Array.isArray(trace.traceEvents), 'traceEvents is an array');
  const threadNames = new Map();
  for (const e of trace.traceEvents) {
    assert.ok(['M', 'X', 'i', 'C'].includes(e.ph), `phase ${e.ph}`);
    assert.equal(e.pid, 1);
    assert.ok(Number.isInteger(e.tid) && e.tid >= 0, `tid ${e.tid}`);
    assert.equal(typeof e.name, 'string');
    if (e.ph === 'M') {
      if (e.name === 'thread_name') threadNames.set(e.tid, e.args.name);
      continue;
    }
    assert.equal(typeof e.ts, 'number');
    assert.ok(e.ts >= 0);
    if (e.ph === 'X') assert.ok(typeof e.dur === 'number' && e.dur >= 0);
    if (e.ph === 'i') assert.equal(e.s, 't');
    if (e.ph === 'C') assert.equal(typeof Object.values(e.args)[0], 'number');
  }
  return threadNames;
}

function checkProgramTrace(trace) {
  const names = validateTrace(trace);
  // One track per task plus the main program.
  // (asyncio.run's shutdown_asyncgens and shutdown_default_executor are tasks 4 and 5, as in CPython.)
  assert.deepEqual([...names.entries()].sort((a, b) => a[0] - b[0]).slice(0, 4),
    [[0, 'main program'], [1, 'Task-1 (main)'], [2, 'Task-2 (worker)'], [3, 'Task-3 (worker)']]);
  const steps = trace.traceEvents.filter((e) => e.ph === 'X' && e.cat === 'step');
  assert.ok(steps.some((e) => e.tid === 2) && steps.some((e) => e.tid === 3));
  const waits = trace.traceEvents.filter((e) => e.ph === 'X' && e.cat === 'wait');
  assert.ok(waits.some((e) => e.tid === 2 && e.name === 'await sleep until 1'));
  const prints = trace.traceEvents.filter((e) => e.ph === 'i' && e.name === 'print');
  assert.deepEqual(prints.map((e) => [e.tid, e.args.text]), [[2, 'a\n'], [3, 'b\n']]);
  assert.ok(trace.traceEvents.some((e) => e.ph === 'i' && e.name === 'timer_scheduled'));
}

for (const [label, cmd, pre] of [['Node CLI', process.execPath, [NODE_CLI]], ['native CLI', NATIVE_CLI, []]]) {
  describe(label, () => {
    const skip = cmd === NATIVE_CLI && !existsSync(NATIVE_CLI) ? 'native CLI not built' : false;

    test('--json writes the event stream as JSON lines', { skip, timeout: 60000 }, async () => {
      const r = await runCommand(cmd, [...pre, 'run', '--clock', 'virtual', '--json', path.join(dir, 'prog.py')]);
      assert.equal(r.exitCode, 0, r.stderr);
      const evs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      assert.equal(evs.at(-1).kind, 'end');
      assert.deepEqual(evs.filter((e) => e.kind === 'stdout').map((e) => [e.text, e.task]), [['a\n', 2], ['b\n', 3]]);
      assert.deepEqual(evs.filter((e) => e.kind === 'task_created').map((e) => e.coro),
        ['main', 'worker', 'worker', 'BaseEventLoop.shutdown_asyncgens', 'BaseEventLoop.shutdown_default_executor']);
      assert.ok(evs.some((e) => e.kind === 'loop_iteration'));
    });

    test('--trace writes a Chrome trace with one track per task', { skip, timeout: 60000 }, async () => {
      const out = path.join(dir, `trace-${label.split(' ')[0]}.json`);
      const r = await runCommand(cmd, [...pre, 'run', '--clock', 'virtual', '--trace', out, path.join(dir, 'prog.py')]);
      assert.equal(r.exitCode, 0, r.stderr);
      assert.equal(r.stdout, 'a\nb\n');
      checkProgramTrace(JSON.parse(readFileSync(out, 'utf8')));
    });

    test('--speed plays virtual time back (not earlier than 1x)', { skip, timeout: 60000 }, async () => {
      const t0 = performance.now();
      const r = await runCommand(cmd, [...pre, 'run', '--speed', '1', path.join(dir, 'prog.py')]);
      assert.equal(r.stdout, 'a\nb\n');
      assert.ok(performance.now() - t0 >= 2000, `${(performance.now() - t0).toFixed(0)} ms`);
    });

    test('limits are options', { skip, timeout: 60000 }, async () => {
      const p = path.join(dir, 'loud.py');
      writeFileSync(p, 'for i in range(10000):\n    print(i)\n');
      const r = await runCommand(cmd, [...pre, 'run', '--clock', 'virtual', '--output-limit', '100', p]);
      assert.ok(r.stdout.length <= 100);
      assert.match(r.stderr, /output limit reached \(100 bytes\)/);
      const busy = path.join(dir, 'busy.py');
      writeFileSync(busy, 'while True:\n    pass\n');
      const b = await runCommand(cmd, [...pre, 'run', '--time-limit', '0.2', busy]);
      assert.equal(b.exitCode, 1);
      assert.match(b.stderr, /time limit exceeded/);
    });
  });
}

describe('loopscope check', () => {
  const DOC = `# Guide

Some text.

\`\`\`python
print("hello")
\`\`\`

\`\`\`output
hello
\`\`\`

A python block without output is not an example:

\`\`\`python
print("not checked")
\`\`\`

Text between the code and its output is fine.

\`\`\`python
import asyncio


async def main():
    await asyncio.sleep(3600)
    print("an hour later")


asyncio.run(main())
\`\`\`

Output:

\`\`\`output
an hour later
\`\`\`

Errors are part of the output:

\`\`\`python
print("before")
1 / 0
\`\`\`

\`\`\`output
before
Traceback (most recent call last):
  File "main.py", line 2, in <module>
    1 / 0
    ~~^~~
ZeroDivisionError: division by zero
\`\`\`
`;

  test('a Markdown file with several examples passes', { timeout: 60000 }, async () => {
    const md = path.join(dir, 'guide.md');
    writeFileSync(md, DOC);
    const r = await runCommand(process.execPath, [NODE_CLI, 'check', md]);
    assert.equal(r.exitCode, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^3 passed, 0 failed$/m);
  });

  test('a changed output is caught with a diff and exit 1', { timeout: 60000 }, async () => {
    const md = path.join(dir, 'changed.md');
    writeFileSync(md, DOC.replace('an hour later\n```', 'two hours later\n```'));
    const r = await runCommand(process.execPath, [NODE_CLI, 'check', md]);
    assert.equal(r.exitCode, 1);
    assert.match(r.stdout, /FAIL .*changed\.md:21/);
    assert.match(r.stdout, /^-two hours later$/m);
    assert.match(r.stdout, /^\+an hour later$/m);
    assert.match(r.stdout, /^@@ -1,1 \+1,1 @@$/m);
    assert.match(r.stdout, /^2 passed, 1 failed$/m);
  });

  test('.py files with a sibling .out (and .err); directories are searched', { timeout: 60000 }, async () => {
    const d = path.join(dir, 'examples');
    rmSync(d, { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.join(d, 'sub'), { recursive: true });
    writeFileSync(path.join(d, 'ok.py'), 'print("ok")\n');
    writeFileSync(path.join(d, 'ok.out'), 'ok\n');
    writeFileSync(path.join(d, 'sub', 'err.py'), 'import sys\nprint("x", file=sys.stderr)\n');
    writeFileSync(path.join(d, 'sub', 'err.out'), '');
    writeFileSync(path.join(d, 'sub', 'err.err'), 'y\n');
    writeFileSync(path.join(d, 'lonely.py'), 'print("no expected output: skipped in a directory")\n');
    const r = await runCommand(process.execPath, [NODE_CLI, 'check', d]);
    assert.equal(r.exitCode, 1);
    assert.match(r.stdout, /FAIL .*err\.py/);
    assert.match(r.stdout, /^-y$/m);
    assert.match(r.stdout, /^\+x$/m);
    assert.match(r.stdout, /^1 passed, 1 failed$/m);
  });

  test('a .py named explicitly without expected output fails', { timeout: 60000 }, async () => {
    const p = path.join(dir, 'alone.py');
    writeFileSync(p, 'print(1)\n');
    const r = await runCommand(process.execPath, [NODE_CLI, 'check', p]);
    assert.equal(r.exitCode, 1);
    assert.match(r.stderr, /no expected output/);
    assert.match(r.stdout, /^0 passed, 1 failed$/m);
  });
});
