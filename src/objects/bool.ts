/**
 * bool (CPython's Objects/boolobject.c): a subclass of int with exactly two instances.
 *
 * The type object and the singletons are created in int.ts (bool's type needs int's at load
 * time and int's comparisons need True/False); this module holds bool's own behaviour as
 * function declarations, which int.ts installs as bool's slots, and re-exports the objects.
 */
import { PyObject_IsTrue } from "./abstract.js";
import { PyExc_TypeError, raise } from "./exceptions.js";
import { long_and, long_or, long_xor, Py_False, Py_True, PyBool_Type } from "./int.js";
import type { PyObject } from "./object.js";
import { PyStr_InternFromString } from "./str.js";

export { Py_False, Py_True, PyBool_Type };

/** A new reference to True or False (PyBool_FromLong). */
export function PyBool_FromBool(b: boolean): PyObject {
  const r = b ? Py_True : Py_False;
  r.ob_refcnt++;
  return r;
}

export function PyBool_Check(o: PyObject): boolean {
  return o.ob_type === PyBool_Type;
}

/** bool.__repr__ (and str): "True" / "False". */
export function bool_repr(o: PyObject): PyObject {
  return PyStr_InternFromString(o === Py_True ? "True" : "False");
}

/** bool(x=False, /). */
export function bool_new(_type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, "bool() takes no keyword arguments");
  if (args.length > 1) raise(PyExc_TypeError, `bool expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return PyBool_FromBool(false);
  return PyBool_FromBool(PyObject_IsTrue(args[0]!));
}

export function bool_and(a: PyObject, b: PyObject): PyObject {
  if (a.ob_type !== PyBool_Type || b.ob_type !== PyBool_Type) return long_and(a, b);
  return PyBool_FromBool(a === Py_True && b === Py_True);
}

export function bool_or(a: PyObject, b: PyObject): PyObject {
  if (a.ob_type !== PyBool_Type || b.ob_type !== PyBool_Type) return long_or(a, b);
  return PyBool_FromBool(a === Py_True || b === Py_True);
}

export function bool_xor(a: PyObject, b: PyObject): PyObject {
  if (a.ob_type !== PyBool_Type || b.ob_type !== PyBool_Type) return long_xor(a, b);
  return PyBool_FromBool((a === Py_True) !== (b === Py_True));
}
