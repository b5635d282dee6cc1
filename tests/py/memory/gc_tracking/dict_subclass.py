# Instances of dict subclasses are always tracked (they have a __dict__ and a class).
import gc


class D(dict):
    pass


d = D()
print("empty subclass instance:", gc.is_tracked(d))
d["x"] = 1
gc.collect()
print("after collect:", gc.is_tracked(d))
print("plain dict with same content:", gc.is_tracked(dict(d)))
