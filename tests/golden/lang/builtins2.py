class K:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def meth(self):
        pass
k = K()
print(vars(k))
print([n for n in dir(k) if not n.startswith("__")])
print([n for n in dir(K) if not n.startswith("__")])
print("__init__" in dir(K), "append" in dir([]), "upper" in dir(""))
print(type(object()).__name__, object().__class__ is object)
g = globals()
print(type(g).__name__, g["__name__"], "K" in g)
def f():
    v = 1
    w = 2
    return sorted(locals().items())
print(f())
print(getattr(k, "a"), getattr(k, "zz", None), hasattr(k, "meth"))
setattr(k, "c", 3)
print(k.c)
delattr(k, "c")
print(hasattr(k, "c"))
print(repr(property), repr(staticmethod), repr(classmethod), repr(super))
print(isinstance(K.__dict__["meth"], type(f)))
class P:
    def __init__(self):
        self._x = 0
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v
    x = property(getx, setx, None, "x doc")
p = P()
p.x = 9
print(p.x, P.x.__doc__)
class S:
    def m(): return "static"
    m = staticmethod(m)
    def c(cls): return cls.__name__
    c = classmethod(c)
print(S.m(), S().m(), S.c(), S().c())
class Base:
    def hi(self): return "base hi"
class Der(Base):
    def hi(self): return "der " + super(Der, self).hi()
print(Der().hi())
print(type("Dyn", (Base,), {"x": 5})().hi(), type("Dyn", (), {"x": 5}).x)
print(type(1.0).__name__, type(True).__name__, type(range(1)).__name__, type(iter([])).__name__)
print(int.__name__, str.__mro__, bool.__mro__)
print(round(1.23456, 3), round(-2.5), round(0.125, 2), round(1e20), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(min([]) if False else "ok", max(1, 2, key=lambda x: -x))
print(sorted([1, 2, 3], key=lambda v: v % 2), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(list(map(int, "123")), list(zip("ab", "cd", strict=False)) if False else "zip")
print(ascii("ñ"), ascii([1, "é"]), repr("ñ"))
print(abs(-0.0), abs(True), divmod(-7, 3), divmod(7, -3), divmod(1.5, 0.5))
print(pow(10, 20), pow(2.0, 3), pow(4, 0.5), 10 ** -2)
print(bin(2**70), hex(2**64), int("1" * 30), int("-0b101", 0), int("z", 36))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
print(isinstance(None, type(None)), type(...).__name__, type(NotImplemented).__name__)
print(str(b"abc", "utf-8"), bytes("é", "utf-8"), bytes(3), bytes([65, 66]), bytearray(b"x"))
print("é".encode(), "abc".encode("ascii"), b"\xc3\xa9".decode(), "中".encode("utf-8"))
print(len(dir(object)) > 10, object.__doc__ is not None)
print(sorted([3, 1, 2]) == [1, 2, 3], list(reversed(sorted([2, 1]))))
print(next(iter({"a": 1})), list({"b": 1, "a": 2}.items()))
print(any(c.isdigit() for c in "ab3"), all(c.isalpha() for c in "ab3"))
print(sum(range(10)), sum([]), sum([1.5, 2]), sum(x * x for x in range(4)))
print(enumerate, zip, map, filter, reversed)
print(len, print, abs)
