# functools in asyncio code: partial callbacks, wraps-based async decorators, lru_cache/cache, reduce.
import asyncio
import functools
import time


def timed(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        t0 = time.monotonic()
        result = await fn(*args, **kwargs)
        print(f"{fn.__name__} took {time.monotonic() - t0:.1f}s")
        return result
    return wrapper


@timed
async def fetch(url, delay=1):
    """Fetch a URL."""
    await asyncio.sleep(delay)
    return f"<{url}>"


@functools.lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def on_done(label, fut):
    print("done:", label, fut.result())


async def main():
    print(fetch.__name__, fetch.__doc__, fetch.__wrapped__.__name__)
    print(await fetch("a", delay=0.5))
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(fetch("b"))
    t.add_done_callback(functools.partial(on_done, "b"))
    await t
    await asyncio.sleep(0)
    p = functools.partial(print, "x", sep="-")
    print(repr(p).startswith("functools.partial(<built-in function print>, 'x', sep='-')"))
    p("y")
    loop.call_soon(functools.partial(print, "from call_soon", end="!\n"))
    await asyncio.sleep(0)
    print(p.func is print, p.args, p.keywords)


print(square(3), square(3), square(4), square(5), square(3))
print(square.cache_info())
square.cache_clear()
print(square.cache_info())
print(fib(80), fib.cache_info())
print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(max, [3, 9, 2], 0))
asyncio.run(main())
functools.reduce(lambda a, b: a / b, [1, 0])
