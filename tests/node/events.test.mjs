// Event stream v2 (docs/events.md): output chunks carry their task; task
// lifecycle, steps, suspensions, timers, loop iterations, blocking calls.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine } from '../../wasm/index.mjs';

let engine;
before(async () => { engine = await createEngine({ worker: false }); });

async function events(source, options = {}) {
  const evs = [];
  const r = await engine.run(source, { clock: 'virtual', events: 'all', ...options, onEvent: (e) => evs.push(e) });
  return { ...r, events: evs };
}

const TWO_WORKERS = `import asyncio


async def worker(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} done")
    return delay * 2


async def main():
    print("main")
    a = asyncio.create_task(worker("a", 1))
    b = asyncio.create_task(worker("b", 2), name="bee")
    print(await a, await b)


asyncio.run(main())
print("after")
`;

test('every event has kind, t and rt; exactly one end, last', { timeout: 60000 }, async () => {
  const { events: evs, stdout } = await events(TWO_WORKERS);
  assert.equal(stdout, 'main\na start\nb start\na done\nb done\n2 4\nafter\n');
  for (const e of evs) {
    assert.equal(typeof e.kind, 'string');
    assert.equal(typeof e.t, 'number', JSON.stringify(e));
    assert.equal(typeof e.rt, 'number', JSON.stringify(e));
  }
  assert.equal(evs.filter((e) => e.kind === 'end').length, 1);
  assert.equal(evs.at(-1).kind, 'end');
});

test('output chunks name the task that wrote them (null for the main program)', { timeout: 60000 }, async () => {
  const { events: evs } = await events(TWO_WORKERS);
  const created = evs.filter((e) => e.kind === 'task_created');
  assert.deepEqual(created.slice(0, 3).map((e) => [e.task, e.name, e.coro]), [[1, 'Task-1', 'main'], [2, 'Task-2', 'worker'], [3, 'bee', 'worker']]);
  const byLine = [];
  for (const e of evs.filter((x) => x.kind === 'stdout')) {
    for (const line of e.text.split('\n').filter(Boolean)) byLine.push([line, e.task, e.taskName ?? null]);
  }
  assert.deepEqual(byLine, [
    ['main', 1, 'Task-1'], ['a start', 2, 'Task-2'], ['b start', 3, 'bee'],
    ['a done', 2, 'Task-2'], ['b done', 3, 'bee'], ['2 4', 1, 'Task-1'], ['after', null, null],
  ]);
});

test('task_created gives the creating line and the parent task', { timeout: 60000 }, async () => {
  const { events: evs } = await events(TWO_WORKERS);
  const created = evs.filter((e) => e.kind === 'task_created');
  assert.equal(created[0].line, 18);    // asyncio.run(main())
  assert.equal(created[0].parent, null);
  assert.equal(created[1].line, 13);
  assert.equal(created[1].parent, 1);
  assert.equal(created[2].line, 14);
});

test('steps alternate start/end, each end followed by the task state', { timeout: 60000 }, async () => {
  const { events: evs } = await events(TWO_WORKERS);
  const after = new Set(['task_suspended', 'task_finished', 'task_failed', 'task_cancelled']);
  for (const id of [1, 2, 3]) {
    const mine = evs.filter((e) => e.task === id && e.kind !== 'stdout' && !e.kind.startsWith('timer'));
    assert.equal(mine[0].kind, 'task_created');
    let open = false;
    for (let i = 1; i < mine.length; i++) {
      const e = mine[i];
      if (e.kind === 'step_start') { assert.ok(!open); open = true; }
      if (e.kind === 'step_end') {
        assert.ok(open);
        open = false;
        assert.ok(e.cpu >= 0);
        assert.ok(after.has(mine[i + 1].kind), `after step_end: ${mine[i + 1].kind}`);
      }
    }
    assert.equal(mine.at(-1).kind, 'task_finished');
  }
  const fin = evs.filter((e) => e.kind === 'task_finished').slice(0, 3);
  assert.deepEqual(fin.map((e) => [e.task, e.result]), [[2, '2'], [3, '4'], [1, 'None']]);
});

test('a task suspended on sleep says until when; wake-ups are reported', { timeout: 60000 }, async () => {
  const { events: evs } = await events(TWO_WORKERS);
  const s2 = evs.find((e) => e.kind === 'task_suspended' && e.task === 2);
  assert.equal(s2.on, 'sleep');
  assert.equal(s2.until, 1);
  assert.equal(s2.line, 6);
  const s3 = evs.find((e) => e.kind === 'task_suspended' && e.task === 3);
  assert.equal(s3.until, 2);
  const s1 = evs.find((e) => e.kind === 'task_suspended' && e.task === 1);
  assert.equal(s1.on, 'task');
  assert.equal(s1.awaits, 2);
  const resumed = evs.filter((e) => e.kind === 'task_resumed').map((e) => [e.task, e.t]);
  assert.deepEqual(resumed, [[2, 1], [1, 1], [3, 2], [1, 2]]);
});

test('timers scheduled, fired and cancelled; loop iterations with the ready queue', { timeout: 60000 }, async () => {
  const src = `import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_later(5, print, "never")
    loop.call_later(1, print, "one")
    await asyncio.sleep(2)
    h.cancel()


asyncio.run(main())
`;
  const { events: evs, stdout } = await events(src);
  assert.equal(stdout, 'one\n');
  const sched = evs.filter((e) => e.kind === 'timer_scheduled');
  assert.deepEqual(sched.map((e) => [e.when, e.callback]), [[5, 'print'], [1, 'print'], [2, '_set_result_unless_cancelled']]);
  assert.deepEqual(evs.filter((e) => e.kind === 'timer_fired').map((e) => e.when), [1, 2]);
  const cancelled = evs.filter((e) => e.kind === 'timer_cancelled');
  assert.equal(cancelled.length, 1);
  assert.equal(cancelled[0].timer, sched[0].timer);
  const iters = evs.filter((e) => e.kind === 'loop_iteration');
  assert.ok(iters.length >= 3);
  assert.ok(iters.every((e) => Number.isInteger(e.ready) && e.ready >= 0));
  assert.equal(iters[0].ready, 1);  // Task-1's first step
});

test('suspension kinds: queue, lock, event, gather, wait_for, yield', { timeout: 60000 }, async () => {
  const src = `import asyncio


async def getter(q):
    return await q.get()


async def locker(lock):
    async with lock:
        pass


async def waiter(ev):
    await ev.wait()


async def yielder():
    await asyncio.sleep(0)


async def slow():
    await asyncio.sleep(10)


async def main():
    q = asyncio.Queue()
    lock = asyncio.Lock()
    ev = asyncio.Event()
    fut = asyncio.get_running_loop().create_future()
    await lock.acquire()
    tasks = [asyncio.create_task(getter(q), name="q"), asyncio.create_task(locker(lock), name="l"),
             asyncio.create_task(waiter(ev), name="e"), asyncio.create_task(yielder(), name="y")]
    f = asyncio.create_task(asyncio.wait_for(slow(), 1), name="wf")
    g = asyncio.create_task(asyncio.wait_for(fut, 5), name="fu")
    await asyncio.sleep(0.5)
    q.put_nowait(1)
    lock.release()
    ev.set()
    fut.set_result(7)
    await asyncio.gather(*tasks)
    try:
        await f
    except TimeoutError:
        print("timeout")
    print(await g)


asyncio.run(main())
`;
  const { events: evs, stdout, stderr } = await events(src);
  assert.equal(stderr, '');
  assert.equal(stdout, 'timeout\n7\n');
  const names = new Map(evs.filter((e) => e.kind === 'task_created').map((e) => [e.task, e.name]));
  const firstOn = (name) => {
    const e = evs.find((x) => x.kind === 'task_suspended' && names.get(x.task) === name);
    return e && [e.on, e.where];
  };
  assert.deepEqual(firstOn('q'), ['queue', 'Queue.get']);
  assert.deepEqual(firstOn('l'), ['lock', 'Lock.acquire']);
  assert.deepEqual(firstOn('e'), ['event', 'Event.wait']);
  assert.equal(firstOn('y')[0], 'yield');
  // wait_for(coro) awaits the coroutine in the same task (3.12): the innermost wait is its sleep.
  assert.deepEqual(firstOn('wf'), ['sleep', 'sleep']);
  assert.deepEqual(firstOn('fu'), ['wait_for', 'wait_for']);
  const main = evs.filter((e) => e.kind === 'task_suspended' && e.task === 1).map((e) => e.on);
  assert.ok(main.includes('gather'), main.join());
  assert.equal(main[0], 'sleep');
});

test('failed and cancelled tasks', { timeout: 60000 }, async () => {
  const src = `import asyncio


async def boom():
    raise ValueError("boom")


async def forever():
    await asyncio.sleep(100)


async def main():
    t = asyncio.create_task(boom())
    c = asyncio.create_task(forever())
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    try:
        await t
    except ValueError:
        pass


asyncio.run(main())
`;
  const { events: evs } = await events(src);
  const failed = evs.find((e) => e.kind === 'task_failed');
  assert.equal(failed.task, 2);
  assert.equal(failed.exception, 'ValueError: boom');
  const cancelled = evs.find((e) => e.kind === 'task_cancelled');
  assert.equal(cancelled.task, 3);
});

test('time.sleep is reported as a blocking call', { timeout: 60000 }, async () => {
  const src = 'import time\nprint("a")\ntime.sleep(1.5)\nprint("b")\n';
  const { events: evs, stdout } = await events(src);
  assert.equal(stdout, 'a\nb\n');
  const b = evs.find((e) => e.kind === 'blocking');
  assert.equal(b.call, 'time.sleep');
  assert.equal(b.seconds, 1.5);
  assert.equal(b.task, null);
  assert.equal(evs.find((e) => e.kind === 'stdout' && e.text.includes('b')).t, 1.5);
});

test("events: 'output' (the default) has output and end only", { timeout: 60000 }, async () => {
  const evs = [];
  await engine.run(TWO_WORKERS, { clock: 'virtual', onEvent: (e) => evs.push(e) });
  assert.deepEqual([...new Set(evs.map((e) => e.kind))].sort(), ['end', 'stdout']);
  assert.ok(evs.filter((e) => e.kind === 'stdout').some((e) => e.task === 2));
});

test('result reprs never run Python code', { timeout: 60000 }, async () => {
  const src = `import asyncio


class Loud:
    def __repr__(self):
        print("repr called")
        return "Loud()"


async def make():
    return [Loud(), 1, "x"]


async def main():
    await asyncio.create_task(make())


asyncio.run(main())
`;
  const { events: evs, stdout } = await events(src);
  assert.equal(stdout, '');
  assert.equal(evs.find((e) => e.kind === 'task_finished' && e.task === 2).result, "[<Loud object>, 1, 'x']");
});
