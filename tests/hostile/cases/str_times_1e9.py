# A 1 GB string: more than the session heap allows.
try:
    s = "x" * 10 ** 9
except MemoryError:
    print("MemoryError caught")
s = "x" * 10 ** 9
print(len(s))
