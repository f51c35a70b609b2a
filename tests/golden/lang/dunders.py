class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __str__(self): return f"<{self.x},{self.y}>"
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return V(self.x * k * 10, self.y * k * 10)
    def __truediv__(self, k): return V(self.x / k, self.y / k)
    def __floordiv__(self, k): return V(self.x // k, self.y // k)
    def __mod__(self, k): return V(self.x % k, self.y % k)
    def __pow__(self, k): return V(self.x ** k, self.y ** k)
    def __neg__(self): return V(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self): return V(self.y, self.x)
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return abs(self) < abs(o)
    def __le__(self, o): return abs(self) <= abs(o)
    def __bool__(self): return bool(self.x or self.y)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 2, 2 * a, b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b), ~a)
print(a == V(1, 2), a != b, a < b, a <= b, a > b, a >= b, a @ b, bool(V(0, 0)), bool(a))
print(a & b, a | b, a ^ b, a << b, a >> b)
print(str(a), repr(a), f"{a}", [a], {a: 1}[V(1, 2)], len({a, V(1, 2)}))
c = a
c += b
print(c, a, c is a)
print(sorted([V(3, 3), V(1, 0), V(2, 2)]), max([V(3, 3), V(1, 0)]), min(V(3, 3), V(1, 0)))
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if i >= self.n: raise IndexError(i)
        return i * i
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
    def __contains__(self, v): print("contains", v); return v == 4
s = Seq(4)
print(len(s), s[2], s[1:3], list(s), 4 in s, 5 in s, 9 not in s)
s[0] = "x"
del s[1]
for v in s:
    print("iter", v)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()), [x for x in It()], tuple(It()))
class Call:
    def __call__(self, *a, **k): return ("called", a, k)
print(Call()(1, b=2), callable(Call()))
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, et, ev, tb):
        print("exit", self.n, et.__name__ if et else None, ev)
        return self.n == 2
with CM(1) as one, CM(2) as two:
    print("body", one, two)
    raise ValueError("boom")
print("suppressed by CM(2)")
try:
    with CM(3):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
class NoEq:
    pass
n1 = NoEq()
print(n1 == n1, n1 == NoEq(), n1 != NoEq())
class Getattr:
    def __getattr__(self, name):
        return "dyn_" + name
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
g = Getattr()
g.real = 1
print(g.real, g.missing)
class GA:
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)
print(GA().secret)
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], hex(Idx()), range(Idx()))
class Num:
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __round__(self, n=None): return "rounded"
print(int(Num()), float(Num()), round(Num()))
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(Rev())))
class R:
    def __radd__(self, other): return f"radd {other}"
print(1 + R(), "s" + R())
class NotImpl:
    def __eq__(self, o): return NotImplemented
print(NotImpl() == 1, NotImpl() != 1)
class Dflt:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
try:
    hash(Dflt(1))
except TypeError as e:
    print("TypeError:", e)
class Fmt:
    def __format__(self, spec): return f"Fmt[{spec}]"
print(format(Fmt(), "xyz"), "{:abc}".format(Fmt()), f"{Fmt():q}")
class BoolLen:
    def __len__(self): return 0
print(bool(BoolLen()), "yes" if BoolLen() else "no")
class Cls:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Child(Cls, tag=1):
    pass
class Desc:
    def __get__(self, obj, owner):
        return ("get", owner.__name__)
    def __set__(self, obj, value):
        print("desc set", value)
class HasDesc:
    d = Desc()
h = HasDesc()
print(h.d, HasDesc.d)
h.d = 3
class SetName:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class UsesSN:
    field = SetName()
