# Two connections to one database file see each other's committed rows and lock each other out
# of writing; a cursor freed mid-read releases its statement (no "table is locked"); isolation
# levels match case-insensitively and are stored as the canonical constant; aggregate errors.
import os
import sqlite3
import tempfile


class Shouting(str):
    def upper(self):
        return None


with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "shared.db")
    one = sqlite3.connect(path, timeout=0)
    two = sqlite3.connect(path, timeout=0)
    one.execute("create table t(x)")
    one.execute("insert into t values (1)")
    print("uncommitted, seen by two:", two.execute("select count(*) from t").fetchall())
    try:
        two.execute("insert into t values (2)")
    except sqlite3.OperationalError as e:
        print("OperationalError", e)
    one.commit()
    print("committed, seen by two:", two.execute("select * from t").fetchall())
    two.execute("insert into t values (3)")
    two.commit()
    print("one sees two's row:", one.execute("select * from t order by x").fetchall())
    one.close()
    two.close()

con = sqlite3.connect(":memory:")
con.execute("create table t(t)")
con.executemany("insert into t values (?)", ((v,) for v in range(5)))
con.commit()
cur = con.execute("select t from t")
print(cur.fetchone())
del cur
con.execute("drop table t")
con.commit()
print("dropped after the reading cursor went")

c1 = con.execute("select 1 union all select 2")
c2 = con.execute("select 1 union all select 2")
print(c1.fetchone(), c2.fetchall(), c1.fetchall())

for level in ("", "deferred", "Immediate", Shouting("exclusive")):
    con.isolation_level = level
    print(repr(con.isolation_level))
for bad in (1, b"", "abc", "IMMEDIATE\0EXCLUSIVE", "\xe9"):
    try:
        con.isolation_level = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, repr(con.isolation_level))


class NoFinalize:
    def step(self, x):
        pass


class NoStep:
    def finalize(self):
        return 1


con.create_aggregate("nofinal", 1, NoFinalize)
con.create_aggregate("nostep", 1, NoStep)
for q in ("select nofinal(1)", "select nostep(1)"):
    try:
        print(con.execute(q).fetchone())
    except sqlite3.OperationalError as e:
        print("OperationalError", e)
