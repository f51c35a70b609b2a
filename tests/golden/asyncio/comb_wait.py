# asyncio.wait with FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED and
# timeouts; what is done and pending; errors for bad arguments.
import asyncio


async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(work(f"w{i}", d), name=f"w{i}") for i, d in enumerate((0.3, 0.1, 0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending))
    done, pending = await asyncio.wait(pending)
    print("all:", names(done), names(pending))

    tasks = [asyncio.create_task(work("e1", 0.2, fail=True), name="e1"),
             asyncio.create_task(work("e2", 0.1), name="e2"),
             asyncio.create_task(work("e3", 1), name="e3")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(" ", t.get_name(), repr(t.exception()))
    done, pending = await asyncio.wait(pending, timeout=0.5)
    print("timeout 0.5:", names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=1)
    print("timeout 1:", names(done), names(pending))

    tasks = [asyncio.create_task(work("n1", 0.1), name="n1")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION without exceptions:", names(done), names(pending))
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

    for args, kw in (((), {}), (([],), {}), ((tasks,), {"return_when": "bogus"})):
        try:
            await asyncio.wait(*args, **kw)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    t0 = asyncio.get_running_loop().time()
    done, pending = await asyncio.wait({asyncio.create_task(work("zt", 1))}, timeout=0)
    print("timeout=0:", len(done), len(pending), asyncio.get_running_loop().time() - t0)
    for t in pending:
        t.cancel()
    try:
        await asyncio.wait(asyncio.create_task(work("single", 0)))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
