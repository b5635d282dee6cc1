/**
 * Running a program (CPython's Python/pythonrun.c and the parts of Py_RunMain /
 * Py_FinalizeEx that a program can observe): set up the runtime, run the source as
 * `__main__`, print an uncaught exception like sys.excepthook, turn SystemExit into the exit
 * status, then tear `__main__` down (so `__del__` methods of globals run, as in CPython) and
 * flush the output.
 */

import { gc, resetGc } from "../memory/gc.js";
import { heap } from "../memory/heap.js";
import { emulateCPythonStartup, startRun } from "../memory/startup.js";
import { isAbcRegistryCallback } from "../modules/_abc.js";
import { waitForThreadShutdown } from "../modules/_thread.js";
import { runExitCallbacks } from "../modules/atexit.js";
import { builtinsFromGlobals, compileSource, releaseArena } from "../modules/builtins/code.js";
import { initPrintKeywords } from "../modules/builtins/io.js";
import { createMainModule, initBuiltinTypes, initRuntime, runtime } from "../modules/builtins.js";
import { gcListsInUse } from "../modules/gc.js";
import { type Host, nodeHost, setHost } from "../modules/host.js";
import { PyImport_ImportModule } from "../modules/importlib.js";
import {
  defaultInterpreterFlags,
  type InterpreterFlags,
  runFlags,
  setRunFlags,
  startupConfigError,
  withEnvironment,
} from "../modules/interpreter_flags.js";
import { discardStdStreams, fileWriteString, flushAllFiles, flushStdStreams } from "../modules/io_files.js";
import { stdlibPath } from "../modules/stdlib_path.js";
import { PySys_GetObject, PySys_SetObject, setExceptHook } from "../modules/sys.js";
import { setVmBridge } from "../modules/vm_bridge.js";
import {
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_GetAttrString,
  PyObject_Str,
  recursion,
} from "../objects/abstract.js";
import { Py_False, Py_True } from "../objects/bool.js";
import { wireObjectHooks } from "../objects/bootstrap.js";
import type { PyCode } from "../objects/code.js";
import {
  dictItems,
  type PyDict,
  PyDict_Clear,
  PyDict_GetItemString,
  PyDict_SetItem,
  PyDict_SetItemString,
} from "../objects/dict.js";
import {
  exceptionMatches,
  initExceptionTypes,
  isPyException,
  type PyBaseException,
  PyErr_Format,
  PyErr_NoArgs,
  PyExc_KeyboardInterrupt,
  PyExc_MemoryError,
  PyExc_RecursionError,
  PyExc_SystemExit,
} from "../objects/exceptions.js";
import { type PyFunction, PyFunction_New } from "../objects/function.js";
import { PyInt } from "../objects/int.js";
import { PyList } from "../objects/list.js";
import { PyModule } from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { PyStr, PyStr_FromString } from "../objects/str.js";
import type { PyTuple } from "../objects/tuple.js";
import { PyType, TypeFlag } from "../objects/type.js";
import { readyAllStaticTypes } from "../objects/typeobject.js";
import { PyWeakReference } from "../objects/weakref.js";
import { type Budget, BudgetExceeded, checkMemoryBudget, setBudget, startBudgetClock } from "./budget.js";
import { makeFrame, runFrameToCompletion } from "./call.js";
import { isHostAllocationFailure, isHostStackOverflow } from "./exceptions_unwind.js";
import { ProcessExit, STATUS_BUDGET_EXCEEDED } from "./exit_status.js";
import { installGeneratorMethods } from "./generators.js";
import { resetThreadState, setModulesGone } from "./state.js";
import { formatException } from "./traceback_print.js";

export interface RunOptions {
  /** The program: bytes (decoded like CPython: BOM, coding cookie) or text. */
  source: string | Uint8Array;
  /** co_filename of the main module: the script path, "<string>" or "<stdin>". */
  filename: string;
  /** sys.argv. */
  argv: string[];
  /** `-m MODULE`: run this module as __main__ through runpy (source and filename are unused). */
  module?: string;
  /**
   * `python3 DIR`: the directory (absolute) is sys.path[0] and `module` ("__main__") is found
   * there; sys.argv stays as given (runpy's alter_argv false).
   */
  mainPath?: string;
  /** python3's command-line options (-X, -W, -I, -O ...) and sys.orig_argv; default: none given. */
  flags?: InterpreterFlags;
  /** Where sys.stdout / sys.stderr text goes (default: the process's streams). */
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** Standard input for input() and sys.stdin (default: the process's stdin). */
  stdin?: string;
  /** A complete host (file system, streams); the options above override its streams. */
  host?: Host;
  /** Called once the run's state exists, just before the program starts (attach a listener here). */
  beforeRun?: () => void;
  /** Limits for untrusted code (steps, wall time, heap bytes) and the SIGINT flag (src/vm/budget.ts). */
  budget?: Budget;
  /**
   * The process ends right after this run (the CLI's worker): the interpreter's teardown is then
   * skipped whenever nothing in the program could see it (see teardownUnobservable).
   */
  processExitsAfter?: boolean;
}

export { STATUS_BUDGET_EXCEEDED };

/** Set when the last run was stopped by a budget: why, in a sentence. */
export let lastRunStopped: BudgetExceeded | null = null;

let bootstrapped = false;

/** Readies the builtin types and installs the VM's pieces into the other layers (once per process). */
export function bootstrap(): void {
  if (bootstrapped) return;
  bootstrapped = true;
  wireObjectHooks();
  initExceptionTypes();
  installGeneratorMethods();
  initBuiltinTypes();
  setVmBridge({ evalCode: PyEval_EvalCode, runClassBody });
  setExceptHook((_type, value) => printException(value));
  readyAllStaticTypes();
  initPrintKeywords();
}

/** PyEval_EvalCode: runs a module-level code object with these globals and locals (new reference). */
export function PyEval_EvalCode(
  code: PyCode,
  globals: PyDict,
  locals: PyObject,
  closure: PyTuple | null = null,
): PyObject {
  const builtins = builtinsFromGlobals(globals);
  const func = PyFunction_New(code, globals, builtins, code.co_name);
  // _PyFunction_FromConstructor gives this function no docstring: a leading str constant of
  // the module (or exec'd) code is not held by it while the code runs.
  const doc = func.func_doc;
  func.func_doc = Py_NewRef(Py_None);
  Py_DECREF(doc);
  if (closure !== null) func.func_closure = Py_NewRef(closure);
  try {
    const frame = makeFrame(func, [], 0, 0, null, locals);
    return runFrameToCompletion(frame);
  } finally {
    Py_DECREF(func);
  }
}

/** Runs a class body function with `ns` as its locals (what __build_class__ needs); new reference. */
function runClassBody(func: PyFunction, ns: PyObject): PyObject {
  const frame = makeFrame(func, [], 0, 0, null, ns);
  return runFrameToCompletion(frame);
}

/** Writes to sys.stderr (falling back to the host when sys.stderr is unusable). */
function writeStderr(text: string): void {
  const err = PySys_GetObject("stderr");
  if (err !== null && err !== Py_None) {
    try {
      fileWriteString(err, text);
      return;
    } catch (e) {
      if (isPyException(e)) Py_DECREF(e);
    }
  }
  currentHost?.writeStderr(text);
}

/** The default sys.excepthook: the traceback and message on sys.stderr. */
export function printException(value: PyObject): void {
  writeStderr(formatException(value));
  const err = PySys_GetObject("stderr");
  if (err !== null && err !== Py_None) {
    try {
      Py_DECREF(PyObject_CallMethod(err, "flush", []));
    } catch (e) {
      if (isPyException(e)) Py_DECREF(e);
    }
  }
}

let currentHost: Host | null = null;

/**
 * _Py_HandleSystemExit: the exit status for a SystemExit (None -> 0, int -> that int, anything
 * else is printed to stderr and gives 1).
 */
function systemExitStatus(exc: PyBaseException): number {
  const code = exc.fields?.code ?? Py_None;
  if (code === Py_None) return 0;
  if (code instanceof PyInt) {
    // (int)PyLong_AsLong(code): a value outside C long's range is -1 (the OverflowError is
    // cleared), any other keeps its low 32 bits.
    const v = BigInt(code.value);
    if (v !== BigInt.asIntN(64, v)) return 0xff;
    return Number(BigInt.asIntN(32, v)) & 0xff;
  }
  const s = PyObject_Str(code);
  try {
    writeStderr(`${s.value}\n`);
  } finally {
    Py_DECREF(s);
  }
  return 1;
}

/**
 * Set when the last run ended with an uncaught KeyboardInterrupt: python3 then kills itself with
 * SIGINT (_Py_UnhandledKeyboardInterrupt), which a shell reports as status 130.
 */
export let lastRunKilledBySigint = false;

/** PyErr_Print: sets sys.last_* and calls sys.excepthook (or prints directly). */
function handleUncaught(exc: PyBaseException): number {
  // python3's buffered stdout reaches the pipe or file before the traceback (or the hook's
  // output, or SystemExit's message) does; a reader that went away is the exit's to report
  try {
    flushStdStreams();
  } catch (e) {
    if (!isPyException(e)) throw e;
    Py_DECREF(e);
  }
  if (exceptionMatches(exc, PyExc_SystemExit)) return systemExitStatus(exc);
  if (exceptionMatches(exc, PyExc_KeyboardInterrupt)) lastRunKilledBySigint = true;
  const tb = exc.traceback ?? Py_None;
  PySys_SetObject("last_type", exc.ob_type);
  PySys_SetObject("last_value", exc);
  PySys_SetObject("last_traceback", tb);
  const hook = PySys_GetObject("excepthook");
  const original = PySys_GetObject("__excepthook__");
  if (hook === null || hook === Py_None || hook === original) {
    printException(exc);
    return 1;
  }
  Py_INCREF(hook);
  try {
    const r = PyObject_Call(hook, [exc.ob_type, exc, tb], null);
    Py_DECREF(r);
  } catch (e) {
    if (!isPyException(e)) throw e;
    if (exceptionMatches(e, PyExc_SystemExit)) {
      const status = systemExitStatus(e);
      Py_DECREF(e);
      return status;
    }
    writeStderr("Error in sys.excepthook:\n");
    printException(e);
    writeStderr("\nOriginal exception was:\n");
    printException(exc);
    Py_DECREF(e);
  } finally {
    Py_DECREF(hook);
  }
  return 1;
}

/** A host whose streams are replaced by the callers' functions. */
function makeHost(opts: RunOptions): Host {
  const base = opts.host ?? nodeHost();
  if (opts.stdout === undefined && opts.stderr === undefined && opts.stdin === undefined) return base;
  let input = opts.stdin;
  return {
    ...base,
    // Streams handed to the caller's functions are no file descriptors: like the browser's, they
    // pass every write on at once (write-through), so no write waits in a pending buffer.
    isatty: opts.stdout === undefined && opts.stderr === undefined ? base.isatty : undefined,
    writeStdout: opts.stdout ?? base.writeStdout,
    writeStderr: opts.stderr ?? base.writeStderr,
    readStdinLine:
      input === undefined
        ? base.readStdinLine
        : () => {
            if (input === undefined || input.length === 0) return null;
            const nl = input.indexOf("\n");
            const line = nl < 0 ? input : input.slice(0, nl + 1);
            input = input.slice(line.length);
            return line;
          },
  };
}

/** sys.path[0]: the script's directory, or "" for -c and stdin. */
function scriptDir(filename: string): string {
  if (filename.startsWith("<")) return "";
  const slash = filename.lastIndexOf("/");
  return slash <= 0 ? (slash === 0 ? "/" : "") : filename.slice(0, slash);
}

/**
 * Runs a program as `__main__` and returns the process exit status (0, 1 for an uncaught
 * exception, or SystemExit's code).
 */
export function runMain(opts: RunOptions): number {
  lastRunStopped = null;
  setBudget(opts.budget ?? null);
  const memoryWatch = opts.budget?.maxMemory !== undefined && heap.listener === null;
  if (memoryWatch) heap.listener = { onAlloc: checkMemoryBudget };
  try {
    return runMainBudgeted(opts);
  } catch (e) {
    if (e instanceof ProcessExit) {
      // os._exit: what the program had written reached the host; what sys.stdout still
      // buffers is lost, as in CPython
      discardStdStreams();
      resetGc();
      return e.status;
    }
    if (!(e instanceof BudgetExceeded)) throw e;
    lastRunStopped = e;
    // What the program printed before it was stopped is still owed to its reader.
    try {
      flushStdStreams();
    } catch {
      // the streams may be half torn down; nothing more to show
    }
    currentHost?.writeStderr(`heapstack: stopped: ${e.message}\n`);
    // The interrupted run left frames and objects half used: the next run starts a fresh collector.
    resetGc();
    return STATUS_BUDGET_EXCEEDED;
  } finally {
    if (memoryWatch) heap.listener = null;
    setBudget(null);
  }
}

function runMainBudgeted(opts: RunOptions): number {
  bootstrap();
  startRun();
  setModulesGone(null);
  const host = makeHost(opts);
  currentHost = host;
  setHost(host);
  resetThreadState();
  lastRunKilledBySigint = false;
  recursion.depth = 0;
  recursion.limit = 1000;
  setRunFlags(withEnvironment(opts.flags ?? defaultInterpreterFlags(), host.env));
  const configError = startupConfigError(host.env);
  if (configError !== null) {
    host.writeStderr(configError);
    return 1;
  }
  // -E and -I: the PYTHON* variables are not read (os.environ still has them)
  const pythonPath = runFlags.ignoreEnvironment
    ? []
    : (host.env.PYTHONPATH ?? "").split(":").filter((p) => p !== "");
  const lib = stdlibPath();
  // -m puts the working directory first, as an absolute path (python3 -m does the same); -P and
  // -I put nothing there. A directory run as a script is always first: its __main__ is found there.
  const path0 =
    opts.mainPath ??
    (runFlags.safePath ? null : opts.module !== undefined ? host.fs.cwd() : scriptDir(opts.filename));
  initRuntime({
    argv: opts.argv,
    path: [...(path0 === null ? [] : [path0]), ...pythonPath, ...(lib === null ? [] : [lib])],
    startupPath: [...pythonPath, ...(lib === null ? [] : [lib])],
  });
  const main = createMainModule(opts.module !== undefined ? null : opts.filename);
  importWarningsForOptions();
  opts.beforeRun?.();
  startBudgetClock();
  const globals = main.md_dict;
  let status = 0;
  try {
    let code: PyCode | null = null;
    // The parse arena's constants stay referenced while the main module runs, as in CPython.
    const arena: PyObject[] = [];
    try {
      if (opts.module !== undefined) {
        Py_DECREF(runModuleAsMain(opts.module, opts.mainPath === undefined));
      } else {
        const source = runFlags.skipFirstLine ? withoutFirstLine(opts.source) : opts.source;
        code = compileSource(
          source,
          opts.filename,
          "exec",
          0,
          runFlags.optimize,
          opts.filename !== "<string>",
          arena,
        );
        emulateCPythonStartup(opts.filename === "<string>" ? -1 : 0, code);
        const r = PyEval_EvalCode(code, globals, globals);
        Py_DECREF(r);
      }
    } finally {
      if (code !== null) Py_DECREF(code);
      releaseArena(arena);
    }
  } catch (e) {
    let exc: unknown = e;
    if (isHostStackOverflow(e)) exc = stackOverflowError();
    else if (isHostAllocationFailure(e)) exc = PyErr_NoArgs(PyExc_MemoryError);
    if (!isPyException(exc)) throw exc;
    status = handleUncaught(exc);
    Py_DECREF(exc);
  }
  if (lastRunKilledBySigint) status = 130;
  return finalize(main, status, opts.processExitsAfter === true);
}

/**
 * -W options (and PYTHONWARNINGS, -X dev, -b): python3 imports warnings at start-up, whose
 * import turns sys.warnoptions into filters; a failure is reported and the program runs anyway.
 */
function importWarningsForOptions(): void {
  const options = PySys_GetObject("warnoptions");
  if (!(options instanceof PyList) || options.items.length === 0) return;
  try {
    Py_DECREF(PyImport_ImportModule("warnings"));
  } catch (e) {
    if (!isPyException(e)) throw e;
    currentHost?.writeStderr("'import warnings' failed; traceback:\n");
    printException(e);
    Py_DECREF(e);
  }
}

/**
 * python3 -x: the first line is not read, but counted, so line numbers stay the file's (CPython
 * skips the bytes up to the first newline and starts the tokenizer at line 2; an empty line
 * in their place does the same).
 */
function withoutFirstLine(source: string | Uint8Array): string | Uint8Array {
  if (typeof source === "string") {
    const nl = source.indexOf("\n");
    return nl < 0 ? "" : source.slice(nl);
  }
  const nl = source.indexOf(0x0a);
  return nl < 0 ? new Uint8Array(0) : source.subarray(nl);
}

/** `python3 -m MODULE`: runpy._run_module_as_main(MODULE), whose frames tracebacks show. */
function runModuleAsMain(name: string, alterArgv: boolean): PyObject {
  const runpy = PyImport_ImportModule("runpy");
  try {
    const run = PyObject_GetAttrString(runpy, "_run_module_as_main");
    const moduleName = PyStr_FromString(name);
    try {
      return PyObject_Call(run, [moduleName, alterArgv ? Py_True : Py_False], null);
    } finally {
      Py_DECREF(moduleName);
      Py_DECREF(run);
    }
  } finally {
    Py_DECREF(runpy);
  }
}

function stackOverflowError(): PyBaseException {
  return PyErr_Format(PyExc_RecursionError, "maximum recursion depth exceeded");
}

/** sys attributes finalization sets to None first (pylifecycle.c sys_deletes). */
const SYS_DELETES = [
  "path",
  "argv",
  "ps1",
  "ps2",
  "last_type",
  "last_value",
  "last_traceback",
  "path_hooks",
  "path_importer_cache",
  "meta_path",
  "__interactivehook__",
];

/** Ignores a Python exception raised while tearing down (CPython writes it as unraisable). */
function quietly(f: () => void): void {
  try {
    f();
  } catch (e) {
    if (!isPyException(e)) throw e;
    Py_DECREF(e);
  }
}

/**
 * _PyModule_ClearDict: names starting with one underscore are set to None first, then every
 * other name except __builtins__, so destructors of globals run in a predictable order.
 */
function clearModuleDict(d: PyDict): void {
  const pass = (first: boolean) => {
    for (const [key, value] of dictItems(d)) {
      if (value === Py_None || !(key instanceof PyStr)) continue;
      const k = key.value;
      const single = k.startsWith("_") && k[1] !== "_";
      if (first ? single : k !== "__builtins__") quietly(() => PyDict_SetItem(d, key, Py_None));
    }
  };
  pass(true);
  pass(false);
}

/**
 * What Py_FinalizeEx does that a program can observe (finalize_modules in pylifecycle.c):
 * flush the standard streams; collect cyclic garbage (if the collector is enabled); set
 * sys.last_* and friends to None (a stored traceback lets go of
 * its frames' locals); empty sys.modules; collect cyclic garbage; clear the dicts of modules
 * still alive, latest imported first; then the sys and builtins dicts; flush again.
 */
function finalize(main: PyModule, status: number, processExits: boolean): number {
  waitForThreadShutdown();
  runExitCallbacks();
  flushStd();
  if (processExits && teardownUnobservable()) {
    // What is left would only free memory the process gives back anyway.
    flushAllFiles();
    return status;
  }
  Py_DECREF(main); // our reference: CPython's __main__ lives on in sys.modules only
  // _PyGC_CollectIfEnabled: a full collection while every module is still there (its survivors'
  // new order in the oldest generation is the order the collection after finalize_remove_modules
  // finalizes the main module's objects in)
  if (gc.enabled) quietly(() => gc.collect(2));
  const rt = runtime();
  const sysDict = rt.sys.md_dict;
  const builtinsDict = rt.builtins.md_dict;
  quietly(() => PyDict_SetItemString(builtinsDict, "_", Py_None));
  for (const name of SYS_DELETES) quietly(() => PyDict_SetItemString(sysDict, name, Py_None));
  for (const name of ["stdin", "stdout", "stderr"]) {
    const original = PyDict_GetItemString(sysDict, `__${name}__`);
    if (original !== null) quietly(() => PyDict_SetItemString(sysDict, name, original));
  }
  // _warnings keeps its own reference to the filters list: warnings issued after the modules
  // are gone (a coroutine never awaited, freed with __main__'s globals) still follow it.
  const warningsModule = PyDict_GetItemString(rt.modules, "warnings");
  const warningsFilters =
    warningsModule instanceof PyModule ? PyDict_GetItemString(warningsModule.md_dict, "filters") : null;
  if (warningsFilters !== null) Py_INCREF(warningsFilters);
  // finalize_remove_modules: every sys.modules value becomes None; we remember the modules
  // (CPython keeps weak references) to clear the ones that stay alive.
  const modules = rt.modules;
  const remembered: PyModule[] = [];
  for (const [key, value] of dictItems(modules)) {
    if (value instanceof PyModule) remembered.push(value);
    quietly(() => PyDict_SetItem(modules, key, Py_None));
  }
  quietly(() => PyDict_Clear(modules));
  setModulesGone({ warningsFilters, warned: new Set() });
  // _PyGC_CollectNoFail: no gc.callbacks from here on
  quietly(() => gc.collectNoFail());
  for (let i = remembered.length - 1; i >= 0; i--) {
    const m = remembered[i]!;
    if (m.ob_refcnt <= 0 || m === rt.sys || m === rt.builtins) continue;
    const d = m.ob_dict;
    if (d) {
      Py_INCREF(m);
      clearModuleDict(d);
      Py_DECREF(m);
    }
  }
  flushStd();
  clearModuleDict(sysDict);
  clearModuleDict(builtinsDict);
  quietly(() => gc.collectNoFail());
  flushAllFiles();
  return status;
}

/**
 * Whether tearing the interpreter down (modules cleared, two full collections, every object
 * freed) could run Python code or print anything: only finalizers (__del__, a generator's
 * close, an io object's close) and weak reference callbacks run during it, and the collector
 * reports through gc.callbacks, gc.garbage and gc.set_debug. No listener may be watching the
 * frees either. A type with a finalizer whose instances the collector may not track (no
 * HAVE_GC) counts through the type itself. Files still open are flushed either way.
 */
function teardownUnobservable(): boolean {
  if (heap.listener !== null || gc.debug !== 0 || gcListsInUse()) return false;
  const tracked = gc.objects(null);
  for (const o of gc.permanent.toArray()) tracked.push(o);
  for (let i = 0; i < tracked.length; i++) {
    const o = tracked[i]!;
    if (o.ob_type.tp_finalize !== null) return false;
    // Instances of a GC type are all tracked (the collector untracks exact tuples and dicts
    // only), so they were checked above: io.IOBase's inherited finalizer alone stops nothing.
    if (o instanceof PyType && o.tp_finalize !== null && !o.hasFlag(TypeFlag.HAVE_GC)) return false;
    // abc's registries (collections.abc, numbers, io...) hold weak references to classes whose
    // callbacks only drop them from a set.
    if (
      o instanceof PyWeakReference &&
      o.wr_callback !== null &&
      o.wr_object !== null &&
      !isAbcRegistryCallback(o.wr_callback)
    )
      return false;
  }
  return true;
}

function flushStd(): void {
  for (const name of ["stderr", "stdout"]) {
    const f = PySys_GetObject(name);
    if (f === null || f === Py_None) continue;
    try {
      Py_DECREF(PyObject_CallMethod(f, "flush", []));
    } catch (e) {
      if (!isPyException(e)) throw e;
      Py_DECREF(e);
    }
  }
}
