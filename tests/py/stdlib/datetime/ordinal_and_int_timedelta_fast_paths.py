from datetime import date, timedelta, datetime
d = date(1, 1, 1)
bad = 0
for n in list(range(1, 3652060, 997)) + list(range(730000, 731500)):
    x = date.fromordinal(n)
    if x.toordinal() != n: bad += 1
for y in (1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999):
    for m in range(1, 13):
        for dd in (1, 28, 29, 30, 31):
            try: x = date(y, m, dd)
            except ValueError: continue
            if date.fromordinal(x.toordinal()) != x: bad += 1
print("bad", bad, date.fromordinal(3652059), date.fromordinal(1), date.fromordinal(730120))
for args in [(1,), (0, 1), (0, 0, 1), (1, 2, 3, 4, 5, 6, 7), (-1,), (0, -1), (0, 0, -1), (True,), (1.5,), (0, 0.5), (0, 0, 0.5), (2, 3.25, -7)]:
    print(repr(timedelta(*args)))
print(repr(timedelta(weeks=-3, hours=25, minutes=-1, milliseconds=1001)), timedelta(999999999, 86399, 999999))
try: timedelta(1000000000)
except OverflowError as e: print(e)
print(datetime(2024, 2, 28, 23) + timedelta(hours=2), datetime(2023, 2, 28, 23) + timedelta(hours=2), date(2024, 12, 31) + timedelta(1))
