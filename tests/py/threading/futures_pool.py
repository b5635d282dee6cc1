# concurrent.futures: ThreadPoolExecutor submit/map/shutdown, Future states, wait, as_completed.
import concurrent.futures as cf
import threading
import time

def square(x):
    return x * x

with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(square, i) for i in range(5)]
    print([f.result() for f in futs])
    print(list(ex.map(square, range(5))))
    print(sorted(f.result() for f in cf.as_completed(futs)))
    done, not_done = cf.wait(futs)
    print(len(done), len(not_done))
    def boom():
        raise ValueError("bad")
    f = ex.submit(boom)
    try:
        f.result()
    except ValueError as e:
        print("ValueError", e)
    print(repr(f.exception()))
    print(f.done(), f.cancelled(), f.running())

def slow(n):
    time.sleep(n / 20)
    return n

with cf.ThreadPoolExecutor(max_workers=4, thread_name_prefix="w") as ex:
    futs = [ex.submit(slow, n) for n in (4, 1, 3, 2)]
    print([f.result() for f in cf.as_completed(futs)])
    done, nd = cf.wait([ex.submit(slow, 5), ex.submit(slow, 1)], return_when=cf.FIRST_COMPLETED)
    print([f.result() for f in done], len(nd))
    names = list(ex.map(lambda _: threading.current_thread().name, range(2)))
    print(all(n.startswith("w_") for n in names))
f = cf.Future()
print(f.cancel(), f.cancelled())
try:
    f.result()
except cf.CancelledError:
    print("CancelledError")
f2 = cf.Future()
try:
    f2.result(timeout=0.01)
except TimeoutError:
    print("TimeoutError")
f2.set_result(3)
print(f2.result())
calls = []
f2.add_done_callback(lambda fu: calls.append(fu.result()))
print(calls)
try:
    f2.set_result(4)
except cf.InvalidStateError as e:
    print("InvalidStateError")
ex = cf.ThreadPoolExecutor(2)
ex.shutdown()
try:
    ex.submit(print)
except RuntimeError as e:
    print("RuntimeError:", e)
