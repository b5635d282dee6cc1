/** `filter` (CPython's Python/bltinmodule.c): the items for which func(item) (or the item itself) is true. */
import { PyObject_CallOneArg, PyObject_GetIter, PyObject_IsTrue } from "./abstract.js";
import { noArgs, positional } from "./args.js";
import { PyBool_Type } from "./bool.js";
import { PyExc_TypeError, raise } from "./exceptions.js";
import { defineMethods } from "./methods.js";
import { Py_None } from "./none.js";
import { Py_DECREF, Py_INCREF, PyObject } from "./object.js";
import type { VisitProc } from "./slots_types.js";
import {
  gcAlloc,
  gcFree,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyObject_SelfIter,
  PyTuple_New,
  PyTuple_Pack,
} from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";
import { instanceAllocSize } from "./typeobject.js";

export class PyFilter extends PyObject {
  func: PyObject | null = null;
  it: PyObject | null = null;
}

export const PyFilter_Type = newStaticType({
  name: "filter",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 32,
  doc: "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those items of iterable for which function(item)\nis true. If function is None, return the items that are true.",
});

function filter_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw > 0 && (type === PyFilter_Type || type.tp_init === PyFilter_Type.tp_init)) {
    raise(PyExc_TypeError, "filter() takes no keyword arguments");
  }
  const pos = args.slice(0, args.length - nkw);
  positional("filter", pos, null, 2, 2);
  const it = PyObject_GetIter(pos[1]!);
  const lz = new PyFilter(type);
  gcAlloc(lz, type === PyFilter_Type ? 48 : instanceAllocSize(type));
  if (type !== PyFilter_Type) Py_INCREF(type);
  PyObject_GC_Track(lz);
  lz.func = pos[0]!;
  Py_INCREF(lz.func);
  lz.it = it;
  return lz;
}

function filter_next(o: PyObject): PyObject | null {
  const lz = o as PyFilter;
  const it = lz.it!;
  const iternext = it.ob_type.tp_iternext!;
  const checktrue = lz.func === Py_None || lz.func === PyBool_Type;
  for (;;) {
    const item = iternext(it);
    if (item === null) return null;
    let ok: boolean;
    try {
      if (checktrue) ok = PyObject_IsTrue(item);
      else {
        const good = PyObject_CallOneArg(lz.func!, item);
        try {
          ok = PyObject_IsTrue(good);
        } finally {
          Py_DECREF(good);
        }
      }
    } catch (e) {
      Py_DECREF(item);
      throw e;
    }
    if (ok) return item;
    Py_DECREF(item);
  }
}

function filter_dealloc(o: PyObject): void {
  const lz = o as PyFilter;
  PyObject_GC_UnTrack(lz);
  const func = lz.func;
  const it = lz.it;
  lz.func = lz.it = null;
  if (func !== null) Py_DECREF(func);
  if (it !== null) Py_DECREF(it);
  gcFree(lz);
}

function filter_traverse(o: PyObject, visit: VisitProc): void {
  const lz = o as PyFilter;
  if (lz.it !== null) visit(lz.it);
  if (lz.func !== null) visit(lz.func);
}

PyFilter_Type.tp_new = filter_new;
PyFilter_Type.tp_dealloc = filter_dealloc;
PyFilter_Type.tp_traverse = filter_traverse;
PyFilter_Type.tp_iter = PyObject_SelfIter;
PyFilter_Type.tp_iternext = filter_next;

defineMethods(PyFilter_Type, {
  __reduce__: {
    impl: (self, args, kwnames) => {
      noArgs("filter.__reduce__", args, kwnames);
      const lz = self as PyFilter;
      const inner = PyTuple_Pack(lz.func!, lz.it!);
      Py_INCREF(lz.ob_type);
      return PyTuple_New([lz.ob_type, inner]);
    },
    doc: "Return state information for pickling.",
  },
});
