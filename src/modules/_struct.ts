/**
 * The `_struct` builtin module (CPython 3.11's Modules/_struct.c) behind lib/struct.py: format
 * parsing with byte order, sizes and native alignment as on x86-64 Linux, `pack`/`unpack`/
 * `pack_into`/`unpack_from`/`iter_unpack`/`calcsize`, the `Struct` type and `struct.error`.
 *
 * Error messages follow CPython, including its quirk that little-endian standard formats ('<',
 * '=') reuse the native packers whenever the sizes match (so '<h' and '>h' report range errors
 * differently).
 */

import { PyNumber_Index, PyObject_Call, PyObject_Hash, PyObject_IsTrue } from "../objects/abstract.js";
import { parseArgs } from "../objects/args.js";
import { PyBool_FromBool } from "../objects/bool.js";
import { PyByteArray } from "../objects/bytearray.js";
import { bufferBytes, PyBytes, PyBytes_FromBytes } from "../objects/bytes.js";
import { PyDict_New, PyDict_SetItemString } from "../objects/dict.js";
import {
  exceptionMatches,
  type PyBaseException,
  PyExc_Exception,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_TypeError,
  raise,
} from "../objects/exceptions.js";
import { PyFloat, PyFloat_AsDouble, PyFloat_FromDouble } from "../objects/float.js";
import { PyInt, PyInt_FromBigInt, PyInt_FromNumber } from "../objects/int.js";
import { defineGetSets, defineMethods, type MethodDef } from "../objects/methods.js";
import {
  type PyModule,
  PyModule_Add,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, PyObject } from "../objects/object.js";
import type { VisitProc } from "../objects/slots_types.js";
import { argTypeName, PyStr, PyStr_FromString, PyStr_Type } from "../objects/str.js";
import { gcAlloc, gcFree, PyObject_GC_Track, PyObject_GC_UnTrack, PyTuple_New } from "../objects/tuple.js";
import { newStaticType, type PyType, PyType_Type, TypeFlag } from "../objects/type.js";
import { instanceAllocSize, PyObject_GenericGetAttr } from "../objects/typeobject.js";
import { PyObject_ClearWeakRefs } from "../objects/weakref.js";
import { pow2 } from "../util/powers.js";
import { importState, registerBuiltinModule } from "./importlib.js";

// ---------------------------------------------------------------------------------------------
// struct.error (a class created per run, like PyErr_NewException)

/** Per-run state: struct.error and the format cache belong to one run's heap. */
const state = { run: null as PyObject | null, error: null as PyType | null };

function currentRun(): void {
  const run = importState.modules;
  if (state.run !== run) {
    // Objects of an earlier run are not ours to release.
    state.run = run;
    state.error = null;
    cache.clear();
  }
}

/** Creates an exception class `module.name` deriving from `base` (new reference). */
export function newExceptionClass(qualified: string, base: PyType, doc: string | null = null): PyType {
  const dot = qualified.lastIndexOf(".");
  const name = PyStr_FromString(qualified.slice(dot + 1));
  const bases = PyTuple_New([Py_NewRef(base)]);
  const dict = PyDict_New();
  const mod = PyStr_FromString(qualified.slice(0, dot));
  PyDict_SetItemString(dict, "__module__", mod);
  Py_DECREF(mod);
  if (doc !== null) {
    const d = PyStr_FromString(doc);
    PyDict_SetItemString(dict, "__doc__", d);
    Py_DECREF(d);
  }
  try {
    return PyObject_Call(PyType_Type, [name, bases, dict], null) as PyType;
  } finally {
    Py_DECREF(name);
    Py_DECREF(bases);
    Py_DECREF(dict);
  }
}

function structError(msg: string): never {
  // Through the class's constructor: struct.error is a heap type (PyErr_Format would not take
  // a reference to it).
  const m = PyStr_FromString(msg);
  let exc: PyObject;
  try {
    exc = PyObject_Call(state.error!, [m], null);
  } finally {
    Py_DECREF(m);
  }
  throw exc;
}

// ---------------------------------------------------------------------------------------------
// format parsing

type Mode = "native" | "little" | "big";

interface FormatDef {
  size: number;
  align: number;
}

const NATIVE: Record<string, FormatDef> = {
  x: { size: 1, align: 1 },
  c: { size: 1, align: 1 },
  b: { size: 1, align: 1 },
  B: { size: 1, align: 1 },
  "?": { size: 1, align: 1 },
  h: { size: 2, align: 2 },
  H: { size: 2, align: 2 },
  i: { size: 4, align: 4 },
  I: { size: 4, align: 4 },
  l: { size: 8, align: 8 },
  L: { size: 8, align: 8 },
  q: { size: 8, align: 8 },
  Q: { size: 8, align: 8 },
  n: { size: 8, align: 8 },
  N: { size: 8, align: 8 },
  e: { size: 2, align: 2 },
  f: { size: 4, align: 4 },
  d: { size: 8, align: 8 },
  s: { size: 1, align: 1 },
  p: { size: 1, align: 1 },
  P: { size: 8, align: 8 },
};

const STANDARD: Record<string, number> = {
  x: 1,
  c: 1,
  b: 1,
  B: 1,
  "?": 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 4,
  L: 4,
  q: 8,
  Q: 8,
  e: 2,
  f: 4,
  d: 8,
  s: 1,
  p: 1,
};

interface Code {
  fmt: string;
  offset: number;
  /** For 's' and 'p' the byte length; otherwise the item size. */
  size: number;
  /** The layout's byte order is little-endian ('@', '=', '<'). */
  little: boolean;
  /** An integer code whose values are signed. */
  signed: boolean;
  /** FAST_INT: an int in [lo, hi] held as a JS number is written without BigInt; FAST_DOUBLE: 'd'. */
  fast: number;
  lo: number;
  hi: number;
}

const FAST_NONE = 0;
const FAST_INT = 1;
const FAST_DOUBLE = 2;

/** A format item at `offset` with its byte order and its number fast path worked out once. */
function makeCode(fmt: string, offset: number, size: number, mode: Mode): Code {
  const code: Code = {
    fmt,
    offset,
    size,
    little: mode !== "big",
    signed: fmt !== fmt.toUpperCase(),
    fast: FAST_NONE,
    lo: 0,
    hi: 0,
  };
  if (fmt === "d") code.fast = FAST_DOUBLE;
  else if ("bBhHiIlLqQnN".includes(fmt)) {
    code.fast = FAST_INT;
    if (size === 8) {
      // every int a JS number holds fits a (unsigned) 64-bit integer when it is not negative
      code.lo = code.signed ? -Infinity : 0;
      code.hi = Infinity;
    } else {
      const span = pow2(size * 8);
      code.lo = code.signed ? -span / 2 : 0;
      code.hi = (code.signed ? span / 2 : span) - 1;
    }
  }
  return code;
}

interface Layout {
  mode: Mode;
  /** Little-endian standard formats that reuse the native packers (see the file comment). */
  nativePackers: boolean;
  size: number;
  /** Number of values packed/unpacked. */
  len: number;
  codes: Code[];
  /** CPython's ncodes (one per item group), for __sizeof__. */
  ncodes: number;
}

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\v" || c === "\f";
}

function parseFormat(fmt: string): Layout {
  let i = 0;
  let mode: Mode = "native";
  let native = true;
  const first = fmt[0];
  if (first === "@") i = 1;
  else if (first === "=" || first === "<") {
    mode = "little";
    native = false;
    i = 1;
  } else if (first === ">" || first === "!") {
    mode = "big";
    native = false;
    i = 1;
  }
  const items: [string, number][] = [];
  while (i < fmt.length) {
    let c = fmt[i++]!;
    if (isSpace(c)) continue;
    let num = 1;
    if (c >= "0" && c <= "9") {
      num = c.charCodeAt(0) - 48;
      for (;;) {
        c = fmt[i++] ?? "\0";
        if (!(c >= "0" && c <= "9")) break;
        num = num * 10 + (c.charCodeAt(0) - 48);
        if (num > Number.MAX_SAFE_INTEGER / 10) structError("total struct size too long");
      }
      if (c === "\0") structError("repeat count given without format specifier");
    }
    if (native ? NATIVE[c] === undefined : STANDARD[c] === undefined)
      structError("bad char in struct format");
    items.push([c, num]);
  }
  let size = 0;
  let len = 0;
  let ncodes = 0;
  const codes: Code[] = [];
  for (const [c, num] of items) {
    const itemsize = native ? NATIVE[c]!.size : STANDARD[c]!;
    if (native) {
      const a = NATIVE[c]!.align;
      if (a > 1 && size > 0) size += a - 1 - ((size - 1) % a);
    }
    if (c === "s" || c === "p") {
      codes.push(makeCode(c, size, num, mode));
      len++;
      ncodes++;
      size += num;
    } else if (c === "x") {
      size += num;
    } else {
      if (num) ncodes++;
      for (let k = 0; k < num; k++) {
        codes.push(makeCode(c, size, itemsize, mode));
        size += itemsize;
      }
      len += num;
    }
  }
  return { mode, nativePackers: mode === "native" || mode === "little", size, len, codes, ncodes };
}

// ---------------------------------------------------------------------------------------------
// packing values

/** get_pylong: the int value of an integer-like argument. */
function intArg(v: PyObject): number | bigint {
  if (v instanceof PyInt) return v.value;
  if (v.ob_type.nb_index === null) structError("required argument is not an integer");
  const i = PyNumber_Index(v);
  try {
    return i.value;
  } finally {
    Py_DECREF(i);
  }
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;

function big(v: number | bigint): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

/** get_long: fits a C long or "argument out of range". */
function getLong(v: PyObject): bigint {
  const x = big(intArg(v));
  if (x < LONG_MIN || x > LONG_MAX) structError("argument out of range");
  return x;
}

/** get_ulong: fits an unsigned C long or "argument out of range". */
function getULong(v: PyObject): bigint {
  const x = big(intArg(v));
  if (x < 0n || x > ULONG_MAX) structError("argument out of range");
  return x;
}

function floatArg(v: PyObject): number {
  if (v instanceof PyFloat) return v.value;
  try {
    return PyFloat_AsDouble(v);
  } catch (e) {
    if (exceptionMatches(e, PyExc_TypeError) || exceptionMatches(e, PyExc_OverflowError)) {
      Py_DECREF(e as PyBaseException);
      structError("required argument is not a float");
    }
    throw e;
  }
}

function writeInt(view: DataView, at: number, size: number, x: bigint, little: boolean): void {
  switch (size) {
    case 1:
      view.setUint8(at, Number(BigInt.asUintN(8, x)));
      break;
    case 2:
      view.setUint16(at, Number(BigInt.asUintN(16, x)), little);
      break;
    case 4:
      view.setUint32(at, Number(BigInt.asUintN(32, x)), little);
      break;
    default:
      view.setBigUint64(at, BigInt.asUintN(64, x), little);
  }
}

function rangeError(fmt: string, size: number, unsigned: boolean): never {
  const bits = BigInt(size * 8);
  if (unsigned) structError(`'${fmt}' format requires 0 <= number <= ${(1n << bits) - 1n}`);
  const largest = (1n << (bits - 1n)) - 1n;
  structError(`'${fmt}' format requires ${-largest - 1n} <= number <= ${largest}`);
}

const f32 = new Float32Array(1);
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f32.buffer);
const u64 = new BigUint64Array(f64.buffer);

/** PyFloat_Pack2: IEEE 754 binary16 with round-half-even; OverflowError past 65504. */
export function packHalf(x: number): number {
  let sign = 0;
  let e = 0;
  let bits = 0;
  if (x === 0) {
    sign = Object.is(x, -0) ? 1 : 0;
  } else if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) {
      f64[0] = x;
      sign = Number(u64[0]! >> 63n);
      e = 0x1f;
      bits = 512;
    } else {
      sign = x < 0 ? 1 : 0;
      e = 0x1f;
    }
  } else {
    sign = x < 0 ? 1 : 0;
    x = Math.abs(x);
    let exp = Math.floor(Math.log2(x));
    let f = x / pow2(exp);
    // Correct for rounding in log2 so that 1 <= f < 2.
    while (f >= 2) {
      f /= 2;
      exp++;
    }
    while (f < 1) {
      f *= 2;
      exp--;
    }
    e = exp;
    if (e >= 16) raise(PyExc_OverflowError, "float too large to pack with e format");
    if (e < -25) {
      f = 0;
      e = 0;
    } else if (e < -14) {
      f = f * pow2(14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1;
    }
    f *= 1024;
    bits = Math.trunc(f);
    if (f - bits > 0.5 || (f - bits === 0.5 && bits % 2 === 1)) {
      bits++;
      if (bits === 1024) {
        bits = 0;
        e++;
        if (e === 31) raise(PyExc_OverflowError, "float too large to pack with e format");
      }
    }
  }
  return bits | (e << 10) | (sign << 15);
}

/** PyFloat_Unpack2. */
export function unpackHalf(h: number): number {
  const sign = (h >> 15) & 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0x1f) {
    if (f === 0) return sign ? -Infinity : Infinity;
    return sign ? -Number.NaN : Number.NaN;
  }
  let x = f / 1024;
  let exp: number;
  if (e === 0) exp = -14;
  else {
    x += 1;
    exp = e - 15;
  }
  x *= pow2(exp);
  return sign ? -x : x;
}

function writeFloat32(view: DataView, at: number, x: number, little: boolean): void {
  f32[0] = x;
  if (Number.isNaN(x)) {
    f64[0] = x;
    const signBit = Number(u64[0]! >> 63n) << 31;
    u32[0] = (0x7fc00000 | signBit) >>> 0;
  }
  view.setUint32(at, u32[0]!, little);
}

function writeFloat64(view: DataView, at: number, x: number, little: boolean): void {
  f64[0] = x;
  view.setBigUint64(at, u64[0]!, little);
}

function copyBytes(out: Uint8Array, at: number, data: Uint8Array, n: number): void {
  if (n > 64) out.set(data.subarray(0, n), at);
  else for (let k = 0; k < n; k++) out[at + k] = data[k]!;
}

/** Writes an int in range for its code (a JS number) as the slow path would. */
function writeNumber(view: DataView, at: number, code: Code, x: number): void {
  const little = code.little;
  switch (code.size) {
    case 1:
      view.setUint8(at, x & 0xff);
      return;
    case 2:
      view.setUint16(at, x & 0xffff, little);
      return;
    case 4:
      view.setUint32(at, x >>> 0, little);
      return;
    default: {
      const hi = Math.floor(x / 4294967296);
      const lo = x - hi * 4294967296;
      view.setUint32(little ? at : at + 4, lo, little);
      view.setInt32(little ? at + 4 : at, hi, little);
    }
  }
}

function packValue(L: Layout, code: Code, v: PyObject, out: Uint8Array, view: DataView, base: number): void {
  const at = base + code.offset;
  const fast = code.fast;
  if (fast === FAST_INT) {
    if (v instanceof PyInt) {
      const x = v.value;
      if (typeof x === "number" && x >= code.lo && x <= code.hi) {
        writeNumber(view, at, code, x);
        return;
      }
    }
  } else if (fast === FAST_DOUBLE && v instanceof PyFloat) {
    const x = v.value;
    // a NaN keeps its bits through writeFloat64
    if (!Number.isNaN(x)) {
      view.setFloat64(at, x, code.little);
      return;
    }
  }
  const little = code.little;
  const c = code.fmt;
  switch (c) {
    case "c": {
      if (!(v instanceof PyBytes) || v.value.length !== 1) {
        structError("char format requires a bytes object of length 1");
      }
      out[at] = v.value[0]!;
      return;
    }
    case "s":
    case "p": {
      if (!(v instanceof PyBytes) && !(v instanceof PyByteArray)) {
        structError(`argument for '${c}' must be a bytes object`);
      }
      const data = v instanceof PyBytes ? v.value : v.getBuffer();
      // packInto zeroed the field; a short string is copied without a view of its buffer
      if (c === "s") copyBytes(out, at, data, Math.min(data.length, code.size));
      else {
        if (code.size === 0) return;
        const n = Math.min(data.length, code.size - 1);
        copyBytes(out, at + 1, data, n);
        out[at] = Math.min(n, 255);
      }
      return;
    }
    case "?":
      out[at] = PyObject_IsTrue(v) ? 1 : 0;
      return;
    case "b": {
      const x = getLong(v);
      if (x < -128n || x > 127n) structError("byte format requires -128 <= number <= 127");
      out[at] = Number(BigInt.asUintN(8, x));
      return;
    }
    case "B": {
      const x = getLong(v);
      if (x < 0n || x > 255n) structError("ubyte format requires 0 <= number <= 255");
      out[at] = Number(x);
      return;
    }
    case "e": {
      const x = floatArg(v);
      // s_pack_internal turns a pack's OverflowError into this when the value is an int (65520
      // and up round past the largest half float, 65504)
      if (v instanceof PyInt && Math.abs(x) >= 65520) structError("int too large to convert");
      view.setUint16(at, packHalf(x), little);
      return;
    }
    case "f": {
      const x = floatArg(v);
      if (L.mode !== "native" && Number.isFinite(x) && !Number.isFinite(Math.fround(x))) {
        if (v instanceof PyInt) structError("int too large to convert");
        raise(PyExc_OverflowError, "float too large to pack with f format");
      }
      writeFloat32(view, at, x, little);
      return;
    }
    case "d":
      writeFloat64(view, at, floatArg(v), little);
      return;
    case "P": {
      const x = big(intArg(v));
      if (x < LONG_MIN || x > ULONG_MAX) structError("int too large to convert");
      writeInt(view, at, 8, x, true);
      return;
    }
  }
  const size = code.size;
  const unsigned = !code.signed;
  if (L.mode === "big" && (c === "q" || c === "Q")) {
    const x = big(intArg(v));
    if (unsigned ? x < 0n || x > ULONG_MAX : x < LONG_MIN || x > LONG_MAX)
      structError("int too large to convert");
    writeInt(view, at, 8, x, false);
    return;
  }
  const nativePacker = L.nativePackers && (L.mode === "native" || size === NATIVE[c]!.size);
  if (nativePacker && c === "h") {
    const x = getLong(v);
    if (x < -32768n || x > 32767n) structError("short format requires -32768 <= number <= 32767");
    writeInt(view, at, 2, x, true);
    return;
  }
  if (nativePacker && c === "H") {
    const x = getLong(v);
    if (x < 0n || x > 65535n) structError("ushort format requires 0 <= number <= 65535");
    writeInt(view, at, 2, x, true);
    return;
  }
  const x = unsigned ? getULong(v) : getLong(v);
  if (size < 8) {
    const bits = BigInt(size * 8);
    if (unsigned ? x >= 1n << bits : x < -(1n << (bits - 1n)) || x >= 1n << (bits - 1n)) {
      rangeError(c, size, unsigned);
    }
  }
  writeInt(view, at, size, x, little);
}

function unpackValue(code: Code, data: Uint8Array, view: DataView, base: number): PyObject {
  const at = base + code.offset;
  const little = code.little;
  const c = code.fmt;
  switch (c) {
    case "c":
      return PyBytes_FromBytes(data.slice(at, at + 1));
    case "s":
      return PyBytes_FromBytes(data.slice(at, at + code.size));
    case "p": {
      if (code.size === 0) return PyBytes_FromBytes(new Uint8Array(0));
      let n = data[at]!;
      if (n >= code.size) n = code.size - 1;
      return PyBytes_FromBytes(data.slice(at + 1, at + 1 + n));
    }
    case "?":
      return PyBool_FromBool(data[at] !== 0);
    case "e":
      return PyFloat_FromDouble(unpackHalf(view.getUint16(at, little)));
    case "f":
      return PyFloat_FromDouble(view.getFloat32(at, little));
    case "d":
      return PyFloat_FromDouble(view.getFloat64(at, little));
  }
  const signed = code.signed;
  switch (code.size) {
    case 1:
      return PyInt_FromNumber(signed ? view.getInt8(at) : view.getUint8(at));
    case 2:
      return PyInt_FromNumber(signed ? view.getInt16(at, little) : view.getUint16(at, little));
    case 4:
      return PyInt_FromNumber(signed ? view.getInt32(at, little) : view.getUint32(at, little));
    default: {
      const hiAt = little ? at + 4 : at;
      const hi = signed ? view.getInt32(hiAt, little) : view.getUint32(hiAt, little);
      // below 2**53 in magnitude the value is exact as a double (and a PyInt holds a number)
      if (hi > -0x200000 && hi < 0x200000)
        return PyInt_FromNumber(hi * 4294967296 + view.getUint32(little ? at : at + 4, little));
      return PyInt_FromBigInt(signed ? view.getBigInt64(at, little) : view.getBigUint64(at, little));
    }
  }
}

/**
 * Packs args[first...] at out[base...] as s_pack_internal: the struct's bytes are zeroed first
 * (pad bytes and alignment gaps read 0; a value that fails leaves the ones before it written).
 */
function packInto(
  L: Layout,
  args: PyObject[],
  first: number,
  out: Uint8Array,
  view: DataView,
  base: number,
): void {
  out.fill(0, base, base + L.size);
  const codes = L.codes;
  for (let i = 0; i < codes.length; i++) packValue(L, codes[i]!, args[first + i]!, out, view, base);
}

// pack() writes into a scratch buffer and copies the result out: a small Uint8Array lives in
// V8's heap until something asks for its .buffer (a DataView over it), which moves it to a
// backing store of its own, an allocation per call. Python code run by a value's __index__ or
// __bool__ may pack again meanwhile: such a nested pack gets a buffer of its own.
const SCRATCH_MAX = 4096;
let packScratch = new Uint8Array(256);
let packView = new DataView(packScratch.buffer);
let packBusy = false;
// unpacking runs no Python code: one scratch copy of the bytes read serves every call
let unpackScratch = new Uint8Array(256);
let unpackView = new DataView(unpackScratch.buffer);

function unpackAt(L: Layout, data: Uint8Array, base: number): PyObject {
  const size = L.size;
  let src = data;
  let view: DataView;
  if (size <= SCRATCH_MAX) {
    if (unpackScratch.length < size) {
      unpackScratch = new Uint8Array(size);
      unpackView = new DataView(unpackScratch.buffer);
    }
    src = unpackScratch;
    for (let i = 0; i < size; i++) src[i] = data[base + i]!;
    view = unpackView;
    base = 0;
  } else view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const items: PyObject[] = [];
  try {
    for (const code of L.codes) items.push(unpackValue(code, src, view, base));
  } catch (e) {
    for (const x of items) Py_DECREF(x);
    throw e;
  }
  return PyTuple_New(items);
}

// ---------------------------------------------------------------------------------------------
// Struct

class PyStruct extends PyObject {
  layout: Layout | null = null;
  formatObj: PyStr | null = null;
}

const Struct_Type = newStaticType({
  name: "_struct.Struct",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 56,
  doc: "Struct(format)\n--\n\nCreate a compiled struct object.\n\nReturn a new Struct object which writes and reads binary data according to\nthe format string.\n\nSee help(struct) for more on format strings.",
});
Struct_Type.tp_weaklistoffset = 1;

function formatText(o: PyObject): string {
  if (o instanceof PyStr) return o.value;
  if (o instanceof PyBytes) return String.fromCharCode(...o.value);
  raise(PyExc_TypeError, `Struct() argument 1 must be a str or bytes object, not ${o.ob_type.tp_name}`);
}

function struct_new(typeObj: PyObject, _args: PyObject[], _kw: string[] | null): PyObject {
  const type = typeObj as PyType;
  const s = new PyStruct(type);
  gcAlloc(s, type === Struct_Type ? 56 + 16 : instanceAllocSize(type));
  if (type.tp_dictoffset !== 0) s.ob_dict = null;
  if (type.hasFlag(TypeFlag.HEAPTYPE)) Py_INCREF(type);
  PyObject_GC_Track(s);
  return s;
}

function struct_init(self: PyObject, args: PyObject[], kw: string[] | null): void {
  const [fmt] = parseArgs("Struct", args, kw, { names: ["format"], required: 1 });
  const s = self as PyStruct;
  const text = formatText(fmt!);
  const layout = parseFormat(text);
  const old = s.formatObj;
  s.formatObj = PyStr_FromString(text);
  Py_XDECREF(old);
  s.layout = layout;
}

function struct_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  if (o.ob_weakrefs && o.ob_weakrefs.length > 0) PyObject_ClearWeakRefs(o);
  const s = o as PyStruct;
  const f = s.formatObj;
  s.formatObj = null;
  Py_XDECREF(f);
  if (o.ob_dict) {
    const d = o.ob_dict;
    o.ob_dict = null;
    Py_DECREF(d);
  }
  gcFree(o);
}

function layoutOf(o: PyObject | null): Layout {
  const s = o as PyStruct;
  if (s.layout === null) raise(PyExc_TypeError, "Struct.__init__() was not called");
  return s.layout;
}

/** pack() of the values args[first...]. */
function doPack(L: Layout, args: PyObject[], first: number): PyObject {
  const n = args.length - first;
  if (n !== L.len) structError(`pack expected ${L.len} items for packing (got ${n})`);
  const size = L.size;
  if (packBusy || size > SCRATCH_MAX) {
    const out = new Uint8Array(size);
    packInto(L, args, first, out, new DataView(out.buffer), 0);
    return PyBytes_FromBytes(out);
  }
  if (packScratch.length < size) {
    packScratch = new Uint8Array(size);
    packView = new DataView(packScratch.buffer);
  }
  packBusy = true;
  try {
    packInto(L, args, first, packScratch, packView, 0);
  } finally {
    packBusy = false;
  }
  return PyBytes_FromBytes(packScratch.slice(0, size));
}

function requireBuffer(o: PyObject): Uint8Array {
  const data = bufferBytes(o);
  if (data === null) raise(PyExc_TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return data;
}

function writableBuffer(o: PyObject): Uint8Array {
  if (o instanceof PyByteArray) return o.getBuffer();
  const g = (o as { getWritableBuffer?: () => Uint8Array }).getWritableBuffer;
  if (typeof g === "function") return g.call(o);
  raise(PyExc_TypeError, `argument must be read-write bytes-like object, not ${argTypeName(o)}`);
}

function doUnpack(L: Layout, buffer: PyObject): PyObject {
  const data = requireBuffer(buffer);
  if (data.length !== L.size) structError(`unpack requires a buffer of ${L.size} bytes`);
  return unpackAt(L, data, 0);
}

/**
 * An offset argument's exact value: s_pack_into takes it through PyNumber_AsSsize_t(o,
 * IndexError), unpack_from through Argument Clinic's Py_ssize_t converter (OverflowError). A
 * value beyond 2**53 stays a bigint so the error messages below print it as CPython does.
 */
function offsetArg(o: PyObject, packing: boolean): number | bigint {
  const i = PyNumber_Index(o);
  const v = i.value;
  Py_DECREF(i);
  if (typeof v === "number") return v;
  if (v > 9223372036854775807n || v < -9223372036854775808n) {
    if (packing) raise(PyExc_IndexError, `cannot fit '${o.ob_type.tp_name}' into an index-sized integer`);
    raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  return v;
}

/**
 * The offset pack_into or unpack_from works at, after CPython's checks of it against the
 * buffer's length (in that order, with its messages). The required size is printed as a size_t
 * sum, hence BigInt: it and the offset can exceed 2**53.
 */
function checkedOffset(L: Layout, len: number, offsetArg: number | bigint, packing: boolean): number {
  if (typeof offsetArg === "number" && offsetArg >= -len && offsetArg <= len) {
    const offset = offsetArg < 0 ? offsetArg + len : offsetArg;
    if (!(offsetArg < 0 && offsetArg + L.size > 0) && len - offset >= L.size) return offset;
  }
  let offset = BigInt(offsetArg);
  const size = BigInt(L.size);
  const n = BigInt(len);
  if (offset < 0n) {
    if (offset + size > 0n) {
      structError(
        packing
          ? `no space to pack ${size} bytes at offset ${offset}`
          : `not enough data to unpack ${size} bytes at offset ${offset}`,
      );
    }
    if (offset + n < 0n) structError(`offset ${offset} out of range for ${len}-byte buffer`);
    offset += n;
  }
  const verb = packing
    ? "pack_into requires a buffer of at least"
    : "unpack_from requires a buffer of at least";
  structError(
    `${verb} ${size + offset} bytes for ${packing ? "packing" : "unpacking"} ${size} bytes at offset ${offset} (actual buffer size is ${len})`,
  );
}

function doUnpackFrom(L: Layout, buffer: PyObject, offsetObj: PyObject | null): PyObject {
  const data = requireBuffer(buffer);
  const offset = checkedOffset(L, data.length, offsetObj === null ? 0 : offsetArg(offsetObj, false), false);
  return unpackAt(L, data, offset);
}

function doPackInto(L: Layout, args: PyObject[]): PyObject {
  if (args.length !== L.len + 2) {
    if (args.length === 0) structError("pack_into expected buffer argument");
    if (args.length === 1) structError("pack_into expected offset argument");
    structError(`pack_into expected ${L.len} items for packing (got ${args.length - 2})`);
  }
  const buf = writableBuffer(args[0]!);
  const offset = checkedOffset(L, buf.length, offsetArg(args[1]!, true), true);
  packInto(L, args, 2, buf, new DataView(buf.buffer, buf.byteOffset, buf.byteLength), offset);
  return Py_NewRef(Py_None);
}

// unpack_iterator

class PyUnpackIter extends PyObject {
  so: PyStruct | null = null;
  buffer: PyObject | null = null;
  index = 0;
}

// unpackiterobject: the Struct, the buffer's Py_buffer (80 bytes) and the index
const UnpackIter_Type = newStaticType({
  name: "_struct.unpack_iterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 112,
});

function doIterUnpack(so: PyStruct, buffer: PyObject): PyObject {
  const L = layoutOf(so);
  if (L.size === 0) structError("cannot iteratively unpack with a struct of length 0");
  const data = requireBuffer(buffer);
  if (data.length % L.size !== 0) {
    structError(`iterative unpacking requires a buffer of a multiple of ${L.size} bytes`);
  }
  const it = new PyUnpackIter(UnpackIter_Type);
  gcAlloc(it, 112 + 16);
  it.so = Py_NewRef(so);
  it.buffer = Py_NewRef(buffer);
  PyObject_GC_Track(it);
  return it;
}

function unpackiter_next(o: PyObject): PyObject | null {
  const it = o as PyUnpackIter;
  if (it.so === null || it.buffer === null) return null;
  const L = layoutOf(it.so);
  const data = requireBuffer(it.buffer);
  if (it.index >= data.length) {
    const so = it.so;
    const b = it.buffer;
    it.so = null;
    it.buffer = null;
    Py_DECREF(so);
    Py_DECREF(b);
    return null;
  }
  const r = unpackAt(L, data, it.index);
  it.index += L.size;
  return r;
}

function unpackiter_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  const it = o as PyUnpackIter;
  const so = it.so;
  const b = it.buffer;
  it.so = null;
  it.buffer = null;
  Py_XDECREF(so);
  Py_XDECREF(b);
  gcFree(o);
}

// ---------------------------------------------------------------------------------------------
// module functions with the format cache

const MAXCACHE = 100;
const cache = new Map<string, PyStruct>();

function cachedStruct(fmt: PyObject): PyStruct {
  currentRun();
  let key: string;
  if (fmt.ob_type === PyStr_Type) {
    // an exact str's hash runs no code and cannot fail
    key = `s${(fmt as PyStr).value}`;
  } else {
    PyObject_Hash(fmt); // the cache is a dict keyed by the format: unhashable formats fail here
    key = fmt instanceof PyStr ? `s${fmt.value}` : `b${formatText(fmt)}`;
  }
  const hit = cache.get(key);
  if (hit !== undefined) return Py_NewRef(hit);
  const s = PyObject_Call(Struct_Type, [fmt], null) as PyStruct;
  if (cache.size >= MAXCACHE) clearCache();
  cache.set(key, Py_NewRef(s));
  return s;
}

function clearCache(): void {
  const items = [...cache.values()];
  cache.clear();
  for (const s of items) Py_DECREF(s);
}

function withStruct<T>(fmt: PyObject, f: (s: PyStruct) => T): T {
  const s = cachedStruct(fmt);
  try {
    return f(s);
  } finally {
    Py_DECREF(s);
  }
}

/** `name` is qualified as CPython's _PyObject_FunctionStr gives it ("_struct.pack", "Struct.pack"). */
function noKw(name: string, kw: string[] | null): void {
  if (kw !== null && kw.length > 0) raise(PyExc_TypeError, `${name}() takes no keyword arguments`);
}

function positionalCount(name: string, args: PyObject[], n: number): void {
  if (args.length !== n) {
    raise(PyExc_TypeError, `${name} expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
  }
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "_clearcache",
    impl: () => {
      clearCache();
      return Py_NewRef(Py_None);
    },
    doc: "Clear the internal cache.",
  },
  {
    name: "calcsize",
    impl: (_m, args, kw) => {
      noKw("_struct.calcsize", kw);
      if (args.length !== 1)
        raise(PyExc_TypeError, `calcsize() takes exactly one argument (${args.length} given)`);
      return withStruct(args[0]!, (s) => PyInt_FromNumber(layoutOf(s).size));
    },
    doc: "Return size in bytes of the struct described by the format string.",
  },
  {
    name: "pack",
    impl: (_m, args, kw) => {
      noKw("_struct.pack", kw);
      if (args.length === 0) raise(PyExc_TypeError, "missing format argument");
      return withStruct(args[0]!, (s) => doPack(layoutOf(s), args, 1));
    },
    doc: "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string.  See help(struct) for more on format strings.",
  },
  {
    name: "pack_into",
    impl: (_m, args, kw) => {
      noKw("_struct.pack_into", kw);
      if (args.length === 0) raise(PyExc_TypeError, "missing format argument");
      return withStruct(args[0]!, (s) => doPackInto(layoutOf(s), args.slice(1)));
    },
    doc: "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string and write\nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the offset is a required argument.  See help(struct) for more\non format strings.",
  },
  {
    name: "unpack",
    impl: (_m, args, kw) => {
      noKw("_struct.unpack", kw);
      positionalCount("unpack", args, 2);
      return withStruct(args[0]!, (s) => doUnpack(layoutOf(s), args[1]!));
    },
    doc: "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size in bytes must be calcsize(format).\n\nSee help(struct) for more on format strings.",
  },
  {
    name: "unpack_from",
    impl: (_m, args, kw) => {
      const [fmt, buffer, offset] = parseArgs("unpack_from", args, kw, {
        names: ["format", "buffer", "offset"],
        required: 2,
        posonly: 1,
      });
      return withStruct(fmt!, (s) => doUnpackFrom(layoutOf(s), buffer!, offset));
    },
    doc: "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size, minus offset, must be at least calcsize(format).\n\nSee help(struct) for more on format strings.",
  },
  {
    name: "iter_unpack",
    impl: (_m, args, kw) => {
      noKw("_struct.iter_unpack", kw);
      positionalCount("iter_unpack", args, 2);
      return withStruct(args[0]!, (s) => doIterUnpack(s, args[1]!));
    },
    doc: "Return an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a repeated\ninvocation of unpack_from().\n\nRequires that the bytes length be a multiple of the struct size.",
  },
];

let typesReady = false;

function initStructTypes(): void {
  if (typesReady) return;
  typesReady = true;
  Struct_Type.tp_new = struct_new;
  Struct_Type.tp_init = struct_init;
  Struct_Type.tp_dealloc = struct_dealloc;
  Struct_Type.tp_getattro = PyObject_GenericGetAttr;
  Struct_Type.tp_traverse = (o: PyObject, visit: VisitProc) => {
    const s = o as PyStruct;
    if (s.formatObj !== null) visit(s.formatObj);
  };
  defineMethods(Struct_Type, {
    pack: (self, args, kw) => {
      noKw("Struct.pack", kw);
      return doPack(layoutOf(self), args, 0);
    },
    pack_into: (self, args, kw) => {
      noKw("Struct.pack_into", kw);
      return doPackInto(layoutOf(self), args);
    },
    unpack: (self, args, kw) => {
      noKw("Struct.unpack", kw);
      if (args.length !== 1)
        raise(PyExc_TypeError, `unpack() takes exactly one argument (${args.length} given)`);
      return doUnpack(layoutOf(self), args[0]!);
    },
    unpack_from: (self, args, kw) => {
      const [buffer, offset] = parseArgs("unpack_from", args, kw, {
        names: ["buffer", "offset"],
        required: 1,
      });
      return doUnpackFrom(layoutOf(self), buffer!, offset);
    },
    iter_unpack: (self, args, kw) => {
      noKw("Struct.iter_unpack", kw);
      if (args.length !== 1) {
        raise(PyExc_TypeError, `iter_unpack() takes exactly one argument (${args.length} given)`);
      }
      return doIterUnpack(self as PyStruct, args[0]!);
    },
    __sizeof__: (self) => PyInt_FromNumber(56 + 32 * (layoutOf(self).ncodes + 1)),
  });
  defineGetSets(Struct_Type, [
    {
      name: "format",
      get: (o) => Py_NewRef((o as PyStruct).formatObj ?? Py_None),
      doc: "struct format string",
    },
    { name: "size", get: (o) => PyInt_FromNumber(layoutOf(o).size), doc: "struct size in bytes" },
  ]);

  UnpackIter_Type.tp_dealloc = unpackiter_dealloc;
  UnpackIter_Type.tp_getattro = PyObject_GenericGetAttr;
  UnpackIter_Type.tp_iter = (o) => Py_NewRef(o);
  UnpackIter_Type.tp_iternext = unpackiter_next;
  UnpackIter_Type.tp_traverse = (o: PyObject, visit: VisitProc) => {
    const it = o as PyUnpackIter;
    if (it.so !== null) visit(it.so);
    if (it.buffer !== null) visit(it.buffer);
  };
  defineMethods(UnpackIter_Type, {
    __length_hint__: (self) => {
      const it = self as PyUnpackIter;
      if (it.so === null || it.buffer === null) return PyInt_FromNumber(0);
      const L = layoutOf(it.so);
      const data = requireBuffer(it.buffer);
      return PyInt_FromNumber((data.length - it.index) / L.size);
    },
  });
}

initStructTypes();

const STRUCT_DOC =
  "Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explained below) to describe the layout of data\nin the C struct.\n\nThe optional first format char indicates byte order, size and alignment:\n  @: native order, size & alignment (default)\n  =: native order, std. size & alignment\n  <: little-endian, std. size & alignment\n  >: big-endian, std. size & alignment\n  !: same as >\n\nThe remaining chars indicate types of args and must match exactly;\nthese can be preceded by a decimal repeat count:\n  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n  ?: _Bool (requires C99; if not available, char is used instead)\n  h:short; H:unsigned short; i:int; I:unsigned int;\n  l:long; L:unsigned long; f:float; d:double; e:half-float.\nSpecial cases (preceding decimal count indicates length):\n  s:string (array of char); p: pascal string (with count byte).\nSpecial cases (only available in native format):\n  n:ssize_t; N:size_t;\n  P:an integer type that is wide enough to hold a pointer.\nSpecial case (not in native mode unless 'long long' in platform C):\n  q:long long; Q:unsigned long long\nWhitespace between formats is ignored.\n\nThe variable struct.error is an exception raised on errors.\n";

function createStructModule(): PyModule {
  currentRun();
  clearCache();
  const m = PyModule_New("_struct");
  PyModule_Add(m, "__doc__", PyStr_FromString(STRUCT_DOC));
  PyModule_AddFunctions(m, FUNCTIONS);
  const old = state.error;
  state.error = newExceptionClass("struct.error", PyExc_Exception);
  Py_XDECREF(old);
  PyModule_AddObjectRef(m, "error", state.error);
  PyModule_AddObjectRef(m, "Struct", Struct_Type);
  return m;
}

export function registerStructModule(): void {
  registerBuiltinModule("_struct", createStructModule);
}
