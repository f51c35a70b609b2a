# sys.exit with a message inside a task, and SystemExit passing through asyncio.run.
import asyncio
import sys


async def worker():
    await asyncio.sleep(0.1)
    sys.exit("fatal: worker gave up")


async def main():
    try:
        sys.exit(0)
    except SystemExit as e:
        print("caught SystemExit", e.code, repr(e))
    await asyncio.gather(worker(), asyncio.sleep(1))
    print("not reached")


asyncio.run(main())
