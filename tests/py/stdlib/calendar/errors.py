# IllegalMonthError / IllegalWeekdayError messages and args
import calendar

for m in (0, 13, -1, "x"):
    try:
        calendar.monthrange(2024, m)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, e.args, e.month, isinstance(e, ValueError))
    except TypeError as e:
        print("TypeError", e)
for wd in (7, -1, 100):
    try:
        calendar.setfirstweekday(wd)
    except calendar.IllegalWeekdayError as e:
        print(type(e).__name__, e, e.args, e.weekday)
for call in (lambda: calendar.month(2024, 13), lambda: calendar.monthcalendar(2024, 0), lambda: calendar.weekday(2024, 2, 30), lambda: calendar.weekday(2024, 13, 1)):
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    calendar.month_name[13]
except IndexError as e:
    print("IndexError", e)
print(calendar.error is ValueError, calendar.firstweekday())
try:
    list(calendar.Calendar().itermonthdays(2024, 14))
except calendar.IllegalMonthError as e:
    print(e)
