state = [12345]
def rr(a, b=None):
    if b is None: a, b = 0, a
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return a + state[0] % (b - a)
def rnd():
    return rr(1000) / 1000
print(set([3, 1, 2]), set([100, 5, 37, 8, 64]), set(range(20, 0, -1)), set([-1, -2, 0]), set([1.5, 2, 3.0]))
for trial in range(40):
    n = rr(0, 40)
    a = set()
    for i in range(n):
        x = rr(-50, 200)
        if rnd() < 0.2: a.discard(x)
        else: a.add(x)
    b = set([rr(-50, 200) for _ in range(rr(0, 30))])
    print(a, a | b, a & b, a - b, a ^ b, b - a, frozenset(a) | b, set(list(a)), a.union([1000, 2000]), sorted(a) == sorted(set(sorted(a))))
    c = set(a)
    if c: print(c.pop(), c.pop() if c else None)
    c.update(range(5)); c.difference_update({1}); c.symmetric_difference_update({2, 99}); print(c)
print({(1, 2), (3, 4)}, {None}, set("a"), {True, 1, 0, False})
