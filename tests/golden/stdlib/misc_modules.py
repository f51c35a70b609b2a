import copy
import operator
import heapq
import bisect
import string
import textwrap
import types
import abc
from operator import itemgetter, attrgetter, methodcaller

a = {'x': [1, [2, 3]], 'y': (4, [5])}
b = copy.copy(a)
c = copy.deepcopy(a)
a['x'][1].append(99)
print(b['x'][1], c['x'][1], b['x'] is a['x'], c['y'] is a['y'])


class P:
    def __init__(self, name, age):
        self.name, self.age = name, age

    def greet(self, who):
        return f'{self.name} greets {who}'


people = [P('bo', 30), P('al', 25), P('cy', 35)]
print([p.name for p in sorted(people, key=attrgetter('age'))], itemgetter(1)([1, 2, 3]), itemgetter(0, 2)('abc'))
print(methodcaller('greet', 'you')(people[0]), operator.add(2, 3), operator.mul(4, 5), operator.neg(3), operator.contains([1], 1))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=itemgetter(1)), itemgetter('k')({'k': 'v'}))
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(3)], h[0], heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(2, [5, 1, 8, 3]))
pq = [(2, 'write'), (1, 'read'), (3, 'exec')]
heapq.heapify(pq)
print(heapq.heappop(pq), heapq.heappushpop(pq, (0, 'first')), heapq.heapreplace(pq, (9, 'last')))
xs = [1, 3, 3, 5, 8]
print(bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3), bisect.bisect(xs, 4))
bisect.insort(xs, 4)
print(xs)
print(string.ascii_lowercase, string.digits, string.punctuation, len(string.printable), string.capwords('hello  world'))
print(string.Template('$who likes ${what}').substitute(who='tim', what='kung pao'))
print(textwrap.dedent('''
    first
      indented
    last'''))
print(textwrap.indent('a\nb\n', '> '), end='')
print(textwrap.fill('The quick brown fox jumps over the lazy dog again and again', width=20))
ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='two', c=[3]))


async def co():
    pass


print(types.CoroutineType.__name__, types.FunctionType.__name__, isinstance(co, types.FunctionType))


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @abc.abstractmethod
    def perimeter(self):
        ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


print(Square(3).area(), isinstance(Square(1), Shape))
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)


class Half(Shape):
    def area(self):
        return 0


try:
    Half()
except TypeError as e:
    print('TypeError:', e)
