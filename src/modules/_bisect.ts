/**
 * The `_bisect` module (CPython 3.11's Modules/_bisectmodule.c): binary search and insertion
 * with `lo`/`hi` bounds (hi=-1 or None meaning len(a)) and `key=`, making the same item
 * fetches, key calls and `<` comparisons as CPython. lib/bisect.py adds the bisect/insort aliases.
 */
import { CmpOp } from "../compiler/opcodes.js";
import {
  PyNumber_AsSsize_t,
  PyObject_CallMethod,
  PyObject_CallOneArg,
  PyObject_RichCompareBool,
  PyObject_Size,
} from "../objects/abstract.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError, raise } from "../objects/exceptions.js";
import { PyInt_FromNumber } from "../objects/int.js";
import { PyList, PyList_Insert, PyList_Type } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import { type PyModule, PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { PyStr_FromString } from "../objects/str.js";
import { registerBuiltinModule } from "./importlib.js";
import { clinicArgs } from "./stdlib_args.js";

/** PySequence_GetItem for a non-negative index. */
function sequenceGetItem(o: PyObject, i: number): PyObject {
  const f = o.ob_type.sq_item;
  if (f === null) {
    if (o.ob_type.mp_subscript !== null) raise(PyExc_TypeError, `${o.ob_type.tp_name} is not a sequence`);
    raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object does not support indexing`);
  }
  return f(o, i);
}

function bisect(
  list: PyObject,
  item: PyObject,
  lo: number,
  hi: number,
  key: PyObject,
  right: boolean,
): number {
  if (lo < 0) raise(PyExc_ValueError, "lo must be non-negative");
  if (hi === -1) hi = PyObject_Size(list);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let litem = sequenceGetItem(list, mid);
    if (key !== Py_None) {
      try {
        const k = PyObject_CallOneArg(key, litem);
        Py_DECREF(litem);
        litem = k;
      } catch (e) {
        Py_DECREF(litem);
        throw e;
      }
    }
    let res: boolean;
    try {
      res = right
        ? PyObject_RichCompareBool(item, litem, CmpOp.LT)
        : PyObject_RichCompareBool(litem, item, CmpOp.LT);
    } finally {
      Py_DECREF(litem);
    }
    if (right) {
      if (res) hi = mid;
      else lo = mid + 1;
    } else if (res) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The Py_ssize_t converter (accepting ints only; None allowed for hi). */
function ssize(o: PyObject | null, dflt: number, allowNone: boolean): number {
  if (o === null) return dflt;
  if (allowNone && o === Py_None) return dflt;
  return PyNumber_AsSsize_t(o, PyExc_OverflowError);
}

function parse(fname: string, args: PyObject[], kwnames: string[] | null) {
  const [a, x, lo, hi, key] = clinicArgs(fname, args, kwnames, {
    names: ["a", "x", "lo", "hi", "key"],
    minpos: 2,
    maxpos: 4,
  });
  return { a: a!, x: x!, lo: ssize(lo, 0, false), hi: ssize(hi, -1, true), key: key ?? Py_None };
}

function bisectFn(name: string, right: boolean): NativeImplLike {
  return (_m, args, kwnames) => {
    const p = parse(name, args, kwnames);
    return PyInt_FromNumber(bisect(p.a, p.x, p.lo, p.hi, p.key, right));
  };
}

type NativeImplLike = (m: PyObject | null, args: PyObject[], kwnames: string[] | null) => PyObject;

function insortFn(name: string, right: boolean): NativeImplLike {
  return (_m, args, kwnames) => {
    const p = parse(name, args, kwnames);
    let index: number;
    if (p.key === Py_None) index = bisect(p.a, p.x, p.lo, p.hi, p.key, right);
    else {
      const keyX = PyObject_CallOneArg(p.key, p.x);
      try {
        index = bisect(p.a, keyX, p.lo, p.hi, p.key, right);
      } finally {
        Py_DECREF(keyX);
      }
    }
    if (p.a instanceof PyList && p.a.ob_type === PyList_Type) PyList_Insert(p.a, index, p.x);
    else {
      const i = PyInt_FromNumber(index);
      try {
        Py_DECREF(PyObject_CallMethod(p.a, "insert", [i, p.x]));
      } finally {
        Py_DECREF(i);
      }
    }
    return Py_NewRef(Py_None);
  };
}

const BISECT_FUNCTIONS: MethodDef[] = [
  {
    name: "bisect_right",
    impl: bisectFn("bisect_right", true),
    doc: "Return the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e <= x, and all e in\na[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\ninsert just after the rightmost x already there.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.",
    textSignature: "($module, /, a, x, lo=0, hi=None, *, key=None)",
  },
  {
    name: "insort_right",
    impl: insortFn("insort_right", true),
    doc: "Insert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the right of the rightmost x.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.",
    textSignature: "($module, /, a, x, lo=0, hi=None, *, key=None)",
  },
  {
    name: "bisect_left",
    impl: bisectFn("bisect_left", false),
    doc: "Return the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e < x, and all e in\na[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\ninsert just before the leftmost x already there.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.",
    textSignature: "($module, /, a, x, lo=0, hi=None, *, key=None)",
  },
  {
    name: "insort_left",
    impl: insortFn("insort_left", false),
    doc: "Insert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the left of the leftmost x.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.",
    textSignature: "($module, /, a, x, lo=0, hi=None, *, key=None)",
  },
];

function createBisectModule(): PyModule {
  const m = PyModule_New("_bisect");
  PyModule_Add(
    m,
    "__doc__",
    PyStr_FromString(
      "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n",
    ),
  );
  PyModule_AddFunctions(m, BISECT_FUNCTIONS);
  return m;
}

export function registerBisectModule(): void {
  registerBuiltinModule("_bisect", createBisectModule);
}
