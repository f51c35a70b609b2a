#!/bin/sh
# Runs one libFuzzer target for a while (see tests/fuzz/README.md).
#   tests/fuzz/run.sh TARGET SECONDS [libFuzzer flags...]
# TARGET: fuzz_frontend | fuzz_engine (built by `sh scripts/build.sh asan`).
# First replays every saved crash in tests/fuzz/regressions/TARGET/ (each must
# now pass), then fuzzes for SECONDS from the seed corpus (every .py under
# tests/ and web/examples, plus the snippets of tests/unit/lang/syntax_errors.golden)
# and the corpus earlier runs grew, with the dictionary tests/fuzz/python.dict.
# Environment:
#   FUZZ_BIN   directory holding the binaries (default build/asan)
#   FUZZ_WORK  directory for the grown corpus and crash artifacts
#              (default build/asan/fuzz-work/TARGET)
#   FUZZ_NICE  run the fuzzer itself under `nice -n FUZZ_NICE` (long runs)
# Exits non-zero if a regression input fails or the run finds a crash, leak,
# timeout or sanitizer report; the input is left in FUZZ_WORK/artifacts/.
set -eu
cd "$(dirname "$0")/../.."
[ $# -ge 2 ] || { echo "usage: tests/fuzz/run.sh TARGET SECONDS [libFuzzer flags...]" >&2; exit 2; }
target=$1; seconds=$2; shift 2
bin=${FUZZ_BIN:-build/asan}/$target
work=${FUZZ_WORK:-build/asan/fuzz-work/$target}
[ -x "$bin" ] || { echo "fuzz: $bin missing (sh scripts/build.sh asan)" >&2; exit 2; }
mkdir -p "$work/seeds" "$work/corpus" "$work/artifacts"

# Seeds: the project's programs (libFuzzer reads the directory recursively).
find tests web/examples -name '*.py' -not -path '*/node_modules/*' -print0 | xargs -0 cp --parents -t "$work/seeds"
node -e '
  const fs = require("fs");
  const lines = fs.readFileSync("tests/unit/lang/syntax_errors.golden", "utf8").split("\n");
  let i = 0;
  for (const l of lines) if (l.startsWith("src ")) fs.writeFileSync(process.argv[1] + "/syntax_" + i++ + ".py", JSON.parse(l.slice(4)));
' "$work/seeds"

# ASan frames are several times the native ones: give the deepest programs the
# front end accepts (its nesting limits) room, as the native 8 MiB stack does.
ulimit -s 65536 2>/dev/null || true
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0}
export ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS

regress=tests/fuzz/regressions/$target
if [ -d "$regress" ] && [ -n "$(ls "$regress")" ]; then
  echo "== fuzz $target: replaying $(ls "$regress" | wc -l) saved crash inputs"
  "$bin" -timeout=30 "$regress"/* 2>"$work/regressions.log" || {
    cat "$work/regressions.log" >&2; echo "== fuzz $target: a saved crash input fails again" >&2; exit 1; }
fi

echo "== fuzz $target: ${seconds}s"
nice=""
[ -n "${FUZZ_NICE:-}" ] && nice="nice -n $FUZZ_NICE"
$nice "$bin" -max_total_time="$seconds" -timeout=30 -max_len=8192 -rss_limit_mb=2048 \
  -dict=tests/fuzz/python.dict -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
  "$@" "$work/corpus" "$work/seeds"
