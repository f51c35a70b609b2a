import sys
try:
    line = input("prompt> ")
    print("got", line)
except EOFError as e:
    print("EOFError", repr(e))
print("exiting")
sys.stdout.flush()
exit(3)
print("not reached")
