# decimal.Context has the C type's layout: 96 bytes, no GC header, never tracked, no __dict__.
# Its flags and traps are two signal dicts (tracked, 64 bytes) made with the context and kept
# by it: the same object every time, changed in place, copied by copy().
import decimal
import gc
import sys

c = decimal.Context()
print(sys.getsizeof(c), gc.is_tracked(c), hasattr(c, "__dict__"))
print(sys.getsizeof(decimal.getcontext()), gc.is_tracked(decimal.getcontext()))
try:
    c.foo = 1
except AttributeError as e:
    print("AttributeError:", e)
print(c.traps is c.traps, c.flags is c.flags, c.traps is not c.flags)
print(sys.getsizeof(c.traps), gc.is_tracked(c.traps), type(c.traps).__name__, type(c.traps).__module__)
print(gc.get_referents(c))
traps = c.traps
c.traps = {s: False for s in c.traps}
print(traps is c.traps, any(c.traps.values()))
c.traps[decimal.Inexact] = True
k = c.copy()
print(type(k).__name__, k.traps is not c.traps, k.traps[decimal.Inexact], k.flags == c.flags)
c.traps[decimal.Inexact] = False
print(k.traps[decimal.Inexact], c.traps[decimal.Inexact])


class MyContext(decimal.Context):
    pass


m = MyContext(prec=3)
print(sys.getsizeof(m), gc.is_tracked(m), hasattr(m, "__dict__"), type(m.copy()).__name__)
with decimal.localcontext() as lc:
    print(type(decimal.localcontext()).__name__, lc.prec)

gc.collect()
for round in range(3):
    before = gc.get_count()[0]
    contexts = [decimal.Context(prec=p) for p in range(1, 11)]
    copies = [x.copy() for x in contexts]
    made = gc.get_count()[0] - before
    del contexts, copies
    if round > 0:  # (the first round's count also has first-use allocations)
        print("made 20 contexts:", made, "after freeing them:", gc.get_count()[0] - before)
