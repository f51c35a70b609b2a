import asyncio
import inspect
import sys
import traceback
from typing import Any, Optional, List, Dict, Tuple, Callable, Awaitable, Coroutine, AsyncIterator
from typing import Iterable, TypeVar, Generic, Union, Set

T = TypeVar('T')
print(List[int], Optional[str], Dict[str, int], Tuple[int, ...], Union[int, str], T, Any)
print(Callable[[int], str] is not None, Awaitable[int] is not None, Optional[List[int]])


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)


s = Stack()
s.push(1)
print(s.items, Stack.__name__)


def handler(x: int, y: Optional[str] = None) -> Dict[str, Any]:
    return {}


async def fetch(delay: float) -> int:
    await asyncio.sleep(delay)
    return 1


def gen():
    yield 1


print(inspect.iscoroutinefunction(fetch), inspect.iscoroutinefunction(handler), inspect.isfunction(fetch))
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.isclass(Stack))
c = fetch(0)
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(1))
c.close()
print(inspect.signature(handler), inspect.signature(fetch))


def fail():
    raise ValueError('bad value')


try:
    fail()
except ValueError:
    text = traceback.format_exc()
    print(text.splitlines()[0], text.splitlines()[-1])
    traceback.print_exc()
try:
    {}['k']
except KeyError as e:
    print(traceback.format_exception_only(type(e), e))
    print(''.join(traceback.format_exception(type(e), e, e.__traceback__)), end='')


async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.1)
    except asyncio.TimeoutError:
        print('timeout', type(sys.exc_info()[1]).__name__)


asyncio.run(main())
