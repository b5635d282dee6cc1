/**
 * Small helpers shared by the TypeScript stdlib modules (math, cmath, _random, _operator,
 * itertools, _functools, _heapq, _bisect): argument checks with the exact wording of CPython's
 * METH_O / METH_FASTCALL functions, and int conversions.
 */
import { PyExc_TypeError, raise } from "../objects/exceptions.js";
import { type PyFloat, PyFloat_Type } from "../objects/float.js";
import { PyInt, PyInt_FromBigInt, PyInt_FromNumber, PyInt_Type } from "../objects/int.js";
import type { PyObject } from "../objects/object.js";

/**
 * METH_FASTCALL with _PyArg_CheckPositional: keywords are refused with the qualified name
 * (`math.pow() takes no keyword arguments`), counts with the bare name (`pow expected 2 arguments, got 1`).
 */
export function argPositional(
  qualname: string,
  name: string,
  args: PyObject[],
  kwnames: string[] | null,
  min: number,
  max: number,
): void {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, `${qualname}() takes no keyword arguments`);
  const n = args.length;
  if (n < min || n > max) {
    const plural = (k: number) => (k === 1 ? "" : "s");
    if (min === max) raise(PyExc_TypeError, `${name} expected ${min} argument${plural(min)}, got ${n}`);
    if (n < min) raise(PyExc_TypeError, `${name} expected at least ${min} argument${plural(min)}, got ${n}`);
    raise(PyExc_TypeError, `${name} expected at most ${max} argument${plural(max)}, got ${n}`);
  }
}

/** No keyword arguments accepted (METH_VARARGS functions): `name() takes no keyword arguments`. */
export function argNoKw(qualname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, `${qualname}() takes no keyword arguments`);
}

export function bigOf(v: number | bigint): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

/** A new int from a bigint (normalised to the number representation when safe). */
export function intFromBig(b: bigint): PyInt {
  return PyInt_FromBigInt(b);
}

export function intFromNumber(n: number): PyInt {
  return PyInt_FromNumber(n);
}

export function isInt(o: PyObject): o is PyInt {
  return o instanceof PyInt;
}

export function bitLength(b: bigint): number {
  if (b < 0n) b = -b;
  if (b === 0n) return 0;
  return b.toString(2).length;
}

/**
 * `a < b` without a trip through the rich-comparison machinery when both operands are exact
 * floats or exact ints (whose `<` cannot be overridden); null when the slow path is needed.
 */
export function fastLess(a: PyObject, b: PyObject): boolean | null {
  const ta = a.ob_type;
  if (ta !== b.ob_type) return null;
  if (ta === PyFloat_Type) return (a as PyFloat).value < (b as PyFloat).value;
  if (ta === PyInt_Type) {
    const x = (a as PyInt).value;
    const y = (b as PyInt).value;
    return x < y;
  }
  return null;
}
