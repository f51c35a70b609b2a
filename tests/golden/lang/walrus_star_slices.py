data = [1, 2, 3, 4, 5, 6]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 6], y)
i = 0
while (i := i + 1) < 4:
    print("i", i)
print((z := 10), z)
a, *b = data
print(a, b)
*a, b = data
print(a, b)
a, *b, c = data
print(a, b, c)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
[a, b] = "xy"
print(a, b)
first, *_ = "hello"
print(first, _)
print(*data)
print(*data, sep="-")
print([*data, *"ab"], (*data[:2], 9), {*range(3)} == {0, 1, 2})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
for a, *rest in [(1, 2, 3), (4,)]:
    print(a, rest)
print(data[1:4], data[::2], data[::-1], data[-2:], data[:-2], data[1:-1:2], data[10:], data[-100:2])
print("hello"[1:3], "hello"[::-1], "hello"[-1], (1, 2, 3)[1:], "abcdef"[::3], "abcdef"[5:1:-2])
s = slice(1, 5, 2)
print(s, data[s], s.start, s.stop, s.step, slice(3), slice(None, None, -1).indices(6))
lst = list(range(10))
lst[2:5] = ["a", "b"]
print(lst)
lst[::3] = [0, 0, 0]
print(lst)
del lst[1:3]
print(lst)
lst[:] = []
print(lst)
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1])
x, y = y, x = 1, 2
print(x, y)
t = 1, 2, 3
print(t, len(t))
single = 1,
print(single)
(p, q) = [9, 8]
print(p, q)
a = b = [1]
print(a is b)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
