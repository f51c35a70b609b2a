import asyncio
import functools
from functools import partial, reduce, lru_cache, cache, total_ordering, cached_property, wraps
import operator


def add(a, b, c=0):
    return a + b + c


p = partial(add, 1, c=5)
print(p(2), p.func is add, p.args, p.keywords)
print(repr(p).replace(hex(id(add)), 'ADDR'))
pp = partial(p, 10)
print(pp(), pp.args, pp.keywords)
print(reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a + b, [], 'init'))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError:', e)


@lru_cache(maxsize=2)
def square(x):
    print('computing', x)
    return x * x


print(square(2), square(2), square(3), square(4), square(2))
print(square.cache_info())
square.cache_clear()
print(square.cache_info())


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(Version(1) <= Version(2), Version(3) > Version(2), Version(2) >= Version(2))


class Box:
    def __init__(self):
        self.calls = 0

    @cached_property
    def heavy(self):
        self.calls += 1
        return 42


b = Box()
print(b.heavy, b.heavy, b.calls)


def logged(func):
    @wraps(func)
    async def wrapper(*args, **kwargs):
        print('calling', func.__name__)
        return await func(*args, **kwargs)
    return wrapper


@logged
async def fetch(x):
    """Fetch x."""
    await asyncio.sleep(0.1)
    return x * 2


async def main():
    print(await fetch(21), fetch.__name__, fetch.__doc__, fetch.__wrapped__.__name__)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(partial(fut.set_result, 'done via partial'))
    print(await fut)


asyncio.run(main())
