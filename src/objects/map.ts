/** `map` (CPython's Python/bltinmodule.c): func applied to the next item of each iterator. */
import { PyObject_Call, PyObject_GetIter } from "./abstract.js";
import { noArgs } from "./args.js";
import { PyExc_TypeError, raise } from "./exceptions.js";
import { defineMethods } from "./methods.js";
import { Py_DECREF, Py_INCREF, PyObject } from "./object.js";
import type { VisitProc } from "./slots_types.js";
import {
  gcAlloc,
  gcFree,
  PyMem_Free,
  PyMem_Malloc,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyObject_SelfIter,
  type PyTuple,
  PyTuple_New,
  PyTuple_Pack,
} from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";
import { instanceAllocSize } from "./typeobject.js";

/** _PY_FASTCALL_SMALL_STACK: more iterators than this and map_next mallocs its argument array. */
const SMALL_STACK = 5;

export class PyMap extends PyObject {
  iters: PyTuple | null = null;
  func: PyObject | null = null;
}

export const PyMap_Type = newStaticType({
  name: "map",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 32,
  doc: "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted.",
});

function map_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw > 0 && (type === PyMap_Type || type.tp_init === PyMap_Type.tp_init)) {
    raise(PyExc_TypeError, "map() takes no keyword arguments");
  }
  const numargs = args.length - nkw;
  if (numargs < 2) raise(PyExc_TypeError, "map() must have at least two arguments.");
  const iters: PyObject[] = [];
  try {
    for (let i = 1; i < numargs; i++) iters.push(PyObject_GetIter(args[i]!));
  } catch (e) {
    for (const it of iters) Py_DECREF(it);
    throw e;
  }
  const ittuple = PyTuple_New(iters);
  const lz = new PyMap(type);
  gcAlloc(lz, type === PyMap_Type ? 48 : instanceAllocSize(type));
  if (type !== PyMap_Type) Py_INCREF(type);
  PyObject_GC_Track(lz);
  lz.iters = ittuple;
  lz.func = args[0]!;
  Py_INCREF(lz.func);
  return lz;
}

function map_next(o: PyObject): PyObject | null {
  const lz = o as PyMap;
  const iters = lz.iters!.items;
  const niters = iters.length;
  const stackAddr = niters > SMALL_STACK ? PyMem_Malloc(niters * 8) : 0;
  const stack: PyObject[] = [];
  try {
    for (let i = 0; i < niters; i++) {
      const it = iters[i]!;
      const val = it.ob_type.tp_iternext!(it);
      if (val === null) return null;
      stack.push(val);
    }
    return PyObject_Call(lz.func!, stack, null);
  } finally {
    for (const v of stack) Py_DECREF(v);
    if (stackAddr !== 0) PyMem_Free(stackAddr, niters * 8);
  }
}

function map_dealloc(o: PyObject): void {
  const lz = o as PyMap;
  PyObject_GC_UnTrack(lz);
  const iters = lz.iters;
  const func = lz.func;
  lz.iters = null;
  lz.func = null;
  if (iters !== null) Py_DECREF(iters);
  if (func !== null) Py_DECREF(func);
  gcFree(lz);
}

function map_traverse(o: PyObject, visit: VisitProc): void {
  const lz = o as PyMap;
  if (lz.iters !== null) visit(lz.iters);
  if (lz.func !== null) visit(lz.func);
}

PyMap_Type.tp_new = map_new;
PyMap_Type.tp_dealloc = map_dealloc;
PyMap_Type.tp_traverse = map_traverse;
PyMap_Type.tp_iter = PyObject_SelfIter;
PyMap_Type.tp_iternext = map_next;

defineMethods(PyMap_Type, {
  __reduce__: {
    impl: (self, args, kwnames) => {
      noArgs("map.__reduce__", args, kwnames);
      const lz = self as PyMap;
      const inner = PyTuple_Pack(lz.func!, ...lz.iters!.items);
      Py_INCREF(lz.ob_type);
      return PyTuple_New([lz.ob_type, inner]);
    },
    doc: "Return state information for pickling.",
  },
});
