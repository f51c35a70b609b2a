import asyncio
async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b
async def raiser():
    await asyncio.sleep(0)
    raise ValueError("from coroutine")
async def main():
    print(await add(1, 2))
    try:
        await raiser()
    except ValueError as e:
        print("caught", e)
    results = [await add(i, i) for i in range(3)]
    print(results)
    async def nested():
        return "nested"
    print(await nested())
    f = lambda: add(10, 20)
    print(await f())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.5)
    except asyncio.TimeoutError:
        print("timeout")
    print(await asyncio.gather(*(add(i, 1) for i in range(3))))
asyncio.run(main())
