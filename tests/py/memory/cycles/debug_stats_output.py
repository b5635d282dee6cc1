# DEBUG_STATS / DEBUG_COLLECTABLE print to sys.stderr; capture it and hide times and addresses.
import gc
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def scrub(line):
    out = []
    i = 0
    while i < len(line):
        if line.startswith("0x", i):
            j = i + 2
            while j < len(line) and line[j] in "0123456789abcdef":
                j += 1
            out.append("ADDR")
            i = j
        else:
            out.append(line[i])
            i += 1
    line = "".join(out)
    if "elapsed" in line:
        line = line[: line.rindex(",")] + ", TIME elapsed"
    if "objects in each generation" in line:
        line = "gc: objects in each generation: ..."
    return line


class Node:
    __slots__ = ("peer",)


gc.collect()
cap = Capture()
old = sys.stderr
sys.stderr = cap
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
a = Node()
a.peer = a
del a
n = gc.collect()
gc.set_debug(0)
sys.stderr = old
print("collected", n)
for line in "".join(cap.parts).splitlines():
    print(scrub(line))
