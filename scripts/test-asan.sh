#!/bin/sh
# npm test layer "asan": the sanitizer build (build/asan: ASan + UBSan, and
# LeakSanitizer at exit) runs the Catch2 tests and every golden (tests/golden,
# tests/golden/lang, tests/golden/stdlib, tests/golden/asyncio; Python 3.12 and 3.9) through its CLI,
# and tests/hostile/run.sh when that exists. Fails if a test fails or if any
# sanitizer report was written (reports go to files, listed at the end).
#   sh scripts/test-asan.sh          (after `sh scripts/build.sh asan`)
set -u
cd "$(dirname "$0")/.."
bin=build/asan/loopscope
[ -x "$bin" ] || { echo "test-asan: $bin missing (sh scripts/build.sh asan)" >&2; exit 2; }
reports=$(mktemp -d)
trap 'rm -rf "$reports"' EXIT
ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=0:log_path=$reports/asan"
UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan"
LSAN_OPTIONS="log_path=$reports/lsan:suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS
# ASan frames are several times the native ones: the deepest programs the
# front end accepts need more than the native 8 MiB stack.
ulimit -s 65536 2>/dev/null || true
export TIMEOUT=${TIMEOUT:-120}   # per program: the sanitized build is slower

failed=""
step() {
  name=$1; shift
  start=$(date +%s)
  if "$@"; then r=ok; else r=FAILED; failed="$failed $name"; fi
  echo "-- asan $name: $r ($(( $(date +%s) - start ))s)"
}
step ctest ctest --test-dir build/asan --output-on-failure -j2
for v in 3.12 3.9; do
  for d in tests/golden tests/golden/lang tests/golden/stdlib tests/golden/asyncio; do
    step "$d@$v" tests/golden/run-goldens.sh "$bin" "$d" "$v"
  done
done
if [ -x tests/hostile/run.sh ]; then
  step hostile tests/hostile/run.sh "$bin"
fi

if [ -n "$(ls "$reports")" ]; then
  echo "test-asan: sanitizer reports:"
  for f in "$reports"/*; do echo "--- $f"; head -60 "$f"; done
  failed="$failed reports"
fi
[ -z "$failed" ] || { echo "test-asan: failed:$failed"; exit 1; }
echo "test-asan: all passed, no sanitizer reports"
