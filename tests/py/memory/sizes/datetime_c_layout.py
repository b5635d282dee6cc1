# datetime's types are non-GC C types in CPython: fixed struct sizes, never tracked, no
# referents, no __slots__/__dict__, and their allocations do not count toward a collection.
# heapstack's are Python classes declared with _stdlib_helpers.c_layout.
import gc
import sys
import tracemalloc
import weakref
from datetime import date, datetime, time, timedelta, timezone, tzinfo

utc = timezone.utc
objs = [
    date(2020, 1, 2),
    time(1, 2, 3),
    datetime(2020, 1, 2, 3, 4, 5),
    timedelta(1, 2, 3),
    timezone(timedelta(hours=1)),
    utc,
    datetime(2020, 1, 1, tzinfo=utc),
    time(1, tzinfo=utc),
    date.today() - timedelta(days=400),
    datetime(2020, 5, 6) + timedelta(microseconds=123457),
    tzinfo(),
]
for o in objs:
    print(type(o).__name__, sys.getsizeof(o), o.__sizeof__(), gc.is_tracked(o), gc.get_referents(o),
          hasattr(o, "__dict__"))
for c in (date, time, datetime, timedelta, tzinfo, timezone):
    print(c.__name__, c.__basicsize__, c.__itemsize__, bool(c.__flags__ & (1 << 14)),
          c.__weakrefoffset__, c.__dictoffset__, hasattr(c, "__slots__"))
print(any(type(o) in (date, datetime, timedelta) for o in gc.get_objects()))
try:
    weakref.ref(date(1, 1, 1))
except TypeError as e:
    print(e)

# the getters make a new int each time, as C getters do
d = date(1999, 12, 31) + timedelta(days=1)
print(d.year, d.year is d.year, sys.getrefcount(d.year))
td = timedelta(days=1000, seconds=3000)
print(td.days is td.days, sys.getrefcount(td.seconds), hash(d) == hash(date(2000, 1, 1)))

# subclasses are GC heap types built on the C struct size
class D(date):
    pass


class D2(datetime):
    __slots__ = ("extra",)


class T(tzinfo):
    def utcoffset(self, dt):
        return timedelta(0)


for c in (D, D2, T):
    o = c(2020, 1, 1) if c is not T else c()
    print(c.__name__, sys.getsizeof(o), gc.is_tracked(o), c.__basicsize__, c.__weakrefoffset__)

# memory: one block of the struct size each (a naive datetime's block has no tzinfo pointer)
warm = [datetime(2020, 1, 1) + timedelta(microseconds=i * 1000003) for i in range(3)]
tracemalloc.start()
s1 = tracemalloc.take_snapshot()
l2 = [date(2020, 1, i % 28 + 1) for i in range(100)]
l3 = [datetime(2020, 1, 1) + timedelta(microseconds=i * 1000003) for i in range(100)]
s2 = tracemalloc.take_snapshot()
tracemalloc.stop()
for st in s2.compare_to(s1, "lineno")[:2]:
    print(st.traceback[0].lineno, st.size_diff, st.count_diff)

# no collection is triggered by making many of them
gc.collect()
c0 = gc.get_count()[0]
many = [date(2020, 1, i % 28 + 1) for i in range(1000)]
print(gc.get_count()[0] - c0)
