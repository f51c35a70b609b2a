# CancelledError: with and without messages, caught inside the task, re-raised, cancelling a gather.
import asyncio


async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(f"{name} cancelled with args {e.args!r}")
        raise


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores the cancel")
    return "finished anyway"


async def main():
    t = asyncio.create_task(sleeper("plain"))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", repr(e), t.cancelled())
    t = asyncio.create_task(sleeper("msg"))
    await asyncio.sleep(0)
    print(t.cancel("stop now"), t.cancel("again"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", repr(e))
    print(t.cancel())
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    g = asyncio.gather(sleeper("g1"), sleeper("g2"))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", repr(e))
    t = asyncio.create_task(sleeper("repr"), name="Sleepy")
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", repr(e))
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception():", repr(e))
    t = asyncio.create_task(sleeper("final"))
    await asyncio.sleep(0)
    t.cancel("bye")
    await t


asyncio.run(main())
