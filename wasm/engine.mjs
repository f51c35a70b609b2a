// The engine on the current thread: loads the wasm module and drives sessions
// in slices (DESIGN.md decision 5). wasm/index.mjs exports it as
// createEngine({worker: false}); wasm/worker.mjs runs it inside a Web Worker
// (or a Node worker thread) for createEngine({worker: true}).
//
// The engine never blocks: run_slice() runs in bursts of a few milliseconds,
// then control goes back to the host (setImmediate in Node, a MessageChannel
// in the browser, setTimeout(wait_ms) while the program sleeps).

import createLoopscopeModule from '../build/wasm/loopscope.mjs';
import { createInspector } from './inspect.mjs';

const STATE_RUNNING = 0;
const STATE_WAITING = 1;
const STATE_PAUSED = 3;
export const SLICE_BUDGET = 20000;   // VM instructions per run_slice call
export const BURST_MS = 8;           // host time spent in slices before yielding
export const isNode = typeof process === 'object' && process.versions != null &&
  process.versions.node != null && typeof window === 'undefined';

// Watchdog on a browser page's thread: a native that calls back into Python
// (a key= function, sum() over a generator, __repr__) cannot be preempted and
// the page cannot interrupt a slice, so after this many seconds in one such
// call the program is ended rather than freezing the tab for good. Off in
// Node (CLIs and docs CI must run CPU-bound programs as CPython does) and in a
// worker (Stop terminates the worker).
export const NESTED_TIME_LIMIT = isNode ? 0 : 5;

/** Post `fn` to run after the host has handled its pending work. */
function makeYield() {
  if (typeof setImmediate === 'function') return (fn) => setImmediate(fn);
  if (typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    const queue = [];
    channel.port1.onmessage = () => { const fn = queue.shift(); if (fn) fn(); };
    return (fn) => { queue.push(fn); channel.port2.postMessage(0); };
  }
  return (fn) => setTimeout(fn, 0);
}
const yieldToHost = makeYield();

/** The .wasm bytes next to the glue (Node). */
export async function loadWasmBinary() {
  const fsName = 'node:fs/promises';
  const fs = await import(/* @vite-ignore */ fsName);
  return fs.readFile(new URL('../build/wasm/loopscope.wasm', import.meta.url));
}

/**
 * Checks and normalises start() options (shared with the worker transport so
 * that bad options throw synchronously on the caller's thread).
 */
export function normalizeOptions(options = {}) {
  const {
    python = '3.12', clock = 'real', speed = 0, events = 'output',
    heapLimit = 0, outputLimit = 0, timeLimit = 0, virtualTimeLimit = 0,
    sliceBudget = SLICE_BUDGET, burstMs = BURST_MS, nestedTimeLimit = null,
  } = options;
  if (clock !== 'real' && clock !== 'virtual') throw new TypeError(`clock must be 'real' or 'virtual'`);
  if (events !== 'output' && events !== 'all') throw new TypeError(`events must be 'output' or 'all'`);
  const nonNegative = (name, v) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new TypeError(`${name} must be a non-negative number`);
    return n;
  };
  return {
    python: String(python),
    clock,
    speed: nonNegative('speed', speed),
    events,
    heapLimit: nonNegative('heapLimit', heapLimit),
    outputLimit: nonNegative('outputLimit', outputLimit),
    timeLimit: nonNegative('timeLimit', timeLimit),
    virtualTimeLimit: nonNegative('virtualTimeLimit', virtualTimeLimit),
    sliceBudget: Math.max(1, Math.floor(nonNegative('sliceBudget', sliceBudget)) || SLICE_BUDGET),
    burstMs: nonNegative('burstMs', burstMs),
    // null: the engine's default (NESTED_TIME_LIMIT on the calling thread, none in a worker).
    nestedTimeLimit: nestedTimeLimit == null ? null : nonNegative('nestedTimeLimit', nestedTimeLimit),
  };
}

/**
 * Loads the WebAssembly module once; the engine can run many sessions.
 * @param {{wasmUrl?: string|URL, wasmBinary?: ArrayBuffer|Uint8Array,
 *          wasmModule?: WebAssembly.Module}} [config]
 */
export async function createLocalEngine(config = {}) {
  const moduleArgs = {};
  if (config.wasmModule) {
    moduleArgs.instantiateWasm = (imports, receive) => {
      WebAssembly.instantiate(config.wasmModule, imports).then((instance) => receive(instance, config.wasmModule));
      return {};
    };
  } else if (config.wasmBinary) {
    moduleArgs.wasmBinary = config.wasmBinary;
  } else if (isNode) {
    moduleArgs.wasmBinary = await loadWasmBinary();
  } else if (config.wasmUrl) {
    moduleArgs.locateFile = () => String(config.wasmUrl);
  }
  const M = await createLoopscopeModule(moduleArgs);
  // Called by the engine from inside a long nested run (a key= function): the
  // session's events so far are delivered at once, so output shows up and an
  // onEvent callback can stop() the program even though the slice has not returned.
  const nestedPolls = new Map();   // session handle -> poll()
  M.lsNestedPoll = (h) => { const poll = nestedPolls.get(h); if (poll) poll(); };

  const api = {
    create: M.cwrap('ls_session_new', 'number',
      ['string', 'number', 'number', 'number', 'number', 'number', 'number', 'number', 'number']),
    load: M.cwrap('ls_session_load', null, ['number', 'number', 'number']),
    runSlice: M.cwrap('ls_session_run_slice', 'number', ['number', 'number']),
    waitMs: M.cwrap('ls_session_wait_ms', 'number', ['number']),
    takeEvents: M.cwrap('ls_session_take_events_json', 'string', ['number']),
    stop: M.cwrap('ls_session_stop', null, ['number']),
    exitCode: M.cwrap('ls_session_exit_code', 'number', ['number']),
    setStepping: M.cwrap('ls_session_set_stepping', null, ['number', 'number']),
    snapshot: M.cwrap('ls_session_snapshot_json', 'string', ['number']),
    free: M.cwrap('ls_session_free', null, ['number']),
  };

  /**
   * Starts a program; returns { done: Promise<result>, stop() }.
   * See wasm/index.mjs for the options. With the internal option
   * `stepping: true` (the inspector, wasm/inspect.mjs) the program does not
   * start running: each step() runs one event-loop iteration and resolves
   * with the loop's snapshot (docs/inspector.md); resume() runs on to the end.
   */
  function start(source, options = {}) {
    const o = normalizeOptions(options);
    const onEvent = options.onEvent || null;
    const onEvents = options.onEvents || null;
    const h = api.create(o.python, o.clock === 'virtual' ? 1 : 0, o.speed, o.heapLimit, o.outputLimit,
      o.timeLimit * 1000, o.virtualTimeLimit, o.events === 'all' ? 1 : 0,
      (o.nestedTimeLimit ?? NESTED_TIME_LIMIT) * 1000);
    const result = { stdout: '', stderr: '', exitCode: 0 };
    const stepping = Boolean(options.stepping);
    if (stepping) api.setStepping(h, 1);
    let sawEnd = false;
    let finished = false;
    let timer = null;
    let paused = stepping;       // not pumping until step() or resume()
    let stepWaiter = null;       // resolves the pending step() with a snapshot
    let finalSnapshot = null;
    let resolveDone;
    let rejectDone;
    const done = new Promise((res, rej) => { resolveDone = res; rejectDone = rej; });

    const deliver = (events) => {
      for (const e of events) {
        if (e.kind === 'stdout') result.stdout += e.text;
        else if (e.kind === 'stderr') result.stderr += e.text;
        else if (e.kind === 'end') sawEnd = true;
        if (onEvent) onEvent(e);
      }
      if (onEvents && events.length) onEvents(events);
    };

    const drain = () => {
      const events = JSON.parse(api.takeEvents(h) || '[]');
      deliver(events);
      return events;
    };

    // Inside a nested run: a throwing callback must not unwind through the
    // engine; the program is stopped and the error reported after the slice.
    let pollError = null;
    nestedPolls.set(h, () => {
      if (finished || pollError) return;
      try {
        drain();
      } catch (err) {
        pollError = err;
        api.stop(h);
      }
    });

    const finish = () => {
      finished = true;
      nestedPolls.delete(h);
      const last = drain();
      result.exitCode = api.exitCode(h);
      if (stepping) finalSnapshot = JSON.parse(api.snapshot(h));
      if (!sawEnd) {
        // The engine did not report an "end" (e.g. a placeholder build): the
        // driver still closes every stream with exactly one.
        const t = last.length ? last[last.length - 1].t : 0;
        deliver([{ kind: 'end', exitCode: result.exitCode, t, rt: performance.now() - t0 }]);
      }
      api.free(h);
      // The last step's snapshot before `done` (the worker posts them in this order).
      if (stepWaiter) { const w = stepWaiter; stepWaiter = null; w(finalSnapshot); }
      resolveDone(result);
    };

    // The budget counts VM instructions, but natives (task creation, gather,
    // big allocations) cost time the count does not see: when a slice runs
    // longer than a burst, halve the budget (down to 1000); when it is quick,
    // grow it back to sliceBudget. Bounds the pauses a host sees.
    let budget = o.sliceBudget;
    const pump = () => {
      timer = null;
      if (finished) return;
      try {
        const burstEnd = performance.now() + o.burstMs;
        for (;;) {
          const s0 = performance.now();
          const state = api.runSlice(h, budget);
          if (pollError) throw pollError;
          const took = performance.now() - s0;
          if (took > o.burstMs && budget > 1000) budget = Math.max(1000, budget >> 1);
          else if (took < o.burstMs / 4 && budget < o.sliceBudget) budget = Math.min(o.sliceBudget, budget * 2);
          drain();
          if (state === STATE_RUNNING) {
            if (performance.now() < burstEnd) continue;
            yieldToHost(pump);
          } else if (state === STATE_WAITING) {
            timer = setTimeout(pump, Math.max(0, api.waitMs(h)));
          } else if (state === STATE_PAUSED) {
            paused = true;
            const snapshot = JSON.parse(api.snapshot(h));
            if (stepWaiter) { const w = stepWaiter; stepWaiter = null; w(snapshot); }
          } else {
            finish();
          }
          return;
        }
      } catch (err) {
        finished = true;
        nestedPolls.delete(h);
        rejectDone(err);
      }
    };

    const t0 = performance.now();
    try {
      // A Uint8Array is the file's bytes as they are (invalid UTF-8, NUL bytes
      // reach the front end, which reports them as CPython does).
      const bytes = source instanceof Uint8Array ? source : new TextEncoder().encode(String(source));
      const ptr = M._malloc(bytes.length + 1);
      M.HEAPU8.set(bytes, ptr);
      M.HEAPU8[ptr + bytes.length] = 0;
      api.load(h, ptr, bytes.length);
      M._free(ptr);
    } catch (err) {
      nestedPolls.delete(h);
      api.free(h);
      throw err;
    }
    if (!stepping) yieldToHost(pump);

    const unpause = () => { if (paused) { paused = false; yieldToHost(pump); } };
    return {
      done,
      /** Ends the program at the next instruction boundary. */
      stop() {
        if (finished) return;
        api.stop(h);
        if (timer !== null) { clearTimeout(timer); timer = null; yieldToHost(pump); }
        unpause();
      },
      /** Stepping: runs one event-loop iteration; Promise<snapshot>. */
      step() {
        if (finished) return Promise.resolve(finalSnapshot);
        if (stepWaiter) return Promise.reject(new Error('loopscope: step() while a step is running'));
        return new Promise((resolve) => { stepWaiter = resolve; unpause(); });
      },
      /** Stepping: stops pausing and runs the program to the end. */
      resume() {
        if (finished) return;
        api.setStepping(h, 0);
        unpause();
      },
      /** Stepping: the snapshot at the end of the program (null before). */
      finalSnapshot: () => finalSnapshot,
    };
  }

  return {
    module: M,
    worker: false,
    start,
    /** Runs a program to completion: Promise<{stdout, stderr, exitCode}>. */
    run(source, options) { return start(source, options).done; },
    /** Starts a program paused for stepping (wasm/inspect.mjs). */
    inspect(source, options) { return createInspector(start, source, options); },
    /** Nothing to release on the current thread (sessions free themselves). */
    terminate() {},
  };
}
