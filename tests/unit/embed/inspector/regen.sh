#!/bin/sh
# Regenerates the inspector goldens from the CPython oracle: each NAME.py's
# first line (`import asyncio`) is replaced by a one-line probe that wraps
# BaseEventLoop._run_once and prints, after every iteration, repr() of each
# handle in loop._ready and of each live timer in loop._scheduled (sorted).
# The rest of the program keeps its line numbers. Output: NAME.3.12.probe.
# Usage: tests/unit/embed/inspector/regen.sh   (from the repository root)
set -eu
dir=$(dirname "$0")
oracle=${ORACLE:-../shared/oracle/run}
probe='import asyncio, asyncio.base_events as _be; _n = [0]; _o = _be.BaseEventLoop._run_once; exec("def _p(self):\n    _o(self)\n    _n[0] += 1\n    print(\"--- after iteration\", _n[0])\n    for h in self._ready: print(\"  ready\", repr(h))\n    for h in sorted(h for h in self._scheduled if not h._cancelled): print(\"  timer\", repr(h))\n"); _be.BaseEventLoop._run_once = _p'
tmp=$(mktemp -d)
for py in "$dir"/*.py; do
  name=$(basename "$py" .py)
  test "$(head -n 1 "$py")" = "import asyncio" || { echo "$py: line 1 must be 'import asyncio'" >&2; exit 1; }
  { printf '%s\n' "$probe"; tail -n +2 "$py"; } > "$tmp/main.py"
  (cd "$tmp" && "$oracle" --python 3.12 main.py) > "$dir/$name.3.12.probe"
  echo "$name.3.12.probe"
done
rm -rf "$tmp"
