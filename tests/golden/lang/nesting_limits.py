# The front end's nesting limits, as CPython has them: the tokenizer refuses a
# 201st open bracket ("too many nested parentheses"), and the parser gives up
# on expressions nested past its stack limit with a MemoryError (3.9: bare).
# Programs nested below the limits compile and run. (Deeper `not`, `**`,
# lambda and conditional chains fail the same way; the oracle running 3.12
# in Pyodide runs out of JS stack on them, so tests/unit/lang pins those.)
def attempt(label, src):
    try:
        code = compile(src, "<nest>", "exec")
    except SyntaxError as e:
        print(label, "->", type(e).__name__, repr(e.msg), e.lineno, e.offset)
        return
    except MemoryError as e:
        print(label, "->", "MemoryError", repr(e))
        return
    ns = {}
    exec(code, ns)
    print(label, "->", ns["x"])

attempt("200 parens", "x = " + "(" * 200 + "1" + ")" * 200)
attempt("201 parens", "x = " + "(" * 201 + "1" + ")" * 201)
attempt("201 mixed brackets", "x = [\n" + " (" * 100 + "{" * 100 + "1")
attempt("unary minus 1000", "x = " + "-" * 1000 + "1")
attempt("unary minus 100000", "x = " + "-" * 100000 + "1")
