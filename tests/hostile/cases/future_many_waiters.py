# One future awaited by 100,000 tasks.
import asyncio


async def waiter(fut, i):
    return await fut + i


async def main():
    fut = asyncio.get_running_loop().create_future()
    tasks = [asyncio.create_task(waiter(fut, i)) for i in range(100000)]
    await asyncio.sleep(0)
    fut.set_result(1)
    results = await asyncio.gather(*tasks)
    print(len(results), sum(results))


asyncio.run(main())
