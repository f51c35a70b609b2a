# contextlib in asyncio code: asynccontextmanager resources, suppress, AsyncExitStack, contextmanager.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def connection(name):
    print(f"open {name}")
    await asyncio.sleep(0.1)
    try:
        yield f"conn-{name}"
    finally:
        await asyncio.sleep(0.1)
        print(f"close {name}")


@contextlib.contextmanager
def section(title):
    print(f"[{title}]")
    yield len(title)
    print(f"[/{title}]")


async def main():
    async with connection("db") as c:
        print("using", c)
    with section("sync") as n:
        print("n =", n)
    with contextlib.suppress(KeyError, ValueError):
        {}["missing"]
    print("suppressed")
    async with contextlib.AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(f"c{i}")) for i in range(2)]
        stack.callback(print, "callback on exit")
        stack.push_async_callback(asyncio.sleep, 0)
        print(conns)
    try:
        async with connection("err") as c:
            raise RuntimeError("inside " + c)
    except RuntimeError as e:
        print("caught", e)
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(asyncio.sleep(1), 0.1)
    print("timeout suppressed")
    async with contextlib.nullcontext(5) as v:
        print("nullcontext", v)
    async with connection("fail") as c:
        await asyncio.sleep(0)
        raise ValueError(c)


asyncio.run(main())
