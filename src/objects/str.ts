/**
 * `str` (CPython's Objects/unicodeobject.c): the representation, the singletons and interning,
 * the slots and every method of str in CPython 3.11.
 *
 * Representation: `value` is a JS string. Python indexes by code point; astral characters are
 * surrogate pairs in JS, so `kind === 4` (CPython's UCS-4 strings, exactly those containing an
 * astral character) marks the strings that need code-point arithmetic; every other string
 * indexes by JS char. `kind` and `ascii` also give the object's size, which is CPython 3.11's
 * compact string size: ASCII 49 + n, latin-1 73 + n, UCS-2 74 + 2n, UCS-4 76 + 4n bytes.
 *
 * (A Python string may hold a high surrogate followed by a low one as two separate code points;
 * in a JS string they read as one astral character. That is the one place where this
 * representation differs from CPython's.)
 */
import { CmpOp } from "../compiler/opcodes.js";
import { reprStr } from "../util/repr.js";
import {
  iterateToArray,
  PyNumber_Index,
  PyObject_Format,
  PyObject_GetItem,
  PyObject_Repr,
  PyObject_Str,
  ssizeArg,
} from "./abstract.js";
import { type ArgSpec, noArgs, oneArg, parseArgs } from "./args.js";
import { PyBool_FromBool } from "./bool.js";
import { bufferBytes, type PyBytes, PyBytes_FromBytes } from "./bytes.js";
import { decodeBytes, encodeString } from "./codecs.js";
import { PyDict, PyDict_GetItemWithError, PyDict_New, PyDict_SetItem, PyDict_Type } from "./dict.js";
import {
  exceptionMatches,
  PyErr_NoArgs,
  PyExc_IndexError,
  PyExc_LookupError,
  PyExc_MemoryError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "./exceptions.js";
import { PyInt, PyInt_FromNumber, PyInt_FromSsize_t } from "./int.js";
import { PyList_NewPreallocated, PySequence_Fast } from "./list.js";
import { defineMethods } from "./methods.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { allocateObject, freeObject, makeImmortal, Py_DECREF, Py_INCREF, PyObject } from "./object.js";
import { BIG_HASH_HALVES, hashString } from "./siphash.js";
import { _PyEval_SliceIndex, PySlice, PySlice_AdjustIndices, PySlice_Unpack } from "./slice.js";
import type { Hash } from "./slots_types.js";
import { formatString, formatStringSpec } from "./str_format.js";
import { percentFormatStr } from "./str_percent.js";
import {
  gcAlloc,
  gcFree,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyTuple,
  PyTuple_New,
  reduceSeqIter,
  setstateIndex,
} from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";
import { instanceAllocSize } from "./typeobject.js";
import * as U from "./unicode_data.js";

/** Argument Clinic signatures of the methods below (made once, not per call). */
const STR_NEW_ARGS: ArgSpec = {
  names: ["object", "encoding", "errors"],
  required: 0,
};
const SPLIT_ARGS: ArgSpec = { names: ["sep", "maxsplit"], required: 0 };
const EXPANDTABS_ARGS: ArgSpec = { names: ["tabsize"], required: 0 };
const ENCODE_ARGS: ArgSpec = { names: ["encoding", "errors"], required: 0 };
const SPLITLINES_ARGS: ArgSpec = { names: ["keepends"], required: 0 };

// ---------------------------------------------------------------------------------------------
// Representation

/** Interning state (CPython's SSTATE_*). */
export enum Interned {
  NOT = 0,
  /** In the interned table, which holds no counted reference: removed when the string dies. */
  MORTAL = 1,
  /** Interned and never freed (the runtime's own strings, the singletons). */
  IMMORTAL = 2,
}

export class PyStr extends PyObject {
  /** The characters. */
  value: string;
  /** Cached hash; -1 = not computed yet (CPython's ob_hash). */
  hash: Hash = -1;
  /**
   * The hash's signed 32-bit halves, set with `hash` (valid when it is not -1): probes read them
   * instead of splitting a bigint hash (most SipHash values are outside +-2^53).
   */
  hashHi = 0;
  hashLo = 0;
  /** Bytes per code point in CPython's representation: 1 (latin-1), 2 (UCS-2), 4 (UCS-4 = has astral). */
  kind: 1 | 2 | 4;
  /** All code points < 128 (CPython's compact ASCII strings). */
  ascii: boolean;
  /** Length in code points (Python's len()). */
  length: number;
  interned: Interned = Interned.NOT;
  /** Holds a surrogate that is not part of a pair (only then can concatenation form a new pair). */
  lone: boolean;
  /** For kind 4 only: UTF-16 offset of each code point index (length + 1 entries), built lazily. */
  offsets: Uint32Array | null = null;

  constructor(type: PyType, value: string, kind: 1 | 2 | 4, ascii: boolean, length: number, lone = false) {
    super(type);
    this.value = value;
    this.kind = kind;
    this.ascii = ascii;
    this.length = length;
    this.lone = lone;
  }
}

/** Results of `analyze`, kept in module variables to avoid allocating. */
let aKind: 1 | 2 | 4 = 1;
let aAscii = true;
let aLength = 0;
let aLone = false;

/** A character outside ASCII, and one outside latin-1 (no surrogate is in latin-1). */
const NON_ASCII = /[^\x00-\x7f]/;
const NON_LATIN1 = /[^\x00-\xff]/;
const SURROGATE = /[\ud800-\udfff]/;

/** Finds the kind, ASCII-ness and code point length of a JS string (CPython's find_maxchar). */
function analyze(s: string): void {
  const n = s.length;
  // V8's compiled scan of a character class is several times faster than the loop below over a
  // long string (and over a sliced or concatenated one): ASCII and latin-1 text, most of what
  // programs make, is settled by it.
  if (n > 16) {
    const ascii = !NON_ASCII.test(s);
    if (ascii || !NON_LATIN1.test(s)) {
      aAscii = ascii;
      aKind = 1;
      aLength = n;
      aLone = false;
      return;
    }
    // past latin-1 and no surrogate at all: UCS-2, one code point per char
    if (!SURROGATE.test(s)) {
      aAscii = false;
      aKind = 2;
      aLength = n;
      aLone = false;
      return;
    }
  }
  let max = 0;
  let pairs = 0;
  let lone = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
    if (c >= 0xd800 && c < 0xe000) {
      if (c < 0xdc00 && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          pairs++;
          i++;
          continue;
        }
      }
      lone = true;
    }
  }
  aAscii = max < 128;
  aKind = pairs > 0 ? 4 : max < 256 ? 1 : 2;
  aLength = n - pairs;
  aLone = lone;
}

/** CPython 3.11's size of a compact string object (what sys.getsizeof reports). */
export function compactStrSize(kind: number, ascii: boolean, length: number): number {
  if (ascii) return 49 + length;
  if (kind === 1) return 73 + length;
  if (kind === 2) return 74 + 2 * length;
  return 76 + 4 * length;
}

function newCompact(value: string, kind: 1 | 2 | 4, ascii: boolean, length: number, lone = false): PyStr {
  const o = new PyStr(PyStr_Type, value, kind, ascii, length, lone);
  allocateObject(o, compactStrSize(kind, ascii, length));
  return o;
}

function newImmortal(value: string): PyStr {
  analyze(value);
  const o = new PyStr(PyStr_Type, value, aKind, aAscii, aLength, aLone);
  o.interned = Interned.IMMORTAL;
  return makeImmortal(o, compactStrSize(aKind, aAscii, aLength));
}

export const PyStr_Type = newStaticType({
  name: "str",
  flags: TypeFlag.BASETYPE | TypeFlag.UNICODE_SUBCLASS | TypeFlag.MATCH_SELF | TypeFlag.IMMUTABLETYPE,
  basicsize: 80,
  itemsize: 0,
  doc:
    "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n" +
    "Create a new string object from the given object. If encoding or\n" +
    "errors is specified, then the object must expose a data buffer\n" +
    "that will be decoded using the given encoding and error handler.\n" +
    "Otherwise, returns the result of object.__str__() (if defined)\n" +
    "or repr(object).\n" +
    "encoding defaults to sys.getdefaultencoding().\n" +
    "errors defaults to 'strict'.",
});

/** The empty string singleton (immortal, like CPython's). */
export const PyStr_EmptyString: PyStr = newImmortal("");

/** CPython's one-character latin-1 strings: `'abc'[0] is 'a'`. Immortal. */
const latin1Chars: PyStr[] = [];
for (let c = 0; c < 256; c++) latin1Chars.push(newImmortal(String.fromCharCode(c)));

/**
 * The interned strings (CPython's `interned` dict; it owns no counted reference). The
 * one-character singletons are not in it: CPython's code constants such as "a" are separate
 * interned objects (`"a" is chr(97)` is False), only runtime results use the singletons.
 */
const internedTable = new Map<string, PyStr>([["", PyStr_EmptyString]]);

/** A str for the JS string `s` (new reference); singletons for '' and one latin-1 character. */
export function PyStr_FromString(s: string): PyStr {
  const n = s.length;
  if (n <= 1) {
    if (n === 0) return PyStr_EmptyString;
    const c = s.charCodeAt(0);
    if (c < 256) return latin1Chars[c]!;
  }
  analyze(s);
  return newCompact(s, aKind, aAscii, aLength, aLone);
}

/** Like PyStr_FromString for a string known to be ASCII (skips the scan). */
export function PyStr_FromASCII(s: string): PyStr {
  const n = s.length;
  if (n <= 1) return n === 0 ? PyStr_EmptyString : latin1Chars[s.charCodeAt(0)]!;
  return newCompact(s, 1, true, n);
}

/**
 * A new str object even for a one-character result (CPython's case mappings, replace, join and
 * translate build a fresh object: `'A'.lower() is 'a'` is False). '' is still the singleton.
 */
export function PyStr_FromStringFresh(s: string): PyStr {
  if (s.length === 0) return PyStr_EmptyString;
  analyze(s);
  return newCompact(s, aKind, aAscii, aLength, aLone);
}

/** The one-character string for code point `cp` (chr()). New reference. */
export function PyStr_FromCodePoint(cp: number): PyStr {
  if (cp < 256) return latin1Chars[cp]!;
  if (cp < 0x10000) return newCompact(String.fromCharCode(cp), 2, false, 1, cp >= 0xd800 && cp < 0xe000);
  return newCompact(String.fromCodePoint(cp), 4, false, 1);
}

/** A substring of `o` (UTF-16 range), reusing `o`'s kind knowledge where possible. */
function substr(o: PyStr, from: number, to: number): PyStr {
  const n = to - from;
  if (n <= 1) {
    if (n <= 0) return PyStr_EmptyString;
    const c = o.value.charCodeAt(from);
    if (c < 256) return latin1Chars[c]!;
  }
  if (n === o.value.length && o.ob_type === PyStr_Type) return Py_NewStr(o);
  const s = o.value.slice(from, to);
  if (o.ascii) return newCompact(s, 1, true, n);
  analyze(s);
  return newCompact(s, aKind, aAscii, aLength, aLone);
}

function Py_NewStr(o: PyStr): PyStr {
  o.ob_refcnt++;
  return o;
}

/** `o` itself when it is an exact str (CPython's unicode_result_unchanged), else an exact copy. */
function resultUnchanged(o: PyStr): PyStr {
  if (o.ob_type === PyStr_Type) return Py_NewStr(o);
  return PyStr_FromStringFresh(o.value);
}

/**
 * The interned str for `s` (new reference). Identifiers and code constants use it, so equal
 * names share one object. The table's own reference is not counted (CPython 3.11's mortal
 * interned strings): the string is freed, and leaves the table, when its last user drops it.
 */
export function PyStr_InternFromString(s: string): PyStr {
  const o = internedTable.get(s);
  if (o !== undefined) {
    o.ob_refcnt++;
    return o;
  }
  const n = PyStr_FromStringFresh(s);
  if (n.interned === Interned.NOT) n.interned = Interned.MORTAL;
  internedTable.set(s, n);
  return n;
}

/** An interned string that is never freed (names the runtime itself holds on to). */
export function PyStr_InternImmortal(s: string): PyStr {
  const o = internedTable.get(s);
  if (o !== undefined) {
    o.ob_refcnt = 1 << 30;
    o.interned = Interned.IMMORTAL;
    return o;
  }
  const n = newImmortal(s);
  internedTable.set(s, n);
  return n;
}

/**
 * sys.intern(o) / PyUnicode_InternInPlace: the interned string equal to the exact str `o`
 * (a new reference, possibly `o` itself, which then becomes interned).
 */
export function PyStr_Intern(o: PyStr): PyStr {
  if (o.interned !== Interned.NOT) return Py_NewStr(o);
  const t = internedTable.get(o.value);
  if (t !== undefined) return Py_NewStr(t);
  o.interned = o.ob_refcnt >= 1 << 29 ? Interned.IMMORTAL : Interned.MORTAL;
  internedTable.set(o.value, o);
  return Py_NewStr(o);
}

/** The interned str with `o`'s characters when `o` is not itself interned (what interning `o` would return). */
export function PyStr_InternedTwin(o: PyStr): PyStr | undefined {
  return o.interned === Interned.NOT ? internedTable.get(o.value) : undefined;
}

/** Is a str with these characters interned already (no object made)? */
export function isInternedText(s: string): boolean {
  return internedTable.has(s);
}

/** Is `s` an interned string (sys._is_interned-style check)? */
export function PyStr_IsInterned(o: PyStr): boolean {
  return o.interned !== Interned.NOT && internedTable.get(o.value) === o;
}

export function PyStr_Check(o: PyObject): o is PyStr {
  return o instanceof PyStr;
}

export function PyStr_CheckExact(o: PyObject): o is PyStr {
  return o.ob_type === PyStr_Type;
}

/** len() of a str. */
export function strLength(o: PyStr): number {
  return o.length;
}

/** The code point → UTF-16 offset table of an astral string. */
function offsetsOf(o: PyStr): Uint32Array {
  let off = o.offsets;
  if (off !== null) return off;
  const s = o.value;
  off = new Uint32Array(o.length + 1);
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    off[j++] = i;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
  }
  off[j] = s.length;
  o.offsets = off;
  return off;
}

/** UTF-16 offset of code point index `i` (0 <= i <= length). */
export function cpToUnit(o: PyStr, i: number): number {
  return o.kind === 4 ? offsetsOf(o)[i]! : i;
}

/** Code point index of UTF-16 offset `u` (a code point boundary). */
export function unitToCp(o: PyStr, u: number): number {
  if (o.kind !== 4) return u;
  const off = offsetsOf(o);
  let lo = 0;
  let hi = off.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (off[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The code point at index i (0 <= i < length). */
export function strCodePointAt(o: PyStr, i: number): number {
  if (o.kind !== 4) return o.value.charCodeAt(i);
  return o.value.codePointAt(offsetsOf(o)[i]!)!;
}

/** s[i] as a new reference (i already normalised to 0 <= i < length). */
export function strIndex(o: PyStr, i: number): PyStr {
  if (o.kind !== 4) {
    const c = o.value.charCodeAt(i);
    return c < 256 ? latin1Chars[c]! : newCompact(o.value[i]!, 2, false, 1, c >= 0xd800 && c < 0xe000);
  }
  return PyStr_FromCodePoint(o.value.codePointAt(offsetsOf(o)[i]!)!);
}

/** Code points of a JS string. */
export function codePointsOf(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** Number of code points of a JS string. */
export function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The first `n` code points of a JS string (a surrogate pair is one). */
export function cpPrefix(s: string, n: number): string {
  if (n >= s.length) return s;
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    const d = s.charCodeAt(i + 1);
    i += c >= 0xd800 && c < 0xdc00 && d >= 0xdc00 && d < 0xe000 ? 2 : 1;
  }
  return s.slice(0, i);
}

/** The largest string JS can hold: bigger results raise MemoryError as CPython does when out of memory. */
export const MAX_STRING_LENGTH = 0x1fffffe8;

/** C's `len > PY_SSIZE_T_MAX / n` (integer division) for a repeat count n > 0. */
export function repeatOverflows(len: number, n: number): boolean {
  if (len * n <= 2 ** 62) return false;
  // A count above 2**53 arrives as the nearest double, which for sys.maxsize is 2**63: a count
  // is never above sys.maxsize, so 'a' * sys.maxsize is not an overflow (python3: MemoryError).
  const count = BigInt(Math.trunc(n));
  return BigInt(len) > SSIZE_MAX / (count > SSIZE_MAX ? SSIZE_MAX : count);
}

const SSIZE_MAX = 9223372036854775807n;

export function checkResultLength(n: number): void {
  if (n > MAX_STRING_LENGTH) throw PyErr_NoArgs(PyExc_MemoryError);
}

// ---------------------------------------------------------------------------------------------
// Argument helpers shared with bytes.ts / bytearray.ts (CPython's Argument Clinic messages)

/** Positional-only Argument Clinic check ("center expected at least 1 argument, got 0"). */
export function checkPositional(
  fname: string,
  args: PyObject[],
  kwnames: string[] | null,
  min: number,
  max: number,
) {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, `${fname}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) {
    raise(
      PyExc_TypeError,
      `${fname.slice(fname.indexOf(".") + 1)} expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${n}`,
    );
  }
  if (n > max) {
    raise(
      PyExc_TypeError,
      `${fname.slice(fname.indexOf(".") + 1)} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${n}`,
    );
  }
}

/** PyArg_ParseTuple-style count check for METH_VARARGS methods ("find() takes at least 1 argument (0 given)"). */
export function checkVarargs(
  owner: string,
  fname: string,
  args: PyObject[],
  kwnames: string[] | null,
  min: number,
  max: number,
) {
  if (kwnames !== null && kwnames.length > 0) {
    raise(PyExc_TypeError, `${owner}.${fname}() takes no keyword arguments`);
  }
  const n = args.length;
  if (n < min) {
    raise(
      PyExc_TypeError,
      `${fname}() takes ${min === max ? "exactly" : "at least"} ${min} argument${min === 1 ? "" : "s"} (${n} given)`,
    );
  }
  if (n > max) {
    raise(
      PyExc_TypeError,
      `${fname}() takes ${min === max ? "exactly" : "at most"} ${max} argument${max === 1 ? "" : "s"} (${n} given)`,
    );
  }
}

/** Argument Clinic's `int` converter (C int range). */
export function intArg(o: PyObject): number {
  let v: number | bigint;
  if (o instanceof PyInt) v = o.value;
  else {
    const i = PyNumber_Index(o);
    v = i.value;
    Py_DECREF(i);
  }
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
    raise(PyExc_OverflowError, `Python int too large to convert to C ${v < 0 ? "int" : "int"}`);
  }
  return v;
}

/** A start/end argument of find/count/startswith...: None or an index, clamped (_PyEval_SliceIndex). */
export function sliceIndexArg(o: PyObject | null | undefined, dflt: number): number {
  if (o === null || o === undefined || o === Py_None) return dflt;
  return _PyEval_SliceIndex(o);
}

/** CPython's ADJUST_INDICES. Results in adjStart/adjEnd. */
export let adjStart = 0;
export let adjEnd = 0;
export function adjustIndices(start: number, end: number, len: number): void {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  adjStart = start;
  adjEnd = end;
}

/** The type name CPython's _PyArg_BadArgument reports ("None" for None). */
export function argTypeName(o: PyObject): string {
  return o === Py_None ? "None" : o.ob_type.tp_name;
}

function argTypeError(fname: string, what: string, expected: string, o: PyObject): never {
  raise(PyExc_TypeError, `${fname}() argument ${what} must be ${expected}, not ${argTypeName(o)}`);
}

/** A required str argument of a positional-only AC method ("replace() argument 1 must be str, not int"). */
function strArg(fname: string, what: string, o: PyObject): PyStr {
  if (!(o instanceof PyStr)) argTypeError(fname, what, "str", o);
  return o;
}

/** The "must be str, not int" check of the find family / partition. */
function subStrArg(o: PyObject): PyStr {
  if (!(o instanceof PyStr)) raise(PyExc_TypeError, `must be str, not ${o.ob_type.tp_name}`);
  return o;
}

// ---------------------------------------------------------------------------------------------
// Glue to other types

function newInt(n: number): PyObject {
  return PyInt_FromNumber(n);
}

function newBool(b: boolean): PyObject {
  return PyBool_FromBool(b);
}

/** A tuple of new references (stolen). */
function newTuple(items: PyObject[]): PyObject {
  return PyTuple_New(items);
}

// ---------------------------------------------------------------------------------------------
// Slots

function str_dealloc(o: PyObject): void {
  const s = o as PyStr;
  if (s.interned === Interned.MORTAL && internedTable.get(s.value) === s) internedTable.delete(s.value);
  freeStrLike(s);
}

function str_repr(o: PyObject): PyObject {
  return PyStr_FromString(reprStr((o as PyStr).value));
}

function str_str(o: PyObject): PyObject {
  return resultUnchanged(o as PyStr);
}

/** hash(str): SipHash-1-3 over CPython's 1/2/4-byte representation, cached. */
export function str_hash(o: PyObject): Hash {
  const s = o as PyStr;
  const h = s.hash;
  if (h !== -1) return h;
  const computed = hashString(s.value, s.kind);
  if (typeof computed === "number") {
    s.hashLo = computed | 0;
    s.hashHi = Math.floor(computed / 4294967296) | 0;
  } else {
    s.hashHi = BIG_HASH_HALVES[0]!;
    s.hashLo = BIG_HASH_HALVES[1]!;
  }
  s.hash = computed;
  return computed;
}

/** Compares two strings in code point order (JS `<` compares UTF-16 code units). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  let ca = a.charCodeAt(i);
  let cb = b.charCodeAt(i);
  // A surrogate (part of an astral character) sorts above every BMP code point.
  if (ca >= 0xd800 && ca < 0xe000 && (cb < 0xd800 || cb >= 0xe000) && isPairAt(a, i)) ca = 0x10000;
  else if (cb >= 0xd800 && cb < 0xe000 && (ca < 0xd800 || ca >= 0xe000) && isPairAt(b, i)) cb = 0x10000;
  return ca - cb;
}

function isPairAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xdc00) return i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  return i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800;
}

function str_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(b instanceof PyStr) || !(a instanceof PyStr)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const x = a.value;
  const y = b.value;
  let r: boolean;
  switch (op) {
    case CmpOp.EQ:
      r = x === y;
      break;
    case CmpOp.NE:
      r = x !== y;
      break;
    default: {
      const c = a.kind === 4 || b.kind === 4 ? compareCodePoints(x, y) : x < y ? -1 : x > y ? 1 : 0;
      r = op === CmpOp.LT ? c < 0 : op === CmpOp.LE ? c <= 0 : op === CmpOp.GT ? c > 0 : c >= 0;
    }
  }
  return newBool(r);
}

function str_length(o: PyObject): number {
  return (o as PyStr).length;
}

/** PyUnicode_Concat. */
export function PyUnicode_Concat(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyStr)) {
    raise(PyExc_TypeError, `can only concatenate str (not "${a.ob_type.tp_name}") to str`);
  }
  if (!(b instanceof PyStr)) {
    raise(PyExc_TypeError, `can only concatenate str (not "${b.ob_type.tp_name}") to str`);
  }
  if (b.value.length === 0) return resultUnchanged(a);
  if (a.value.length === 0) return resultUnchanged(b);
  return strConcat(a, b);
}

/** a + b for two non-empty strs (new object). */
export function strConcat(a: PyStr, b: PyStr): PyStr {
  const s = a.value + b.value;
  checkResultLength(s.length);
  // A lone high surrogate meeting a lone low surrogate forms an astral character: rescan then.
  // (Only strings with lone surrogates are inspected: reading a char would flatten V8's rope.)
  if (a.lone && b.lone) {
    analyze(s);
    return newCompact(s, aKind, aAscii, aLength, aLone);
  }
  return newCompact(
    s,
    Math.max(a.kind, b.kind) as 1 | 2 | 4,
    a.ascii && b.ascii,
    a.length + b.length,
    a.lone || b.lone,
  );
}

function str_repeat(o: PyObject, n: number): PyObject {
  const s = o as PyStr;
  if (n <= 0 || s.length === 0) return PyStr_EmptyString;
  if (n === 1) return resultUnchanged(s);
  if (repeatOverflows(s.length, n)) {
    raise(PyExc_OverflowError, "repeated string is too long");
  }
  checkResultLength(s.value.length * n);
  if (s.lone) return PyStr_FromStringFresh(s.value.repeat(n));
  return newCompact(s.value.repeat(n), s.kind, s.ascii, s.length * n);
}

function str_contains(o: PyObject, v: PyObject): boolean {
  if (!(v instanceof PyStr)) {
    raise(PyExc_TypeError, `'in <string>' requires string as left operand, not ${v.ob_type.tp_name}`);
  }
  return findIn(o as PyStr, v, 0, (o as PyStr).length) >= 0;
}

function str_item(o: PyObject, i: number): PyObject {
  const s = o as PyStr;
  if (i < 0 || i >= s.length) raise(PyExc_IndexError, "string index out of range");
  return strIndex(s, i);
}

function str_subscript(o: PyObject, key: PyObject): PyObject {
  const s = o as PyStr;
  if (key instanceof PyInt || key.ob_type.nb_index !== null) {
    let i: number;
    if (key instanceof PyInt && typeof key.value === "number") i = key.value;
    else {
      const idx = PyNumber_Index(key);
      const v = idx.value;
      Py_DECREF(idx);
      if (typeof v === "bigint") {
        if (v > 9223372036854775807n || v < -9223372036854775808n) {
          raise(PyExc_IndexError, `cannot fit '${key.ob_type.tp_name}' into an index-sized integer`);
        }
        raise(PyExc_IndexError, "string index out of range");
      }
      i = v;
    }
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) raise(PyExc_IndexError, "string index out of range");
    return strIndex(s, i);
  }
  if (key instanceof PySlice) {
    const ix = PySlice_Unpack(key);
    const n = PySlice_AdjustIndices(s.length, ix);
    return strSlice(s, ix.start, ix.step, n);
  }
  raise(PyExc_TypeError, `string indices must be integers, not '${key.ob_type.tp_name}'`);
}

/** s[start::step] of `n` code points. */
export function strSlice(s: PyStr, start: number, step: number, n: number): PyStr {
  if (n <= 0) return PyStr_EmptyString;
  if (step === 1) {
    if (n === s.length && s.ob_type === PyStr_Type) return Py_NewStr(s);
    if (s.kind !== 4) return substr(s, start, start + n);
    const off = offsetsOf(s);
    const r = s.value.slice(off[start]!, off[start + n]!);
    if (n === 1) return PyStr_FromCodePoint(r.codePointAt(0)!);
    analyze(r);
    return newCompact(r, aKind, aAscii, aLength, aLone);
  }
  if (n === 1) return strIndex(s, start);
  const v = s.value;
  const parts: string[] = new Array(n);
  if (s.kind !== 4) {
    for (let k = 0, i = start; k < n; k++, i += step) parts[k] = v[i]!;
  } else {
    const off = offsetsOf(s);
    for (let k = 0, i = start; k < n; k++, i += step) parts[k] = v.slice(off[i]!, off[i + 1]!);
  }
  const r = parts.join("");
  if (s.ascii) return newCompact(r, 1, true, n);
  analyze(r);
  return newCompact(r, aKind, aAscii, aLength, aLone);
}

function str_mod(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyStr)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  return percentFormatStr(a, b);
}

// ---------------------------------------------------------------------------------------------
// Iterators: str_ascii_iterator (ASCII strings) and str_iterator

export class PyStrIter extends PyObject {
  constructor(
    type: PyType,
    public seq: PyStr | null,
    /** UTF-16 position of the next character. */
    public pos: number,
  ) {
    super(type);
  }
}

export const PyStrAsciiIter_Type = newStaticType({
  name: "str_ascii_iterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 32,
});
export const PyStrIter_Type = newStaticType({ name: "str_iterator", flags: TypeFlag.HAVE_GC, basicsize: 32 });

function str_iter(o: PyObject): PyObject {
  const s = o as PyStr;
  const it = new PyStrIter(s.ascii ? PyStrAsciiIter_Type : PyStrIter_Type, s, 0);
  gcAlloc(it, 48);
  Py_INCREF(s);
  PyObject_GC_Track(it);
  return it;
}

function strascii_iternext(o: PyObject): PyObject | null {
  const it = o as PyStrIter;
  const s = it.seq;
  if (s === null) return null;
  if (it.pos < s.value.length) return latin1Chars[s.value.charCodeAt(it.pos++)]!;
  it.seq = null;
  Py_DECREF(s);
  return null;
}

function str_iternext(o: PyObject): PyObject | null {
  const it = o as PyStrIter;
  const s = it.seq;
  if (s === null) return null;
  const v = s.value;
  const p = it.pos;
  if (p < v.length) {
    const c = v.charCodeAt(p);
    if (c < 256) {
      it.pos = p + 1;
      return latin1Chars[c]!;
    }
    if (
      (c & 0xfc00) === 0xd800 &&
      s.kind === 4 &&
      p + 1 < v.length &&
      (v.charCodeAt(p + 1) & 0xfc00) === 0xdc00
    ) {
      it.pos = p + 2;
      return newCompact(v.slice(p, p + 2), 4, false, 1);
    }
    it.pos = p + 1;
    return newCompact(v[p]!, 2, false, 1, (c & 0xf800) === 0xd800);
  }
  it.seq = null;
  Py_DECREF(s);
  return null;
}

function striter_dealloc(o: PyObject): void {
  const it = o as PyStrIter;
  PyObject_GC_UnTrack(it);
  const s = it.seq;
  it.seq = null;
  if (s !== null) Py_DECREF(s);
  gcFree(it);
}

function striter_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const s = (o as PyStrIter).seq;
  if (s !== null) visit(s);
}

function self_iter(o: PyObject): PyObject {
  Py_INCREF(o);
  return o;
}

function striter_length_hint(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  noArgs("__length_hint__", args, kwnames);
  const it = self as PyStrIter;
  const s = it.seq;
  if (s === null) return newInt(0);
  return newInt(s.kind === 4 ? s.length - unitToCp(s, it.pos) : s.value.length - it.pos);
}

/** (iter, (s,), index) with a code point index, or (iter, ('',)) once exhausted. */
function striter_reduce(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const it = self as PyStrIter;
  noArgs(`${it.ob_type.tp_name}.__reduce__`, args, kwnames);
  const s = it.seq;
  if (s === null) return reduceSeqIter(PyStr_EmptyString, 0, "iter", true);
  return reduceSeqIter(s, unitToCp(s, it.pos));
}

/** __setstate__(index): the next code point index, clamped to [0, len]. */
function striter_setstate(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const it = self as PyStrIter;
  let index = setstateIndex(oneArg(`${it.ob_type.tp_name}.__setstate__`, args, kwnames));
  const s = it.seq;
  if (s !== null) {
    if (index < 0) index = 0;
    else if (index > s.length) index = s.length;
    it.pos = cpToUnit(s, index);
  }
  Py_INCREF(Py_None);
  return Py_None;
}

for (const t of [PyStrAsciiIter_Type, PyStrIter_Type]) {
  t.tp_dealloc = striter_dealloc;
  t.tp_traverse = striter_traverse;
  t.tp_iter = self_iter;
  defineMethods(t, {
    __length_hint__: {
      impl: striter_length_hint,
      doc: "Private method returning an estimate of len(list(it)).",
    },
    __reduce__: { impl: striter_reduce, doc: "Return state information for pickling." },
    __setstate__: { impl: striter_setstate, doc: "Set state information for unpickling." },
  });
}
PyStrAsciiIter_Type.tp_iternext = strascii_iternext;
PyStrIter_Type.tp_iternext = str_iternext;

// ---------------------------------------------------------------------------------------------
// Construction: str(object='', encoding='utf-8', errors='strict')

function str_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  // str(x), the usual call: no keyword array to unpack
  if (kwnames === null && args.length === 1 && type === PyStr_Type) return PyObject_Str(args[0]!);
  const [x, encoding, errors] = parseArgs("str", args, kwnames, STR_NEW_ARGS);
  let result: PyStr;
  if (x === null) result = PyStr_EmptyString;
  else if (encoding === null && errors === null) result = PyObject_Str(x);
  else {
    if (encoding !== null && !(encoding instanceof PyStr)) argTypeError("str", "'encoding'", "str", encoding);
    if (errors !== null && !(errors instanceof PyStr)) argTypeError("str", "'errors'", "str", errors);
    result = PyUnicode_FromEncodedObject(
      x,
      encoding === null ? "utf-8" : (encoding as PyStr).value,
      errors === null ? "strict" : (errors as PyStr).value,
    );
  }
  if (type === PyStr_Type) return result;
  const sub = strSubtypeNew(type, result.value);
  Py_DECREF(result);
  return sub;
}

/** An instance of a str subclass holding `value` (CPython's unicode_subtype_new). */
export function strSubtypeNew(type: PyType, value: string): PyStr {
  analyze(value);
  const o = new PyStr(type, value, aKind, aAscii, aLength, aLone);
  // The object (with its GC/dict pre-header) and the character block (CPython allocates two).
  initSubtypeInstance(o, type, instanceAllocSize(type) + (aLength + 1) * aKind);
  return o;
}

/**
 * What every instance of a heap subclass of str/bytes/bytearray gets: its block (a GC block
 * when the class is a GC type), `__dict__` and `__slots__` storage, a counted reference to its
 * class, GC tracking (CPython's PyType_GenericAlloc).
 */
export function initSubtypeInstance(o: PyObject, type: PyType, size: number): void {
  const isGc = type.hasFlag(TypeFlag.HAVE_GC);
  if (isGc) gcAlloc(o, size);
  else allocateObject(o, size);
  if (type.tp_dictoffset !== 0) o.ob_dict = null;
  let nslots = 0;
  for (const t of type.tp_mro) if (t.ht_slots !== null) nslots += t.ht_slots.length;
  if (nslots > 0) o.ob_slots = new Array(nslots).fill(null);
  Py_INCREF(type);
  if (isGc) PyObject_GC_Track(o);
}

/** Frees the block of a str/bytes/bytearray (tp_free: PyObject_GC_Del for GC subclasses). */
export function freeStrLike(o: PyObject): void {
  if (o.ob_type.hasFlag(TypeFlag.HAVE_GC)) gcFree(o);
  else freeObject(o);
}

/** PyUnicode_FromEncodedObject: decode a bytes-like object. */
export function PyUnicode_FromEncodedObject(o: PyObject, encoding: string, errors: string): PyStr {
  if (o instanceof PyStr) raise(PyExc_TypeError, "decoding str is not supported");
  const data = bufferBytes(o);
  if (data === null) {
    raise(PyExc_TypeError, `decoding to str: need a bytes-like object, ${o.ob_type.tp_name} found`);
  }
  return decodeToStr(data, encoding, errors, o);
}

/** Decodes bytes to a new str. `source` is the object the UnicodeDecodeError reports. */
export function decodeToStr(
  data: Uint8Array,
  encoding: string,
  errors: string,
  source: PyObject | null,
): PyStr {
  const s = decodeBytes(data, encoding, errors, source);
  return PyStr_FromString(s);
}

/** CPython's unicode_sizeof: what `'...'.__sizeof__()` returns. */
export function str_sizeof(o: PyStr): number {
  if (o.ob_type === PyStr_Type) return compactStrSize(o.kind, o.ascii, o.length);
  return 80 + (o.length + 1) * o.kind;
}

// ---------------------------------------------------------------------------------------------
// Searching

/** find(sub) within [start, end) code points of s (already adjusted); -1 if absent. */
function findIn(s: PyStr, sub: PyStr, start: number, end: number): number {
  const sl = sub.length;
  if (end - start < sl) return -1;
  if (sl === 0) return start;
  if (s.kind !== 4) {
    const r = s.value.indexOf(sub.value, start);
    return r >= 0 && r + sl <= end ? r : -1;
  }
  const off = offsetsOf(s);
  const u0 = off[start]!;
  const u1 = off[end]!;
  let from = u0;
  for (;;) {
    const r = s.value.indexOf(sub.value, from);
    if (r < 0 || r + sub.value.length > u1) return -1;
    const cp = unitToCp(s, r);
    if (off[cp] === r) return cp; // on a code point boundary
    from = r + 1;
  }
}

function rfindIn(s: PyStr, sub: PyStr, start: number, end: number): number {
  const sl = sub.length;
  if (end - start < sl) return -1;
  if (sl === 0) return end;
  if (s.kind !== 4) {
    const r = s.value.lastIndexOf(sub.value, end - sl);
    return r >= start ? r : -1;
  }
  const off = offsetsOf(s);
  const u0 = off[start]!;
  let from = off[end]! - sub.value.length;
  for (;;) {
    if (from < u0) return -1;
    const r = s.value.lastIndexOf(sub.value, from);
    if (r < u0) return -1;
    const cp = unitToCp(s, r);
    if (off[cp] === r) return cp;
    from = r - 1;
  }
}

/** Non-overlapping occurrences of sub in s[start:end] (adjusted), at most `max`. */
function countIn(s: PyStr, sub: PyStr, start: number, end: number, max = Number.MAX_SAFE_INTEGER): number {
  if (end - start < sub.length) return 0;
  if (sub.length === 0) return Math.min(end - start + 1, max);
  const v = s.value;
  const sv = sub.value;
  const u1 = cpToUnit(s, end);
  let from = cpToUnit(s, start);
  let n = 0;
  const step = sv.length;
  while (n < max) {
    const r = v.indexOf(sv, from);
    if (r < 0 || r + step > u1) break;
    n++;
    from = r + step;
  }
  return n;
}

type FindKind = "find" | "rfind" | "index" | "rindex" | "count";

function findMethod(kind: FindKind) {
  return (self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject => {
    checkVarargs("str", kind, args, kwnames, 1, 3);
    const s = self as PyStr;
    const sub = subStrArg(args[0]!);
    adjustIndices(sliceIndexArg(args[1], 0), sliceIndexArg(args[2], Number.MAX_SAFE_INTEGER), s.length);
    const start = adjStart;
    const end = adjEnd;
    if (kind === "count") return PyInt_FromSsize_t(countIn(s, sub, start, end));
    const r = kind === "find" || kind === "index" ? findIn(s, sub, start, end) : rfindIn(s, sub, start, end);
    if (r < 0 && (kind === "index" || kind === "rindex")) raise(PyExc_ValueError, "substring not found");
    return PyInt_FromSsize_t(r);
  };
}

function tailMatch(s: PyStr, sub: PyStr, start: number, end: number, suffix: boolean): boolean {
  adjustIndices(start, end, s.length);
  start = adjStart;
  end = adjEnd - sub.length;
  if (end < start) return false;
  if (sub.length === 0) return true;
  const pos = suffix ? end : start;
  const u = cpToUnit(s, pos);
  return s.value.startsWith(sub.value, u);
}

function startsEndsWith(name: "startswith" | "endswith") {
  const suffix = name === "endswith";
  return (self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject => {
    checkVarargs("str", name, args, kwnames, 1, 3);
    const s = self as PyStr;
    const x = args[0]!;
    const start = sliceIndexArg(args[1], 0);
    const end = sliceIndexArg(args[2], Number.MAX_SAFE_INTEGER);
    if (x instanceof PyTuple) {
      for (const item of x.items) {
        if (!(item instanceof PyStr)) {
          raise(PyExc_TypeError, `tuple for ${name} must only contain str, not ${item.ob_type.tp_name}`);
        }
        if (tailMatch(s, item, start, end, suffix)) return newBool(true);
      }
      return newBool(false);
    }
    if (!(x instanceof PyStr)) {
      raise(PyExc_TypeError, `${name} first arg must be str or a tuple of str, not ${x.ob_type.tp_name}`);
    }
    return newBool(tailMatch(s, x, start, end, suffix));
  };
}

// ---------------------------------------------------------------------------------------------
// Splitting and joining (JS-string algorithms shared with bytes)

/** Py_UNICODE_ISSPACE for a UTF-16 unit (no whitespace is astral). */
export function isUnicodeSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return U.isSpace(c);
}

/** Py_ISSPACE for bytes: ASCII whitespace (space, \t \n \v \f \r). */
export function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** split() on runs of whitespace, at most `maxsplit` splits (negative = all). */
export function splitWhitespace(v: string, maxsplit: number, isSpace: (c: number) => boolean): string[] {
  const out: string[] = [];
  const n = v.length;
  let i = 0;
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  while (maxsplit-- > 0) {
    while (i < n && isSpace(v.charCodeAt(i))) i++;
    if (i === n) return out;
    const j = i;
    i++;
    while (i < n && !isSpace(v.charCodeAt(i))) i++;
    out.push(v.slice(j, i));
  }
  if (i < n) {
    while (i < n && isSpace(v.charCodeAt(i))) i++;
    if (i !== n) out.push(v.slice(i));
  }
  return out;
}

/** rsplit() on runs of whitespace. */
export function rsplitWhitespace(v: string, maxsplit: number, isSpace: (c: number) => boolean): string[] {
  const out: string[] = [];
  let i = v.length - 1;
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  while (maxsplit-- > 0) {
    while (i >= 0 && isSpace(v.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i;
    i--;
    while (i >= 0 && !isSpace(v.charCodeAt(i))) i--;
    out.push(v.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpace(v.charCodeAt(i))) i--;
    if (i >= 0) out.push(v.slice(0, i + 1));
  }
  out.reverse();
  return out;
}

/** split(sep) with a non-empty separator. */
export function splitSep(v: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) return v.split(sep);
  const out: string[] = [];
  let i = 0;
  while (maxsplit-- > 0) {
    const j = v.indexOf(sep, i);
    if (j < 0) break;
    out.push(v.slice(i, j));
    i = j + sep.length;
  }
  out.push(v.slice(i));
  return out;
}

/** rsplit(sep) with a non-empty separator. */
export function rsplitSep(v: string, sep: string, maxsplit: number): string[] {
  // Only a one-character separator splits the same from either end ('abbbc'.rsplit('bb')).
  if (maxsplit < 0) {
    if (sep.length === 1) return v.split(sep);
    maxsplit = v.length;
  }
  const out: string[] = [];
  let j = v.length;
  while (maxsplit-- > 0) {
    if (j - sep.length < 0) break;
    const i = v.lastIndexOf(sep, j - sep.length);
    if (i < 0) break;
    out.push(v.slice(i + sep.length, j));
    j = i;
  }
  out.push(v.slice(0, j));
  out.reverse();
  return out;
}

/** splitlines(): str line boundaries when `unicode`, else only \n, \r, \r\n (bytes). */
export function splitLines(v: string, keepends: boolean, unicode: boolean): string[] {
  const out: string[] = [];
  const n = v.length;
  let i = 0;
  while (i < n) {
    const j = i;
    let c = 0;
    while (i < n) {
      c = v.charCodeAt(i);
      if (unicode ? U.isLineBreak(c) : c === 10 || c === 13) break;
      i++;
    }
    let eol = i;
    if (i < n) {
      if (c === 13 && i + 1 < n && v.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(v.slice(j, eol));
  }
  return out;
}

/** Strips characters for which `strip(c)` holds from the left (1), right (2) or both (3). */
export function stripBy(v: string, how: number, strip: (c: number) => boolean): [number, number] {
  let i = 0;
  let j = v.length;
  if (how & 1) while (i < j && strip(v.charCodeAt(i))) i++;
  if (how & 2) while (j > i && strip(v.charCodeAt(j - 1))) j--;
  return [i, j];
}

/** Strips any of the characters of `chars` (code points, so astral chars strip as units). */
function stripChars(v: string, how: number, chars: string): [number, number] {
  if (!/[\ud800-\udfff]/.test(chars)) {
    if (chars.length === 1) {
      const c0 = chars.charCodeAt(0);
      return stripBy(v, how, (c) => c === c0);
    }
    return stripBy(v, how, (c) => chars.indexOf(String.fromCharCode(c)) >= 0);
  }
  const set = new Set(codePointsOf(chars));
  let i = 0;
  let j = v.length;
  if (how & 1) {
    while (i < j) {
      const cp = v.codePointAt(i)!;
      if (!set.has(cp)) break;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  if (how & 2) {
    while (j > i) {
      let k = j - 1;
      const lo = v.charCodeAt(k);
      if ((lo & 0xfc00) === 0xdc00 && k > i && (v.charCodeAt(k - 1) & 0xfc00) === 0xd800) k--;
      if (!set.has(v.codePointAt(k)!)) break;
      j = k;
    }
  }
  return [i, j];
}

/** stringlib's PREALLOC_SIZE: split lists start with room for min(maxsplit + 1, 12) items. */
export function splitPreallocSize(maxsplit: number): number {
  return maxsplit < 0 || maxsplit >= 12 ? 12 : maxsplit + 1;
}

/** The list of split pieces; `prealloc` is the room CPython's builder starts with (sizes differ). */
function splitResult(s: PyStr, parts: string[], prealloc: number): PyObject {
  const items: PyObject[] = new Array(parts.length);
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (p.length === s.value.length && s.ob_type === PyStr_Type) items[k] = Py_NewStr(s);
    else if (s.ascii) items[k] = PyStr_FromASCII(p);
    else items[k] = PyStr_FromString(p);
  }
  return PyList_NewPreallocated(items, prealloc);
}

function str_split(
  self: PyObject | null,
  args: PyObject[],
  kwnames: string[] | null,
  right: boolean,
): PyObject {
  const s = self as PyStr;
  const name = right ? "rsplit" : "split";
  const [sepObj, maxObj] = parseArgs(name, args, kwnames, SPLIT_ARGS);
  const maxsplit = maxObj === null ? -1 : ssizeArg(maxObj);
  if (sepObj === null || sepObj === Py_None) {
    return splitResult(
      s,
      (right ? rsplitWhitespace : splitWhitespace)(s.value, maxsplit, isUnicodeSpace),
      splitPreallocSize(maxsplit),
    );
  }
  if (!(sepObj instanceof PyStr))
    raise(PyExc_TypeError, `must be str or None, not ${sepObj.ob_type.tp_name}`);
  if (sepObj.length === 0) raise(PyExc_ValueError, "empty separator");
  // A separator longer (or of a wider kind) than the string: CPython returns [self] in a list of one.
  const prealloc = s.kind < sepObj.kind || s.length < sepObj.length ? 1 : splitPreallocSize(maxsplit);
  return splitResult(s, (right ? rsplitSep : splitSep)(s.value, sepObj.value, maxsplit), prealloc);
}

/** str.join(iterable) (PyUnicode_Join over PySequence_Fast). */
export function PyUnicode_Join(sep: PyStr, iterable: PyObject): PyObject {
  const seq = PySequence_Fast(iterable, "can only join an iterable");
  try {
    const items = seq.items;
    const n = items.length;
    if (n === 0) return PyStr_EmptyString;
    if (n === 1) {
      const item = items[0]!;
      if (item.ob_type === PyStr_Type) return Py_NewStr(item as PyStr);
    }
    const parts: string[] = new Array(n);
    let kind: 1 | 2 | 4 = sep.kind;
    let ascii = sep.ascii;
    let lone = sep.lone;
    let length = sep.length * (n - 1);
    for (let k = 0; k < n; k++) {
      const item = items[k]!;
      if (!(item instanceof PyStr)) {
        raise(PyExc_TypeError, `sequence item ${k}: expected str instance, ${item.ob_type.tp_name} found`);
      }
      parts[k] = item.value;
      if (item.kind > kind) kind = item.kind;
      ascii &&= item.ascii;
      lone ||= item.lone;
      length += item.length;
    }
    const r = parts.join(sep.value);
    checkResultLength(r.length);
    if (r.length === 0) return PyStr_EmptyString;
    // Joining may pair a high surrogate with a low one across a boundary: rescan then.
    if (lone) return PyStr_FromStringFresh(r);
    return newCompact(r, kind, ascii, length);
  } finally {
    Py_DECREF(seq);
  }
}

// ---------------------------------------------------------------------------------------------
// Padding, stripping and other transformations

function fillCharArg(o: PyObject | undefined): string {
  if (o === undefined) return " ";
  if (!(o instanceof PyStr)) {
    raise(PyExc_TypeError, `The fill character must be a unicode character, not ${o.ob_type.tp_name}`);
  }
  if (o.length !== 1) raise(PyExc_TypeError, "The fill character must be exactly one character long");
  return o.value;
}

function pad(s: PyStr, left: number, right: number, fill: string): PyObject {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left === 0 && right === 0) return resultUnchanged(s);
  checkResultLength(s.value.length + (left + right) * fill.length);
  const r = fill.repeat(left) + s.value + fill.repeat(right);
  const f = fill.charCodeAt(0);
  const fk: 1 | 2 | 4 = fill.length === 2 ? 4 : f < 256 ? 1 : 2;
  const surrogateFill = fk === 2 && (f & 0xf800) === 0xd800;
  if (surrogateFill && s.kind !== 4) return PyStr_FromString(r);
  // (around an astral str a surrogate fill is a lone surrogate the flag must tell of)
  return newCompact(
    r,
    fk > s.kind ? fk : s.kind,
    s.ascii && f < 128,
    s.length + left + right,
    s.lone || surrogateFill,
  );
}

function justify(name: "center" | "ljust" | "rjust") {
  return (self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject => {
    checkPositional(`str.${name}`, args, kwnames, 1, 2);
    const s = self as PyStr;
    const width = ssizeArg(args[0]!);
    const fill = fillCharArg(args[1]);
    if (s.length >= width) return resultUnchanged(s);
    const marg = width - s.length;
    if (name === "ljust") return pad(s, 0, marg, fill);
    if (name === "rjust") return pad(s, marg, 0, fill);
    const left = Math.floor(marg / 2) + (marg & width & 1);
    return pad(s, left, marg - left, fill);
  };
}

function str_zfill(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const s = self as PyStr;
  const width = ssizeArg(oneArg("str.zfill", args, kwnames));
  if (s.length >= width) return resultUnchanged(s);
  const fill = width - s.length;
  const v = s.value;
  let r: string;
  const c0 = v.charCodeAt(0);
  if (v.length > 0 && (c0 === 43 || c0 === 45)) r = v[0] + "0".repeat(fill) + v.slice(1);
  else r = "0".repeat(fill) + v;
  checkResultLength(r.length);
  return newCompact(r, s.kind, s.ascii, s.length + fill, s.lone);
}

function stripMethod(name: "strip" | "lstrip" | "rstrip", how: number) {
  return (self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject => {
    checkPositional(`str.${name}`, args, kwnames, 0, 1);
    const s = self as PyStr;
    const chars = args[0];
    let ij: [number, number];
    if (chars === undefined || chars === Py_None) ij = stripBy(s.value, how, isUnicodeSpace);
    else if (chars instanceof PyStr) ij = stripChars(s.value, how, chars.value);
    else raise(PyExc_TypeError, `${name} arg must be None or str`);
    const [i, j] = ij;
    if (i === 0 && j === s.value.length) return resultUnchanged(s);
    return substr(s, i, j);
  };
}

function str_replace(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  checkPositional("str.replace", args, kwnames, 2, 3);
  const s = self as PyStr;
  const old = strArg("replace", "1", args[0]!);
  const rep = strArg("replace", "2", args[1]!);
  let count = args.length > 2 ? ssizeArg(args[2]!) : -1;
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  return strReplace(s, old, rep, count);
}

/** CPython's replace(): `count` replacements at most. */
export function strReplace(s: PyStr, old: PyStr, rep: PyStr, count: number): PyObject {
  const v = s.value;
  if (count === 0 || old.value === rep.value) return resultUnchanged(s);
  let r: string;
  if (old.length === 0) {
    // Insert `rep` before every character and at the end, `count` times at most.
    const n = Math.min(count, s.length + 1);
    if (n === 0) return resultUnchanged(s);
    checkResultLength(v.length + n * rep.value.length);
    const cps = s.kind === 4 ? Array.from(v) : null;
    const parts: string[] = [];
    for (let k = 0; k < s.length; k++) {
      if (k < n) parts.push(rep.value);
      parts.push(cps === null ? v[k]! : cps[k]!);
    }
    if (n > s.length) parts.push(rep.value);
    r = parts.join("");
  } else {
    if (old.length > s.length) return resultUnchanged(s);
    if (count >= Number.MAX_SAFE_INTEGER) {
      if (v.indexOf(old.value) < 0) return resultUnchanged(s);
      const pieces = v.split(old.value);
      checkResultLength(v.length + (pieces.length - 1) * (rep.value.length - old.value.length));
      r = pieces.join(rep.value);
    } else {
      const parts: string[] = [];
      let i = 0;
      let done = 0;
      while (done < count) {
        const j = v.indexOf(old.value, i);
        if (j < 0) break;
        parts.push(v.slice(i, j), rep.value);
        i = j + old.value.length;
        done++;
      }
      if (done === 0) return resultUnchanged(s);
      parts.push(v.slice(i));
      r = parts.join("");
      checkResultLength(r.length);
    }
  }
  return PyStr_FromStringFresh(r);
}

function str_expandtabs(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const s = self as PyStr;
  const [ts] = parseArgs("expandtabs", args, kwnames, EXPANDTABS_ARGS);
  const tabsize = ts === null ? 8 : intArg(ts);
  const v = s.value;
  if (v.indexOf("\t") < 0) return resultUnchanged(s);
  const parts: string[] = [];
  let col = 0;
  let start = 0;
  let total = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 9) {
      parts.push(v.slice(start, i));
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        total += incr;
        checkResultLength(total);
        parts.push(" ".repeat(incr));
      }
      start = i + 1;
    } else {
      if ((c & 0xfc00) !== 0xdc00 || s.kind !== 4) col++;
      total++;
      if (c === 10 || c === 13) col = 0;
    }
  }
  parts.push(v.slice(start));
  return PyStr_FromString(parts.join(""));
}

function str_partition(
  self: PyObject | null,
  args: PyObject[],
  kwnames: string[] | null,
  right: boolean,
): PyObject {
  const s = self as PyStr;
  const sep = subStrArg(oneArg(right ? "str.rpartition" : "str.partition", args, kwnames));
  if (sep.length === 0) raise(PyExc_ValueError, "empty separator");
  const v = s.value;
  const i = right ? v.lastIndexOf(sep.value) : v.indexOf(sep.value);
  if (i < 0) {
    const whole = resultUnchanged(s);
    return right
      ? newTuple([PyStr_EmptyString, PyStr_EmptyString, whole])
      : newTuple([whole, PyStr_EmptyString, PyStr_EmptyString]);
  }
  return newTuple([
    substr(s, 0, i),
    Py_NewStr(sep.ob_type === PyStr_Type ? sep : PyStr_FromStringFresh(sep.value)),
    substr(s, i + sep.value.length, v.length),
  ]);
}

function str_join(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  return PyUnicode_Join(self as PyStr, oneArg("str.join", args, kwnames));
}

function caseMethod(name: string, f: (s: string) => string) {
  return (self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject => {
    noArgs(`str.${name}`, args, kwnames);
    return PyStr_FromStringFresh(f((self as PyStr).value));
  };
}

function predicate(name: string, f: (s: PyStr) => boolean) {
  return (self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject => {
    noArgs(`str.${name}`, args, kwnames);
    return newBool(f(self as PyStr));
  };
}

function allFlags(flags: number) {
  return (s: PyStr): boolean => {
    const v = s.value;
    if (s.ascii) {
      if (v.length === 0) return false;
      for (let i = 0; i < v.length; i++) if ((U.charFlags(v.charCodeAt(i)) & flags) === 0) return false;
      return true;
    }
    return U.strAll(v, flags);
  };
}

function str_removeaffix(
  self: PyObject | null,
  args: PyObject[],
  kwnames: string[] | null,
  suffix: boolean,
): PyObject {
  const s = self as PyStr;
  const name = suffix ? "removesuffix" : "removeprefix";
  const a = oneArg(`str.${name}`, args, kwnames);
  if (!(a instanceof PyStr)) raise(PyExc_TypeError, `${name}() argument must be str, not ${argTypeName(a)}`);
  const v = s.value;
  if (a.value.length > 0 && (suffix ? v.endsWith(a.value) : v.startsWith(a.value))) {
    return suffix ? substr(s, 0, v.length - a.value.length) : substr(s, a.value.length, v.length);
  }
  return resultUnchanged(s);
}

// ---------------------------------------------------------------------------------------------
// translate / maketrans

function str_translate(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const s = self as PyStr;
  const table = oneArg("str.translate", args, kwnames);
  const cache = new Map<number, string | null>();
  const parts: string[] = [];
  const v = s.value;
  for (let i = 0; i < v.length; i++) {
    let cp = v.charCodeAt(i);
    if (
      (cp & 0xfc00) === 0xd800 &&
      s.kind === 4 &&
      i + 1 < v.length &&
      (v.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ) {
      cp = v.codePointAt(i)!;
      i++;
    }
    let m = cache.get(cp);
    if (m === undefined) {
      m = translateLookup(table, cp);
      cache.set(cp, m);
    }
    if (m !== null) parts.push(m);
  }
  return PyStr_FromStringFresh(parts.join(""));
}

/** table[cp] → replacement string, or null to delete. LookupError keeps the character. */
function translateLookup(table: PyObject, cp: number): string | null {
  const key = newInt(cp);
  let r: PyObject;
  try {
    if (table.ob_type === PyDict_Type) {
      // an exact dict: a miss is no KeyError to build and drop (no __missing__ to call)
      const hit = PyDict_GetItemWithError(table as PyDict, key);
      if (hit === null) return String.fromCodePoint(cp);
      r = hit;
      Py_INCREF(r);
    } else r = PyObject_GetItem(table, key);
  } catch (e) {
    if (exceptionMatches(e, PyExc_LookupError)) {
      Py_DECREF(e as PyObject);
      return String.fromCodePoint(cp);
    }
    throw e;
  } finally {
    Py_DECREF(key);
  }
  try {
    if (r === Py_None) return null;
    if (r instanceof PyInt) {
      const n = r.value;
      if (typeof n === "bigint" || n < 0 || n > 0x10ffff) {
        raise(PyExc_ValueError, "character mapping must be in range(0x110000)");
      }
      return String.fromCodePoint(n);
    }
    if (r instanceof PyStr) return r.value;
    raise(PyExc_TypeError, "character mapping must return integer, None or str");
  } finally {
    Py_DECREF(r);
  }
}

function str_maketrans(_self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  checkPositional("maketrans", args, kwnames, 1, 3);
  const x = args[0]!;
  const y = args[1];
  const z = args[2];
  const d = PyDict_New();
  try {
    if (y === undefined) {
      if (!(x instanceof PyDict)) {
        raise(PyExc_TypeError, "if you give only one argument to maketrans it must be a dict");
      }
      const keys = iterateToArray(x);
      try {
        for (const k of keys) {
          const val = PyObject_GetItem(x, k);
          try {
            if (k instanceof PyStr) {
              if (k.length !== 1)
                raise(PyExc_ValueError, "string keys in translate table must be of length 1");
              const nk = newInt(k.value.codePointAt(0)!);
              PyDict_SetItem(d, nk, val);
              Py_DECREF(nk);
            } else if (k instanceof PyInt) {
              PyDict_SetItem(d, k, val);
            } else {
              raise(PyExc_TypeError, "keys in translate table must be strings or integers");
            }
          } finally {
            Py_DECREF(val);
          }
        }
      } finally {
        for (const k of keys) Py_DECREF(k);
      }
      return d;
    }
    if (!(x instanceof PyStr)) {
      raise(PyExc_TypeError, "first maketrans argument must be a string if there is a second argument");
    }
    if (!(y instanceof PyStr)) argTypeError("maketrans", "2", "str", y);
    if (x.length !== y.length) {
      raise(PyExc_ValueError, "the first two maketrans arguments must have equal length");
    }
    const xs = codePointsOf(x.value);
    const ys = codePointsOf(y.value);
    for (let i = 0; i < xs.length; i++) {
      const k = newInt(xs[i]!);
      const val = newInt(ys[i]!);
      PyDict_SetItem(d, k, val);
      Py_DECREF(k);
      Py_DECREF(val);
    }
    if (z !== undefined) {
      if (!(z instanceof PyStr)) argTypeError("maketrans", "3", "str", z);
      for (const cp of codePointsOf(z.value)) {
        const k = newInt(cp);
        PyDict_SetItem(d, k, Py_None);
        Py_DECREF(k);
      }
    }
    return d;
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// encode, format, misc

function str_encode(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const s = self as PyStr;
  const [enc, err] = parseArgs("encode", args, kwnames, ENCODE_ARGS);
  if (enc !== null && !(enc instanceof PyStr)) argTypeError("encode", "'encoding'", "str", enc);
  if (err !== null && !(err instanceof PyStr)) argTypeError("encode", "'errors'", "str", err);
  const bytes = encodeString(
    s.value,
    enc === null ? "utf-8" : (enc as PyStr).value,
    err === null ? "strict" : (err as PyStr).value,
    s,
  );
  return PyBytes_FromBytes(bytes);
}

/** PyUnicode_AsEncodedString. */
export function PyUnicode_AsEncodedString(s: PyStr, encoding: string, errors: string): PyBytes {
  return PyBytes_FromBytes(encodeString(s.value, encoding, errors, s));
}

function str_format_method(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  return formatString(self as PyStr, args, kwnames, null);
}

function str_format_map(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const mapping = oneArg("str.format_map", args, kwnames);
  return formatString(self as PyStr, [], null, mapping);
}

function str___format__(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const s = self as PyStr;
  checkPositional("str.__format__", args, kwnames, 1, 1);
  const spec = args[0]!;
  if (!(spec instanceof PyStr))
    raise(PyExc_TypeError, `__format__() argument must be str, not ${argTypeName(spec)}`);
  if (spec.value.length === 0) {
    // format_obj: an exact str is itself; a subclass goes through str() (its __str__).
    if (s.ob_type === PyStr_Type) return Py_NewStr(s);
    return PyObject_Str(s);
  }
  return formatStringSpec(s, spec.value);
}

function str_splitlines(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const s = self as PyStr;
  const [ke] = parseArgs("splitlines", args, kwnames, SPLITLINES_ARGS);
  const keepends = ke === null ? false : intArg(ke) !== 0;
  return splitResult(s, splitLines(s.value, keepends, true), 0);
}

function str_isascii(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  noArgs("str.isascii", args, kwnames);
  return newBool((self as PyStr).ascii);
}

const isAlnumAll = allFlags(U.CharFlag.ALNUM);
const isAlphaAll = allFlags(U.CharFlag.ALPHA);
const isDecimalAll = allFlags(U.CharFlag.DECIMAL);
const isDigitAll = allFlags(U.CharFlag.DIGIT);
const isNumericAll = allFlags(U.CharFlag.NUMERIC);

defineMethods(PyStr_Type, {
  encode: {
    impl: str_encode,
    textSignature: "($self, /, encoding='utf-8', errors='strict')",
    doc: "Encode the string using the codec registered for encoding.",
  },
  replace: { impl: str_replace, textSignature: "($self, old, new, count=-1, /)" },
  split: {
    impl: (s, a, k) => str_split(s, a, k, false),
    textSignature: "($self, /, sep=None, maxsplit=-1)",
  },
  rsplit: {
    impl: (s, a, k) => str_split(s, a, k, true),
    textSignature: "($self, /, sep=None, maxsplit=-1)",
  },
  join: { impl: str_join, textSignature: "($self, iterable, /)" },
  capitalize: caseMethod("capitalize", U.strCapitalize),
  casefold: caseMethod("casefold", U.strCasefold),
  title: caseMethod("title", U.strTitle),
  center: { impl: justify("center"), textSignature: "($self, width, fillchar=' ', /)" },
  count: findMethod("count"),
  expandtabs: { impl: str_expandtabs, textSignature: "($self, /, tabsize=8)" },
  find: findMethod("find"),
  partition: { impl: (s, a, k) => str_partition(s, a, k, false), textSignature: "($self, sep, /)" },
  index: findMethod("index"),
  ljust: { impl: justify("ljust"), textSignature: "($self, width, fillchar=' ', /)" },
  lower: caseMethod("lower", U.strLower),
  lstrip: { impl: stripMethod("lstrip", 1), textSignature: "($self, chars=None, /)" },
  rfind: findMethod("rfind"),
  rindex: findMethod("rindex"),
  rjust: { impl: justify("rjust"), textSignature: "($self, width, fillchar=' ', /)" },
  rstrip: { impl: stripMethod("rstrip", 2), textSignature: "($self, chars=None, /)" },
  rpartition: { impl: (s, a, k) => str_partition(s, a, k, true), textSignature: "($self, sep, /)" },
  splitlines: { impl: str_splitlines, textSignature: "($self, /, keepends=False)" },
  strip: { impl: stripMethod("strip", 3), textSignature: "($self, chars=None, /)" },
  swapcase: caseMethod("swapcase", U.strSwapcase),
  translate: { impl: str_translate, textSignature: "($self, table, /)" },
  upper: caseMethod("upper", U.strUpper),
  startswith: startsEndsWith("startswith"),
  endswith: startsEndsWith("endswith"),
  removeprefix: { impl: (s, a, k) => str_removeaffix(s, a, k, false), textSignature: "($self, prefix, /)" },
  removesuffix: { impl: (s, a, k) => str_removeaffix(s, a, k, true), textSignature: "($self, suffix, /)" },
  isascii: str_isascii,
  islower: predicate("islower", (s) => U.strIsLower(s.value)),
  isupper: predicate("isupper", (s) => U.strIsUpper(s.value)),
  istitle: predicate("istitle", (s) => U.strIsTitle(s.value)),
  isspace: predicate("isspace", (s) => U.strIsSpace(s.value)),
  isdecimal: predicate("isdecimal", isDecimalAll),
  isdigit: predicate("isdigit", isDigitAll),
  isnumeric: predicate("isnumeric", isNumericAll),
  isalpha: predicate("isalpha", isAlphaAll),
  isalnum: predicate("isalnum", isAlnumAll),
  isidentifier: predicate("isidentifier", (s) => U.strIsIdentifier(s.value)),
  isprintable: predicate("isprintable", (s) => U.strIsPrintable(s.value)),
  zfill: { impl: str_zfill, textSignature: "($self, width, /)" },
  format: { impl: str_format_method, doc: "S.format(*args, **kwargs) -> str" },
  format_map: { impl: str_format_map, doc: "S.format_map(mapping) -> str" },
  __format__: { impl: str___format__, textSignature: "($self, format_spec, /)" },
  maketrans: {
    impl: str_maketrans,
    kind: "static",
    textSignature: "(x, y=<unrepresentable>, z=<unrepresentable>, /)",
  },
  __sizeof__: {
    impl: (s, a, k) => {
      noArgs("str.__sizeof__", a, k);
      return PyInt_FromSsize_t(str_sizeof(s as PyStr));
    },
    textSignature: "($self, /)",
  },
  __getnewargs__: (s, a, k) => {
    noArgs("str.__getnewargs__", a, k);
    return newTuple([PyStr_FromStringFresh((s as PyStr).value)]);
  },
});

PyStr_Type.tp_dealloc = str_dealloc;
PyStr_Type.tp_repr = str_repr;
PyStr_Type.tp_str = str_str;
PyStr_Type.tp_hash = str_hash;
PyStr_Type.tp_richcompare = str_richcompare;
PyStr_Type.tp_iter = str_iter;
PyStr_Type.tp_new = str_new;
PyStr_Type.sq_length = str_length;
PyStr_Type.sq_concat = PyUnicode_Concat;
PyStr_Type.sq_repeat = str_repeat;
PyStr_Type.sq_item = str_item;
PyStr_Type.sq_contains = str_contains;
PyStr_Type.mp_length = str_length;
PyStr_Type.mp_subscript = str_subscript;
PyStr_Type.nb_remainder = str_mod;

/** ascii(o): repr with non-ASCII characters escaped (CPython's PyObject_ASCII). */
export function PyObject_ASCII(o: PyObject): PyStr {
  const r = PyObject_Repr(o);
  if (r.ascii) return r;
  const s = asciiEscape(r.value);
  Py_DECREF(r);
  return PyStr_FromASCII(s);
}

/** Escapes non-ASCII code points as \xNN, \uNNNN or \UNNNNNNNN (backslashreplace). */
export function asciiEscape(v: string): string {
  let out = "";
  let last = 0;
  for (let i = 0; i < v.length; i++) {
    let c = v.charCodeAt(i);
    if (c < 128) continue;
    out += v.slice(last, i);
    if ((c & 0xfc00) === 0xd800 && i + 1 < v.length && (v.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      c = v.codePointAt(i)!;
      i++;
    }
    if (c < 256) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
    last = i + 1;
  }
  return out + v.slice(last);
}

/** PyObject_Format for use by format()/f-strings: convenience re-export. */
export { PyObject_Format };
