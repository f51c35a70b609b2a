import asyncio


async def producer(queue, n):
    for i in range(n):
        item = f"item-{i}"
        await queue.put(item)
        print(f"produced {item}")
        await asyncio.sleep(0.1 * (1 + i % 3))


async def consumer(name, queue):
    while True:
        item = await queue.get()
        await asyncio.sleep(0.27)
        print(f"{name} consumed {item}")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    workers = [asyncio.create_task(consumer(f"c{i}", queue)) for i in range(2)]
    await producer(queue, 6)
    await queue.join()
    print("all items processed")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
