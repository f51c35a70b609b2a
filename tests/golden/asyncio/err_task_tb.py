# Uncaught exception from a nested task: the traceback frames CPython shows.
import asyncio


async def level3():
    await asyncio.sleep(0.1)
    raise KeyError("missing")


async def level2():
    return await level3()


async def main():
    task = asyncio.create_task(level2())
    results = await asyncio.gather(task, asyncio.sleep(1, "ok"))
    print(results)


asyncio.run(main())
