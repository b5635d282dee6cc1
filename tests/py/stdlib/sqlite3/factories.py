# Connection and cursor factories: what connect() hands a Connection subclass, cursor()
# factories that are not callable or return something else, and a str posing as a Cursor.
import sqlite3

con = sqlite3.connect(":memory:")
for factory in (None, lambda: None, lambda con: None, 5):
    try:
        con.cursor(factory)
    except TypeError as e:
        print("TypeError", e)


class FakeCursor(str):
    __class__ = sqlite3.Cursor


for attempt in (lambda: sqlite3.Row(FakeCursor(), ()), lambda: con.cursor(FakeCursor)):
    try:
        attempt()
    except TypeError as e:
        print("TypeError", e)


class Recording(sqlite3.Connection):
    def __init__(self, *args, **kwargs):
        print("factory got", args, sorted(kwargs))
        kwargs["isolation_level"] = None
        super().__init__(*args, **kwargs)


for conn in (sqlite3.connect(":memory:", 3, factory=Recording),
             sqlite3.connect(":memory:", factory=Recording, uri=False),
             sqlite3.connect(database=":memory:", factory=Recording)):
    print(type(conn).__name__, conn.isolation_level)


class MyCursor(sqlite3.Cursor):
    pass


cur = con.cursor(MyCursor)
print(type(cur).__name__, cur.execute("select 1").fetchone(), cur.connection is con)
print(type(con.cursor(factory=MyCursor)).__name__)
