# A list of 10**9 elements (8 GB of pointers).
try:
    l = [0] * 10 ** 9
except MemoryError:
    print("MemoryError caught")
l = [0] * 10 ** 9
print(len(l))
