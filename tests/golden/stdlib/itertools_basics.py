import itertools as it
from itertools import count, cycle, islice, chain, repeat, product, zip_longest, accumulate, groupby
from itertools import permutations, combinations, starmap, takewhile, dropwhile, tee

print(list(islice(count(10, 5), 4)), list(islice(cycle('ab'), 5)), list(repeat('x', 3)))
print(list(chain([1, 2], (3,), 'ab')), list(chain.from_iterable([[1], [2, 3]])))
print(list(product('ab', [0, 1])), list(product([1, 2], repeat=2)))
print(list(zip_longest('abc', [1], fillvalue='-')))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=10)))
for k, g in groupby('aaabbc'):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(permutations('abc', 2)), len(list(permutations(range(4)))))
print(list(combinations(range(4), 3)), list(it.combinations_with_replacement('ab', 2)))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, 0, 2])))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(islice(range(10), 2, 8, 3)), list(it.compress('abcd', [1, 0, 1, 0])))
print(list(it.pairwise('abcd')) if hasattr(it, 'pairwise') else 'no pairwise')
