# get_event_loop at module level: 3.9 creates a loop silently, 3.12 warns
# "There is no current event loop". Then the classic pre-3.7 pattern.
import asyncio


async def hello(name, delay):
    await asyncio.sleep(delay)
    print("hello", name, "at", round(asyncio.get_event_loop().time() - start, 2))
    return name.upper()


loop = asyncio.get_event_loop()
print(type(loop).__name__, loop.is_running(), loop.is_closed())
print("same loop:", asyncio.get_event_loop() is loop)
start = loop.time()
print(loop.run_until_complete(hello("a", 0.5)))
tasks = [loop.create_task(hello(n, d)) for n, d in (("b", 0.2), ("c", 0.1))]
print(loop.run_until_complete(asyncio.gather(*tasks)))
fut = asyncio.ensure_future(hello("d", 0))
print(loop.run_until_complete(fut), fut.done())
loop.close()
print("closed:", loop.is_closed())
loop.close()  # closing twice is fine
try:
    loop.run_until_complete(hello("e", 0))
except RuntimeError as e:
    print("RuntimeError:", e)
print("still the policy loop:", asyncio.get_event_loop() is loop)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
