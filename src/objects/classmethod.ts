/**
 * `classmethod` (CPython's Objects/funcobject.c): binds the wrapped callable to the class.
 * In 3.11 the binding chains through the callable's own `__get__` (so `classmethod(property)`
 * works) and the wrapper copies `__module__`, `__name__`, `__qualname__`, `__doc__` and
 * `__annotations__` into its `__dict__` like functools.wraps.
 */

import {
  PyObject_GetAttrString,
  PyObject_IsTrue,
  PyObject_LookupAttrString,
  PyObject_SetAttrString,
  reprOf,
} from "./abstract.js";
import { positional } from "./args.js";
import { PyBool_FromBool } from "./bool.js";
import { PyDict, PyDict_New } from "./dict.js";
import {
  exceptionMatches,
  PyExc_AttributeError,
  PyExc_RuntimeError,
  PyExc_TypeError,
  raise,
} from "./exceptions.js";
import { PyMethod_New } from "./method.js";
import { defineGetSets, type GetSetDef } from "./methods.js";
import { Py_None } from "./none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, PyObject } from "./object.js";
import { PyStr_FromString } from "./str.js";
import { gcAlloc, gcFree, PyObject_GC_Track, PyObject_GC_UnTrack } from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";
import { instanceAllocSize } from "./typeobject.js";

/** The object behind classmethod and staticmethod: one wrapped callable plus a `__dict__`. */
export class PyCallableWrapper extends PyObject {
  callable: PyObject | null = null;
}

export const PyClassMethod_Type = newStaticType({
  name: "classmethod",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 32,
});
PyClassMethod_Type.tp_dictoffset = 1;

/** tp_new shared by classmethod and staticmethod (PyType_GenericAlloc). */
export function wrapper_new(type: PyObject, _args: PyObject[], _kwnames: string[] | null): PyObject {
  const t = type as PyType;
  const o = new PyCallableWrapper(t);
  gcAlloc(o, t.hasFlag(TypeFlag.HEAPTYPE) ? instanceAllocSize(t) : 32 + 16);
  o.ob_dict = null;
  if (t.hasFlag(TypeFlag.HEAPTYPE)) Py_INCREF(t);
  PyObject_GC_Track(o);
  return o;
}

/** functools.wraps(wrapper)(wrapped) as funcobject.c's functools_wraps. */
export function functoolsWraps(wrapper: PyObject, wrapped: PyObject): void {
  for (const name of ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"]) {
    // PyObject_GetAttr and a cleared AttributeError, not a lookup that skips building the error:
    // CPython's functools_copy_attr makes the exception (its argument tuple ends up on the free
    // list), which gc.get_count() shows.
    let v: PyObject;
    try {
      v = PyObject_GetAttrString(wrapped, name);
    } catch (e) {
      if (!exceptionMatches(e, PyExc_AttributeError)) throw e;
      Py_DECREF(e as PyObject);
      continue;
    }
    try {
      PyObject_SetAttrString(wrapper, name, v);
    } finally {
      Py_DECREF(v);
    }
  }
}

/** tp_init shared by classmethod and staticmethod. */
export function wrapperInit(fname: string) {
  return (self: PyObject, args: PyObject[], kwnames: string[] | null): void => {
    positional(fname, args, kwnames, 1, 1);
    const w = self as PyCallableWrapper;
    const callable = args[0]!;
    const old = w.callable;
    w.callable = Py_NewRef(callable);
    Py_XDECREF(old);
    functoolsWraps(w, callable);
  };
}

export function wrapper_dealloc(o: PyObject): void {
  // A heap subclass's subtype_dealloc drops the type reference after calling this.
  const w = o as PyCallableWrapper;
  PyObject_GC_UnTrack(w);
  wrapper_clear(w);
  gcFree(w);
}

export function wrapper_clear(o: PyObject): void {
  const w = o as PyCallableWrapper;
  const c = w.callable;
  const d = w.ob_dict;
  w.callable = null;
  w.ob_dict = null;
  Py_XDECREF(c);
  Py_XDECREF(d);
}

export function wrapper_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const w = o as PyCallableWrapper;
  if (w.callable !== null) visit(w.callable);
  if (w.ob_dict) visit(w.ob_dict);
}

/** `__func__`, `__wrapped__`, `__isabstractmethod__` and `__dict__` of both wrapper types. */
export function wrapperGetSets(): GetSetDef[] {
  const callable = (self: PyObject) => Py_NewRef((self as PyCallableWrapper).callable ?? Py_None);
  return [
    { name: "__func__", kind: "member", get: callable },
    { name: "__wrapped__", kind: "member", get: callable },
    {
      name: "__isabstractmethod__",
      get: (self) => {
        const c = (self as PyCallableWrapper).callable;
        if (c === null) return PyBool_FromBool(false);
        const v = PyObject_LookupAttrString(c, "__isabstractmethod__");
        if (v === null) return PyBool_FromBool(false);
        try {
          return PyBool_FromBool(PyObject_IsTrue(v));
        } finally {
          Py_DECREF(v);
        }
      },
    },
    {
      name: "__dict__",
      get: (self) => {
        let d = self.ob_dict;
        if (!d) d = self.ob_dict = newDict();
        return Py_NewRef(d);
      },
      set: (self, v) => setDict(self, v),
    },
  ];
}

function newDict(): PyDict {
  return PyDict_New();
}

function setDict(self: PyObject, v: PyObject | null): void {
  if (v === null) raise(PyExc_TypeError, "cannot delete __dict__");
  if (!(v instanceof PyDict)) {
    raise(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
  }
  const old = self.ob_dict;
  self.ob_dict = Py_NewRef(v);
  Py_XDECREF(old);
}

function cm_descr_get(self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const cm = self as PyCallableWrapper;
  const c = cm.callable;
  if (c === null) raise(PyExc_RuntimeError, "uninitialized classmethod object");
  const t = type ?? obj!.ob_type;
  const get = c.ob_type.tp_descr_get;
  if (get !== null) return get(c, t, t);
  return PyMethod_New(c, t);
}

export function wrapperRepr(kind: string) {
  return (o: PyObject): PyObject => {
    const c = (o as PyCallableWrapper).callable;
    return PyStr_FromString(`<${kind}(${c === null ? "NULL" : reprOf(c)})>`);
  };
}

/** classmethod(f) for class creation (`__init_subclass__`, `__class_getitem__`): new reference. */
export function PyClassMethod_New(callable: PyObject): PyObject {
  const cm = wrapper_new(PyClassMethod_Type, [], null) as PyCallableWrapper;
  cm.callable = Py_NewRef(callable);
  return cm;
}

export function initClassMethodType(): void {
  const T = PyClassMethod_Type;
  T.tp_new = wrapper_new;
  T.tp_init = wrapperInit("classmethod");
  T.tp_dealloc = wrapper_dealloc;
  T.tp_traverse = wrapper_traverse;
  T.tp_clear = wrapper_clear;
  T.tp_descr_get = cm_descr_get;
  T.tp_repr = wrapperRepr("classmethod");
  defineGetSets(T, wrapperGetSets());
}
