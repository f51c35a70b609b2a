// Clocks and playback speed (issue 5). Only "not earlier than" checks on real
// time, plus the instant run being quick.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine } from '../../wasm/index.mjs';

let engine;
before(async () => { engine = await createEngine({ worker: false }); });

const HALF_SECOND = `import asyncio
import time


async def tick(n):
    await asyncio.sleep(0.25 * n)
    print(n, time.monotonic() - 1000.0)


async def main():
    await asyncio.gather(tick(1), tick(2))


asyncio.run(main())
`;
const EXPECTED = '1 0.25\n2 0.5\n';

async function timed(src, options) {
  const t0 = performance.now();
  const arrivals = [];
  const r = await engine.run(src, { clock: 'virtual', ...options, onEvent: (e) => { if (e.kind === 'stdout') arrivals.push(performance.now() - t0); } });
  return { ...r, ms: performance.now() - t0, arrivals };
}

test('speed 1: a 0.5 s virtual program takes at least 0.45 s of wall time', { timeout: 30000 }, async () => {
  const r = await timed(HALF_SECOND, { speed: 1 });
  assert.equal(r.stdout, EXPECTED);
  assert.ok(r.ms >= 450, `${r.ms.toFixed(0)} ms`);
  assert.ok(r.arrivals[0] >= 225, `first line at ${r.arrivals[0].toFixed(0)} ms`);
});

test('speed 10: the same program takes at least 45 ms', { timeout: 30000 }, async () => {
  const r = await timed(HALF_SECOND, { speed: 10 });
  assert.equal(r.stdout, EXPECTED);
  assert.ok(r.ms >= 45, `${r.ms.toFixed(0)} ms`);
});

test('speed 0.1: the first line does not arrive before 2.25 s', { timeout: 30000 }, async () => {
  const src = 'import asyncio\n\n\nasync def main():\n    await asyncio.sleep(0.25)\n    print("late")\n\n\nasyncio.run(main())\n';
  const r = await timed(src, { speed: 0.1 });
  assert.equal(r.stdout, 'late\n');
  assert.ok(r.arrivals[0] >= 2250, `${r.arrivals[0].toFixed(0)} ms`);
});

test('instant: the 0.5 s program takes < 0.2 s; sleep(3600) finishes at once', { timeout: 30000 }, async () => {
  await engine.run('print(1)\n', { clock: 'virtual' });  // warm up
  const r = await timed(HALF_SECOND, { speed: 0 });
  assert.equal(r.stdout, EXPECTED);
  assert.ok(r.ms < 200, `${r.ms.toFixed(0)} ms`);
  const hour = 'import asyncio, time\n\n\nasync def main():\n    await asyncio.sleep(3600)\n    print(time.monotonic() - 1000.0)\n\n\nasyncio.run(main())\n';
  const h = await timed(hour, {});
  assert.equal(h.stdout, '3600.0\n');
  assert.ok(h.ms < 2000, `${h.ms.toFixed(0)} ms`);
});

test('time.sleep at speed 1 blocks the program for its duration and moves the clock', { timeout: 30000 }, async () => {
  const src = 'import time\nt = time.monotonic()\ntime.sleep(0.3)\nprint(round(time.monotonic() - t, 6))\n';
  const r = await timed(src, { speed: 1 });
  assert.equal(r.stdout, '0.3\n');
  assert.ok(r.ms >= 280, `${r.ms.toFixed(0)} ms`);
});

test('time.sleep blocks the program, not the host', { timeout: 30000 }, async () => {
  const src = `import asyncio
import time


async def other():
    print("other")


async def main():
    t = asyncio.create_task(other())
    time.sleep(0.3)
    print("slept")
    await t


asyncio.run(main())
`;
  let ticks = 0;
  const interval = setInterval(() => { ticks++; }, 20);
  let r;
  try {
    r = await timed(src, { clock: 'real' });
  } finally {
    clearInterval(interval);
  }
  assert.equal(r.stdout, 'slept\nother\n');
  assert.ok(r.arrivals[0] >= 290, `"slept" at ${r.arrivals[0].toFixed(0)} ms`);
  assert.ok(ticks >= 5, `the host ticked ${ticks} times`);
});
