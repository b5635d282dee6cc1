# timedelta: normalisation (ints and floats, round-half-even), arithmetic, str/repr, limits
from datetime import timedelta

for kw in [dict(), dict(days=1), dict(seconds=-1), dict(microseconds=-1), dict(hours=25.5),
           dict(minutes=1.5, seconds=0.25), dict(microseconds=1.5), dict(microseconds=2.5),
           dict(microseconds=-1.5), dict(seconds=0.1234565), dict(milliseconds=1.0000005),
           dict(weeks=1.5, days=-0.25), dict(days=-1, seconds=86399, microseconds=999999),
           dict(days=1e-7), dict(seconds=1e-7), dict(hours=-0.5), dict(days=0.1, seconds=0.1)]:
    td = timedelta(**kw)
    print(kw, repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(1, 2, 3, 4, 5, 6, 7))
td = timedelta(days=3, hours=4, microseconds=7)
one = timedelta(hours=1)
print(td + one, td - one, one - td, -td, +td, abs(-td), td * 3, 3 * td, td * -1, td * 0.5,
      td * 1.1, 2.5 * td, td / 3, td / -7, td / 2.5, td / one, td // one, td // 7, td % one,
      divmod(td, timedelta(hours=5)), divmod(-td, timedelta(hours=5)))
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) / 2,
      timedelta(microseconds=3) * 0.5, timedelta(microseconds=5) * 0.5)
print(td == timedelta(hours=76, microseconds=7), td != one, td > one, td >= td, one < td,
      one <= one, td == 5, td != "x", bool(timedelta()), bool(timedelta(microseconds=1)))
print(timedelta.max, repr(timedelta.min), timedelta.resolution, timedelta.max.total_seconds())
print(sorted([timedelta(1), timedelta(-1), timedelta(0, 5), timedelta(0)]))
print({timedelta(i % 3) for i in range(6)}, len({timedelta(0): 1, timedelta(seconds=0): 2}))
print(sum([timedelta(minutes=m) for m in range(10)], timedelta()))
for bad in [lambda: timedelta(days=10 ** 9), lambda: timedelta.max + timedelta(1),
            lambda: timedelta.min - timedelta(1), lambda: timedelta("1"), lambda: timedelta(1) + 1,
            lambda: timedelta(1) * "a", lambda: timedelta(1) * timedelta(1), lambda: timedelta(1) < 1,
            lambda: timedelta(1) / 0, lambda: timedelta(1) // 0, lambda: timedelta(1) / timedelta(0),
            lambda: timedelta(1) // timedelta(0), lambda: timedelta(1) % timedelta(0),
            lambda: timedelta(1) / "x", lambda: 1 - timedelta(1), lambda: timedelta(seconds=1e20),
            lambda: timedelta(days=float("nan"))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(timedelta.__name__, timedelta.__module__, timedelta.__qualname__, repr(timedelta))
