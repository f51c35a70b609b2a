import asyncio

async def worker(name, delay):
    print(f"{name}: start")
    await asyncio.sleep(delay)
    print(f"{name}: done after {delay}")
    return name

async def main():
    results = await asyncio.gather(worker("A", 0.2), worker("B", 0.1))
    print("results:", results)

asyncio.run(main())
