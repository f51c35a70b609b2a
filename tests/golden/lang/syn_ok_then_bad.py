print("runs?")
x = (1 +

