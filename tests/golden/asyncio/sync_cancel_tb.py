# Tracebacks through Lock.acquire, Event.wait, Condition.wait and Semaphore.acquire when a wait_for times out.
import asyncio
import traceback


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    ev = asyncio.Event()
    cond = asyncio.Condition()
    sem = asyncio.Semaphore(0)

    async def cond_wait():
        async with cond:
            await cond.wait()

    for name, make in [("lock", lock.acquire), ("event", ev.wait), ("cond", cond_wait), ("sem", sem.acquire)]:
        try:
            await asyncio.wait_for(make(), 0.1)
        except asyncio.TimeoutError:
            print("---", name)
            traceback.print_exc()
    await asyncio.wait_for(cond_wait(), 1)


asyncio.run(main())
