"""Basic statistics of real-valued data.

Averages: mean, fmean, geometric_mean, harmonic_mean, median, median_low,
median_high, median_grouped, mode, multimode.  Spread: pvariance,
variance, pstdev, stdev, quantiles.  Two inputs: covariance, correlation,
linear_regression.  NormalDist models a normal distribution.

Sums are computed exactly (as fractions), so mean() and variance() of
ints, floats and Fractions round only once, when converting the result
back to the data's type.  Errors are reported as StatisticsError, a
ValueError.
"""

# heapstack's statistics: CPython 3.11's results and messages, our code.

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean',
    'median', 'median_grouped', 'median_high', 'median_low', 'mode',
    'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]

import math
import numbers
import sys

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict, namedtuple
from fractions import Fraction
from itertools import chain, groupby, repeat
from math import erf, exp, fabs, fsum, hypot, log, sqrt, tau
from _statistics_accel import centred_fsum as _centred_fsum, exact_sums as _exact_sums
from _statistics_accel import log_fmean as _log_fmean
try:
    from operator import mul
except ImportError:  # lib/operator.py missing: its functions are _operator's
    from _operator import mul

try:
    from decimal import Decimal
except ImportError:
    class Decimal:
        """Placeholder: heapstack has no decimal module yet."""

        def __new__(cls, *args, **kwargs):
            raise ImportError("No module named 'decimal'")

_SQRT2 = sqrt(2.0)


class StatisticsError(ValueError):
    pass


# -- exact arithmetic helpers ------------------------------------------------

def _is_finite(x):
    check = getattr(x, 'is_finite', None)
    if check is not None:
        return check()
    return math.isfinite(x)


def _exact_ratio(x):
    """(numerator, denominator) of a real number; (x, None) for a
    non-finite float or Decimal."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to "
                        "numerator/denominator")


def _coerce(T, S):
    """The common type of T and S for a result (TypeError if none)."""
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _result_type(types):
    result = int
    for t in types:
        result = _coerce(result, t)
    return result


def _sum(data):
    """(result type, exact sum as a Fraction, count) of the data."""
    count = 0
    types = set()
    by_denominator = {}
    # exact ints and finite floats (all of a list or tuple, the leading ones of an iterator)
    # are summed in _statistics_accel; the loop below takes the rest
    fast = _exact_sums(data, False)
    if fast is not None:
        kinds, num, den, _, count, rest = fast
        types.update(kinds)
        if count:
            by_denominator[den] = num
        data = () if rest is None else chain(rest[:1], rest[1])
    for kind, run in groupby(data, type):
        types.add(kind)
        for num, den in map(_exact_ratio, run):
            count += 1
            by_denominator[den] = by_denominator.get(den, 0) + num
    if None in by_denominator:
        # an infinity or a NaN: the (non-finite) sum of those
        total = by_denominator[None]
    else:
        total = sum(Fraction(num, den) for den, num in by_denominator.items())
    return _result_type(types), total, count


def _ss(data, c=None):
    """(result type, sum of squared deviations, mean, count), exactly and
    in one pass; with c given, deviations are taken from c instead."""
    if c is not None:
        kind, total, count = _sum((x - c) * (x - c) for x in data)
        return kind, total, c, count
    count = 0
    types = set()
    sums = defaultdict(int)
    squares = defaultdict(int)
    fast = _exact_sums(data, True)  # as in _sum; squares[den] / den**2: the squares' sum
    if fast is not None:
        kinds, num, den, sq_num, count, rest = fast
        types.update(kinds)
        if count:
            sums[den] = num
            squares[den] = sq_num
        data = () if rest is None else chain(rest[:1], rest[1])
    for kind, run in groupby(data, type):
        types.add(kind)
        for num, den in map(_exact_ratio, run):
            count += 1
            sums[den] += num
            squares[den] += num * num
    if not count:
        deviation = center = Fraction(0)
    elif None in sums:
        deviation = center = sums[None]
    else:
        sx = sum(Fraction(num, den) for den, num in sums.items())
        sxx = sum(Fraction(num, den * den) for den, num in squares.items())
        deviation = (count * sxx - sx * sx) / count
        center = sx / count
    return _result_type(types), deviation, center, count


def _convert(value, T):
    """value (a Fraction or non-finite number) as type T (float when T is
    an int type and value is not integral)."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, Decimal):
            return T(value.numerator) / T(value.denominator)
        raise


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


# Square roots of fractions, correctly rounded to a float: an integer
# square root with enough extra bits, rounded to odd so that the final
# int/int division rounds exactly once.

_SQRT_EXTRA_BITS = 2 * sys.float_info.mant_dig + 3


def _isqrt_frac_round_odd(num, den):
    root = math.isqrt(num // den)
    return root | (root * root * den != num)


def _float_sqrt_of_frac(num, den):
    shift = (num.bit_length() - den.bit_length() - _SQRT_EXTRA_BITS) // 2
    if shift >= 0:
        return (_isqrt_frac_round_odd(num, den << 2 * shift) << shift) / 1
    return _isqrt_frac_round_odd(num << -2 * shift, den) / (1 << -shift)


def _decimal_sqrt_of_frac(num, den):
    """The square root of num/den as a correctly rounded Decimal."""
    if num <= 0:
        if not num:
            return Decimal('0.0')
        num, den = -num, -den
    root = (Decimal(num) / Decimal(den)).sqrt()
    rn, rd = root.as_integer_ratio()
    above = root.next_plus()
    an, ad = above.as_integer_ratio()
    if 4 * num * (rd * ad) ** 2 > den * (rd * an + ad * rn) ** 2:
        return above
    below = root.next_minus()
    bn, bd = below.as_integer_ratio()
    if 4 * num * (rd * bd) ** 2 < den * (rd * bn + bd * rn) ** 2:
        return below
    return root


def _sqrt_of(mss, T):
    if issubclass(T, Decimal):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


# -- averages ----------------------------------------------------------------

def mean(data):
    """The arithmetic mean of data, in the data's type (a float for
    non-integral means of ints).  mean([1, 2, 3, 4, 4]) is 2.8."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The (optionally weighted) arithmetic mean of data, as a float."""
    try:
        n = len(data)
    except TypeError:
        n = 0

        def counted(iterable):
            nonlocal n
            for n, x in enumerate(iterable, start=1):
                yield x

        data = counted(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        nweights = len(weights)
    except TypeError:
        weights = list(weights)
        nweights = len(weights)
    weighted = fsum(map(mul, data, weights))
    if n != nweights:
        raise StatisticsError('data and weights must be the same length')
    total_weight = fsum(weights)
    if not total_weight:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / total_weight


def geometric_mean(data):
    """The geometric mean of positive data, as a float."""
    try:
        # a list or tuple of positive floats and ints: the same mean of logs in _statistics_accel
        mean_log = _log_fmean(data)
        if mean_log is None:
            mean_log = fmean(map(log, data))
        return exp(mean_log)
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The (optionally weighted) harmonic mean of non-negative data: the
    reciprocal of the mean of the reciprocals.  0 if a value is 0."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if not isinstance(x, (numbers.Real, Decimal)):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(errmsg)
        return x
    if weights is None:
        weights = repeat(1, n)
        total_weight = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        total_weight = _sum(w for w in _fail_neg(weights, errmsg))[1]
    try:
        values = _fail_neg(data, errmsg)
        T, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, values))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(total_weight / total, T)


def _sorted_or_fail(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError('no median for empty data')
    return ordered


def median(data):
    """The middle value of data, or the mean of the two middle values."""
    ordered = _sorted_or_fail(data)
    half, odd = divmod(len(ordered), 2)
    if odd:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """The middle value of data, or the lower of the two middle values."""
    ordered = _sorted_or_fail(data)
    half, odd = divmod(len(ordered), 2)
    return ordered[half] if odd else ordered[half - 1]


def median_high(data):
    """The middle value of data, or the higher of the two middle values."""
    ordered = _sorted_or_fail(data)
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1.0):
    """The median of data grouped in bins of width interval centred on
    the values, interpolating within the median's bin."""
    ordered = _sorted_or_fail(data)
    n = len(ordered)
    x = ordered[n // 2]
    below = bisect_left(ordered, x)
    upto = bisect_right(ordered, x, lo=below)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError(f'Value cannot be converted to a float')
    lower_limit = x - interval / 2.0
    return lower_limit + interval * (n / 2 - below) / (upto - below)


def mode(data):
    """The most common value of data (the first one seen on a tie)."""
    best = Counter(iter(data)).most_common(1)
    if not best:
        raise StatisticsError('no mode for empty data')
    return best[0][0]


def multimode(data):
    """All the most common values of data, in order of first appearance."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing data into n intervals of equal
    probability, interpolating linearly ('exclusive' treats data as a
    sample, 'inclusive' as the whole population)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            j, delta = divmod(i * span, n)
            cuts.append((ordered[j] * (n - delta) + ordered[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            delta = i * span - j * n
            cuts.append((ordered[j - 1] * (n - delta) + ordered[j] * delta) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# -- spread ------------------------------------------------------------------

def variance(data, xbar=None):
    """The sample variance of data (at least two values); xbar, if given,
    is used as the mean."""
    T, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance of data; mu, if given, is used as the mean."""
    T, ss, _, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """The sample standard deviation (square root of variance())."""
    T, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of(ss / (n - 1), T)


def pstdev(data, mu=None):
    """The population standard deviation (square root of pvariance())."""
    T, ss, _, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of(ss / n, T)


def _mean_stdev(data):
    """(mean, sample standard deviation) as floats, in one pass."""
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    try:
        return float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:
        # infinities or NaNs in the data
        return float(xbar), float(xbar) / float(ss)


# -- two variables -------------------------------------------------------------

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same '
                              'number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def _centred_sums(x, y, n):
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    # lists or tuples of floats and ints: the same fsum in _statistics_accel
    sxy = _centred_fsum(x, xbar, y, ybar)
    if sxy is None:
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return xbar, ybar, sxy


def covariance(x, y, /):
    """The sample covariance of the sequences x and y."""
    n = _paired(x, y, 'covariance')
    sxy = _centred_sums(x, y, n)[2]
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of the sequences x and y."""
    n = _paired(x, y, 'correlation')
    xbar, ybar, sxy = _centred_sums(x, y, n)
    sxx = _centred_fsum(x, xbar, None, None)
    if sxx is None:
        sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = _centred_fsum(y, ybar, None, None)
    if syy is None:
        syy = fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y); with
    proportional true, the line goes through the origin."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar, ybar, sxy = _centred_sums(x, y, n)
        sxx = _centred_fsum(x, xbar, None, None)
        if sxx is None:
            sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# -- the normal distribution -----------------------------------------------------

def _horner(coefficients, r):
    """coefficients[0] * r**k + ... + coefficients[k], nested."""
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


# Wichura's algorithm AS241 (Applied Statistics, 1988): rational
# approximations of the inverse normal CDF on three ranges.
_CENTRAL = (
    (2509.0809287301227, 33430.57558358813, 67265.7709270087,
     45921.95393154987, 13731.69376550946, 1971.5909503065513,
     133.14166789178438, 3.3871328727963665),
    (5226.495278852854, 28729.085735721943, 39307.89580009271,
     21213.794301586597, 5394.196021424751, 687.1870074920579,
     42.31333070160091, 1.0),
)
_INTERMEDIATE = (
    (0.0007745450142783414, 0.022723844989269184, 0.2417807251774506,
     1.2704582524523684, 3.6478483247632045, 5.769497221460691,
     4.630337846156546, 1.4234371107496835),
    (1.0507500716444169e-09, 0.0005475938084995345, 0.015198666563616457,
     0.14810397642748008, 0.6897673349851, 1.6763848301838038,
     2.053191626637759, 1.0),
)
_TAIL = (
    (2.0103343992922881e-07, 2.7115555687434876e-05, 0.0012426609473880784,
     0.026532189526576124, 0.29656057182850487, 1.7848265399172913,
     5.463784911164114, 6.657904643501103),
    (2.0442631033899397e-15, 1.421511758316446e-07, 1.8463183175100548e-05,
     0.0007868691311456133, 0.014875361290850615, 0.1369298809227358,
     0.599832206555888, 1.0),
)


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num, den = _CENTRAL
        x = _horner(num, r) * q / _horner(den, r)
        return mu + x * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        num, den = _INTERMEDIATE
    else:
        r = r - 5.0
        num, den = _TAIL
    x = _horner(num, r) / _horner(den, r)
    if q < 0.0:
        x = -x
    return mu + x * sigma


class NormalDist:
    "A normal (Gaussian) distribution with mean mu and standard deviation sigma."

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        "The distribution of mean mu and standard deviation sigma (>= 0)."
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        "The distribution with the sample mean and stdev of data."
        mu, sigma = _mean_stdev(data)
        return cls(mu, sigma)

    def samples(self, n, *, seed=None):
        "n random values drawn from the distribution (seeded if seed is given)."
        import random
        source = random if seed is None else random.Random(seed)
        draw = source.gauss
        centre, spread = self._mu, self._sigma
        return [draw(centre, spread) for _ in range(n)]

    def pdf(self, x):
        "The probability density at x."
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        d = x - self._mu
        return exp(d * d / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        "The probability of a value at most x."
        sigma = self._sigma
        if not sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        z = (x - self._mu) / (sigma * _SQRT2)
        return 0.5 * (1.0 + erf(z))

    def inv_cdf(self, p):
        "The value x whose cdf(x) is p (0 < p < 1)."
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        "The n - 1 cut points dividing the distribution into n equal parts."
        inv = self.inv_cdf
        return [inv(k / n) for k in range(1, n)]

    def overlap(self, other):
        "The overlapping coefficient of two normal distributions (0.0 to 1.0)."
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        a, b = self, other
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a
        a_var, b_var = a.variance, b.variance
        if not a_var or not b_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = b_var - a_var
        dm = fabs(b._mu - a._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * a._sigma * _SQRT2))
        centre = a._mu * b_var - b._mu * a_var
        spread = a._sigma * b._sigma * sqrt(dm * dm + dv * log(b_var / a_var))
        x1 = (centre + spread) / dv
        x2 = (centre - spread) / dv
        return 1.0 - (fabs(b.cdf(x1) - a.cdf(x1)) + fabs(b.cdf(x2) - a.cdf(x2)))

    def zscore(self, x):
        "How many standard deviations x lies above the mean."
        sigma = self._sigma
        if not sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / sigma

    @property
    def mean(self):
        "The mean (mu)."
        return self._mu

    @property
    def median(self):
        "The median, equal to the mean."
        return self._mu

    @property
    def mode(self):
        "The mode, equal to the mean."
        return self._mu

    @property
    def stdev(self):
        "The standard deviation (sigma)."
        return self._sigma

    @property
    def variance(self):
        "sigma squared."
        sigma = self._sigma
        return sigma * sigma

    # Arithmetic: constants shift or scale the distribution; independent
    # normal variables add and subtract.

    def __add__(x1, x2):
        "x1 + x2"
        if not isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2, x1._sigma)
        return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))

    def __sub__(x1, x2):
        "x1 - x2"
        if not isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2, x1._sigma)
        return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))

    def __mul__(x1, x2):
        "x1 * x2 (x2 a constant)"
        factor = fabs(x2)
        return NormalDist(x1._mu * x2, x1._sigma * factor)

    def __truediv__(x1, x2):
        "x1 / x2 (x2 a constant)"
        factor = fabs(x2)
        return NormalDist(x1._mu / x2, x1._sigma / factor)

    def __pos__(x1):
        "+x1: a copy"
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        "-x1: the mean negated"
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        "x2 - x1"
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        "Equal when both mu and sigma are."
        if isinstance(x2, NormalDist):
            return (x1._mu, x1._sigma) == (x2._mu, x2._sigma)
        return NotImplemented

    def __hash__(self):
        "The hash of (mu, sigma)."
        return hash((self._mu, self._sigma))

    def __repr__(self):
        name = type(self).__name__
        return f'{name}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
