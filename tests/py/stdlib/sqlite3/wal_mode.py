# A database in WAL mode (its index lives in the memory-mapped -shm file): one connection
# writes, another reads the last committed state, and a checkpoint folds the log back.
import os
import sqlite3
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "wal.db")
    writer = sqlite3.connect(path)
    print(writer.execute("pragma journal_mode=wal").fetchone())
    writer.execute("create table t(x)")
    writer.execute("insert into t values (1)")
    writer.commit()
    reader = sqlite3.connect(path)
    print(reader.execute("pragma journal_mode").fetchone(), reader.execute("select * from t").fetchall())
    writer.execute("insert into t values (2)")
    print("before commit:", reader.execute("select * from t").fetchall())
    writer.commit()
    print("after commit:", reader.execute("select * from t").fetchall())
    print(sorted(os.listdir(d)))
    print(writer.execute("pragma wal_checkpoint(truncate)").fetchone())
    reader.close()
    writer.close()
    print(sorted(os.listdir(d)))
    again = sqlite3.connect(path)
    print(again.execute("select count(*) from t").fetchone())
    again.close()
