# Adapters and converters (detect_types), default date/timestamp handling, blobs, int64 bounds.
import datetime
import sqlite3


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def adapt_point(p):
    return f"{p.x};{p.y}"


def convert_point(b):
    x, y = map(float, b.split(b";"))
    return Point(x, y)


sqlite3.register_adapter(Point, adapt_point)
sqlite3.register_converter("point", convert_point)

con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
con.execute("create table t(p point, d date, ts timestamp, n integer)")
con.execute("insert into t values (?, ?, ?, ?)",
            (Point(1, 2), datetime.date(2020, 2, 29), datetime.datetime(2021, 1, 2, 3, 4, 5, 600), 7))
print(con.execute("select p, d, ts, n from t").fetchone())
cur = con.execute('select p as "p [point]", n as "n [point]", d as "d [text]" from t')
print(cur.fetchone(), [c[0] for c in cur.description])
print(con.execute("select ?", (Point(3, 4),)).fetchone())


class Conforming:
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "conformed"


print(con.execute("select ?", (Conforming(),)).fetchone())
print(sqlite3.adapt(Point(5, 6)), sqlite3.adapt(object(), sqlite3.PrepareProtocol, "alt"))
try:
    sqlite3.adapt(object())
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)

plain = sqlite3.connect(":memory:")
for v in (0, -1, 2**31, 2**53 + 1, 2**63 - 1, -2**63, 1.0, 1e300, float("inf"), -0.0, "", b"", b"\xff\x00",
          bytearray(b"ba"), memoryview(b"mv"), True, None):
    got = plain.execute("select ?, typeof(?)", (v, v)).fetchone()
    print(repr(v), got)
for v in (2**63, -2**63 - 1):
    try:
        plain.execute("select ?", (v,))
    except OverflowError as e:
        print("OverflowError", e)
print(plain.execute("select 9223372036854775807 + 0, -9223372036854775808, 1 << 62, 0.1 + 0.2").fetchone())
print(plain.execute("select zeroblob(3), x'', length(x'00ff')").fetchone())
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"))
print(sqlite3.Binary(b"ab"), sqlite3.Date, sqlite3.Timestamp, sqlite3.TimeFromTicks(0).__class__)
