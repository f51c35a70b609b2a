import asyncio

def tick(n, log):
    log.append(n)
    print("tick", n)

async def child():
    await asyncio.sleep(0)
    return 42

async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(tick, 1, log)
    h = loop.call_soon(tick, 2, log)
    h.cancel()
    loop.call_later(0.5, tick, 3, log)
    t = asyncio.create_task(child(), name="child")
    print("child says", await t)
    await asyncio.sleep(1)
    print(log)

asyncio.run(main())
