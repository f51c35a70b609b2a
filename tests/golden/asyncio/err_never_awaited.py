# "coroutine ... was never awaited" at the moment CPython prints it: dropped at once,
# rebound, inside a task, in a list, and at interpreter shutdown.
import asyncio


async def work(n):
    await asyncio.sleep(0)
    return n


async def task_body():
    work(1)
    print("task body after dropping work(1)")
    await asyncio.sleep(0.1)


async def main():
    print("start")
    work(0)
    print("after work(0)")
    c = work(2)
    print("bound", type(c).__name__)
    c = None
    print("after rebinding")
    await asyncio.create_task(task_body())
    coros = [work(i) for i in range(3, 5)]
    print(len(coros))
    del coros
    print("after del list")
    asyncio.sleep(1)
    print("end of main")
    global leftover
    leftover = work(99)


asyncio.run(main())
print("program end")
