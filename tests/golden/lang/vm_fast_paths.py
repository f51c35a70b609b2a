# The VM's fast paths (per-instruction attribute caches, in-place s += t,
# small-int/float arithmetic, str(int)) must behave exactly like the slow paths:
# caches invalidated by class changes, data descriptors, instance-dict deletes.
class A:
    def __init__(self): self.x = 1
    def m(self): return "A.m"
class B(A):
    def m(self): return "B.m"
def get(o): return o.x
def setx(o, v): o.x = v
def callm(o): return o.m()
a = A(); b = B()
for i in range(3):
    print(get(a), get(b), callm(a), callm(b))
A.x = property(lambda self: "prop")
print(get(a), get(b))
del A.x
print(get(a))
setx(a, 5); print(get(a))
del a.x
try: get(a)
except AttributeError as e: print("AE", e)
setx(a, 7); print(get(a), a.__dict__)
a.m = lambda: "inst"
print(callm(a))
del a.m
print(callm(a))
A.m = lambda self: "A.m2"
print(callm(a), callm(b))
a = B(); a.x = 7
print(callm(a), get(a))
class D:
    def __set__(self, o, v): print("set", v)
    def __get__(self, o, t=None): return "D"
for i in range(3): setx(b, i)
B.x = D()
setx(b, 9); print(get(b))
s = "ab"
t = s
for i in range(3):
    s += "c"
print(s, t)
def f():
    s = ""
    for i in range(5):
        s += str(i)
        u = s
    print(s, u, len(s), hash(s) == hash("01234"))
    d = {s: 1}
    s += "x"
    print(d, s)
f()
print(f"{-5}{0}{2**70}{3.5}{True}", str(-12), str(True))
print(7 % -3, -7 % 3, -7 // 2, 7 // -2, 1.5 + 2.25, 1.0 / 3, 0.1 * 3, 2.0 - 0.5)
try: 1.0 / 0.0
except ZeroDivisionError as e: print(e)
try: 5 % 0
except ZeroDivisionError as e: print(e)
print(float('nan') < 1.0, 1.0 <= 1.0, -9223372036854775808 // -1, -9223372036854775808 % -1)
class S(str): pass
x = S("q"); x += "r"; print(type(x).__name__, x)
import sys
class G:
    def __getattr__(self, n): return "ga:" + n
g = G(); g.y = 3
def gy(o): return o.y
print(gy(g)); del g.y; print(gy(g))
