// random (CPython's Mersenne Twister, bit for bit: Modules/_randommodule.c's
// init_by_array/genrand_uint32 and Lib/random.py's algorithms) and the Python
// half of math. Our own code.
#include "modules/stdlib.h"

namespace ls::mods {

extern const PySource kPyRandom = {"random", "random.py", R"PY(
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite
from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect
import _ls
from operator import index as _index

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF
_ONE = 1
_M = 0xffffffff


def _sha512(data):
    import hashlib
    return hashlib.sha512(data).digest()


class Random:
    VERSION = 3

    def __init__(self, x=None):
        self._mt = [0] * 624
        self._mti = 625
        self.seed(x)
        self.gauss_next = None

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s & _M
        for i in range(1, 624):
            p = mt[i - 1]
            mt[i] = (1812433253 * (p ^ (p >> 30)) + i) & _M
        self._mti = 624

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i = 1
        j = 0
        klen = len(key)
        k = 624 if 624 > klen else klen
        while k:
            p = mt[i - 1]
            mt[i] = ((mt[i] ^ ((p ^ (p >> 30)) * 1664525)) + key[j] + j) & _M
            i += 1
            j += 1
            if i >= 624:
                mt[0] = mt[623]
                i = 1
            if j >= klen:
                j = 0
            k -= 1
        k = 623
        while k:
            p = mt[i - 1]
            mt[i] = ((mt[i] ^ ((p ^ (p >> 30)) * 1566083941)) - i) & _M
            i += 1
            if i >= 624:
                mt[0] = mt[623]
                i = 1
            k -= 1
        mt[0] = 0x80000000

    def _genrand(self):
        mt = self._mt
        if self._mti >= 624:
            for kk in range(227):
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff)
                mt[kk] = mt[kk + 397] ^ (y >> 1) ^ (0x9908b0df if y & 1 else 0)
            for kk in range(227, 623):
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff)
                mt[kk] = mt[kk - 227] ^ (y >> 1) ^ (0x9908b0df if y & 1 else 0)
            y = (mt[623] & 0x80000000) | (mt[0] & 0x7fffffff)
            mt[623] = mt[396] ^ (y >> 1) ^ (0x9908b0df if y & 1 else 0)
            self._mti = 0
        y = mt[self._mti]
        self._mti += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y

    def _seed_int(self, n):
        n = abs(n)
        key = []
        while n:
            key.append(n & _M)
            n >>= 32
        if not key:
            key = [0]
        self._init_by_array(key)

    def seed(self, a=None, version=2):
        if version == 1 and isinstance(a, (str, bytes)):
            x = ord(a[0]) << 7 if a else 0
            for c in map(ord, a):
                x = ((1000003 * x) ^ c) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            if isinstance(a, str):
                a = a.encode()
            a = int.from_bytes(a + _sha512(a), 'big')
        elif __minor__ >= 11 and not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        if a is None:
            import time
            a = int(time.time() * 1000003) ^ id(self)
        elif not isinstance(a, int):
            a = hash(a)
        self._seed_int(a)
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, tuple(self._mt) + (self._mti,), self.gauss_next

    def setstate(self, state):
        version, internalstate, self.gauss_next = state
        self._mt = list(internalstate[:624])
        self._mti = internalstate[624]

    def random(self):
        a = self._genrand() >> 5
        b = self._genrand() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        if k == 0:
            if __minor__ < 10:
                raise ValueError('number of bits must be greater than zero')
            return 0
        if k <= 32:
            return self._genrand() >> (32 - k)
        r = 0
        shift = 0
        while k > 0:
            w = self._genrand()
            if k < 32:
                w >>= (32 - k)
            r |= w << shift
            shift += 32
            k -= 32
        return r

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def _randbelow(self, n):
        if __minor__ < 10 and not n:
            return 0
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    if __minor__ >= 11:
#@line 12:291
        def randrange(self, start, stop=None, step=_ONE):
#@line 12:301
            istart = _index(start)
            if stop is None:
#@line 12:305
                if step is not _ONE:
                    raise TypeError("Missing a non-None stop argument")
                if istart > 0:
                    return self._randbelow(istart)
                raise ValueError("empty range for randrange()")
#@line 12:312
            istop = _index(stop)
            width = istop - istart
            istep = _index(step)
#@line 12:316
            if istep == 1:
                if width > 0:
                    return istart + self._randbelow(width)
                raise ValueError(f"empty range in randrange({start}, {stop})")
#@line 12:322
            if istep > 0:
                n = (width + istep - 1) // istep
            elif istep < 0:
                n = (width + istep + 1) // istep
            else:
                raise ValueError("zero step for randrange()")
            if n <= 0:
                raise ValueError(f"empty range in randrange({start}, {stop}, {step})")
            return istart + istep * self._randbelow(n)
    else:
#@line 9:290
        def randrange(self, start, stop=None, step=1):
#@line 9:300
            istart = int(start)
            if istart != start:
                raise ValueError("non-integer arg 1 for randrange()")
            if stop is None:
                if istart > 0:
                    return self._randbelow(istart)
                raise ValueError("empty range for randrange()")
#@line 9:309
            istop = int(stop)
            if istop != stop:
                raise ValueError("non-integer stop for randrange()")
            width = istop - istart
            if step == 1 and width > 0:
                return istart + self._randbelow(width)
            if step == 1:
                raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
#@line 9:319
            istep = int(step)
            if istep != step:
                raise ValueError("non-integer step for randrange()")
            if istep > 0:
                n = (width + istep - 1) // istep
            elif istep < 0:
                n = (width + istep + 1) // istep
            else:
                raise ValueError("zero step for randrange()")
#@line 9:329
            if n <= 0:
                raise ValueError("empty range for randrange()")
#@line 9:332
            return istart + istep * self._randbelow(n)

#@line 9:334 12:332
    def randint(self, a, b):
#@line 9:338 12:336
        return self.randrange(a, b+1)

#@line 9:343 12:341
    def choice(self, seq):
        if __minor__ >= 10:
#@line 12:346
            if not len(seq):
                raise IndexError('Cannot choose from an empty sequence')
#@line 9:346 12:348
        return seq[self._randbelow(len(seq))]

#@line 9:348 12:350
    def shuffle(self, x):
#@line 9:359 12:353
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
#@line 9:361 12:356
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

#@line 9:374 12:359
    def sample(self, population, k, *, counts=None):
        if isinstance(population, (set, frozenset)):
            if __minor__ >= 11:
                raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
            import warnings
            warnings.warn('Sampling from a set deprecated\n'
                          'since Python 3.9 and will be removed in a subsequent version.',
                          DeprecationWarning, 2)
            population = tuple(population)
        if isinstance(population, dict) or not hasattr(population, '__getitem__') or not hasattr(population, '__len__'):
            raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
        n = len(population)
        if counts is not None:
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            bisect = _bisect
            return [population[bisect(cum_counts, s)] for s in selections]
        randbelow = self._randbelow
#@line 9:448 12:429
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            selected_add = selected.add
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected_add(j)
                result[i] = population[j]
        return result

#@line 9:473 12:454
    def choices(self, population, weights=None, *, cum_weights=None, k=1):
#@line 9:480 12:461
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                floor = _floor
                n += 0.0
                return [population[floor(random() * n)] for i in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int) or __minor__ < 10:
                    raise
                k = weights
                raise TypeError(f'The number of choices must be a keyword argument: k={k}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if __minor__ >= 10:
            if total <= 0.0:
                raise ValueError('Total of weights must be greater than zero')
            if not _isfinite(total):
                raise ValueError('Total of weights must be finite')
        bisect = _bisect
        hi = n - 1
        return [population[bisect(cum_weights, random() * total, 0, hi)]
                for i in _repeat(None, k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_log(1.0 - random()) * beta
        else:
            while True:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


class SystemRandom(Random):
    pass


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
)PY"};

extern const PySource kPyMath = {"math", "math.py", R"PY(
def _int_arg(x, name):
    if isinstance(x, int):
        return x
    if isinstance(x, float):
        if __minor__ < 10 and x == int(x):
            return int(x)
        if __minor__ < 10:
            raise ValueError(f'{name}() only accepts integral values')
        raise TypeError("'float' object cannot be interpreted as an integer")
    if hasattr(type(x), '__index__'):
        return x.__index__()
    raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")


def factorial(x, /):
    n = _int_arg(x, 'factorial')
    if n < 0:
        raise ValueError('factorial() not defined for negative values')
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def gcd(*integers):
    g = 0
    for x in integers:
        x = abs(_int_arg(x, 'gcd'))
        while x:
            g, x = x, g % x
    return abs(g)


def lcm(*integers):
    if not integers:
        return 1
    r = 1
    for x in integers:
        x = _int_arg(x, 'lcm')
        if x == 0:
            return 0
        r = abs(r * x) // gcd(r, x)
    return r


def isqrt(n, /):
    n = _int_arg(n, 'isqrt')
    if n < 0:
        raise ValueError('isqrt() argument must be nonnegative')
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def comb(n, k, /):
    n = _int_arg(n, 'comb')
    k = _int_arg(k, 'comb')
    if n < 0:
        raise ValueError('n must be a non-negative integer')
    if k < 0:
        raise ValueError('k must be a non-negative integer')
    if k > n:
        return 0
    k = min(k, n - k)
    r = 1
    for i in range(1, k + 1):
        r = r * (n - k + i) // i
    return r


def perm(n, k=None, /):
    n = _int_arg(n, 'perm')
    if k is None:
        return factorial(n)
    k = _int_arg(k, 'perm')
    if n < 0:
        raise ValueError('n must be a non-negative integer')
    if k < 0:
        raise ValueError('k must be a non-negative integer')
    if k > n:
        return 0
    r = 1
    for i in range(n - k + 1, n + 1):
        r *= i
    return r


def prod(iterable, /, *, start=1):
    r = start
    for x in iterable:
        r = r * x
    return r


def _flog(x, kind):
    if isinstance(x, int) and not isinstance(x, bool) and x > 0 and x.bit_length() > 1000:
        e = x.bit_length() - 53
        m = x >> e
        base = _log(float(m), kind)
        return base + e * (1.0 if kind == 2 else _log(2.0, kind))
    if isinstance(x, int) and x <= 0 and kind != 1:
        raise ValueError('math domain error' if __minor__ < 14 else
                         ('expected a positive input' + ('' if x == 0 else f', got {x}')))
    return _log(x, kind)


def log(x, base=None, /):
    if base is None:
        return _flog(x, 0)
    num = _flog(x, 0)
    den = _flog(base, 0)
    return num / den


def log2(x, /):
    return _flog(x, 2)


def log10(x, /):
    return _flog(x, 10)


def log1p(x, /):
    return _log(x, 1)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = fabs(b - a)
    return (diff <= fabs(rel_tol * b)) or (diff <= fabs(rel_tol * a)) or (diff <= abs_tol)


def fsum(seq, /):
    partials = []
    special = 0.0
    for x in seq:
        x = float(x)
        if not isfinite(x):
            special += x
            continue
        i = 0
        for y in partials:
            if fabs(x) < fabs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo:
                partials[i] = lo
                i += 1
            x = hi
        partials[i:] = [x]
    if special != 0.0 or special != special:
        if special != special and not any(v != v for v in [special]):
            raise ValueError('-inf + inf in fsum')
        return special
    n = len(partials)
    hi = 0.0
    if n > 0:
        n -= 1
        hi = partials[n]
        lo = 0.0
        while n > 0:
            x = hi
            n -= 1
            y = partials[n]
            hi = x + y
            yr = hi - x
            lo = y - yr
            if lo != 0.0:
                break
        if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or (lo > 0.0 and partials[n - 1] > 0.0)):
            y = lo * 2.0
            x = hi + y
            yr = x - hi
            if y == yr:
                hi = x
    return hi


def hypot(*coordinates):
    if len(coordinates) == 2:
        return _hypot2(*coordinates)
    s = 0.0
    for c in coordinates:
        s += float(c) * float(c)
    return sqrt(s)


def _hypot2(x, y):
    x = fabs(x)
    y = fabs(y)
    if isinf(x) or isinf(y):
        return inf
    if x < y:
        x, y = y, x
    if x == 0.0:
        return 0.0
    r = y / x
    return x * sqrt(1.0 + r * r) if r > 1e-8 else x


def dist(p, q, /):
    if len(p) != len(q):
        raise ValueError('both points must have the same number of dimensions')
    return hypot(*[a - b for a, b in zip(p, q)])


def remainder(x, y, /):
    x = float(x)
    y = float(y)
    if y == 0.0:
        raise ValueError('math domain error')
    n = round(x / y)
    return x - n * y


def ulp(x, /):
    x = fabs(float(x))
    if isnan(x) or isinf(x):
        return x
    return nextafter(x, inf) - x
)PY"};

}  // namespace ls::mods
