import asyncio
import re
def clean(r):
    return re.sub(r" at 0x[0-9a-f]+", " at 0x...", r)
async def work(x):
    await asyncio.sleep(0)
    return x * 2
c = work(1)
print(clean(repr(c)), type(c).__name__)
print(c.cr_running, c.cr_frame is not None, c.__name__, c.__qualname__)
try:
    c.send(None)
    print("suspended")
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
c2 = work(2)
c2.close()
print("closed without running")
def gen():
    yield 1
g = gen()
print(clean(repr(g)), clean(repr(lambda: 0)), clean(repr(work)))
async def agen():
    yield 1
print(clean(repr(agen())), type(agen()).__name__)
class K:
    def m(self):
        pass
print(clean(repr(K().m)), clean(repr(K)), clean(repr(K())), clean(repr(K.m)))
print(repr(len), repr(int), repr([].append)[:34])
import math
print(repr(math)[:20])
async def main():
    print(await work(5))
    r = await asyncio.gather(work(1), work(2))
    print(r)
    t = asyncio.ensure_future(work(3))
    print(await t)
asyncio.run(main())
