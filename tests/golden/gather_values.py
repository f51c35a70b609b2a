import asyncio


async def square(n):
    await asyncio.sleep(n / 10)
    return n * n


async def main():
    t1 = asyncio.create_task(square(3))
    t2 = asyncio.create_task(square(1))
    t3 = asyncio.create_task(square(2))
    values = await asyncio.gather(t1, t2, t3)
    print(values)
    total = 0
    for v in values:
        total = total + v
    print("total", total)


asyncio.run(main())
