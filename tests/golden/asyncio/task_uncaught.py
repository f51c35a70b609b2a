# An exception escaping asyncio.run: the full traceback, through the awaited
# coroutines and through asyncio's own frames.
import asyncio


async def level3():
    await asyncio.sleep(0.1)
    raise ValueError("deep failure")


async def level2():
    return await level3()


async def level1():
    t = asyncio.create_task(level2())
    return await t


print("before")
asyncio.run(level1())
print("not reached")
