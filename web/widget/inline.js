// The docs widget for file:// pages (and hosts that cannot serve module
// scripts or .wasm files): a classic script,
//   <script src=".../loopscope-widget.file.js" data-loopscope-selector="…"></script>
// Chromium refuses module scripts, Workers and fetch() from file://, so this
// build is an IIFE and the engine comes in a second classic script,
// loopscope-engine.file.js (the JS API + the .wasm inlined as base64), which
// is only added to the page on first use — still nothing engine-related before
// Run, hover/focus or scrolling near. The engine runs on the page's thread in
// short slices (DESIGN.md decision 5), so the tab stays responsive.
import { define, upgrade, configure, preloadEngine } from './widget.js';

const here = document.currentScript && document.currentScript.src;

function loadEngine() {
  if (globalThis.loopscopeInlineEngine) return globalThis.loopscopeInlineEngine.loadEngine();
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = new URL('loopscope-engine.file.js', here || location.href).href;
    s.onload = () => (globalThis.loopscopeInlineEngine
      ? globalThis.loopscopeInlineEngine.loadEngine().then(resolve, reject)
      : reject(new Error('loopscope-engine.file.js did not define the engine')));
    s.onerror = () => reject(new Error(`cannot load ${s.src}`));
    document.head.append(s);
  });
}

define({ loadEngine, playground: here ? new URL('../', here).href : null });
globalThis.loopscope = { upgrade, configure, preloadEngine };
