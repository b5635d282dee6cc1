# set_authorizer, set_progress_handler, set_trace_callback, Connection.backup, module
# constants, and text holding NUL characters in both directions.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(a, secret)")
con.execute("insert into t values (1, 'x')")

seen = []


def authorizer(action, arg1, arg2, db_name, trigger):
    seen.append((action, arg1, arg2, db_name, trigger))
    if arg2 == "secret":
        return sqlite3.SQLITE_DENY
    if arg2 == "a" and action == sqlite3.SQLITE_READ:
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_OK


con.set_authorizer(authorizer)
print(con.execute("select a from t").fetchall())
print(sorted(set(seen)))
try:
    con.execute("select secret from t")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)
con.set_authorizer(lambda *args: "not an int")
try:
    con.execute("select a from t")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)
con.set_authorizer(None)
print(con.execute("select secret from t").fetchall())

calls = []
con.set_progress_handler(lambda: calls.append(1), 1)
con.execute("select count(*) from (select 1 union select 2 union select 3)").fetchall()
print("progress called", bool(calls))
con.set_progress_handler(lambda: 1, 1)
try:
    con.execute("select 1 union select 2").fetchall()
except sqlite3.OperationalError as e:
    print("OperationalError", e)
con.set_progress_handler(None, 1)

statements = []
con.set_trace_callback(statements.append)
con.execute("insert into t values (?, ?)", (2, "y"))
con.commit()
con.execute("select count(*) from t where a = :a", {"a": 2}).fetchall()
con.set_trace_callback(None)
con.execute("select 1")
print(statements)

copy = sqlite3.connect(":memory:")
progress = []
con.backup(copy, pages=1, progress=lambda status, remaining, total: progress.append((status, remaining, total)))
print(copy.execute("select * from t order by a").fetchall(), progress[-1])
for bad in (lambda: con.backup(con), lambda: con.backup("x"), lambda: con.backup(copy, progress=5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_ABORT_ROLLBACK, sqlite3.SQLITE_IOERR_CORRUPTFS,
      sqlite3.SQLITE_OK_SYMLINK, sqlite3.SQLITE_ROW, sqlite3.SQLITE_DONE)
try:
    con.execute("insert into t values (1, 2)").execute("create table u(x unique)")
    con.execute("insert into u values (1)")
    con.execute("insert into u values (1)")
except sqlite3.IntegrityError as e:
    print(e.sqlite_errorcode, e.sqlite_errorname)

nul = sqlite3.connect(":memory:")
nul.create_function("echo", 1, lambda v: v)
print(nul.execute("select ?, length(?), echo(?), echo('a' || char(0) || 'b')", ("1\x002", "1\x002", "x\x00y")).fetchone())
nul.text_factory = bytes
print(nul.execute("select ?", ("p\x00q",)).fetchone())
