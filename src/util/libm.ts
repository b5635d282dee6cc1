/**
 * The C math functions CPython's numeric types call, computed so that results agree with
 * CPython on glibc bit for bit (JavaScript's Math.pow/exp/log are only faithful to ~1 ulp and
 * differ from glibc in several percent of cases):
 *
 * - `c_hypot`: glibc's hypot (Borges' correctly-fused algorithm, non-FMA form, with glibc's
 *   scaling thresholds), used by abs(complex).
 * - `c_exp`: correctly rounded, computed in double-double arithmetic (~2**-100 relative error
 *   before the final rounding). glibc 2.28+ is correctly rounded in all but a tiny fraction of
 *   cases, so it matches it in practice. (pow is glibc's own algorithm: `c_pow` in ./libm_ext.ts.)
 * - `c_log`: glibc's own log (ARM's optimized-routines algorithm, as glibc's x86-64 build runs it
 *   on processors with FMA: see `c_log`), which is not correctly rounded in ~4 of 10,000 cases.
 *
 * Double-double intermediate results are passed through the module registers `rh`/`rl` to
 * keep the hot paths allocation-free.
 */
import { ldexp } from "./float_format.js";

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

/**
 * fma(a, b, c) = a*b + c rounded once (Boldo and Melquiond's emulation: the exact product and
 * sum as double-doubles, the low parts added with rounding to odd, then one final rounding).
 * Used where glibc's x86-64 build runs a function's FMA variant (log, log2, expm1, log1p).
 */
export function fma(a: number, b: number, c: number): number {
  // exact product and sum as double-doubles: a*b + c = sh + vh + vl exactly
  twoProd(a, b);
  const p = rh;
  const pl = rl;
  const sh = c + p;
  let bb = sh - c;
  const sl = c - (sh - bb) + (p - bb);
  const vh = pl + sl;
  bb = vh - pl;
  const vl = pl - (vh - bb) + (sl - bb);
  const r = sh + vh;
  if (vl === 0) return r;
  bb = r - sh;
  const e = sh - (r - bb) + (vh - bb); // sh + vh = r + e exactly
  if (e === 0) return r + vl;
  // vl can only matter when sh + vh lies exactly halfway between two doubles
  const r2 = r + 2 * e;
  if (r2 - r === 2 * e && vl > 0 === e > 0) return r2;
  return r;
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

// glibc's log: x = 2**k * z, z in [0x1.6p-1, 0x1.6p0) falls in one of 128 subintervals with
// center near c; log(x) = k*ln2 + log(c) + log1p(z/c - 1), the last by a polynomial. Inputs near
// 1 take a longer polynomial in x - 1. The constants are those of glibc's
// sysdeps/ieee754/dbl-64/e_log_data.c (facts the result depends on: each c was found by a search).
// glibc's x86-64 build runs a copy compiled with -mfma where GCC fuses every a*b + c whose
// product has no other use; c_log makes exactly those fusions (`fma`, one rounding).

const LOG_LN2_HI = 0.6931471805598903;
const LOG_LN2_LO = 5.497923018708371e-14;

/** log1p(r) = r + r**2 * poly1(r) near 1, -0x1p-4 <= r < 0x1.09p-4 (poly1[0] = -1/2). */
const LOG_POLY1 = new Float64Array([
  -0.5, 0.3333333333333352, -0.24999999999998432, 0.19999999999320328, -0.16666666669929706,
  0.14285715076560868, -0.12499997863982555, 0.11110712032936046, -0.10000486757818193, 0.09181994006195467,
  -0.08328363062289341,
]);

/** log1p(r) - r = r**2 * poly(r) for |r| < 0x1.fp-9. */
const LOG_POLY = new Float64Array([
  -0.5000000000000001, 0.33333333331825593, -0.2499999999622955, 0.20000304511814496, -0.16667054827627667,
]);

/** 1/c and log(c) for the 128 subintervals, interleaved. */
const LOG_TAB = new Float64Array([
  1.4504249240398293, -0.3718565645633589, 1.442253508327276, -0.36620682668944937, 1.4341736174350004,
  -0.3605888069791945, 1.426183816329995, -0.3550022171419869, 1.4182825527052965, -0.34944666968829097,
  1.4104682921759335, -0.3439217713603284, 1.4027396147468003, -0.3384271921261188, 1.3950954438932313,
  -0.332962831494342, 1.3875338232485754, -0.32752794345742586, 1.3800539211058593, -0.32212257167088865,
  1.3726542695419708, -0.3167462884799761, 1.3653332798446802, -0.3113985598928366, 1.358090204587874,
  -0.3060794515165526, 1.3509234892132138, -0.300788424667644, 1.3438320840699889, -0.2955252968476998,
  1.3368146974742003, -0.29028969275850613, 1.329870114677736, -0.2850812793277555, 1.322997339161106,
  -0.27989987391470095, 1.316195352741367, -0.27474526621870154, 1.3094628125672239, -0.2696169863701243,
  1.3027990455471041, -0.26451506180308115, 1.2962024229438942, -0.2594387762767383, 1.2896726275815547,
  -0.2543884090981692, 1.2832080305745537, -0.24936321635129843, 1.276807885983376, -0.24436312405975968,
  1.2704714060687552, -0.23938801747897287, 1.2641976054949482, -0.23443761696705678, 1.257985357514882,
  -0.22951151871518505, 1.2518337750655457, -0.2246094963439873, 1.2457421919097305, -0.21973149037705753,
  1.2397094966625508, -0.2148770752847895, 1.2337348463589233, -0.210046029103637, 1.2278176973028803,
  -0.20523836373934046, 1.2219570190618474, -0.20045368751368642, 1.2161519732977757, -0.1956917537758045,
  1.2104018095009725, -0.19095237845203883, 1.204705805718973, -0.18623539250290833, 1.1990631185441964,
  -0.18154051731551135, 1.1934733004462308, -0.1768677957431919, 1.1879350812847385, -0.17221657406412305,
  1.1824481322833125, -0.16758697765942543, 1.1770114976921955, -0.16297859687290384, 1.1716248121809465,
  -0.15839151377804228, 1.1662869231674715, -0.15382513241456763, 1.1609977486762766, -0.14927976358922024,
  1.1557563220795803, -0.14475495398119165, 1.1505619105480347, -0.14025044090817573, 1.1454138888505974,
  -0.1357660466685502, 1.140311877374656, -0.1313018016355727, 1.1352550225747513, -0.12685731518763532,
  1.1302429094831266, -0.1224325737671279, 1.1252747693068048, -0.11802724521862729, 1.1203501571039876,
  -0.11364127671663482, 1.1154683327680124, -0.10927434611278386, 1.1106291463292157, -0.10492665324943573,
  1.1058315813301596, -0.10059761422644442, 1.1010752177696026, -0.09628717309055901, 1.0963597137952512,
  -0.09199534069557558, 1.0916844827550398, -0.08772190036688698, 1.0870487291277784, -0.08346643613867855,
  1.082452357388312, -0.07922916827544668, 1.0778948225025884, -0.0750099004750382, 1.0733751731601076,
  -0.07080805133352897, 1.068893585073351, -0.06662408085151128, 1.0644491706655506, -0.06245745471915143,
  1.0600414846328305, -0.0583080438042316, 1.0556701316181605, -0.05417576112313327, 1.051334750556926,
  -0.050060547896805474, 1.0470347288442157, -0.045962101199052086, 1.0427699229652954, -0.04188056008865715,
  1.0385395013738175, -0.03781540056183985, 1.034343418940345, -0.03376684757915882, 1.0301811073173315,
  -0.029734619131772888, 1.026052043621297, -0.025718470239212365, 1.0219561082336197, -0.021718543925430822,
  1.0178926505784922, -0.01773446126981071, 1.0138614436244586, -0.013766252464051831, 1.0098620186501341,
  -0.009813706322574944, 1.0058938559734134, -0.005876555150052809, 1.00195696235014, -0.0019550499938532084,
  0.9961089923088509, 0.0038985973556009412, 0.9884170338185201, 0.011650571286395461, 0.9808429191005297,
  0.019342955478919066, 0.9733840169987446, 0.0269766014846482, 0.9660377568876556, 0.034552359728422744,
  0.9588014945307369, 0.04207121767183253, 0.9516728569073111, 0.049533940950141186, 0.9446494635965822,
  0.056941358295944156, 0.9377288993026223, 0.06429439168346107, 0.9309091073790681, 0.0715936354946507,
  0.924187681612722, 0.07884010933776153, 0.9175626765599192, 0.08603438905970506, 0.9110320403624034,
  0.09317721180013905, 0.9045935839762024, 0.10026951462748457, 0.8982456375922825, 0.10731170956330516,
  0.8919860966782501, 0.11430473320717738, 0.8858131121185129, 0.12124928503033061, 0.879725075760676,
  0.12814583422959913, 0.8737201372634685, 0.1349951636851756, 0.8677966405782273, 0.1417978768189414,
  0.8619528050060739, 0.14855476039031146, 0.8561872354420692, 0.1552661937658968, 0.8504983927816893,
  0.16193275688146969, 0.8448844572790304, 0.16855539792220497, 0.8393442741575965, 0.1751343179947753,
  0.8338762249349438, 0.1816702989864325, 0.8284789320557778, 0.18816387146023317, 0.8231510800065832,
  0.1946155228479256, 0.8178913903778707, 0.20102572579389744, 0.8126984007245374, 0.2073952090795501,
  0.8075710029460227, 0.21372429840596396, 0.8025078881160415, 0.2200135945981856, 0.7975077379364331,
  0.22626374162859975, 0.792569604966373, 0.23247494747693054, 0.7876923641254114, 0.23864766620658884,
  0.7828746724940998, 0.24478265647405806, 0.7781155388790811, 0.25088025827324145, 0.7734139557869777,
  0.2569408552510595, 0.7687687179914933, 0.26296511155101143, 0.7641790698041854, 0.2689531327189343,
  0.7596438763692399, 0.27490553924610595, 0.7551621951078668, 0.2808227248478943, 0.7507331780216866,
  0.286704979267256, 0.7463557196361751, 0.29255295645509705, 0.7420289364869653, 0.2983670386142876,
  0.7377521537065876, 0.30414734587282055, 0.7335242966002608, 0.30989455774829366, 0.729344777457841,
  0.31560871301871884,
]);

const LOG_NEAR1_LO = 1 - 2 ** -4;
const LOG_NEAR1_HI = 1 + 0x109 * 2 ** -12;
const lf64 = new Float64Array(1);
const lu32 = new Uint32Array(lf64.buffer);
const LHI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** log(x) for finite x > 0 as glibc computes it (callers handle x <= 0, inf and nan). */
export function c_log(x: number): number {
  if (x >= LOG_NEAR1_LO && x < LOG_NEAR1_HI) return logNear1(x);
  lf64[0] = x;
  let hi = lu32[LHI]!;
  if (hi < 0x00100000) {
    // subnormal: normalize, keeping the exponent in k below
    lf64[0] = x * 2 ** 52;
    hi = lu32[LHI]! - (52 << 20);
  }
  const tmp = (hi - 0x3fe60000) | 0;
  const i = (tmp >>> 13) & 127;
  const k = tmp >> 20;
  lu32[LHI] = (hi - (tmp & 0xfff00000)) >>> 0;
  const z = lf64[0]!;
  // r = z/c - 1 with one rounding; hi + lo = r + log(c) + k*ln2
  const r = fma(z, LOG_TAB[2 * i]!, -1);
  const w = fma(k, LOG_LN2_HI, LOG_TAB[2 * i + 1]!);
  const h = w + r;
  const l = fma(k, LOG_LN2_LO, w - h + r);
  const r2 = r * r;
  const A = LOG_POLY;
  const p = fma(r2, fma(r, A[4]!, A[3]!), fma(r, A[2]!, A[1]!));
  return fma(r * r2, p, fma(r2, A[0]!, l)) + h;
}

function logNear1(x: number): number {
  if (x === 1) return 0;
  const r = x - 1;
  const r2 = r * r;
  const r3 = r * r2;
  const B = LOG_POLY1;
  const inner = fma(r3, B[10]!, fma(r2, B[9]!, fma(r, B[8]!, B[7]!)));
  const mid = fma(r3, inner, fma(r2, B[6]!, fma(r, B[5]!, B[4]!)));
  const outer = fma(r3, mid, fma(r2, B[3]!, fma(r, B[2]!, B[1]!)));
  // r + r**2 * B[0] exactly enough: r split into 26-bit rhi and the rest
  const w = r * 2 ** 27;
  const rhi = r + w - w;
  const rlo = r - rhi;
  const sq = rhi * rhi * B[0]!;
  const h = r + sq;
  let l = r - h + sq;
  l = fma(B[0]! * rlo, rhi + r, l);
  return fma(r3, outer, l) + h;
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
