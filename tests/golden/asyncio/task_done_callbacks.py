# add_done_callback on tasks: the order callbacks run in, with
# functools.partial, a callback raising, removing callbacks, and callbacks of
# a cancelled task.
import asyncio
import functools

log = []


def report(label, task):
    print(label, task.get_name(), task.result() if not task.cancelled() else "cancelled")


def explode(task):
    raise ZeroDivisionError("callback exploded")


async def job(n):
    await asyncio.sleep(n / 10)
    return n * n


async def main():
    tasks = []
    for n in (3, 1, 2):
        t = asyncio.create_task(job(n), name=f"job{n}")
        t.add_done_callback(functools.partial(report, "done"))
        tasks.append(t)
    tasks[0].add_done_callback(explode)
    second = functools.partial(report, "second")
    tasks[1].add_done_callback(second)
    tasks[1].add_done_callback(log.append)
    print("removed:", tasks[1].remove_done_callback(second))
    c = asyncio.create_task(job(5), name="cancelled-job")
    c.add_done_callback(functools.partial(report, "cancel"))
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.gather(*tasks)
    await asyncio.sleep(0)
    print("log has the task:", log == [tasks[1]])
    done_order = []
    ts = [asyncio.create_task(asyncio.sleep(d, d)) for d in (0.3, 0.1, 0.2)]
    for t in ts:
        t.add_done_callback(lambda t: done_order.append(t.result()))
    await asyncio.wait(ts)
    print("completion order:", done_order)


asyncio.run(main())
