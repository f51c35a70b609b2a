// Vite bundles the playground page (index.html + web/) into dist/. The wasm
// module comes from build/wasm (scripts/build.sh builds it first) and is
// emitted as its own file.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    // Monaco in one lazily loaded chunk (plus its worker) instead of ~60 small ones;
    // the page (web/, the engine glue, bundler helpers) in its own, so index.html
    // never preloads Monaco.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'monaco', test: /node_modules[\\/]monaco-editor/, priority: 1 }, { name: 'page', test: /[\\/](web|wasm|build[\\/]wasm)[\\/]|vite|rolldown|preload|commonjs|runtime/, priority: 2 }] } },
    },
  },
  worker: { format: 'es' },
  server: { fs: { allow: ['.'] } },
});
