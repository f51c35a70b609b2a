# A retry loop with wait_for timeouts and backoff, and a race between a
# slow operation and a deadline using wait(..., FIRST_COMPLETED).
import asyncio

attempts = {"n": 0}


async def flaky_fetch():
    attempts["n"] += 1
    delay = 2.0 if attempts["n"] < 3 else 0.1
    await asyncio.sleep(delay)
    return f"payload after {attempts['n']} attempts"


async def fetch_with_retry(retries=5, timeout=0.5):
    loop = asyncio.get_running_loop()
    for i in range(retries):
        try:
            return await asyncio.wait_for(flaky_fetch(), timeout)
        except asyncio.TimeoutError:
            backoff = 0.1 * 2 ** i
            print(f"attempt {i + 1} timed out at {loop.time() - START:.2f}; retrying in {backoff:.1f}s")
            await asyncio.sleep(backoff)
    raise RuntimeError("gave up")


async def race():
    slow = asyncio.create_task(asyncio.sleep(3, "slow"), name="slow")
    deadline = asyncio.create_task(asyncio.sleep(1, "deadline"), name="deadline")
    done, pending = await asyncio.wait({slow, deadline}, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop()
    print("winner:", winner.get_name(), winner.result())
    for p in pending:
        p.cancel()
    await asyncio.sleep(0)
    print("loser cancelled:", slow.cancelled())


async def main():
    global START
    START = asyncio.get_running_loop().time()
    print(await fetch_with_retry())
    await race()


asyncio.run(main())
