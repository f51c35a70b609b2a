# asyncio.timeout / timeout_at (3.11+): expiring, not expiring, reschedule,
# nesting, the Timeout object's repr and state; 3.9 has no asyncio.timeout.
import asyncio
import sys


async def work(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    if sys.version_info < (3, 11):
        print("asyncio.timeout exists:", hasattr(asyncio, "timeout"))
        try:
            async with asyncio.timeout(1):
                pass
        except AttributeError as e:
            print("AttributeError:", e)
        return
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.5) as cm:
            print(cm.when() - loop.time(), cm.expired())
            await work(2)
    except TimeoutError:
        print("timed out; expired:", cm.expired())
    async with asyncio.timeout(2) as cm:
        print("finished", await work(0.1), cm.expired())
    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
        cm.reschedule(loop.time() + 0.3)
        try:
            await work(1)
        except asyncio.CancelledError:
            print("not visible here")
    print("unreachable?")


async def main2():
    if sys.version_info < (3, 11):
        return
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.2):
            await work(1)
    except TimeoutError as e:
        print("timeout_at expired:", repr(e), type(e.__cause__).__name__)
    try:
        async with asyncio.timeout(1):
            async with asyncio.timeout(0.1):
                await work(5)
    except TimeoutError:
        print("inner timeout fired; outer not")
    else:
        print("no error")
    try:
        async with asyncio.timeout(0.1):
            try:
                async with asyncio.timeout(1):
                    await work(5)
            except TimeoutError:
                print("inner should not catch")
    except TimeoutError:
        print("outer timeout fired")
    cm = asyncio.timeout(1)
    print(repr(cm))
    async with cm:
        print(repr(cm).split(" when=")[0])
    print(repr(cm))
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.timeout(-1) as neg:
        pass
    print("negative timeout, nothing awaited:", neg.expired())
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("negative timeout fires at first await")


try:
    asyncio.run(main())
except TimeoutError:
    print("escaped TimeoutError")
asyncio.run(main2())
