# shield: the outer await is cancelled but the inner task keeps running; a
# shielded coroutine's result; shield of a finished future; wait_for + shield.
import asyncio


async def important(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished its work")
        return f"{name} saved"
    except asyncio.CancelledError:
        print(name, "was cancelled (should not happen)")
        raise


async def main():
    inner = asyncio.create_task(important("inner", 1))

    async def caller():
        return await asyncio.shield(inner)

    outer = asyncio.create_task(caller())
    await asyncio.sleep(0.2)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled(), "inner done:", inner.done())
    print(await inner)

    print(await asyncio.shield(important("direct", 0.1)))
    t = asyncio.create_task(important("wf", 1))
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=0.3)
    except asyncio.TimeoutError:
        print("wait_for timed out, task still running:", not t.done())
    print(await t)

    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("already")
    s = asyncio.shield(f)
    print(s is f, await s)

    # the inner task fails: shield passes the exception on
    async def fails():
        await asyncio.sleep(0.1)
        raise OSError("inner failed")

    try:
        await asyncio.shield(fails())
    except OSError as e:
        print("OSError:", e)

    # cancelling the inner task cancels the shield too
    inner2 = asyncio.create_task(important("inner2", 1))
    s = asyncio.shield(inner2)
    await asyncio.sleep(0)
    inner2.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("shield cancelled because inner was:", s.cancelled())
    try:
        asyncio.shield(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
