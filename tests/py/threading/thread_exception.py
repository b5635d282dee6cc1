# An exception in a thread goes to threading.excepthook; the program goes on.
import io
import sys
import threading


def boom():
    raise ValueError("boom")


captured = []


def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook
t = threading.Thread(target=boom)
t.start()
t.join()
print(captured)
threading.excepthook = threading.__excepthook__

# The default hook prints "Exception in thread NAME:" and the traceback to stderr.
buf = io.StringIO()
old = sys.stderr
sys.stderr = buf
t = threading.Thread(target=boom, name="worker-x")
t.start()
t.join()
sys.stderr = old
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-2].strip())
print(lines[-1])
print(t.is_alive())


def exits():
    sys.exit(3)


t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in a thread is silent")


def raising_hook(args):
    raise RuntimeError("hook failed")


print("done")
