# gather: results in argument order, return_exceptions, an exception
# propagating while siblings keep running, empty gather, duplicates, and the
# gathering future's own cancel.
import asyncio


async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print("finished", name)
    return name


async def main():
    print(await asyncio.gather(work("slow", 0.3), work("fast", 0.1), work("mid", 0.2)))
    print(await asyncio.gather())
    res = await asyncio.gather(work("a", 0.1), work("b", 0.2, fail=True), work("c", 0.3), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(work("x", 0.1, fail=True), work("y", 0.2))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.5)  # y still finishes in the background
    t = asyncio.create_task(work("dup", 0.1))
    print(await asyncio.gather(t, t, t))
    c = work("same", 0.1)
    print(await asyncio.gather(c, c))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.2, f.set_result, "future value")
    print(await asyncio.gather(f, asyncio.sleep(0.1, "sleep value")))
    g = asyncio.gather(work("g1", 0.1), work("g2", 0.2))
    print(type(g).__name__, isinstance(g, asyncio.Future))
    print(await g, g.done())
    try:
        await asyncio.gather(work("p", 0.1), 42)
    except TypeError as e:
        print("TypeError:", e)
    results = await asyncio.gather(*[work(f"n{i}", (5 - i) / 10) for i in range(5)])
    print(results)


asyncio.run(main())
