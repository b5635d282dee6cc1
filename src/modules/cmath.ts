/**
 * The `cmath` module (CPython 3.11's Modules/cmathmodule.c): complex functions with C99
 * Annex G's special values (7x7 tables indexed by the kind of the real and imaginary parts),
 * CPython's formulas for finite arguments (rescaling to avoid spurious overflow/underflow,
 * log1p near |z| = 1, Kahan's branch cuts), and errno-style errors: ValueError "math domain
 * error", OverflowError "math range error".
 */
import { lookupSpecial, PyObject_CallNoArgs } from "../objects/abstract.js";
import { clinicArgs, oneArg } from "../objects/args.js";
import { PyBool_FromBool } from "../objects/bool.js";
import { PyComplex, PyComplex_FromDoubles } from "../objects/complex.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError, raise } from "../objects/exceptions.js";
import { PyFloat_AsDouble, PyFloat_FromDouble } from "../objects/float.js";
import type { MethodDef } from "../objects/methods.js";
import { type PyModule, PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/module.js";
import { Py_DECREF, type PyObject } from "../objects/object.js";
import { PyStr_FromString } from "../objects/str.js";
import { PyTuple_New } from "../objects/tuple.js";
import { ldexp } from "../util/float_format.js";
import { c_hypot, c_log } from "../util/libm.js";
import {
  glibcExp,
  m_asinh,
  m_atan2,
  m_cos,
  m_cosh,
  m_log1p,
  m_sin,
  m_sinh,
  m_tan,
  m_tanh,
} from "../util/libm_ext.js";
import { registerBuiltinModule } from "./importlib.js";
import { argPositional } from "./stdlib_args.js";

type C = [number, number];
type Errno = 0 | "EDOM" | "ERANGE";

/** The errno the last function set (CPython's functions report through errno). */
let errno: Errno = 0;

const INF = Number.POSITIVE_INFINITY;
const NAN = Number.NaN;
const PI = Math.PI;
const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const LARGE = DBL_MAX / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
const LOG_LARGE = c_log(LARGE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const SCALE_UP = 2 * Math.floor(53 / 2) + 1; // 53
const SCALE_DOWN = -(SCALE_UP + 1) / 2; // -27
const LN2 = Math.LN2;
const LN10 = Math.LN10;

function isNegativeSign(x: number): boolean {
  if (x < 0 || Object.is(x, -0)) return true;
  if (Number.isNaN(x)) {
    const b = new Float64Array([x]);
    return (new Uint32Array(b.buffer)[1]! & 0x80000000) !== 0;
  }
  return false;
}

function copysign(x: number, y: number): number {
  return isNegativeSign(y) ? -Math.abs(x) : Math.abs(x);
}

function atan2(y: number, x: number): number {
  // libm atan2 with C99's special cases (what glibc returns for nans, infinities and zeros)
  if (Number.isNaN(x) || Number.isNaN(y)) return NAN;
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return copysign(isNegativeSign(x) ? 0.75 * PI : 0.25 * PI, y);
    return copysign(0.5 * PI, y);
  }
  if (!Number.isFinite(x) || y === 0) {
    if (!isNegativeSign(x)) return copysign(0, y);
    return copysign(PI, y);
  }
  if (x === 0) return copysign(0.5 * PI, y);
  return m_atan2(y, x);
}

function log(x: number): number {
  if (x === 0) return -INF;
  if (x === INF) return INF;
  if (Number.isNaN(x) || x < 0) return NAN;
  return c_log(x);
}

function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Math.abs(x) === INF || Math.abs(y) === INF) return INF;
    return NAN;
  }
  return c_hypot(x, y);
}

// ---------------------------------------------------------------------------------------------
// special values

/** The kind of a double: 0 -inf, 1 negative, 2 -0, 3 +0, 4 positive, 5 +inf, 6 nan. */
function specialType(d: number): number {
  if (Number.isFinite(d)) {
    if (d !== 0) return isNegativeSign(d) ? 1 : 4;
    return isNegativeSign(d) ? 2 : 3;
  }
  if (Number.isNaN(d)) return 6;
  return d > 0 ? 5 : 0;
}

const P = PI;
const P14 = 0.25 * PI;
const P12 = 0.5 * PI;
const P34 = 0.75 * PI;
const N = NAN;
const U = -9.5426319407711027e33; // never returned: the finite/finite cells

/** A 7x7 table written row by row as pairs (real, imag). */
function table(values: number[]): C[][] {
  const rows: C[][] = [];
  for (let r = 0; r < 7; r++) {
    const row: C[] = [];
    for (let c = 0; c < 7; c++) row.push([values[14 * r + 2 * c]!, values[14 * r + 2 * c + 1]!]);
    rows.push(row);
  }
  return rows;
}

// biome-ignore format: the tables read as 7x7 grids
const ACOS_SV = table([
  P34, INF, P, INF, P, INF, P, -INF, P, -INF, P34, -INF, N, INF,
  P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
  P12, INF, U, U, P12, 0, P12, -0, U, U, P12, -INF, P12, N,
  P12, INF, U, U, P12, 0, P12, -0, U, U, P12, -INF, P12, N,
  P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
  P14, INF, 0, INF, 0, INF, 0, -INF, 0, -INF, P14, -INF, N, INF,
  N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N,
]);
// biome-ignore format: the tables read as 7x7 grids
const ACOSH_SV = table([
  INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P12, U, U, 0, -P12, 0, P12, U, U, INF, P12, N, N,
  INF, -P12, U, U, 0, -P12, 0, P12, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, N, N, N, N, N, INF, N, N, N,
]);
// biome-ignore format: the tables read as 7x7 grids
const ASINH_SV = table([
  -INF, -P14, -INF, -0, -INF, -0, -INF, 0, -INF, 0, -INF, P14, -INF, N,
  -INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N,
  -INF, -P12, U, U, -0, -0, -0, 0, U, U, -INF, P12, N, N,
  INF, -P12, U, U, 0, -0, 0, 0, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, -0, N, 0, N, N, INF, N, N, N,
]);
// biome-ignore format: the tables read as 7x7 grids
const ATANH_SV = table([
  -0, -P12, -0, -P12, -0, -P12, -0, P12, -0, P12, -0, P12, -0, N,
  -0, -P12, U, U, U, U, U, U, U, U, -0, P12, N, N,
  -0, -P12, U, U, -0, -0, -0, 0, U, U, -0, P12, -0, N,
  0, -P12, U, U, 0, -0, 0, 0, U, U, 0, P12, 0, N,
  0, -P12, U, U, U, U, U, U, U, U, 0, P12, N, N,
  0, -P12, 0, -P12, 0, -P12, 0, P12, 0, P12, 0, P12, 0, N,
  0, -P12, N, N, N, N, N, N, N, N, 0, P12, N, N,
]);
// biome-ignore format: the tables read as 7x7 grids
const COSH_SV = table([
  INF, N, U, U, INF, 0, INF, -0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, 0, U, U, 1, 0, 1, -0, U, U, N, 0, N, 0,
  N, 0, U, U, 1, -0, 1, 0, U, U, N, 0, N, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, 0, N, 0, N, N, N, N, N, N,
]);
// biome-ignore format: the tables read as 7x7 grids
const EXP_SV = table([
  0, 0, U, U, 0, -0, 0, 0, U, U, 0, 0, 0, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, N, U, U, 1, -0, 1, 0, U, U, N, N, N, N,
  N, N, U, U, 1, -0, 1, 0, U, U, N, N, N, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N,
]);
// biome-ignore format: the tables read as 7x7 grids
const LOG_SV = table([
  INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P12, U, U, -INF, -P, -INF, P, U, U, INF, P12, N, N,
  INF, -P12, U, U, -INF, -0, -INF, 0, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, N, N, N, N, N, INF, N, N, N,
]);
// biome-ignore format: the tables read as 7x7 grids
const SINH_SV = table([
  INF, N, U, U, -INF, -0, -INF, 0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  0, N, U, U, -0, -0, -0, 0, U, U, 0, N, 0, N,
  0, N, U, U, 0, -0, 0, 0, U, U, 0, N, 0, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N,
]);
// biome-ignore format: the tables read as 7x7 grids
const SQRT_SV = table([
  INF, -INF, 0, -INF, 0, -INF, 0, INF, 0, INF, INF, INF, N, INF,
  INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
  INF, -INF, U, U, 0, -0, 0, 0, U, U, INF, INF, N, N,
  INF, -INF, U, U, 0, -0, 0, 0, U, U, INF, INF, N, N,
  INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
  INF, -INF, INF, -0, INF, -0, INF, 0, INF, 0, INF, INF, INF, N,
  INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N,
]);
// biome-ignore format: the tables read as 7x7 grids
const TANH_SV = table([
  -1, 0, U, U, -1, -0, -1, 0, U, U, -1, 0, -1, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, N, U, U, -0, -0, -0, 0, U, U, N, N, N, N,
  N, N, U, U, 0, -0, 0, 0, U, U, N, N, N, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  1, 0, U, U, 1, -0, 1, 0, U, U, 1, 0, 1, 0,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N,
]);
// biome-ignore format: the tables read as 7x7 grids
const RECT_SV = table([
  INF, N, U, U, -INF, 0, -INF, -0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  0, 0, U, U, -0, 0, -0, -0, U, U, 0, 0, 0, 0,
  0, 0, U, U, 0, -0, 0, 0, U, U, 0, 0, 0, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, 0, N, 0, N, N, N, N, N, N,
]);

function special(tab: C[][], re: number, im: number): C {
  const v = tab[specialType(re)]![specialType(im)]!;
  return [v[0], v[1]];
}

function nonFinite(re: number, im: number): boolean {
  return !Number.isFinite(re) || !Number.isFinite(im);
}

// ---------------------------------------------------------------------------------------------
// the functions (each sets errno)

function c_sqrt(re: number, im: number): C {
  if (nonFinite(re, im)) {
    errno = 0;
    return special(SQRT_SV, re, im);
  }
  if (re === 0 && im === 0) {
    errno = 0;
    return [0, im];
  }
  let ax = Math.abs(re);
  const ay = Math.abs(im);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // both parts subnormal: scale up so hypot keeps full precision
    ax = ldexp(ax, SCALE_UP);
    s = ldexp(Math.sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  errno = 0;
  if (re >= 0) return [s, copysign(d, im)];
  return [d, copysign(s, im)];
}

function c_acos(re: number, im: number): C {
  if (nonFinite(re, im)) {
    errno = 0;
    return special(ACOS_SV, re, im);
  }
  let r: C;
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    r = [atan2(Math.abs(im), re), -copysign(log(hypot(re / 2, im / 2)) + LN2 * 2, im)];
  } else {
    const s1 = c_sqrt(1 - re, -im);
    const s2 = c_sqrt(1 + re, im);
    r = [2 * atan2(s1[0], s2[0]), m_asinh(s2[0] * s1[1] - s2[1] * s1[0])];
  }
  errno = 0;
  return r;
}

function c_acosh(re: number, im: number): C {
  if (nonFinite(re, im)) {
    errno = 0;
    return special(ACOSH_SV, re, im);
  }
  let r: C;
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    r = [log(hypot(re / 2, im / 2)) + LN2 * 2, atan2(im, re)];
  } else {
    const s1 = c_sqrt(re - 1, im);
    const s2 = c_sqrt(re + 1, im);
    r = [m_asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * atan2(s1[1], s2[0])];
  }
  errno = 0;
  return r;
}

function c_asinh(re: number, im: number): C {
  if (nonFinite(re, im)) {
    errno = 0;
    return special(ASINH_SV, re, im);
  }
  let r: C;
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    const m = log(hypot(re / 2, im / 2)) + LN2 * 2;
    const real = im >= 0 ? copysign(m, re) : -copysign(m, -re);
    r = [real, atan2(im, Math.abs(re))];
  } else {
    const s1 = c_sqrt(1 + im, -re);
    const s2 = c_sqrt(1 - im, re);
    r = [m_asinh(s1[0] * s2[1] - s2[0] * s1[1]), atan2(im, s1[0] * s2[0] - s1[1] * s2[1])];
  }
  errno = 0;
  return r;
}

/** asin(z) = -i asinh(iz). */
function c_asin(re: number, im: number): C {
  const s = c_asinh(-im, re);
  return [s[1], -s[0]];
}

function c_atanh(re: number, im: number): C {
  if (nonFinite(re, im)) {
    errno = 0;
    return special(ATANH_SV, re, im);
  }
  if (re < 0) {
    const r = c_atanh(-re, -im);
    return [-r[0], -r[1]];
  }
  const ay = Math.abs(im);
  if (re > SQRT_LARGE || ay > SQRT_LARGE) {
    // atanh(z) ~ 1/z +/- i pi/2 for large |z|
    const h = hypot(re / 2, im / 2);
    errno = 0;
    return [re / 4 / h / h, copysign(PI / 2, im)];
  }
  if (re === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) {
      errno = "EDOM";
      return [INF, im];
    }
    errno = 0;
    return [-log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), copysign(atan2(2, -ay) / 2, im)];
  }
  errno = 0;
  return [
    m_log1pz((4 * re) / ((1 - re) * (1 - re) + ay * ay)) / 4,
    -atan2(-2 * im, (1 - re) * (1 + re) - ay * ay) / 2,
  ];
}

/** _Py_log1p: log1p keeping the sign of zero. */
function m_log1pz(x: number): number {
  if (x === 0) return x;
  return m_log1p(x);
}

/** atan(z) = -i atanh(iz). */
function c_atan(re: number, im: number): C {
  const s = c_atanh(-im, re);
  return [s[1], -s[0]];
}

function c_cosh(re: number, im: number): C {
  if (nonFinite(re, im)) {
    let r: C;
    if (Math.abs(re) === INF && Number.isFinite(im) && im !== 0) {
      r =
        re > 0
          ? [copysign(INF, m_cos(im)), copysign(INF, m_sin(im))]
          : [copysign(INF, m_cos(im)), -copysign(INF, m_sin(im))];
    } else {
      r = special(COSH_SV, re, im);
    }
    errno = Math.abs(im) === INF && !Number.isNaN(re) ? "EDOM" : 0;
    return r;
  }
  let r: C;
  if (Math.abs(re) > LOG_LARGE) {
    const xm1 = re - copysign(1, re);
    r = [m_cos(im) * m_cosh(xm1) * Math.E, m_sin(im) * m_sinh(xm1) * Math.E];
  } else {
    r = [m_cos(im) * m_cosh(re), m_sin(im) * m_sinh(re)];
  }
  errno = Math.abs(r[0]) === INF || Math.abs(r[1]) === INF ? "ERANGE" : 0;
  return r;
}

/** cos(z) = cosh(iz). */
function c_cos(re: number, im: number): C {
  return c_cosh(-im, re);
}

function c_sinh(re: number, im: number): C {
  if (nonFinite(re, im)) {
    let r: C;
    if (Math.abs(re) === INF && Number.isFinite(im) && im !== 0) {
      r =
        re > 0
          ? [copysign(INF, m_cos(im)), copysign(INF, m_sin(im))]
          : [-copysign(INF, m_cos(im)), copysign(INF, m_sin(im))];
    } else {
      r = special(SINH_SV, re, im);
    }
    errno = Math.abs(im) === INF && !Number.isNaN(re) ? "EDOM" : 0;
    return r;
  }
  let r: C;
  if (Math.abs(re) > LOG_LARGE) {
    const xm1 = re - copysign(1, re);
    r = [m_cos(im) * m_sinh(xm1) * Math.E, m_sin(im) * m_cosh(xm1) * Math.E];
  } else {
    r = [m_cos(im) * m_sinh(re), m_sin(im) * m_cosh(re)];
  }
  errno = Math.abs(r[0]) === INF || Math.abs(r[1]) === INF ? "ERANGE" : 0;
  return r;
}

/** sin(z) = -i sinh(iz). */
function c_sin(re: number, im: number): C {
  const s = c_sinh(-im, re);
  return [s[1], -s[0]];
}

function c_tanh(re: number, im: number): C {
  if (nonFinite(re, im)) {
    let r: C;
    if (Math.abs(re) === INF && Number.isFinite(im) && im !== 0) {
      r = [re > 0 ? 1 : -1, copysign(0, 2 * m_sin(im) * m_cos(im))];
    } else {
      r = special(TANH_SV, re, im);
    }
    errno = Math.abs(im) === INF && Number.isFinite(re) ? "EDOM" : 0;
    return r;
  }
  let r: C;
  if (Math.abs(re) > LOG_LARGE) {
    r = [copysign(1, re), 4 * m_sin(im) * m_cos(im) * glibcExp(-2 * Math.abs(re))];
  } else {
    const tx = m_tanh(re);
    const ty = m_tan(im);
    const cx = 1 / m_cosh(re);
    const txty = tx * ty;
    const denom = 1 + txty * txty;
    r = [(tx * (1 + ty * ty)) / denom, (ty / denom) * cx * cx];
  }
  errno = 0;
  return r;
}

/** tan(z) = -i tanh(iz). */
function c_tan(re: number, im: number): C {
  const s = c_tanh(-im, re);
  return [s[1], -s[0]];
}

function c_exp(re: number, im: number): C {
  if (nonFinite(re, im)) {
    let r: C;
    if (Math.abs(re) === INF && Number.isFinite(im) && im !== 0) {
      r =
        re > 0
          ? [copysign(INF, m_cos(im)), copysign(INF, m_sin(im))]
          : [copysign(0, m_cos(im)), copysign(0, m_sin(im))];
    } else {
      r = special(EXP_SV, re, im);
    }
    errno = Math.abs(im) === INF && (Number.isFinite(re) || re === INF) ? "EDOM" : 0;
    return r;
  }
  let r: C;
  if (re > LOG_LARGE) {
    const l = glibcExp(re - 1);
    r = [l * m_cos(im) * Math.E, l * m_sin(im) * Math.E];
  } else {
    const l = glibcExp(re);
    r = [l * m_cos(im), l * m_sin(im)];
  }
  errno = Math.abs(r[0]) === INF || Math.abs(r[1]) === INF ? "ERANGE" : 0;
  return r;
}

function c_logz(re: number, im: number): C {
  if (nonFinite(re, im)) {
    errno = 0;
    return special(LOG_SV, re, im);
  }
  const ax = Math.abs(re);
  const ay = Math.abs(im);
  let real: number;
  if (ax > LARGE || ay > LARGE) {
    real = log(hypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      real = log(hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * LN2;
    } else {
      errno = "EDOM";
      return [-INF, atan2(im, re)];
    }
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = Math.max(ax, ay);
      const an = Math.min(ax, ay);
      real = m_log1pz((am - 1) * (am + 1) + an * an) / 2;
    } else {
      real = log(h);
    }
  }
  errno = 0;
  return [real, atan2(im, re)];
}

function c_log10(re: number, im: number): C {
  const r = c_logz(re, im);
  return [r[0] / LN10, r[1] / LN10];
}

/** _Py_c_quot (Smith's algorithm); sets errno EDOM on division by zero. */
function c_quot(a: C, b: C): C {
  const absBr = b[0] < 0 ? -b[0] : b[0];
  const absBi = b[1] < 0 ? -b[1] : b[1];
  if (absBr >= absBi) {
    if (absBr === 0) {
      errno = "EDOM";
      return [0, 0];
    }
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NAN, NAN];
}

/** _Py_c_abs with errno ERANGE on overflow. */
function c_abs(re: number, im: number): number {
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (Math.abs(re) === INF) return Math.abs(re);
    if (Math.abs(im) === INF) return Math.abs(im);
    return NAN;
  }
  const r = hypot(re, im);
  errno = Number.isFinite(r) ? 0 : "ERANGE";
  return r;
}

// ---------------------------------------------------------------------------------------------
// conversions and glue

/** PyComplex_AsCComplex: complex, __complex__, or a real number. */
function asComplex(o: PyObject): C {
  if (o instanceof PyComplex) return [o.real, o.imag];
  const method = lookupSpecial(o, "__complex__");
  if (method !== null) {
    let r: PyObject;
    try {
      r = PyObject_CallNoArgs(method);
    } finally {
      Py_DECREF(method);
    }
    if (!(r instanceof PyComplex)) {
      const name = r.ob_type.tp_name;
      Py_DECREF(r);
      raise(PyExc_TypeError, `__complex__ returned non-complex (type ${name})`);
    }
    const v: C = [r.real, r.imag];
    Py_DECREF(r);
    return v;
  }
  return [PyFloat_AsDouble(o), 0];
}

function mathError(): never {
  if (errno === "EDOM") raise(PyExc_ValueError, "math domain error");
  raise(PyExc_OverflowError, "math range error");
}

function result(r: C): PyObject {
  if (errno !== 0) mathError();
  return PyComplex_FromDoubles(r[0], r[1]);
}

function func(name: string, f: (re: number, im: number) => C, doc: string): MethodDef {
  const qual = `cmath.${name}`;
  return {
    name,
    impl: (_m, args, kwnames) => {
      const z = asComplex(oneArg(qual, args, kwnames));
      errno = 0;
      return result(f(z[0], z[1]));
    },
    doc,
    textSignature: "($module, z, /)",
  };
}

function cmath_log(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  argPositional("cmath.log", "log", args, kwnames, 1, 2);
  const x = asComplex(args[0]!);
  errno = 0;
  let r = c_logz(x[0], x[1]);
  if (args.length > 1) {
    // As CPython: the base's log overwrites errno, then the division may set EDOM.
    const y = asComplex(args[1]!);
    const ly = c_logz(y[0], y[1]);
    r = c_quot(r, ly);
  }
  return result(r);
}

function cmath_phase(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const z = asComplex(oneArg("cmath.phase", args, kwnames));
  return PyFloat_FromDouble(atan2(z[1], z[0]));
}

function cmath_polar(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const z = asComplex(oneArg("cmath.polar", args, kwnames));
  errno = 0;
  const phi = atan2(z[1], z[0]);
  const r = c_abs(z[0], z[1]);
  if (errno !== 0) mathError();
  return PyTuple_New([PyFloat_FromDouble(r), PyFloat_FromDouble(phi)]);
}

function cmath_rect(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  argPositional("cmath.rect", "rect", args, kwnames, 2, 2);
  const r = PyFloat_AsDouble(args[0]!);
  const phi = PyFloat_AsDouble(args[1]!);
  errno = 0;
  let z: C;
  if (!Number.isFinite(r) || !Number.isFinite(phi)) {
    if (Math.abs(r) === INF && Number.isFinite(phi) && phi !== 0) {
      z =
        r > 0
          ? [copysign(INF, m_cos(phi)), copysign(INF, m_sin(phi))]
          : [-copysign(INF, m_cos(phi)), -copysign(INF, m_sin(phi))];
    } else {
      z = special(RECT_SV, r, phi);
    }
    errno = r !== 0 && !Number.isNaN(r) && Math.abs(phi) === INF ? "EDOM" : 0;
  } else if (phi === 0) {
    z = [r, r * phi];
  } else {
    z = [r * m_cos(phi), r * m_sin(phi)];
  }
  return result(z);
}

function cmath_isclose(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [ao, bo, relo, abso] = clinicArgs("isclose", args, kwnames, {
    names: ["a", "b", "rel_tol", "abs_tol"],
    minpos: 2,
    maxpos: 2,
  });
  const a = asComplex(ao!);
  const b = asComplex(bo!);
  const relTol = relo === null ? 1e-9 : PyFloat_AsDouble(relo);
  const absTol = abso === null ? 0.0 : PyFloat_AsDouble(abso);
  if (relTol < 0 || absTol < 0) raise(PyExc_ValueError, "tolerances must be non-negative");
  if (a[0] === b[0] && a[1] === b[1]) return PyBool_FromBool(true);
  if ([a[0], a[1], b[0], b[1]].some((v) => Math.abs(v) === INF)) return PyBool_FromBool(false);
  const diff = c_abs(a[0] - b[0], a[1] - b[1]);
  return PyBool_FromBool(
    diff <= relTol * c_abs(b[0], b[1]) || diff <= relTol * c_abs(a[0], a[1]) || diff <= absTol,
  );
}

function predicate(name: string, f: (z: C) => boolean, doc: string): MethodDef {
  const qual = `cmath.${name}`;
  return {
    name,
    impl: (_m, args, kwnames) => PyBool_FromBool(f(asComplex(oneArg(qual, args, kwnames)))),
    doc,
    textSignature: "($module, z, /)",
  };
}

const CMATH_FUNCTIONS: MethodDef[] = [
  func("acos", c_acos, "Return the arc cosine of z."),
  func("acosh", c_acosh, "Return the inverse hyperbolic cosine of z."),
  func("asin", c_asin, "Return the arc sine of z."),
  func("asinh", c_asinh, "Return the inverse hyperbolic sine of z."),
  func("atan", c_atan, "Return the arc tangent of z."),
  func("atanh", c_atanh, "Return the inverse hyperbolic tangent of z."),
  func("cos", c_cos, "Return the cosine of z."),
  func("cosh", c_cosh, "Return the hyperbolic cosine of z."),
  func("exp", c_exp, "Return the exponential value e**z."),
  {
    name: "isclose",
    impl: cmath_isclose,
    doc: 'Determine whether two complex numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered "close", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered "close", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them must be\nsmaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is\nnot close to anything, even itself. inf and -inf are only close to themselves.',
    textSignature: "($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)",
  },
  predicate(
    "isfinite",
    (z) => Number.isFinite(z[0]) && Number.isFinite(z[1]),
    "Return True if both the real and imaginary parts of z are finite, else False.",
  ),
  predicate(
    "isinf",
    (z) => Math.abs(z[0]) === INF || Math.abs(z[1]) === INF,
    "Checks if the real or imaginary part of z is infinite.",
  ),
  predicate(
    "isnan",
    (z) => Number.isNaN(z[0]) || Number.isNaN(z[1]),
    "Checks if the real or imaginary part of z not a number (NaN).",
  ),
  {
    name: "log",
    impl: cmath_log,
    doc: "log(z[, base]) -> the logarithm of z to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of z.",
  },
  func("log10", c_log10, "Return the base-10 logarithm of z."),
  {
    name: "phase",
    impl: cmath_phase,
    doc: "Return argument, also known as the phase angle, of a complex.",
    textSignature: "($module, z, /)",
  },
  {
    name: "polar",
    impl: cmath_polar,
    doc: "Convert a complex from rectangular coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase angle.",
    textSignature: "($module, z, /)",
  },
  {
    name: "rect",
    impl: cmath_rect,
    doc: "Convert from polar coordinates to rectangular coordinates.",
    textSignature: "($module, r, phi, /)",
  },
  func("sin", c_sin, "Return the sine of z."),
  func("sinh", c_sinh, "Return the hyperbolic sine of z."),
  func("sqrt", c_sqrt, "Return the square root of z."),
  func("tan", c_tan, "Return the tangent of z."),
  func("tanh", c_tanh, "Return the hyperbolic tangent of z."),
];

function createCmathModule(): PyModule {
  const m = PyModule_New("cmath");
  PyModule_Add(
    m,
    "__doc__",
    PyStr_FromString("This module provides access to mathematical functions for complex\nnumbers."),
  );
  PyModule_AddFunctions(m, CMATH_FUNCTIONS);
  PyModule_Add(m, "pi", PyFloat_FromDouble(Math.PI));
  PyModule_Add(m, "e", PyFloat_FromDouble(Math.E));
  PyModule_Add(m, "tau", PyFloat_FromDouble(2 * Math.PI));
  PyModule_Add(m, "inf", PyFloat_FromDouble(INF));
  PyModule_Add(m, "infj", PyComplex_FromDoubles(0, INF));
  PyModule_Add(m, "nan", PyFloat_FromDouble(NAN));
  PyModule_Add(m, "nanj", PyComplex_FromDoubles(0, NAN));
  return m;
}

export function registerCmathModule(): void {
  registerBuiltinModule("cmath", createCmathModule);
}
