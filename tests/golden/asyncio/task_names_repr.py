# Task names (Task-N), get_name/set_name, get_coro, and exact reprs of tasks at
# every state (pending, running, waiting on a future, done, failed, cancelled).
import asyncio


def show(x):
    # 3.9 shows a waiting task's wakeup callback with its address
    s = repr(x)
    while " at 0x" in s:
        i = s.index(" at 0x")
        j = i + 6
        while s[j] in "0123456789abcdef":
            j += 1
        s = s[:i] + " at ADDR" + s[j:]
    print(s)


async def fun():
    await asyncio.sleep(0.1)
    return "miao"


async def fails():
    raise ValueError("nope")


async def waits_on(fut):
    return await fut


async def main():
    me = asyncio.current_task()
    print(me)
    print(me.get_name())
    t = asyncio.create_task(fun())
    print(t)
    await asyncio.sleep(0)
    show(t)
    await t
    print(t)
    t2 = asyncio.create_task(fun(), name="worker")
    print(t2.get_name(), t2)
    t2.set_name("renamed")
    t2.set_name(123)
    print(repr(t2.get_name()))
    print(t2.get_coro().__qualname__, type(t2.get_coro()).__name__)
    await t2
    t3 = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(t3)
    print(repr(t3.exception()))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t4 = asyncio.create_task(waits_on(fut))
    await asyncio.sleep(0)
    show(t4)
    show(fut)
    fut.set_result(1)
    await t4
    print(t4)
    t5 = asyncio.create_task(fun())
    t5.cancel()
    print(t5)
    try:
        await t5
    except asyncio.CancelledError:
        print(t5)
    t6 = asyncio.ensure_future(fun())
    print(t6.get_name())
    t6.cancel("with message")
    try:
        await t6
    except asyncio.CancelledError as e:
        print("cancelled:", e.args)
    print(t6)
    coros = [fun() for _ in range(3)]
    tasks = [asyncio.create_task(c) for c in coros]
    print([t.get_name() for t in tasks])
    print(tasks[0].get_coro() is coros[0])
    print(await asyncio.gather(*tasks))
    print(type(t).__name__, isinstance(t, asyncio.Future), asyncio.isfuture(t))
    lam = asyncio.create_task(asyncio.sleep(0, result="slept"))
    print(lam)
    print(await lam)
    print(lam)


asyncio.run(main())
