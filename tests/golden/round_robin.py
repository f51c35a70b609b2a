import asyncio


async def spin(name, n):
    i = 0
    while i < n:
        print(name + str(i))
        await asyncio.sleep(0)
        i = i + 1


async def main():
    await asyncio.gather(spin("a", 3), spin("b", 3), spin("c", 2))


asyncio.run(main())
