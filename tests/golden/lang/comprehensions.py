print([x * x for x in range(6)])
print([x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(3)] for r in range(3)])
print(sorted({x % 3 for x in range(10)}))
print({k: v for k, v in zip("abc", range(3))})
print({k: k * 2 for k in "xyz" if k != "y"})
g = (x + 1 for x in range(3))
print(list(g))
print(sum(x for x in range(101)), any(x > 5 for x in range(3)), all(x < 5 for x in range(3)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
flat = [n for row in matrix for n in row if n % 2 == 0]
print(flat)
print([(i, c) for i, c in enumerate("ab")])
print([a + b for a, b in [(1, 2), (3, 4)]])
print({(a, b): a * b for a in range(2) for b in range(2)})
print([x if x > 2 else -x for x in range(5)])
print([y for x in [[1, [2]], [3, [4]]] for y in x[1]])
n = 10
print([n * i for i in range(3)])
x = "outer x"
print([x for x in "ab"], x)
print(list(map(lambda t: t[0], [(1, 2), (3, 4)])))
def f():
    y = 5
    return [y * i for i in range(3)], {i: y for i in range(2)}, list(y + i for i in range(2))
print(f())
class C:
    data = [1, 2, 3]
    doubled = [v * 2 for v in data]
    first = data[0]
    uses_outer = [first for _ in range(2)] if False else None
print(C.doubled)
try:
    class D:
        a = 5
        b = [a for _ in range(2)]
except NameError as e:
    print("NameError:", e)
print([i for i in range(3)] + [i for i in range(3, 5)])
print(list(zip(*[(1, 'a'), (2, 'b')])))
words = ["apple", "bob", "kiwi"]
print({w: len(w) for w in words}, {len(w) for w in words} == {3, 4, 5})
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, reverse=True))
nested_gen = ((i, j) for i in range(2) for j in range(2))
print(list(nested_gen))
print([[]for _ in range(2)])
print([i for i in range(5)][::-1])
