/**
 * `except*` support (CPython 3.11's exception_group_match in ceval.c and
 * _PyExc_PrepReraiseStar / exceptiongroup_split_recursive in Objects/exceptions.c).
 */
import { PyObject_Call, PyObject_CallMethod, PyObject_GetAttrString } from "../objects/abstract.js";
import { exceptionGroupSubset } from "../objects/exception_group.js";
import {
  isPyException,
  type PyBaseException,
  PyExc_BaseExceptionGroup,
  PyExc_TypeError,
  raise,
} from "../objects/exceptions.js";
import { type PyList, PyList_New } from "../objects/list.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, type PyObject } from "../objects/object.js";
import { PyStr_FromString } from "../objects/str.js";
import { PyTraceBack_Here } from "../objects/traceback.js";
import { PyTuple } from "../objects/tuple.js";
import { PyObject_TypeCheck } from "../objects/type.js";
import { givenExceptionMatches } from "./ops.js";
import { tstate } from "./state.js";

function isGroup(o: PyObject): o is PyBaseException {
  return isPyException(o) && PyObject_TypeCheck(o, PyExc_BaseExceptionGroup);
}

/** The `exceptions` tuple of a group (new reference). */
function groupExceptions(eg: PyObject): PyObject[] {
  const t = PyObject_GetAttrString(eg, "exceptions");
  try {
    if (!(t instanceof PyTuple)) raise(PyExc_TypeError, "exceptions must be a tuple");
    return t.items.slice();
  } finally {
    Py_DECREF(t);
  }
}

/** ExceptionGroup("", excs) (CPython's _PyExc_CreateExceptionGroup); `excs` borrowed. */
function createExceptionGroup(excs: PyObject[]): PyObject {
  for (const e of excs) Py_INCREF(e);
  const list = PyList_New(excs);
  const msg = PyStr_FromString("");
  try {
    return PyObject_Call(PyExc_BaseExceptionGroup, [msg, list], null);
  } finally {
    Py_DECREF(msg);
    Py_DECREF(list);
  }
}

/**
 * CHECK_EG_MATCH: splits the exception being handled by the types of an `except*` clause.
 * Returns [match, rest] (new references; None when absent).
 */
export function exceptionGroupMatch(excValue: PyObject, matchType: PyObject): [PyObject, PyObject] {
  if (excValue === Py_None) return [Py_NewRef(Py_None), Py_NewRef(Py_None)];
  if (givenExceptionMatches(excValue, matchType)) {
    if (isGroup(excValue)) return [Py_NewRef(excValue), Py_NewRef(Py_None)];
    // A naked exception: wrap it in a group whose traceback is the current frame.
    const wrapped = createExceptionGroup([excValue]) as PyBaseException;
    const f = tstate.frame;
    if (f !== null) {
      const tb = PyTraceBack_Here(f, null);
      const old = wrapped.traceback;
      wrapped.traceback = tb;
      Py_XDECREF(old);
    }
    return [wrapped, Py_NewRef(Py_None)];
  }
  if (isGroup(excValue)) {
    const pair = PyObject_CallMethod(excValue, "split", [matchType]);
    try {
      if (!(pair instanceof PyTuple) || pair.items.length !== 2) {
        raise(PyExc_TypeError, `${excValue.ob_type.tp_name}.split must return a 2-tuple`);
      }
      return [Py_NewRef(pair.items[0]!), Py_NewRef(pair.items[1]!)];
    } finally {
      Py_DECREF(pair);
    }
  }
  return [Py_NewRef(Py_None), Py_NewRef(Py_None)];
}

/** Same traceback, cause, context and notes (CPython's is_same_exception_metadata). */
function sameMetadata(a: PyObject, b: PyObject): boolean {
  const ea = a as PyBaseException;
  const eb = b as PyBaseException;
  return (
    ea.notes === eb.notes &&
    ea.traceback === eb.traceback &&
    ea.cause === eb.cause &&
    ea.context === eb.context
  );
}

function collectLeafIds(e: PyObject, ids: Set<PyObject>): void {
  if (e === Py_None) return;
  if (!isGroup(e)) {
    ids.add(e);
    return;
  }
  for (const x of groupExceptions(e)) collectLeafIds(x, ids);
}

/** The part of `exc` whose leaves are in `ids` (exceptiongroup_split_recursive, match only). */
function projection(exc: PyObject, ids: Set<PyObject>): PyObject | null {
  if (!isGroup(exc)) return ids.has(exc) ? Py_NewRef(exc) : null;
  const parts: PyObject[] = [];
  try {
    for (const e of groupExceptions(exc)) {
      const m = projection(e, ids);
      if (m !== null) parts.push(m);
    }
    return exceptionGroupSubset(exc, parts);
  } finally {
    for (const p of parts) Py_DECREF(p);
  }
}

/**
 * PREP_RERAISE_STAR: what an `except*` statement re-raises, from the original exception and
 * the list of exceptions raised or re-raised by its clauses (CPython's _PyExc_PrepReraiseStar).
 */
export function prepReraiseStar(orig: PyObject, excs: PyList): PyObject {
  const items = excs.items;
  if (items.length === 0) return Py_NewRef(Py_None);
  if (!isGroup(orig)) return Py_NewRef(items[0]!);
  const raised: PyObject[] = [];
  const reraised: PyObject[] = [];
  for (const e of items) {
    if (e === Py_None) continue;
    (sameMetadata(e, orig) ? reraised : raised).push(e);
  }
  const ids = new Set<PyObject>();
  for (const e of reraised) collectLeafIds(e, ids);
  const reraisedEg = projection(orig, ids) ?? Py_NewRef(Py_None);
  if (raised.length === 0) return reraisedEg;
  if (reraisedEg !== Py_None) raised.push(reraisedEg);
  try {
    if (raised.length > 1) return createExceptionGroup(raised);
    return Py_NewRef(raised[0]!);
  } finally {
    Py_DECREF(reraisedEg);
  }
}
