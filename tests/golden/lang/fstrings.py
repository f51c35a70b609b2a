name = "world"
n = 42
pi = 3.14159265
print(f"hello {name}!")
print(f"{n:5d}|{n:<5}|{n:^7}|{n:>5}|{n:05}|{n:+d}|{n:x}|{n:#x}|{n:o}|{n:#b}|{n:,}")
print(f"{pi:.2f}|{pi:10.3f}|{pi:e}|{pi:.3g}|{pi:%}|{1234567.891:,.2f}|{pi:=+10.2f}")
print(f"{name!r}|{name!s}|{'é'!a}|{name:>10}|{name:*^11}")
print(f"{n=}|{pi=:.2f}|{name=!s}|{ n + 1 = }")
print(f"{{literal braces}} {n}")
width = 8
prec = 3
print(f"{pi:{width}.{prec}f}|")
d = {"key": "value"}
print(f"{d['key']}")
print(f"{'nested' + ' ' + f'{n}'}")
print(f"{[x * 2 for x in range(3)]}")
print(f"{n if n > 10 else 0}")
print(f"{3.0}|{1e20}|{1.5e-7}|{100.0:g}|{0.0001:g}|{12345678.0:g}")
print(f"{'abc':.2}|{12:c}|{True}|{None}")
print(F"upper F {n}")
print(rf"raw {n}\n")
print(f"multi"
      f"part {n}")
print(f"""triple {
    n
}""")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "str-P"
print(f"{P()}|{P():abc}|{P()!r}|{P()!s}")
print(format(255, "08b"), format(3.5, "^9.1f"), format("x", "<3") + "|")
print(f"{-0.0}|{-1.5:08.2f}|{1e100:.3e}|{-5:05d}")
print(f"{123.456:.0f}|{0.5:.0f}|{1.5:.0f}|{2.5:.0f}|{2.675:.2f}")
print(f"{10:#o}|{255:X}|{255:#X}|{-255:x}|{1000000:_}|{1000000:_x}")
