x = "global"
def read_global():
    return x
def write_global():
    global x
    x = "changed"
print(read_global())
write_global()
print(x)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c())
def make_adders():
    return [lambda y, i=i: i + y for i in range(3)]
print([a(10) for a in make_adders()])
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())
class A:
    v = 1
    w = v + 1
    lst = [k for k in range(3)]
    def m(self):
        return v
print(A.w, A.lst)
v = "module v"
print(A().m())
def shadow():
    x = "local"
    def inner():
        return x
    x = "local2"
    return inner()
print(shadow())
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def closure_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
closure_unbound()
def nested_nonlocal():
    a = 1
    def l1():
        def l2():
            nonlocal a
            a += 10
        l2()
    l1()
    return a
print(nested_nonlocal())
k = "outer"
print([k for k in range(2)], k)
class B:
    x = 5
    def get(self):
        return x
print(B().get())
def genexp_scope():
    n = 3
    return list(i * n for i in range(n))
print(genexp_scope())
g = 10
def uses_global_in_comp():
    return [g + i for i in range(2)]
print(uses_global_in_comp())
def del_local():
    q = 1
    del q
    try:
        print(q)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
del_local()
print(sorted(k for k in locals() if not k.startswith("__"))[:5])
def loc():
    a = 1
    b = 2
    return locals()
print(loc())
print("x" in globals(), globals()["x"])
