"""Concrete date/time and related types (heapstack's own implementation).

Behaviour, reprs, hashes and error messages follow CPython 3.11's C `_datetime` module; local
time comes from the `time` module (the host's zone), and strftime/strptime reuse its
implementations."""

import time as _time
import sys as _sys
from operator import index as _index
from _stdlib_helpers import c_type_name as _c_type_name

if "_first_build_done" in globals():
    # the classes that stay: the non-GC C types' struct sizes (see the end of the module)
    from _stdlib_helpers import c_layout as _c_layout
else:
    def _c_layout(cls, basicsize):
        """The first build stands for CPython's pure-Python classes: ordinary GC classes."""
        return cls

MINYEAR = 1
MAXYEAR = 9999

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH_START = [0, 0]
for _m in range(2, 13):
    _MONTH_START.append(_MONTH_START[-1] + _MONTH_DAYS[_m - 1])
del _m
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MAX_ORDINAL = 3652059
_US_PER_DAY = 86400 * 1000000


# --- calendar arithmetic ---------------------------------------------------------------------

def _leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    if month == 2 and _leap(year):
        return 29
    return _MONTH_DAYS[month]


def _ordinal(year, month, day):
    """Days since 0001-01-01 (which is day 1) in the proleptic Gregorian calendar."""
    y = year - 1
    before = y * 365 + y // 4 - y // 100 + y // 400
    before += _MONTH_START[month] + (1 if month > 2 and _leap(year) else 0)
    return before + day


def _from_ordinal(n):
    """(year, month, day) of ordinal n."""
    n -= 1
    cycles400, n = divmod(n, 146097)
    cycles100, n = divmod(n, 36524)
    cycles4, n = divmod(n, 1461)
    years, n = divmod(n, 365)
    year = cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years + 1
    if years == 4 or cycles100 == 4:
        # the last day of a leap cycle
        return year - 1, 12, 31
    # n is the day of the year (0-based); (n + 50) >> 5 is the month or the one after it
    leap = 1 if _leap(year) else 0
    month = (n + 50) >> 5
    before = _MONTH_START[month] + (leap if month > 2 else 0)
    if before > n:
        month -= 1
        before = _MONTH_START[month] + (leap if month > 2 else 0)
    return year, month, n - before + 1


def _iso_week_one(year):
    """Ordinal of the Monday starting ISO week 1 of year."""
    jan1 = _ordinal(year, 1, 1)
    weekday = (jan1 + 6) % 7
    monday = jan1 - weekday
    if weekday > 3:
        monday += 7
    return monday


def _div_round(a, b):
    """a / b rounded to the nearest int, ties to even (CPython's divide_nearest)."""
    q, r = divmod(a, b)
    twice = 2 * r
    if b > 0:
        up = twice > b or (twice == b and q % 2 == 1)
    else:
        up = twice < b or (twice == b and q % 2 == 1)
    return q + 1 if up else q


def _type_name(obj):
    kind = type(obj)
    if kind in (date, datetime, time, timedelta, timezone):
        return 'datetime.' + kind.__name__
    return kind.__name__


def _int_field(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return _index(value)


_MISSING = object()


def _c_int(value):
    """An argument converted as a C int (CPython's "i" argument format)."""
    value = int(_int_field(value))
    if not -0x80000000 <= value <= 0x7fffffff:
        if not -0x8000000000000000 <= value <= 0x7fffffffffffffff:
            raise OverflowError('Python int too large to convert to C long')
        raise OverflowError('signed integer is %s'
                            % ('greater than maximum' if value > 0 else 'less than minimum'))
    return value


def _parse_args(fname, names, formats, required, positional, args, kwargs, absent=_MISSING):
    """The values of `names` given by a call's args and kwargs, in CPython's C argument parser's
    order of checks and with its messages (fname None: the messages say 'function').  Format
    letters: 'i' a C int (converted as it is read), 'O' any object.  Absent values are `absent`."""
    if not kwargs and required <= len(args) <= positional:
        # the common call: positional arguments only, plain C ints where ints are wanted
        values = list(args)
        for i, value in enumerate(values):
            if formats[i] == 'i' and not (type(value) is int and -0x80000000 <= value <= 0x7fffffff):
                values[i] = _c_int(value)
        values += [absent] * (len(names) - len(values))
        return values
    where = 'function' if fname is None else fname + '()'
    given = len(args) + len(kwargs)
    if given > len(names):
        raise TypeError('%s takes at most %d %sargument%s (%d given)'
                        % (where, len(names), '' if args else 'keyword ',
                           '' if len(names) == 1 else 's', given))
    values = []
    left = len(kwargs)
    for i, name in enumerate(names):
        if i == positional and len(args) > positional:
            raise TypeError('%s takes at most %d positional argument%s (%d given)'
                            % (where, positional, '' if positional == 1 else 's', len(args)))
        if i < len(args):
            value = args[i]
        elif left and name in kwargs:
            value = kwargs[name]
            left -= 1
        elif i < required:
            raise TypeError("%s missing required argument '%s' (pos %d)" % (where, name, i + 1))
        else:
            values.append(absent)
            continue
        values.append(_c_int(value) if formats[i] == 'i' else value)
    if left:
        for i in range(len(args)):
            if names[i] in kwargs:
                raise TypeError("argument for %s given by name ('%s') and position (%d)"
                                % (where, names[i], i + 1))
        for key in kwargs:
            if key not in names:
                raise TypeError("'%s' is an invalid keyword argument for %s"
                                % (key, 'this function' if fname is None else where))
    return values


def _no_args(where, args, kwargs):
    """A METH_NOARGS method's argument check (`where` is the qualified name)."""
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % where)
    if args:
        raise TypeError('%s() takes no arguments (%d given)' % (where, len(args)))


def _one_arg(where, args, kwargs):
    """A METH_O method's single argument (`where` is the qualified name)."""
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % where)
    if len(args) != 1:
        raise TypeError('%s() takes exactly one argument (%d given)' % (where, len(args)))
    return args[0]


def _check_date(year, month, day):
    year = _int_field(year)
    month = _int_field(month)
    day = _int_field(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _month_length(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    """Parsed time fields (_MISSING for 0) checked against their ranges."""
    if hour is _MISSING:
        hour = 0
    if minute is _MISSING:
        minute = 0
    if second is _MISSING:
        second = 0
    if microsecond is _MISSING:
        microsecond = 0
    if fold is _MISSING:
        fold = 0
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _set_clock(self, hour, minute, second, microsecond, tz, fold):
    """Sets the time fields of a new time or datetime."""
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    return self


def _pickled_state(args, size, field, limit, what):
    """The bytes of a pickled date, time or datetime when args is how pickle calls the class:
    (state,) or, for time and datetime, (state, tzinfo), where state holds the C struct's data
    (a str from a Python 2 pickle is taken as its latin-1 bytes) and the byte at index field,
    without the fold bit 0x80 for time and datetime, is below limit. Otherwise None."""
    state = args[0]
    if isinstance(state, bytes):
        if len(state) == size and _state_field_ok(state[field], what, limit):
            return state
    elif isinstance(state, str):
        if len(state) == size and _state_field_ok(ord(state[field]), what, limit):
            try:
                return state.encode('latin1')
            except UnicodeEncodeError:
                raise ValueError("Failed to encode latin1 string when unpickling a %s object. "
                                 "pickle.load(data, encoding='latin1') is assumed." % what) from None
    return None


def _state_field_ok(value, what, limit):
    if what == 'date':
        # C reads the month as a signed char: 1 to 12, nothing else
        return 1 <= value <= 12
    value &= 0x7F
    return 1 <= value <= 12 if what == 'datetime' else value < limit


def _pickled_tzinfo(args):
    tz = args[1] if len(args) == 2 else None
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("bad tzinfo state arg")
    return tz


def _state_with_fold(data, index, fold, protocol):
    """Protocols above 3 carry fold in the top bit of the hour (time) or month (datetime)."""
    if protocol > 3 and fold:
        data = bytearray(data)
        data[index] |= 0x80
        data = bytes(data)
    return data


def _check_tzinfo(tz):
    """tz (_MISSING for None) checked to be None or a tzinfo."""
    if tz is _MISSING:
        return None
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)
    return tz


def _checked_offset(name, offset):
    """Validate what tzinfo.utcoffset()/dst() returned."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24).")
    return offset


def _format_offset(offset, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta, '' for None."""
    if offset is None:
        return ''
    sign = '+'
    if offset.days < 0:
        sign = '-'
        offset = -offset
    minutes, seconds = divmod(offset.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = '%s%02d%s%02d' % (sign, hours, sep, minutes)
    if seconds or offset.microseconds:
        text += '%s%02d' % (sep, seconds)
        if offset.microseconds:
            text += '.%06d' % offset.microseconds
    return text


def _clock_text(h, m, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % h
    if timespec == 'minutes':
        return '%02d:%02d' % (h, m)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (h, m, s)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (h, m, s, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (h, m, s, us)
    raise ValueError('Unknown timespec value')


def _strftime(obj, fmt, timetuple):
    """strftime with datetime's own %f, %z and %Z, the rest done by time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    if '%f' not in fmt and '%z' not in fmt and '%Z' not in fmt:
        # no directive of datetime's own: the loop below would rebuild fmt unchanged
        return _time.strftime(fmt, timetuple)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        if code == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif code == 'z':
            offset = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(offset, '').replace('%', '%%'))
        elif code == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            if name is not None and not isinstance(name, str):
                raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                                % type(name).__name__)
            out.append((name or '').replace('%', '%%'))
        else:
            out.append('%' + code)
    return _time.strftime(''.join(out), timetuple)


def _build_struct_time(y, m, d, hh, mm, ss, dst):
    wday = (_ordinal(y, m, d) + 6) % 7
    yday = _ordinal(y, m, d) - _ordinal(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


# --- timedelta -------------------------------------------------------------------------------

_DATE_FIELDS = ('year', 'month', 'day')
_TIME_FIELDS = ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')
_TIMEDELTA_UNITS = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks')
_UNIT_US = (('microseconds', 1), ('milliseconds', 1000), ('seconds', 1000000),
            ('minutes', 60000000), ('hours', 3600000000), ('days', _US_PER_DAY),
            ('weeks', 7 * _US_PER_DAY))


class timedelta:
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, *args, **kwargs):
        days, seconds, microseconds, milliseconds, minutes, hours, weeks = _parse_args(
            '__new__', _TIMEDELTA_UNITS, 'OOOOOOO', 0, 7, args, kwargs, 0)
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            # all exact ints: no rounding to do
            return _td_from_us(cls, (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60000000
                                   + seconds * 1000000 + milliseconds * 1000 + microseconds)
        given = {'days': days, 'seconds': seconds, 'microseconds': microseconds,
                 'milliseconds': milliseconds, 'minutes': minutes, 'hours': hours, 'weeks': weeks}
        whole = 0
        leftover = 0.0
        for unit, factor in _UNIT_US:
            value = given[unit]
            if isinstance(value, int):
                whole += value * factor
            elif isinstance(value, float):
                frac = value % 1.0 if value >= 0 else -((-value) % 1.0)
                whole += int(value - frac) * factor
                if frac:
                    scaled = frac * factor
                    part = scaled % 1.0 if scaled >= 0 else -((-scaled) % 1.0)
                    whole += int(scaled - part)
                    leftover += part
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (unit, type(value).__name__))
        if leftover:
            rounded = round(leftover)
            if abs(rounded - leftover) == 0.5:
                odd = whole & 1
                rounded = 2.0 * round((leftover + odd) * 0.5) - odd
            whole += int(rounded)
        return _td_from_us(cls, whole)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_type_name(self), ', '.join(parts) or '0')

    def __str__(self):
        minutes, secs = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, minutes, secs)
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            text = '%d day%s, %s' % (self._days, plural, text)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(timedelta, -self._us())

    def __pos__(self):
        return _td_from_us(timedelta, self._us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(timedelta, self._us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _td_from_us(timedelta, _div_round(self._us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return _td_from_us(timedelta, _div_round(self._us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _td_from_us(timedelta, _div_round(den * self._us(), num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _td_from_us(timedelta, self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _td_from_us(timedelta, r)
        return NotImplemented

    def _cmp_key(self, other):
        return self._us(), other._us()

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _td_from_us(cls, us):
    """A new timedelta of class cls lasting us microseconds."""
    days, rest = divmod(us, _US_PER_DAY)
    seconds, micro = divmod(rest, 1000000)
    if not -2 ** 31 <= days < 2 ** 31:
        raise OverflowError("Python int too large to convert to C int")
    if not -999999999 <= days <= 999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
    self = object.__new__(cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = micro
    self._hashcode = -1
    return self


# The C type's struct: no GC header, never tracked, no __slots__ attribute (see _c_layout).
_c_layout(timedelta, 40)
timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# --- date ------------------------------------------------------------------------------------

class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, *args, **kwargs):
        if len(args) == 1:
            state = _pickled_state(args, 4, 2, 13, 'date')
            if state is not None:
                return _date_make(cls, state[0] * 256 + state[1], state[2], state[3])
        year, month, day = _parse_args(None, _DATE_FIELDS, 'iii', 3, 3, args, kwargs)
        return _date_make(cls, *_check_date(year, month, day))

    # constructors

    @classmethod
    def fromtimestamp(cls, *args, **kwargs):
        """Create a date from a POSIX timestamp.

The timestamp is a number, e.g. created via time.time(), that is interpreted
as local time."""
        t = _one_arg('date.fromtimestamp', args, kwargs)
        y, m, d = _time.localtime(_seconds_of(t)[0])[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls, *args, **kwargs):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        if args or kwargs:
            _no_args('datetime.today' if issubclass(cls, datetime) else 'date.today', args, kwargs)
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, *args, **kwargs):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        if kwargs:
            raise TypeError('fromordinal() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('fromordinal() takes exactly 1 argument (%d given)' % len(args))
        n = _c_int(args[0])
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAX_ORDINAL:
            raise ValueError('year %d is out of range' % _from_ordinal(n)[0])
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, *args, **kwargs):
        """str -> Construct a date from a string in ISO 8601 format."""
        date_string = _one_arg('date.fromisoformat', args, kwargs)
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        parsed = None
        if len(date_string) in (7, 8, 10):
            parsed = _parse_iso_date_prefix(date_string)
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return cls(*parsed)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        return cls(*_from_iso_calendar(year, week, day))

    # fields

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # views

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        weekday = (_ordinal(self._year, self._month, self._day) + 6) % 7
        return '%s %s %2d 00:00:00 %04d' % (_DAY_NAMES[weekday], _MONTH_NAMES[self._month],
                                            self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        today = self.toordinal()
        monday = _iso_week_one(year)
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week_one(year), 7)
        elif week >= 52 and today >= _iso_week_one(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, *args, **kwargs):
        """Return date with new specified fields."""
        year, month, day = _parse_args('replace', _DATE_FIELDS, 'iii', 0, 3, args, kwargs)
        return type(self)(self._year if year is _MISSING else year,
                          self._month if month is _MISSING else month,
                          self._day if day is _MISSING else day)

    # comparisons and hashing

    def _date_key(self):
        return (self._year, self._month, self._day)

    # Any date, a datetime too, compares by its date (C's date_richcompare): date == datetime is
    # still False because datetime's reflected comparison, tried first, refuses a plain date;
    # only date.__eq__(d, dt) called directly reaches this with a datetime.

    def __eq__(self, other):
        if isinstance(other, date):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date):
            return self._date_key() != other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            y = self._year
            self._hashcode = hash(bytes((y >> 8, y & 255, self._month, self._day)))
        return self._hashcode

    # arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAX_ORDINAL:
                return _date_result(type(self), *_from_ordinal(n))
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        # CPython's state: the C struct's bytes (year big-endian, month, day)
        return (type(self), (bytes((self._year >> 8, self._year & 255, self._month, self._day)),))


def _date_make(cls, year, month, day):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hashcode = -1
    return self


def _date_result(cls, year, month, day):
    """A new date of class cls (subclasses are called like CPython's C code does)."""
    if cls is date:
        return _date_make(date, year, month, day)
    return cls(year, month, day)


_DATE_SLOTS = date.__slots__  # (datetime's own, below: c_layout drops the attribute)
_c_layout(date, 32)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    """The result of date.isocalendar(): a (year, week, weekday) tuple with names."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)


def _from_iso_calendar(year, week, day):
    year = _int_field(year)
    week = _int_field(week)
    day = _int_field(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        last_week = 52
        jan1_weekday = _ordinal(year, 1, 1) % 7
        if jan1_weekday == 4 or (jan1_weekday == 3 and _leap(year)):
            last_week = 53
        if week != 53 or last_week != 53:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    n = _iso_week_one(year) + (week - 1) * 7 + (day - 1)
    return _from_ordinal(n)


# --- ISO 8601 parsing ------------------------------------------------------------------------

def _digits(text, pos, count):
    """The int made of count ASCII digits at pos, or None."""
    chunk = text[pos:pos + count]
    if len(chunk) != count or not (chunk.isascii() and chunk.isdigit()):
        return None
    return int(chunk)


def _iso_week_date_end(text):
    """Where a week date (YYYYWww[d], YYYY-Www[-d]) opening a datetime string ends, as CPython's
    _find_isoformat_datetime_separator decides it (any one character then separates the time, so
    '2022W52520' is 2022W52 and 20:00); None for a calendar date or a string of 7 or fewer."""
    n = len(text)
    if n <= 7:
        return None
    if text[4] == '-':
        if text[5] != 'W':
            return None
        if n > 8 and text[8] == '-':
            if n == 9:
                raise ValueError('Invalid ISO string')
            if n > 10 and text[10] in '0123456789':
                return 8
            return 10
        return 8
    if text[4] != 'W':
        return None
    idx = 7
    while idx < n and text[idx] in '0123456789':
        idx += 1
    if idx < 9:
        return idx
    # an even number of digits after the week: YYYYWww then a digit separator
    return 7 if idx % 2 == 0 else 8


def _parse_iso_date_prefix(text):
    """date.fromisoformat's reading of a string of length 7, 8 or 10 (C's parse_isoformat_date):
    (year, month, day) of the date at its start, or None; what follows that date is not looked
    at ('2025010499' is 2025-01-04), but after a week number there must be the weekday."""
    try:
        parsed = _parse_iso_date(text, weekday_follows_week=True)
    except ValueError:
        return None
    return None if parsed is None else parsed[:3]


def _parse_iso_date(text, weekday_follows_week=False):
    """(year, month, day, end) for the date at the start of text, or None. A week date's weekday
    is read when a date character follows the week, or, with weekday_follows_week, whatever
    follows it (date.fromisoformat's rule)."""
    year = _digits(text, 0, 4)
    if year is None:
        return None
    pos = 4
    extended = text[pos:pos + 1] == '-'
    if extended:
        pos += 1
    if text[pos:pos + 1] == 'W':
        week = _digits(text, pos + 1, 2)
        if week is None:
            return None
        pos += 3
        day = 1
        if pos < len(text) and (weekday_follows_week or text[pos] in '-0123456789'):
            if extended:
                if text[pos] != '-':
                    return None
                pos += 1
            elif text[pos] == '-':
                return None
            day = _digits(text, pos, 1)
            if day is None:
                return None
            pos += 1
        y, m, d = _from_iso_calendar(year, week, day)
        return y, m, d, pos
    month = _digits(text, pos, 2)
    if month is None:
        return None
    pos += 2
    if extended:
        if text[pos:pos + 1] != '-':
            return None
        pos += 1
    day = _digits(text, pos, 2)
    if day is None:
        return None
    return year, month, day, pos + 2


def _parse_iso_time(text):
    """(hour, minute, second, microsecond, tzinfo) for an ISO time, or None."""
    zone_at = -1
    for i, c in enumerate(text):
        if c in '+-Z':
            zone_at = i
            break
    clock = text if zone_at < 0 else text[:zone_at]
    fields = _parse_clock(clock)
    if fields is None:
        return None
    tz = None
    if zone_at >= 0:
        zone = text[zone_at:]
        if zone == 'Z':
            tz = timezone.utc
        else:
            parts = _parse_clock(zone[1:])
            if parts is None:
                return None
            h, m, s, us = parts
            offset = timedelta(hours=h, minutes=m, seconds=s, microseconds=us)
            if zone[0] == '-':
                offset = -offset
            tz = timezone.utc if not offset else timezone(offset)
    return fields + (tz,)


def _parse_clock(text):
    """(hour, minute, second, microsecond) of HH[[:]MM[[:]SS[.ffffff]]], or None."""
    hour = _digits(text, 0, 2)
    if hour is None:
        return None
    values = [hour, 0, 0]
    pos = 2
    extended = None
    for slot in (1, 2):
        if pos >= len(text) or text[pos] in '.,':
            break
        if text[pos] == ':':
            if extended is False:
                return None
            extended = True
            pos += 1
        else:
            if extended:
                return None
            extended = False
        value = _digits(text, pos, 2)
        if value is None:
            return None
        values[slot] = value
        pos += 2
    micro = 0
    if pos < len(text):
        if text[pos] not in '.,':
            return None
        frac = text[pos + 1:]
        if not (frac.isascii() and frac.isdigit()):
            return None
        micro = int(frac[:6].ljust(6, '0'))
    return values[0], values[1], values[2], micro


# --- tzinfo and timezone ---------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = _checked_offset('utcoffset', self.utcoffset(dt))
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        saving = _checked_offset('dst', self.dst(dt))
        if saving is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = offset - saving
        if standard:
            dt += standard
            saving = _checked_offset('dst', dt.dst())
            if saving is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + saving

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs is not None else ()
        # _PyObject_GetState: a __getstate__ of the class, else the __dict__ (None when empty)
        # with the __slots__ values, so a subclass keeping its offset in slots pickles it
        return (type(self), args, self.__getstate__())


_c_layout(tzinfo, 16)


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    # an offset lies within these bounds (strictly between -24 and +24 hours)
    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    def __new__(cls, *args, **kwargs):
        # an explicit name=None is refused like any non-str ("O!" with &PyUnicode_Type in C)
        offset, name = _parse_args('timezone', ('offset', 'name'), 'OO', 1, 2, args, kwargs)
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is _MISSING:
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % ('None' if name is None else _type_name(name)))
        if name is None and not offset and cls is timezone:
            utc = globals().get('_UTC_SINGLETON')
            if utc is not None:
                return utc
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC_SINGLETON:
            return 'datetime.timezone.utc'
        name = 'datetime.timezone' if type(self) is timezone else type(self).__name__
        if self._name is None:
            return '%s(%r)' % (name, self._offset)
        return '%s(%r, %r)' % (name, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    @staticmethod
    def _arg_check(dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._arg_check(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._arg_check(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def dst(self, dt):
        self._arg_check(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_c_layout(timezone, 32)
_UTC_SINGLETON = None
_UTC_SINGLETON = timezone(timedelta(0))
timezone.utc = _UTC_SINGLETON
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# --- time ------------------------------------------------------------------------------------

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __new__(cls, *args, **kwargs):
        if 1 <= len(args) <= 2:
            state = _pickled_state(args, 6, 0, 24, 'time')
            if state is not None:
                tz = _pickled_tzinfo(args)
                self = object.__new__(cls)
                self._hashcode = -1
                return _set_clock(self, state[0] & 0x7F, state[1], state[2],
                                  (state[3] << 16) | (state[4] << 8) | state[5], tz, state[0] >> 7)
        hour, minute, second, microsecond, tzinfo, fold = _parse_args(
            None, _TIME_FIELDS, 'iiiiOi', 0, 5, args, kwargs)
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second, microsecond, fold)
        self = object.__new__(cls)
        self._hashcode = -1
        return _set_clock(self, hour, minute, second, microsecond, _check_tzinfo(tzinfo), fold)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string.startswith('T') else time_string
        parsed = _parse_iso_time(text)
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % (time_string,))
        return cls(*parsed)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _checked_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _checked_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        text = _clock_text(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._microsecond:
            text = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            text = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            text = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return '%s(%s)' % (_type_name(self), text)

    def strftime(self, format):
        """format -> strftime() style string."""
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(self, format, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, *args, **kwargs):
        """Return time with new specified fields."""
        hour, minute, second, microsecond, tzinfo, fold = _parse_args(
            'replace', _TIME_FIELDS, 'iiiiOi', 0, 5, args, kwargs)
        return type(self)(self._hour if hour is _MISSING else hour,
                          self._minute if minute is _MISSING else minute,
                          self._second if second is _MISSING else second,
                          self._microsecond if microsecond is _MISSING else microsecond,
                          self._tzinfo if tzinfo is _MISSING else tzinfo,
                          fold=self._fold if fold is _MISSING else fold)

    def _us_of_day(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _order(self, other):
        """(key of self, key of other) for ordering, or raise for naive vs aware."""
        if self._tzinfo is other._tzinfo:
            return self._us_of_day(), other._us_of_day()
        a = self.utcoffset()
        b = other.utcoffset()
        if (a is None) != (b is None):
            return None
        ka = self._us_of_day() - (a._us() if a is not None else 0)
        kb = other._us_of_day() - (b._us() if b is not None else 0)
        return ka, kb

    def _compare(self, other, op, name):
        if not isinstance(other, time):
            return NotImplemented
        keys = self._order(other)
        if keys is None:
            if name == '__eq__':
                return False
            if name == '__ne__':
                return True
            raise TypeError("can't compare offset-naive and offset-aware times")
        return op(*keys)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b, '__eq__')

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b, '__ne__')

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b, '__lt__')

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b, '__le__')

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b, '__gt__')

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b, '__ge__')

    def __hash__(self):
        if self._hashcode == -1:
            base = self if not self._fold else self.replace(fold=0)
            offset = base.utcoffset()
            if offset is None:
                us = self._microsecond
                self._hashcode = hash(bytes((self._hour, self._minute, self._second,
                                             us >> 16, (us >> 8) & 255, us & 255)))
            else:
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(timedelta(0, seconds, self._microsecond) - offset)
        return self._hashcode

    def __reduce_ex__(self, protocol=2, /):
        # CPython's state: the C struct's bytes (hour, minute, second, microsecond
        # big-endian), then the tzinfo if any; __reduce__ is protocol 2's.  (One function
        # for both, so the import leaves CPython's number of functions as garbage.)
        us = self._microsecond
        data = _state_with_fold(bytes((self._hour, self._minute, self._second, us >> 16,
                                       (us >> 8) & 255, us & 255)), 0, self._fold, _c_int(protocol))
        return (type(self), (data,) if self._tzinfo is None else (data, self._tzinfo))

    __reduce__ = __reduce_ex__


_c_layout(time, 40)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# --- datetime --------------------------------------------------------------------------------

def _seconds_of(t):
    """(whole seconds, microseconds) of a timestamp, rounding half to even."""
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        whole = int(t)
        us = round((t - whole) * 1e6)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        return whole, us
    if isinstance(t, int):
        return t, 0
    if hasattr(type(t), '__index__'):
        return _index(t), 0
    if hasattr(type(t), '__float__'):
        return _seconds_of(float(t))
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)


def _fold_flips_offset(dt, offset):
    # C's get_flip_fold_offset: the offset of the same time with the other fold.  A function of
    # the module, not a method: the datetime class has CPython's methods, which `import datetime`
    # leaves as garbage (see the end of this module)
    flipped = datetime(dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second,
                       dt._microsecond, dt._tzinfo, fold=1 - dt._fold).utcoffset()
    return flipped is not offset and flipped != offset


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    # as CPython's Python datetime, the date fields are declared again (their own descriptors)
    __slots__ = _DATE_SLOTS + ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, *args, **kwargs):
        if 1 <= len(args) <= 2:
            state = _pickled_state(args, 10, 2, 13, 'datetime')
            if state is not None:
                tz = _pickled_tzinfo(args)
                return _datetime_make(cls, state[0] * 256 + state[1], state[2] & 0x7F, state[3],
                                      state[4], state[5], state[6],
                                      (state[7] << 16) | (state[8] << 8) | state[9], tz,
                                      state[2] >> 7)
        year, month, day, hour, minute, second, microsecond, tzinfo, fold = _parse_args(
            None, _DATE_FIELDS + _TIME_FIELDS, 'iiiiiiiOi', 3, 8, args, kwargs)
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second, microsecond, fold)
        return _datetime_make(cls, year, month, day, hour, minute, second, microsecond,
                              _check_tzinfo(tzinfo), fold)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # constructors

    @classmethod
    def _from_seconds(cls, whole, us, utc, tz):
        convert = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss = convert(whole)[:6]
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is None and not utc:
            # a moment repeated by a backward clock change is the second one (fold=1)
            day = 86400
            y, m, d, hh, mm, ss = convert(whole - day)[:6]
            earlier = cls(y, m, d, hh, mm, ss, us, tz)
            shift = result - earlier - timedelta(0, day)
            if shift.days < 0:
                y, m, d, hh, mm, ss = convert(whole + shift // timedelta(0, 1))[:6]
                probe = cls(y, m, d, hh, mm, ss, us, tz)
                if probe == result:
                    result._fold = 1
        elif tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        whole, us = _seconds_of(t)
        return cls._from_seconds(whole, us, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        whole, us = _seconds_of(t)
        return cls._from_seconds(whole, us, True, None)

    @classmethod
    def now(cls, *args, **kwargs):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        tz, = _parse_args('now', ('tz',), 'O', 0, 1, args, kwargs, None)
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls, *args, **kwargs):
        """Return a new datetime representing UTC day and time."""
        if args or kwargs:
            _no_args('datetime.utcnow', args, kwargs)
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _DATE):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _TIME):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            week_end = _iso_week_date_end(date_string)
            if week_end is None:
                parsed = _parse_iso_date(date_string)
            else:
                parsed = _parse_iso_date(date_string[:week_end])
                if parsed is not None and parsed[3] != week_end:
                    parsed = None
        except ValueError:
            parsed = None
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        y, m, d, end = parsed
        rest = date_string[end:]
        fields = (0, 0, 0, 0, None)
        if rest:
            if len(rest) < 2:
                raise ValueError('Invalid isoformat string: %r' % (date_string,))
            fields = _parse_iso_time(rest[1:])
            if fields is None:
                raise ValueError('Invalid isoformat string: %r' % (date_string,))
        h, mi, s, us, tz = fields
        return cls(y, m, d, h, mi, s, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        for position, value in ((1, date_string), (2, format)):
            if not isinstance(value, str):
                raise TypeError("strptime() argument %d must be str, not %s"
                                % (position, type(value).__name__))
        fields, fraction, offset_fraction = _time._strptime_datetime(date_string, format)
        args = tuple(fields[:6]) + (fraction,)
        offset = fields.tm_gmtoff
        if offset is None:
            return cls(*args)
        delta = timedelta(seconds=offset, microseconds=offset_fraction)
        name = fields.tm_zone
        return cls(*args, timezone(delta, name) if name else timezone(delta))

    # views

    def date(self):
        """Return date object with same year, month and day."""
        return _DATE(self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _TIME(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _TIME(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                     fold=self._fold)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _checked_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _checked_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        saving = self.dst()
        flag = -1 if saving is None else (1 if saving else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, flag)

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        offset = self.utcoffset()
        moment = self
        if offset:
            moment = self - offset
        return _build_struct_time(moment._year, moment._month, moment._day, moment._hour,
                                  moment._minute, moment._second, 0)

    def _local_seconds(self):
        """POSIX seconds of this naive local time (CPython's local() search with fold)."""
        epoch = datetime(1970, 1, 1)
        one = timedelta(0, 1)

        def local(u):
            y, m, d, hh, mm, ss = _time.localtime(u)[:6]
            return (datetime(y, m, d, hh, mm, ss) - epoch) // one

        naive = self.replace(tzinfo=None, fold=0, microsecond=0)
        t = (naive - epoch) // one
        a = local(t) - t
        u1 = t - a
        t1 = local(u1)
        if t1 == t:
            u2 = u1 + (86400 if self._fold else -86400)
            b = local(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = t - b
        t2 = local(u2)
        if t2 == t:
            return u2
        if t1 == t:
            return u1
        return min(u1, u2) if self._fold else max(u1, u2)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None or self.utcoffset() is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def _local_zone(self):
        if self._tzinfo is None or self.utcoffset() is None:
            seconds = self._local_seconds()
        else:
            seconds = (self - _EPOCH) // timedelta(seconds=1)
        local = _time.localtime(seconds)
        return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is not None:
            _check_tzinfo(tz)
        mine = self._tzinfo
        offset = None
        if mine is not None:
            offset = self.utcoffset()
        if offset is None:
            mine = self.replace(tzinfo=None)._local_zone()
            offset = mine.utcoffset(self)
        if tz is mine:
            return self
        utc = (self - offset).replace(tzinfo=timezone.utc)
        if tz is None:
            # the local zone in force at that instant
            local = _time.localtime((utc - _EPOCH) // timedelta(seconds=1))
            tz = timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)
        return tz.fromutc(utc.replace(tzinfo=tz))

    def ctime(self):
        """Return ctime() style string."""
        weekday = (self.toordinal() + 6) % 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_NAMES[weekday], _MONTH_NAMES[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(sep, str) or len(sep) != 1:
            if isinstance(sep, str):
                raise TypeError("isoformat() argument 1 must be a unicode character, not str")
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        text = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        text += _clock_text(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute]
        if self._microsecond:
            fields += [self._second, self._microsecond]
        elif self._second:
            fields.append(self._second)
        text = ', '.join('%d' % v for v in fields)
        # unlike time's, datetime's C repr puts fold before tzinfo
        if self._fold:
            text += ', fold=1'
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        return '%s(%s)' % (_type_name(self), text)

    def replace(self, *args, **kwargs):
        """Return datetime with new specified fields."""
        year, month, day, hour, minute, second, microsecond, tzinfo, fold = _parse_args(
            'replace', _DATE_FIELDS + _TIME_FIELDS, 'iiiiiiiOi', 0, 8, args, kwargs)
        return type(self)(self._year if year is _MISSING else year,
                          self._month if month is _MISSING else month,
                          self._day if day is _MISSING else day,
                          self._hour if hour is _MISSING else hour,
                          self._minute if minute is _MISSING else minute,
                          self._second if second is _MISSING else second,
                          self._microsecond if microsecond is _MISSING else microsecond,
                          self._tzinfo if tzinfo is _MISSING else tzinfo,
                          fold=self._fold if fold is _MISSING else fold)

    # arithmetic

    def _total_us(self):
        seconds = (self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
        return seconds * 1000000 + self._microsecond

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._total_us() + other._us()
        days, rest = divmod(total, _US_PER_DAY)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _from_ordinal(days)
        seconds, us = divmod(rest, 1000000)
        hh, rest_s = divmod(seconds, 3600)
        mm, ss = divmod(rest_s, 60)
        return _datetime_result(type(self), y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            mine = self.utcoffset() if self._tzinfo is not other._tzinfo else None
            theirs = other.utcoffset() if self._tzinfo is not other._tzinfo else None
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            diff = self._total_us() - other._total_us()
            if mine is not None:
                diff -= mine._us() - theirs._us()
            return _td_from_us(timedelta, diff)
        if isinstance(other, timedelta):
            return self + -other
        return NotImplemented

    # comparisons and hashing

    def _order(self, other):
        # (key of self, key of other, offset of self, offset of other); None: naive vs aware
        if self._tzinfo is other._tzinfo:
            return self._total_us(), other._total_us(), None, None
        a = self.utcoffset()
        b = other.utcoffset()
        if (a is None) != (b is None):
            return None
        ka = self._total_us() - (a._us() if a is not None else 0)
        kb = other._total_us() - (b._us() if b is not None else 0)
        return ka, kb, a, b

    def _compare(self, other, op, name):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if name == '__eq__':
                    return False
                if name == '__ne__':
                    return True
                raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
            return NotImplemented
        keys = self._order(other)
        if keys is None:
            if name == '__eq__':
                return False
            if name == '__ne__':
                return True
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        ka, kb, a, b = keys
        if (ka == kb and a is not None and name in ('__eq__', '__ne__')
                and (_fold_flips_offset(self, a) or _fold_flips_offset(other, b))):
            # PEP 495: across zones, a time in a fold or gap (its offset depends on fold) is
            # never equal to anything (pep495_eq_exception)
            ka, kb = 0, 1
        return op(ka, kb)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b, '__eq__')

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b, '__ne__')

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b, '__lt__')

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b, '__le__')

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b, '__gt__')

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b, '__ge__')

    def __hash__(self):
        if self._hashcode == -1:
            base = self if not self._fold else self.replace(fold=0)
            offset = base.utcoffset()
            if offset is None:
                y = self._year
                us = self._microsecond
                self._hashcode = hash(bytes((y >> 8, y & 255, self._month, self._day, self._hour,
                                             self._minute, self._second, us >> 16,
                                             (us >> 8) & 255, us & 255)))
            else:
                days = self.toordinal()
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(timedelta(days, seconds, self._microsecond) - offset)
        return self._hashcode

    def __reduce_ex__(self, protocol=2, /):
        # as time's: the C struct's bytes (date's four, then the time's six), the tzinfo if any
        us = self._microsecond
        data = _state_with_fold(bytes((self._year >> 8, self._year & 255, self._month, self._day,
                                       self._hour, self._minute, self._second, us >> 16,
                                       (us >> 8) & 255, us & 255)), 2, self._fold, _c_int(protocol))
        return (type(self), (data,) if self._tzinfo is None else (data, self._tzinfo))

    __reduce__ = __reduce_ex__


def _datetime_make(cls, year, month, day, hour, minute, second, microsecond, tz, fold=0):
    return _set_clock(_date_make(cls, year, month, day), hour, minute, second, microsecond, tz, fold)


def _datetime_result(cls, y, mo, d, h, mi, s, us, tz, fold=0):
    """A new datetime of class cls (subclasses are called like CPython's C code does)."""
    if cls is datetime:
        return _datetime_make(datetime, y, mo, d, h, mi, s, us, tz, fold)
    return cls(y, mo, d, h, mi, s, us, tz, fold=fold)


del _DATE_SLOTS
_c_layout(datetime, 48)
_DATE = date
_TIME = time
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

for _cls in (date, datetime, time, timedelta, tzinfo, timezone, IsoCalendarDate):
    _cls.__module__ = 'datetime'
    # like the C types, the type's full name (in error messages) carries the module
    _c_type_name(_cls, 'datetime.' + _cls.__name__)
del _cls

# CPython's datetime.py defines these classes in Python and then imports the accelerator's
# (_datetime) types over them, so the Python classes -- their methods, descriptors and
# min/max/resolution/utc instances -- are left as cyclic garbage of the import (a first
# gc.collect() after `import datetime` finds ~295 objects).  heapstack has one implementation:
# it runs this module's code a second time in the same namespace, which drops the classes of
# the first run the same way.
if "_first_build_done" not in globals():
    _first_build_done = True
    exec(_sys._getframe(0).f_code, globals())
    del _first_build_done
    # Native fast paths for the commonest operations on exact date/datetime/timedelta values
    # (src/modules/_datetime_accel.ts): they answer only where the methods above would build
    # the result directly, and call them otherwise (subclasses, errors, other operand types).
    try:
        from _datetime_accel import install as _install_accel
    except ImportError:
        pass
    else:
        _install_accel(timedelta, date, datetime, timezone, tzinfo, globals())
        del _install_accel
