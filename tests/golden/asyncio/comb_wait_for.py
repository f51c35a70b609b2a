# wait_for: results, timeouts (the inner task is cancelled), timeout=None,
# an inner coroutine that ignores the first cancel, and the outer task cancelled.
import asyncio


async def slow(delay, result="slow result"):
    try:
        await asyncio.sleep(delay)
        return result
    except asyncio.CancelledError:
        print("slow cancelled after timeout")
        raise


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores the first cancel")
    await asyncio.sleep(0.5)
    print("stubborn finishes its cleanup")
    return "stubborn value"


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(slow(0.1), timeout=1))
    t0 = loop.time()
    try:
        await asyncio.wait_for(slow(5), timeout=0.5)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(e), "after", loop.time() - t0)
    print(await asyncio.wait_for(slow(2, "no timeout"), None))
    t0 = loop.time()
    try:
        r = await asyncio.wait_for(stubborn(), timeout=0.2)
        print("wait_for returned", r, "after", loop.time() - t0)
    except asyncio.TimeoutError:
        print("TimeoutError after", loop.time() - t0)
    task = asyncio.create_task(slow(3))
    try:
        await asyncio.wait_for(task, 0.1)
    except asyncio.TimeoutError:
        print("task cancelled:", task.cancelled())
    try:
        await asyncio.wait_for(slow(1), timeout=0)
    except asyncio.TimeoutError:
        print("timeout=0 -> TimeoutError")
    try:
        print(await asyncio.wait_for(asyncio.sleep(0, "immediate"), timeout=0))
    except asyncio.TimeoutError:
        print("timeout=0 on a coroutine -> TimeoutError even if it would finish at once")
    f = asyncio.get_running_loop().create_future()
    f.set_result("already done")
    print(await asyncio.wait_for(f, timeout=0))

    async def waiter():
        return await asyncio.wait_for(slow(10), timeout=5)

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.1)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("outer cancelled:", w.cancelled())

    async def fails():
        await asyncio.sleep(0.1)
        raise KeyError("inner")

    try:
        await asyncio.wait_for(fails(), 1)
    except KeyError as e:
        print("KeyError passes through:", e)
    print(issubclass(asyncio.TimeoutError, TimeoutError), asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(slow(5), 0.2)
    except TimeoutError as e:
        print("builtin TimeoutError caught:", type(e).__module__, type(e).__name__,
              type(e.__context__).__name__ if e.__context__ else None)


asyncio.run(main())
