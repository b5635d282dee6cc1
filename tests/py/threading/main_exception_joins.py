# An uncaught exception in main: the traceback, then non-daemon threads are joined, then atexit.
import threading, time, atexit
atexit.register(print, "atexit ran")
def late():
    time.sleep(0.02)
    print("late thread done")
threading.Thread(target=late).start()
print("main raising")
raise KeyError("x")
