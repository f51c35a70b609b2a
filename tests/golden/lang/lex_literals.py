# -*- coding: utf-8 -*-
# comments and literals
x = 1_000_000
print(x, 0x_ff, 0o17, 0b1010_1010, 0XAB, 0O7, 0B1)
print(1.5, 1e10, 1E-5, 3.14_15, .5, 5., 1e308, 1e-320, 2.5e+3)
print(1e16, 1e15, 123456789012345678.0, 0.1 + 0.2, 1/3, 2/3, 1e22, 1e21)
print(10**20, -10**20, 2**100, -(2**64) // 3, 7 // -2, -7 % 3)
print(float('inf'), float('-inf'), float('nan'), -0.0, 0.0)
s = 'single' "double" '''triple
lines''' """another"""
print(s)
print(r'raw \n string', R"raw\t")
print(b'bytes', b"\x00\xff", rb'\n', br"\d")
print('\t|\n|\\|\'|\"|\x41|\u00e9|\U0001F600|\N{BULLET}|\101')
print("中文字符串", len("中文字符串"), "日本語".upper())
变量 = "unicode identifier"
print(变量)
café = 3
print(café * 2)
print(repr("中文"), ascii("中文"), repr('é'), ascii('é'))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr("\x00\x1f\x7f\x80\xa0"), repr("\u2028"))
long_line = 1 + \
    2 + \
    3
print(long_line)
total = (1 +
         2
         + 3)
print(total)
items = [
    1,
    2,  # trailing comment
    3,
]
print(items)
if True:
    if True:
        print("nested")
    print("dedent")
print(b'abc'[0], b'abc'[1:], list(b'hi'))
print(True + True, None, ...)
print(0, -0, +5, ~5, not 0)
