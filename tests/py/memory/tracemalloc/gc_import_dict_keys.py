# Importing gc gives a small str-keyed dict keys object back to its free list (the module's dict
# outgrows its first keys table), so after `import tracemalloc` (which leaves that free list
# short) and `import gc`, one more of a hundred new two-key dicts finds its keys there and one
# block fewer is traced.
import tracemalloc
import gc
from collections import Counter

tracemalloc.start()
data = [dict(a=i, b=i) for i in range(100)]
snapshot = tracemalloc.take_snapshot()
tracemalloc.stop()
sizes = Counter(t.size for t in snapshot.traces)
print(sorted(sizes.items()), gc.isenabled())
