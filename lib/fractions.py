"""Fraction, infinite-precision, rational numbers."""

# heapstack's fractions: CPython 3.11's Fraction (arithmetic, comparisons,
# hashing, string parsing) written anew; no regular expressions.

import math
import numbers
import sys

try:
    import operator
except ImportError:  # lib/operator.py missing: its functions are _operator's
    import _operator as operator

__all__ = ['Fraction']

# hash(x) of a rational is computed modulo this prime, as for int and float.
_PyHASH_MODULUS = sys.hash_info.modulus
_PyHASH_INF = sys.hash_info.inf


def _decimal_type():
    try:
        from decimal import Decimal
    except ImportError:
        return None
    return Decimal


# -- parsing of numeric strings ----------------------------------------------
#
# The accepted syntax: optional whitespace, an optional sign, then either
# "num/denom" or "num[.frac][e[sign]exp]" (at least one digit before or just
# after the point), optional whitespace.  Digit groups may be separated by
# single underscores.  The quirks of CPython 3.11's pattern are kept: the
# fractional part may also be a run of the letters d/D, which int() then
# rejects.

def _digits_end(s, i):
    """End of a run of decimal digits starting at i (i if none)."""
    n = len(s)
    while i < n and s[i].isdecimal():
        i += 1
    return i


def _grouped_ends(s, i):
    r"""Possible ends of \d+(_\d+)* at i, longest first ([] if no digit)."""
    j = _digits_end(s, i)
    if j == i:
        return []
    ends = [j]
    while j < len(s) and s[j] == '_':
        k = _digits_end(s, j + 1)
        if k == j + 1:
            break
        j = k
        ends.append(j)
    ends.reverse()
    return ends


def _trailing_space_ok(s, i):
    while i < len(s) and s[i].isspace():
        i += 1
    return i == len(s)


def _parse_exp_then_end(s, i):
    """Try (?:E[-+]?digits)? then trailing space; returns exp text or None/False."""
    if i < len(s) and s[i] in 'eE':
        j = i + 1
        if j < len(s) and s[j] in '+-':
            j += 1
        for end in _grouped_ends(s, j):
            if _trailing_space_ok(s, end):
                return s[i + 1:end]
    if _trailing_space_ok(s, i):
        return None
    return False


def _parse_rest(s, i):
    """After the numerator: returns (denom, decimal, exp) or None."""
    # "/denominator"
    if i < len(s) and s[i] == '/':
        for end in _grouped_ends(s, i + 1):
            if _trailing_space_ok(s, end):
                return s[i + 1:end], None, None
    if _trailing_space_ok(s, i):
        return None, None, None
    # ".fraction" and/or exponent
    if i < len(s) and s[i] == '.':
        j = i + 1
        # the letters d/D (possibly none) are tried first
        k = j
        while k < len(s) and s[k] in 'dD':
            k += 1
        for end in range(k, j - 1, -1):
            exp = _parse_exp_then_end(s, end)
            if exp is not False:
                return None, s[j:end], exp
        for end in _grouped_ends(s, j):
            exp = _parse_exp_then_end(s, end)
            if exp is not False:
                return None, s[j:end], exp
    exp = _parse_exp_then_end(s, i)
    if exp is not False:
        return None, None, exp
    return None


def _parse_rational(s):
    """(sign, num, denom, decimal, exp) of a numeric string, or None."""
    i = 0
    n = len(s)
    while i < n and s[i].isspace():
        i += 1
    sign = ''
    if i < n and s[i] in '+-':
        sign = s[i]
        i += 1
    if not (i < n and (s[i].isdecimal() or
                       (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        return None
    first = _digits_end(s, i)
    for end in [first] + _grouped_ends(s, i):
        rest = _parse_rest(s, end)
        if rest is not None:
            return (sign, s[i:end]) + rest
    return None


def _from_components(sign, num, denom, decimal, exp):
    """Numerator and denominator of a parsed numeric string (not reduced)."""
    top = int(num or '0')
    if denom:
        bottom = int(denom)
    else:
        bottom = 1
        if decimal:
            digits = decimal.replace('_', '')
            scale = 10 ** len(digits)
            top = top * scale + int(digits)
            bottom *= scale
        if exp:
            power = int(exp)
            if power >= 0:
                top *= 10 ** power
            else:
                bottom *= 10 ** -power
    return (-top if sign == '-' else top), bottom


def _exact(top, bottom, cls=None):
    """A Fraction top/bottom already in lowest terms with bottom > 0."""
    return Fraction(top, bottom, _normalize=False)


# The operators' fast path: with two exact Fractions (or a Fraction and an
# exact int) the result's terms come from the operands' slots and the
# result is made without calling Fraction(): each Python-level call saved
# counts, as every operator is a few calls deep.
_new_object = object.__new__
_gcd = math.gcd


def _sum_terms(na, da, nb, db):
    """(numerator, denominator) of na/da + nb/db in lowest terms. Reducing
    by the gcd of the denominators first keeps the numbers small."""
    common = _gcd(da, db)
    if common == 1:
        return na * db + da * nb, da * db
    a_part = da // common
    top = na * (db // common) + nb * a_part
    extra = _gcd(top, common)
    if extra == 1:
        return top, a_part * db
    return top // extra, a_part * (db // extra)


def _difference_terms(na, da, nb, db):
    """(numerator, denominator) of na/da - nb/db in lowest terms."""
    return _sum_terms(na, da, -nb, db)


def _product_terms(na, da, nb, db):
    """(numerator, denominator) of na/da * nb/db: crosswise cancelling."""
    cross1 = _gcd(na, db)
    if cross1 > 1:
        na, db = na // cross1, db // cross1
    cross2 = _gcd(nb, da)
    if cross2 > 1:
        nb, da = nb // cross2, da // cross2
    return na * nb, db * da


def _quotient_terms(na, da, nb, db):
    """(numerator, denominator) of (na/da) / (nb/db), the sign on top; a zero
    divisor raises Fraction()'s ZeroDivisionError."""
    top, bottom = _product_terms(na, da, db, nb)
    if bottom < 0:
        top, bottom = -top, -bottom
    elif bottom == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % top)
    return top, bottom


class Fraction(numbers.Rational):
    """A rational number, numerator/denominator, kept in lowest terms
    with a positive denominator.

    Fraction(n, d) takes two Rational values (d defaults to 1, n to 0).
    Fraction(x) also accepts a float or Decimal (converted exactly), another
    Rational, or a string such as '3/7', '-1.25', '2e-3' or ' 10 '.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        """Builds the fraction numerator/denominator (see the class doc)."""
        if cls is Fraction:
            self = _new_object(Fraction)
        else:
            self = super(Fraction, cls).__new__(cls)
        top, bottom = numerator, denominator
        if bottom is None:
            if type(top) is int:
                self._numerator, self._denominator = top, 1
                return self
            if isinstance(top, numbers.Rational):
                self._numerator, self._denominator = top.numerator, top.denominator
                return self
            Decimal = _decimal_type()
            if isinstance(top, float) or (Decimal is not None and isinstance(top, Decimal)):
                self._numerator, self._denominator = top.as_integer_ratio()
                return self
            if not isinstance(top, str):
                raise TypeError("argument should be a string or a Rational instance")
            parsed = _parse_rational(top)
            if parsed is None:
                raise ValueError('Invalid literal for Fraction: %r' % numerator)
            top, bottom = _from_components(*parsed)
        elif type(top) is int and type(bottom) is int:
            pass
        elif isinstance(top, numbers.Rational) and isinstance(bottom, numbers.Rational):
            top, bottom = (top.numerator * bottom.denominator,
                           bottom.numerator * top.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if bottom == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % top)
        if _normalize:
            divisor = math.gcd(top, bottom)
            if bottom < 0:
                divisor = -divisor
            top //= divisor
            bottom //= divisor
        self._numerator, self._denominator = top, bottom
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (Fraction.from_float(0.1) is not
        1/10); ints are accepted too."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if isinstance(f, float):
            return cls(*f.as_integer_ratio())
        raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                        % (cls.__name__, f, type(f).__name__))

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a finite Decimal (or an int)."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator): two ints, the denominator positive."""
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The fraction closest to self whose denominator is at most
        max_denominator (e.g. 22/7 for pi with a limit of 10)."""
        # The candidates are the last convergent p1/q1 of the continued
        # fraction of self whose denominator fits, and the best
        # semiconvergent after it; on a tie the convergent wins.
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        prev_p, prev_q, cur_p, cur_q = 0, 1, 1, 0
        num, den = self._numerator, self._denominator
        while True:
            term = num // den
            next_q = prev_q + term * cur_q
            if next_q > max_denominator:
                break
            prev_p, prev_q, cur_p, cur_q = cur_p, cur_q, prev_p + term * cur_p, next_q
            num, den = den, num - term * den
        steps = (max_denominator - prev_q) // cur_q
        semiconvergent = Fraction(prev_p + steps * cur_p, prev_q + steps * cur_q)
        convergent = Fraction(cur_p, cur_q)
        if abs(convergent - self) <= abs(semiconvergent - self):
            return convergent
        return semiconvergent

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return f'{self.__class__.__name__}({self._numerator}, {self._denominator})'

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return f'{self._numerator}/{self._denominator}'

    def _operator_fallbacks(monomorphic_operator, fallback_operator, name=None, terms=None):
        """Makes the (forward, reverse) methods of a binary operator: exact
        with ints and Fractions (or any Rational on the right-hand side),
        through float or complex with those. `terms`, when given, computes
        the exact result's (numerator, denominator) from the operands' for
        the fast path (two exact Fractions, or one and an exact int)."""
        if name is None:
            name = fallback_operator.__name__

        def forward(a, b):
            if terms is not None and type(a) is Fraction:
                tb = type(b)
                if tb is Fraction:
                    top, bottom = terms(a._numerator, a._denominator, b._numerator, b._denominator)
                elif tb is int:
                    top, bottom = terms(a._numerator, a._denominator, b, 1)
                else:
                    top = None
                if top is not None:
                    result = _new_object(Fraction)
                    result._numerator = top
                    result._denominator = bottom
                    return result
            if isinstance(b, (int, Fraction)):
                return monomorphic_operator(a, b)
            if isinstance(b, float):
                return fallback_operator(float(a), b)
            if isinstance(b, complex):
                return fallback_operator(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if terms is not None and type(a) is int and type(b) is Fraction:
                top, bottom = terms(a, 1, b._numerator, b._denominator)
                result = _new_object(Fraction)
                result._numerator = top
                result._denominator = bottom
                return result
            if isinstance(a, numbers.Rational):
                return monomorphic_operator(a, b)
            if isinstance(a, numbers.Real):
                return fallback_operator(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback_operator(complex(a), complex(b))
            return NotImplemented

        forward.__name__, reverse.__name__ = f'__{name}__', f'__r{name}__'
        forward.__doc__ = reverse.__doc__ = monomorphic_operator.__doc__
        return forward, reverse

    # Exact operations on two rationals.  Sums and differences reduce by
    # the gcd of the denominators first so that the results come out in
    # lowest terms; products and quotients cancel crosswise.

    def _add(a, b):
        """a + b"""
        return _exact(*_sum_terms(a.numerator, a.denominator, b.numerator, b.denominator))

    __add__, __radd__ = _operator_fallbacks(_add, operator.add, 'add', _sum_terms)

    def _sub(a, b):
        """a - b"""
        return _exact(*_difference_terms(a.numerator, a.denominator, b.numerator, b.denominator))

    __sub__, __rsub__ = _operator_fallbacks(_sub, operator.sub, 'sub', _difference_terms)

    def _mul(a, b):
        """a * b"""
        return _exact(*_product_terms(a.numerator, a.denominator, b.numerator, b.denominator))

    __mul__, __rmul__ = _operator_fallbacks(_mul, operator.mul, 'mul', _product_terms)

    def _div(a, b):
        """a / b"""
        return _exact(*_quotient_terms(a.numerator, a.denominator, b.numerator, b.denominator))

    __truediv__, __rtruediv__ = _operator_fallbacks(_div, operator.truediv, 'truediv', _quotient_terms)

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, operator.floordiv, 'floordiv')

    def _divmod(a, b):
        """(a // b, a % b)"""
        ad, bd = a.denominator, b.denominator
        quotient, rest = divmod(a.numerator * bd, ad * b.numerator)
        return quotient, Fraction(rest, ad * bd)

    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod, 'divmod')

    def _mod(a, b):
        """a % b"""
        ad, bd = a.denominator, b.denominator
        return Fraction((a.numerator * bd) % (b.numerator * ad), ad * bd)

    __mod__, __rmod__ = _operator_fallbacks(_mod, operator.mod, 'mod')

    def __pow__(a, b):
        """a ** b: exact for an integral b, a float (or complex) otherwise."""
        if not isinstance(b, numbers.Rational):
            return float(a) ** b
        if b.denominator != 1:
            return float(a) ** float(b)
        n = b.numerator
        top, bottom = a._numerator, a._denominator
        if n >= 0:
            return _exact(top ** n, bottom ** n)
        if top >= 0:
            return _exact(bottom ** -n, top ** -n)
        return _exact((-bottom) ** -n, (-top) ** -n)

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            # a non-negative integral exponent: let the base's type decide
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a (a Fraction even for subclasses)"""
        return _exact(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return _exact(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return _exact(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        """int(a)"""
        return _index(a.__trunc__())

    def __trunc__(a):
        """math.trunc(a)"""
        top, bottom = a._numerator, a._denominator
        return -(-top // bottom) if top < 0 else top // bottom

    def __floor__(a):
        """math.floor(a)"""
        return a.numerator // a.denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self[, ndigits]), ties to even."""
        if ndigits is None:
            whole, rest = divmod(self.numerator, self.denominator)
            twice, bottom = rest * 2, self.denominator
            if twice < bottom or (twice == bottom and whole % 2 == 0):
                return whole
            return whole + 1
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        """hash(self): consistent with int and float"""
        # n/d hashes as n * inverse(d) modulo the hash prime; when d is a
        # multiple of the prime there is no inverse: the hash of infinity.
        try:
            inverse = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            magnitude = _PyHASH_INF
        else:
            magnitude = hash(hash(abs(self._numerator)) * inverse)
        value = magnitude if self._numerator >= 0 else -magnitude
        return -2 if value == -1 else value

    def __eq__(a, b):
        """a == b"""
        if type(b) is Fraction:
            return a._numerator == b._numerator and a._denominator == b._denominator
        if type(b) is int:
            return a._denominator == 1 and a._numerator == b
        if isinstance(b, numbers.Rational):
            return (a._numerator, a._denominator) == (b.numerator, b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if not isinstance(b, float):
            return NotImplemented
        if math.isnan(b) or math.isinf(b):
            # any finite value compares with them like 0.0 does
            return 0.0 == b
        return a == a.from_float(b)

    def _richcmp(self, other, op):
        """self op other against a Rational or a float (NotImplemented
        for anything else)."""
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if not isinstance(other, float):
            return NotImplemented
        if math.isnan(other) or math.isinf(other):
            return op(0.0, other)
        return op(self, self.from_float(other))

    def __lt__(a, b):
        """a < b"""
        if type(b) is Fraction:
            return a._numerator * b._denominator < a._denominator * b._numerator
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        if type(b) is Fraction:
            return a._numerator * b._denominator > a._denominator * b._numerator
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        if type(b) is Fraction:
            return a._numerator * b._denominator <= a._denominator * b._numerator
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        if type(b) is Fraction:
            return a._numerator * b._denominator >= a._denominator * b._numerator
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        # the numerator's own truth, never a comparison (it may be any Rational)
        return bool(a._numerator)

    # Immutable: pickled through the constructor; copies of exact Fractions
    # are the objects themselves.

    def __reduce__(self):
        return self.__class__, (self._numerator, self._denominator)

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

