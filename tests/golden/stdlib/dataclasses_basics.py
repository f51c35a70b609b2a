from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass
from typing import List, Optional
import asyncio


@dataclass
class Job:
    name: str
    priority: int = 0
    tags: List[str] = field(default_factory=list)


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080

    def __post_init__(self):
        print('validated', self.host)


@dataclass
class Node:
    value: int
    children: List['Node'] = field(default_factory=list)
    note: Optional[str] = field(default=None, repr=False)


j = Job('build', 2)
j.tags.append('ci')
print(j, asdict(j), astuple(j))
print(replace(j, priority=5), j == Job('build', 2, ['ci']), j != Job('x'))
print([f.name for f in fields(Job)], is_dataclass(j), is_dataclass(Job), is_dataclass(1))
print(sorted([Task(3, 'c'), Task(1, 'a'), Task(2, 'b')]), Task(1, 'x') == Task(1, 'y'))
c = Config('localhost')
print(c, hash(c) == hash(Config('localhost')))
try:
    c.port = 1
except FrozenInstanceError as e:
    print(type(e).__name__, e)
n = Node(1, [Node(2), Node(3, note='hidden')])
print(n, asdict(n))
try:
    Job()
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print('ValueError:', e)
print(Job.__doc__)


@dataclass
class Counter:
    count: int = 0

    async def bump(self):
        await asyncio.sleep(0.01)
        self.count += 1


async def main():
    ctr = Counter()
    await asyncio.gather(*(ctr.bump() for _ in range(5)))
    print(ctr)


asyncio.run(main())
c.host = 'other'
