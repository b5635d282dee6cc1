/**
 * The `_bisect` module (CPython 3.11's Modules/_bisectmodule.c): binary search and insertion
 * with `lo`/`hi` bounds (hi=-1 or None meaning len(a)) and `key=`, making the same item
 * fetches, key calls and `<` comparisons as CPython. lib/bisect.py adds the bisect/insort aliases.
 */
import { CmpOp } from "../compiler/opcodes.js";
import {
  exactLength,
  PyNumber_Index,
  PyObject_CallMethod,
  PyObject_CallOneArg,
  PyObject_GetItem,
  PyObject_RichCompareBool,
  PyObject_Size,
} from "../objects/abstract.js";
import { clinicArgs } from "../objects/args.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError, raise } from "../objects/exceptions.js";
import { PyInt_FromBigInt, PyInt_FromNumber } from "../objects/int.js";
import { PyList, PyList_Insert, PyList_Type } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import { type PyModule, PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { PyStr_FromString } from "../objects/str.js";
import { registerBuiltinModule } from "./importlib.js";

/** PySequence_GetItem for a non-negative index. */
function sequenceGetItem(o: PyObject, i: number): PyObject {
  const f = o.ob_type.sq_item;
  if (f === null) {
    if (o.ob_type.mp_subscript !== null) raise(PyExc_TypeError, `${o.ob_type.tp_name} is not a sequence`);
    raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object does not support indexing`);
  }
  return f(o, i);
}

/** A Py_ssize_t: a number, or a bigint past 2**53 (a range of 10**18 items, say). */
type Ssize = number | bigint;

function bisect(list: PyObject, item: PyObject, lo: Ssize, hi: Ssize, key: PyObject, right: boolean): Ssize {
  if (lo < 0) raise(PyExc_ValueError, "lo must be non-negative");
  if (hi === -1) {
    const n = PyObject_Size(list);
    hi = n > Number.MAX_SAFE_INTEGER ? exactLength.value : n;
  }
  if (typeof lo === "number" && typeof hi === "number") {
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (lessThanAt(sequenceGetItem(list, mid), item, key, right)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
  // Bounds past 2**53 halve exactly as bigints (in doubles, lo + 1 == lo there and the loop
  // never ends); an index past 2**53 is passed to __getitem__ as an int.
  let bigLo = BigInt(lo);
  let bigHi = BigInt(hi);
  while (bigLo < bigHi) {
    const mid = (bigLo + bigHi) >> 1n;
    const litem = mid <= MAX_SAFE ? sequenceGetItem(list, Number(mid)) : getItemAtBigIndex(list, mid);
    if (lessThanAt(litem, item, key, right)) bigHi = mid;
    else bigLo = mid + 1n;
  }
  return bigLo <= MAX_SAFE ? Number(bigLo) : bigLo;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function getItemAtBigIndex(list: PyObject, index: bigint): PyObject {
  const i = PyInt_FromBigInt(index);
  try {
    return PyObject_GetItem(list, i);
  } finally {
    Py_DECREF(i);
  }
}

/**
 * One step's comparison, taking the reference to `litem`: bisect_right goes left when
 * item < key(litem), bisect_left when key(litem) < item does not hold.
 */
function lessThanAt(litem: PyObject, item: PyObject, key: PyObject, right: boolean): boolean {
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
  try {
    return right
      ? PyObject_RichCompareBool(item, litem, CmpOp.LT)
      : !PyObject_RichCompareBool(litem, item, CmpOp.LT);
  } finally {
    Py_DECREF(litem);
  }
}

/** The Py_ssize_t converter (PyNumber_AsSsize_t; None allowed for hi), exact past 2**53. */
function ssize(o: PyObject | null, dflt: number, allowNone: boolean): Ssize {
  if (o === null) return dflt;
  if (allowNone && o === Py_None) return dflt;
  const i = PyNumber_Index(o);
  const v = i.value;
  Py_DECREF(i);
  if (typeof v === "number") return v;
  if (v > 9223372036854775807n || v < -9223372036854775808n) {
    // lo's converter is PyLong_AsSsize_t's, hi's _Py_convert_optional_to_ssize_t (PyNumber_AsSsize_t)
    raise(
      PyExc_OverflowError,
      allowNone
        ? `cannot fit '${o.ob_type.tp_name}' into an index-sized integer`
        : "Python int too large to convert to C ssize_t",
    );
  }
  return v;
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
    const index = bisect(p.a, p.x, p.lo, p.hi, p.key, right);
    return typeof index === "number" ? PyInt_FromNumber(index) : PyInt_FromBigInt(index);
  };
}

type NativeImplLike = (m: PyObject | null, args: PyObject[], kwnames: string[] | null) => PyObject;

function insortFn(name: string, right: boolean): NativeImplLike {
  return (_m, args, kwnames) => {
    const p = parse(name, args, kwnames);
    let index: Ssize;
    if (p.key === Py_None) index = bisect(p.a, p.x, p.lo, p.hi, p.key, right);
    else {
      const keyX = PyObject_CallOneArg(p.key, p.x);
      try {
        index = bisect(p.a, keyX, p.lo, p.hi, p.key, right);
      } finally {
        Py_DECREF(keyX);
      }
    }
    if (p.a instanceof PyList && p.a.ob_type === PyList_Type && typeof index === "number") {
      PyList_Insert(p.a, index, p.x);
    } else {
      const i = typeof index === "number" ? PyInt_FromNumber(index) : PyInt_FromBigInt(index);
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
