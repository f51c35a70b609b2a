l = [8, 7, 7, 8, 9, 3, 2]
d = {}
s = set()
try:
    l[5:10] = [19, 19]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(5))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(20)
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[-8:-9:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(3))
except Exception as e:
    print(type(e).__name__, e)
try:
    d[3] = 17
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(9)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [6]
d = {}
s = set()
try:
    l.append(2)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({2})
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[3]
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[0:-10:-2]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {1}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-6:3:-2]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({2: 0})
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    l[2:9] = [20, 20]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(14)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(2)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(7)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({30, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({5: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::2] = list(range(len(l[::2])))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({21, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [6]
d = {}
s = set()
try:
    l = l[-7:-9:-1]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {1}
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({4, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [2]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({2})
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    l.insert(1, 30)
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(14)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({11, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(27)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(8)
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[1]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(2))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [8, 0, 4, 9, 1, 7, 0, 3]
d = {}
s = set()
try:
    s = s - {0}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [18]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(6)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({3, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {0}
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [9, 7, 5, 1, 0]
d = {}
s = set()
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(8))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-10)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(3)
except Exception as e:
    print(type(e).__name__, e)
try:
    d[5] = 26
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {22}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(3))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [6, 2, 7, 7, 3, 0]
d = {}
s = set()
try:
    del d[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [3]
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {0}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [8, 8, 4, 8, 2, 8, 8]
d = {}
s = set()
try:
    l += [9]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {0}
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(6)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-9:6:-2]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(29)))
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {3}
except Exception as e:
    print(type(e).__name__, e)
try:
    l[3:5] = [16, 16]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[9] = 29
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {3}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::-2] = list(range(len(l[::-2])))
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [20]
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-4:-4] = [24, 24]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [3, 2]
d = {}
s = set()
try:
    s.difference_update({3})
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-6:-4] = [12, 12]
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[3]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(-4, 15)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({16, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::2] = list(range(len(l[::2])))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {12}
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [5, 6, 3, 9, 5, 0, 0, 3]
d = {}
s = set()
try:
    s.update(range(11))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(3)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::1] = list(range(len(l[::1])))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(28)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(6)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({1: 0})
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [3, 6, 9, 2, 8]
d = {}
s = set()
try:
    del l[6:5:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[8:-10] = [3, 3]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-2)
except Exception as e:
    print(type(e).__name__, e)
try:
    d[0] = 0
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(9)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-5)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [7, 6, 4, 8, 6, 9]
d = {}
s = set()
try:
    d.setdefault(0, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {25}
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-2:-3] = [1, 1]
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[4:-6:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(3)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-6] = 11
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [7, 9, 4, 9, 6, 5]
d = {}
s = set()
try:
    l[6] = 30
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {28}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {30}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(20)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[3:-10] = [19, 19]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::1] = list(range(len(l[::1])))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [5, 5, 7]
d = {}
s = set()
try:
    l += [14]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(25)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {2}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(6)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {2}
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [5, 5, 1, 5, 7]
d = {}
s = set()
try:
    s.intersection_update(set(range(16)))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(7)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[8]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(5)))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-1)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {30}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(1))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [1, 4, 1, 5, 1]
d = {}
s = set()
try:
    l = l[10:-6:-2]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(10))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(24)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(-8, 30)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-10]
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(3)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [4, 1, 4, 2, 2, 0, 7]
d = {}
s = set()
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({7, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(5))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({17, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-3] = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(4, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({28, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [7, 3, 6, 9, 2]
d = {}
s = set()
try:
    l[0] = 8
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(9)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-5] = 6
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-2:9] = [22, 22]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {30}
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::-2] = list(range(len(l[::-2])))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(9)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [4, 7, 1, 5, 1, 2, 1, 6]
d = {}
s = set()
try:
    s.discard(4)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[5:-3:3]
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-10]
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[2]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({9, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(2))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [6, 0, 7]
d = {}
s = set()
try:
    l[::1] = list(range(len(l[::1])))
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[3]
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[3]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(10)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(9, 25)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-4:0] = [9, 9]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-4:6] = [10, 10]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({0: 0})
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [3, 5, 9, 8, 8, 2, 9, 3]
d = {}
s = set()
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({0})
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(1, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[-7:4:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    d[3] = 17
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(4)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(24)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(17)))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    l.insert(-6, 24)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[2] = 10
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[8]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(4, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[4:3:-2]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {16}
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [0, 5, 0, 4, 9, 6]
d = {}
s = set()
try:
    l.remove(4)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(4)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({5: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({4})
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-5:-3:-2]
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-7:6:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[8:4:-1]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [8, 6, 2, 5, 9, 3, 0]
d = {}
s = set()
try:
    s = s - {1}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-3:-4] = [30, 30]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[0] = 27
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[-7:-4:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-1:-2:3]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [3, 4, 2, 3, 4, 2, 1, 7]
d = {}
s = set()
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {17}
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[-8:-5:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(8)
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[-5:-7:-2]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [8, 4, 3, 4, 7, 8, 3]
d = {}
s = set()
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {15}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[7]
except Exception as e:
    print(type(e).__name__, e)
try:
    d[1] = 22
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::3] = list(range(len(l[::3])))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(15)))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(4))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[9:-3:-1]
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::1] = list(range(len(l[::1])))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [6, 3, 6, 6, 0, 3, 6]
d = {}
s = set()
try:
    s.symmetric_difference_update({25, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({14, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [27]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    d[2] = 16
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(1, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-9] = 23
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [6]
d = {}
s = set()
try:
    l = l[6:-9:-2]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-4] = 16
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-1] = 13
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(5))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(2, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(9, 4)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(0)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [8, 5, 1]
d = {}
s = set()
try:
    l.extend(range(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {3}
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {2}
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({2: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(3)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({0: 0})
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [5, 4, 1, 0, 0, 5, 5]
d = {}
s = set()
try:
    s.symmetric_difference_update({8, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [0]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({4})
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {25}
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[5]
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[-2:-3:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {0}
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [1, 9, 8, 5, 4, 5, 1, 0]
d = {}
s = set()
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(4, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {3}
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {10}
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({2: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    d[1] = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(22)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [2, 5, 3, 9, 2]
d = {}
s = set()
try:
    d.pop(1, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(2, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-5] = 15
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(8)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::-2] = list(range(len(l[::-2])))
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [9, 6, 2, 9, 6, 3]
d = {}
s = set()
try:
    d[5] = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(3, 4)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(1, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    d[6] = 6
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(0))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({4})
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    d[5] = 19
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [3, 4, 3, 7]
d = {}
s = set()
try:
    l[::1] = list(range(len(l[::1])))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({5: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(8)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {0}
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(5))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(3, 28)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(10)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [4, 1, 5, 9]
d = {}
s = set()
try:
    l += [23]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(4))
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {18}
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(6, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [0, 2, 6, 0, 3, 9, 9, 5]
d = {}
s = set()
try:
    del l[10:3:3]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({1})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-9]
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    l[5] = 12
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[5]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [1]
d = {}
s = set()
try:
    del d[5]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(6)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(8)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(8)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-9]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(4)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [3]
d = {}
s = set()
try:
    s.discard(7)
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [27]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(5)))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(22)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(4, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[9] = 8
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[-7:1:-2]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [9, 1, 4, 1, 4, 1, 7]
d = {}
s = set()
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(3, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[-2:-1:1]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(8)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[0:-7] = [26, 26]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(0))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(4)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [2, 7, 8, 5, 7]
d = {}
s = set()
try:
    s.update(range(7))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-3)
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [12]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(0))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({25, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(-7, 14)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({3})
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({0: 0})
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [9, 1, 1, 9, 3, 2, 1, 8]
d = {}
s = set()
try:
    l = l[-1:1:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {4}
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[8:6:-2]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(4)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[6:9:-2]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(4)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-8:-4:3]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [5, 7, 3, 8, 2, 9]
d = {}
s = set()
try:
    d.pop(6, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {11}
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[6]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-9)
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({10, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(15)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [5, 9, 5]
d = {}
s = set()
try:
    l.pop(-4)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {18}
except Exception as e:
    print(type(e).__name__, e)
try:
    l[1:2] = [2, 2]
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-6)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(0))
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [22]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [0, 7, 6, 5, 1, 2, 1, 7]
d = {}
s = set()
try:
    s = s | {24}
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[4:0:1]
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[1:7:1]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[10:7] = [3, 3]
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[7]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {13}
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [0, 5, 2]
d = {}
s = set()
try:
    s.discard(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[8]
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    d[4] = 18
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {7}
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(5)))
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-7:-3] = [5, 5]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::-1] = list(range(len(l[::-1])))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [7, 5, 7, 2, 7, 5, 4, 1]
d = {}
s = set()
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-1:9:-1]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(2, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(8)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-1]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(3))
except Exception as e:
    print(type(e).__name__, e)
try:
    d[3] = 24
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [0, 6, 5, 8]
d = {}
s = set()
try:
    s = s ^ {11}
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[1:-3:3]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-8:-1] = [28, 28]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({4})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    l[1:9] = [15, 15]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(5, 2)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [8, 1, 2, 4, 4, 5, 3, 4]
d = {}
s = set()
try:
    l.insert(7, 27)
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-8:6] = [5, 5]
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-1]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(3))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[-3:1:1]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [3, 6, 2, 3, 2, 3, 4]
d = {}
s = set()
try:
    d[5] = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [16]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {2}
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-4] = 13
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(9)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({30, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    s = s | {30}
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {2}
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[0] = 6
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-3:4:-1]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-6)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(4, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    d[0] = 14
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [1]
d = {}
s = set()
try:
    s = s ^ {29}
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(3, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {3}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(-4, 30)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(2, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(-5, 23)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(19)))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [4, 9, 8, 5, 7]
d = {}
s = set()
try:
    s.difference_update({1})
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {0}
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(4, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(5))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(20)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(8)))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(0)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [0, 4]
d = {}
s = set()
try:
    l = l[-9:-8:1]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {8}
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {1}
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {10}
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({0: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({1: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({2: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[2]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [9, 6, 1, 2, 1, 4, 4]
d = {}
s = set()
try:
    d[5] = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {4}
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {2}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-5:-10] = [20, 20]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({3: 0})
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [0, 5, 1, 4, 3, 8, 7]
d = {}
s = set()
try:
    l = l[-7:7:-2]
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(0, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({3})
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {3}
except Exception as e:
    print(type(e).__name__, e)
try:
    d[3] = 17
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(4, None)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [4, 0, 0, 7, 0]
d = {}
s = set()
try:
    l.pop(-7)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(6))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({1, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(23)))
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(10, 10)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [8, 9, 6]
d = {}
s = set()
try:
    d.pop(1, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {6}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(28)))
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {20}
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[5]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [4, 1, 9, 6, 3, 6]
d = {}
s = set()
try:
    l.pop(-4)
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[2]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({3})
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[1]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {1}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(3)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(6, 14)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [5, 6, 0, 1]
d = {}
s = set()
try:
    l += [22]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {11}
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[1]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(5, 22)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(6)
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-3]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(-9, 24)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [4, 0, 2, 5, 0, 7, 4, 3]
d = {}
s = set()
try:
    l = l[1:-3:1]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[8:-5:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[9:4:3]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(16)))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(0, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(1)))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [8, 3, 5, 8]
d = {}
s = set()
try:
    s = s ^ {2}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(9)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {17}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(6)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(7)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-7)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {2}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(4, 17)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    d.update({2: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    d[3] = 3
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::1] = list(range(len(l[::1])))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({0: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({2})
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(4, None)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [1, 1, 4]
d = {}
s = set()
try:
    s.discard(9)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({0})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(2)
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[4]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[-10:5:3]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(7)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [5, 0]
d = {}
s = set()
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(0))
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-6:0:1]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {14}
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::1] = list(range(len(l[::1])))
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {4}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(-10, 9)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(1))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [8, 4, 2, 2]
d = {}
s = set()
try:
    d[1] = 29
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[0:-2:3]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(5, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[5]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(6)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(8)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [9, 3, 8, 4, 3, 6, 8, 9]
d = {}
s = set()
try:
    del d[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({5, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(10))
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[4]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::3] = list(range(len(l[::3])))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    l[1:10] = [1, 1]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    s.add(17)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({20, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::1] = list(range(len(l[::1])))
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-6:-8:-1]
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[10:1:-2]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(4, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({0, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::3] = list(range(len(l[::3])))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [4, 0, 8, 2, 5, 9, 5, 1]
d = {}
s = set()
try:
    s = s ^ {14}
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(6))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(3))
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {4}
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({2: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({0, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-5]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(4, [])
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    l[-6:3] = [24, 24]
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [15]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({3: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({4})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(4)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {7}
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[3]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [3, 7, 1, 1, 8, 1]
d = {}
s = set()
try:
    s.add(15)
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[-8:-5:3]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {16}
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(29)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(0, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    d[5] = 12
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({1: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(2))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [4, 7, 3, 1, 1, 5, 7, 3]
d = {}
s = set()
try:
    l.insert(3, 9)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(15)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(25)
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    l[3] = 11
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(0))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(0, [])
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [1, 7, 0, 7]
d = {}
s = set()
try:
    s.difference_update({0})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(2))
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-9:-5:-1]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(4, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({3})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(2)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({4})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [0, 7, 1, 8]
d = {}
s = set()
try:
    s = s - {1}
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({12, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [22]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {24}
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(24)))
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[0]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    l.extend(range(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-7)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {1}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(5)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [9, 5, 8, 1]
d = {}
s = set()
try:
    del l[0:-4:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(1, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({2})
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[2]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({0: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(2, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {2}
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [1, 4, 9, 0, 0, 4]
d = {}
s = set()
try:
    s.symmetric_difference_update({7, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::-2] = list(range(len(l[::-2])))
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {1}
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[2]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(4)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(9)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::3] = list(range(len(l[::3])))
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-2:-6:-2]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [6, 0, 5, 3]
d = {}
s = set()
try:
    s.difference_update({0})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(9)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[5:-3] = [10, 10]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[2] = 3
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({1: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(4, [])
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [0, 2, 1, 3]
d = {}
s = set()
try:
    del l[-9:-3:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(3, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {4}
except Exception as e:
    print(type(e).__name__, e)
try:
    l[6] = 21
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(6)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {12}
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [5, 6, 5]
d = {}
s = set()
try:
    s.intersection_update(set(range(23)))
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-6:4] = [14, 14]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[2] = 26
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(3, 29)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {1}
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::1] = list(range(len(l[::1])))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [5, 0, 0, 5, 9]
d = {}
s = set()
try:
    l += [6]
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(5, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-7:8:-2]
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[4]
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[6]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [6]
d = {}
s = set()
try:
    s.discard(4)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::1] = list(range(len(l[::1])))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(14)))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    d[2] = 23
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {14}
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {15}
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [3, 8]
d = {}
s = set()
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({3})
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(6, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(2)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {2}
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[1]
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    s.difference_update({0})
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {9}
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {19}
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[-6:-3:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [29]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(7)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(0))
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[-9:-4:-2]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [1, 5, 8]
d = {}
s = set()
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(12)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[2]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(3, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({2})
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [2]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [6, 1, 0, 2, 4, 2, 0]
d = {}
s = set()
try:
    d.update({4: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::1] = list(range(len(l[::1])))
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [26]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({14, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(3, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(9)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(9)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(3))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [7, 8, 7, 0, 1, 9]
d = {}
s = set()
try:
    l[-6] = 23
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-8] = 13
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::-2] = list(range(len(l[::-2])))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(9)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(3)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [15]
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-10]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(3, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[-7:-9:3]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(24)))
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[1:-10:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(0)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [3, 6, 2, 3]
d = {}
s = set()
try:
    l[-3] = 3
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(4, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(3, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({29, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(1, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({20, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [9, 2, 4, 8, 7, 8, 8]
d = {}
s = set()
try:
    d.pop(1, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {9}
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {11}
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(19)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(7)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [2, 0, 2, 2]
d = {}
s = set()
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(27)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::-2] = list(range(len(l[::-2])))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({9, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {10}
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [6, 5, 9]
d = {}
s = set()
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {11}
except Exception as e:
    print(type(e).__name__, e)
try:
    d[0] = 21
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[4]
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[7]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-8)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {1}
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    l = l[2:0:-2]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(7)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({29, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(3, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-9)
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[3]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [1, 1, 0, 1]
d = {}
s = set()
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[-4:3:3]
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(9)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {0}
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [0, 7, 4, 8, 2]
d = {}
s = set()
try:
    l.insert(8, 28)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {13}
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {2}
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({13, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(6))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({4: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(4, 14)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [3, 7, 8, 0, 9, 9, 2, 8]
d = {}
s = set()
try:
    d.setdefault(4, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({14, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(0))
except Exception as e:
    print(type(e).__name__, e)
try:
    l[7:6] = [7, 7]
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-1]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({3})
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [7, 8, 4, 5, 3, 4, 6]
d = {}
s = set()
try:
    l.append(11)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(7)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-8]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-1)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({1})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [4, 8, 1, 9, 5, 7, 0, 5]
d = {}
s = set()
try:
    d.pop(6, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(4))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(1, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(6))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(9)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::2] = list(range(len(l[::2])))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [6, 1]
d = {}
s = set()
try:
    s = s | {22}
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(1, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(5)))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(10)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(25)
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [3, 0, 8, 1, 5]
d = {}
s = set()
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-3:-5:-1]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {1}
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {5}
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(4, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {6}
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {14}
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-2:9] = [4, 4]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [7, 7]
d = {}
s = set()
try:
    del l[7:-9:-1]
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[2:5:-1]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(10)))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-9)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({3})
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {0}
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[-3:6:1]
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[1]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [8, 6, 6, 6, 7, 0, 7, 2]
d = {}
s = set()
try:
    s = s ^ {27}
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {0}
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(6)))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-5)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-2]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [8]
d = {}
s = set()
try:
    l.pop(-1)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-8:1:3]
except Exception as e:
    print(type(e).__name__, e)
try:
    d[3] = 3
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(12)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(3)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(5)))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [7, 0, 7, 6, 7, 2, 5, 9]
d = {}
s = set()
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(27)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-1)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(20)))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[4] = 2
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [8, 2, 9]
d = {}
s = set()
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {23}
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-2] = 20
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {2}
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(7)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({0: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({3: 0})
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [0, 4, 0, 5, 1, 9, 1]
d = {}
s = set()
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({2, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(0))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(2)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({2, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [19]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(17)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-8)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [3, 6, 7, 2, 0, 8, 5]
d = {}
s = set()
try:
    l += [16]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({22, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(0, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-4] = 19
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {21}
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [8, 3, 6, 3]
d = {}
s = set()
try:
    s.intersection_update(set(range(9)))
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {4}
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(12)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(15)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[4:1:-1]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({0})
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {0}
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    l.append(22)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(14)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {6}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(20)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {1}
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[3]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::3] = list(range(len(l[::3])))
except Exception as e:
    print(type(e).__name__, e)
try:
    d[1] = 22
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [1, 3, 0, 3, 6, 9, 3]
d = {}
s = set()
try:
    l.remove(8)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {3}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(2, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [12]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(0))
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[2]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [7, 8]
d = {}
s = set()
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-9)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(2))
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::-1] = list(range(len(l[::-1])))
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-10] = 2
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[1]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(2))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(22)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [9, 2, 1, 4, 3, 8]
d = {}
s = set()
try:
    l[-7] = 19
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[6]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    d[6] = 6
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [2]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [9, 6, 0, 3, 3]
d = {}
s = set()
try:
    l[-5] = 21
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(8)
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[1]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[0] = 10
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(8)
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(8)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [8, 1, 7, 4, 2, 8]
d = {}
s = set()
try:
    l += [2]
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(15)
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({0, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({3})
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(4)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(2))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [8, 2, 5, 9]
d = {}
s = set()
try:
    s = s - {0}
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(12)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({0: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    d[0] = 28
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[0:8:1]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(0))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(3, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [1, 6, 0, 7, 1, 2]
d = {}
s = set()
try:
    l += [1]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::-2] = list(range(len(l[::-2])))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(3)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(3, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[0:-3] = [11, 11]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(12)))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(29)))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(7)
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[6]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(7)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[10:-10] = [2, 2]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(-1, 23)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    del l[-9:6:-1]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(5, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-3:0:-2]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(9))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({1, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(17)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [0, 2, 7]
d = {}
s = set()
try:
    del d[2]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {22}
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {29}
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({3: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[10:-6:1]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(5)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [8, 7, 8, 1, 5, 2, 0, 3]
d = {}
s = set()
try:
    s.add(23)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {1}
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {13}
except Exception as e:
    print(type(e).__name__, e)
try:
    l[4:10] = [13, 13]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(9, 26)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(-8, 0)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [0, 7, 6, 1, 6]
d = {}
s = set()
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({2, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(6)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(8)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::-1] = list(range(len(l[::-1])))
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [16]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(8, 25)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [9, 7, 4, 7]
d = {}
s = set()
try:
    l[-3] = 16
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(4, 15)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(2))
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {0}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(6)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[7] = 26
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [6, 9, 0, 4, 0, 8]
d = {}
s = set()
try:
    s = s - {1}
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(20)))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(4, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(-3, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(4, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({3})
except Exception as e:
    print(type(e).__name__, e)
try:
    d[4] = 11
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [6, 8, 8, 6, 4, 4]
d = {}
s = set()
try:
    l[2:-8] = [22, 22]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::1] = list(range(len(l[::1])))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(8)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(0))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [6, 9, 8, 7, 4, 4, 1]
d = {}
s = set()
try:
    l = l[-8:4:1]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(17)))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(11)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(5, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-3:10] = [29, 29]
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[8:-8:3]
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[4:10:1]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [2, 5, 8, 6]
d = {}
s = set()
try:
    l.pop(-10)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[6]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(6)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({5: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {4}
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[7:8:-2]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    del l[-2:-6:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[4:-10:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {15}
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [3]
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[-2:0:-2]
except Exception as e:
    print(type(e).__name__, e)
try:
    d[2] = 16
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({4, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [4, 5]
d = {}
s = set()
try:
    l.remove(7)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({2: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [28]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(6, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [0]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {0}
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {24}
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [1, 4, 1, 2]
d = {}
s = set()
try:
    d.setdefault(4, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    d[6] = 27
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(7)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(7, 15)
except Exception as e:
    print(type(e).__name__, e)
try:
    d[3] = 24
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({3: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(2, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [0, 2, 3]
d = {}
s = set()
try:
    del l[10:1:3]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(8)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {3}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-5]
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [28]
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [0]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [5, 8, 7]
d = {}
s = set()
try:
    l.pop(2)
except Exception as e:
    print(type(e).__name__, e)
try:
    d[2] = 30
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[-7:-6:1]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({2})
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {19}
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::1] = list(range(len(l[::1])))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(0)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [2, 2, 5, 2]
d = {}
s = set()
try:
    del l[5]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(11))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(1, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [28]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-9]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {21}
except Exception as e:
    print(type(e).__name__, e)
try:
    del d[0]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [4, 6, 4, 3, 6, 4, 7, 4]
d = {}
s = set()
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({3: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    s.difference_update({2})
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::-2] = list(range(len(l[::-2])))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[8]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [2, 2]
d = {}
s = set()
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(20)))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(12)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::-2] = list(range(len(l[::-2])))
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[1:9:-1]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-5)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    l.pop(-1)
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [19]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[6] = 6
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {3}
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(1, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[6:0:3]
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [8, 8, 6]
d = {}
s = set()
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(1, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[3] = 2
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l *= 2
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(10)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-10)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [8, 6, 2, 6, 4, 2]
d = {}
s = set()
try:
    d[1] = 22
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-9]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[1]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.reverse()
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {26}
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [0, 4, 2, 3, 4, 3, 1, 4]
d = {}
s = set()
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::-1] = list(range(len(l[::-1])))
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[5:-6:-2]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {2}
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-9:9] = [8, 8]
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-6]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(4, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(4))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [4, 2, 1, 5]
d = {}
s = set()
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[8] = 6
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(-8, 28)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(6, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(6))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [8]
d = {}
s = set()
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(4)))
except Exception as e:
    print(type(e).__name__, e)
try:
    s.intersection_update(set(range(25)))
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {1}
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[4:8:-2]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(27)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[-2:5] = [13, 13]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [2, 0, 7, 3, 8, 2]
d = {}
s = set()
try:
    d.pop(0, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(0, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.pop(1, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.discard(4)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-10:8:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::3] = list(range(len(l[::3])))
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s ^ {29}
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [7]
d = {}
s = set()
try:
    s.difference_update({4})
except Exception as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({1: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[-2:-8:3]
except Exception as e:
    print(type(e).__name__, e)
try:
    d.setdefault(0, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[0:5:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [0]
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = []
d = {}
s = set()
try:
    s.add(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[7]
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::1] = list(range(len(l[::1])))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(4)
except Exception as e:
    print(type(e).__name__, e)
try:
    l = l[9:0:-2]
except Exception as e:
    print(type(e).__name__, e)
try:
    d[2] = 2
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::2] = list(range(len(l[::2])))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [3, 7, 7, 1, 1]
d = {}
s = set()
try:
    del d[4]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.remove(6)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::2] = list(range(len(l[::2])))
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.extend(range(3))
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {3}
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [8]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.append(5)
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [4, 8, 4, 7, 6, 8]
d = {}
s = set()
try:
    del d[6]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.add(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    l += [3]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.insert(2, 25)
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::-2] = list(range(len(l[::-2])))
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-6]
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l[::1] = list(range(len(l[::1])))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [1]
d = {}
s = set()
try:
    l.append(4)
except Exception as e:
    print(type(e).__name__, e)
try:
    s.update(range(8))
except Exception as e:
    print(type(e).__name__, e)
try:
    d.update({4: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({5, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    l.pop(-7)
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s - {3}
except Exception as e:
    print(type(e).__name__, e)
try:
    d[4] = 25
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({20, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
l = [1, 7]
d = {}
s = set()
try:
    d.update({0: 0})
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[-10:2:1]
except Exception as e:
    print(type(e).__name__, e)
try:
    s.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    l.sort()
except Exception as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update({14, 1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    s = s | {5}
except Exception as e:
    print(type(e).__name__, e)
try:
    d = dict(sorted(d.items()))
except Exception as e:
    print(type(e).__name__, e)
print(l, d, s, len(s), sorted(s)[:3])
