# call_soon / call_later / call_at ordering, handle objects and cancel(),
# loop.time() under the virtual clock, and invalid callbacks.
import asyncio
import functools


def report(tag, loop, start):
    print(f"{tag:>8} at +{loop.time() - start:.2f}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    h1 = loop.call_later(0.3, report, "later.3", loop, start)
    h2 = loop.call_later(0.1, report, "later.1", loop, start)
    h3 = loop.call_at(start + 0.2, report, "at.2", loop, start)
    h4 = loop.call_soon(report, "soon", loop, start)
    h5 = loop.call_later(0.2, report, "later.2", loop, start)
    h6 = loop.call_later(0.25, report, "dropped", loop, start)
    print(type(h1).__name__, type(h4).__name__)
    print("when:", h1.when() - start, h3.when() - start)
    print("cancelled before:", h6.cancelled())
    h6.cancel()
    h6.cancel()
    print("cancelled after:", h6.cancelled())
    print(repr(h6))
    print(repr(h4)[:40])
    loop.call_soon(functools.partial(print, "partial", sep="-"), "args")
    loop.call_soon(lambda: print("lambda"))
    await asyncio.sleep(0.5)
    print("done at", loop.time() - start)
    for bad in (42, None):
        try:
            loop.call_soon(bad)
        except TypeError as e:
            print("TypeError:", e)

    async def coro_fn():
        pass

    try:
        loop.call_soon(coro_fn)
    except TypeError as e:
        print("TypeError:", e)
    c = coro_fn()
    try:
        loop.call_later(1, c)
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    # zero and negative delays behave like call_soon
    loop.call_later(-1, print, "negative delay")
    loop.call_later(0, print, "zero delay")
    loop.call_soon(print, "soon after")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    # a handle cancelled from an earlier callback in the same iteration
    hs = []
    loop.call_soon(lambda: hs[0].cancel())
    hs.append(loop.call_soon(print, "should not print"))
    await asyncio.sleep(0.01)
    print("time is float:", isinstance(loop.time(), float))


asyncio.run(main())
