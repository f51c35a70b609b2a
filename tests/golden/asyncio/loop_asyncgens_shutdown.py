# What asyncio.run does at the end: cancel leftover tasks, finalize async
# generators (shutdown_asyncgens), close the loop; and loop.shutdown_asyncgens
# called by hand.
import asyncio


async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print("ticker finally, running loop:", asyncio.get_running_loop() is not None)


async def background(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise
    finally:
        print(name, "finally")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn swallows the cancel")
        return "stubborn result"


# (one leftover task per run: the order leftover tasks are cancelled in
# follows a set of tasks, which CPython orders by address)
async def main():
    asyncio.create_task(background("bg1"))
    gen = ticker(5)
    async for v in gen:
        print("got", v)
        if v == 1:
            break
    print("main returns; gen not closed yet")
    return "main result"


print(asyncio.run(main()))


async def main_stubborn():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print("main_stubborn returns")

print(asyncio.run(main_stubborn()))

# by hand
loop = asyncio.new_event_loop()


async def partial_iteration():
    g = ticker(3)
    print("first:", await g.__anext__())
    return g

g = loop.run_until_complete(partial_iteration())
print("shutting down")
loop.run_until_complete(loop.shutdown_asyncgens())
print("after shutdown_asyncgens")
loop.close()


async def raises_on_cancel():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError("raised while being cancelled")


async def main2():
    asyncio.create_task(raises_on_cancel())
    await asyncio.sleep(0)

asyncio.run(main2())
print("after main2")
