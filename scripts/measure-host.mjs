#!/usr/bin/env node
// Host-side numbers for issue 5 (run with the wasm build in build/wasm):
//   node scripts/measure-host.mjs
// 1. cold start: a fresh Node process importing the API and running
//    print("hello") — time to the first output event, and to the end;
// 2. a 10,000-task program: how long each run_slice() call takes at the
//    default budget (the largest pause a host sees, plus the JS driver's
//    bursts: consecutive slices before it yields).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createEngine } from '../wasm/index.mjs';
import { SLICE_BUDGET, BURST_MS } from '../wasm/engine.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function coldStart() {
  const code = `
const t0 = performance.now();
const { run } = await import(${JSON.stringify(path.join(ROOT, 'wasm/index.mjs'))});
let first = 0;
await run('print("hello")\\n', { onEvent: (e) => { if (!first && e.kind === 'stdout') first = performance.now() - t0; } });
console.log(JSON.stringify({ first, end: performance.now() - t0 }));`;
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    const wall = performance.now() - t0;
    runs.push({ ...JSON.parse(r.stdout.trim()), process: wall });
  }
  return runs;
}

const TASKS = `import asyncio


async def worker(i):
    await asyncio.sleep(0.001 * (i % 10))
    return i


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(10000)]
    r = await asyncio.gather(*tasks)
    print(sum(r))


asyncio.run(main())
`;

async function sliceTimes(budget) {
  const engine = await createEngine({ worker: false });
  const M = engine.module;
  const create = M.cwrap('ls_session_new', 'number', ['string', 'number', 'number', 'number', 'number', 'number', 'number', 'number']);
  const load = M.cwrap('ls_session_load', null, ['number', 'string', 'number']);
  const runSlice = M.cwrap('ls_session_run_slice', 'number', ['number', 'number']);
  const take = M.cwrap('ls_session_take_events_json', 'string', ['number']);
  const free = M.cwrap('ls_session_free', null, ['number']);
  const h = create('3.12', 1, 0, 0, 0, 0, 0, 0);
  load(h, TASKS, new TextEncoder().encode(TASKS).length);
  const times = [];
  let out = '';
  const t0 = performance.now();
  for (;;) {
    const s = performance.now();
    const st = runSlice(h, budget);
    times.push(performance.now() - s);
    for (const e of JSON.parse(take(h))) if (e.kind === 'stdout') out += e.text;
    if (st === 2) break;
  }
  const total = performance.now() - t0;
  free(h);
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { budget, slices: times.length, total, median: q(0.5), p99: q(0.99), max: times.at(-1), out: out.trim() };
}

async function bursts() {
  // What the JS driver does: slices back to back until BURST_MS has passed.
  const engine = await createEngine({ worker: false });
  const gaps = [];
  let last = performance.now();
  let maxGap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    gaps.push(now - last);
    last = now;
  }, 0);
  const t0 = performance.now();
  await engine.run(TASKS, { clock: 'virtual' });
  const total = performance.now() - t0;
  clearInterval(timer);
  return { total, maxHostGap: maxGap, hostTicks: gaps.length };
}

const cold = coldStart();
console.log('cold start (fresh node process, run(\'print("hello")\')):');
for (const r of cold) console.log(`  first output ${r.first.toFixed(1)} ms, end ${r.end.toFixed(1)} ms, process ${r.process.toFixed(0)} ms`);
for (const budget of [...new Set([SLICE_BUDGET, 5000, 20000, 100000])]) {
  const s = await sliceTimes(budget);
  console.log(`10,000 tasks, budget ${budget}: ${s.slices} slices in ${s.total.toFixed(0)} ms; per slice median ${s.median.toFixed(2)} ms, p99 ${s.p99.toFixed(2)} ms, max ${s.max.toFixed(2)} ms (output ${s.out})`);
}
const b = await bursts();
console.log(`JS driver (bursts of ${BURST_MS} ms): run ${b.total.toFixed(0)} ms, largest host gap ${b.maxHostGap.toFixed(1)} ms over ${b.hostTicks} host ticks`);
