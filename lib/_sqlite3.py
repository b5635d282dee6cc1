"""heapstack's _sqlite3: the DB-API 2.0 objects CPython writes in C (Modules/_sqlite/),
written here on _sqlite3_wasm, SQLite's C API over the official wasm build.

Connection, Cursor and Row keep CPython 3.11's behaviour: the legacy transaction control
(an implicit BEGIN before INSERT/UPDATE/DELETE/REPLACE unless isolation_level is None),
rowcount/lastrowid/description rules, parameter binding (qmark and named) with adapters,
converters for detect_types, text_factory, row_factory, and the exception classes and
messages. sys.getsizeof reports the C structs' sizes.
"""

import _sqlite3_wasm as _w
from _thread import get_ident as _get_ident
from _weakref import ref as _weakref_ref

version = "2.6.0"
sqlite_version = _w.libversion()

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2

# Result codes, and the authorizer's action codes (sqlite3.h).
SQLITE_DENY = 1
SQLITE_IGNORE = 2
SQLITE_CREATE_INDEX = 1
SQLITE_CREATE_TABLE = 2
SQLITE_CREATE_TEMP_INDEX = 3
SQLITE_CREATE_TEMP_TABLE = 4
SQLITE_CREATE_TEMP_TRIGGER = 5
SQLITE_CREATE_TEMP_VIEW = 6
SQLITE_CREATE_TRIGGER = 7
SQLITE_CREATE_VIEW = 8
SQLITE_DELETE = 9
SQLITE_DROP_INDEX = 10
SQLITE_DROP_TABLE = 11
SQLITE_DROP_TEMP_INDEX = 12
SQLITE_DROP_TEMP_TABLE = 13
SQLITE_DROP_TEMP_TRIGGER = 14
SQLITE_DROP_TEMP_VIEW = 15
SQLITE_DROP_TRIGGER = 16
SQLITE_DROP_VIEW = 17
SQLITE_INSERT = 18
SQLITE_PRAGMA = 19
SQLITE_READ = 20
SQLITE_SELECT = 21
SQLITE_TRANSACTION = 22
SQLITE_UPDATE = 23
SQLITE_ATTACH = 24
SQLITE_DETACH = 25
SQLITE_ALTER_TABLE = 26
SQLITE_REINDEX = 27
SQLITE_ANALYZE = 28
SQLITE_CREATE_VTABLE = 29
SQLITE_DROP_VTABLE = 30
SQLITE_FUNCTION = 31
SQLITE_SAVEPOINT = 32
SQLITE_RECURSIVE = 33
SQLITE_LIMIT_LENGTH = 0
SQLITE_LIMIT_SQL_LENGTH = 1
SQLITE_LIMIT_COLUMN = 2
SQLITE_LIMIT_EXPR_DEPTH = 3
SQLITE_LIMIT_COMPOUND_SELECT = 4
SQLITE_LIMIT_VDBE_OP = 5
SQLITE_LIMIT_FUNCTION_ARG = 6
SQLITE_LIMIT_ATTACHED = 7
SQLITE_LIMIT_LIKE_PATTERN_LENGTH = 8
SQLITE_LIMIT_VARIABLE_NUMBER = 9
SQLITE_LIMIT_TRIGGER_DEPTH = 10
SQLITE_LIMIT_WORKER_THREADS = 11

_ROW = 100
_DONE = 101
_OPEN_READWRITE = 0x2
_OPEN_CREATE = 0x4
_OPEN_URI = 0x40

# Result codes: the primary ones, then each extended code as (primary, n) = primary | n << 8
# (sqlite3.h). All become module constants and name Error.sqlite_errorname.
_PRIMARY_CODES = (
    "OK ERROR INTERNAL PERM ABORT BUSY LOCKED NOMEM READONLY INTERRUPT IOERR CORRUPT NOTFOUND "
    "FULL CANTOPEN PROTOCOL EMPTY SCHEMA TOOBIG CONSTRAINT MISMATCH MISUSE NOLFS AUTH FORMAT "
    "RANGE NOTADB NOTICE WARNING").split()
_EXTENDED_CODES = {
    "ERROR": "MISSING_COLLSEQ RETRY SNAPSHOT",
    "IOERR": "READ SHORT_READ WRITE FSYNC DIR_FSYNC TRUNCATE FSTAT UNLOCK RDLOCK DELETE BLOCKED "
             "NOMEM ACCESS CHECKRESERVEDLOCK LOCK CLOSE DIR_CLOSE SHMOPEN SHMSIZE SHMLOCK SHMMAP "
             "SEEK DELETE_NOENT MMAP GETTEMPPATH CONVPATH VNODE AUTH BEGIN_ATOMIC COMMIT_ATOMIC "
             "ROLLBACK_ATOMIC DATA CORRUPTFS",
    "LOCKED": "SHAREDCACHE VTAB",
    "BUSY": "RECOVERY SNAPSHOT TIMEOUT",
    "CANTOPEN": "NOTEMPDIR ISDIR FULLPATH CONVPATH DIRTYWAL SYMLINK",
    "CORRUPT": "VTAB SEQUENCE INDEX",
    "READONLY": "RECOVERY CANTLOCK ROLLBACK DBMOVED CANTINIT DIRECTORY",
    "ABORT": "- ROLLBACK",  # number 1 is unused
    "CONSTRAINT": "CHECK COMMITHOOK FOREIGNKEY FUNCTION NOTNULL PRIMARYKEY TRIGGER UNIQUE VTAB "
                  "ROWID PINNED",
    "NOTICE": "RECOVER_WAL RECOVER_ROLLBACK",
    "WARNING": "AUTOINDEX",
    "AUTH": "USER",
    "OK": "LOAD_PERMANENTLY SYMLINK",
}
_ERROR_NAMES = {code: "SQLITE_" + name for code, name in enumerate(_PRIMARY_CODES)}
for _primary, _names in _EXTENDED_CODES.items():
    for _n, _name in enumerate(_names.split(), 1):
        if _name != "-":
            _ERROR_NAMES[_PRIMARY_CODES.index(_primary) | _n << 8] = f"SQLITE_{_primary}_{_name}"
_ERROR_NAMES[100] = "SQLITE_ROW"
_ERROR_NAMES[101] = "SQLITE_DONE"
globals().update({_name: _code for _code, _name in _ERROR_NAMES.items()})
del _primary, _names, _n, _name


class Warning(Exception):
    pass


class Error(Exception):
    pass


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class InternalError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class DataError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


for _cls in (Warning, Error, InterfaceError, DatabaseError, InternalError, OperationalError,
             ProgrammingError, IntegrityError, DataError, NotSupportedError):
    _cls.__module__ = "sqlite3"
del _cls


def _exception_for(code):
    # The exception class CPython's _pysqlite_seterror picks for a primary result code.
    primary = code & 0xFF
    if primary in (2, 16):
        return InternalError
    if primary == 7:
        return MemoryError
    if primary in (1, 3, 4, 5, 6, 8, 9, 10, 13, 14, 15, 22):
        return OperationalError
    if primary in (11, 26):
        return DatabaseError
    if primary == 18:
        return DataError
    if primary in (19, 20):
        return IntegrityError
    if primary == 21:
        return ProgrammingError
    return DatabaseError


def _raise_db_error(db):
    code = _w.errcode(db)
    cls = _exception_for(code)
    exc = cls(_w.errmsg(db))
    if cls is not MemoryError:
        exc.sqlite_errorcode = code
        exc.sqlite_errorname = _ERROR_NAMES.get(code, _ERROR_NAMES.get(code & 0xFF, "unknown error code"))
    raise exc


class PrepareProtocol:
    """PEP 246 style object adaption protocol type."""

    def __init__(self, *args, **kwargs):
        pass

    def __sizeof__(self):
        return 16


PrepareProtocol.__module__ = "sqlite3"

adapters = {}
converters = {}
_BASIC_TYPES = (int, float, str, bytes, bytearray)


def register_adapter(type, adapter, /):
    """Register a function to adapt Python objects to SQLite values."""
    adapters[(type, PrepareProtocol)] = adapter


def register_converter(typename, converter, /):
    """Register a function to convert SQLite values to Python objects."""
    if not isinstance(typename, str):
        raise TypeError(f"register_converter() argument 1 must be str, not {type(typename).__name__}")
    converters[typename.upper()] = converter


_no_default = object()


def adapt(obj, proto=PrepareProtocol, alt=_no_default, /):
    """Adapt given object to given protocol."""
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    conform = getattr(proto, "__adapt__", None)
    if conform is not None:
        result = conform(obj)
        if result is not None:
            return result
    conform = getattr(obj, "__conform__", None)
    if conform is not None:
        result = conform(proto)
        if result is not None:
            return result
    if alt is not _no_default:
        return alt
    raise ProgrammingError("can't adapt")


def complete_statement(statement):
    """Checks if a string contains a complete SQL statement."""
    if not isinstance(statement, str):
        raise TypeError(f"complete_statement() argument 'statement' must be str, not {type(statement).__name__}")
    return _w.complete(statement)


def enable_callback_tracebacks(enable, /):
    """Enable or disable callback functions throwing errors to stderr."""
    _w.enable_callback_tracebacks(1 if enable else 0)


def enable_shared_cache(do_enable):
    """Enable or disable shared cache mode for the calling thread."""
    raise OperationalError("Changing the shared_cache flag failed")


def connect(*args, **kwargs):
    """Opens a connection to the SQLite database file database.

    connect(database, timeout=5.0, detect_types=0, isolation_level="",
            check_same_thread=True, factory=Connection, cached_statements=128, uri=False)
    """
    # The arguments go to the factory exactly as given (keywords stay keywords, gh-95132).
    factory = args[5] if len(args) > 5 else kwargs.get("factory", Connection)
    return factory(*args, **kwargs)


def _skip_sql_space(sql, at=0):
    # Whitespace and comments before a statement's first keyword (lstrip_sql in CPython).
    n = len(sql)
    while at < n:
        ch = sql[at]
        if ch in " \t\f\n\r":
            at += 1
        elif sql.startswith("--", at):
            end = sql.find("\n", at)
            if end < 0:
                return n
            at = end + 1
        elif sql.startswith("/*", at):
            end = sql.find("*/", at + 2)
            if end < 0:
                return n
            at = end + 2
        else:
            break
    return at


def _is_dml(sql):
    at = _skip_sql_space(sql)
    head = sql[at:at + 7].lower()
    return head.startswith(("insert", "update", "delete", "replace"))


_ISOLATION_LEVELS = ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE")


def _canonical_isolation_level(level):
    # The constant matching `level` case-insensitively (ASCII only, as sqlite3_stricmp; a str
    # subclass's own upper() is not consulted); None stays None.
    if level is None:
        return None
    if not isinstance(level, str):
        raise TypeError("isolation_level must be str or None")
    if "\0" in level:
        raise ValueError("embedded null character")
    if level.isascii():
        wanted = str.upper(level)
        for candidate in _ISOLATION_LEVELS:
            if candidate == wanted:
                return candidate
    raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'")


class _Statement:
    """A prepared statement and what CPython's pysqlite_Statement records about it."""

    __slots__ = ("handle", "is_dml")

    def __init__(self, handle, is_dml):
        self.handle = handle
        self.is_dml = is_dml


class Connection:
    """SQLite database connection object."""

    # Slots, not a __dict__: the object's size is the C struct's (sys.getsizeof below).
    __slots__ = ("_db", "_detect_types", "_isolation_level", "_check_same_thread", "_thread",
                 "row_factory", "text_factory", "_initialized", "_statement_cache", "_cursors",
                 "_blobs", "_created_cursors")
    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    DataError = DataError
    OperationalError = OperationalError
    IntegrityError = IntegrityError
    InternalError = InternalError
    ProgrammingError = ProgrammingError
    NotSupportedError = NotSupportedError

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level="",
                 check_same_thread=True, factory=None, cached_statements=128, uri=False):
        import os
        if isinstance(database, bytes):
            path = database.decode()
        else:
            path = os.fspath(database)
            if isinstance(path, bytes):
                path = path.decode()
        isolation_level = _canonical_isolation_level(isolation_level)
        flags = _OPEN_READWRITE | _OPEN_CREATE | (_OPEN_URI if uri else 0)
        rc, db = _w.open(path, flags)
        if rc != 0:
            try:
                _raise_db_error(db)
            finally:
                _w.close(db)
        self._db = db
        _w.busy_timeout(db, int(timeout * 1000))
        self._detect_types = detect_types
        self._isolation_level = isolation_level
        self._check_same_thread = check_same_thread
        self._thread = _get_ident()
        self.row_factory = None
        self.text_factory = str
        # Weak references to the cursors made (CPython's connection->cursors) and the open
        # blobs' list: the same objects python3's collector finds when a connection dies.
        self._cursors = []
        self._blobs = []
        self._created_cursors = 0
        self._initialized = True
        # As CPython 3.11: an LRU cache of prepared statements around the connection itself
        # (whose __call__ prepares one), so the connection lives in a reference cycle with it.
        import functools
        self._statement_cache = functools.lru_cache(maxsize=cached_statements)(self)

    def __sizeof__(self):
        return 216

    def _check(self):
        if not getattr(self, "_initialized", False):
            raise ProgrammingError("Base Connection.__init__ not called.")
        if self._check_same_thread and _get_ident() != self._thread:
            raise ProgrammingError(
                "SQLite objects created in a thread can only be used in that same thread. "
                f"The object was created in thread id {self._thread} and this is thread id {_get_ident()}.")
        if self._db is None:
            raise ProgrammingError("Cannot operate on a closed database.")

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, level):
        level = _canonical_isolation_level(level)
        if level is None:
            self._check()
            if not _w.autocommit(self._db):
                self._exec_simple("COMMIT")
        self._isolation_level = level

    @property
    def in_transaction(self):
        self._check()
        return not _w.autocommit(self._db)

    @property
    def total_changes(self):
        self._check()
        return _w.total_changes(self._db)

    def _exec_simple(self, sql):
        rc, stmt, _tail = _w.prepare(self._db, sql)
        if rc == 0:
            rc = _w.step(stmt)
            _w.finalize(stmt)
            if rc in (_ROW, _DONE):
                return
        _raise_db_error(self._db)

    def _prepare(self, sql):
        statement = self._statement_cache(sql)
        if statement.handle is not None and _w.busy(statement.handle):
            # A cursor still reads the cached one: this execution gets its own.
            statement = self(sql)
        return statement

    def __call__(self, sql, /):
        self._check()
        if not isinstance(sql, str):
            raise TypeError(f"argument must be str, not {type(sql).__name__}")
        if len(sql) > _w.limit(self._db, SQLITE_LIMIT_SQL_LENGTH, -1):
            raise DataError("query string is too large")
        if "\0" in sql:
            raise ProgrammingError("the query contains a null character")
        rc, stmt, tail = _w.prepare(self._db, sql)
        if rc != 0:
            _raise_db_error(self._db)
        if stmt is not None and _skip_sql_space(tail) < len(tail):
            _w.finalize(stmt)
            raise ProgrammingError("You can only execute one statement at a time.")
        return _Statement(stmt, _is_dml(sql))

    def _begin_if_needed(self, statement):
        if self._isolation_level is not None and statement.is_dml and _w.autocommit(self._db):
            self._exec_simple("BEGIN " + self._isolation_level)

    def cursor(self, factory=_no_default):
        """Return a cursor for the connection."""
        self._check()
        # Every 200 cursors, forget the dead ones (_pysqlite_drop_unused_cursor_references).
        self._created_cursors += 1
        if self._created_cursors > 200:
            self._created_cursors = 0
            self._cursors = [ref for ref in self._cursors if ref() is not None]
        cur = Cursor(self) if factory is _no_default else factory(self)
        # The real type, not __class__ (PyObject_TypeCheck).
        if not issubclass(type(cur), Cursor):
            raise TypeError("factory must return a cursor, not " + type(cur).__name__)
        if self.row_factory is not None and cur.row_factory is None:
            cur.row_factory = self.row_factory
        return cur

    def execute(self, sql, parameters=(), /):
        """Executes an SQL statement."""
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        """Repeatedly executes an SQL statement."""
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        """Executes multiple SQL statements at once."""
        return self.cursor().executescript(sql_script)

    def commit(self):
        """Commit any pending transaction to the database."""
        self._check()
        if not _w.autocommit(self._db):
            self._exec_simple("COMMIT")

    def rollback(self):
        """Roll back to the start of any pending transaction."""
        self._check()
        if not _w.autocommit(self._db):
            self._exec_simple("ROLLBACK")

    def close(self):
        """Close the database connection."""
        if not getattr(self, "_initialized", False):
            raise ProgrammingError("Base Connection.__init__ not called.")
        if self._check_same_thread and _get_ident() != self._thread:
            self._check()
        if self._db is not None:
            db = self._db
            self._db = None
            _w.close(db)

    def create_function(self, name, narg, func, *, deterministic=False):
        """Creates a new function."""
        self._check()
        if not isinstance(name, str):
            raise TypeError(f"create_function() argument 'name' must be str, not {type(name).__name__}")
        rc = _w.create_function(self._db, name, narg, func, 1 if deterministic else 0)
        if rc != 0:
            raise OperationalError("Error creating function")

    def create_aggregate(self, name, n_arg, aggregate_class):
        """Creates a new aggregate."""
        self._check()
        if not isinstance(name, str):
            raise TypeError(f"create_aggregate() argument 'name' must be str, not {type(name).__name__}")
        rc = _w.create_aggregate(self._db, name, n_arg, aggregate_class)
        if rc != 0:
            raise OperationalError("Error creating aggregate")

    def create_window_function(self, name, num_params, aggregate_class, /):
        """Creates or redefines an aggregate window function. Non-standard."""
        self._check()
        if not isinstance(name, str):
            raise TypeError(f"create_window_function() argument 1 must be str, not {type(name).__name__}")
        rc = _w.create_window_function(self._db, name, num_params, aggregate_class)
        if rc != 0:
            # SQLite records no error on the connection for this call: the code's own text.
            raise ProgrammingError(_w.errstr(rc))

    def create_collation(self, name, callback, /):
        """Creates a collation function."""
        self._check()
        if not isinstance(name, str):
            raise TypeError(f"create_collation() argument 1 must be str, not {type(name).__name__}")
        if callback is not None and not callable(callback):
            raise TypeError("parameter must be callable")
        rc = _w.create_collation(self._db, name, callback)
        if rc != 0:
            _raise_db_error(self._db)

    def set_authorizer(self, authorizer_callback):
        """Sets authorizer callback."""
        self._check()
        if authorizer_callback is not None and not callable(authorizer_callback):
            raise TypeError("parameter must be callable")
        if _w.set_hook(self._db, "authorizer", authorizer_callback, 0) != 0:
            raise OperationalError("Error setting authorizer callback")

    def set_progress_handler(self, progress_handler, n):
        """Sets progress handler callback."""
        self._check()
        _w.set_hook(self._db, "progress", progress_handler, n)

    def set_trace_callback(self, trace_callback):
        """Sets a trace callback called for each SQL statement (passed as unicode)."""
        self._check()
        _w.set_hook(self._db, "trace", trace_callback, 0)

    def backup(self, target, *, pages=-1, progress=None, name="main", sleep=0.250):
        """Makes a backup of the database."""
        self._check()
        if not isinstance(target, Connection):
            raise TypeError(f"backup() argument 'target' must be sqlite3.Connection, not {type(target).__name__}")
        target._check()
        if target is self:
            raise ValueError("target cannot be the same connection instance")
        if progress is not None and not callable(progress):
            raise TypeError("progress argument must be a callable")
        if not isinstance(name, str):
            raise TypeError(f"backup() argument 'name' must be str, not {type(name).__name__}")
        if pages == 0:
            pages = -1
        handle = _w.backup(target._db, "main", self._db, name)
        if handle == 0:
            _raise_db_error(target._db)
        while True:
            rc, remaining, pagecount = _w.backup_step(handle, pages)
            if progress is not None:
                try:
                    progress(rc, remaining, pagecount)
                except BaseException:
                    _w.backup_finish(handle)
                    raise
            if rc not in (SQLITE_OK, SQLITE_BUSY, SQLITE_LOCKED):
                break
            if rc != SQLITE_OK:
                import time
                time.sleep(sleep)
        if _w.backup_finish(handle) != SQLITE_OK:
            _raise_db_error(target._db)

    def interrupt(self):
        """Abort any pending database operation."""
        self._check()
        _w.interrupt(self._db)

    def getlimit(self, category, /):
        """Get connection run-time limits."""
        self._check()
        value = _w.limit(self._db, category, -1)
        if value < 0:
            raise ProgrammingError("'category' is out of bounds")
        return value

    def setlimit(self, category, limit, /):
        """Set connection run-time limits."""
        self._check()
        value = _w.limit(self._db, category, limit)
        if value < 0:
            raise ProgrammingError("'category' is out of bounds")
        return value

    def iterdump(self):
        """Returns iterator to the dump of the database in an SQL text format."""
        self._check()
        from sqlite3.dump import _iterdump
        return _iterdump(self)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback, /):
        self._check()
        if type is None and value is None and traceback is None:
            try:
                self.commit()
            except BaseException:
                self.rollback()
                raise
        else:
            self.rollback()
        return False


Connection.__module__ = "sqlite3"


class Cursor:
    """SQLite database cursor class."""

    __slots__ = ("connection", "arraysize", "row_factory", "description", "lastrowid", "rowcount",
                 "_statement", "_lease", "_closed", "_locked", "_converters", "_has_row", "_initialized",
                 "__weakref__")

    def __init__(self, connection, /):
        if not isinstance(connection, Connection):
            raise TypeError(f"Cursor() argument 1 must be sqlite3.Connection, not {type(connection).__name__}")
        if getattr(self, "_locked", False):
            raise ProgrammingError("Recursive use of cursors not allowed.")
        self._locked = False
        self.connection = connection
        connection._cursors.append(_weakref_ref(self))
        self.arraysize = 1
        self.row_factory = None
        self.description = None
        self.lastrowid = None
        self.rowcount = -1
        self._statement = None
        self._lease = None
        self._closed = False
        self._converters = None
        self._has_row = False
        self._initialized = True

    def __sizeof__(self):
        return 104

    def _check(self):
        if not getattr(self, "_initialized", False):
            raise ProgrammingError("Base Cursor.__init__ not called.")
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        if self._locked:
            raise ProgrammingError("Recursive use of cursors not allowed.")
        self.connection._check()

    def _bind(self, handle, parameters):
        count = _w.param_count(handle)
        if isinstance(parameters, dict) or (
                not isinstance(parameters, (tuple, list)) and hasattr(type(parameters), "keys")
                and hasattr(type(parameters), "__getitem__") and not isinstance(parameters, (str, bytes))):
            for i in range(1, count + 1):
                name = _w.param_name(handle, i)
                if name is None:
                    raise ProgrammingError(
                        f"Binding {i} has no name, but you supplied a dictionary (which has only names).")
                key = name[1:]
                try:
                    value = parameters[key]
                except KeyError:
                    raise ProgrammingError(
                        f"You did not supply a value for binding parameter {name}.") from None
                self._bind_one(handle, i, value)
            return
        if isinstance(parameters, (str, bytes, bytearray)) or not hasattr(type(parameters), "__getitem__") \
                or not hasattr(type(parameters), "__len__"):
            raise ProgrammingError("parameters are of unsupported type")
        supplied = len(parameters)
        if supplied != count:
            raise ProgrammingError(
                f"Incorrect number of bindings supplied. The current statement uses {count}, "
                f"and there are {supplied} supplied.")
        for i in range(count):
            self._bind_one(handle, i + 1, parameters[i])

    def _bind_one(self, handle, index, value):
        if type(value) not in _BASIC_TYPES and value is not None:
            value = adapt(value, PrepareProtocol, value)
        rc = _w.bind(handle, index, value)
        if rc == -1:
            raise ProgrammingError(f"Error binding parameter {index}: type '{type(value).__name__}' is not supported")
        if rc != 0:
            raise InterfaceError(f"Error binding parameter {index}")

    def _column_converters(self, handle):
        detect = self.connection._detect_types
        if not detect:
            return None
        names = _w.column_names(handle)
        decltypes = _w.column_decltypes(handle)
        result = []
        for i, name in enumerate(names):
            converter = None
            if detect & PARSE_COLNAMES:
                start = name.find("[")
                if start >= 0:
                    end = name.find("]", start + 1)
                    if end >= 0:
                        converter = converters.get(name[start + 1:end].upper())
            if converter is None and detect & PARSE_DECLTYPES and decltypes[i] is not None:
                decl = decltypes[i]
                cut = len(decl)
                for j, ch in enumerate(decl):
                    if ch in " (":
                        cut = j
                        break
                converter = converters.get(decl[:cut].upper())
            result.append(converter)
        return result if any(c is not None for c in result) else None

    def _column_name(self, name):
        if not self.connection._detect_types & PARSE_COLNAMES:
            return name
        at = name.find("[")
        if at < 0:
            return name
        if at > 0 and name[at - 1] == " ":
            at -= 1
        return name[:at]

    def _execute(self, sql, many, parameters):
        self._check()
        # Locked while it runs: an adapter or a generator of parameters using this cursor
        # gets ProgrammingError, as in CPython.
        self._locked = True
        try:
            return self._execute_locked(sql, many, parameters)
        finally:
            self._locked = False

    def _execute_locked(self, sql, many, parameters):
        conn = self.connection
        if not isinstance(sql, str):
            raise TypeError(f"{'executemany' if many else 'execute'}() argument 1 must be str, not {type(sql).__name__}")
        self._finish_statement()
        self.description = None
        self.rowcount = -1
        statement = conn._prepare(sql)
        if statement.handle is None:
            return self
        if many:
            if _w.readonly(statement.handle):
                raise ProgrammingError("executemany() can only execute DML statements.")
            param_sets = iter(parameters)
        else:
            param_sets = iter((parameters,))
        conn._begin_if_needed(statement)
        self.rowcount = 0 if statement.is_dml else -1
        handle = statement.handle
        self._statement = statement
        self._lease = _w.lease(statement.handle)
        first = True
        for params in param_sets:
            if not first:
                _w.reset(handle)
            first = False
            _w.clear_bindings(handle)
            self._bind(handle, params)
            rc = _w.step(handle)
            if rc not in (_ROW, _DONE):
                self._finish_statement()
                _raise_db_error(conn._db)
            self._converters = self._column_converters(handle)
            if rc == _ROW:
                self._has_row = True
            else:
                self._has_row = False
                if statement.is_dml:
                    self.rowcount += _w.changes(conn._db)
            if not many:
                self.lastrowid = _w.last_insert_rowid(conn._db)
        names = _w.column_names(handle)
        if names:
            self.description = tuple((self._column_name(n), None, None, None, None, None, None) for n in names)
        if first or not self._has_row:
            self._finish_statement()
        return self

    def execute(self, sql, parameters=(), /):
        """Executes an SQL statement."""
        return self._execute(sql, False, parameters)

    def executemany(self, sql, seq_of_parameters, /):
        """Repeatedly executes an SQL statement."""
        return self._execute(sql, True, seq_of_parameters)

    def executescript(self, sql_script, /):
        """Executes multiple SQL statements at once."""
        self._check()
        conn = self.connection
        if not isinstance(sql_script, str):
            raise ValueError("script argument must be unicode.")
        if "\0" in sql_script:
            raise ValueError("embedded null character")
        self._finish_statement()
        if not _w.autocommit(conn._db):
            conn._exec_simple("COMMIT")
        rest = sql_script
        while True:
            rc, stmt, tail = _w.prepare(conn._db, rest)
            if rc != 0:
                _raise_db_error(conn._db)
            if stmt is not None:
                while True:
                    rc = _w.step(stmt)
                    if rc != _ROW:
                        break
                _w.finalize(stmt)
                if rc != _DONE:
                    _raise_db_error(conn._db)
            if _skip_sql_space(tail) >= len(tail):
                break
            rest = tail
        return self

    def _finish_statement(self):
        if self._statement is not None:
            _w.reset(self._statement.handle)
            self._statement = None
            self._lease = None
        self._has_row = False

    def _next_row(self):
        # The row the last step produced, then step on (CPython's pysqlite_cursor_iternext);
        # the cursor is locked while converters run, but not for the row factory.
        if self._statement is None or not self._has_row:
            return None
        self._locked = True
        try:
            raw = self._fetch_row()
        finally:
            self._locked = False
        if self.row_factory is not None:
            return self.row_factory(self, raw)
        return raw

    def _fetch_row(self):
        conn = self.connection
        handle = self._statement.handle
        text_factory = conn.text_factory
        raw = _w.row(handle, 0 if text_factory is str else 1)
        if text_factory is not str and text_factory is not bytes:
            raw = tuple(text_factory(v) if _w.column_type(handle, i) == 3 else v
                        for i, v in enumerate(raw))
        if self._converters is not None:
            values = list(raw)
            for i, converter in enumerate(self._converters):
                if converter is not None and values[i] is not None:
                    v = values[i]
                    if isinstance(v, str):
                        v = v.encode()
                    elif isinstance(v, (int, float)):
                        v = str(v).encode()
                    values[i] = converter(v)
            raw = tuple(values)
        rc = _w.step(handle)
        if rc == _ROW:
            self._has_row = True
        else:
            self._has_row = False
            self._finish_statement()
            if rc != _DONE:
                _raise_db_error(conn._db)
        return raw

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        self._check()
        row = self._next_row()
        if row is None:
            raise StopIteration
        return row

    def fetchone(self):
        """Fetches one row from the resultset."""
        self._check()
        return self._next_row()

    def fetchmany(self, size=None):
        """Fetches several rows from the resultset."""
        self._check()
        if size is None:
            size = self.arraysize
        rows = []
        while size > 0 or size < 0:
            row = self._next_row()
            if row is None:
                break
            rows.append(row)
            size -= 1
            if size == 0:
                break
        return rows

    def fetchall(self):
        """Fetches all rows from the resultset."""
        self._check()
        rows = []
        while True:
            row = self._next_row()
            if row is None:
                return rows
            rows.append(row)

    def close(self):
        """Closes the cursor."""
        if getattr(self, "_locked", False):
            raise ProgrammingError("Recursive use of cursors not allowed.")
        if not getattr(self, "_initialized", False):
            raise ProgrammingError("Base Cursor.__init__ not called.")
        self.connection._check()
        self._finish_statement()
        self._closed = True

    def setinputsizes(self, sizes, /):
        """Required by DB-API. Does nothing in sqlite3."""

    def setoutputsize(self, size, column=None, /):
        """Required by DB-API. Does nothing in sqlite3."""


Cursor.__module__ = "sqlite3"


class Row:
    """A row of a query's result, indexable by position and by column name."""

    __slots__ = ("_description", "_data")

    def __new__(cls, cursor, data, /):
        if not issubclass(type(cursor), Cursor):
            raise TypeError(f"Row() argument 1 must be sqlite3.Cursor, not {type(cursor).__name__}")
        if not isinstance(data, tuple):
            raise TypeError(f"Row() argument 2 must be tuple, not {type(data).__name__}")
        self = object.__new__(cls)
        self._description = cursor.description
        self._data = data
        return self

    def __sizeof__(self):
        return 32

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._data[key]
        if isinstance(key, str):
            wanted = key.upper() if key.isascii() else key
            for i, column in enumerate(self._description or ()):
                name = column[0]
                if name == key or (name.isascii() and key.isascii() and name.upper() == wanted):
                    return self._data[i]
            raise IndexError("No item with that key")
        if isinstance(key, slice):
            return self._data[key]
        raise IndexError("Index must be int or string")

    def keys(self):
        """Returns the keys of the row."""
        return [column[0] for column in self._description or ()]

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not (self._description == other._description and self._data == other._data)

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)


Row.__module__ = "sqlite3"
_Statement.__module__ = "sqlite3"
_Statement.__name__ = _Statement.__qualname__ = "Statement"


class Blob:
    """SQLite Blob object (Connection.blobopen is not provided)."""


Blob.__module__ = "sqlite3"
