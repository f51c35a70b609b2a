import asyncio
def clean(r):
    out = []
    for part in r.split(" at 0x"):
        if out:
            i = 0
            while i < len(part) and part[i] in "0123456789abcdef":
                i += 1
            part = "..." + part[i:]
        out.append(part)
    return " at 0x".join(out)
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
async def main():
    print(await work(5))
    r = await asyncio.gather(work(1), work(2))
    print(r)
    t = asyncio.ensure_future(work(3))
    print(await t)
asyncio.run(main())
