# Frames entered by await, yield from and a for over a generator count toward
# the recursion limit like plain calls (also inside asyncio.run's task steps).
import asyncio
import sys

depth = 0

async def coro(n):
    global depth
    depth = n
    return await coro(n + 1)

def gen_from(n):
    global depth
    depth = n
    yield from gen_from(n + 1)

def gen_for(n):
    global depth
    depth = n
    for x in gen_for(n + 1):
        yield x

def plain(n):
    global depth
    depth = n
    plain(n + 1)

for name, run in [("yield from", lambda: list(gen_from(0))), ("for", lambda: list(gen_for(0))),
                  ("plain", lambda: plain(0))]:
    try:
        run()
    except RecursionError as e:
        print("top level", name, depth, e)

async def main():
    for name, run in [("await", lambda: coro(0)), ("yield from", lambda: list(gen_from(0))),
                      ("plain", lambda: plain(0))]:
        try:
            r = run()
            if asyncio.iscoroutine(r):
                await r
        except RecursionError as e:
            print("in a task", name, depth, e)
    t = asyncio.ensure_future(coro(0))
    try:
        await t
    except RecursionError as e:
        print("in a second task", depth, e)

asyncio.run(main())
sys.setrecursionlimit(200)
try:
    list(gen_for(0))
except RecursionError as e:
    print("limit 200", depth, e)

async def down(n):
    if n == 0:
        await asyncio.sleep(0)
        raise ValueError("bottom")
    return await down(n - 1)

async def deep():
    try:
        await down(150)
    except ValueError as e:
        print("suspended chain of 150 resumed:", e)
    await down(300)

asyncio.run(deep())
