# Containers that contain themselves print as [...], {...}.
a = [1, 2]
a.append(a)
print(a)
print(str(a), repr(a))
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d, (a, d)]
print(b)
t = ([],)
t[0].append(t)
print(t)
print(a == a, a[2] is a)
c = []
c.append(c)
try:
    c == [c]
except RecursionError as e:
    print("RecursionError:", e)
print(len(a))
