# Lock and RLock semantics and their error messages.
import threading
import _thread

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False))
print(lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)
with lock:
    print("in with", lock.locked())
print("after with", lock.locked())

r = threading.RLock()
print(type(r).__name__)
with r:
    with r:
        print("nested rlock ok")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
r.release()
print(r._is_owned())
print(_thread.error is RuntimeError, threading.ThreadError is RuntimeError)
print(isinstance(threading.TIMEOUT_MAX, float))

# A lock held by another thread: acquire with timeout fails.
held = threading.Lock()
held.acquire()
out = []
t = threading.Thread(target=lambda: out.append(held.acquire(timeout=0.05)))
t.start()
t.join()
print("other thread got it:", out)
held.release()
t = threading.Thread(target=lambda: out.append(held.acquire(timeout=0.05)))
t.start()
t.join()
print("now:", out, held.locked())

# An RLock owned by another thread can't be released here.
r2 = threading.RLock()
t = threading.Thread(target=r2.acquire)
t.start()
t.join()
try:
    r2.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(r2.acquire(blocking=False))
