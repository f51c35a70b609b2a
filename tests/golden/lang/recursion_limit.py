import sys
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 900, d < 1000)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
d2 = depth(0)
print(d2 > 150, d2 < 200)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print("RecursionError:", e)
