# Reprs of tasks blocked in (and cancelled out of) Queue.get/join, Lock.acquire, Event.wait,
# Condition.wait and Semaphore.acquire: CPython shows asyncio's own file and line.
import asyncio

async def main():
    q = asyncio.Queue()
    lock = asyncio.Lock()
    ev = asyncio.Event()
    cond = asyncio.Condition()
    sem = asyncio.Semaphore(0)
    await lock.acquire()
    async def cw():
        async with cond:
            await cond.wait()
    tasks = [asyncio.create_task(q.get(), name="getter"), asyncio.create_task(lock.acquire(), name="locker"),
             asyncio.create_task(ev.wait(), name="waiter"), asyncio.create_task(cw(), name="cond"),
             asyncio.create_task(sem.acquire(), name="sem"), asyncio.create_task(q.join(), name="join")]
    q.put_nowait(1); q.get_nowait()
    await asyncio.sleep(0)
    for t in tasks:
        r = repr(t)
        print(r[:r.index(" wait_for=") if " wait_for=" in r else len(r)])
    print(str(q))
    for t in tasks:
        t.cancel()
    await asyncio.sleep(0)
    for t in tasks:
        print(t)

asyncio.run(main())
