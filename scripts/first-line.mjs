#!/usr/bin/env node
// Measures the time from starting `node wasm/cli.mjs run --clock virtual FILE`
// to its first byte of stdout, and the wasm size (raw and gzip -9).
//   node scripts/first-line.mjs [FILE.py]   (default: tests/golden/skeleton.py)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? path.join(root, 'tests/golden/skeleton.py');
const wasm = readFileSync(path.join(root, 'build/wasm/loopscope.wasm'));
console.log(`wasm: ${wasm.length} bytes raw, ${gzipSync(wasm, { level: 9 }).length} bytes gzip -9`);

const runs = [];
for (let i = 0; i < 5; i++) {
  runs.push(await new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'wasm/cli.mjs'), 'run', '--clock', 'virtual', file]);
    let first = null;
    child.stdout.once('data', () => { first = performance.now() - t0; });
    child.on('close', (code) => resolve({ first, total: performance.now() - t0, code }));
  }));
}
const firsts = runs.map((r) => r.first).filter((x) => x !== null).sort((a, b) => a - b);
console.log(firsts.length
  ? `node start -> first printed line: median ${firsts[firsts.length >> 1].toFixed(1)} ms (of ${firsts.length} runs)`
  : `no stdout (exit ${runs[0].code})`);
