names = ["BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "ValueError",
         "TypeError", "KeyError", "IndexError", "AttributeError", "NameError",
         "UnboundLocalError", "RuntimeError", "NotImplementedError", "RecursionError",
         "StopIteration", "StopAsyncIteration", "GeneratorExit", "KeyboardInterrupt",
         "SystemExit", "AssertionError", "LookupError", "OSError", "TimeoutError",
         "ConnectionError", "MemoryError", "OverflowError", "ImportError",
         "ModuleNotFoundError", "UnicodeError", "UnicodeDecodeError", "EOFError",
         "FileNotFoundError", "PermissionError", "ConnectionResetError", "BrokenPipeError",
         "SyntaxError", "IndentationError", "FloatingPointError", "BufferError",
         "Warning", "UserWarning", "DeprecationWarning", "RuntimeWarning"]
b = __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else __builtins__
for n in names:
    cls = b[n]
    print(n, [c.__name__ for c in cls.__mro__])
print(issubclass(TimeoutError, OSError), IOError is OSError, EnvironmentError is OSError)
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
e = ValueError("msg", 2)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), repr(ValueError("one")))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(repr(StopIteration(5)), StopIteration(5).value, StopIteration().value)
print(repr(SystemExit(2)), SystemExit(2).code, SystemExit().code)
o = OSError(2, "No such file")
print(o.errno, o.strerror, str(o), isinstance(o, OSError))
print(repr(NotImplementedError("todo")), repr(Exception()))
class Custom(ValueError):
    pass
print(repr(Custom("c")), str(Custom("c", "d")), Custom.__mro__[1].__name__)
try:
    raise Custom("custom")
except ValueError as x:
    print("as ValueError", repr(x))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr()), repr(WithStr()))
ex = Exception("x")
ex.extra = 1
print(ex.extra, ex.__traceback__, ex.__cause__, ex.__context__)
ex2 = ex.with_traceback(None)
print(ex2 is ex)
try:
    raise TypeError
except TypeError as t:
    print(repr(t), t.__traceback__ is not None)
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(KeyError(), LookupError))
