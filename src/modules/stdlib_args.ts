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

export interface ClinicSpec {
  /** Every parameter name, in order. */
  names: string[];
  /** How many leading parameters are positional-only. */
  posonly?: number;
  /** How many leading parameters are required positionally. */
  minpos: number;
  /** How many parameters may be given positionally (the rest are keyword-only). */
  maxpos?: number;
  /** How many keyword-only parameters are required. */
  minkw?: number;
}

/**
 * Argument Clinic's _PyArg_UnpackKeywords, with its exact order of checks and messages (a
 * missing required argument is reported before an unknown keyword; "given by name and
 * position" before that). Returns one slot per parameter (null = not given); borrowed.
 */
export function clinicArgs(
  fname: string,
  args: PyObject[],
  kwnames: string[] | null,
  spec: ClinicSpec,
): (PyObject | null)[] {
  const names = spec.names;
  const posonly = spec.posonly ?? 0;
  const minpos = spec.minpos;
  const maxpos = spec.maxpos ?? names.length;
  const minkw = spec.minkw ?? 0;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const nargs = args.length - nkw;
  const maxargs = names.length;
  const buf: (PyObject | null)[] = new Array(maxargs).fill(null);
  if (nkw === 0 && minkw === 0 && minpos <= nargs && nargs <= maxpos) {
    for (let i = 0; i < nargs; i++) buf[i] = args[i]!;
    return buf;
  }
  const s = (n: number) => (n === 1 ? "" : "s");
  if (nargs + nkw > maxargs) {
    raise(
      PyExc_TypeError,
      `${fname}() takes at most ${maxargs} ${nargs === 0 ? "keyword " : ""}argument${s(maxargs)} (${nargs + nkw} given)`,
    );
  }
  if (nargs > maxpos) {
    if (maxpos === 0) raise(PyExc_TypeError, `${fname}() takes no positional arguments`);
    raise(
      PyExc_TypeError,
      `${fname}() takes ${minpos < maxpos ? "at most" : "exactly"} ${maxpos} positional argument${s(maxpos)} (${nargs} given)`,
    );
  }
  const minposonly = Math.min(posonly, minpos);
  if (nargs < minposonly) {
    raise(
      PyExc_TypeError,
      `${fname}() takes ${minposonly < maxpos ? "at least" : "exactly"} ${minposonly} positional argument${s(minposonly)} (${nargs} given)`,
    );
  }
  for (let i = 0; i < nargs; i++) buf[i] = args[i]!;
  const find = (name: string): PyObject | null => {
    const k = kwnames === null ? -1 : kwnames.indexOf(name);
    return k < 0 ? null : args[nargs + k]!;
  };
  const reqlimit = minkw > 0 ? maxpos + minkw : minpos;
  let remaining = nkw;
  for (let i = Math.max(nargs, posonly); i < maxargs; i++) {
    let cur: PyObject | null;
    if (remaining > 0) cur = find(names[i]!);
    else if (i >= reqlimit) break;
    else cur = null;
    buf[i] = cur;
    if (cur !== null) remaining--;
    else if (i < minpos || (maxpos <= i && i < reqlimit)) {
      raise(PyExc_TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  if (remaining > 0) {
    for (let i = posonly; i < nargs; i++) {
      if (find(names[i]!) !== null) {
        raise(
          PyExc_TypeError,
          `argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`,
        );
      }
    }
    const keywordNames = names.slice(posonly);
    for (const kw of kwnames!) {
      if (!keywordNames.includes(kw))
        raise(PyExc_TypeError, `'${kw}' is an invalid keyword argument for ${fname}()`);
    }
    raise(PyExc_TypeError, `invalid keyword argument for ${fname}()`);
  }
  return buf;
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
