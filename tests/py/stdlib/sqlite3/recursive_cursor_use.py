# A cursor used again while it is still executing or converting a row (from a converter, an
# adapter or the generator of executemany's parameters) raises ProgrammingError.
import sqlite3

con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_COLNAMES)
cur = con.cursor()
cur.execute("create table test(x)")
cur.executemany("insert into test(x) values (?)", [("foo",), ("bar",)])

for name, converter in (("INIT", lambda x: cur.__init__(con)), ("CLOSE", lambda x: cur.close()),
                        ("ITER", lambda x, seen=[]: cur.fetchone() if seen else seen.append(None))):
    sqlite3.register_converter(name, converter)
    cur.execute(f'select x as "x [{name}]", x from test')
    try:
        print(cur.fetchall())
    except sqlite3.ProgrammingError as e:
        print(name, "ProgrammingError", e)


def rows():
    cur.execute("insert into test values (1)")
    yield (1,)


try:
    cur.executemany("insert into test values (?)", rows())
except sqlite3.ProgrammingError as e:
    print("executemany ProgrammingError", e)


class Sneaky:
    def __conform__(self, protocol):
        return cur.execute("select 1").fetchone()[0]


try:
    cur.execute("select ?", (Sneaky(),))
except sqlite3.ProgrammingError as e:
    print("adapter ProgrammingError", e)

# The row factory runs outside the lock: it may read on.
cur.row_factory = lambda c, row: (row, c.fetchone())
print(cur.execute("select 1 union all select 2").fetchone())
