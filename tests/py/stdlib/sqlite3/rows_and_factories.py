# row_factory (sqlite3.Row and a function), text_factory, cursor iteration, fetchmany.
import sqlite3
from collections.abc import Sequence

con = sqlite3.connect(":memory:")
con.execute("create table t(id integer primary key, Name text, data blob)")
con.executemany("insert into t(Name, data) values (:name, :data)",
                [{"name": "a\u00e9", "data": b"\x00\x01"}, {"name": "b", "data": None},
                 {"name": "c", "data": bytearray(b"zz")}])
cur = con.cursor()
cur.arraysize = 2
cur.execute("select * from t")
print(cur.fetchmany())
print(cur.fetchmany(5))
print(cur.fetchmany())
print(cur.fetchone())
for row in con.execute("select Name from t order by id desc"):
    print(row)

con.row_factory = sqlite3.Row
r = con.execute("select id, name, data from t").fetchone()
print(type(r).__name__, isinstance(r, Sequence), r.keys(), r["NAME"], r["Id"], r[2], r[-2], r[:2])
r2 = con.execute("select id, name, data from t").fetchone()
print(r == r2, r != r2, hash(r) == hash(r2), list(r))
try:
    r["nope"]
except IndexError as e:
    print("IndexError", e)
print(sqlite3.Row(con.execute('select 1 as one, 2 as two'), (1, 2)).keys())

con.row_factory = lambda cursor, row: {d[0]: v for d, v in zip(cursor.description, row)}
print(con.execute("select id, name from t where id = 2").fetchone())
con.row_factory = None

con.text_factory = bytes
print(con.execute("select name from t").fetchall())
con.text_factory = lambda b: b.decode().upper()
print(con.execute("select name, 'x', 1, 2.5 from t where id = 1").fetchall())
con.text_factory = str

cur = con.cursor()
cur.row_factory = lambda c, r: r[0]
print(cur.execute("select name from t").fetchall())
print(con.execute("select 1 union select 2").fetchall())
print(list(con.execute("select * from t where id > 100")))
