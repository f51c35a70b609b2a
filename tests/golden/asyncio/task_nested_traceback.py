# Exceptions through a chain of tasks: a handler that logs and re-raises, a
# new exception raised while handling (context), and `raise ... from`.
import asyncio


class FetchError(Exception):
    pass


async def fetch(url):
    await asyncio.sleep(0.1)
    raise ConnectionResetError(f"connection to {url} reset")


async def fetch_with_wrap(url):
    try:
        return await fetch(url)
    except ConnectionError as e:
        raise FetchError(f"could not fetch {url}") from e


async def process(url):
    task = asyncio.create_task(fetch_with_wrap(url))
    try:
        return await task
    except FetchError:
        print("process: logging and re-raising")
        raise


async def main():
    try:
        await process("a.example")
    except FetchError as e:
        print("main caught:", e, "| cause:", repr(e.__cause__))
    try:
        await asyncio.gather(process("b.example"))
    finally:
        print("cleanup while the exception propagates")


asyncio.run(main())
