# issue 3: string building (concatenation, join, f-strings, methods)
def main():
    parts = []
    s = ""
    n = 0
    for i in range(500000):
        t = f"item{i}:{i * 3}"
        parts.append(t)
        s += str(i % 10)
        if len(s) > 1000:
            n += s.count("7")
            s = ""
    joined = ",".join(parts)
    up = joined.upper().replace("ITEM", "x")
    return len(joined) + len(up) + n + len(up.split(","))

print(main())
