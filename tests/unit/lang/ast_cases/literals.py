ints = [0, 1, 1_000_000, 0x_FF, 0o17, 0b1010, 9223372036854775807, 9223372036854775808, 0xFFFFFFFFFFFFFFFFFFFFFFFF, 00]
floats = [1.0, 0.5, .5, 1., 1e10, 1.5e-3, 1_0.0_1, 3.14159, 1e100, 2.5E+3, 0.1, 123456789.0, 1e16, 1e-5]
cplx = [1j, 2.5j, 0j]
strs = ['a', "b", '''c''', """d
e""", r'\n', R"\t", u'u', 'it\'s', "say \"hi\"", '\x41\u00e9\U0001F600\101\0', 'tab\there', 'nl\nhere', 'back\\slash']
joined = 'a' 'b' "c"
bs = [b'bytes', rb'\d+', b'\x00\xff', B"X" b'y']
consts = [None, True, False, ...]
unicode = 'héllo wörld ✓', "日本語"
multi = ('line one '
         'line two')
cont = 1 + \
    2
