# An uncaught wait_for timeout: the traceback differs by version (3.12 chains
# CancelledError -> TimeoutError through timeouts.py; 3.9 raises from tasks.py).
import asyncio


async def fetch():
    await asyncio.sleep(10)


async def main():
    await asyncio.wait_for(fetch(), timeout=1.5)


asyncio.run(main())
