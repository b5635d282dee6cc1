# sys.exit in main: non-daemon threads finish first; a daemon thread blocked forever is dropped.
import threading, sys
ev = threading.Event()
def waiter():
    ev.wait()
    print("never")
threading.Thread(target=waiter, daemon=True).start()
t = threading.Thread(target=lambda: (ev.wait(0.3), print("nondaemon timed out")))
t.start()
print(threading.active_count())
sys.exit(2)
