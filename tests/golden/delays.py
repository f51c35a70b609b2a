import asyncio


async def worker(name, delay):
    print("start", name, delay)
    await asyncio.sleep(delay)
    print("done", name)


async def main():
    await asyncio.gather(worker("slow", 0.5), worker("fast", 0.1), worker("mid", 0.25))
    print("all done")


asyncio.run(main())
