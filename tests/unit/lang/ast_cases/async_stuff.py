import asyncio


async def producer(queue: asyncio.Queue[int], n: int) -> None:
    for i in range(n):
        await queue.put(i)
        print(f"produced {i}")
    await queue.put(None)


async def consumer(queue):
    while (item := await queue.get()) is not None:
        print(f"consumed {item}")
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    async with asyncio.timeout(10):
        results = await asyncio.gather(producer(queue, 5), consumer(queue), return_exceptions=True)
    async for x in agen():
        print(x)
    async with lock, sem as s:
        pass
    tasks = [asyncio.create_task(work(i), name=f"w{i}") for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    try:
        await asyncio.wait_for(slow(), timeout=0.1)
    except* TimeoutError as eg:
        print(eg.exceptions)
    except* (ValueError, KeyError):
        pass
    return [await t for t in tasks]


if __name__ == "__main__":
    asyncio.run(main())
