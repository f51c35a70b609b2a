# golden-from: native-python (Pyodide overflows the JS stack here)
l = []
for i in range(5000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print("RecursionError", e)
m = []
for i in range(5000):
    m = [m]
try:
    print(l == m)
except RecursionError as e:
    print("RecursionError", e)
print(repr([[1, [2]], {"a": (3,)}]))
