# timeit with a deterministic clock: Timer, timeit/repeat, autorange, callables, globals,
# errors, and main()'s report lines (the clock advances by a fixed step per reading)
import sys
import timeit


class Clock:
    def __init__(self, step):
        self.now = 0.0
        self.step = step
        self.reads = 0

    def __call__(self):
        self.reads += 1
        self.now += self.step
        return self.now


class Growing(Clock):
    def __call__(self):
        self.reads += 1
        self.now += self.step * self.reads
        return self.now


c = Clock(0.5)
t = timeit.Timer("x = sum(range(10))", timer=c)
print(t.timeit(number=3), c.reads, t.repeat(repeat=3, number=2), c.reads)
counter = []
t = timeit.Timer(lambda: counter.append(1), setup=lambda: counter.append("setup"), timer=Clock(1))
print(t.timeit(number=4), counter)
print(timeit.timeit("y = z * 2", setup="z = 21", number=5, timer=Clock(0.25)))
print(timeit.repeat("pass", repeat=2, number=7, timer=Clock(2)))
print(timeit.timeit("g.append(1)", globals={"g": counter}, number=3, timer=Clock(1)), counter)
ns = {"total": 0}
timeit.timeit("d['total'] += 1", number=10, globals={"d": ns}, timer=Clock(1))
print(ns["total"])
seen = []
print(timeit.Timer("pass", timer=Growing(0.01)).autorange(lambda n, t: seen.append((n, round(t, 6)))), seen)
print(timeit.Timer("pass", timer=Clock(0.5)).autorange())
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number, timeit.default_repeat)
real = timeit.timeit("sorted([3, 1, 2])", number=100)
print(type(real).__name__, real >= 0)
for bad in [lambda: timeit.Timer("x = "), lambda: timeit.Timer(5), lambda: timeit.Timer("pass", setup=5),
            lambda: timeit.Timer("return 1"), lambda: timeit.Timer("1/0").timeit(1),
            lambda: timeit.Timer("pass", setup="import no_such_module_x").timeit(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


def wrap(timer):
    return Clock(0.001)


print(timeit.main(["-n", "10", "-r", "3", "x = 1"], _wrap_timer=wrap))
print(timeit.main(["-s", "import math", "-n", "2", "math.sqrt(4)"], _wrap_timer=wrap))
print(timeit.main(["--number=100", "--repeat", "2", "-u", "usec", "pass"], _wrap_timer=wrap))
print(timeit.main(["-u", "sec", "-n", "1", "pass"], _wrap_timer=lambda t: Clock(3)))
print(timeit.main(["pass"], _wrap_timer=lambda t: Growing(0.01)))
print(timeit.main(["-v", "-n", "5", "-r", "2", "pass"], _wrap_timer=wrap))
print(timeit.main(["-vv", "pass"], _wrap_timer=lambda t: Growing(0.007)))
print(timeit.main(["-x"]))
print(timeit.main(["-n"]))
print(timeit.main(["-u", "min", "pass"]))
print(timeit.main(["--nope"]))
import io
err = io.StringIO()
sys.stderr = err
status = timeit.main(["-n", "1", "1/0"], _wrap_timer=wrap)
sys.stderr = sys.__stderr__
print(status, err.getvalue().splitlines()[-4:])
