# Task.get_stack / print_stack for suspended, finished and failed tasks.
import asyncio
import io
import sys


def stack_text(task, **kw):
    # The header line names the task; on 3.9 a waiting task's repr holds an
    # address (TaskWakeupMethWrapper), so only the frames are shown for those.
    buf = io.StringIO()
    task.print_stack(file=buf, **kw)
    return buf.getvalue().split("\n", 1)[1]


async def inner():
    await asyncio.sleep(1)


async def outer():
    await inner()


async def bad():
    raise RuntimeError("bad task")


async def main():
    t = asyncio.create_task(outer(), name="stacked")
    await asyncio.sleep(0)
    print(len(t.get_stack()))
    print(stack_text(t), end="")
    print(stack_text(t, limit=0), end="")
    print([type(f).__name__ for f in t.get_stack()])
    b = asyncio.create_task(bad())
    await asyncio.sleep(0)
    b.print_stack(file=sys.stdout)
    b.exception()
    await t
    t.print_stack(file=sys.stdout)
    print(t.get_stack())


asyncio.run(main())
