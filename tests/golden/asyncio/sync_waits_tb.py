# Condition.wait_for with a failing predicate, Barrier.wait timing out (frames in locks.py),
# BoundedSemaphore nesting, and a cancelled Lock waiter skipped at release.
import asyncio, sys

async def main():
    cond = asyncio.Condition()
    state = {"n": 0}
    async def waiter():
        async with cond:
            await cond.wait_for(lambda: 1 / state["n"] > 0)
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(t.done())
    try:
        await t
    except ZeroDivisionError:
        import traceback; traceback.print_exc()
    if sys.version_info >= (3, 11):
        b = asyncio.Barrier(2)
        try:
            await asyncio.wait_for(b.wait(), 0.1)
        except TimeoutError:
            import traceback; traceback.print_exc()
        print(repr(b).split("[")[1], b.n_waiting)
    sem = asyncio.BoundedSemaphore(2)
    async with sem:
        async with sem:
            print(sem.locked(), repr(sem).split("[")[1])
    lock = asyncio.Lock()
    async def holder():
        async with lock:
            await asyncio.sleep(1)
    h = asyncio.create_task(holder())
    await asyncio.sleep(0)
    ws = [asyncio.create_task(lock.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    print(repr(lock).split("[")[1])
    ws[0].cancel()
    await asyncio.sleep(1.5)
    print([w.done() for w in ws], repr(lock).split("[")[1])
    lock.release()
    await asyncio.sleep(0)
    print([w.done() for w in ws], repr(lock).split("[")[1])

asyncio.run(main())
