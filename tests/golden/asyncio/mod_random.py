# random, bit-exact with CPython's Mersenne Twister: jittered backoff and random work times.
import asyncio
import random


async def worker(i):
    delay = random.uniform(0.1, 1.0)
    await asyncio.sleep(delay)
    return i, round(delay, 3)


async def main():
    random.seed(42)
    print(await asyncio.gather(*(worker(i) for i in range(4))))


random.seed(1)
print(random.random(), random.randint(1, 6), random.randrange(10), random.randrange(0, 100, 5))
print(random.choice("abcdef"), random.choices([1, 2, 3], k=5), random.choices("xy", weights=[9, 1], k=4))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(items, 3), random.sample(range(1000), 4))
print(random.uniform(2, 3), random.gauss(0, 1), random.getrandbits(40))
random.seed("text seed")
print(random.random())
random.seed(12345)
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
r = random.Random(99)
print(r.randint(0, 10**12), r.choice([None, True]), r.expovariate(2.0))
print(random.randint(5, 5))
asyncio.run(main())
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
random.randint(3, 1)
