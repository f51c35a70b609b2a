// The engine for the http(s) widget, loaded lazily by loopscope-widget.js: the
// JS API in a Web Worker, the .wasm fetched from next to this chunk. No special
// server headers (no SharedArrayBuffer).
import { createEngine } from '../../wasm/index.mjs';
import wasmUrl from '../../build/wasm/loopscope.wasm?url';

export function loadEngine() {
  return createEngine({ wasmUrl });
}
