// engine.inspect(): the event-loop inspector through the JS API, on the main
// thread and in a worker (docs/inspector.md). The ready queues and timers
// expected after each step are CPython 3.12's own (the oracle probe goldens
// of tests/unit/embed/inspector, see regen.sh there).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createEngine } from '../../wasm/index.mjs';
import { ROOT } from './helpers.mjs';

const DIR = path.join(ROOT, 'tests/unit/embed/inspector');
const GATHER = readFileSync(path.join(DIR, 'gather.py'), 'utf8');

/** The probe golden as [{iteration, ready: [repr], timers: [repr], output}], one per iteration. */
function probe(name) {
  const text = readFileSync(path.join(DIR, `${name}.3.12.probe`), 'utf8')
    .replace(/<_asyncio\.TaskStepMethWrapper object at 0x[0-9a-f]+>/g, 'Task.__step');
  const steps = [];
  let output = '';
  let cur = null;
  for (const line of text.split('\n').slice(0, -1)) {
    const m = /^--- after iteration (\d+)$/.exec(line);
    if (m) { cur = { iteration: Number(m[1]), ready: [], timers: [], output }; output = ''; steps.push(cur); continue; }
    if (line.startsWith('  ready ')) cur.ready.push(line.slice(8));
    else if (line.startsWith('  timer ')) cur.timers.push(line.slice(8));
    else output += `${line}\n`;
  }
  return steps;
}

const engines = {};
before(async () => {
  engines.main = await createEngine({ worker: false });
  engines.worker = await createEngine({ worker: true });
});
after(() => engines.worker.terminate());

for (const mode of ['main', 'worker']) {
  test(`${mode} thread: three steps of a gather program show CPython's ready queue and timers`, { timeout: 60000 }, async () => {
    const expected = probe('gather');
    const ins = engines[mode].inspect(GATHER, { clock: 'virtual' });

    // 1: main's first step ran; gather() queued the two workers' first steps.
    let r = await ins.step();
    let s = r.snapshot;
    assert.equal(s.iteration, 1);
    assert.equal(r.done, false);
    assert.deepEqual(s.ran.map((h) => [h.repr, h.task, h.taskName, h.coro]), [['<Handle Task.__step()>', 1, 'Task-1', 'main']]);
    assert.deepEqual(s.ready.map((h) => h.repr), expected[0].ready);
    assert.deepEqual(s.ready.map((h) => [h.kind, h.task, h.taskName, h.coroRepr]), [
      ['step', 2, 'Task-2', 'worker() running at main.py:3'],
      ['step', 3, 'Task-3', 'worker() running at main.py:3'],
    ]);
    assert.deepEqual(s.timers, []);
    assert.deepEqual(s.tasks.map((t) => [t.task, t.name, t.state, t.on ?? null]),
      [[1, 'Task-1', 'waiting', 'gather'], [2, 'Task-2', 'ready', null], [3, 'Task-3', 'ready', null]]);
    assert.equal(s.nextTask, 2);
    assert.equal(s.next.repr, '<Handle Task.__step()>');
    assert.equal(r.stdout, '');

    // 2: both workers printed and went to sleep: two timers, nothing ready.
    r = await ins.step();
    s = r.snapshot;
    assert.equal(s.iteration, 2);
    assert.equal(r.stdout, expected[1].output);
    assert.equal(r.stdout, 'A: start\nB: start\n');
    assert.deepEqual(s.ran.map((h) => h.task), [2, 3]);
    assert.deepEqual(s.ready.map((h) => h.repr), expected[1].ready);
    assert.deepEqual(s.timers.map((h) => h.repr), expected[1].timers);
    assert.deepEqual(s.timers.map((h) => [h.when, h.task]), [[0.1, 3], [0.2, 2]]);
    assert.deepEqual(s.tasks.map((t) => [t.state, t.on ?? null, t.until ?? null]),
      [['waiting', 'gather', null], ['waiting', 'sleep', 0.2], ['waiting', 'sleep', 0.1]]);
    assert.equal(s.next.timer, s.timers[0].timer);
    assert.equal(s.nextTask, 3);

    // 3: the clock jumped to 0.1; B's timer ran and queued B's wake-up.
    r = await ins.step();
    s = r.snapshot;
    assert.equal(s.iteration, 3);
    assert.equal(s.t, 0.1);
    assert.equal(r.stdout, '');
    assert.deepEqual(s.ready.map((h) => h.repr), expected[2].ready);
    assert.deepEqual(s.ready.map((h) => [h.kind, h.task]), [['wakeup', 3]]);
    assert.deepEqual(s.timers.map((h) => h.repr), expected[2].timers);
    assert.equal(s.nextTask, 3);

    // Continue: the rest of the output, then the end.
    const result = await ins.run();
    assert.deepEqual(result, {
      stdout: 'A: start\nB: start\nB: done after 0.1\nA: done after 0.2\nresults: [\'A\', \'B\']\n',
      stderr: '',
      exitCode: 0,
    });
    const last = await ins.step();
    assert.equal(last.done, true);
    assert.equal(last.exitCode, 0);
  });
}

test('stepping to the end visits every iteration CPython runs', { timeout: 60000 }, async () => {
  for (const name of ['gather', 'callbacks', 'partial_cancel']) {
    const expected = probe(name);
    const ins = engines.main.inspect(readFileSync(path.join(DIR, `${name}.py`), 'utf8'), { clock: 'virtual' });
    const seen = [];
    for (;;) {
      const r = await ins.step();
      if (r.done) break;
      seen.push({ iteration: r.snapshot.iteration, ready: r.snapshot.ready.map((h) => h.repr),
        timers: r.snapshot.timers.map((h) => h.repr), output: r.stdout });
    }
    assert.deepEqual(seen, expected, name);
  }
});

test('stop() ends a paused program', { timeout: 60000 }, async () => {
  for (const mode of ['main', 'worker']) {
    const ins = engines[mode].inspect(GATHER, { clock: 'virtual' });
    await ins.step();
    const r = await ins.stop();
    assert.equal(r.exitCode, 130, mode);
    assert.match(r.stderr, /\[loopscope\] stopped/);
  }
});
