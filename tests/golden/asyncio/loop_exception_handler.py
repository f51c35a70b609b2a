# Exceptions raised by callbacks go to the loop's exception handler: first the
# default one (logged with the handle and traceback), then custom ones.
import asyncio


def broken(x):
    return 1 / x


def handler(loop, context):
    print("handler got:", sorted(context))
    print("  message:", context["message"])
    exc = context.get("exception")
    print("  exception:", type(exc).__name__, exc)


async def main():
    loop = asyncio.get_running_loop()
    print("default handler:", loop.get_exception_handler())
    loop.call_soon(broken, 0)
    await asyncio.sleep(0.1)
    print("loop keeps running")
    loop.set_exception_handler(handler)
    print("custom installed:", loop.get_exception_handler() is handler)
    loop.call_soon(broken, 0)
    loop.call_later(0.05, broken, 0)
    await asyncio.sleep(0.1)
    loop.call_exception_handler({"message": "manual report", "detail": 42})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "to the default handler"})
    loop.call_exception_handler({"message": "with exception", "exception": ValueError("bad value")})
    loop.default_exception_handler({"message": "direct default", "future": loop.create_future()})

    def failing_handler(loop, context):
        raise KeyError("handler broke")

    loop.set_exception_handler(failing_handler)
    loop.call_soon(broken, 0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)

    async def failing_task():
        raise OSError("task failed")

    loop.set_exception_handler(handler)
    t = loop.create_task(failing_task())
    await asyncio.sleep(0)
    del t
    await asyncio.sleep(0)
    print("end of main")


asyncio.run(main())
