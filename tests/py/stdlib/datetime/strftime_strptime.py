# strftime with datetime's %f/%z/%Z and time.strftime's codes; strptime into datetime (fractions, offsets)
from datetime import date, datetime, time, timedelta, timezone

dt = datetime(2024, 3, 10, 14, 5, 9, 123456)
fmt = "%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %U %W %w %p %I %y %C %e %D %F %T %G %V %u %%f %%"
print(dt.strftime(fmt))
print(dt.strftime("[%z][%Z]"), dt.replace(tzinfo=timezone.utc).strftime("[%z][%Z]"),
      dt.replace(tzinfo=timezone(timedelta(hours=-3, minutes=-30), "X%Y")).strftime("[%z][%Z]"),
      dt.replace(tzinfo=timezone(timedelta(seconds=5, microseconds=7))).strftime("%z"))
print(date(2024, 3, 10).strftime("%Y %H %M %S %f %z %Z|"), time(5, 6, 7, 8).strftime("%H:%M:%S.%f %Y %j"),
      date(5, 1, 1).strftime("%Y|%C"), format(dt, "%d/%m"), format(dt, ""), f"{dt:%H}", f"{date(2020, 1, 2)}",
      f"{time(1, 2):%M}", "{:%Y}".format(dt), dt.strftime(""), dt.strftime("%"), dt.strftime("%q"))
for s, f in [("2023-07-04 12:30:45.25", "%Y-%m-%d %H:%M:%S.%f"), ("2023-07-04 +0130", "%Y-%m-%d %z"),
             ("Jul 4 2023", "%b %d %Y"), ("04/07/23 09:05PM", "%d/%m/%y %I:%M%p"), ("2023-185", "%Y-%j"),
             ("2023 27 2", "%Y %W %w"), ("2023-07-04T12:00:00Z", "%Y-%m-%dT%H:%M:%S%z"),
             ("12:00 -05:30:15.5", "%H:%M %z"), ("Tuesday 4 July 2023", "%A %d %B %Y"), ("5", "%f"),
             ("2023 UTC", "%Y %Z"), ("1 2", "%m %d")]:
    r = datetime.strptime(s, f)
    print(repr(r), r.tzinfo, r.utcoffset())
for s, f in [("2023-02-30", "%Y-%m-%d"), ("2023", "%Y %m"), ("2023-01-01x", "%Y-%m-%d"),
             ("29 Feb", "%d %b"), (2023, "%Y"), ("2023", 5), ("1234567", "%f")]:
    try:
        print(datetime.strptime(s, f))
    except Exception as e:
        print(type(e).__name__, e)
print(hasattr(date, "strptime"), hasattr(time, "strptime"), datetime.strptime("2020", "%Y").date())
