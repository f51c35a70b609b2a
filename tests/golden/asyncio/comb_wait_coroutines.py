# asyncio.wait with bare coroutines: 3.9 wraps them with a
# DeprecationWarning, 3.11+ raises TypeError.
import asyncio


async def work(n):
    await asyncio.sleep(n)
    return n


async def main():
    try:
        done, pending = await asyncio.wait([work(0.2), work(0.1)])
        print(sorted(t.result() for t in done), pending)
    except TypeError as e:
        print("TypeError:", e)
    coro = work(1)
    try:
        done, _ = await asyncio.wait({coro}, timeout=0.1)
        print("timed out set:", len(done))
    except TypeError as e:
        print("TypeError:", e)
        coro.close()


asyncio.run(main())
