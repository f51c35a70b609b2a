# issue 4: two coroutines ping-ponging 100,000 integers through two Queues
import asyncio

N = 100000

async def ping(out_q, in_q):
    total = 0
    for i in range(N):
        await out_q.put(i)
        total += await in_q.get()
    return total

async def pong(in_q, out_q):
    for _ in range(N):
        v = await in_q.get()
        await out_q.put(v + 1)

async def main():
    a = asyncio.Queue()
    b = asyncio.Queue()
    total, _ = await asyncio.gather(ping(a, b), pong(a, b))
    print(total)

asyncio.run(main())
