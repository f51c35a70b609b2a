import asyncio


async def count(name, n, delay):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(delay)
    return name + " finished"


async def main():
    t1 = asyncio.create_task(count("x", 3, 0.1))
    t2 = asyncio.create_task(count("y", 2, 0.15))
    t3 = asyncio.create_task(count("z", 1, 0.05))
    print("created")
    r1 = await t1
    r2 = await t2
    r3 = await t3
    print(r1, r2, r3)


asyncio.run(main())
