// The hostile-programs suite (issue 8, tests/hostile/README.md) through the
// wasm JS API and the native CLI: every case ends with its expected outcome
// (CPython's exact output from the oracle files, or loopscope's pinned limit
// outcome from NAME.expect), and after each one the same engine runs a normal
// program with the right output, so a hostile program leaves it reusable.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { createEngine } from '../../wasm/index.mjs';
import { ROOT, NATIVE_CLI, runCommand } from './helpers.mjs';

const DIR = path.join(ROOT, 'tests/hostile/cases');
const TMP = mkdtempSync(path.join(os.tmpdir(), 'loopscope-hostile-'));
process.on('exit', () => rmSync(TMP, { recursive: true, force: true }));

// Run after every hostile case on the same engine.
const FOLLOW_UP = `import asyncio


async def main():
    await asyncio.sleep(1)
    data = [0] * 100000
    print(sum(range(10)), len(data), repr([1, [2]]))


asyncio.run(main())
`;
const FOLLOW_UP_OUT = '45 100000 [1, [2]]\n';

// CLI limit options (NAME.opts) -> JS API options.
const OPTION_NAMES = {
  '--time-limit': 'timeLimit',
  '--heap-limit': 'heapLimit',
  '--output-limit': 'outputLimit',
  '--virtual-time-limit': 'virtualTimeLimit',
};

function readIf(file) {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** Every case: {name, file, bytes, args, options, exact: {version: {...}}, expect}. */
function loadCases() {
  const names = [...new Set(readdirSync(DIR)
    .map((f) => (f.endsWith('.gen.mjs') ? f.slice(0, -8) : f.endsWith('.py') ? f.slice(0, -3) : null))
    .filter(Boolean))].sort();
  return names.map((name) => {
    const base = path.join(DIR, name);
    const args = (readIf(`${base}.opts`) || '').trim().split(/\s+/).filter(Boolean);
    const options = {};
    for (let i = 0; i < args.length; i += 2) options[OPTION_NAMES[args[i]]] = Number(args[i + 1]);
    const exact = {};
    for (const v of ['3.12', '3.9']) {
      const code = readIf(`${base}.${v}.code`);
      if (code === null) continue;
      exact[v] = {
        stdout: readIf(`${base}.${v}.out`),
        stderr: readIf(`${base}.${v}.err`),
        exitCode: Number(code.trim()),
        known: readIf(`${base}.${v}.known`),
      };
    }
    const spec = readIf(`${base}.expect`);
    return { name, base, args, options, exact, expect: spec === null ? null : parseExpect(spec) };
  });
}

/** NAME.expect lines: exit N / stdout TEXT / stderr-last TEXT / stderr-has TEXT. */
function parseExpect(text) {
  const e = { exitCode: null, stdout: '', stderrLast: null, stderrHas: [] };
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const sp = line.indexOf(' ');
    const key = line.slice(0, sp);
    const val = line.slice(sp + 1);
    if (key === 'exit') e.exitCode = Number(val);
    else if (key === 'stdout') e.stdout += `${val}\n`;
    else if (key === 'stderr-last') e.stderrLast = val;
    else if (key === 'stderr-has') e.stderrHas.push(val);
    else throw new Error(`bad .expect line: ${line}`);
  }
  return e;
}

/** The program's bytes (generated ones are made once) and a file holding them. */
const sources = new Map();
function source(c) {
  if (!sources.has(c.name)) {
    let file = `${c.base}.py`;
    if (existsSync(`${c.base}.gen.mjs`)) {
      const bytes = execFileSync(process.execPath, [`${c.base}.gen.mjs`], { maxBuffer: 64 << 20 });
      file = path.join(TMP, `${c.name}.py`);
      writeFileSync(file, bytes);
    }
    sources.set(c.name, { file, bytes: new Uint8Array(readFileSync(file)) });
  }
  return sources.get(c.name);
}

function checkExact(r, want) {
  assert.equal(r.stdout, want.stdout, 'stdout');
  assert.equal(r.stderr, want.stderr, 'stderr');
  assert.equal(r.exitCode, want.exitCode, 'exit code');
}

function checkExpect(r, e) {
  assert.equal(r.stdout, e.stdout, 'stdout');
  const lines = r.stderr.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  if (e.stderrLast !== null) assert.equal(lines[lines.length - 1], e.stderrLast, 'last stderr line');
  for (const s of e.stderrHas) assert.ok(r.stderr.includes(s), `stderr has ${JSON.stringify(s)}`);
  assert.equal(r.exitCode, e.exitCode, 'exit code');
}

const CASES = loadCases();
let engine;
before(async () => { engine = await createEngine({ worker: false }); });

/** The runs of one case: [{label, version, check, known}]. */
function runsOf(c) {
  const runs = Object.entries(c.exact).map(([v, want]) => ({
    label: v, version: v, check: (r) => checkExact(r, want), known: want.known,
  }));
  if (c.expect) runs.push({ label: 'limits', version: '3.12', check: (r) => checkExpect(r, c.expect), known: null });
  return runs;
}

for (const c of CASES) {
  for (const run of runsOf(c)) {
    const todo = run.known ? run.known.trim() : undefined;
    test(`wasm: ${c.name} (${run.label}), then the engine runs a normal program`, { todo, timeout: 180000 },
      async () => {
        const r = await engine.run(source(c).bytes, { python: run.version, clock: 'virtual', ...c.options });
        run.check(r);
        const next = await engine.run(FOLLOW_UP, { python: run.version, clock: 'virtual' });
        assert.deepEqual(next, { stdout: FOLLOW_UP_OUT, stderr: '', exitCode: 0 });
      });
    test(`native: ${c.name} (${run.label})`, { todo, skip: !existsSync(NATIVE_CLI) && 'not built', timeout: 180000 },
      async () => {
        const r = await runCommand(NATIVE_CLI,
          ['run', '--python', run.version, '--clock', 'virtual', ...c.args, source(c).file], { timeout: 170000 });
        run.check(r);
      });
  }
}

test('every case has an expectation', () => {
  for (const c of CASES) assert.ok(runsOf(c).length > 0, `${c.name} has no .code or .expect file`);
});
