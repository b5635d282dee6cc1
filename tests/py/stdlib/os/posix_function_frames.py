# os functions that CPython writes in C (posix.close, read, write, fstat, open, isatty, urandom,
# system, the W* status macros...) add no traceback entry: a failure shows only the caller's
# line. os.fdopen and os.popen are Python in CPython's frozen os: their lines are CPython's.
import os
import traceback


class BadPath:
    def __fspath__(self):
        raise ValueError("fspath failed inside")


attempts = [
    lambda: os.close(99), lambda: os.read(99, 1), lambda: os.write(99, b"x"), lambda: os.fstat(99),
    lambda: os.open("/nonexistent/x", os.O_RDONLY), lambda: os.lseek(99, 0, 0),
    lambda: os.isatty("x"), lambda: os.ftruncate(99, 0), lambda: os.fsync(99),
    lambda: os.get_inheritable(99), lambda: os.get_blocking(99), lambda: os.urandom(-1),
    lambda: os.device_encoding("x"), lambda: os.system(1), lambda: os.WEXITSTATUS("x"),
    lambda: os.waitstatus_to_exitcode(-1), lambda: os.stat(BadPath()),
    lambda: os.fdopen(99), lambda: os.fdopen("x"), lambda: os.popen(1), lambda: os.popen("x", "q"),
    lambda: os.popen("x", "r", 0),
]
for attempt in attempts:
    try:
        attempt()
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))

print(os.system("echo from system; exit 3"))
with os.popen("echo a; echo b") as p:
    print(repr(p.read()))
r, w = os.pipe()
with os.fdopen(w, "w") as f:
    f.write("through a pipe\n")
print(os.read(r, 100))
os.close(r)
os.close(r)
