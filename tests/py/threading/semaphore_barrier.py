# Semaphore limits concurrency; BoundedSemaphore; Barrier.
import threading
import time

sem = threading.Semaphore(2)
active = 0
peak = 0
lock = threading.Lock()


def limited(n):
    global active, peak
    with sem:
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.1)
        with lock:
            active -= 1


ts = [threading.Thread(target=limited, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak", peak, "active", active)

b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
s0 = threading.Semaphore(0)
print(s0.acquire(blocking=False), s0.acquire(timeout=0.01))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

barrier = threading.Barrier(3, action=lambda: print("barrier tripped"))
indexes = []


def party():
    indexes.append(barrier.wait())


ps = [threading.Thread(target=party) for _ in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(indexes), barrier.parties, barrier.n_waiting, barrier.broken)

b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b2.broken)
b2.reset()
print(b2.broken)
