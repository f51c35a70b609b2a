def report():
    counter = 0
    for item in range(3):
        counter += item
    return countr
report()
