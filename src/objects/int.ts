/**
 * int (CPython's Objects/longobject.c).
 *
 * Representation: `PyInt.value` is a JS number exactly when the value is a safe integer
 * (|v| <= 2**53 - 1) and a bigint otherwise; every constructor normalises, so two equal ints
 * always have the same representation (=== compares them). Small ints -5..256 are immortal
 * singletons.
 *
 * The bool type object and the True/False singletons are created here too (bool.ts holds bool's
 * own behaviour and re-exports them): bool's type needs int's at load time, and int's
 * comparisons need the bools, so keeping the objects in one module makes any import order work.
 *
 * The `int_*` functions taking two PyInts are the VM's fast paths (new references, overflow to
 * bigint); the `long_*` slot functions check their operands and return NotImplemented for
 * foreign types, as CPython's slots do.
 */

import { heap } from "../memory/heap.js";
import { blockModel, holdBlock, releaseBlock } from "../memory/unicode_writer.js";
import { bigBitLength, roundBigScaled, transformDecimalAndSpaceToASCII } from "../util/float_format.js";
import { formatInt } from "../util/format_spec.js";
import {
  type IntLiteralShape,
  longToDecimalString,
  normalizeInt,
  parseIntLiteral,
} from "../util/long_text.js";
import { pow2 } from "../util/powers.js";
import { reprBytes, reprStr } from "../util/repr.js";
import {
  iterateToArray,
  lookupSpecial,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  PyObject_CallNoArgs,
  PyObject_CallOneArg,
  PyObject_Str,
} from "./abstract.js";
import { type ArgSpec, parseArgs } from "./args.js";
import { bool_and, bool_new, bool_or, bool_repr, bool_xor } from "./bool.js";
import { bufferBytes, PyBytes, PyBytes_FromBytes } from "./bytes.js";
import {
  type PyBaseException,
  PyErr_Format,
  PyErr_NoArgs,
  PyExc_MemoryError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyExc_ZeroDivisionError,
  raise,
} from "./exceptions.js";
import { float_pow_values, type PyFloat, PyFloat_FromDouble, PyNumber_Float } from "./float.js";
import { defineGetSets, defineMethods } from "./methods.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import {
  freeObject,
  makeImmortal,
  notifyAlloc,
  notifyFree,
  objectFree,
  objectMalloc,
  Py_DECREF,
  Py_INCREF,
  Py_NewRef,
  PyObject,
} from "./object.js";
import { _Py_HashInt } from "./pyhash.js";
import type { Hash } from "./slots_types.js";
import {
  argTypeName,
  initSubtypeInstance,
  PyStr,
  PyStr_FromASCII,
  PyStr_FromString,
  PyStr_FromStringFresh,
} from "./str.js";
import { bookNumberFormat } from "./str_format.js";
import { gcFree, PyTuple_New } from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";
import { varInstanceAllocSize } from "./typeobject.js";

/** Argument Clinic signatures of the methods below (made once, not per call). */
const TO_BYTES_ARGS: ArgSpec = { names: ["length", "byteorder", "signed"], required: 0, kwonlyFrom: 2 };
const FROM_BYTES_ARGS: ArgSpec = { names: ["bytes", "byteorder", "signed"], required: 1, kwonlyFrom: 2 };

// ---------------------------------------------------------------------------------------------
// The object

export class PyInt extends PyObject {
  declare value: number | bigint;
  constructor(type: PyType, value: number | bigint) {
    super(type, true);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.ob_addr = 0;
    this.ob_size_alloc = 0;
    this.value = value;
  }
}

export const PyInt_Type = newStaticType({
  name: "int",
  flags: TypeFlag.BASETYPE | TypeFlag.IMMUTABLETYPE | TypeFlag.LONG_SUBCLASS | TypeFlag.MATCH_SELF,
  basicsize: 24,
  itemsize: 4,
  doc: "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4",
});

/** bool: a subclass of int that cannot be subclassed (its behaviour lives in bool.ts). */
export const PyBool_Type = newStaticType({
  name: "bool",
  base: PyInt_Type,
  flags: TypeFlag.IMMUTABLETYPE | TypeFlag.LONG_SUBCLASS | TypeFlag.MATCH_SELF,
  basicsize: 32,
  itemsize: 4,
  doc: "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.",
});

/** The singletons True and False (CPython 3.11 gives both a one-digit block: 28 bytes). */
export const Py_True: PyInt = makeImmortal(new PyInt(PyBool_Type, 1), 28);
export const Py_False: PyInt = makeImmortal(new PyInt(PyBool_Type, 0), 28);

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

const SMALL_INTS: PyInt[] = [];
for (let i = -5; i <= 256; i++) SMALL_INTS.push(makeImmortal(new PyInt(PyInt_Type, i), 28));

/** sizeof(digit) * number of 30-bit digits, as CPython's ob_size counts them (0 for 0). */
export function intNDigits(v: number | bigint, bitsUpper = 0): number {
  if (typeof v === "number") {
    if (v === 0) return 0;
    const a = v < 0 ? -v : v;
    return a < 1073741824 ? 1 : 2;
  }
  return Math.ceil(bigBitLength(v, bitsUpper) / 30);
}

/** The block size CPython requests for an int of this value (zero still gets one digit). */
function intAllocSize(v: number | bigint, bitsUpper = 0): number {
  return 24 + 4 * Math.max(1, intNDigits(v, bitsUpper));
}

/**
 * An upper bound of the bit length of an int's absolute value, read from its block size (its
 * 30-bit digit count) when it is a big exact int, for PyInt_FromBigInt's size computation; 0 when
 * unknown.
 */
function bitsBound(o: PyInt): number {
  const v = o.value;
  if (typeof v === "number") return 53;
  return o.ob_type === PyInt_Type && o.ob_size_alloc > 28 ? ((o.ob_size_alloc - 24) >> 2) * 30 : 0;
}

/** int.__sizeof__: what sys.getsizeof reports for an exact int (no GC header). */
export function int_sizeof(o: PyInt): number {
  return 24 + 4 * Math.max(1, intNDigits(o.value));
}

/** 2**30: ints below it in magnitude are CPython's "compact" ints (one digit, the fast paths). */
const DIGIT_BASE = 1073741824;

function isCompact(v: number | bigint): boolean {
  return typeof v === "number" && v < DIGIT_BASE && v > -DIGIT_BASE;
}

/** An operand's number of 30-bit digits. */
function operandDigits(o: PyInt): number {
  return intNDigits(o.value, bitsBound(o));
}

/**
 * The digits CPython allocates for a + b (or a - b) when one operand is not compact: x_add
 * allocates one more than the longer operand; x_sub the longer one's length, or for operands of
 * equal length only up to the highest digit where they differ (0: the result is 0).
 */
function sumDigits(
  x: number | bigint,
  y: number | bigint,
  nx: number,
  ny: number,
  subtract: boolean,
): number {
  const sameSign = x < 0 === y < 0;
  if (sameSign !== subtract) return Math.max(nx, ny) + 1;
  if (nx !== ny) return Math.max(nx, ny);
  if (typeof x === "number" && typeof y === "number") {
    // equal lengths of two digits (one-digit pairs are compact)
    const ax = Math.abs(x);
    const ay = Math.abs(y);
    if (ax === ay) return 0;
    return Math.floor(ax / DIGIT_BASE) === Math.floor(ay / DIGIT_BASE) ? 1 : 2;
  }
  const bx = big(x);
  const by = big(y);
  const diff = (bx < 0n ? -bx : bx) ^ (by < 0n ? -by : by);
  return diff === 0n ? 0 : Math.ceil(bigBitLength(diff, 30 * nx) / 30);
}

function sumOf(a: PyInt, b: PyInt, r: number | bigint, subtract: boolean): PyInt {
  return PyInt_FromValueInBlock(r, sumDigits(a.value, b.value, operandDigits(a), operandDigits(b), subtract));
}

/**
 * x + y (x - y with `subtract`) of safe-integer values whose result `r` is safe too, in the
 * block CPython allocates for it (see sumDigits): the VM's fast path for ints.
 */
export function intSumOfNumbers(x: number, y: number, r: number, subtract: boolean): PyInt {
  if (x < DIGIT_BASE && x > -DIGIT_BASE && y < DIGIT_BASE && y > -DIGIT_BASE) return PyInt_FromNumber(r);
  // an operand of two digits: x_add allocates three
  if ((x < 0 === y < 0) !== subtract) return numberIntInBlock(r, 3);
  return numberIntInBlock(r, sumDigits(x, y, intNDigits(x), intNDigits(y), subtract));
}

/** PyInt_FromValueInBlock for a safe-integer value. */
function numberIntInBlock(n: number, digits: number): PyInt {
  const size = 24 + 4 * Math.max(1, digits);
  if (n >= -5 && n <= 256) {
    // maybe_small_long frees the block the result was made in for the shared int (a short-lived
    // block, booked only while tracemalloc traces)
    releaseBlock(holdBlock(size), size);
    return PyInt_FromNumber(n);
  }
  return newNumberInt(n, size);
}

/** x * y of safe-integer values whose product `r` is safe too, in CPython's block (x_mul's). */
export function intProductOfNumbers(x: number, y: number, r: number): PyInt {
  if (r === 0 || (isCompact(x) && isCompact(y))) return PyInt_FromNumber(r === 0 ? 0 : r);
  return numberIntInBlock(r, intNDigits(x) + intNDigits(y));
}

/**
 * A new reference to an int whose block was allocated for `digits` 30-bit digits though its
 * value may need fewer: CPython's arithmetic allocates a result before knowing its length (x_add
 * one digit more than the longer operand, x_mul the sum of both lengths) and long_normalize only
 * shrinks its ob_size, so tracemalloc sees the size first asked for. Small ints are the shared ones.
 */
export function PyInt_FromValueInBlock(v: number | bigint, digits: number): PyInt {
  if (typeof v === "bigint" && v >= -MAX_SAFE_BIG && v <= MAX_SAFE_BIG) v = Number(v);
  if (typeof v === "number") return numberIntInBlock(v, digits);
  return newBigInt(v, 24 + 4 * Math.max(1, digits));
}

/**
 * JS objects of dead exact ints, recycled by PyInt_FromNumber (the block, and so id(), comes
 * from the allocator model as always): saves V8 an allocation per int. An int is put here only
 * at refcount 0, and nothing else can hold it then: ints are not weak-referenceable, never
 * tracked by the collector, and objects shown to an allocation listener are never recycled
 * (heap.reuseObjects).
 */
const deadInts: PyInt[] = [];
let deadIntsHeap = heap;
const MAX_DEAD_INTS = 64;

/** A new reference to the int `n` (n must be a safe integer). */
export function PyInt_FromNumber(n: number): PyInt {
  if (n >= -5 && n <= 256) {
    const o = SMALL_INTS[n + 5]!;
    o.ob_refcnt++;
    return o;
  }
  // PyLong_FromLong and the arithmetic fast paths allocate sizeof(PyLongObject) (32) for one
  // digit (_PyLong_FromMedium) and _PyLong_New(2) (32) for two: tracemalloc sees 32.
  return newNumberInt(n, 32);
}

/**
 * A new reference to the int `n` (a safe integer) as PyLong_FromSsize_t / PyLong_FromSize_t
 * make it: they count the value's digits and call _PyLong_New(ndigits), so a one-digit int is a
 * 28-byte block (PyLong_FromLong's _PyLong_FromMedium asks for sizeof(PyLongObject), 32).
 * CPython returns lengths, indexes, counts, sizes and hashes this way: len(), enumerate's
 * counter, list.index, str.find, sys.getsizeof, sys.getrefcount, hash(), itertools.count...
 */
export function PyInt_FromSsize_t(n: number): PyInt {
  if (n >= -5 && n <= 256) {
    const o = SMALL_INTS[n + 5]!;
    o.ob_refcnt++;
    return o;
  }
  return newNumberInt(n, intAllocSize(n));
}

/** A new int of a safe-integer value (not a small one) in a block of `size` bytes, its JS object recycled. */
function newNumberInt(n: number, size: number): PyInt {
  let o: PyInt;
  if (deadInts.length > 0 && deadIntsHeap === heap) {
    o = deadInts.pop()!;
    o.ob_refcnt = 1;
    o.value = n;
  } else {
    o = new PyInt(PyInt_Type, n);
  }
  // (allocateObject inlined: see objectMalloc)
  o.ob_size_alloc = size;
  o.ob_addr = objectMalloc(size);
  if (heap.listener !== null) notifyAlloc(o);
  return o;
}

/**
 * A new reference to the int `b` (normalised to a number when it is safe). `bitsUpper` (> 0): an
 * upper bound of its bit length, which makes its size cheaper to find.
 */
export function PyInt_FromBigInt(b: bigint, bitsUpper = 0): PyInt {
  if (b >= -MAX_SAFE_BIG && b <= MAX_SAFE_BIG) return PyInt_FromNumber(Number(b));
  return newBigInt(b, intAllocSize(b, bitsUpper));
}

/** A new int of a value beyond the safe integers in a block of `size` bytes. */
function newBigInt(b: bigint, size: number): PyInt {
  const o = new PyInt(PyInt_Type, b);
  o.ob_size_alloc = size;
  o.ob_addr = objectMalloc(size);
  if (heap.listener !== null) notifyAlloc(o);
  return o;
}

/** A new reference to an int from any integral JS number (beyond 2**53 too). */
export function PyInt_FromJsInteger(n: number): PyInt {
  if (n <= MAX_SAFE && n >= -MAX_SAFE) return PyInt_FromNumber(n);
  return PyInt_FromBigInt(BigInt(n));
}

/** A new reference to an int from a value in either representation. */
export function PyInt_FromValue(v: number | bigint): PyInt {
  return typeof v === "number" ? PyInt_FromNumber(v) : PyInt_FromBigInt(v);
}

/** The int hash (a Python int object) for a Hash value. */
export function PyInt_FromHash(h: Hash): PyInt {
  return typeof h === "number" ? PyInt_FromNumber(h) : PyInt_FromBigInt(h);
}

export function PyInt_Check(o: PyObject): o is PyInt {
  return o instanceof PyInt;
}

export function PyInt_CheckExact(o: PyObject): o is PyInt {
  return o.ob_type === PyInt_Type;
}

function int_dealloc(o: PyObject): void {
  if (o.ob_type === PyInt_Type) {
    // freeObject inlined (see objectMalloc)
    const i = o as PyInt;
    const size = i.ob_size_alloc;
    if (size === 0) return;
    objectFree(i.ob_addr, size);
    if (heap.listener !== null) notifyFree(i);
    i.ob_size_alloc = 0;
    if (heap.reuseObjects) {
      if (deadIntsHeap !== heap) {
        deadInts.length = 0;
        deadIntsHeap = heap;
      }
      if (deadInts.length < MAX_DEAD_INTS) deadInts.push(i);
    }
  } else {
    numberFree(o);
  }
}

/** tp_free of int/float/complex: GC blocks for instances of (GC) heap subclasses. */
export function numberFree(o: PyObject): void {
  if (o.ob_type.hasFlag(TypeFlag.HAVE_GC)) gcFree(o);
  else freeObject(o);
}

/** An instance of an int subclass holding `v` (long_subtype_new's allocation). */
function intSubtypeInstance(type: PyType, v: number | bigint): PyInt {
  const o = new PyInt(type, v);
  const n = Math.max(1, intNDigits(v));
  initSubtypeInstance(o, type, varInstanceAllocSize(type, n));
  return o;
}

// ---------------------------------------------------------------------------------------------
// Conversions

function big(v: number | bigint): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

/** PyLong_AsDouble: correctly rounded; OverflowError when too large for a float. */
export function intValueToDouble(v: number | bigint): number {
  if (typeof v === "number") return v;
  const d = Number(v);
  if (d === Number.POSITIVE_INFINITY || d === Number.NEGATIVE_INFINITY) {
    raise(PyExc_OverflowError, "int too large to convert to float");
  }
  return d;
}

export function PyLong_AsDouble(o: PyInt): number {
  return intValueToDouble(o.value);
}

const SSIZE_MAX = 9223372036854775807n;
const SSIZE_MIN = -9223372036854775808n;

/** PyLong_AsSsize_t: the value as a JS number; OverflowError beyond a C ssize_t. */
export function PyLong_AsSsize_t(o: PyInt): number {
  const v = o.value;
  if (typeof v === "number") return v;
  if (v > SSIZE_MAX || v < SSIZE_MIN)
    raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  return Number(v);
}

/**
 * PyLong_FromDouble: the integral part of a finite double (callers truncate first);
 * OverflowError for infinities, ValueError for nan.
 */
export function PyLong_FromDouble(x: number): PyInt {
  if (x <= MAX_SAFE && x >= -MAX_SAFE) return PyInt_FromNumber(Math.trunc(x));
  if (Number.isNaN(x)) raise(PyExc_ValueError, "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) raise(PyExc_OverflowError, "cannot convert float infinity to integer");
  return PyInt_FromBigInt(BigInt(Math.trunc(x)));
}

/** long_long / _PyLong_Copy: `int(x)` of an int or subclass instance: an exact int. */
export function long_long(o: PyObject): PyObject {
  if (o.ob_type === PyInt_Type) {
    o.ob_refcnt++;
    return o;
  }
  return PyInt_FromValue((o as PyInt).value);
}

// ---------------------------------------------------------------------------------------------
// Arithmetic fast paths (PyInt operands, new references)

export function int_add(a: PyInt, b: PyInt): PyInt {
  const x = a.value;
  const y = b.value;
  if (typeof x === "number" && typeof y === "number") {
    const r = x + y;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return intSumOfNumbers(x, y, r, false);
  }
  return sumOf(a, b, big(x) + big(y), false);
}

export function int_sub(a: PyInt, b: PyInt): PyInt {
  const x = a.value;
  const y = b.value;
  if (typeof x === "number" && typeof y === "number") {
    const r = x - y;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return intSumOfNumbers(x, y, r, true);
  }
  return sumOf(a, b, big(x) - big(y), true);
}

export function int_mul(a: PyInt, b: PyInt): PyInt {
  const x = a.value;
  const y = b.value;
  if (typeof x === "number" && typeof y === "number") {
    const r = x * y;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return intProductOfNumbers(x, y, r);
  }
  if (x === 0 || y === 0) return PyInt_FromNumber(0);
  // k_mul and x_mul allocate the sum of the operands' lengths
  return PyInt_FromValueInBlock(big(x) * big(y), operandDigits(a) + operandDigits(b));
}

function floorDivBig(x: bigint, y: bigint): bigint {
  const q = x / y;
  if (x < 0n !== y < 0n && q * y !== x) return q - 1n;
  return q;
}

function floorModBig(x: bigint, y: bigint): bigint {
  const r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) return r + y;
  return r;
}

/** Floor division of int values; the divisor must be non-zero. */
export function intFloorDivValues(x: number | bigint, y: number | bigint): number | bigint {
  if (typeof x === "number" && typeof y === "number") {
    // Exact: for |x| < 2**53 the rounded quotient never crosses an integer.
    return Math.floor(x / y);
  }
  return normalizeInt(floorDivBig(big(x), big(y)));
}

/** Python's modulo of int values (sign of the divisor); the divisor must be non-zero. */
export function intModValues(x: number | bigint, y: number | bigint): number | bigint {
  if (typeof x === "number" && typeof y === "number") {
    let r = x % y;
    if (r !== 0 && r < 0 !== y < 0) r += y;
    return r === 0 ? 0 : r;
  }
  return normalizeInt(floorModBig(big(x), big(y)));
}

/** The results of smallQuotientDivmod. */
let dmQ = 0n;
let dmR = 0n;

/**
 * floor(x / y) and x mod y (into dmQ, dmR) for big x >= 0, y > 0 whose quotient is small (the
 * spigot-style `divmod(big, big)`), from a floating-point estimate of the quotient made from their
 * top 64 bits, fixed up by at most a step or two: a multiplication by a small number and a
 * subtraction cost a tenth of V8's long division. False: not such a case (use the division).
 */
function smallQuotientDivmod(x: bigint, y: bigint, a: PyInt, b: PyInt): boolean {
  const xUpper = bitsBound(a);
  const yUpper = bitsBound(b);
  if (yUpper < 512 || xUpper === 0 || x < 0n || y <= 0n) return false;
  const ybits = bigBitLength(y, yUpper);
  if (ybits < 512 || xUpper - ybits > 40) return false;
  const s = BigInt(ybits - 64);
  const qf = Number(x >> s) / Number(y >> s); // relative error ~2**-51: off by at most 1
  if (!(qf < 2 ** 41)) return false;
  let q = Math.floor(qf);
  let r = x - BigInt(q) * y;
  while (r < 0n) {
    r += y;
    q--;
  }
  while (r >= y) {
    r -= y;
    q++;
  }
  dmQ = BigInt(q);
  dmR = r;
  return true;
}

export function int_floordiv(a: PyInt, b: PyInt): PyInt {
  const y = b.value;
  if (y === 0) raise(PyExc_ZeroDivisionError, "integer division or modulo by zero");
  const x = a.value;
  // fast_floor_div: two one-digit ints, the result from PyLong_FromLong
  if (isCompact(x) && isCompact(y)) return PyInt_FromNumber(Math.floor((x as number) / (y as number)));
  l_divmod(a, b, true, false);
  return dmDiv!;
}

export function int_mod(a: PyInt, b: PyInt): PyInt {
  const y = b.value;
  if (y === 0) raise(PyExc_ZeroDivisionError, "integer modulo by zero");
  const x = a.value;
  if (typeof x === "number" && typeof y === "number" && isCompact(x) && isCompact(y)) {
    // fast_mod
    let r = x % y;
    if (r !== 0 && r < 0 !== y < 0) r += y;
    return PyInt_FromNumber(r);
  }
  return l_mod(a, b);
}

export function int_divmod(a: PyInt, b: PyInt): PyObject {
  const y = b.value;
  if (y === 0) raise(PyExc_ZeroDivisionError, "integer division or modulo by zero");
  const x = a.value;
  if (typeof x === "number" && typeof y === "number" && isCompact(x) && isCompact(y)) {
    const q = PyInt_FromNumber(Math.floor(x / y));
    let r = x % y;
    if (r !== 0 && r < 0 !== y < 0) r += y;
    return PyTuple_New([q, PyInt_FromNumber(r)]);
  }
  l_divmod(a, b, true, true);
  return PyTuple_New([dmDiv!, dmMod!]);
}

/** Digit counts of the operands long_divrem's first test found, and the divisor's top digit. */
let nA = 0;
let nB = 0;
let topB = 0;

/** The number of 30-bit digits of |v| (into nDigits) and the most significant one. */
function topDigit(v: number | bigint, bitsUpper: number): number {
  if (typeof v === "number") {
    const m = v < 0 ? -v : v;
    if (m < DIGIT_BASE) {
      nDigits = m === 0 ? 0 : 1;
      return m;
    }
    nDigits = 2;
    return Math.floor(m / DIGIT_BASE);
  }
  const m = v < 0n ? -v : v;
  nDigits = Math.ceil(bigBitLength(m, bitsUpper) / 30);
  return Number(m >> BigInt(30 * (nDigits - 1)));
}
let nDigits = 0;

/**
 * long_divrem's first test: |a| < |b| when a has fewer 30-bit digits, or as many with a smaller
 * top digit. Sets nA, nB and topB.
 */
function dividendBelowDivisor(a: PyInt, b: PyInt): boolean {
  const ta = topDigit(a.value, bitsBound(a));
  nA = nDigits;
  topB = topDigit(b.value, bitsBound(b));
  nB = nDigits;
  return nA < nB || (nA === nB && ta < topB);
}

/** A new int of value `v` in a block of `digits` digits, never one of the shared small ints. */
function newIntInDigits(v: number | bigint, digits: number): PyInt {
  const size = 24 + 4 * Math.max(1, digits);
  if (typeof v === "bigint" && v >= -MAX_SAFE_BIG && v <= MAX_SAFE_BIG) v = Number(v);
  return typeof v === "number" ? newNumberInt(v, size) : newBigInt(v, size);
}

/** maybe_small_long: a fresh int whose value is a small int gives way to the shared one. */
function maybeSmallLong(o: PyInt): PyInt {
  const v = o.value;
  if (typeof v === "number" && v >= -5 && v <= 256) {
    Py_DECREF(o);
    return PyInt_FromNumber(v);
  }
  return o;
}

/** The results of l_divmod (new references; null when not asked for). */
let dmDiv: PyInt | null = null;
let dmMod: PyInt | null = null;

/**
 * CPython's l_divmod for operands that are not both one-digit ints: long_divrem's truncating
 * division, then the floor correction (mod + b, div - 1) when the remainder's sign is not b's.
 * The objects are made, and dropped, in CPython's order with CPython's blocks, which tracemalloc,
 * sys.getallocatedblocks() and `is` see:
 * - |a| < |b| (fewer digits, or as many with a smaller top digit): the remainder is `a` itself
 *   (long_long; a copy for a subclass), the quotient 0;
 * - a one-digit divisor (divrem1): the quotient in a block of a's digits, the remainder from
 *   PyLong_FromLong;
 * - else x_divrem: a scratch copy of a one digit longer (alive during the division), the remainder
 *   in a block of b's digits, the quotient in one of len(a) - len(b) digits, one more when a's
 *   top digit, shifted as b's is shifted to normalize it, is not below b's;
 * - maybe_small_long swaps a small quotient (and an x_divrem remainder) for the shared int.
 * `%` computes (and drops) the quotient too, as CPython 3.11's long_mod does.
 */
function l_divmod(a: PyInt, b: PyInt, wantDiv: boolean, wantMod: boolean): void {
  const x = a.value;
  const y = b.value;
  const below = dividendBelowDivisor(a, b);
  const na = nA;
  const nb = nB;
  const tb = topB;
  let div: PyInt;
  let mod: PyInt;
  if (below) {
    mod = a.ob_type === PyInt_Type ? Py_NewRef(a) : copyOfSubclassInt(x, na);
    div = PyInt_FromNumber(0);
  } else {
    // the truncated quotient and the remainder with a's sign, as long_divrem's
    let q: number | bigint;
    let r: number | bigint;
    if (typeof x === "number" && typeof y === "number") {
      q = Math.trunc(x / y);
      r = x % y;
      if (q === 0) q = 0;
      if (r === 0) r = 0;
    } else {
      const bx = big(x);
      const by = big(y);
      const small = smallQuotientDivmod(bx, by, a, b);
      const bq = small ? dmQ : bx / by;
      q = normalizeInt(bq);
      if (!wantMod && !blockModel.on && bx < 0n === by < 0n) {
        // a // b of operands of one sign: the remainder (made and dropped; no correction) is
        // left out, as other short-lived blocks are when tracemalloc is not tracing
        dmDiv = maybeSmallLong(
          newIntInDigits(q, nb === 1 ? na : na - nb + xDivremExtraDigit(x, y, na, nb, tb)),
        );
        dmMod = null;
        return;
      }
      // smallQuotientDivmod made the remainder already (one product and difference fewer)
      r = normalizeInt(small ? dmR : bx - bq * by);
    }
    if (nb === 1) {
      const z = newIntInDigits(q, na);
      mod = PyInt_FromNumber(r as number);
      div = maybeSmallLong(z);
    } else {
      const scratchSize = 24 + 4 * (na + 1);
      const scratch = holdBlock(scratchSize);
      const rem = xDivremRemainder(r, nb);
      const z = newIntInDigits(q, na - nb + xDivremExtraDigit(x, y, na, nb, tb));
      releaseBlock(scratch, scratchSize);
      mod = rem ?? smallRemainder(r);
      div = maybeSmallLong(z);
    }
  }
  const m = mod.value;
  if (m !== 0 && m < 0 !== y < 0) {
    const fixedMod = int_add(mod, b);
    Py_DECREF(mod);
    mod = fixedMod;
    const one = PyInt_FromNumber(1);
    const fixedDiv = int_sub(div, one);
    Py_DECREF(one);
    Py_DECREF(div);
    div = fixedDiv;
  }
  dmDiv = wantDiv ? div : null;
  if (!wantDiv) Py_DECREF(div);
  dmMod = wantMod ? mod : null;
  if (!wantMod) Py_DECREF(mod);
}

/**
 * CPython's l_mod (long_rem, then + b when the remainder's sign is not b's) for operands that are
 * not both one-digit ints: as l_divmod's remainder, but a one-digit divisor's remainder comes
 * from rem1 (no quotient is made) and x_divrem's quotient is dropped at once.
 */
function l_mod(a: PyInt, b: PyInt): PyInt {
  const x = a.value;
  const y = b.value;
  const below = dividendBelowDivisor(a, b);
  const na = nA;
  const nb = nB;
  let mod: PyInt;
  if (below) {
    mod = a.ob_type === PyInt_Type ? Py_NewRef(a) : copyOfSubclassInt(x, na);
  } else if (nb === 1) {
    mod = PyInt_FromNumber(typeof x === "number" ? x % (y as number) || 0 : Number(x % big(y)));
  } else {
    let r: number | bigint;
    if (typeof x === "number" && typeof y === "number") r = x % y || 0;
    else {
      const bx = big(x);
      const by = big(y);
      r = normalizeInt(smallQuotientDivmod(bx, by, a, b) ? dmR : bx % by);
    }
    if (blockModel.on) {
      const scratchSize = 24 + 4 * (na + 1);
      const scratch = holdBlock(scratchSize);
      const rem = xDivremRemainder(r, nb);
      const quotientSize = 24 + 4 * Math.max(1, na - nb + xDivremExtraDigit(x, y, na, nb, topB));
      const quotient = holdBlock(quotientSize);
      releaseBlock(scratch, scratchSize);
      releaseBlock(quotient, quotientSize);
      mod = rem ?? smallRemainder(r);
    } else {
      // (the scratch and quotient blocks are short-lived ones, booked only while tracing)
      mod = typeof r === "number" && r >= -256 && r <= 256 ? PyInt_FromNumber(r) : newIntInDigits(r, nb);
    }
  }
  const m = mod.value;
  if (m !== 0 && m < 0 !== y < 0) {
    const fixed = int_add(mod, b);
    Py_DECREF(mod);
    mod = fixed;
  }
  return mod;
}

/**
 * x_divrem's remainder, in a block of b's digits: the int itself, or for a small |r| the block
 * alone (held until smallRemainder), as maybe_small_long will swap it for a shared int.
 */
function xDivremRemainder(r: number | bigint, digits: number): PyInt | null {
  if (typeof r === "number" && r >= -256 && r <= 256) {
    heldRemainder = holdBlock(24 + 4 * digits);
    heldRemainderSize = 24 + 4 * digits;
    return null;
  }
  return newIntInDigits(r, digits);
}

let heldRemainder = 0;
let heldRemainderSize = 0;

/**
 * xDivremRemainder's small remainder after maybe_small_long and the sign: the shared int of |r|,
 * negated by _PyLong_Negate, which makes a new int of a shared one (PyLong_FromLong(-r)).
 */
function smallRemainder(r: number | bigint): PyInt {
  releaseBlock(heldRemainder, heldRemainderSize);
  heldRemainder = 0;
  return PyInt_FromNumber(r as number);
}

/** long_long of an int subclass instance (_PyLong_Copy): a small int, or a copy in `digits` digits. */
function copyOfSubclassInt(v: number | bigint, digits: number): PyInt {
  if (typeof v === "number" && v >= -5 && v <= 256) return PyInt_FromNumber(v);
  return newIntInDigits(v, digits);
}

/**
 * x_divrem's extra quotient digit: 1 when |a|'s top digit, after the shift that makes |b|'s top
 * digit at least 2**29, carries out or is not below |b|'s shifted top digit.
 */
function xDivremExtraDigit(
  x: number | bigint,
  y: number | bigint,
  na: number,
  nb: number,
  tb: number,
): number {
  // only the top two digits of each reach the shifted top digit (the shift is below 30 bits)
  const d = BigInt(Math.clz32(tb) - 2);
  return topDigitShifted(x, na, d) >= topDigitShifted(y, nb, d) ? 1 : 0;
}

/** The top digit of |v| (n >= 2 digits) shifted left by d < 30 bits, with what it carries out. */
function topDigitShifted(v: number | bigint, n: number, d: bigint): bigint {
  let m = big(v);
  if (m < 0n) m = -m;
  return ((m >> BigInt(30 * (n - 2))) << d) >> 30n;
}

/** int / int, correctly rounded (long_true_divide). */
export function intTrueDivideValues(x: number | bigint, y: number | bigint): number {
  if (y === 0) raise(PyExc_ZeroDivisionError, "division by zero");
  if (typeof x === "number" && typeof y === "number") return x / y;
  const neg = x < 0 !== y < 0;
  let a = big(x);
  let b = big(y);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 0n) return neg ? -0 : 0;
  if (a <= 9007199254740992n && b <= 9007199254740992n) return (neg ? -Number(a) : Number(a)) / Number(b);
  const diff = bigBitLength(a) - bigBitLength(b);
  if (diff > 1025) raise(PyExc_OverflowError, "integer division result too large for a float");
  if (diff < -1080) return neg ? -0 : 0;
  const shift = 55 - diff;
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    const n = a << BigInt(shift);
    q = n / b;
    r = n - q * b;
  } else {
    const d = b << BigInt(-shift);
    q = a / d;
    r = a - q * d;
  }
  const v = roundBigScaled(q, -shift, r !== 0n);
  if (v === Number.POSITIVE_INFINITY)
    raise(PyExc_OverflowError, "integer division result too large for a float");
  return neg ? -v : v;
}

export function int_truediv(a: PyInt, b: PyInt): PyObject {
  return PyFloat_FromDouble(intTrueDivideValues(a.value, b.value));
}

export function int_neg(a: PyInt): PyInt {
  const x = a.value;
  if (typeof x === "number") return PyInt_FromNumber(-x);
  return PyInt_FromBigInt(-x);
}

export function int_invert(a: PyInt): PyInt {
  const x = a.value;
  if (isCompact(x)) return PyInt_FromNumber(-(x as number) - 1);
  // -(x + 1) through long_add(x, 1): x_add's block for x >= 0, x_sub's for x < 0
  const digits = operandDigits(a) + (x < 0 ? 0 : 1);
  // ~(2**53 - 1) is -2**53, exact as a double but past the safe integers every JS-number int
  // lies within (an int out of them compared unequal to the same value held as a bigint)
  const r = typeof x === "number" ? (x === Number.MAX_SAFE_INTEGER ? -BigInt(x) - 1n : -x - 1) : -x - 1n;
  return PyInt_FromValueInBlock(r, digits);
}

/**
 * The block long_bitwise allocates for a & b, a | b, a ^ b when an operand is not compact: the
 * length of the operand that bounds the result (the longer one, the shorter for & of two
 * non-negatives and | of two negatives...) and a digit more for a negative result.
 */
function bitwiseDigits(a: PyInt, b: PyInt, op: "&" | "|" | "^"): number {
  let na = operandDigits(a);
  let nb = operandDigits(b);
  let nega = a.value < 0;
  let negb = b.value < 0;
  if (na < nb) {
    [na, nb] = [nb, na];
    [nega, negb] = [negb, nega];
  }
  if (op === "^") return na + (nega !== negb ? 1 : 0);
  if (op === "&") return (negb ? na : nb) + (nega && negb ? 1 : 0);
  return (negb ? nb : na) + (nega || negb ? 1 : 0);
}

function bitwiseResult(a: PyInt, b: PyInt, v: number | bigint, op: "&" | "|" | "^"): PyInt {
  if (isCompact(a.value) && isCompact(b.value)) return PyInt_FromValue(v);
  // long_bitwise works on two's complement copies of negative operands (blocks of their
  // digits, alive until the result is made: short-lived, booked only while tracing)
  const sizeA = a.value < 0 ? 24 + 4 * operandDigits(a) : 0;
  const sizeB = b.value < 0 ? 24 + 4 * operandDigits(b) : 0;
  const copyA = sizeA === 0 ? 0 : holdBlock(sizeA);
  const copyB = sizeB === 0 ? 0 : holdBlock(sizeB);
  const result = PyInt_FromValueInBlock(v, bitwiseDigits(a, b, op));
  releaseBlock(copyA, sizeA);
  releaseBlock(copyB, sizeB);
  return result;
}

/** Three-way comparison of two ints: -1, 0 or 1. */
export function int_compare(a: PyInt, b: PyInt): number {
  const x = a.value;
  const y = b.value;
  return x < y ? -1 : x > y ? 1 : 0;
}

// Bitwise operations. Values in the int32 range use JS's 32-bit operators (two's complement,
// exactly Python's semantics there); everything else goes through bigint, whose bitwise
// operators also act on an infinite two's complement representation.

export function int_and(a: PyInt, b: PyInt): PyInt {
  const x = a.value;
  const y = b.value;
  if (typeof x === "number" && typeof y === "number" && (x | 0) === x && (y | 0) === y) {
    return bitwiseResult(a, b, x & y, "&");
  }
  return bitwiseResult(a, b, big(x) & big(y), "&");
}

export function int_or(a: PyInt, b: PyInt): PyInt {
  const x = a.value;
  const y = b.value;
  if (typeof x === "number" && typeof y === "number" && (x | 0) === x && (y | 0) === y) {
    return bitwiseResult(a, b, x | y, "|");
  }
  return bitwiseResult(a, b, big(x) | big(y), "|");
}

export function int_xor(a: PyInt, b: PyInt): PyInt {
  const x = a.value;
  const y = b.value;
  if (typeof x === "number" && typeof y === "number" && (x | 0) === x && (y | 0) === y) {
    return bitwiseResult(a, b, x ^ y, "^");
  }
  return bitwiseResult(a, b, big(x) ^ big(y), "^");
}

/** Largest shift we attempt: V8's bigints stop at 2**30 bits. */
const MAX_BIGINT_BITS = 1073741824;
/** MAX_LONG_DIGITS * PyLong_SHIFT: beyond this CPython reports "too many digits in integer". */
const MAX_SHIFT_BITS = ((SSIZE_MAX - 24n) / 4n) * 30n;

export function int_lshift(a: PyInt, b: PyInt): PyInt {
  const x = a.value;
  const n = b.value;
  if (n < 0) raise(PyExc_ValueError, "negative shift count");
  if (x === 0) return PyInt_FromNumber(0);
  // a compact int shifted by less than a digit is made from its value (at most two digits)
  const medium = typeof n === "number" && n < 30 && isCompact(x);
  if (typeof n === "number" && typeof x === "number" && n < 53) {
    const r = x * pow2(n);
    if (r <= MAX_SAFE && r >= -MAX_SAFE) {
      return medium ? PyInt_FromNumber(r) : PyInt_FromValueInBlock(r, lshiftDigits(a, n));
    }
  }
  const bits = typeof n === "bigint" ? 0 : bigBitLength(big(x), bitsBound(a));
  if (typeof n === "bigint" || n + bits > MAX_BIGINT_BITS) {
    if (big(n) > MAX_SHIFT_BITS) raise(PyExc_OverflowError, "too many digits in integer");
    throw PyErr_NoArgs(PyExc_MemoryError);
  }
  if (medium) return PyInt_FromBigInt(big(x) << BigInt(n), bits + n);
  return PyInt_FromValueInBlock(big(x) << BigInt(n), lshiftDigits(a, n));
}

/** long_lshift1's block: the operand's digits, the whole digits shifted in, one for the rest. */
function lshiftDigits(a: PyInt, n: number): number {
  return operandDigits(a) + Math.floor(n / 30) + (n % 30 !== 0 ? 1 : 0);
}

export function int_rshift(a: PyInt, b: PyInt): PyInt {
  const x = a.value;
  const n = b.value;
  if (n < 0) raise(PyExc_ValueError, "negative shift count");
  if (typeof n === "bigint" || n >= 1e9) return PyInt_FromNumber(x < 0 ? -1 : 0);
  if (typeof x === "number") {
    if (n >= 53) return PyInt_FromNumber(x < 0 ? -1 : 0);
    if (n < 31 && (x | 0) === x) return PyInt_FromNumber(x >> n);
    return PyInt_FromNumber(Math.floor(x / pow2(n)));
  }
  return PyInt_FromBigInt(x >> BigInt(n));
}

// ---------------------------------------------------------------------------------------------
// Powers

/** b**e for safe-integer b and a non-negative exponent, exactly. */
function intPowValues(b: number | bigint, e: number | bigint): number | bigint {
  if (typeof b === "number") {
    if (b === 0) return e === 0 ? 1 : 0;
    if (b === 1) return 1;
    if (b === -1) return (typeof e === "number" ? e % 2 : Number(e % 2n)) === 0 ? 1 : -1;
  }
  if (typeof e === "bigint") throw PyErr_NoArgs(PyExc_MemoryError);
  if (typeof b === "number") {
    // Binary powering in doubles while every intermediate stays exact.
    let result = 1;
    let base = b;
    let n = e;
    for (;;) {
      if (n & 1) {
        const r = result * base;
        if (r > MAX_SAFE || r < -MAX_SAFE) break;
        result = r;
      }
      n = Math.floor(n / 2);
      if (n === 0) return result;
      const sq = base * base;
      if (sq > MAX_SAFE) break;
      base = sq;
    }
  }
  const bb = big(b);
  if (bigBitLength(bb) * e > MAX_BIGINT_BITS * 1.01) throw PyErr_NoArgs(PyExc_MemoryError);
  return normalizeInt(bb ** BigInt(e));
}

/** Modular inverse of a modulo m (m > 1), or null when it does not exist. */
function modInverse(a: bigint, m: bigint): bigint | null {
  let r0 = floorModBig(a, m);
  let r1 = m;
  let s0 = 1n;
  let s1 = 0n;
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) return null;
  return floorModBig(s0, m);
}

/** pow(b, e, m) for ints with m != 0 (long_pow with a modulus). */
export function intPowModValues(b: number | bigint, e: number | bigint, m: number | bigint): number | bigint {
  if (m === 0) raise(PyExc_ValueError, "pow() 3rd argument cannot be 0");
  let mod = big(m);
  let negativeOutput = false;
  if (mod < 0n) {
    negativeOutput = true;
    mod = -mod;
  }
  if (mod === 1n) return 0;
  let base = big(b);
  let exp = big(e);
  if (exp < 0n) {
    const inv = modInverse(base, mod);
    if (inv === null) raise(PyExc_ValueError, "base is not invertible for the given modulus");
    base = inv;
    exp = -exp;
  }
  base = floorModBig(base, mod);
  let result: bigint;
  if (mod <= 67108864n) {
    // Products stay below 2**52: plain doubles.
    const mm = Number(mod);
    let r = 1;
    let x = Number(base);
    let n = exp;
    while (n > 0n) {
      if (n & 1n) r = (r * x) % mm;
      x = (x * x) % mm;
      n >>= 1n;
    }
    result = BigInt(r % mm);
  } else {
    let r = 1n;
    let x = base;
    let n = exp;
    while (n > 0n) {
      if (n & 1n) r = (r * x) % mod;
      x = (x * x) % mod;
      n >>= 1n;
    }
    result = r;
  }
  if (negativeOutput && result !== 0n) result -= mod;
  return normalizeInt(result);
}

/** int ** int with no modulus: an int, or a float for negative exponents. */
export function int_pow(a: PyInt, b: PyInt): PyObject {
  const e = b.value;
  if (e < 0) return PyFloat_FromDouble(float_pow_values(intValueToDouble(a.value), intValueToDouble(e))!);
  const x = a.value;
  if (typeof e === "bigint" || e === 0 || (typeof x === "number" && x >= -1 && x <= 1)) {
    return PyInt_FromValue(intPowValues(x, e));
  }
  if (typeof x === "number" && !blockModel.on && e < 31) {
    // a result below 2**30 had only one-digit products on the way (shared or 32-byte ints):
    // the intermediate blocks are short-lived ones, left out when tracemalloc is not tracing
    const r = intPowValues(x, e);
    if (typeof r === "number" && r < DIGIT_BASE && r > -DIGIT_BASE) return PyInt_FromNumber(r);
  }
  if ((typeof x === "bigint" || e > 1 << 20) && bigBitLength(big(x)) * e > MAX_BIGINT_BITS * 1.01) {
    throw PyErr_NoArgs(PyExc_MemoryError);
  }
  return powerByMultiplication(x, e);
}

/**
 * long_pow's no-modulus path for |a| >= 2, exponent e >= 1, with CPython's blocks: a ** 1 is
 * a * 1 (a new int: x_mul's len(a) + 1 digits past one digit); otherwise z starts as a and each
 * exponent bit below the top one squares z, then multiplies it by a when the bit is set (left to
 * right binary exponentiation). Every product is a new block (x_mul: the sum of the operands'
 * digits; two one-digit operands: a 32-byte int or a shared small one), made while the z it
 * replaces is alive, which tracemalloc's peak sees. (Past 70 digits CPython multiplies by
 * Karatsuba, whose scratch blocks are not modelled: the result's block is the same.)
 */
function powerByMultiplication(x: number | bigint, e: number): PyInt {
  if (e === 1) return isCompact(x) ? PyInt_FromValue(x) : newIntInDigits(x, intNDigits(x) + 1);
  if (!blockModel.on) {
    // only the last product's block stays: z * z of z = a ** (e / 2), or z * a of a ** (e - 1)
    const odd = e % 2 === 1;
    const z = intPowValues(x, odd ? e - 1 : e / 2);
    const y = odd ? x : z;
    const v = productValue(z, y);
    if (!isCompact(z) || !isCompact(y)) return newIntInDigits(v, intNDigits(z) + intNDigits(y));
    return typeof v === "number" && v >= -5 && v <= 256 ? PyInt_FromNumber(v) : newIntInDigits(v, 2);
  }
  // false: z = z * z, true: z = z * a
  const steps: boolean[] = [];
  let bit = 1;
  while (bit * 2 <= e) bit *= 2;
  for (bit /= 2; bit >= 1; bit /= 2) {
    steps.push(false);
    if (Math.floor(e / bit) % 2 === 1) steps.push(true);
  }
  let z = x;
  let held = 0;
  let heldSize = 0;
  for (let i = 0; ; i++) {
    const y = steps[i] ? x : z;
    const v = productValue(z, y);
    const digits =
      isCompact(z) && isCompact(y)
        ? typeof v === "number" && v >= -5 && v <= 256
          ? 0
          : 2
        : intNDigits(z) + intNDigits(y);
    if (i === steps.length - 1) {
      const result = digits === 0 ? PyInt_FromValue(v) : newIntInDigits(v, digits);
      releaseBlock(held, heldSize);
      return result;
    }
    const size = digits === 0 ? 0 : 24 + 4 * digits;
    const block = size === 0 ? 0 : holdBlock(size);
    releaseBlock(held, heldSize);
    held = block;
    heldSize = size;
    z = v;
  }
}

/** x * y of int values, normalised. */
function productValue(x: number | bigint, y: number | bigint): number | bigint {
  if (typeof x === "number" && typeof y === "number") {
    const r = x * y;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normalizeInt(big(x) * big(y));
}

// ---------------------------------------------------------------------------------------------
// Slots

function notImplemented(): PyObject {
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

function long_add(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return notImplemented();
  return int_add(a, b);
}
function long_sub(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return notImplemented();
  return int_sub(a, b);
}
function long_mul(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return notImplemented();
  return int_mul(a, b);
}
function long_floordiv(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return notImplemented();
  return int_floordiv(a, b);
}
function long_mod(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return notImplemented();
  return int_mod(a, b);
}
function long_divmod(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return notImplemented();
  return int_divmod(a, b);
}
function long_true_divide(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return notImplemented();
  return int_truediv(a, b);
}
export function long_and(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return notImplemented();
  return int_and(a, b);
}
export function long_or(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return notImplemented();
  return int_or(a, b);
}
export function long_xor(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return notImplemented();
  return int_xor(a, b);
}
function long_lshift(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return notImplemented();
  return int_lshift(a, b);
}
function long_rshift(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return notImplemented();
  return int_rshift(a, b);
}

function long_pow(a: PyObject, b: PyObject, c: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return notImplemented();
  if (c === Py_None) return int_pow(a, b);
  if (!(c instanceof PyInt)) return notImplemented();
  return PyInt_FromValue(intPowModValues(a.value, b.value, c.value));
}

function long_neg(a: PyObject): PyObject {
  return int_neg(a as PyInt);
}
/**
 * CPython's long_abs: a negative int is negated (long_neg, a new int); any other goes through
 * long_long, which gives an exact int back itself (`abs(x) is x`: one more reference, no block).
 */
function long_abs(a: PyObject): PyObject {
  const x = (a as PyInt).value;
  return x < 0 ? int_neg(a as PyInt) : long_long(a);
}
function long_invert(a: PyObject): PyObject {
  return int_invert(a as PyInt);
}
function long_bool(a: PyObject): boolean {
  return (a as PyInt).value !== 0;
}
function long_float(a: PyObject): PyObject {
  return PyFloat_FromDouble(intValueToDouble((a as PyInt).value));
}

/** Python bool for a JS boolean (new reference). */
function pyBool(b: boolean): PyObject {
  const r = b ? Py_True : Py_False;
  r.ob_refcnt++;
  return r;
}

/** Rich comparison result for two int values. */
export function intRichCompareValues(x: number | bigint, y: number | bigint, op: number): boolean {
  switch (op) {
    case 0:
      return x < y;
    case 1:
      return x <= y;
    case 2:
      return x === y;
    case 3:
      return x !== y;
    case 4:
      return x > y;
    default:
      return x >= y;
  }
}

function long_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return notImplemented();
  return pyBool(intRichCompareValues(a.value, b.value, op));
}

function long_hash(o: PyObject): Hash {
  return _Py_HashInt((o as PyInt).value);
}

/** str(int) as a JS string (raises ValueError past sys.get_int_max_str_digits()). */
export function intToString(o: PyInt): string {
  return longToDecimalString(o.value);
}

/**
 * The block of the scratch int long_to_decimal_string converts into: 1 + n + n / 99 digits
 * (n: the value's 30-bit digits), alive while the text is written.
 */
export function decimalScratchSize(v: number | bigint): number {
  const n = intNDigits(v);
  return 24 + 4 * (1 + n + Math.floor(n / 99));
}

function long_repr(o: PyObject): PyObject {
  const v = (o as PyInt).value;
  const text = longToDecimalString(v);
  // the scratch int is alive while the str is made: a block for tracemalloc's peak
  const scratchSize = decimalScratchSize(v);
  const scratch = holdBlock(scratchSize);
  try {
    // and it makes a new str even for one digit: str(5) is not str(5)
    return text.length === 1 ? PyStr_FromStringFresh(text) : PyStr_FromASCII(text);
  } finally {
    releaseBlock(scratch, scratchSize);
  }
}

// ---------------------------------------------------------------------------------------------
// Constructor: int(x=0, /, base=10)

/** Hook for DeprecationWarnings (wired by the warnings module; no-op until then). */
export let warnDeprecation: (message: string) => void = () => {};
export function setNumericWarnHook(f: (message: string) => void): void {
  warnDeprecation = f;
}

/** %.200R: a repr cut to 200 characters. */
function repr200(r: string): string {
  const cps = Array.from(r);
  return cps.length <= 200 ? r : cps.slice(0, 200).join("");
}

function invalidLiteral(base: number, reprText: string): never {
  throw invalidLiteralError(base, reprText);
}

function invalidLiteralError(base: number, reprText: string): PyBaseException {
  return PyErr_Format(PyExc_ValueError, `invalid literal for int() with base ${base}: ${repr200(reprText)}`);
}

/** PyLong_FromUnicodeObject: int(str, base). */
export function intFromString(s: string, base: number): PyInt {
  const r = intFromStringOrError(s, base);
  if (r.ob_type !== PyInt_Type) throw r;
  return r as PyInt;
}

/**
 * intFromString with its ValueError (text that is not an int literal of `base`) returned, not
 * thrown, for the evaluation loop's int(str): a JS throw costs microseconds. Other errors
 * (too many digits) are still thrown.
 */
export function intFromStringOrError(s: string, base: number): PyInt | PyBaseException {
  const fast = parseSimpleDecimal(s, base);
  if (fast !== null) {
    // PyLong_FromString allocates room for the largest value of that many decimal digits
    // (_PyLong_New(digits * log_base_BASE[10] + 1)) and then only normalizes
    const digits = s.length - (s.charCodeAt(0) === 45 || s.charCodeAt(0) === 43 ? 1 : 0);
    return numberIntInBlock(fast, Math.floor(digits * LOG_BASE_BASE_10 + 1));
  }
  const v = parseIntLiteral(transformDecimalAndSpaceToASCII(s), base, literalShape);
  if (v === null) return invalidLiteralError(base, reprStr(s));
  return intFromLiteral(v);
}

/** The shape of the literal parseIntLiteral read last (int(str) and int(bytes) size their block from it). */
const literalShape: IntLiteralShape = { ndigits: 0, base: 10 };

/**
 * The int PyLong_FromString makes of a literal's value, in the block it allocates before knowing
 * the value: for a power-of-two base, ceil(digits * bits per digit / 30) 30-bit digits
 * (long_from_binary_base); otherwise digits * log_base_BASE[base] + 1, one more when the value
 * needs it (the "extremely rare" carry). Leading zeros count; long_normalize only shrinks
 * ob_size, maybe_small_long frees the block for a small int.
 */
function intFromLiteral(v: number | bigint): PyInt {
  const { ndigits, base } = literalShape;
  let digits: number;
  if ((base & (base - 1)) === 0) {
    digits = Math.floor((ndigits * Math.log2(base) + 29) / 30);
  } else {
    digits = Math.floor(ndigits * (Math.log(base) / Math.log(DIGIT_BASE)) + 1);
    digits = Math.max(digits, intNDigits(v));
  }
  return PyInt_FromValueInBlock(v, digits);
}

/** log_base_BASE[10]: 30-bit digits per decimal digit, as PyLong_FromString computes it. */
const LOG_BASE_BASE_10 = Math.log(10) / Math.log(DIGIT_BASE);

/** Fast path for plain ASCII decimal text of up to 15 digits (optional sign, no spaces). */
function parseSimpleDecimal(s: string, base: number): number | null {
  if (base !== 10 && base !== 0) return null;
  const n = s.length;
  if (n === 0 || n > 16) return null;
  let i = 0;
  let neg = false;
  const c0 = s.charCodeAt(0);
  if (c0 === 45 || c0 === 43) {
    neg = c0 === 45;
    i = 1;
    if (n === 1) return null;
  }
  if (n - i > 15) return null; // 16 digits may pass 2**53
  if (base === 0 && s.charCodeAt(i) === 48 && n - i > 1) return null;
  let v = 0;
  for (; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    v = v * 10 + d;
  }
  return neg ? (v === 0 ? 0 : -v) : v;
}

/** _PyLong_FromBytes: int(bytes, base). */
export function intFromBytes(data: Uint8Array, base: number): PyInt {
  let s = "";
  for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]!);
  // Non-ASCII bytes can never be part of a literal; keep them so that parsing fails.
  const v = parseIntLiteral(s, base, literalShape);
  if (v === null) invalidLiteral(base, reprBytes(data));
  return intFromLiteral(v);
}

/** PyNumber_Long: int(x) for one argument. Returns an exact int (new reference). */
export function PyNumber_Long(o: PyObject): PyObject {
  const t = o.ob_type;
  if (t === PyInt_Type) {
    o.ob_refcnt++;
    return o;
  }
  if (t.nb_int !== null) {
    const r = t.nb_int(o);
    if (r.ob_type === PyInt_Type) return r;
    if (!(r instanceof PyInt)) {
      const name = r.ob_type.tp_name;
      Py_DECREF(r);
      raise(PyExc_TypeError, `__int__ returned non-int (type ${name})`);
    }
    warnDeprecation(
      `__int__ returned non-int (type ${r.ob_type.tp_name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`,
    );
    const copy = PyInt_FromValue(r.value);
    Py_DECREF(r);
    return copy;
  }
  if (t.nb_index !== null) return PyNumber_Index(o);
  const trunc = lookupSpecial(o, "__trunc__");
  if (trunc !== null) {
    warnDeprecation("The delegation of int() to __trunc__ is deprecated.");
    let r: PyObject;
    try {
      r = PyObject_CallNoArgs(trunc);
    } finally {
      Py_DECREF(trunc);
    }
    if (r.ob_type === PyInt_Type) return r;
    if (r instanceof PyInt) {
      const copy = PyInt_FromValue(r.value);
      Py_DECREF(r);
      return copy;
    }
    if (r.ob_type.nb_index === null) {
      const name = r.ob_type.tp_name;
      Py_DECREF(r);
      raise(PyExc_TypeError, `__trunc__ returned non-Integral (type ${name})`);
    }
    try {
      return PyNumber_Index(r);
    } finally {
      Py_DECREF(r);
    }
  }
  if (o instanceof PyStr) return intFromString(o.value, 10);
  const data = bufferBytes(o);
  if (data !== null) return intFromBytes(data, 10);
  raise(
    PyExc_TypeError,
    `int() argument must be a string, a bytes-like object or a real number, not '${t.tp_name}'`,
  );
}

function long_new_impl(x: PyObject | null, obase: PyObject | null): PyObject {
  if (x === null) {
    if (obase !== null) raise(PyExc_TypeError, "int() missing string argument");
    return PyInt_FromNumber(0);
  }
  if (obase === null) return PyNumber_Long(x);
  const base = PyNumber_AsSsize_t(obase, null);
  if ((base !== 0 && base < 2) || base > 36)
    raise(PyExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
  if (x instanceof PyStr) return intFromString(x.value, base);
  if (x instanceof PyBytes || isByteArray(x)) return intFromBytes(bufferBytes(x)!, base);
  raise(PyExc_TypeError, "int() can't convert non-string with explicit base");
}

function isByteArray(o: PyObject): boolean {
  for (let t: PyType | null = o.ob_type; t !== null; t = t.tp_base)
    if (t.tp_name === "bytearray") return true;
  return false;
}

function long_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (args.length > 2) raise(PyExc_TypeError, `int() takes at most 2 arguments (${args.length} given)`);
  let x: PyObject | null = npos > 0 ? args[0]! : null;
  let obase: PyObject | null = npos > 1 ? args[1]! : null;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k]!;
    if (name !== "base") raise(PyExc_TypeError, `'${name}' is an invalid keyword argument for int()`);
    if (obase !== null) raise(PyExc_TypeError, "argument for int() given by name ('base') and position (2)");
    obase = args[npos + k]!;
  }
  if (type === PyInt_Type) return long_new_impl(x, obase);
  // long_subtype_new
  const tmp = long_new_impl(x, obase) as PyInt;
  x = null;
  const o = intSubtypeInstance(type, tmp.value);
  Py_DECREF(tmp);
  return o;
}

// ---------------------------------------------------------------------------------------------
// Methods

function selfInt(o: PyObject | null): PyInt {
  return o as PyInt;
}

/** A METH_NOARGS method's check; CPython names the method with its type (`int.bit_length()`). */
function noargs(name: string, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, `int.${name}() takes no keyword arguments`);
  if (args.length !== 0) raise(PyExc_TypeError, `int.${name}() takes no arguments (${args.length} given)`);
}

/** int.bit_length of a value. */
export function intBitLength(v: number | bigint): number {
  if (typeof v === "number") {
    const a = v < 0 ? -v : v;
    if (a < 4294967296) return 32 - Math.clz32(a);
    return 64 - Math.clz32(Math.floor(a / 4294967296));
  }
  return bigBitLength(v);
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function intBitCount(v: number | bigint): number {
  if (typeof v === "number") {
    const a = v < 0 ? -v : v;
    return popcount32(a >>> 0) + popcount32(Math.floor(a / 4294967296));
  }
  const hex = (v < 0n ? -v : v).toString(16);
  let n = 0;
  for (let i = 0; i < hex.length; i++) n += popcount32(Number.parseInt(hex[i]!, 16));
  return n;
}

function byteorderArg(fname: string, o: PyObject | null): boolean {
  if (o === null) return false;
  if (!(o instanceof PyStr)) {
    raise(PyExc_TypeError, `${fname}() argument 'byteorder' must be str, not ${argTypeName(o)}`);
  }
  if (o.value === "little") return true;
  if (o.value === "big") return false;
  raise(PyExc_ValueError, "byteorder must be either 'little' or 'big'");
}

function boolArg(o: PyObject | null): boolean {
  if (o === null) return false;
  if (o === Py_True) return true;
  if (o === Py_False) return false;
  const t = o.ob_type;
  if (t.nb_bool !== null) return t.nb_bool(o);
  if (t.mp_length !== null) return t.mp_length(o) !== 0;
  if (t.sq_length !== null) return t.sq_length(o) !== 0;
  return o !== Py_None;
}

function int_to_bytes(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [lengthObj, orderObj, signedObj] = parseArgs("to_bytes", args, kwnames, TO_BYTES_ARGS);
  let length = 1;
  if (lengthObj !== null) {
    const li = PyNumber_Index(lengthObj);
    try {
      length = PyLong_AsSsize_t(li);
    } finally {
      Py_DECREF(li);
    }
  }
  if (length < 0) raise(PyExc_ValueError, "length argument must be non-negative");
  const little = byteorderArg("to_bytes", orderObj);
  const signed = boolArg(signedObj);
  let v = big(selfInt(self).value);
  if (v < 0n) {
    if (!signed) raise(PyExc_OverflowError, "can't convert negative int to unsigned");
    const bits = BigInt(length) * 8n;
    // CPython accepts -1 in zero bytes (an empty sign extension).
    if (length === 0 ? v !== -1n : -v > 1n << (bits - 1n))
      raise(PyExc_OverflowError, "int too big to convert");
    v = (1n << bits) + v;
  } else if (v !== 0n) {
    const bits = intBitLength(v) + (signed ? 1 : 0);
    if (bits > length * 8) raise(PyExc_OverflowError, "int too big to convert");
  }
  const out = new Uint8Array(length);
  writeUnsignedBytes(out, v, little);
  return PyBytes_FromBytes(out);
}

/**
 * Writes v (0 <= v < 256**out.length) into out, least significant byte first when `little`.
 * A big value goes through its hex digits in one conversion: taking a byte at a time off it
 * (v & 0xff, v >> 8) made a new BigInt per byte, quadratic in the length (a 4,096-byte
 * to_bytes took 1 ms; python3 2 us).
 */
function writeUnsignedBytes(out: Uint8Array, v: bigint, little: boolean): void {
  const length = out.length;
  if (v <= MAX_SAFE_BIG) {
    let x = Number(v);
    for (let i = 0; x > 0; i++) {
      const byte = x % 256;
      out[little ? i : length - 1 - i] = byte;
      x = (x - byte) / 256;
    }
    return;
  }
  const hex = v.toString(16);
  // byte i (from the least significant) is hex digits [end - 2, end) with end = hex.length - 2i
  for (let i = 0, end = hex.length; end > 0; i++, end -= 2) {
    const lo = hexDigit(hex.charCodeAt(end - 1));
    const byte = end >= 2 ? hexDigit(hex.charCodeAt(end - 2)) * 16 + lo : lo;
    out[little ? i : length - 1 - i] = byte;
  }
}

const HEX_CODES = new TextEncoder().encode("0123456789abcdef");
const asciiDecoder = new TextDecoder();

/**
 * The unsigned value of bytes (most significant first unless `little`), through one hex string
 * written as character codes and decoded at once (it was built a byte at a time by string
 * concatenation: a 4,096-byte from_bytes took ~100-300 us; python3 2 us).
 */
function unsignedFromBytes(data: Uint8Array, little: boolean): bigint {
  const n = data.length;
  if (n <= 6) {
    let x = 0;
    for (let i = 0; i < n; i++) x = x * 256 + data[little ? n - 1 - i : i]!;
    return BigInt(x);
  }
  const chars = new Uint8Array(2 + 2 * n);
  chars[0] = 48; // "0x"
  chars[1] = 120;
  for (let i = 0; i < n; i++) {
    const byte = data[little ? n - 1 - i : i]!;
    chars[2 + 2 * i] = HEX_CODES[byte >> 4]!;
    chars[3 + 2 * i] = HEX_CODES[byte & 15]!;
  }
  return BigInt(asciiDecoder.decode(chars));
}

/** The value of a lowercase hex digit's character code. */
function hexDigit(c: number): number {
  return c <= 57 ? c - 48 : c - 87;
}

/** PyObject_Bytes' view of an argument: bytes-like objects or an iterable of ints in range(256). */
function bytesOf(o: PyObject): Uint8Array {
  const direct = bufferBytes(o);
  if (direct !== null) return direct;
  const bytesMeth = lookupSpecial(o, "__bytes__");
  if (bytesMeth !== null) {
    let r: PyObject;
    try {
      r = PyObject_CallNoArgs(bytesMeth);
    } finally {
      Py_DECREF(bytesMeth);
    }
    if (!(r instanceof PyBytes)) {
      const name = r.ob_type.tp_name;
      Py_DECREF(r);
      raise(PyExc_TypeError, `__bytes__ returned non-bytes (type ${name})`);
    }
    const data = bufferBytes(r)!;
    Py_DECREF(r);
    return data;
  }
  if (o instanceof PyStr || o.ob_type.tp_iter === null) {
    raise(PyExc_TypeError, `cannot convert '${o.ob_type.tp_name}' object to bytes`);
  }
  const items = iterateToArray(o);
  const out = new Uint8Array(items.length);
  try {
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (item.ob_type.nb_index === null) {
        raise(PyExc_TypeError, `'${item.ob_type.tp_name}' object cannot be interpreted as an integer`);
      }
      const n = PyNumber_AsSsize_t(item, null);
      if (n < 0 || n > 255) raise(PyExc_ValueError, "bytes must be in range(0, 256)");
      out[i] = n;
    }
  } finally {
    for (const item of items) Py_DECREF(item);
  }
  return out;
}

function int_from_bytes(cls: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [bytesObj, orderObj, signedObj] = parseArgs("from_bytes", args, kwnames, FROM_BYTES_ARGS);
  const little = byteorderArg("from_bytes", orderObj);
  const signed = boolArg(signedObj);
  const data = bytesOf(bytesObj!);
  let v = 0n;
  const n = data.length;
  if (n > 0) {
    v = unsignedFromBytes(data, little);
    if (signed && (data[little ? n - 1 : 0]! & 0x80) !== 0) v -= 1n << BigInt(8 * n);
  }
  // _PyLong_FromByteArray sizes its block by the significant bytes (leading 0x00 of a positive
  // value, 0xff of a negative one, which keeps one more), then only normalizes
  const insignificant = v < 0n ? 0xff : 0;
  let significant = n;
  while (significant > 0 && data[little ? significant - 1 : n - significant] === insignificant) significant--;
  if (v < 0n && significant < n) significant++;
  const result = PyInt_FromValueInBlock(v, Math.floor((significant * 8 + 29) / 30));
  if (cls === PyInt_Type) return result;
  try {
    return PyObject_CallOneArg(cls!, result);
  } finally {
    Py_DECREF(result);
  }
}

/** round(int, ndigits) for ndigits < 0: nearest multiple of 10**-ndigits, ties to even. */
function intRoundValues(v: number | bigint, ndigits: number | bigint): number | bigint {
  const k = -big(ndigits);
  if (k > 100000000n) throw PyErr_NoArgs(PyExc_MemoryError);
  const p = 10n ** k;
  const x = big(v);
  const q = floorDivBig(x, p);
  let r = x - q * p;
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) r -= p;
  return normalizeInt(x - r);
}

function int___round__(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, "__round__() takes no keyword arguments");
  if (args.length > 1) raise(PyExc_TypeError, `__round__ expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return long_long(self!);
  const nd = PyNumber_Index(args[0]!);
  const ndigits = nd.value;
  Py_DECREF(nd);
  if (ndigits >= 0) return long_long(self!);
  return PyInt_FromValue(intRoundValues(selfInt(self).value, ndigits));
}

/**
 * int.__format__ as a JS string (spec non-empty or empty), given to `write` too (the writer's
 * blocks are booked there) while the float a float presentation type converts the int to
 * (PyNumber_Float) is alive.
 */
export function intFormat(o: PyInt, spec: string, write?: (text: string) => void): string {
  if (spec.length === 0) {
    if (o.ob_type === PyInt_Type) return longToDecimalString(o.value);
    const s = PyObject_Str(o);
    const text = s.value;
    Py_DECREF(s);
    return text;
  }
  let converted: PyObject | null = null;
  try {
    const text = formatInt(o.value, spec, o.ob_type.tp_name, () => {
      converted = PyNumber_Float(o);
      return (converted as PyFloat).value;
    });
    write?.(text);
    return text;
  } finally {
    if (converted !== null) Py_DECREF(converted);
  }
}

function int___format__(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, "__format__() takes no keyword arguments");
  if (args.length !== 1) raise(PyExc_TypeError, `__format__ expected 1 argument, got ${args.length}`);
  const spec = args[0]!;
  if (!(spec instanceof PyStr)) {
    raise(PyExc_TypeError, `__format__() argument must be str, not ${argTypeName(spec)}`);
  }
  const o = selfInt(self);
  return PyStr_FromString(intFormat(o, spec.value, (text) => bookNumberFormat(o, spec.value, text)));
}

defineMethods(PyInt_Type, {
  conjugate: {
    impl: (self, args, kw) => (noargs("conjugate", args, kw), long_long(self!)),
    doc: "Returns self, the complex conjugate of any int.",
  },
  bit_length: {
    impl: (self, args, kw) => (
      noargs("bit_length", args, kw), PyInt_FromSsize_t(intBitLength(selfInt(self).value))
    ),
    doc: "Number of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6",
    textSignature: "($self, /)",
  },
  bit_count: {
    impl: (self, args, kw) => (
      noargs("bit_count", args, kw), PyInt_FromNumber(intBitCount(selfInt(self).value))
    ),
    doc: "Number of ones in the binary representation of the absolute value of self.\n\nAlso known as the population count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3",
    textSignature: "($self, /)",
  },
  to_bytes: {
    impl: int_to_bytes,
    doc: "Return an array of bytes representing an integer.",
    textSignature: "($self, /, length=1, byteorder='big', *, signed=False)",
  },
  from_bytes: {
    impl: int_from_bytes,
    kind: "class",
    doc: "Return the integer represented by the given array of bytes.",
    textSignature: "($type, /, bytes, byteorder='big', *, signed=False)",
  },
  as_integer_ratio: {
    impl: (self, args, kw) => {
      noargs("as_integer_ratio", args, kw);
      return PyTuple_New([long_long(self!), PyInt_FromNumber(1)]);
    },
    doc: "Return integer ratio.",
    textSignature: "($self, /)",
  },
  __trunc__: {
    impl: (self, args, kw) => (noargs("__trunc__", args, kw), long_long(self!)),
    doc: "Truncating an Integral returns itself.",
  },
  __floor__: {
    impl: (self, args, kw) => (noargs("__floor__", args, kw), long_long(self!)),
    doc: "Flooring an Integral returns itself.",
  },
  __ceil__: {
    impl: (self, args, kw) => (noargs("__ceil__", args, kw), long_long(self!)),
    doc: "Ceiling of an Integral returns itself.",
  },
  __round__: {
    impl: int___round__,
    doc: "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer.",
  },
  __getnewargs__: {
    impl: (self, args, kw) => (noargs("__getnewargs__", args, kw), PyTuple_New([long_long(self!)])),
    textSignature: "($self, /)",
  },
  __format__: { impl: int___format__, textSignature: "($self, format_spec, /)" },
  __sizeof__: {
    impl: (self, args, kw) => (noargs("__sizeof__", args, kw), PyInt_FromNumber(int_sizeof(selfInt(self)))),
    doc: "Returns size in memory, in bytes.",
    textSignature: "($self, /)",
  },
});

defineGetSets(PyInt_Type, [
  { name: "real", get: (self) => long_long(self), doc: "the real part of a complex number" },
  { name: "imag", get: () => PyInt_FromNumber(0), doc: "the imaginary part of a complex number" },
  {
    name: "numerator",
    get: (self) => long_long(self),
    doc: "the numerator of a rational number in lowest terms",
  },
  {
    name: "denominator",
    get: () => PyInt_FromNumber(1),
    doc: "the denominator of a rational number in lowest terms",
  },
]);

// ---------------------------------------------------------------------------------------------
// Slot table

PyInt_Type.tp_dealloc = int_dealloc;
PyInt_Type.tp_repr = long_repr;
PyInt_Type.tp_hash = long_hash;
PyInt_Type.tp_richcompare = long_richcompare;
PyInt_Type.tp_new = long_new;
PyInt_Type.nb_add = long_add;
PyInt_Type.nb_subtract = long_sub;
PyInt_Type.nb_multiply = long_mul;
PyInt_Type.nb_remainder = long_mod;
PyInt_Type.nb_divmod = long_divmod;
PyInt_Type.nb_power = long_pow;
PyInt_Type.nb_negative = long_neg;
PyInt_Type.nb_positive = long_long;
PyInt_Type.nb_absolute = long_abs;
PyInt_Type.nb_bool = long_bool;
PyInt_Type.nb_invert = long_invert;
PyInt_Type.nb_lshift = long_lshift;
PyInt_Type.nb_rshift = long_rshift;
PyInt_Type.nb_and = long_and;
PyInt_Type.nb_xor = long_xor;
PyInt_Type.nb_or = long_or;
PyInt_Type.nb_int = long_long;
PyInt_Type.nb_float = long_float;
PyInt_Type.nb_floor_divide = long_floordiv;
PyInt_Type.nb_true_divide = long_true_divide;
PyInt_Type.nb_index = long_long;

// bool's slots: the functions are hoisted declarations in bool.ts, usable whatever the load order.
PyBool_Type.tp_dealloc = int_dealloc;
PyBool_Type.tp_repr = bool_repr;
PyBool_Type.tp_new = bool_new;
PyBool_Type.nb_and = bool_and;
PyBool_Type.nb_or = bool_or;
PyBool_Type.nb_xor = bool_xor;
