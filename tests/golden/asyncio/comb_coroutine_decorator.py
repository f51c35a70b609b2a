# The generator-based @asyncio.coroutine with `yield from` (3.9, with its
# DeprecationWarning; removed in 3.11 -> AttributeError on 3.12).
import asyncio
import sys

if sys.version_info < (3, 11):
    @asyncio.coroutine
    def old_sleep(n):
        yield from asyncio.sleep(n)
        return n * 2

    @asyncio.coroutine
    def plain():
        return "plain function"

    async def main():
        print(await old_sleep(0.1))
        print(await plain())
        print(asyncio.iscoroutinefunction(old_sleep), asyncio.iscoroutine(old_sleep(0)))
        print(await asyncio.gather(old_sleep(0.2), old_sleep(0.1)))

    asyncio.run(main())
else:
    print("coroutine decorator present:", hasattr(asyncio, "coroutine"))

@asyncio.coroutine
def legacy():
    yield from asyncio.sleep(0)
