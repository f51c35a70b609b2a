# Common mistakes: gather(list), awaiting a function, run_until_complete
# inside a running loop, and an uncaught wait([]) (tasks.py's ValueError).
import asyncio


async def work(n):
    await asyncio.sleep(0.1)
    return n


async def main():
    tasks = [asyncio.create_task(work(i)) for i in range(3)]
    try:
        await asyncio.gather(tasks)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await work
    except TypeError as e:
        print("TypeError:", e)
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(work(1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await asyncio.gather(*tasks))
    await asyncio.wait([])


asyncio.run(main())
