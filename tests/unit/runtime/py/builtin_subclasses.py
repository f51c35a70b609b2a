class L(list):
    def __init__(self, it):
        super().__init__(it)
        self.extra = 1
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
    def __len__(self):
        return super().__len__() + 100
l = L([1, 2]); print(l, l.extra, l[0], len(l), list(l), sorted(l))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
d = D(); d["a"] = 1; print(d, d["a"], d.get("a"), dict(d))
class Cnt(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Cnt(); c["x"] += 1; c["x"] += 1; print(c)
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __repr__(self): return f"T{tuple(self)}"
t = T(1, 2); print(t, t[0], len(t), t + (3,), isinstance(t, tuple), hash(t) == hash((1, 2)))
class S(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(S("abc"), S("abc") == "ABC", type(S("x")).__name__)
class N(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def __repr__(self): return f"N({int(self)})"
print(N(5), N(5) + 1, [N(2)], int(N(3)), N(4) == 8)
class St(set):
    pass
s = St([3, 1]); s.add(2); print(s, type(s | {9}).__name__, len(s))
