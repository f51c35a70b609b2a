// loopscope-engine.file.js: the engine for the file:// widget, as a classic
// script with the .wasm inlined (base64). Defines globalThis.loopscopeInlineEngine.
import { createLocalEngine } from '../../wasm/engine.mjs';
import wasmBase64 from 'virtual:loopscope-wasm-base64';

function decode(b64) {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

let engine = null;
globalThis.loopscopeInlineEngine = {
  loadEngine() {
    engine ??= createLocalEngine({ wasmBinary: decode(wasmBase64) });
    return engine;
  },
};
