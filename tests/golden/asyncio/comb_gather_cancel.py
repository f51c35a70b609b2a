# Cancellation and gather: cancelling the gather cancels its children,
# cancelling one child, return_exceptions with a cancelled child, and the
# outer task cancelled while awaiting gather.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "done")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    g = asyncio.gather(child("a", 1), child("b", 2))
    await asyncio.sleep(0.5)
    print("cancel gather ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())

    t1 = asyncio.create_task(child("t1", 1))
    t2 = asyncio.create_task(child("t2", 0.2))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0.1)
    t1.cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        print("one child cancelled -> gather raises CancelledError; t2 done:", t2.done())
    await asyncio.sleep(0.3)

    t3 = asyncio.create_task(child("t3", 1))
    t4 = asyncio.create_task(child("t4", 0.2))
    g = asyncio.gather(t3, t4, return_exceptions=True)
    await asyncio.sleep(0.1)
    t3.cancel("msg for t3")
    res = await g
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])

    async def outer():
        await asyncio.gather(child("o1", 1), child("o2", 1))

    o = asyncio.create_task(outer())
    await asyncio.sleep(0.5)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled:", o.cancelled())

    # gather with return_exceptions: cancelling the gather itself still raises
    g = asyncio.gather(child("r1", 1), return_exceptions=True)
    await asyncio.sleep(0)
    g.cancel()
    try:
        print("gather result:", await g)
    except asyncio.CancelledError:
        print("gather(return_exceptions=True) cancelled")


asyncio.run(main())
