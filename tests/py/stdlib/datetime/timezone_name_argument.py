# timezone(offset, name): name, when given, must be a str; an explicit None is refused as in
# python3 (the C constructor parses it with "O!" and PyUnicode_Type), only leaving it out means
# no name.
from datetime import date, timedelta, timezone

for args in [(timedelta(0), None), (timedelta(hours=2), None), (timedelta(0), 5), (timedelta(0), b"x"),
             (timedelta(0), date(2020, 1, 1))]:
    try:
        print(timezone(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    timezone(timedelta(0), name=None)
except TypeError as e:
    print("TypeError:", e)
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), "UTC") is timezone.utc)
print(timezone(timedelta(hours=1)), repr(timezone(timedelta(hours=-3), "BRT")), timezone(offset=timedelta(0)))
