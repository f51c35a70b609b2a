from __future__ import annotations
from typing import NamedTuple, TypedDict, Protocol, Literal, Final, ClassVar, Union, Optional, List, Callable, Awaitable
import typing


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)


class Movie(TypedDict):
    title: str
    year: int


class Greeter(Protocol):
    def greet(self) -> str: ...


p = Point(3, -4)
print(p, p.norm(), p._asdict(), Point(1), p._replace(y=1), Point._fields)
m = Movie(title='x', year=1)
print(m, type(m).__name__)
print(Literal['a', 'b'] is not None, Optional[int], Union[int, None], Union[int, str, int], List[Optional[int]])
Handler = Callable[[int], Awaitable[None]]
print(typing.get_origin(List[int]) is list, typing.get_args(Union[int, str]))
print(typing.TYPE_CHECKING, typing.cast(int, 'x'))
