# __del__ may use globals and other objects while running.
import gc

log = []


class Tracked:
    __slots__ = ("tag", "cycle")

    def __init__(self, tag):
        self.tag = tag
        self.cycle = self

    def __del__(self):
        log.append(self.tag)


gc.collect()
for t in ["x", "y", "z"]:
    Tracked(t)
print("before collect:", log)
print("collected:", gc.collect())
print("after collect:", log)
