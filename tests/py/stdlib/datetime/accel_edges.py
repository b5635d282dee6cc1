# Edges of the native fast paths (src/modules/_datetime_accel.ts): exact types take them,
# subclasses, odd operands, out-of-range results and errors take the Python methods; both must
# give python3's answers.
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def attempt(label, fn):
    try:
        r = fn()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


class D(date):
    pass


class DT(datetime):
    pass


class TD(timedelta):
    pass


# timedelta construction and normalisation
attempt("td1", lambda: timedelta(1, 2, 3, 4, 5, 6, 7))
attempt("td2", lambda: timedelta(days=-1, seconds=-1, microseconds=-1))
attempt("td3", lambda: timedelta(hours=-25, minutes=61, weeks=-1, milliseconds=-1001))
attempt("td4", lambda: timedelta(999999999, 86399, 999999))
attempt("td5", lambda: timedelta(999999999, 86400))
attempt("td6", lambda: timedelta(-999999999))
attempt("td7", lambda: timedelta(-999999999, -1))
attempt("td8", lambda: timedelta(days=2**40))
attempt("td9", lambda: timedelta(microseconds=2**60))
attempt("td10", lambda: timedelta(seconds=2**52, microseconds=-(2**52) * 1000000))
attempt("td14", lambda: timedelta(True, 1.5))
attempt("td15", lambda: timedelta("1"))
attempt("td16", lambda: TD(1, 2, 3))
attempt("td17", lambda: TD(1) + timedelta(2))
attempt("td18", lambda: timedelta(2) - TD(1))
attempt("td19", lambda: timedelta.max + timedelta.resolution)
attempt("td20", lambda: timedelta.min - timedelta.resolution)
attempt("td21", lambda: -timedelta.min)
attempt("td22", lambda: -timedelta(0, 1))
attempt("td23", lambda: timedelta(1) + 1)
attempt("td24", lambda: 1 - timedelta(1))
attempt("td25", lambda: timedelta(1) < 1)
attempt("td26", lambda: timedelta(1) == 1)
attempt("td27", lambda: timedelta(seconds=1) < timedelta(microseconds=1000001))
attempt("td28", lambda: timedelta(-1) <= timedelta(-1, 1))
attempt("td29", lambda: [hash(timedelta(0, 1, 2)), hash(timedelta(-5)), hash(TD(3)) == hash(timedelta(3))])
attempt("td30", lambda: [bool(timedelta()), bool(timedelta(microseconds=-1)), bool(TD(0))])
attempt("td31", lambda: timedelta.max - timedelta.max + timedelta.min)
attempt("td33", lambda: timedelta(days=5, hours=-120))
attempt("td34", lambda: sorted({timedelta(1): 1, timedelta(0, 86400): 2}.items()))
attempt("td35", lambda: sum([timedelta(seconds=i) for i in range(100)], timedelta()))
attempt("td36", lambda: timedelta(weeks=142857142, days=5))
attempt("td37", lambda: timedelta(weeks=142857143))

# date
attempt("d1", lambda: date(2024, 2, 29))
attempt("d2", lambda: date(2023, 2, 29))
attempt("d3", lambda: date(0, 1, 1))
attempt("d4", lambda: date(10000, 1, 1))
attempt("d5", lambda: date(2024, 13, 1))
attempt("d6", lambda: date(2024, 1))
attempt("d7", lambda: date(2024.0, 1, 1))
attempt("d8", lambda: date(True, 1, 1))
attempt("d9", lambda: date(year=2024, month=1, day=2))
attempt("d10", lambda: D(2024, 1, 2))
attempt("d11", lambda: D(2024, 1, 2) + timedelta(1))
attempt("d12", lambda: timedelta(1) + D(2024, 1, 2))
attempt("d13", lambda: D(2024, 1, 2) - D(2023, 1, 2))
attempt("d14", lambda: date.max + timedelta(1))
attempt("d15", lambda: date.min - timedelta(1))
attempt("d16", lambda: date.min + timedelta(-1))
attempt("d17", lambda: date(2024, 3, 1) - timedelta(days=1, seconds=86399))
attempt("d18", lambda: date(2024, 3, 1) + timedelta(seconds=-1))
attempt("d19", lambda: date(2024, 3, 1) - date(1, 1, 1))
attempt("d20", lambda: date(2024, 3, 1) - datetime(2024, 1, 1))
attempt("d21", lambda: date(2024, 3, 1) < datetime(2024, 1, 1))
attempt("d22", lambda: date(2024, 3, 1) == datetime(2024, 3, 1))
attempt("d23", lambda: [date(2024, 3, 1) < date(2024, 3, 2), date(2024, 3, 1) >= D(2024, 3, 1), date(1, 1, 1) != date(1, 1, 1)])
attempt("d24", lambda: [hash(date(2024, 3, 1)), hash(date(9999, 12, 31)), hash(D(2024, 3, 1)) == hash(date(2024, 3, 1))])
attempt("d25", lambda: [date(2024, 3, 1).toordinal(), date(1, 1, 1).weekday(), date(9999, 12, 31).isoweekday(), D(2000, 2, 29).toordinal()])
attempt("d26", lambda: [date.fromordinal(n) for n in (1, 365, 366, 730119, 730120, 3652059)])
attempt("d27", lambda: date.fromordinal(3652060))
attempt("d28", lambda: date.fromordinal(0))
attempt("d29", lambda: [str(date(5, 6, 7)), date(5, 6, 7).isoformat(), str(D(5, 6, 7)), f"{date(2024, 1, 2)}"])
attempt("d30", lambda: date(2024, 1, 2) + 1)
attempt("d31", lambda: date(2024, 1, 2) - 1)
attempt("d33", lambda: [date.fromordinal(date(y, 12, 31).toordinal()) for y in (1, 4, 100, 400, 1600, 1900, 2000, 2100)])
ok = all(date.fromordinal(n).toordinal() == n for n in range(1, 3652060, 997))
print("round trip", ok)

# datetime
utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30), "IST")
neg = timezone(-timedelta(hours=3, minutes=7, seconds=5, microseconds=6))


class Fixed(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)


attempt("t1", lambda: datetime(2024, 2, 29, 23, 59, 59, 999999))
attempt("t2", lambda: datetime(2024, 2, 29, 24))
attempt("t3", lambda: datetime(2024, 2, 29, 1, 60))
attempt("t4", lambda: datetime(2024, 2, 29, 1, 1, 60))
attempt("t5", lambda: datetime(2024, 2, 29, 1, 1, 1, 1000000))
attempt("t6", lambda: datetime(2024, 2, 29, fold=2))
attempt("t7", lambda: datetime(2024, 2, 29, tzinfo=1))
attempt("t8", lambda: datetime(2024, 2, 29, tzinfo=Fixed()).tzinfo.__class__)
attempt("t9", lambda: datetime(2024, 2, 29, 1, 2, 3, 4, utc, fold=1))
attempt("t12", lambda: datetime(day=1, month=2, year=3, minute=4))
attempt("t13", lambda: DT(2024, 2, 29, 5))
attempt("t14", lambda: DT(2024, 2, 29, 5) + timedelta(hours=20))
attempt("t15", lambda: DT(2024, 2, 29, 5) - DT(2024, 2, 28))
attempt("t16", lambda: datetime.max + timedelta.resolution)
attempt("t17", lambda: datetime.min - timedelta.resolution)
attempt("t18", lambda: datetime(2024, 1, 1, tzinfo=utc) - datetime(2024, 1, 1))
attempt("t19", lambda: datetime(2024, 1, 1, tzinfo=utc) - datetime(2024, 1, 1, tzinfo=ist))
attempt("t20", lambda: datetime(2024, 1, 1, tzinfo=ist) + timedelta(days=-400, microseconds=-1))
attempt("t21", lambda: timedelta(days=1, seconds=5) + datetime(2024, 12, 31, 23, 59, 59, 999999, ist))
attempt("t22", lambda: datetime(2024, 1, 1) - timedelta(days=1, microseconds=1))
attempt("t23", lambda: datetime(2024, 1, 1) - date(2024, 1, 1))
attempt("t24", lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=utc))
attempt("t25", lambda: datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=utc))
attempt("t26", lambda: datetime(2024, 1, 1, 5, tzinfo=ist) == datetime(2023, 12, 31, 23, 30, tzinfo=utc))
attempt("t27", lambda: datetime(2024, 1, 1) == date(2024, 1, 1))
attempt("t28", lambda: datetime(2024, 1, 1) < date(2024, 1, 1))
attempt("t29", lambda: [datetime(2024, 1, 1, 0, 0, 0, 1) > datetime(2024, 1, 1), datetime(2024, 1, 1, fold=1) == datetime(2024, 1, 1)])
attempt("t30", lambda: [hash(datetime(2024, 1, 1, 1, 2, 3, 456789)), hash(datetime(2024, 1, 1, fold=1)) == hash(datetime(2024, 1, 1))])
attempt("t31", lambda: [hash(datetime(2024, 1, 1, tzinfo=ist)) == hash(datetime(2023, 12, 31, 18, 30, tzinfo=utc)), hash(DT(2024, 1, 1)) == hash(datetime(2024, 1, 1))])
attempt("t32", lambda: [datetime(2024, 1, 1, 1, 2, 3).isoformat(), datetime(2024, 1, 1, 1, 2, 3, 4, ist).isoformat(), str(datetime(1, 1, 1, tzinfo=neg))])
attempt("t33", lambda: [datetime(2024, 1, 1).isoformat(" "), datetime(2024, 1, 1, 0, 0, 0, 5000).isoformat(timespec="milliseconds"), str(DT(2024, 1, 1))])
attempt("t34", lambda: [datetime(2024, 1, 1, tzinfo=Fixed()).isoformat(), str(datetime(2024, 1, 1, tzinfo=timezone(timedelta(seconds=-1))))])
attempt("t35", lambda: [datetime(2024, 5, 6).weekday(), datetime(2024, 5, 6).toordinal(), DT(2024, 5, 6).isoweekday()])
attempt("t36", lambda: datetime(2024, 1, 1, tzinfo=Fixed()) - datetime(2024, 1, 1, tzinfo=Fixed()))
attempt("t37", lambda: datetime(2024, 1, 1, tzinfo=Fixed()) < datetime(2024, 1, 1, tzinfo=utc))
attempt("t38", lambda: datetime(2024, 1, 1) + 1)
attempt("t39", lambda: (datetime(2024, 1, 1, fold=1) + timedelta(1)).fold)
attempt("t40", lambda: datetime(2024, 3, 10, 12) - datetime(2023, 3, 10, 12, 0, 0, 1))
attempt("t41", lambda: datetime(9999, 12, 31) - datetime(1, 1, 1))
attempt("t42", lambda: datetime(1, 1, 1) - datetime(9999, 12, 31, 23, 59, 59, 999999))
attempt("t43", lambda: type(datetime(2024, 1, 1) + timedelta(1)) is datetime)
attempt("t44", lambda: {datetime(2024, 1, 1): 1, datetime(2024, 1, 1, tzinfo=utc): 2, date(2024, 1, 1): 3})

# fromisoformat
for text in ["2024-02-29", "2024-02-29T12:30", "2024-02-29 12:30:59", "2024-02-29T12:30:59.5",
             "2024-02-29T12:30:59.1234567", "2024-02-29T12:30:59Z", "2024-02-29T12:30:59+00:00",
             "2024-02-29T12:30:59-05:30", "2024-02-29T12:30:59.000001+23:59", "2023-02-29T12:30",
             "2024-02-29T24:00", "2024-02-29T12:60", "2024-02-29T12:30+24:00", "0000-01-01",
             "2024-02-29X12:30", "2024-02-29T12", "20240229T1230", "2024-02-29T12:30:59.", "2024-1-1"]:
    attempt("iso " + text, lambda: datetime.fromisoformat(text))
    attempt("isoD " + text, lambda: DT.fromisoformat(text))
attempt("iso z", lambda: datetime.fromisoformat("2024-02-29T12:30Z").tzinfo is timezone.utc)
attempt("iso bytes", lambda: datetime.fromisoformat(b"2024-02-29"))

# field properties
x = datetime(2024, 2, 29, 1, 2, 3, 4, ist, fold=1)
print(x.year, x.month, x.day, x.hour, x.minute, x.second, x.microsecond, x.tzinfo, x.fold)
y = DT(2024, 2, 29, 5)
print(y.year, y.hour, y.tzinfo, D(1, 2, 3).day, TD(1, 2, 3).seconds, timedelta(-1, 5, 6).microseconds)
attempt("getter", lambda: date.year.__get__(date(2024, 5, 6)))

# astimezone between fixed offsets
far = timezone(timedelta(hours=23, minutes=59))
west = timezone(-timedelta(hours=23, minutes=59), "W")
for x in [datetime(2024, 2, 29, 23, 30, tzinfo=utc), datetime(2024, 1, 1, 0, 0, 0, 1, ist, fold=1),
          datetime.min.replace(tzinfo=far), datetime.max.replace(tzinfo=west), datetime(1, 1, 1, 23, tzinfo=utc),
          datetime(9999, 12, 31, 1, tzinfo=utc), DT(2024, 1, 1, tzinfo=ist)]:
    for z in [utc, ist, neg, far, west, x.tzinfo]:
        attempt("astz", lambda: x.astimezone(z))
    attempt("astz kw", lambda: x.astimezone(tz=ist))
    attempt("astz same", lambda: x.astimezone(x.tzinfo) is x)
attempt("astz bad", lambda: datetime(2024, 1, 1, tzinfo=utc).astimezone(5))
attempt("astz Fixed", lambda: datetime(2024, 1, 1, tzinfo=utc).astimezone(Fixed()).hour)
