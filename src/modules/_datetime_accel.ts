/**
 * `_datetime_accel`: native fast paths for lib/datetime.py's hottest operations (CPython runs
 * datetime in C as `_datetime`; ours is Python, where one `dt + td` costs a hundred bytecodes).
 *
 * `install(timedelta, date, datetime, timezone, tzinfo, globals)` replaces methods of the
 * classes with native ones that answer the common case -- operands of exactly the module's types
 * (never a subclass), fields that are plain ints, results in range -- and otherwise call the
 * Python method they replaced with the same arguments, before changing anything. So every
 * error, every subclass result and every unusual argument is the Python implementation's; the
 * native code only answers where that implementation would build its result directly. The
 * module helpers `_ordinal` / `_from_ordinal` / `_td_from_us` in `globals` are replaced the same way.
 *
 * Instances keep their `__slots__` (`_year`, `_days`, ...): the native code reads and writes
 * `ob_slots` at the indexes of those member descriptors. datetime declares the date fields
 * again (as CPython's Python datetime does), so a datetime's `_year` has its own index.
 *
 * The classes are declared with CPython's struct sizes (`_stdlib_helpers.c_layout`), so the
 * ints this code stores in the slots are the struct's C fields: `fieldInt` makes them without
 * an allocation (tracemalloc, gc counts and id() never see them), and the public getters
 * (`d.year`, `td.days`) and `__hash__` return a new int each time, as the C getters do.
 */

import { heap } from "../memory/heap.js";
import { PyObject_Call, PyObject_Hash, PyObject_SetAttr } from "../objects/abstract.js";
import { PyBytes_FromBytes } from "../objects/bytes.js";
import { PyCallableWrapper } from "../objects/classmethod.js";
import { type PyDict, PyDict_GetItemString, PyDict_SetItemString } from "../objects/dict.js";
import { PyExc_TypeError, raise } from "../objects/exceptions.js";
import {
  Py_False,
  Py_True,
  PyInt,
  PyInt_FromBigInt,
  PyInt_FromNumber,
  PyInt_FromValue,
  PyInt_Type,
} from "../objects/int.js";
import { type GetSetDef, type MethodDef, PyMethodDescr, PyMethodDescr_Type } from "../objects/methods.js";
import { Py_None } from "../objects/none.js";
import { allocateObject, Py_DECREF, Py_INCREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { type PyStr, PyStr_FromString, PyStr_InternImmortal, PyStr_Type } from "../objects/str.js";
import { PyTuple_New } from "../objects/tuple.js";
import { PyType, PyType_IsSubtype, PyType_Type } from "../objects/type.js";
import { object_new, PyGetSetDescr, PyGetSetDescr_Type, PyMemberDescr_Type } from "../objects/typeobject.js";
import { registerFunctionModule } from "./importlib.js";

type Impl = (self: PyObject, args: PyObject[], kw: string[] | null) => PyObject;

const MAX_ORDINAL = 3652059;
const US_PER_DAY = 86400 * 1000000;
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

function monthLength(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m]!;
}

/** Days since 0001-01-01 (day 1); y, m, d plain numbers with 1 <= m <= 12. */
function ymdToOrd(y: number, m: number, d: number): number {
  const p = y - 1;
  return (
    p * 365 +
    Math.floor(p / 4) -
    Math.floor(p / 100) +
    Math.floor(p / 400) +
    DAYS_BEFORE_MONTH[m]! +
    (m > 2 && isLeap(y) ? 1 : 0) +
    d
  );
}

/** (year, month, day) of ordinal 1 <= n <= MAX_ORDINAL (CPython's ord_to_ymd). */
function ordToYmd(n: number): [number, number, number] {
  n -= 1;
  const n400 = Math.floor(n / 146097);
  n -= n400 * 146097;
  const n100 = Math.floor(n / 36524);
  n -= n100 * 36524;
  const n4 = Math.floor(n / 1461);
  n -= n4 * 1461;
  const n1 = Math.floor(n / 365);
  n -= n1 * 365;
  const year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1;
  if (n1 === 4 || n100 === 4) return [year - 1, 12, 31];
  const leap = n1 === 3 && (n4 !== 24 || n100 === 3) ? 1 : 0;
  let month = (n + 50) >> 5;
  let before = DAYS_BEFORE_MONTH[month]! + (month > 2 ? leap : 0);
  if (before > n) {
    month -= 1;
    before = DAYS_BEFORE_MONTH[month]! + (month > 2 ? leap : 0);
  }
  return [year, month, n - before + 1];
}

/** The value of a plain int holding a safe integer, else null. */
function num(o: PyObject | null | undefined): number | null {
  if (o == null || o.ob_type !== PyInt_Type) return null;
  const v = (o as PyInt).value;
  return typeof v === "number" ? v : null;
}

/**
 * An int kept as a C field of a date/time struct: a small int is the shared one; any other is an
 * object with no allocator block (a C struct holds the number itself, not an int object).
 */
function fieldInt(v: number | bigint): PyInt {
  if (typeof v === "number" && v >= -5 && v <= 256) return PyInt_FromNumber(v);
  return new PyInt(PyInt_Type, v);
}

/** What a C getter returns for a field: a new int (shared when small); other values as they are. */
function fieldValue(v: PyObject): PyObject {
  return v.ob_type === PyInt_Type ? PyInt_FromValue((v as PyInt).value) : Py_NewRef(v);
}

function bool(b: boolean): PyObject {
  return b ? Py_True : Py_False;
}

// ---------------------------------------------------------------------------------------------
// State captured by install()

let TD: PyType | null = null;
let DATE: PyType | null = null;
let DT: PyType | null = null;
let TZ: PyType | null = null;
let TZINFO: PyType | null = null;
const py = new Map<string, PyObject>(); // replaced Python methods, by "class.name"
// ob_slots indexes
let TD_D = 0;
let TD_S = 0;
let TD_U = 0;
let TD_H = 0;
let D_Y = 0;
let D_M = 0;
let D_D = 0;
let D_H = 0;
let DT_Y = 0;
let DT_M = 0;
let DT_D = 0;
let DT_H = 0;
let DT_HH = 0;
let DT_MM = 0;
let DT_SS = 0;
let DT_US = 0;
let DT_TZ = 0;
let DT_FOLD = 0;
let TZ_OFF = 0;
/** lib/datetime.py's time and its slot indexes (null until install finds them). */
let TIME: PyType | null = null;
const T_SLOT = { hh: 0, mm: 0, ss: 0, us: 0, tz: 0, fold: 0, hash: 0 };

function fallback(key: string, self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const fn = py.get(key)!;
  return PyObject_Call(fn, self === null ? args : [self, ...args], kw);
}

/** Fields of an exact timedelta: [days, seconds, microseconds], or null. */
function tdFields(o: PyObject): [number, number, number] | null {
  if (o.ob_type !== TD) return null;
  const s = o.ob_slots!;
  const d = num(s[TD_D]);
  const sec = num(s[TD_S]);
  const us = num(s[TD_U]);
  if (d === null || sec === null || us === null) return null;
  return [d, sec, us];
}

/** A new exact timedelta of days + us (any safe us), or null when out of range. */
function newTD(days: number, us: number): PyObject | null {
  let q = Math.floor(us / US_PER_DAY);
  let r = us - q * US_PER_DAY;
  if (r < 0) {
    q -= 1;
    r += US_PER_DAY;
  } else if (r >= US_PER_DAY) {
    q += 1;
    r -= US_PER_DAY;
  }
  days += q;
  if (!Number.isSafeInteger(days) || days < -999999999 || days > 999999999) return null;
  const sec = Math.floor(r / 1000000);
  const o = object_new(TD!, [], null);
  const s = o.ob_slots!;
  s[TD_D] = fieldInt(days);
  s[TD_S] = fieldInt(sec);
  s[TD_U] = fieldInt(r - sec * 1000000);
  s[TD_H] = PyInt_FromNumber(-1);
  return o;
}

/** Fields of an exact date or datetime: [y, m, d], or null. */
function dateFields(o: PyObject): [number, number, number] | null {
  const s = o.ob_slots;
  if (s === undefined) return null;
  const dt = o.ob_type === DT;
  const y = num(s[dt ? DT_Y : D_Y]);
  const m = num(s[dt ? DT_M : D_M]);
  const d = num(s[dt ? DT_D : D_D]);
  if (y === null || m === null || d === null || m < 1 || m > 12) return null;
  return [y, m, d];
}

function newDate(y: number, m: number, d: number): PyObject {
  const o = object_new(DATE!, [], null);
  const s = o.ob_slots!;
  s[D_Y] = fieldInt(y);
  s[D_M] = fieldInt(m);
  s[D_D] = fieldInt(d);
  s[D_H] = PyInt_FromNumber(-1);
  return o;
}

interface DtFields {
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
  ss: number;
  us: number;
  fold: number;
  tz: PyObject;
}

/** Fields of an exact datetime, or null. */
function dtFields(o: PyObject): DtFields | null {
  if (o.ob_type !== DT) return null;
  const ymd = dateFields(o);
  if (ymd === null) return null;
  const s = o.ob_slots!;
  const hh = num(s[DT_HH]);
  const mm = num(s[DT_MM]);
  const ss = num(s[DT_SS]);
  const us = num(s[DT_US]);
  const fold = num(s[DT_FOLD]);
  const tz = s[DT_TZ] ?? null;
  if (hh === null || mm === null || ss === null || us === null || fold === null || tz === null) return null;
  return { y: ymd[0], m: ymd[1], d: ymd[2], hh, mm, ss, us, fold, tz };
}

function newDatetime(
  y: number,
  m: number,
  d: number,
  hh: number,
  mm: number,
  ss: number,
  us: number,
  tz: PyObject,
  fold: number,
): PyObject {
  const o = object_new(DT!, [], null);
  const s = o.ob_slots!;
  s[DT_Y] = fieldInt(y);
  s[DT_M] = fieldInt(m);
  s[DT_D] = fieldInt(d);
  s[DT_H] = PyInt_FromNumber(-1);
  s[DT_HH] = PyInt_FromNumber(hh);
  s[DT_MM] = PyInt_FromNumber(mm);
  s[DT_SS] = PyInt_FromNumber(ss);
  s[DT_US] = fieldInt(us);
  s[DT_TZ] = Py_NewRef(tz);
  s[DT_FOLD] = PyInt_FromNumber(fold);
  if (tz === Py_None) shrinkNaive(o);
  return o;
}

/**
 * datetime_alloc / time_alloc: a naive datetime's or time's block has no room for the tzinfo
 * pointer (8 bytes less than the basicsize sys.getsizeof reports); pymalloc keeps it in place.
 */
function shrinkNaive(o: PyObject): void {
  o.ob_addr = heap.allocator.realloc(o.ob_addr, o.ob_size_alloc, o.ob_size_alloc - 8);
  o.ob_size_alloc -= 8;
}

/**
 * A constructor's arguments (after the class) placed by position, then by keyword among `names`;
 * null when a keyword is unknown or given twice (the Python path then raises CPython's error).
 */
function argumentsByName(
  args: PyObject[],
  npos: number,
  kw: string[] | null,
  names: readonly string[],
): (PyObject | null)[] | null {
  const vals: (PyObject | null)[] = names.map(() => null);
  for (let i = 0; i < args.length - 1; i++) {
    const idx = i < npos ? i : names.indexOf(kw![i - npos]!);
    if (idx < 0 || vals[idx] !== null) return null;
    vals[idx] = args[i + 1]!;
  }
  return vals;
}

/** The ranges time() and datetime() accept for hour, minute, second, microsecond and fold. */
function timeOfDayInRange(hh: number, mm: number, ss: number, us: number, fold: number): boolean {
  return (
    hh >= 0 &&
    hh <= 23 &&
    mm >= 0 &&
    mm <= 59 &&
    ss >= 0 &&
    ss <= 59 &&
    us >= 0 &&
    us <= 999999 &&
    (fold === 0 || fold === 1)
  );
}

const TIME_ARGS = ["hour", "minute", "second", "microsecond", "tzinfo", "fold"];

/** time(...) of exact type with in-range int fields (the C constructor allocates no other object). */
function timeNewImpl(_m: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - 1 - nkw;
  if (args[0] === TIME && npos <= 5) {
    const vals = argumentsByName(args, npos, kw, TIME_ARGS);
    const n = (vals ?? []).map((v, i) => (i === 4 ? 0 : v === null ? 0 : num(v)));
    const tz = vals?.[4] ?? Py_None;
    const [hh, mm, ss, us, , fold] = n;
    if (
      vals !== null &&
      n.every((v) => v !== null) &&
      timeOfDayInRange(hh!, mm!, ss!, us!, fold!) &&
      isTzinfoOrNone(tz)
    ) {
      const o = object_new(TIME!, [], null);
      const s = o.ob_slots!;
      s[T_SLOT.hash] = PyInt_FromNumber(-1);
      s[T_SLOT.hh] = PyInt_FromNumber(hh!);
      s[T_SLOT.mm] = PyInt_FromNumber(mm!);
      s[T_SLOT.ss] = PyInt_FromNumber(ss!);
      s[T_SLOT.us] = fieldInt(us!);
      s[T_SLOT.tz] = Py_NewRef(tz);
      s[T_SLOT.fold] = PyInt_FromNumber(fold!);
      if (tz === Py_None) shrinkNaive(o);
      return o;
    }
  }
  return fallback("time.__new__", null, args, kw);
}

/** datetime at ordinal `days` plus `us` microseconds (any safe value), or null when out of range. */
function dtFromDaysUs(days: number, us: number, tz: PyObject): PyObject | null {
  let q = Math.floor(us / US_PER_DAY);
  let r = us - q * US_PER_DAY;
  if (r < 0) {
    q -= 1;
    r += US_PER_DAY;
  } else if (r >= US_PER_DAY) {
    q += 1;
    r -= US_PER_DAY;
  }
  days += q;
  if (!(days > 0 && days <= MAX_ORDINAL)) return null;
  const [y, m, d] = ordToYmd(days);
  const secs = Math.floor(r / 1000000);
  const micro = r - secs * 1000000;
  const hh = Math.floor(secs / 3600);
  const rest = secs - hh * 3600;
  const mm = Math.floor(rest / 60);
  return newDatetime(y, m, d, hh, mm, rest - mm * 60, micro, tz, 0);
}

function cmpNums(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! !== b[i]!) return a[i]! < b[i]! ? -1 : 1;
  }
  return 0;
}

function opResult(c: number, op: string): PyObject {
  switch (op) {
    case "__eq__":
      return bool(c === 0);
    case "__ne__":
      return bool(c !== 0);
    case "__lt__":
      return bool(c < 0);
    case "__le__":
      return bool(c <= 0);
    case "__gt__":
      return bool(c > 0);
    default:
      return bool(c >= 0);
  }
}

const COMPARISONS = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];

/** hash(bytes(values)), as the Python implementation computes date/datetime hashes. */
function bytesHash(values: number[]): PyObject {
  const b = PyBytes_FromBytes(Uint8Array.from(values));
  const h = PyObject_Hash(b);
  Py_DECREF(b);
  return typeof h === "number" ? PyInt_FromNumber(h) : PyInt_FromBigInt(h);
}

/** The cached `_hashcode` slot if set, else null. */
function cachedHash(self: PyObject): PyObject | null {
  const h = self.ob_slots![self.ob_type === TD ? TD_H : self.ob_type === DT ? DT_H : D_H] ?? null;
  if (h === null || num(h) === -1) return null;
  return fieldValue(h);
}

/** Caches the hash `h` (a new reference, returned) in the `_hashcode` field. */
function storeHash(self: PyObject, index: number, h: PyObject): PyObject {
  const s = self.ob_slots!;
  const old = s[index] ?? null;
  s[index] = fieldInt((h as PyInt).value);
  if (old !== null) Py_DECREF(old);
  return h;
}

// ---------------------------------------------------------------------------------------------
// module helpers

function ordinalImpl(_m: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  if (kw === null && args.length === 3) {
    const y = num(args[0]);
    const m = num(args[1]);
    const d = num(args[2]);
    if (
      y !== null &&
      m !== null &&
      d !== null &&
      m >= 1 &&
      m <= 12 &&
      Math.abs(y) < 1e9 &&
      Math.abs(d) < 1e9
    ) {
      return PyInt_FromNumber(ymdToOrd(y, m, d));
    }
  }
  return fallback("_ordinal", null, args, kw);
}

function fromOrdinalImpl(_m: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  if (kw === null && args.length === 1) {
    const n = num(args[0]);
    if (n !== null && n >= 1 && n <= MAX_ORDINAL) {
      const [y, m, d] = ordToYmd(n);
      return PyTuple_New([PyInt_FromNumber(y), PyInt_FromNumber(m), PyInt_FromNumber(d)]);
    }
  }
  return fallback("_from_ordinal", null, args, kw);
}

// ---------------------------------------------------------------------------------------------
// timedelta

const TD_ARGS = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];
// microseconds per unit of the last five arguments (days and weeks count days)
const TD_US_FACTORS = [1000000, 1, 1000, 60000000, 3600000000];

function tdNewImpl(_m: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - 1 - nkw;
  if (args[0] === TD && npos <= 7) {
    const vals = [0, 0, 0, 0, 0, 0, 0];
    const seen = [false, false, false, false, false, false, false];
    let ok = true;
    for (let i = 0; i < args.length - 1 && ok; i++) {
      const idx = i < npos ? i : TD_ARGS.indexOf(kw![i - npos]!);
      const v = idx < 0 || seen[idx] ? null : num(args[i + 1]);
      if (v === null) ok = false;
      else {
        seen[idx] = true;
        vals[idx] = v;
      }
    }
    if (ok) {
      let days = vals[6]! * 7;
      let us = 0;
      const terms = [vals[1]!, vals[2]!, vals[3]!, vals[4]!, vals[5]!];
      for (let i = 0; i < 5 && ok; i++) {
        const t = terms[i]! * TD_US_FACTORS[i]!;
        us += t;
        if (!Number.isSafeInteger(t) || !Number.isSafeInteger(us)) ok = false;
      }
      days += vals[0]!;
      if (ok && Number.isSafeInteger(days)) {
        const r = newTD(days, us);
        if (r !== null) return r;
      }
    }
  }
  return fallback("timedelta.__new__", null, args, kw);
}

function tdFromUsImpl(_m: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  // _td_from_us(cls, us)
  if (kw === null && args.length === 2 && args[0] === TD) {
    const us = num(args[1]);
    if (us !== null) {
      const r = newTD(0, us);
      if (r !== null) return r;
    }
  }
  return fallback("_td_from_us", null, args, kw);
}

function tdBinary(name: string, sign: number, reflected: boolean): Impl {
  const key = `timedelta.${name}`;
  return (self, args, kw) => {
    if (kw === null && args.length === 1) {
      const a = tdFields(self);
      const b = a === null ? null : tdFields(args[0]!);
      if (b !== null) {
        const [x, y] = reflected ? [b, a!] : [a!, b];
        const r = newTD(x[0] + sign * y[0], (x[1] + sign * y[1]) * 1000000 + x[2] + sign * y[2]);
        if (r !== null) return r;
      }
    }
    return fallback(key, self, args, kw);
  };
}

function tdNeg(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const a = args.length === 0 && kw === null ? tdFields(self) : null;
  const r = a === null ? null : newTD(-a[0], -(a[1] * 1000000 + a[2]));
  return r ?? fallback("timedelta.__neg__", self, args, kw);
}

/**
 * The rich comparison `op` of class `cls`: native when `keysOf` gives both operands' comparison
 * keys (exact values of a kind it knows), else the Python method.
 */
function comparison(cls: string, keysOf: (a: PyObject, b: PyObject) => [number[], number[]] | null) {
  return (op: string): Impl => {
    const key = `${cls}.${op}`;
    return (self, args, kw) => {
      const keys = kw === null && args.length === 1 ? keysOf(self, args[0]!) : null;
      return keys === null ? fallback(key, self, args, kw) : opResult(cmpNums(keys[0], keys[1]), op);
    };
  };
}

/** Both operands' fields as comparison keys, when `fieldsOf` knows both. */
function bothFields(fieldsOf: (o: PyObject) => number[] | null) {
  return (a: PyObject, b: PyObject): [number[], number[]] | null => {
    const x = fieldsOf(a);
    const y = x === null ? null : fieldsOf(b);
    return y === null ? null : [x!, y];
  };
}

const tdCompare = comparison("timedelta", bothFields(tdFields));

function tdHash(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const a = args.length === 0 && kw === null ? tdFields(self) : null;
  if (a === null) return fallback("timedelta.__hash__", self, args, kw);
  const cached = cachedHash(self);
  if (cached !== null) return cached;
  const t = PyTuple_New([PyInt_FromNumber(a[0]), PyInt_FromNumber(a[1]), PyInt_FromNumber(a[2])]);
  const h = PyObject_Hash(t);
  Py_DECREF(t);
  return storeHash(self, TD_H, typeof h === "number" ? PyInt_FromNumber(h) : PyInt_FromBigInt(h));
}

function tdBool(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const a = args.length === 0 && kw === null ? tdFields(self) : null;
  if (a === null) return fallback("timedelta.__bool__", self, args, kw);
  return bool(a[0] !== 0 || a[1] !== 0 || a[2] !== 0);
}

// ---------------------------------------------------------------------------------------------
// date

/** Fields of an exact date (not a datetime). */
function exactDate(o: PyObject): [number, number, number] | null {
  return o.ob_type === DATE ? dateFields(o) : null;
}

function dateNewImpl(_m: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  if (kw === null && args.length === 4 && args[0] === DATE) {
    const y = num(args[1]);
    const m = num(args[2]);
    const d = num(args[3]);
    if (y !== null && m !== null && d !== null && y >= 1 && y <= 9999 && m >= 1 && m <= 12) {
      if (d >= 1 && d <= monthLength(y, m)) return newDate(y, m, d);
    }
  }
  return fallback("date.__new__", null, args, kw);
}

/** toordinal / weekday / isoweekday for an exact date or datetime. */
function dateOrdinalMethod(name: string, f: (n: number) => number): Impl {
  const key = `date.${name}`;
  return (self, args, kw) => {
    if (kw === null && args.length === 0 && (self.ob_type === DATE || self.ob_type === DT)) {
      const ymd = dateFields(self);
      if (ymd !== null) return PyInt_FromNumber(f(ymdToOrd(ymd[0], ymd[1], ymd[2])));
    }
    return fallback(key, self, args, kw);
  };
}

function dateAdd(name: string): Impl {
  const key = `date.${name}`;
  return (self, args, kw) => {
    if (kw === null && args.length === 1) {
      const a = exactDate(self);
      const b = a === null ? null : tdFields(args[0]!);
      if (b !== null) {
        const n = ymdToOrd(a![0], a![1], a![2]) + b[0];
        if (n > 0 && n <= MAX_ORDINAL) {
          const [y, m, d] = ordToYmd(n);
          return newDate(y, m, d);
        }
      }
    }
    return fallback(key, self, args, kw);
  };
}

function dateSub(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  if (kw === null && args.length === 1) {
    const a = exactDate(self);
    if (a !== null) {
      const other = args[0]!;
      const n = ymdToOrd(a[0], a[1], a[2]);
      const t = tdFields(other);
      if (t !== null) {
        const k = n - t[0];
        if (k > 0 && k <= MAX_ORDINAL) {
          const [y, m, d] = ordToYmd(k);
          return newDate(y, m, d);
        }
      } else {
        const b = exactDate(other);
        if (b !== null) {
          const r = newTD(n - ymdToOrd(b[0], b[1], b[2]), 0);
          if (r !== null) return r;
        }
      }
    }
  }
  return fallback("date.__sub__", self, args, kw);
}

const dateCompare = comparison("date", bothFields(exactDate));

function dateHash(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const a = args.length === 0 && kw === null ? exactDate(self) : null;
  if (a === null) return fallback("date.__hash__", self, args, kw);
  const cached = cachedHash(self);
  if (cached !== null) return cached;
  const [y, m, d] = a;
  if (y < 0 || y > 0xffff) return fallback("date.__hash__", self, args, kw);
  return storeHash(self, D_H, bytesHash([y >> 8, y & 255, m, d]));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function dateIso(self: PyObject, args: PyObject[], kw: string[] | null, key: string): PyObject {
  const a = args.length === 0 && kw === null ? exactDate(self) : null;
  if (a === null || a[0] < 0) return fallback(key, self, args, kw);
  return PyStr_FromString(`${pad(a[0], 4)}-${pad(a[1], 2)}-${pad(a[2], 2)}`);
}

// ---------------------------------------------------------------------------------------------
// datetime

const DT_ARGS = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"];

function isTzinfoOrNone(tz: PyObject): boolean {
  if (tz === Py_None || tz.ob_type === TZ) return true;
  for (const t of tz.ob_type.tp_mro) if (t === TZINFO) return true;
  return false;
}

function dtNewImpl(_m: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - 1 - nkw;
  if (args[0] === DT && npos <= 8) {
    const vals = argumentsByName(args, npos, kw, DT_ARGS);
    if (vals !== null && vals[0] !== null && vals[1] !== null && vals[2] !== null) {
      const n = vals.map((v, i) => (i === 7 ? 0 : v === null ? 0 : num(v)));
      const tz = vals[7] ?? Py_None;
      const [y, m, d, hh, mm, ss, us, , fold] = n;
      if (
        n.every((v) => v !== null) &&
        y! >= 1 &&
        y! <= 9999 &&
        m! >= 1 &&
        m! <= 12 &&
        d! >= 1 &&
        d! <= monthLength(y!, m!) &&
        timeOfDayInRange(hh!, mm!, ss!, us!, fold!) &&
        isTzinfoOrNone(tz)
      ) {
        return newDatetime(y!, m!, d!, hh!, mm!, ss!, us!, tz, fold!);
      }
    }
  }
  return fallback("datetime.__new__", null, args, kw);
}

function dtUsOfDay(a: DtFields): number {
  return ((a.hh * 60 + a.mm) * 60 + a.ss) * 1000000 + a.us;
}

function dtAdd(name: string): Impl {
  const key = `datetime.${name}`;
  return (self, args, kw) => {
    if (kw === null && args.length === 1) {
      const a = dtFields(self);
      const b = a === null ? null : tdFields(args[0]!);
      if (b !== null) {
        const r = dtFromDaysUs(
          ymdToOrd(a!.y, a!.m, a!.d) + b[0],
          dtUsOfDay(a!) + b[1] * 1000000 + b[2],
          a!.tz,
        );
        if (r !== null) return r;
      }
    }
    return fallback(key, self, args, kw);
  };
}

function dtSub(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  if (kw === null && args.length === 1) {
    const a = dtFields(self);
    if (a !== null) {
      const other = args[0]!;
      const t = tdFields(other);
      if (t !== null) {
        const r = dtFromDaysUs(ymdToOrd(a.y, a.m, a.d) - t[0], dtUsOfDay(a) - t[1] * 1000000 - t[2], a.tz);
        if (r !== null) return r;
      } else {
        const b = dtFields(other);
        if (b !== null && b.tz === a.tz) {
          const r = newTD(ymdToOrd(a.y, a.m, a.d) - ymdToOrd(b.y, b.m, b.d), dtUsOfDay(a) - dtUsOfDay(b));
          if (r !== null) return r;
        }
      }
    }
  }
  return fallback("datetime.__sub__", self, args, kw);
}

function dtKey(a: DtFields): number[] {
  return [a.y, a.m, a.d, a.hh, a.mm, a.ss, a.us];
}

// Same tzinfo object (or both naive): CPython compares the base datetimes, ignoring tzinfo and fold.
const dtCompare = comparison("datetime", (a, b) => {
  const x = dtFields(a);
  const y = x === null ? null : dtFields(b);
  return y === null || x!.tz !== y.tz ? null : [dtKey(x!), dtKey(y)];
});

function dtHash(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const a = args.length === 0 && kw === null ? dtFields(self) : null;
  if (a === null || a.tz !== Py_None || a.fold !== 0 || a.y < 0 || a.y > 0xffff) {
    return fallback("datetime.__hash__", self, args, kw);
  }
  const cached = cachedHash(self);
  if (cached !== null) return cached;
  const us = a.us;
  return storeHash(
    self,
    DT_H,
    bytesHash([a.y >> 8, a.y & 255, a.m, a.d, a.hh, a.mm, a.ss, us >> 16, (us >> 8) & 255, us & 255]),
  );
}

/** '+HH:MM[:SS[.ffffff]]' of an exact timezone's offset, '' for None, null when not known. */
function offsetText(tz: PyObject): string | null {
  if (tz === Py_None) return "";
  if (tz.ob_type !== TZ) return null;
  const off = tz.ob_slots![TZ_OFF] ?? null;
  const f = off === null ? null : tdFields(off);
  if (f === null || f[0] < -1 || f[0] > 0) return null;
  let sign = "+";
  let [d, s, us] = f;
  if (d < 0) {
    sign = "-";
    // -offset: 86400*1e6 - (s*1e6 + us) microseconds within the day
    const total = US_PER_DAY - (s * 1000000 + us);
    d = 0;
    s = Math.floor(total / 1000000);
    us = total - s * 1000000;
  }
  const mm = Math.floor(s / 60);
  const ss = s - mm * 60;
  const hh = Math.floor(mm / 60);
  let text = `${sign}${pad(hh, 2)}:${pad(mm - hh * 60, 2)}`;
  if (ss || us) {
    text += `:${pad(ss, 2)}`;
    if (us) text += `.${pad(us, 6)}`;
  }
  return text;
}

function dtIso(self: PyObject, sep: string, key: string, args: PyObject[], kw: string[] | null): PyObject {
  const a = kw === null && args.length === 0 ? dtFields(self) : null;
  const off = a === null || a.y < 0 ? null : offsetText(a.tz);
  if (off === null) return fallback(key, self, args, kw);
  let text = `${pad(a!.y, 4)}-${pad(a!.m, 2)}-${pad(a!.d, 2)}${sep}${pad(a!.hh, 2)}:${pad(a!.mm, 2)}:${pad(a!.ss, 2)}`;
  if (a!.us) text += `.${pad(a!.us, 6)}`;
  return PyStr_FromString(text + off);
}

const ISO_DT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** datetime.fromisoformat(s) for YYYY-MM-DD[(T| )HH:MM[:SS[.f+]][Z|+HH:MM]] with valid fields. */
function dtFromIsoImpl(_m: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  if (kw === null && args.length === 2 && args[0] === DT && args[1]!.ob_type === PyStr_Type) {
    const r = ISO_DT.exec((args[1] as PyStr).value);
    if (r !== null) {
      const f = (i: number): number => (r[i] === undefined ? 0 : Number(r[i]));
      const [y, m, d, hh, mm, ss] = [f(1), f(2), f(3), f(4), f(5), f(6)];
      const us = r[7] === undefined ? 0 : Number(r[7].slice(0, 6).padEnd(6, "0"));
      const zone = r[8];
      if (
        y >= 1 &&
        m >= 1 &&
        m <= 12 &&
        d >= 1 &&
        d <= monthLength(y, m) &&
        hh <= 23 &&
        mm <= 59 &&
        ss <= 59
      ) {
        let tz: PyObject = Py_None;
        let owned = false;
        if (zone !== undefined) {
          const oh = zone === "Z" ? 0 : Number(zone.slice(1, 3));
          const om = zone === "Z" ? 0 : Number(zone.slice(4, 6));
          if (oh > 23 || om > 59) return fallback("datetime.fromisoformat", null, args, kw);
          if (oh === 0 && om === 0) {
            const utc = PyDict_GetItemString(TZ!.tp_dict!, "utc");
            if (utc === null) return fallback("datetime.fromisoformat", null, args, kw);
            tz = utc;
          } else {
            const sign = zone[0] === "-" ? -1 : 1;
            const off = newTD(0, sign * (oh * 60 + om) * 60000000)!;
            tz = PyObject_Call(TZ!, [off], null);
            Py_DECREF(off);
            owned = true;
          }
        }
        const res = newDatetime(y, m, d, hh, mm, ss, us, tz, 0);
        if (owned) Py_DECREF(tz);
        return res;
      }
    }
  }
  return fallback("datetime.fromisoformat", null, args, kw);
}

/** An exact timezone's offset in microseconds, or null. */
function tzOffsetUs(tz: PyObject): number | null {
  if (tz.ob_type !== TZ) return null;
  const off = tz.ob_slots![TZ_OFF] ?? null;
  const f = off === null ? null : tdFields(off);
  if (f === null || f[0] < -1 || f[0] > 0) return null;
  return f[0] * US_PER_DAY + f[1] * 1000000 + f[2];
}

/** dt.astimezone(tz) between exact timezones: shifted by the offsets' difference. */
function dtAstimezone(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const tz = kw === null ? args[0] : kw.length === 1 && kw[0] === "tz" ? args[0] : undefined;
  const a = tz !== undefined && args.length === 1 ? dtFields(self) : null;
  if (a !== null) {
    const from = tzOffsetUs(a.tz);
    const to = tzOffsetUs(tz!);
    if (from !== null && to !== null) {
      if (tz === a.tz) return Py_NewRef(self);
      const day = ymdToOrd(a.y, a.m, a.d);
      const utc = dtUsOfDay(a) - from;
      const mid = day + Math.floor(utc / US_PER_DAY);
      if (mid > 0 && mid <= MAX_ORDINAL) {
        const r = dtFromDaysUs(day, utc + to, tz!);
        if (r !== null) return r;
      }
    }
  }
  return fallback("datetime.astimezone", self, args, kw);
}

// ---------------------------------------------------------------------------------------------
// install

function slotIndex(type: PyType, name: string): number {
  const d = PyDict_GetItemString(type.tp_dict!, name);
  if (!(d instanceof PyGetSetDescr) || d.def.slotIndex === undefined) return -1;
  return d.def.slotIndex;
}

function setMethod(type: PyType, name: string, impl: Impl): void {
  const key = `${type === TD ? "timedelta" : type === DATE ? "date" : "datetime"}.${name}`;
  const old = PyDict_GetItemString(type.tp_dict!, name);
  if (old === null) raise(PyExc_TypeError, `_datetime_accel: ${key} is missing`);
  py.set(key, Py_NewRef(old));
  const def: MethodDef = { name, impl: (self, args, kw) => impl(self!, args, kw) };
  const d = new PyMethodDescr(PyMethodDescr_Type, type, def);
  allocateObject(d, 72);
  PyObject_SetAttr(type, PyStr_InternImmortal(name), d);
  Py_DECREF(d);
}

/**
 * A method descriptor owned by `owner` whose impl receives the whole argument list (the first
 * argument as `self`). Descriptors are not GC objects: the accelerator adds nothing to the
 * collector's generation-0 count, which `import datetime` leaves close to its threshold.
 */
function plainDescr(
  owner: PyType,
  name: string,
  impl: (m: PyObject | null, a: PyObject[], k: string[] | null) => PyObject,
): PyObject {
  const def: MethodDef = { name, impl: (self, args, kw) => impl(null, [self!, ...args], kw) };
  const d = new PyMethodDescr(PyMethodDescr_Type, owner, def);
  allocateObject(d, 72);
  return d;
}

/**
 * Points the staticmethod/classmethod wrapper `name` of `type` at a native callable (the wrapper
 * is reused, so nothing GC-tracked is allocated); the Python function it held becomes `key`'s
 * fallback. The native callable is a descriptor of `type` objects: its first argument is a class.
 */
function rewrap(
  type: PyType,
  name: string,
  key: string,
  impl: (m: PyObject | null, a: PyObject[], k: string[] | null) => PyObject,
): void {
  const w = PyDict_GetItemString(type.tp_dict!, name) as PyCallableWrapper | null;
  if (w === null || !(w instanceof PyCallableWrapper) || w.callable === null) {
    raise(PyExc_TypeError, `_datetime_accel: ${key} is missing`);
  }
  py.set(key, w.callable);
  w.callable = plainDescr(PyType_Type, name, impl);
  // re-set the attribute so the type's slots and caches see the change
  PyObject_SetAttr(type, PyStr_InternImmortal(name), w);
}

/**
 * The read-only field `name` of `type` as the C type has it: a getset descriptor of `owner`
 * (`d.year = 5`: "attribute 'year' of 'datetime.date' objects is not writable"), or a member
 * descriptor (`td.days = 5`: "readonly attribute"), reading the slot `indexOf(obj)` gives. It
 * replaces the Python property, which still answers for an empty slot. Like plainDescr, not a GC
 * object; it lives for the whole run, as a static type's descriptors do.
 */
function setField(
  type: PyType,
  owner: PyType,
  name: string,
  kind: "getset" | "member",
  indexOf: (o: PyObject) => number,
): void {
  const prop = PyDict_GetItemString(type.tp_dict!, name);
  if (prop === null || prop.ob_type.tp_descr_get === null) {
    raise(PyExc_TypeError, `_datetime_accel: ${type.tp_name}.${name} is missing`);
  }
  Py_INCREF(prop);
  const def: GetSetDef = {
    name,
    kind,
    get: (o) => {
      const v = o.ob_slots?.[indexOf(o)];
      return v == null ? prop.ob_type.tp_descr_get!(prop, o, o.ob_type) : fieldValue(v);
    },
  };
  const d = new PyGetSetDescr(kind === "member" ? PyMemberDescr_Type : PyGetSetDescr_Type, owner, def);
  allocateObject(d, 64);
  Py_INCREF(d);
  PyObject_SetAttr(type, PyStr_InternImmortal(name), d);
  Py_DECREF(d);
}

/** The slot index of a date field in a date, or in a datetime (which declares it again). */
function dateSlot(dateIndex: number, datetimeIndex: number): (o: PyObject) => number {
  return (o) =>
    o.ob_type === DATE
      ? dateIndex
      : o.ob_type === DT || PyType_IsSubtype(o.ob_type, DT!)
        ? datetimeIndex
        : dateIndex;
}

function installFields(time: PyType): void {
  setField(DATE!, DATE!, "year", "getset", dateSlot(D_Y, DT_Y));
  setField(DATE!, DATE!, "month", "getset", dateSlot(D_M, DT_M));
  setField(DATE!, DATE!, "day", "getset", dateSlot(D_D, DT_D));
  for (const [name, slot] of [
    ["days", TD_D],
    ["seconds", TD_S],
    ["microseconds", TD_U],
  ] as const) {
    setField(TD!, TD!, name, "member", () => slot);
  }
  for (const [name, dtSlot] of [
    ["hour", DT_HH],
    ["minute", DT_MM],
    ["second", DT_SS],
    ["microsecond", DT_US],
    ["tzinfo", DT_TZ],
    ["fold", DT_FOLD],
  ] as const) {
    setField(DT!, DT!, name, "getset", () => dtSlot);
    const timeSlot = slotIndex(time, `_${name}`);
    if (timeSlot >= 0) setField(time, time, name, "getset", () => timeSlot);
  }
}

function install(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null || args.length !== 6) raise(PyExc_TypeError, "install() takes 6 arguments");
  const [td, date, dt, tz, tzinfo, globals] = args as [PyType, PyType, PyType, PyType, PyType, PyDict];
  if (TD !== null) return Py_NewRef(Py_None);
  const idx = {
    TD_D: slotIndex(td, "_days"),
    TD_S: slotIndex(td, "_seconds"),
    TD_U: slotIndex(td, "_microseconds"),
    TD_H: slotIndex(td, "_hashcode"),
    D_Y: slotIndex(date, "_year"),
    D_M: slotIndex(date, "_month"),
    D_D: slotIndex(date, "_day"),
    D_H: slotIndex(date, "_hashcode"),
    DT_Y: slotIndex(dt, "_year"),
    DT_M: slotIndex(dt, "_month"),
    DT_D: slotIndex(dt, "_day"),
    DT_H: slotIndex(dt, "_hashcode"),
    DT_HH: slotIndex(dt, "_hour"),
    DT_MM: slotIndex(dt, "_minute"),
    DT_SS: slotIndex(dt, "_second"),
    DT_US: slotIndex(dt, "_microsecond"),
    DT_TZ: slotIndex(dt, "_tzinfo"),
    DT_FOLD: slotIndex(dt, "_fold"),
    TZ_OFF: slotIndex(tz, "_offset"),
  };
  if (Object.values(idx).some((i) => i < 0)) return Py_NewRef(Py_None);
  ({
    TD_D,
    TD_S,
    TD_U,
    TD_H,
    D_Y,
    D_M,
    D_D,
    D_H,
    DT_Y,
    DT_M,
    DT_D,
    DT_H,
    DT_HH,
    DT_MM,
    DT_SS,
    DT_US,
    DT_TZ,
    DT_FOLD,
    TZ_OFF,
  } = idx);
  TD = Py_NewRef(td);
  DATE = Py_NewRef(date);
  DT = Py_NewRef(dt);
  TZ = Py_NewRef(tz);
  TZINFO = Py_NewRef(tzinfo);

  for (const [name, impl, firstArgType] of [
    // called with ints only (validated fields): descriptors of int objects
    ["_ordinal", ordinalImpl, PyInt_Type],
    ["_from_ordinal", fromOrdinalImpl, PyInt_Type],
    // called with a class first
    ["_td_from_us", tdFromUsImpl, PyType_Type],
  ] as const) {
    py.set(name, Py_NewRef(PyDict_GetItemString(globals, name)!));
    const f = plainDescr(firstArgType, name, impl);
    PyDict_SetItemString(globals, name, f);
    Py_DECREF(f);
  }

  // timedelta
  rewrap(td, "__new__", "timedelta.__new__", tdNewImpl);
  setMethod(td, "__add__", tdBinary("__add__", 1, false));
  setMethod(td, "__radd__", tdBinary("__radd__", 1, true));
  setMethod(td, "__sub__", tdBinary("__sub__", -1, false));
  setMethod(td, "__rsub__", tdBinary("__rsub__", -1, true));
  setMethod(td, "__neg__", tdNeg);
  for (const op of COMPARISONS) setMethod(td, op, tdCompare(op));
  setMethod(td, "__hash__", tdHash);
  setMethod(td, "__bool__", tdBool);

  // date
  rewrap(date, "__new__", "date.__new__", dateNewImpl);
  setMethod(
    date,
    "toordinal",
    dateOrdinalMethod("toordinal", (n) => n),
  );
  setMethod(
    date,
    "weekday",
    dateOrdinalMethod("weekday", (n) => (n + 6) % 7),
  );
  setMethod(
    date,
    "isoweekday",
    dateOrdinalMethod("isoweekday", (n) => n % 7 || 7),
  );
  setMethod(date, "__add__", dateAdd("__add__"));
  setMethod(date, "__radd__", dateAdd("__radd__"));
  setMethod(date, "__sub__", dateSub);
  for (const op of COMPARISONS) setMethod(date, op, dateCompare(op));
  setMethod(date, "__hash__", dateHash);
  setMethod(date, "isoformat", (s, a, k) => dateIso(s, a, k, "date.isoformat"));
  setMethod(date, "__str__", (s, a, k) => dateIso(s, a, k, "date.__str__"));

  // datetime
  rewrap(dt, "__new__", "datetime.__new__", dtNewImpl);
  rewrap(dt, "fromisoformat", "datetime.fromisoformat", dtFromIsoImpl);
  setMethod(dt, "__add__", dtAdd("__add__"));
  setMethod(dt, "__radd__", dtAdd("__radd__"));
  setMethod(dt, "__sub__", dtSub);
  for (const op of COMPARISONS) setMethod(dt, op, dtCompare(op));
  setMethod(dt, "__hash__", dtHash);
  setMethod(dt, "astimezone", dtAstimezone);
  setMethod(dt, "isoformat", (s, a, k) => dtIso(s, "T", "datetime.isoformat", a, k));
  setMethod(dt, "__str__", (s, a, k) => dtIso(s, " ", "datetime.__str__", a, k));

  const time = PyDict_GetItemString(globals, "time");
  if (time instanceof PyType) {
    installFields(time);
    const slots = {
      hh: slotIndex(time, "_hour"),
      mm: slotIndex(time, "_minute"),
      ss: slotIndex(time, "_second"),
      us: slotIndex(time, "_microsecond"),
      tz: slotIndex(time, "_tzinfo"),
      fold: slotIndex(time, "_fold"),
      hash: slotIndex(time, "_hashcode"),
    };
    if (Object.values(slots).every((i) => i >= 0)) {
      Object.assign(T_SLOT, slots);
      TIME = Py_NewRef(time);
      rewrap(time, "__new__", "time.__new__", timeNewImpl);
    }
  }
  return Py_NewRef(Py_None);
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "install",
    impl: install,
    doc: "install(timedelta, date, datetime, timezone, tzinfo, globals): native fast paths.",
  },
];

export function registerDatetimeAccelModule(): void {
  registerFunctionModule("_datetime_accel", FUNCTIONS);
}
