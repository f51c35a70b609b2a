# Tracebacks through the stdlib as CPython prints them: frames of modules written
# in Python (random, enum, json, string, collections.Counter, dataclasses, contextlib)
# at their file and line, none for what CPython does in C (deque, datetime, reduce, islice).
import collections
import contextlib
import dataclasses
import datetime
import enum
import functools
import itertools
import json
import random
import string
import traceback


class Color(enum.Enum):
    RED = 1


@dataclasses.dataclass(frozen=True)
class P:
    x: int


@contextlib.contextmanager
def broken():
    raise OSError("cannot open")
    yield


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc()


def use_broken():
    with broken():
        pass


show(lambda: random.choice([]))
show(lambda: random.sample([1], 2))
show(lambda: random.randrange(0, 10, 0))
show(lambda: random.randint(1, "a"))
show(lambda: random.shuffle((1, 2)))
show(lambda: Color(5))
show(lambda: Color["BLUE"])
show(lambda: setattr(P(1), "x", 2))
show(lambda: dataclasses.asdict(5))
show(lambda: datetime.date(2024, 2, 30))
show(lambda: collections.deque().popleft())
show(lambda: collections.Counter(5))
show(lambda: functools.reduce(lambda a, b: a / b, [1, 0]))
show(lambda: next(itertools.islice([], 1)))
show(lambda: json.dumps({"when": datetime.date(2024, 1, 1)}))
show(lambda: json.loads(""))
show(lambda: json.loads("[1,]"))
show(lambda: json.loads('{"a": 1} x'))
show(lambda: json.loads('{"a" 1}'))
show(lambda: json.loads('{"a": 1}', parse_int=lambda s: 1 / 0))
show(lambda: string.Template("$missing").substitute({}))
show(lambda: string.Template("bad $ here").substitute(x=1))
show(use_broken)
print(string.Template("$a $$ ${b} $").safe_substitute({"a": 2}))
