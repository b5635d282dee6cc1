# The main module's globals dict was made at startup: it is in the oldest generation, so
# gc.get_referrers lists it after the program's young objects, and generation 0 holds only what
# the program made.
import gc


class Target:
    pass


class Box:
    def __init__(self, v):
        self.v = v


t = Target()
holder = [t]
d = {"t": t}
b = Box(t)
for r in gc.get_referrers(t):
    print(type(r).__name__, r is holder, r is d, r is globals())
g = globals()
print([any(o is g for o in gc.get_objects(i)) for i in range(3)])
