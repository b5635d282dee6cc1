/**
 * `slice` (CPython's Objects/sliceobject.c) and the slice helpers every sequence uses:
 * `PySlice_Unpack` + `PySlice_AdjustIndices` (CPython's two-step replacement of
 * PySlice_GetIndicesEx), `_PyEval_SliceIndex` for `a[i:j]` operands, and the exact big-int
 * variant behind `slice.indices()` and range slicing.
 *
 * Indices are JS numbers. CPython clamps out-of-range indices to ±PY_SSIZE_T_MAX; we clamp to
 * ±Number.MAX_SAFE_INTEGER, which gives the same results for every sequence that can exist.
 */
import { CmpOp } from "../compiler/opcodes.js";
import { PyNumber_Index, PyObject_HashNotImplemented, PyObject_RichCompare, reprOf } from "./abstract.js";
import { noArgs, positional } from "./args.js";
import { PyBool_FromBool } from "./bool.js";
import { PyExc_TypeError, PyExc_ValueError, raise } from "./exceptions.js";
import { PyInt, PyInt_FromBigInt, PyInt_FromNumber } from "./int.js";
import { defineGetSets, defineMethods } from "./methods.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { Py_DECREF, Py_INCREF, PyObject } from "./object.js";
import { PyStr_FromString } from "./str.js";
import {
  FreeList,
  gcAlloc,
  gcFree,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyTuple_Pack,
  parkInFreeList,
  reuseFromFreeList,
} from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";

/** PY_SSIZE_T_MAX as far as JS numbers go. */
export const PY_SSIZE_T_MAX = Number.MAX_SAFE_INTEGER;
export const PY_SSIZE_T_MIN = -Number.MAX_SAFE_INTEGER;

export class PySlice extends PyObject {
  declare start: PyObject;
  declare stop: PyObject;
  declare step: PyObject;
  constructor(type: PyType, start: PyObject, stop: PyObject, step: PyObject) {
    // The header here rather than in PyObject's shared constructor, and the collector's field
    // from the start: one hidden class for every slice (see PyObject's constructor).
    super(type, true);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.ob_addr = 0;
    this.ob_size_alloc = 0;
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.gc_head = null;
  }
}

export const PySlice_Type = newStaticType({
  name: "slice",
  flags: TypeFlag.HAVE_GC,
  basicsize: 40,
});

export function PySlice_Check(o: PyObject): o is PySlice {
  return o.ob_type === PySlice_Type;
}

/** slice(start, stop, step) with null meaning None; INCREFs its arguments. New reference. */
export function PySlice_New(start: PyObject | null, stop: PyObject | null, step: PyObject | null): PySlice {
  const s0 = start ?? Py_None;
  const s1 = stop ?? Py_None;
  const s2 = step ?? Py_None;
  Py_INCREF(s0);
  Py_INCREF(s1);
  Py_INCREF(s2);
  const s = new PySlice(PySlice_Type, s0, s1, s2);
  if (!reuseFromFreeList(sliceCache(), s, 56)) gcAlloc(s, 56);
  PyObject_GC_Track(s);
  return s;
}

/**
 * BUILD_SLICE's slice: PySlice_New taking over the value stack's references to its operands
 * (`step` null: None), as the instruction's PySlice_New + DECREFs leave them.
 */
export function _PySlice_FromStack(start: PyObject, stop: PyObject, step: PyObject | null): PySlice {
  let s2 = step;
  if (s2 === null) {
    s2 = Py_None;
    s2.ob_refcnt++;
  }
  const s = new PySlice(PySlice_Type, start, stop, s2);
  if (!reuseFromFreeList(sliceCache(), s, 56)) gcAlloc(s, 56);
  PyObject_GC_Track(s);
  return s;
}

/** CPython's one-slice cache (interp->slice_cache): the last dead slice's block is reused. */
let sliceCacheObj: FreeList | null = null;
function sliceCache(): FreeList {
  if (sliceCacheObj === null) sliceCacheObj = new FreeList(1, null);
  return sliceCacheObj;
}

/** slice(start, stop) from JS numbers (CPython's _PySlice_FromIndices). */
export function PySlice_FromIndices(start: number, stop: number): PySlice {
  const a = PyInt_FromNumber(start);
  const b = PyInt_FromNumber(stop);
  const s = PySlice_New(a, b, null);
  Py_DECREF(a);
  Py_DECREF(b);
  return s;
}

function clampIndex(v: number | bigint): number {
  if (typeof v === "number") {
    if (v > PY_SSIZE_T_MAX) return PY_SSIZE_T_MAX;
    if (v < PY_SSIZE_T_MIN) return PY_SSIZE_T_MIN;
    return v;
  }
  if (v > BigInt(PY_SSIZE_T_MAX)) return PY_SSIZE_T_MAX;
  if (v < BigInt(PY_SSIZE_T_MIN)) return PY_SSIZE_T_MIN;
  return Number(v);
}

/**
 * The value of a slice operand clamped to the index range (CPython's _PyEval_SliceIndex, which
 * also accepts None — callers handle None themselves).
 */
export function _PyEval_SliceIndex(v: PyObject): number {
  if (v instanceof PyInt) return clampIndex(v.value);
  if (v.ob_type.nb_index === null) {
    raise(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  const i = PyNumber_Index(v);
  const r = clampIndex(i.value);
  Py_DECREF(i);
  return r;
}

/** Like _PyEval_SliceIndex but None is not allowed (list.index's start/stop arguments). */
export function _PyEval_SliceIndexNotNone(v: PyObject): number {
  if (v instanceof PyInt) return clampIndex(v.value);
  if (v.ob_type.nb_index === null) {
    raise(PyExc_TypeError, "slice indices must be integers or have an __index__ method");
  }
  const i = PyNumber_Index(v);
  const r = clampIndex(i.value);
  Py_DECREF(i);
  return r;
}

/** Result of PySlice_Unpack / PySlice_AdjustIndices. Reused: copy the fields out immediately. */
export interface SliceIndices {
  start: number;
  stop: number;
  step: number;
}

/**
 * CPython's PySlice_Unpack: start/stop/step as clamped numbers, None replaced by the defaults
 * for the step's direction. Raises ValueError for a zero step.
 */
export function PySlice_Unpack(s: PySlice): SliceIndices {
  let step: number;
  if (s.step === Py_None) step = 1;
  else {
    step = _PyEval_SliceIndex(s.step);
    if (step === 0) raise(PyExc_ValueError, "slice step cannot be zero");
    if (step < -PY_SSIZE_T_MAX) step = -PY_SSIZE_T_MAX;
  }
  const start = s.start === Py_None ? (step < 0 ? PY_SSIZE_T_MAX : 0) : _PyEval_SliceIndex(s.start);
  const stop = s.stop === Py_None ? (step < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX) : _PyEval_SliceIndex(s.stop);
  return { start, stop, step };
}

/**
 * CPython's PySlice_AdjustIndices: clips `ix.start`/`ix.stop` to a sequence of `length` (in
 * place) and returns the slice length.
 */
export function PySlice_AdjustIndices(length: number, ix: SliceIndices): number {
  let { start, stop } = ix;
  const step = ix.step;
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  ix.start = start;
  ix.stop = stop;
  if (step < 0) {
    if (stop < start) return Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    return Math.floor((stop - start - 1) / step) + 1;
  }
  return 0;
}

/** Unpack + adjust in one call (CPython's PySlice_GetIndicesEx): {start, stop, step} and the length. */
export function PySlice_GetIndicesEx(s: PySlice, length: number): SliceIndices & { slicelength: number } {
  const ix = PySlice_Unpack(s);
  const slicelength = PySlice_AdjustIndices(length, ix);
  return { start: ix.start, stop: ix.stop, step: ix.step, slicelength };
}

// ---------------------------------------------------------------------------------------------
// Exact (big-int) indices: slice.indices() and range slicing (CPython's _PySlice_GetLongIndices)

function bigIndex(v: PyObject): bigint {
  if (v instanceof PyInt) return BigInt(v.value);
  if (v.ob_type.nb_index === null) {
    raise(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  const i = PyNumber_Index(v);
  const r = BigInt(i.value);
  Py_DECREF(i);
  return r;
}

/** [start, stop, step] exactly as CPython's _PySlice_GetLongIndices (length >= 0). */
export function _PySlice_GetLongIndices(s: PySlice, length: bigint): [bigint, bigint, bigint] {
  let step: bigint;
  if (s.step === Py_None) step = 1n;
  else {
    step = bigIndex(s.step);
    if (step === 0n) raise(PyExc_ValueError, "slice step cannot be zero");
  }
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  let start: bigint;
  if (s.start === Py_None) start = neg ? upper : lower;
  else {
    start = bigIndex(s.start);
    if (start < 0n) {
      start += length;
      if (start < lower) start = lower;
    } else if (start > upper) start = upper;
  }
  let stop: bigint;
  if (s.stop === Py_None) stop = neg ? lower : upper;
  else {
    stop = bigIndex(s.stop);
    if (stop < 0n) {
      stop += length;
      if (stop < lower) stop = lower;
    } else if (stop > upper) stop = upper;
  }
  return [start, stop, step];
}

function bigToInt(v: bigint): PyObject {
  return PyInt_FromBigInt(v);
}

// ---------------------------------------------------------------------------------------------
// slots

function slice_dealloc(o: PyObject): void {
  const s = o as PySlice;
  PyObject_GC_UnTrack(s);
  Py_DECREF(s.step);
  Py_DECREF(s.start);
  Py_DECREF(s.stop);
  if (!parkInFreeList(sliceCache(), s)) gcFree(s);
}

function slice_repr(o: PyObject): PyObject {
  const s = o as PySlice;
  return PyStr_FromString(`slice(${reprOf(s.start)}, ${reprOf(s.stop)}, ${reprOf(s.step)})`);
}

function slice_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!PySlice_Check(v) || !PySlice_Check(w)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  if (v === w) {
    // Py_RETURN_RICHCOMPARE(0, 0, op)
    return PyBool_FromBool(op === CmpOp.EQ || op === CmpOp.LE || op === CmpOp.GE);
  }
  const t1 = PyTuple_Pack(v.start, v.stop, v.step);
  const t2 = PyTuple_Pack(w.start, w.stop, w.step);
  try {
    return PyObject_RichCompare(t1, t2, op);
  } finally {
    Py_DECREF(t1);
    Py_DECREF(t2);
  }
}

function slice_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const s = o as PySlice;
  visit(s.start);
  visit(s.stop);
  visit(s.step);
}

function slice_new(_type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, "slice() takes no keyword arguments");
  positional("slice", args, null, 1, 3);
  if (args.length === 1) return PySlice_New(null, args[0]!, null);
  return PySlice_New(args[0]!, args[1]!, args.length > 2 ? args[2]! : null);
}

PySlice_Type.tp_dealloc = slice_dealloc;
PySlice_Type.tp_repr = slice_repr;
PySlice_Type.tp_richcompare = slice_richcompare;
// Slices are unhashable in 3.11 (hashable only from 3.12).
PySlice_Type.tp_hash = PyObject_HashNotImplemented;
PySlice_Type.tp_traverse = slice_traverse;
PySlice_Type.tp_new = slice_new;
PySlice_Type.tp_doc =
  "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2]).";

defineMethods(PySlice_Type, {
  indices: {
    impl: (self, args, kwnames) => {
      const s = self as PySlice;
      if (kwnames !== null && kwnames.length > 0)
        raise(PyExc_TypeError, "slice.indices() takes no keyword arguments");
      if (args.length !== 1) {
        raise(PyExc_TypeError, `slice.indices() takes exactly one argument (${args.length} given)`);
      }
      const lenObj = PyNumber_Index(args[0]!);
      const length = BigInt(lenObj.value);
      Py_DECREF(lenObj);
      if (length < 0n) raise(PyExc_ValueError, "length should not be negative");
      const [start, stop, step] = _PySlice_GetLongIndices(s, length);
      const a = bigToInt(start);
      const b = bigToInt(stop);
      const c = bigToInt(step);
      const t = PyTuple_Pack(a, b, c);
      Py_DECREF(a);
      Py_DECREF(b);
      Py_DECREF(c);
      return t;
    },
    doc: "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of normal slices.",
  },
  __reduce__: {
    impl: (self, args, kwnames) => {
      noArgs("slice.__reduce__", args, kwnames);
      const s = self as PySlice;
      const inner = PyTuple_Pack(s.start, s.stop, s.step);
      const t = PyTuple_Pack(PySlice_Type, inner);
      Py_DECREF(inner);
      return t;
    },
    doc: "Return state information for pickling.",
  },
});

defineGetSets(PySlice_Type, [
  { name: "start", kind: "member", get: (o) => Py_NewRefOf((o as PySlice).start) },
  { name: "stop", kind: "member", get: (o) => Py_NewRefOf((o as PySlice).stop) },
  { name: "step", kind: "member", get: (o) => Py_NewRefOf((o as PySlice).step) },
]);

function Py_NewRefOf(o: PyObject): PyObject {
  Py_INCREF(o);
  return o;
}
