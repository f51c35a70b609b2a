# asyncio.Event: waiters released together, clear/set, reprs.
import asyncio


async def waiter(name, event):
    print(f"{name} waiting")
    await event.wait()
    print(f"{name} woke up, is_set={event.is_set()}")
    return name


async def main():
    event = asyncio.Event()
    r = repr(event)
    print(r.startswith("<asyncio.locks.Event object at 0x"), r[r.index("["):])
    tasks = [asyncio.create_task(waiter(n, event)) for n in "abc"]
    await asyncio.sleep(0)
    r = repr(event)
    print(r[r.index("["):])
    await asyncio.sleep(1)
    print("setting")
    event.set()
    print(await asyncio.gather(*tasks))
    r = repr(event)
    print(r[r.index("["):])
    print(await event.wait())
    event.clear()
    print(event.is_set())
    try:
        await asyncio.wait_for(event.wait(), 0.25)
    except asyncio.TimeoutError:
        print("not set in time")
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, event.set)
    t0 = loop.time()
    await event.wait()
    print("set after", round(loop.time() - t0, 2))


asyncio.run(main())
