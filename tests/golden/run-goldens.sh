#!/bin/sh
# Runs every golden in DIR through the native CLI and compares stdout, stderr
# and exit code byte for byte with the oracle's NAME.VERSION.{out,err,code}.
#   tests/golden/run-goldens.sh BIN DIR [VERSION] [NAME...]
# Prints one FAIL line per mismatch (VERBOSE=1: with diffs) and
# "N passed, M failed". Extra environment (e.g. LOOPSCOPE_SLICE_BUDGET=1) is
# passed to BIN. TIMEOUT (seconds, default 20) bounds each run.
set -u
bin=$1; dir=$2; v=${3:-3.12}
shift 2; [ $# -gt 0 ] && shift
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
if [ $# -eq 0 ]; then set -- "$dir"/*.py; else
  names=""; for n in "$@"; do names="$names $dir/${n%.py}.py"; done; set -- $names; fi
for f in "$@"; do
  name=${f%.py}
  [ -f "$name.$v.code" ] || continue
  timeout "${TIMEOUT:-20}" "$bin" run --python "$v" --clock virtual "$f" </dev/null >"$tmp/out" 2>"$tmp/err"
  echo $? >"$tmp/code"
  what=""
  cmp -s "$tmp/out" "$name.$v.out" || what="$what stdout"
  cmp -s "$tmp/err" "$name.$v.err" || what="$what stderr"
  cmp -s "$tmp/code" "$name.$v.code" || what="$what exit($(cat "$tmp/code") != $(cat "$name.$v.code"))"
  if [ -z "$what" ]; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL $(basename "$name") ($v):$what"
    if [ "${VERBOSE:-0}" = 1 ]; then
      diff "$name.$v.out" "$tmp/out" | head -${LINES_MAX:-20}
      diff "$name.$v.err" "$tmp/err" | head -${LINES_MAX:-20}
    fi
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
