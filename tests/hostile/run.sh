#!/bin/sh
# The hostile-programs suite (issue 8) through a native CLI:
#   tests/hostile/run.sh BIN [NAME...]
# Each case in tests/hostile/cases is NAME.py, or NAME.gen.mjs (a node script
# printing the program, for the huge ones). Expectations:
#   NAME.VERSION.{out,err,code}  CPython's exact output from the oracle: run for
#                                that version, compared byte for byte;
#   NAME.expect                  loopscope's pinned outcome where CPython has no
#                                finite answer (tests/hostile/README.md): lines
#                                `exit N`, `stdout TEXT` (stdout is exactly these
#                                lines), `stderr-last TEXT` (last stderr line),
#                                `stderr-has TEXT` (fixed substring); run for 3.12.
#   NAME.opts                    extra CLI options (limits) on one line;
#   NAME.VERSION.known           a known difference from the oracle files (the
#                                reason inside): reported as KNOWN, not counted.
# Prints one FAIL line per mismatch (VERBOSE=1: with diffs) and
# "N passed, M failed". TIMEOUT (seconds, default 60) bounds each run; extra
# environment (ASAN_OPTIONS, ...) is passed to BIN.
set -u
bin=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
cases=$here/cases
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0; known=0

if [ $# -eq 0 ]; then
  set -- $(ls "$cases" | sed -n 's/\.gen\.mjs$//p; s/\.py$//p' | sort -u)
fi

# run NAME VERSION: runs the case, leaves $tmp/out, $tmp/err, $tmp/code.
run_case() {
  src=$cases/$1.py
  if [ -f "$cases/$1.gen.mjs" ]; then
    mkdir -p "$tmp/gen"; src=$tmp/gen/$1.py
    [ -f "$src" ] || node "$cases/$1.gen.mjs" >"$src"
  fi
  opts=""; [ -f "$cases/$1.opts" ] && opts=$(cat "$cases/$1.opts")
  # shellcheck disable=SC2086
  timeout "${TIMEOUT:-60}" "$bin" run --python "$2" --clock virtual $opts "$src" \
    </dev/null >"$tmp/out" 2>"$tmp/err"
  echo $? >"$tmp/code"
}

# check_expect NAME: compares $tmp/{out,err,code} with NAME.expect.
check_expect() {
  what=""
  : >"$tmp/want_out"
  while IFS= read -r line; do
    key=${line%% *}; val=${line#* }
    case $key in
      exit) [ "$(cat "$tmp/code")" = "$val" ] || what="$what exit($(cat "$tmp/code") != $val)" ;;
      stdout) printf '%s\n' "$val" >>"$tmp/want_out" ;;
      stderr-last) [ "$(tail -n 1 "$tmp/err")" = "$val" ] || what="$what stderr-last" ;;
      stderr-has) grep -qF -- "$val" "$tmp/err" || what="$what stderr-has($val)" ;;
      '#'*|'') ;;
      *) what="$what bad-expect-line($key)" ;;
    esac
  done <"$cases/$1.expect"
  cmp -s "$tmp/out" "$tmp/want_out" || what="$what stdout"
  cp "$tmp/want_out" "$tmp/want"
}

for name in "$@"; do
  ran=0
  for v in 3.12 3.9; do
    exp=$cases/$name.$v
    [ -f "$exp.code" ] || continue
    ran=1
    t0=$(date +%s)
    run_case "$name" "$v"
    what=""
    cmp -s "$tmp/out" "$exp.out" || what="$what stdout"
    cmp -s "$tmp/err" "$exp.err" || what="$what stderr"
    cmp -s "$tmp/code" "$exp.code" || what="$what exit($(cat "$tmp/code") != $(cat "$exp.code"))"
    secs=$(( $(date +%s) - t0 ))
    if [ -n "$what" ] && [ -f "$exp.known" ]; then
      known=$((known + 1)); echo "KNOWN $name ($v):$what -- $(head -n 1 "$exp.known")"
    elif [ -z "$what" ]; then pass=$((pass + 1)); echo "ok   $name ($v, ${secs}s)"; else
      fail=$((fail + 1)); echo "FAIL $name ($v, ${secs}s):$what"
      if [ "${VERBOSE:-0}" = 1 ]; then
        diff "$exp.out" "$tmp/out" | head -"${LINES_MAX:-20}"
        diff "$exp.err" "$tmp/err" | head -"${LINES_MAX:-20}"
      fi
    fi
  done
  if [ -f "$cases/$name.expect" ]; then
    ran=1
    t0=$(date +%s)
    run_case "$name" 3.12
    check_expect "$name"
    secs=$(( $(date +%s) - t0 ))
    if [ -z "$what" ]; then pass=$((pass + 1)); echo "ok   $name (limits, ${secs}s)"; else
      fail=$((fail + 1)); echo "FAIL $name (limits, ${secs}s):$what"
      if [ "${VERBOSE:-0}" = 1 ]; then
        diff "$tmp/want" "$tmp/out" | head -"${LINES_MAX:-20}"
        tail -n 5 "$tmp/err"
      fi
    fi
  fi
  if [ $ran = 0 ]; then fail=$((fail + 1)); echo "FAIL $name: no expectation"; fi
done
if [ "$known" -gt 0 ]; then echo "$pass passed, $fail failed ($known known differences)"
else echo "$pass passed, $fail failed"; fi
[ "$fail" -eq 0 ]
