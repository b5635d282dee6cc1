/**
 * The `sys` module (CPython's Python/sysmodule.c): interpreter state visible to programs —
 * argv, path, modules, the standard streams, the recursion limit, version information,
 * getsizeof/getrefcount, exc_info, _getframe, exit, displayhook and excepthook.
 */

import { heap } from "../memory/heap.js";
import { startupEmulated, startupModuleBlocks } from "../memory/startup.js";
import { setStartupBuiltins, startupReferences } from "../memory/startup_refs.js";
import {
  lookupSpecial,
  PyNumber_AsSsize_t,
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_CallNoArgs,
  PyObject_GetAttrString,
  PyObject_Repr,
  recursion,
} from "../objects/abstract.js";
import { noArgs, oneArg, parseArgs, positional } from "../objects/args.js";
import { Py_False, Py_True, PyBool_FromBool } from "../objects/bool.js";
import {
  type PyDict,
  PyDict_GetItemString,
  PyDict_New,
  PyDict_SetItem,
  PyDict_SetItemString,
} from "../objects/dict.js";
import {
  exceptionMatches,
  type PyBaseException,
  PyExc_AttributeError,
  PyExc_ImportError,
  PyExc_OverflowError,
  PyExc_RecursionError,
  PyExc_RuntimeError,
  PyExc_RuntimeWarning,
  PyExc_SystemExit,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "../objects/exceptions.js";
import { PyFloat_FromDouble } from "../objects/float.js";
import { PyFrame_GetFrameObject } from "../objects/frame.js";
import { PyInt, PyInt_FromBigInt, PyInt_FromNumber, PyInt_FromSsize_t } from "../objects/int.js";
import { PyList_New } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import {
  type PyModule,
  PyModule_Add,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/module.js";
import { newNamespace } from "../objects/namespace.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { PyFrozenSet_New } from "../objects/set.js";
import { argTypeName, PyStr, PyStr_FromString, PyStr_Intern } from "../objects/str.js";
import { newStructSeqType, structSeqNew } from "../objects/structseq.js";
import { PyTuple, PyTuple_New } from "../objects/tuple.js";
import { PyType, TypeFlag } from "../objects/type.js";
import {
  _PY_LONG_DEFAULT_MAX_STR_DIGITS,
  _PY_LONG_MAX_STR_DIGITS_THRESHOLD,
  intMaxStrDigits,
  setIntMaxStrDigits,
} from "../util/long_text.js";
import { topmostException, tstate } from "../vm/state.js";
import { getProfile, getTrace, setProfile, setTrace } from "../vm/sys_trace.js";
import { threadTopFrames } from "./_thread.js";
import { runtime } from "./builtins.js";
import { debugMallocStatsText } from "./debugmallocstats.js";
import { SYS_UNRAISABLEHOOK_DEF } from "./gc.js";
import { host } from "./host.js";
import { PyImport_ImportModule } from "./importlib.js";
import { devMode, runFlags, warnOptions, xOption } from "./interpreter_flags.js";
import { fileWriteString, newStdStream } from "./io_files.js";
import { STDLIB_MODULE_NAMES } from "./stdlib_module_names.js";

export const VERSION = "3.11.7 (main, Jan  1 2024, 00:00:00) [heapstack]";

/**
 * sys.breakpointhook (CPython's sys_breakpointhook): PYTHONBREAKPOINT names the callable
 * ("0" turns breakpoint() off; unset or empty means pdb.set_trace); one that cannot be
 * imported gives a RuntimeWarning and None.
 */
function breakpointHook(args: PyObject[], kwnames: PyTuple | string[] | null): PyObject {
  const env = host().env.PYTHONBREAKPOINT ?? "";
  if (env === "0") return none();
  const target = env === "" ? "pdb.set_trace" : env;
  const dot = target.lastIndexOf(".");
  const moduleName = dot < 0 ? "builtins" : target.slice(0, dot);
  const attr = dot < 0 ? target : target.slice(dot + 1);
  let hook: PyObject;
  try {
    const module = PyImport_ImportModule(moduleName);
    try {
      hook = PyObject_GetAttrString(module, attr);
    } finally {
      Py_DECREF(module);
    }
  } catch (e) {
    if (!exceptionMatches(e, PyExc_ImportError) && !exceptionMatches(e, PyExc_AttributeError)) throw e;
    const warnings = PyImport_ImportModule("warnings");
    try {
      const msg = PyStr_FromString(`Ignoring unimportable $PYTHONBREAKPOINT: "${target}"`);
      Py_DECREF(PyObject_CallMethod(warnings, "warn", [msg, PyExc_RuntimeWarning]));
      Py_DECREF(msg);
    } finally {
      Py_DECREF(warnings);
    }
    return none();
  }
  try {
    return PyObject_Call(hook, args, kwnames as never);
  } finally {
    Py_DECREF(hook);
  }
}

const VersionInfo_Type = newStructSeqType({
  name: "sys.version_info",
  fields: ["major", "minor", "micro", "releaselevel", "serial"],
  constructible: false,
});
const FloatInfo_Type = newStructSeqType({
  name: "sys.float_info",
  fields: [
    "max",
    "max_exp",
    "max_10_exp",
    "min",
    "min_exp",
    "min_10_exp",
    "dig",
    "mant_dig",
    "epsilon",
    "radix",
    "rounds",
  ],
});
const IntInfo_Type = newStructSeqType({
  name: "sys.int_info",
  fields: ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
});
const HashInfo_Type = newStructSeqType({
  name: "sys.hash_info",
  fields: ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
});
const Flags_Type = newStructSeqType({
  name: "sys.flags",
  fields: [
    "debug",
    "inspect",
    "interactive",
    "optimize",
    "dont_write_bytecode",
    "no_user_site",
    "no_site",
    "ignore_environment",
    "verbose",
    "bytes_warning",
    "quiet",
    "hash_randomization",
    "isolated",
    "dev_mode",
    "utf8_mode",
    "warn_default_encoding",
    "safe_path",
    "int_max_str_digits",
  ],
  constructible: false,
});
const ThreadInfo_Type = newStructSeqType({ name: "sys.thread_info", fields: ["name", "lock", "version"] });

/** Runtime settings shared with other modules (int's str-digits limit). */
export const sysState = {
  intMaxStrDigits: 4300,
  /** The sys module of the current run (null before initSys). */
  module: null as PyModule | null,
};

/** sys.<name> (borrowed) or null: CPython's PySys_GetObject. */
export function PySys_GetObject(name: string): PyObject | null {
  const m = sysState.module;
  if (m === null) return null;
  const d = m.md_dict;
  return dictGet(d, name);
}

function dictGet(d: PyDict, name: string): PyObject | null {
  return PyDict_GetItemString(d, name);
}

export function PySys_SetObject(name: string, v: PyObject): void {
  PyDict_SetItemString(sysState.module!.md_dict, name, v);
}

function int(n: number): PyObject {
  return PyInt_FromNumber(n);
}

function str(s: string): PyObject {
  return PyStr_FromString(s);
}

function strList(items: string[]): PyObject {
  return PyList_New(items.map(str));
}

// ---------------------------------------------------------------------------------------------
// functions

function sys_exit(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("exit", args, kwnames, 0, 1);
  let excArgs: PyObject[];
  // PyErr_SetObject(SystemExit, status): None means no arguments, a tuple its items.
  if (args.length === 0 || args[0] === Py_None) excArgs = [];
  else if (args[0] instanceof PyTuple) excArgs = args[0].items;
  else excArgs = [args[0]!];
  throw PyObject_Call(PyExc_SystemExit, excArgs, null);
}

function sys_setrecursionlimit(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const o = oneArg("sys.setrecursionlimit", args, kwnames);
  let n: number;
  try {
    n = PyNumber_AsSsize_t(o, PyExc_OverflowError);
  } catch (e) {
    if (exceptionMatches(e, PyExc_OverflowError)) {
      Py_DECREF(e as PyBaseException);
      raise(PyExc_OverflowError, "Python int too large to convert to C int");
    }
    throw e;
  }
  if (n > 2147483647 || n < -2147483648)
    raise(PyExc_OverflowError, "Python int too large to convert to C int");
  if (n < 1) raise(PyExc_ValueError, "recursion limit must be greater or equal than 1");
  const depth = recursion.depth; // the module frame and this builtin call both count, as in 3.11
  if (depth >= n) {
    raise(
      PyExc_RecursionError,
      `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`,
    );
  }
  recursion.limit = n;
  return Py_NewRef(Py_None);
}

/** sys.getsizeof: `__sizeof__()` plus the GC header and managed-dict pre-header. */
export function sizeOf(o: PyObject): number {
  return Number(sizeOfExact(o));
}

/** sizeOf, exact beyond 2**53 (a __sizeof__ may return up to sys.maxsize; the sum is a size_t). */
function sizeOfExact(o: PyObject): number | bigint {
  const method = lookupSpecial(o, "__sizeof__");
  if (method === null) raise(PyExc_TypeError, `Type ${o.ob_type.tp_name} doesn't define __sizeof__`);
  let value: number | bigint;
  try {
    const r = PyObject_CallNoArgs(method);
    try {
      // PyLong_AsSsize_t: an int (or subclass) only, no __index__
      if (!(r instanceof PyInt)) raise(PyExc_TypeError, "an integer is required");
      value = r.value;
    } finally {
      Py_DECREF(r);
    }
  } finally {
    Py_DECREF(method);
  }
  if (typeof value === "bigint" && value > MAX_SSIZE) {
    raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  if (value < 0) {
    if (typeof value === "bigint" && value < -MAX_SSIZE - 1n) {
      raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    raise(PyExc_ValueError, "__sizeof__() should return >= 0");
  }
  // _PyType_PreHeaderSize: the GC header and the managed-dict pointers, except for static types.
  const t = o.ob_type;
  let pre = 0;
  if (!(o instanceof PyType && !o.hasFlag(TypeFlag.HEAPTYPE))) {
    pre = t.hasFlag(TypeFlag.HAVE_GC) ? 16 : 0;
    if (t.hasFlag(TypeFlag.MANAGED_DICT)) pre += 16;
  }
  const total = Number(value) + pre;
  // the sum is a size_t: exact past 2**53
  return Number.isSafeInteger(total) ? total : BigInt(value) + BigInt(pre);
}

const MAX_SSIZE = 2n ** 63n - 1n;

function sys_getsizeof(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [o, dflt] = parseArgs("getsizeof", args, kwnames, { names: ["object", "default"], required: 1 });
  try {
    const size = sizeOfExact(o!);
    return typeof size === "bigint" ? PyInt_FromBigInt(size) : PyInt_FromSsize_t(size);
  } catch (e) {
    if (dflt !== null && exceptionMatches(e, PyExc_TypeError)) {
      Py_DECREF(e as PyBaseException);
      return Py_NewRef(dflt);
    }
    throw e;
  }
}

function sys_getframe(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("_getframe", args, kwnames, 0, 1);
  let depth = args.length > 0 ? PyNumber_AsSsize_t(args[0]!, PyExc_OverflowError) : 0;
  let f = tstate.frame;
  while (depth > 0 && f !== null) {
    f = f.back;
    depth--;
  }
  if (f === null) raise(PyExc_ValueError, "call stack is not deep enough");
  return PyFrame_GetFrameObject(f);
}

function excInfoTuple(): PyObject {
  const e = topmostException();
  if (e === null) return PyTuple_New([Py_NewRef(Py_None), Py_NewRef(Py_None), Py_NewRef(Py_None)]);
  const tb = (e as PyBaseException).traceback ?? Py_None;
  return PyTuple_New([Py_NewRef(e.ob_type), Py_NewRef(e), Py_NewRef(tb)]);
}

/** sys.displayhook: prints repr(o) to sys.stdout and stores it in builtins._ */
function sys_displayhook(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const o = oneArg("sys.displayhook", args, kwnames);
  if (o === Py_None) return Py_NewRef(Py_None);
  const builtins = displayBuiltins();
  if (builtins !== null) PyDict_SetItemString(builtins, "_", Py_None);
  const out = PySys_GetObject("stdout");
  if (out === null || out === Py_None) raise(PyExc_RuntimeError, "lost sys.stdout");
  const r = PyObject_Repr(o);
  try {
    fileWriteString(out, r.value);
  } finally {
    Py_DECREF(r);
  }
  fileWriteString(out, "\n");
  if (builtins !== null) PyDict_SetItemString(builtins, "_", o);
  return Py_NewRef(Py_None);
}

let displayBuiltins: () => PyDict | null = () => null;
/** Where displayhook stores `_` (the builtins module's dict, wired by the builtins module). */
export function setDisplayBuiltins(f: () => PyDict | null): void {
  displayBuiltins = f;
}

let excepthookImpl: (type: PyObject, value: PyObject, tb: PyObject) => void = () => {};
/** The VM supplies the traceback printer that sys.excepthook uses. */
export function setExceptHook(f: (type: PyObject, value: PyObject, tb: PyObject) => void): void {
  excepthookImpl = f;
}

function sys_excepthook(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("excepthook", args, kwnames, 3, 3);
  excepthookImpl(args[0]!, args[1]!, args[2]!);
  return Py_NewRef(Py_None);
}

function none(): PyObject {
  return Py_NewRef(Py_None);
}

function sys_intern(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const s = oneArg("sys.intern", args, kwnames);
  if (!(s instanceof PyStr)) raise(PyExc_TypeError, `intern() argument must be str, not ${argTypeName(s)}`);
  if (s.ob_type.hasFlag(TypeFlag.HEAPTYPE)) raise(PyExc_TypeError, `can't intern ${s.ob_type.tp_name}`);
  return PyStr_Intern(s);
}

function sys_set_int_max_str_digits(
  _s: PyObject | null,
  args: PyObject[],
  kwnames: string[] | null,
): PyObject {
  const [m] = parseArgs("set_int_max_str_digits", args, kwnames, { names: ["maxdigits"], required: 1 });
  const n = PyNumber_AsSsize_t(m!, PyExc_OverflowError);
  if (n !== 0 && n < 640) raise(PyExc_ValueError, "maxdigits must be 0 or larger than 640");
  sysState.intMaxStrDigits = n;
  setIntMaxStrDigits(n);
  return none();
}

/** The struct sequence sys.get_asyncgen_hooks() returns. */
const AsyncGenHooks_Type = newStructSeqType({ name: "asyncgen_hooks", fields: ["firstiter", "finalizer"] });

function sys_get_asyncgen_hooks(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  noArgs("sys.get_asyncgen_hooks", args, kwnames);
  return structSeqNew(AsyncGenHooks_Type, [
    Py_NewRef(tstate.asyncGenFirstiter ?? Py_None),
    Py_NewRef(tstate.asyncGenFinalizer ?? Py_None),
  ]);
}

/**
 * sys.set_asyncgen_hooks([firstiter] [, finalizer]): an omitted hook stays, None removes it.
 * Parsed as CPython's PyArg_ParseTupleAndKeywords("|OO") does, with its (nameless) messages;
 * both hooks are checked, the finalizer first, before either is set.
 */
function sys_set_asyncgen_hooks(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const names = ["firstiter", "finalizer"];
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (args.length > 2) raise(PyExc_TypeError, `function takes at most 2 arguments (${args.length} given)`);
  const given: (PyObject | null)[] = [null, null];
  for (let i = 0; i < npos; i++) given[i] = args[i]!;
  for (let i = 0; i < nkw; i++) {
    const name = kwnames![i]!;
    const index = names.indexOf(name);
    if (index < 0) raise(PyExc_TypeError, `'${name}' is an invalid keyword argument for this function`);
    if (index < npos) {
      raise(PyExc_TypeError, `argument for function given by name ('${name}') and position (${index + 1})`);
    }
    given[index] = args[npos + i]!;
  }
  const [firstiter, finalizer] = given;
  if (finalizer !== null && finalizer !== Py_None && finalizer.ob_type.tp_call === null) {
    raise(PyExc_TypeError, `callable finalizer expected, got ${finalizer.ob_type.tp_name}`);
  }
  if (firstiter !== null && firstiter !== Py_None && firstiter.ob_type.tp_call === null) {
    raise(PyExc_TypeError, `callable firstiter expected, got ${firstiter.ob_type.tp_name}`);
  }
  const ts = tstate;
  if (finalizer !== null) {
    const old = ts.asyncGenFinalizer;
    ts.asyncGenFinalizer = finalizer === Py_None ? null : Py_NewRef(finalizer);
    if (old !== null) Py_DECREF(old);
  }
  if (firstiter !== null) {
    const old = ts.asyncGenFirstiter;
    ts.asyncGenFirstiter = firstiter === Py_None ? null : Py_NewRef(firstiter);
    if (old !== null) Py_DECREF(old);
  }
  return none();
}

const SYS_FUNCTIONS: MethodDef[] = [
  { name: "exit", impl: sys_exit },
  {
    name: "getrecursionlimit",
    impl: (_s, a, k) => (noArgs("sys.getrecursionlimit", a, k), int(recursion.limit)),
  },
  { name: "setrecursionlimit", impl: sys_setrecursionlimit },
  { name: "getsizeof", impl: sys_getsizeof },
  {
    name: "getrefcount",
    impl: (_s, a, k) => {
      const o = oneArg("sys.getrefcount", a, k);
      // with CPython's start emulated, the references its start holds to builtins count too
      const extra = startupEmulated() ? startupReferences(o, runtime().builtins.md_dict) : 0;
      return PyInt_FromSsize_t(o.ob_refcnt + extra);
    },
  },
  {
    name: "_debugmallocstats",
    impl: (_s, a, k) => {
      noArgs("sys._debugmallocstats", a, k);
      host().writeStderr(debugMallocStatsText());
      return none();
    },
  },
  {
    // _Py_GetAllocatedBlocks: pymalloc's blocks in use plus the larger object allocations that
    // fell through to the system allocator (raw_allocated_blocks), as the allocator model has them.
    name: "getallocatedblocks",
    impl: (_s, a, k) => {
      noArgs("sys.getallocatedblocks", a, k);
      // less what loading modules CPython had imported before the first line left
      return int(heap.allocator.allocatedBlocks() - startupModuleBlocks.count);
    },
  },
  { name: "intern", impl: sys_intern },
  { name: "get_asyncgen_hooks", impl: sys_get_asyncgen_hooks },
  { name: "set_asyncgen_hooks", impl: sys_set_asyncgen_hooks },
  { name: "_getframe", impl: sys_getframe },
  {
    name: "_current_frames",
    impl: (_s, a, k) => {
      noArgs("sys._current_frames", a, k);
      const frames = PyDict_New();
      for (const [ident, frame] of threadTopFrames()) {
        const key = int(ident);
        const f = PyFrame_GetFrameObject(frame);
        try {
          PyDict_SetItem(frames, key, f);
        } finally {
          Py_DECREF(key);
          Py_DECREF(f);
        }
      }
      return frames;
    },
  },
  { name: "exc_info", impl: (_s, a, k) => (noArgs("sys.exc_info", a, k), excInfoTuple()) },
  {
    name: "exception",
    impl: (_s, a, k) => {
      noArgs("sys.exception", a, k);
      const e = topmostException();
      return Py_NewRef(e ?? Py_None);
    },
  },
  { name: "getdefaultencoding", impl: (_s, a, k) => (noArgs("sys.getdefaultencoding", a, k), str("utf-8")) },
  {
    name: "getfilesystemencoding",
    impl: (_s, a, k) => (noArgs("sys.getfilesystemencoding", a, k), str("utf-8")),
  },
  {
    name: "getfilesystemencodeerrors",
    impl: (_s, a, k) => (noArgs("sys.getfilesystemencodeerrors", a, k), str("surrogateescape")),
  },
  {
    name: "get_int_max_str_digits",
    impl: (_s, a, k) => (noArgs("sys.get_int_max_str_digits", a, k), int(intMaxStrDigits)),
  },
  { name: "set_int_max_str_digits", impl: sys_set_int_max_str_digits },
  { name: "displayhook", impl: sys_displayhook },
  { name: "excepthook", impl: sys_excepthook },
  { name: "is_finalizing", impl: (_s, a, k) => (noArgs("sys.is_finalizing", a, k), PyBool_FromBool(false)) },
  {
    name: "getswitchinterval",
    impl: (_s, a, k) => (noArgs("sys.getswitchinterval", a, k), PyFloat_FromDouble(0.005)),
  },
  { name: "setswitchinterval", impl: (_s, a, k) => (oneArg("sys.setswitchinterval", a, k), none()) },
  { name: "settrace", impl: (_s, a, k) => (oneArg("sys.settrace", a, k), setTrace(a[0]!), none()) },
  { name: "gettrace", impl: (_s, a, k) => (noArgs("sys.gettrace", a, k), getTrace()) },
  { name: "setprofile", impl: (_s, a, k) => (oneArg("sys.setprofile", a, k), setProfile(a[0]!), none()) },
  { name: "getprofile", impl: (_s, a, k) => (noArgs("sys.getprofile", a, k), getProfile()) },
  { name: "audit", impl: () => none() },
  { name: "breakpointhook", impl: (_s, a, k) => breakpointHook(a, k) },
  { name: "addaudithook", impl: (_s, a, k) => (oneArg("sys.addaudithook", a, k), none()) },
  { name: "_clear_type_cache", impl: (_s, a, k) => (noArgs("sys._clear_type_cache", a, k), none()) },
  {
    name: "call_tracing",
    impl: (_s, a, k) => {
      positional("call_tracing", a, k, 2, 2);
      const args = a[1]!;
      if (!(args instanceof PyTuple)) {
        raise(PyExc_TypeError, `call_tracing() argument 2 must be tuple, not ${argTypeName(args)}`);
      }
      return PyObject_Call(a[0]!, args.items, null);
    },
  },
];

// ---------------------------------------------------------------------------------------------

export interface SysConfig {
  argv: string[];
  /** sys.path (script directory first, then PYTHONPATH entries, then the standard locations). */
  path: string[];
  /** sys.modules (the import system's cache). */
  modules: PyDict;
  builtinModuleNames: string[];
}

/**
 * The int/str conversion limit set by -X int_max_str_digits or PYTHONINTMAXSTRDIGITS (unless
 * -E), or undefined (the default 4300, which sys.flags shows as -1).
 */
function configuredIntMaxStrDigits(env: Record<string, string | undefined>): number | undefined {
  const option = xOption("int_max_str_digits");
  if (typeof option === "string") return Number(option);
  const value = runFlags.ignoreEnvironment ? undefined : env.PYTHONINTMAXSTRDIGITS;
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n === 0 || n >= _PY_LONG_MAX_STR_DIGITS_THRESHOLD ? n : undefined;
}

/**
 * sys.pycache_prefix: -X pycache_prefix=PATH (an empty PATH or none at all: None), else
 * PYTHONPYCACHEPREFIX unless -E, else None.
 */
function configuredPycachePrefix(env: Record<string, string | undefined>): string | null {
  const option = xOption("pycache_prefix");
  if (option !== undefined) return option === true || option === "" ? null : option;
  const value = runFlags.ignoreEnvironment ? undefined : env.PYTHONPYCACHEPREFIX;
  return value === undefined || value === "" ? null : value;
}

/** Creates the sys module for a run (new reference). */
/** sys.copyright (also the text of the `copyright` builtin). */
export const PYTHON_COPYRIGHT =
  "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

export function initSys(config: SysConfig): PyModule {
  const m = PyModule_New("sys");
  sysState.module = m;
  setStartupBuiltins(() => runtime().builtins.md_dict);
  const h = host();
  PyModule_AddFunctions(m, SYS_FUNCTIONS);
  const add = (name: string, v: PyObject) => PyModule_Add(m, name, v);
  add("argv", strList(config.argv));
  add("orig_argv", strList(runFlags.origArgv ?? ["python3", ...config.argv]));
  add("path", strList(config.path));
  PyModule_AddObjectRef(m, "modules", config.modules);
  add("meta_path", PyList_New([]));
  add("path_hooks", PyList_New([]));
  add("path_importer_cache", PyDict_New());
  add("builtin_module_names", PyTuple_New(config.builtinModuleNames.slice().sort().map(str)));
  const stdlibNames = PyTuple_New(STDLIB_MODULE_NAMES.map(str));
  add("stdlib_module_names", PyFrozenSet_New(stdlibNames));
  Py_DECREF(stdlibNames);
  const stdin = newStdStream("stdin");
  const stdout = newStdStream("stdout");
  const stderr = newStdStream("stderr");
  PyModule_AddObjectRef(m, "stdin", stdin);
  PyModule_AddObjectRef(m, "stdout", stdout);
  PyModule_AddObjectRef(m, "stderr", stderr);
  PyModule_AddObjectRef(m, "__stdin__", stdin);
  PyModule_AddObjectRef(m, "__stdout__", stdout);
  PyModule_AddObjectRef(m, "__stderr__", stderr);
  const d = m.md_dict;
  // The default unraisable hook lives with PyErr_WriteUnraisable (gc.ts), which calls
  // sys.unraisablehook as CPython does: with UnraisableHookArgs, whichever hook is installed.
  PyModule_AddFunctions(m, [SYS_UNRAISABLEHOOK_DEF]);
  for (const name of ["displayhook", "excepthook", "breakpointhook", "unraisablehook"]) {
    const f = PyDict_GetItemString(d, name);
    if (f !== null) PyModule_AddObjectRef(m, `__${name}__`, f);
  }
  add("version_info", structSeqNew(VersionInfo_Type, [int(3), int(11), int(7), str("final"), int(0)]));
  add("version", str(VERSION));
  add("hexversion", int(0x30b07f0));
  add("api_version", int(1013));
  add(
    "implementation",
    makeNamespace([
      ["name", str("cpython")],
      ["cache_tag", str("cpython-311")],
      ["version", structSeqNew(VersionInfo_Type, [int(3), int(11), int(7), str("final"), int(0)])],
      ["hexversion", int(0x30b07f0)],
      ["_multiarch", str("x86_64-linux-gnu")],
    ]),
  );
  add("platform", str(h.platform === "darwin" ? "darwin" : h.platform === "win32" ? "win32" : "linux"));
  add("byteorder", str("little"));
  add("maxsize", PyInt_FromBigInt(9223372036854775807n));
  add("maxunicode", int(0x10ffff));
  add(
    "float_info",
    structSeqNew(FloatInfo_Type, [
      PyFloat_FromDouble(Number.MAX_VALUE),
      int(1024),
      int(308),
      PyFloat_FromDouble(2.2250738585072014e-308),
      int(-1021),
      int(-307),
      int(15),
      int(53),
      PyFloat_FromDouble(Number.EPSILON),
      int(2),
      int(1),
    ]),
  );
  add("int_info", structSeqNew(IntInfo_Type, [int(30), int(4), int(4300), int(640)]));
  add(
    "hash_info",
    structSeqNew(HashInfo_Type, [
      int(64),
      PyInt_FromBigInt(2305843009213693951n),
      int(314159),
      int(0),
      int(1000003),
      str("siphash13"),
      int(64),
      int(128),
      int(0),
    ]),
  );
  // The flags python3 takes from its options and its environment (interpreter_flags.ts); hash
  // randomization is off only for PYTHONHASHSEED=0 (another number fixes the seed but still
  // counts as randomized).
  const f = runFlags;
  const dontWriteBytecode = f.dontWriteBytecode !== 0;
  const hashSeed = (h.env.PYTHONHASHSEED ?? "").trim();
  const hashRandomization = !f.ignoreEnvironment && /^\d+$/.test(hashSeed) && Number(hashSeed) === 0 ? 0 : 1;
  const maxStrDigits = configuredIntMaxStrDigits(h.env);
  sysState.intMaxStrDigits = maxStrDigits ?? _PY_LONG_DEFAULT_MAX_STR_DIGITS;
  setIntMaxStrDigits(sysState.intMaxStrDigits);
  add(
    "flags",
    structSeqNew(Flags_Type, [
      int(f.debug),
      int(f.inspect),
      int(f.inspect),
      int(f.optimize),
      int(dontWriteBytecode ? 1 : 0),
      int(f.noUserSite),
      int(f.noSite),
      int(f.ignoreEnvironment),
      int(f.verbose),
      int(f.bytesWarning),
      int(f.quiet),
      int(hashRandomization),
      int(f.isolated),
      PyBool_FromBool(devMode(h.env)),
      int(xOption("utf8") !== undefined && xOption("utf8") !== "0" ? 1 : 0),
      int(xOption("warn_default_encoding") !== undefined ? 1 : 0),
      PyBool_FromBool(f.safePath),
      int(maxStrDigits ?? -1),
    ]),
  );
  add("thread_info", structSeqNew(ThreadInfo_Type, [str("pthread"), str("semaphore"), str("NPTL 2.36")]));
  add("float_repr_style", str("short"));
  add("executable", str(h.executable));
  add("_base_executable", str(h.executable));
  for (const name of ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"]) add(name, str("/usr"));
  add("platlibdir", str("lib"));
  const pycachePrefix = configuredPycachePrefix(h.env);
  add("pycache_prefix", pycachePrefix === null ? Py_NewRef(Py_None) : str(pycachePrefix));
  add("abiflags", str(""));
  add("copyright", str(PYTHON_COPYRIGHT));
  add("dont_write_bytecode", Py_NewRef(dontWriteBytecode ? Py_True : Py_False));
  add("warnoptions", strList(warnOptions(h.env)));
  const xoptions = PyDict_New();
  for (const [name, value] of f.xOptions) {
    const v = value === true ? Py_NewRef(Py_True) : str(value);
    PyDict_SetItemString(xoptions, name, v);
    Py_DECREF(v);
  }
  add("_xoptions", xoptions);
  Py_DECREF(stdin);
  Py_DECREF(stdout);
  Py_DECREF(stderr);
  return m;
}

function makeNamespace(entries: [string, PyObject][]): PyObject {
  return newNamespace(entries);
}
