# Transactions (legacy isolation_level control), the context manager, and a database file
# that outlives its connection.
import os
import sqlite3
import tempfile

con = sqlite3.connect(":memory:")
print(repr(con.isolation_level), con.in_transaction)
con.execute("create table t(x)")
print("after create", con.in_transaction)
con.execute("insert into t values (1)")
print("after insert", con.in_transaction)
con.rollback()
print("rolled back", con.execute("select count(*) from t").fetchone(), con.in_transaction)
con.execute("insert into t values (2)")
con.commit()
print("committed", con.execute("select * from t").fetchall(), con.in_transaction)

with con:
    con.execute("insert into t values (3)")
print("with ok", con.execute("select * from t").fetchall(), con.in_transaction)
try:
    with con:
        con.execute("insert into t values (4)")
        raise KeyError("boom")
except KeyError as e:
    print("with failed", repr(e))
print("rolled back by with", con.execute("select * from t").fetchall())

con.isolation_level = None
con.execute("insert into t values (5)")
print("autocommit", con.in_transaction)
con.execute("begin")
con.execute("insert into t values (6)")
print("explicit begin", con.in_transaction)
con.isolation_level = "IMMEDIATE"
print("setting a level commits", con.in_transaction, con.isolation_level)
con.execute("insert into t values (7)")
print(con.in_transaction, con.total_changes)
con.commit()
for level in ("deferred", "EXCLUSIVE", ""):
    con.isolation_level = level
    print(repr(con.isolation_level))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "test.db")
    a = sqlite3.connect(path)
    a.execute("create table people(name text, age integer)")
    a.executemany("insert into people values (?, ?)", [("ann", 31), ("bob", 42)])
    a.commit()
    a.execute("insert into people values ('uncommitted', 0)")
    a.close()
    print(os.path.exists(path), os.path.getsize(path) > 0)
    b = sqlite3.connect(path)
    print(b.execute("select * from people order by age").fetchall())
    b.executescript("""
        create table log(msg);
        insert into log values ('one');
        insert into log values ('two');
    """)
    print(b.in_transaction, b.execute("select * from log").fetchall())
    b.close()
    c = sqlite3.connect(path)
    print(c.execute("select count(*) from log").fetchone())
    c.close()
    try:
        sqlite3.connect(os.path.join(d, "missing", "x.db"))
    except sqlite3.OperationalError as e:
        print("OperationalError", e)
