import asyncio
import functools
import logging
import random
from dataclasses import dataclass, field
from enum import Enum, auto
from collections import deque, Counter
from contextlib import asynccontextmanager

logging.basicConfig(level=logging.INFO, format='%(relativeCreated)d %(levelname)s %(name)s: %(message)s')
log = logging.getLogger('jobs')


class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    state: State = field(default=State.PENDING, compare=False)


@asynccontextmanager
async def slot(sem, name):
    async with sem:
        log.info('acquired %s', name)
        yield
        log.info('released %s', name)


async def run(job, sem, results):
    async with slot(sem, job.name):
        job.state = State.RUNNING
        await asyncio.sleep(random.uniform(0.1, 0.5))
        job.state = State.DONE
        results.append(job.name)


def on_done(tag, fut):
    print('done callback', tag, fut.result())


async def main():
    random.seed(3)
    q = asyncio.PriorityQueue()
    for i, name in enumerate(['a', 'b', 'c', 'd', 'e']):
        await q.put(Job(random.randint(1, 9), name))
    jobs = []
    while not q.empty():
        jobs.append(await q.get())
    print([(j.priority, j.name, j.state.name) for j in jobs])
    sem = asyncio.Semaphore(2)
    results = deque(maxlen=3)
    await asyncio.gather(*(run(j, sem, results) for j in jobs))
    print(results, Counter(j.state for j in jobs))
    t = asyncio.ensure_future(asyncio.sleep(0.1, result='ok'))
    t.add_done_callback(functools.partial(on_done, 'T1'))
    await t
    await asyncio.sleep(0)
    log.warning('finished at %.2f', asyncio.get_running_loop().time())


asyncio.run(main())
