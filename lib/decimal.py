"""Decimal fixed- and floating-point arithmetic (the General Decimal
Arithmetic Specification), with CPython 3.11's C-module behaviour."""

# heapstack's decimal, written anew.  A finite number is a sign, an integer
# coefficient and an exponent; the specials are kept in a kind field.  Every
# operation gathers its conditions in a status word whose bits are
# libmpdec's, so flags, trap lists and Context reprs come out in the C
# module's order.

import math
import numbers
import sys
from collections import namedtuple as _namedtuple
from collections.abc import MutableMapping as _MutableMapping
from _stdlib_helpers import c_type_name as _c_type_name
from _stdlib_helpers import c_layout as _c_layout

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# -- signals -------------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass

class Clamped(DecimalException):
    pass

class InvalidOperation(DecimalException):
    pass

class ConversionSyntax(InvalidOperation):
    pass

class DivisionByZero(DecimalException, ZeroDivisionError):
    pass

class DivisionImpossible(InvalidOperation):
    pass

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass

class Inexact(DecimalException):
    pass

class InvalidContext(InvalidOperation):
    pass

class Rounded(DecimalException):
    pass

class Subnormal(DecimalException):
    pass

class Overflow(Inexact, Rounded):
    pass

class Underflow(Inexact, Rounded, Subnormal):
    pass

class FloatOperation(DecimalException, TypeError):
    pass

for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax,
             DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
             InvalidContext, Rounded, Subnormal, Overflow, Underflow,
             FloatOperation):
    _cls.__module__ = 'decimal'
del _cls

# status bits (libmpdec's values and order)
_CLAMPED = 1
_CONV_SYNTAX = 2
_DIV_BY_ZERO = 4
_DIV_IMPOSSIBLE = 8
_DIV_UNDEFINED = 16
_FPU_ERROR = 32
_INEXACT = 64
_INVALID_CONTEXT = 128
_INVALID_OP = 256
_MALLOC_ERROR = 512
_FLOAT_OP = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_IEEE_INVALID = (_CONV_SYNTAX | _DIV_IMPOSSIBLE | _DIV_UNDEFINED | _FPU_ERROR
                 | _INVALID_CONTEXT | _INVALID_OP | _MALLOC_ERROR)

# the signals a context's flags/traps dicts hold, in the C module's order
_SIGNALS = (
    (InvalidOperation, _IEEE_INVALID), (FloatOperation, _FLOAT_OP),
    (DivisionByZero, _DIV_BY_ZERO), (Overflow, _OVERFLOW),
    (Underflow, _UNDERFLOW), (Subnormal, _SUBNORMAL), (Inexact, _INEXACT),
    (Rounded, _ROUNDED), (Clamped, _CLAMPED),
)
_SIGNAL_MASK = dict(_SIGNALS)
# the classes listed in a trapped exception's argument, in that order
_CONDITIONS = (
    (_INVALID_OP, InvalidOperation), (_CONV_SYNTAX, ConversionSyntax),
    (_DIV_IMPOSSIBLE, DivisionImpossible), (_DIV_UNDEFINED, DivisionUndefined),
    (_INVALID_CONTEXT, InvalidContext), (_FLOAT_OP, FloatOperation),
    (_DIV_BY_ZERO, DivisionByZero), (_OVERFLOW, Overflow),
    (_UNDERFLOW, Underflow), (_SUBNORMAL, Subnormal), (_INEXACT, Inexact),
    (_ROUNDED, Rounded), (_CLAMPED, Clamped),
)
# the names a Context repr lists, by status bit
_BIT_NAMES = (
    (_CLAMPED, 'Clamped'), (_CONV_SYNTAX, 'InvalidOperation'),
    (_DIV_BY_ZERO, 'DivisionByZero'), (_DIV_IMPOSSIBLE, 'InvalidOperation'),
    (_DIV_UNDEFINED, 'InvalidOperation'), (_FPU_ERROR, 'InvalidOperation'),
    (_INEXACT, 'Inexact'), (_INVALID_CONTEXT, 'InvalidOperation'),
    (_INVALID_OP, 'InvalidOperation'), (_MALLOC_ERROR, 'InvalidOperation'),
    (_FLOAT_OP, 'FloatOperation'), (_OVERFLOW, 'Overflow'),
    (_ROUNDED, 'Rounded'), (_SUBNORMAL, 'Subnormal'),
    (_UNDERFLOW, 'Underflow'),
)


_INVALID_SIGNAL = ('valid values for signals are:\n'
                   '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                   '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                   '   Clamped]')


def _bits_repr(bits):
    names = []
    for bit, name in _BIT_NAMES:
        if bits & bit and name not in names:
            names.append(name)
    return '[' + ', '.join(names) + ']'


def _signal_list_to_bits(value):
    bits = 0
    for sig in value:
        mask = _SIGNAL_MASK.get(sig)
        if mask is None:
            raise KeyError(_INVALID_SIGNAL)
        bits |= mask
    return bits


def _signals_to_bits(value, what):
    if isinstance(value, _SignalDict):
        return value._bits
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS):
            raise KeyError('invalid signal dict')
        bits = 0
        for sig, mask in _SIGNALS:
            if sig not in value:
                raise KeyError('invalid signal dict')
            if value[sig]:
                bits |= mask
        return bits
    if isinstance(value, (list, tuple)):
        return _signal_list_to_bits(value)
    raise TypeError('argument must be a signal dict')


# -- integer helpers -------------------------------------------------------------

_LOG10_2 = 0.30102999566398120


def _nd(c):
    """Number of decimal digits of c >= 0 (1 for 0)."""
    if c < 1000000000000000:
        return len(str(c))
    n = int((c.bit_length() - 1) * _LOG10_2) + 1
    if c >= 10 ** n:
        n += 1
    return n


_INT_STR_DIRECT = 10 ** 4000   # below this, str(c) converts directly (computed once)


def _int_str(c):
    """str(c) for c >= 0 of any size (int's own conversion is capped)."""
    if c < _INT_STR_DIRECT:
        return str(c)
    n = _nd(c)
    half = n // 2
    hi, lo = divmod(c, 10 ** half)
    return _int_str(hi) + _int_str(lo).rjust(half, '0')


def _str_int(s):
    """int(s) for a string of ASCII digits of any length."""
    if len(s) <= 4000:
        return int(s)
    half = len(s) // 2
    return _str_int(s[:half]) * 10 ** (len(s) - half) + _str_int(s[half:])


def _round_int(sign, c, drop, rounding):
    """Drop the last `drop` digits of c by the rounding mode: (q, inexact)."""
    if drop <= 0:
        return c * 10 ** (-drop), False
    nd = _nd(c)
    if drop > nd + 1:
        # only "a nonzero amount below a tenth of the unit" matters
        if c == 0:
            return 0, False
        c, drop = 1, 2
    p = 10 ** drop
    q, r = divmod(c, p)
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        r2 = 2 * r
        up = r2 > p or (r2 == p and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = 2 * r >= p
    elif rounding == ROUND_HALF_DOWN:
        up = 2 * r > p
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:  # ROUND_05UP
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _sticky_div(a, b, extra_ok=True):
    """a / b truncated, with the last digit made nonzero when inexact."""
    q, r = divmod(a, b)
    if r and q % 5 == 0:
        q += 1
    return q, r != 0


# -- context ---------------------------------------------------------------------

try:
    import contextvars as _contextvars
    _current_context_var = _contextvars.ContextVar('decimal_context')
except ImportError:
    _contextvars = None
    _current_context_var = None
_current_context_plain = [None]


def getcontext():
    """Return the current context for the active thread."""
    if _current_context_var is not None:
        try:
            return _current_context_var.get()
        except LookupError:
            ctx = DefaultContext.copy()
            _current_context_var.set(ctx)
            return ctx
    ctx = _current_context_plain[0]
    if ctx is None:
        ctx = _current_context_plain[0] = DefaultContext.copy()
    return ctx


def setcontext(context):
    """Set a new default context."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._fl._bits = 0
    if _current_context_var is not None:
        _current_context_var.set(context)
    else:
        _current_context_plain[0] = context


_LOCAL_KEYWORDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """Return a context manager that sets a copy of ctx (or of the current
    context) as the current context for the with-block."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCAL_KEYWORDS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(new, key, value)
    return _ContextManager(new)


class _ContextManager(object):
    __slots__ = ('new_context', 'saved_context')

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *args):
        setcontext(self.saved_context)
        return None


_ContextManager.__name__ = _ContextManager.__qualname__ = 'ContextManager'


# the traps of a new context without DefaultContext (one int object, as the C
# context's word is no object at all)
_DEFAULT_TRAPS = _IEEE_INVALID | _DIV_BY_ZERO | _OVERFLOW


class _SignalDictMixin(_MutableMapping):
    """The C module's SignalDictMixin: the signal bits of a context."""
    __slots__ = ('_bits',)


class _SignalDict(_SignalDictMixin):
    """A context's flags or traps: a mapping from signal classes to bools.

    As in the C module, a context makes its two signal dicts when it is made and
    they hold the bits themselves (the C context's words they point into), so the
    context refers to them and they do not refer back: no cycle. Like the C
    module's class (made from the mixin by abc machinery) its instances have a
    __dict__ and a __weakref__ slot."""

    def __init__(self, bits):
        self._bits = bits

    def _mask(self, key):
        mask = _SIGNAL_MASK.get(key)
        if mask is None:
            raise KeyError(_INVALID_SIGNAL)
        return mask

    def __getitem__(self, key):
        return bool(self._bits & self._mask(key))

    def __setitem__(self, key, value):
        mask = self._mask(key)
        self._bits = (self._bits | mask) if value else (self._bits & ~mask)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter([sig for sig, mask in _SIGNALS])

    def __len__(self):
        return len(_SIGNALS)

    def copy(self):
        return dict(self.items())

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % (sig, self[sig]) for sig, mask in _SIGNALS) + '}'


# the C module's class is made by abc machinery: <class 'abc.SignalDict'>
_SignalDict.__name__ = _SignalDict.__qualname__ = 'SignalDict'
_SignalDict.__module__ = 'abc'

# the signals of the work contexts (always none): see _work_context
_NO_SIGNALS = _SignalDict(0)


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    return int(value)


class Context(object):
    """The environment for arithmetic: precision, rounding, exponent limits,
    and the flags and traps of the signals."""
    # _fl, _tr: the flags' and traps' signal dicts (their _bits are the signals);
    # _st: the conditions of the operation under way
    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals', '_clamp',
                 '_fl', '_tr', '_st')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        try:
            dc = DefaultContext
        except NameError:
            dc = None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._tr = _SignalDict(_DEFAULT_TRAPS)
        self._fl = _SignalDict(0)
        self._st = 0
        if dc is not None:
            self._prec, self._rounding = dc._prec, dc._rounding
            self._Emin, self._Emax = dc._Emin, dc._Emax
            self._capitals, self._clamp = dc._capitals, dc._clamp
            self._tr._bits = dc._tr._bits
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is not None:
            self._tr._bits = _signals_to_bits(traps, 'traps')
        if flags is not None:
            self._fl._bits = _signals_to_bits(flags, 'flags')

    # attributes with the C module's validation
    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        value = _check_int(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if not isinstance(value, str) or value not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        self._rounding = str(value)

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        value = _check_int(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        value = _check_int(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        value = _check_int(value)
        if value not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        value = _check_int(value)
        if value not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = value

    @property
    def flags(self):
        return self._fl

    @flags.setter
    def flags(self, value):
        self._fl._bits = _signals_to_bits(value, 'flags')

    @property
    def traps(self):
        return self._tr

    @traps.setter
    def traps(self, value):
        self._tr._bits = _signals_to_bits(value, 'traps')

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=%s, traps=%s)' % (
                    self._prec, self._rounding, self._Emin, self._Emax,
                    self._capitals, self._clamp, _bits_repr(self._fl._bits),
                    _bits_repr(self._tr._bits)))

    def _signal_list(self, bits):
        return [sig for sig, mask in _SIGNALS if bits & mask]

    def __reduce__(self):
        return (self.__class__, (self._prec, self._rounding, self._Emin,
                                 self._Emax, self._capitals, self._clamp,
                                 self._signal_list(self._fl._bits),
                                 self._signal_list(self._tr._bits)))

    def copy(self):
        # context_copy makes a decimal.Context whatever the class of self
        new = Context.__new__(Context)
        new._prec, new._rounding = self._prec, self._rounding
        new._Emin, new._Emax = self._Emin, self._Emax
        new._capitals, new._clamp = self._capitals, self._clamp
        new._tr = _SignalDict(self._tr._bits)
        new._fl = _SignalDict(self._fl._bits)
        new._st = 0
        return new

    __copy__ = copy

    def clear_flags(self):
        self._fl._bits = 0

    def clear_traps(self):
        self._tr._bits = 0

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def _done(self, result):
        """Record the operation's gathered conditions; raise if trapped."""
        st = self._st
        if st:
            self._st = 0
            self._fl._bits |= st
            trapped = st & self._tr._bits
            if trapped:
                for sig, mask in _SIGNALS:
                    if trapped & mask:
                        break
                raise sig([cls for bit, cls in _CONDITIONS if trapped & bit])
        return result

    def _signal(self, bits):
        """Raise/record conditions at once (outside an arithmetic result)."""
        self._st |= bits
        return self._done(None)

    def create_decimal(self, num='0'):
        """A Decimal from num, rounded to this context."""
        if isinstance(num, str):
            if num != num.strip() or '_' in num:
                self._st |= _CONV_SYNTAX
                return self._done(_NAN)
            d = Decimal(num, self)
        elif isinstance(num, float):
            self._st |= _FLOAT_OP
            self._done(None)
            d = Decimal.from_float(num)
        else:
            d = Decimal(num, self)
        if d._kind >= 2:
            if _nd(d._int) > self._prec - self._clamp and d._int:
                self._st |= _CONV_SYNTAX
                return self._done(_NAN)
            return d
        if d._kind:
            return d
        return self._done(_fix(d._sign, d._int, d._exp, self))

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        if d._kind:
            return d
        return self._done(_fix(d._sign, d._int, d._exp, self))


# -- construction helpers -----------------------------------------------------------

_new_object = object.__new__

# The C type's struct (PyDecContextObject): 96 bytes, no GC header, never
# tracked, no __dict__ (its signal dicts are the GC objects a context makes).
_c_layout(Context, 96)
_c_type_name(Context, 'decimal.Context')


def _dec(sign, coef, exp, kind=0):
    d = _new_object(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._kind = kind
    return d


def _inf(sign):
    return _dec(sign, 0, 0, 1)


def _nan_fixed(x, ctx):
    """x (a NaN) made quiet, its payload cut to what the context holds."""
    payload = x._int
    room = ctx._prec - ctx._clamp
    if payload and _nd(payload) > room:
        payload = payload % 10 ** room if room > 0 else 0
    return _dec(x._sign, payload, 0, 2)


def _nans(a, b, ctx):
    """The NaN result of an operation on a and b (None when neither is one)."""
    if a._kind < 2 and (b is None or b._kind < 2):
        return None
    if a._kind == 3:
        ctx._st |= _INVALID_OP
        return _nan_fixed(a, ctx)
    if b is not None and b._kind == 3:
        ctx._st |= _INVALID_OP
        return _nan_fixed(b, ctx)
    if a._kind == 2:
        return _nan_fixed(a, ctx)
    return _nan_fixed(b, ctx)


def _invalid(ctx, bit=_INVALID_OP):
    ctx._st |= bit
    return _NAN


def _overflow(sign, ctx, rounding=None):
    ctx._st |= _OVERFLOW | _INEXACT | _ROUNDED
    r = rounding or ctx._rounding
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign)):
        return _inf(sign)
    return _dec(sign, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)


def _fix(sign, c, e, ctx, rounding=None):
    """Round a finite value to the context (precision, exponent limits)."""
    prec = ctx._prec
    Emax = ctx._Emax
    if c:
        nd = len(str(c)) if c < 1000000000000000 else _nd(c)
        # the common case: fits as it is
        if (nd <= prec and ctx._Emin <= e + nd - 1 <= Emax
                and (not ctx._clamp or e <= Emax - prec + 1)):
            d = _new_object(Decimal)
            d._sign = sign
            d._int = c
            d._exp = e
            d._kind = 0
            return d
    etiny = ctx._Emin - prec + 1
    etop = Emax - prec + 1
    if c == 0:
        top = etop if ctx._clamp else Emax
        if e > top:
            e = top
            ctx._st |= _CLAMPED
        elif e < etiny:
            e = etiny
            ctx._st |= _CLAMPED
        return _dec(sign, 0, e)
    nd = _nd(c)
    adj = e + nd - 1
    if adj > Emax:
        return _overflow(sign, ctx, rounding)
    subnormal = adj < ctx._Emin
    exp_min = etiny if subnormal else e + nd - prec
    if e < exp_min:
        q, inexact = _round_int(sign, c, exp_min - e, rounding or ctx._rounding)
        e = exp_min
        if q >= 10 ** prec:
            q //= 10
            e += 1
        if e > etop:
            return _overflow(sign, ctx, rounding)
        st = _ROUNDED
        if inexact:
            st |= _INEXACT
            if subnormal:
                st |= _UNDERFLOW
        if subnormal:
            st |= _SUBNORMAL
        if q == 0:
            st |= _CLAMPED
        ctx._st |= st
        return _dec(sign, q, e)
    if subnormal:
        ctx._st |= _SUBNORMAL
    if ctx._clamp and e > etop:
        ctx._st |= _CLAMPED
        c *= 10 ** (e - etop)
        e = etop
    return _dec(sign, c, e)


def _fixd(d, ctx):
    if d._kind == 0:
        return _fix(d._sign, d._int, d._exp, ctx)
    if d._kind >= 2:
        return _nans(d, None, ctx)
    return d


_WHITESPACE_FREE = None


def _parse(s):
    """(sign, coefficient, exponent, kind) of a numeric string, or None."""
    chars = []
    for ch in s:
        if ch == '_':
            continue
        if ch < '\x80':
            chars.append(ch)
        elif ch.isdecimal():
            try:
                chars.append(str(int(ch)))
            except ValueError:
                return None
        else:
            return None
    t = ''.join(chars).lower()
    sign = 0
    i = 0
    if t[:1] in ('+', '-'):
        sign = t[0] == '-'
        i = 1
    body = t[i:]
    if body in ('inf', 'infinity'):
        return (int(sign), 0, 0, 1)
    if body.startswith('nan') or body.startswith('snan'):
        kind = 2 if body[0] == 'n' else 3
        payload = body[3 if kind == 2 else 4:]
        if payload and not (payload.isdigit() and payload.isascii()):
            return None
        return (int(sign), _str_int(payload) if payload else 0, 0, kind)
    mant, sep, expo = body.partition('e')
    exp = 0
    if sep:
        ex = expo
        if ex[:1] in ('+', '-'):
            ex = ex[1:]
        if not ex or not (ex.isdigit() and ex.isascii()):
            return None
        exp = _str_int(ex)
        if expo[0] == '-':
            exp = -exp
    ip, dot, fp = mant.partition('.')
    if not ip and not fp:
        return None
    for part in (ip, fp):
        if part and not (part.isdigit() and part.isascii()):
            return None
    digits = (ip + fp).lstrip('0')
    return (int(sign), _str_int(digits) if digits else 0, exp - len(fp), 0)


def _convert_binop(other):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    return NotImplemented


def _convert_strict(other):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)


def _from_int(n):
    n = int(n)
    if n < 0:
        return _dec(1, -n, 0)
    return _dec(0, n, 0)


def _from_float_exact(f):
    if f != f:
        # a float NaN converts to a positive NaN whatever its sign bit (as _decimal)
        return _dec(0, 0, 0, 2)
    sign = 1 if math.copysign(1.0, f) < 0 else 0
    if f in (_FLOAT_INF, -_FLOAT_INF):
        return _inf(sign)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _dec(sign, n * 5 ** k, -k)


_FLOAT_INF = float('inf')


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


def _is_integral(d):
    return d._kind == 0 and (d._exp >= 0 or d._int % 10 ** (-d._exp) == 0)


def _int_value(d):
    """The integer value of a finite, integral Decimal."""
    if d._exp >= 0:
        v = d._int * 10 ** d._exp
    else:
        v = d._int // 10 ** (-d._exp)
    return -v if d._sign else v


def _cmp(a, b):
    """-1, 0 or 1 for two non-NaN Decimals."""
    if a._kind or b._kind:
        va = (-1 if a._sign else 1) if a._kind else 0
        vb = (-1 if b._sign else 1) if b._kind else 0
        if a._kind and b._kind:
            return (va > vb) - (va < vb)
        if a._kind:
            return va
        return -vb
    if not a._int:
        if not b._int:
            return 0
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    adj_a = a._exp + _nd(a._int)
    adj_b = b._exp + _nd(b._int)
    if adj_a != adj_b:
        r = 1 if adj_a > adj_b else -1
    else:
        e = min(a._exp, b._exp)
        x = a._int * 10 ** (a._exp - e)
        y = b._int * 10 ** (b._exp - e)
        r = (x > y) - (x < y)
    return -r if a._sign else r


# -- arithmetic on Decimals with a context --------------------------------------

def _add(a, b, ctx, bsign=None):
    if bsign is None:
        bsign = b._sign
    if not (a._kind or b._kind):
        ea, eb = a._exp, b._exp
        if ea == eb and a._int and b._int:
            s = (-a._int if a._sign else a._int) + (-b._int if bsign else b._int)
            if s > 0:
                return _fix(0, s, ea, ctx)
            if s < 0:
                return _fix(1, -s, ea, ctx)
        return _add_finite(a, b, ctx, bsign)
    r = _nans(a, b, ctx)
    if r is not None:
        return r
    if a._kind:
        if b._kind and a._sign != bsign:
            return _invalid(ctx)
        return _inf(a._sign)
    return _inf(bsign)


def _add_finite(a, b, ctx, bsign):
    asign = a._sign
    ca, ea, cb, eb = a._int, a._exp, b._int, b._exp
    if ea < eb:
        ca, ea, cb, eb = cb, eb, ca, ea
        asign, bsign = bsign, asign
    # now ea >= eb
    prec = ctx._prec
    if ca == 0 and cb == 0:
        if asign == bsign:
            sign = asign
        else:
            sign = 1 if ctx._rounding == ROUND_FLOOR else 0
        return _fix(sign, 0, eb, ctx)
    if cb == 0:
        # only zeros would be appended to a: a few beyond the precision do
        eb = max(eb, min(ea, ea + _nd(ca) - prec - 2))
        return _fix(asign, ca * 10 ** (ea - eb), eb, ctx)
    if ca == 0:
        return _fix(bsign, cb, eb, ctx)
    adj_a = ea + _nd(ca) - 1
    low = min(ea, adj_a - prec) - 2
    if eb + _nd(cb) - 1 < low:
        # b lies wholly below a's rounding digit: a sticky unit stands for it
        cb, eb = 1, low
    va = ca * 10 ** (ea - eb)
    if asign:
        va = -va
    s = va - cb if bsign else va + cb
    if s == 0:
        return _fix(1 if ctx._rounding == ROUND_FLOOR else 0, 0, eb, ctx)
    if s < 0:
        return _fix(1, -s, eb, ctx)
    return _fix(0, s, eb, ctx)


def _mul_exact(a, b, ctx):
    """a * b unrounded (None result means a NaN/invalid already decided)."""
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        if (a._kind and b._kind == 0 and not b._int) or (b._kind and a._kind == 0 and not a._int):
            return _invalid(ctx)
        return _inf(sign)
    return _dec(sign, a._int * b._int, a._exp + b._exp)


def _mul(a, b, ctx):
    r = _nans(a, b, ctx)
    if r is not None:
        return r
    p = _mul_exact(a, b, ctx)
    if p._kind:
        return p
    return _fix(p._sign, p._int, p._exp, ctx)


def _div(a, b, ctx):
    r = _nans(a, b, ctx)
    if r is not None:
        return r
    sign = a._sign ^ b._sign
    if a._kind:
        if b._kind:
            return _invalid(ctx)
        return _inf(sign)
    if b._kind:
        ctx._st |= _CLAMPED
        return _dec(sign, 0, ctx._Emin - ctx._prec + 1)
    if not b._int:
        if not a._int:
            return _invalid(ctx, _DIV_UNDEFINED)
        ctx._st |= _DIV_BY_ZERO
        return _inf(sign)
    ideal = a._exp - b._exp
    if not a._int:
        return _fix(sign, 0, ideal, ctx)
    return _div_finite(sign, a._int, a._exp, b._int, b._exp, ctx)


def _div_finite(sign, ca, ea, cb, eb, ctx):
    ideal = ea - eb
    prec = ctx._prec
    shift = _nd(cb) - _nd(ca) + prec + 1
    if shift >= 0:
        q, r = divmod(ca * 10 ** shift, cb)
    else:
        q, r = divmod(ca, cb * 10 ** (-shift))
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _fix(sign, q, exp, ctx)


def _divmod_parts(a, b, ctx):
    """Integer quotient and remainder of finite nonzero-divisor operands,
    or (None, None) when the quotient needs more than prec digits."""
    sign = a._sign ^ b._sign
    ideal = min(a._exp, b._exp)
    if not a._int:
        return _dec(sign, 0, 0), _dec(a._sign, 0, ideal)
    expdiff = (a._exp + _nd(a._int)) - (b._exp + _nd(b._int))
    if expdiff <= -2:
        return _dec(sign, 0, 0), _dec(a._sign, a._int * 10 ** (a._exp - ideal), ideal)
    if expdiff <= ctx._prec:
        ca, cb = a._int, b._int
        if a._exp >= b._exp:
            ca *= 10 ** (a._exp - b._exp)
        else:
            cb *= 10 ** (b._exp - a._exp)
        q, r = divmod(ca, cb)
        if q < 10 ** ctx._prec:
            return _dec(sign, q, 0), _dec(a._sign, r, ideal)
    return None, None


def _divint(a, b, ctx):
    r = _nans(a, b, ctx)
    if r is not None:
        return r
    sign = a._sign ^ b._sign
    if a._kind:
        if b._kind:
            return _invalid(ctx)
        return _inf(sign)
    if b._kind:
        return _dec(sign, 0, 0)
    if not b._int:
        if not a._int:
            return _invalid(ctx, _DIV_UNDEFINED)
        ctx._st |= _DIV_BY_ZERO
        return _inf(sign)
    q, rem = _divmod_parts(a, b, ctx)
    if q is None:
        return _invalid(ctx, _DIV_IMPOSSIBLE)
    return _fix(q._sign, q._int, q._exp, ctx)


def _rem(a, b, ctx):
    r = _nans(a, b, ctx)
    if r is not None:
        return r
    if a._kind:
        return _invalid(ctx)
    if b._kind:
        return _fix(a._sign, a._int, a._exp, ctx)
    if not b._int:
        if not a._int:
            return _invalid(ctx, _DIV_UNDEFINED)
        return _invalid(ctx)
    q, rem = _divmod_parts(a, b, ctx)
    if q is None:
        return _invalid(ctx, _DIV_IMPOSSIBLE)
    return _fix(rem._sign, rem._int, rem._exp, ctx)


def _divmod(a, b, ctx):
    r = _nans(a, b, ctx)
    if r is not None:
        return r, r
    sign = a._sign ^ b._sign
    if a._kind:
        if b._kind:
            nan = _invalid(ctx)
            return nan, nan
        return _inf(sign), _invalid(ctx)
    if b._kind:
        return _dec(sign, 0, 0), _fix(a._sign, a._int, a._exp, ctx)
    if not b._int:
        if not a._int:
            nan = _invalid(ctx, _DIV_UNDEFINED)
            return nan, nan
        ctx._st |= _DIV_BY_ZERO
        return _inf(sign), _invalid(ctx)
    q, rem = _divmod_parts(a, b, ctx)
    if q is None:
        nan = _invalid(ctx, _DIV_IMPOSSIBLE)
        return nan, nan
    return _fix(q._sign, q._int, q._exp, ctx), _fix(rem._sign, rem._int, rem._exp, ctx)


def _remainder_near(a, b, ctx):
    r = _nans(a, b, ctx)
    if r is not None:
        return r
    if a._kind:
        return _invalid(ctx)
    if b._kind:
        return _fix(a._sign, a._int, a._exp, ctx)
    if not b._int:
        if not a._int:
            return _invalid(ctx, _DIV_UNDEFINED)
        return _invalid(ctx)
    q, rem = _divmod_parts(a, b, ctx)
    if q is None:
        return _invalid(ctx, _DIV_IMPOSSIBLE)
    if rem._int:
        expdiff = (b._exp + _nd(b._int)) - (rem._exp + _nd(rem._int))
        if -1 <= expdiff <= 1:
            e = min(rem._exp, b._exp)
            vr = rem._int * 10 ** (rem._exp - e)
            vb = b._int * 10 ** (b._exp - e)
            # |r| and |r - b| (r has a's sign, so this is |r| - |b| in size)
            other = abs(vr - vb)
            if other < vr or (other == vr and q._int & 1):
                if q._int == 10 ** ctx._prec - 1:
                    return _invalid(ctx, _DIV_IMPOSSIBLE)
                sign = rem._sign if vr > vb else 1 - rem._sign
                return _fix(sign, other, e, ctx)
    return _fix(rem._sign, rem._int, rem._exp, ctx)


def _rescale(d, exp, rounding):
    """d (finite) with exponent exp, rounding (no context, no signals);
    returns (Decimal, inexact)."""
    if not d._int:
        return _dec(d._sign, 0, exp), False
    if d._exp >= exp:
        return _dec(d._sign, d._int * 10 ** (d._exp - exp), exp), False
    q, inexact = _round_int(d._sign, d._int, exp - d._exp, rounding)
    return _dec(d._sign, q, exp), inexact


def _quantize(a, b, ctx, rounding=None):
    r = _nans(a, b, ctx)
    if r is not None:
        return r
    if a._kind or b._kind:
        if a._kind and b._kind:
            return a
        return _invalid(ctx)
    rounding = rounding or ctx._rounding
    exp = b._exp
    if not (ctx._Emin - ctx._prec + 1 <= exp <= ctx._Emax):
        return _invalid(ctx)
    if not a._int:
        return _fix(a._sign, 0, exp, ctx)
    adj = a._exp + _nd(a._int) - 1
    if adj > ctx._Emax or adj - exp + 1 > ctx._prec:
        return _invalid(ctx)
    ans, inexact = _rescale(a, exp, rounding)
    if ans._int and ans._exp + _nd(ans._int) - 1 > ctx._Emax:
        return _invalid(ctx)
    if _nd(ans._int) > ctx._prec:
        return _invalid(ctx)
    st = 0
    if ans._int and ans._exp + _nd(ans._int) - 1 < ctx._Emin:
        st |= _SUBNORMAL
    if ans._exp > a._exp:
        if inexact:
            st |= _INEXACT
        st |= _ROUNDED
    ctx._st |= st
    return _fix(ans._sign, ans._int, ans._exp, ctx)


def _to_integral(a, ctx, rounding, exact):
    if a._kind:
        r = _nans(a, None, ctx)
        return a if r is None else r
    if a._exp >= 0:
        return a
    ans, inexact = _rescale(a, 0, rounding or ctx._rounding)
    if exact:
        ctx._st |= _ROUNDED | (_INEXACT if inexact else 0)
    return ans


def _sqrt(a, ctx):
    r = _nans(a, None, ctx)
    if r is not None:
        return r
    if a._kind:
        if a._sign:
            return _invalid(ctx)
        return a
    ideal = a._exp // 2
    if not a._int:
        return _fix(a._sign, 0, ideal, ctx)
    if a._sign:
        return _invalid(ctx)
    prec = ctx._prec
    c, e = a._int, a._exp
    if e & 1:
        c *= 10
        e -= 1
    k = max(0, prec + 2 - (_nd(c) + 1) // 2)
    n = c * 10 ** (2 * k)
    root = math.isqrt(n)
    exp = e // 2 - k
    if root * root == n:
        while exp < ideal and root % 10 == 0:
            root //= 10
            exp += 1
    elif root % 5 == 0:
        root += 1
    return _fix(0, root, exp, ctx, ROUND_HALF_EVEN)


# -- correctly rounded transcendental functions ----------------------------------
#
# Values are computed as fixed-point integers (value * 10**P) with a known
# error bound; the precision P grows until the bounds agree on the first
# prec+1 digits, and the result is then those digits plus a sticky unit, which
# _fix rounds as the context says (the results are irrational, so never
# exactly on a boundary).

_LN10 = [0, 0]  # (scale, value) of the best ln(10) computed so far
_SQRT_STEPS = 12


def _ln_scaled(X, P):
    """ln(X / 10**P) * 10**P for X > 0, within a few units."""
    g = 14
    Q = P + g
    S = 10 ** Q
    Y = X * 10 ** g
    for _ in range(_SQRT_STEPS):
        Y = math.isqrt(Y * S)
    t = Y - S
    negative = t < 0
    if negative:
        t = -t
        # ln(1 - u) = -2 atanh(u / (2 - u))
        z = t * S // (2 * S - t)
    else:
        z = t * S // (2 * S + t)
    z2 = z * z // S
    term = z
    total = z
    k = 3
    while term:
        term = term * z2 // S
        total += term // k
        k += 2
    L = (total << (_SQRT_STEPS + 1)) // 10 ** g
    return -L if negative else L


def _ln10(P):
    if _LN10[0] >= P:
        return _LN10[1] // 10 ** (_LN10[0] - P)
    v = _ln_scaled(10 ** (P + 6), P + 5)
    _LN10[0] = P + 5
    _LN10[1] = v
    return v // 10 ** 5


def _ln_fixed(c, e, P):
    """ln(c * 10**e) * 10**P, within 10 units."""
    nd = _nd(c)
    adj = e + nd - 1
    if adj in (-1, 0):
        s = e + P
        X = c * 10 ** s if s >= 0 else c // 10 ** (-s)
        return _ln_scaled(X, P)
    s = P - (nd - 1)
    X = c * 10 ** s if s >= 0 else c // 10 ** (-s)
    extra = _nd(abs(adj)) + 2
    return _ln_scaled(X, P) + adj * _ln10(P + extra) // 10 ** extra


def _exp_fixed(X, P):
    """exp(X / 10**P) as (Y, k): about Y * 10**(k - P), Y within 100 units."""
    extra = _nd(abs(X) // 10 ** P + 1) + 2
    ln10 = _ln10(P + extra)
    Xs = X * 10 ** extra
    k = Xs // ln10
    R = (Xs - k * ln10) // 10 ** extra
    g = 14
    Q = P + g
    S = 10 ** Q
    steps = 10
    r = max(R, 0) * 10 ** g >> steps
    total = S
    term = S
    i = 1
    while term:
        term = term * r // (S * i)
        total += term
        i += 1
    for _ in range(steps):
        total = total * total // S
    return total // 10 ** g, k


def _approx(sign, lo, hi, exp, ctx):
    """The context's rounding of a value strictly between lo and hi
    (times 10**exp), or None when they disagree too early."""
    if lo <= 0:
        return None
    nl = _nd(lo)
    if nl != _nd(hi):
        return None
    drop = nl - ctx._prec - 1
    if drop < 1:
        return None
    p = 10 ** drop
    t = lo // p
    if t != hi // p:
        return None
    return _fix(sign, t * 10 + 1, exp + drop - 1, ctx)


def _is_one(d):
    return d._kind == 0 and d._sign == 0 and d._int and _nd(d._int) + d._exp == 1 and d._int == 10 ** (_nd(d._int) - 1)


def _ln_impl(a, ctx):
    r = _nans(a, None, ctx)
    if r is not None:
        return r
    if not a._kind and not a._int:
        return _inf(1)
    if a._sign:
        return _invalid(ctx)
    if a._kind:
        return a
    if _is_one(a):
        return _dec(0, 0, 0)
    prec = ctx._prec
    P = prec + 12
    while True:
        L = _ln_fixed(a._int, a._exp, P)
        E = 20
        if L < 0:
            res = _approx(1, -L - E, -L + E, -P, ctx)
        else:
            res = _approx(0, L - E, L + E, -P, ctx)
        if res is not None:
            return res
        P += prec + 10


def _log10_impl(a, ctx):
    r = _nans(a, None, ctx)
    if r is not None:
        return r
    if not a._kind and not a._int:
        return _inf(1)
    if a._sign:
        return _invalid(ctx)
    if a._kind:
        return a
    nd = _nd(a._int)
    if a._int == 10 ** (nd - 1):
        adj = a._exp + nd - 1
        return _fix(1 if adj < 0 else 0, abs(adj), 0, ctx)
    prec = ctx._prec
    P = prec + 12
    while True:
        L = _ln_fixed(a._int, a._exp, P + 3) * 10 ** P // _ln10(P + 3)
        E = 20
        if L < 0:
            res = _approx(1, -L - E, -L + E, -P, ctx)
        else:
            res = _approx(0, L - E, L + E, -P, ctx)
        if res is not None:
            return res
        P += prec + 10


def _exp_guard(x_float_bound, sign, ctx):
    """Overflow/underflow result for exp of a value known to be too large
    in magnitude (sign 0: huge positive)."""
    if not sign:
        return _fix(0, 1, ctx._Emax + 1, ctx)
    return _fix(0, 1, ctx._Emin - ctx._prec - 2, ctx)


def _exp_impl(a, ctx):
    r = _nans(a, None, ctx)
    if r is not None:
        return r
    if a._kind:
        return _dec(0, 0, 0) if a._sign else a
    if not a._int:
        return _dec(0, 1, 0)
    prec = ctx._prec
    adj = a._exp + _nd(a._int) - 1
    if adj < -(prec + 2):
        # 1 + a: only a sticky amount above or below 1
        if a._sign:
            return _fix(0, 10 ** (prec + 3) - 1, -(prec + 3), ctx)
        return _fix(0, 10 ** (prec + 2) + 1, -(prec + 2), ctx)
    return _exp_value(a._sign, a._int, a._exp, ctx)


def _exp_value(sign, c, e, ctx):
    prec = ctx._prec
    adj = e + _nd(c) - 1
    limit_hi = (ctx._Emax + 2) * 2.302585092994046 + 2
    limit_lo = (ctx._Emin - ctx._prec - 2) * 2.302585092994046 - 2
    if adj > 25:
        return _exp_guard(None, sign, ctx)
    xf = float(_dec(sign, c, e))
    if xf > limit_hi or xf < limit_lo:
        return _exp_guard(None, sign, ctx)
    P = prec + 12
    while True:
        s = e + P
        X = c * 10 ** s if s >= 0 else c // 10 ** (-s)
        Y, k = _exp_fixed(-X if sign else X, P)
        res = _approx(0, Y - 100, Y + 100, k - P, ctx)
        if res is not None:
            return res
        P += prec + 10


def _half_even(fn):
    """exp, ln and log10 round half-even whatever the context says (as
    libmpdec does)."""
    def wrapper(a, ctx):
        if ctx._rounding == ROUND_HALF_EVEN:
            return fn(a, ctx)
        tmp = _work_context(ctx._prec, ctx._Emin, ctx._Emax, ROUND_HALF_EVEN,
                            ctx._capitals, ctx._clamp)
        result = fn(a, tmp)
        ctx._st |= tmp._st
        return result
    return wrapper


_exp = _half_even(_exp_impl)
_ln = _half_even(_ln_impl)
_log10 = _half_even(_log10_impl)


def _lead_log10(c, e):
    """log10 of c * 10**e (c > 0) as a float."""
    nd = _nd(c)
    if nd > 17:
        lead = c // 10 ** (nd - 17)
        return math.log10(lead) + (nd - 17) + e
    return math.log10(c) + e


def _work_context(prec, Emin, Emax, rounding=ROUND_HALF_EVEN, capitals=1, clamp=0):
    """A context for intermediate results (no flags, no traps): libmpdec's work
    contexts are C structs, so no signal dicts are made for it."""
    work = Context.__new__(Context)
    work._prec, work._rounding, work._Emin, work._Emax = prec, rounding, Emin, Emax
    work._capitals, work._clamp = capitals, clamp
    work._fl = work._tr = _NO_SIGNALS
    work._st = 0
    return work


_EXP_INF = 2000000000000000001


def _exp_digits(n):
    return len(str(abs(n)))


def _pow_bounds(x, y, sign, ctx):
    """libmpdec's early over/underflow test for x ** y: the over- or
    underflowing result when lb(log10|log10 x|) + lb(log10|y|) exceeds the
    digits of the exponent limits, else None."""
    etiny = ctx._Emin - ctx._prec + 1
    ub_omega = max(_exp_digits(ctx._Emax), _exp_digits(etiny))
    lb_theta = y._exp + _nd(y._int) - 1
    t = x._exp + _nd(x._int) - 1
    if t > 0:
        lb_zeta = _exp_digits(t) - 1
    elif t < -1:
        lb_zeta = _exp_digits(t + 1) - 1
    else:
        e = min(x._exp, 0)
        v = abs(x._int * 10 ** (x._exp - e) - 10 ** (-e))
        u = e + _nd(v) - 1
        lb_zeta = u - 2 if t == 0 else u - 1
    if lb_zeta + lb_theta > ub_omega:
        if (t < 0) == bool(y._sign):
            return _fix(sign, 1, _EXP_INF, ctx)
        return _fix(sign, 1, etiny - 1, ctx)
    return None


def _pow_int(x, n, sign, ctx):
    # libmpdec's way, for its exact digits: left-to-right binary powering
    # rounded half-even to a few extra digits, then one final rounding
    an = abs(n)
    work = _work_context(ctx._prec + _nd(an) + 2, ctx._Emin, ctx._Emax)
    if n < 0:
        work._prec += 1
        base = _div(_ONE, x, work)
    else:
        base = _dec(0, x._int, x._exp)
    result = base
    bit = 1 << (an.bit_length() - 1)
    while True:
        bit >>= 1
        if not bit:
            break
        result = _mul(result, result, work)
        if an & bit:
            result = _mul(result, base, work)
        if result._kind or (not result._int and work._st & _UNDERFLOW):
            break
    ctx._st |= work._st
    if result._kind == 1:
        return _fix(sign, 1, _EXP_INF, ctx)
    return _fix(sign, result._int, result._exp, ctx)


def _pow_real(x, y, ctx):
    # libmpdec's way: exp(y * ln(x)), each step correctly rounded (half-even)
    # to max(prec, digits of x) + 23 digits, then rounded to the context
    wp = max(_nd(x._int), ctx._prec) + 4 + 19
    work = _work_context(wp, MIN_EMIN, MAX_EMAX)
    t = _ln(x, work)
    t = _mul(t, y, work)
    work._st = 0
    t = _exp(t, work)
    ctx._st |= work._st | _INEXACT | _ROUNDED
    if t._kind == 1:
        return _fix(0, 1, _EXP_INF, ctx)
    if _cmp(t, _ONE) == 0:
        return _dec(0, 10 ** (ctx._prec - 1), 1 - ctx._prec)
    return _fix(0, t._int, t._exp, ctx)


def _power(x, y, ctx):
    r = _nans(x, y, ctx)
    if r is not None:
        return r
    if y._kind == 0 and not y._int:
        if x._kind == 0 and not x._int:
            return _invalid(ctx)
        return _dec(0, 1, 0)
    y_int = _is_integral(y)
    if x._sign and (x._kind or x._int) and not y_int:
        return _invalid(ctx)
    odd = y_int and _int_value(y) & 1
    sign = x._sign if odd else 0
    if x._kind == 0 and not x._int:
        if y._sign:
            return _inf(sign)
        return _dec(sign, 0, 0)
    if x._kind:
        if y._sign:
            return _dec(sign, 0, 0)
        return _inf(sign)
    prec = ctx._prec
    if y._kind:
        c1 = _cmp(x, _ONE)
        if c1 == 0:
            ctx._st |= _INEXACT | _ROUNDED
            return _dec(0, 10 ** (prec - 1), 1 - prec)
        if (c1 > 0) == (not y._sign):
            return _inf(0)
        return _dec(0, 0, 0)
    if _cmp(x, _ONE) == 0:
        # libmpdec: one to an integer power keeps the zeros it would have
        if y_int:
            if y._sign:
                return _dec(sign, 1, 0)
            shift = _int_value(y) * -x._exp
            if shift > prec - 1:
                shift = prec - 1
                ctx._st |= _ROUNDED
            return _dec(sign, 10 ** shift, -shift)
        ctx._st |= _INEXACT | _ROUNDED
        return _dec(0, 10 ** (prec - 1), 1 - prec)
    r = _pow_bounds(x, y, sign, ctx)
    if r is not None:
        return r
    if y_int:
        return _pow_int(x, _int_value(y), sign, ctx)
    return _pow_real(x, y, ctx)


def _power_mod(x, y, m, ctx):
    for d in (x, y, m):
        if d._kind == 3:
            ctx._st |= _INVALID_OP
            return _nan_fixed(d, ctx)
    for d in (x, y, m):
        if d._kind == 2:
            return _nan_fixed(d, ctx)
    if not (_is_integral(x) and _is_integral(y) and _is_integral(m)):
        return _invalid(ctx)
    yi = _int_value(y)
    mi = abs(_int_value(m))
    if yi < 0 or mi == 0 or _nd(mi) > ctx._prec:
        return _invalid(ctx)
    xi = _int_value(x)
    if xi == 0 and yi == 0:
        return _invalid(ctx)
    r = pow(abs(xi), yi, mi)
    return _dec(x._sign if yi & 1 else 0, r, 0)


# -- the Decimal type ----------------------------------------------------------------

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _unary(name, fn):
    def method(self, context=None):
        ctx = _ctx(context)
        return ctx._done(fn(self, ctx))
    method.__name__ = name
    return method


def _binary(name, fn):
    def method(self, other, context=None):
        ctx = _ctx(context)
        other = _convert_strict(other)
        return ctx._done(fn(self, other, ctx))
    method.__name__ = name
    return method


class Decimal(object):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
    or another Decimal object. If no value is given, return Decimal('0'). The
    context does not affect the conversion and is only passed to determine if
    the InvalidOperation trap is active."""

    __slots__ = ('_sign', '_int', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parts = _parse(value.strip())
            if parts is None:
                ctx = _ctx(context)
                ctx._st |= _CONV_SYNTAX
                ctx._done(None)
                parts = (0, 0, 0, 2)
            elif parts[3] == 0 and parts[1] and (
                    parts[2] + _nd(parts[1]) - 1 > MAX_EMAX or parts[2] < MIN_ETINY):
                ctx = _ctx(context)
                ctx._st |= _INVALID_OP
                ctx._done(None)
                parts = (0, 0, 0, 2)
            self._sign, self._int, self._exp, self._kind = parts
            return self
        if isinstance(value, int):
            v = int(value)
            self._sign = 1 if v < 0 else 0
            self._int = -v if v < 0 else v
            self._exp = 0
            self._kind = 0
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._kind = (
                value._sign, value._int, value._exp, value._kind)
            return self
        if isinstance(value, float):
            ctx = _ctx(context)
            ctx._st |= _FLOAT_OP
            ctx._done(None)
            d = _from_float_exact(value)
            self._sign, self._int, self._exp, self._kind = d._sign, d._int, d._exp, d._kind
            return self
        if isinstance(value, (list, tuple)):
            self._sign, self._int, self._exp, self._kind = _from_tuple(value)
            return self
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """Convert a float (or int) to a Decimal exactly."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float_exact(f)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # -- conversions and representation --

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __str__(self, eng=False, context=None):
        if context is None:
            context = getcontext()
        return _to_string(self, eng, context._capitals)

    def to_eng_string(self, context=None):
        return _to_string(self, True, _ctx(context)._capitals)

    def as_tuple(self):
        if self._kind == 1:
            return DecimalTuple(self._sign, (0,), 'F')
        if self._kind >= 2:
            digits = tuple(int(ch) for ch in _int_str(self._int)) if self._int else ()
            return DecimalTuple(self._sign, digits, 'n' if self._kind == 2 else 'N')
        return DecimalTuple(self._sign, tuple(int(ch) for ch in _int_str(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._kind:
            if self._kind >= 2:
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        if not self._int:
            return 0, 1
        n, e = self._int, self._exp
        if e >= 0:
            n *= 10 ** e
            d = 1
        else:
            d = 10 ** (-e)
            g = math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def __int__(self):
        if self._kind:
            if self._kind >= 2:
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** (-self._exp)
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._kind >= 2:
            if self._kind == 3:
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan') if self._sign else float('nan')
        if self._kind:
            return float('-inf') if self._sign else float('inf')
        if not self._int:
            return -0.0 if self._sign else 0.0
        return float(_to_string(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return bool(self._kind or self._int)

    def __floor__(self):
        if self._kind:
            int(self)
        return int(_rescale(self, 0, ROUND_FLOOR)[0]) if self._exp < 0 else int(self)

    def __ceil__(self):
        if self._kind:
            int(self)
        return int(_rescale(self, 0, ROUND_CEILING)[0]) if self._exp < 0 else int(self)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            ctx = getcontext()
            return ctx._done(_quantize(self, _dec(0, 1, -int(n)), ctx))
        if self._kind:
            if self._kind >= 2:
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            return int(self)
        return int(_rescale(self, 0, ROUND_HALF_EVEN)[0])

    def __hash__(self):
        if self._kind:
            if self._kind == 3:
                raise TypeError('Cannot hash a signaling NaN value')
            if self._kind == 2:
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            eh = pow(10, self._exp, _HASH_MODULUS)
        else:
            eh = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = self._int * eh % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)

    # -- comparisons --

    def _compare_with(self, other, equality):
        """(a, b) Decimals to compare, or NotImplemented."""
        if isinstance(other, Decimal):
            return self, other
        if isinstance(other, int):
            return self, _from_int(other)
        if isinstance(other, complex):
            if not equality or other.imag != 0:
                return NotImplemented
            other = other.real
        if isinstance(other, float):
            ctx = getcontext()
            if equality:
                ctx._fl._bits |= _FLOAT_OP
            else:
                ctx._signal(_FLOAT_OP)
            return self, _from_float_exact(other)
        if isinstance(other, numbers.Rational):
            num = _from_int(other.numerator)
            if self._kind == 0:
                return _dec(self._sign, self._int * other.denominator, self._exp), num
            return self, num
        return NotImplemented

    def _order(self, other, op):
        pair = self._compare_with(other, False)
        if pair is NotImplemented:
            return NotImplemented
        a, b = pair
        if a._kind >= 2 or b._kind >= 2:
            getcontext()._signal(_INVALID_OP)
            return False
        c = _cmp(a, b)
        if op == 0:
            return c < 0
        if op == 1:
            return c <= 0
        if op == 2:
            return c > 0
        return c >= 0

    def __eq__(self, other):
        pair = self._compare_with(other, True)
        if pair is NotImplemented:
            return NotImplemented
        a, b = pair
        if a._kind >= 2 or b._kind >= 2:
            if a._kind == 3 or b._kind == 3:
                getcontext()._signal(_INVALID_OP)
            return False
        return _cmp(a, b) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __lt__(self, other):
        return self._order(other, 0)

    def __le__(self, other):
        return self._order(other, 1)

    def __gt__(self, other):
        return self._order(other, 2)

    def __ge__(self, other):
        return self._order(other, 3)

    # -- arithmetic operators --

    def __add__(self, other):
        if type(other) is not Decimal:
            other = _convert_binop(other)
            if other is NotImplemented:
                return other
        ctx = getcontext()
        e = self._exp
        if e == other._exp and not (self._kind or other._kind):
            # the common case inline: same exponent, result fits the context
            s = (-self._int if self._sign else self._int) + (-other._int if other._sign else other._int)
            c = -s if s < 0 else s
            if 0 < c < 1000000000000000:
                nd = len(str(c))
                if (nd <= ctx._prec and ctx._Emin <= e + nd - 1 <= ctx._Emax
                        and not ctx._clamp):
                    r = _new_object(Decimal)
                    r._sign = 1 if s < 0 else 0
                    r._int = c
                    r._exp = e
                    r._kind = 0
                    return r
        r = _add(self, other, ctx)
        return ctx._done(r) if ctx._st else r

    def __radd__(self, other):
        other = _convert_binop(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        r = _add(other, self, ctx)
        return ctx._done(r) if ctx._st else r

    def __sub__(self, other):
        if type(other) is not Decimal:
            other = _convert_binop(other)
            if other is NotImplemented:
                return other
        ctx = getcontext()
        r = _add(self, other, ctx, 1 - other._sign)
        return ctx._done(r) if ctx._st else r

    def __rsub__(self, other):
        other = _convert_binop(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        r = _add(other, self, ctx, 1 - self._sign)
        return ctx._done(r) if ctx._st else r

    def __mul__(self, other):
        if type(other) is not Decimal:
            other = _convert_binop(other)
            if other is NotImplemented:
                return other
        ctx = getcontext()
        if not (self._kind or other._kind):
            c = self._int * other._int
            if 0 < c < 1000000000000000:
                e = self._exp + other._exp
                nd = len(str(c))
                if (nd <= ctx._prec and ctx._Emin <= e + nd - 1 <= ctx._Emax
                        and not ctx._clamp):
                    r = _new_object(Decimal)
                    r._sign = self._sign ^ other._sign
                    r._int = c
                    r._exp = e
                    r._kind = 0
                    return r
        r = _mul(self, other, ctx)
        return ctx._done(r) if ctx._st else r

    def __rmul__(self, other):
        other = _convert_binop(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        r = _mul(other, self, ctx)
        return ctx._done(r) if ctx._st else r

    def __truediv__(self, other):
        if type(other) is not Decimal:
            other = _convert_binop(other)
            if other is NotImplemented:
                return other
        ctx = getcontext()
        r = _div(self, other, ctx)
        return ctx._done(r) if ctx._st else r

    def __rtruediv__(self, other):
        other = _convert_binop(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        r = _div(other, self, ctx)
        return ctx._done(r) if ctx._st else r

    def __floordiv__(self, other):
        other = _convert_binop(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        r = _divint(self, other, ctx)
        return ctx._done(r) if ctx._st else r

    def __rfloordiv__(self, other):
        other = _convert_binop(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        r = _divint(other, self, ctx)
        return ctx._done(r) if ctx._st else r

    def __mod__(self, other):
        other = _convert_binop(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        r = _rem(self, other, ctx)
        return ctx._done(r) if ctx._st else r

    def __rmod__(self, other):
        other = _convert_binop(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        r = _rem(other, self, ctx)
        return ctx._done(r) if ctx._st else r

    def __divmod__(self, other):
        other = _convert_binop(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        r = _divmod(self, other, ctx)
        return ctx._done(r) if ctx._st else r

    def __rdivmod__(self, other):
        other = _convert_binop(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        r = _divmod(other, self, ctx)
        return ctx._done(r) if ctx._st else r

    def __pow__(self, other, modulo=None):
        other = _convert_binop(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        if modulo is not None:
            modulo = _convert_binop(modulo)
            if modulo is NotImplemented:
                return modulo
            r = _power_mod(self, other, modulo, ctx)
        else:
            r = _power(self, other, ctx)
        return ctx._done(r) if ctx._st else r

    def __rpow__(self, other, modulo=None):
        other = _convert_binop(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        if modulo is not None:
            modulo = _convert_binop(modulo)
            if modulo is NotImplemented:
                return modulo
            r = _power_mod(other, self, modulo, ctx)
        else:
            r = _power(other, self, ctx)
        return ctx._done(r) if ctx._st else r

    def __neg__(self):
        ctx = getcontext()
        r = _minus(self, ctx)
        return ctx._done(r) if ctx._st else r

    def __pos__(self):
        ctx = getcontext()
        r = _plus(self, ctx)
        return ctx._done(r) if ctx._st else r

    def __abs__(self):
        ctx = getcontext()
        r = _abs(self, ctx)
        return ctx._done(r) if ctx._st else r

    # -- named arithmetic --

    def compare(self, other, context=None):
        ctx = _ctx(context)
        return ctx._done(_compare(self, _convert_strict(other), ctx))

    def compare_signal(self, other, context=None):
        ctx = _ctx(context)
        return ctx._done(_compare_signal(self, _convert_strict(other), ctx))

    def compare_total(self, other, context=None):
        return _compare_total(self, _convert_strict(other))

    def compare_total_mag(self, other, context=None):
        return _compare_total(self.copy_abs(), _convert_strict(other).copy_abs())

    def quantize(self, exp, rounding=None, context=None):
        if (context is None and type(exp) is Decimal and not (self._kind or exp._kind)
                and self._int and (rounding is None or (type(rounding) is str and rounding in _ROUNDINGS))):
            # the common case inline (what _quantize and _fix do for a nonzero finite
            # result that fits the context); anything else takes the general path below
            ctx = getcontext()
            e = exp._exp
            se = self._exp
            c = self._int
            prec = ctx._prec
            Emin = ctx._Emin
            Emax = ctx._Emax
            if Emin - prec + 1 <= e <= Emax:
                adj = se + _nd(c) - 1
                if adj <= Emax and adj - e < prec:
                    if se >= e:
                        q = c * 10 ** (se - e)
                        inexact = False
                    else:
                        q, inexact = _round_int(self._sign, c, e - se, rounding or ctx._rounding)
                    if q:
                        nd = _nd(q)
                        if (nd <= prec and Emin <= e + nd - 1 <= Emax
                                and not (ctx._clamp and e > Emax - prec + 1)):
                            r = _new_object(Decimal)
                            r._sign = self._sign
                            r._int = q
                            r._exp = e
                            r._kind = 0
                            if e > se:
                                ctx._st |= (_ROUNDED | _INEXACT) if inexact else _ROUNDED
                            return ctx._done(r) if ctx._st else r
        ctx = _ctx(context)
        exp = _convert_strict(exp)
        if rounding is not None:
            _check_rounding(rounding)
        return ctx._done(_quantize(self, exp, ctx, rounding))

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx(context)
        if rounding is not None:
            _check_rounding(rounding)
        return ctx._done(_to_integral(self, ctx, rounding, False))

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx(context)
        if rounding is not None:
            _check_rounding(rounding)
        return ctx._done(_to_integral(self, ctx, rounding, True))

    def fma(self, other, third, context=None):
        ctx = _ctx(context)
        return ctx._done(_fma(self, _convert_strict(other), _convert_strict(third), ctx))

    def adjusted(self):
        if self._kind:
            return 0
        return self._exp + _nd(self._int) - 1

    def canonical(self):
        return self

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def radix(self):
        return Decimal(10)

    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._kind)

    def copy_negate(self):
        return _dec(1 - self._sign, self._int, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _convert_strict(other)
        return _dec(other._sign, self._int, self._exp, self._kind)

    def is_canonical(self):
        return True

    def is_finite(self):
        return self._kind == 0

    def is_infinite(self):
        return self._kind == 1

    def is_nan(self):
        return self._kind >= 2

    def is_qnan(self):
        return self._kind == 2

    def is_snan(self):
        return self._kind == 3

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == 0 and not self._int

    def is_normal(self, context=None):
        ctx = _ctx(context)
        if self._kind or not self._int:
            return False
        return ctx._Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        ctx = _ctx(context)
        if self._kind or not self._int:
            return False
        return self.adjusted() < ctx._Emin

    def number_class(self, context=None):
        ctx = _ctx(context)
        if self._kind == 3:
            return 'sNaN'
        if self._kind == 2:
            return 'NaN'
        s = '-' if self._sign else '+'
        if self._kind:
            return s + 'Infinity'
        if not self._int:
            return s + 'Zero'
        if self.adjusted() < ctx._Emin:
            return s + 'Subnormal'
        return s + 'Normal'

    def same_quantum(self, other, context=None):
        other = _convert_strict(other)
        if self._kind or other._kind:
            return (self._kind >= 2 and other._kind >= 2) or (self._kind == 1 and other._kind == 1)
        return self._exp == other._exp

    def __sizeof__(self):
        # libmpdec keeps up to 4 words of 19 digits inside the object; a longer
        # coefficient is a separate block of exactly the words it needs
        size = object.__sizeof__(self)
        words = -(-_nd(self._int) // 19) if self._int else 1
        if words > 4:
            size += 8 * words
        return size


# The C type's struct (PyDecObject with its 4 inline words): no GC header,
# never tracked, as the C module's Decimal (see _c_layout).
_c_layout(Decimal, 104)


def _check_rounding(rounding):
    if not isinstance(rounding, str) or rounding not in _ROUNDINGS:
        raise TypeError('valid values for rounding are:\n'
                        '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                        '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                        '   ROUND_05UP]')


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp == 'F':
            return (sign, 0, 0, 1)
        if exp not in ('n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        kind = 2 if exp == 'n' else 3
    elif isinstance(exp, int):
        kind = 0
    else:
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    chars = []
    for dg in digits:
        if not (isinstance(dg, int) and 0 <= dg <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        chars.append(str(dg))
    s = ''.join(chars).lstrip('0')
    coef = _str_int(s) if s else 0
    if kind:
        return (sign, coef, 0, kind)
    return (sign, coef, int(exp), 0)


def _to_string(d, eng, capitals):
    sign = '-' if d._sign else ''
    if d._kind:
        if d._kind == 1:
            return sign + 'Infinity'
        payload = _int_str(d._int) if d._int else ''
        return sign + ('NaN' if d._kind == 2 else 'sNaN') + payload
    digits = _int_str(d._int)
    exp = d._exp
    leftdigits = exp + len(digits)
    if exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    elif not eng:
        dotplace = 1
    elif d._int == 0:
        dotplace = (leftdigits + 1) % 3 - 1
    else:
        dotplace = (leftdigits - 1) % 3 + 1
    if dotplace <= 0:
        intpart = '0'
        fracpart = '.' + '0' * (-dotplace) + digits
    elif dotplace >= len(digits):
        intpart = digits + '0' * (dotplace - len(digits))
        fracpart = ''
    else:
        intpart = digits[:dotplace]
        fracpart = '.' + digits[dotplace:]
    if leftdigits == dotplace:
        e = ''
    else:
        e = ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)
    return sign + intpart + fracpart + e


_ONE = _dec(0, 1, 0)
_NAN = _dec(0, 0, 0, 2)


def _plus(a, ctx):
    r = _nans(a, None, ctx)
    if r is not None:
        return r
    if a._kind:
        return a
    sign = a._sign
    if not a._int and ctx._rounding != ROUND_FLOOR:
        sign = 0
    return _fix(sign, a._int, a._exp, ctx)


def _minus(a, ctx):
    r = _nans(a, None, ctx)
    if r is not None:
        return r
    if a._kind:
        return _inf(1 - a._sign)
    sign = 1 - a._sign
    if not a._int and ctx._rounding != ROUND_FLOOR:
        sign = 0
    return _fix(sign, a._int, a._exp, ctx)


def _abs(a, ctx):
    r = _nans(a, None, ctx)
    if r is not None:
        return r
    if a._kind:
        return _inf(0)
    return _fix(0, a._int, a._exp, ctx)


def _compare(a, b, ctx):
    r = _nans(a, b, ctx)
    if r is not None:
        return r
    return _from_int(_cmp(a, b))


def _compare_signal(a, b, ctx):
    if a._kind >= 2 or b._kind >= 2:
        ctx._st |= _INVALID_OP
        r = _nans(a, b, ctx)
        return r
    return _from_int(_cmp(a, b))


def _total_key(d):
    """Rank within the total order for the non-sign part."""
    if d._kind == 2:
        return 3
    if d._kind == 3:
        return 2
    if d._kind == 1:
        return 1
    return 0


def _compare_total(a, b):
    if a._sign != b._sign:
        return _from_int(-1 if a._sign else 1)
    ka, kb = _total_key(a), _total_key(b)
    if ka != kb:
        r = 1 if ka > kb else -1
    elif ka >= 2:
        r = (a._int > b._int) - (a._int < b._int)
    elif ka == 1:
        r = 0
    else:
        r = _cmp(a.copy_abs(), b.copy_abs())
        if r == 0:
            r = (a._exp > b._exp) - (a._exp < b._exp)
    return _from_int(-r if a._sign else r)


def _minmax(a, b, ctx, want_max, mag):
    if a._kind >= 2 or b._kind >= 2:
        if a._kind == 3 or b._kind == 3:
            return _nans(a, b, ctx)
        if a._kind >= 2 and b._kind >= 2:
            return _nans(a, b, ctx)
        num = b if a._kind >= 2 else a
        return _fixd(num, ctx)
    c = _cmp(a.copy_abs(), b.copy_abs()) if mag else 0
    if c == 0:
        c = _cmp(a, b)
    if c == 0:
        t = _compare_total(a, b)
        c = -t._int if t._sign else t._int
    if want_max:
        pick = a if c >= 0 else b
    else:
        pick = a if c <= 0 else b
    return _fixd(pick, ctx)


def _fma(a, b, c, ctx):
    if a._kind == 3 or b._kind == 3:
        return _nans(a, b, ctx)
    if a._kind >= 2 or b._kind >= 2:
        if c._kind == 3:
            return _nans(c, None, ctx)
        return _nans(a, b, ctx)
    p = _mul_exact(a, b, ctx)
    if p._kind >= 2:
        return p
    return _add(p, c, ctx)


def _logb(a, ctx):
    r = _nans(a, None, ctx)
    if r is not None:
        return r
    if a._kind:
        return _inf(0)
    if not a._int:
        ctx._st |= _DIV_BY_ZERO
        return _inf(1)
    adj = a._exp + _nd(a._int) - 1
    return _fix(1 if adj < 0 else 0, abs(adj), 0, ctx)


def _scaleb(a, b, ctx):
    r = _nans(a, b, ctx)
    if r is not None:
        return r
    if b._kind or b._exp != 0:
        return _invalid(ctx)
    limit = 2 * (ctx._Emax + ctx._prec)
    n = _int_value(b)
    if not -limit <= n <= limit:
        return _invalid(ctx)
    if a._kind:
        return a
    return _fix(a._sign, a._int, a._exp + n, ctx)


def _shift_arg(a, b, ctx):
    """The checked integer shift count, or a NaN result."""
    r = _nans(a, b, ctx)
    if r is not None:
        return r
    if b._kind or b._exp != 0:
        return _invalid(ctx)
    n = _int_value(b)
    if not -ctx._prec <= n <= ctx._prec:
        return _invalid(ctx)
    return n


def _rotate(a, b, ctx):
    n = _shift_arg(a, b, ctx)
    if isinstance(n, Decimal):
        return n
    if a._kind:
        return a
    prec = ctx._prec
    digits = _int_str(a._int % 10 ** prec).rjust(prec, '0')
    n %= prec
    rotated = digits[n:] + digits[:n]
    return _fix(a._sign, int(rotated), a._exp, ctx)


def _shift(a, b, ctx):
    n = _shift_arg(a, b, ctx)
    if isinstance(n, Decimal):
        return n
    if a._kind:
        return a
    prec = ctx._prec
    c = a._int % 10 ** prec
    if n >= 0:
        c = c * 10 ** n % 10 ** prec
    else:
        c //= 10 ** (-n)
    return _fix(a._sign, c, a._exp, ctx)


def _logical_digits(d, ctx):
    if d._kind or d._sign or d._exp != 0:
        return None
    s = _int_str(d._int)
    if s.strip('01'):
        return None
    return s.rjust(ctx._prec, '0')[-ctx._prec:]


def _logical(a, b, ctx, op):
    x = _logical_digits(a, ctx)
    y = _logical_digits(b, ctx) if b is not None else '0' * ctx._prec
    if x is None or y is None:
        return _invalid(ctx)
    if op == 'and':
        out = ''.join('1' if p == '1' and q == '1' else '0' for p, q in zip(x, y))
    elif op == 'or':
        out = ''.join('1' if p == '1' or q == '1' else '0' for p, q in zip(x, y))
    elif op == 'xor':
        out = ''.join('1' if p != q else '0' for p, q in zip(x, y))
    else:
        out = ''.join('0' if p == '1' else '1' for p in x)
    return _dec(0, int(out), 0)


def _next(a, ctx, up):
    r = _nans(a, None, ctx)
    if r is not None:
        return r
    if a._kind:
        if a._sign == (0 if up else 1):
            return a
        return _dec(a._sign, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)
    tmp = _work_context(ctx._prec, ctx._Emin, ctx._Emax,
                        ROUND_CEILING if up else ROUND_FLOOR, ctx._capitals, ctx._clamp)
    c, e = a._int, a._exp
    if c:
        pos = max(e + _nd(c) - ctx._prec, ctx._Emin - ctx._prec + 1) - 2
    else:
        pos = ctx._Emin - ctx._prec - 1
    ne = min(e, pos)
    c = c * 10 ** (e - ne)
    # one unit far below the rounding digit, toward the wanted direction
    s = (-c if a._sign else c) + (1 if up else -1)
    res = _fix(1 if s < 0 else 0, abs(s), ne, tmp)
    tmp._st = 0
    return res


def _next_toward(a, b, ctx):
    r = _nans(a, b, ctx)
    if r is not None:
        return r
    c = _cmp(a, b)
    if c == 0:
        return _dec(b._sign, a._int, a._exp, a._kind)
    res = _next(a, ctx, c < 0)
    if res._kind == 1:
        ctx._st |= _OVERFLOW | _INEXACT | _ROUNDED
    elif res._kind == 0 and res.adjusted() < ctx._Emin:
        ctx._st |= _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
        if not res._int:
            ctx._st |= _CLAMPED
    return res


Decimal.sqrt = _unary('sqrt', _sqrt)
Decimal.exp = _unary('exp', _exp)
Decimal.ln = _unary('ln', _ln)
Decimal.log10 = _unary('log10', _log10)
Decimal.logb = _unary('logb', _logb)
Decimal.normalize = _unary('normalize', lambda a, ctx: _reduce(a, ctx))
Decimal.next_plus = _unary('next_plus', lambda a, ctx: _next(a, ctx, True))
Decimal.next_minus = _unary('next_minus', lambda a, ctx: _next(a, ctx, False))
Decimal.next_toward = _binary('next_toward', _next_toward)
Decimal.logical_invert = _unary('logical_invert', lambda a, ctx: _logical(a, None, ctx, 'invert'))
Decimal.logical_and = _binary('logical_and', lambda a, b, ctx: _logical(a, b, ctx, 'and'))
Decimal.logical_or = _binary('logical_or', lambda a, b, ctx: _logical(a, b, ctx, 'or'))
Decimal.logical_xor = _binary('logical_xor', lambda a, b, ctx: _logical(a, b, ctx, 'xor'))
Decimal.rotate = _binary('rotate', _rotate)
Decimal.shift = _binary('shift', _shift)
Decimal.scaleb = _binary('scaleb', _scaleb)
Decimal.remainder_near = _binary('remainder_near', _remainder_near)
Decimal.max = _binary('max', lambda a, b, ctx: _minmax(a, b, ctx, True, False))
Decimal.min = _binary('min', lambda a, b, ctx: _minmax(a, b, ctx, False, False))
Decimal.max_mag = _binary('max_mag', lambda a, b, ctx: _minmax(a, b, ctx, True, True))
Decimal.min_mag = _binary('min_mag', lambda a, b, ctx: _minmax(a, b, ctx, False, True))


def _reduce(a, ctx):
    r = _nans(a, None, ctx)
    if r is not None:
        return r
    if a._kind:
        return a
    d = _fix(a._sign, a._int, a._exp, ctx)
    if d._kind or not d._int:
        if d._kind == 0:
            return _dec(d._sign, 0, 0)
        return d
    c, e = d._int, d._exp
    top = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
    while c % 10 == 0 and e < top:
        c //= 10
        e += 1
    return _dec(d._sign, c, e)


numbers.Number.register(Decimal)
Decimal.__module__ = 'decimal'
# like the C type, the full name (in error messages) carries the module
_c_type_name(Decimal, 'decimal.Decimal')


# -- format() --------------------------------------------------------------------------

def _parse_spec(spec):
    """The parts of a Decimal format spec (the C module's grammar)."""
    n = len(spec)
    i = 0
    fill, align = ' ', None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    nozero = False
    if i < n and spec[i] == 'z':
        nozero = True
        i += 1
    zeropad = False
    if i < n and spec[i] == '0':
        if align is not None:
            return None
        zeropad = True
        fill, align = '0', '='
        i += 1
        if i < n and spec[i] == '0':
            return None
    j = i
    while i < n and spec[i].isdigit() and spec[i].isascii():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    sep = ''
    if i < n and spec[i] == ',':
        sep = ','
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit() and spec[i].isascii():
            i += 1
        if i == j:
            return None
        precision = int(spec[j:i])
    kind = None
    if i < n and spec[i] in 'eEfFgGn%':
        kind = spec[i]
        i += 1
    if i != n:
        return None
    if kind == 'n' and sep:
        return None
    return (fill, align or '>', sign, nozero, zeropad, width, sep, precision, kind)


def _round_sig(d, places, rounding):
    """d rounded to `places` significant digits (no signals)."""
    if not d._int:
        return d
    nd = _nd(d._int)
    ans, _ = _rescale(d, d._exp + nd - places, rounding)
    if _nd(ans._int) > places:
        ans, _ = _rescale(ans, ans._exp + 1, rounding)
    return ans


def _group(digits, sep, min_width):
    if not sep:
        return '0' * (min_width - len(digits)) + digits
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append(digits[-size:].rjust(size, '0') if digits else '0' * size)
        digits = digits[:-size] if len(digits) > size else ''
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _align(sign, body, parts):
    fill, align, width = parts[0], parts[1], parts[5]
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    padding = fill * pad
    if align == '<':
        return sign + body + padding
    if align == '=':
        return sign + padding + body
    if align == '^':
        half = pad // 2
        return padding[:half] + sign + body + padding[half:]
    return padding + sign + body


def _format(d, spec):
    parts = _parse_spec(spec)
    if parts is None:
        raise ValueError('invalid format string')
    fill, align, signopt, nozero, zeropad, width, sep, precision, kind = parts
    if d._kind:
        sign = '-' if d._sign else ('+' if signopt == '+' else ' ' if signopt == ' ' else '')
        body = _to_string(d.copy_abs(), False, 1)
        if kind == '%':
            body += '%'
        if zeropad:
            parts = (' ', '>') + parts[2:]
        return _align(sign, body, parts)
    ctx = getcontext()
    rounding = ctx._rounding
    if kind == 'F' and d._int:
        # the C module's 'z' only looks at the value before rounding for 'F'
        nozero = False
    if kind is None:
        kind = 'G' if ctx._capitals else 'g'
    elif kind == 'n':
        kind = 'g'
    if precision == 0 and kind in 'gG':
        precision = 1
    if kind == '%':
        d = _dec(d._sign, d._int, d._exp + 2)
    if precision is not None:
        if kind in 'eE':
            d = _round_sig(d, precision + 1, rounding)
        elif kind in 'fF%':
            d = _rescale(d, -precision, rounding)[0]
        elif _nd(d._int) > precision:
            d = _round_sig(d, precision, rounding)
    if not d._int and d._exp > 0 and kind in 'fF%':
        d = _dec(d._sign, 0, 0)
    negative = d._sign and not (nozero and not d._int)
    digits = _int_str(d._int)
    leftdigits = d._exp + len(digits)
    if kind in 'eE':
        dotplace = 1 - precision if (not d._int and precision is not None) else 1
    elif kind in 'fF%':
        dotplace = leftdigits
    else:
        dotplace = leftdigits if (d._exp <= 0 and leftdigits > -6) else 1
    if dotplace < 0:
        intpart = '0'
        fracpart = '0' * (-dotplace) + digits
    elif dotplace > len(digits):
        intpart = digits + '0' * (dotplace - len(digits))
        fracpart = ''
    else:
        intpart = digits[:dotplace] or '0'
        fracpart = digits[dotplace:]
    exp = leftdigits - dotplace
    sign = '-' if negative else ('+' if signopt == '+' else ' ' if signopt == ' ' else '')
    if fracpart:
        fracpart = '.' + fracpart
    if exp != 0 or kind in 'eE':
        fracpart += ('E' if kind in 'EG' else 'e') + '%+d' % exp
    if kind == '%':
        fracpart += '%'
    min_width = width - len(fracpart) - len(sign) if zeropad else 0
    intpart = _group(intpart, sep, min_width)
    return _align(sign, intpart + fracpart, parts)


# -- Context methods: the Decimal operations with an explicit context --------------

def _ctx_unary(name, fn):
    def method(self, a):
        a = _convert_strict(a)
        return self._done(fn(a, self))
    method.__name__ = name
    return method


def _ctx_binary(name, fn):
    def method(self, a, b):
        a = _convert_strict(a)
        b = _convert_strict(b)
        return self._done(fn(a, b, self))
    method.__name__ = name
    return method


def _ctx_sub(a, b, ctx):
    return _add(a, b, ctx, 1 - b._sign)


for _name, _fn in (('abs', _abs), ('exp', _exp), ('ln', _ln), ('log10', _log10),
                   ('logb', _logb), ('minus', _minus), ('plus', _plus),
                   ('normalize', _reduce), ('sqrt', _sqrt),
                   ('next_plus', lambda a, ctx: _next(a, ctx, True)),
                   ('next_minus', lambda a, ctx: _next(a, ctx, False)),
                   ('logical_invert', lambda a, ctx: _logical(a, None, ctx, 'invert')),
                   ('to_integral_exact', lambda a, ctx: _to_integral(a, ctx, None, True)),
                   ('to_integral_value', lambda a, ctx: _to_integral(a, ctx, None, False)),
                   ('to_integral', lambda a, ctx: _to_integral(a, ctx, None, False))):
    setattr(Context, _name, _ctx_unary(_name, _fn))

for _name, _fn in (('add', _add), ('subtract', _ctx_sub), ('multiply', _mul),
                   ('divide', _div), ('divide_int', _divint), ('remainder', _rem),
                   ('divmod', _divmod), ('remainder_near', _remainder_near),
                   ('compare', _compare), ('compare_signal', _compare_signal),
                   ('quantize', _quantize), ('scaleb', _scaleb),
                   ('rotate', _rotate), ('shift', _shift),
                   ('next_toward', _next_toward),
                   ('max', lambda a, b, ctx: _minmax(a, b, ctx, True, False)),
                   ('min', lambda a, b, ctx: _minmax(a, b, ctx, False, False)),
                   ('max_mag', lambda a, b, ctx: _minmax(a, b, ctx, True, True)),
                   ('min_mag', lambda a, b, ctx: _minmax(a, b, ctx, False, True)),
                   ('logical_and', lambda a, b, ctx: _logical(a, b, ctx, 'and')),
                   ('logical_or', lambda a, b, ctx: _logical(a, b, ctx, 'or')),
                   ('logical_xor', lambda a, b, ctx: _logical(a, b, ctx, 'xor'))):
    setattr(Context, _name, _ctx_binary(_name, _fn))
del _name, _fn


def _context_power(self, a, b, modulo=None):
    a = _convert_strict(a)
    b = _convert_strict(b)
    if modulo is not None:
        return self._done(_power_mod(a, b, _convert_strict(modulo), self))
    return self._done(_power(a, b, self))


def _context_fma(self, a, b, c):
    return self._done(_fma(_convert_strict(a), _convert_strict(b), _convert_strict(c), self))


def _plain(name, fn):
    def method(self, a, *rest):
        return fn(_convert_strict(a), *[_convert_strict(x) for x in rest])
    method.__name__ = name
    return method


Context.power = _context_power
Context.fma = _context_fma
Context.compare_total = _plain('compare_total', _compare_total)
Context.compare_total_mag = _plain('compare_total_mag', lambda a, b: _compare_total(a.copy_abs(), b.copy_abs()))
Context.copy_abs = _plain('copy_abs', Decimal.copy_abs)
Context.copy_negate = _plain('copy_negate', Decimal.copy_negate)
Context.copy_sign = _plain('copy_sign', Decimal.copy_sign)
Context.copy_decimal = _plain('copy_decimal', lambda a: a)
Context.canonical = _plain('canonical', Decimal.canonical)
Context.same_quantum = _plain('same_quantum', Decimal.same_quantum)
for _name in ('is_canonical', 'is_finite', 'is_infinite', 'is_nan', 'is_qnan',
               'is_signed', 'is_snan', 'is_zero'):
    setattr(Context, _name, _plain(_name, getattr(Decimal, _name)))
del _name


def _with_context(name):
    fn = getattr(Decimal, name)

    def method(self, a):
        return fn(_convert_strict(a), context=self)
    method.__name__ = name
    return method


for _name in ('is_normal', 'is_subnormal', 'number_class', 'to_eng_string'):
    setattr(Context, _name, _with_context(_name))
del _name


def _to_sci_string(self, a):
    return _to_string(_convert_strict(a), False, self._capitals)


Context.to_sci_string = _to_sci_string
Context.__module__ = 'decimal'

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1, clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])


# Native fast paths for the commonest arithmetic (src/modules/_decimal_accel.ts): they answer
# only when the methods above would build the result directly, and call them otherwise.
if _current_context_var is not None:
    try:
        from _decimal_accel import install as _install_accel
    except ImportError:
        pass
    else:
        _install_accel(Decimal, Context, _contextvars, _current_context_var, _ROUNDED, _INEXACT)
        del _install_accel


def __dir__():
    # the C module's namespace: its public names (and the module dunders),
    # not this implementation's helpers
    names = set(__all__)
    names.update(n for n in globals() if n.startswith('__') and n.endswith('__') and n not in ('__dir__', '__all__'))
    return sorted(names)
