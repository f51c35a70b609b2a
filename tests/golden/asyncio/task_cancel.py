# Task.cancel(): the CancelledError inside the coroutine, messages, cleanup in
# finally, swallowing a cancel, cancelling a done task, cancelling() and
# uncancel() (3.11+).
import asyncio
import sys


async def worker(name):
    try:
        print(name, "starts")
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, "got CancelledError", e.args)
        raise
    finally:
        print(name, "cleanup")


async def swallower():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowed")
    await asyncio.sleep(0.1)
    return "finished anyway"


async def main():
    t = asyncio.create_task(worker("w1"))
    await asyncio.sleep(1)
    print("cancel ->", t.cancel())
    print("cancelled yet?", t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw CancelledError", e.args)
    print("cancelled now?", t.cancelled(), "cancel again ->", t.cancel())

    t = asyncio.create_task(worker("w2"))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw", repr(e))

    t = asyncio.create_task(swallower())
    await asyncio.sleep(0)
    t.cancel()
    print("result:", await t, "cancelled():", t.cancelled())

    # cancel before the task ever ran: the coroutine never starts
    t = asyncio.create_task(worker("never"))
    t.cancel()
    await asyncio.sleep(0)
    print("never-started:", t.cancelled())

    if sys.version_info >= (3, 11):
        t = asyncio.create_task(worker("w3"))
        await asyncio.sleep(0)
        print("cancelling:", t.cancelling())
        t.cancel()
        t.cancel()
        print("cancelling:", t.cancelling())
        print("uncancel:", t.uncancel(), t.cancelling())
        await asyncio.sleep(0)
        print("done:", t.done(), t.cancelled())
    else:
        print("no cancelling() on", sys.version_info[:2], hasattr(asyncio.current_task(), "cancelling"))

    # cancelling the current task from inside
    async def self_cancel():
        asyncio.current_task().cancel()
        print("still running after self-cancel")
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("self-cancel delivered at next await")
            raise

    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("self-cancelled:", t.cancelled())

    # CancelledError is a BaseException since 3.8
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    try:
        t = asyncio.create_task(worker("w4"))
        await asyncio.sleep(0)
        t.cancel()
        await t
    except Exception:
        print("not reached")
    except asyncio.CancelledError:
        print("caught as BaseException")


asyncio.run(main())
