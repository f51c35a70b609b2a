class Account:
    __slots__ = ("owner", "__balance")
    def __init__(self, owner):
        self.owner = owner
        self.__balance = 0
    def deposit(self, n):
        self.__balance += n
        return self.__balance
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__secret()
a = Account("ann")
print(a.deposit(5), a._Account__balance, a.reveal(), a._Account__secret())
print(Account.owner)
try:
    a.nickname = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
del a.owner
try:
    a.owner
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(a, "__dict__"))
class Sub(Account):
    def __init__(self):
        super().__init__("sub")
        self.extra = 1
s = Sub()
print(s.extra, s.owner, "extra" in s.__dict__)
class _Private:
    __x = 1
    def get(self, __y=2):
        return self.__x + __y
print(_Private().get(), _Private._Private__x)
class Outer:
    __v = "outer"
    def f(self):
        class Inner:
            __w = 5
            def g(inner_self):
                return inner_self.__w
        return Inner().g(), self.__v
print(Outer().f())
__module_level = "not mangled"
print(__module_level)
class Dunder:
    def __len__(self):
        return 3
print(len(Dunder()))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b)
