# issue 3: a 3,000,000-iteration arithmetic loop
def main():
    total = 0
    x = 7
    for i in range(3000000):
        x = (x * 31 + i) % 1000003
        total += x - i // 3
    return total

print(main())
