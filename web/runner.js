// Transport between the page and the engine (Go playground model):
//   run(source, onEvent, {python, clock, speed, events}) -> { stop() }
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
