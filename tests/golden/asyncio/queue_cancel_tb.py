# A consumer blocked in queue.get() is cancelled; main awaits it: the uncaught
# CancelledError's traceback goes through asyncio's queues.py.
import asyncio


async def consumer(q):
    while True:
        item = await q.get()
        print("got", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    task = asyncio.create_task(consumer(q))
    for i in range(3):
        await q.put(i)
    await q.join()
    task.cancel("shutting down")
    await task


asyncio.run(main())
