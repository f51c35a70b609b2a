def gen():
    print("start")
    x = yield 1
    print("got", x)
    y = yield x * 2
    print("got", y)
    return "done"
g = gen()
print(next(g))
print(g.send(5))
try:
    g.send(7)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(counter(4)), sum(counter(5)), max(counter(3)))
def thrower():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in gen", e)
        yield "recovered"
    finally:
        print("gen finally")
t = thrower()
print(next(t))
print(t.throw(ValueError("bad")))
t.close()
print("closed")
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = closer()
next(c)
c.close()
c.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner-ret"
def outer():
    r = yield from inner()
    print("yield from returned", r)
    yield from [10, 20]
    yield from range(2)
o = outer()
print(next(o), o.send("S"), next(o), next(o), next(o), next(o))
print(list(o))
def delegating_throw():
    try:
        yield from thrower()
    except Exception as e:
        print("outer caught", e)
dt = delegating_throw()
print(next(dt))
print(dt.throw(ValueError("via outer")))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
ge = (x * x for x in range(5))
print(next(ge), list(ge), list(ge))
print(type(ge).__name__, type(g).__name__)
def gen_return_early():
    yield 1
    return
    yield 2
print(list(gen_return_early()))
g2 = counter(2)
print(next(g2), next(g2), next(g2, "exhausted"))
try:
    next(g2)
except StopIteration:
    print("StopIteration again")
def stop_inside():
    yield 1
    raise StopIteration("oops")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def running():
    yield gr.send(None)
gr = running()
try:
    next(gr)
except ValueError as e:
    print("ValueError:", e)
def not_started():
    yield 1
ns = not_started()
try:
    ns.send(5)
except TypeError as e:
    print("TypeError:", e)
ns2 = not_started()
try:
    ns2.throw(KeyError("early"))
except KeyError as e:
    print("KeyError", e)
print(list(ns2))
def gen_in_finally():
    try:
        yield 1
    finally:
        print("cleanup on close")
gf = gen_in_finally()
next(gf)
del gf
print("after del")
print(list(zip(counter(3), "abc")), dict(enumerate(counter(2))))
