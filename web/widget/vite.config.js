// Builds the docs widget into dist/widget/ (run after the page's build, which
// empties dist/):
//   npx vite build --config web/widget/vite.config.js                      (http build)
//   LOOPSCOPE_WIDGET=file npx vite build --config web/widget/vite.config.js (file:// build)
// http: loopscope-widget.js (ES module, stable name, what pages include) + the
//   lazily imported engine chunk, its Web Worker and the .wasm (hashed names).
// file: loopscope-widget.file.js + loopscope-engine.file.js (classic scripts,
//   the .wasm inlined as base64) for file:// pages.
// The demo page web/demo/docs.html is copied to dist/demo/docs.html as is
// (Vite's HTML pipeline would rewrite its <script> and merge the widget into
// the playground's chunk).
import { defineConfig } from 'vite';
import { readFileSync, copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const mode = process.env.LOOPSCOPE_WIDGET || 'http';

const wasmBase64 = {
  name: 'loopscope-wasm-base64',
  resolveId: (id) => (id === 'virtual:loopscope-wasm-base64' ? '\0loopscope-wasm-base64' : null),
  load(id) {
    if (id !== '\0loopscope-wasm-base64') return null;
    const b64 = readFileSync(path.join(ROOT, 'build/wasm/loopscope.wasm')).toString('base64');
    return `export default ${JSON.stringify(b64)};`;
  },
};

const copyDemo = {
  name: 'loopscope-copy-demo',
  closeBundle() {
    mkdirSync(path.join(ROOT, 'dist/demo'), { recursive: true });
    copyFileSync(path.join(ROOT, 'web/demo/docs.html'), path.join(ROOT, 'dist/demo/docs.html'));
  },
};

const http = {
  input: { 'loopscope-widget': path.join(ROOT, 'web/widget/loopscope-widget.js') },
  preserveEntrySignatures: 'exports-only',
  output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', assetFileNames: '[name]-[hash][extname]' },
};

const file = (entry, name) => ({
  input: path.join(ROOT, entry),
  output: { format: 'iife', entryFileNames: name, assetFileNames: '[name]-[hash][extname]', codeSplitting: false },
});

export default defineConfig({
  root: ROOT,
  base: './',
  logLevel: mode === 'http' ? 'warn' : 'error',  // IIFE builds: import.meta in the glue is unused there
  publicDir: false,
  plugins: mode === 'http' ? [copyDemo] : [wasmBase64],
  // IIFE output has no import.meta: give the engine glue a URL that parses (it
  // never fetches anything here, the .wasm bytes come inlined).
  define: mode === 'http' ? {} : { 'import.meta.url': JSON.stringify('file:///loopscope/') },
  build: {
    outDir: path.join(ROOT, 'dist/widget'),
    emptyOutDir: false,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    assetsInlineLimit: 0,
    copyPublicDir: false,
    rolldownOptions: mode === 'http' ? http
      : mode === 'file-engine' ? file('web/widget/engine-inline.js', 'loopscope-engine.file.js')
      : file('web/widget/inline.js', 'loopscope-widget.file.js'),
  },
  worker: { format: 'es' },
});
