import logging, sys
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("app")
log.debug("debug %d", 1); log.info("info"); log.warning("warn %s", "x"); log.error("err"); log.critical("crit")
child = logging.getLogger("app.sub"); child.setLevel(logging.WARNING); child.info("hidden"); child.warning("shown")
print(log.getEffectiveLevel(), child.getEffectiveLevel(), logging.getLevelName(30), logging.getLevelName("ERROR"), child.parent.name)
try: 1 / 0
except ZeroDivisionError: log.exception("failed")
h = logging.StreamHandler(sys.stdout); h.setFormatter(logging.Formatter("[%(name)s] %(levelname)-8s| %(message)s")); 
other = logging.getLogger("other"); other.addHandler(h); other.propagate = False; other.warning("formatted"); other.info("x")
f = logging.Formatter("%(asctime)s", datefmt="%Y"); print(len(f.format(logging.LogRecord("n", 20, "p", 1, "m", None, None))))
class Filt(logging.Filter):
    def filter(self, r): return "keep" in r.getMessage()
other.addFilter(Filt()); other.warning("drop me"); other.warning("keep me")
logging.warning("root warning"); print(logging.root.level, repr(log), repr(logging.root))
s = logging.getLogger("styl"); sh = logging.StreamHandler(sys.stdout); sh.setFormatter(logging.Formatter("{levelname} {message}", style="{")); s.addHandler(s and sh); s.propagate=False; s.error("brace")
logging.disable(logging.ERROR); log.error("disabled"); logging.disable(logging.NOTSET); log.error("enabled")
print(logging.INFO, logging._levelToName[40] if hasattr(logging, "_levelToName") else 40)
