# issue 3: dict/list churn
def main():
    d = {}
    total = 0
    for i in range(600000):
        key = "k" + str(i % 5000)
        d[key] = d.get(key, 0) + i
        if i % 3 == 0:
            lst = [i, i + 1, i + 2]
            lst.append(len(d))
            total += lst.pop() + lst[1]
    keys = sorted(d)
    for k in keys[::7]:
        del d[k]
    total += sum(d.values()) + len(d)
    squares = {n: n * n for n in range(50000)}
    total += sum([v for v in squares.values() if v % 2])
    return total

print(main())
