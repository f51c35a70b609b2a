# Generators and coroutines that drive or await themselves.
import types


def gen():
    yield 1
    yield from g


g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)


def gen2():
    yield g2.send(None)


g2 = gen2()
try:
    next(g2)
except ValueError as e:
    print("ValueError:", e)


async def coro():
    await c


c = coro()
try:
    c.send(None)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__ + ":", e)


def cyc():
    me = yield
    yield me


for i in range(1000):
    x = cyc()
    next(x)
    x.send(x)
    del x
print("cycles made")


@types.coroutine
def selfish():
    yield


s = selfish()
s.send(None)
try:
    s.send(None)
except StopIteration:
    print("StopIteration")
