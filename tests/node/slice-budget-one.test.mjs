// Preemption anywhere changes no output (issue 3): every golden program runs
// with a slice budget of ONE instruction — the VM is cut and resumed after
// every single instruction — and must still print exactly CPython's output.
// Every golden directory, through the native CLI (LOOPSCOPE_SLICE_BUDGET=1) and
// through the wasm JS API (sliceBudget: 1).
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, NATIVE_CLI } from './helpers.mjs';
import { createEngine } from '../../wasm/index.mjs';

const DIRS = ['', 'lang', 'stdlib', 'asyncio'];
const WASM_DIRS = DIRS;

function cases(dir, version) {
  const full = path.join(ROOT, 'tests/golden', dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((f) => f.endsWith('.py') && existsSync(path.join(full, `${f.slice(0, -3)}.${version}.out`)))
    .sort()
    .map((f) => {
      const base = path.join(full, f.slice(0, -3));
      const read = (ext) => (existsSync(`${base}.${version}.${ext}`) ? readFileSync(`${base}.${version}.${ext}`, 'utf8') : null);
      return {
        id: path.join(dir, f.slice(0, -3)),
        file: path.join(full, f),
        source: readFileSync(path.join(full, f), 'utf8'),
        stdout: read('out'),
        stderr: read('err') ?? '',
        exitCode: read('code') === null ? null : Number(read('code').trim()),
      };
    });
}

// The cut run must print what the uncut run prints; where the uncut run matches
// CPython's golden (the other suites list the known differences as todo), the
// cut run must match it too.
function runNative(file, version, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(NATIVE_CLI, ['run', '--python', version, '--clock', 'virtual', file],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, timeout: 120000 });
    let stdout = ''; let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ stdout, stderr, exitCode: signal ?? code }));
  });
}

function same(actual, expected) {
  assert.equal(actual.stdout, expected.stdout);
  assert.equal(actual.stderr, expected.stderr);
  if (expected.exitCode !== null) assert.equal(actual.exitCode, expected.exitCode);
}

for (const version of ['3.12', '3.9']) {
  describe(`slice budget 1, --python ${version}, native CLI`, () => {
    for (const g of DIRS.flatMap((d) => cases(d, version))) {
      test(g.id, { skip: !existsSync(NATIVE_CLI) && 'not built', timeout: 120000 }, async () => {
        const cut = await runNative(g.file, version, { LOOPSCOPE_SLICE_BUDGET: '1' });
        const whole = await runNative(g.file, version, {});
        same(cut, whole);            // preemption changes nothing ...
        if (whole.stdout === g.stdout && whole.stderr === g.stderr) same(cut, g);  // ... and matches CPython
      });
    }
  });
  describe(`slice budget 1, --python ${version}, wasm JS API`, () => {
    let engine;
    before(async () => { engine = await createEngine(); });
    for (const g of WASM_DIRS.flatMap((d) => cases(d, version))) {
      test(g.id, { timeout: 120000 }, async () => {
        const cut = await engine.run(g.source, { python: version, clock: 'virtual', sliceBudget: 1 });
        const whole = await engine.run(g.source, { python: version, clock: 'virtual' });
        same(cut, whole);
        if (whole.stdout === g.stdout && whole.stderr === g.stderr) same(cut, g);
      });
    }
  });
}
