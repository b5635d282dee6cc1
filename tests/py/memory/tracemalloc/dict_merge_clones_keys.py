# Merging a dict into an empty one (update, {**d}, dict(d)) clones the keys object with
# PyObject_Malloc, never from the keys free list; freed, the clone parks on that free list and
# stays a traced block of the line that made it.
import tracemalloc

tracemalloc.start()
g = tracemalloc.get_traced_memory


kw = {"end": ""}
res = []
d = {}
a = g()
d.update(kw)
b = g()
res.append(b[0] - a[0])
a = g()
x = {**kw}
b = g()
res.append(b[0] - a[0])
a = g()
y = dict(kw)
b = g()
res.append(b[0] - a[0])
a = g()
z = kw.copy()
b = g()
res.append(b[0] - a[0])
print(res)
snap = tracemalloc.take_snapshot()
for stat in snap.statistics("lineno"):
    frame = stat.traceback[0]
    if frame.filename == __file__ and frame.lineno in (14, 18, 22, 26):
        print(frame.lineno, stat.size, stat.count)
