# calendar.LocaleTextCalendar and LocaleHTMLCalendar: names looked up with LC_TIME switched to the
# calendar's locale (the environment's when None) and switched back after; unknown locales raise
# locale.Error when a name is formatted; calendar.different_locale is the context manager.
import calendar, locale
c = calendar.LocaleTextCalendar()
print(repr(c.locale), c.formatweekday(0, 9), c.formatmonthname(2010, 10, 20), repr(locale.setlocale(locale.LC_TIME)))
for loc in ("", "C", "en_US", "en_US.UTF-8", "C.UTF-8", "de_DE"):
    try:
        cal = calendar.LocaleTextCalendar(locale=loc)
        print(repr(loc), cal.formatweekday(1, 10), "|", cal.formatmonthname(2010, 10, 10), "|", cal.formatweekday(0, 2))
        h = calendar.LocaleHTMLCalendar(firstweekday=6, locale=loc)
        print(h.formatweekday(6), h.formatmonthname(2010, 10), h.firstweekday)
    except locale.Error as e:
        print(repr(loc), "locale.Error:", e)
print(repr(locale.setlocale(locale.LC_TIME)), calendar.TextCalendar().formatmonthname(2010, 10, 10))
print(calendar.LocaleTextCalendar(locale="C").formatmonth(2024, 2))
with calendar.different_locale("C"):
    print("inside", repr(locale.setlocale(locale.LC_TIME)))
