# TaskGroup (3.11+): results after the block, one failure cancels the rest and
# raises an ExceptionGroup, nested groups, create_task after close.
import asyncio
import sys


async def work(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled by the group")
        raise
    if fail:
        raise fail
    print(name, "done")
    return name


async def main():
    if sys.version_info < (3, 11):
        print("TaskGroup available:", hasattr(asyncio, "TaskGroup"))
        return
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 0.2))
        t2 = tg.create_task(work("b", 0.1), name="named-b")
        print("inside block", t1.done(), t2.get_name())
    print("results:", t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("ok", 0.1))
            tg.create_task(work("bad", 0.2, ValueError("bad value")))
            tg.create_task(work("slow", 1))
    except ExceptionGroup as eg:
        print("ExceptionGroup:", eg)
        print(" ", [repr(e) for e in eg.exceptions])

    async with asyncio.TaskGroup() as outer:
        async def nested():
            async with asyncio.TaskGroup() as inner:
                inner.create_task(work("n1", 0.1))
                inner.create_task(work("n2", 0.2))
            return "nested done"
        nt = outer.create_task(nested())
    print(nt.result())

    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        print(repr(tg))
    print(repr(tg))
    c = work("late", 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()


asyncio.run(main())
