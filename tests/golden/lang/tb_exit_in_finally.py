try:
    print("work")
    raise KeyError("key")
finally:
    print("cleanup")
