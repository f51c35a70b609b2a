# "Task exception was never retrieved": when the task is garbage-collected, and at loop close.
import asyncio
import gc


async def boom(n):
    await asyncio.sleep(0.1 * n)
    raise ValueError(f"boom {n}")


async def main():
    t = asyncio.create_task(boom(1))
    await asyncio.sleep(0.5)
    print("t done:", t.done())
    del t
    gc.collect()
    print("after del")
    asyncio.create_task(boom(2))
    await asyncio.sleep(1)
    print("end of main")
    global kept
    kept = asyncio.create_task(boom(0))
    await asyncio.sleep(0)


asyncio.run(main())
print("after run")
