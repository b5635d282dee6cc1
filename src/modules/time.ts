/**
 * The `time` module (CPython 3.11's Modules/timemodule.c on Linux/glibc): clocks (`time`,
 * `monotonic`, `perf_counter`, `process_time`, `thread_time`, their `_ns` forms,
 * `clock_gettime`), `sleep`, the `struct_time` type, conversions (`gmtime`, `localtime`,
 * `mktime`, `asctime`, `ctime`), `strftime` with glibc's C-locale conversions and flags, and
 * `strptime` following CPython's `_strptime` (C locale). The local time zone is the host's (JS
 * `Date`, which follows TZ); `timezone`, `altzone`, `daylight` and `tzname` describe it.
 */
import { PyNumber_Index, PyObject_Call, reprOf } from "../objects/abstract.js";
import { parseArgs } from "../objects/args.js";
import { PyBool_FromBool } from "../objects/bool.js";
import {
  PyExc_OSError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "../objects/exceptions.js";
import { PyFloat, PyFloat_FromDouble } from "../objects/float.js";
import { PyInt_FromBigInt, PyInt_FromNumber } from "../objects/int.js";
import type { MethodDef } from "../objects/methods.js";
import {
  type PyModule,
  PyModule_Add,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/module.js";
import { newNamespace } from "../objects/namespace.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { argTypeName, PyStr, PyStr_FromString } from "../objects/str.js";
import { newStructSeqType, type PyStructSeq, structSeqField, structSeqNew } from "../objects/structseq.js";
import { PyObject_GC_Track, PyTuple, PyTuple_New } from "../objects/tuple.js";
import { sleepWithinBudget } from "../vm/budget.js";
import { host } from "./host.js";
import { registerBuiltinModule } from "./importlib.js";

// ---------------------------------------------------------------------------------------------
// calendar arithmetic (proleptic Gregorian, any year)

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m]!;
}

/** Days from 1970-01-01 to y-m-d (m 1..12, d 1..). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = floorDiv(yy, 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = floorDiv(153 * mp + 2, 5) + d - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const d = doy - floorDiv(153 * mp + 2, 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? y + 1 : y, m, d];
}

/** datetime.date(y, m, d).toordinal() (0001-01-01 is 1). */
function toOrdinal(y: number, m: number, d: number): number {
  return daysFromCivil(y, m, d) + 719163;
}

/** Broken-down time as C's struct tm, but with Python's conventions (see TmFields). */
interface Tm {
  year: number;
  mon: number; // 1..12
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number; // Monday = 0
  yday: number; // 1-based
  isdst: number;
  zone: string | null;
  gmtoff: number | null;
}

function tmFromUtcSeconds(secs: number): Tm {
  const days = floorDiv(secs, 86400);
  let rest = secs - days * 86400;
  const [year, mon, mday] = civilFromDays(days);
  const hour = floorDiv(rest, 3600);
  rest -= hour * 3600;
  const min = floorDiv(rest, 60);
  const sec = rest - min * 60;
  const wday = (((days + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  const yday = DAYS_BEFORE_MONTH[mon]! + (mon > 2 && isLeap(year) ? 1 : 0) + mday;
  return { year, mon, mday, hour, min, sec, wday, yday, isdst: 0, zone: "GMT", gmtoff: 0 };
}

// ---------------------------------------------------------------------------------------------
// the local time zone (through JS Date)

const MAX_DATE_MS = 8.64e15;

/** UTC offset in seconds at the given UTC time (east positive). */
function localOffset(secs: number): number {
  const ms = secs * 1000;
  if (!(Math.abs(ms) <= MAX_DATE_MS)) return standardOffset(1970);
  return -new Date(ms).getTimezoneOffset() * 60;
}

function offsetAt(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 1);
  d.setUTCHours(12, 0, 0, 0);
  return -d.getTimezoneOffset() * 60;
}

/** The standard (non-DST) offset of a year: the smaller of January's and July's. */
function standardOffset(year: number): number {
  return Math.min(offsetAt(year, 0), offsetAt(year, 6));
}

/**
 * Zone abbreviations by (UTC offset, isdst) from the TZif file glibc would read ($TZ or
 * /etc/localtime), so names are "CET"/"CEST"/"JST"/"-03" as in CPython; null when unavailable.
 */
let tzifNames: Map<string, string> | null | undefined;

function readTzifNames(): Map<string, string> | null {
  let h: ReturnType<typeof host>;
  try {
    h = host();
  } catch {
    return null;
  }
  let tz = h.env.TZ;
  let path = "/etc/localtime";
  if (tz !== undefined) {
    if (tz.startsWith(":")) tz = tz.slice(1);
    // an empty TZ means UTC to glibc
    if (tz === "") return new Map([["0/0", "UTC"]]);
    path = tz.startsWith("/") ? tz : `/usr/share/zoneinfo/${tz}`;
  }
  let data: Uint8Array;
  try {
    data = h.fs.readFile(path);
  } catch {
    return null;
  }
  if (data.length < 44 || String.fromCharCode(...data.subarray(0, 4)) !== "TZif") return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const counts = (at: number) => [0, 4, 8, 12, 16, 20].map((k) => view.getUint32(at + 20 + k));
  let [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(0) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  let at = 44;
  let timeSize = 4;
  if (data[4]! >= 0x32) {
    // skip the version 1 block and read the 64-bit one
    at += timecnt * 4 + timecnt + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
    if (at + 44 > data.length) return null;
    [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(at) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    at += 44;
    timeSize = 8;
  }
  const types = at + timecnt * timeSize + timecnt;
  const chars = types + typecnt * 6;
  if (chars + charcnt > data.length) return null;
  const names = new Map<string, string>();
  const typeName = (i: number): [string, string] => {
    const off = view.getInt32(types + i * 6);
    const dst = data[types + i * 6 + 4]!;
    const idx = data[types + i * 6 + 5]!;
    let end = chars + idx;
    while (end < chars + charcnt && data[end] !== 0) end++;
    return [`${off}/${dst ? 1 : 0}`, String.fromCharCode(...data.subarray(chars + idx, end))];
  };
  // The most recent transitions name each (offset, dst) pair, as glibc's tzname does; types
  // no transition uses fill the gaps.
  const indices = at + timecnt * timeSize;
  for (let t = timecnt - 1; t >= 0; t--) {
    const [key, name] = typeName(data[indices + t]!);
    if (!names.has(key)) names.set(key, name);
  }
  for (let i = 0; i < typecnt; i++) {
    const [key, name] = typeName(i);
    if (!names.has(key)) names.set(key, name);
  }
  return names;
}

function zoneName(secs: number, dst: boolean): string {
  if (tzifNames === undefined) tzifNames = readTzifNames();
  const offset = localOffset(secs);
  const known = tzifNames?.get(`${offset}/${dst ? 1 : 0}`);
  if (known !== undefined) return known;
  try {
    const ms = Math.abs(secs * 1000) <= MAX_DATE_MS ? secs * 1000 : 0;
    const parts = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(new Date(ms));
    const name = parts.find((p) => p.type === "timeZoneName")?.value;
    if (name !== undefined) return name;
  } catch {
    // no Intl time zone data
  }
  return dst ? "DST" : "UTC";
}

function tmFromLocalSeconds(secs: number): Tm {
  const offset = localOffset(secs);
  const tm = tmFromUtcSeconds(secs + offset);
  const year = tm.year;
  const std = Math.abs(year) < 200000 ? standardOffset(year) : offset;
  const dst = offset !== std;
  tm.isdst = dst ? 1 : 0;
  tm.gmtoff = offset;
  tm.zone = zoneName(secs, dst);
  return tm;
}

interface ZoneInfo {
  timezone: number;
  altzone: number;
  daylight: number;
  tzname: [string, string];
}

/** init_timezone: the zone's names and offsets from January and July of this year. */
function zoneInfo(): ZoneInfo {
  const year = new Date().getUTCFullYear();
  const jan = offsetAt(year, 0);
  const jul = offsetAt(year, 6);
  const janSecs = Date.UTC(year, 0, 1, 12) / 1000;
  const julSecs = Date.UTC(year, 6, 1, 12) / 1000;
  if (jan < jul) {
    return {
      timezone: -jan,
      altzone: -jul,
      daylight: 1,
      tzname: [zoneName(janSecs, false), zoneName(julSecs, true)],
    };
  }
  if (jan > jul) {
    return {
      timezone: -jul,
      altzone: -jan,
      daylight: 1,
      tzname: [zoneName(julSecs, false), zoneName(janSecs, true)],
    };
  }
  const name = zoneName(janSecs, false);
  return { timezone: -jan, altzone: -jan, daylight: 0, tzname: [name, name] };
}

// ---------------------------------------------------------------------------------------------
// struct_time

const FIELDS: [string, string][] = [
  ["tm_year", "year, for example, 1993"],
  ["tm_mon", "month of year, range [1, 12]"],
  ["tm_mday", "day of month, range [1, 31]"],
  ["tm_hour", "hours, range [0, 23]"],
  ["tm_min", "minutes, range [0, 59]"],
  ["tm_sec", "seconds, range [0, 61])"],
  ["tm_wday", "day of week, range [0, 6], Monday is 0"],
  ["tm_yday", "day of year, range [1, 366]"],
  ["tm_isdst", "1 if summer time is in effect, 0 if not, and -1 if unknown"],
  ["tm_zone", "abbreviation of timezone name"],
  ["tm_gmtoff", "offset from UTC in seconds"],
];
const VISIBLE = 9;

const StructTime_Type = newStructSeqType({
  name: "time.struct_time",
  fields: FIELDS.map(([name, doc]) => ({ name, doc })),
  nInSequence: VISIBLE,
  doc:
    "The time value as returned by gmtime(), localtime(), and strptime(), and\n" +
    " accepted by asctime(), mktime() and strftime().  May be considered as a\n" +
    " sequence of 9 integers.\n\n" +
    " Note that several fields' values are not the same as those defined by\n" +
    " the C language standard for struct tm.  For example, the value of the\n" +
    " field tm_year is the actual year, not year - 1900.  See individual\n" +
    " fields' descriptions for details.",
});

function structTimeFromTm(tm: Tm): PyObject {
  const ints = [tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst];
  const values: PyObject[] = ints.map((n) => PyInt_FromNumber(n));
  values.push(tm.zone === null ? Py_NewRef(Py_None) : PyStr_FromString(tm.zone));
  values.push(tm.gmtoff === null ? Py_NewRef(Py_None) : PyInt_FromNumber(tm.gmtoff));
  return structSeqNew(StructTime_Type, values);
}

// ---------------------------------------------------------------------------------------------
// argument conversion

function intOf(o: PyObject): number {
  const v = PyNumber_Index(o);
  try {
    return Number(v.value);
  } finally {
    Py_DECREF(v);
  }
}

/** _PyTime_ObjectToTime_t with flooring: seconds as an integer. */
function secondsArg(o: PyObject): number {
  if (o instanceof PyFloat) {
    const x = o.value;
    if (Number.isNaN(x)) raise(PyExc_ValueError, "Invalid value NaN (not a number)");
    const f = Math.floor(x);
    if (!(f >= -(2 ** 63) && f < 2 ** 63))
      raise(PyExc_OverflowError, "timestamp out of range for platform time_t");
    return f;
  }
  const v = PyNumber_Index(o);
  try {
    const b = BigInt(v.value);
    if (b < -(2n ** 63n) || b >= 2n ** 63n)
      raise(PyExc_OverflowError, "timestamp out of range for platform time_t");
    return Number(b);
  } finally {
    Py_DECREF(v);
  }
}

function nowSeconds(): number {
  return Number(wallNs() / 1000000000n);
}

/** gettmarg: a struct_time or a 9-tuple as C struct tm fields (C conventions). */
interface CTm {
  year: number; // year - 1900
  mon: number; // 0..11
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number; // Sunday = 0
  yday: number; // 0-based
  isdst: number;
  zone: string | null;
  gmtoff: number;
}

function gettmarg(o: PyObject, fname: string): CTm {
  if (!(o instanceof PyTuple)) raise(PyExc_TypeError, "Tuple or struct_time argument required");
  const isStruct = o.ob_type === StructTime_Type;
  if (!isStruct && o.items.length !== VISIBLE)
    raise(PyExc_TypeError, `${fname}(): illegal time tuple argument`);
  const n = o.items.slice(0, VISIBLE).map((x) => intOf(x));
  const [y, mon, mday, hour, min, sec, wday, yday, isdst] = n as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (y < -2147483648 + 1900) raise(PyExc_OverflowError, "year out of range");
  const tm: CTm = {
    year: y - 1900,
    mon: mon - 1,
    mday,
    hour,
    min,
    sec,
    wday: (wday + 1) % 7,
    yday: yday - 1,
    isdst,
    zone: null,
    gmtoff: 0,
  };
  if (isStruct) {
    const s = o as PyStructSeq;
    const zone = structSeqField(s, 9);
    if (zone !== Py_None) {
      if (!(zone instanceof PyStr)) raise(PyExc_TypeError, `bad argument type for built-in operation`);
      tm.zone = zone.value;
    }
    const off = structSeqField(s, 10);
    if (off !== Py_None) tm.gmtoff = intOf(off);
  }
  return tm;
}

/** checktm: the range checks strftime() and asctime() share (zero fields are bumped). */
function checktm(tm: CTm): void {
  if (tm.mon === -1) tm.mon = 0;
  else if (tm.mon < 0 || tm.mon > 11) raise(PyExc_ValueError, "month out of range");
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) raise(PyExc_ValueError, "day of month out of range");
  if (tm.hour < 0 || tm.hour > 23) raise(PyExc_ValueError, "hour out of range");
  if (tm.min < 0 || tm.min > 59) raise(PyExc_ValueError, "minute out of range");
  if (tm.sec < 0 || tm.sec > 61) raise(PyExc_ValueError, "seconds out of range");
  if (tm.wday < 0) raise(PyExc_ValueError, "day of week out of range");
  if (tm.yday === -1) tm.yday = 0;
  else if (tm.yday < 0 || tm.yday > 365) raise(PyExc_ValueError, "day of year out of range");
}

function tmArgOrNow(o: PyObject | null, fname: string): CTm {
  if (o === null) {
    const t = tmFromLocalSeconds(nowSeconds());
    return ctmFromTm(t);
  }
  return gettmarg(o, fname);
}

function ctmFromTm(t: Tm): CTm {
  return {
    year: t.year - 1900,
    mon: t.mon - 1,
    mday: t.mday,
    hour: t.hour,
    min: t.min,
    sec: t.sec,
    wday: (t.wday + 1) % 7,
    yday: t.yday - 1,
    isdst: t.isdst,
    zone: t.zone,
    gmtoff: t.gmtoff ?? 0,
  };
}

// ---------------------------------------------------------------------------------------------
// strftime (glibc, C locale)

const WDAY_ABBR = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const WDAY_FULL = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MON_FULL = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function pyMod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

/** ISO 8601 year and week of the date (C conventions in tm). */
function isoWeek(tm: CTm): [number, number] {
  const year = tm.year + 1900;
  const wdayMon = (tm.wday + 6) % 7; // Monday = 0
  const days = tm.yday;
  // the Monday of the week containing Jan 4th, relative to Jan 1st
  const weekStart = (_y: number, yday: number, wday: number): number => {
    const jan1Wday = pyMod(wday - yday, 7);
    const jan4 = 3;
    return jan4 - pyMod(jan1Wday + jan4, 7);
  };
  let y = year;
  let start = weekStart(y, days, wdayMon);
  if (days < start) {
    y--;
    const prevLen = isLeap(y) ? 366 : 365;
    start = weekStart(y, days + prevLen, wdayMon) - prevLen;
  } else {
    const len = isLeap(y) ? 366 : 365;
    const nextStart = weekStart(y + 1, days - len, wdayMon) + len;
    if (days >= nextStart) {
      y++;
      start = nextStart;
    }
  }
  return [y, Math.floor((days - start) / 7) + 1];
}

function epochOfLocal(tm: CTm): number {
  return mktimeFields(tm.year + 1900, tm.mon + 1, tm.mday, tm.hour, tm.min, tm.sec);
}

/** mktime: seconds since the epoch of local broken-down time (fields normalized as C does). */
function mktimeFields(
  year: number,
  mon: number,
  mday: number,
  hour: number,
  min: number,
  sec: number,
): number {
  const y = year + floorDiv(mon - 1, 12);
  const m = pyMod(mon - 1, 12) + 1;
  const days = daysFromCivil(y, m, 1) + (mday - 1);
  const utc = days * 86400 + hour * 3600 + min * 60 + sec;
  let guess = utc - localOffset(utc);
  guess = utc - localOffset(guess);
  return guess;
}

interface Spec {
  flag: string;
  width: number;
}

function padNumber(n: number, digits: number, padChar: string, spec: Spec): string {
  const negative = n < 0;
  let s = String(Math.abs(n));
  let pad = padChar;
  if (spec.flag === "-") return (negative ? "-" : "") + s;
  if (spec.flag === "_") pad = " ";
  else if (spec.flag === "0") pad = "0";
  const width = spec.width > 0 ? spec.width : digits;
  const room = width - (negative ? 1 : 0);
  if (pad === "0") {
    s = s.padStart(room, "0");
    return (negative ? "-" : "") + s;
  }
  return ((negative ? "-" : "") + s).padStart(width, pad);
}

function padText(s: string, spec: Spec, upcase: boolean, swapToLower = false): string {
  if (spec.flag === "^") s = s.toUpperCase();
  else if (spec.flag === "#") s = swapToLower ? s.toLowerCase() : s.toUpperCase();
  if (upcase) s = s.toUpperCase();
  if (spec.width > s.length) s = s.padStart(spec.width, spec.flag === "0" ? "0" : " ");
  return s;
}

export function strftimeC(format: string, tm: CTm, zoneNames: [string, string]): string {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== "%") {
      out += c;
      continue;
    }
    const start = i;
    let j = i + 1;
    const spec: Spec = { flag: "", width: -1 };
    while (j < format.length && "_-0^#".includes(format[j]!)) {
      spec.flag = format[j]!;
      j++;
    }
    let widthText = "";
    while (j < format.length && format[j]! >= "0" && format[j]! <= "9") widthText += format[j++];
    if (widthText !== "") spec.width = Number(widthText);
    while (j < format.length && (format[j] === "E" || format[j] === "O")) j++;
    if (j >= format.length) {
      const bad = format.slice(start);
      out += spec.width > bad.length ? bad.padStart(spec.width, " ") : bad;
      break;
    }
    const conv = format[j]!;
    i = j;
    const year = tm.year + 1900;
    const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
    switch (conv) {
      case "a":
        out += padText(WDAY_ABBR[tm.wday] ?? "?", spec, false);
        break;
      case "A":
        out += padText(WDAY_FULL[tm.wday] ?? "?", spec, false);
        break;
      case "b":
      case "h":
        out += padText(MON_ABBR[tm.mon] ?? "?", spec, false);
        break;
      case "B":
        out += padText(MON_FULL[tm.mon] ?? "?", spec, false);
        break;
      case "c":
        out += padText(strftimeC("%a %b %e %H:%M:%S %Y", tm, zoneNames), spec, false);
        break;
      case "C":
        out += padNumber(floorDiv(year, 100), 1, "0", spec);
        break;
      case "d":
        out += padNumber(tm.mday, 2, "0", spec);
        break;
      case "D":
        out += padText(strftimeC("%m/%d/%y", tm, zoneNames), spec, false);
        break;
      case "e":
        out += padNumber(tm.mday, 2, " ", spec);
        break;
      case "F":
        out += padText(strftimeC("%Y-%m-%d", tm, zoneNames), spec, false);
        break;
      case "G":
        out += padNumber(isoWeek(tm)[0], 1, "0", spec);
        break;
      case "g":
        out += padNumber(pyMod(isoWeek(tm)[0], 100), 2, "0", spec);
        break;
      case "H":
        out += padNumber(tm.hour, 2, "0", spec);
        break;
      case "I":
        out += padNumber(hour12, 2, "0", spec);
        break;
      case "j":
        out += padNumber(tm.yday + 1, 3, "0", spec);
        break;
      case "k":
        out += padNumber(tm.hour, 2, " ", spec);
        break;
      case "l":
        out += padNumber(hour12, 2, " ", spec);
        break;
      case "m":
        out += padNumber(tm.mon + 1, 2, "0", spec);
        break;
      case "M":
        out += padNumber(tm.min, 2, "0", spec);
        break;
      case "n":
        out += "\n";
        break;
      case "p":
        out += padText(tm.hour >= 12 ? "PM" : "AM", spec, false, true);
        break;
      case "P":
        out += padText(tm.hour >= 12 ? "pm" : "am", spec, false);
        break;
      case "r":
        out += padText(strftimeC("%I:%M:%S %p", tm, zoneNames), spec, false);
        break;
      case "R":
        out += padText(strftimeC("%H:%M", tm, zoneNames), spec, false);
        break;
      case "s":
        out += padNumber(epochOfLocal(tm), 1, "0", spec);
        break;
      case "S":
        out += padNumber(tm.sec, 2, "0", spec);
        break;
      case "t":
        out += "\t";
        break;
      case "T":
        out += padText(strftimeC("%H:%M:%S", tm, zoneNames), spec, false);
        break;
      case "u":
        out += padNumber(tm.wday === 0 ? 7 : tm.wday, 1, "0", spec);
        break;
      case "U":
        out += padNumber(Math.floor((tm.yday - tm.wday + 7) / 7), 2, "0", spec);
        break;
      case "V":
        out += padNumber(isoWeek(tm)[1], 2, "0", spec);
        break;
      case "w":
        out += padNumber(tm.wday, 1, "0", spec);
        break;
      case "W":
        out += padNumber(Math.floor((tm.yday - ((tm.wday + 6) % 7) + 7) / 7), 2, "0", spec);
        break;
      case "x":
        out += padText(strftimeC("%m/%d/%y", tm, zoneNames), spec, false);
        break;
      case "X":
        out += padText(strftimeC("%H:%M:%S", tm, zoneNames), spec, false);
        break;
      case "y":
        out += padNumber(pyMod(year, 100), 2, "0", spec);
        break;
      case "Y":
        out += padNumber(year, 1, "0", spec);
        break;
      case "z": {
        if (tm.isdst < 0) break;
        const off = tm.gmtoff;
        const sign = off < 0 ? "-" : "+";
        const a = Math.abs(off);
        const hhmm = Math.floor(a / 3600) * 100 + Math.floor((a % 3600) / 60);
        out +=
          sign +
          padNumber(hhmm, 4, "0", {
            flag: spec.flag === "-" ? "" : spec.flag,
            width: spec.width > 0 ? spec.width - 1 : -1,
          });
        break;
      }
      case "Z": {
        let zone = tm.zone;
        if (zone === null || zone === "") zone = tm.isdst >= 0 ? zoneNames[tm.isdst !== 0 ? 1 : 0] : "";
        out += padText(zone, spec, false, true);
        break;
      }
      case "%":
        out += padText("%", spec, false);
        break;
      default: {
        const bad = format.slice(start, j + 1);
        out += spec.width > bad.length ? bad.padStart(spec.width, " ") : bad;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// strptime (CPython's _strptime in the C locale)

const LOWER_WDAY_ABBR = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const LOWER_WDAY_FULL = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const LOWER_MON_ABBR = ["", ...MON_ABBR.map((m) => m.toLowerCase())];
const LOWER_MON_FULL = ["", ...MON_FULL.map((m) => m.toLowerCase())];

type Token = { kind: "lit"; text: string } | { kind: "ws" } | { kind: "dir"; name: string };

function isPySpace(c: string): boolean {
  return /^[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u.test(c);
}

const DIRECTIVES = "aAbBcdfGHIjmMpSUuVwWxXyYzZ";
const EXPANSIONS: Record<string, string> = { c: "%a %b %d %H:%M:%S %Y", x: "%m/%d/%y", X: "%H:%M:%S" };

function tokenize(format: string, out: Token[]): void {
  let i = 0;
  while (i < format.length) {
    const c = format[i]!;
    if (isPySpace(c)) {
      while (i < format.length && isPySpace(format[i]!)) i++;
      out.push({ kind: "ws" });
      continue;
    }
    if (c === "%") {
      if (i + 1 >= format.length) raise(PyExc_ValueError, `stray % in format '${topFormat}'`);
      const d = format[i + 1]!;
      i += 2;
      if (d === "%") out.push({ kind: "lit", text: "%" });
      else if (EXPANSIONS[d] !== undefined) tokenize(EXPANSIONS[d]!, out);
      else if (DIRECTIVES.includes(d)) out.push({ kind: "dir", name: d });
      else raise(PyExc_ValueError, `'${d}' is a bad directive in format '${topFormat}'`);
      continue;
    }
    out.push({ kind: "lit", text: c });
    i++;
  }
}

let topFormat = "";

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

/** Candidate ends of a directive's pattern at `pos`, in the order the regex tries them. */
function candidates(name: string, s: string, pos: number, zones: string[]): number[] {
  const ch = (k: number) => s[pos + k];
  const d = (k: number) => isDigit(ch(k));
  const inRange = (k: number, lo: string, hi: string) => {
    const c = ch(k);
    return c !== undefined && c >= lo && c <= hi;
  };
  const ends: number[] = [];
  const alt = (ok: boolean, len: number) => {
    if (ok) ends.push(pos + len);
  };
  switch (name) {
    case "d":
      alt(ch(0) === "3" && inRange(1, "0", "1"), 2);
      alt(inRange(0, "1", "2") && d(1), 2);
      alt(ch(0) === "0" && inRange(1, "1", "9"), 2);
      alt(inRange(0, "1", "9"), 1);
      alt(ch(0) === " " && inRange(1, "1", "9"), 2);
      break;
    case "f": {
      let n = 0;
      while (n < 6 && d(n)) n++;
      for (let k = n; k >= 1; k--) ends.push(pos + k);
      break;
    }
    case "H":
      alt(ch(0) === "2" && inRange(1, "0", "3"), 2);
      alt(inRange(0, "0", "1") && d(1), 2);
      alt(d(0), 1);
      break;
    case "I":
      alt(ch(0) === "1" && inRange(1, "0", "2"), 2);
      alt(ch(0) === "0" && inRange(1, "1", "9"), 2);
      alt(inRange(0, "1", "9"), 1);
      break;
    case "G":
    case "Y":
      alt(d(0) && d(1) && d(2) && d(3), 4);
      break;
    case "y":
      alt(d(0) && d(1), 2);
      break;
    case "j":
      alt(ch(0) === "3" && ch(1) === "6" && inRange(2, "0", "6"), 3);
      alt(ch(0) === "3" && inRange(1, "0", "5") && d(2), 3);
      alt(inRange(0, "1", "2") && d(1) && d(2), 3);
      alt(ch(0) === "0" && inRange(1, "1", "9") && d(2), 3);
      alt(ch(0) === "0" && ch(1) === "0" && inRange(2, "1", "9"), 3);
      alt(inRange(0, "1", "9") && d(1), 2);
      alt(ch(0) === "0" && inRange(1, "1", "9"), 2);
      alt(inRange(0, "1", "9"), 1);
      break;
    case "m":
      alt(ch(0) === "1" && inRange(1, "0", "2"), 2);
      alt(ch(0) === "0" && inRange(1, "1", "9"), 2);
      alt(inRange(0, "1", "9"), 1);
      break;
    case "M":
      alt(inRange(0, "0", "5") && d(1), 2);
      alt(d(0), 1);
      break;
    case "S":
      alt(ch(0) === "6" && inRange(1, "0", "1"), 2);
      alt(inRange(0, "0", "5") && d(1), 2);
      alt(d(0), 1);
      break;
    case "U":
    case "W":
      alt(ch(0) === "5" && inRange(1, "0", "3"), 2);
      alt(inRange(0, "0", "4") && d(1), 2);
      alt(d(0), 1);
      break;
    case "w":
      alt(inRange(0, "0", "6"), 1);
      break;
    case "u":
      alt(inRange(0, "1", "7"), 1);
      break;
    case "V":
      alt(ch(0) === "5" && inRange(1, "0", "3"), 2);
      alt(ch(0) === "0" && inRange(1, "1", "9"), 2);
      alt(inRange(0, "1", "4") && d(1), 2);
      alt(d(0), 1);
      break;
    case "z": {
      if (ch(0) === "+" || ch(0) === "-") {
        if (d(1) && d(2)) {
          // [+-]\d\d :? [0-5]\d ( :? [0-5]\d (\.\d{1,6})? )?
          for (const colon of ch(3) === ":" ? [1, 0] : [0]) {
            const m = 3 + colon;
            if (!(inRange(m, "0", "5") && d(m + 1))) continue;
            const afterMin = m + 2;
            for (const colon2 of ch(afterMin) === ":" ? [1, 0] : [0]) {
              const sec = afterMin + colon2;
              if (inRange(sec, "0", "5") && d(sec + 1)) {
                const afterSec = sec + 2;
                if (ch(afterSec) === ".") {
                  let n = 0;
                  while (n < 6 && d(afterSec + 1 + n)) n++;
                  for (let k = n; k >= 1; k--) ends.push(pos + afterSec + 1 + k);
                }
                ends.push(pos + afterSec);
              }
            }
            ends.push(pos + afterMin);
          }
        }
      } else if (ch(0) === "Z") {
        ends.push(pos + 1);
      }
      break;
    }
    default: {
      let names: string[];
      if (name === "a") names = LOWER_WDAY_ABBR;
      else if (name === "A") names = LOWER_WDAY_FULL;
      else if (name === "b") names = LOWER_MON_ABBR.slice(1);
      else if (name === "B") names = LOWER_MON_FULL.slice(1);
      else if (name === "p") names = ["am", "pm"];
      else names = zones;
      const sorted = [...names].sort((x, y) => y.length - x.length);
      for (const n of sorted) {
        if (n !== "" && s.slice(pos, pos + n.length).toLowerCase() === n) ends.push(pos + n.length);
      }
    }
  }
  return ends;
}

/** Matches the tokens against `s` from `pos` with regex-like backtracking; returns the captures. */
function matchTokens(
  tokens: Token[],
  s: string,
  zones: string[],
): { end: number; groups: [string, string][] } | null {
  const groups: [string, string][] = [];
  const step = (ti: number, pos: number): number => {
    if (ti === tokens.length) return pos;
    const t = tokens[ti]!;
    if (t.kind === "lit") {
      if (s.slice(pos, pos + t.text.length).toLowerCase() !== t.text.toLowerCase()) return -1;
      return step(ti + 1, pos + t.text.length);
    }
    if (t.kind === "ws") {
      let n = 0;
      while (pos + n < s.length && isPySpace(s[pos + n]!)) n++;
      for (let k = n; k >= 1; k--) {
        const r = step(ti + 1, pos + k);
        if (r >= 0) return r;
      }
      return -1;
    }
    for (const end of candidates(t.name, s, pos, zones)) {
      groups.push([t.name, s.slice(pos, end)]);
      const r = step(ti + 1, end);
      if (r >= 0) return r;
      groups.pop();
    }
    return -1;
  };
  const end = step(0, 0);
  return end < 0 ? null : { end, groups };
}

function dateCheck(y: number, m: number, d: number): void {
  if (y < 1 || y > 9999) raise(PyExc_ValueError, `year ${y} is out of range`);
  if (m < 1 || m > 12) raise(PyExc_ValueError, "month must be in 1..12");
  if (d < 1 || d > daysInMonth(y, m)) raise(PyExc_ValueError, "day is out of range for month");
}

function fromOrdinal(n: number): [number, number, number] {
  if (n < 1) raise(PyExc_ValueError, `ordinal must be >= 1`);
  return civilFromDays(n - 719163);
}

function weekday(y: number, m: number, d: number): number {
  return pyMod(daysFromCivil(y, m, d) + 3, 7); // Monday = 0
}

function strptimeFields(data: string, format: string, info: ZoneInfo): PyObject[] {
  topFormat = format;
  const tokens: Token[] = [];
  tokenize(format, tokens);
  const noSaving = ["utc", "gmt", info.tzname[0].toLowerCase()];
  const saving = info.daylight ? [info.tzname[1].toLowerCase()] : [];
  const zones = [...new Set([...noSaving, ...saving])];
  const found = matchTokens(tokens, data, zones);
  if (found === null) {
    raise(PyExc_ValueError, `time data ${reprText(data)} does not match format ${reprText(format)}`);
  }
  if (found.end !== data.length)
    raise(PyExc_ValueError, `unconverted data remains: ${data.slice(found.end)}`);
  let year: number | null = null;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let tz = -1;
  let gmtoff: number | null = null;
  let isoYear: number | null = null;
  let isoWeekNum: number | null = null;
  let weekOfYear = -1;
  let weekOfYearStart = -1;
  let wday: number | null = null;
  let julian: number | null = null;
  let zoneText: string | null = null;
  let fraction = 0;
  let gmtoffFraction = 0;
  const seen = new Set<string>();
  const ampm = found.groups.find(([n]) => n === "p")?.[1].toLowerCase() ?? "";
  for (const [name, text] of found.groups) {
    if (seen.has(name)) raise(PyExc_ValueError, `redefinition of group name '${name}'`);
    seen.add(name);
    switch (name) {
      case "y": {
        const v = Number(text);
        year = v <= 68 ? v + 2000 : v + 1900;
        break;
      }
      case "Y":
        year = Number(text);
        break;
      case "G":
        isoYear = Number(text);
        break;
      case "m":
        month = Number(text);
        break;
      case "B":
        month = LOWER_MON_FULL.indexOf(text.toLowerCase());
        break;
      case "b":
        month = LOWER_MON_ABBR.indexOf(text.toLowerCase());
        break;
      case "d":
        day = Number(text.trim());
        break;
      case "H":
        hour = Number(text);
        break;
      case "I":
        hour = Number(text);
        if (ampm === "" || ampm === "am") {
          if (hour === 12) hour = 0;
        } else if (ampm === "pm" && hour !== 12) hour += 12;
        break;
      case "M":
        minute = Number(text);
        break;
      case "S":
        second = Number(text);
        break;
      case "A":
        wday = LOWER_WDAY_FULL.indexOf(text.toLowerCase());
        break;
      case "a":
        wday = LOWER_WDAY_ABBR.indexOf(text.toLowerCase());
        break;
      case "w": {
        const v = Number(text);
        wday = v === 0 ? 6 : v - 1;
        break;
      }
      case "u":
        wday = Number(text) - 1;
        break;
      case "j":
        julian = Number(text);
        break;
      case "U":
      case "W":
        weekOfYear = Number(text);
        weekOfYearStart = name === "U" ? 6 : 0;
        break;
      case "V":
        isoWeekNum = Number(text);
        break;
      case "f":
        fraction = Number(text.padEnd(6, "0"));
        break;
      case "z": {
        if (text === "Z") gmtoff = 0;
        else {
          let z = text;
          const dot = z.indexOf(".");
          if (dot >= 0) {
            gmtoffFraction = Number(z.slice(dot + 1).padEnd(6, "0"));
            if (z.startsWith("-")) gmtoffFraction = -gmtoffFraction;
            z = z.slice(0, dot);
          }
          if (z[3] === ":") {
            z = z.slice(0, 3) + z.slice(4);
            if (z.length > 5) {
              if (z[5] !== ":") raise(PyExc_ValueError, `Inconsistent use of : in ${text}`);
              z = z.slice(0, 5) + z.slice(6);
            }
          }
          const h = Number(z.slice(1, 3));
          const mi = Number(z.slice(3, 5));
          const se = Number(z.slice(5, 7) || "0");
          gmtoff = h * 3600 + mi * 60 + se;
          if (z.startsWith("-")) gmtoff = -gmtoff;
        }
        break;
      }
      case "Z": {
        const zone = text.toLowerCase();
        zoneText = text;
        if (noSaving.includes(zone)) {
          if (!(info.tzname[0] === info.tzname[1] && info.daylight && zone !== "utc" && zone !== "gmt"))
            tz = 0;
        } else if (saving.includes(zone)) {
          if (!(info.tzname[0] === info.tzname[1] && info.daylight && zone !== "utc" && zone !== "gmt"))
            tz = 1;
        }
        break;
      }
    }
  }
  if (year === null && isoYear !== null) {
    if (isoWeekNum === null || wday === null) {
      raise(
        PyExc_ValueError,
        "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').",
      );
    }
    if (julian !== null) {
      raise(
        PyExc_ValueError,
        "Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.",
      );
    }
  } else if (weekOfYear === -1 && isoWeekNum !== null) {
    if (wday === null) {
      raise(
        PyExc_ValueError,
        "ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').",
      );
    }
    raise(
      PyExc_ValueError,
      "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.",
    );
  }
  let leapYearFix = false;
  if (year === null && month === 2 && day === 29) {
    year = 1904;
    leapYearFix = true;
  } else if (year === null) year = 1900;
  if (julian === null && wday !== null) {
    if (weekOfYear !== -1) {
      const startsMon = weekOfYearStart === 0;
      dateCheck(year, 1, 1);
      let first = weekday(year, 1, 1);
      let dow = wday;
      if (!startsMon) {
        first = (first + 1) % 7;
        dow = (dow + 1) % 7;
      }
      const week0 = (7 - first) % 7;
      julian = weekOfYear === 0 ? 1 + dow - first : 1 + week0 + 7 * (weekOfYear - 1) + dow;
    } else if (isoYear !== null && isoWeekNum !== null) {
      dateCheck(isoYear, 1, 4);
      const correction = weekday(isoYear, 1, 4) + 1 + 3;
      let ordinal = isoWeekNum * 7 + (wday + 1) - correction;
      let iy = isoYear;
      if (ordinal < 1) {
        ordinal += toOrdinal(iy, 1, 1);
        iy -= 1;
        ordinal -= toOrdinal(iy, 1, 1);
      }
      year = iy;
      julian = ordinal;
    }
    if (julian !== null && julian <= 0) {
      year -= 1;
      julian += isLeap(year) ? 366 : 365;
    }
  }
  if (julian === null) {
    dateCheck(year, month, day);
    julian = toOrdinal(year, month, day) - toOrdinal(year, 1, 1) + 1;
  } else {
    dateCheck(year, 1, 1);
    const [y, m, d] = fromOrdinal(julian - 1 + toOrdinal(year, 1, 1));
    if (y < 1 || y > 9999) raise(PyExc_ValueError, `year ${y} is out of range`);
    year = y;
    month = m;
    day = d;
  }
  if (wday === null) {
    dateCheck(year, month, day);
    wday = weekday(year, month, day);
  }
  if (leapYearFix) year = 1900;
  const ints = [year, month, day, hour, minute, second, wday, julian, tz];
  const values: PyObject[] = ints.map((n) => PyInt_FromNumber(n));
  values.push(zoneText === null ? Py_NewRef(Py_None) : PyStr_FromString(zoneText));
  values.push(gmtoff === null ? Py_NewRef(Py_None) : PyInt_FromNumber(gmtoff));
  lastFractions = [fraction, gmtoffFraction];
  return values;
}

/** The microseconds (%f) and the offset's microseconds (%z) of the last strptimeFields call. */
let lastFractions: [number, number] = [0, 0];

function reprText(s: string): string {
  const o = PyStr_FromString(s);
  try {
    return reprOf(o);
  } finally {
    Py_DECREF(o);
  }
}

// ---------------------------------------------------------------------------------------------
// clocks

function _perfSeconds(): number {
  return performance.now() / 1000;
}

function monotonicNs(): bigint {
  const proc = (globalThis as { process?: { hrtime?: { bigint?: () => bigint } } }).process;
  const hr = proc?.hrtime?.bigint;
  if (typeof hr === "function") return hr();
  return BigInt(Math.round(performance.now() * 1e6));
}

function cpuNs(): bigint {
  const proc = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process;
  if (proc?.cpuUsage) {
    const u = proc.cpuUsage();
    return BigInt(u.user + u.system) * 1000n;
  }
  return monotonicNs();
}

/**
 * The wall clock with a monotonic clock's resolution: Date.now() only has milliseconds (so
 * datetime.now().microsecond was always a multiple of 1000), so the high-resolution clock is
 * anchored to it once and re-anchored whenever the two drift more than a second apart (the
 * system clock was set, or the machine slept).
 */
let wallAnchorNs: bigint | null = null;

function wallNs(): bigint {
  const mono = monotonicNs();
  const dateNs = BigInt(Date.now()) * 1000000n;
  if (wallAnchorNs === null) wallAnchorNs = dateNs - mono;
  let t = wallAnchorNs + mono;
  const drift = t - dateNs;
  if (drift > 1000000000n || drift < -1000000000n) {
    wallAnchorNs = dateNs - mono;
    t = dateNs;
  }
  return t;
}

/** time.time_ns() for other modules (os.utime with no times). */
export function wallClockNs(): bigint {
  return wallNs();
}

function nsToFloat(ns: bigint): PyObject {
  return PyFloat_FromDouble(Number(ns) / 1e9);
}

/** Set by _thread: a sleep that lets other green threads run; false when there are none. */
let threadSleep: ((secs: number) => boolean) | null = null;

export function setThreadSleep(f: (secs: number) => boolean): void {
  threadSleep = f;
}

function sleepSeconds(secs: number): void {
  if (secs <= 0) return;
  sleepWithinBudget(secs * 1000);
}

const CLOCKS: Record<string, number> = {
  CLOCK_REALTIME: 0,
  CLOCK_MONOTONIC: 1,
  CLOCK_PROCESS_CPUTIME_ID: 2,
  CLOCK_THREAD_CPUTIME_ID: 3,
  CLOCK_MONOTONIC_RAW: 4,
  CLOCK_BOOTTIME: 7,
  CLOCK_TAI: 11,
};

function clockNs(id: number): bigint {
  switch (id) {
    case 0:
      return wallNs();
    case 11:
      return wallNs() + 37000000000n;
    case 2:
    case 3:
      return cpuNs();
    case 1:
    case 4:
    case 7:
      return monotonicNs();
    default: {
      const errno = PyInt_FromNumber(22);
      const text = PyStr_FromString("Invalid argument");
      let exc: PyObject;
      try {
        exc = PyObject_Call(PyExc_OSError, [errno, text], null);
      } finally {
        Py_DECREF(errno);
        Py_DECREF(text);
      }
      throw exc;
    }
  }
}

const CLOCK_INFO: Record<string, [string, boolean, boolean]> = {
  time: ["clock_gettime(CLOCK_REALTIME)", false, true],
  monotonic: ["clock_gettime(CLOCK_MONOTONIC)", true, false],
  perf_counter: ["clock_gettime(CLOCK_MONOTONIC)", true, false],
  process_time: ["clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false],
  thread_time: ["clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false],
};

// ---------------------------------------------------------------------------------------------
// the module

function noArgs(name: string, args: PyObject[], kw: string[] | null): void {
  if ((kw !== null && kw.length > 0) || args.length !== 0) {
    if (kw !== null && kw.length > 0) raise(PyExc_TypeError, `time.${name}() takes no keyword arguments`);
    raise(PyExc_TypeError, `time.${name}() takes no arguments (${args.length} given)`);
  }
}

function optionalArg(name: string, args: PyObject[], kw: string[] | null): PyObject | null {
  if (kw !== null && kw.length > 0) raise(PyExc_TypeError, `${name}() takes no keyword arguments`);
  if (args.length > 1) raise(PyExc_TypeError, `${name} expected at most 1 argument, got ${args.length}`);
  return args.length === 0 || args[0] === Py_None ? null : args[0]!;
}

function asctimeText(tm: CTm): string {
  const day = String(tm.mday).padStart(3, " ");
  const two = (n: number) => String(n).padStart(2, "0");
  return `${WDAY_ABBR[tm.wday]} ${MON_ABBR[tm.mon]}${day} ${two(tm.hour)}:${two(tm.min)}:${two(tm.sec)} ${tm.year + 1900}`;
}

let currentZone: ZoneInfo | null = null;

function zone(): ZoneInfo {
  currentZone ??= zoneInfo();
  return currentZone;
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "time",
    impl: (_m, a, k) => (noArgs("time", a, k), nsToFloat(wallNs())),
    doc: "time() -> floating point number\n\nReturn the current time in seconds since the Epoch.\nFractions of a second may be present if the system clock provides them.",
  },
  { name: "time_ns", impl: (_m, a, k) => (noArgs("time_ns", a, k), PyInt_FromBigInt(wallNs())) },
  { name: "monotonic", impl: (_m, a, k) => (noArgs("monotonic", a, k), nsToFloat(monotonicNs())) },
  {
    name: "monotonic_ns",
    impl: (_m, a, k) => (noArgs("monotonic_ns", a, k), PyInt_FromBigInt(monotonicNs())),
  },
  { name: "perf_counter", impl: (_m, a, k) => (noArgs("perf_counter", a, k), nsToFloat(monotonicNs())) },
  {
    name: "perf_counter_ns",
    impl: (_m, a, k) => (noArgs("perf_counter_ns", a, k), PyInt_FromBigInt(monotonicNs())),
  },
  { name: "process_time", impl: (_m, a, k) => (noArgs("process_time", a, k), nsToFloat(cpuNs())) },
  {
    name: "process_time_ns",
    impl: (_m, a, k) => (noArgs("process_time_ns", a, k), PyInt_FromBigInt(cpuNs())),
  },
  { name: "thread_time", impl: (_m, a, k) => (noArgs("thread_time", a, k), nsToFloat(cpuNs())) },
  { name: "thread_time_ns", impl: (_m, a, k) => (noArgs("thread_time_ns", a, k), PyInt_FromBigInt(cpuNs())) },
  {
    name: "sleep",
    impl: (_m, args, kw) => {
      if (kw !== null && kw.length > 0) raise(PyExc_TypeError, "sleep() takes no keyword arguments");
      if (args.length !== 1)
        raise(PyExc_TypeError, `sleep() takes exactly one argument (${args.length} given)`);
      const o = args[0]!;
      let secs: number;
      if (o instanceof PyFloat) {
        secs = o.value;
        if (Number.isNaN(secs)) raise(PyExc_ValueError, "Invalid value NaN (not a number)");
      } else {
        secs = intOf(o);
      }
      if (secs < 0) raise(PyExc_ValueError, "sleep length must be non-negative");
      if (!Number.isFinite(secs)) raise(PyExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
      if (threadSleep === null || !threadSleep(secs)) sleepSeconds(secs);
      return Py_NewRef(Py_None);
    },
  },
  {
    name: "gmtime",
    impl: (_m, a, k) => {
      const arg = optionalArg("gmtime", a, k);
      return structTimeFromTm(tmFromUtcSeconds(arg === null ? nowSeconds() : secondsArg(arg)));
    },
  },
  {
    name: "localtime",
    impl: (_m, a, k) => {
      const arg = optionalArg("localtime", a, k);
      return structTimeFromTm(tmFromLocalSeconds(arg === null ? nowSeconds() : secondsArg(arg)));
    },
  },
  {
    name: "mktime",
    impl: (_m, args, kw) => {
      if (kw !== null && kw.length > 0) raise(PyExc_TypeError, "mktime() takes no keyword arguments");
      if (args.length !== 1)
        raise(PyExc_TypeError, `time.mktime() takes exactly one argument (${args.length} given)`);
      const tm = gettmarg(args[0]!, "mktime");
      const secs = mktimeFields(tm.year + 1900, tm.mon + 1, tm.mday, tm.hour, tm.min, tm.sec);
      if (!Number.isFinite(secs) || Math.abs(secs) > 2 ** 63)
        raise(PyExc_OverflowError, "mktime argument out of range");
      return PyFloat_FromDouble(secs);
    },
  },
  {
    name: "asctime",
    impl: (_m, a, k) => {
      const arg = optionalArg("asctime", a, k);
      const tm = tmArgOrNow(arg, "asctime");
      checktm(tm);
      return PyStr_FromString(asctimeText(tm));
    },
  },
  {
    name: "ctime",
    impl: (_m, a, k) => {
      const arg = optionalArg("ctime", a, k);
      const tm = ctmFromTm(tmFromLocalSeconds(arg === null ? nowSeconds() : secondsArg(arg)));
      return PyStr_FromString(asctimeText(tm));
    },
  },
  {
    name: "strftime",
    impl: (_m, args, kw) => {
      if (kw !== null && kw.length > 0) raise(PyExc_TypeError, "strftime() takes no keyword arguments");
      if (args.length < 1 || args.length > 2) {
        raise(
          PyExc_TypeError,
          args.length < 1
            ? `strftime expected at least 1 argument, got ${args.length}`
            : `strftime expected at most 2 arguments, got ${args.length}`,
        );
      }
      const fmt = args[0]!;
      if (!(fmt instanceof PyStr)) {
        raise(PyExc_TypeError, `strftime() argument 1 must be str, not ${argTypeName(fmt)}`);
      }
      const tm = tmArgOrNow(args.length > 1 ? args[1]! : null, "strftime");
      checktm(tm);
      if (tm.isdst < -1) tm.isdst = -1;
      else if (tm.isdst > 1) tm.isdst = 1;
      if (fmt.value.includes("\0")) raise(PyExc_ValueError, "embedded null character");
      return PyStr_FromString(strftimeC(fmt.value, tm, zone().tzname));
    },
  },
  {
    name: "strptime",
    impl: (_m, args, kw) => {
      if (kw !== null && kw.length > 0) raise(PyExc_TypeError, "strptime() takes no keyword arguments");
      if (args.length < 1 || args.length > 2) {
        raise(PyExc_TypeError, `strptime() takes at most 2 arguments (${args.length} given)`);
      }
      const data = args[0]!;
      const fmt = args.length > 1 ? args[1]! : null;
      for (const [i, o] of [data, fmt].entries()) {
        if (o !== null && !(o instanceof PyStr)) {
          raise(PyExc_TypeError, `strptime() argument ${i} must be str, not ${reprOf(o.ob_type)}`);
        }
      }
      const values = strptimeFields(
        (data as PyStr).value,
        fmt === null ? "%a %b %d %H:%M:%S %Y" : (fmt as PyStr).value,
        zone(),
      );
      // time.strptime calls time.struct_time(...) in CPython's _strptime: a tracked instance
      const result = structSeqNew(StructTime_Type, values);
      PyObject_GC_Track(result);
      return result;
    },
  },
  {
    /**
     * _strptime_datetime(data, format): what datetime.strptime needs, as CPython's
     * _strptime._strptime returns it: (the struct_time fields, fraction, gmtoff_fraction).
     */
    name: "_strptime_datetime",
    impl: (_m, args) => {
      const [data, fmt] = args;
      if (!(data instanceof PyStr) || !(fmt instanceof PyStr)) {
        raise(PyExc_TypeError, "strptime() argument 1 must be str, not " + reprOf((data ?? fmt)!.ob_type));
      }
      const values = strptimeFields(data.value, fmt.value, zone());
      return PyTuple_New([
        structSeqNew(StructTime_Type, values),
        PyInt_FromNumber(lastFractions[0]),
        PyInt_FromNumber(lastFractions[1]),
      ]);
    },
  },
  {
    name: "get_clock_info",
    impl: (_m, args, kw) => {
      const [nameObj] = parseArgs("get_clock_info", args, kw, { names: ["name"], required: 1, posonly: 1 });
      const name = nameObj instanceof PyStr ? nameObj.value : null;
      const info = name === null ? undefined : CLOCK_INFO[name];
      if (info === undefined) raise(PyExc_ValueError, "unknown clock");
      return newNamespace([
        ["implementation", PyStr_FromString(info[0])],
        ["monotonic", PyBool_FromBool(info[1])],
        ["adjustable", PyBool_FromBool(info[2])],
        ["resolution", PyFloat_FromDouble(1e-9)],
      ]);
    },
  },
  {
    name: "clock_gettime",
    impl: (_m, args, kw) => {
      if (kw !== null && kw.length > 0) raise(PyExc_TypeError, "clock_gettime() takes no keyword arguments");
      if (args.length !== 1)
        raise(PyExc_TypeError, `clock_gettime() takes exactly one argument (${args.length} given)`);
      return nsToFloat(clockNs(intOf(args[0]!)));
    },
  },
  {
    name: "clock_gettime_ns",
    impl: (_m, args, kw) => {
      if (kw !== null && kw.length > 0)
        raise(PyExc_TypeError, "clock_gettime_ns() takes no keyword arguments");
      if (args.length !== 1) {
        raise(PyExc_TypeError, `clock_gettime_ns() takes exactly one argument (${args.length} given)`);
      }
      return PyInt_FromBigInt(clockNs(intOf(args[0]!)));
    },
  },
  {
    name: "clock_getres",
    impl: (_m, args, kw) => {
      if (kw !== null && kw.length > 0) raise(PyExc_TypeError, "clock_getres() takes no keyword arguments");
      if (args.length !== 1)
        raise(PyExc_TypeError, `clock_getres() takes exactly one argument (${args.length} given)`);
      clockNs(intOf(args[0]!));
      return PyFloat_FromDouble(1e-9);
    },
  },
  {
    name: "tzset",
    impl: (_m, a, k) => {
      noArgs("tzset", a, k);
      tzifNames = undefined;
      currentZone = zoneInfo();
      return Py_NewRef(Py_None);
    },
  },
];

function createTimeModule(): PyModule {
  const m = PyModule_New("time");
  PyModule_Add(
    m,
    "__doc__",
    PyStr_FromString(
      "This module provides various functions to manipulate time values.\n\nThere are two standard representations of time.  One is the number\nof seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\nor a floating point number (to represent fractions of seconds).\nThe Epoch is system-defined; on Unix, it is generally January 1st, 1970.\nThe actual value can be retrieved by calling gmtime(0).\n\nThe other representation is a tuple of 9 integers giving local time.\nThe tuple items are:\n  year (including century, e.g. 1998)\n  month (1-12)\n  day (1-31)\n  hours (0-23)\n  minutes (0-59)\n  seconds (0-59)\n  weekday (0-6, Monday is 0)\n  Julian day (day in the year, 1-366)\n  DST (Daylight Savings Time) flag (-1, 0 or 1)\nIf the DST flag is 0, the time is given in the regular time zone;\nif it is 1, the time is given in the DST time zone;\nif it is -1, mktime() should guess based on the date and time.\n",
    ),
  );
  PyModule_AddFunctions(m, FUNCTIONS);
  PyModule_AddObjectRef(m, "struct_time", StructTime_Type);
  currentZone = zoneInfo();
  const z = currentZone;
  PyModule_Add(m, "timezone", PyInt_FromNumber(z.timezone));
  PyModule_Add(m, "altzone", PyInt_FromNumber(z.altzone));
  PyModule_Add(m, "daylight", PyInt_FromNumber(z.daylight));
  PyModule_Add(m, "tzname", PyTuple_New([PyStr_FromString(z.tzname[0]), PyStr_FromString(z.tzname[1])]));
  for (const [name, value] of Object.entries(CLOCKS)) PyModule_Add(m, name, PyInt_FromNumber(value));
  PyModule_Add(m, "_STRUCT_TM_ITEMS", PyInt_FromNumber(11));
  return m;
}

export function registerTimeModule(): void {
  registerBuiltinModule("time", createTimeModule);
}
