# tracemalloc snapshots built from given traces: grouping by line/file/traceback (cumulative
# too), comparisons, filters with patterns/line numbers/domains, the reprs and format().
import tracemalloc as t
tb = t.Traceback((("snapshot_grouping_filters.py", 3), ("snapshot_grouping_filters.py", 2), ("snapshot_grouping_filters.py", 1)))
for lim in (None, 0, 1, 2, -1, -2, 5):
    print(lim, [l for l in tb.format(limit=lim) if l.startswith("  F")], [l for l in tb.format(limit=lim, most_recent_first=True) if l.startswith("  F")])
print(tb.format())
a = t.Traceback((("a", 1),)); b = t.Traceback((("a", 2),)); c = t.Traceback((("a", 1), ("b", 1)))
print(a < b, a < c, c < a, a == t.Traceback((("a", 1),), 7), hash(a) == hash(t.Traceback((("a", 1),), 7)))
print(t.Frame(("a", 1)) < t.Frame(("b", 0)), t.Frame(("a", 1)) == ("a", 1))
s1 = t.Statistic(a, 10, 1); print(s1 == t.Statistic(a, 10, 1), hash(s1) == hash(t.Statistic(a, 10, 1)))
print(t.Statistic(a, 10, 0))
print(t._normalize_filename("x.pyc"), t._normalize_filename("x.PYC"), t._normalize_filename("x.pyo"))
tr = [(0, 10, (("f.py", 5), ("g.py", 1)), 2), (0, 20, (("f.py", 6), ("g.py", 1)), 2), (1, 5, (("f.py", 5), ("f.py", 9)), 2), (0, 7, (("f.py", 5), ("g.py", 1)), 3)]
snap = t.Snapshot(tr, 2)
for k in ("lineno", "filename", "traceback"):
    print(k, snap.statistics(k))
    if k != "traceback": print(k, "cum", snap.statistics(k, cumulative=True))
print(snap.traces, len(snap.traces), snap.traces[1], snap.traces[0:2], snap.traces[0] in snap.traces)
for fl in ([t.Filter(True, "g.py")], [t.Filter(True, "g.py", all_frames=True)], [t.Filter(False, "f.py", 5)], [t.Filter(False, "f*")], [t.DomainFilter(True, 1)], [t.DomainFilter(False, 1)], [t.Filter(True, "f.py", domain=1)], [t.Filter(False, "f.py", domain=1)], [t.Filter(True, "g.py", all_frames=True), t.Filter(False, "f.py", 6)], []):
    print([ (x.domain, x.size) for x in snap.filter_traces(fl).traces])
try: snap.filter_traces(t.Filter(True, "x"))
except TypeError as e: print(e)
try: snap.filter_traces([1])
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
old = t.Snapshot(tr[:2], 2)
for d in snap.compare_to(old, "lineno"): print(d)
for d in snap.compare_to(old, "filename", cumulative=True): print(d)
print(t.Filter(True, "*.pyc").filename_pattern)
try: t.Filter(True, "x").lineno = 3
except AttributeError as e: print(e)
tt = t.Trace((0, 10, (("a.py", 3),), 1)); print(tt.domain, tt.size, tt.traceback, tt == t.Trace((0, 10, (("a.py", 3),), 1)))
print(t.Snapshot(tr, 2).traces == t.Snapshot(tr, 2).traces)
import os
dumped = f"snapshot_grouping_filters_{os.getpid()}.tmp"  # python3 and heapstack run at once
snap.dump(dumped)
back = t.Snapshot.load(dumped)
os.remove(dumped)
print(back.traceback_limit, back.traces == snap.traces, back.statistics("traceback") == snap.statistics("traceback"))
