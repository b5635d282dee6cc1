/**
 * Conversions between ints and text (CPython's Objects/longobject.c: PyLong_FromString,
 * long_to_decimal_string, _PyLong_Format), including the integer string conversion length
 * limit of CPython 3.11 (PEP-less CVE-2020-10735 fix: `sys.set_int_max_str_digits`).
 *
 * An int value is a JS number when it is a safe integer and a bigint otherwise (see
 * docs/internals.md); the functions here accept either and return canonical values.
 */
import { PyExc_ValueError, raise } from "../objects/exceptions.js";
import { bigBitLength, isAsciiSpace } from "./float_format.js";

/** sys.int_info.default_max_str_digits. */
export const _PY_LONG_DEFAULT_MAX_STR_DIGITS = 4300;
/** sys.int_info.str_digits_check_threshold: the smallest non-zero limit allowed. */
export const _PY_LONG_MAX_STR_DIGITS_THRESHOLD = 640;

/**
 * The current limit (0 = unlimited): `sys.get_int_max_str_digits()`. The sys module changes it
 * through `setIntMaxStrDigits` (it validates the value first).
 */
export let intMaxStrDigits = _PY_LONG_DEFAULT_MAX_STR_DIGITS;

export function setIntMaxStrDigits(n: number): void {
  intMaxStrDigits = n;
}

const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

/** Canonical form of an int value: a number when it is a safe integer. */
export function normalizeInt(v: bigint): number | bigint {
  return v >= -MAX_SAFE_BIG && v <= MAX_SAFE_BIG ? Number(v) : v;
}

function raiseToStrLimit(): never {
  raise(
    PyExc_ValueError,
    `Exceeds the limit (${intMaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

/** str(int) / repr(int), with the max-str-digits check. */
export function longToDecimalString(v: number | bigint): string {
  if (typeof v === "number") return String(v);
  const limit = intMaxStrDigits;
  if (limit > 0) {
    // CPython's early check on the number of 30-bit digits, before converting.
    const sizeA = Math.ceil(bigBitLength(v) / 30);
    if (sizeA >= 73 && Math.floor(limit / 90) <= Math.floor((sizeA - 11) / 10)) raiseToStrLimit();
  }
  const s = v.toString();
  if (limit > 0 && s.length - (v < 0n ? 1 : 0) > limit) raiseToStrLimit();
  return s;
}

/**
 * _PyLong_Format for bases 2, 8, 10 and 16: the digits with a '-' sign and, when `alternate`,
 * the '0b'/'0o'/'0x' prefix after the sign (what bin(), oct(), hex() and format() use).
 */
export function longToBaseString(v: number | bigint, base: 2 | 8 | 10 | 16, alternate: boolean): string {
  if (base === 10) return longToDecimalString(v);
  const neg = v < 0;
  const mag = typeof v === "number" ? Math.abs(v).toString(base) : (neg ? -v : v).toString(base);
  const prefix = alternate ? (base === 16 ? "0x" : base === 8 ? "0o" : "0b") : "";
  return (neg ? "-" : "") + prefix + mag;
}

/** The value of an ASCII digit character in bases up to 36, or 99. */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** Digits (no sign, no underscores, all valid for `base`) to an int value. */
export function digitsToInt(digits: string, base: number): number | bigint {
  const n = digits.length;
  if (base === 10) {
    if (n <= 15) return Number(digits);
    return normalizeInt(BigInt(digits));
  }
  if (n * Math.log2(base) < 53) return Number.parseInt(digits, base);
  if (base === 16) return normalizeInt(BigInt("0x" + digits));
  if (base === 8) return normalizeInt(BigInt("0o" + digits));
  if (base === 2) return normalizeInt(BigInt("0b" + digits));
  // Other bases: chunks of digits that fit a safe integer.
  const chunk = Math.floor(53 / Math.log2(base));
  const bigBase = BigInt(base);
  let acc = 0n;
  let i = 0;
  const first = n % chunk || chunk;
  acc = BigInt(Number.parseInt(digits.slice(0, first), base));
  i = first;
  const mult = bigBase ** BigInt(chunk);
  for (; i < n; i += chunk) acc = acc * mult + BigInt(Number.parseInt(digits.slice(i, i + chunk), base));
  return normalizeInt(acc);
}

/** What parseIntLiteral read: the digit characters (leading zeros too, no underscores) and the base. */
export interface IntLiteralShape {
  ndigits: number;
  base: number;
}

/**
 * PyLong_FromString over a whole ASCII string (leading/trailing whitespace allowed): returns
 * the value, or null when CPython reports "invalid literal". Raises ValueError when the number
 * of digits exceeds the int max str digits limit (non power-of-two bases only). `base` is 0
 * or 2..36. `shape`, when given, receives the digit count and the base used (CPython sizes the
 * int's block from them).
 */
export function parseIntLiteral(s: string, base: number, shape?: IntLiteralShape): number | bigint | null {
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let neg = false;
  const c0 = s.charCodeAt(i);
  if (c0 === 43 || c0 === 45) {
    neg = c0 === 45;
    i++;
  }
  let oldOctal = false;
  const c1 = s.charCodeAt(i + 1) | 0x20;
  if (base === 0) {
    if (s.charCodeAt(i) !== 48) base = 10;
    else if (c1 === 120) base = 16;
    else if (c1 === 111) base = 8;
    else if (c1 === 98) base = 2;
    else {
      oldOctal = true;
      base = 10;
    }
  }
  if (
    s.charCodeAt(i) === 48 &&
    ((base === 16 && c1 === 120) || (base === 8 && c1 === 111) || (base === 2 && c1 === 98))
  ) {
    i += 2;
    if (s.charCodeAt(i) === 95) i++;
  }
  if (s.charCodeAt(i) === 95) return null;
  const start = i;
  let ndigits = 0;
  let prev = 0;
  let hasUnderscore = false;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prev === 95) return null;
      hasUnderscore = true;
    } else if (digitValue(c) < base) {
      ndigits++;
    } else break;
    prev = c;
    i++;
  }
  if (prev === 95) return null;
  if (ndigits > _PY_LONG_MAX_STR_DIGITS_THRESHOLD && (base & (base - 1)) !== 0) {
    const limit = intMaxStrDigits;
    if (limit > 0 && ndigits > limit) {
      raise(
        PyExc_ValueError,
        `Exceeds the limit (${limit} digits) for integer string conversion: value has ${ndigits} digits; use sys.set_int_max_str_digits() to increase the limit`,
      );
    }
  }
  if (ndigits === 0) return null;
  const end = i;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) return null;
  let digits = s.slice(start, end);
  if (hasUnderscore) digits = digits.replaceAll("_", "");
  const v = digitsToInt(digits, base);
  if (oldOctal && v !== 0) return null;
  if (shape !== undefined) {
    shape.ndigits = ndigits;
    shape.base = base;
  }
  if (!neg) return v;
  return typeof v === "number" ? (v === 0 ? 0 : -v) : normalizeInt(-v);
}
