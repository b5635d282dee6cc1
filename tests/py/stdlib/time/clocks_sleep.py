import time

a = time.monotonic()
b = time.monotonic()
print(b >= a, type(a).__name__, isinstance(time.monotonic_ns(), int))
p1 = time.perf_counter()
time.sleep(0.01)
p2 = time.perf_counter()
print(p2 - p1 >= 0.009, time.perf_counter_ns() > 0, time.process_time() >= 0, time.process_time_ns() >= 0)
print(abs(time.time() - time.time_ns() / 1e9) < 1, time.time() > 1.6e9, time.thread_time() >= 0)
time.sleep(0)
for bad in [-1, -0.5, float("nan"), "1"]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print("ValueError", e)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
print(time.clock_gettime(time.CLOCK_MONOTONIC) > 0, time.clock_getres(time.CLOCK_REALTIME), isinstance(time.clock_gettime_ns(time.CLOCK_REALTIME), int))
