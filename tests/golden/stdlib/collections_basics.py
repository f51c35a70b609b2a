from collections import deque, defaultdict, namedtuple, Counter, OrderedDict, ChainMap
import collections.abc as cabc
from collections.abc import Awaitable, Coroutine, AsyncIterator, Iterable, Mapping, Sequence

d = deque([1, 2, 3], maxlen=3)
d.append(4)
d.appendleft(0)
print(d, d.maxlen, len(d), d[0], d[-1])
d2 = deque()
d2.extend('abc')
d2.rotate(1)
print(d2, d2.popleft(), d2.pop(), d2)
try:
    deque().pop()
except IndexError as e:
    print('IndexError:', e)

dd = defaultdict(list)
for w in ['apple', 'avocado', 'banana']:
    dd[w[0]].append(w)
print(dd, dict(dd), dd['z'], len(dd))
counts = defaultdict(int)
for ch in 'hello':
    counts[ch] += 1
print(counts)

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields, Point._make([5, 6]))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple))
Job = namedtuple('Job', 'name priority', defaults=[0])
print(Job('a'), Job('b', 3))
try:
    Point(1)
except TypeError as e:
    print('TypeError:', e)

c = Counter('abracadabra')
print(c, c.most_common(2), c['a'], c['zzz'])
c.update('aaz')
print(c.most_common(3), sum(c.values()))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter())
print(sorted(Counter('hello').elements()))

od = OrderedDict()
od['a'] = 1
od['b'] = 2
od['c'] = 3
od.move_to_end('a')
print(od, list(od))
od.move_to_end('c', last=False)
print(od, od.popitem(), od.popitem(last=False), OrderedDict())

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm))


async def coro():
    pass


co = coro()
print(isinstance(co, Awaitable), isinstance(co, Coroutine), isinstance([], Iterable), isinstance({}, Mapping))
print(isinstance([], Sequence), isinstance('s', Sequence), isinstance({}, Sequence), isinstance(5, Iterable))
co.close()


class Ticker:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


print(isinstance(Ticker(), AsyncIterator), issubclass(list, cabc.MutableSequence))
