def check(x):
    assert x > 0, f"x must be positive: {x}"
check(1)
check(-2)
