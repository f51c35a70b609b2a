// The language, stdlib and asyncio goldens (tests/golden/lang, tests/golden/stdlib,
// tests/golden/asyncio: expected output from CPython 3.12 / 3.9 via the oracle,
// see their `regen`)
// through the native CLI and through the wasm engine's JS API. Known
// differences are listed below as todo (they run and report, and are named in
// the issue notes); everything else must match byte for byte.
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, NATIVE_CLI, runCommand } from './helpers.mjs';
import { createEngine } from '../../wasm/index.mjs';

const KNOWN = {
  '3.12': {},
  '3.9': {},
};

function cases(dir, version) {
  const full = path.join(ROOT, 'tests/golden', dir);
  return readdirSync(full)
    .filter((f) => f.endsWith('.py') && existsSync(path.join(full, `${f.slice(0, -3)}.${version}.out`)))
    .sort()
    .map((f) => {
      const name = f.slice(0, -3);
      const read = (ext) => {
        const p = path.join(full, `${name}.${version}.${ext}`);
        return existsSync(p) ? readFileSync(p, 'utf8') : null;
      };
      const code = read('code');
      return {
        id: `${dir}/${name}`,
        file: path.join(full, f),
        source: readFileSync(path.join(full, f), 'utf8'),
        stdout: read('out'),
        stderr: read('err') ?? '',
        exitCode: code === null ? null : Number(code.trim()),
      };
    });
}

function same(actual, g) {
  assert.equal(actual.stdout, g.stdout);
  assert.equal(actual.stderr, g.stderr);
  if (g.exitCode !== null) assert.equal(actual.exitCode, g.exitCode);
}

for (const version of ['3.12', '3.9']) {
  const all = [...cases('lang', version), ...cases('stdlib', version), ...cases('asyncio', version)];
  describe(`lang + stdlib + asyncio goldens, --python ${version}, native CLI`, () => {
    for (const g of all) {
      const todo = KNOWN[version][g.id];
      test(g.id, { todo, skip: !existsSync(NATIVE_CLI) && 'not built', timeout: 60000 }, async () => {
        same(await runCommand(NATIVE_CLI, ['run', '--python', version, '--clock', 'virtual', g.file]), g);
      });
    }
  });
  describe(`lang + stdlib + asyncio goldens, --python ${version}, wasm JS API`, () => {
    let engine;
    before(async () => { engine = await createEngine(); });
    for (const g of all) {
      const todo = KNOWN[version][g.id];
      test(g.id, { todo, timeout: 60000 }, async () => {
        same(await engine.run(g.source, { python: version, clock: 'virtual' }), g);
      });
    }
  });
}
