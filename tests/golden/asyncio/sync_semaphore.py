# asyncio.Semaphore / BoundedSemaphore: limiting concurrency, reprs, over-release.
import asyncio

active = 0


async def fetch(sem, i):
    global active
    async with sem:
        active += 1
        print(f"start {i} active={active}")
        await asyncio.sleep(1)
        active -= 1
        print(f"done {i}")
        return i * i


async def main():
    sem = asyncio.Semaphore(2)
    r = repr(sem)
    print(r.startswith("<asyncio.locks.Semaphore object at 0x"), r[r.index("["):])
    tasks = [asyncio.create_task(fetch(sem, i)) for i in range(5)]
    await asyncio.sleep(0)
    r = repr(sem)
    print(r[r.index("["):], sem.locked())
    print(await asyncio.gather(*tasks))
    r = repr(sem)
    print(r[r.index("["):], sem.locked())

    s = asyncio.Semaphore(0)
    print(s.locked())
    s.release()
    s.release()
    r = repr(s)
    print(r[r.index("["):])
    print(await s.acquire(), await s.acquire(), s.locked())

    b = asyncio.BoundedSemaphore(1)
    r = repr(b)
    print(r.startswith("<asyncio.locks.BoundedSemaphore object at 0x"), r[r.index("["):])
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait_for(asyncio.Semaphore(0).acquire(), 0.1)
    except asyncio.TimeoutError:
        print("timeout")


asyncio.run(main())
