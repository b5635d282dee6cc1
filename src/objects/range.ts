/**
 * `range` (CPython's Objects/rangeobject.c): an immutable arithmetic sequence holding its start,
 * stop, step and length as int objects (so huge ranges just work), with O(1) `in`/index()/
 * count() for ints, slicing into new ranges, equality by the sequence it describes, and the two
 * iterator types: `range_iterator` when everything fits a C long, `longrange_iterator` otherwise.
 */
import { CmpOp } from "../compiler/opcodes.js";
import {
  exactLength,
  PyIter_Next,
  PyNumber_Index,
  PyObject_GetIter,
  PyObject_Hash,
  PyObject_RichCompareBool,
  reprOf,
} from "./abstract.js";
import { noArgs, oneArg } from "./args.js";
import { PyBool_FromBool, PyBool_Type } from "./bool.js";
import {
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "./exceptions.js";
import { PyInt, PyInt_FromBigInt, PyInt_FromNumber, PyInt_Type } from "./int.js";
import { defineGetSets, defineMethods } from "./methods.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { allocateObject, freeObject, Py_DECREF, Py_INCREF, PyObject } from "./object.js";
import { _PySlice_GetLongIndices, PySlice } from "./slice.js";
import type { Hash } from "./slots_types.js";
import { PyStr_FromString } from "./str.js";
import { getBuiltin, PyObject_SelfIter, PyTuple_New, setstateIndex, tupleHashOf } from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";

type Num = number | bigint;

const LONG_MAX = 9223372036854775807n;
const LONG_MIN = -9223372036854775808n;

export class PyRange extends PyObject {
  constructor(
    type: PyType,
    public start: PyInt,
    public stop: PyInt,
    public step: PyInt,
    public length: PyInt,
  ) {
    super(type);
  }
}

export const PyRange_Type = newStaticType({
  name: "range",
  flags: TypeFlag.SEQUENCE,
  basicsize: 48,
  doc: "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement).",
});
export const PyRangeIter_Type = newStaticType({ name: "range_iterator", basicsize: 48 });
export const PyLongRangeIter_Type = newStaticType({ name: "longrange_iterator", basicsize: 48 });

export function PyRange_Check(o: PyObject): o is PyRange {
  return o.ob_type === PyRange_Type;
}

// ---------------------------------------------------------------------------------------------
// arithmetic on number | bigint (exact; numbers are safe integers)

function norm(v: bigint): Num {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}
function big(v: Num): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}
function add(a: Num, b: Num): Num {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) + big(b));
}
function sub(a: Num, b: Num): Num {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) - big(b));
}
function mul(a: Num, b: Num): Num {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) * big(b));
}
/** Floor division (Python's //) for b != 0. */
function floordiv(a: Num, b: Num): Num {
  if (typeof a === "number" && typeof b === "number" && Math.abs(a) < 4503599627370496)
    return Math.floor(a / b);
  const A = big(a);
  const B = big(b);
  let q = A / B;
  if (A % B !== 0n && A < 0n !== B < 0n) q -= 1n;
  return norm(q);
}
/** Python's % (sign of the divisor) for b != 0. */
function mod(a: Num, b: Num): Num {
  if (typeof a === "number" && typeof b === "number") {
    const r = a % b;
    return r !== 0 && r < 0 !== b < 0 ? r + b : r;
  }
  const A = big(a);
  const B = big(b);
  let r = A % B;
  if (r !== 0n && r < 0n !== B < 0n) r += B;
  return norm(r);
}
function sign(a: Num): number {
  return a > 0 ? 1 : a < 0 ? -1 : 0;
}
function intObj(v: Num): PyInt {
  return (typeof v === "number" ? PyInt_FromNumber(v) : PyInt_FromBigInt(v)) as PyInt;
}

/** compute_range_length: the number of items of range(start, stop, step). */
function rangeLength(start: Num, stop: Num, step: Num): Num {
  let lo: Num;
  let hi: Num;
  let st: Num;
  if (step > 0) {
    lo = start;
    hi = stop;
    st = step;
  } else {
    lo = stop;
    hi = start;
    st = -step;
    if (typeof st === "bigint") st = norm(st);
  }
  if (lo >= hi) return 0;
  return add(floordiv(sub(sub(hi, lo), 1), st), 1);
}

function make_range_object(type: PyType, start: PyInt, stop: PyInt, step: PyInt): PyRange {
  const length = intObj(rangeLength(start.value, stop.value, step.value));
  const r = new PyRange(type, start, stop, step, length);
  allocateObject(r, 48);
  return r;
}

/** range(stop) / range(start, stop[, step]) from ints (STEALS the three references). */
export function PyRange_New(start: PyInt, stop: PyInt, step: PyInt): PyRange {
  return make_range_object(PyRange_Type, start, stop, step);
}

function compute_item(r: PyRange, i: Num): PyInt {
  return intObj(add(r.start.value, mul(i, r.step.value)));
}

/** r[i] for an index value (negative counts from the end). */
function compute_range_item(r: PyRange, arg: Num): PyInt {
  let i = arg;
  if (sign(arg) < 0) i = add(r.length.value, arg);
  if (i < 0 || i >= r.length.value) raise(PyExc_IndexError, "range object index out of range");
  return compute_item(r, i);
}

function compute_slice(r: PyRange, slice: PySlice): PyRange {
  const [start, stop, step] = _PySlice_GetLongIndices(slice, big(r.length.value));
  const substart = compute_item(r, norm(start));
  const substop = compute_item(r, norm(stop));
  const substep = intObj(mul(r.step.value, norm(step)));
  return make_range_object(r.ob_type, substart, substop, substep);
}

/** range_contains_long: is the int value v one of the range's items? */
function range_contains_long(r: PyRange, v: Num): boolean {
  const start = r.start.value;
  const stop = r.stop.value;
  const step = r.step.value;
  if (step > 0) {
    if (!(start <= v && v < stop)) return false;
  } else if (!(stop < v && v <= start)) return false;
  return mod(sub(v, start), step) === 0;
}

function isExactIntOrBool(o: PyObject): o is PyInt {
  return o.ob_type === PyInt_Type || o.ob_type === PyBool_Type;
}

function intValue(o: PyInt): Num {
  // bools are ints with value 0/1
  return o.value;
}

/** _PySequence_IterSearch: iterate comparing items with `==`; returns count or first index (-1). */
function iterSearch(seq: PyObject, obj: PyObject, mode: "count" | "index" | "contains"): number {
  const it = PyObject_GetIter(seq);
  let n = 0;
  let i = 0;
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) break;
      let cmp: boolean;
      try {
        cmp = PyObject_RichCompareBool(item, obj, CmpOp.EQ);
      } finally {
        Py_DECREF(item);
      }
      if (cmp) {
        if (mode === "count") n++;
        else return mode === "index" ? i : 1;
      }
      i++;
    }
  } finally {
    Py_DECREF(it);
  }
  if (mode === "index") raise(PyExc_ValueError, "sequence.index(x): x not in sequence");
  return mode === "count" ? n : 0;
}

// ---------------------------------------------------------------------------------------------
// slots

function range_dealloc(o: PyObject): void {
  const r = o as PyRange;
  Py_DECREF(r.start);
  Py_DECREF(r.stop);
  Py_DECREF(r.step);
  Py_DECREF(r.length);
  freeObject(r);
}

function range_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, "range() takes no keyword arguments");
  switch (args.length) {
    case 0:
      raise(PyExc_TypeError, "range expected at least 1 argument, got 0");
    case 1: {
      const stop = PyNumber_Index(args[0]!);
      return make_range_object(type, PyInt_FromNumber(0) as PyInt, stop, PyInt_FromNumber(1) as PyInt);
    }
    case 2:
    case 3: {
      const start = PyNumber_Index(args[0]!);
      let stop: PyInt;
      try {
        stop = PyNumber_Index(args[1]!);
      } catch (e) {
        Py_DECREF(start);
        throw e;
      }
      let step: PyInt;
      try {
        step = args.length === 3 ? validate_step(args[2]!) : (PyInt_FromNumber(1) as PyInt);
      } catch (e) {
        Py_DECREF(start);
        Py_DECREF(stop);
        throw e;
      }
      return make_range_object(type, start, stop, step);
    }
    default:
      raise(PyExc_TypeError, `range expected at most 3 arguments, got ${args.length}`);
  }
}

function validate_step(step: PyObject): PyInt {
  const s = PyNumber_Index(step);
  if (sign(s.value) === 0) {
    Py_DECREF(s);
    raise(PyExc_ValueError, "range() arg 3 must not be zero");
  }
  return s;
}

function range_repr(o: PyObject): PyObject {
  const r = o as PyRange;
  if (r.step.value === 1) return PyStr_FromString(`range(${reprOf(r.start)}, ${reprOf(r.stop)})`);
  return PyStr_FromString(`range(${reprOf(r.start)}, ${reprOf(r.stop)}, ${reprOf(r.step)})`);
}

function range_length(o: PyObject): number {
  const v = (o as PyRange).length.value;
  if (typeof v !== "number") {
    if (v > LONG_MAX) raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    exactLength.value = v;
    return Number(v); // beyond 2**53 a JS number is the nearest double
  }
  return v;
}

function range_bool(o: PyObject): boolean {
  return (o as PyRange).length.value !== 0;
}

function range_item(o: PyObject, i: number): PyObject {
  return compute_range_item(o as PyRange, i);
}

function range_subscript(o: PyObject, item: PyObject): PyObject {
  const r = o as PyRange;
  if (item.ob_type.nb_index !== null) {
    const i = PyNumber_Index(item);
    try {
      return compute_range_item(r, i.value);
    } finally {
      Py_DECREF(i);
    }
  }
  if (item instanceof PySlice) return compute_slice(r, item);
  raise(PyExc_TypeError, `range indices must be integers or slices, not ${item.ob_type.tp_name}`);
}

function range_contains(o: PyObject, ob: PyObject): boolean {
  const r = o as PyRange;
  if (isExactIntOrBool(ob)) return range_contains_long(r, intValue(ob));
  return iterSearch(r, ob, "contains") === 1;
}

/** range_equals: the same sequence (length, then start when non-empty, then step when longer than 1). */
function range_equals(r0: PyRange, r1: PyRange): boolean {
  if (r0 === r1) return true;
  if (r0.length.value !== r1.length.value) return false;
  if (r0.length.value === 0) return true;
  if (r0.start.value !== r1.start.value) return false;
  if (r0.length.value === 1) return true;
  return r0.step.value === r1.step.value;
}

function range_richcompare(self: PyObject, other: PyObject, op: number): PyObject {
  if (!PyRange_Check(other) || (op !== CmpOp.EQ && op !== CmpOp.NE)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const eq = range_equals(self as PyRange, other);
  return PyBool_FromBool(op === CmpOp.EQ ? eq : !eq);
}

/** hash((len, start, step)) with start/step replaced by None where they don't matter. */
function range_hash(o: PyObject): Hash {
  const r = o as PyRange;
  const len = r.length.value;
  const h0 = PyObject_Hash(r.length);
  if (len === 0) return tupleHashOf([h0, PyObject_Hash(Py_None), PyObject_Hash(Py_None)]);
  const h1 = PyObject_Hash(r.start);
  const h2 = len === 1 ? PyObject_Hash(Py_None) : PyObject_Hash(r.step);
  return tupleHashOf([h0, h1, h2]);
}

function range_iter(o: PyObject): PyObject {
  const r = o as PyRange;
  return makeRangeIter(r.start.value, r.stop.value, r.step.value, r.length.value);
}

/** fast_range_iter when start, stop, step, the length and the last value all fit a C long. */
function makeRangeIter(start: Num, stop: Num, step: Num, len: Num): PyObject {
  const fits =
    big(start) >= LONG_MIN &&
    big(start) <= LONG_MAX &&
    big(stop) >= LONG_MIN &&
    big(stop) <= LONG_MAX &&
    big(step) >= LONG_MIN &&
    big(step) <= LONG_MAX &&
    big(len) <= LONG_MAX &&
    (len === 0 ||
      (step > 0 ? big(stop) <= LONG_MAX - (big(step) - 1n) : big(stop) >= LONG_MIN + (-1n - big(step))));
  const it = new PyRangeIter(fits ? PyRangeIter_Type : PyLongRangeIter_Type, start, step, len);
  allocateObject(it, 48);
  return it;
}

PyRange_Type.tp_dealloc = range_dealloc;
PyRange_Type.tp_new = range_new;
PyRange_Type.tp_repr = range_repr;
PyRange_Type.tp_hash = range_hash;
PyRange_Type.tp_richcompare = range_richcompare;
PyRange_Type.tp_iter = range_iter;
PyRange_Type.sq_length = range_length;
PyRange_Type.sq_item = range_item;
PyRange_Type.sq_contains = range_contains;
PyRange_Type.mp_length = range_length;
PyRange_Type.mp_subscript = range_subscript;
PyRange_Type.nb_bool = range_bool;

defineMethods(PyRange_Type, {
  __reversed__: {
    impl: (self, args, kwnames) => {
      noArgs("range.__reversed__", args, kwnames);
      const r = self as PyRange;
      const start = r.start.value;
      const step = r.step.value;
      const len = r.length.value;
      // reversed(range(start, stop, step)) is range(start+(n-1)*step, start-step, -step).
      const newStop = sub(start, step);
      const newStart = add(newStop, mul(len, step));
      const negStep = typeof step === "number" ? -step : norm(-step);
      const fits =
        big(start) >= LONG_MIN &&
        big(start) <= LONG_MAX &&
        big(r.stop.value) >= LONG_MIN &&
        big(r.stop.value) <= LONG_MAX &&
        big(step) > LONG_MIN &&
        big(step) <= LONG_MAX &&
        big(newStop) >= LONG_MIN &&
        big(newStop) <= LONG_MAX &&
        big(len) <= LONG_MAX;
      const it = new PyRangeIter(fits ? PyRangeIter_Type : PyLongRangeIter_Type, newStart, negStep, len);
      allocateObject(it, 48);
      return it;
    },
    doc: "Return a reverse iterator.",
  },
  __reduce__: {
    impl: (self, args, kwnames) => {
      noArgs("range.__reduce__", args, kwnames);
      const r = self as PyRange;
      Py_INCREF(r.ob_type);
      Py_INCREF(r.start);
      Py_INCREF(r.stop);
      Py_INCREF(r.step);
      return PyTuple_New([r.ob_type, PyTuple_New([r.start, r.stop, r.step])]);
    },
  },
  count: {
    impl: (self, args, kwnames) => {
      const ob = oneArg("range.count", args, kwnames);
      const r = self as PyRange;
      if (isExactIntOrBool(ob)) return PyInt_FromNumber(range_contains_long(r, intValue(ob)) ? 1 : 0);
      return PyInt_FromNumber(iterSearch(r, ob, "count"));
    },
    doc: "rangeobject.count(value) -> integer -- return number of occurrences of value",
  },
  index: {
    impl: (self, args, kwnames) => {
      const ob = oneArg("range.index", args, kwnames);
      const r = self as PyRange;
      if (isExactIntOrBool(ob)) {
        const v = intValue(ob);
        if (!range_contains_long(r, v)) raise(PyExc_ValueError, `${reprOf(ob)} is not in range`);
        return intObj(floordiv(sub(v, r.start.value), r.step.value));
      }
      return PyInt_FromNumber(iterSearch(r, ob, "index"));
    },
    doc: "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present.",
  },
});

defineGetSets(PyRange_Type, [
  { name: "start", kind: "member", get: (o) => newRef((o as PyRange).start) },
  { name: "stop", kind: "member", get: (o) => newRef((o as PyRange).stop) },
  { name: "step", kind: "member", get: (o) => newRef((o as PyRange).step) },
]);

function newRef(o: PyObject): PyObject {
  Py_INCREF(o);
  return o;
}

// ---------------------------------------------------------------------------------------------
// iterators

/**
 * range_iterator / longrange_iterator: item k is start + k*step for k < len. (CPython's long
 * iterator keeps int objects; the values and the observable behaviour are the same.)
 */
export class PyRangeIter extends PyObject {
  index: Num = 0;
  constructor(
    type: PyType,
    public start: Num,
    public step: Num,
    public len: Num,
  ) {
    super(type);
  }
}

function rangeiter_next(o: PyObject): PyObject | null {
  const r = o as PyRangeIter;
  const index = r.index;
  if (index < r.len) {
    r.index = typeof index === "number" && index < 9007199254740991 ? index + 1 : add(index, 1);
    if (typeof index === "number" && typeof r.start === "number" && typeof r.step === "number") {
      const p = index * r.step;
      if (Number.isSafeInteger(p)) {
        const v = r.start + p;
        if (Number.isSafeInteger(v)) return PyInt_FromNumber(v);
      }
    }
    return intObj(add(r.start, mul(index, r.step)));
  }
  return null;
}

function rangeiter_dealloc(o: PyObject): void {
  freeObject(o);
}

for (const t of [PyRangeIter_Type, PyLongRangeIter_Type]) {
  t.tp_dealloc = rangeiter_dealloc;
  t.tp_iter = PyObject_SelfIter;
  t.tp_iternext = rangeiter_next;
  const name = t.tp_name;
  defineMethods(t, {
    __length_hint__: {
      impl: (self, args, kwnames) => {
        noArgs(`${name}.__length_hint__`, args, kwnames);
        const r = self as PyRangeIter;
        return intObj(sub(r.len, r.index));
      },
      doc: "Private method returning an estimate of len(list(it)).",
    },
    __reduce__: {
      impl: (self, args, kwnames) => {
        noArgs(`${name}.__reduce__`, args, kwnames);
        const r = self as PyRangeIter;
        const start = intObj(r.start);
        const stop = intObj(add(r.start, mul(r.len, r.step)));
        const step = intObj(r.step);
        const range = make_range_object(PyRange_Type, start, stop, step);
        const fn = getBuiltin("iter");
        return PyTuple_New([fn, PyTuple_New([range]), intObj(r.index)]);
      },
      doc: "Return state information for pickling.",
    },
    __setstate__: {
      impl: (self, args, kwnames) => {
        const state = oneArg(`${name}.__setstate__`, args, kwnames);
        const r = self as PyRangeIter;
        let index: Num;
        if (t === PyRangeIter_Type) index = setstateIndex(state);
        else {
          if (!(state instanceof PyInt)) raise(PyExc_TypeError, "an integer is required");
          index = state.value;
        }
        if (index < 0) index = 0;
        else if (index > r.len) index = r.len;
        r.index = index;
        Py_INCREF(Py_None);
        return Py_None;
      },
      doc: "Set state information for unpickling.",
    },
  });
}
