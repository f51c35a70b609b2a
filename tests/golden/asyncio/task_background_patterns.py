# Tutorial patterns: fire-and-forget tasks kept in a set, a periodic task
# stopped by cancel, start order of created tasks, and tasks that outlive
# the code that created them.
import asyncio

background_tasks = set()


async def notify(user):
    await asyncio.sleep(0.2)
    print("notified", user)


async def periodic(interval):
    n = 0
    try:
        while True:
            n += 1
            print(f"tick {n} at {asyncio.get_running_loop().time() - START:.1f}")
            await asyncio.sleep(interval)
    except asyncio.CancelledError:
        print("periodic stopped after", n, "ticks")
        raise


async def say(what, delay):
    print("start", what)
    await asyncio.sleep(delay)
    print("end", what)


async def main():
    global START
    START = asyncio.get_running_loop().time()
    for user in ("ann", "bob", "cid"):
        task = asyncio.create_task(notify(user))
        background_tasks.add(task)
        task.add_done_callback(background_tasks.discard)
    print("pending background tasks:", len(background_tasks))
    ticker = asyncio.create_task(periodic(0.3))
    await asyncio.sleep(1)
    ticker.cancel()
    await asyncio.gather(ticker, return_exceptions=True)
    print("pending background tasks:", len(background_tasks))

    t1 = asyncio.create_task(say("one", 0.2))
    t2 = asyncio.create_task(say("two", 0.1))
    print("created both; nothing started yet")
    await asyncio.sleep(0)
    print("after one yield")
    await t1
    await t2
    print("sequential:")
    await say("three", 0.1)
    await say("four", 0.1)
    print(f"total {asyncio.get_running_loop().time() - START:.1f}s")


asyncio.run(main())
