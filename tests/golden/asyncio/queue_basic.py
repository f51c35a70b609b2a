# asyncio.Queue: producer/consumer with task_done/join, maxsize back-pressure, reprs.
import asyncio
import random


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print(f"put {i} qsize={q.qsize()} full={q.full()}")
    await q.put(None)


async def consumer(q, name):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(random.random())
        print(f"{name} consumed {item}")
        q.task_done()


async def main():
    random.seed(7)
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    print(str(q))
    r = repr(q)
    print(r.startswith("<Queue at 0x"), r[r.index(" maxsize"):])
    c = asyncio.create_task(consumer(q, "c1"))
    await asyncio.sleep(0)
    print(str(q))
    await producer(q, 5)
    await q.join()
    print("all done", str(q))
    await c

    q2 = asyncio.Queue()
    for x in "abc":
        q2.put_nowait(x)
    print(str(q2))
    workers_log = []

    async def worker(name):
        while True:
            item = await q2.get()
            workers_log.append((name, item))
            await asyncio.sleep(0.5)
            q2.task_done()

    ws = [asyncio.create_task(worker(f"w{i}")) for i in range(2)]
    await q2.join()
    print(workers_log)
    await asyncio.sleep(0)
    print(str(q2))
    for w in ws:
        w.cancel()
    res = await asyncio.gather(*ws, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(str(q2))


asyncio.run(main())
