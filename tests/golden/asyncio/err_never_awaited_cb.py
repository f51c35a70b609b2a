# Never-awaited coroutines passed to call_soon, and a coroutine function called without await in a loop.
import asyncio


async def ping(i):
    print("ping", i)


def cb():
    print("callback ran")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb)
    for i in range(2):
        ping(i)
    await asyncio.sleep(0)
    loop.call_soon(ping, 5)
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
