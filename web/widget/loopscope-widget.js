// The docs widget for any static host (http/https): one
//   <script type="module" src=".../loopscope-widget.js"></script>
// defines <loopscope-snippet>; add data-loopscope-selector="pre > code.language-python"
// to turn existing code blocks into widgets, data-loopscope-playground="URL" for
// the "Open in playground" links. Only this module (and its small imports) load
// with the page; the engine (JS API, Web Worker, .wasm) is a separate chunk
// imported on first use (see widget.js: Run, hover/focus, or scrolling near).
import { define, upgrade, configure, preloadEngine, LoopscopeSnippet } from './widget.js';

define({ loadEngine: () => import('./engine-http.js').then((m) => m.loadEngine()) });

export { upgrade, configure, preloadEngine, LoopscopeSnippet };
