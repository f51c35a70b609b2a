// createEngine({worker: true}): the engine in a worker (a Web Worker in the
// browser, a worker thread here) behind the same API as on the main thread.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine } from '../../wasm/index.mjs';

let engine;
before(async () => { engine = await createEngine({ worker: true }); });
after(() => engine.terminate());

const SRC = `import asyncio


async def main():
    print("start")
    await asyncio.sleep(1)
    print("end")


asyncio.run(main())
`;

test('a worker engine runs programs and streams their events', { timeout: 60000 }, async () => {
  assert.equal(engine.worker, true);
  const evs = [];
  const r = await engine.run(SRC, { clock: 'virtual', events: 'all', onEvent: (e) => evs.push(e) });
  assert.deepEqual(r, { stdout: 'start\nend\n', stderr: '', exitCode: 0 });
  assert.equal(evs.at(-1).kind, 'end');
  assert.ok(evs.some((e) => e.kind === 'task_suspended' && e.on === 'sleep'));
});

test('many sessions at once on one worker engine', { timeout: 60000 }, async () => {
  const src = (n) => `import asyncio\n\n\nasync def main():\n    await asyncio.sleep(${n})\n    print(${n})\n\n\nasyncio.run(main())\n`;
  const results = await Promise.all([3, 1, 2].map((n) => engine.run(src(n), { clock: 'virtual' })));
  assert.deepEqual(results.map((r) => r.stdout), ['3\n', '1\n', '2\n']);
});

test('Stop reaches a program in the worker without terminating it', { timeout: 60000 }, async () => {
  const h = engine.start('print("go", flush=True)\nwhile True:\n    pass\n', {
    onEvent: (e) => { if (e.kind === 'stdout') setTimeout(() => h.stop(), 50); },
  });
  const r = await h.done;
  assert.equal(r.exitCode, 130);
  assert.match(r.stderr, /\[loopscope\] stopped\n$/);
  assert.equal((await engine.run('print(2)\n')).stdout, '2\n');
});

test('options are checked on the calling thread', { timeout: 60000 }, async () => {
  assert.throws(() => engine.start('print(1)\n', { clock: 'sideways' }), TypeError);
});
