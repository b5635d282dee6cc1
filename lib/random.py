"""Pseudo-random numbers: integers, sequence operations and real distributions.

Everything is drawn from a Mersenne Twister (period 2**19937-1); the Random
class can be instantiated for independent generators, or subclassed with
another core (override random(), seed(), getstate() and setstate(), and
optionally getrandbits()).  SystemRandom uses the operating system's entropy
source instead.  The module-level functions share one hidden instance.
"""

# heapstack: the core generator is the TypeScript module _random (MT19937 with CPython's
# seeding, 53-bit random(), getrandbits()).  The methods below make the same calls to it, in
# the same order and with the same floating-point expressions, as CPython 3.11's random
# module, so seeded programs reproduce python3's numbers exactly.

import _random
from _collections_abc import Sequence as _Sequence
from _collections_abc import Set as _Set
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate
from itertools import repeat as _repeat
from math import acos as _acos
from math import ceil as _ceil
from math import cos as _cos
from math import e as _e
from math import exp as _exp
from math import floor as _floor
from math import isfinite as _isfinite
from math import log as _log
from math import pi as _pi
from math import sin as _sin
from math import sqrt as _sqrt
from math import tau as TWOPI
from operator import index as _index
from warnings import warn as _warn

try:
    from os import urandom as _urandom
except ImportError:
    from _random import _urandom

try:
    from _sha512 import sha512 as _sha512
except ImportError:
    from hashlib import sha512 as _sha512

__all__ = sorted(
    """
    Random SystemRandom betavariate choice choices expovariate gammavariate gauss
    getrandbits getstate lognormvariate normalvariate paretovariate randbytes randint
    random randrange sample seed setstate shuffle triangular uniform vonmisesvariate
    weibullvariate
    """.split()
)

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53  # bits in a double's significand
RECIP_BPF = 2**-BPF

_ONE = 1  # randrange's default step, told apart from an explicit 1 by identity


# ---- helpers ------------------------------------------------------------------------------

def _string_seed_v1(text):
    # The integer that version-1 seeding (Python before 3.2) made of a str or bytes seed: a
    # 64-bit multiplicative hash of the code points, with -1 mapped to -2.
    if isinstance(text, bytes):
        text = text.decode("latin-1")
    acc = (ord(text[0]) << 7) if text else 0
    mask = (1 << 64) - 1
    for point in map(ord, text):
        acc = ((acc * 1000003) ^ point) & mask
    acc ^= len(text)
    return -2 if acc == -1 else acc


def _range_int(value, what):
    # randrange's argument conversion: integers via __index__; in 3.11 an integral float (or
    # anything int() accepts that compares equal) still works with a DeprecationWarning, and
    # anything else is a ValueError.  stacklevel 3 = randrange's caller.
    try:
        return _index(value)
    except TypeError:
        pass
    whole = int(value)
    if whole != value:
        _warn("randrange() will raise TypeError in the future", DeprecationWarning, 3)
        raise ValueError(f"non-integer {what} for randrange()")
    _warn(
        "non-integer arguments to randrange() have been deprecated since Python 3.10"
        " and will be removed in a subsequent version",
        DeprecationWarning,
        3,
    )
    return whole


# ---- the generator class ------------------------------------------------------------------

class Random(_random.Random):
    """The Mersenne Twister generator behind the module-level functions.

    Instances are independent generators.  To plug in another core generator,
    subclass and override random(), seed(), getstate() and setstate() (and
    getrandbits() if randrange() must cover arbitrarily large ranges).
    """

    VERSION = 3  # the getstate()/setstate() format

    def __init__(self, x=None):
        """Create a generator seeded with x (see seed())."""
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Reset the generator from a seed.

        None seeds from the system's entropy source; an int uses all its bits;
        a str, bytes or bytearray is hashed (version 2, the default) or folded
        the old way (version 1).  Any other type is a TypeError.
        """
        if version == 1 and isinstance(a, (str, bytes)):
            a = _string_seed_v1(a)
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            data = a.encode() if isinstance(a, str) else a
            a = int.from_bytes(data + _sha512(data).digest())
        elif a is not None and not isinstance(a, (int, float, str, bytes, bytearray)):
            raise TypeError(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."
            )
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """The generator's state, for setstate()."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restore a state that getstate() returned."""
        version = state[0]
        if version == 3:
            version, words, self.gauss_next = state
        elif version == 2:
            # Version 2 kept the 32-bit words as signed ints; bring them back to unsigned.
            version, words, self.gauss_next = state
            try:
                words = tuple(word % 4294967296 for word in words)
            except ValueError as exc:
                raise TypeError from exc
        else:
            raise ValueError(
                f"state with version {version} passed to "
                f"Random.setstate() of version {self.VERSION}"
            )
        super().setstate(words)

    # pickling / copying

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # ---- choosing the integer primitive for subclasses ----

    def __init_subclass__(cls, /, **kwargs):
        """Pick _randbelow for a subclass from the methods it provides.

        Walking the MRO, the first class that defines _randbelow, getrandbits
        or random decides: an inherited _randbelow is kept, getrandbits allows
        exact rejection sampling, random alone means the float-based method.
        """
        for klass in cls.__mro__:
            own = klass.__dict__
            if "_randbelow" in own:
                return
            if "getrandbits" in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                return
            if "random" in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                return

    def _randbelow_with_getrandbits(self, n):
        """A uniform int in [0, n) by rejection from bit_length(n)-bit draws (n > 0)."""
        draw = self.getrandbits
        bits = n.bit_length()
        value = draw(bits)
        while value >= n:
            value = draw(bits)
        return value

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """A uniform int in [0, n) built from random() alone (n > 0)."""
        uniform01 = self.random
        if n >= maxsize:
            _warn(
                "Underlying random() generator does not supply \n"
                "enough bits to choose from a population range this large.\n"
                "To remove the range limitation, add a getrandbits() method."
            )
            return _floor(uniform01() * n)
        # Reject the top sliver of [0, 1) so every residue mod n is equally likely.
        cutoff = (maxsize - maxsize % n) / maxsize
        u = uniform01()
        while u >= cutoff:
            u = uniform01()
        return _floor(u * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    # ---- bytes and integers ----

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, "little")

    def randrange(self, start, stop=None, step=_ONE):
        """A random element of range(start, stop, step), without building the range."""
        lo = _range_int(start, "arg 1")
        if stop is None:
            # Only whether a step was passed matters here (it has not been converted).
            if step is not _ONE:
                raise TypeError("Missing a non-None stop argument")
            if lo > 0:
                return self._randbelow(lo)
            raise ValueError("empty range for randrange()")

        hi = _range_int(stop, "stop")
        span = hi - lo
        stride = _range_int(step, "step")
        if stride == 1:
            if span > 0:
                return lo + self._randbelow(span)
            raise ValueError(f"empty range for randrange() ({lo:d}, {hi:d}, {span:d})")
        if stride > 0:
            count = (span + stride - 1) // stride
        elif stride < 0:
            count = (span + stride + 1) // stride
        else:
            raise ValueError("zero step for randrange()")
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return lo + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # ---- sequences ----

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the mutable sequence x in place (Fisher-Yates); returns None."""
        below = self._randbelow
        last = len(x) - 1
        while last > 0:
            other = below(last + 1)
            x[last], x[other] = x[other], x[last]
            last -= 1

    def sample(self, population, k, *, counts=None):
        """k distinct positions of a sequence, chosen without replacement.

        The result lists the picks in selection order, so any slice of it is a
        random sample too.  Repeated members are separate candidates; counts
        gives each member a multiplicity instead of repeating it.  For a
        sample of integers pass a range().
        """
        if not isinstance(population, _Sequence):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        size = len(population)

        if counts is not None:
            # Sample positions of the expanded population, then map them back with bisect.
            bounds = list(_accumulate(counts))
            if len(bounds) != size:
                raise ValueError("The number of counts does not match the population")
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            return [population[_bisect(bounds, pos)] for pos in self.sample(range(total), k=k)]

        below = self._randbelow
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        picked = [None] * k

        # Copy the population when that costs less memory than a set of the taken indices
        # (21 = a small set's size minus an empty list's; bigger sets grow by powers of 4).
        threshold = 21
        if k > 5:
            threshold += 4 ** _ceil(_log(k * 3, 4))

        if size <= threshold:
            pool = list(population)
            for slot in range(k):
                left = size - slot
                j = below(left)
                picked[slot] = pool[j]
                pool[j] = pool[left - 1]  # the last untaken member fills the gap
        else:
            taken = set()
            for slot in range(k):
                j = below(size)
                while j in taken:
                    j = below(size)
                taken.add(j)
                picked[slot] = population[j]
        return picked

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k members of population chosen with replacement, optionally weighted."""
        uniform01 = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[_floor(uniform01() * scale)] for _ in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f"The number of choices must be a keyword argument: {k=}") from None
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != size:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _isfinite(total):
            raise ValueError("Total of weights must be finite")
        top = size - 1
        return [
            population[_bisect(cum_weights, uniform01() * total, 0, top)]
            for _ in _repeat(None, k)
        ]

    # ---- continuous distributions ----

    def uniform(self, a, b):
        """A float between a and b (b itself may come out through rounding)."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (default: midpoint)."""
        u = self.random()
        try:
            split = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > split:
            # Sample the mirrored triangle instead.
            u = 1.0 - u
            split = 1.0 - split
            low, high = high, low
        return low + (high - low) * _sqrt(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution with mean mu and standard deviation sigma."""
        # Ratio of uniforms (Kinderman & Monahan).
        uniform01 = self.random
        while True:
            a = uniform01()
            b = 1.0 - uniform01()
            z = NV_MAGICCONST * (a - 0.5) / b
            if z * z / 4.0 <= -_log(b):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution (Box-Muller; the second value of each pair is kept)."""
        uniform01 = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = uniform01() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - uniform01()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """exp() of a normal variate with mean mu and standard deviation sigma."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (mean 1/lambd)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution of angles: mean angle mu, concentration kappa >= 0."""
        # Best & Fisher (1979); a tiny kappa is treated as the uniform distribution.
        uniform01 = self.random
        if kappa <= 1e-6:
            return TWOPI * uniform01()
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * uniform01())
            d = z / (rho + z)
            u = uniform01()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        inv = 1.0 / rho
        f = (inv + z) / (1.0 + inv * z)
        if uniform01() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha > 0 and scale beta > 0 (mean alpha*beta)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        uniform01 = self.random

        if alpha > 1.0:
            # Cheng (1977), rejection from a log-logistic envelope.
            ainv = _sqrt(2.0 * alpha - 1.0)
            shift = alpha - LOG4
            slope = alpha + ainv
            while True:
                u1 = uniform01()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - uniform01()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = shift + slope * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta

        if alpha == 1.0:
            return -_log(1.0 - uniform01()) * beta

        # 0 < alpha < 1: Ahrens & Dieter's GS algorithm.
        while True:
            b = (_e + alpha) / _e
            p = b * uniform01()
            x = p ** (1.0 / alpha) if p <= 1.0 else -_log((b - p) / alpha)
            u = uniform01()
            if p > 1.0:
                if u <= x ** (alpha - 1.0):
                    return x * beta
            elif u <= _exp(-x):
                return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] with alpha > 0 and beta > 0 (from two gamma variates)."""
        g = self.gammavariate(alpha, 1.0)
        if not g:
            return 0.0
        return g / (g + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


# ---- operating-system entropy -------------------------------------------------------------

class SystemRandom(Random):
    """Random numbers from the operating system's entropy source (os.urandom).

    There is no state: seed() does nothing, getstate()/setstate() raise.
    """

    def random(self):
        """A float in [0.0, 1.0) from 53 fresh random bits."""
        return (int.from_bytes(_urandom(7)) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """An int with k random bits."""
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes)) >> (nbytes * 8 - k)

    def randbytes(self, n):
        """n bytes from the entropy source."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: the entropy source cannot be seeded."""
        return None

    def _notimplemented(self, *args, **kwds):
        """Stand-in for getstate()/setstate(), which make no sense here."""
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _notimplemented


# ---- module-level functions: bound methods of one shared, randomly seeded instance ---------

_inst = Random()


def _export_bound_methods(namespace):
    # random.random, random.choice, ... are the shared instance's bound methods.
    for name in __all__:
        if name[0].islower():
            namespace[name] = getattr(_inst, name)


_export_bound_methods(globals())
del _export_bound_methods


# -- 'python -m random': time each generator and summarise what it produced -----------------

def _test_generator(n, func, args):
    from statistics import fmean, stdev
    from time import perf_counter

    started = perf_counter()
    data = [func(*args) for _ in _repeat(None, n)]
    elapsed = perf_counter() - started
    average = fmean(data)
    print(f'{elapsed:.3f} sec, {n} times {func.__name__}')
    print('avg %g, stddev %g, min %g, max %g\n' % (average, stdev(data, average), min(data), max(data)))


def _test(N=2000):
    for func, args in ((random, ()), (normalvariate, (0.0, 1.0)), (lognormvariate, (0.0, 1.0)),
                       (vonmisesvariate, (0.0, 1.0)), (gammavariate, (0.01, 1.0)),
                       (gammavariate, (0.1, 1.0)), (gammavariate, (0.1, 2.0)),
                       (gammavariate, (0.5, 1.0)), (gammavariate, (0.9, 1.0)),
                       (gammavariate, (1.0, 1.0)), (gammavariate, (2.0, 1.0)),
                       (gammavariate, (20.0, 1.0)), (gammavariate, (200.0, 1.0)),
                       (gauss, (0.0, 1.0)), (betavariate, (3.0, 3.0)),
                       (triangular, (0.0, 1.0, 1.0 / 3.0))):
        _test_generator(N, func, args)


if __name__ == '__main__':
    _test()
