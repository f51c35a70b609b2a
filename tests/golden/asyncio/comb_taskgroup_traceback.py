# An ExceptionGroup from a TaskGroup escaping asyncio.run (3.11+): the grouped
# traceback. On 3.9 there is no TaskGroup: AttributeError.
import asyncio


async def fetch(url, fail):
    await asyncio.sleep(0.1)
    if fail:
        raise ConnectionError(f"cannot reach {url}")
    return url


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch("a.example", False))
        tg.create_task(fetch("b.example", True))
        tg.create_task(fetch("c.example", True))


asyncio.run(main())
