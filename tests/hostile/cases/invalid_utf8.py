print("before")
x = "cafÿ"
print(x)
