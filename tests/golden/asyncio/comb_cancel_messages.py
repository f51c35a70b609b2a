# Cancel messages: a TaskGroup's parent cancelled from outside, two cancel()
# calls with different messages, gather(...).cancel(msg).
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    finally:
        print(name, "cleanup")


async def parent():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("c1", 1))
        tg.create_task(child("c2", 2))
    print("not reached")


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.5)
    p.cancel("outer cancel")
    try:
        await p
    except asyncio.CancelledError as e:
        print("parent cancelled:", e.args, p.cancelled())
    t = asyncio.create_task(child("c3", 1))
    await asyncio.sleep(0)
    t.cancel("first")
    t.cancel("second")
    try:
        await t
    except asyncio.CancelledError as e:
        print("args:", e.args)
    g = asyncio.gather(child("g1", 1), child("g2", 1))
    await asyncio.sleep(0)
    g.cancel("gather msg")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled:", e.args)


asyncio.run(main())
