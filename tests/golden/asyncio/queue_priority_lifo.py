# PriorityQueue and LifoQueue ordering, with tuples and a job scheduler.
import asyncio
import dataclasses


@dataclasses.dataclass(order=True)
class Job:
    priority: int
    name: str = dataclasses.field(compare=False)


async def main():
    pq = asyncio.PriorityQueue()
    for p, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
        await pq.put((p, name))
    print(str(pq))
    while not pq.empty():
        print(await pq.get())
    jobs = asyncio.PriorityQueue()
    for j in [Job(2, "b"), Job(0, "a"), Job(9, "z"), Job(2, "c")]:
        jobs.put_nowait(j)
    out = []
    while not jobs.empty():
        out.append(jobs.get_nowait())
    print(out)
    lq = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        lq.put_nowait(i)
    print(str(lq), lq.full())
    r = repr(lq)
    print(r[:13], r[r.index(" maxsize"):])
    print([lq.get_nowait() for _ in range(3)])
    print(isinstance(pq, asyncio.Queue), asyncio.PriorityQueue.__mro__[1].__name__)
    big = asyncio.PriorityQueue()
    import random
    random.seed(3)
    nums = [random.randint(0, 100) for _ in range(20)]
    for n in nums:
        big.put_nowait(n)
    print([big.get_nowait() for _ in range(20)] == sorted(nums))
    for i in range(3):
        big.put_nowait((1, i))
    print([big.get_nowait() for _ in range(3)])


asyncio.run(main())
