import asyncio
import time


async def main():
    t0 = time.monotonic()
    w0 = time.time()
    print("monotonic", t0)
    print("time", w0)
    await asyncio.sleep(1.5)
    print("monotonic", time.monotonic(), time.monotonic() - t0)
    await asyncio.sleep(0.25)
    print("time", time.time(), time.time() - w0)


asyncio.run(main())
