#!/usr/bin/env python3
"""Regenerates syntax_errors.golden: for each case below, what real CPython 3.12 and 3.9
report (exception type, msg, lineno, offset, end_lineno, end_offset) and print (stderr of
running the case as the main program). Needs ../shared/oracle (run from the repo root:
python3 tests/unit/lang/regen_syntax_goldens.py). Never edit the golden by hand."""
import json, os, subprocess, sys, tempfile

ORACLE = os.environ.get("ORACLE", os.path.join(os.path.dirname(__file__), "../../../../shared/oracle/run"))

CASES = [
    ("missing_colon_if", "x = 1\nif x\n    pass\n"),
    ("missing_colon_def", "def f()\n    return 1\n"),
    ("missing_colon_while", "while True\n    pass\n"),
    ("missing_colon_for", "for i in range(3)\n    print(i)\n"),
    ("missing_colon_class", "class A\n    pass\n"),
    ("never_closed", "print('a'\nx = 1\n"),
    ("never_closed_eof", "foo(1, 2,\n"),
    ("unmatched_close", "x = 1)\n"),
    ("mismatch", "x = (1, 2]\n"),
    ("mismatch_lines", "x = (1,\n 2]\n"),
    ("unexpected_indent", "x = 1\n    y = 2\n"),
    ("expected_indent_def", "def f():\nreturn 1\n"),
    ("expected_indent_if", "if True:\nx = 1\n"),
    ("expected_indent_async_def", "async def main():\nawait x\n"),
    ("expected_indent_for", "for i in x:\npass\n"),
    ("expected_indent_with", "with a:\npass\n"),
    ("expected_indent_try", "try:\npass\n"),
    ("expected_indent_class", "class A:\npass\n"),
    ("unindent_mismatch", "if x:\n        a = 1\n    b = 2\n"),
    ("unterminated_string", "x = 'abc\n"),
    ("unterminated_string_dq", "print(\"hello)\n"),
    ("unterminated_triple", "x = 1\ns = '''abc\ndef\n"),
    ("forgot_comma", "print(1 2)\n"),
    ("forgot_comma_list", "x = [a b]\n"),
    ("assign_to_call", "f() = 1\n"),
    ("assign_to_call_if", "if f() = 1:\n    pass\n"),
    ("invalid_decimal", "x = 1abc\n"),
    ("print_stmt", "print 'hello'\n"),
    ("print_stmt_name", "print x\n"),
    ("generic_invalid", "x = = 1\n"),
    ("generic_invalid2", "a b c\n"),
    ("trailing_op", "x = 1 +\n"),
    ("except_star_39", "try:\n    pass\nexcept* ValueError:\n    pass\n"),
    ("tab_error", "if x:\n\ta = 1\n        b = 2\n"),
    ("assign_to_literal", "1 = x\n"),
    ("await_outside_is_ok", "await x\n"),
    ("lambda_default", "f = lambda x=: x\n"),
    ("keyword_as_name", "class = 1\n"),
    ("def_missing_paren", "def f:\n    pass\n"),
    ("unclosed_bracket_then_stmt", "x = [1, 2,\ny = 3\n"),
    ("invalid_character", "x = 1 \u20ac 2\n"),
    ("fstring_empty_expr", "f'{}'\n"),
    ("walrus_bad", "(a.b := 1)\n"),
    ("return_in_class_ok_parse", "x = (yield)\n"),
    ("star_assign_bad", "*a = 1\n"),
    ("dict_missing_value", "d = {1: }\n"),
    ("else_without_if", "else:\n    pass\n"),
    ("elif_after_else", "if a:\n    pass\nelse:\n    pass\nelif b:\n    pass\n"),
    ("stray_backslash", "x = 1 \\ 2\n"),
    ("missing_paren_call_async", "async def main():\n    await asyncio.sleep(1\n    print('x')\n"),
    ("deep_unexpected_eof", "def f():\n    x = (\n"),
    ("leading_zero", "x = 012\n"),
    ("aug_to_tuple", "a, b += 1\n"),
    ("del_call", "del f()\n"),
    ("kwarg_repeat_expr", "f(x+1=2)\n"),
    ("positional_after_kw", "f(a=1, 2)\n"),
    ("import_missing", "from x import\n"),
    ("bad_indent_first_line", "  x = 1\n"),
    ("comparison_assign", "if x = 1:\n    pass\n"),
    ("nonascii_col", "s = 'é' + 1 2\n"),
    ("fstring_unclosed_field", "print(f\"{x\")\n"),
    ("fstring_bad_conversion", "print(f'{x!z}')\n"),
    ("fstring_two_exprs", "x = f'{a b}'\n"),
    ("async_def_missing_colon", "async def main()\n    await x\n"),
    ("non_default_after_default", "def f(a=1, b):\n    pass\n"),
    ("run_never_closed", "import asyncio\nasyncio.run(main()\n"),
    ("for_body_dedent_mismatch", "for x in range(3):\n    print(x)\n  print(x)\n"),
    ("extra_close_paren", "async def main():\n    await asyncio.sleep(1))\n"),
    ("ternary_without_else", "x = 1 if y\n"),
    ("class_positional_after_kw", "class A(metaclass=M, x):\n    pass\n"),
    ("dict_missing_comma", "d = {'a': 1 'b': 2}\n"),
    ("with_missing_colon", "with open(f) as g\n    pass\n"),
    ("except_comma", "try:\n    pass\nexcept Exception, e:\n    pass\n"),
    ("elif_alone", "elif x:\n    pass\n"),
    ("genexp_not_sole_arg", "f(x for x in y, 1)\n"),
    ("bare_star", "def f(*):\n    pass\n"),
    ("unary_after_binary", "x = (1 +)\n"),
    ("strings_then_name", "print('hello' 'world' x)\n"),
    ("await_in_sync_def_ok_parse", "def f():\n    await x\n"),
    ("double_star_then_star", "f(**a, *b)\n"),
    ("missing_rparen_then_def", "x = foo(1,\ndef g():\n    pass\n"),
]

def run(version, src):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "main.py")
        with open(p, "w", encoding="utf-8") as f:
            f.write(src)
        r = subprocess.run([ORACLE, "--python", version, p], capture_output=True, text=True)
        return r.stderr

PROBE = r'''
import json
for name, src in CASES:
    try:
        compile(src, "<case>", "exec")
        print(json.dumps([name, None]))
    except SyntaxError as e:
        print(json.dumps([name, [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno if hasattr(e, "end_lineno") else None, e.end_offset if hasattr(e, "end_offset") else None]], ensure_ascii=False))
'''

def probe(version):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "probe.py")
        with open(p, "w", encoding="utf-8") as f:
            f.write("CASES = " + repr(CASES) + "\n" + PROBE)
        r = subprocess.run([ORACLE, "--python", version, p], capture_output=True, text=True)
        res = {}
        for line in r.stdout.splitlines():
            name, v = json.loads(line)
            res[name] = v
        return res

def main():
    out = []
    probes = {v: probe(v) for v in ("3.12", "3.9")}
    for name, src in CASES:
        out.append("=== " + name)
        out.append("src " + json.dumps(src, ensure_ascii=False))
        for v in ("3.12", "3.9"):
            info = probes[v][name]
            out.append("--- " + v)
            out.append("info " + json.dumps(info, ensure_ascii=False))
            out.append(run(v, src) if info else "")
            if out[-1].endswith("\n"):
                out[-1] = out[-1][:-1]
        print(name, file=sys.stderr)
    with open(os.path.join(os.path.dirname(__file__), "syntax_errors.golden"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n=== end\n")

if __name__ == "__main__":
    main()
