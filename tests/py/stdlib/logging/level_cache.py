# Logger.isEnabledFor keeps a per-logger cache as CPython does: setLevel and logging.disable
# clear it for every logger, assigning .level directly does not.
import logging
a = logging.getLogger("a"); b = logging.getLogger("a.b")
print(b.isEnabledFor(10), b.isEnabledFor(30))
a.setLevel(10); print(b.isEnabledFor(10))
a.level = 40; print(b.isEnabledFor(10), b.isEnabledFor(20))
logging.disable(20); print(b.isEnabledFor(20), b.isEnabledFor(30)); logging.disable(0)
a.setLevel(50); print(b.isEnabledFor(40), b._cache, logging.root._cache)
b.disabled = True; print(b.isEnabledFor(60))
