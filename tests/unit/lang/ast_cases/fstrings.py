name = "world"
a = f"hello {name}"
b = f'{x!r} and {y!s} and {z!a}'
c = f"{value:>10}|{value:.{prec}f}|{n:08.3f}"
d = f"{x=}, {y = }, {z=!s}, {w=:>5}"
e = f"{{literal}} {{{nested}}}"
f = "plain " f"{mix}" " end"
g = f"{a['key']}{b[0]}{c(1, 2)}"
h = f"""triple {
    multi
} line"""
i = f"{x:{'>' if left else '<'}10}"
j = rf"raw \d {x}"
k = f"{3.14:.1f} {1+2} {'s' + 't'}"
l = f"{obj.attr!r:^20}"
m = f'{"nested"}'
n = f""
