#!/bin/sh
# Installs what a fresh machine lacks, and only that (node builtins / shell
# only: this runs before node_modules exists).
#   Debian: emscripten (em++; brings node-acorn, binaryen, lld), catch2, chromium,
#           cmake and g++ (normally present), clang + libclang-rt-14-dev (the
#           sanitizer and libFuzzer runtimes of the asan build)
#   npm:    node_modules from package-lock.json
set -eu
cd "$(dirname "$0")/.."

missing=""
command -v em++ >/dev/null 2>&1 || missing="$missing emscripten"
[ -f /usr/include/catch2/catch.hpp ] || missing="$missing catch2"
[ -x /usr/bin/chromium ] || missing="$missing chromium"
command -v cmake >/dev/null 2>&1 || missing="$missing cmake"
command -v g++ >/dev/null 2>&1 || missing="$missing g++"
command -v make >/dev/null 2>&1 || missing="$missing make"
command -v clang++ >/dev/null 2>&1 || missing="$missing clang"
ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 || missing="$missing libclang-rt-14-dev"

if [ -n "$missing" ]; then
  echo "== setup: apt-get install$missing"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -qq --no-install-recommends $missing
fi

if [ ! -d node_modules ] || [ ! -d node_modules/vite ] || [ ! -d node_modules/playwright-core ]; then
  echo "== setup: npm ci"
  npm ci --no-audit --no-fund
fi
