import gc

# DEBUG_SAVEALL keeps every unreachable object in gc.garbage instead of freeing it.


class Pair:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __repr__(self):
        return "Pair(%s)" % self.name


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a, b = Pair("a"), Pair("b")
a.other, b.other = b, a
del a, b
n = gc.collect()
print("found:", n)
print(sorted(repr(o) for o in gc.garbage if isinstance(o, Pair)))
print(sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(), gc.garbage)
