// Transport between the page and the engine (Go playground model):
//   run(source, onEvent, {python, clock, speed, events}) -> { stop() }
//   inspect(source, onEvent, {...}) -> { step(), run(), stop() }   (the inspector)
// events: 'all' asks for the task lifecycle stream (docs/events.md, v2) too.
// Events: {kind:'start'}, then the engine's stream (docs/events.md:
// {kind:'stdout'|'stderr', text, t, rt}), then exactly one {kind:'end', exitCode}.
// Nothing here knows the engine's internals; it only uses the JS API in wasm/.
// The engine runs on the main thread in short slices for now.
import { createEngine } from '../wasm/index.mjs';
import wasmUrl from '../build/wasm/loopscope.wasm?url';

let enginePromise = null;

/** Loads the WebAssembly engine once. */
export function loadEngine() {
  enginePromise ??= createEngine({ wasmUrl });
  return enginePromise;
}

export function run(source, onEvent, { python = '3.12', clock = 'real', speed = 0, events = 'all' } = {}) {
  let handle = null;
  let stopped = false;
  onEvent({ kind: 'start' });
  loadEngine().then((engine) => {
    if (stopped) { onEvent({ kind: 'end', exitCode: null, stopped: true }); return; }
    handle = engine.start(source, { python, clock, speed, events, onEvent });
    return handle.done;
  }).catch((err) => {
    onEvent({ kind: 'stderr', text: `loopscope: ${err && err.message ? err.message : err}\n` });
    onEvent({ kind: 'end', exitCode: null });
  });
  return {
    stop() {
      stopped = true;
      if (handle) handle.stop();
    },
  };
}

/**
 * The inspector's transport: like run(), but the program starts paused.
 *   inspect(source, onEvent, options) -> { step(): Promise<{snapshot, stdout, stderr, done, exitCode}>,
 *                                          run(): Promise, stop() }
 * Each step() runs one event-loop iteration (docs/inspector.md); the events
 * still go to onEvent, so the console and the timeline follow along.
 */
export function inspect(source, onEvent, { python = '3.12', clock = 'real', speed = 0, events = 'all' } = {}) {
  let ins = null;
  let stopped = false;
  onEvent({ kind: 'start' });
  const ready = loadEngine().then((engine) => {
    if (stopped) { onEvent({ kind: 'end', exitCode: null, stopped: true }); return null; }
    ins = engine.inspect(source, { python, clock, speed, events, onEvent });
    return ins;
  }).catch((err) => {
    onEvent({ kind: 'stderr', text: `loopscope: ${err && err.message ? err.message : err}\n` });
    onEvent({ kind: 'end', exitCode: null });
    return null;
  });
  const ended = { snapshot: null, done: true, exitCode: null, stdout: '', stderr: '' };
  return {
    step: () => ready.then((i) => (i ? i.step() : ended)),
    run: () => ready.then((i) => (i ? i.run() : null)),
    stop() {
      stopped = true;
      if (ins) ins.stop();
    },
  };
}
