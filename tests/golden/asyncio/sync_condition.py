# asyncio.Condition: producer/consumer with notify, notify_all, wait_for, misuse.
import asyncio


async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        item = items.pop(0)
        print(f"{name} got {item}")


async def main():
    cond = asyncio.Condition()
    r = repr(cond)
    print(r.startswith("<asyncio.locks.Condition object at 0x"), r[r.index("["):])
    items = []
    consumers = [asyncio.create_task(consumer(cond, items, f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    r = repr(cond)
    print(r[r.index("["):])
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0.1)
    await asyncio.gather(*consumers)

    ready = False

    async def wait_ready(n):
        async with cond:
            while not ready:
                await cond.wait()
            print("ready", n)

    ws = [asyncio.create_task(wait_ready(n)) for n in range(3)]
    await asyncio.sleep(0)
    async with cond:
        ready = True
        cond.notify_all()
        r = repr(cond)
        print(r[r.index("["):])
    await asyncio.gather(*ws)

    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print(lock.locked(), c2.locked())
    print(lock.locked())


asyncio.run(main())
