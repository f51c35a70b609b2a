import asyncio


async def fail(delay):
    await asyncio.sleep(delay)
    return 1 / 0


async def main():
    print("before")
    await fail(0.5)
    print("after")


asyncio.run(main())
