# itertools in asyncio code: ids with count, round-robin with cycle, batching with islice.
import asyncio
import itertools

ids = itertools.count(1)


async def job(name):
    n = next(ids)
    await asyncio.sleep(0.1 * n)
    return f"{name}#{n}"


async def main():
    names = itertools.cycle(["red", "green", "blue"])
    res = await asyncio.gather(*(job(next(names)) for _ in range(5)))
    print(res)
    it = iter(range(10))
    while batch := list(itertools.islice(it, 4)):
        print("batch", batch)


print(list(itertools.islice(itertools.count(10, 5), 3)), list(itertools.repeat("x", 3)))
print(list(itertools.chain([1, 2], "ab", (3,))), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.product("ab", range(2))), list(itertools.product([0, 1], repeat=2)))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")))
print(list(itertools.islice("abcdefg", 1, 6, 2)), list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.permutations("abc", 2))[:4], list(itertools.combinations(range(4), 2)))
print([(k, list(g)) for k, g in itertools.groupby("aaabccd")])
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcd", [1, 0, 1, 0])))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b), list(itertools.filterfalse(None, [0, 1, 0, 2])))
print(repr(itertools.count(3)), repr(itertools.repeat(1, 2)))
asyncio.run(main())
list(itertools.islice([], -1))
