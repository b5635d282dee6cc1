# os edge cases: empty paths, NUL bytes, utime/chmod/access, errors on files used as directories
import os
d = "_tmp_os_odd_%d" % os.getpid()
os.mkdir(d)
open(d + "/f", "w").close()
for name, f in [("stat ''", lambda: os.stat("")), ("listdir ''", lambda: os.listdir("")), ("mkdir ''", lambda: os.mkdir("")),
                ("rename ''", lambda: os.rename("", "")), ("chdir ''", lambda: os.chdir("")), ("readlink file", lambda: os.readlink(d + "/f")),
                ("utime ns", lambda: os.utime(d + "/f", ns=(10**9, 2 * 10**9))), ("mtime", lambda: os.stat(d + "/f").st_mtime),
                ("utime times", lambda: os.utime(d + "/f", (5, 6.5))), ("mtime2", lambda: os.stat(d + "/f").st_mtime_ns),
                ("chmod", lambda: os.chmod(d + "/f", 0o600)), ("mode", lambda: oct(os.stat(d + "/f").st_mode)),
                ("access", lambda: (os.access(d + "/f", os.R_OK), os.access(d + "/nope", os.F_OK))),
                ("stat nul", lambda: os.stat("a\0b")), ("unlink dir", lambda: os.unlink(d)),
                ("rmdir ''", lambda: os.rmdir("")), ("remove long", lambda: os.remove("x" * 300)),
                ("makedirs exist file", lambda: os.makedirs(d + "/f/g")), ("scandir file", lambda: list(os.scandir(d + "/f"))),
                ("walk file", lambda: list(os.walk(d + "/f"))), ("listdir bytes", lambda: os.listdir(d.encode()))]:
    try:
        print(name, "ok", f())
    except Exception as e:
        print(name, type(e).__name__, str(e).replace(d, "D"))
os.remove(d + "/f")
os.rmdir(d)
