import sqlite3, sys, gc
c = sqlite3.connect(":memory:")
cu = c.cursor()
print(sys.getsizeof(c), sys.getsizeof(cu), gc.is_tracked(c), gc.is_tracked(cu))
cu.execute("create table t(a integer primary key, b text unique)")
print("create", cu.rowcount, cu.lastrowid, cu.description)
cu.execute("insert into t(b) values ('x')"); print("ins", cu.rowcount, cu.lastrowid, c.in_transaction)
cu.executemany("insert into t(b) values (?)", [("y",),("z",)]); print("many", cu.rowcount, cu.lastrowid)
cu.execute("select * from t"); print("sel", cu.rowcount, cu.lastrowid, cu.description)
r = cu.fetchone()
c.row_factory = sqlite3.Row
row = c.execute("select a, b as B from t").fetchone()
print(sys.getsizeof(row), gc.is_tracked(row), row.keys(), row["b"], row[-1], row[0:1], len(row), tuple(row))
for bad in [1.5, "zz", 5]:
    try: row[bad]
    except Exception as e: print(type(e).__name__, e)
c.row_factory = None
tests = [
 lambda: c.execute("select * from nope"),
 lambda: c.execute("insert into t(b) values ('x')"),
 lambda: c.execute("select 1; select 2"),
 lambda: c.execute("select ?, ?", (1,)),
 lambda: c.execute("select ?", {"a": 1}),
 lambda: c.execute("select :a", {"b": 1}),
 lambda: c.execute("select ?", (object(),)),
 lambda: c.execute("select ?", (2**63,)),
 lambda: c.execute("select ?", 5),
 lambda: c.execute(5),
 lambda: c.execute("selec 1"),
 lambda: c.isolation_level.__class__,
 lambda: setattr(c, "isolation_level", "foo"),
 lambda: setattr(c, "isolation_level", 5),
 lambda: c.execute("select 1").fetchmany(-1),
 lambda: c.create_function("f", 1, lambda x: 1/0) or c.execute("select f(1)").fetchone(),
 lambda: c.execute("select ?", (9223372036854775807,)).fetchone(),
 lambda: c.execute("select ?, ?, ?, ?", (None, 1.5, b"\x00ab", "h\u00e9")).fetchone(),
]
for t in tests:
    try: print("ok", t())
    except Exception as e: print(type(e).__name__, e, getattr(e, "sqlite_errorcode", None), getattr(e, "sqlite_errorname", None))
c.close()
for t in [lambda: c.execute("select 1"), lambda: cu.execute("select 1"), lambda: c.commit(), lambda: c.cursor()]:
    try: t()
    except Exception as e: print(type(e).__name__, e)
c2 = sqlite3.connect(":memory:"); cu2 = c2.cursor(); cu2.close()
try: cu2.execute("select 1")
except Exception as e: print(type(e).__name__, e)
try: cu2.fetchone()
except Exception as e: print(type(e).__name__, e)
print(sqlite3.Error.__mro__, sqlite3.Row, sqlite3.Connection, sqlite3.Cursor, repr(c2)[:27])
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, sqlite3.paramstyle, sqlite3.threadsafety, sqlite3.apilevel)
print([n for n in dir(sqlite3) if not n.startswith("SQLITE_")])
print(c2.execute("create table u(x)").description, c2.execute("select 1 as x").description)
print(c2.isolation_level, c2.in_transaction, c2.total_changes)
