#!/bin/sh
# Regenerates core/runtime/builtin_docs.inc: the __doc__ strings of the
# builtins (functions and types) and of the methods of the core built-in types,
# as CPython 3.12 and 3.9 have them, taken from the oracle (never typed by hand).
#   sh scripts/gen/gen_builtin_docs.sh
# The oracle writes at most 64 KiB per run, so the dump is taken in parts.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../..
ORACLE=${ORACLE:-$root/../shared/oracle/run}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
parts=6
for v in 3.12 3.9; do
  p=0
  while [ $p -lt $parts ]; do
    sed "s/@PART@/$p/; s/@PARTS@/$parts/" "$here/dump_builtin_docs.py" > "$tmp/dump.py"
    "$ORACLE" --python "$v" "$tmp/dump.py" > "$tmp/$v.$p.json"
    p=$((p + 1))
  done
done
python3 "$here/builtin_docs_inc.py" "$tmp" "$parts" > "$root/core/runtime/builtin_docs.inc"
echo "wrote core/runtime/builtin_docs.inc"
