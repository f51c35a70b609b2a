# TimeoutError and InvalidStateError: what they are and when they are raised.
import asyncio


async def slow():
    await asyncio.sleep(5)
    return "slow"


async def main():
    print(asyncio.TimeoutError is TimeoutError, asyncio.TimeoutError.__name__, asyncio.TimeoutError.__module__)
    try:
        await asyncio.wait_for(slow(), 1)
    except asyncio.TimeoutError as e:
        print("wait_for:", repr(e), type(e).__module__)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        fut.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(asyncio.InvalidStateError.__mro__[1].__name__, asyncio.InvalidStateError.__module__)
    t = asyncio.create_task(slow())
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    t.cancel()
    f2 = loop.create_future()
    f2.cancel()
    print(f2.cancel(), f2.cancelled(), f2.done())
    try:
        f2.set_result(3)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(await asyncio.wait_for(slow(), 10))
    await asyncio.wait_for(slow(), 0.5)


asyncio.run(main())
