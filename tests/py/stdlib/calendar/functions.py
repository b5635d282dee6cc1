# module-level calendar functions: leap years, weekdays, month ranges, timegm
import calendar
import time

print([y for y in range(1896, 1910) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(1900))
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(2001, 1900), calendar.leapdays(-400, 400))
print([calendar.weekday(2024, m, 1) for m in range(1, 13)], calendar.weekday(1, 1, 1), calendar.weekday(9999, 12, 31))
print(calendar.weekday(10000, 1, 1), calendar.weekday(-1, 3, 1), calendar.weekday(12345, 6, 7))
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2021, 12), (1, 1), (9999, 12)]:
    print(y, m, calendar.monthrange(y, m))
print(calendar.monthcalendar(2024, 3))
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 12, 30, 15, 0, 0, 0)))
print(calendar.timegm(time.gmtime(1700000000)), calendar.timegm((2000, 1, 32, 25, 61, 61)))
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH, calendar.mdays)
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr), len(calendar.month_name), len(calendar.day_name))
print(calendar.month_name[1:4], calendar.day_abbr[-1], calendar.month_abbr[::4])
print(calendar.firstweekday(), calendar.weekheader(2), calendar.weekheader(9), repr(calendar.weekheader(1)))
print(calendar.week([(1, 0), (2, 1), (0, 2)], 3) + "|")
print(repr(calendar.formatstring(["a", "bb", "ccc"], 5, 2)))
calendar.format(["x", "y"], 4, 1)
print([n for n in calendar.__all__ if not n.startswith("Locale")])
