#!/bin/sh
# npm test: install what is missing, build, then run every test layer:
# core-rules (layering, no throw/try/setjmp in core/), Catch2 via ctest,
# node:test (JS API, CLIs, goldens), e2e (Playwright + Chromium), then the
# sanitizer build (ASan+UBSan+LSan: Catch2, goldens, hostile programs) and a
# short libFuzzer run per target (FUZZ_SECONDS, default 45).
# Runs all layers even if one fails; exits non-zero if any failed.
set -u
cd "$(dirname "$0")/.."
sh scripts/setup.sh || exit 1
sh scripts/build.sh || exit 1
sh scripts/build.sh asan || exit 1

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
layer asan sh scripts/test-asan.sh
layer fuzz-frontend tests/fuzz/run.sh fuzz_frontend "${FUZZ_SECONDS:-45}"
layer fuzz-engine tests/fuzz/run.sh fuzz_engine "${FUZZ_SECONDS:-45}"

echo
if [ -n "$failed" ]; then
  echo "== npm test: failed layers:$failed"
  exit 1
fi
echo "== npm test: all layers passed"
