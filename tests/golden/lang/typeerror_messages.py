def f(a, b, *, c):
    pass
def g(a, /, b):
    pass
def h(x):
    pass
class C:
    def m(self, x):
        pass
    def __init__(self, v):
        pass
cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3, d=4),
    lambda: f(1, 2, c=3, a=1),
    lambda: g(a=1, b=2),
    lambda: h(),
    lambda: h(1, 2),
    lambda: h(y=1),
    lambda: C(1).m(),
    lambda: C(1).m(1, 2),
    lambda: C(),
    lambda: C(1, 2),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [] + (),
    lambda: 1 < "a",
    lambda: None(),
    lambda: 5(),
    lambda: "abc"[1.5],
    lambda: {}[[]],
    lambda: hash([]),
    lambda: int([]),
    lambda: int("abc"),
    lambda: float("x"),
    lambda: [].pop(),
    lambda: [1].index(5),
    lambda: {}.pop("k"),
    lambda: (1, 2)[5],
    lambda: "abc".index("z"),
    lambda: iter(5),
    lambda: next([]),
    lambda: -"a",
    lambda: ~1.5,
    lambda: [1, 2] * 1.5,
    lambda: sum(["a", "b"]),
    lambda: sorted([1, "a"]),
    lambda: max(),
    lambda: max([]),
    lambda: abs("x"),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: divmod(1, 0),
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: h(**{"x": 1, "y": 2}),
    lambda: h(*[1], x=2),
    lambda: dict(1),
    lambda: setattr(1, "x", 2),
    lambda: object().x,
    lambda: type.x,
    lambda: None.x,
    lambda: "s".foo,
    lambda: (1).real.imag.foo,
    lambda: tuple(1),
    lambda: list(None),
    lambda: "a" * "b",
    lambda: "{} {}".format(1),
    lambda: "%d" % "x",
    lambda: "%s %s" % (1,),
    lambda: isinstance(1, 2),
    lambda: range(1.5),
    lambda: [].sort(key=1),
    lambda: {1: 2}.update(3),
    lambda: frozenset().add,
    lambda: str.join(",", [1, 2]),
    lambda: int("10", 1),
    lambda: [1, 2, 3][1:2:0],
    lambda: set().remove(1),
    lambda: print(sep=1),
    lambda: getattr(1, 2),
    lambda: "abc".split(""),
    lambda: 10 ** -1 // 0,
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "no error", r)
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
