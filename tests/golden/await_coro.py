import asyncio


async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b


async def twice(x):
    first = await add(x, x)
    second = await add(first, first)
    return second


async def main():
    value = await twice(3)
    print("value", value)
    if value > 10:
        print("big")
    else:
        print("small")


asyncio.run(main())
