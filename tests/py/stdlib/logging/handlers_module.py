# logging.handlers: RotatingFileHandler (sizes, backups), MemoryHandler, BufferingHandler,
# QueueHandler with a list-backed queue, WatchedFileHandler
import logging
import logging.handlers
import os
import sys

d = "_tmp_loghandlers_%d" % os.getpid()
os.mkdir(d)
try:
    path = os.path.join(d, "app.log")
    rot = logging.handlers.RotatingFileHandler(path, maxBytes=60, backupCount=2)
    rot.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    lg = logging.getLogger("rot")
    lg.propagate = False
    lg.addHandler(rot)
    for i in range(12):
        lg.warning("message number %02d", i)
    rot.close()
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name)) as f:
            print(name, repr(f.read()))
    out = logging.StreamHandler(sys.stdout)
    out.setFormatter(logging.Formatter("target got %(levelname)s %(message)s"))
    mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=out)
    ml = logging.getLogger("mem")
    ml.propagate = False
    ml.addHandler(mem)
    ml.warning("one")
    ml.warning("two")
    print("buffered", len(mem.buffer))
    ml.warning("three")
    print("after capacity", len(mem.buffer))
    ml.info("four")
    ml.error("five")
    ml.warning("six")
    mem.close()
    buf = logging.handlers.BufferingHandler(2)
    bl = logging.getLogger("buf")
    bl.propagate = False
    bl.addHandler(buf)
    bl.warning("a")
    print(len(buf.buffer))
    bl.warning("b")
    print(len(buf.buffer))

    class ListQueue(list):
        def put_nowait(self, item):
            self.append(item)

    q = ListQueue()
    qh = logging.handlers.QueueHandler(q)
    ql = logging.getLogger("queue")
    ql.propagate = False
    ql.addHandler(qh)
    ql.error("queued %s", "record")
    print(len(q), q[0].msg, q[0].args, q[0].getMessage(), q[0].levelname)
    wpath = os.path.join(d, "watched.log")
    w = logging.handlers.WatchedFileHandler(wpath)
    wl = logging.getLogger("watch")
    wl.propagate = False
    wl.addHandler(w)
    wl.warning("before move")
    os.rename(wpath, wpath + ".old")
    wl.warning("after move")
    w.close()
    for name in ["watched.log", "watched.log.old"]:
        with open(os.path.join(d, name)) as f:
            print(name, repr(f.read()))
finally:
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
