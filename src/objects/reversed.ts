/**
 * `reversed` (CPython's Objects/enumobject.c): `__reversed__()` when the type has it, otherwise
 * a reverse iterator over any sequence (len + __getitem__ from the end).
 */
import { lookupSpecial, PyObject_CallNoArgs, PyObject_Size } from "./abstract.js";
import { noArgs, oneArg, positional } from "./args.js";
import { PyDict_Check } from "./dict.js";
import {
  exceptionMatches,
  type PyBaseException,
  PyExc_IndexError,
  PyExc_StopIteration,
  PyExc_TypeError,
  raise,
} from "./exceptions.js";
import { PyInt_FromNumber } from "./int.js";
import { defineMethods } from "./methods.js";
import { Py_None } from "./none.js";
import { Py_DECREF, Py_INCREF, PyObject } from "./object.js";
import type { VisitProc } from "./slots_types.js";
import {
  gcAlloc,
  gcFree,
  Py_EmptyTuple,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyObject_SelfIter,
  PyTuple_New,
  setstateIndex,
} from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";
import { instanceAllocSize } from "./typeobject.js";

export class PyReversed extends PyObject {
  index = -1;
  seq: PyObject | null = null;
}

export const PyReversed_Type = newStaticType({
  name: "reversed",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 32,
  doc: "Return a reverse iterator over the values of the given sequence.",
});

/** PySequence_Check: has sq_item and is not a dict. */
export function PySequence_Check(o: PyObject): boolean {
  if (PyDict_Check(o)) return false;
  return o.ob_type.sq_item !== null;
}

function reversed_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  if (
    kwnames !== null &&
    kwnames.length > 0 &&
    (type === PyReversed_Type || type.tp_init === PyReversed_Type.tp_init)
  ) {
    raise(PyExc_TypeError, "reversed() takes no keyword arguments");
  }
  positional("reversed", args, null, 1, 1);
  return reversed_new_impl(type, args[0]!);
}

export function reversed_new_impl(type: PyType, seq: PyObject): PyObject {
  const meth = lookupSpecial(seq, "__reversed__");
  if (meth === Py_None) {
    Py_DECREF(meth);
    raise(PyExc_TypeError, `'${seq.ob_type.tp_name}' object is not reversible`);
  }
  if (meth !== null) {
    try {
      return PyObject_CallNoArgs(meth);
    } finally {
      Py_DECREF(meth);
    }
  }
  if (!PySequence_Check(seq)) raise(PyExc_TypeError, `'${seq.ob_type.tp_name}' object is not reversible`);
  const n = PyObject_Size(seq);
  const ro = new PyReversed(type);
  gcAlloc(ro, type === PyReversed_Type ? 48 : instanceAllocSize(type));
  if (type !== PyReversed_Type) Py_INCREF(type);
  PyObject_GC_Track(ro);
  ro.index = n - 1;
  Py_INCREF(seq);
  ro.seq = seq;
  return ro;
}

function reversed_next(o: PyObject): PyObject | null {
  const ro = o as PyReversed;
  const index = ro.index;
  if (index >= 0 && ro.seq !== null) {
    try {
      const item = ro.seq.ob_type.sq_item!(ro.seq, index);
      ro.index--;
      return item;
    } catch (e) {
      if (!exceptionMatches(e, PyExc_IndexError) && !exceptionMatches(e, PyExc_StopIteration)) throw e;
      Py_DECREF(e as PyBaseException);
    }
  }
  ro.index = -1;
  const seq = ro.seq;
  ro.seq = null;
  if (seq !== null) Py_DECREF(seq);
  return null;
}

function reversed_dealloc(o: PyObject): void {
  const ro = o as PyReversed;
  PyObject_GC_UnTrack(ro);
  const seq = ro.seq;
  ro.seq = null;
  if (seq !== null) Py_DECREF(seq);
  gcFree(ro);
}

function reversed_traverse(o: PyObject, visit: VisitProc): void {
  const s = (o as PyReversed).seq;
  if (s !== null) visit(s);
}

PyReversed_Type.tp_new = reversed_new;
PyReversed_Type.tp_dealloc = reversed_dealloc;
PyReversed_Type.tp_traverse = reversed_traverse;
PyReversed_Type.tp_iter = PyObject_SelfIter;
PyReversed_Type.tp_iternext = reversed_next;

defineMethods(PyReversed_Type, {
  __length_hint__: {
    impl: (self, args, kwnames) => {
      noArgs("reversed.__length_hint__", args, kwnames);
      const ro = self as PyReversed;
      if (ro.seq === null) return PyInt_FromNumber(0);
      const seqsize = PyObject_Size(ro.seq);
      const position = ro.index + 1;
      return PyInt_FromNumber(seqsize < position ? 0 : position);
    },
    doc: "Private method returning an estimate of len(list(it)).",
  },
  __reduce__: {
    impl: (self, args, kwnames) => {
      noArgs("reversed.__reduce__", args, kwnames);
      const ro = self as PyReversed;
      Py_INCREF(ro.ob_type);
      if (ro.seq !== null) {
        Py_INCREF(ro.seq);
        return PyTuple_New([ro.ob_type, PyTuple_New([ro.seq]), PyInt_FromNumber(ro.index)]);
      }
      Py_INCREF(Py_EmptyTuple);
      return PyTuple_New([ro.ob_type, PyTuple_New([Py_EmptyTuple])]);
    },
    doc: "Return state information for pickling.",
  },
  __setstate__: {
    impl: (self, args, kwnames) => {
      const state = oneArg("reversed.__setstate__", args, kwnames);
      const ro = self as PyReversed;
      let index = setstateIndex(state);
      if (ro.seq !== null) {
        const n = PyObject_Size(ro.seq);
        if (index < -1) index = -1;
        else if (index > n - 1) index = n - 1;
        ro.index = index;
      }
      Py_INCREF(Py_None);
      return Py_None;
    },
    doc: "Set state information for unpickling.",
  },
});
