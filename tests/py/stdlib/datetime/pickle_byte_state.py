# date, time and datetime pickle as CPython's C module does: (cls, (state bytes[, tzinfo])), the fold
# in the top bit of the hour/month byte from protocol 4, and the classes accept that state back
# (bytes, or a latin-1 str from Python 2 pickles) with its checks and messages.
import pickle, datetime as dt, copy
from datetime import date, datetime, time, timedelta, timezone
class MyDate(date): pass
class MyTZ(dt.tzinfo):
    def utcoffset(self, d): return timedelta(hours=1)
    def __repr__(self): return "MyTZ()"
objs = [date(2024, 1, 2), date(1, 1, 1), date(9999, 12, 31), datetime(2024, 2, 29, 13, 14, 15, 123456),
        datetime(2021, 11, 7, 1, 30, fold=1), datetime(2020, 1, 1, tzinfo=timezone.utc),
        datetime(2020, 1, 1, 5, tzinfo=timezone(timedelta(hours=-3), "X")), time(23, 59, 59, 999999),
        time(1, 2, fold=1), time(4, tzinfo=timezone.utc), MyDate(2000, 5, 6), timedelta(-1, 5, 7),
        timezone.utc, timezone(timedelta(minutes=90)), datetime.min, datetime.max, time.max]
for o in objs:
    for proto in range(6):
        data = pickle.dumps(o, proto)
        back = pickle.loads(data)
        print(proto, repr(o), data, repr(back), back == o, type(back).__name__, getattr(back, "fold", None))
    print(o.__reduce__(), o.__reduce_ex__(2), o.__reduce_ex__(4))
    print(repr(copy.copy(o)), repr(copy.deepcopy(o)))
print(date(b"\x07\xe8\x02\x1d"), date("\x07\xe8\x02\x1d"), datetime(b"\x07\xe8\x82\x1d\x01\x02\x03\x00\x00\x05").fold)
print(repr(time(b"\x81\x02\x03\x00\x00\x07", timezone.utc)), repr(datetime(b"\x07\xe8\x02\x1d\x01\x02\x03\x00\x00\x05", MyTZ())))
for bad in [(b"\x07\xe8\x0d\x1d",), (b"\x07\xe8",), ("\u0100\xe8\x02\x1d",), (b"\x07\xe8\x8c\x1d",)]:
    try: print(date(*bad))
    except Exception as e: print(type(e).__name__, e)
for bad in [(b"\x18\x02\x03\x00\x00\x07",), (b"\x01\x02\x03\x00\x00\x07", 5), ("\u0101\x02\x03\x00\x00\x07",)]:
    try: print(time(*bad))
    except Exception as e: print(type(e).__name__, e)
for bad in [(b"\x07\xe8\x02\x1d\x01\x02\x03\x00\x00\x05", "x"), (b"\x07\xe8\x0d\x1d\x01\x02\x03\x00\x00\x05",)]:
    try: print(datetime(*bad))
    except Exception as e: print(type(e).__name__, e)
try: date(2024, 1, 2).__reduce_ex__("x")
except Exception as e: print(type(e).__name__, e)
try: datetime(2024, 1, 2).__reduce_ex__("x")
except Exception as e: print(type(e).__name__, e)
