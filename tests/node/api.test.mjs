// The JS API's host contract: real-clock output arrives no earlier than the
// program's sleeps allow, and the host event loop keeps running during a run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, run } from '../../wasm/index.mjs';
import { runCommand, NODE_CLI } from './helpers.mjs';

const SLEEPER = `import asyncio


async def main():
    print("before")
    await asyncio.sleep(0.3)
    print("after")


asyncio.run(main())
`;

test('real clock: a line after sleep(0.3) does not arrive before 0.3 s', { timeout: 30000 }, async () => {
  const arrivals = [];
  const t0 = performance.now();
  const r = await run(SLEEPER, {
    clock: 'real',
    onEvent: (e) => { if (e.kind === 'stdout') arrivals.push([e.text, performance.now() - t0]); },
  });
  assert.equal(r.stdout, 'before\nafter\n');
  assert.equal(r.exitCode, 0);
  const before = arrivals.find(([text]) => text.includes('before'));
  const after = arrivals.find(([text]) => text.includes('after'));
  assert.ok(before && after, 'both lines arrived as events');
  assert.ok(after[1] >= 300, `"after" arrived at ${after[1].toFixed(1)} ms`);
  assert.ok(after[1] - before[1] >= 290, `gap ${(after[1] - before[1]).toFixed(1)} ms`);
});

test('real clock: the host event loop is not blocked while the program sleeps', { timeout: 30000 }, async () => {
  let ticks = 0;
  const interval = setInterval(() => { ticks++; }, 20);
  try {
    const r = await run(SLEEPER, { clock: 'real' });
    assert.equal(r.stdout, 'before\nafter\n');
  } finally {
    clearInterval(interval);
  }
  assert.ok(ticks >= 5, `setInterval ticked ${ticks} times during a 0.3 s run`);
});

test('virtual clock: sleeps take no real time', { timeout: 30000 }, async () => {
  const src = 'import asyncio\n\n\nasync def main():\n    await asyncio.sleep(30)\n    print("woke")\n\n\nasyncio.run(main())\n';
  const t0 = performance.now();
  const r = await run(src, { clock: 'virtual' });
  assert.equal(r.stdout, 'woke\n');
  assert.ok(performance.now() - t0 < 5000);
});

test('one engine runs many sessions, also at once', { timeout: 30000 }, async () => {
  const engine = await createEngine();
  const src = (n) => `import asyncio\n\n\nasync def main():\n    await asyncio.sleep(${n})\n    print(${n})\n\n\nasyncio.run(main())\n`;
  const results = await Promise.all([1, 2, 3].map((n) => engine.run(src(n), { clock: 'virtual' })));
  assert.deepEqual(results.map((r) => r.stdout), ['1\n', '2\n', '3\n']);
});

test('stop() ends a running program', { timeout: 30000 }, async () => {
  const engine = await createEngine();
  const src = 'import asyncio\n\n\nasync def main():\n    print("go")\n    await asyncio.sleep(60)\n    print("never")\n\n\nasyncio.run(main())\n';
  const h = engine.start(src, { clock: 'real' });
  setTimeout(() => h.stop(), 100);
  const r = await h.done;
  assert.ok(!r.stdout.includes('never'));
});

test('invalid options are rejected', { timeout: 30000 }, async () => {
  const engine = await createEngine();
  assert.throws(() => engine.start('print(1)\n', { clock: 'sideways' }), TypeError);
});

test('Node CLI: usage errors exit 2', { timeout: 30000 }, async () => {
  const r = await runCommand(process.execPath, [NODE_CLI, 'run', '--clock', 'sideways', 'x.py']);
  assert.equal(r.exitCode, 2);
  assert.match(r.stderr, /usage: loopscope run/);
});
