// loopscope JS API (ESM), the same in Node and the browser.
//
//   import { run, createEngine } from 'loopscope';
//   const { stdout, stderr, exitCode } = await run(source, { clock: 'virtual', onEvent });
//
//   const engine = await createEngine();          // browser: in a Web Worker; Node: this thread
//   const h = engine.start(source, { clock: 'virtual', events: 'all', onEvent });
//   h.stop();                                     // Stop: ends the program at once
//   const { stdout, stderr, exitCode } = await h.done;
//
//   const ins = engine.inspect(source, { clock: 'virtual' });  // the inspector, docs/inspector.md
//   const { snapshot, stdout } = await ins.step();  // one event-loop iteration
//   await ins.run();                                // the rest, without pausing
//
// `source` is a string, or a Uint8Array holding the file's bytes as they are.
// start()/run() options (all optional):
//   python            '3.12' | '3.9'                       target version
//   clock             'real' | 'virtual'                   default 'real'
//   speed             virtual playback: 0 = instant (default), 10 = 10x, 1 = 1x, 0.1
//   events            'output' (stdout/stderr/warning/diagnostic/end, default) | 'all' (task lifecycle,
//                     steps, timers, loop iterations, blocking calls: docs/events.md)
//   onEvent(e)        each event as it is produced; onEvents(batch) once per drained batch
//   heapLimit         bytes of Python heap before MemoryError (default 512 MiB)
//   outputLimit       bytes of output before the truncation notice (default 1 MiB)
//   timeLimit         wall-clock seconds before the run is ended (default none)
//   virtualTimeLimit  program-clock seconds before the run is ended (default none)
//   sliceBudget       VM instructions per run_slice (default 20000)
//   nestedTimeLimit   seconds a native calling back into Python (a key= function,
//                     sum() over a generator, __repr__) may run before the program
//                     is ended; such a call cannot be preempted. Default 5 on a
//                     browser page's thread, none in Node or in a worker (Stop
//                     terminates the worker there); 0 = none. Inside such a call
//                     the events so far are still delivered (every 10k
//                     instructions), so onEvent can call stop().
//
// The engine never blocks (DESIGN.md decision 5): see wasm/engine.mjs. With
// {worker: true} (the browser default) the engine lives in a Web Worker
// (wasm/worker.mjs); Stop asks the worker to stop the program and, if the
// program does not end within `stopGraceMs` (a native call that never
// returns), terminates the worker, ends every session on it with
// "[loopscope] stopped" and exit code 130, and starts a fresh worker for the
// next run.

import { createLocalEngine, normalizeOptions, isNode, loadWasmBinary } from './engine.mjs';
import { toChromeTrace } from './trace.mjs';
import { createInspector } from './inspect.mjs';

export { toChromeTrace };

const STOP_GRACE_MS = 1000;

/** Creates a Worker running wasm/worker.mjs, with one message interface. */
async function spawnWorker() {
  if (isNode && typeof Worker === 'undefined') {
    const wtName = 'node:worker_threads';
    const wt = await import(/* @vite-ignore */ wtName);
    const w = new wt.Worker(new URL('./worker.mjs', import.meta.url));
    return {
      post: (m) => w.postMessage(m),
      onMessage: (fn) => w.on('message', fn),
      onError: (fn) => w.on('error', fn),
      ref: () => w.ref(),
      unref: () => w.unref(),
      terminate: () => w.terminate(),
    };
  }
  const w = new Worker(new URL('./worker.mjs', import.meta.url), { type: 'module' });
  return {
    post: (m) => w.postMessage(m),
    onMessage: (fn) => { w.onmessage = (ev) => fn(ev.data); },
    onError: (fn) => { w.onerror = (ev) => fn(ev); },
    ref: () => {},
    unref: () => {},
    terminate: () => w.terminate(),
  };
}

/** The compiled module, shared by every worker this engine starts. */
async function compileWasm(config) {
  if (config.wasmModule) return config.wasmModule;
  if (config.wasmBinary) return WebAssembly.compile(config.wasmBinary);
  if (isNode) return WebAssembly.compile(await loadWasmBinary());
  const url = config.wasmUrl ? String(config.wasmUrl) : new URL('../build/wasm/loopscope.wasm', import.meta.url).href;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`loopscope: cannot fetch ${url}: ${res.status}`);
  if (WebAssembly.compileStreaming && (res.headers.get('content-type') || '').includes('wasm')) {
    return WebAssembly.compileStreaming(res);
  }
  return WebAssembly.compile(await res.arrayBuffer());
}

async function createWorkerEngine(config) {
  const wasmModule = await compileWasm(config);
  const stopGraceMs = config.stopGraceMs ?? STOP_GRACE_MS;
  let current = null;   // {port, ready: Promise, sessions: Map}
  let nextId = 1;

  function boot() {
    const sessions = new Map();
    const w = { port: null, sessions, ready: null, dead: false };
    w.ready = spawnWorker().then((port) => new Promise((resolve, reject) => {
      w.port = port;
      port.onMessage((m) => {
        if (m.type === 'ready') {
          if (sessions.size === 0) port.unref();  // an idle worker does not keep Node alive
          resolve();
          return;
        }
        if (m.type === 'fatal') { reject(new Error(m.message)); return; }
        const s = sessions.get(m.id);
        if (!s) return;
        if (m.type === 'events') s.deliver(m.events);
        else if (m.type === 'stepped') s.stepped(m.snapshot);
        else if (m.type === 'done') s.settle(m.result, m.snapshot);
        else if (m.type === 'error') s.fail(new Error(m.message));
      });
      port.onError((err) => {
        reject(err);
        kill(w, `the engine's worker failed: ${err && err.message ? err.message : err}`);
      });
      port.post({ type: 'init', wasmModule });
    }));
    return w;
  }

  // Ends every session on worker `w` and terminates it.
  function kill(w, why) {
    if (w.dead) return;
    w.dead = true;
    if (current === w) current = null;
    for (const s of [...w.sessions.values()]) s.abort(why);
    if (w.port) w.port.terminate();
  }

  function start(source, options = {}) {
    const opts = { ...normalizeOptions(options), stepping: Boolean(options.stepping) };
    opts.nestedTimeLimit ??= 0;  // Stop can terminate a worker: no watchdog needed
    const onEvent = options.onEvent || null;
    const onEvents = options.onEvents || null;
    if (!current) current = boot();
    const w = current;
    const id = nextId++;
    const result = { stdout: '', stderr: '', exitCode: 0 };
    let finished = false;
    let posted = false;
    let lastT = 0;
    let stopTimer = null;
    let stepWaiter = null;     // a pending step() (stepping sessions)
    let lastSnapshot = null;
    // The snapshot a step reports once the program has ended without the
    // engine sending one (the worker was terminated).
    const endSnapshot = () => ({
      iteration: 0, t: lastT, ran: [], ready: [], timers: [], tasks: [], next: null, nextTask: null,
      ...(lastSnapshot || {}), done: true, exitCode: result.exitCode,
    });
    let resolveDone;
    let rejectDone;
    const done = new Promise((res, rej) => { resolveDone = res; rejectDone = rej; });
    const t0 = performance.now();

    const session = {
      deliver(events) {
        if (finished) return;
        for (const e of events) {
          if (e.kind === 'stdout') result.stdout += e.text;
          else if (e.kind === 'stderr') result.stderr += e.text;
          if (typeof e.t === 'number') lastT = e.t;
          if (onEvent) onEvent(e);
        }
        if (onEvents && events.length) onEvents(events);
      },
      settle(r, snapshot) {
        if (finished) return;
        finished = true;
        if (snapshot) lastSnapshot = snapshot;
        clearTimeout(stopTimer);
        w.sessions.delete(id);
        if (w.sessions.size === 0 && w.port) w.port.unref();
        result.exitCode = r.exitCode;
        resolveDone(result);
        if (stepWaiter) { const s = endSnapshot(); lastSnapshot = s; const w = stepWaiter; stepWaiter = null; w(s); }
      },
      stepped(snapshot) {
        lastSnapshot = snapshot;
        if (stepWaiter) { const w = stepWaiter; stepWaiter = null; w(snapshot); }
      },
      fail(err) {
        if (finished) return;
        finished = true;
        clearTimeout(stopTimer);
        w.sessions.delete(id);
        rejectDone(err);
      },
      // The worker is gone: close the stream as the engine would have.
      abort(why) {
        if (finished) return;
        const text = `\n[loopscope] stopped${why ? ` (${why})` : ''}\n`;
        const rt = performance.now() - t0;
        session.deliver([{ kind: 'stderr', text, task: null, t: lastT, rt },
          { kind: 'end', exitCode: 130, t: lastT, rt }]);
        session.settle({ exitCode: 130 });
      },
    };
    w.sessions.set(id, session);

    w.ready.then(() => {
      if (finished || w.dead) return;
      w.port.ref();
      w.port.post({ type: 'start', id, source: source instanceof Uint8Array ? source : String(source), options: opts });
      posted = true;
    }, (err) => session.fail(err));

    return {
      done,
      /** Ends the program; terminates the worker if it does not end in time. */
      stop() {
        if (finished || stopTimer !== null) return;
        if (!posted) { session.abort(''); return; }
        w.port.post({ type: 'stop', id });
        stopTimer = setTimeout(() => {
          if (!finished) kill(w, 'the engine was restarted');
        }, stopGraceMs);
      },
      /** Stepping: runs one event-loop iteration; Promise<snapshot>. */
      step() {
        if (finished) return Promise.resolve(lastSnapshot && lastSnapshot.done ? lastSnapshot : endSnapshot());
        if (stepWaiter) return Promise.reject(new Error('loopscope: step() while a step is running'));
        const p = new Promise((resolve) => { stepWaiter = resolve; });
        w.ready.then(() => { if (!finished && !w.dead) w.port.post({ type: 'step', id }); });
        return p;
      },
      /** Stepping: stops pausing and runs the program to the end. */
      resume() {
        if (finished) return;
        w.ready.then(() => { if (!finished && !w.dead) w.port.post({ type: 'resume', id }); });
      },
    };
  }

  return {
    module: null,
    worker: true,
    start,
    run(source, options) { return start(source, options).done; },
    /** Starts a program paused for stepping (wasm/inspect.mjs, docs/inspector.md). */
    inspect(source, options) { return createInspector(start, source, options); },
    /** Terminates the worker (ending its sessions); the next start() starts a new one. */
    terminate() { if (current) kill(current, 'the engine was terminated'); },
  };
}

/**
 * Loads the engine. One engine runs many independent sessions.
 * @param {{worker?: boolean, wasmUrl?: string|URL, wasmBinary?: ArrayBuffer|Uint8Array,
 *          wasmModule?: WebAssembly.Module, stopGraceMs?: number}} [config]
 *   worker: run the engine in a Web Worker / Node worker thread (default: true in
 *     browsers, false in Node). wasmUrl: where the browser fetches loopscope.wasm.
 *   stopGraceMs: how long Stop waits before terminating the worker (default 1000).
 */
export async function createEngine(config = {}) {
  const worker = config.worker ?? (!isNode && typeof Worker === 'function');
  if (worker) return createWorkerEngine(config);
  return createLocalEngine(config);
}

let defaultEngine = null;

/** Runs a program on a shared engine: Promise<{stdout, stderr, exitCode}>. */
export async function run(source, options = {}) {
  defaultEngine ??= createEngine();
  const engine = await defaultEngine;
  return engine.run(source, options);
}

export default { run, createEngine, toChromeTrace };
