# sys.setrecursionlimit(10**9), then unbounded Python recursion.
import sys

sys.setrecursionlimit(10 ** 9)


def down(n):
    return down(n + 1) + 1


print("start", flush=True)
down(0)
