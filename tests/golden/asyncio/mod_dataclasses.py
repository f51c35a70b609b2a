# dataclasses for asyncio job records: defaults, default_factory, repr, eq, order, frozen.
import asyncio
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError


@dataclass
class Job:
    name: str
    delay: float = 0.1
    tags: list = field(default_factory=list)
    result: object = field(default=None, repr=False)


@dataclass(order=True)
class Prioritized:
    priority: int
    item: str = field(compare=False)


@dataclass(frozen=True)
class Config:
    host: str = "localhost"
    port: int = 8080


async def run(job):
    await asyncio.sleep(job.delay)
    job.result = job.name.upper()
    job.tags.append("done")
    return job


async def main():
    jobs = [Job("a"), Job("b", 0.05, ["x"])]
    done = await asyncio.gather(*map(run, jobs))
    for j in done:
        print(j, j.result)
    print(Job("a") == Job("a"), Job("a") == Job("b"), Job("a").tags is not Job("a").tags)


asyncio.run(main())
print(sorted([Prioritized(3, "c"), Prioritized(1, "a"), Prioritized(2, "b")]))
print(Prioritized(1, "x") < Prioritized(2, "a"), Prioritized(1, "x") == Prioritized(1, "y"))
cfg = Config()
print(cfg, hash(cfg) == hash(Config()), replace(cfg, port=9000))
print(asdict(Job("z", tags=[1])), astuple(Config()), [f.name for f in fields(Job)])
try:
    cfg.port = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Job()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
print(Job.__dataclass_fields__["delay"].default, repr(Job.__init__.__name__))
cfg.host = "x"
