import asyncio


async def worker(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("done", name)
    return name


async def main():
    results = await asyncio.gather(worker("a", 1), worker("b", 2))
    print("results", results)


asyncio.run(main())
