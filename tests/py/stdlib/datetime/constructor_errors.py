# The constructors' argument errors and the read-only fields give CPython's exact messages
# (its C argument parser: counts, missing/unknown keywords, C int conversion and overflow).
import datetime as D

cases = [
    "D.date(2024, 13, 1)", "D.date(2024, 2, 30)", "D.date(0, 1, 1)", "D.date(2024)", "D.date()",
    "D.date(2024, 1, 1, 1)", "D.date('x', 1, 1)", "D.date(2024, 1, 1.5)", "D.date(None, 1, 1)",
    "D.date(True, 1, 1)", "D.date(year=2024, month=1)", "D.date(2024, 1, day=1, x=1)",
    "D.date(2024, 1, x=1)", "D.date('x', 1, foo=1)", "D.date(2024, 1, year=3)",
    "D.date(2024, month=1, day=2, year=3)", "D.date(2**31, 1, 1)", "D.date(2**63, 1, 1)",
    "D.date(-2**31 - 1, 1, 1)", "D.date(year=2024, month=2, day=29)",
    "D.datetime(2024, 13, 1)", "D.datetime(2024, 1)", "D.datetime()", "D.datetime(year=2024)",
    "D.datetime('2024', 1, 1)", "D.datetime(2024.0, 1, 1)", "D.datetime(2024, 1, 1, 24)",
    "D.datetime(2024, 1, 1, 1, 60)", "D.datetime(2024, 1, 1, 1, 1, 60)",
    "D.datetime(2024, 1, 1, 1, 1, 1, 10**6)", "D.datetime(2024, 1, 1, tzinfo=1)",
    "D.datetime(2024, 1, 1, fold=2)", "D.datetime(2024, 1, 1, fold='x')",
    "D.datetime(2024, 1, 1, foo=2)", "D.datetime(2024, 1, 1, 1, 2, 3, 4, None, 5)",
    "D.datetime(2024, 1, 1, 1, 2, 3, 4, None, fold=1, x=1)",
    "D.datetime(2024, 1, 1, 1, 2, 3, 4, tzinfo=None, fold=0, year=5)",
    "D.datetime(2024, 1, 1, hour=1.5)", "D.datetime(None, 1, 1)", "D.datetime(2024, 1, 1, None)",
    "D.datetime(2024, 1, 1, 1, 2, 3, 4, D.timezone.utc, fold=1)",
    "D.time(25)", "D.time('1')", "D.time(1, 2, 3, 4, 5)", "D.time(fold=3)",
    "D.time(1, 2, 3, 4, None, 5)", "D.time(x=1)", "D.time(1, 2, 3, 4, None, fold=0, x=1)",
    "D.time(hour=1, minute=2, second=3, microsecond=4, tzinfo=None, fold=0, x=1)",
    "D.time(minute=5, fold=1)",
    "D.timedelta('1')", "D.timedelta(days=10**10)", "D.timedelta(x=1)",
    "D.timedelta(1, 2, 3, 4, 5, 6, 7, 8)", "D.timedelta(1, 2, 3, 4, 5, 6, 7, x=1)",
    "D.timedelta(1, days=2)", "D.timedelta(1, x=1)", "D.timedelta(hours=1.5, weeks=1)",
    "D.timezone(5)", "D.timezone(D.timedelta(days=1))", "D.timezone(D.timedelta(0), 5)",
    "D.timezone()", "D.timezone(D.timedelta(0), 'a', 'b')", "D.timezone(D.timedelta(0), x=1)",
    "D.timezone(offset=D.timedelta(0), name=5)", "D.timezone(D.timedelta(0), offset=1)",
    "D.timezone(x=1)", "D.timezone(D.timedelta(0), 'a', x=1)",
    "D.timezone(D.timedelta(hours=23, minutes=59, seconds=59, microseconds=999999))",
    "D.timezone(-D.timedelta(hours=24))", "D.timezone(offset=D.timedelta(0))",
    "D.datetime.fromordinal(10**7)", "D.datetime.fromordinal(738000)", "D.date.fromordinal(0)",
    "D.timezone.utc.__reduce__()", "D.timezone(D.timedelta(hours=1), 'x').__reduce__()",
]
for case in cases:
    try:
        print(case, "->", repr(eval(case)))
    except Exception as e:
        print(case, "->", type(e).__name__, e)


class MyDate(D.date):
    pass


class MyTime(D.time):
    pass


values = [D.datetime(2024, 1, 1), D.date(2024, 1, 1), D.time(1), D.timedelta(1), D.timezone.utc,
          MyDate(2024, 5, 6), MyTime(7, 8)]
for attr in ["year", "month", "day", "hour", "second", "tzinfo", "fold", "days", "seconds", "foo"]:
    for o in values:
        try:
            setattr(o, attr, 5)
            print("set", type(o).__name__, attr)
        except Exception as e:
            print(type(o).__name__, attr, type(e).__name__, e)
for o in values[:4]:
    try:
        del o.year
    except Exception as e:
        print(type(e).__name__, e)
for o in values:
    print([getattr(o, a, None) for a in ("year", "month", "day", "hour", "minute", "tzinfo", "days")])
print(type(D.date.year).__name__, type(D.datetime.hour).__name__, type(D.time.fold).__name__,
      type(D.timedelta.days).__name__, "year" in D.datetime.__dict__)
