# Uncaught QueueEmpty from get_nowait and the task_done() ValueError.
import asyncio


async def drain(q):
    while True:
        print(q.get_nowait())
        q.task_done()


async def main():
    q = asyncio.LifoQueue()
    for i in range(2):
        q.put_nowait(i)
    try:
        await drain(q)
    except asyncio.QueueEmpty:
        import traceback
        traceback.print_exc()
    q.task_done()


asyncio.run(main())
