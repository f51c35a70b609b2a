import asyncio
from typing import Optional as Opt, List


@decorator
@functools.wraps(fn, assigned=())
async def worker(name: str, /, delay: float = 0.5, *args, retries=3, timeout: Opt[float] = None, **kw) -> None:
    """Docstring."""
    global counter
    for i in range(retries):
        await asyncio.sleep(delay)
    return None


def gen(a, b=1, *, c, d=2):
    x = yield
    y = yield a + b
    yield from other()
    def inner():
        nonlocal x
        x += 1
    return lambda q, *r, s=3, **t: (q, r, s, t)


class Greeter(Base, metaclass=Meta):
    count: int = 0
    name: str

    def __init__(self, *, greeting="hi"):
        self.greeting = greeting
