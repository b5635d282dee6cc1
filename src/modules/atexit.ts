/**
 * The `atexit` module (CPython 3.11's Modules/atexitmodule.c): functions registered to run when
 * the interpreter finalizes, last registered first, after the main program's own traceback (if
 * any) and before the modules are torn down. An exception in a callback is reported as
 * unraisable ("Exception ignored in atexit callback: ...") and the next callback still runs.
 *
 * As in 3.11, `unregister` empties a slot without shrinking the list, so `_ncallbacks()` counts
 * every registration since the last `_clear()`.
 */

import { CmpOp } from "../compiler/opcodes.js";
import { PyObject_Call, PyObject_RichCompareBool } from "../objects/abstract.js";
import { isPyException, PyExc_TypeError, raise } from "../objects/exceptions.js";
import { PyInt_FromNumber } from "../objects/int.js";
import type { MethodDef } from "../objects/methods.js";
import { type PyModule, PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { PyStr_FromString } from "../objects/str.js";
import { PyErr_WriteUnraisable } from "./gc.js";
import { importState, registerBuiltinModule } from "./importlib.js";

/** One registration: the function and the arguments to call it with (owned references). */
interface ExitCallback {
  func: PyObject;
  args: PyObject[];
  kwnames: string[] | null;
}

interface AtexitState {
  /** The run these callbacks belong to (its sys.modules dict). */
  run: PyObject | null;
  callbacks: (ExitCallback | null)[];
}

const state: AtexitState = { run: null, callbacks: [] };

/** The callbacks of the current run: a new run (new sys.modules) starts with none. */
function callbacks(): (ExitCallback | null)[] {
  const run = importState.modules;
  if (state.run !== run) {
    state.run = run;
    state.callbacks = [];
  }
  return state.callbacks;
}

function releaseCallback(cb: ExitCallback): void {
  Py_DECREF(cb.func);
  for (const a of cb.args) Py_DECREF(a);
}

function clearCallbacks(): void {
  const list = callbacks();
  state.callbacks = [];
  for (const cb of list) if (cb !== null) releaseCallback(cb);
}

/**
 * atexit_callfuncs: calls every registered function, newest first, then forgets them all.
 * Called by the interpreter's finalization (and by `atexit._run_exitfuncs()`).
 */
export function runExitCallbacks(): void {
  const list = callbacks();
  if (list.length === 0) return;
  for (let i = list.length - 1; i >= 0; i--) {
    const cb = list[i];
    if (cb === null || cb === undefined) continue;
    // A callback may unregister or clear others: hold this one while it runs.
    Py_INCREF(cb.func);
    try {
      Py_DECREF(PyObject_Call(cb.func, cb.args, cb.kwnames));
    } catch (e) {
      if (!isPyException(e)) throw e;
      PyErr_WriteUnraisable(e, cb.func, "Exception ignored in atexit callback");
    } finally {
      Py_DECREF(cb.func);
    }
  }
  clearCallbacks();
}

const ATEXIT_FUNCTIONS: MethodDef[] = [
  {
    name: "register",
    doc: "register(func, *args, **kwargs) -> func\n\nRegister a function to be executed upon normal program termination\n\n    func - function to be called at exit\n    args - optional arguments to pass to func\n    kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a decorator.",
    impl: (_m, args, kwnames) => {
      const npos = args.length - (kwnames?.length ?? 0);
      if (npos === 0) {
        raise(PyExc_TypeError, `register() takes at least 1 argument (0 given)`);
      }
      const func = args[0]!;
      if (func.ob_type.tp_call === null) raise(PyExc_TypeError, "the first argument must be callable");
      const rest = args.slice(1);
      for (const a of rest) Py_INCREF(a);
      callbacks().push({
        func: Py_NewRef(func),
        args: rest,
        kwnames: kwnames === null ? null : [...kwnames],
      });
      return Py_NewRef(func);
    },
  },
  {
    name: "unregister",
    doc: "unregister(func) -> None\n\nUnregister an exit function which was previously registered using\natexit.register\n\n    func - function to be unregistered",
    textSignature: "($module, func, /)",
    impl: (_m, args, kwnames) => {
      if (args.length !== 1 || (kwnames !== null && kwnames.length > 0)) {
        if (kwnames !== null && kwnames.length > 0)
          raise(PyExc_TypeError, "atexit.unregister() takes no keyword arguments");
        raise(PyExc_TypeError, `atexit.unregister() takes exactly one argument (${args.length} given)`);
      }
      const func = args[0]!;
      const list = callbacks();
      for (let i = 0; i < list.length; i++) {
        const cb = list[i];
        if (cb === null || cb === undefined) continue;
        if (PyObject_RichCompareBool(cb.func, func, CmpOp.EQ)) {
          list[i] = null;
          releaseCallback(cb);
        }
      }
      return Py_NewRef(Py_None);
    },
  },
  {
    name: "_clear",
    doc: "_clear() -> None\n\nClear the list of previously registered exit functions.",
    textSignature: "($module, /)",
    impl: () => {
      clearCallbacks();
      return Py_NewRef(Py_None);
    },
  },
  {
    name: "_run_exitfuncs",
    doc: "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\nIf a callback raises an exception, it is logged with sys.unraisablehook.",
    textSignature: "($module, /)",
    impl: () => {
      runExitCallbacks();
      return Py_NewRef(Py_None);
    },
  },
  {
    name: "_ncallbacks",
    doc: "_ncallbacks() -> int\n\nReturn the number of registered exit functions.",
    textSignature: "($module, /)",
    impl: () => PyInt_FromNumber(callbacks().length),
  },
];

function createAtexitModule(): PyModule {
  const m = PyModule_New("atexit");
  PyModule_Add(
    m,
    "__doc__",
    PyStr_FromString(
      "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n",
    ),
  );
  PyModule_AddFunctions(m, ATEXIT_FUNCTIONS);
  return m;
}

export function registerAtexitModule(): void {
  registerBuiltinModule("atexit", createAtexitModule);
}
