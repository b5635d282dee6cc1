/**
 * `enumerate` (CPython's Objects/enumobject.c): pairs (index, item), reusing its result tuple
 * when nobody else holds it, exactly like CPython (which shows in allocation counts and ids).
 */
import { PyNumber_Index, PyObject_GetIter } from "./abstract.js";
import { noArgs } from "./args.js";
import { PyExc_TypeError, raise } from "./exceptions.js";
import { type PyInt, PyInt_FromBigInt, PyInt_FromNumber, PyInt_FromSsize_t } from "./int.js";
import { defineMethods } from "./methods.js";
import { Py_None } from "./none.js";
import { Py_DECREF, Py_INCREF, PyObject } from "./object.js";
import type { VisitProc } from "./slots_types.js";
import {
  _PyObject_GC_IS_TRACKED,
  gcAlloc,
  gcFree,
  Py_GenericAlias,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyObject_SelfIter,
  type PyTuple,
  PyTuple_New,
  PyTuple_Pack,
} from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";
import { instanceAllocSize } from "./typeobject.js";

const MAX_INDEX = Number.MAX_SAFE_INTEGER;

export class PyEnumerate extends PyObject {
  en_index = 0;
  en_sit: PyObject | null = null;
  en_result: PyTuple | null = null;
  /** The index once it no longer fits a machine integer (or when start was huge). */
  en_longindex: PyInt | null = null;
}

export const PyEnum_Type = newStaticType({
  name: "enumerate",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 56,
  doc: "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
});

/** enum_new_impl: the object first, then start, the iterator and the result tuple (CPython's order). */
export function enum_new_impl(type: PyType, iterable: PyObject, start: PyObject | null): PyEnumerate {
  const en = new PyEnumerate(type);
  gcAlloc(en, type === PyEnum_Type ? 72 : instanceAllocSize(type));
  if (type !== PyEnum_Type) Py_INCREF(type);
  PyObject_GC_Track(en);
  try {
    if (start !== null) {
      const s = PyNumber_Index(start);
      if (typeof s.value === "number" && s.value < MAX_INDEX) {
        en.en_index = s.value;
        Py_DECREF(s);
      } else {
        en.en_index = MAX_INDEX;
        en.en_longindex = s;
      }
    }
    en.en_sit = PyObject_GetIter(iterable);
    en.en_result = PyTuple_Pack(Py_None, Py_None);
  } catch (e) {
    Py_DECREF(en);
    throw e;
  }
  return en;
}

function enum_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const nargs = args.length - nkw;
  const check = (i: number, name: string): void => {
    if (kwnames![i] !== name)
      raise(PyExc_TypeError, `'${kwnames![i]}' is an invalid keyword argument for enumerate()`);
  };
  if (nargs + nkw === 2) {
    if (nkw === 1) check(0, "start");
    else if (nkw === 2) {
      if (kwnames![0] === "start") {
        check(1, "iterable");
        return enum_new_impl(type, args[1]!, args[0]!);
      }
      check(0, "iterable");
      check(1, "start");
    }
    return enum_new_impl(type, args[0]!, args[1]!);
  }
  if (nargs + nkw === 1) {
    if (nkw === 1) check(0, "iterable");
    return enum_new_impl(type, args[0]!, null);
  }
  if (nargs === 0 && nkw === 0) raise(PyExc_TypeError, "enumerate() missing required argument 'iterable'");
  raise(PyExc_TypeError, `enumerate() takes at most 2 arguments (${nargs + nkw} given)`);
}

/** Puts (index, item) in the reusable result tuple, or a fresh one (both references stolen). */
function packResult(en: PyEnumerate, index: PyObject, item: PyObject): PyObject {
  const result = en.en_result!;
  if (result.ob_refcnt === 1) {
    result.ob_refcnt++;
    const oldIndex = result.items[0]!;
    const oldItem = result.items[1]!;
    result.items[0] = index;
    result.items[1] = item;
    Py_DECREF(oldIndex);
    Py_DECREF(oldItem);
    if (!_PyObject_GC_IS_TRACKED(result)) PyObject_GC_Track(result);
    return result;
  }
  return PyTuple_New([index, item]);
}

function enum_next(o: PyObject): PyObject | null {
  const en = o as PyEnumerate;
  const it = en.en_sit!;
  const item = it.ob_type.tp_iternext!(it);
  if (item === null) return null;
  if (en.en_index >= MAX_INDEX) {
    // enum_next_long
    if (en.en_longindex === null) en.en_longindex = PyInt_FromNumber(MAX_INDEX);
    const nextIndex = en.en_longindex;
    en.en_longindex = PyInt_FromBigInt(BigInt(nextIndex.value) + 1n);
    return packResult(en, nextIndex, item);
  }
  const nextIndex = PyInt_FromSsize_t(en.en_index);
  en.en_index++;
  return packResult(en, nextIndex, item);
}

function enum_dealloc(o: PyObject): void {
  const en = o as PyEnumerate;
  PyObject_GC_UnTrack(en);
  const sit = en.en_sit;
  const result = en.en_result;
  const longindex = en.en_longindex;
  en.en_sit = en.en_result = en.en_longindex = null;
  if (sit !== null) Py_DECREF(sit);
  if (result !== null) Py_DECREF(result);
  if (longindex !== null) Py_DECREF(longindex);
  gcFree(en);
}

function enum_traverse(o: PyObject, visit: VisitProc): void {
  const en = o as PyEnumerate;
  if (en.en_sit !== null) visit(en.en_sit);
  if (en.en_result !== null) visit(en.en_result);
  if (en.en_longindex !== null) visit(en.en_longindex);
}

PyEnum_Type.tp_new = enum_new;
PyEnum_Type.tp_dealloc = enum_dealloc;
PyEnum_Type.tp_traverse = enum_traverse;
PyEnum_Type.tp_iter = PyObject_SelfIter;
PyEnum_Type.tp_iternext = enum_next;

defineMethods(PyEnum_Type, {
  __reduce__: {
    impl: (self, args, kwnames) => {
      noArgs("enumerate.__reduce__", args, kwnames);
      const en = self as PyEnumerate;
      const index =
        en.en_longindex !== null
          ? (Py_INCREF(en.en_longindex), en.en_longindex)
          : PyInt_FromNumber(en.en_index);
      Py_INCREF(en.ob_type);
      Py_INCREF(en.en_sit!);
      return PyTuple_New([en.ob_type, PyTuple_New([en.en_sit!, index])]);
    },
    doc: "Return state information for pickling.",
  },
  __class_getitem__: { impl: Py_GenericAlias, kind: "class", doc: "See PEP 585" },
});
