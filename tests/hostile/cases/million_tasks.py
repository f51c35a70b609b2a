# 1,000,000 tasks gathered at once.
import asyncio


async def work(i):
    return i


async def main():
    tasks = [asyncio.create_task(work(i)) for i in range(1000000)]
    results = await asyncio.gather(*tasks)
    print(len(results), sum(results))


asyncio.run(main())
