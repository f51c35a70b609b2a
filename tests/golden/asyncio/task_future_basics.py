# Future: result/exception/set_result/set_exception/cancel/cancelled/done,
# callbacks, get_loop, await, and the repr at every state.
import asyncio


def on_done(fut):
    print("callback:", fut)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut, fut.done(), fut.cancelled())
    print("get_loop:", fut.get_loop() is loop)
    fut.add_done_callback(on_done)
    print(fut)
    loop.call_later(0.5, fut.set_result, "miao")
    print("awaited:", await fut)
    print(fut, fut.result(), fut.exception())

    f2 = asyncio.Future()
    f2.set_exception(ValueError("boom"))
    print(f2)
    print("exception():", repr(f2.exception()))
    try:
        f2.result()
    except ValueError as e:
        print("result() raised", repr(e))
    try:
        await f2
    except ValueError as e:
        print("await raised", repr(e))

    f3 = loop.create_future()
    print("cancel:", f3.cancel(), f3.cancel(), f3.cancelled(), f3.done())
    print(f3)
    for m in (f3.result, f3.exception):
        try:
            m()
        except asyncio.CancelledError as e:
            print(m.__name__, "-> CancelledError", repr(e))

    f4 = loop.create_future()
    print("cancel with msg:", f4.cancel("reason here"))
    try:
        await f4
    except asyncio.CancelledError as e:
        print("args:", e.args)

    f5 = loop.create_future()
    for attempt in (f5.result, f5.exception):
        try:
            attempt()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f5.set_result(None)
    for attempt in (lambda: f5.set_result(1), lambda: f5.set_exception(ValueError()), lambda: f5.cancel()):
        try:
            print("returned", attempt())
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    f6 = loop.create_future()
    f6.set_exception(KeyError)  # a class is instantiated
    print(repr(f6.exception()))

    # callbacks: order, remove, added after done -> scheduled soon
    f7 = loop.create_future()
    cb1 = lambda f: print("cb1", f.result())
    cb2 = lambda f: print("cb2", f.result())
    f7.add_done_callback(cb1)
    f7.add_done_callback(cb2)
    f7.add_done_callback(cb1)
    print("removed:", f7.remove_done_callback(cb1))
    print("removed again:", f7.remove_done_callback(cb1))
    f7.set_result(7)
    print("set_result done, callbacks not yet run")
    await asyncio.sleep(0)
    f7.add_done_callback(lambda f: print("late cb", f.result()))
    print("late added")
    await asyncio.sleep(0)
    print("isfuture:", asyncio.isfuture(f7), asyncio.isfuture(main()), asyncio.isfuture(None))
    it = f7.__await__()
    print(type(it).__name__)
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration value:", e.value)
    print("asyncio.Future is Future:", asyncio.Future is asyncio.futures.Future, asyncio.Task is asyncio.tasks.Task)


asyncio.run(main())
