# logging: handlers, formatters (%, {, $ styles), filters, hierarchy and propagation,
# FileHandler, basicConfig options and errors, LoggerAdapter, records
import logging
import os
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)-8s|%(name)s|%(funcName)s:%(lineno)d|%(module)s|%(message)s"))
a = logging.getLogger("a")
a.addHandler(out)
a.setLevel(logging.DEBUG)
a.propagate = False


def work():
    a.debug("debug from %s", "work")


work()
a.info("info %s %d", "x", 2)
b = logging.getLogger("a.b")
c = logging.getLogger("a.b.c")
print(c.parent is b, b.parent is a, a.parent is logging.root, c.name, b.getChild("c") is c, a.getChild("b.c") is c)
c.warning("from c propagates to a's handler")
mid = logging.getLogger("x.y.z")
top = logging.getLogger("x")
between = logging.getLogger("x.y")
print(mid.parent is between, between.parent is top)
for fmt, style in [("{levelname}:{name}:{message}", "{"), ("$levelname/$name/${message}", "$"),
                   ("%(message)s [%(levelno)s]", "%")]:
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(fmt, style=style))
    lg = logging.getLogger("style" + style)
    lg.addHandler(h)
    lg.propagate = False
    lg.error("styled %s", style)
d = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
rec = logging.makeLogRecord({"msg": "m", "created": 0.0, "msecs": 7.0, "levelname": "X"})
print(logging.Formatter("%(asctime)s").formatTime(rec, "%H:%M:%S") == __import__("time").strftime("%H:%M:%S", __import__("time").localtime(0)),
      len(logging.Formatter().formatTime(rec)), logging.Formatter("%(app)s %(message)s", defaults={"app": "A"}).format(rec))
for bad in [lambda: logging.Formatter("%(message", style="%"), lambda: logging.Formatter("x", style="?"),
            lambda: logging.Formatter("plain"), lambda: logging.basicConfig(stream=sys.stdout, filename="f"),
            lambda: logging.Formatter("%(missing)s").format(rec)]:
    try:
        bad()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


f = logging.getLogger("filtered")
fh = logging.StreamHandler(sys.stdout)
f.addHandler(fh)
f.propagate = False
f.addFilter(OnlyEven())
for i in range(4):
    f.warning("n=%d", i)
fh.addFilter(lambda r: r.args[0] != 2)
for i in range(4):
    f.warning("again n=%d", i)
named = logging.Filter("a.b")
print(named.filter(logging.makeLogRecord({"name": "a.b.c"})), named.filter(logging.makeLogRecord({"name": "a.bc"})),
      named.filter(logging.makeLogRecord({"name": "a.b"})), logging.Filter().filter(logging.makeLogRecord({"name": "q"})))
path = "_tmp_log_%d.log" % os.getpid()
try:
    fl = logging.getLogger("file")
    fhand = logging.FileHandler(path, mode="w")
    fhand.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    fl.addHandler(fhand)
    fl.warning("to the file")
    fl.error("second line")
    fhand.close()
    fl.removeHandler(fhand)
    with open(path) as fp:
        print(repr(fp.read()))
    print(repr(fhand).replace(os.path.abspath(path), "PATH"), fhand.baseFilename == os.path.abspath(path))
finally:
    os.remove(path)
adapter = logging.LoggerAdapter(a, {"user": "ann"})
out.setFormatter(logging.Formatter("%(user)s: %(message)s"))
adapter.warning("adapted %s", "message")
print(repr(adapter), adapter.isEnabledFor(10), adapter.name)
out.setFormatter(logging.Formatter("%(message)s %(extra_field)s"))
a.info("extra", extra={"extra_field": "EF"})
try:
    a.info("clash", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
r = logging.LogRecord("n", 20, "/p/mod.py", 7, "hello %s", ("w",), None, "fn")
print(r, r.getMessage(), r.levelname, r.filename, r.module, r.funcName, r.lineno, r.exc_info, r.args)
print(repr(out), repr(logging.NullHandler()), logging.StreamHandler(sys.stdout).terminator == "\n")
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(name)s>%(message)s")
logging.info("configured")
logging.basicConfig(stream=sys.stdout, format="ignored: %(message)s")
logging.info("second basicConfig ignored")
logging.basicConfig(stream=sys.stdout, format="forced: %(message)s", force=True)
logging.warning("after force")
try:
    logging.basicConfig(force=True, bogus=1)
except ValueError as e:
    print("ValueError:", e)
print(logging.root.hasHandlers(), logging.getLogger("none").hasHandlers(), a.hasHandlers())
logging.shutdown()
