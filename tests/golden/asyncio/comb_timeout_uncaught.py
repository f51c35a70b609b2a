# An uncaught asyncio.timeout expiry (3.11+): the TimeoutError traceback goes
# through timeouts.py; 3.9 has no asyncio.timeout (AttributeError).
import asyncio


async def slow_operation():
    await asyncio.sleep(5)


async def main():
    async with asyncio.timeout(1):
        await slow_operation()


asyncio.run(main())
