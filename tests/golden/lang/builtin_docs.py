# __doc__ of builtin functions, types, methods and instances, as each version has them.
print(object.__doc__)
print(int.__doc__)
print(len.__doc__)
print(print.__doc__)
print(sorted.__doc__)
print(str.join.__doc__)
print("".join.__doc__)
print([].append.__doc__)
print(dict.get.__doc__)
print(ValueError.__doc__, KeyError.__doc__, StopIteration.__doc__)
print(range.__doc__)
print(list.__doc__)
print(bool.__doc__)
print((1).__doc__ == int.__doc__, "x".__doc__ == str.__doc__)
class A:
    pass
class B(int):
    pass
class E(Exception):
    pass
class D:
    "documented"
print(A.__doc__, A().__doc__, B.__doc__, B(1).__doc__, E.__doc__, D.__doc__, D().__doc__)
def f():
    "f's doc"
print(f.__doc__, (lambda: 0).__doc__)
print(type(len.__doc__).__name__, len.__doc__.splitlines()[0])
for name in ["abs", "min", "max", "isinstance", "getattr", "iter", "next", "repr", "round"]:
    print(name, repr(getattr(__builtins__, name).__doc__))
for m in ["split", "strip", "replace", "format", "startswith", "encode"]:
    print(m, repr(getattr(str, m).__doc__))
