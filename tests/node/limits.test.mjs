// Stop and limits (issue 5): Stop ends busy loops, runaway natives and deep
// recursion promptly and the engine stays usable; every limit ends the program
// with its message, never a crash.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine } from '../../wasm/index.mjs';
import { NESTED_TIME_LIMIT } from '../../wasm/engine.mjs';

let engine;
before(async () => { engine = await createEngine({ worker: false }); });

const HELLO = 'print("hello")\n';
const BUSY = 'print("go", flush=True)\nwhile True:\n    pass\n';
const RUNAWAY_SORT = 'print("go", flush=True)\nsorted(range(10), key=lambda x: [0 for _ in iter(int, 1)])\n';
const DEEP = `def down(n):
    return 0 if n == 0 else down(n - 1) + 1


print("go", flush=True)
while True:
    down(900)
`;

/** Starts `src`, stops it once "go" is printed; resolves {result, stopMs}. */
function stopAfterGo(eng, src, options = {}) {
  return new Promise((resolve, reject) => {
    let h;
    let stopAt = 0;
    h = eng.start(src, {
      ...options,
      onEvent(e) {
        if (e.kind === 'stdout' && e.text.includes('go') && !stopAt) {
          setTimeout(() => { stopAt = performance.now(); h.stop(); }, 100);
        }
      },
    });
    h.done.then((result) => resolve({ result, stopMs: performance.now() - stopAt }), reject);
  });
}

test('Stop ends while True: pass promptly; the engine runs the next program', { timeout: 30000 }, async () => {
  const { result, stopMs } = await stopAfterGo(engine, BUSY);
  assert.equal(result.exitCode, 130);
  assert.match(result.stderr, /\[loopscope\] stopped/);
  assert.ok(stopMs < 1000, `stopped after ${stopMs.toFixed(0)} ms`);
  assert.equal((await engine.run(HELLO)).stdout, 'hello\n');
});

test('Stop ends a deep recursion loop promptly', { timeout: 30000 }, async () => {
  const { result, stopMs } = await stopAfterGo(engine, DEEP);
  assert.equal(result.exitCode, 130);
  assert.ok(stopMs < 1000, `stopped after ${stopMs.toFixed(0)} ms`);
  assert.equal((await engine.run(HELLO)).stdout, 'hello\n');
});

test('Stop ends a runaway sorted(key=...) in a worker (terminated if need be)', { timeout: 30000 }, async () => {
  const w = await createEngine({ worker: true, stopGraceMs: 300 });
  try {
    assert.equal((await w.run(HELLO)).stdout, 'hello\n');  // the worker is up
    // The runaway call never returns to the slice loop, so even "go" stays in
    // the worker: stop after a fixed delay.
    const h = w.start(RUNAWAY_SORT);
    await new Promise((r) => setTimeout(r, 300));
    const t0 = performance.now();
    h.stop();
    const result = await h.done;
    const stopMs = performance.now() - t0;
    assert.equal(result.exitCode, 130);
    assert.match(result.stderr, /\[loopscope\] stopped \(the engine was restarted\)/);
    assert.ok(stopMs < 3000, `stopped after ${stopMs.toFixed(0)} ms`);
    assert.equal((await w.run(HELLO)).stdout, 'hello\n');
  } finally {
    w.terminate();
  }
});

test('on the calling thread the watchdog ends a runaway sorted(key=...) that Stop cannot reach; the engine runs on', { timeout: 30000 }, async () => {
  // The runaway call never returns to the host, so the Stop timer cannot fire
  // until the watchdog (nestedTimeLimit; a browser page's default is 5 s, Node's
  // none) has ended the program.
  const h = engine.start(RUNAWAY_SORT, { nestedTimeLimit: 1 });
  const t0 = performance.now();
  const timer = setTimeout(() => h.stop(), 300);
  const result = await h.done;
  clearTimeout(timer);
  const ms = performance.now() - t0;
  assert.equal(result.exitCode, 1);
  assert.equal(result.stdout, 'go\n');
  assert.match(result.stderr, /\[loopscope\] stopped: a built-in function kept calling back into Python code \(a key= function, __repr__, \.\.\.\) for more than 1 s/);
  assert.ok(ms < 5000, `ended after ${ms.toFixed(0)} ms`);
  assert.equal((await engine.run(HELLO)).stdout, 'hello\n');
  // In Node there is no limit by default (CLIs and docs CI run CPU-bound programs
  // as CPython does); calls back into Python that return in time are untouched.
  assert.equal(NESTED_TIME_LIMIT, 0);
  const sum = await engine.run('print(sum(i * i for i in range(300000)))\n', { nestedTimeLimit: 5 });
  assert.deepEqual([sum.stdout, sum.exitCode], ['8999955000050000\n', 0]);
  const quick = await engine.run(RUNAWAY_SORT, { nestedTimeLimit: 0.2 });
  assert.match(quick.stderr, /for more than 0\.2 s/);
  const fine = await engine.run('print(sorted(range(2000), key=lambda x: -x)[:3])\n', { nestedTimeLimit: 0.2 });
  assert.deepEqual([fine.stdout, fine.exitCode], ['[1999, 1998, 1997]\n', 0]);
});

test('on the calling thread, events reach the host from inside a runaway key= function, and an onEvent callback can Stop it', { timeout: 30000 }, async () => {
  // "go" is printed in the same slice as the runaway call: it is delivered from
  // inside that call, and stop() there ends the program (130), before the watchdog.
  let h;
  h = engine.start(RUNAWAY_SORT, { onEvent(e) { if (e.kind === 'stdout' && e.text.includes('go')) h.stop(); } });
  const r = await h.done;
  assert.deepEqual([r.exitCode, r.stdout], [130, 'go\n']);
  assert.match(r.stderr, /\n\[loopscope\] stopped\n$/);
  // Output of the key function itself streams out while the call runs.
  const seen = [];
  const ticking = 'import itertools\nsorted(range(3), key=lambda x: [print(i) for i in itertools.count()])\n';
  h = engine.start(ticking, { onEvent(e) { if (e.kind === 'stdout') { seen.push(e.text); if (seen.join('').includes('\n5000\n')) h.stop(); } } });
  assert.equal((await h.done).exitCode, 130);
  assert.ok(seen.join('').startsWith('0\n1\n2\n'));
  // A callback that throws does not unwind through the engine: the run rejects, the engine runs on.
  const bad = engine.start(RUNAWAY_SORT, { onEvent(e) { if (e.kind === 'stdout') throw new Error('host bug'); } });
  await assert.rejects(bad.done, /host bug/);
  assert.equal((await engine.run(HELLO)).stdout, 'hello\n');
});

test('in a worker, Stop ends while True: pass and a deep recursion loop promptly (no restart needed)', { timeout: 60000 }, async () => {
  const w = await createEngine({ worker: true, stopGraceMs: 5000 });
  try {
    for (const src of [BUSY, DEEP]) {
      const { result, stopMs } = await stopAfterGo(w, src);
      assert.equal(result.exitCode, 130);
      assert.match(result.stderr, /\[loopscope\] stopped\n$/);
      assert.ok(stopMs < 1000, `stopped after ${stopMs.toFixed(0)} ms`);
      assert.equal((await w.run(HELLO)).stdout, 'hello\n');
    }
  } finally {
    w.terminate();
  }
});

test('a wall-clock time limit ends a runaway native call on the main thread', { timeout: 30000 }, async () => {
  const t0 = performance.now();
  const r = await engine.run(RUNAWAY_SORT, { timeLimit: 0.5 });
  assert.equal(r.exitCode, 1);
  assert.match(r.stderr, /\[loopscope\] time limit exceeded/);
  assert.ok(performance.now() - t0 < 10000);
  assert.equal((await engine.run(HELLO)).stdout, 'hello\n');
});

test('a wall-clock time limit ends while True: pass', { timeout: 30000 }, async () => {
  const r = await engine.run(BUSY, { timeLimit: 0.3 });
  assert.equal(r.exitCode, 1);
  assert.match(r.stderr, /time limit exceeded: the program ran for more than 0.3 s/);
});

test('RecursionError prints its message', { timeout: 30000 }, async () => {
  const r = await engine.run('def f():\n    return f()\n\n\nf()\n', { clock: 'virtual' });
  assert.equal(r.exitCode, 1);
  assert.match(r.stderr, /RecursionError: maximum recursion depth exceeded/);
});

test('MemoryError under a small heap limit', { timeout: 30000 }, async () => {
  const src = 'try:\n    x = [0] * (10 ** 8)\nexcept MemoryError:\n    print("caught")\nx = [0] * (10 ** 8)\n';
  const r = await engine.run(src, { clock: 'virtual', heapLimit: 32 << 20 });
  assert.equal(r.stdout, 'caught\n');
  assert.equal(r.exitCode, 1);
  assert.match(r.stderr, /MemoryError/);
  assert.equal((await engine.run(HELLO)).stdout, 'hello\n');
});

test('the output cap truncates with a notice', { timeout: 30000 }, async () => {
  const r = await engine.run('for i in range(100000):\n    print(i)\nprint("end")\n', { clock: 'virtual', outputLimit: 1000 });
  assert.ok(r.stdout.length <= 1000, `stdout ${r.stdout.length} bytes`);
  assert.match(r.stderr, /\[loopscope\] output limit reached \(1000 bytes\); further output is discarded/);
  assert.equal(r.exitCode, 0);
});

test('a deadlock is reported', { timeout: 30000 }, async () => {
  const src = 'import asyncio\n\n\nasync def main():\n    await asyncio.get_running_loop().create_future()\n\n\nasyncio.run(main())\n';
  const r = await engine.run(src, { clock: 'virtual' });
  assert.equal(r.exitCode, 1);
  assert.match(r.stderr, /\[loopscope\] deadlock: the event loop would wait forever/);
});

test('a virtual-time limit ends a program that sleeps forever in a loop', { timeout: 30000 }, async () => {
  const src = 'import asyncio\n\n\nasync def main():\n    while True:\n        await asyncio.sleep(1)\n\n\nasyncio.run(main())\n';
  const r = await engine.run(src, { clock: 'virtual', virtualTimeLimit: 100 });
  assert.equal(r.exitCode, 1);
  assert.match(r.stderr, /\[loopscope\] virtual time limit exceeded: the program's clock passed 100 s/);
});

test('bad limit options are rejected', { timeout: 30000 }, async () => {
  assert.throws(() => engine.start(HELLO, { heapLimit: -1 }), TypeError);
  assert.throws(() => engine.start(HELLO, { events: 'some' }), TypeError);
});
