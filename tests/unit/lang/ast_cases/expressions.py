a = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m ** -8 ** 2
b = not x and y or z and not (w or v)
c = 1 < x <= 10 != y == z > 3 >= 2 in s not in t is u is not None
d = x | y ^ z & w << 2 >> 1
e = ~x + +y - -z
f = value if condition else other if cond2 else third
g = (n := 10) > 5
h = obj.attr.method(1, 2, *args, key=val, **kw)[0][1:2, ::3, :][..., None]
i = [1, 2, *rest], (1,), (), (1, 2), {1, 2}, {}, {'a': 1, **extra, 'b': 2}
j = [x * 2 for x in range(10) if x % 2 if x > 3]
k = {k: v for k, v in items.items()}
l = {s for s in "abc"}
m = sum(x for x in data)
n = list((y for y in data), key)
o = [[a, b] for a in xs for b in ys]
p = (await fut for fut in futs)
q = [r async for r in aiter() if await check(r)]
r = x[a:b], x[::], x[:], x[1:], x[:-1], x[a, b:c]
s = f(a)(b)(c).d[e]
t = lambda: 0
u = (yield)
*v, w = 1, 2, 3
x.y, z[0] = [1], 2
aa = bb = cc = 0
dd += 1; ee -= 2; ff *= 3; gg /= 4; hh //= 5; ii %= 6; jj **= 7; kk >>= 8; ll <<= 9; mm &= 1; nn |= 2; oo ^= 3; pp @= m
(qq): int = 5
rr.ss: list[int] = []
del a, b[0], c.d
print(*args, sep='', end='\n', file=sys.stderr)
