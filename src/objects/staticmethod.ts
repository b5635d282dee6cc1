/**
 * `staticmethod` (CPython's Objects/funcobject.c): returns the wrapped callable unchanged from
 * both the class and instances; since 3.10 it is callable itself.
 */
import { PyObject_Call } from "./abstract.js";
import {
  type PyCallableWrapper,
  wrapper_clear,
  wrapper_dealloc,
  wrapper_new,
  wrapper_traverse,
  wrapperGetSets,
  wrapperInit,
  wrapperRepr,
} from "./classmethod.js";
import { PyExc_RuntimeError, raise } from "./exceptions.js";
import { defineGetSets } from "./methods.js";
import { Py_NewRef, type PyObject } from "./object.js";
import { newStaticType, TypeFlag } from "./type.js";

export const PyStaticMethod_Type = newStaticType({
  name: "staticmethod",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 32,
});
PyStaticMethod_Type.tp_dictoffset = 1;

function sm_descr_get(self: PyObject, _obj: PyObject | null, _type: PyObject | null): PyObject {
  const c = (self as PyCallableWrapper).callable;
  if (c === null) raise(PyExc_RuntimeError, "uninitialized staticmethod object");
  return Py_NewRef(c);
}

function sm_call(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const c = (self as PyCallableWrapper).callable;
  if (c === null) raise(PyExc_RuntimeError, "uninitialized staticmethod object");
  return PyObject_Call(c, args, kwnames);
}

/** staticmethod(f) for class creation (`__new__`): new reference. */
export function PyStaticMethod_New(callable: PyObject): PyObject {
  const sm = wrapper_new(PyStaticMethod_Type, [], null) as PyCallableWrapper;
  sm.callable = Py_NewRef(callable);
  return sm;
}

export function initStaticMethodType(): void {
  const T = PyStaticMethod_Type;
  T.tp_new = wrapper_new;
  T.tp_init = wrapperInit("staticmethod");
  T.tp_dealloc = wrapper_dealloc;
  T.tp_traverse = wrapper_traverse;
  T.tp_clear = wrapper_clear;
  T.tp_descr_get = sm_descr_get;
  T.tp_call = sm_call;
  T.tp_repr = wrapperRepr("staticmethod");
  defineGetSets(T, wrapperGetSets());
}
