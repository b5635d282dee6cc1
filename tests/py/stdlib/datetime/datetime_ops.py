# datetime: construction, repr/str/isoformat, arithmetic, comparisons, hashing, combine, replace
from datetime import date, datetime, time, timedelta, timezone

dt = datetime(2024, 3, 10, 14, 5, 9, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(" "), dt.date(), dt.time(), repr(dt.timetz()),
      dt.timetuple(), dt.ctime(), dt.weekday(), dt.toordinal())
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec), datetime(2020, 1, 1).isoformat(timespec=spec))
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 0, 0, 5)), repr(datetime(2020, 1, 1, 0, 0, 0, 5)),
      repr(datetime(2020, 1, 1, fold=1)), datetime(2020, 1, 1, fold=1).fold)
print(dt + timedelta(days=1, hours=12), dt - timedelta(microseconds=123457), dt - datetime(2024, 1, 1),
      datetime(2024, 1, 1) - dt, (dt - datetime(2000, 1, 1)).total_seconds(), timedelta(hours=1) + dt)
print(datetime(2024, 12, 31, 23, 59, 59, 999999) + timedelta(microseconds=1),
      datetime(2024, 3, 1) - timedelta(days=1), datetime.combine(date(2020, 1, 1), time(5, 6)),
      datetime.combine(date(2020, 1, 1), time(5, tzinfo=timezone.utc)),
      datetime.combine(date(2020, 1, 1), time(5), tzinfo=timezone(timedelta(hours=1))))
print(dt.replace(year=2000, microsecond=0), dt.replace(tzinfo=timezone.utc), dt.replace(hour=0).hour)
print(dt == datetime(2024, 3, 10, 14, 5, 9, 123456), dt < datetime(2025, 1, 1), dt > datetime.min,
      dt != dt.replace(microsecond=0), datetime.min, datetime.max, datetime.resolution)
print(sorted([datetime(2020, 1, 2), datetime(2020, 1, 1, 23), datetime(2019, 12, 31)]))
print(list({datetime(2020, 1, 1, i): i for i in range(4)}), {datetime(2020, 1, 1, 0, i) for i in range(4)})
print(datetime.fromordinal(738000), datetime.fromisoformat("2011-11-04T00:05:23.283+00:00"),
      datetime.fromisoformat("2011-11-04 00:05:23.2"), datetime.fromisoformat("20111104T000523"),
      datetime.fromisoformat("2011-11-04T00:05"), datetime.fromisoformat("2011-W01-2T00:05:23Z"),
      datetime.fromisoformat("2011-11-04T00:05:23-05:30"), datetime.fromisoformat("2011-11-04T10"))
for bad in [lambda: datetime(2020, 1, 1, 24), lambda: datetime(2020, 1, 1, 0, 60),
            lambda: datetime(2020, 1, 1, 0, 0, 60), lambda: datetime(2020, 1, 1, 0, 0, 0, 10 ** 6),
            lambda: datetime(2020, 1, 1, fold=2), lambda: datetime(2020, 1, 1, tzinfo=5),
            lambda: datetime(2020, 2, 30), lambda: datetime.max + timedelta(1),
            lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc),
            lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc),
            lambda: datetime(2020, 1, 1) < date(2020, 1, 1), lambda: datetime(2020, 1, 1) + 1,
            lambda: datetime(2020, 1, 1) - 1, lambda: datetime(2020, 1, 1) - date(2020, 1, 1),
            lambda: datetime.fromisoformat("2020-01-01T"), lambda: datetime.fromisoformat("x"),
            lambda: datetime.fromisoformat(20200101), lambda: datetime.combine(1, time()),
            lambda: dt.isoformat(timespec="days"), lambda: dt.isoformat("ab"),
            lambda: datetime.fromisoformat("2020-01-01T25:00")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=timezone.utc),
      datetime(2020, 1, 1) != datetime(2020, 1, 1, tzinfo=timezone.utc))


class Stamp(datetime):
    pass


s = Stamp(2020, 5, 5, 5)
print(repr(s), type(s + timedelta(1)).__name__, type(s - timedelta(1)).__name__, type(s.replace(hour=1)).__name__,
      type(Stamp.combine(date(2020, 1, 1), time())).__name__, isinstance(s, date))
print(datetime.__name__, datetime.__mro__, issubclass(datetime, date))
