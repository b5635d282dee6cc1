# Calendar iterators and week lists, for each first weekday
import calendar

for fw in (0, 3, 6, 7, -1):
    cal = calendar.Calendar(fw)
    print(fw, cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
    print(list(cal.itermonthdays(2024, 2)))
    print(list(cal.itermonthdays2(2023, 10))[:9])
    print(list(cal.itermonthdays3(2024, 1))[:8], list(cal.itermonthdays3(2024, 12))[-5:])
    print(list(cal.itermonthdays4(2021, 3))[:3])
    print(cal.monthdatescalendar(2022, 5)[0], len(cal.monthdatescalendar(2022, 5)))
    print(cal.monthdays2calendar(2015, 2))
    print(cal.monthdayscalendar(2026, 8))
cal = calendar.Calendar()
print([d.isoformat() for d in cal.itermonthdates(2024, 3)][:10])
print(len(cal.yeardatescalendar(2024)), len(cal.yeardatescalendar(2024, 5)), cal.yeardatescalendar(2024, 4)[2][3][-1][-1])
print(cal.yeardays2calendar(2023, 6)[1][0][0])
print(cal.yeardayscalendar(2022)[3][2])
cal.firstweekday = 2
print(cal.firstweekday, list(cal.itermonthdays(2024, 4)))
cal.setfirstweekday(13)
print(cal.firstweekday, cal._firstweekday)
print(list(cal.itermonthdays4(1, 1))[:3])
try:
    list(cal.itermonthdates(1, 1))
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
