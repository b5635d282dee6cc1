/**
 * `_asyncio_native`: the one piece of lib/asyncio that must not be Python code — the iterator
 * that `await future` runs (CPython's C FutureIter, Modules/_asynciomodule.c).
 *
 * Written in Python, `Future.__await__` would be a generator, and an exception thrown into a
 * task at its `await` would pass through that generator's frame (and through `result()`), so
 * every traceback through an `await` would show lines of lib/asyncio that CPython's (C)
 * futures do not have. This iterator:
 * - `__next__`/`send(v)` (v ignored, as CPython 3.11's): while the future is pending, sets its `_asyncio_future_blocking`
 *   and yields the future itself (the task then waits on it); once done, finishes with the
 *   future's result (StopIteration carrying it), or raises its exception with the traceback it
 *   was set with, or the CancelledError of a cancelled future — with no frame of its own;
 * - `throw(exc)`: raises exc as it is (the task's way to deliver the awaited future's failure);
 * - `close()`: nothing to clean.
 *
 * `future_iter(fut)` makes one; the future's fields are read by name (`_state`, `_result`,
 * `_exception`, `_exception_tb`, `_Future__log_traceback`, `_make_cancelled_error()`).
 */
import {
  PyObject_CallMethod,
  PyObject_GetAttrString,
  PyObject_RichCompareBool,
  PyObject_SetAttrString,
} from "../objects/abstract.js";
import { noArgs, oneArg, positional } from "../objects/args.js";
import { Py_False, Py_True } from "../objects/bool.js";
import { PyDict_GetItemString, PyDict_SetItemString } from "../objects/dict.js";
import { PyBaseException, PyExc_RuntimeError, PyExc_TypeError, raise } from "../objects/exceptions.js";
import { PyFunction } from "../objects/function.js";
import { defineMethods, type MethodDef } from "../objects/methods.js";
import type { PyModule } from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, PyObject } from "../objects/object.js";
import { type PyStr, PyStr_FromString, PyStr_Type } from "../objects/str.js";
import { PyTraceback } from "../objects/traceback.js";
import { gcAlloc, gcFree, PyObject_GC_Track, PyObject_GC_UnTrack } from "../objects/tuple.js";
import { amSendResult, newStaticType, PyType, TypeFlag } from "../objects/type.js";
import { stopIterationWithValue } from "../vm/generators.js";
import { registerFunctionModule } from "./importlib.js";

class PyFutureIter extends PyObject {
  constructor(public future: PyObject | null) {
    super(PyFutureIter_Type);
  }
}

const PyFutureIter_Type = newStaticType({
  name: "_asyncio.FutureIter",
  flags: TypeFlag.HAVE_GC,
  basicsize: 24,
});
PyFutureIter_Type.tp_dealloc = (o) => {
  const it = o as PyFutureIter;
  PyObject_GC_UnTrack(it);
  const f = it.future;
  it.future = null;
  if (f !== null) Py_DECREF(f);
  gcFree(it);
};
PyFutureIter_Type.tp_traverse = (o, visit) => {
  const f = (o as PyFutureIter).future;
  if (f !== null) visit(f);
};
PyFutureIter_Type.tp_clear = (o) => {
  const it = o as PyFutureIter;
  const f = it.future;
  it.future = null;
  if (f !== null) Py_DECREF(f);
};
PyFutureIter_Type.tp_iter = (o) => Py_NewRef(o);
PyFutureIter_Type.tp_iternext = (o) => futureIterNext(o as PyFutureIter);
// CPython 3.11's FutureIter_am_send and FutureIter_send ignore the value sent.
PyFutureIter_Type.am_send = (o) => futureIterSend(o as PyFutureIter);

function attrIs(o: PyObject, name: string, text: string): boolean {
  const v = PyObject_GetAttrString(o, name);
  if (v.ob_type === PyStr_Type) {
    // an exact str (what lib/asyncio stores) compares by its text: no str made at every await
    const same = (v as PyStr).value === text;
    Py_DECREF(v);
    return same;
  }
  const s = PyStr_FromString(text);
  try {
    return PyObject_RichCompareBool(v, s, 2);
  } finally {
    Py_DECREF(v);
    Py_DECREF(s);
  }
}

/**
 * FutureIter's am_send: yields the pending future once, then returns its result (setting
 * amSendResult.returned) or raises its exception. An await of a pending future comes back here
 * once it is done: no StopIteration is made and thrown for its result.
 */
function futureIterSend(it: PyFutureIter): PyObject {
  const fut = it.future;
  if (fut === null) {
    amSendResult.returned = true;
    return Py_NewRef(Py_None);
  }
  if (attrIs(fut, "_state", "PENDING")) {
    PyObject_SetAttrString(fut, "_asyncio_future_blocking", Py_True);
    return Py_NewRef(fut);
  }
  it.future = null;
  try {
    if (attrIs(fut, "_state", "CANCELLED")) {
      throw PyObject_CallMethod(fut, "_make_cancelled_error", []);
    }
    PyObject_SetAttrString(fut, "_Future__log_traceback", Py_False);
    const exc = PyObject_GetAttrString(fut, "_exception");
    if (exc !== Py_None && exc instanceof PyBaseException) {
      const tb = PyObject_GetAttrString(fut, "_exception_tb");
      const old = exc.traceback;
      exc.traceback = tb === Py_None ? null : tb;
      if (tb === Py_None) Py_DECREF(tb);
      if (old !== null) Py_DECREF(old);
      // CPython 3.11's future_get_result hands the traceback over once
      PyObject_SetAttrString(fut, "_exception_tb", Py_None);
      throw exc;
    }
    Py_DECREF(exc);
    amSendResult.returned = true;
    return PyObject_GetAttrString(fut, "_result");
  } finally {
    Py_DECREF(fut);
  }
}

/** Yields the pending future once, then ends with its outcome (StopIteration or its exception). */
function futureIterNext(it: PyFutureIter): PyObject | null {
  if (it.future === null) return null;
  amSendResult.returned = false;
  const r = futureIterSend(it);
  if (!amSendResult.returned) return r;
  try {
    throw stopIterationWithValue(r);
  } finally {
    Py_DECREF(r);
  }
}

function makeException(typ: PyObject, val: PyObject | null): PyBaseException {
  if (typ instanceof PyBaseException) {
    if (val !== null && val !== Py_None)
      raise(PyExc_TypeError, "instance exception may not have a separate value");
    Py_INCREF(typ);
    return typ;
  }
  if (typ instanceof PyType && typ.tp_call !== null) {
    const args = val === null || val === Py_None ? [] : [val];
    const r = typ.ob_type.tp_call!(typ, args, null);
    if (r instanceof PyBaseException) return r;
    Py_DECREF(r);
  }
  raise(PyExc_TypeError, "exceptions must be classes or instances deriving from BaseException, not type");
}

defineMethods(PyFutureIter_Type, {
  send: {
    impl: (self, args, kwnames) => {
      oneArg("send", args, kwnames);
      const r = futureIterNext(self as PyFutureIter);
      if (r === null) throw stopIterationWithValue(Py_None);
      return r;
    },
  },
  throw: {
    impl: (self, args, kwnames) => {
      positional("throw", args, kwnames, 1, 3);
      const exc = makeException(args[0]!, args.length > 1 ? args[1]! : null);
      const tb = args.length > 2 ? args[2]! : null;
      if (tb !== null && tb instanceof PyTraceback) {
        const old = exc.traceback;
        Py_INCREF(tb);
        exc.traceback = tb;
        if (old !== null) Py_DECREF(old);
      }
      const it = self as PyFutureIter;
      const f = it.future;
      it.future = null;
      if (f !== null) Py_DECREF(f);
      throw exc;
    },
  },
  close: {
    impl: (self) => {
      const it = self as PyFutureIter;
      const f = it.future;
      it.future = null;
      if (f !== null) Py_DECREF(f);
      return Py_NewRef(Py_None);
    },
  },
});

/**
 * The loop whose run_forever is active, kept in the module's namespace (one per run, seen by
 * the collector) under this key; borrowed, or null.
 */
const RUNNING_LOOP = "_running_loop";

function runningLoop(module: PyObject | null): PyObject | null {
  const loop = PyDict_GetItemString((module as PyModule).md_dict, RUNNING_LOOP);
  return loop === null || loop === Py_None ? null : loop;
}

const FUNCTIONS: MethodDef[] = [
  // CPython's _asyncio functions: asyncio calls get_running_loop() for every future, sleep,
  // lock and queue wait, and a built-in one runs no frame (nor shows one in a traceback).
  {
    name: "get_running_loop",
    impl: (m, args, kwnames) => {
      noArgs("_asyncio.get_running_loop", args, kwnames);
      const loop = runningLoop(m);
      if (loop === null) raise(PyExc_RuntimeError, "no running event loop");
      return Py_NewRef(loop);
    },
    doc: "Return the running event loop.  Raise a RuntimeError if there is none.",
  },
  {
    name: "_get_running_loop",
    impl: (m, args, kwnames) => {
      noArgs("_asyncio._get_running_loop", args, kwnames);
      return Py_NewRef(runningLoop(m) ?? Py_None);
    },
    doc: "Return the running event loop or None.",
  },
  {
    name: "_set_running_loop",
    impl: (m, args, kwnames) => {
      const loop = oneArg("_asyncio._set_running_loop", args, kwnames);
      PyDict_SetItemString((m as PyModule).md_dict, RUNNING_LOOP, loop);
      return Py_NewRef(Py_None);
    },
    doc: "Set the running event loop (None: no loop runs).",
  },
  {
    // Future.result/exception are C in CPython: an exception they raise shows no line of theirs.
    name: "c_function",
    impl: (_m, args, kwnames) => {
      const func = oneArg("c_function", args, kwnames);
      if (!(func instanceof PyFunction)) raise(PyExc_TypeError, "c_function() expects a Python function");
      func.func_code.hiddenFromTracebacks = true;
      return Py_NewRef(func);
    },
  },
  {
    name: "future_iter",
    impl: (_m, args, kwnames) => {
      const it = new PyFutureIter(Py_NewRef(oneArg("future_iter", args, kwnames)));
      gcAlloc(it, 24 + 16);
      PyObject_GC_Track(it);
      return it;
    },
  },
];

export function registerAsyncioNativeModule(): void {
  registerFunctionModule("_asyncio_native", FUNCTIONS);
}
