#!/bin/sh
# npm test: install what is missing, build, then run every test layer:
# core-rules (layering, no throw/try/setjmp in core/), Catch2 via ctest,
# node:test (JS API, CLIs, goldens), e2e (Playwright + Chromium).
# Runs all layers even if one fails; exits non-zero if any failed.
set -u
cd "$(dirname "$0")/.."
sh scripts/setup.sh || exit 1
sh scripts/build.sh || exit 1

failed=""
layer() {
  name=$1; shift
  echo
  echo "== test: $name"
  if "$@"; then echo "== $name: ok"; else echo "== $name: FAILED"; failed="$failed $name"; fi
}
layer core-rules node scripts/check-core-rules.mjs
layer ctest ctest --test-dir build/native --output-on-failure
layer node node --test tests/node/
layer e2e node --test tests/e2e/

echo
if [ -n "$failed" ]; then
  echo "== npm test: failed layers:$failed"
  exit 1
fi
echo "== npm test: all layers passed"
