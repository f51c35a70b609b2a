# asyncio.run: return values, running twice, bad arguments, nesting, and the
# loop it creates being closed and unset afterwards.
import asyncio


async def compute(x):
    await asyncio.sleep(0.1)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    print("running:", loop.is_running(), "closed:", loop.is_closed())
    print("policy loop is running loop:", asyncio.get_event_loop() is loop)
    return await compute(21)


print("result:", asyncio.run(main()))
print("again:", asyncio.run(compute(5)))

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)

for bad in (compute, 42, None):
    try:
        asyncio.run(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])


async def nested():
    coro = compute(1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("nested:", e)
    coro.close()
    return "outer done"

print(asyncio.run(nested()))

saved = []

async def grab():
    saved.append(asyncio.get_running_loop())

asyncio.run(grab())
print("closed after run:", saved[0].is_closed(), saved[0].is_running())


async def returns_none():
    pass

print(asyncio.run(returns_none()))
print(asyncio.run(main(), debug=False))
