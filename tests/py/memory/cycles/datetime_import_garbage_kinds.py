# The objects `import datetime` leaves as cyclic garbage are of CPython's kinds and numbers:
# per class, the Python classes' functions, classmethods/staticmethods (and their __dict__s),
# properties, __slots__ descriptors (datetime declares date's fields again) and the class-level
# instances (min/max/resolution, timezone.utc and its bounds). Tuples are left out: which of
# them a collection has already untracked depends on when automatic collections ran.
import gc

gc.set_debug(gc.DEBUG_SAVEALL)
import datetime  # noqa: E402

gc.collect()
gc.set_debug(0)
garbage = list(gc.garbage)
gc.garbage.clear()
kinds = {}
for o in garbage:
    kind = type(o).__name__
    if kind == "tuple":
        continue
    if kind in ("function", "classmethod", "staticmethod", "property", "member_descriptor"):
        func = o.fget if kind == "property" else getattr(o, "__func__", o)
        owner = o.__objclass__.__name__ if kind == "member_descriptor" else func.__qualname__.split(".")[0]
        kind = kind + " of " + owner
    kinds[kind] = kinds.get(kind, 0) + 1
for kind in sorted(kinds):
    print(kind, kinds[kind])
print(sorted(o.__name__ for o in garbage if type(o) is type))
del garbage
print(datetime.datetime(2024, 1, 2, 3, 4).isoformat())
