print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(7 / 2, 7 // 2, 7 % 2, -7 // 2, -7 % 2, 7.5 // 2, 7.5 % 2, -7.5 % 2)
print(2 ** -1, 2 ** 0.5, 10 ** 0, pow(2, 10, 1000), pow(3, -1, 7))
print(1 << 10, 1024 >> 3, -16 >> 2, 5 & 3, 5 | 3, 5 ^ 3, ~0)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, 1 is not None, 3 in [1, 2, 3], 4 not in (1, 2))
print(1 < 2 > 0 != 5 == 5, "a" < "b" <= "b")
def f(v):
    print("eval", v)
    return v
print(f(1) < f(2) < f(0) < f(5))
print(True and "x", 0 and "x", None or "default", "" or 0 or [], not [], not [0])
print(1 if True else 2, 1 if False else 2 if False else 3)
print("ab" * 3, [0] * 3, 3 * (1, 2), "a" + "b", [1] + [2], (1,) + (2,))
print(10 - 2 - 3, 100 / 10 / 5, 2 * 3 % 4, -3 ** 2, not 1 == 2)
print(1 + 2 == 3 and 4 > 3 or False)
x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x //= 3; print(x)
x **= 2; print(x)
x %= 7; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 6; print(x)
x ^= 15; print(x)
x /= 2; print(x)
l = [1, 2]
l2 = l
l += [3]
print(l, l2, l is l2)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
s = "abc"
s *= 2
print(s)
print(abs(-3), -(-3), +(-3), 0.1 * 3, 1.1 + 2.2, 3 * 1.1)
print(True + 1, True * 3, False - 1, 10 / 4, 9 / 3, 2 ** 64, 2 ** 64 // 3)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), round(2.5), round(3.5), round(2.675, 2), round(-0.5))
print([1, 2] == [1, 2], [1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" > "abd", [] == [])
print(0.1 + 0.2 == 0.3, 1e300 * 1e10, -1e300 * 1e10, 1 == True, hash(1) == hash(1.0))
a = b = c = 7
print(a, b, c)
lam = lambda x, y=2: x * y
print(lam(3), lam(3, 4), (lambda: "noargs")(), (lambda *a, **k: (a, k))(1, z=2))
print((5 if 0 else lambda: 1 if False else 9)())
print((lambda x: x)(1) if True else 0)
