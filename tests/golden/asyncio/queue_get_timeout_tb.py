# Uncaught TimeoutError from wait_for(queue.get()): the traceback goes through asyncio's queues.py.
import asyncio


async def main():
    q = asyncio.Queue()
    item = await asyncio.wait_for(q.get(), timeout=2)
    print(item)


asyncio.run(main())
