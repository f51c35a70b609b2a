# A rate limiter (Semaphore in __aenter__), dataclass results in a PriorityQueue, and the
# TypeError when two queued items tie and their payloads do not compare (frames in queues.py).
import asyncio
from collections import deque, defaultdict
from dataclasses import dataclass, field
from typing import List, Optional
import itertools, functools, enum

class Status(enum.Enum):
    OK = "ok"
    FAIL = "fail"

@dataclass
class Result:
    id: int
    status: Status = Status.OK
    tags: List[str] = field(default_factory=list)
    parent: Optional["Result"] = None

class RateLimiter:
    def __init__(self, rate):
        self._sem = asyncio.Semaphore(rate)
        self.calls = deque(maxlen=3)
    async def __aenter__(self):
        await self._sem.acquire()
        self.calls.append(asyncio.get_running_loop().time())
        return self
    async def __aexit__(self, *exc):
        self._sem.release()
        return False

async def job(limiter, i):
    async with limiter:
        await asyncio.sleep(0.1)
        return Result(i, Status.FAIL if i % 3 == 0 else Status.OK, [f"t{i}"])

async def main():
    limiter = RateLimiter(2)
    results = await asyncio.gather(*(job(limiter, i) for i in range(5)))
    by = defaultdict(list)
    for r in results:
        by[r.status].append(r.id)
    print(dict(by))
    print(results[0], limiter.calls, repr(limiter._sem).split("[")[1])
    counter = itertools.count()
    print(sorted(results, key=lambda r: (r.status.value, -r.id))[:2])
    print(functools.reduce(lambda a, r: a + len(r.tags), results, 0), next(counter), Status("ok"), Status.OK.name)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(i / 10, i)) for i in range(3)], timeout=0.15)
    print(sorted(t.result() for t in done), len(pending))
    for t in pending: t.cancel()
    q = asyncio.PriorityQueue()
    for r in results:
        await q.put((r.status.value, r.id, r))
    while not q.empty():
        s, i, r = await q.get()
        print(s, i, end="; ")
    print()
    await q.put((1, Result(1)))
    await q.put((1, Result(2)))

asyncio.run(main())
