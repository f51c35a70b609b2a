#!/bin/sh
# Regenerates tests/unit/runtime/py/*.out: what CPython 3.12 prints for each
# script, taken from the oracle (shared/oracle/run --python 3.12, i.e. Pyodide's
# 32-bit CPython 3.12.7 -- the same reference as the corpus goldens, so hashes
# and set orders are those of a 32-bit build; see VFeature::Hash32). Scripts
# whose first line is "# golden-from: native-python" use a native CPython 3.12
# instead ($PYTHON, default python3.12). py_scripts_test.cpp compares against these.
#   sh tests/unit/runtime/regen_py_goldens.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ORACLE=${ORACLE:-$here/../../../../shared/oracle/run}
PY=${PYTHON:-python3.12}
cd "$here/py"
for f in *.py; do
  if head -1 "$f" | grep -q '^# golden-from: native-python'; then
    "$PY" "$f" > "${f%.py}.out" 2>&1
  else
    "$ORACLE" --python 3.12 "$f" > "${f%.py}.out" 2>&1
  fi
done
