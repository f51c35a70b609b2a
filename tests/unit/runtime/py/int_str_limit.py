for e in ["str(10**5000)", "int(\"1\"*5000)", "repr(10**4300)", "f\"{10**5000:d}\"", "hex(10**5000)[:5]", "\"%d\" % 10**5000", "len(str(10**4299))", "int(\"-\" + \"7\" * 4300) % 10", "len(str(-10**4299))"]:
    try: print(e, "->", eval(e))
    except Exception as x: print(e, type(x).__name__, x)
