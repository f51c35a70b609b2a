import sys
if sys.version_info < (3, 11):
    print("no exception groups")
    raise SystemExit
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(repr(eg), str(eg), len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("ValueErrors:", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("TypeErrors:", [str(e) for e in g.exceptions])
m, rest = eg.split(ValueError)
print(m.exceptions, rest.exceptions)
print(eg.subgroup(TypeError).exceptions)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt()])
except BaseExceptionGroup as b:
    print(type(b).__name__, b.exceptions)
try:
    try:
        raise ExceptionGroup("eg", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled KeyError")
except ExceptionGroup as left:
    print("left:", repr(left))
