// loopscope JS API (ESM), the same in Node and the browser.
//
//   import { run, createEngine } from 'loopscope';
//   const { stdout, stderr, exitCode } = await run(source, { clock: 'virtual', onEvent });
//
// The engine never blocks (DESIGN.md decision 5): this module calls
// run_slice() in short bursts and yields to the host between them, through
// setImmediate (Node) or a MessageChannel (browser) while the session is
// Running, and setTimeout(wait_ms) while it is Waiting. Events (docs/events.md)
// are handed to onEvent as soon as each slice has produced them.

import createLoopscopeModule from '../build/wasm/loopscope.mjs';

const STATE_RUNNING = 0;
const STATE_WAITING = 1;
const SLICE_BUDGET = 20000;   // VM instructions per run_slice call
const BURST_MS = 8;           // host time spent in slices before yielding

const isNode = typeof process === 'object' && process.versions != null &&
  process.versions.node != null && typeof window === 'undefined';

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

async function loadWasmBinary() {
  const fsName = 'node:fs/promises';
  const fs = await import(/* @vite-ignore */ fsName);
  return fs.readFile(new URL('../build/wasm/loopscope.wasm', import.meta.url));
}

/**
 * Loads the WebAssembly module once; the engine can run many sessions.
 * @param {{wasmUrl?: string|URL, wasmBinary?: ArrayBuffer|Uint8Array}} [config]
 *   wasmUrl: where the browser fetches loopscope.wasm (default: next to the glue).
 */
export async function createEngine(config = {}) {
  const moduleArgs = {};
  if (config.wasmBinary) moduleArgs.wasmBinary = config.wasmBinary;
  else if (isNode) moduleArgs.wasmBinary = await loadWasmBinary();
  else if (config.wasmUrl) moduleArgs.locateFile = () => String(config.wasmUrl);
  const M = await createLoopscopeModule(moduleArgs);

  const api = {
    create: M.cwrap('ls_session_new', 'number', ['string', 'number', 'number']),
    load: M.cwrap('ls_session_load', null, ['number', 'number', 'number']),
    runSlice: M.cwrap('ls_session_run_slice', 'number', ['number', 'number']),
    waitMs: M.cwrap('ls_session_wait_ms', 'number', ['number']),
    takeEvents: M.cwrap('ls_session_take_events_json', 'string', ['number']),
    stop: M.cwrap('ls_session_stop', null, ['number']),
    exitCode: M.cwrap('ls_session_exit_code', 'number', ['number']),
    free: M.cwrap('ls_session_free', null, ['number']),
  };

  /**
   * Starts a program; returns { done: Promise<result>, stop() }.
   * @param {string} source Python source
   * @param {{python?: string, clock?: 'real'|'virtual', speed?: number,
   *          onEvent?: (e: object) => void}} [options]
   */
  function start(source, options = {}) {
    const { python = '3.12', clock = 'real', speed = 0, onEvent = () => {} } = options;
    if (clock !== 'real' && clock !== 'virtual') throw new TypeError(`clock must be 'real' or 'virtual'`);
    const h = api.create(String(python), clock === 'virtual' ? 1 : 0, Number(speed) || 0);
    const result = { stdout: '', stderr: '', exitCode: 0 };
    let sawEnd = false;
    let finished = false;
    let timer = null;
    let resolveDone;
    let rejectDone;
    const done = new Promise((res, rej) => { resolveDone = res; rejectDone = rej; });

    const drain = () => {
      const events = JSON.parse(api.takeEvents(h) || '[]');
      for (const e of events) {
        if (e.kind === 'stdout') result.stdout += e.text;
        else if (e.kind === 'stderr') result.stderr += e.text;
        else if (e.kind === 'end') sawEnd = true;
        onEvent(e);
      }
      return events;
    };

    const finish = () => {
      finished = true;
      const last = drain();
      result.exitCode = api.exitCode(h);
      if (!sawEnd) {
        // The engine did not report an "end" (e.g. a placeholder build): the
        // driver still closes every stream with exactly one.
        const t = last.length ? last[last.length - 1].t : 0;
        onEvent({ kind: 'end', exitCode: result.exitCode, t, rt: performance.now() - t0 });
      }
      api.free(h);
      resolveDone(result);
    };

    const pump = () => {
      timer = null;
      if (finished) return;
      try {
        const burstEnd = performance.now() + BURST_MS;
        for (;;) {
          const state = api.runSlice(h, SLICE_BUDGET);
          drain();
          if (state === STATE_RUNNING) {
            if (performance.now() < burstEnd) continue;
            yieldToHost(pump);
          } else if (state === STATE_WAITING) {
            timer = setTimeout(pump, Math.max(0, api.waitMs(h)));
          } else {
            finish();
          }
          return;
        }
      } catch (err) {
        finished = true;
        rejectDone(err);
      }
    };

    const t0 = performance.now();
    try {
      const bytes = new TextEncoder().encode(String(source));
      const ptr = M._malloc(bytes.length + 1);
      M.HEAPU8.set(bytes, ptr);
      M.HEAPU8[ptr + bytes.length] = 0;
      api.load(h, ptr, bytes.length);
      M._free(ptr);
    } catch (err) {
      api.free(h);
      throw err;
    }
    yieldToHost(pump);

    return {
      done,
      /** Ends the program at the next instruction boundary. */
      stop() {
        if (finished) return;
        api.stop(h);
        if (timer !== null) { clearTimeout(timer); timer = null; yieldToHost(pump); }
      },
    };
  }

  return {
    module: M,
    start,
    /** Runs a program to completion: Promise<{stdout, stderr, exitCode}>. */
    run(source, options) { return start(source, options).done; },
  };
}

let defaultEngine = null;

/** Runs a program on a shared engine: Promise<{stdout, stderr, exitCode}>. */
export async function run(source, options = {}) {
  defaultEngine ??= createEngine();
  const engine = await defaultEngine;
  return engine.run(source, options);
}

export default { run, createEngine };
