#!/usr/bin/env python3
"""Regenerates tests/unit/lang/ast_cases/*.ast: CPython 3.12's
ast.dump(ast.parse(src), include_attributes=True) for each ast_cases/*.py, one line.
Runs real CPython 3.12 through ../shared/oracle (from the repo root:
python3 tests/unit/lang/regen_ast_goldens.py). Never edit the goldens by hand."""
import glob, os, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.environ.get("ORACLE", os.path.join(HERE, "../../../../shared/oracle/run"))

def main():
    for path in sorted(glob.glob(os.path.join(HERE, "ast_cases", "*.py"))):
        with open(path, "rb") as f:
            src = f.read()
        with tempfile.TemporaryDirectory() as d:
            probe = os.path.join(d, "probe.py")
            with open(probe, "w") as f:
                f.write("import ast\nsrc = %r\nprint(ast.dump(ast.parse(src), include_attributes=True))\n" % src)
            r = subprocess.run([ORACLE, "--python", "3.12", probe], capture_output=True, text=True)
            if r.returncode != 0:
                raise SystemExit(path + ": " + r.stderr)
        with open(path[:-3] + ".ast", "w", encoding="utf-8") as f:
            f.write(r.stdout)
        print(os.path.basename(path))

if __name__ == "__main__":
    main()
