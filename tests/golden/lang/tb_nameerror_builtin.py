x = [1, 2]
print(lenn(x))
