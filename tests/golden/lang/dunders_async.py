import asyncio
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "resource"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        return False
class AIter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i
class Awaitable:
    def __await__(self):
        print("await start")
        yield
        return "awaited value"
async def agen(n):
    for i in range(n):
        yield i * 10
        await asyncio.sleep(0)
async def main():
    async with ACM() as r, ACM() as r2:
        print("inside", r, r2)
    async for v in AIter(3):
        print("aiter", v)
    print(await Awaitable())
    print([x async for x in agen(3)])
    print({x: x async for x in agen(2)})
    async for v in agen(2):
        print("agen", v)
    it = aiter(AIter(2))
    print(await anext(it), await anext(it), await anext(it, "end"))
    g = agen(1)
    print(await g.asend(None))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        async with ACM():
            raise ValueError("x")
    except ValueError as e:
        print("caught", e)
asyncio.run(main())
