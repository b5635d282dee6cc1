# Text SQLite cannot hold: a lone surrogate in a parameter, in the SQL or in a function result.
import sqlite3
con = sqlite3.connect(":memory:")
for q, p in (("select ?", ("\ud8ff",)), ("select '\udcff'", ()), ("select ?", ("a\U0001f600b",))):
    try:
        print(con.execute(q, p).fetchone())
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
con.create_function("bad", 0, lambda: "\ud800")
try:
    con.execute("select bad()").fetchone()
except sqlite3.Error as e:
    print(type(e).__name__, e)
