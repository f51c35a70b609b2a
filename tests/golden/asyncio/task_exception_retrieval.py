# A failed task's exception retrieved several times (exception(), result(),
# await): 3.12 resets its traceback on the first retrieval, 3.9 accumulates.
import asyncio


async def main():
    async def boom():
        raise ValueError("inside task")

    task = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(task.done(), task.cancelled())
    exc = task.exception()
    print(type(exc).__name__, exc, exc.__traceback__ is not None)
    try:
        task.result()
    except ValueError as e:
        print("result() re-raises:", e)
    try:
        await task
    except ValueError as e:
        import traceback
        print("".join(traceback.format_exception(type(e), e, e.__traceback__)), end="")


asyncio.run(main())
