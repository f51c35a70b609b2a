# math, string, typing and enum as asyncio snippets use them.
import asyncio
import enum
import math
import string
from typing import Any, Awaitable, Callable, Dict, List, Optional, Tuple, Union


class State(enum.Enum):
    PENDING = enum.auto()
    RUNNING = enum.auto()
    DONE = "done"


class Priority(enum.IntEnum):
    LOW = 1
    HIGH = 2


async def compute(x: float, cb: Optional[Callable[[float], Any]] = None) -> float:
    await asyncio.sleep(0)
    r = math.sqrt(x) + math.floor(2.7) + math.ceil(0.1)
    if cb:
        cb(r)
    return r


async def main() -> None:
    results: List[float] = await asyncio.gather(compute(16), compute(2.25, print))
    print(results)
    states: Dict[str, State] = {"a": State.PENDING}
    print(states, State.DONE, repr(State.RUNNING), State("done"), State["PENDING"].value)
    print(list(State), Priority.HIGH > Priority.LOW, Priority.HIGH + 1, int(Priority.LOW), repr(Priority.LOW))
    print(f"{Priority.HIGH}", str(Priority.HIGH), f"{State.DONE}", State.DONE.name)


asyncio.run(main())
print(math.pi, math.e, math.inf, math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.factorial(10))
print(math.log(100, 10), math.log2(8), math.hypot(3, 4), math.prod([1, 2, 3]), math.comb(5, 2), math.dist((0, 0), (3, 4)))
print(string.ascii_lowercase, string.digits, string.punctuation, string.ascii_uppercase[:3])
print(string.Template("$who likes $what").substitute(who="tim", what="asyncio"), string.capwords("hello world"))
print(Optional[int], Union[int, str], List[int], Tuple[int, ...], Awaitable[int], Callable[[int], str])
try:
    State("nope")
except ValueError as e:
    print("ValueError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print(State.PENDING in State, len(State), State.PENDING is State(1))
