# create_function, create_aggregate, create_collation: values passed in and out, errors.
import sqlite3

con = sqlite3.connect(":memory:")
con.create_function("double", 1, lambda x: x * 2)
con.create_function("kind", 1, lambda x: type(x).__name__)
con.create_function("nargs", -1, lambda *a: len(a), deterministic=True)
print(con.execute("select double(21), double(1.5), double('ab'), double(x'0102')").fetchone())
print(con.execute("select kind(1), kind(1.0), kind('s'), kind(x'00'), kind(null)").fetchone())
print(con.execute("select nargs(), nargs(1, 2, 3)").fetchone())
con.create_function("big", 0, lambda: 2**63)
con.create_function("obj", 0, lambda: object())
con.create_function("fails", 0, lambda: 1 / 0)
for q in ("select big()", "select obj()", "select fails()", "select double(1, 2)"):
    try:
        print(con.execute(q).fetchone())
    except sqlite3.Error as e:
        print(type(e).__name__, e)
con.create_function("double", 1, None)
try:
    con.execute("select double(1)")
except sqlite3.OperationalError as e:
    print("removed:", e)


class Mean:
    def __init__(self):
        self.total = 0
        self.n = 0

    def step(self, value):
        if value is not None:
            self.total += value
            self.n += 1

    def finalize(self):
        return self.total / self.n if self.n else None


class BadStep:
    def step(self, value):
        raise ValueError(value)

    def finalize(self):
        return 0


class BadFinal:
    def step(self, value):
        pass

    def finalize(self):
        raise ValueError


con.create_aggregate("mean", 1, Mean)
con.create_aggregate("badstep", 1, BadStep)
con.create_aggregate("badfinal", 1, BadFinal)
con.execute("create table t(g, v)")
con.executemany("insert into t values (?, ?)", [("a", 1), ("a", 2), ("b", 10), ("b", None)])
print(con.execute("select g, mean(v) from t group by g order by g").fetchall())
print(con.execute("select mean(v) from t where 0").fetchone())
for q in ("select badstep(v) from t", "select badfinal(v) from t"):
    try:
        print(con.execute(q).fetchone())
    except sqlite3.Error as e:
        print(type(e).__name__, e)


def reverse_order(a, b):
    return (a < b) - (a > b)


con.create_collation("reverse", reverse_order)
print(con.execute("select g from t order by g collate reverse").fetchall())
try:
    con.execute("select g from t order by g collate nothing")
except sqlite3.OperationalError as e:
    print(e)
