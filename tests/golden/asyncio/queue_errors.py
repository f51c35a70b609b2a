# Queue error paths: QueueFull/QueueEmpty, task_done() too often, timeouts on get/put.
import asyncio


async def main():
    q = asyncio.Queue(1)
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), type(e).__mro__[1].__name__)
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), type(e).__module__)
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait_for(q.get(), timeout=1)
    except asyncio.TimeoutError:
        print("get timed out", str(q))
    q.put_nowait(1)
    try:
        await asyncio.wait_for(q.put(2), timeout=1)
    except asyncio.TimeoutError:
        print("put timed out", str(q))
    getter = asyncio.create_task(q.get())
    getter2 = asyncio.create_task(asyncio.Queue().get())
    await asyncio.sleep(0)
    print(getter.done(), getter.result())
    getter2.cancel()
    await asyncio.sleep(0)
    print(getter2.cancelled())
    q3 = asyncio.Queue(maxsize=1)
    await q3.put(0)
    putters = [asyncio.create_task(q3.put(i)) for i in (1, 2)]
    await asyncio.sleep(0)
    s = str(q3)
    print(s)
    print(await q3.get(), await q3.get(), await q3.get())
    await asyncio.gather(*putters)
    print(q3.empty(), q3._unfinished_tasks if hasattr(q3, "_unfinished_tasks") else None)
    q3.get_nowait()


asyncio.run(main())
