# The logging package under load (in the spirit of pyperformance's logging benchmarks): a
# StreamHandler to an in-memory stream with a Formatter, %-style and {-style messages,
# records filtered by level (silent), LoggerAdapter, filters, child loggers and exceptions.
import io
import logging

import sys

# tests/py/programs/logging_handlers.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 12000

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)-8s %(name)s:%(lineno)d %(message)s"))
root = logging.getLogger("bench")
root.setLevel(logging.INFO)
root.addHandler(handler)
root.propagate = False
child = logging.getLogger("bench.child.grandchild")


class OddFilter(logging.Filter):
    def filter(self, record):
        return record.args is None or not isinstance(record.args, tuple) or record.args[0] % 2 == 0


child_handler = logging.StreamHandler(stream)
child_handler.addFilter(OddFilter())
child_handler.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
child.addHandler(child_handler)
adapter = logging.LoggerAdapter(root, {"user": "alice"})

for i in range(SCALE):
    root.debug("silent %d %s", i, "x")  # filtered by level
    root.info("simple message %d", i)
    root.warning("formatted %s=%r (%.2f)", "key", [i, i + 1], i / 7)
    if i % 5 == 0:
        child.info("child %d", i)
    if i % 50 == 0:
        adapter.error("adapter %s", i)
        try:
            {}["missing%d" % i]
        except KeyError:
            root.exception("caught")
text = stream.getvalue()
lines = text.splitlines()
print(len(text), len(lines))
for line in lines[:8]:
    print(line)
print(sum(1 for line in lines if line.startswith("Traceback")), sum(len(x) for x in lines) % 99991)
print(root.isEnabledFor(logging.DEBUG), child.getEffectiveLevel(), logging.getLevelName(30))
