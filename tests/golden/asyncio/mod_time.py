# time in asyncio snippets: time.time/monotonic/perf_counter under the loop, blocking time.sleep, formatting.
import asyncio
import time


async def blocker(name):
    print(f"{name} start {time.perf_counter() - T0:.2f}")
    time.sleep(1)
    print(f"{name} end {time.perf_counter() - T0:.2f}")


async def polite(name):
    print(f"{name} start {time.perf_counter() - T0:.2f}")
    await asyncio.sleep(1)
    print(f"{name} end {time.perf_counter() - T0:.2f}")


async def main():
    start = time.time()
    await asyncio.gather(blocker("a"), blocker("b"))
    print(f"blocking took {time.time() - start:.2f}s")
    start = time.monotonic()
    await asyncio.gather(polite("a"), polite("b"))
    print(f"concurrent took {time.monotonic() - start:.2f}s")
    loop = asyncio.get_running_loop()
    print(round(loop.time() - time.monotonic(), 6))


T0 = time.perf_counter()
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.monotonic_ns() // 10**9 == int(time.monotonic()))
print(time.perf_counter_ns() > 0)
asyncio.run(main())
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1700000000)))
print(time.strftime("%H:%M:%S", time.localtime()))
print(time.strftime("%a %b %d %j %p %%", time.localtime(86400 * 45)))
print(time.asctime(time.gmtime(0)))
print(time.ctime(1700000000.5))
print(time.mktime(time.localtime(1234567890)))
print(time.time() > 1.6e9, time.localtime().tm_isdst)
