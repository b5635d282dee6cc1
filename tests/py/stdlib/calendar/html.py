# HTMLCalendar tables and pages
import calendar

hc = calendar.HTMLCalendar()
print(hc.formatmonth(2024, 2))
print(hc.formatmonth(2024, 2, withyear=False))
print(hc.formatyear(2023, 4))
print(hc.formatyearpage(2022, 6, css=None, encoding="ascii").decode())
print(hc.formatyearpage(2021)[:400])
print(hc.formatweekheader(), hc.formatday(0, 3), hc.formatday(5, 6), hc.formatweekday(2))


class Custom(calendar.HTMLCalendar):
    cssclasses = ["a", "b", "c", "d", "e", "f", "g"]
    cssclass_month = "m"
    cssclass_noday = "empty"


print(Custom(6).formatmonth(2026, 11))
print(calendar.HTMLCalendar(1).formatyear(2020, 0)[:300])
