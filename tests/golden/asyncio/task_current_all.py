# current_task, all_tasks, ensure_future, iscoroutine, iscoroutinefunction,
# isfuture, and tasks created from other awaitables.
import asyncio
import functools
import types


async def child(n):
    me = asyncio.current_task()
    print("child", n, "is", me.get_name())
    await asyncio.sleep(n / 10)
    return n


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0.1).__await__()
        return "custom awaitable"


async def main():
    print("current:", asyncio.current_task().get_name())
    tasks = [asyncio.create_task(child(i)) for i in range(3)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())
    await asyncio.gather(*tasks)
    print(len(asyncio.all_tasks()))
    loop = asyncio.get_running_loop()
    print(asyncio.all_tasks(loop) == asyncio.all_tasks())

    coro = child(9)
    fut = asyncio.ensure_future(coro)
    print(type(fut).__name__, fut.get_coro() is coro)
    print(asyncio.ensure_future(fut) is fut)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    aw = asyncio.ensure_future(Awaitable())
    print(type(aw).__name__, await aw)
    fut.cancel()
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

    async def afn():
        pass

    def gen():
        yield

    @types.coroutine
    def old_style():
        yield

    c = afn()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(afn), asyncio.iscoroutine(gen()))
    c.close()
    print(asyncio.iscoroutinefunction(afn), asyncio.iscoroutinefunction(gen),
          asyncio.iscoroutinefunction(functools.partial(afn)), asyncio.iscoroutinefunction(lambda: None))
    print(asyncio.iscoroutinefunction(old_style))
    print(asyncio.isfuture(f), asyncio.isfuture(fut), asyncio.isfuture(c))
    try:
        asyncio.create_task(afn)
    except TypeError as e:
        print("TypeError:", str(e).split(" at 0x")[0])
    print("current_task outside task:", end=" ")
    loop.call_soon(lambda: print(asyncio.current_task()))
    await asyncio.sleep(0)


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
