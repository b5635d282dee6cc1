import time

for secs in [0, 1, -1, 86399, 86400, 951782400, 1000000000, 1709647629, 2**31, -2**31, 4102444800, 1.9, -1.5, 253402300799, -62135596800]:
    t = time.gmtime(secs)
    print(secs, t, t.tm_zone, t.tm_gmtoff, tuple(t), len(t))
t = time.gmtime(1709647629)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, t[0], t[-1], t[2:5])
print(type(t).__name__, type(t), isinstance(t, tuple), t == tuple(t), t.n_sequence_fields if hasattr(t, "n_sequence_fields") else None)
for bad in [float("nan"), 1e20, "x", None.__class__]:
    try:
        time.gmtime(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
s = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s2 = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0, "ABC", 3600))
print(s2, s2.tm_zone, s2.tm_gmtoff, len(s2), s2.__reduce__())
s3 = time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9], {"tm_zone": "Z"})
print(s3, s3.tm_zone)
for bad in [(1, 2, 3), tuple(range(12)), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)
