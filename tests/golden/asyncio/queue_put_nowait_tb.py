# Uncaught QueueFull from put_nowait inside a task, awaited by main.
import asyncio


async def fill(q):
    for i in range(5):
        q.put_nowait(i)
        print("queued", i)


async def main():
    q = asyncio.Queue(maxsize=3)
    await asyncio.create_task(fill(q))


asyncio.run(main())
