def divide(a, b):
    return a / b
def compute():
    total = 10
    return divide(total, 0) + 1
compute()
