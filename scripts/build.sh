#!/bin/sh
# Builds everything (no tests): the native CLI + unit tests (build/native),
# the wasm module (build/wasm/loopscope.{mjs,wasm}) and the page (dist/);
# `asan` (not in the default set; scripts/test.sh builds it) is the sanitizer
# build: clang 14 with ASan+UBSan, the CLI, unit tests and fuzz targets (build/asan).
#   sh scripts/build.sh [native] [wasm] [web] [asan]     (default: native wasm web)
set -eu
cd "$(dirname "$0")/.."
JOBS=${JOBS:-2}
[ $# -gt 0 ] || set -- native wasm web

for part in "$@"; do
  case $part in
    native)
      echo "== build native (build/native)"
      cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
      cmake --build build/native -j"$JOBS"
      ;;
    wasm)
      echo "== build wasm (build/wasm)"
      # em++'s optimiser needs acorn from Debian's shared Node module dir.
      acorn=$(dpkg -L node-acorn 2>/dev/null | grep -m1 '/nodejs$' || echo /usr/share/nodejs)
      export NODE_PATH="$acorn${NODE_PATH:+:$NODE_PATH}"
      emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
      cmake --build build/wasm -j"$JOBS"
      ;;
    web)
      echo "== build web (dist/)"
      [ -f build/wasm/loopscope.wasm ] || { echo "build.sh: build the wasm module first" >&2; exit 1; }
      npx --no-install vite build --logLevel warn
      # The docs widget (dist/widget/: http + file:// builds) and its demo page
      # (dist/demo/docs.html), with the snippets' output rendered in.
      for mode in http file file-engine; do
        LOOPSCOPE_WIDGET=$mode npx --no-install vite build --config web/widget/vite.config.js
      done
      node wasm/cli.mjs render dist/demo/docs.html 2>/dev/null
      ;;
    asan)
      echo "== build asan (build/asan: clang, ASan+UBSan, fuzz targets)"
      launcher=""
      command -v ccache >/dev/null && launcher=-DCMAKE_CXX_COMPILER_LAUNCHER=ccache
      cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DLOOPSCOPE_SANITIZE=ON -DLOOPSCOPE_FUZZ=ON $launcher >/dev/null
      cmake --build build/asan -j"$JOBS"
      ;;
    *) echo "build.sh: unknown part '$part' (native, wasm, web, asan)" >&2; exit 2 ;;
  esac
done
