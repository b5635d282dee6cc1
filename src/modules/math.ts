/**
 * The `math` module (CPython 3.11's Modules/mathmodule.c): the C library's functions with
 * CPython's special-value and error rules (ValueError "math domain error", OverflowError "math
 * range error"), plus CPython's own algorithms where it has them (fsum, hypot/dist, gamma,
 * lgamma, remainder, log of huge ints) and exact integer functions (factorial, isqrt, comb,
 * perm, gcd, lcm, prod). The floating-point kernels live in src/util/libm.ts, libm_ext.ts and
 * libm_log2.ts.
 */

import {
  lookupSpecial,
  PyIter_Next,
  PyNumber_Index,
  PyNumber_Multiply,
  PyNumber_TrueDivide,
  PyObject_CallNoArgs,
  PyObject_GetIter,
} from "../objects/abstract.js";
import { clinicArgs, oneArg } from "../objects/args.js";
import { PyBool_FromBool } from "../objects/bool.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError, raise } from "../objects/exceptions.js";
import { PyFloat, PyFloat_AsDouble, PyFloat_FromDouble, PyFloat_Type } from "../objects/float.js";
import { PyInt, PyInt_FromNumber, PyLong_FromDouble } from "../objects/int.js";
import type { MethodDef } from "../objects/methods.js";
import { type PyModule, PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/module.js";
import { Py_DECREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { PyStr_FromString } from "../objects/str.js";
import { PySequence_Tuple, type PyTuple, PyTuple_Check, PyTuple_New } from "../objects/tuple.js";
import { bigBitLength, frexp, ldexp } from "../util/float_format.js";
import { c_log } from "../util/libm.js";
import {
  c_pow,
  glibcExp,
  m_acos,
  m_acosh,
  m_asin,
  m_asinh,
  m_atan,
  m_atan2,
  m_atanh,
  m_cbrt,
  m_cos,
  m_cosh,
  m_erf,
  m_erfc,
  m_exp2,
  m_expm1,
  m_lgamma,
  m_log1p,
  m_log10,
  m_remainder,
  m_sin,
  m_sinh,
  m_tan,
  m_tanh,
  m_tgamma,
  mathErrno,
  nextafter,
} from "../util/libm_ext.js";
import { m_log2 } from "../util/libm_log2.js";
import { pow2 } from "../util/powers.js";
import { registerBuiltinModule } from "./importlib.js";
import { argPositional, bigOf, bitLength } from "./stdlib_args.js";

// ---------------------------------------------------------------------------------------------
// errors

export function domainError(): never {
  raise(PyExc_ValueError, "math domain error");
}

export function rangeError(): never {
  raise(PyExc_OverflowError, "math range error");
}

/** is_error for errno EDOM/ERANGE (ERANGE ignored for results below 1.5: underflow). */
function isError(errno: 0 | "EDOM" | "ERANGE", r: number): void {
  if (errno === "EDOM") domainError();
  if (errno === "ERANGE" && Math.abs(r) >= 1.5) rangeError();
}

/** ASSIGN_DOUBLE / PyFloat_AsDouble. */
export function asDouble(o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  return PyFloat_AsDouble(o);
}

// ---------------------------------------------------------------------------------------------
// libm wrappers

/** math.log of a double (the libm wrapper math.log and loghelper use). */
export function m_log(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return c_log(x);
    return x === 0 ? Number.NEGATIVE_INFINITY : Number.NaN;
  }
  if (Number.isNaN(x)) return x;
  return x > 0 ? x : Number.NaN;
}

function m_log2w(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) || x > 0 ? x : Number.NaN;
  if (x > 0) return m_log2(x);
  return x === 0 ? Number.NEGATIVE_INFINITY : Number.NaN;
}

function m_log10w(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return m_log10(x);
    return x === 0 ? Number.NEGATIVE_INFINITY : Number.NaN;
  }
  if (Number.isNaN(x)) return x;
  return x > 0 ? x : Number.NaN;
}

function m_expw(x: number): number {
  return glibcExp(x);
}

function m_sqrt(x: number): number {
  return Math.sqrt(x);
}

function m_fabs(x: number): number {
  return Math.abs(x);
}

function m_log1pw(x: number): number {
  if (x === 0) return x; // keeps -0.0
  return m_log1p(x);
}

/** math_1: a libm function of one double with CPython's error rules. */
function math1(arg: PyObject, f: (x: number) => number, canOverflow: boolean): PyObject {
  const x = asDouble(arg);
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
    if (canOverflow) rangeError();
    domainError();
  }
  return PyFloat_FromDouble(r);
}

/** math_1a: gamma/lgamma report their errors through errno. */
function math1a(arg: PyObject, f: (x: number) => number, usesErrno: boolean): PyObject {
  const x = asDouble(arg);
  const r = f(x);
  if (usesErrno) isError(mathErrno, r);
  return PyFloat_FromDouble(r);
}

/** math_2: a libm function of two doubles. */
function math2(
  name: string,
  args: PyObject[],
  kwnames: string[] | null,
  f: (x: number, y: number) => number,
): PyObject {
  argPositional(`math.${name}`, name, args, kwnames, 2, 2);
  const x = asDouble(args[0]!);
  const y = asDouble(args[1]!);
  const r = f(x, y);
  if (Number.isNaN(r)) {
    if (!Number.isNaN(x) && !Number.isNaN(y)) domainError();
  } else if (!Number.isFinite(r)) {
    if (Number.isFinite(x) && Number.isFinite(y)) rangeError();
  }
  return PyFloat_FromDouble(r);
}

function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBitOf(y));
  const ax = Math.abs(x);
  return neg ? -ax : ax;
}

const sbuf = new Float64Array(1);
const sbuf32 = new Uint32Array(sbuf.buffer);
const HI_INDEX = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

function signBitOf(x: number): boolean {
  sbuf[0] = x;
  return (sbuf32[HI_INDEX]! & 0x80000000) !== 0;
}

/** CPython's m_atan2: special values first, then the library function. */
function math_atan2_values(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) {
      if (copysign(1, x) === 1) return copysign(0.25 * Math.PI, y);
      return copysign(0.75 * Math.PI, y);
    }
    return copysign(0.5 * Math.PI, y);
  }
  if (!Number.isFinite(x) || y === 0) {
    if (copysign(1, x) === 1) return copysign(0, y);
    return copysign(Math.PI, y);
  }
  return m_atan2(y, x);
}

// ---------------------------------------------------------------------------------------------
// integer helpers

function isNegative(v: number | bigint): boolean {
  return typeof v === "number" ? v < 0 : v < 0n;
}

function intOf(v: number | bigint): PyInt {
  if (typeof v === "number") return PyInt_FromNumber(v);
  return intFromBigValue(v);
}

function intFromBigValue(b: bigint): PyInt {
  if (b >= -9007199254740991n && b <= 9007199254740991n) return PyInt_FromNumber(Number(b));
  return PyIntFromBig(b);
}

import { PyInt_FromBigInt as PyIntFromBig } from "../objects/int.js";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = BigInt(MAX_SAFE);

/**
 * gcd(|a|, |b|) by Lehmer's algorithm, as CPython's _PyLong_GCD: while |a| is not a safe
 * integer, the Euclidean steps are simulated on a's top 52 bits and the matching bits of b
 * (exact in doubles), and their product, a 2x2 matrix of cofactors below 2**26, is applied to
 * a and b at once (four products by a small number); a step that makes no progress is one
 * Euclidean division. Each BigInt `%` is a full long division in V8, and plain Euclid needs
 * about 1.7 of them per bit (math.gcd of two 3,000-bit ints: 250 us; python3 14 us).
 */
function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a < b) {
    const t = a;
    a = b;
    b = t;
  }
  let nbits = 0;
  while (a > MAX_SAFE_BIG) {
    if (b === 0n) return a;
    nbits = bigBitLength(a, nbits);
    const shift = BigInt(nbits - 52);
    let x = Number(a >> shift);
    let y = Number(b >> shift);
    // the inner loop: A, B, C, D stay below 2**26 (x < 2**52), so every product that is kept
    // is exact; one that is not breaks the loop (the simulated quotient is then not trusted)
    let A = 1;
    let B = 0;
    let C = 0;
    let D = 1;
    let k = 0;
    for (; ; k++) {
      if (y - C === 0) break;
      const q = Math.floor((x + (A - 1)) / (y - C));
      const s = B + q * D;
      const t = x - q * y;
      if (t < 0 || s > t) break;
      const nd = A + q * C;
      if (nd > MAX_SAFE) break;
      x = y;
      y = t;
      A = D;
      B = C;
      C = s;
      D = nd;
    }
    if (k === 0) {
      // no progress: a Euclidean step
      const r = a % b;
      a = b;
      b = r;
      continue;
    }
    // a, b = A*b - B*a, D*a - C*b for an odd number of steps; A*a - B*b, D*b - C*a for an even one
    const bA = BigInt(A);
    const bB = BigInt(B);
    const bC = BigInt(C);
    const bD = BigInt(D);
    if (k % 2 === 1) {
      const na = bA * b - bB * a;
      b = bD * a - bC * b;
      a = na;
    } else {
      const na = bA * a - bB * b;
      b = bD * b - bC * a;
      a = na;
    }
  }
  return BigInt(gcdNum(Number(a), Number(b)));
}

function gcdNum(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function gcdValues(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") return gcdNum(a, b);
  const g = gcdBig(bigOf(a), bigOf(b));
  return g <= 9007199254740991n ? Number(g) : g;
}

function math_gcd(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, "math.gcd() takes no keyword arguments");
  if (args.length === 0) return PyInt_FromNumber(0);
  const first = PyNumber_Index(args[0]!);
  let res: number | bigint = first.value;
  Py_DECREF(first);
  if (args.length === 1) return intOf(isNegative(res) ? negate(res) : res);
  for (let i = 1; i < args.length; i++) {
    const x = PyNumber_Index(args[i]!);
    const v = x.value;
    Py_DECREF(x);
    if (res === 1) continue;
    res = gcdValues(res, v);
  }
  return intOf(res);
}

function negate(v: number | bigint): number | bigint {
  return typeof v === "number" ? -v : -v;
}

function math_lcm(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, "math.lcm() takes no keyword arguments");
  if (args.length === 0) return PyInt_FromNumber(1);
  const first = PyNumber_Index(args[0]!);
  let res: bigint = bigOf(first.value);
  Py_DECREF(first);
  if (args.length === 1) return intFromBigValue(res < 0n ? -res : res);
  for (let i = 1; i < args.length; i++) {
    const x = PyNumber_Index(args[i]!);
    const v = bigOf(x.value);
    Py_DECREF(x);
    if (res === 0n) continue;
    if (v === 0n) {
      res = 0n;
      continue;
    }
    const g = gcdBig(res, v);
    let m = (res / g) * v;
    if (m < 0n) m = -m;
    res = m;
  }
  return intFromBigValue(res);
}

/** Product of the odd numbers in [lo, hi) with lo odd, by binary splitting. */
function oddProduct(lo: bigint, hi: bigint): bigint {
  const n = (hi - lo) / 2n;
  if (n <= 0n) return 1n;
  if (n <= 8n) {
    let p = lo;
    for (let j = lo + 2n; j < hi; j += 2n) p *= j;
    return p;
  }
  const mid = (lo + n) | 1n;
  return oddProduct(lo, mid) * oddProduct(mid, hi);
}

/** n! for n >= 0 (the odd part by binary splitting times a power of two). */
export function factorialBig(n: number): bigint {
  if (n < 2) return 1n;
  if (n <= 20) {
    let r = 1n;
    for (let i = 2n; i <= BigInt(n); i++) r *= i;
    return r;
  }
  let inner = 1n;
  let outer = 1n;
  let upper = 3n;
  const nb = BigInt(n);
  for (let i = n.toString(2).length - 2; i >= 0; i--) {
    const v = nb >> BigInt(i);
    if (v <= 2n) continue;
    const lower = upper;
    upper = (v + 1n) | 1n;
    inner *= oddProduct(lower, upper);
    outer *= inner;
  }
  let ones = 0;
  for (let t = n; t > 0; t = Math.floor(t / 2)) ones += t % 2;
  return outer << BigInt(n - ones);
}

const LONG_MAX = 9223372036854775807n;

function math_factorial(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const arg = oneArg("math.factorial", args, kwnames);
  return factorialOf(arg);
}

function factorialOf(arg: PyObject): PyObject {
  const i = PyNumber_Index(arg);
  const v = i.value;
  Py_DECREF(i);
  if (typeof v === "bigint") {
    if (v > LONG_MAX)
      raise(PyExc_OverflowError, "factorial() argument should not exceed 9223372036854775807");
    if (v < 0n) raise(PyExc_ValueError, "factorial() not defined for negative values");
    raise(PyExc_OverflowError, "factorial() argument should not exceed 9223372036854775807");
  }
  if (v < 0) raise(PyExc_ValueError, "factorial() not defined for negative values");
  return intFromBigValue(factorialBig(v));
}

function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  if (n < 9007199254740992n) {
    let a = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (a * a > n) a -= 1n;
    while ((a + 1n) * (a + 1n) <= n) a += 1n;
    return a;
  }
  const bits = bitLength(n);
  // initial guess from the top bits, then Newton
  const shift = BigInt(Math.max(0, bits - 52) & ~1);
  // start above the root so that Newton's iteration decreases monotonically
  let a = (BigInt(Math.floor(Math.sqrt(Number(n >> shift)))) + 2n) << (shift / 2n);
  for (;;) {
    const b = (a + n / a) >> 1n;
    if (b >= a) break;
    a = b;
  }
  while (a * a > n) a -= 1n;
  while ((a + 1n) * (a + 1n) <= n) a += 1n;
  return a;
}

function math_isqrt(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const i = PyNumber_Index(oneArg("math.isqrt", args, kwnames));
  const v = i.value;
  Py_DECREF(i);
  if (isNegative(v)) raise(PyExc_ValueError, "isqrt() argument must be nonnegative");
  if (typeof v === "number") {
    let a = Math.floor(Math.sqrt(v));
    while (a * a > v) a--;
    while ((a + 1) * (a + 1) <= v) a++;
    return PyInt_FromNumber(a);
  }
  return intFromBigValue(isqrtBig(v));
}

/** P(n, k) = n! / (n-k)! for k <= n. */
function permBig(n: bigint, k: bigint): bigint {
  if (k === 0n) return 1n;
  if (k === 1n) return n;
  const j = k / 2n;
  return permBig(n, j) * permBig(n - j, k - j);
}

/** C(n, k) for k <= n/2-ish. */
function combBig(n: bigint, k: bigint): bigint {
  if (k === 0n) return 1n;
  if (k === 1n) return n;
  if (k < 40n) {
    let r = 1n;
    for (let i = 0n; i < k; i++) r = (r * (n - i)) / (i + 1n);
    return r;
  }
  const j = k / 2n;
  return (combBig(n, j) * combBig(n - j, k - j)) / combBig(k, j);
}

function math_comb(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  argPositional("math.comb", "comb", args, kwnames, 2, 2);
  const ni = PyNumber_Index(args[0]!);
  let ki: PyInt;
  try {
    ki = PyNumber_Index(args[1]!);
  } catch (e) {
    Py_DECREF(ni);
    throw e;
  }
  const n = bigOf(ni.value);
  let k = bigOf(ki.value);
  Py_DECREF(ni);
  Py_DECREF(ki);
  if (n < 0n) raise(PyExc_ValueError, "n must be a non-negative integer");
  if (k < 0n) raise(PyExc_ValueError, "k must be a non-negative integer");
  if (k > n) return PyInt_FromNumber(0);
  if (n - k < k) k = n - k;
  if (k > LONG_MAX) raise(PyExc_OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
  return intFromBigValue(combBig(n, k));
}

function math_perm(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  argPositional("math.perm", "perm", args, kwnames, 1, 2);
  if (args.length === 1 || args[1]!.ob_type.tp_name === "NoneType") return factorialOf(args[0]!);
  const ni = PyNumber_Index(args[0]!);
  let ki: PyInt;
  try {
    ki = PyNumber_Index(args[1]!);
  } catch (e) {
    Py_DECREF(ni);
    throw e;
  }
  const n = bigOf(ni.value);
  const k = bigOf(ki.value);
  Py_DECREF(ni);
  Py_DECREF(ki);
  if (n < 0n) raise(PyExc_ValueError, "n must be a non-negative integer");
  if (k < 0n) raise(PyExc_ValueError, "k must be a non-negative integer");
  if (n < k) return PyInt_FromNumber(0);
  if (k > LONG_MAX) raise(PyExc_OverflowError, "k must not exceed 9223372036854775807");
  return intFromBigValue(permBig(n, k));
}

// ---------------------------------------------------------------------------------------------
// fsum, hypot, dist, prod

/**
 * math.fsum's exact running sum (Shewchuk's partials, as CPython's math_fsum_impl): add() the
 * doubles one by one, then total() (OverflowError or ValueError as math.fsum raises them).
 */
export class Fsum {
  private readonly p: number[] = [];
  private n = 0;
  private specialSum = 0;
  private infSum = 0;

  add(value: number): void {
    const p = this.p;
    let x = value;
    let i = 0;
    for (let j = 0; j < this.n; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    this.n = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(value)) raise(PyExc_OverflowError, "intermediate overflow in fsum");
        if (!Number.isNaN(value)) this.infSum += value;
        this.specialSum += value;
        this.n = 0;
      } else {
        p[this.n++] = x;
      }
    }
  }

  total(): number {
    if (this.specialSum !== 0) {
      if (Number.isNaN(this.infSum)) raise(PyExc_ValueError, "-inf + inf in fsum");
      return this.specialSum;
    }
    const p = this.p;
    let n = this.n;
    let hi = 0;
    if (n > 0) {
      hi = p[--n]!;
      let lo = 0;
      while (n > 0) {
        const x = hi;
        const y = p[--n]!;
        hi = x + y;
        const yr = hi - x;
        lo = y - yr;
        if (lo !== 0) break;
      }
      if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
        const y = lo * 2;
        const x = hi + y;
        const yr = x - hi;
        if (y === yr) hi = x;
      }
    }
    return hi;
  }
}

function math_fsum(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const seq = oneArg("math.fsum", args, kwnames);
  const it = PyObject_GetIter(seq);
  const sum = new Fsum();
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) break;
      let x: number;
      try {
        x = asDouble(item);
      } finally {
        Py_DECREF(item);
      }
      sum.add(x);
    }
  } finally {
    Py_DECREF(it);
  }
  return PyFloat_FromDouble(sum.total());
}

/** CPython's vector_norm: sqrt(sum(x**2)) nearly always correctly rounded. */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Number.POSITIVE_INFINITY) return max;
  if (foundNan) return Number.NaN;
  if (max === 0 || n <= 1) return max;
  const T27 = 134217729.0;
  let csum = 1.0;
  let frac1 = 0;
  let frac2 = 0;
  let frac3 = 0;
  const [, maxE] = frexp(max);
  if (maxE >= -1023) {
    const scale = ldexp(1.0, -maxE);
    for (let i = 0; i < n; i++) {
      let x = vec[i]! * scale;
      let t = x * T27;
      let hi = t - (t - x);
      let lo = x - hi;
      x = hi * hi;
      let oldcsum = csum;
      csum += x;
      frac1 += oldcsum - csum + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += oldcsum - csum + x;
      frac3 += lo * lo;
      void t;
      t = 0;
      hi = 0;
      lo = 0;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    let x = h;
    const t = x * T27;
    const hi = t - (t - x);
    const lo = x - hi;
    x = -hi * hi;
    let oldcsum = csum;
    csum += x;
    frac1 += oldcsum - csum + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += oldcsum - csum + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += oldcsum - csum + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  for (let i = 0; i < n; i++) {
    let x = vec[i]! / max;
    x = x * x;
    const oldcsum = csum;
    csum += x;
    frac1 += oldcsum - csum + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

function math_hypot(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, "math.hypot() takes no keyword arguments");
  let max = 0;
  let foundNan = false;
  const coords: number[] = [];
  for (const a of args) {
    const x = Math.abs(asDouble(a));
    coords.push(x);
    if (Number.isNaN(x)) foundNan = true;
    if (x > max) max = x;
  }
  return PyFloat_FromDouble(vectorNorm(coords, max, foundNan));
}

function math_dist(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  argPositional("math.dist", "dist", args, kwnames, 2, 2);
  let p = args[0]!;
  let q = args[1]!;
  const pOwned = !PyTuple_Check(p);
  if (pOwned) p = PySequence_Tuple(p);
  let qOwned = false;
  try {
    qOwned = !PyTuple_Check(q);
    if (qOwned) q = PySequence_Tuple(q);
    const pi = (p as PyTuple).items;
    const qi = (q as PyTuple).items;
    if (pi.length !== qi.length)
      raise(PyExc_ValueError, "both points must have the same number of dimensions");
    let max = 0;
    let foundNan = false;
    const diffs: number[] = [];
    for (let i = 0; i < pi.length; i++) {
      const px = asDouble(pi[i]!);
      const qx = asDouble(qi[i]!);
      const x = Math.abs(px - qx);
      diffs.push(x);
      if (Number.isNaN(x)) foundNan = true;
      if (x > max) max = x;
    }
    return PyFloat_FromDouble(vectorNorm(diffs, max, foundNan));
  } finally {
    if (pOwned) Py_DECREF(p);
    if (qOwned) Py_DECREF(q);
  }
}

function math_prod(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [iterable, start] = clinicArgs("prod", args, kwnames, {
    names: ["iterable", "start"],
    posonly: 1,
    minpos: 1,
    maxpos: 1,
  });
  const it = PyObject_GetIter(iterable!);
  let result: PyObject = start === null ? PyInt_FromNumber(1) : Py_NewRef(start);
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) return result;
      try {
        const t = PyNumber_Multiply(result, item);
        Py_DECREF(result);
        result = t;
      } finally {
        Py_DECREF(item);
      }
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  } finally {
    Py_DECREF(it);
  }
}

// ---------------------------------------------------------------------------------------------
// floor, ceil, trunc, frexp, ldexp, modf, fmod, log, pow, isclose, nextafter, ulp

function math_floor(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const x = oneArg("math.floor", args, kwnames);
  let v: number;
  if (x.ob_type === PyFloat_Type) v = (x as PyFloat).value;
  else {
    const method = lookupSpecial(x, "__floor__");
    if (method !== null) {
      try {
        return PyObject_CallNoArgs(method);
      } finally {
        Py_DECREF(method);
      }
    }
    v = PyFloat_AsDouble(x);
  }
  return PyLong_FromDouble(Math.floor(v));
}

function math_ceil(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const x = oneArg("math.ceil", args, kwnames);
  if (x.ob_type !== PyFloat_Type) {
    const method = lookupSpecial(x, "__ceil__");
    if (method !== null) {
      try {
        return PyObject_CallNoArgs(method);
      } finally {
        Py_DECREF(method);
      }
    }
  }
  const v = PyFloat_AsDouble(x);
  return PyLong_FromDouble(Math.ceil(v));
}

function math_trunc(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const x = oneArg("math.trunc", args, kwnames);
  if (x.ob_type === PyFloat_Type) return PyLong_FromDouble(Math.trunc((x as PyFloat).value));
  const method = lookupSpecial(x, "__trunc__");
  if (method === null) raise(PyExc_TypeError, `type ${x.ob_type.tp_name} doesn't define __trunc__ method`);
  try {
    return PyObject_CallNoArgs(method);
  } finally {
    Py_DECREF(method);
  }
}

function math_frexp(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const x = asDouble(oneArg("math.frexp", args, kwnames));
  let m = x;
  let e = 0;
  if (!Number.isNaN(x) && Number.isFinite(x) && x !== 0) [m, e] = frexp(x);
  return PyTuple_New([PyFloat_FromDouble(m), PyInt_FromNumber(e)]);
}

function math_ldexp(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  argPositional("math.ldexp", "ldexp", args, kwnames, 2, 2);
  const x = asDouble(args[0]!);
  const i = args[1]!;
  if (!(i instanceof PyInt)) raise(PyExc_TypeError, "Expected an int as second argument to ldexp.");
  const ev = i.value;
  let r: number;
  if (x === 0 || !Number.isFinite(x)) r = x;
  else if (typeof ev === "bigint" ? ev > 2147483647n : ev > 2147483647) rangeError();
  else if (typeof ev === "bigint" ? ev < -2147483648n : ev < -2147483648) r = copysign(0, x);
  else {
    r = ldexp(x, Number(ev));
    if (!Number.isFinite(r)) rangeError();
  }
  return PyFloat_FromDouble(r);
}

function math_modf(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const x = asDouble(oneArg("math.modf", args, kwnames));
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return PyTuple_New([PyFloat_FromDouble(x), PyFloat_FromDouble(x)]);
    return PyTuple_New([PyFloat_FromDouble(copysign(0, x)), PyFloat_FromDouble(x)]);
  }
  const ip = Math.trunc(x);
  let frac = x - ip;
  if (frac === 0) frac = copysign(0, x);
  return PyTuple_New([PyFloat_FromDouble(frac), PyFloat_FromDouble(ip === 0 ? copysign(0, x) : ip)]);
}

function math_fmod(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  argPositional("math.fmod", "fmod", args, kwnames, 2, 2);
  const x = asDouble(args[0]!);
  const y = asDouble(args[1]!);
  if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return PyFloat_FromDouble(x);
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domainError();
  return PyFloat_FromDouble(r);
}

/** _PyLong_Frexp: n ~ x * 2**e with 0.5 <= x < 1, x correctly rounded. */
function longFrexp(n: bigint): [number, number] {
  const bits = bitLength(n);
  // top 64 bits with sticky, then let the double conversion round
  let x: number;
  if (bits <= 1000) {
    x = Number(n) / pow2(bits);
  } else {
    const shift = BigInt(bits - 64);
    let top = n >> shift;
    if ((n & ((1n << shift) - 1n)) !== 0n) top |= 1n;
    x = Number(top) / 2 ** 64;
  }
  if (x === 1) return [0.5, bits + 1];
  return [x, bits];
}

function loghelper(arg: PyObject, func: (x: number) => number): PyObject {
  if (arg instanceof PyInt) {
    const v = arg.value;
    if (typeof v === "number" ? v <= 0 : v <= 0n) domainError();
    if (typeof v === "number") return PyFloat_FromDouble(func(v));
    const d = Number(v);
    if (Number.isFinite(d)) return PyFloat_FromDouble(func(d));
    const [x, e] = longFrexp(v);
    return PyFloat_FromDouble(func(x) + func(2.0) * e);
  }
  return math1(arg, func, false);
}

function math_log(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, "log() takes no keyword arguments");
  if (args.length < 1 || args.length > 2) raise(PyExc_TypeError, "math.log requires 1 to 2 arguments");
  const num = loghelper(args[0]!, m_log);
  if (args.length === 1) return num;
  let den: PyObject;
  try {
    den = loghelper(args[1]!, m_log);
  } catch (e) {
    Py_DECREF(num);
    throw e;
  }
  try {
    return PyNumber_TrueDivide(num, den);
  } finally {
    Py_DECREF(num);
    Py_DECREF(den);
  }
}

function math_pow(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  argPositional("math.pow", "pow", args, kwnames, 2, 2);
  const x = asDouble(args[0]!);
  const y = asDouble(args[1]!);
  let r: number;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) r = y === 0 ? 1 : x;
    else if (Number.isNaN(y)) r = x === 1 ? 1 : y;
    else if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? copysign(0, x) : 0;
    } else {
      if (Math.abs(x) === 1) r = 1;
      else if (y > 0 && Math.abs(x) > 1) r = y;
      else if (y < 0 && Math.abs(x) < 1) r = -y;
      else r = 0;
    }
    return PyFloat_FromDouble(r);
  }
  r = powFinite(x, y);
  if (!Number.isFinite(r)) {
    if (Number.isNaN(r)) domainError();
    if (x === 0) domainError();
    rangeError();
  }
  return PyFloat_FromDouble(r);
}

/** C pow for finite x and y (glibc, correctly rounded). */
export function powFinite(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x === 0) {
    const oddY = Math.abs(y) % 2 === 1;
    if (y < 0) return oddY ? copysign(Number.POSITIVE_INFINITY, x) : Number.POSITIVE_INFINITY;
    return oddY ? x : 0;
  }
  let negate = false;
  let ax = x;
  if (x < 0) {
    if (y !== Math.floor(y)) return Number.NaN;
    ax = -x;
    negate = Math.abs(y) % 2 === 1;
  }
  const r = ax === 1 ? 1 : c_pow(ax, y);
  return negate ? -r : r;
}

function math_isclose(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [ao, bo, relo, abso] = clinicArgs("isclose", args, kwnames, {
    names: ["a", "b", "rel_tol", "abs_tol"],
    minpos: 2,
    maxpos: 2,
  });
  const a = asDouble(ao!);
  const b = asDouble(bo!);
  const relTol = relo === null ? 1e-9 : asDouble(relo);
  const absTol = abso === null ? 0.0 : asDouble(abso);
  if (relTol < 0 || absTol < 0) raise(PyExc_ValueError, "tolerances must be non-negative");
  if (a === b) return PyBool_FromBool(true);
  if (Math.abs(a) === Number.POSITIVE_INFINITY || Math.abs(b) === Number.POSITIVE_INFINITY) {
    return PyBool_FromBool(false);
  }
  const diff = Math.abs(b - a);
  return PyBool_FromBool(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
}

function math_ulp(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  let x = asDouble(oneArg("math.ulp", args, kwnames));
  if (Number.isNaN(x)) return PyFloat_FromDouble(x);
  x = Math.abs(x);
  if (x === Number.POSITIVE_INFINITY) return PyFloat_FromDouble(x);
  const x2 = nextafter(x, Number.POSITIVE_INFINITY);
  if (x2 === Number.POSITIVE_INFINITY) return PyFloat_FromDouble(x - nextafter(x, Number.NEGATIVE_INFINITY));
  return PyFloat_FromDouble(x2 - x);
}

// ---------------------------------------------------------------------------------------------
// the function table

function f1(name: string, f: (x: number) => number, canOverflow: boolean, doc: string): MethodDef {
  const qual = `math.${name}`;
  return {
    name,
    impl: (_m, args, kwnames) => math1(oneArg(qual, args, kwnames), f, canOverflow),
    doc,
    textSignature: "($module, x, /)",
  };
}

function f1a(name: string, f: (x: number) => number, doc: string): MethodDef {
  const qual = `math.${name}`;
  const usesErrno = f === m_tgamma || f === m_lgamma;
  return {
    name,
    impl: (_m, args, kwnames) => math1a(oneArg(qual, args, kwnames), f, usesErrno),
    doc,
    textSignature: "($module, x, /)",
  };
}

function f2(name: string, f: (x: number, y: number) => number, doc: string, sig: string): MethodDef {
  return { name, impl: (_m, args, kwnames) => math2(name, args, kwnames, f), doc, textSignature: sig };
}

function fDouble(name: string, f: (x: number) => PyObject, doc: string): MethodDef {
  const qual = `math.${name}`;
  return {
    name,
    impl: (_m, args, kwnames) => f(asDouble(oneArg(qual, args, kwnames))),
    doc,
    textSignature: "($module, x, /)",
  };
}

const MATH_FUNCTIONS: MethodDef[] = [
  f1(
    "acos",
    m_acos,
    false,
    "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi.",
  ),
  f1("acosh", m_acosh, false, "Return the inverse hyperbolic cosine of x."),
  f1(
    "asin",
    m_asin,
    false,
    "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.",
  ),
  f1("asinh", m_asinh, false, "Return the inverse hyperbolic sine of x."),
  f1(
    "atan",
    m_atan,
    false,
    "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.",
  ),
  f2(
    "atan2",
    math_atan2_values,
    "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered.",
    "($module, y, x, /)",
  ),
  f1("atanh", m_atanh, false, "Return the inverse hyperbolic tangent of x."),
  f1("cbrt", m_cbrt, false, "Return the cube root of x."),
  {
    name: "ceil",
    impl: math_ceil,
    doc: "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x.",
    textSignature: "($module, x, /)",
  },
  f2(
    "copysign",
    copysign,
    "Return a float with the magnitude (absolute value) of x but the sign of y.\n\nOn platforms that support signed zeros, copysign(1.0, -0.0)\nreturns -1.0.\n",
    "($module, x, y, /)",
  ),
  f1("cos", m_cos, false, "Return the cosine of x (measured in radians)."),
  f1("cosh", m_cosh, true, "Return the hyperbolic cosine of x."),
  fDouble(
    "degrees",
    (x) => PyFloat_FromDouble(x * (180.0 / Math.PI)),
    "Convert angle x from radians to degrees.",
  ),
  {
    name: "dist",
    impl: math_dist,
    doc: "Return the Euclidean distance between two points p and q.\n\nThe points should be specified as sequences (or iterables) of\ncoordinates.  Both inputs must have the same dimension.\n\nRoughly equivalent to:\n    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))",
    textSignature: "($module, p, q, /)",
  },
  f1a("erf", m_erf, "Error function at x."),
  f1a("erfc", m_erfc, "Complementary error function at x."),
  f1("exp", m_expw, true, "Return e raised to the power of x."),
  f1("exp2", m_exp2w, true, "Return 2 raised to the power of x."),
  f1(
    "expm1",
    m_expm1,
    true,
    "Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x.",
  ),
  f1("fabs", m_fabs, false, "Return the absolute value of the float x."),
  {
    name: "factorial",
    impl: math_factorial,
    doc: "Find x!.\n\nRaise a ValueError if x is negative or non-integral.",
    textSignature: "($module, x, /)",
  },
  {
    name: "floor",
    impl: math_floor,
    doc: "Return the floor of x as an Integral.\n\nThis is the largest integer <= x.",
    textSignature: "($module, x, /)",
  },
  {
    name: "fmod",
    impl: math_fmod,
    doc: "Return fmod(x, y), according to platform C.\n\nx % y may differ.",
    textSignature: "($module, x, y, /)",
  },
  {
    name: "frexp",
    impl: math_frexp,
    doc: "Return the mantissa and exponent of x, as pair (m, e).\n\nm is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0.",
    textSignature: "($module, x, /)",
  },
  {
    name: "fsum",
    impl: math_fsum,
    doc: "Return an accurate floating point sum of values in the iterable seq.\n\nAssumes IEEE-754 floating point arithmetic.",
    textSignature: "($module, seq, /)",
  },
  f1a("gamma", m_tgamma, "Gamma function at x."),
  { name: "gcd", impl: math_gcd, doc: "Greatest Common Divisor.", textSignature: "($module, *integers)" },
  {
    name: "hypot",
    impl: math_hypot,
    doc: "hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin to a point.\n\nRoughly equivalent to:\n    sqrt(sum(x**2 for x in coordinates))\n\nFor a two dimensional point (x, y), gives the hypotenuse\nusing the Pythagorean theorem:  sqrt(x*x + y*y).\n\nFor example, the hypotenuse of a 3/4/5 right triangle is:\n\n    >>> hypot(3.0, 4.0)\n    5.0\n",
  },
  {
    name: "isclose",
    impl: math_isclose,
    doc: 'Determine whether two floating point numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered "close", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered "close", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them\nmust be smaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard.  That\nis, NaN is not close to anything, even itself.  inf and -inf are\nonly close to themselves.',
    textSignature: "($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)",
  },
  fDouble(
    "isfinite",
    (x) => PyBool_FromBool(Number.isFinite(x)),
    "Return True if x is neither an infinity nor a NaN, and False otherwise.",
  ),
  fDouble(
    "isinf",
    (x) => PyBool_FromBool(x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY),
    "Return True if x is a positive or negative infinity, and False otherwise.",
  ),
  fDouble(
    "isnan",
    (x) => PyBool_FromBool(Number.isNaN(x)),
    "Return True if x is a NaN (not a number), and False otherwise.",
  ),
  {
    name: "isqrt",
    impl: math_isqrt,
    doc: "Return the integer part of the square root of the input.",
    textSignature: "($module, n, /)",
  },
  { name: "lcm", impl: math_lcm, doc: "Least Common Multiple.", textSignature: "($module, *integers)" },
  {
    name: "ldexp",
    impl: math_ldexp,
    doc: "Return x * (2**i).\n\nThis is essentially the inverse of frexp().",
    textSignature: "($module, x, i, /)",
  },
  f1a("lgamma", m_lgamma, "Natural logarithm of absolute value of Gamma function at x."),
  {
    name: "log",
    impl: math_log,
    doc: "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of x.",
  },
  f1(
    "log1p",
    m_log1pw,
    false,
    "Return the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero.",
  ),
  {
    name: "log10",
    impl: (_m, a, k) => loghelper(oneArg("math.log10", a, k), m_log10w),
    doc: "Return the base 10 logarithm of x.",
    textSignature: "($module, x, /)",
  },
  {
    name: "log2",
    impl: (_m, a, k) => loghelper(oneArg("math.log2", a, k), m_log2w),
    doc: "Return the base 2 logarithm of x.",
    textSignature: "($module, x, /)",
  },
  {
    name: "modf",
    impl: math_modf,
    doc: "Return the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats.",
    textSignature: "($module, x, /)",
  },
  {
    name: "pow",
    impl: math_pow,
    doc: "Return x**y (x to the power of y).",
    textSignature: "($module, x, y, /)",
  },
  fDouble(
    "radians",
    (x) => PyFloat_FromDouble(x * (Math.PI / 180.0)),
    "Convert angle x from degrees to radians.",
  ),
  f2(
    "remainder",
    m_remainder,
    "Difference between x and the closest integer multiple of y.\n\nReturn x - n*y where n*y is the closest integer multiple of y.\nIn the case where x is exactly halfway between two multiples of\ny, the nearest even value of n is used. The result is always exact.",
    "($module, x, y, /)",
  ),
  f1("sin", m_sin, false, "Return the sine of x (measured in radians)."),
  f1("sinh", m_sinh, true, "Return the hyperbolic sine of x."),
  f1("sqrt", m_sqrt, false, "Return the square root of x."),
  f1("tan", m_tan, false, "Return the tangent of x (measured in radians)."),
  f1("tanh", m_tanh, false, "Return the hyperbolic tangent of x."),
  {
    name: "trunc",
    impl: math_trunc,
    doc: "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method.",
    textSignature: "($module, x, /)",
  },
  {
    name: "prod",
    impl: math_prod,
    doc: "Calculate the product of all the elements in the input iterable.\n\nThe default start value for the product is 1.\n\nWhen the iterable is empty, return the start value.  This function is\nintended specifically for use with numeric values and may reject\nnon-numeric types.",
    textSignature: "($module, iterable, /, *, start=1)",
  },
  {
    name: "perm",
    impl: math_perm,
    doc: "Number of ways to choose k items from n items without repetition and with order.\n\nEvaluates to n! / (n - k)! when k <= n and evaluates\nto zero when k > n.\n\nIf k is not specified or is None, then k defaults to n\nand the function returns n!.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative.",
    textSignature: "($module, n, k=None, /)",
  },
  {
    name: "comb",
    impl: math_comb,
    doc: "Number of ways to choose k items from n items without repetition and without order.\n\nEvaluates to n! / (k! * (n - k)!) when k <= n and evaluates\nto zero when k > n.\n\nAlso called the binomial coefficient because it is equivalent\nto the coefficient of k-th term in polynomial expansion of the\nexpression (1 + x)**n.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative.",
    textSignature: "($module, n, k, /)",
  },
  {
    name: "nextafter",
    impl: (_m, a, k) => {
      argPositional("math.nextafter", "nextafter", a, k, 2, 2);
      return PyFloat_FromDouble(nextafter(asDouble(a[0]!), asDouble(a[1]!)));
    },
    doc: "Return the next floating-point value after x towards y.",
    textSignature: "($module, x, y, /)",
  },
  {
    name: "ulp",
    impl: math_ulp,
    doc: "Return the value of the least significant bit of the float x.",
    textSignature: "($module, x, /)",
  },
];

function m_exp2w(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Number.POSITIVE_INFINITY) return x;
  if (x === Number.NEGATIVE_INFINITY) return 0;
  return m_exp2(x);
}

/** Creates the `math` module (new reference). */
function createMathModule(): PyModule {
  const m = PyModule_New("math");
  PyModule_Add(
    m,
    "__doc__",
    PyStr_FromString("This module provides access to the mathematical functions\ndefined by the C standard."),
  );
  PyModule_AddFunctions(m, MATH_FUNCTIONS);
  PyModule_Add(m, "pi", PyFloat_FromDouble(Math.PI));
  PyModule_Add(m, "e", PyFloat_FromDouble(Math.E));
  PyModule_Add(m, "tau", PyFloat_FromDouble(2 * Math.PI));
  PyModule_Add(m, "inf", PyFloat_FromDouble(Number.POSITIVE_INFINITY));
  PyModule_Add(m, "nan", PyFloat_FromDouble(Number.NaN));
  return m;
}

export function registerMathModule(): void {
  registerBuiltinModule("math", createMathModule);
}
