# sys.setrecursionlimit(10**9), then unbounded recursion through a builtin
# (repr() calling __repr__): the C stack must not overflow.
import sys

sys.setrecursionlimit(10 ** 9)


class Loop:
    def __repr__(self):
        return repr(self)


print("start", flush=True)
try:
    repr(Loop())
except RecursionError as e:
    print("RecursionError:", e)
print("after")


def gen(n):
    yield next(gen(n + 1))


try:
    next(gen(0))
except RecursionError as e:
    print("RecursionError:", e)
print("after generators")
