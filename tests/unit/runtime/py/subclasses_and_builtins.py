print((5).__add__(3), "a".__len__(), [1].__len__(), int.__repr__(5), str.upper("x"), list.__getitem__([1, 2], 1))
class MyList(list):
    def total(self): return sum(self)
m = MyList([1, 2, 3]); m.append(4); print(m, m.total(), len(m), type(m).__name__, isinstance(m, list), m[1:])
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d["a"], d["zz"], d)
class S(str):
    def shout(self): return self.upper() + "!"
s = S("hi"); print(s, repr(s), s.shout(), s + "x", len(s), s == "hi", {s: 1})
class I(int):
    pass
i = I(5); print(i, i + 1, repr(i), I(7) * 2, int(I(3)))
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and o.x == self.x
    def __hash__(self): return hash(self.x)
    def __lt__(self, o): return self.x < o.x
    def __repr__(self): return f"P({self.x})"
print({P(1): "a", P(1): "b"}, {P(2), P(2), P(3)}, sorted([P(3), P(1), P(2)]), P(1) in [P(1)], [P(1)].index(P(1)), max([P(1), P(5)]))
print(sorted(["b", "A", "c"], key=str.lower), list(map(int, "123")), "".join(reversed("abc")), dict(zip("ab", [1, 2])))
print(f"{'x'!r:>5}|{3.5:>6.2f}|{10:#06x}|{1e-5}|{123456789:,}|{-0.0}|{2**70}")
x = [1, 2]; x += [3]; x *= 2; print(x)
t = (1, 2); t += (3,); print(t, t[::-1], t * 0)
s = {1}; s |= {2}; s &= {2, 3}; s -= {5}; s ^= {9}; print(s)
d = {"a": 1}; d |= {"b": 2}; print(d)
print(divmod(7, 2), divmod(7.5, 2), pow(2, 10), pow(2, 10, 1000), abs(-3.5), round(2.675, 2), round(-0.5), round(5, -1))
print(str(12345678901234567890), int("12345678901234567890") * 3, float(10**20), 10**20 / 3, 7 / 2, 2**0.5)
print(bool([]), bool([0]), bool(""), bool(0.0), bool(None), not 1)
print(list(range(10, 0, -3)), range(5)[-1], len(range(0, 100, 7)), 99 in range(0, 100, 3))
print(chr(65) + chr(0x1F600), ord("€"), "€".encode(), b"\xe2\x82\xac".decode(), bytes(b"abc") == b"abc")
print("%s" % None, "%r" % "q", "%5.1f%%" % 99.44, "%x" % 255, "%#o" % 8, "%(a)s" % {"a": [1]})
print("{:>{w}}".format("r", w=4), "{0[0]}{0[1]}".format("xy"), "{.real}".format(3), "{!s:^5}".format(None))
print(sum([1.5, 2.5]), sum([[1], [2]], []), min("hello"), max(1, 2.5), any(x > 2 for x in [1, 3]), all([1, 1]))
print(id(None) == id(None), hash("a") == hash("a"), callable(print), isinstance(1, bool), issubclass(int, object))
print(repr(1e100), repr(1.23e-10), repr(123456789.123), 1e16 + 1, 0.1 * 3, float("1e500"), -float("inf"))
