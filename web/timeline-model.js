// The timeline's data: folds the engine's event stream (docs/events.md, v2)
// into one lane per task plus the main program. Pure data, no DOM, so it can
// be tested in Node against recorded event lists.
//
// lane = {id (0 = main program, N = task N), name, coro, line, parent,
//         segments: [{state, t0, t1 (null while open), on, where, line, until, awaits}],
//         end: null | {state: 'done'|'failed'|'cancelled', t, detail},
//         outputs: [{t, stream, text}]}
// states: 'ready' (scheduled, waiting for its turn), 'running' (a step),
//         'waiting' (suspended; `on` says on what), 'blocked' (time.sleep:
//         the whole loop is blocked).
// timers = [{id, when, t (scheduled at), task, callback, state: 'pending'|'fired'|'cancelled', tEnd}]
// blocks = [{t0, t1, task, call, seconds}]   (loop blocked, across all lanes)

export const MAX_SEGMENTS = 20000;

export class TimelineModel {
  constructor() { this.reset(); }

  reset() {
    this.lanes = new Map();
    this.timers = new Map();
    this.blocks = [];
    this.segments = 0;
    this.truncated = false;
    this.now = 0;
    this.ended = null;          // {t, exitCode} once the run is over
    this.hasTaskEvents = false;
    this.lane(0).name = 'main program';
  }

  lane(id) {
    const key = id ?? 0;
    let l = this.lanes.get(key);
    if (!l) {
      l = { id: key, name: key === 0 ? 'main program' : `Task-${key}`, coro: null, line: null, parent: null, created: this.now,
        segments: [], end: null, outputs: [] };
      this.lanes.set(key, l);
    }
    return l;
  }

  open(lane) { const s = lane.segments.at(-1); return s && s.t1 === null ? s : null; }

  close(lane, t) { const s = this.open(lane); if (s) s.t1 = Math.max(s.t0, t); }

  push(lane, seg) {
    this.close(lane, seg.t0);
    if (this.segments >= MAX_SEGMENTS) { this.truncated = true; return; }
    this.segments++;
    lane.segments.push({ t1: null, ...seg });
  }

  /** Feeds one event; unknown kinds are ignored. */
  add(e) {
    const t = typeof e.t === 'number' ? e.t : this.now;
    if (t > this.now) this.now = t;
    switch (e.kind) {
      case 'task_created': {
        this.hasTaskEvents = true;
        const l = this.lane(e.task);
        Object.assign(l, { name: e.name ?? l.name, coro: e.coro ?? null, line: e.line ?? null, parent: e.parent ?? null, created: t,
          // asyncio.run()'s own clean-up tasks (shutdown_asyncgens, ...): not the program's.
          internal: /^BaseEventLoop\./.test(e.coro ?? '') });
        this.push(l, { state: 'ready', t0: t });
        break;
      }
      case 'step_start': this.push(this.lane(e.task), { state: 'running', t0: t }); break;
      case 'step_end': this.close(this.lane(e.task), t); break;
      case 'task_suspended':
        this.push(this.lane(e.task), { state: 'waiting', t0: t, on: e.on ?? 'other', where: e.where ?? null,
          line: e.line ?? null, until: e.until ?? null, awaits: e.awaits ?? null });
        break;
      case 'task_resumed': this.push(this.lane(e.task), { state: 'ready', t0: t }); break;
      case 'task_finished': case 'task_failed': case 'task_cancelled': {
        const l = this.lane(e.task);
        this.close(l, t);
        const state = { task_finished: 'done', task_failed: 'failed', task_cancelled: 'cancelled' }[e.kind];
        l.end = { state, t, detail: e.result ?? e.exception ?? null };
        break;
      }
      case 'timer_scheduled':
        this.timers.set(e.timer, { id: e.timer, when: e.when, t, task: e.task ?? null, callback: e.callback ?? null, state: 'pending', tEnd: null });
        break;
      case 'timer_fired': case 'timer_cancelled': {
        const tm = this.timers.get(e.timer);
        if (tm) { tm.state = e.kind === 'timer_fired' ? 'fired' : 'cancelled'; tm.tEnd = t; }
        break;
      }
      case 'blocking': {
        const seconds = Number(e.seconds) || 0;
        this.blocks.push({ t0: t, t1: t + seconds, task: e.task ?? null, call: e.call ?? 'blocking call', seconds });
        const l = this.lane(e.task);
        const running = this.open(l);
        // The blocked stretch sits inside the running step; the step goes on after it.
        if (running) {
          running.t1 = t;
          l.segments.push({ state: 'blocked', t0: t, t1: t + seconds, call: e.call, seconds });
          l.segments.push({ state: 'running', t0: t + seconds, t1: null });
          this.segments += 2;
        } else {
          l.segments.push({ state: 'blocked', t0: t, t1: t + seconds, call: e.call, seconds });
          this.segments++;
        }
        if (t + seconds > this.now) this.now = t + seconds;
        break;
      }
      case 'stdout': case 'stderr':
        this.lane(e.task).outputs.push({ t, stream: e.kind, text: e.text });
        break;
      case 'end':
        this.ended = { t, exitCode: e.exitCode };
        for (const l of this.lanes.values()) this.close(l, t);
        break;
      default: break;
    }
  }

  /** Lanes in display order: the main program, then tasks by id (asyncio's internal ones left out). */
  orderedLanes({ internal = false } = {}) {
    return [...this.lanes.values()].filter((l) => internal || !l.internal).sort((a, b) => a.id - b.id);
  }

  /** The state of a lane at program time t (for tests and hover). */
  stateAt(id, t) {
    const l = this.lanes.get(id);
    if (!l) return null;
    let found = null;
    for (const s of l.segments) if (s.t0 <= t && (s.t1 === null || t < s.t1 || (s.t0 === s.t1 && s.t0 === t))) found = s;
    if (!found && l.end && t >= l.end.t) return l.end.state;
    return found ? found.state : null;
  }
}

/** One line of text describing a segment (hover and the accessible table). */
export function describeSegment(lane, s) {
  const span = `${s.t0.toFixed(3)}–${s.t1 === null ? '…' : s.t1.toFixed(3)} s`;
  const who = lane.id === 0 ? 'main program' : `${lane.name}${lane.coro ? ` (${lane.coro})` : ''}`;
  switch (s.state) {
    case 'running': return `${who}: running, ${span}`;
    case 'ready': return `${who}: ready, waiting for its turn in the loop, ${span}`;
    case 'blocked': return `${who}: blocked the whole loop in ${s.call ?? 'a blocking call'}(${s.seconds}), ${span}`;
    case 'waiting': {
      const on = s.on === 'sleep' && s.until != null ? `sleep until ${s.until.toFixed(3)} s` : s.on;
      const where = s.where && s.where !== s.on ? ` in ${s.where}` : '';
      const line = s.line ? ` at line ${s.line}` : '';
      const awaits = s.awaits ? ` (awaits Task-${s.awaits})` : '';
      return `${who}: waiting on ${on}${where}${line}${awaits}, ${span}`;
    }
    default: return `${who}: ${s.state}, ${span}`;
  }
}
