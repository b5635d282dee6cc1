/**
 * `_sqlite3_wasm`: SQLite's C API (sqlite3_open_v2, prepare, bind, step, column values,
 * create_function...) over the wasm build of wasm.ts, for lib/_sqlite3.py, which builds
 * CPython's Connection, Cursor and Row on it as Modules/_sqlite/*.c do on the C library.
 *
 * A database handle and a prepared statement are heap objects: when the last reference goes,
 * their dealloc closes the database (sqlite3_close_v2) or finalizes the statement, as
 * connection_dealloc and stmt_dealloc do. Functions return SQLite's result codes; the Python
 * side turns them into the DB-API exceptions with sqlite3_errmsg's text.
 *
 * User-defined functions, aggregates and collations run Python code from inside sqlite3_step:
 * one wasm trampoline per callback kind dispatches on the pointer SQLite hands back
 * (sqlite3_user_data / the aggregate context), and an exception never crosses back into
 * SQLite's C frames: it becomes sqlite3_result_error with CPython's message.
 */
import { PyObject_Call, PyObject_GetAttrString, PyObject_IsTrue } from "../../objects/abstract.js";
import { PyBool_FromBool } from "../../objects/bool.js";
import { bufferBytes, PyBytes_FromBytes } from "../../objects/bytes.js";
import { encodeString } from "../../objects/codecs.js";
import {
  exceptionMatches,
  isPyException,
  PyExc_ImportError,
  PyExc_MemoryError,
  PyExc_OverflowError,
  PyExc_TypeError,
  raise,
} from "../../objects/exceptions.js";
import { PyFloat, PyFloat_FromDouble } from "../../objects/float.js";
import { PyInt, PyInt_FromBigInt, PyInt_FromNumber, PyLong_AsSsize_t } from "../../objects/int.js";
import { type PyModule, PyModule_AddFunctions, PyModule_New } from "../../objects/module.js";
import { Py_None } from "../../objects/none.js";
import {
  allocateObject,
  freeObject,
  Py_DECREF,
  Py_INCREF,
  Py_NewRef,
  PyObject,
} from "../../objects/object.js";
import { PyStr, PyStr_FromString } from "../../objects/str.js";
import { PyTuple_New } from "../../objects/tuple.js";
import { newStaticType } from "../../objects/type.js";
import { PyErr_WriteUnraisable } from "../gc.js";
import { registerBuiltinModule } from "../importlib.js";
import { SQLITE_TRANSIENT, type Sqlite, sqlite } from "./wasm.js";

const SQLITE_OK = 0;
const SQLITE_INTEGER = 1;
const SQLITE_FLOAT = 2;
const SQLITE_TEXT = 3;
const SQLITE_BLOB = 4;
const SQLITE_UTF8 = 1;
const SQLITE_DETERMINISTIC = 0x800;
const SQLITE_DENY = 1;
const SQLITE_TRACE_STMT = 1;
const SQLITE_DBCONFIG_DQS_DML = 1013;
const SQLITE_DBCONFIG_DQS_DDL = 1014;
const INT64_MAX = 0x7fffffffffffffffn;
const INT64_MIN = -0x8000000000000000n;

/** An open sqlite3* (0 once closed), and its statements not yet finalized. */
class PySqliteDb extends PyObject {
  db = 0;
  stmts = new Set<PySqliteStmt>();
  /** Callback ids of the authorizer, progress handler and trace callback now installed. */
  hooks: Record<"authorizer" | "progress" | "trace", number> = { authorizer: 0, progress: 0, trace: 0 };
}

/** A prepared sqlite3_stmt* (0 once finalized). */
class PySqliteStmt extends PyObject {
  stmt = 0;
  owner: PySqliteDb | null = null;
}

/**
 * A cursor's hold on a statement it is reading: when the cursor goes (or lets go), the
 * statement is reset, as cursor_dealloc resets its statement, so it holds no table lock.
 */
class PyStmtLease extends PyObject {
  target: PySqliteStmt | null = null;
}

const Lease_Type = newStaticType({ name: "_sqlite3_wasm.lease", basicsize: 24 });
Lease_Type.tp_dealloc = (o) => {
  const l = o as PyStmtLease;
  const t = l.target;
  l.target = null;
  if (t !== null) {
    if (t.stmt !== 0) sqlite().x.sqlite3_reset(t.stmt);
    Py_DECREF(t);
  }
  freeObject(o);
};

function finalizeStmt(s: PySqliteStmt): number {
  const rc = s.stmt === 0 ? SQLITE_OK : sqlite().x.sqlite3_finalize(s.stmt);
  s.stmt = 0;
  s.owner?.stmts.delete(s);
  s.owner = null;
  return rc;
}

/**
 * Closes the database now: its statements are finalized first, so sqlite3_close_v2 really
 * closes (rolling back an open transaction and removing its journal) instead of leaving a
 * zombie until the last statement object is freed.
 */
function closeDb(d: PySqliteDb): number {
  if (d.db === 0) return SQLITE_OK;
  for (const st of [...d.stmts]) finalizeStmt(st);
  const rc = sqlite().x.sqlite3_close_v2(d.db);
  d.db = 0;
  for (const k of ["authorizer", "progress", "trace"] as const) releaseHook(d, k);
  return rc;
}

const Db_Type = newStaticType({ name: "_sqlite3_wasm.db", basicsize: 24 });
Db_Type.tp_dealloc = (o) => {
  closeDb(o as PySqliteDb);
  freeObject(o);
};

const Stmt_Type = newStaticType({ name: "_sqlite3_wasm.stmt", basicsize: 24 });
Stmt_Type.tp_dealloc = (o) => {
  finalizeStmt(o as PySqliteStmt);
  freeObject(o);
};

function dbArg(o: PyObject | undefined): number {
  if (!(o instanceof PySqliteDb)) raise(PyExc_TypeError, "expected a _sqlite3_wasm.db");
  return o.db;
}

function stmtArg(o: PyObject | undefined): number {
  if (!(o instanceof PySqliteStmt)) raise(PyExc_TypeError, "expected a _sqlite3_wasm.stmt");
  return o.stmt;
}

/** A C int from a Python int: OverflowError outside 32 bits, as _PyLong_AsInt. */
function PyLong_AsInt(o: PyInt): number {
  const v = PyLong_AsSsize_t(o);
  if (v > 2147483647 || v < -2147483648)
    raise(PyExc_OverflowError, "Python int too large to convert to C int");
  return v;
}

function intArg(o: PyObject | undefined): number {
  if (!(o instanceof PyInt)) raise(PyExc_TypeError, "an integer is required");
  return PyLong_AsSsize_t(o);
}

function strArg(o: PyObject | undefined): string {
  if (!(o instanceof PyStr)) raise(PyExc_TypeError, "a str is required");
  return o.value;
}

const int = (n: number): PyObject => PyInt_FromNumber(n);

/** A C int64 as a Python int (exact beyond 2**53). */
function int64(v: bigint): PyObject {
  return v >= -9007199254740991n && v <= 9007199254740991n
    ? PyInt_FromNumber(Number(v))
    : PyInt_FromBigInt(v);
}

/** A Python int as sqlite3_int64; OverflowError beyond, as _pysqlite_long_as_int64. */
function toInt64(o: PyInt): bigint {
  const v = BigInt(o.value);
  if (v > INT64_MAX || v < INT64_MIN)
    raise(PyExc_OverflowError, "Python int too large to convert to SQLite INTEGER");
  return v;
}

const utf8 = new TextDecoder();
const utf8Encoder = new TextEncoder();
const SURROGATE = /[\uD800-\uDFFF]/;

/** A str as UTF-8, strictly: a lone surrogate raises UnicodeEncodeError as PyUnicode_AsUTF8 does. */
function utf8Of(o: PyStr): Uint8Array {
  return SURROGATE.test(o.value) ? encodeString(o.value, "utf-8", "strict", o) : utf8Encoder.encode(o.value);
}

/** A column or function-argument value as Python: INTEGER, REAL, TEXT (str, or bytes), BLOB, NULL. */
function sqliteValueToPython(s: Sqlite, type: number, getters: ValueGetters, textAsBytes: boolean): PyObject {
  switch (type) {
    case SQLITE_INTEGER:
      return int64(getters.int64());
    case SQLITE_FLOAT:
      return PyFloat_FromDouble(getters.double());
    case SQLITE_TEXT: {
      const p = getters.text();
      const b = s.readBytes(p, getters.bytes());
      return textAsBytes ? PyBytes_FromBytes(b) : PyStr_FromString(utf8.decode(b));
    }
    case SQLITE_BLOB: {
      const n = getters.bytes();
      const p = getters.blob();
      return PyBytes_FromBytes(n === 0 ? new Uint8Array(0) : s.readBytes(p, n));
    }
    default:
      return Py_NewRef(Py_None);
  }
}

interface ValueGetters {
  int64(): bigint;
  double(): number;
  text(): number;
  blob(): number;
  bytes(): number;
}

function columnValue(s: Sqlite, stmt: number, i: number, textAsBytes: boolean): PyObject {
  const x = s.x;
  return sqliteValueToPython(
    s,
    x.sqlite3_column_type(stmt, i),
    {
      int64: () => x.sqlite3_column_int64(stmt, i),
      double: () => x.sqlite3_column_double(stmt, i),
      text: () => x.sqlite3_column_text(stmt, i),
      blob: () => x.sqlite3_column_blob(stmt, i),
      bytes: () => x.sqlite3_column_bytes(stmt, i),
    },
    textAsBytes,
  );
}

function argValue(s: Sqlite, v: number): PyObject {
  const x = s.x;
  return sqliteValueToPython(
    s,
    x.sqlite3_value_type(v),
    {
      int64: () => x.sqlite3_value_int64(v),
      double: () => x.sqlite3_value_double(v),
      text: () => x.sqlite3_value_text(v),
      blob: () => x.sqlite3_value_blob(v),
      bytes: () => x.sqlite3_value_bytes(v),
    },
    false,
  );
}

/** The Python arguments of a callback: argv[0..argc) of sqlite3_value*. */
function callbackArgs(s: Sqlite, argc: number, argv: number): PyObject[] {
  const dv = s.dv();
  const out: PyObject[] = [];
  for (let i = 0; i < argc; i++) out.push(argValue(s, dv.getUint32(argv + i * 4, true)));
  return out;
}

/** Sets a function's result from a Python value; false for a type SQLite cannot hold. */
function setResult(s: Sqlite, ctx: number, v: PyObject): boolean {
  const x = s.x;
  if (v === Py_None) x.sqlite3_result_null(ctx);
  else if (v instanceof PyInt) x.sqlite3_result_int64(ctx, toInt64(v));
  else if (v instanceof PyFloat) x.sqlite3_result_double(ctx, v.value);
  else if (v instanceof PyStr) {
    const b = utf8Of(v);
    const p = s.cbytes(b);
    x.sqlite3_result_text(ctx, p, b.length, SQLITE_TRANSIENT);
    x.free(p);
  } else {
    const b = bufferBytes(v);
    if (b === null) return false;
    const p = s.cbytes(b);
    x.sqlite3_result_blob(ctx, p, b.length, SQLITE_TRANSIENT);
    x.free(p);
  }
  return true;
}

/** The error a failed callback reports (set_sqlite_error): MemoryError and OverflowError keep their SQLite codes. */
function callbackError(s: Sqlite, ctx: number, e: unknown, callable: PyObject, message: string): void {
  callbackFailed(e, callable);
  if (exceptionMatches(e, PyExc_MemoryError)) s.x.sqlite3_result_error_nomem(ctx);
  else if (exceptionMatches(e, PyExc_OverflowError)) s.x.sqlite3_result_error_toobig(ctx);
  else resultError(s, ctx, message);
}

function resultError(s: Sqlite, ctx: number, message: string): void {
  const p = s.cstring(message);
  s.x.sqlite3_result_error(ctx, p, -1);
  s.x.free(p);
}

let callbackTracebacks = false;

/** A Python exception inside a callback: shown as unraisable when enabled, else dropped (print_or_clear_traceback). */
function callbackFailed(e: unknown, callable: PyObject): void {
  if (!isPyException(e)) throw e;
  if (callbackTracebacks) PyErr_WriteUnraisable(e, callable);
}

/** Callables registered with SQLite, by the id passed as their user-data pointer. */
const callbacks = new Map<number, PyObject>();
/** Aggregate instances, by the id stored in their sqlite3_aggregate_context. */
const aggregates = new Map<number, PyObject>();
let nextId = 1;

function releaseHook(d: PySqliteDb, kind: "authorizer" | "progress" | "trace"): void {
  const id = d.hooks[kind];
  d.hooks[kind] = 0;
  const fn = callbacks.get(id);
  callbacks.delete(id);
  if (fn !== undefined) Py_DECREF(fn);
}

interface Trampolines {
  value: number;
  inverse: number;
  authorizer: number;
  progress: number;
  trace: number;
  func: number;
  step: number;
  final: number;
  compare: number;
  destroy: number;
}
let trampolines: Trampolines | null = null;

function callbackTrampolines(s: Sqlite): Trampolines {
  if (trampolines !== null) return trampolines;
  const x = s.x;
  const func = (ctx: number, argc: number, argv: number): void => {
    const fn = callbacks.get(x.sqlite3_user_data(ctx))!;
    const args = callbackArgs(s, argc, argv);
    let r: PyObject;
    try {
      r = PyObject_Call(fn, args, null);
    } catch (e) {
      callbackError(s, ctx, e, fn, "user-defined function raised exception");
      return;
    } finally {
      for (const a of args) Py_DECREF(a);
    }
    try {
      if (!setResult(s, ctx, r)) resultError(s, ctx, "user-defined function raised exception");
    } catch (e) {
      callbackError(s, ctx, e, fn, "user-defined function raised exception");
    } finally {
      Py_DECREF(r);
    }
  };
  const instanceOf = (ctx: number, create: boolean): PyObject | null => {
    const slot = x.sqlite3_aggregate_context(ctx, create ? 4 : 0);
    if (slot === 0) return null;
    const id = s.dv().getUint32(slot, true);
    if (id !== 0) return aggregates.get(id) ?? null;
    if (!create) return null;
    const cls = callbacks.get(x.sqlite3_user_data(ctx))!;
    const inst = PyObject_Call(cls, [], null);
    const newId = nextId++;
    aggregates.set(newId, inst);
    s.dv().setUint32(slot, newId, true);
    return inst;
  };
  /** The aggregate's class: what an unraisable report names, as CPython's callback context does. */
  const aggregateClass = (ctx: number): PyObject => callbacks.get(x.sqlite3_user_data(ctx))!;
  const step = (ctx: number, argc: number, argv: number): void => {
    let inst: PyObject | null;
    try {
      inst = instanceOf(ctx, true);
    } catch (e) {
      const cls = callbacks.get(x.sqlite3_user_data(ctx))!;
      callbackError(s, ctx, e, cls, "user-defined aggregate's '__init__' method raised error");
      return;
    }
    if (inst === null) return;
    let method: PyObject;
    try {
      method = PyObject_GetAttrString(inst, "step");
    } catch (e) {
      callbackError(s, ctx, e, aggregateClass(ctx), "user-defined aggregate's 'step' method not defined");
      return;
    }
    const args = callbackArgs(s, argc, argv);
    try {
      Py_DECREF(PyObject_Call(method, args, null));
    } catch (e) {
      callbackError(s, ctx, e, aggregateClass(ctx), "user-defined aggregate's 'step' method raised error");
    } finally {
      for (const a of args) Py_DECREF(a);
      Py_DECREF(method);
    }
  };
  const final = (ctx: number): void => {
    const slot = x.sqlite3_aggregate_context(ctx, 0);
    const id = slot === 0 ? 0 : s.dv().getUint32(slot, true);
    const inst = id === 0 ? null : (aggregates.get(id) ?? null);
    if (inst === null) {
      // No row reached step (or its __init__ failed): the aggregate of nothing is NULL.
      x.sqlite3_result_null(ctx);
      return;
    }
    aggregates.delete(id);
    try {
      let method: PyObject;
      try {
        method = PyObject_GetAttrString(inst, "finalize");
      } catch (e) {
        callbackError(
          s,
          ctx,
          e,
          aggregateClass(ctx),
          "user-defined aggregate's 'finalize' method not defined",
        );
        return;
      }
      let r: PyObject;
      try {
        r = PyObject_Call(method, [], null);
      } catch (e) {
        callbackError(
          s,
          ctx,
          e,
          aggregateClass(ctx),
          "user-defined aggregate's 'finalize' method raised error",
        );
        return;
      } finally {
        Py_DECREF(method);
      }
      try {
        if (!setResult(s, ctx, r))
          resultError(s, ctx, "user-defined aggregate's 'finalize' method raised error");
      } catch (e) {
        callbackError(
          s,
          ctx,
          e,
          aggregateClass(ctx),
          "user-defined aggregate's 'finalize' method raised error",
        );
      } finally {
        Py_DECREF(r);
      }
    } finally {
      Py_DECREF(inst);
    }
  };
  // Window functions: value() reports the current frame's result, inverse() removes a row.
  const windowValue = (ctx: number): void => {
    const slot = x.sqlite3_aggregate_context(ctx, 0);
    const id = slot === 0 ? 0 : s.dv().getUint32(slot, true);
    const inst = id === 0 ? null : (aggregates.get(id) ?? null);
    if (inst === null) {
      x.sqlite3_result_null(ctx);
      return;
    }
    let method: PyObject;
    try {
      method = PyObject_GetAttrString(inst, "value");
    } catch (e) {
      callbackError(s, ctx, e, aggregateClass(ctx), "user-defined aggregate's 'value' method not defined");
      return;
    }
    try {
      const r = PyObject_Call(method, [], null);
      try {
        if (!setResult(s, ctx, r))
          resultError(s, ctx, "user-defined aggregate's 'value' method raised error");
      } finally {
        Py_DECREF(r);
      }
    } catch (e) {
      callbackError(s, ctx, e, aggregateClass(ctx), "user-defined aggregate's 'value' method raised error");
    } finally {
      Py_DECREF(method);
    }
  };
  const windowInverse = (ctx: number, argc: number, argv: number): void => {
    const slot = x.sqlite3_aggregate_context(ctx, 0);
    const id = slot === 0 ? 0 : s.dv().getUint32(slot, true);
    const inst = id === 0 ? null : (aggregates.get(id) ?? null);
    if (inst === null) return;
    let method: PyObject;
    try {
      method = PyObject_GetAttrString(inst, "inverse");
    } catch (e) {
      callbackError(s, ctx, e, aggregateClass(ctx), "user-defined aggregate's 'inverse' method not defined");
      return;
    }
    const args = callbackArgs(s, argc, argv);
    try {
      Py_DECREF(PyObject_Call(method, args, null));
    } catch (e) {
      callbackError(s, ctx, e, aggregateClass(ctx), "user-defined aggregate's 'inverse' method raised error");
    } finally {
      for (const a of args) Py_DECREF(a);
      Py_DECREF(method);
    }
  };
  const compare = (id: number, n1: number, p1: number, n2: number, p2: number): number => {
    const fn = callbacks.get(id)!;
    const a = PyStr_FromString(utf8.decode(s.readBytes(p1, n1)));
    const b = PyStr_FromString(utf8.decode(s.readBytes(p2, n2)));
    try {
      const r = PyObject_Call(fn, [a, b], null);
      try {
        if (!(r instanceof PyInt)) return 0;
        const v = BigInt(r.value);
        return v < 0n ? -1 : v > 0n ? 1 : 0;
      } finally {
        Py_DECREF(r);
      }
    } catch (e) {
      callbackFailed(e, fn);
      return 0;
    } finally {
      Py_DECREF(a);
      Py_DECREF(b);
    }
  };
  const destroy = (id: number): void => {
    const fn = callbacks.get(id);
    callbacks.delete(id);
    if (fn !== undefined) Py_DECREF(fn);
  };
  const optionalText = (p: number): PyObject =>
    p === 0 ? Py_NewRef(Py_None) : PyStr_FromString(s.readCString(p));
  const authorizer = (
    id: number,
    action: number,
    a1: number,
    a2: number,
    dbName: number,
    trigger: number,
  ): number => {
    // authorizer_callback: an int result is the verdict; anything else, or an exception, denies.
    const fn = callbacks.get(id)!;
    const args = [
      int(action),
      optionalText(a1),
      optionalText(a2),
      optionalText(dbName),
      optionalText(trigger),
    ];
    try {
      const r = PyObject_Call(fn, args, null);
      try {
        return r instanceof PyInt ? PyLong_AsInt(r) : SQLITE_DENY;
      } finally {
        Py_DECREF(r);
      }
    } catch (e) {
      callbackFailed(e, fn);
      return SQLITE_DENY;
    } finally {
      for (const a of args) Py_DECREF(a);
    }
  };
  const progress = (id: number): number => {
    // A true result (or an exception) interrupts the statement.
    const fn = callbacks.get(id)!;
    try {
      const r = PyObject_Call(fn, [], null);
      try {
        return PyObject_IsTrue(r) ? 1 : 0;
      } finally {
        Py_DECREF(r);
      }
    } catch (e) {
      callbackFailed(e, fn);
      return 1;
    }
  };
  const trace = (mask: number, id: number, stmt: number, sql: number): number => {
    if (mask !== SQLITE_TRACE_STMT) return 0;
    const fn = callbacks.get(id);
    if (fn === undefined) return 0;
    // The statement with its parameters' values in place, as 3.11 reports it (else as written).
    const expanded = x.sqlite3_expanded_sql(stmt);
    const text = PyStr_FromString(s.readCString(expanded !== 0 ? expanded : sql));
    if (expanded !== 0) x.sqlite3_free(expanded);
    try {
      Py_DECREF(PyObject_Call(fn, [text], null));
    } catch (e) {
      callbackFailed(e, fn);
    } finally {
      Py_DECREF(text);
    }
    return 0;
  };
  trampolines = {
    value: s.addFunction(windowValue, "vi"),
    inverse: s.addFunction(windowInverse, "viii"),
    authorizer: s.addFunction(authorizer, "iiiiiii"),
    progress: s.addFunction(progress, "ii"),
    trace: s.addFunction(trace, "iiiii"),
    func: s.addFunction(func, "viii"),
    step: s.addFunction(step, "viii"),
    final: s.addFunction(final, "vi"),
    compare: s.addFunction(compare, "iiiiii"),
    destroy: s.addFunction(destroy, "vi"),
  };
  return trampolines;
}

function register(callable: PyObject): number {
  const id = nextId++;
  Py_INCREF(callable);
  callbacks.set(id, callable);
  return id;
}

function createModule(): PyModule {
  const m = PyModule_New("_sqlite3_wasm");
  const s = (): Sqlite => {
    try {
      return sqlite();
    } catch (e) {
      // No wasm to load (a host that supplies none, a failed fetch): a Python ImportError.
      if (isPyException(e)) throw e;
      raise(PyExc_ImportError, `SQLite could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  PyModule_AddFunctions(m, [
    {
      name: "libversion",
      impl: () => PyStr_FromString(s().readCString(s().x.sqlite3_libversion())),
      doc: "libversion() -> sqlite3_libversion()",
    },
    {
      name: "open",
      impl: (_m, args) => {
        const { x, cstring, dv } = s();
        const name = cstring(strArg(args[0]));
        const pp = x.malloc(4);
        // The "unix" VFS (the build's default is "unix-none", which never locks): with it
        // two connections to one file lock each other out as in python3.
        const vfs = cstring("unix");
        const rc = x.sqlite3_open_v2(name, pp, intArg(args[1]), vfs);
        x.free(vfs);
        const db = new PySqliteDb(Db_Type);
        allocateObject(db, 24);
        db.db = dv().getUint32(pp, true);
        x.free(pp);
        x.free(name);
        if (db.db !== 0) {
          // CPython's sqlite (Debian's build) accepts "double-quoted" string literals.
          x.sqlite3__wasm_db_config_ip(db.db, SQLITE_DBCONFIG_DQS_DML, 1, 0);
          x.sqlite3__wasm_db_config_ip(db.db, SQLITE_DBCONFIG_DQS_DDL, 1, 0);
        }
        return PyTuple_New([int(rc), db]);
      },
      doc: "open(filename, flags) -> (rc, db)",
    },
    {
      name: "close",
      impl: (_m, args) => {
        dbArg(args[0]);
        return int(closeDb(args[0] as PySqliteDb));
      },
      doc: "close(db) -> rc",
    },
    {
      name: "errmsg",
      impl: (_m, args) => PyStr_FromString(s().readCString(s().x.sqlite3_errmsg(dbArg(args[0])))),
      doc: "errmsg(db) -> str",
    },
    {
      name: "errcode",
      impl: (_m, args) => int(s().x.sqlite3_extended_errcode(dbArg(args[0]))),
      doc: "errcode(db) -> extended result code",
    },
    {
      name: "errstr",
      impl: (_m, args) => PyStr_FromString(s().readCString(s().x.sqlite3_errstr(intArg(args[0])))),
      doc: "errstr(rc) -> str",
    },
    {
      name: "prepare",
      impl: (_m, args) => {
        // sqlite3_prepare_v2 of the first statement; the SQL after it comes back as `tail`.
        const { x, dv, cbytes } = s();
        const owner = args[0] as PySqliteDb;
        const db = dbArg(owner);
        strArg(args[1]);
        const bytes = utf8Of(args[1] as PyStr);
        const sql = cbytes(bytes);
        const pp = x.malloc(8);
        const rc = x.sqlite3_prepare_v2(db, sql, bytes.length, pp, pp + 4);
        const stmt = dv().getUint32(pp, true);
        const tailAt = dv().getUint32(pp + 4, true) - sql;
        x.free(pp);
        x.free(sql);
        const tail = PyStr_FromString(
          utf8.decode(bytes.subarray(Math.max(0, Math.min(tailAt, bytes.length)))),
        );
        if (stmt === 0) return PyTuple_New([int(rc), Py_NewRef(Py_None), tail]);
        const o = new PySqliteStmt(Stmt_Type);
        allocateObject(o, 24);
        o.stmt = stmt;
        o.owner = owner;
        owner.stmts.add(o);
        return PyTuple_New([int(rc), o, tail]);
      },
      doc: "prepare(db, sql) -> (rc, stmt or None, tail)",
    },
    {
      name: "finalize",
      impl: (_m, args) => {
        stmtArg(args[0]);
        return int(finalizeStmt(args[0] as PySqliteStmt));
      },
      doc: "finalize(stmt) -> rc",
    },
    {
      name: "bind",
      impl: (_m, args) => {
        // -1: a type SQLite cannot hold (the caller raises ProgrammingError).
        const { x, cbytes } = s();
        const stmt = stmtArg(args[0]);
        const i = intArg(args[1]);
        const v = args[2]!;
        if (v === Py_None) return int(x.sqlite3_bind_null(stmt, i));
        if (v instanceof PyInt) return int(x.sqlite3_bind_int64(stmt, i, toInt64(v)));
        if (v instanceof PyFloat) return int(x.sqlite3_bind_double(stmt, i, v.value));
        if (v instanceof PyStr) {
          // With its byte length: the text may hold NUL characters.
          const b = utf8Of(v);
          const p = cbytes(b);
          const rc = x.sqlite3_bind_text(stmt, i, p, b.length, SQLITE_TRANSIENT);
          x.free(p);
          return int(rc);
        }
        const b = bufferBytes(v);
        if (b === null) return int(-1);
        const p = cbytes(b);
        const rc = x.sqlite3_bind_blob(stmt, i, p, b.length, SQLITE_TRANSIENT);
        x.free(p);
        return int(rc);
      },
      doc: "bind(stmt, index, value) -> rc (-1: unsupported type)",
    },
    {
      name: "param_count",
      impl: (_m, args) => int(s().x.sqlite3_bind_parameter_count(stmtArg(args[0]))),
      doc: "param_count(stmt) -> int",
    },
    {
      name: "param_name",
      impl: (_m, args) => {
        const p = s().x.sqlite3_bind_parameter_name(stmtArg(args[0]), intArg(args[1]));
        return p === 0 ? Py_NewRef(Py_None) : PyStr_FromString(s().readCString(p));
      },
      doc: "param_name(stmt, index) -> str or None",
    },
    {
      name: "step",
      impl: (_m, args) => int(s().x.sqlite3_step(stmtArg(args[0]))),
      doc: "step(stmt) -> rc",
    },
    {
      name: "reset",
      impl: (_m, args) => {
        const o = args[0] as PySqliteStmt;
        stmtArg(o);
        return int(o.stmt === 0 ? SQLITE_OK : s().x.sqlite3_reset(o.stmt));
      },
      doc: "reset(stmt) -> rc",
    },
    {
      name: "clear_bindings",
      impl: (_m, args) => int(s().x.sqlite3_clear_bindings(stmtArg(args[0]))),
      doc: "clear_bindings(stmt) -> rc",
    },
    {
      name: "lease",
      impl: (_m, args) => {
        stmtArg(args[0]);
        const l = new PyStmtLease(Lease_Type);
        allocateObject(l, 24);
        l.target = Py_NewRef(args[0] as PySqliteStmt);
        return l;
      },
      doc: "lease(stmt) -> an object that resets stmt when freed",
    },
    {
      name: "busy",
      impl: (_m, args) => PyBool_FromBool(s().x.sqlite3_stmt_busy(stmtArg(args[0])) !== 0),
      doc: "busy(stmt) -> whether stmt has stepped without finishing or being reset",
    },
    {
      name: "readonly",
      impl: (_m, args) => PyBool_FromBool(s().x.sqlite3_stmt_readonly(stmtArg(args[0])) !== 0),
      doc: "readonly(stmt) -> bool",
    },
    {
      name: "column_count",
      impl: (_m, args) => int(s().x.sqlite3_column_count(stmtArg(args[0]))),
      doc: "column_count(stmt) -> int",
    },
    {
      name: "column_names",
      impl: (_m, args) => {
        const { x, readCString } = s();
        const stmt = stmtArg(args[0]);
        const n = x.sqlite3_column_count(stmt);
        const names: PyObject[] = [];
        for (let i = 0; i < n; i++) names.push(PyStr_FromString(readCString(x.sqlite3_column_name(stmt, i))));
        return PyTuple_New(names);
      },
      doc: "column_names(stmt) -> tuple of str",
    },
    {
      name: "column_decltypes",
      impl: (_m, args) => {
        const { x, readCString } = s();
        const stmt = stmtArg(args[0]);
        const n = x.sqlite3_column_count(stmt);
        const types: PyObject[] = [];
        for (let i = 0; i < n; i++) {
          const p = x.sqlite3_column_decltype(stmt, i);
          types.push(p === 0 ? Py_NewRef(Py_None) : PyStr_FromString(readCString(p)));
        }
        return PyTuple_New(types);
      },
      doc: "column_decltypes(stmt) -> tuple of str or None",
    },
    {
      name: "row",
      impl: (_m, args) => {
        // The current row's values; with text_as_bytes, TEXT columns as bytes (for a text_factory).
        const sq = s();
        const stmt = stmtArg(args[0]);
        const asBytes = args[1] !== undefined && intArg(args[1]) !== 0;
        const n = sq.x.sqlite3_data_count(stmt);
        const values: PyObject[] = [];
        for (let i = 0; i < n; i++) values.push(columnValue(sq, stmt, i, asBytes));
        return PyTuple_New(values);
      },
      doc: "row(stmt, text_as_bytes=0) -> tuple",
    },
    {
      name: "column_type",
      impl: (_m, args) => int(s().x.sqlite3_column_type(stmtArg(args[0]), intArg(args[1]))),
      doc: "column_type(stmt, i) -> SQLITE_INTEGER ... SQLITE_NULL",
    },
    {
      name: "changes",
      impl: (_m, args) => int(s().x.sqlite3_changes(dbArg(args[0]))),
      doc: "changes(db) -> int",
    },
    {
      name: "total_changes",
      impl: (_m, args) => int(s().x.sqlite3_total_changes(dbArg(args[0]))),
      doc: "total_changes(db) -> int",
    },
    {
      name: "last_insert_rowid",
      impl: (_m, args) => int64(s().x.sqlite3_last_insert_rowid(dbArg(args[0]))),
      doc: "last_insert_rowid(db) -> int",
    },
    {
      name: "autocommit",
      impl: (_m, args) => PyBool_FromBool(s().x.sqlite3_get_autocommit(dbArg(args[0])) !== 0),
      doc: "autocommit(db) -> bool",
    },
    {
      name: "complete",
      impl: (_m, args) => {
        const { x, cstring } = s();
        const p = cstring(strArg(args[0]));
        const r = x.sqlite3_complete(p);
        x.free(p);
        return PyBool_FromBool(r !== 0);
      },
      doc: "complete(sql) -> bool",
    },
    {
      name: "interrupt",
      impl: (_m, args) => {
        s().x.sqlite3_interrupt(dbArg(args[0]));
        return Py_NewRef(Py_None);
      },
      doc: "interrupt(db)",
    },
    {
      name: "busy_timeout",
      impl: (_m, args) => int(s().x.sqlite3_busy_timeout(dbArg(args[0]), intArg(args[1]))),
      doc: "busy_timeout(db, ms) -> rc",
    },
    {
      name: "limit",
      impl: (_m, args) => int(s().x.sqlite3_limit(dbArg(args[0]), intArg(args[1]), intArg(args[2]))),
      doc: "limit(db, category, value) -> previous value",
    },
    {
      name: "enable_callback_tracebacks",
      impl: (_m, args) => {
        callbackTracebacks = intArg(args[0]) !== 0;
        return Py_NewRef(Py_None);
      },
      doc: "enable_callback_tracebacks(flag)",
    },
    {
      name: "set_hook",
      impl: (_m, args) => {
        // set_hook(db, kind, callable or None, n): installs (or with None removes) the
        // authorizer, the progress handler (every n instructions) or the trace callback.
        const sq = s();
        const d = args[0] as PySqliteDb;
        const db = dbArg(d);
        const kind = strArg(args[1]) as "authorizer" | "progress" | "trace";
        const fn = args[2]!;
        const t = callbackTrampolines(sq);
        const id = fn === Py_None ? 0 : register(fn);
        let rc = SQLITE_OK;
        if (kind === "authorizer") rc = sq.x.sqlite3_set_authorizer(db, id === 0 ? 0 : t.authorizer, id);
        else if (kind === "progress")
          sq.x.sqlite3_progress_handler(db, intArg(args[3]), id === 0 ? 0 : t.progress, id);
        else if (kind === "trace")
          rc = sq.x.sqlite3_trace_v2(db, id === 0 ? 0 : SQLITE_TRACE_STMT, id === 0 ? 0 : t.trace, id);
        else raise(PyExc_TypeError, `unknown hook ${kind}`);
        releaseHook(d, kind);
        d.hooks[kind] = id;
        return int(rc);
      },
      doc: "set_hook(db, 'authorizer' | 'progress' | 'trace', callable or None, n) -> rc",
    },
    {
      name: "backup",
      impl: (_m, args) => {
        // backup(dest, dest_name, src, src_name) -> backup handle (0 on failure: see errcode(dest)).
        const sq = s();
        const dest = sq.cstring(strArg(args[1]));
        const src = sq.cstring(strArg(args[3]));
        const b = sq.x.sqlite3_backup_init(dbArg(args[0]), dest, dbArg(args[2]), src);
        sq.x.free(dest);
        sq.x.free(src);
        return int(b);
      },
      doc: "backup(dest_db, dest_name, src_db, src_name) -> sqlite3_backup* as int",
    },
    {
      name: "backup_step",
      impl: (_m, args) => {
        // backup_step(handle, pages) -> (rc, remaining, pagecount)
        const x = s().x;
        const b = intArg(args[0]);
        const rc = x.sqlite3_backup_step(b, intArg(args[1]));
        return PyTuple_New([int(rc), int(x.sqlite3_backup_remaining(b)), int(x.sqlite3_backup_pagecount(b))]);
      },
      doc: "backup_step(handle, pages) -> (rc, remaining, pagecount)",
    },
    {
      name: "backup_finish",
      impl: (_m, args) => int(s().x.sqlite3_backup_finish(intArg(args[0]))),
      doc: "backup_finish(handle) -> rc",
    },
    {
      name: "create_function",
      impl: (_m, args) => {
        // create_function(db, name, narg, func or None, deterministic) -> rc
        const sq = s();
        const db = dbArg(args[0]);
        const name = sq.cstring(strArg(args[1]));
        const fn = args[3]!;
        const flags = SQLITE_UTF8 | (intArg(args[4]) !== 0 ? SQLITE_DETERMINISTIC : 0);
        const t = callbackTrampolines(sq);
        // None is registered like any callable (calling it fails), as CPython 3.11 does.
        const rc = sq.x.sqlite3_create_function_v2(
          db,
          name,
          intArg(args[2]),
          flags,
          register(fn),
          t.func,
          0,
          0,
          t.destroy,
        );
        sq.x.free(name);
        return int(rc);
      },
      doc: "create_function(db, name, narg, func, deterministic) -> rc",
    },
    {
      name: "create_aggregate",
      impl: (_m, args) => {
        const sq = s();
        const db = dbArg(args[0]);
        const name = sq.cstring(strArg(args[1]));
        const cls = args[3]!;
        const t = callbackTrampolines(sq);
        const rc = sq.x.sqlite3_create_function_v2(
          db,
          name,
          intArg(args[2]),
          SQLITE_UTF8,
          register(cls),
          0,
          t.step,
          t.final,
          t.destroy,
        );
        sq.x.free(name);
        return int(rc);
      },
      doc: "create_aggregate(db, name, narg, aggregate_class) -> rc",
    },
    {
      name: "create_window_function",
      impl: (_m, args) => {
        // create_window_function(db, name, narg, class or None) -> rc; None removes it.
        const sq = s();
        const db = dbArg(args[0]);
        const name = sq.cstring(strArg(args[1]));
        const cls = args[3]!;
        const t = callbackTrampolines(sq);
        const narg = intArg(args[2]);
        const rc =
          cls === Py_None
            ? sq.x.sqlite3_create_window_function(db, name, narg, SQLITE_UTF8, 0, 0, 0, 0, 0, 0)
            : sq.x.sqlite3_create_window_function(
                db,
                name,
                narg,
                SQLITE_UTF8,
                register(cls),
                t.step,
                t.final,
                t.value,
                t.inverse,
                t.destroy,
              );
        sq.x.free(name);
        return int(rc);
      },
      doc: "create_window_function(db, name, narg, aggregate_class) -> rc",
    },
    {
      name: "create_collation",
      impl: (_m, args) => {
        const sq = s();
        const db = dbArg(args[0]);
        const name = sq.cstring(strArg(args[1]));
        const fn = args[2]!;
        const t = callbackTrampolines(sq);
        const rc =
          fn === Py_None
            ? sq.x.sqlite3_create_collation_v2(db, name, SQLITE_UTF8, 0, 0, 0)
            : sq.x.sqlite3_create_collation_v2(db, name, SQLITE_UTF8, register(fn), t.compare, t.destroy);
        sq.x.free(name);
        return int(rc);
      },
      doc: "create_collation(db, name, callable) -> rc",
    },
  ]);
  return m;
}

export function registerSqlite3WasmModule(): void {
  registerBuiltinModule("_sqlite3_wasm", createModule);
}
