# threading.local, thread names, enumerate, daemon flag, repr of unstarted threads.
import threading

data = threading.local()
data.x = "main"
seen = []


def worker(n):
    seen.append(hasattr(data, "x"))
    data.x = n
    seen.append(data.x)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(seen, data.x)


class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
        self.inits = 1


loc = MyLocal(7)
out = []


def use():
    out.append((loc.v, loc.inits))
    loc.v = 99


t = threading.Thread(target=use)
t.start()
t.join()
print(out, loc.v)
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)

t = threading.Thread(target=print, name="printer", daemon=True)
print(repr(t))
print(t.daemon, t.ident, t.native_id)
t.daemon = False
print(t.daemon)
t2 = threading.Thread()
print(t2.name)
t2.start()
t2.join()
try:
    t2.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t2.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.main_thread().name, threading.main_thread().daemon)
print([th.name for th in threading.enumerate()])


def f():
    pass


print(threading.Thread(target=f).name, threading.Thread(target=f, name="n").name)
