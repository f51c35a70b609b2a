#!/bin/sh
# Regenerates tests/unit/runtime/py/*.out with a real CPython 3.12 (what
# py_scripts_test.cpp compares the engine against). Usage:
#   PYTHON=python3.12 sh tests/unit/runtime/regen_py_goldens.sh
set -eu
cd "$(dirname "$0")/py"
PY=${PYTHON:-python3.12}
for f in *.py; do
  "$PY" "$f" > "${f%.py}.out" 2>&1
done
"$PY" --version
