# issue 3: method calls on instances
class Counter:
    def __init__(self, step):
        self.value = 0
        self.step = step

    def bump(self):
        self.value += self.step
        return self

    def get(self):
        return self.value


class Doubler(Counter):
    def bump(self):
        self.value += 2 * self.step
        return self


def main():
    a = Counter(1)
    b = Doubler(3)
    for i in range(1000000):
        a.bump()
        b.bump().bump()
        a.get()
    return a.get() + b.get()

print(main())
