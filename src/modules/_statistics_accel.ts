/**
 * `_statistics_accel`: the exact sums under lib/statistics.py's mean() and variance() family
 * (its `_sum` and `_ss`) for the common data, exact ints, bools and finite floats. CPython's
 * statistics is Python too; ours spent most of mean() of 60,000 ints in the per-item calls
 * (groupby, map of _exact_ratio, the dict of denominators): 50x python3.
 *
 * `exact_sums(data, squares)` returns None for a list or tuple holding anything else (the Python
 * code then does it all). Otherwise it sums a list or tuple whole, or any other iterable up to
 * its first item of another kind, and returns (types, num, den, sq_num, count, rest): the types
 * met in first-seen order, the exact sum num / den of the values (as_integer_ratio's fractions;
 * den a power of two), with squares true the exact sum of their squares sq_num / den**2, the
 * count, and rest: None, or (item, iterator) for the Python code to go on from. No Python code
 * runs for a list or tuple and no object is made per item.
 *
 * A float is m * 2**e with m a 53-bit integer. The values of one exponent are summed in three
 * 18-bit limbs of m held in doubles (and their squares in five products of limbs), exact up to
 * FLUSH items, then moved into a BigInt; the exponents' totals are put over one power of two
 * at the end.
 */

import { PyIter_Next, PyObject_GetIter } from "../objects/abstract.js";
import { PyExc_TypeError, raise } from "../objects/exceptions.js";
import { type PyFloat, PyFloat_FromDouble, PyFloat_Type } from "../objects/float.js";
import { Py_True, PyBool_Type, type PyInt, PyInt_FromBigInt, PyInt_Type } from "../objects/int.js";
import { type PyList, PyList_Type } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { type PyTuple, PyTuple_New, PyTuple_Type } from "../objects/tuple.js";
import { registerFunctionModule } from "./importlib.js";
import { Fsum, m_log } from "./math.js";

const LIMB = 2 ** 18;
const LIMB2 = 2 ** 36;
/** Items per exponent summed in doubles before a flush (5 * 2**36 * FLUSH < 2**53). */
const FLUSH = 2 ** 13;

/** The sums of one exponent's values m (and of m*m): limbs in doubles, the rest in BigInts. */
class Acc {
  n = 0;
  // sum of m = a*2**36 + b*2**18 + c (signed limbs)
  a = 0;
  b = 0;
  c = 0;
  // sum of m*m = p4*2**72 + p3*2**54 + p2*2**36 + p1*2**18 + p0
  p4 = 0;
  p3 = 0;
  p2 = 0;
  p1 = 0;
  p0 = 0;
  sum = 0n;
  sq = 0n;

  add(m: number, squares: boolean): void {
    const neg = m < 0;
    const u = neg ? -m : m;
    const a = Math.floor(u / LIMB2);
    const r = u - a * LIMB2;
    const b = Math.floor(r / LIMB);
    const c = r - b * LIMB;
    if (neg) {
      this.a -= a;
      this.b -= b;
      this.c -= c;
    } else {
      this.a += a;
      this.b += b;
      this.c += c;
    }
    if (squares) {
      this.p4 += a * a;
      this.p3 += 2 * a * b;
      this.p2 += 2 * a * c + b * b;
      this.p1 += 2 * b * c;
      this.p0 += c * c;
    }
    if (++this.n === FLUSH) this.flush();
  }

  flush(): void {
    this.sum += (BigInt(this.a) << 36n) + (BigInt(this.b) << 18n) + BigInt(this.c);
    this.sq +=
      (BigInt(this.p4) << 72n) +
      (BigInt(this.p3) << 54n) +
      (BigInt(this.p2) << 36n) +
      (BigInt(this.p1) << 18n) +
      BigInt(this.p0);
    this.n = this.a = this.b = this.c = 0;
    this.p4 = this.p3 = this.p2 = this.p1 = this.p0 = 0;
  }
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE ? 0 : 1;
const HI = LITTLE ? 1 : 0;

/** The exponent-keyed accumulators of one call. */
class Sums {
  readonly byExp = new Map<number, Acc>();
  private lastExp = Number.NaN;
  private last: Acc | null = null;

  acc(e: number): Acc {
    if (e === this.lastExp) return this.last!;
    let a = this.byExp.get(e);
    if (a === undefined) {
      a = new Acc();
      this.byExp.set(e, a);
    }
    this.lastExp = e;
    this.last = a;
    return a;
  }

  /** Adds the finite double x (m * 2**e). */
  addFloat(x: number, squares: boolean): void {
    f64[0] = x;
    const hi = u32[HI]!;
    const biased = (hi >>> 20) & 0x7ff;
    let m = (hi & 0xfffff) * 2 ** 32 + u32[LO]!;
    let e = -1074;
    if (biased !== 0) {
      m += 2 ** 52;
      e = biased - 1075;
    }
    if (m === 0) return;
    if (hi >>> 31) m = -m;
    this.acc(e).add(m, squares);
  }

  /** The exact sums: of the values, num / den, and of their squares, sq / den**2. */
  totals(): [bigint, bigint, bigint] {
    let minExp = 0;
    for (const [e, a] of this.byExp) {
      a.flush();
      if (e < minExp) minExp = e;
    }
    let sum = 0n;
    let sq = 0n;
    for (const [e, a] of this.byExp) {
      sum += a.sum << BigInt(e - minExp);
      sq += a.sq << BigInt(2 * (e - minExp));
    }
    return [sum, 1n << BigInt(-minExp), sq];
  }
}

/** Whether `x` is an exact int or bool, or an exact finite float. */
function summable(x: PyObject): boolean {
  const t = x.ob_type;
  if (t === PyFloat_Type) return Number.isFinite((x as PyFloat).value);
  return t === PyInt_Type || t === PyBool_Type;
}

/** Adds the summable `x` to `sums`. */
function addItem(sums: Sums, x: PyObject, squares: boolean): void {
  if (x.ob_type === PyFloat_Type) {
    sums.addFloat((x as PyFloat).value, squares);
    return;
  }
  const v = (x as PyInt).value;
  const ints = sums.acc(0);
  if (typeof v === "number") ints.add(v, squares);
  else {
    ints.sum += v;
    if (squares) ints.sq += v * v;
  }
}

/**
 * The sums of a list or tuple all of whose items are summable, or of the leading summable items
 * of any other iterable (read one by one as groupby reads them, the previous item kept until
 * the next is read); null for a list or tuple with another item (nothing read).
 */
function exactSums(data: PyObject, squares: boolean): PyObject {
  const t = data.ob_type;
  const sums = new Sums();
  const kinds: PyObject[] = [];
  const seen = (k: PyObject): void => {
    if (!kinds.includes(k)) kinds.push(k);
  };
  let count = 0;
  let rest: PyObject = Py_None;
  if (t === PyList_Type || t === PyTuple_Type) {
    const items = (data as PyList | PyTuple).items;
    for (let i = 0; i < items.length; i++) if (!summable(items[i]!)) return Py_NewRef(Py_None);
    for (let i = 0; i < items.length; i++) {
      const x = items[i]!;
      seen(x.ob_type);
      addItem(sums, x, squares);
    }
    count = items.length;
  } else {
    const it = PyObject_GetIter(data);
    let prev: PyObject | null = null;
    try {
      for (;;) {
        const x = PyIter_Next(it);
        if (prev !== null) Py_DECREF(prev);
        prev = x;
        if (x === null) break;
        if (!summable(x)) {
          // the Python code goes on from x: (x, iterator)
          prev = null;
          rest = PyTuple_New([x, Py_NewRef(it)]);
          break;
        }
        seen(x.ob_type);
        addItem(sums, x, squares);
        count++;
      }
    } finally {
      if (prev !== null) Py_DECREF(prev);
      Py_DECREF(it);
    }
  }
  const [sn, sd, qn] = sums.totals();
  return PyTuple_New([
    PyTuple_New(kinds.map((k) => Py_NewRef(k))),
    PyInt_FromBigInt(sn),
    PyInt_FromBigInt(sd),
    PyInt_FromBigInt(qn),
    PyInt_FromBigInt(BigInt(count)),
    rest,
  ]);
}

/** The items of a list or tuple of exact floats and ints and bools within 2**53 as doubles, else null. */
function doubles(data: PyObject): number[] | null {
  if (data.ob_type !== PyList_Type && data.ob_type !== PyTuple_Type) return null;
  const items = (data as PyList | PyTuple).items;
  const out = new Array<number>(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i]!;
    const t = x.ob_type;
    if (t === PyFloat_Type) out[i] = (x as PyFloat).value;
    else if ((t === PyInt_Type || t === PyBool_Type) && typeof (x as PyInt).value === "number") {
      out[i] = (x as PyInt).value as number;
    } else return null;
  }
  return out;
}

/**
 * fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)), or with y None the sum of the
 * squares (xi - xbar) * (xi - xbar): the float arithmetic and the fsum of lib/statistics.py's
 * generator expressions, for lists or tuples of floats and ints within 2**53 (an int minus a
 * float is the int's exact double minus it) and float centres; None for anything else.
 */
function centredFsum(x: PyObject, xbar: PyObject, y: PyObject, ybar: PyObject): PyObject {
  const xs = doubles(x);
  if (xs === null || xbar.ob_type !== PyFloat_Type) return Py_NewRef(Py_None);
  const xc = (xbar as PyFloat).value;
  const sum = new Fsum();
  if (y === Py_None) {
    for (const v of xs) sum.add((v - xc) * (v - xc));
    return PyFloat_FromDouble(sum.total());
  }
  const ys = doubles(y);
  if (ys === null || ys.length !== xs.length || ybar.ob_type !== PyFloat_Type) return Py_NewRef(Py_None);
  const yc = (ybar as PyFloat).value;
  for (let i = 0; i < xs.length; i++) sum.add((xs[i]! - xc) * (ys[i]! - yc));
  return PyFloat_FromDouble(sum.total());
}

/**
 * fmean(map(log, data)) (geometric_mean's mean of logarithms) for a non-empty list or tuple of
 * positive finite floats and ints within 2**53: math.log of each, math.fsum of them, divided by
 * the count; None for anything else.
 */
function logFmean(data: PyObject): PyObject {
  const xs = doubles(data);
  if (xs === null || xs.length === 0) return Py_NewRef(Py_None);
  const sum = new Fsum();
  for (const v of xs) {
    if (!(v > 0 && v < Number.POSITIVE_INFINITY)) return Py_NewRef(Py_None);
    sum.add(m_log(v));
  }
  return PyFloat_FromDouble(sum.total() / xs.length);
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "exact_sums",
    impl: (_m, args) => {
      if (args.length !== 2) raise(PyExc_TypeError, "exact_sums(data, squares)");
      return exactSums(args[0]!, args[1] === Py_True);
    },
    doc: "exact_sums(data, squares) -> (types, num, den, sq_num, count, rest), or None",
  },
  {
    name: "centred_fsum",
    impl: (_m, args) => {
      if (args.length !== 4) raise(PyExc_TypeError, "centred_fsum(x, xbar, y, ybar)");
      return centredFsum(args[0]!, args[1]!, args[2]!, args[3]!);
    },
    doc: "centred_fsum(x, xbar, y, ybar) -> fsum of (xi - xbar) * (yi - ybar) (y None: of the squares), or None",
  },
  {
    name: "log_fmean",
    impl: (_m, args) => {
      if (args.length !== 1) raise(PyExc_TypeError, "log_fmean(data)");
      return logFmean(args[0]!);
    },
    doc: "log_fmean(data) -> fmean(map(log, data)) for a list or tuple of positive numbers, or None",
  },
];

export function registerStatisticsAccelModule(): void {
  registerFunctionModule("_statistics_accel", FUNCTIONS);
}
