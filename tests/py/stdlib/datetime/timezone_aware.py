# timezone, tzinfo subclasses, aware arithmetic/comparison/hash, astimezone, fromutc, timestamps
from datetime import datetime, time, timedelta, timezone, tzinfo, UTC

print(timezone.utc, repr(timezone.utc), UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc,
      timezone(timedelta(0), "UTC") is timezone.utc, timezone.min, timezone.max)
for off, name in [(timedelta(hours=1), None), (timedelta(hours=-5, minutes=-30), None),
                  (timedelta(hours=5, minutes=30), "IST"), (timedelta(seconds=3661, microseconds=5), None),
                  (timedelta(minutes=-1), None)]:
    tz = timezone(off, name) if name else timezone(off)
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None), hash(tz) == hash(off),
          tz == timezone(off))
ist = timezone(timedelta(hours=5, minutes=30), "IST")
aw = datetime(2024, 3, 10, 14, 5, tzinfo=ist)
print(aw, repr(aw), aw.utcoffset(), aw.tzname(), aw.dst(), aw.astimezone(timezone.utc),
      aw.astimezone(timezone(timedelta(hours=-8))), aw.timestamp(), aw.utctimetuple(), aw.timetuple())
u = aw.astimezone(timezone.utc)
print(aw == u, hash(aw) == hash(u), aw - u, aw - datetime(2024, 3, 10, tzinfo=timezone.utc), u < aw,
      sorted([u + timedelta(minutes=1), aw]), len({aw, u}))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1e9, tz=timezone(timedelta(hours=-3))),
      datetime.utcfromtimestamp(86400.5), datetime.fromtimestamp(1700000000.123456, timezone.utc),
      datetime.fromtimestamp(-1.5, timezone.utc), datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp(),
      datetime(2038, 1, 19, 3, 14, 8, tzinfo=timezone.utc).timestamp())
print(datetime.now(timezone.utc).tzinfo, datetime.utcnow().tzinfo,
      abs(datetime.now(timezone.utc) - datetime.now().astimezone()) < timedelta(seconds=5))
now = datetime.now()
print(abs(now.timestamp() - datetime.fromtimestamp(now.timestamp()).timestamp()) < 1e-5,
      datetime.fromtimestamp(now.timestamp()) == now, now.astimezone().replace(tzinfo=None) == now,
      now.astimezone().utcoffset() == now.astimezone().tzinfo.utcoffset(None))


class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)


class Half(tzinfo):
    def utcoffset(self, dt):
        return None


f = Fixed(-4, "EDT")
x = datetime(2024, 7, 4, 12, tzinfo=f)
print(x, x.tzname(), x.utcoffset(), x.dst(), x.astimezone(timezone.utc), x.strftime("%H:%M %z %Z"),
      timezone.utc.fromutc(datetime(2020, 1, 1, tzinfo=timezone.utc)), f.fromutc(datetime(2024, 7, 4, 16, tzinfo=f)))
print(datetime(2020, 1, 1, tzinfo=Half()).utcoffset(), datetime(2020, 1, 1, tzinfo=Half()) == datetime(2020, 1, 1))
t = time(12, 30, tzinfo=f)
print(t, repr(t.replace(tzinfo=None)), t.utcoffset(), t.tzname(), t.isoformat(), t == time(16, 30, tzinfo=timezone.utc),
      time(1, tzinfo=timezone.utc) < time(2, tzinfo=timezone.utc))


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5


class Big(tzinfo):
    def utcoffset(self, dt):
        return timedelta(days=1)


for bad in [lambda: tzinfo().utcoffset(None), lambda: tzinfo().tzname(None), lambda: tzinfo().dst(None),
            lambda: datetime(2020, 1, 1, tzinfo=Bad()).utcoffset(), lambda: datetime(2020, 1, 1, tzinfo=Big()).utcoffset(),
            lambda: timezone(timedelta(days=1)), lambda: timezone(5), lambda: timezone(timedelta(0), 3),
            lambda: timezone.utc.fromutc(datetime(2020, 1, 1)), lambda: timezone.utc.fromutc(5),
            lambda: time(1) < time(1, tzinfo=timezone.utc), lambda: datetime(2020, 1, 1).astimezone(5),
            lambda: timezone.utc.utcoffset(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(time(1) == time(1, tzinfo=timezone.utc), timezone.utc == 5, repr(timezone(timedelta(hours=2), "X")))
