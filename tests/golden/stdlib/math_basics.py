import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7))
print(type(math.floor(2.5)).__name__, math.floor(10**20 + 0.0), math.ceil(5))
print(math.factorial(20), math.gcd(48, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.log1p(1e-10), math.log(2**2000))
print(math.exp(1), math.expm1(1e-10), math.pow(2, 10), math.fabs(-3), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(math.sin(math.pi / 2), math.cos(0), math.tan(0.5), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.copysign(3, -0.0))
print(math.comb(10, 3), math.perm(5, 2), math.perm(4), math.isqrt(99), math.isqrt(10**30))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]))
print(math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
