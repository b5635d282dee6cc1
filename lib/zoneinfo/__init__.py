"""zoneinfo: IANA time zones from the system's TZif files (PEP 615)."""

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

import bisect as _bisect
import calendar as _calendar
import os as _os
import re as _re
from datetime import datetime as _datetime, timedelta as _timedelta, tzinfo as _tzinfo

from . import _common, _tzpath
from ._common import ZoneInfoNotFoundError
from ._tzpath import InvalidTZPathWarning, available_timezones

_EPOCH = _datetime(1970, 1, 1)
_ZERO = _timedelta(0)


class _TTInfo:
    __slots__ = ('utcoff', 'dstoff', 'tzname')

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname

    def __eq__(self, other):
        return (self.utcoff, self.dstoff, self.tzname) == (other.utcoff, other.dstoff, other.tzname)


# --- POSIX TZ strings (the rule after the last transition) -----------------------------------

_TZ_RE = _re.compile(
    r'(?P<std>[A-Za-z]{3,}|<[^>]+>)(?P<stdoff>[+-]?\d{1,2}(?::\d{2}(?::\d{2})?)?)'
    r'(?:(?P<dst>[A-Za-z]{3,}|<[^>]+>)(?P<dstoff>[+-]?\d{1,2}(?::\d{2}(?::\d{2})?)?)?'
    r'(?:,(?P<start>[^,]+),(?P<end>[^,]+))?)?$')


def _hms(text):
    sign = -1 if text.startswith('-') else 1
    parts = [int(p) for p in text.lstrip('+-').split(':')]
    parts += [0] * (3 - len(parts))
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])


class _Rule:
    """One transition date of a TZ string: Mm.w.d, Jn or n, with a local time of day."""

    def __init__(self, text):
        date, _, time = text.partition('/')
        self.seconds = _hms(time) if time else 7200
        if date.startswith('M'):
            m, w, d = (int(x) for x in date[1:].split('.'))
            self.kind, self.args = 'M', (m, w, d)
        elif date.startswith('J'):
            self.kind, self.args = 'J', (int(date[1:]),)
        else:
            self.kind, self.args = 'n', (int(date),)

    def local_seconds(self, year):
        """The transition as naive local seconds since 1970-01-01."""
        base = (_datetime(year, 1, 1) - _EPOCH).days
        if self.kind == 'M':
            month, week, weekday = self.args
            first_weekday = (_calendar.weekday(year, month, 1) + 1) % 7  # 0 = Sunday
            day = 1 + (weekday - first_weekday) % 7 + (week - 1) * 7
            last = _calendar.monthrange(year, month)[1]
            while day > last:
                day -= 7
            days = (_datetime(year, month, day) - _EPOCH).days
        elif self.kind == 'J':
            n = self.args[0]
            days = base + n - 1
            if _calendar.isleap(year) and n >= 60:
                days += 1
        else:
            days = base + self.args[0]
        return days * 86400 + self.seconds


class _TZStr:
    def __init__(self, std, dst, start, end):
        self.std = std
        self.dst = dst
        self.start = start
        self.end = end
        self.dst_diff = int((dst.utcoff - std.utcoff).total_seconds())

    def _transitions(self, year):
        return self.start.local_seconds(year), self.end.local_seconds(year)

    def for_local(self, ts, fold):
        year = (_EPOCH + _timedelta(seconds=ts)).year
        start, end = self._transitions(year)
        if fold == (self.dst_diff >= 0):
            end -= self.dst_diff
        else:
            start += self.dst_diff
        if start < end:
            isdst = start <= ts < end
        else:
            isdst = not (end <= ts < start)
        return self.dst if isdst else self.std

    def for_utc(self, ts):
        year = (_EPOCH + _timedelta(seconds=ts + int(self.std.utcoff.total_seconds()))).year
        start, end = self._transitions(year)
        start -= int(self.std.utcoff.total_seconds())
        end -= int(self.dst.utcoff.total_seconds())
        if start < end:
            isdst = start <= ts < end
        else:
            isdst = not (end <= ts < start)
        if self.dst_diff > 0:
            ambiguous = end <= ts < end + self.dst_diff
        else:
            ambiguous = start <= ts < start - self.dst_diff
        return (self.dst if isdst else self.std), ambiguous


def _parse_tz_string(text):
    match = _TZ_RE.match(text)
    if match is None:
        raise ValueError("%s is not a valid TZ string" % text)
    name = lambda n: n.strip('<>')
    std_off = _timedelta(seconds=-_hms(match['stdoff']))
    std = _TTInfo(std_off, _ZERO, name(match['std']))
    if match['dst'] is None:
        return std
    dst_off = (_timedelta(seconds=-_hms(match['dstoff'])) if match['dstoff']
               else std_off + _timedelta(hours=1))
    dst = _TTInfo(dst_off, dst_off - std_off, name(match['dst']))
    if match['start'] is None:
        raise ValueError("%s is not a valid TZ string" % text)
    return _TZStr(std, dst, _Rule(match['start']), _Rule(match['end']))


# --- ZoneInfo -------------------------------------------------------------------------------

class ZoneInfo(_tzinfo):
    _cache = {}

    def __new__(cls, key):
        instance = cls._cache.get(key)
        if instance is None:
            instance = cls._cache.setdefault(key, cls._new_instance(key))
        return instance

    @classmethod
    def no_cache(cls, key):
        return cls._new_instance(key)

    @classmethod
    def _new_instance(cls, key):
        self = object.__new__(cls)
        self._key = key
        path = _tzpath.find_tzfile(_os.fspath(key))
        if path is None:
            raise ZoneInfoNotFoundError("No time zone found with key %s" % key)
        with open(path, 'rb') as f:
            self._load(f.read())
        self._file_repr = None
        return self

    @classmethod
    def from_file(cls, fobj, /, key=None):
        self = object.__new__(cls)
        self._key = key
        self._load(fobj.read())
        self._file_repr = repr(fobj)
        return self

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def _load(self, data):
        transitions, indexes, types, footer = _common.read_tzif(data)
        dstoffs = self._dst_offsets(indexes, types)
        infos = [_TTInfo(_timedelta(seconds=off), _timedelta(seconds=dstoffs[i]), abbr)
                 for i, (off, isdst, abbr) in enumerate(types)]
        self._trans_utc = transitions
        self._trans_infos = [infos[i] for i in indexes]
        # before the first transition: the first standard-time type (else the first type)
        first = next((i for i, t in enumerate(types) if not t[1]), 0)
        self._info_before = infos[first] if infos else None
        # wall-clock transition times: fold 0 takes the later boundary of a gap or fold
        walls0, walls1 = [], []
        previous = self._info_before
        for t, info in zip(transitions, self._trans_infos):
            before = int(previous.utcoff.total_seconds())
            after = int(info.utcoff.total_seconds())
            walls0.append(t + max(before, after))
            walls1.append(t + min(before, after))
            previous = info
        self._trans_wall = (walls0, walls1)
        self._tz_after = None
        if footer:
            self._tz_after = _parse_tz_string(footer)
        elif self._trans_infos:
            self._tz_after = self._trans_infos[-1]
        elif infos:
            self._tz_after = infos[0]
        self._fixed = isinstance(self._tz_after, _TTInfo) and not transitions

    @staticmethod
    def _dst_offsets(indexes, types):
        """Each type's DST offset: its UTC offset less the neighbouring standard offset."""
        offsets = [0] * len(types)
        for n, i in enumerate(indexes):
            off, isdst, _ = types[i]
            if not isdst or offsets[i]:
                continue
            for j in (indexes[n - 1] if n > 0 else None, indexes[n + 1] if n + 1 < len(indexes) else None):
                if j is not None and not types[j][1]:
                    offsets[i] = off - types[j][0]
                    break
        for i, (off, isdst, _) in enumerate(types):
            if isdst and not offsets[i]:
                offsets[i] = 3600
        return offsets

    def _find(self, dt):
        if dt is None:
            return self._tz_after if self._fixed else None
        if self._fixed:
            return self._tz_after
        ts = ((dt.toordinal() - 719163) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second)
        walls = self._trans_wall[dt.fold]
        if walls and ts >= walls[-1] and self._tz_after is not None:
            if isinstance(self._tz_after, _TZStr):
                return self._tz_after.for_local(ts, dt.fold)
            return self._tz_after
        idx = _bisect.bisect_right(walls, ts)
        if idx == 0:
            return self._info_before
        return self._trans_infos[idx - 1]

    def utcoffset(self, dt):
        info = self._find(dt)
        return None if info is None else info.utcoff

    def dst(self, dt):
        info = self._find(dt)
        return None if info is None else info.dstoff

    def tzname(self, dt):
        info = self._find(dt)
        return None if info is None else info.tzname

    def fromutc(self, dt):
        if not isinstance(dt, _datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        ts = ((dt.toordinal() - 719163) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second)
        fold = 0
        if self._fixed:
            info = self._tz_after
        elif self._trans_utc and ts >= self._trans_utc[-1] and self._tz_after is not None:
            if isinstance(self._tz_after, _TZStr):
                info, ambiguous = self._tz_after.for_utc(ts)
                fold = int(ambiguous)
            else:
                info = self._tz_after
                if len(self._trans_infos) > 1:
                    shift = self._trans_infos[-2].utcoff - info.utcoff
                    fold = int(ts - self._trans_utc[-1] < shift.total_seconds())
        else:
            idx = _bisect.bisect_right(self._trans_utc, ts)
            if idx == 0:
                info = self._info_before
            else:
                info = self._trans_infos[idx - 1]
                previous = self._trans_infos[idx - 2] if idx > 1 else self._info_before
                shift = (previous.utcoff - info.utcoff).total_seconds()
                fold = int(ts - self._trans_utc[idx - 1] < shift)
        result = dt + info.utcoff
        return result.replace(fold=fold) if fold else result

    def __str__(self):
        return str(self._key) if self._key is not None else repr(self)

    def __repr__(self):
        if self._key is not None:
            return "%s(key=%r)" % (type(self).__qualname__ if type(self) is not ZoneInfo
                                   else 'zoneinfo.ZoneInfo', self._key)
        return "%s.from_file(%s)" % ('zoneinfo.ZoneInfo', self._file_repr)

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, self._file_repr is None))

    @classmethod
    def _unpickle(cls, key, from_cache):
        return cls(key) if from_cache else cls.no_cache(key)

    def __init_subclass__(cls):
        cls._cache = {}


ZoneInfo.__module__ = 'zoneinfo'
ZoneInfoNotFoundError.__module__ = 'zoneinfo._common'


def reset_tzpath(to=None):
    global TZPATH
    _tzpath.reset_tzpath(to)
    TZPATH = _tzpath.TZPATH


TZPATH = ()
reset_tzpath()
