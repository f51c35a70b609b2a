# The main task cancelled by another task: asyncio.run raises CancelledError
# (exit status 1 with the traceback).
import asyncio


async def canceller(task):
    await asyncio.sleep(0.5)
    print("cancelling main")
    task.cancel()


async def main():
    asyncio.create_task(canceller(asyncio.current_task()))
    try:
        await asyncio.sleep(10)
    finally:
        print("main finally")


asyncio.run(main())
