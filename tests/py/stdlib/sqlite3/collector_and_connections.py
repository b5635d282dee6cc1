# A connection sits in a reference cycle with its statement cache, so only the collector frees
# it: the objects found are python3's (Connection, its cache wrapper, cached Statements, the
# weak references to its cursors and its lists), whether closed first or not.
import gc
import sqlite3

gc.collect()


def collect_types():
    gc.set_debug(gc.DEBUG_SAVEALL)
    found = gc.collect()
    names = sorted(type(o).__name__ for o in gc.garbage)
    gc.garbage.clear()
    gc.set_debug(0)
    return found, names


con = sqlite3.connect(":memory:")
con.execute("create table t(x)")
con.execute("select 1").fetchall()
del con
print(collect_types())

con = sqlite3.connect(":memory:")
cursors = [con.cursor() for _ in range(3)]
for i, cur in enumerate(cursors):
    cur.execute("select ?", (i,))
con.close()
del con
print(collect_types())
del cursors
print(collect_types())

con = sqlite3.connect(":memory:")
kept = con.execute("select 1 union select 2")
del con
print(collect_types(), kept.fetchall(), type(kept.connection).__name__)
