# datetime.now()/utcnow() and time.time()/time_ns() have sub-millisecond resolution
# (a millisecond clock made every microsecond field a multiple of 1000).
import datetime
import time


def spread(values):
    return any(v % 1000 != 0 for v in values)


nows = []
for _ in range(50):
    nows.append(datetime.datetime.now().microsecond)
    sum(range(200))
print("now() microseconds not all ms-aligned:", spread(nows))

utc = []
for _ in range(50):
    utc.append(datetime.datetime.utcnow().microsecond)
    sum(range(200))
print("utcnow() microseconds not all ms-aligned:", spread(utc))

ns = []
for _ in range(50):
    ns.append(time.time_ns())
    sum(range(200))
print("time_ns() not all ms-aligned:", any(v % 1_000_000 != 0 for v in ns))
print("time_ns() non-decreasing:", all(a <= b for a, b in zip(ns, ns[1:])))

floats = []
for _ in range(50):
    floats.append(time.time())
    sum(range(200))
print("time() has sub-ms fractions:", any(round(f * 1e6) % 1000 != 0 for f in floats))

# the wall clock agrees with itself across its forms
a = time.time()
b = time.time_ns() / 1e9
c = datetime.datetime.now().timestamp()
d = time.time()
print("time/time_ns/now agree:", a <= b + 1e-6 and b <= c + 1e-6 and c <= d + 1e-6, d - a < 1.0)
print("localtime() is now:", abs(time.mktime(time.localtime()) - time.time()) < 2)

p = [time.perf_counter_ns() for _ in range(20)]
print("perf_counter_ns non-decreasing:", all(x <= y for x, y in zip(p, p[1:])))
print("perf_counter_ns fine-grained:", any(v % 1000 != 0 for v in p))
m = [time.monotonic_ns() for _ in range(20)]
print("monotonic_ns fine-grained:", any(v % 1000 != 0 for v in m))
