"""Connection.iterdump(): the database as the SQL text that recreates it, statement by
statement, in the order the sqlite3 shell's .dump uses (tables with their rows, then
indexes, triggers and views, then sqlite_sequence's contents), inside one transaction."""


def _quote_ident(name):
    return '"' + name.replace('"', '""') + '"'


def _quote_text(text):
    return "'" + text.replace("'", "''") + "'"


def _iterdump(connection):
    cursor = connection.cursor()
    yield "BEGIN TRANSACTION;"
    tables = cursor.execute(
        "SELECT name, type, sql FROM sqlite_master "
        "WHERE sql NOT NULL AND type == 'table' ORDER BY name").fetchall()
    schema_writable = False
    sequence_lines = []
    for name, _kind, sql in tables:
        if name == "sqlite_sequence":
            sequence_lines.append('DELETE FROM "sqlite_sequence";')
            for seq_name, seq_value in cursor.execute('SELECT * FROM "sqlite_sequence";').fetchall():
                sequence_lines.append(
                    f"INSERT INTO \"sqlite_sequence\" VALUES('{seq_name}',{seq_value});")
            continue
        if name == "sqlite_stat1":
            yield 'ANALYZE "sqlite_master";'
        elif name.startswith("sqlite_"):
            continue
        elif sql.startswith("CREATE VIRTUAL TABLE"):
            if not schema_writable:
                schema_writable = True
                yield "PRAGMA writable_schema=ON;"
            escaped_name = name.replace("'", "''")
            yield ("INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)"
                   f"VALUES('table','{escaped_name}','{escaped_name}',0,{_quote_text(sql)});")
        else:
            yield sql + ";"
        table = _quote_ident(name)
        columns = [str(info[1]) for info in cursor.execute(f"PRAGMA table_info({table})").fetchall()]
        # SQLite's quote() renders each value as a literal, so the INSERT text is built in SQL.
        values = ",".join(f"'||quote({_quote_ident(column)})||'" for column in columns)
        for (line,) in cursor.execute(f"SELECT 'INSERT INTO {table} VALUES({values})' FROM {table};"):
            yield line + ";"
    others = cursor.execute(
        "SELECT name, type, sql FROM sqlite_master "
        "WHERE sql NOT NULL AND type IN ('index', 'trigger', 'view')").fetchall()
    for _name, _kind, sql in others:
        yield sql + ";"
    if schema_writable:
        yield "PRAGMA writable_schema=OFF;"
    yield from sequence_lines
    yield "COMMIT;"
