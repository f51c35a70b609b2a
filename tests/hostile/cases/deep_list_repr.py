# A list nested 100,000 deep (built without recursion) cannot be printed.
x = []
for _ in range(100000):
    x = [x]
print("built")
try:
    repr(x)
except RecursionError as e:
    print("RecursionError:", e)
print(x)
