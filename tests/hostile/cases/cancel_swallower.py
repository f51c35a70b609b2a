# A coroutine that catches CancelledError forever: asyncio.run() waits for it
# at shutdown for ever; ended by the virtual-time limit.
import asyncio


async def stubborn():
    n = 0
    while True:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            n += 1
            if n <= 3:
                print("swallowed", n, flush=True)


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(2)
    print("main returns", flush=True)


asyncio.run(main())
