print("quit")
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code, repr(e))
raise SystemExit(0)
