# issue 4: 10,000 tasks each doing await asyncio.sleep(0) three times under gather
import asyncio

async def worker(i):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return i

async def main():
    results = await asyncio.gather(*(worker(i) for i in range(10000)))
    print(len(results), sum(results))

asyncio.run(main())
