# Exceptions escaping callbacks of every callable shape (bound and static
# methods, partial with keywords, lambda, builtins, a timer): the default
# exception handler's 'Exception in callback ...' lines and tracebacks.
import asyncio
import functools


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by):
        self.n += by
        raise RuntimeError(f"bump failed at {self.n}")

    def __call__(self, x):
        raise KeyError(x)

    @staticmethod
    def static(x):
        raise IndexError(x)


def plain(a, *, key=None):
    raise ValueError((a, key))


async def main():
    loop = asyncio.get_running_loop()
    c = Counter()
    loop.call_soon(c.bump, 2)
    loop.call_soon(Counter.static, 7)
    loop.call_soon(functools.partial(plain, 1, key="k"))
    loop.call_soon(lambda: 1 / 0)
    loop.call_soon([].pop)
    loop.call_soon(int, "not a number")
    loop.call_later(0.1, plain, "timer")
    await asyncio.sleep(0.2)
    print("survived all callback errors")


asyncio.run(main())
