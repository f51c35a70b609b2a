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
    // Monaco in one lazily loaded chunk (plus its worker) instead of ~60 small ones.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'monaco', test: /node_modules[\\/]monaco-editor/ }] } },
    },
  },
  worker: { format: 'es' },
  server: { fs: { allow: ['.'] } },
});
