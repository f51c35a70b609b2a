a = 1
del a
try:
    a
except NameError as e:
    print("NameError:", e)
l = [1, 2, 3, 4]
del l[0]
del l[-1:]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O: pass
o = O()
o.x = 1
del o.x
print(hasattr(o, "x"))
x, y = 1, 2
del x, y
try:
    del zz
except NameError as e:
    print("NameError:", e)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
assert True
assert 1 == 1, "not shown"
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError:", repr(e), e.args)
try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print(e.args)
import sys
import math
import math as m
from math import sqrt, pi as PI
from sys import exit
import collections, functools
print(math.sqrt(16), m.floor(2.5), sqrt(9), round(PI, 4), m is math)
print(type(math).__name__, math.__name__)
print(sys.version_info[0], sys.version_info >= (3, 9), type(sys.argv).__name__)
print(collections.OrderedDict(a=1), functools.reduce(lambda a, b: a + b, [1, 2, 3]))
def local_import():
    import random as r
    from itertools import chain
    return list(chain([1], [2]))
print(local_import())
try:
    import does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
print(__name__)
pass
if True:
    pass
for _ in range(2):
    pass
def empty():
    ...
print(empty())
