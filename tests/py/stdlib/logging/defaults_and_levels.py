# logging: the default root handler ("WARNING:root:msg" on stderr), levels, lastResort,
# module-level functions, getLevelName/addLevelName, disable
import logging
import sys

sys.stderr = sys.stdout
logger = logging.getLogger("app")
logger.warning("no handler anywhere: %s", "last resort")
logger.info("not shown")
print(logging.root.handlers, logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)
logging.warning("root warning %d", 1)
logging.info("hidden")
logging.error("an error")
logging.critical("critical %s %s", "a", "b")
print(logging.root.handlers, repr(logging.root), repr(logger))
logging.getLogger().setLevel(logging.DEBUG)
logging.debug("now visible")
logging.log(25, "custom level %d", 25)
logging.addLevelName(25, "NOTICE")
logging.log(25, "named level")
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(25), logging.getLevelName(33),
      logging.getLevelName("NOTICE"), logging.WARN, logging.FATAL, logging.NOTSET)
logger.warning("propagates to root")
logger.setLevel("ERROR")
logger.warning("filtered by level")
logger.error("error passes")
print(logger.level, logger.getEffectiveLevel(), logger.isEnabledFor(40), logger.isEnabledFor(30),
      logging.getLogger("app.sub").getEffectiveLevel(), repr(logging.getLogger("app.sub")))
logging.disable(logging.ERROR)
logging.error("disabled")
logging.critical("still shown")
logging.disable(logging.NOTSET)
logging.error("enabled again %(x)s", {"x": "dict arg"})
try:
    logger.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
try:
    logger.log("x", "y")
except TypeError as e:
    print("TypeError:", e)
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("caught")
logging.error("with exc_info", exc_info=ValueError("boom"))
import io
captured = io.StringIO()
sys.stderr = captured
logging.warning("bad format %d", "x")
sys.stderr = sys.stdout
lines = captured.getvalue().splitlines()
print(lines[0], lines[1], [l for l in lines if not l.startswith("  ")][-4:])
