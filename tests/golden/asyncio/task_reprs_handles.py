# Reprs of handles for bound methods, partials, lambdas and builtins; task
# reprs for methods; InvalidStateError messages; set_result on a Task.
import asyncio
import functools


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other):
        print(f"{self.name} greets {other}")

    async def agreet(self):
        return self.name


async def main():
    loop = asyncio.get_running_loop()
    g = Greeter("ann")
    h1 = loop.call_soon(g.greet, "bob")
    h2 = loop.call_later(0.5, functools.partial(g.greet, "cid"))
    h3 = loop.call_soon(lambda: None)
    h4 = loop.call_soon(print, "x", 1, [2])
    for h in (h1, h2, h3, h4):
        print(h)
    await asyncio.sleep(1)
    t = asyncio.create_task(g.agreet())
    print(t)
    print(await t)
    print(t)
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print(repr(e))
    t2 = asyncio.create_task(asyncio.sleep(1))
    try:
        t2.result()
    except asyncio.InvalidStateError as e:
        print(repr(e))
    try:
        t2.exception()
    except asyncio.InvalidStateError as e:
        print(repr(e))
    t2.cancel()
    await asyncio.sleep(0)
    try:
        t2.exception()
    except asyncio.CancelledError as e:
        print("CancelledError", repr(e))
    try:
        t2.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(asyncio.Task.__name__, asyncio.Future.__name__, type(loop).__name__, type(h1).__name__)
    print(asyncio.Task.__module__, asyncio.Future.__module__)


asyncio.run(main())
