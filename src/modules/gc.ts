/**
 * The `gc` module (CPython 3.11's Modules/gcmodule.c, the Python-visible half): collect, enable/
 * disable, thresholds and counts, statistics, `gc.callbacks`, `gc.garbage`, object enumeration
 * (get_objects / get_referrers / get_referents), tracking and finalization queries, freezing and
 * the DEBUG_* flags. The collector itself is src/memory/gc.ts.
 *
 * This module also hosts PyErr_WriteUnraisable (Python/errors.c): how exceptions that cannot be
 * raised (from `__del__`, weakref callbacks, gc callbacks) are reported, through
 * `sys.unraisablehook` when the program set one, otherwise in CPython's "Exception ignored in:"
 * format on sys.stderr.
 */
import {
  DEBUG_COLLECTABLE,
  DEBUG_LEAK,
  DEBUG_SAVEALL,
  DEBUG_STATS,
  DEBUG_UNCOLLECTABLE,
  gc,
  NUM_GENERATIONS,
} from "../memory/gc.js";
import {
  PyNumber_Index,
  PyObject_Call,
  PyObject_GetAttrString,
  PyObject_Repr,
  PyObject_Str,
} from "../objects/abstract.js";
import { noArgs, oneArg, parseArgs } from "../objects/args.js";
import { PyBool_FromBool } from "../objects/bool.js";
import { PyDict_New, PyDict_SetItemString } from "../objects/dict.js";
import {
  isPyException,
  type PyBaseException,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "../objects/exceptions.js";
import { PyInt, PyInt_FromNumber, PyInt_FromSsize_t } from "../objects/int.js";
import { type PyList, PyList_Append, PyList_New } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import {
  type PyModule,
  PyModule_Add,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { PyStr, PyStr_FromString } from "../objects/str.js";
import { newStructSeqType, type PyStructSeq, structSeqNew } from "../objects/structseq.js";
import { PyTraceBack_Here, PyTraceback } from "../objects/traceback.js";
import { _PyTuple_TemporaryArgs, PyObject_IS_GC, type PyTuple, PyTuple_New } from "../objects/tuple.js";
import { type PyType, TypeFlag } from "../objects/type.js";
import { typeLookupString } from "../objects/typeobject.js";
import { tstate } from "../vm/state.js";
import { formatException } from "../vm/traceback_print.js";
import { importState, registerBuiltinModule } from "./importlib.js";
import { fileWriteString } from "./io_files.js";
import { PySys_GetObject } from "./sys.js";

// ---------------------------------------------------------------------------------------------
// per-run state: the gc.garbage and gc.callbacks lists (CPython keeps them in the GC state, so
// rebinding the module attributes does not change what the collector uses)

interface GcModuleState {
  /** The run these lists belong to (its sys.modules dict). */
  run: PyObject | null;
  garbage: PyList | null;
  callbacks: PyList | null;
}

const state: GcModuleState = { run: null, garbage: null, callbacks: null };

function currentState(): GcModuleState {
  const run = importState.modules;
  if (state.run !== run) {
    state.run = run;
    state.garbage = null;
    state.callbacks = null;
  }
  return state;
}

/**
 * Whether the collections of interpreter shutdown could be seen through this run's gc module:
 * callbacks to call, or objects already in gc.garbage.
 */
export function gcListsInUse(): boolean {
  const s = currentState();
  return (
    (s.callbacks !== null && s.callbacks.items.length > 0) ||
    (s.garbage !== null && s.garbage.items.length > 0)
  );
}

function garbageList(): PyList {
  const s = currentState();
  if (s.garbage === null) s.garbage = PyList_New([]);
  return s.garbage;
}

function callbacksList(): PyList {
  const s = currentState();
  if (s.callbacks === null) s.callbacks = PyList_New([]);
  return s.callbacks;
}

// ---------------------------------------------------------------------------------------------
// hooks the collector calls (wired by src/objects/bootstrap.ts)

/** invoke_gc_callback: calls every gc.callbacks entry with (phase, info). */
export function invokeGcCallbacks(
  phase: "start" | "stop",
  info: { generation: number; collected: number; uncollectable: number },
): void {
  const s = currentState();
  const callbacks = s.callbacks;
  if (callbacks === null || callbacks.items.length === 0) return;
  const dict = PyDict_New();
  // Py_BuildValue("{sisnsn}"): the generation from a C int, the counts from Py_ssize_t
  const put = (k: string, v: number, make = PyInt_FromSsize_t) => {
    const n = make(v);
    PyDict_SetItemString(dict, k, n);
    Py_DECREF(n);
  };
  put("generation", info.generation, PyInt_FromNumber);
  put("collected", info.collected);
  put("uncollectable", info.uncollectable);
  for (let i = 0; i < callbacks.items.length; i++) {
    const cb = callbacks.items[i]!;
    Py_INCREF(cb);
    // PyObject_CallFunction(cb, "sO", phase, info): 3.11 builds the two arguments on the C
    // stack and makes a vectorcall, so no argument tuple is allocated (gc.get_count() shows it).
    const phaseStr = PyStr_FromString(phase);
    try {
      const r = PyObject_Call(cb, [phaseStr, dict], null);
      Py_DECREF(r);
    } catch (e) {
      PyErr_WriteUnraisable(e, cb);
    } finally {
      Py_DECREF(phaseStr);
      Py_DECREF(cb);
    }
  }
  Py_DECREF(dict);
}

/** DEBUG_SAVEALL: the collector hands unreachable objects to gc.garbage. */
export function appendGarbage(o: PyObject): void {
  PyList_Append(garbageList(), o);
}

/** PySys_WriteStderr for the collector's debugging output. */
export function writeStderr(text: string): void {
  const err = PySys_GetObject("stderr");
  if (err === null || err === Py_None) return;
  try {
    fileWriteString(err, text);
  } catch (e) {
    if (!isPyException(e)) throw e;
    Py_DECREF(e);
  }
}

// ---------------------------------------------------------------------------------------------
// PyErr_WriteUnraisable

const UnraisableHookArgs_Type = newStructSeqType({
  name: "UnraisableHookArgs",
  fields: ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"],
});

/**
 * Reports an exception that cannot propagate (CPython's _PyErr_WriteUnraisableMsg). `e` is the
 * thrown value (its reference is consumed); `obj` is the object the error happened in (shown as
 * "Exception ignored in: <repr>"), `errMsg` replaces "Exception ignored in".
 */
export function PyErr_WriteUnraisable(e: unknown, obj: PyObject | null, errMsg: string | null = null): void {
  if (!isPyException(e)) throw e;
  let exc: PyBaseException = e;
  if (exc.traceback === null && tstate.frame !== null) {
    // An exception raised in native code has no traceback: CPython uses the current frame.
    exc.traceback = PyTraceBack_Here(tstate.frame, null);
  }
  let hookObj: PyObject | null = obj;
  let msg = errMsg;
  const hook = PySys_GetObject("unraisablehook");
  if (hook !== null && hook !== Py_None) {
    const args = unraisableArgs(exc, msg, obj);
    Py_INCREF(hook);
    try {
      const r = PyObject_Call(hook, [args], null);
      Py_DECREF(r);
      Py_DECREF(exc);
      return;
    } catch (e2) {
      if (!isPyException(e2)) throw e2;
      // sys.unraisablehook failed: report its own error with the default hook.
      Py_DECREF(exc);
      exc = e2;
      hookObj = hook;
      msg = "Exception ignored in sys.unraisablehook";
    } finally {
      Py_DECREF(args);
      Py_DECREF(hook);
    }
    try {
      writeUnraisableDefault(exc, msg, hookObj);
    } finally {
      Py_DECREF(exc);
    }
    return;
  }
  try {
    writeUnraisableDefault(exc, msg, hookObj);
  } finally {
    Py_DECREF(exc);
  }
}

/**
 * sys.unraisablehook's default implementation (sys.__unraisablehook__): prints an
 * UnraisableHookArgs like the default hook. Exported for the sys module to install.
 */
export const SYS_UNRAISABLEHOOK_DEF: MethodDef = {
  name: "unraisablehook",
  impl: (_m, args, kwnames) => {
    const a = oneArg("unraisablehook", args, kwnames);
    if (a.ob_type !== UnraisableHookArgs_Type) {
      raise(PyExc_TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
    }
    const fields = a as PyStructSeq;
    const value = fields.items[1]!;
    const msg = fields.items[3]!;
    const obj = fields.items[4]!;
    if (isPyException(value)) {
      writeUnraisableDefault(value, msg instanceof PyStr ? msg.value : null, obj === Py_None ? null : obj);
    }
    return none();
  },
};

function unraisableArgs(exc: PyBaseException, msg: string | null, obj: PyObject | null): PyObject {
  return structSeqNew(UnraisableHookArgs_Type, [
    Py_NewRef(exc.ob_type),
    Py_NewRef(exc),
    Py_NewRef(exc.traceback ?? Py_None),
    msg === null ? Py_NewRef(Py_None) : PyStr_FromString(msg),
    Py_NewRef(obj ?? Py_None),
  ]);
}

/** The default sys.unraisablehook (write_unraisable_exc_file). */
function writeUnraisableDefault(exc: PyBaseException, msg: string | null, obj: PyObject | null): void {
  const file = PySys_GetObject("stderr");
  if (file === null || file === Py_None) return;
  Py_INCREF(file);
  try {
    let out = "";
    if (obj !== null && obj !== Py_None) {
      out += msg !== null ? `${msg}: ` : "Exception ignored in: ";
      out += safeText(() => PyObject_Repr(obj), "<object repr() failed>");
      out += "\n";
    } else if (msg !== null) {
      out += `${msg}:\n`;
    }
    out += tracebackText(exc);
    out += exceptionTypeName(exc.ob_type);
    out += `: ${safeText(() => PyObject_Str(exc), "<exception str() failed>")}\n`;
    fileWriteString(file, out);
    try {
      const flush = PyObject_GetAttrString(file, "flush");
      Py_DECREF(PyObject_Call(flush, [], null));
      Py_DECREF(flush);
    } catch (e) {
      if (!isPyException(e)) throw e;
      Py_DECREF(e);
    }
  } catch (e) {
    if (!isPyException(e)) throw e;
    Py_DECREF(e);
  } finally {
    Py_DECREF(file);
  }
}

function safeText(f: () => PyObject, fallback: string): string {
  try {
    const s = f();
    const text = s instanceof PyStr ? s.value : fallback;
    Py_DECREF(s);
    return text;
  } catch (e) {
    if (!isPyException(e)) throw e;
    Py_DECREF(e);
    return fallback;
  }
}

/** "module.Qualname" as the unraisable hook prints it (no prefix for builtins and __main__). */
function exceptionTypeName(t: PyType): string {
  let mod: string | null = null;
  try {
    const m = PyObject_GetAttrString(t, "__module__");
    if (m instanceof PyStr) mod = m.value;
    Py_DECREF(m);
  } catch (e) {
    if (!isPyException(e)) throw e;
    Py_DECREF(e);
    return "<unknown>";
  }
  if (mod === null) return `<unknown>${t.ht_qualname}`;
  const prefix = mod === "builtins" || mod === "__main__" ? "" : `${mod}.`;
  return `${prefix}${t.ht_qualname}`;
}

/**
 * PyTraceBack_Print of the exception's own traceback ("Traceback (most recent call last):" and
 * its entries), without chained exceptions and without the final exception line.
 */
function tracebackText(exc: PyBaseException): string {
  if (!(exc.traceback instanceof PyTraceback)) return "";
  const saved = { cause: exc.cause, context: exc.context, suppress: exc.suppressContext, notes: exc.notes };
  exc.cause = null;
  exc.context = null;
  exc.suppressContext = false;
  exc.notes = null;
  try {
    const full = formatException(exc);
    const tb = exc.traceback;
    exc.traceback = null;
    let tail: string;
    try {
      tail = formatException(exc);
    } finally {
      exc.traceback = tb;
    }
    return full.endsWith(tail) ? full.slice(0, full.length - tail.length) : "";
  } finally {
    exc.cause = saved.cause;
    exc.context = saved.context;
    exc.suppressContext = saved.suppress;
    exc.notes = saved.notes;
  }
}

/**
 * The unraisable hook the object layer calls (subtype_dealloc's finalizer errors, generator
 * close errors): a failing `__del__` is reported as CPython does, against the `__del__` function.
 */
export function reportUnraisableFromObject(e: unknown, obj: PyObject): void {
  let target: PyObject = obj;
  if (obj.ob_type.hasFlag(TypeFlag.HEAPTYPE)) {
    const del = typeLookupString(obj.ob_type, "__del__");
    if (del !== null) target = del;
  }
  Py_INCREF(target);
  try {
    PyErr_WriteUnraisable(e, target);
  } finally {
    Py_DECREF(target);
  }
}

// ---------------------------------------------------------------------------------------------
// argument helpers

/** Argument Clinic's `int` converter (_PyLong_AsInt). */
function asCInt(o: PyObject): number {
  const i = PyNumber_Index(o);
  const v = i.value;
  Py_DECREF(i);
  if (typeof v !== "number" || v > 2147483647 || v < -2147483648) {
    raise(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return v;
}

function none(): PyObject {
  return Py_NewRef(Py_None);
}

function int(n: number): PyObject {
  return PyInt_FromNumber(n);
}

function _listOf(items: PyObject[]): PyList {
  for (const x of items) Py_INCREF(x);
  return PyList_New(items);
}

// ---------------------------------------------------------------------------------------------
// gc functions

function gc_collect(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [g] = parseArgs("collect", args, kwnames, { names: ["generation"], required: 0 });
  const generation = g === null ? NUM_GENERATIONS - 1 : asCInt(g);
  if (generation < 0 || generation >= NUM_GENERATIONS) raise(PyExc_ValueError, "invalid generation");
  return PyInt_FromSsize_t(gc.collect(generation));
}

/**
 * set_threshold, get_referrers and get_referents are METH_VARARGS functions in CPython: the
 * call packs its arguments in a tuple alive for the call, a new (counted) allocation when the
 * tuple free list is empty, as right after a full collection (`gc.collect();
 * gc.set_threshold(700)` leaves gc.get_count() at 1 in python3). Null when no tuple is made.
 */
function varargsTuple(args: PyObject[]): PyTuple | null {
  return _PyTuple_TemporaryArgs(args, 0, args.length, true);
}

function gc_set_threshold(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, "set_threshold() takes no keyword arguments");
  const argsTuple = varargsTuple(args);
  if (argsTuple !== null) Py_DECREF(argsTuple);
  if (args.length < 1) {
    raise(PyExc_TypeError, `set_threshold() takes at least 1 argument (${args.length} given)`);
  }
  if (args.length > 3) {
    raise(PyExc_TypeError, `set_threshold() takes at most 3 arguments (${args.length} given)`);
  }
  const values = args.map(asCInt);
  for (let i = 0; i < values.length; i++) gc.thresholds[i] = values[i]!;
  return none();
}

function gc_get_objects(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [g] = parseArgs("get_objects", args, kwnames, { names: ["generation"], required: 0 });
  let generation = -1;
  if (g !== null && g !== Py_None) {
    if (!(g instanceof PyInt) && g.ob_type.nb_index === null) {
      raise(PyExc_TypeError, `argument should be integer or None, not '${g.ob_type.tp_name}'`);
    }
    const i = PyNumber_Index(g);
    const v = i.value;
    Py_DECREF(i);
    generation = typeof v === "number" ? v : v < 0n ? -2 : NUM_GENERATIONS;
  }
  if (generation !== -1) {
    if (generation >= NUM_GENERATIONS) {
      raise(
        PyExc_ValueError,
        `generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`,
      );
    }
    if (generation < 0) raise(PyExc_ValueError, "generation parameter cannot be negative");
  }
  const result = PyList_New([]);
  const objs = gc.objects(generation === -1 ? null : generation);
  for (const o of objs) if (o !== result) PyList_Append(result, o);
  return result;
}

function traverseOf(o: PyObject, visit: (child: PyObject) => void): void {
  gc.hooks?.traverse(o, visit);
}

function gc_get_referrers(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, "get_referrers() takes no keyword arguments");
  const targets = new Set(args);
  const argsTuple = varargsTuple(args);
  const result = PyList_New([]);
  for (let i = 0; i < NUM_GENERATIONS; i++) {
    for (const o of gc.objects(i)) {
      if (o === result || o === argsTuple) continue;
      let found = false;
      traverseOf(o, (child) => {
        if (!found && targets.has(child)) found = true;
      });
      if (found) PyList_Append(result, o);
    }
  }
  if (argsTuple !== null) Py_DECREF(argsTuple);
  return result;
}

function gc_get_referents(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, "get_referents() takes no keyword arguments");
  const argsTuple = varargsTuple(args);
  const result = PyList_New([]);
  for (const o of args) {
    if (!PyObject_IS_GC(o)) continue;
    traverseOf(o, (child) => PyList_Append(result, child));
  }
  if (argsTuple !== null) Py_DECREF(argsTuple);
  return result;
}

function gc_get_stats(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  noArgs("gc.get_stats", args, kwnames);
  const out: PyObject[] = [];
  for (const s of gc.stats) {
    const d = PyDict_New();
    for (const [k, v] of [
      ["collections", s.collections],
      ["collected", s.collected],
      ["uncollectable", s.uncollectable],
    ] as const) {
      const n = PyInt_FromSsize_t(v);
      PyDict_SetItemString(d, k, n);
      Py_DECREF(n);
    }
    out.push(d);
  }
  return PyList_New(out);
}

const GC_FUNCTIONS: MethodDef[] = [
  {
    name: "enable",
    impl: (_m, a, k) => {
      noArgs("gc.enable", a, k);
      gc.enabled = true;
      return none();
    },
  },
  {
    name: "disable",
    impl: (_m, a, k) => {
      noArgs("gc.disable", a, k);
      gc.enabled = false;
      return none();
    },
  },
  { name: "isenabled", impl: (_m, a, k) => (noArgs("gc.isenabled", a, k), PyBool_FromBool(gc.enabled)) },
  { name: "collect", impl: gc_collect },
  {
    name: "set_debug",
    impl: (_m, a, k) => {
      gc.debug = asCInt(oneArg("gc.set_debug", a, k));
      return none();
    },
  },
  { name: "get_debug", impl: (_m, a, k) => (noArgs("gc.get_debug", a, k), int(gc.debug)) },
  { name: "set_threshold", impl: gc_set_threshold },
  {
    name: "get_threshold",
    impl: (_m, a, k) => (noArgs("gc.get_threshold", a, k), PyTuple_New(gc.thresholds.map((t) => int(t)))),
  },
  {
    name: "get_count",
    impl: (_m, a, k) => (noArgs("gc.get_count", a, k), PyTuple_New(gc.counts.map((c) => int(c)))),
  },
  { name: "get_stats", impl: gc_get_stats },
  { name: "get_objects", impl: gc_get_objects },
  { name: "get_referrers", impl: gc_get_referrers },
  { name: "get_referents", impl: gc_get_referents },
  {
    name: "is_tracked",
    impl: (_m, a, k) => {
      const o = oneArg("gc.is_tracked", a, k);
      return PyBool_FromBool(gc.isTracked(o) || STATIC_DESCRIPTOR_TYPES.has(o.ob_type.tp_name));
    },
  },
  {
    name: "is_finalized",
    impl: (_m, a, k) => {
      const o = oneArg("gc.is_finalized", a, k);
      return PyBool_FromBool(PyObject_IS_GC(o) && gc.isFinalized(o));
    },
  },
  {
    name: "freeze",
    impl: (_m, a, k) => {
      noArgs("gc.freeze", a, k);
      gc.freeze();
      return none();
    },
  },
  {
    name: "unfreeze",
    impl: (_m, a, k) => {
      noArgs("gc.unfreeze", a, k);
      gc.unfreeze();
      return none();
    },
  },
  {
    name: "get_freeze_count",
    impl: (_m, a, k) => (noArgs("gc.get_freeze_count", a, k), PyInt_FromSsize_t(gc.permanent.size)),
  },
];

const GC_DOC =
  "This module provides access to the garbage collector for reference cycles.\n\n" +
  "enable() -- Enable automatic garbage collection.\n" +
  "disable() -- Disable automatic garbage collection.\n" +
  "isenabled() -- Returns true if automatic collection is enabled.\n" +
  "collect() -- Do a full collection right now.\n" +
  "get_count() -- Return the current collection counts.\n" +
  "get_stats() -- Return list of dictionaries containing per-generation stats.\n" +
  "set_debug() -- Set debugging flags.\n" +
  "get_debug() -- Get debugging flags.\n" +
  "set_threshold() -- Set the collection thresholds.\n" +
  "get_threshold() -- Return the current the collection thresholds.\n" +
  "get_objects() -- Return a list of all objects tracked by the collector.\n" +
  "is_tracked() -- Returns true if a given object is tracked.\n" +
  "is_finalized() -- Returns true if a given object has been already finalized.\n" +
  "get_referrers() -- Return the list of objects that refer to an object.\n" +
  "get_referents() -- Return the list of objects that an object refers to.\n" +
  "freeze() -- Freeze all tracked objects and ignore them for future collections.\n" +
  "unfreeze() -- Unfreeze all objects in the permanent generation.\n" +
  "get_freeze_count() -- Return the number of objects in the permanent generation.\n";

/**
 * CPython tracks every descriptor from its creation, those of builtin types included
 * (`gc.is_tracked(str.join)` is True). heapstack makes the descriptors of its builtin types
 * once for all runs and keeps them out of the collector's lists (thousands of objects that never
 * become garbage); is_tracked answers for them as CPython does.
 */
const STATIC_DESCRIPTOR_TYPES = new Set([
  "method_descriptor",
  "wrapper_descriptor",
  "getset_descriptor",
  "member_descriptor",
  "classmethod_descriptor",
]);

/** Creates the `gc` module for a run (new reference). */
function createGcModule(): PyModule {
  const m = PyModule_New("gc");
  const doc = PyStr_FromString(GC_DOC);
  PyModule_Add(m, "__doc__", doc);
  PyModule_AddFunctions(m, GC_FUNCTIONS);
  PyModule_AddObjectRef(m, "garbage", garbageList());
  PyModule_AddObjectRef(m, "callbacks", callbacksList());
  PyModule_Add(m, "DEBUG_STATS", int(DEBUG_STATS));
  PyModule_Add(m, "DEBUG_COLLECTABLE", int(DEBUG_COLLECTABLE));
  PyModule_Add(m, "DEBUG_UNCOLLECTABLE", int(DEBUG_UNCOLLECTABLE));
  PyModule_Add(m, "DEBUG_SAVEALL", int(DEBUG_SAVEALL));
  PyModule_Add(m, "DEBUG_LEAK", int(DEBUG_LEAK));
  return m;
}

let registered = false;

/** Makes `import gc` available (once per process). */
export function registerGcModule(): void {
  if (registered) return;
  registered = true;
  registerBuiltinModule("gc", createGcModule);
}
