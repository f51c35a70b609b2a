def greet(name, greeting="hello"):
    return f"{greeting}, {name}"
print(greet("a"))
greet()
