class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("Rex", "lab")
print(d, d.speak(), d.kind, Animal.kind, Animal.count, d.breed)
print(isinstance(d, Animal), issubclass(Dog, Animal), issubclass(Animal, Dog), type(d) is Dog)
print(Dog.__mro__)
print(Dog.__name__, Dog.__qualname__, Dog.__bases__, Dog.__module__)
print(sorted(k for k in vars(d)))
print(d.__dict__)
class Base1:
    def who(self): return "Base1"
class Base2:
    def who(self): return "Base2"
    def only2(self): return "only2"
class Multi(Base1, Base2):
    pass
m = Multi()
print(m.who(), m.only2(), [c.__name__ for c in Multi.__mro__])
class X:
    def hello(self):
        return "X.hello"
class Y(X):
    def hello(self):
        return "Y>" + super().hello()
class Z(X):
    def hello(self):
        return "Z>" + super().hello()
class W(Y, Z):
    def hello(self):
        return "W>" + super().hello()
print(W().hello())
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    @staticmethod
    def origin():
        return Point(0, 0)
    @classmethod
    def from_tuple(cls, t):
        return cls(*t)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point.from_tuple((3, 4))
print(p, p.norm2, Point.origin(), p.origin())
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        print("setting", v)
        self._c = v
    @c.deleter
    def c(self):
        print("deleting")
t = Temp()
t.c = 5
print(t.c)
del t.c
try:
    Point(1, 2).norm2 = 3
except AttributeError as e:
    print("AttributeError")
class Counter:
    instances = []
    def __init__(self):
        Counter.instances.append(self)
Counter(); Counter()
print(len(Counter.instances))
class Empty:
    pass
e = Empty()
e.attr = 1
print(e.attr, hasattr(e, "attr"), hasattr(e, "nope"), getattr(e, "nope", "dflt"))
setattr(e, "dyn", 2)
print(e.dyn)
delattr(e, "dyn")
print(hasattr(e, "dyn"))
class WithSlots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
w = WithSlots()
print(w.a)
try:
    w.c = 3
except AttributeError as ex:
    print("AttributeError:", ex)
class Meta:
    """Doc of Meta."""
    def method(self):
        pass
print(Meta.__doc__, Meta.method.__qualname__)
print(type(Meta().method).__name__, type(Meta.method).__name__)
bm = p.__repr__
print(bm())
class Inherit(dict):
    def extra(self):
        return len(self)
i = Inherit(a=1)
print(i, i.extra(), isinstance(i, dict))
class MyList(list):
    def __repr__(self):
        return "MyList" + super().__repr__()
ml = MyList([1, 2])
ml.append(3)
print(ml, len(ml))
class MyExc(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyExc(7)
except MyExc as ex:
    print(ex, ex.code, ex.args)
print(type(Dog), type(type), type(None).__name__, object.__name__)
class Obj: pass
print(Obj().__class__.__name__, Obj.__class__.__name__)
class Init:
    def __new__(cls, *a):
        print("__new__", cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, v):
        print("__init__", v)
Init(5)
class Sub(Init):
    pass
Sub(6)
class ClassAttrMut:
    shared = []
a1, a2 = ClassAttrMut(), ClassAttrMut()
a1.shared.append(1)
print(a2.shared)
a1.shared = [9]
print(a1.shared, a2.shared, ClassAttrMut.shared)
