from enum import Enum, IntEnum, auto, Flag, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name} is {self.value}'


print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], list(Color), len(Color))
print(Color.CRIMSON is Color.RED, Color.RED.describe(), Color.RED.name, Color.RED.value)
print(Color, type(Color.RED), f'{Color.GREEN}', Color.RED in Color, isinstance(Color.RED, Color))
print(list(Color.__members__), {Color.RED: 'r'}[Color.CRIMSON])


class Status(IntEnum):
    OK = auto()
    FAIL = auto()


print(Status.OK, repr(Status.FAIL), Status.OK == 1, Status.FAIL + 1, f'{Status.OK}', sorted([Status.FAIL, Status.OK]))


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()


print(list(State), State.RUNNING.value, [s.name for s in State])
for bad in [lambda: Color(7), lambda: Color['PINK']]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.W, repr(Perm.R), Perm.R in (Perm.R | Perm.X), bool(Perm.R & Perm.W))
Animal = Enum('Animal', 'CAT DOG')
print(list(Animal), Animal.DOG.value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)
