# Condition over an RLock held recursively; notify(n); raw _thread usage.
import _thread
import threading

rl = threading.RLock()
cond = threading.Condition(rl)
box = []


def waiter(i):
    with cond:
        cond.wait_for(lambda: box)
        box.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
with rl:
    with cond:
        box.append("go")
        cond.notify(2)
with cond:
    cond.notify_all()
for w in ws:
    w.join()
print(box[0], sorted(box[1:]))

# _thread directly: the lock tells main when the thread has run.
done = _thread.allocate_lock()
done.acquire()
out = []


def raw(a, b=0):
    out.append(a + b)
    done.release()


ident = _thread.start_new_thread(raw, (1,), {"b": 2})
print("started", isinstance(ident, int))
done.acquire()
print("after wait", out)
lk = _thread.allocate_lock()
print(type(lk) is _thread.LockType, lk.acquire_lock(), lk.locked_lock())
lk.release_lock()
try:
    _thread.start_new_thread(1, ())
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(print, [])
except TypeError as e:
    print("TypeError:", e)
print(threading.current_thread() is threading.main_thread())
