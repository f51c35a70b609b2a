# asyncio.Lock: mutual exclusion, FIFO fairness, reprs in each state, misuse.
import asyncio


async def worker(name, lock, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.1)
        log.append(f"{name} out")


async def main():
    lock = asyncio.Lock()
    print(repr(lock).split(" at ")[0], repr(lock).split("[")[1])
    print(lock.locked())
    log = []
    tasks = [asyncio.create_task(worker(f"w{i}", lock, log)) for i in range(3)]
    await asyncio.sleep(0)
    print("locked:", lock.locked(), "[" + repr(lock).split("[")[1])
    await asyncio.gather(*tasks)
    print(log)
    print("[" + repr(lock).split("[")[1])

    # acquire/release by hand
    print(await lock.acquire())
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # a cancelled waiter does not take the lock
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print("[" + repr(lock).split("[")[1])
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("waiter cancelled")
    lock.release()
    print(lock.locked(), "[" + repr(lock).split("[")[1])

    # timeout on acquire
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), timeout=0.5)
    except asyncio.TimeoutError:
        print("timed out waiting for the lock")
    lock.release()
    print(lock.locked())


asyncio.run(main())
