# Non-daemon threads are joined at exit; daemon threads blocked forever don't keep it alive.
import threading
import queue

q = queue.Queue()


def forever():
    while True:
        q.get()


threading.Thread(target=forever, daemon=True).start()
results = []


def slow_worker():
    ev = threading.Event()
    ev.wait(0.3)
    results.append("worker finished")
    print("worker finished before exit:", results)


threading.Thread(target=slow_worker).start()
print("main done", threading.active_count())
