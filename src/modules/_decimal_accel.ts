/**
 * `_decimal_accel`: native fast paths for lib/decimal.py's hottest operations (CPython runs
 * decimal in C as `_decimal`; ours is Python, where one `a * b` costs dozens of bytecodes).
 *
 * `install(Decimal, Context, contextvars_module, context_var, ROUNDED, INEXACT)` replaces
 * `Decimal.__add__`, `__sub__`, `__mul__`, `quantize` and `__new__` with native methods that
 * compute the common case (exact Decimal operands, finite nonzero values, a result that fits the
 * current context as it is, or a quantize whose result fits) and otherwise call the Python
 * method they replaced, with the same arguments, before changing anything. So every result,
 * flag, trap and error is the Python implementation's; the native code only answers the cases
 * where that implementation would build `Decimal(sign, coefficient, exponent)` directly.
 *
 * The current context is read as `getcontext()` does: the value of decimal's ContextVar in
 * `contextvars._current` (when it has none yet, the Python method runs and creates it).
 */

import { PyObject_Call, PyObject_GetAttr, PyObject_SetAttr } from "../objects/abstract.js";
import { type PyDict, PyDict_GetItem, PyDict_GetItemString, PyDict_Type } from "../objects/dict.js";
import { PyExc_TypeError, raise } from "../objects/exceptions.js";
import { type PyInt, PyInt_FromBigInt, PyInt_FromNumber, PyInt_Type } from "../objects/int.js";
import { type MethodDef, PyCFunction_New, PyMethodDescr, PyMethodDescr_Type } from "../objects/methods.js";
import type { PyModule } from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { allocateObject, Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from "../objects/object.js";
import { PyStaticMethod_New } from "../objects/staticmethod.js";
import { type PyStr, PyStr_InternImmortal, PyStr_Type } from "../objects/str.js";
import type { PyType } from "../objects/type.js";
import { object_new } from "../objects/typeobject.js";
import { decimalDigits, pow10 as exactPow10 } from "../util/powers.js";
import { registerFunctionModule } from "./importlib.js";

type Num = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Number of decimal digits of c >= 0 (1 for 0). */
function digits(c: Num): number {
  return typeof c === "number" ? (c >= 0 ? decimalDigits(c) : String(c).length) : c.toString().length;
}

function big(c: Num): bigint {
  return typeof c === "bigint" ? c : BigInt(c);
}

function norm(c: bigint): Num {
  return c <= BigInt(MAX_SAFE) ? Number(c) : c;
}

function mulN(a: Num, b: Num): Num {
  if (typeof a === "number" && typeof b === "number") {
    const p = a * b;
    if (p <= MAX_SAFE) return p;
  }
  return norm(big(a) * big(b));
}

/** a + b for signed values. */
function addN(a: Num, b: Num): Num {
  if (typeof a === "number" && typeof b === "number") {
    const s = a + b;
    if (s <= MAX_SAFE && s >= -MAX_SAFE) return s;
  }
  const s = big(a) + big(b);
  return s >= -BigInt(MAX_SAFE) && s <= BigInt(MAX_SAFE) ? Number(s) : s;
}

function negN(a: Num): Num {
  return -a as Num;
}

function isNeg(a: Num): boolean {
  return a < 0;
}

function pow10(n: number): Num {
  return n <= 15 ? exactPow10(n) : 10n ** BigInt(n);
}

// Rounding modes (the strings decimal.py uses for them).
const ROUNDINGS = new Map<string, number>([
  ["ROUND_DOWN", 0],
  ["ROUND_HALF_UP", 1],
  ["ROUND_HALF_EVEN", 2],
  ["ROUND_CEILING", 3],
  ["ROUND_FLOOR", 4],
  ["ROUND_UP", 5],
  ["ROUND_HALF_DOWN", 6],
  ["ROUND_05UP", 7],
]);

/** Drops the last `drop` (> 0) digits of c > 0 by the rounding mode: [q, inexact] (decimal.py's _round_int). */
function roundInt(sign: number, c: Num, drop: number, mode: number): [Num, boolean] {
  if (drop > digits(c) + 1) {
    c = 1;
    drop = 2;
  }
  let q: Num;
  let twiceR: number; // compared with p: -1 below half, 0 half, 1 above half
  let qOdd: boolean;
  let qMod5: boolean;
  if (typeof c === "number" && drop <= 15) {
    const p = exactPow10(drop);
    const r = c % p;
    q = (c - r) / p;
    if (r === 0) return [q, false];
    twiceR = 2 * r === p ? 0 : 2 * r > p ? 1 : -1;
    qOdd = q % 2 === 1;
    qMod5 = q % 5 === 0;
  } else {
    const p = 10n ** BigInt(drop);
    const bc = big(c);
    const r = bc % p;
    const bq = bc / p;
    if (r === 0n) return [norm(bq), false];
    twiceR = 2n * r === p ? 0 : 2n * r > p ? 1 : -1;
    qOdd = (bq & 1n) === 1n;
    qMod5 = bq % 5n === 0n;
    q = norm(bq);
  }
  let up: boolean;
  switch (mode) {
    case 2: // ROUND_HALF_EVEN
      up = twiceR > 0 || (twiceR === 0 && qOdd);
      break;
    case 1: // ROUND_HALF_UP
      up = twiceR >= 0;
      break;
    case 6: // ROUND_HALF_DOWN
      up = twiceR > 0;
      break;
    case 0: // ROUND_DOWN
      up = false;
      break;
    case 5: // ROUND_UP
      up = true;
      break;
    case 3: // ROUND_CEILING
      up = sign === 0;
      break;
    case 4: // ROUND_FLOOR
      up = sign !== 0;
      break;
    default: // ROUND_05UP
      up = qMod5;
  }
  return [up ? addN(q, 1) : q, true];
}

// ---------------------------------------------------------------------------------------------
// State captured by install()

let DecimalType: PyType | null = null;
let cvModuleDict: PyDict | null = null;
let contextVar: PyObject | null = null;
let BIT_ROUNDED = 0;
let BIT_INEXACT = 0;
let pyAdd: PyObject | null = null;
let pySub: PyObject | null = null;
let pyMul: PyObject | null = null;
let pyQuantize: PyObject | null = null;
let pyNew: PyObject | null = null;
let ContextType: PyType | null = null;
let CvContextType: PyType | null = null;
let I_VALUES = 0;
// ob_slots indexes of Decimal's __slots__
let I_SIGN = 0;
let I_INT = 0;
let I_EXP = 0;
let I_KIND = 0;
// attribute names, made in install() (while a program runs, as CPython makes them at import)
let N_PREC: PyStr = null as unknown as PyStr;
let N_EMIN: PyStr = null as unknown as PyStr;
let N_EMAX: PyStr = null as unknown as PyStr;
let N_CLAMP: PyStr = null as unknown as PyStr;
let N_ST: PyStr = null as unknown as PyStr;
let N_FLAGS: PyStr = null as unknown as PyStr;
let N_TRAPS: PyStr = null as unknown as PyStr;
let N_ROUNDING: PyStr = null as unknown as PyStr;

/** The current decimal context (borrowed), or null when getcontext() would have to create it. */
function currentContext(): PyObject | null {
  const cur = PyDict_GetItemString(cvModuleDict!, "_current");
  if (cur === null || cur.ob_type !== CvContextType) return null;
  const values = cur.ob_slots![I_VALUES];
  if (values == null || values.ob_type !== PyDict_Type) return null;
  return PyDict_GetItem(values as PyDict, contextVar!);
}

/** Where each attribute the fast paths read sits in a decimal.Context's slots (its __slots__). */
const ctxSlot = new Map<PyStr, number>();

/** A small int attribute of the context, or null when it is not a plain int. */
function ctxInt(ctx: PyObject, name: PyStr): number | null {
  if (ctx.ob_type === ContextType) {
    const v = ctx.ob_slots![ctxSlot.get(name)!];
    return v != null && v.ob_type === PyInt_Type && typeof (v as PyInt).value === "number"
      ? ((v as PyInt).value as number)
      : null;
  }
  const v = PyObject_GetAttr(ctx, name);
  const r =
    v.ob_type === PyInt_Type && typeof (v as PyInt).value === "number"
      ? ((v as PyInt).value as number)
      : null;
  Py_DECREF(v);
  return r;
}

/** Index of the `_bits` slot in a signal dict (SignalDictMixin's only slot). */
let I_BITS = -1;
let SignalDictType: PyType | null = null;

/** The bits of an exact decimal.Context's flags (`_fl`) or traps (`_tr`) signal dict, or null. */
function signalBits(ctx: PyObject, name: PyStr): number | null {
  if (ctx.ob_type !== ContextType) return null;
  const d = ctx.ob_slots![ctxSlot.get(name)!];
  if (d == null) return null;
  if (SignalDictType === null) {
    // the mixin's slots come first: _bits is at the index its own slot list gives it
    const mixin = d.ob_type.tp_mro.find((t) => t.ht_slots?.includes("_bits") === true);
    if (mixin === undefined || mixin.tp_base?.ht_slots?.length) return null;
    SignalDictType = d.ob_type;
    I_BITS = mixin.ht_slots!.indexOf("_bits");
  }
  if (d.ob_type !== SignalDictType) return null;
  const v = d.ob_slots![I_BITS];
  return v != null && v.ob_type === PyInt_Type && typeof (v as PyInt).value === "number"
    ? ((v as PyInt).value as number)
    : null;
}

interface Ctx {
  prec: number;
  Emin: number;
  Emax: number;
  clamp: number;
  st: number;
}

/** The context's limits, or null (fall back) when they are not plain ints. */
function readCtx(ctx: PyObject): Ctx | null {
  const prec = ctxInt(ctx, N_PREC);
  const Emin = ctxInt(ctx, N_EMIN);
  const Emax = ctxInt(ctx, N_EMAX);
  const clamp = ctxInt(ctx, N_CLAMP);
  const st = ctxInt(ctx, N_ST);
  if (prec === null || Emin === null || Emax === null || clamp === null || st === null) return null;
  return { prec, Emin, Emax, clamp, st };
}

/** Whether a finite coefficient c (> 0) with exponent e fits the context as it is (_fix's first case). */
function fits(c: Num, e: number, k: Ctx): boolean {
  const nd = digits(c);
  const adj = e + nd - 1;
  return nd <= k.prec && k.Emin <= adj && adj <= k.Emax && (k.clamp === 0 || e <= k.Emax - k.prec + 1);
}

interface Parts {
  sign: number;
  c: Num;
  e: number;
}

/** sign, coefficient and exponent of a finite exact Decimal, or null. */
function parts(d: PyObject): Parts | null {
  if (d.ob_type !== DecimalType) return null;
  const s = d.ob_slots!;
  const kind = s[I_KIND] as PyInt | null;
  const sign = s[I_SIGN] as PyInt | null;
  const c = s[I_INT] as PyInt | null;
  const e = s[I_EXP] as PyInt | null;
  if (kind === null || sign === null || c === null || e === null) return null;
  if (kind.ob_type !== PyInt_Type || kind.value !== 0) return null;
  if (sign.ob_type !== PyInt_Type || c.ob_type !== PyInt_Type || e.ob_type !== PyInt_Type) return null;
  if (typeof e.value !== "number" || (sign.value !== 0 && sign.value !== 1)) return null;
  return { sign: sign.value as number, c: c.value, e: e.value };
}

function newDecimal(sign: number, c: Num, e: number): PyObject {
  const d = object_new(DecimalType!, [], null);
  const s = d.ob_slots!;
  s[I_SIGN] = PyInt_FromNumber(sign);
  s[I_INT] = typeof c === "number" ? PyInt_FromNumber(c) : PyInt_FromBigInt(c);
  s[I_EXP] = PyInt_FromNumber(e);
  s[I_KIND] = PyInt_FromNumber(0);
  return d;
}

function fallback(fn: PyObject, self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  return PyObject_Call(fn, [self, ...args], kwnames);
}

/** A zero with exponent e, when _fix would keep e as it is (no clamping), else null. */
function zeroResult(sign: number, e: number, k: Ctx): PyObject | null {
  const top = k.clamp !== 0 ? k.Emax - k.prec + 1 : k.Emax;
  if (e > top || e < k.Emin - k.prec + 1) return null;
  return newDecimal(sign, 0, e);
}

/** Whether the context rounds toward -Infinity (null: not a known rounding string). */
function roundsFloor(ctx: PyObject): boolean | null {
  const r = PyObject_GetAttr(ctx, N_ROUNDING);
  const m = r.ob_type === PyStr_Type ? ROUNDINGS.get((r as PyStr).value) : undefined;
  Py_DECREF(r);
  return m === undefined ? null : m === 4;
}

/** a + b (bsign: b's sign as added) as decimal.py's _add computes it, or null for the Python method. */
function addFast(a: Parts, b: Parts, bsign: number, k: Ctx, ctx: PyObject): PyObject | null {
  let ca = a.c;
  let ea = a.e;
  let asign = a.sign;
  let cb = b.c;
  let eb = b.e;
  if (ea < eb) {
    [ca, ea, cb, eb] = [cb, eb, ca, ea];
    [asign, bsign] = [bsign, asign];
  }
  // now ea >= eb (_add_finite)
  const zeroA = ca === 0 || ca === 0n;
  const zeroB = cb === 0 || cb === 0n;
  if (zeroA && zeroB) {
    let sign = asign;
    if (asign !== bsign) {
      const floor = roundsFloor(ctx);
      if (floor === null) return null;
      sign = floor ? 1 : 0;
    }
    return zeroResult(sign, eb, k);
  }
  if (zeroB) {
    const e = Math.max(eb, Math.min(ea, ea + digits(ca) - k.prec - 2));
    if (ea - e > 400) return null;
    const c = ea === e ? ca : mulN(ca, pow10(ea - e));
    return fits(c, e, k) ? newDecimal(asign, c, e) : null;
  }
  if (zeroA) return fits(cb, eb, k) ? newDecimal(bsign, cb, eb) : null;
  if (ea !== eb) {
    // b wholly below a's rounding digit takes the general path
    const adjA = ea + digits(ca) - 1;
    const low = Math.min(ea, adjA - k.prec) - 2;
    if (eb + digits(cb) - 1 < low) return null;
    if (ea - eb > 400) return null;
    ca = mulN(ca, pow10(ea - eb));
  }
  const s = addN(asign ? negN(ca) : ca, bsign ? negN(cb) : cb);
  if (s === 0 || s === 0n) {
    const floor = roundsFloor(ctx);
    return floor === null ? null : zeroResult(floor ? 1 : 0, eb, k);
  }
  const neg = isNeg(s);
  const c = neg ? negN(s) : s;
  if (!fits(c, eb, k)) return null;
  return newDecimal(neg ? 1 : 0, c, eb);
}

function addImpl(self: PyObject, args: PyObject[], kwnames: string[] | null, sub: boolean): PyObject {
  const fn = sub ? pySub! : pyAdd!;
  if (kwnames !== null || args.length !== 1) return fallback(fn, self, args, kwnames);
  const a = parts(self);
  const b = a === null ? null : parts(args[0]!);
  if (b === null) return fallback(fn, self, args, kwnames);
  const ctx = currentContext();
  const k = ctx === null ? null : readCtx(ctx);
  if (k === null || k.st !== 0) return fallback(fn, self, args, kwnames);
  const r = addFast(a!, b, sub ? 1 - b.sign : b.sign, k, ctx!);
  return r ?? fallback(fn, self, args, kwnames);
}

function mulImpl(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null || args.length !== 1) return fallback(pyMul!, self, args, kwnames);
  const a = parts(self);
  const b = a === null ? null : parts(args[0]!);
  if (b === null) return fallback(pyMul!, self, args, kwnames);
  const ctx = currentContext();
  const k = ctx === null ? null : readCtx(ctx);
  if (k === null || k.st !== 0) return fallback(pyMul!, self, args, kwnames);
  const c = mulN(a!.c, b.c);
  const e = a!.e + b.e;
  if (c === 0 || c === 0n) return zeroResult(a!.sign ^ b.sign, e, k) ?? fallback(pyMul!, self, args, kwnames);
  if (!fits(c, e, k)) return fallback(pyMul!, self, args, kwnames);
  return newDecimal(a!.sign ^ b.sign, c, e);
}

function quantizeImpl(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nk = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nk;
  if (args.length > 3) {
    // _decimal's PyArg_ParseTupleAndKeywords("O|OO") message
    raise(PyExc_TypeError, `function takes at most 3 arguments (${args.length} given)`);
  }
  if (npos < 1 || npos > 2) return fallback(pyQuantize!, self, args, kwnames);
  let rounding: PyObject | null = npos === 2 ? args[1]! : null;
  for (let i = 0; i < nk; i++) {
    if (kwnames![i] !== "rounding" || npos === 2) return fallback(pyQuantize!, self, args, kwnames);
    rounding = args[npos + i]!;
  }
  if (rounding === Py_None) rounding = null;
  let mode = -1;
  if (rounding !== null) {
    const m = rounding.ob_type === PyStr_Type ? ROUNDINGS.get((rounding as PyStr).value) : undefined;
    if (m === undefined) return fallback(pyQuantize!, self, args, kwnames);
    mode = m;
  }
  const a = parts(self);
  const b = a === null ? null : parts(args[0]!);
  if (b === null || a!.c === 0) return fallback(pyQuantize!, self, args, kwnames);
  const ctx = currentContext();
  const k = ctx === null ? null : readCtx(ctx);
  if (k === null) return fallback(pyQuantize!, self, args, kwnames);
  const e = b.e;
  const se = a!.e;
  const c = a!.c;
  if (!(k.Emin - k.prec + 1 <= e && e <= k.Emax)) return fallback(pyQuantize!, self, args, kwnames);
  const adj = se + digits(c) - 1;
  if (!(adj <= k.Emax && adj - e < k.prec)) return fallback(pyQuantize!, self, args, kwnames);
  let q: Num;
  let inexact = false;
  if (se >= e) {
    q = mulN(c, pow10(se - e));
  } else {
    if (mode < 0) {
      const r = PyObject_GetAttr(ctx!, N_ROUNDING);
      const m = r.ob_type === PyStr_Type ? ROUNDINGS.get((r as PyStr).value) : undefined;
      Py_DECREF(r);
      if (m === undefined) return fallback(pyQuantize!, self, args, kwnames);
      mode = m;
    }
    [q, inexact] = roundInt(a!.sign, c, e - se, mode);
  }
  if (q === 0 || q === 0n) {
    // _fix keeps a zero's exponent when it lies within the limits (checked above) unless clamped
    if (k.clamp !== 0 && e > k.Emax - k.prec + 1) return fallback(pyQuantize!, self, args, kwnames);
  } else if (!fits(q, e, k)) {
    return fallback(pyQuantize!, self, args, kwnames);
  }
  const st = e > se ? (inexact ? BIT_ROUNDED | BIT_INEXACT : BIT_ROUNDED) : 0;
  const total = k.st | st;
  if (total !== 0) {
    // a context's flags and traps are the bits its two signal dicts hold
    const flagDict = ctx!.ob_type === ContextType ? ctx!.ob_slots![ctxSlot.get(N_FLAGS)!] : null;
    const traps = signalBits(ctx!, N_TRAPS);
    const flags = signalBits(ctx!, N_FLAGS);
    if (traps === null || flags === null || (total & traps) !== 0)
      return fallback(pyQuantize!, self, args, kwnames);
    const zero = PyInt_FromNumber(0);
    PyObject_SetAttr(ctx!, N_ST, zero);
    Py_DECREF(zero);
    const slots = flagDict!.ob_slots!;
    const old = slots[I_BITS];
    slots[I_BITS] = PyInt_FromNumber(flags | total);
    Py_XDECREF(old);
  }
  return newDecimal(a!.sign, q, e);
}

/** Decimal.__new__(cls, value) for an exact int value; anything else is the Python __new__'s. */
function newImpl(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames === null && args.length === 2 && args[0] === DecimalType) {
    const v = args[1]!;
    if (v.ob_type === PyInt_Type) {
      const n = (v as PyInt).value;
      const neg = n < 0;
      return newDecimal(neg ? 1 : 0, neg ? negN(n) : n, 0);
    }
  }
  return PyObject_Call(pyNew!, args, kwnames);
}

function setMethod(
  type: PyType,
  name: string,
  impl: (self: PyObject, args: PyObject[], kw: string[] | null) => PyObject,
): void {
  const def: MethodDef = { name, impl: (self, args, kw) => impl(self!, args, kw) };
  const d = new PyMethodDescr(PyMethodDescr_Type, type, def);
  allocateObject(d, 72);
  PyObject_SetAttr(type, PyStr_InternImmortal(name), d);
  Py_DECREF(d);
}

function install(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null || args.length !== 6) raise(PyExc_TypeError, "install() takes 6 arguments");
  const [type, context, cvmod, cvar, rounded, inexact] = args as [
    PyType,
    PyType,
    PyModule,
    PyObject,
    PyInt,
    PyInt,
  ];
  const dict = type.tp_dict!;
  const slots = type.ht_slots;
  const cvContext = PyDict_GetItemString(cvmod.md_dict, "Context") as PyType | null;
  const cvSlots = cvContext?.ht_slots ?? null;
  if (
    slots === null ||
    type.tp_base?.tp_base != null ||
    cvSlots === null ||
    cvContext!.tp_base?.tp_base != null
  ) {
    return Py_NewRef(Py_None);
  }
  N_PREC = PyStr_InternImmortal("_prec");
  N_EMIN = PyStr_InternImmortal("_Emin");
  N_EMAX = PyStr_InternImmortal("_Emax");
  N_CLAMP = PyStr_InternImmortal("_clamp");
  N_ST = PyStr_InternImmortal("_st");
  N_FLAGS = PyStr_InternImmortal("_fl");
  N_TRAPS = PyStr_InternImmortal("_tr");
  N_ROUNDING = PyStr_InternImmortal("_rounding");
  // decimal.Context keeps them in its __slots__ (the C struct's fields)
  const ctxSlots = context.ht_slots;
  if (ctxSlots === null || context.tp_base?.ht_slots?.length) return Py_NewRef(Py_None);
  for (const n of [N_PREC, N_EMIN, N_EMAX, N_CLAMP, N_ST, N_FLAGS, N_TRAPS, N_ROUNDING]) {
    const i = ctxSlots.indexOf(n.value);
    if (i < 0) return Py_NewRef(Py_None);
    ctxSlot.set(n, i);
  }
  ContextType = context;
  CvContextType = cvContext;
  I_VALUES = cvSlots.indexOf("_values");
  const get = (name: string): PyObject => Py_NewRef(PyDict_GetItemString(dict, name)!);
  DecimalType = type;
  cvModuleDict = Py_NewRef(cvmod.md_dict);
  contextVar = Py_NewRef(cvar);
  BIT_ROUNDED = rounded.value as number;
  BIT_INEXACT = inexact.value as number;
  I_SIGN = slots.indexOf("_sign");
  I_INT = slots.indexOf("_int");
  I_EXP = slots.indexOf("_exp");
  I_KIND = slots.indexOf("_kind");
  pyAdd = get("__add__");
  pySub = get("__sub__");
  pyMul = get("__mul__");
  pyQuantize = get("quantize");
  const sm = get("__new__");
  pyNew = PyObject_GetAttr(sm, PyStr_InternImmortal("__func__"));
  Py_DECREF(sm);
  setMethod(type, "__add__", (s, a, k) => addImpl(s, a, k, false));
  setMethod(type, "__sub__", (s, a, k) => addImpl(s, a, k, true));
  setMethod(type, "__mul__", mulImpl);
  setMethod(type, "quantize", quantizeImpl);
  const f = PyCFunction_New({ name: "__new__", impl: newImpl }, null, "decimal");
  const wrapped = PyStaticMethod_New(f);
  Py_DECREF(f);
  PyObject_SetAttr(type, PyStr_InternImmortal("__new__"), wrapped);
  Py_DECREF(wrapped);
  return Py_NewRef(Py_None);
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "install",
    impl: install,
    doc: "install(Decimal, Context, contextvars, var, ROUNDED, INEXACT): native fast paths on Decimal.",
  },
];

export function registerDecimalAccelModule(): void {
  registerFunctionModule("_decimal_accel", FUNCTIONS);
}
