# Date and time arithmetic (datetime, timedelta, timezone, date, calendar): schedules of
# recurring events, business-day counting, ISO formats and strftime/strptime round trips,
# fixed-offset time zones and comparisons.
import calendar
import sys
from datetime import date, datetime, time, timedelta, timezone

# tests/py/bench_like/datetime_math.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 20000


def business_days(start, end):
    n = 0
    d = start
    one = timedelta(days=1)
    while d < end:
        if d.weekday() < 5:
            n += 1
        d += one
    return n


def main():
    start = datetime(2020, 1, 31, 9, 30, tzinfo=timezone.utc)
    tz = timezone(timedelta(hours=5, minutes=30), "IST")
    stamps = []
    t = start
    for i in range(SCALE):
        t = t + timedelta(hours=7, minutes=13, seconds=i % 60, microseconds=i * 17)
        stamps.append(t)
    local = [s.astimezone(tz) for s in stamps[::10]]
    iso = [s.isoformat() for s in stamps[::25]]
    back = [datetime.fromisoformat(x) for x in iso]
    print(stamps[-1], local[-1], iso[3], back[3] == stamps[75])
    spans = [b - a for a, b in zip(stamps, stamps[1:])]
    total = sum(spans, timedelta())
    print(total, total.total_seconds(), max(spans), min(spans) // 2, total / len(spans))
    d0 = date(2021, 1, 1)
    days = [d0 + timedelta(days=i * 3) for i in range(SCALE // 3)]
    print(days[-1], days[-1].isocalendar(), days[100].strftime("%A %d %B %Y (%j) %U"), days[5].toordinal())
    print(business_days(date(2024, 1, 1), date(2024, 1, 1) + timedelta(days=SCALE // 3)))
    months = {}
    for d in days:
        months[(d.year, d.month)] = months.get((d.year, d.month), 0) + 1
    print(len(months), calendar.monthrange(2024, 2), calendar.isleap(2100), calendar.weekday(2023, 12, 25))
    fmt = "%Y-%m-%d %H:%M:%S.%f"
    parsed = [datetime.strptime(s.strftime(fmt), fmt) for s in stamps[: SCALE // 10]]
    print(parsed[-1], parsed[-1].replace(tzinfo=timezone.utc) == stamps[SCALE // 10 - 1])
    print(sorted(stamps[:50], key=lambda s: (s.minute, s.second))[0].time(), time(23, 59, 59, 999999).isoformat())
    print(datetime(2024, 3, 10, 12) - datetime(2023, 3, 10, 12), date.fromisoformat("2024-02-29").replace(year=2028))
    print(timedelta(days=-1, seconds=5), repr(timedelta(weeks=3, milliseconds=1)), datetime.fromtimestamp(10**9, timezone.utc))
    print(datetime.combine(date(2000, 1, 1), time(12, tzinfo=tz)).utcoffset(), tz.tzname(None), repr(tz))


main()
