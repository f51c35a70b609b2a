# collections in asyncio code: deque buffers, defaultdict aggregation, namedtuple results, Counter, OrderedDict LRU.
import asyncio
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

Result = namedtuple("Result", ["url", "status", "size"])


async def fetch(url):
    await asyncio.sleep(len(url) * 0.01)
    return Result(url, 200 if "ok" in url else 404, len(url) * 100)


async def main():
    urls = ["ok.com", "bad.org", "ok.net/page", "gone.io"]
    results = await asyncio.gather(*map(fetch, urls))
    for r in results:
        print(r)
    by_status = defaultdict(list)
    for r in results:
        by_status[r.status].append(r.url)
    print(by_status)
    print(dict(by_status))
    print(Counter(r.status for r in results).most_common())
    recent = deque(maxlen=3)
    for r in results:
        recent.append(r.url)
    print(recent)
    r0 = results[0]
    print(r0._asdict(), r0._replace(status=500), r0._fields, r0.size)


asyncio.run(main())
d = deque([1, 2, 3])
d.appendleft(0)
d.rotate(1)
print(d, d.popleft(), d.pop(), len(d), d[0])
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, d.count(7), d.index(8))
c = Counter("mississippi")
print(c, c["s"], c["z"])
print(c + Counter("sip"), c - Counter("ss"), sorted(c.elements())[:4])
c.update("zz")
print(c.most_common(2), c.total() if hasattr(c, "total") else sum(c.values()))
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od, od.popitem(last=False), list(od.keys()))
print(od)
Point = namedtuple("Point", "x y", defaults=[0])
print(Point(1), Point(1, 2) == (1, 2), Point._make([3, 4]), repr(Point))
dd = defaultdict(int)
for w in "the cat the hat".split():
    dd[w] += 1
print(dd, dd.default_factory)
print(deque(maxlen=2), deque("ab", 5))
Point(1, 2, 3)
