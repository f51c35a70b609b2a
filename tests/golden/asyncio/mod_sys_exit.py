# sys.exit in asyncio programs: caught, inside main with a message, and the exit status.
import asyncio
import sys


async def worker(n):
    await asyncio.sleep(0.1 * n)
    return n


async def main():
    try:
        sys.exit(0)
    except SystemExit as e:
        print("caught SystemExit", e.code, repr(e))
    results = await asyncio.gather(*(worker(i) for i in range(3)))
    print(results)
    if sum(results) > 2:
        sys.exit(f"fatal: total {sum(results)} too high")
    print("not reached")


try:
    asyncio.run(main())
finally:
    print("cleanup runs")
