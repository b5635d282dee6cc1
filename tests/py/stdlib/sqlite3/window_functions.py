# create_window_function: a running sum over a sliding frame, removal with None, and errors.
import sqlite3


class WindowSum:
    def __init__(self):
        self.total = 0

    def step(self, value):
        self.total += value

    def value(self):
        return self.total

    def inverse(self, value):
        self.total -= value

    def finalize(self):
        return self.total


class NoInverse:
    def step(self, value):
        pass

    def value(self):
        return 0

    def finalize(self):
        return 0


class BadValue(WindowSum):
    def value(self):
        raise ZeroDivisionError


con = sqlite3.connect(":memory:")
con.execute("create table t(x, y)")
con.executemany("insert into t values (?, ?)", [("a", 4), ("b", 5), ("c", 3), ("d", 8), ("e", 1)])
con.create_window_function("sumint", 1, WindowSum)
query = ("select x, sumint(y) over (order by x rows between 1 preceding and 1 following) "
         "from t order by x")
print(con.execute(query).fetchall())
print(con.execute("select sumint(y) from t").fetchone())
con.create_window_function("noinv", 1, NoInverse)
con.create_window_function("badvalue", 1, BadValue)
for name in ("noinv", "badvalue"):
    try:
        con.execute(query.replace("sumint", name)).fetchall()
    except sqlite3.OperationalError as e:
        print("OperationalError", e)
try:
    con.create_window_function("shouldfail", -100, WindowSum)
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
con.create_window_function("sumint", 1, None)
try:
    con.execute(query)
except sqlite3.OperationalError as e:
    print("OperationalError", e)
