# 10**100000 is fine to compute; converting it to decimal exceeds the
# integer string conversion limit (4300 digits).
n = 10 ** 100000
print(n.bit_length())
print(n % 1000000007)
print(len(hex(n)))
try:
    str(n)
except ValueError as e:
    print("ValueError:", e)
print(n)
