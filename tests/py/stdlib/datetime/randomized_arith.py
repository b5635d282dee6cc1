# datetime/timedelta arithmetic, ordinals, ISO calendar, isoformat round trips and float
# timedelta rounding over many seeded random values
import random
from datetime import date, datetime, timedelta, timezone

rng = random.Random(2024)
lines = []
for _ in range(300):
    d = date.fromordinal(rng.randint(1, 3652059))
    td = timedelta(days=rng.randint(-5000, 5000), seconds=rng.randint(-10**5, 10**5),
                   microseconds=rng.randint(-10**7, 10**7))
    try:
        moved = d + td
    except OverflowError as e:
        moved = "OverflowError " + str(e)
    iso = d.isocalendar()
    lines.append("%s %s %s %s %s %s %s" % (d, d.toordinal(), d.weekday(), tuple(iso),
                                          date.fromisocalendar(*iso) == d, td, moved))
for _ in range(300):
    dt = datetime(rng.randint(1, 9999), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                  rng.randint(0, 59), rng.randint(0, 59), rng.choice([0, rng.randint(0, 999999)]))
    other = datetime(rng.randint(1, 9999), rng.randint(1, 12), rng.randint(1, 28))
    diff = dt - other
    tz = timezone(timedelta(minutes=rng.randint(-1439, 1439)))
    aware = dt.replace(tzinfo=tz)
    lines.append("%s %r %s %s %s %s %s %s" % (dt.isoformat(), diff, diff.total_seconds(),
                                             datetime.fromisoformat(dt.isoformat()) == dt,
                                             aware.isoformat(timespec="milliseconds"),
                                             datetime.fromisoformat(aware.isoformat()) == aware,
                                             dt.strftime("%a %j %U %W %G-%V-%u"), dt < other))
for _ in range(300):
    kw = {rng.choice(["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"]):
          rng.choice([rng.uniform(-1e6, 1e6), rng.uniform(-1, 1), rng.randint(-10**6, 10**6) / 7.0])
          for _ in range(rng.randint(1, 3))}
    td = timedelta(**kw)
    f = rng.uniform(-3, 3)
    n = rng.randint(1, 1000) * rng.choice([1, -1])
    lines.append("%r %s %s %s %s %r" % (td, td * f, td / f if f else "-", td / n, td // n,
                                       divmod(td, timedelta(seconds=abs(n)))))
print("\n".join(lines))
print(len(set(hash(datetime(2000, 1, 1) + timedelta(hours=h)) for h in range(1000))))
