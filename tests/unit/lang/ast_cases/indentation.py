def f():
	if x:
		return 1
	return 2

class A:

    # comment at a different indent
        # another

    def m(self):  # trailing comment
        pass



x = [
  1,
      2,
 ]
def g(): return 3
