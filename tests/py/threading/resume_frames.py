# Threads suspended deep in Python calls, inside generators and try blocks, resume correctly.
import queue
import sys
import threading
import traceback

q = queue.Queue()
out = []


def items():
    while True:
        v = q.get()
        if v is None:
            return
        yield v * 10


def level3():
    total = 0
    for v in items():
        total += v
        out.append(("item", v))
    return total


def level2():
    try:
        return level3()
    finally:
        out.append(("finally", sys._getframe().f_code.co_name))


def level1():
    out.append(("result", level2()))
    out.append(("depth", len(traceback.extract_stack())))


t = threading.Thread(target=level1)
t.start()
for i in range(3):
    q.put(i)
q.put(None)
t.join()
for entry in out:
    print(entry)


# An exception raised after a resume carries the thread's frames in its traceback.
def fails():
    ev = threading.Event()
    ev.wait(0.01)
    try:
        {}["missing"]
    except KeyError as e:
        tb = traceback.extract_tb(e.__traceback__)
        out2.append([f.name for f in tb])
        out2.append(repr(e))
        out2.append(sys.exc_info()[0].__name__)


out2 = []
t = threading.Thread(target=fails)
t.start()
t.join()
print(out2)
print(sys.exc_info())


# exc_info is per thread: a handled exception in main isn't seen by the thread.
def look():
    seen.append(sys.exc_info()[0])
    threading.Event().wait(0.01)
    seen.append(sys.exc_info()[0])


seen = []
try:
    raise ZeroDivisionError
except ZeroDivisionError:
    t = threading.Thread(target=look)
    t.start()
    t.join()
    seen.append(sys.exc_info()[0].__name__)
print(seen)


# Blocking inside a key function called by sorted() (native code) in a thread, until
# another thread releases the lock.
import time

gate = threading.Lock()
gate.acquire()
res = []


def opener():
    time.sleep(0.01)
    res.append("opened")
    gate.release()


def keyed():
    def key(v):
        with gate:
            return -v
    res.append(sorted([1, 3, 2], key=key))


o = threading.Thread(target=opener)
o.start()
t = threading.Thread(target=keyed)
t.start()
t.join()
o.join()
print(res)
