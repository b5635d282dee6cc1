# os.sched_getaffinity: the CPUs the process may run on (len() of it is the usual count of usable
# CPUs), the same for pid 0 and the process's own pid; a pid that names no process fails.
import os

cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, sorted(cpus), all(type(c) is int for c in cpus))
print(os.sched_getaffinity(os.getpid()) == cpus, len(cpus) >= 1)
for args in [(), ("a",), (2147483647,), (-1,), (1, 2), (2**40,)]:
    try:
        print(os.sched_getaffinity(*args))
    except (OSError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    os.sched_getaffinity(pid=0)
except TypeError as e:
    print(e)
