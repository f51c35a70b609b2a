# asyncio.Barrier (3.11+): parties, wait index, abort/broken, reset, reprs.
import asyncio
import sys


async def party(barrier, n):
    print(f"party {n} arrives")
    await asyncio.sleep(n * 0.1)
    idx = await barrier.wait()
    print(f"party {n} passes, index {idx}")


async def doomed(barrier, n):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print(f"party {n} broken: {type(e).__name__}: {e}")


async def main():
    if sys.version_info < (3, 11):
        print(hasattr(asyncio, "Barrier"), hasattr(asyncio, "BrokenBarrierError"))
        asyncio.Barrier(2)
    barrier = asyncio.Barrier(3)
    r = repr(barrier)
    print(r.startswith("<asyncio.locks.Barrier object at 0x"), r[r.index("["):])
    tasks = [asyncio.create_task(party(barrier, n)) for n in range(3)]
    await asyncio.sleep(0.15)
    r = repr(barrier)
    print(r[r.index("["):], barrier.n_waiting, barrier.parties, barrier.broken)
    await asyncio.gather(*tasks)
    r = repr(barrier)
    print(r[r.index("["):])

    b2 = asyncio.Barrier(3)
    ts = [asyncio.create_task(doomed(b2, n)) for n in range(2)]
    await asyncio.sleep(0)
    await b2.abort()
    await asyncio.gather(*ts)
    r = repr(b2)
    print(r[r.index("["):], b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError as e:
        print("wait on broken:", repr(e))
    await b2.reset()
    print(b2.broken, b2.n_waiting)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    async with asyncio.Barrier(1) as pos:
        print("single party index", pos)


asyncio.run(main())
