# tracemalloc sees an ordinary instance as its object block plus a values block (sized from its
# class's shared keys), and no dict until one is needed.
import tracemalloc

with open(__file__) as f:
    LINES = {}
    for number, text in enumerate(f, 1):
        if "# LINE_" in text:
            LINES[text.split("# ")[-1].strip()] = number


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Wide:
    pass


def blocks(snapshot, name):
    for stat in snapshot.statistics("lineno"):
        frame = stat.traceback[0]
        if frame.filename == __file__ and frame.lineno == LINES[name]:
            return stat.count, stat.size
    return 0, 0


tracemalloc.start()
# fill the dict and list free lists, so what is measured below does not depend on their state
spare = [([], {}) for _ in range(100)]
del spare
points = [Point(i, i) for i in range(40)]  # LINE_A
s1 = tracemalloc.take_snapshot()
print("instances", blocks(s1, "LINE_A"))
for i, p in enumerate(points[10:20]):
    p.z = points  # LINE_C
s3 = tracemalloc.take_snapshot()
print("stores", blocks(s3, "LINE_C"))
w1, w2, w3 = Wide(), Wide(), Wide()  # LINE_D
s4 = tracemalloc.take_snapshot()
print("wide instances", blocks(s4, "LINE_D"))
for w in (w1, w2, w3):
    for i in range(32):
        setattr(w, "a%d" % i, None)  # LINE_E
s5 = tracemalloc.take_snapshot()
# the 31st name does not fit the shared keys: a dict with a table of its own (large blocks)
big = [t.size for t in s5.traces if t.traceback[0].lineno == LINES["LINE_E"] and t.size >= 1000]
print("wide attributes", big)
# setattr interns the name it stores: the second and third instances' equal names are freed
small = [t.size for t in s5.traces if t.traceback[0].lineno == LINES["LINE_E"] and t.size < 60]
print("names kept", len(small), sum(small))
del points
s6 = tracemalloc.take_snapshot()
print("after del", blocks(s6, "LINE_A"), blocks(s6, "LINE_C"))
tracemalloc.stop()
