# Condition wait/notify, Event, wait_for, timeouts.
import threading

cond = threading.Condition()
items = []
log = []


def consumer(name):
    with cond:
        while not items:
            cond.wait()
        log.append((name, items.pop(0)))


workers = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(3)]
for w in workers:
    w.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
for w in workers:
    w.join()
print(sorted(v for _, v in log))

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
seen = []


def waiter():
    seen.append(ev.wait())


t = threading.Thread(target=waiter)
t.start()
print("waiting:", t.is_alive(), seen)
ev.set()
t.join()
print("after set:", seen, ev.is_set())
ev.clear()
print(ev.is_set())

c2 = threading.Condition(threading.Lock())
with c2:
    print("wait_for:", c2.wait_for(lambda: False, timeout=0.01))
    print("wait:", c2.wait(0.01))
try:
    c2.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c2.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

state = {"ready": False}
c3 = threading.Condition()


def setter():
    with c3:
        state["ready"] = True
        c3.notify_all()


with c3:
    threading.Thread(target=setter).start()
    print("wait_for ready:", c3.wait_for(lambda: state["ready"]))
