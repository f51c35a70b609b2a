# complex numbers: literals, arithmetic, repr, complex(), .real/.imag/.conjugate(), errors.
z = 1 + 2j
print(z, 2j, -2j, 0j, -0j, 1j * 1j, (1+2j) * (3-4j), (1+2j) / (3-4j), abs(3+4j))
print(z.real, z.imag, z.conjugate(), complex(), complex(1), complex(1, 2), complex("1+2j"), complex(" (3-4.5j) "))
print(complex("j"), complex("-j"), complex("1e3+1e-3j"), complex(1.5, -0.0), complex(-0.0, 0.0), complex(0.0, -0.0))
print((-8) ** 0.5, (-1) ** 0.5, 2 ** (1j), (1+1j) ** 2, (1+1j) ** -2, (2+0j) ** 0.5)
print(z == 1 + 2j, z != 1, 1j == 1j, 2 + 0j == 2, hash(2 + 0j) == hash(2), hash(1j), hash(1 + 2j))
print(repr(complex(float("inf"), float("nan"))), complex(1e300, 1e300) * 10, complex(1, float("-inf")))
print(type(z).__name__, isinstance(z, complex), bool(0j), bool(1j), -z, +z, z - 1, 1 - z, 2.5 * z, z / 2)
print(str(1.5j), [1j, 2 + 3j], {1j: 1}, f"{z}", "%s" % z, (1e-20 + 1e20j), 1e16j, 1.0e-5j)
for bad in [lambda: 1j < 2j, lambda: 1j // 2, lambda: 1j % 2, lambda: complex("x"), lambda: complex("1+2j", 1),
            lambda: complex(1, "2"), lambda: complex([]), lambda: 1j / 0, lambda: 0j ** -1, lambda: int(1j),
            lambda: float(1j), lambda: round(1j), lambda: complex("1 + 2j"), lambda: divmod(1j, 2), lambda: 0 ** -0.5]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
