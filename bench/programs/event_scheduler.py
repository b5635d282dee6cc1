# A discrete-event simulation and job scheduler: heapq priority queues with (time, seq, event)
# tuples and dataclass(order=True) entries, bisect-maintained sorted calendars, sched.scheduler
# with a virtual clock, interval merging and a shortest-job-first CPU scheduler.
import bisect
import hashlib
import heapq
import sched
import sys
from dataclasses import dataclass, field

# tests/py/bench_like/event_scheduler.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 20000


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)


class Sim:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
        self.log = []

    def at(self, t, fn, *args):
        self.seq += 1
        heapq.heappush(self.queue, (t, self.seq, fn, args))

    def run(self, until):
        while self.queue and self.queue[0][0] <= until:
            t, _, fn, args = heapq.heappop(self.queue)
            self.now = t
            fn(*args)


class Bank:
    def __init__(self, sim, tellers):
        self.sim = sim
        self.free = tellers
        self.waiting = []
        self.waits = []
        self.rng = 12345

    def rand(self, n):
        self.rng = (self.rng * 1103515245 + 12345) & 0x7FFFFFFF
        return self.rng % n

    def arrive(self, cid):
        heapq.heappush(self.waiting, (self.rand(3), self.sim.now, cid))
        self.dispatch()
        if cid < SCALE:
            self.sim.at(self.sim.now + 1 + self.rand(4), self.arrive, cid + 1)

    def dispatch(self):
        while self.free and self.waiting:
            prio, t, cid = heapq.heappop(self.waiting)
            self.free -= 1
            self.waits.append(self.sim.now - t)
            self.sim.at(self.sim.now + 2 + self.rand(6), self.done, cid)

    def done(self, cid):
        self.free += 1
        self.dispatch()


def merge_intervals(iv):
    out = []
    for s, e in sorted(iv):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


class Calendar:
    def __init__(self):
        self.starts = []
        self.items = []

    def book(self, start, end, what):
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.items[i - 1][1] > start:
            return False
        if i < len(self.starts) and self.starts[i] < end:
            return False
        self.starts.insert(i, start)
        self.items.insert(i, (start, end, what))
        return True

    def between(self, a, b):
        lo = bisect.bisect_left(self.starts, a)
        hi = bisect.bisect_left(self.starts, b)
        return self.items[lo:hi]


def main():
    h = hashlib.md5()
    sim = Sim()
    bank = Bank(sim, 3)
    sim.at(0, bank.arrive, 0)
    sim.run(10 ** 9)
    print(len(bank.waits), max(bank.waits), sum(bank.waits), sim.now)
    jobs = [Job((i * 37) % 11, i, f"job{i}", 1 + i % 5) for i in range(SCALE)]
    heapq.heapify(jobs)
    order = []
    while jobs:
        j = heapq.heappop(jobs)
        order.append(j.name)
        if j.duration > 3 and j.priority < 10:
            heapq.heappush(jobs, Job(j.priority + 5, j.seq + SCALE, j.name + "'", j.duration - 3))
    h.update(",".join(order).encode())
    print(order[:5], len(order))
    print(heapq.nsmallest(3, range(SCALE), key=lambda x: (x * 7919) % 1000),
          heapq.nlargest(2, ["pear", "fig", "banana", "kiwi"], key=len),
          list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
    cal = Calendar()
    booked = sum(cal.book((i * 7919) % (SCALE * 5), (i * 7919) % (SCALE * 5) + 1 + i % 7, i) for i in range(SCALE))
    print(booked, cal.between(100, 200)[:3])
    ivs = [((i * 31) % 1000, (i * 31) % 1000 + i % 17) for i in range(SCALE)]
    merged = merge_intervals(ivs)
    print(len(merged), merged[:3])
    clock = [0.0]
    s = sched.scheduler(lambda: clock[0], lambda d: clock.__setitem__(0, clock[0] + d))
    fired = []
    for i in range(50):
        s.enter(i % 7 + (i % 3) * 0.5, i % 4, fired.append, (i,))
    ev = s.enter(100, 0, fired.append, ("never",))
    s.cancel(ev)
    s.run()
    print(fired[:10], clock[0], s.empty())
    grades = [bisect.bisect([60, 70, 80, 90], sc) for sc in range(0, 101, 7)]
    print("".join("FDCBA"[g] for g in grades), bisect.insort(x := [1, 3, 5], 4) or x)
    print(h.hexdigest())


main()
