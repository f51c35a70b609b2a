# Pre-3.10 API shapes: loop= arguments (3.9 warns, 3.12 rejects gather's),
# Task.all_tasks/current_task (removed), ensure_future(loop=).
import asyncio


async def work(n):
    await asyncio.sleep(0.1)
    return n


async def main():
    loop = asyncio.get_event_loop()
    t = loop.create_task(work(1))
    print(await t)
    try:
        print(await asyncio.gather(work(2), work(3), loop=loop))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(await asyncio.sleep(0.1, "slept", loop=loop))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(await asyncio.wait_for(work(4), 1, loop=loop))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(len(asyncio.Task.all_tasks()))
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(asyncio.Task.current_task())
    except AttributeError as e:
        print("AttributeError:", e)
    q = asyncio.ensure_future(work(5), loop=loop)
    print(await q)


asyncio.run(main())
