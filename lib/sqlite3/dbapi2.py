"""sqlite3's DB-API names: the _sqlite3 objects plus PEP 249's type constructors and the
default adapters (date, datetime) and converters ("date", "timestamp")."""

import collections.abc
import datetime
import time

from _sqlite3 import *
from _sqlite3 import enable_shared_cache as _enable_shared_cache

paramstyle = "qmark"
apilevel = "2.0"
threadsafety = 3

Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime
Binary = memoryview


def DateFromTicks(ticks):
    return Date(*time.localtime(ticks)[0:3])


def TimeFromTicks(ticks):
    return Time(*time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks):
    return Timestamp(*time.localtime(ticks)[0:6])


version_info = tuple(int(part) for part in version.split("."))
sqlite_version_info = tuple(int(part) for part in sqlite_version.split("."))

collections.abc.Sequence.register(Row)


def _install_default_adapters():
    # ISO 8601 text in, date/datetime out ("YYYY-MM-DD" and "YYYY-MM-DD HH:MM:SS[.ffffff]").
    def date_to_text(value):
        return value.isoformat()

    def datetime_to_text(value):
        return value.isoformat(" ")

    def text_to_date(raw):
        year, month, day = raw.split(b"-")
        return datetime.date(int(year), int(month), int(day))

    def text_to_timestamp(raw):
        day_part, clock_part = raw.split(b" ")
        year, month, day = (int(x) for x in day_part.split(b"-"))
        whole, _, fraction = clock_part.partition(b".")
        hour, minute, second = (int(x) for x in whole.split(b":"))
        micro = int(fraction.decode()[:6].ljust(6, "0")) if fraction else 0
        return datetime.datetime(year, month, day, hour, minute, second, micro)

    register_adapter(datetime.date, date_to_text)
    register_adapter(datetime.datetime, datetime_to_text)
    register_converter("date", text_to_date)
    register_converter("timestamp", text_to_timestamp)


_install_default_adapters()
del _install_default_adapters


def enable_shared_cache(enable):
    import warnings
    warnings.warn(
        "enable_shared_cache is deprecated and will be removed in Python 3.12. "
        "Shared cache is strongly discouraged by the SQLite 3 documentation. "
        "If shared cache must be used, open the database in URI mode using"
        "the cache=shared query parameter.",
        DeprecationWarning, stacklevel=2)
    return _enable_shared_cache(enable)
