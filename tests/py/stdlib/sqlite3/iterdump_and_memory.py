# iterdump, and the objects' memory: sizes, GC tracking, reference counts, and the
# connection's database closing when its last reference goes.
import gc
import os
import sqlite3
import sys
import tempfile
import weakref

con = sqlite3.connect(":memory:")
con.executescript("""
    create table t(id integer primary key autoincrement, name text, v real, b blob);
    insert into t(name, v, b) values ('it''s', 1.5, x'00ff'), (null, -2, null);
    create index t_name on t(name);
    create view t_view as select name from t;
    create trigger t_trig after insert on t begin select 1; end;
""")
for line in con.iterdump():
    print(line)

copy = sqlite3.connect(":memory:")
copy.executescript("\n".join(con.iterdump()))
print(copy.execute("select * from t").fetchall())

cur = con.cursor()
row_con = sqlite3.connect(":memory:")
row_con.row_factory = sqlite3.Row
row = row_con.execute("select 1 as a").fetchone()
print(sys.getsizeof(con), sys.getsizeof(cur), sys.getsizeof(row))
print(gc.is_tracked(con), gc.is_tracked(cur), gc.is_tracked(row))
print(sys.getrefcount(con), sys.getrefcount(cur))
cursors = [con.cursor() for _ in range(3)]
print(sys.getrefcount(con))
del cursors
print(sys.getrefcount(con), cur.connection is con)

# A connection lives in a cycle with its statement cache: only the collector frees it,
# and freeing it closes the database (the uncommitted row is rolled back).
gone = []
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "cycle.db")
    temp = sqlite3.connect(path)
    temp.execute("create table x(y)")
    temp.commit()
    temp_cursor = temp.execute("insert into x values (1)")
    ref = weakref.ref(temp_cursor, lambda r: gone.append("cursor freed"))
    del temp, temp_cursor
    print(gone, sorted(os.listdir(d)))
    gc.collect()
    print(gone, sorted(os.listdir(d)))
    print(sqlite3.connect(path).execute("select count(*) from x").fetchone())
print(isinstance(con, sqlite3.Connection), type(cur).__name__, type(row).__module__)
