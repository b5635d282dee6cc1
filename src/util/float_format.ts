/**
 * Conversions between doubles and text, exactly as CPython 3.11 does them with its
 * `float_repr_style = 'short'` machinery (Python/dtoa.c, Python/pystrtod.c,
 * Objects/floatobject.c):
 *
 * - `dtoa(x, mode, ndigits)`: correctly rounded decimal digits (modes 0, 2 and 3 of
 *   `_Py_dg_dtoa`; ties round half to even, on the exact binary value).
 * - `PyOS_double_to_string(x, code, precision, flags)`: `'%e'`, `'%f'`, `'%g'` and repr
 *   formatting with CPython's flags, the primitive behind `repr`, `format()` and `%`.
 * - `doubleRound(x, ndigits)`: `round(x, ndigits)`, correctly rounded.
 * - `stringToDouble(s)`: the text accepted by `float(str)`.
 * - `floatToHex` / `hexToFloat`: `float.hex()` and `float.fromhex()`.
 * - Unicode digit/space helpers shared with `int(str)`.
 */

import { pow2 } from "./powers.js";

// ---------------------------------------------------------------------------------------------
// Bits of a double

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;
const LO = LITTLE ? 0 : 1;

/**
 * Splits a finite non-zero |x| into an integer mantissa and a binary exponent:
 * |x| = mant * 2**exp, with mant < 2**53 (mant >= 2**52 unless x is subnormal).
 */
export function frexpInt(x: number): [mant: number, exp: number] {
  f64[0] = x;
  const hi = u32[HI]!;
  const lo = u32[LO]!;
  const bexp = (hi >>> 20) & 0x7ff;
  const hiMant = hi & 0xfffff;
  if (bexp === 0) return [hiMant * 4294967296 + lo, -1074];
  return [(hiMant + 0x100000) * 4294967296 + lo, bexp - 1075];
}

/**
 * x = m * 2**e with m odd, for a finite x != 0: frexpInt with the mantissa's trailing zero bits
 * moved into the exponent (a loop of `m % 2` on a double is a C fmod call per bit).
 */
export function frexpOddInt(x: number): [mant: number, exp: number] {
  f64[0] = x;
  const hi = u32[HI]!;
  const lo = u32[LO]!;
  const bexp = (hi >>> 20) & 0x7ff;
  const hiMant = bexp === 0 ? hi & 0xfffff : (hi & 0xfffff) + 0x100000;
  const zeros = lo !== 0 ? 31 - Math.clz32(lo & -lo) : 63 - Math.clz32(hiMant & -hiMant);
  return [(hiMant * 4294967296 + lo) / pow2(zeros), (bexp === 0 ? -1074 : bexp - 1075) + zeros];
}

/** C's frexp: x = m * 2**e with 0.5 <= |m| < 1 (m = x, e = 0 for 0, inf and nan). */
export function frexp(x: number): [m: number, e: number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const [mant, exp] = frexpInt(x);
  const hiPart = Math.floor(mant / 4294967296);
  const bits = hiPart > 0 ? 64 - Math.clz32(hiPart) : 32 - Math.clz32(mant);
  const e = exp + bits;
  const m = mant / pow2(bits);
  return [x < 0 ? -m : m, e];
}

/** C's ldexp: x * 2**e without intermediate overflow or double rounding in the normal range. */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  if (e > 1023) {
    x *= 2 ** 1023;
    e -= 1023;
    if (e > 1023) {
      x *= 2 ** 1023;
      e -= 1023;
      if (e > 1023) e = 1023;
    }
  } else if (e < -1022) {
    // Scale in two steps, the last one landing on the final (possibly subnormal) value.
    x *= 2 ** -969;
    e += 969;
    if (e < -1022) {
      x *= 2 ** -969;
      e += 969;
      if (e < -1022) e = -1022;
    }
  }
  return x * pow2(e);
}

/** Is the sign bit of x set (true for -0.0 and negative nans)? */
export function signBit(x: number): boolean {
  f64[0] = x;
  return u32[HI]! >>> 31 === 1;
}

const BIG_ONE = 1n;

/**
 * Bit length of a bigint's absolute value. Without building the digits (the hex string this used
 * to take cost a microsecond for a few-thousand-bit int, and every big int's allocation asks for
 * its size): Number() of a bigint reads only its top digits, and a right shift that leaves a few
 * digits costs only those. `upper`, when given (> 0), is an upper bound of the result that makes
 * it cheaper for big values; a wrong bound costs time, never correctness.
 */
export function bigBitLength(n: bigint, upper = 0): number {
  if (n < 0n) n = -n;
  if (n < 9007199254740992n) return smallBitLength(Number(n));
  if (upper > 1088) {
    // A caller's bound (e.g. the operands' sizes for a product): shifts that leave at most
    // `step` bits; a 0 means the value is shorter (cancellation), look lower.
    let step = 64;
    let hi = upper;
    while (hi > step + 1024) {
      const s = hi - step;
      const m = n >> BigInt(s);
      if (m !== 0n) return s + bigBitLength(m);
      hi = s;
      step *= 2;
    }
  }
  const x = Number(n);
  if (x !== Number.POSITIVE_INFINITY) return finiteBitLength(n, x);
  // >= 2**1024 (nearly): shift right far enough to leave a finite value. Invariant: n >> lo is
  // still at least ~2**1023, so n >> (lo + 1000) is at least 2**23 and never 0.
  let lo = 0;
  let step = 1000;
  for (;;) {
    const s = lo + step;
    const m = n >> BigInt(s);
    const mx = Number(m);
    if (mx === Number.POSITIVE_INFINITY) {
      lo = s;
      step *= 2;
    } else if (m === 0n) {
      step = Math.max(1000, step >> 1);
    } else {
      return s + (m < 9007199254740992n ? smallBitLength(mx) : finiteBitLength(m, mx));
    }
  }
}

/** Bit length of a safe non-negative integer. */
function smallBitLength(x: number): number {
  if (x === 0) return 0;
  return x < 4294967296 ? 32 - Math.clz32(x) : 64 - Math.clz32(Math.floor(x / 4294967296));
}

/** Bit length of n (2**53 <= n < 2**1024) given x = Number(n) (n rounded to nearest, finite). */
function finiteBitLength(n: bigint, x: number): number {
  f64[0] = x;
  const hi = u32[HI]!;
  const e = ((hi >>> 20) & 0x7ff) - 1023; // 2**e <= x < 2**(e+1)
  // Rounding can carry up to a power of two: then n itself may be below it.
  if ((hi & 0xfffff) === 0 && u32[LO]! === 0 && n >> BigInt(e) === 0n) return e;
  return e + 1;
}

/**
 * The double nearest to n * 2**e (n > 0), rounding half to even; `sticky` says the true value
 * is slightly more than n * 2**e (by less than one unit of n's last bit; callers passing it give
 * n at least 55 bits). Handles subnormal results; returns Infinity on overflow.
 */
export function roundBigScaled(n: bigint, e: number, sticky = false): number {
  const bl = bigBitLength(n);
  if (bl === 0) return 0;
  // Bits to drop so that at most 53 remain and the last kept bit is not below 2**-1074.
  const drop = Math.max(bl - 53, -1074 - e);
  if (drop > bl) return 0; // below half of the smallest subnormal
  if (drop > 0) {
    const d = BigInt(drop);
    let q = n >> d;
    const rem = n & ((BIG_ONE << d) - BIG_ONE);
    const half = BIG_ONE << (d - BIG_ONE);
    if (rem > half || (rem === half && (sticky || (q & BIG_ONE) === BIG_ONE))) q += BIG_ONE;
    n = q;
    e += drop;
  }
  const top = bigBitLength(n) + e; // value < 2**top
  if (top > 1024) return Number.POSITIVE_INFINITY;
  return ldexp(Number(n), e);
}

// ---------------------------------------------------------------------------------------------
// Decimal digits of a double (_Py_dg_dtoa)

/** A decimal digit string: value = 0.d1d2d3... * 10**decpt. No trailing zeros. */
export interface Digits {
  digits: string;
  decpt: number;
}

const POW5: bigint[] = [1n];
const LOG10_5 = Math.log10(5);
function pow5(k: number): bigint {
  while (POW5.length <= k) POW5.push(POW5[POW5.length - 1]! * 5n);
  return POW5[k]!;
}

/** Shortest digits that round-trip (mode 0). ax must be finite and > 0. */
function shortestDigits(ax: number): Digits {
  const s = ax.toExponential();
  const ePos = s.indexOf("e");
  const digits = ePos > 1 ? s[0] + s.slice(2, ePos) : s[0]!;
  return { digits, decpt: Number(s.slice(ePos + 1)) + 1 };
}

function stripTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** The exact decimal expansion of a finite ax > 0 (every double has a finite one). */
export function exactDigits(ax: number): Digits {
  const [m, e] = frexpOddInt(ax);
  let s: string;
  let decpt: number;
  if (e >= 0) {
    s =
      e < 1 || m * pow2(e) <= Number.MAX_SAFE_INTEGER
        ? String(m * pow2(e))
        : (BigInt(m) << BigInt(e)).toString();
    decpt = s.length;
  } else {
    s = (BigInt(m) * pow5(-e)).toString();
    decpt = s.length + e;
  }
  return { digits: stripTrailingZeros(s), decpt };
}

/**
 * Rounds a digit string to its first `n` digits (n may be <= 0), half to even on the exact
 * value. An empty result means the value rounded to zero.
 */
function roundDigitsTo(d: Digits, n: number): Digits {
  const s = d.digits;
  if (n >= s.length) return d;
  if (n < 0) return { digits: "", decpt: d.decpt };
  const next = s.charCodeAt(n) - 48;
  let up: boolean;
  if (next > 5) up = true;
  else if (next < 5) up = false;
  else if (s.length > n + 1) up = true;
  else up = n > 0 && (s.charCodeAt(n - 1) - 48) % 2 === 1;
  if (!up) return { digits: stripTrailingZeros(s.slice(0, n)), decpt: d.decpt };
  let i = n - 1;
  while (i >= 0 && s.charCodeAt(i) === 57) i--;
  if (i < 0) return { digits: "1", decpt: d.decpt + 1 };
  return { digits: s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) + 1), decpt: d.decpt };
}

/**
 * _Py_dg_dtoa for a finite |x|: mode 0 = shortest round-trip digits; mode 2 = max(1, ndigits)
 * significant digits; mode 3 = ndigits digits after the decimal point (ndigits may be
 * negative). Trailing zeros are stripped; zero gives "0" with decpt 1; a mode-3 result that
 * rounds to zero gives "" with decpt = -ndigits (as dtoa.c does).
 */
export function dtoa(x: number, mode: 0 | 2 | 3, ndigits: number): Digits {
  const ax = Math.abs(x);
  if (ax === 0) return { digits: "0", decpt: 1 };
  if (mode === 0) return shortestDigits(ax);
  if (mode === 3 && ndigits >= 0 && ndigits <= 100 && ax < 1e21) {
    const fast = fixedFast(ax, ndigits);
    if (fast !== null) return fast;
  }
  if (mode === 2 && ndigits <= 101) {
    const fast = precisionFast(ax, Math.max(1, ndigits));
    if (fast !== null) return fast;
  }
  const exact = exactDigits(ax);
  if (mode === 2) return roundDigitsTo(exact, Math.max(1, ndigits));
  const n = exact.decpt + ndigits;
  const r = roundDigitsTo(exact, n);
  if (r.digits === "") return { digits: "", decpt: -ndigits };
  return r;
}

/**
 * Mode 3 through Number.prototype.toFixed, which rounds correctly except that exact ties go
 * away from zero; returns null when the value could be an exact tie (then the exact path runs).
 */
function fixedFast(ax: number, nd: number): Digits | null {
  // ax = m * 2**e with m odd: for e < 0 the exact expansion has exactly -e fractional digits,
  // the last one a 5.
  if (-frexpOddInt(ax)[1] === nd + 1) return null;
  const s = ax.toFixed(nd);
  const dot = s.indexOf(".");
  const intPart = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? "" : s.slice(dot + 1);
  if (intPart !== "0") {
    const digits = stripTrailingZeros(intPart + frac);
    return { digits, decpt: intPart.length };
  }
  let i = 0;
  while (i < frac.length && frac.charCodeAt(i) === 48) i++;
  if (i === frac.length) return { digits: "", decpt: -nd };
  return { digits: stripTrailingZeros(frac.slice(i)), decpt: -i };
}

/**
 * Mode 2 through Number.prototype.toExponential, which rounds correctly except that exact ties
 * go away from zero; returns null when the value could be an exact tie at digit nd + 1.
 */
function precisionFast(ax: number, nd: number): Digits | null {
  const [m, e] = frexpOddInt(ax);
  if (e >= 0) {
    if (ax > Number.MAX_SAFE_INTEGER) return null;
    const s = stripTrailingZeros(String(ax));
    if (s.length === nd + 1 && s.charCodeAt(nd) === 53) return null;
  } else if (Math.floor(Math.log10(m) - e * LOG10_5) + 1 < nd + 3) {
    // The exact expansion is m * 5**-e shifted: it has at least this many significant digits,
    // and a tie needs exactly nd + 1 of them.
    return null;
  }
  const s = ax.toExponential(nd - 1);
  const ePos = s.indexOf("e");
  const digits = ePos > 1 ? s[0] + s.slice(2, ePos) : s[0]!;
  return { digits: stripTrailingZeros(digits), decpt: Number(s.slice(ePos + 1)) + 1 };
}

// ---------------------------------------------------------------------------------------------
// PyOS_double_to_string

export const Py_DTSF_SIGN = 0x01;
export const Py_DTSF_ADD_DOT_0 = 0x02;
export const Py_DTSF_ALT = 0x04;
export const Py_DTSF_NO_NEG_0 = 0x08;

/** Py_DTST_*: what kind of value was formatted. */
export enum DoubleType {
  FINITE = 0,
  INFINITE = 1,
  NAN = 2,
}

/**
 * The size of the PyMem buffer the last PyOS_double_to_string call would have written its text
 * into (format_float_short's bufsize: sign, point and NUL, the zero-padded digits, an exponent),
 * and the length of the text it returned, for the memory model of its callers.
 */
export const doubleToStringBuffer = { size: 0, length: 0 };

/**
 * PyOS_double_to_string: format code 'e', 'E', 'f', 'F', 'g', 'G' or 'r' (repr; precision
 * must be 0), with Py_DTSF_* flags.
 */
export function PyOS_double_to_string(
  val: number,
  formatCode: string,
  precision: number,
  flags: number,
): string {
  const code = formatCode.toLowerCase();
  const upper = code !== formatCode;
  let mode: 0 | 2 | 3;
  switch (formatCode) {
    case "e":
    case "E":
      mode = 2;
      precision++;
      break;
    case "f":
    case "F":
      mode = 3;
      break;
    case "g":
    case "G":
      mode = 2;
      if (precision === 0) precision = 1;
      break;
    case "r":
      mode = 0;
      break;
    default:
      throw new Error(`PyOS_double_to_string: bad format code ${formatCode}`);
  }
  const text = formatFloatShort(val, code, mode, precision, flags, upper);
  doubleToStringBuffer.length = text.length;
  return text;
}

function formatFloatShort(
  d: number,
  code: string,
  mode: 0 | 2 | 3,
  precision: number,
  flags: number,
  upper: boolean,
): string {
  const alwaysAddSign = (flags & Py_DTSF_SIGN) !== 0;
  const addDot0 = (flags & Py_DTSF_ADD_DOT_0) !== 0;
  const useAlt = (flags & Py_DTSF_ALT) !== 0;
  const noNeg0 = (flags & Py_DTSF_NO_NEG_0) !== 0;
  if (!Number.isFinite(d)) {
    doubleToStringBuffer.size = 5;
    const body = Number.isNaN(d) ? (upper ? "NAN" : "nan") : upper ? "INF" : "inf";
    if (d === Number.NEGATIVE_INFINITY) return "-" + body;
    return alwaysAddSign ? "+" + body : body;
  }
  const r = dtoa(d, mode, precision);
  const digits = r.digits;
  const digitsLen = digits.length;
  let decpt = r.decpt;
  let neg = d < 0 || Object.is(d, -0);
  if (noNeg0 && neg && (digitsLen === 0 || digits === "0")) neg = false;

  let vdigitsEnd = digitsLen;
  let useExp = false;
  switch (code) {
    case "e":
      useExp = true;
      vdigitsEnd = precision;
      break;
    case "f":
      vdigitsEnd = decpt + precision;
      break;
    case "g":
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (useAlt) vdigitsEnd = precision;
      break;
    default:
      // 'r': exponent at 1e16.
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
  else vdigitsEnd = Math.max(vdigitsEnd, decpt);
  doubleToStringBuffer.size = 3 + (vdigitsEnd - vdigitsStart) + (useExp ? 5 : 0);

  let out = neg ? "-" : alwaysAddSign ? "+" : "";
  if (decpt <= 0) {
    out += "0".repeat(decpt - vdigitsStart) + "." + "0".repeat(-decpt);
  } else {
    out += "0".repeat(-vdigitsStart);
  }
  if (decpt > 0 && decpt <= digitsLen) {
    out += digits.slice(0, decpt) + "." + digits.slice(decpt);
  } else {
    out += digits;
  }
  if (digitsLen < decpt) {
    out += "0".repeat(decpt - digitsLen) + "." + "0".repeat(vdigitsEnd - decpt);
  } else {
    out += "0".repeat(vdigitsEnd - digitsLen);
  }
  if (out.charCodeAt(out.length - 1) === 46 && !useAlt) out = out.slice(0, -1);
  if (useExp) {
    const ae = Math.abs(exp);
    out += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" + ae : String(ae));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// round(x, ndigits)

/** (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 */
const NDIGITS_MAX = 323;
/** -(DBL_MAX_EXP + 1) * 0.30103 */
const NDIGITS_MIN = -308;

/**
 * round(x, ndigits) for a float: the double nearest to x rounded (half-even, on the exact
 * value) to a multiple of 10**-ndigits. Returns Infinity for a finite x whose rounded value
 * overflows (the caller raises "rounded value too large to represent").
 */
export function doubleRound(x: number, ndigits: number): number {
  if (!Number.isFinite(x)) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0 * x;
  const r = dtoa(x, 3, ndigits);
  const neg = x < 0 || Object.is(x, -0);
  const text = `${neg ? "-" : ""}0${r.digits}e${r.decpt - r.digits.length}`;
  return Number(text);
}

// ---------------------------------------------------------------------------------------------
// Unicode digits and spaces (_PyUnicode_TransformDecimalAndSpaceToASCII)

/** Code points of the decimal digit zeros of Unicode 14.0 (Python 3.11's unicodedata). */
const DECIMAL_ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50,
  0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40,
  0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0,
  0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50,
  0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950,
  0x1fbf0,
];

/** Py_UNICODE_TODECIMAL: the decimal value of a code point, or -1. */
export function unicodeDecimalValue(cp: number): number {
  if (cp < 0x80) return cp >= 48 && cp <= 57 ? cp - 48 : -1;
  let lo = 0;
  let hi = DECIMAL_ZEROS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (DECIMAL_ZEROS[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  const d = cp - DECIMAL_ZEROS[lo]!;
  return d >= 0 && d < 10 ? d : -1;
}

/** Py_UNICODE_ISSPACE (str.isspace for one code point). */
export function isUnicodeSpace(cp: number): boolean {
  if (cp < 0x80) return cp === 32 || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** Py_ISSPACE: the ASCII whitespace of C's isspace. */
export function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces become ' ', Unicode decimal digits
 * their ASCII digit; the string is cut after the first other non-ASCII character, which becomes
 * '?' (so that parsing fails).
 */
export function transformDecimalAndSpaceToASCII(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 127) out += ch;
    else if (isUnicodeSpace(cp)) out += " ";
    else {
      const d = unicodeDecimalValue(cp);
      if (d < 0) return out + "?";
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

/** Strips Py_ISSPACE characters from both ends. */
export function stripAsciiSpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isAsciiSpace(s.charCodeAt(a))) a++;
  while (b > a && isAsciiSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

// ---------------------------------------------------------------------------------------------
// float(str)

/**
 * _Py_string_to_number_with_underscores' check: underscores only between digits. Returns the
 * text without them, or null.
 */
export function removeNumericUnderscores(s: string): string | null {
  if (!s.includes("_")) return s;
  let out = "";
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (!(prev >= 48 && prev <= 57)) return null;
    } else {
      if (prev === 95 && !(c >= 48 && c <= 57)) return null;
      out += s[i];
    }
    prev = c;
  }
  if (prev === 95) return null;
  return out;
}

const DECIMAL_FLOAT_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INF_NAN_RE = /^([+-]?)(inf|infinity|nan)$/i;

/**
 * Parses an ASCII decimal float literal without surrounding whitespace or underscores
 * (_PyOS_ascii_strtod over the whole string, with inf/nan). Returns null if invalid.
 */
export function parseDecimalFloat(s: string): number | null {
  if (DECIMAL_FLOAT_RE.test(s)) return Number(s);
  const m = INF_NAN_RE.exec(s);
  if (m === null) return null;
  // float('-nan') has its sign bit set (copysign and struct show it), as CPython's _Py_dg_stdnan(1)
  if (m[2]!.toLowerCase() === "nan") return m[1] === "-" ? -Number.NaN : Number.NaN;
  return m[1] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}

/** The value of `float(s)` for a str argument, or null when CPython raises ValueError. */
export function stringToDouble(s: string): number | null {
  const t = stripAsciiSpace(transformDecimalAndSpaceToASCII(s));
  const u = removeNumericUnderscores(t);
  if (u === null) return null;
  return parseDecimalFloat(u);
}

// ---------------------------------------------------------------------------------------------
// float.hex / float.fromhex

/** float.hex() of a finite x. */
export function floatToHex(x: number): string {
  if (x === 0) return Object.is(x, -0) ? "-0x0.0p+0" : "0x0.0p+0";
  f64[0] = x;
  const hi = u32[HI]!;
  const lo = u32[LO]!;
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff).toString(16).padStart(5, "0") + lo.toString(16).padStart(8, "0");
  const lead = bexp === 0 ? "0" : "1";
  const e = bexp === 0 ? -1022 : bexp - 1023;
  return `${x < 0 ? "-" : ""}0x${lead}.${frac}p${e < 0 ? "-" : "+"}${Math.abs(e)}`;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * float.fromhex(s): returns the value, "invalid" for a malformed string, or "overflow" when the
 * value is too large for a float.
 */
export function hexToFloat(s: string): number | "invalid" | "overflow" {
  let i = 0;
  let end = s.length;
  while (i < end && isAsciiSpace(s.charCodeAt(i))) i++;
  while (end > i && isAsciiSpace(s.charCodeAt(end - 1))) end--;
  let t = s.slice(i, end);
  let neg = false;
  if (t[0] === "-" || t[0] === "+") {
    neg = t[0] === "-";
    t = t.slice(1);
  }
  const lower = t.toLowerCase();
  if (lower === "inf" || lower === "infinity")
    return neg ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (lower === "nan") return Number.NaN;
  let p = 0;
  if (lower.startsWith("0x")) p = 2;
  let mant = 0n;
  let ndigits = 0;
  let fdigits = 0;
  let hexText = "";
  while (p < t.length && hexDigit(t.charCodeAt(p)) >= 0) {
    hexText += t[p];
    p++;
    ndigits++;
  }
  if (p < t.length && t[p] === ".") {
    p++;
    while (p < t.length && hexDigit(t.charCodeAt(p)) >= 0) {
      hexText += t[p];
      p++;
      ndigits++;
      fdigits++;
    }
  }
  if (ndigits === 0) return "invalid";
  let exp = 0;
  if (p < t.length && (t[p] === "p" || t[p] === "P")) {
    p++;
    const m = /^[+-]?\d+/.exec(t.slice(p));
    if (m === null) return "invalid";
    p += m[0].length;
    // Clamp absurd exponents: anything this large overflows or underflows anyway.
    const v = Number(m[0]);
    exp = Math.max(-1e7, Math.min(1e7, v));
  }
  if (p !== t.length) return "invalid";
  mant = BigInt("0x" + hexText);
  let value: number;
  if (mant === 0n) value = 0;
  else {
    value = roundBigScaled(mant, exp - 4 * fdigits);
    if (!Number.isFinite(value)) return "overflow";
  }
  return neg ? -value : value;
}
