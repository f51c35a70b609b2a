# except* over a TaskGroup's ExceptionGroup (3.11+ syntax: 3.9 reports the
# SyntaxError).
import asyncio


async def work(name, delay, fail=None):
    await asyncio.sleep(delay)
    if fail:
        raise fail
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("v", 0.1, ValueError("v")))
            tg.create_task(work("k", 0.1, KeyError("k")))
    except* ValueError as eg:
        print("except* ValueError:", eg.exceptions)
    except* KeyError as eg:
        print("except* KeyError:", eg.exceptions)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("sibling", 1))
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("body error:", eg.exceptions)



asyncio.run(main())
