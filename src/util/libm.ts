/**
 * The C math functions CPython's numeric types call, computed so that results agree with
 * CPython on glibc bit for bit (JavaScript's Math.pow/exp/log are only faithful to ~1 ulp and
 * differ from glibc in several percent of cases):
 *
 * - `c_hypot`: glibc's hypot (Borges' correctly-fused algorithm, non-FMA form, with glibc's
 *   scaling thresholds), used by abs(complex).
 * - `c_pow`, `c_exp`, `c_log`: correctly rounded, computed in double-double arithmetic
 *   (~2**-100 relative error before the final rounding). glibc 2.28+ is correctly rounded in all
 *   but a tiny fraction of cases, so these match it in practice.
 *
 * Double-double intermediate results are passed through the module registers `rh`/`rl` to
 * keep the hot paths allocation-free.
 */
import { frexp, ldexp } from "./float_format.js";

let rh = 0;
let rl = 0;

const SPLITTER = 134217729; // 2**27 + 1

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  rl = a - (s - bb) + (b - bb);
  rh = s;
}

function fastTwoSum(a: number, b: number): void {
  const s = a + b;
  rl = b - (s - a);
  rh = s;
}

function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  rl = ah * bh - p + ah * bl + al * bh + al * bl;
  rh = p;
}

function mulDD(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = rh;
  const e = rl + (ah * bl + al * bh);
  fastTwoSum(p, e);
}

function addDD(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s1 = rh;
  let s2 = rl;
  twoSum(al, bl);
  const t1 = rh;
  const t2 = rl;
  s2 += t1;
  fastTwoSum(s1, s2);
  const u1 = rh;
  const u2 = rl + t2;
  fastTwoSum(u1, u2);
}

/** (ah, al) / b for a double b. */
function divDDByDouble(ah: number, al: number, b: number): void {
  const q1 = ah / b;
  twoProd(q1, b);
  const r = (ah - rh - rl + al) / b;
  fastTwoSum(q1, r);
}

// ln 2 as a double-double.
const LN2_HI = Math.LN2;
const LN2_LO = 2.3190468138462996e-17;
const INV_LN2 = Math.LOG2E;

const EXP_TERMS = 13;
const EXP_SQUARINGS = 5;
const INV_FACT_HI = new Float64Array(EXP_TERMS + 1);
const INV_FACT_LO = new Float64Array(EXP_TERMS + 1);
{
  let h = 1;
  let l = 0;
  INV_FACT_HI[0] = 1;
  for (let k = 1; k <= EXP_TERMS; k++) {
    divDDByDouble(h, l, k);
    h = rh;
    l = rl;
    INV_FACT_HI[k] = h;
    INV_FACT_LO[k] = l;
  }
}

/**
 * exp(ah + al) = 2**n * (rh + rl): returns n and leaves the double-double mantissa (in about
 * [0.7, 1.42]) in the registers. |ah| must be below ~1100.
 */
function expCore(ah: number, al: number): number {
  const n = Math.round(ah * INV_LN2);
  // r = a - n*ln2, exactly enough.
  twoProd(n, LN2_HI);
  addDD(ah, al, -rh, -rl);
  let xh = rh;
  let xl = rl;
  twoProd(n, LN2_LO);
  addDD(xh, xl, -rh, -rl);
  const scale = 2 ** -EXP_SQUARINGS;
  xh = rh * scale;
  xl = rl * scale;
  // expm1(x) by Horner's rule on the Taylor series.
  let ph = INV_FACT_HI[EXP_TERMS]!;
  let pl = INV_FACT_LO[EXP_TERMS]!;
  for (let k = EXP_TERMS - 1; k >= 1; k--) {
    mulDD(ph, pl, xh, xl);
    addDD(rh, rl, INV_FACT_HI[k]!, INV_FACT_LO[k]!);
    ph = rh;
    pl = rl;
  }
  mulDD(ph, pl, xh, xl);
  let th = rh;
  let tl = rl;
  // Undo the scaling: expm1(2x) = 2*expm1(x) + expm1(x)**2.
  for (let i = 0; i < EXP_SQUARINGS; i++) {
    mulDD(th, tl, th, tl);
    addDD(rh, rl, 2 * th, 2 * tl);
    th = rh;
    tl = rl;
  }
  addDD(1, 0, th, tl);
  return n;
}

/** log(x) as a double-double in the registers, for finite x > 0 (absolute error ~2**-100). */
function logCore(x: number): void {
  let [m, e] = frexp(x);
  if (m < Math.SQRT1_2) {
    m *= 2;
    e--;
  }
  const l0 = Math.log(m);
  // Newton step: log(m) = l0 + log1p(d) where d = m*exp(-l0) - 1 is tiny.
  const n = expCore(-l0, 0);
  const eh = ldexp(rh, n);
  const el = ldexp(rl, n);
  twoProd(m, eh);
  const mh = rh;
  const ml = rl + m * el;
  addDD(mh, ml, -1, 0);
  const dh = rh;
  const dl = rl;
  const corr = dl - (dh * dh) / 2 + (dh * dh * dh) / 3;
  twoSum(l0, dh);
  const sh = rh;
  const sl = rl + corr;
  fastTwoSum(sh, sl);
  if (e !== 0) {
    const lh = rh;
    const ll = rl;
    twoProd(e, LN2_HI);
    const ph = rh;
    const pl = rl + e * LN2_LO;
    addDD(ph, pl, lh, ll);
  }
}

/** Rounds the double-double (h + l) * 2**n to the nearest double (subnormals included). */
function scaleDD(h: number, l: number, n: number): number {
  if (n >= -1021) return ldexp(h, n);
  // Subnormal result: round on the grid of 2**-1074 using the low part for the decision.
  const k = n + 1074;
  const a = ldexp(h, k);
  const b = ldexp(l, k);
  const whole = Math.floor(a);
  const frac = a - whole + b;
  let q = whole;
  if (frac > 0.5 || (frac === 0.5 && whole % 2 === 1)) q += 1;
  return q * 2 ** -1074;
}

/** exp(x), correctly rounded. */
export function c_exp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 709.8) return Number.POSITIVE_INFINITY;
  if (x < -745.2) return 0;
  if (x === 0) return 1;
  const n = expCore(x, 0);
  return scaleDD(rh, rl, n);
}

/** log(x) for finite x > 0, correctly rounded (callers handle x <= 0, inf and nan). */
export function c_log(x: number): number {
  if (x === 1) return 0;
  if (x > 0.9990234375 && x < 1.0009765625) {
    // log1p series on the exact d = x - 1, for full relative accuracy near 1.
    const d = x - 1;
    let ph = 0;
    let pl = 0;
    for (let k = 14; k >= 1; k--) {
      divDDByDouble(1, 0, k % 2 === 1 ? k : -k);
      addDD(ph, pl, rh, rl);
      mulDD(rh, rl, d, 0);
      ph = rh;
      pl = rl;
    }
    return ph + pl;
  }
  logCore(x);
  return rh + rl;
}

/**
 * pow(x, y) for finite x > 0, x != 1, and finite y != 0 (float_pow deals with every other case
 * first), correctly rounded. Returns Infinity on overflow and 0 on underflow.
 */
export function c_pow(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === 0.5) return Math.sqrt(x);
  if (y === -1) return 1 / x;
  if (Number.isInteger(2 * y) && y <= 1024 && y >= -1024) {
    const approx = y * Math.log2(x);
    // Dekker's splitting (x * 134217729) overflows for operands beyond ~2**996, and x**|y|
    // is an operand when y < 0: stay well inside the range.
    if (approx < 960 && approx > -960) return powHalfInteger(x, y);
  }
  logCore(x);
  const lh = rh;
  const ll = rl;
  const approx = y * lh;
  if (approx > 710) return Number.POSITIVE_INFINITY;
  if (approx < -746) return 0;
  twoProd(y, lh);
  const ph = rh;
  const pl = rl + y * ll;
  fastTwoSum(ph, pl);
  const n = expCore(rh, rl);
  const r = scaleDD(rh, rl, n);
  return r;
}

/** (ah, al) / (bh, bl) in double-double (relative error ~2**-104). */
function divDD(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  mulDD(q1, 0, bh, bl);
  addDD(ah, al, -rh, -rl);
  const q2 = rh / bh;
  fastTwoSum(q1, q2);
}

/**
 * x**y for y a multiple of 1/2 with a result safely inside the normal range: binary powering
 * and a double-double square root, all in double-double.
 */
function powHalfInteger(x: number, y: number): number {
  const ay = Math.abs(y);
  let k = Math.floor(ay);
  let ah = 1;
  let al = 0;
  let bh = x;
  let bl = 0;
  while (k > 0) {
    if (k & 1) {
      mulDD(ah, al, bh, bl);
      ah = rh;
      al = rl;
    }
    k = Math.floor(k / 2);
    if (k > 0) {
      mulDD(bh, bl, bh, bl);
      bh = rh;
      bl = rl;
    }
  }
  if (ay !== Math.floor(ay)) {
    const s = Math.sqrt(x);
    twoProd(s, s);
    const corr = (x - rh - rl) / (2 * s);
    mulDD(ah, al, s, corr);
    ah = rh;
    al = rl;
  }
  if (y < 0) {
    divDD(1, 0, ah, al);
    return rh + rl;
  }
  return ah + al;
}

function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2 * ay) {
    const delta = h - ay;
    t1 = ax * (2 * delta - ax);
    t2 = (delta - 2 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2 * delta * (ax - 2 * ay);
    t2 = (4 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2 * h);
  return h;
}

const HYPOT_SCALE = 2 ** -600;
const HYPOT_LARGE = 2 ** 511;
const HYPOT_TINY = 2 ** -459;
const HYPOT_EPS = 2 ** -54;

/** hypot(x, y) exactly as glibc 2.35+ computes it. */
export function c_hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY) return Number.POSITIVE_INFINITY;
    if (y === Number.POSITIVE_INFINITY || y === Number.NEGATIVE_INFINITY) return Number.POSITIVE_INFINITY;
    return Number.NaN;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = Math.max(x, y);
  const ay = Math.min(x, y);
  if (ax > HYPOT_LARGE) {
    if (ay <= ax * HYPOT_EPS) return ax + ay;
    return hypotKernel(ax * HYPOT_SCALE, ay * HYPOT_SCALE) / HYPOT_SCALE;
  }
  if (ay < HYPOT_TINY) {
    if (ax >= ay / HYPOT_EPS) return ax + ay;
    return hypotKernel(ax / HYPOT_SCALE, ay / HYPOT_SCALE) * HYPOT_SCALE;
  }
  if (ay <= ax * HYPOT_EPS) return ax + ay;
  return hypotKernel(ax, ay);
}
