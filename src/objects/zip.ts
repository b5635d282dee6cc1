/**
 * `zip` (CPython's Python/bltinmodule.c): tuples of the next item of each iterator, reusing the
 * result tuple when possible, with PEP 618's `strict=True` length checks and messages.
 */
import { PyObject_GetIter, PyObject_IsTrue } from "./abstract.js";
import { noArgs, oneArg } from "./args.js";
import { Py_True } from "./bool.js";
import {
  exceptionMatches,
  type PyBaseException,
  PyExc_StopIteration,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "./exceptions.js";
import { defineMethods } from "./methods.js";
import { Py_None } from "./none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, PyObject } from "./object.js";
import type { VisitProc } from "./slots_types.js";
import {
  _PyObject_GC_IS_TRACKED,
  gcAlloc,
  gcFree,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyObject_SelfIter,
  type PyTuple,
  PyTuple_New,
  PyTuple_Pack,
} from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";
import { instanceAllocSize } from "./typeobject.js";

export class PyZip extends PyObject {
  ittuple: PyTuple | null = null;
  result: PyTuple | null = null;
  tuplesize = 0;
  strict = false;
}

export const PyZip_Type = newStaticType({
  name: "zip",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 48,
  doc: "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\nThe zip object yields n-length tuples, where n is the number of iterables\npassed as positional arguments to zip().  The i-th element in every tuple\ncomes from the i-th iterable argument to zip().  This continues until the\nshortest argument is exhausted.\n\nIf strict is true and one of the arguments is exhausted before the others,\nraise a ValueError.",
});

function zip_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  let strict = false;
  if (nkw > 0) {
    if (nkw > 1) raise(PyExc_TypeError, `zip() takes at most 1 keyword argument (${nkw} given)`);
    if (kwnames![0] !== "strict")
      raise(PyExc_TypeError, `'${kwnames![0]}' is an invalid keyword argument for zip()`);
    strict = PyObject_IsTrue(args[npos]!);
  }
  const iters: PyObject[] = [];
  try {
    for (let i = 0; i < npos; i++) iters.push(PyObject_GetIter(args[i]!));
  } catch (e) {
    for (const it of iters) Py_DECREF(it);
    throw e;
  }
  const ittuple = PyTuple_New(iters);
  const resultItems: PyObject[] = [];
  for (let i = 0; i < npos; i++) {
    Py_INCREF(Py_None);
    resultItems.push(Py_None);
  }
  const result = PyTuple_New(resultItems);
  const lz = new PyZip(type);
  gcAlloc(lz, type === PyZip_Type ? 64 : instanceAllocSize(type));
  if (type !== PyZip_Type) Py_INCREF(type);
  PyObject_GC_Track(lz);
  lz.ittuple = ittuple;
  lz.tuplesize = npos;
  lz.result = result;
  lz.strict = strict;
  return lz;
}

/** Calls tp_iternext, turning a raised StopIteration into exhaustion (null). */
function nextOrNull(it: PyObject): PyObject | null {
  try {
    return it.ob_type.tp_iternext!(it);
  } catch (e) {
    if (exceptionMatches(e, PyExc_StopIteration)) {
      Py_DECREF(e as PyBaseException);
      return null;
    }
    throw e;
  }
}

function zip_next(o: PyObject): PyObject | null {
  const lz = o as PyZip;
  const tuplesize = lz.tuplesize;
  if (tuplesize === 0) return null;
  const iters = lz.ittuple!.items;
  let result = lz.result!;
  let i = 0;
  if (result.ob_refcnt === 1) {
    result.ob_refcnt++;
    for (; i < tuplesize; i++) {
      const it = iters[i]!;
      const item = lz.strict ? nextOrNull(it) : it.ob_type.tp_iternext!(it);
      if (item === null) {
        Py_DECREF(result);
        return lz.strict ? zip_check(lz, i) : null;
      }
      const olditem = result.items[i]!;
      result.items[i] = item;
      Py_DECREF(olditem);
    }
    if (!_PyObject_GC_IS_TRACKED(result)) PyObject_GC_Track(result);
    return result;
  }
  // The tuple first, as CPython's zip_next: the call that finds an iterator exhausted has made
  // one, which goes back to the free list (tracemalloc still counts it, as python3 does).
  const slots: PyObject[] = [];
  for (let j = 0; j < tuplesize; j++) slots.push(Py_NewRef(Py_None));
  result = PyTuple_New(slots);
  for (; i < tuplesize; i++) {
    const it = iters[i]!;
    let item: PyObject | null;
    try {
      item = lz.strict ? nextOrNull(it) : it.ob_type.tp_iternext!(it);
    } catch (e) {
      Py_DECREF(result);
      throw e;
    }
    if (item === null) {
      Py_DECREF(result);
      return lz.strict ? zip_check(lz, i) : null;
    }
    const placeholder = result.items[i]!;
    result.items[i] = item;
    Py_DECREF(placeholder);
  }
  return result;
}

/** PEP 618: argument i ran out; complain if any other iterator still has items. */
function zip_check(lz: PyZip, i: number): null {
  if (i > 0) {
    const plural = i === 1 ? " " : "s 1-";
    raise(PyExc_ValueError, `zip() argument ${i + 1} is shorter than argument${plural}${i}`);
  }
  const iters = lz.ittuple!.items;
  for (i = 1; i < lz.tuplesize; i++) {
    const item = nextOrNull(iters[i]!);
    if (item !== null) {
      Py_DECREF(item);
      const plural = i === 1 ? " " : "s 1-";
      raise(PyExc_ValueError, `zip() argument ${i + 1} is longer than argument${plural}${i}`);
    }
  }
  return null;
}

function zip_dealloc(o: PyObject): void {
  const lz = o as PyZip;
  PyObject_GC_UnTrack(lz);
  const it = lz.ittuple;
  const r = lz.result;
  lz.ittuple = lz.result = null;
  if (it !== null) Py_DECREF(it);
  if (r !== null) Py_DECREF(r);
  gcFree(lz);
}

function zip_traverse(o: PyObject, visit: VisitProc): void {
  const lz = o as PyZip;
  if (lz.ittuple !== null) visit(lz.ittuple);
  if (lz.result !== null) visit(lz.result);
}

PyZip_Type.tp_new = zip_new;
PyZip_Type.tp_dealloc = zip_dealloc;
PyZip_Type.tp_traverse = zip_traverse;
PyZip_Type.tp_iter = PyObject_SelfIter;
PyZip_Type.tp_iternext = zip_next;

defineMethods(PyZip_Type, {
  __reduce__: {
    impl: (self, args, kwnames) => {
      noArgs("zip.__reduce__", args, kwnames);
      const lz = self as PyZip;
      return lz.strict
        ? PyTuple_Pack(lz.ob_type, lz.ittuple!, Py_True)
        : PyTuple_Pack(lz.ob_type, lz.ittuple!);
    },
    doc: "Return state information for pickling.",
  },
  __setstate__: {
    impl: (self, args, kwnames) => {
      const state = oneArg("zip.__setstate__", args, kwnames);
      (self as PyZip).strict = PyObject_IsTrue(state);
      Py_INCREF(Py_None);
      return Py_None;
    },
    doc: "Set state information for unpickling.",
  },
});
