l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); print(l)
print(l.pop(), l.pop(0), l, l.index(2), l.count(1))
l.remove(1); print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.reverse(); print(l)
c = l.copy(); c.clear(); print(c, l)
print([1, 2] * 2, [[0] * 2] * 2, [1, [2, [3]]], list(range(3)) == [0, 1, 2])
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
lst = [5, 2, 8]
print(sorted(lst), lst, max(lst), lst[-1], lst[:], lst[1:] + lst[:1])
print(len([]), [] == [], [1] < [1, 0], [1, 2] > [1, 1, 5])
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t + (4,), t * 2, (1,), (), tuple(), (1, (2, 3)))
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, d.keys(), d.values(), d.items(), list(d), len(d))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(d.pop("b"), d.pop("zz", None), d.setdefault("d", 4), d.setdefault("a", 99), d)
d.update({"e": 5}, f=6); print(d)
d.update([("g", 7)]); print(d)
print(d.popitem(), d)
print(dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
print({1: "a", True: "b", 1.0: "c"})
dd = {"x": 1}
dd2 = dd.copy(); dd2["y"] = 2; print(dd, dd2, dd == {"x": 1}, dd != dd2)
print({**dd, **dd2}, dd | {"z": 0})
dd |= {"w": 9}
print(dd)
for k, v in {"p": 1, "q": 2}.items():
    print(k, v)
del dd["x"]; print(dd)
d3 = {}
d3[(1, 2)] = "tuple key"; d3[None] = "none"; d3[1.5] = "float"
print(d3, d3[(1, 2)])
s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(3)
print(sorted(s), len(s), 2 in s, sorted(s | {9}), sorted(s & {1, 2, 7}), sorted(s - {1}), sorted(s ^ {1, 8}))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1}.isdisjoint({2}), {1, 2}.issuperset({1}))
print(set(), {1}, {"a"}, frozenset(), frozenset({5}), set([1, 1, 1]), {1, 2} == {2, 1})
fs = frozenset([1, 2])
print(fs | {3} == {1, 2, 3}, type(fs | {3}).__name__, {fs: 1}[frozenset([2, 1])])
u = {1, 2}
u.update([3], (4,)); print(sorted(u))
print(sorted({1, 2}.union([3], [4])), {1, 2, 3}.intersection({2, 3}, {3}), {1, 2}.difference({1}))
print(s.pop() in {1, 2, 4}, len(s))
r = range(0, 20, 5)
print(r, list(r), r[1], r[-1], r[1:3], len(r), 15 in r, 16 in r, r.index(10), r.count(5), range(5) == range(0, 5))
print(list(range(-3)), list(range(3, -3, -2)), range(1, 10, 3)[::-1])
print(repr([]), repr({}), repr(()), repr(set()), repr([None, True, 1.0, "s", b"b"]))
print(list({1: 2}.keys()), list({1: 2}.values()), list({1: 2}.items()))
cyc = [1]
cyc.append(cyc)
print(cyc)
dc = {}
dc["self"] = dc
print(dc)
print([i for i in reversed({"a": 1, "b": 2})])
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(b"abc" + b"def", b"a" * 3, b"abc".upper(), b"a,b".split(b","), bytes(range(3)), b"x" in b"xyz")
print(bytearray(b"ab") + b"c", list(bytearray(3)), b"\x01\x02".hex(), bytes.fromhex("4142"))
m = [[1, 2], [3, 4]]
import copy
m2 = copy.deepcopy(m); m2[0][0] = 99
print(m, m2)
print(sum([[1], [2, 3]], []), [*range(3), *[9]])
print(list(map(list, zip("ab", "cd"))))
l5 = [1, 2, 3, 4, 5]
print(l5[::2], l5[4:0:-1], l5[-3:-1])
l5[1:3] = []
print(l5)
l5 *= 2
print(l5)
print([1, 2, 3].__len__(), {"a": 1}.__contains__("a"), (1, 2).__getitem__(0))
