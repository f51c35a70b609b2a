# A task that awaits itself.
import asyncio


async def main():
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    await me


asyncio.run(main())
