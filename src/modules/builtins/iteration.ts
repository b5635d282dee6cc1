/**
 * Iteration builtins (CPython's Python/bltinmodule.c and Objects/iterobject.c): iter (with the
 * two-argument `callable_iterator`), next, aiter, anext (with `anext_awaitable`), all, any,
 * sorted.
 */

import { CmpOp } from "../../compiler/opcodes.js";
import {
  Py_EnterRecursiveCall,
  Py_LeaveRecursiveCall,
  PyIter_Next,
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_GetIter,
  PyObject_IsTrue,
  PyObject_RichCompareBool,
} from "../../objects/abstract.js";
import { noArgs, oneArg, positional } from "../../objects/args.js";
import { PyBool_FromBool } from "../../objects/bool.js";
import {
  exceptionMatches,
  type PyBaseException,
  PyErr_WithArgs,
  PyExc_StopAsyncIteration,
  PyExc_StopIteration,
  PyExc_TypeError,
  raise,
} from "../../objects/exceptions.js";
import { PySequence_List } from "../../objects/list.js";
import { defineMethods, type MethodDef } from "../../objects/methods.js";
import { Py_None } from "../../objects/none.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF, PyObject } from "../../objects/object.js";
import {
  gcAlloc,
  gcFree,
  getBuiltin,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyTuple_New,
  reduceSeqIter,
} from "../../objects/tuple.js";
import { newStaticType, TypeFlag } from "../../objects/type.js";
import { iternextKeepingStop, PyObject_GenericGetAttr } from "../../objects/typeobject.js";
import { getAwaitableIter } from "../../vm/generators.js";

// ---------------------------------------------------------------------------------------------
// callable_iterator

export class PyCallIter extends PyObject {
  constructor(
    public it_callable: PyObject | null,
    public it_sentinel: PyObject | null,
  ) {
    super(PyCallIter_Type);
  }
}

export const PyCallIter_Type = newStaticType({
  name: "callable_iterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 32,
});

export function PyCallIter_New(callable: PyObject, sentinel: PyObject): PyCallIter {
  const it = new PyCallIter(Py_NewRef(callable), Py_NewRef(sentinel));
  gcAlloc(it, 32 + 16);
  PyObject_GC_Track(it);
  return it;
}

function calliter_clear(o: PyObject): void {
  const it = o as PyCallIter;
  const c = it.it_callable;
  const s = it.it_sentinel;
  it.it_callable = null;
  it.it_sentinel = null;
  Py_XDECREF(c);
  Py_XDECREF(s);
}

function calliter_iternext(o: PyObject): PyObject | null {
  const it = o as PyCallIter;
  if (it.it_callable === null) return null;
  let result: PyObject;
  try {
    result = PyObject_Call(it.it_callable, [], null);
  } catch (e) {
    if (exceptionMatches(e, PyExc_StopIteration)) {
      Py_DECREF(e as PyBaseException);
      calliter_clear(it);
      return null;
    }
    throw e;
  }
  // The call may have exhausted this iterator (gh-101892): the result is dropped.
  if (it.it_sentinel === null) {
    Py_DECREF(result);
    return null;
  }
  let ok: boolean;
  try {
    ok = PyObject_RichCompareBool(it.it_sentinel, result, CmpOp.EQ);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  if (!ok) return result;
  Py_DECREF(result);
  calliter_clear(it);
  return null;
}

// ---------------------------------------------------------------------------------------------
// anext_awaitable (anext(it, default))

export class PyAnextAwaitable extends PyObject {
  constructor(
    public wrapped: PyObject | null,
    public default_value: PyObject | null,
  ) {
    super(PyAnextAwaitable_Type);
  }
}

export const PyAnextAwaitable_Type = newStaticType({
  name: "anext_awaitable",
  flags: TypeFlag.HAVE_GC,
  basicsize: 32,
});

/**
 * The iterator behind the wrapped awaitable, a new reference: _PyCoro_GetAwaitableIter's (with
 * its errors), and for a coroutine the iterator its __await__ gives.
 */
function anextawaitable_getiter(obj: PyAnextAwaitable): PyObject {
  let awaitable = getAwaitableIter(obj.wrapped!);
  if (awaitable.ob_type.tp_iternext === null) {
    // only a coroutine lacks tp_iternext here
    const am = awaitable.ob_type.am_await!;
    let next: PyObject;
    try {
      next = am(awaitable);
    } finally {
      Py_DECREF(awaitable);
    }
    awaitable = next;
    if (awaitable.ob_type.tp_iternext === null) {
      Py_DECREF(awaitable);
      raise(PyExc_TypeError, "__await__ returned a non-iterable");
    }
  }
  return awaitable;
}

function anextawaitable_proxy(obj: PyAnextAwaitable, meth: string | null, args: PyObject[]): PyObject | null {
  const it = anextawaitable_getiter(obj);
  try {
    if (meth === null) return it.ob_type.tp_iternext!(it);
    return PyObject_CallMethod(it, meth, args);
  } catch (e) {
    if (exceptionMatches(e, PyExc_StopAsyncIteration)) {
      Py_DECREF(e as PyBaseException);
      throw PyErr_WithArgs(PyExc_StopIteration, PyTuple_New([Py_NewRef(obj.default_value!)]));
    }
    throw e;
  } finally {
    Py_DECREF(it);
  }
}

// ---------------------------------------------------------------------------------------------

function newStopIteration(): PyBaseException {
  return PyErr_WithArgs(PyExc_StopIteration, PyTuple_New([]));
}

function builtin_iter(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("iter", args, kwnames, 1, 2);
  const v = args[0]!;
  if (args.length === 1) return PyObject_GetIter(v);
  if (v.ob_type.tp_call === null) raise(PyExc_TypeError, "iter(v, w): v must be callable");
  return PyCallIter_New(v, args[1]!);
}

function builtin_next(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("next", args, kwnames, 1, 2);
  const it = args[0]!;
  const f = it.ob_type.tp_iternext;
  if (f === null) raise(PyExc_TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
  let res: PyObject | null;
  try {
    res = iternextKeepingStop(f, it);
  } catch (e) {
    if (args.length > 1 && exceptionMatches(e, PyExc_StopIteration)) {
      Py_DECREF(e as PyBaseException);
      return Py_NewRef(args[1]!);
    }
    throw e;
  }
  if (res !== null) return res;
  if (args.length > 1) return Py_NewRef(args[1]!);
  throw newStopIteration();
}

function builtin_aiter(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const o = oneArg("aiter", args, kwnames);
  const f = o.ob_type.am_aiter;
  if (f === null) raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object is not an async iterable`);
  const it = f(o);
  if (it.ob_type.am_anext === null) {
    const name = it.ob_type.tp_name;
    Py_DECREF(it);
    raise(PyExc_TypeError, `aiter() returned not an async iterator of type '${name}'`);
  }
  return it;
}

function builtin_anext(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("anext", args, kwnames, 1, 2);
  const o = args[0]!;
  const f = o.ob_type.am_anext;
  if (f === null) raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object is not an async iterator`);
  const awaitable = f(o);
  if (args.length === 1) return awaitable;
  const a = new PyAnextAwaitable(awaitable, Py_NewRef(args[1]!));
  gcAlloc(a, 32 + 16);
  PyObject_GC_Track(a);
  return a;
}

function allAny(o: PyObject, wantTrue: boolean): PyObject {
  const it = PyObject_GetIter(o);
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) return PyBool_FromBool(!wantTrue);
      let t: boolean;
      try {
        t = PyObject_IsTrue(item);
      } finally {
        Py_DECREF(item);
      }
      if (t === wantTrue) return PyBool_FromBool(wantTrue);
    }
  } finally {
    Py_DECREF(it);
  }
}

function builtin_sorted(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos !== 1) raise(PyExc_TypeError, `sorted expected 1 argument, got ${npos}`);
  const newlist = PySequence_List(args[0]!);
  try {
    // PyObject_VectorcallMethod: list.sort through method_vectorcall, a recursion level
    Py_EnterRecursiveCall(" while calling a Python object");
    let r: PyObject;
    try {
      r = PyObject_CallMethod(newlist, "sort", args.slice(1), kwnames);
    } finally {
      Py_LeaveRecursiveCall();
    }
    Py_DECREF(r);
  } catch (e) {
    Py_DECREF(newlist);
    throw e;
  }
  return newlist;
}

export const ITERATION_BUILTINS: MethodDef[] = [
  { name: "iter", impl: builtin_iter },
  { name: "next", impl: builtin_next },
  { name: "aiter", impl: builtin_aiter },
  { name: "anext", impl: builtin_anext },
  { name: "all", impl: (_s, a, k) => allAny(oneArg("all", a, k), false) },
  { name: "any", impl: (_s, a, k) => allAny(oneArg("any", a, k), true) },
  { name: "sorted", impl: builtin_sorted },
];

export function initIterationTypes(): void {
  const C = PyCallIter_Type;
  C.tp_getattro = PyObject_GenericGetAttr;
  C.tp_iter = (o) => Py_NewRef(o);
  C.tp_iternext = calliter_iternext;
  C.tp_clear = calliter_clear;
  C.tp_traverse = (o, visit) => {
    const it = o as PyCallIter;
    if (it.it_callable !== null) visit(it.it_callable);
    if (it.it_sentinel !== null) visit(it.it_sentinel);
  };
  C.tp_dealloc = (o) => {
    PyObject_GC_UnTrack(o);
    calliter_clear(o);
    gcFree(o);
  };
  defineMethods(C, {
    __reduce__: {
      // (iter, (callable, sentinel)), or (iter, ((),)) once exhausted
      impl: (self, args, kwnames) => {
        noArgs("callable_iterator.__reduce__", args, kwnames);
        const it = self as PyCallIter;
        if (it.it_callable !== null && it.it_sentinel !== null) {
          return PyTuple_New([
            getBuiltin("iter"),
            PyTuple_New([Py_NewRef(it.it_callable), Py_NewRef(it.it_sentinel)]),
          ]);
        }
        return reduceSeqIter(null, 0);
      },
      doc: "Return state information for pickling.",
    },
  });
  const A = PyAnextAwaitable_Type;
  A.tp_getattro = PyObject_GenericGetAttr;
  A.tp_iter = (o) => Py_NewRef(o);
  A.tp_iternext = (o) => anextawaitable_proxy(o as PyAnextAwaitable, null, []);
  A.am_await = (o) => Py_NewRef(o);
  A.tp_traverse = (o, visit) => {
    const a = o as PyAnextAwaitable;
    if (a.wrapped !== null) visit(a.wrapped);
    if (a.default_value !== null) visit(a.default_value);
  };
  A.tp_dealloc = (o) => {
    const a = o as PyAnextAwaitable;
    const w = a.wrapped;
    const d = a.default_value;
    PyObject_GC_UnTrack(o);
    a.wrapped = a.default_value = null;
    Py_XDECREF(w);
    Py_XDECREF(d);
    gcFree(o);
  };
  defineMethods(A, {
    send: (self, args) => anextawaitable_proxy(self as PyAnextAwaitable, "send", args) ?? Py_NewRef(Py_None),
    throw: (self, args) =>
      anextawaitable_proxy(self as PyAnextAwaitable, "throw", args) ?? Py_NewRef(Py_None),
    close: (self, args) =>
      anextawaitable_proxy(self as PyAnextAwaitable, "close", args) ?? Py_NewRef(Py_None),
  });
}
