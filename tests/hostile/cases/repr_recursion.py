# __repr__ that calls repr() of itself: infinite recursion through a builtin.
class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"


try:
    repr(Loop())
except RecursionError as e:
    print("RecursionError:", e)
print(Loop())
