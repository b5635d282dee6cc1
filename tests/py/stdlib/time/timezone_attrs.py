import time

print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), type(time.tzname).__name__, len(time.tzname))
lt = time.localtime(0)
print(lt.tm_gmtoff == -time.timezone or lt.tm_isdst == 1, type(lt.tm_zone).__name__, lt.tm_zone in time.tzname or lt.tm_isdst)
print(time.localtime(10**9)[:9] == time.localtime(float(10**9))[:9])
print(time.struct_time.__name__, time.struct_time.__module__ if hasattr(time.struct_time, "__module__") else "")
print(sorted(n for n in dir(time) if not n.startswith("_") and n not in ("pthread_getcpuclockid", "clock_settime", "clock_settime_ns")))
