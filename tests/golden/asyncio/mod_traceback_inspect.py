# traceback.print_exc/format_exc inside tasks, and inspect's coroutine predicates.
import asyncio
import inspect
import traceback


async def failing():
    await asyncio.sleep(0.1)
    return {}["key"]


def plain():
    return 1


async def agen():
    yield 1


async def main():
    try:
        await failing()
    except KeyError:
        traceback.print_exc()
    t = asyncio.create_task(failing())
    try:
        await t
    except KeyError:
        text = traceback.format_exc()
        print(text.splitlines()[0], "|", text.splitlines()[-1], len(text.splitlines()))
    print(inspect.iscoroutinefunction(failing), inspect.iscoroutinefunction(plain))
    c = failing()
    print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(t), inspect.isawaitable(1))
    c.close()
    print(asyncio.iscoroutinefunction(failing), asyncio.iscoroutine(c), inspect.isasyncgenfunction(agen))
    print(inspect.isfunction(plain), inspect.ismethod(main), inspect.isclass(asyncio.Task))
    print(inspect.signature(failing), inspect.getcoroutinestate(c) if hasattr(inspect, "getcoroutinestate") else "")
    traceback.print_stack(limit=1)
    e = ValueError("formatted")
    print(traceback.format_exception_only(type(e), e))


asyncio.run(main())


def show_stack():
    traceback.print_stack()
    return traceback.format_stack(limit=1)


print(show_stack())
