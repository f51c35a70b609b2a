// Chrome trace event format (Perfetto, chrome://tracing) from an events-v2
// stream (docs/events.md). The same mapping as core/embed/trace.cpp (the
// native CLI's --trace):
//   * pid 1 is the program; tid 0 is the main program (and the loop's own
//     work), tid N is task N. Tracks are named with "M" metadata events.
//   * each task step is a complete event ("X", cat "step", args.cpu_ms);
//     the time from a task's suspension to its next step is an "X" event named
//     "await <what>" (cat "wait");
//   * output, task creation/completion, timers and blocking calls are instant
//     events ("i", thread scope); the ready-queue length is a counter ("C").
//   * ts/dur are real time in microseconds; args.t is the program's clock.

/** @param {object[]} events  @param {{name?: string}} [opts]  @returns {object} trace */
export function toChromeTrace(events, { name = 'main.py' } = {}) {
  const out = [];
  const us = (ms) => Math.round(ms * 1000 * 1000) / 1000;
  const track = (tid, label) => {
    out.push({ ph: 'M', pid: 1, tid, name: 'thread_name', args: { name: label } });
    out.push({ ph: 'M', pid: 1, tid, name: 'thread_sort_index', args: { sort_index: tid } });
  };
  out.push({ ph: 'M', pid: 1, tid: 0, name: 'process_name', args: { name: `loopscope ${name}` } });
  track(0, 'main program');
  const steps = new Map();
  const waits = new Map();
  const instant = (e, label, tid, args = {}) => {
    out.push({ ph: 'i', s: 't', pid: 1, tid, ts: us(e.rt), name: label, cat: e.kind, args: { t: e.t, ...args } });
  };
  const closeWait = (task, e) => {
    const w = waits.get(task);
    if (!w) return;
    waits.delete(task);
    out.push({ ph: 'X', pid: 1, tid: task, ts: us(w.rt), dur: us(Math.max(0, e.rt - w.rt)),
      name: `await ${w.what}`, cat: 'wait', args: { t: w.t, t_end: e.t } });
  };
  for (const e of events) {
    const task = e.task ?? 0;
    switch (e.kind) {
      case 'stdout':
      case 'stderr':
        instant(e, e.kind === 'stdout' ? 'print' : 'stderr', task, { text: e.text });
        break;
      case 'task_created':
        track(task, `${e.name} (${e.coro})`);
        instant(e, 'created', task, { name: e.name, coro: e.coro, line: e.line, parent: e.parent });
        break;
      case 'step_start':
        closeWait(task, e);
        steps.set(task, e);
        break;
      case 'step_end': {
        const s = steps.get(task);
        if (!s) break;
        steps.delete(task);
        out.push({ ph: 'X', pid: 1, tid: task, ts: us(s.rt), dur: us(Math.max(0, e.rt - s.rt)),
          name: 'step', cat: 'step', args: { t: s.t, cpu_ms: e.cpu } });
        break;
      }
      case 'task_suspended':
        waits.set(task, { rt: e.rt, t: e.t, what: e.on + (e.until != null ? ` until ${e.until}` : '') });
        break;
      case 'task_finished':
      case 'task_failed':
      case 'task_cancelled':
        closeWait(task, e);
        instant(e, e.kind.slice(5), task, e.kind === 'task_finished' ? { value: e.result }
          : e.kind === 'task_failed' ? { value: e.exception } : {});
        break;
      case 'timer_scheduled':
      case 'timer_fired':
      case 'timer_cancelled':
        instant(e, e.kind, e.kind === 'timer_fired' ? 0 : task, { timer: e.timer, when: e.when, callback: e.callback });
        break;
      case 'loop_iteration':
        out.push({ ph: 'C', pid: 1, tid: 0, ts: us(e.rt), name: 'ready queue', args: { ready: e.ready } });
        break;
      case 'blocking':
        instant(e, e.call, task, { seconds: e.seconds });
        break;
      case 'end':
        instant(e, 'end', 0, { exitCode: e.exitCode });
        for (const t of [...waits.keys()]) closeWait(t, e);
        break;
      default:
        break;
    }
  }
  return { displayTimeUnit: 'ms', otherData: { generator: 'loopscope', events: 'v2' }, traceEvents: out };
}
