import random

for seed in [0, 1, 42, 12345, 2**32 + 7, -99, 2**100 + 3, 'hello', b'bytes']:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100), random.randrange(0, 1000, 7),
          random.getrandbits(70), random.uniform(1, 2))

random.seed(7)
items = list(range(20))
random.shuffle(items)
print(items)
print(random.choice('abcdefg'), random.choice([10, 20, 30]), random.sample(range(100), 5), random.sample('abcdef', 3))
print(random.sample(range(10000), 8), random.choices('abc', k=5), random.choices('abc', weights=[1, 0, 5], k=6))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=4))
print(random.gauss(0, 1), random.gauss(10, 2), random.normalvariate(0, 1), random.expovariate(1.5))
print(random.triangular(0, 10, 3), random.betavariate(2, 3), random.gammavariate(2.5, 1.0))
r = random.Random(99)
print(r.random(), r.randint(0, 10), r.getrandbits(1), r.getrandbits(32), r.getrandbits(64))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
random.seed(2024)
print([random.randint(1, 6) for _ in range(20)])
print([round(random.random(), 6) for _ in range(5)])
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.sample([1, 2], 3)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
