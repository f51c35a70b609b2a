# New style: async def / await (Python 3.5+).
import asyncio

async def hello():
    print("Hello world!")
    r = await asyncio.sleep(1)
    print("Hello again!")

asyncio.run(hello())
