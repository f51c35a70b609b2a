def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(a=1, c=2, z=9))
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def ann(x: int, y: "str" = "s", *a: float, k: bool = True, **kw: dict) -> list:
    return [x, y]
print(ann.__annotations__)
print(ann(1))
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__)
def mutable(x, acc=[]):
    acc.append(x)
    return acc
print(mutable(1), mutable(2))
def noret():
    pass
print(noret())
def doc():
    """The docstring."""
    return 1
print(doc.__doc__)
def outer():
    def inner():
        return "inner"
    return inner
print(outer()(), outer().__qualname__)
def deco(fn):
    def wrapper(*a, **k):
        print("before", fn.__name__)
        r = fn(*a, **k)
        print("after")
        return r
    return wrapper
@deco
def greet(who):
    print("hi", who)
    return 5
print(greet("bob"))
def repeat(n):
    def d(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return d
@repeat(3)
@deco
def one():
    return 1
print(one())
def kwonly(*, a, b=1):
    return a + b
print(kwonly(a=5))
def varkw(**kw):
    return sorted(kw.items())
print(varkw(z=1, a=2))
def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
print(recursive(20), recursive(30))
print((lambda: 0).__name__)
def gen_defaults(a, b=[1, 2], c={"k": 1}, d=None):
    return a, b, c, d
print(gen_defaults(0))
def star_only(*args):
    return len(args), args
print(star_only(), star_only(*range(5)))
fn = f
print(fn is f, callable(fn), callable(1))
def g(x):
    g.calls = getattr(g, "calls", 0) + 1
    return x
g(1); g(2)
print(g.calls)
