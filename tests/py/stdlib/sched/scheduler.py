# sched.scheduler with a simulated clock: ordering, priorities, cancel, non-blocking runs.
import sched

clock = [0.0]
log = []


def now():
    return clock[0]


def sleep(seconds):
    log.append(("sleep", seconds))
    clock[0] += seconds


def act(name, *rest, **kw):
    log.append((name, now(), rest, kw))


s = sched.scheduler(now, sleep)
print(s.empty(), s.queue)
e1 = s.enter(5, 1, act, ("five",))
e2 = s.enter(2, 2, act, ("two-low",))
e3 = s.enter(2, 1, act, ("two-high",), {"k": 1})
e4 = s.enterabs(2, 1, act, ("two-high-later",))
e5 = s.enter(10, 0, act, ("cancelled",))
print(e1._replace(action="act"), e3 < e4, e2 > e3)
print([ev.argument for ev in s.queue])
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError:
    print("ValueError on second cancel")
print(s.empty())
s.enter(7, 0, lambda: s.enter(1, 0, act, ("nested",)))
s.run()
for entry in log:
    print(entry)
print(s.empty(), s.queue, clock)

log.clear()
s.enter(3, 0, act, ("later",))
s.enter(0, 0, act, ("now",))
print(s.run(blocking=False), log)
clock[0] += 3
print(s.run(blocking=False), log)
print(s.run(blocking=False))


def boom():
    raise RuntimeError("boom")


s.enter(0, 0, boom)
s.enter(1, 0, act, ("after boom",))
try:
    s.run()
except RuntimeError as exc:
    print("RuntimeError", exc, len(s.queue))
s.run()
print(log[-1], sched.__all__, sched.Event._fields)
print(sched.Event(1, 2, 3, None, (), {}))
