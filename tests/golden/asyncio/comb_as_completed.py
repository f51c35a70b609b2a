# as_completed: results in completion order, a timeout, an exception in the
# middle, and awaiting the yielded awaitables.
import asyncio


async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    coros = [work("c", 0.3), work("a", 0.1), work("b", 0.2)]
    for fut in asyncio.as_completed(coros):
        print(await fut, round(loop.time() - t0, 2))
    tasks = [asyncio.create_task(work(f"t{i}", d)) for i, d in enumerate((0.5, 3, 0.1))]
    try:
        for fut in asyncio.as_completed(tasks, timeout=1):
            print("got", await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    for t in tasks:
        t.cancel()
    for fut in asyncio.as_completed([work("x", 0.1, fail=True), work("y", 0.2)]):
        try:
            print(await fut)
        except ValueError as e:
            print("failed:", e)
    print(list(asyncio.as_completed([])))
    try:
        asyncio.as_completed(work("bare", 0))
    except TypeError as e:
        print("TypeError:", e)
    it = asyncio.as_completed([asyncio.sleep(0.1, "s1"), asyncio.sleep(0.05, "s2")])
    first = next(it)
    print(asyncio.iscoroutine(first))
    print(await first, await next(it))


asyncio.run(main())
