# as_completed / wait(FIRST_COMPLETED) loops / wait_for over countdown coroutines (the
# order their tasks start in follows CPython's set order)
import asyncio

async def countdown(name, n):
    while n > 0:
        print(f"{name}: {n}")
        await asyncio.sleep(1)
        n -= 1
    return f"{name} done"

async def main():
    results = []
    for coro in asyncio.as_completed([countdown("A", 3), countdown("B", 2)]):
        r = await coro
        results.append(r)
        print("finished:", r)
    pending = {asyncio.create_task(countdown(f"T{i}", i)) for i in (1, 2)}
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for d in done:
            print("wait gave:", d.result())
    try:
        r = await asyncio.wait_for(countdown("slow", 5), timeout=2.5)
    except asyncio.TimeoutError:
        print("slow timed out")
    return results

print(asyncio.run(main()))
