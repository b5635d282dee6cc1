# date's comparisons take any date, a datetime too, by its date part (C's date_richcompare);
# datetime's refuse a plain date (False for ==, True for !=, TypeError for orderings), and, being
# the subclass, are tried first, so date == datetime stays False.
from datetime import date, datetime, time, timedelta, timezone
d = date(2020, 1, 1); dt = datetime(2020, 1, 1)
print(d == dt, dt == d, d != dt, d.__eq__(dt), dt.__eq__(d), d.__lt__(dt) if True else "")
try:
    d < dt
except TypeError as e:
    print(e)
try:
    dt < d
except TypeError as e:
    print(e)
print(time(1) == 1, time(1).__eq__(1), timedelta(1) == 1, timedelta(1).__eq__(1), timedelta(0) == 0)
print(sorted([date(2020, 1, 3), date(2020, 1, 1)]), d.__ge__(dt), d.__hash__() == dt.__hash__())
print(datetime(2020,1,1,tzinfo=timezone.utc) == datetime(2020,1,1), datetime(2020,1,1,tzinfo=timezone.utc) == datetime(2020,1,1,5,tzinfo=timezone(timedelta(hours=5))))
try:
    datetime(2020,1,1,tzinfo=timezone.utc) < datetime(2020,1,1)
except TypeError as e:
    print(e)
class MyDate(date):
    pass
class MyDateTime(datetime):
    pass
md, mdt = MyDate(2020, 1, 1), MyDateTime(2020, 1, 1)
for a, b in [(md, dt), (dt, md), (md, mdt), (mdt, md), (d, mdt), (mdt, d), (md, d)]:
    r = []
    for op in ("__eq__", "__ne__", "__lt__", "__ge__"):
        r.append(getattr(a, op)(b))
    try:
        r.append((a == b, a != b, a <= b))
    except TypeError as e:
        r.append("TypeError: %s" % e)
    print(type(a).__name__, type(b).__name__, r)
