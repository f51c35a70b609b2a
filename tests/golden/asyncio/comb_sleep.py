# asyncio.sleep: delays on the virtual clock, result=, sleep(0) as a yield
# point for round-robin, negative delays, and bad arguments.
import asyncio
import time


async def spinner(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    w0 = time.time()
    print(await asyncio.sleep(1.5, result="woke"))
    print("elapsed", loop.time() - t0, round(time.time() - w0, 3))
    await asyncio.gather(spinner("a", 3), spinner("b", 2), spinner("c", 1))
    print(await asyncio.sleep(-5, "negative"))
    t1 = loop.time()
    await asyncio.gather(*(asyncio.sleep(d) for d in (0.3, 0.1, 0.2)))
    print("parallel sleeps took", round(loop.time() - t1, 6))
    for bad in ("1", None):
        try:
            await asyncio.sleep(bad)
        except TypeError as e:
            print("TypeError:", e)
    s = asyncio.sleep(1)
    print(type(s).__name__)
    s.close()
    start = time.monotonic()
    await asyncio.sleep(2)
    print("monotonic advanced", time.monotonic() - start)
    print("perf_counter ok", time.perf_counter() > 0)


asyncio.run(main())
