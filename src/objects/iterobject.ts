/**
 * The `iterator` type (CPython's Objects/iterobject.c seqiterobject): what `iter(obj)` returns
 * for an object with `__getitem__` but no `__iter__`. It asks for items 0, 1, 2... until
 * IndexError or StopIteration, then lets go of the sequence.
 */
import { PyObject_Size } from "./abstract.js";
import { noArgs, oneArg } from "./args.js";
import {
  exceptionMatches,
  type PyBaseException,
  PyExc_IndexError,
  PyExc_StopIteration,
} from "./exceptions.js";
import { PyInt_FromNumber } from "./int.js";
import { defineMethods } from "./methods.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, PyObject } from "./object.js";
import type { VisitProc } from "./slots_types.js";
import {
  gcAlloc,
  gcFree,
  getBuiltin,
  Py_EmptyTuple,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyObject_SelfIter,
  PyTuple_New,
  setstateIndex,
} from "./tuple.js";
import { newStaticType, TypeFlag } from "./type.js";

export class PySeqIter extends PyObject {
  it_index = 0;
  it_seq: PyObject | null = null;
}

export const PySeqIter_Type = newStaticType({
  name: "iterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 32,
});

/** PySeqIter_New: a new reference. */
export function PySeqIter_New(seq: PyObject): PySeqIter {
  const it = new PySeqIter(PySeqIter_Type);
  gcAlloc(it, 32 + 16);
  it.it_seq = Py_NewRef(seq);
  PyObject_GC_Track(it);
  return it;
}

function iter_iternext(o: PyObject): PyObject | null {
  const it = o as PySeqIter;
  const seq = it.it_seq;
  if (seq === null) return null;
  try {
    const item = seq.ob_type.sq_item!(seq, it.it_index);
    it.it_index++;
    return item;
  } catch (e) {
    if (!exceptionMatches(e, PyExc_IndexError) && !exceptionMatches(e, PyExc_StopIteration)) throw e;
    Py_DECREF(e as PyBaseException);
  }
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
}

function iter_dealloc(o: PyObject): void {
  const it = o as PySeqIter;
  PyObject_GC_UnTrack(it);
  const seq = it.it_seq;
  it.it_seq = null;
  if (seq !== null) Py_DECREF(seq);
  gcFree(it);
}

function iter_traverse(o: PyObject, visit: VisitProc): void {
  const s = (o as PySeqIter).it_seq;
  if (s !== null) visit(s);
}

PySeqIter_Type.tp_dealloc = iter_dealloc;
PySeqIter_Type.tp_traverse = iter_traverse;
PySeqIter_Type.tp_iter = PyObject_SelfIter;
PySeqIter_Type.tp_iternext = iter_iternext;

defineMethods(PySeqIter_Type, {
  __length_hint__: {
    impl: (self, args, kwnames) => {
      noArgs("iterator.__length_hint__", args, kwnames);
      const it = self as PySeqIter;
      if (it.it_seq !== null) {
        const t = it.it_seq.ob_type;
        if (t.sq_length === null && t.mp_length === null) return Py_NewRef(Py_NotImplemented);
        const len = PyObject_Size(it.it_seq) - it.it_index;
        if (len >= 0) return PyInt_FromNumber(len);
      }
      return PyInt_FromNumber(0);
    },
    doc: "Private method returning an estimate of len(list(it)).",
  },
  __reduce__: {
    impl: (self, args, kwnames) => {
      noArgs("iterator.__reduce__", args, kwnames);
      const it = self as PySeqIter;
      const iter = getBuiltin("iter");
      if (it.it_seq !== null) {
        Py_INCREF(it.it_seq);
        return PyTuple_New([iter, PyTuple_New([it.it_seq]), PyInt_FromNumber(it.it_index)]);
      }
      Py_INCREF(Py_EmptyTuple);
      return PyTuple_New([iter, PyTuple_New([Py_EmptyTuple])]);
    },
    doc: "Return state information for pickling.",
  },
  __setstate__: {
    impl: (self, args, kwnames) => {
      const state = oneArg("iterator.__setstate__", args, kwnames);
      const it = self as PySeqIter;
      let index = setstateIndex(state);
      if (it.it_seq !== null) {
        if (index < 0) index = 0;
        it.it_index = index;
      }
      return Py_NewRef(Py_None);
    },
    doc: "Set state information for unpickling.",
  },
});
