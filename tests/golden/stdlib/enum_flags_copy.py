import copy, sys
from dataclasses import dataclass
from enum import Enum, IntFlag, auto
@dataclass
class D:
    a: list
d = D([1, [2]])
e = copy.deepcopy(d); f = copy.copy(d)
d.a[1].append(3)
print(e, f, e == d)
l = [1]; l.append(l)
m = copy.deepcopy(l); print(m[1] is m, len(m))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R & 4, int(Perm.R | Perm.X), Perm(6))
if sys.version_info >= (3, 11):
    from enum import StrEnum
    class C(StrEnum):
        A = auto()
        B = 'bee'
    print(C.A, repr(C.B), C.A == 'a', f'{C.B}')
else:
    print('a', "<C.B: 'bee'>", True, 'bee')
class Color(Enum):
    RED = 'r'
    GREEN = 'g'
print(Color('r'), Color.RED.value, [c.value for c in Color], Color.RED < Color.GREEN if False else '')
import functools
class K:
    @functools.lru_cache(maxsize=None)
    def m(self, x): return x * 2
k = K(); print(k.m(2), k.m(2), K.m.cache_info())
print(functools.partial(print, sep='-')('a', 'b'))
