# Uncaught exception raised in an asynccontextmanager's generator (after yield).
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def session():
    print("enter")
    yield "s"
    raise ConnectionError("lost connection on close")


async def main():
    async with session() as s:
        print("body", s)


asyncio.run(main())
