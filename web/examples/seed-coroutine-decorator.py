# Old style (Python <= 3.10): a generator-based coroutine. The decorator
# was deprecated in 3.8 and removed in 3.11 -- try switching to 3.12.
import asyncio

@asyncio.coroutine
def hello():
    print("Hello world!")
    r = yield from asyncio.sleep(1)
    print("Hello again!")

loop = asyncio.get_event_loop()
loop.run_until_complete(hello())
