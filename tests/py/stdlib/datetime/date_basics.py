# date: construction errors, fields, ordinals, weekdays, ISO calendar, formatting, arithmetic
from datetime import date, timedelta, datetime

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.ctime(),
      d.isoformat(), str(d), d.timetuple(), d.replace(day=1), d.replace(year=2023, day=28))
print(d + timedelta(days=400), timedelta(1) + d, d - timedelta(days=60), d - date(2000, 1, 1),
      date(2000, 1, 1) - d, d + timedelta(hours=47))
for y, m, dd in [(1, 1, 1), (9999, 12, 31), (1900, 2, 28), (2000, 2, 29), (2023, 12, 31),
                 (2021, 1, 3), (2019, 12, 30), (2020, 12, 31), (2026, 11, 28), (1582, 10, 15)]:
    x = date(y, m, dd)
    n = x.toordinal()
    print(x, n, date.fromordinal(n) == x, x.weekday(), x.isocalendar(), tuple(x.isocalendar()),
          x.isocalendar().week, date.fromisocalendar(*x.isocalendar()) == x, x.timetuple().tm_yday)
print(repr(d.isocalendar()), d.isocalendar()[0], date.fromisocalendar(2020, 53, 7),
      date.fromisocalendar(2024, 1, 1))
print(date.min, date.max, date.resolution, date.fromordinal(1), date.fromordinal(3652059))
print(d == date(2024, 2, 29), d != d, d < date(2024, 3, 1), d >= date(2025, 1, 1), d == "x",
      sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 31)]), max(date(1, 1, 1), d))
print(list({date(2020, 1, i): i for i in range(1, 8)}), len({date(2020, 1, 1), date(2020, 1, 1)}))
print(sorted({date(2020, 1, i) for i in range(1, 12)})[:3], {date(2021, 3, i) for i in range(1, 6)})
for bad in [lambda: date(2020, 13, 1), lambda: date(2020, 0, 1), lambda: date(0, 1, 1),
            lambda: date(10000, 1, 1), lambda: date(2023, 2, 29), lambda: date(2020, 4, 31),
            lambda: date(2020, 1, 0), lambda: date(2020.0, 1, 1), lambda: date("2020", 1, 1),
            lambda: date(2020, 1), lambda: date(), lambda: date.fromordinal(0),
            lambda: date.fromordinal(3652060), lambda: date.max + timedelta(1),
            lambda: date.min - timedelta(1), lambda: d + 1, lambda: d - 1, lambda: d < 1,
            lambda: d < datetime(2020, 1, 1), lambda: date.fromisocalendar(2020, 54, 1),
            lambda: date.fromisocalendar(2021, 53, 1), lambda: date.fromisocalendar(2020, 1, 8),
            lambda: date.fromisocalendar(0, 1, 1), lambda: d.replace(month=2, day=30),
            lambda: d.year.__class__(d.nope)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(d == datetime(2024, 2, 29), datetime(2024, 2, 29) == d, d != datetime(2024, 2, 29))


class MyDate(date):
    def describe(self):
        return "my " + self.isoformat()


m = MyDate(2020, 1, 31)
print(repr(m), m.describe(), type(m + timedelta(1)).__name__, repr(m.replace(day=1)),
      type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat("2020-01-01")).__name__,
      m - date(2020, 1, 1), isinstance(m, date))
print(date.__name__, date.__qualname__, date.__module__, repr(date), date.today() <= date.max)
