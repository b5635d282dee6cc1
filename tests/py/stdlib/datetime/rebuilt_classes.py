# The classes datetime exports, their min/max/utc instances, pickling and repr after import
# (heapstack builds the classes twice, as CPython replaces its Python ones by _datetime's).
import datetime as d, pickle, copy
print(d.timezone.utc is d.UTC, type(d.UTC) is d.timezone, type(d.date.min) is d.date, type(d.datetime.max) is d.datetime)
x = d.datetime(2020, 5, 17, 3, 4, 5, 6, tzinfo=d.timezone.utc, fold=1)
print(pickle.loads(pickle.dumps(x)) == x, copy.deepcopy(x) == x, repr(pickle.loads(pickle.dumps(x))))
print(d.date(2020, 1, 1).isocalendar(), type(d.date(2020,1,1).isocalendar()).__name__)
print(d.datetime.fromtimestamp(0, d.timezone.utc), d.timezone(d.timedelta(0)) is d.timezone.utc)
print(d.timedelta.max, d.timezone.max, d.time.resolution, d.datetime.resolution)
try:
    d.date(2020, 13, 1)
except ValueError as e:
    print(e)
try:
    d.date(2020, 1, 1) + 1
except TypeError as e:
    print(e)
print(issubclass(d.datetime, d.date), d.datetime.__mro__, d.timezone.__mro__)
class T(d.tzinfo):
    def utcoffset(self, dt): return d.timedelta(hours=1)
print(d.datetime(2020,1,1,tzinfo=T()).astimezone(d.timezone.utc))
print(d.datetime(2020,1,1,tzinfo=d.timezone.utc) - d.datetime(1970,1,1,tzinfo=d.timezone.utc))
print(d.datetime(2020,1,2).timestamp() - d.datetime(2020,1,1).timestamp())
