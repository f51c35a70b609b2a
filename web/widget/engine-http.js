// The engine for the http(s) widget, loaded lazily by loopscope-widget.js: the
// JS API in a Web Worker, the .wasm fetched from next to this chunk. No special
// server headers (no SharedArrayBuffer).
//
// Browsers only start Workers from the page's own origin. When the widget is
// served from elsewhere (a CDN: it then needs CORS, as every cross-origin
// module script does), the engine runs on the page's thread instead, in short
// slices (the tab stays responsive; Stop works between instructions).
import { createEngine } from '../../wasm/index.mjs';
import wasmUrl from '../../build/wasm/loopscope.wasm?url';

export function loadEngine() {
  const sameOrigin = new URL(import.meta.url).origin === location.origin;
  return createEngine({ wasmUrl, worker: sameOrigin && typeof Worker === 'function' });
}
