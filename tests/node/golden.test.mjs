// Every golden (tests/golden, CPython 3.12 output from the oracle) through the
// JS API, the Node CLI and the native CLI on the virtual clock: stdout, stderr
// and the exit code must match byte for byte.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createEngine } from '../../wasm/index.mjs';
import { goldens, runCommand, NATIVE_CLI, NODE_CLI } from './helpers.mjs';

const cases = goldens();

function assertSame(actual, g) {
  assert.equal(actual.stdout, g.stdout, `${g.name}: stdout`);
  assert.equal(actual.stderr, g.stderr, `${g.name}: stderr`);
  assert.equal(actual.exitCode, g.exitCode, `${g.name}: exit code`);
}

describe('JS API (wasm) matches the goldens, virtual clock', () => {
  let engine;
  before(async () => { engine = await createEngine(); });
  for (const g of cases) {
    test(g.name, { timeout: 60000 }, async () => {
      const events = [];
      const r = await engine.run(g.source, { python: '3.12', clock: 'virtual', onEvent: (e) => events.push(e) });
      assertSame(r, g);
      const ends = events.filter((e) => e.kind === 'end');
      assert.equal(ends.length, 1, 'exactly one end event');
      assert.equal(events.at(-1).kind, 'end', 'end comes last');
      assert.equal(ends[0].exitCode, g.exitCode);
    });
  }
});

describe('Node CLI matches the goldens, virtual clock', () => {
  for (const g of cases) {
    test(g.name, { timeout: 60000 }, async () => {
      assertSame(await runCommand(process.execPath, [NODE_CLI, 'run', '--python', '3.12', '--clock', 'virtual', g.file]), g);
    });
  }
});

describe('native CLI matches the goldens, virtual clock', () => {
  test('native CLI is built', () => {
    assert.ok(existsSync(NATIVE_CLI), `${NATIVE_CLI} missing: run npm run build first`);
  });
  for (const g of cases) {
    test(g.name, { skip: !existsSync(NATIVE_CLI) && 'not built', timeout: 60000 }, async () => {
      assertSame(await runCommand(NATIVE_CLI, ['run', '--python', '3.12', '--clock', 'virtual', g.file]), g);
    });
  }
});

// --python 3.9 goldens (from the oracle's CPython 3.9.18).
describe('JS API matches the --python 3.9 goldens, virtual clock', () => {
  let engine;
  before(async () => { engine = await createEngine(); });
  for (const g of goldens('3.9')) {
    test(g.name, { timeout: 60000 }, async () => {
      assertSame(await engine.run(g.source, { python: '3.9', clock: 'virtual' }), g);
    });
  }
});
