/**
 * `bytearray` (CPython's Objects/bytearrayobject.c): a mutable byte buffer with CPython 3.11's
 * exact over-allocation (PyByteArray_Resize), including the logical start offset that makes
 * `del b[:n]` O(1), so `sys.getsizeof(b)` (56 + ob_alloc) matches CPython after any sequence of
 * appends, extends, deletions and slice assignments.
 *
 * Memory model: the object itself is a 56-byte block; the data lives in a separate block of
 * `alloc` bytes obtained from the allocator model with pymalloc's realloc rules.
 */

import { CmpOp } from "../compiler/opcodes.js";
import {
  PyIter_Next,
  PyNumber_AsSsize_t,
  PyObject_CallMethod,
  PyObject_GetIter,
  PyObject_HashNotImplemented,
  ssizeArg,
} from "./abstract.js";
import { type ArgSpec, noArgs, oneArg, parseArgs } from "./args.js";
import {
  type BytesKind,
  bufferBytes,
  bytesContains,
  bytesEqual,
  bytesiter_dealloc,
  bytesiter_length_hint,
  bytesiter_next,
  bytesiter_reduce,
  bytesiter_setstate,
  bytesiter_traverse,
  bytesLikeMethods,
  byteValue,
  compareBytes,
  newBytesIter,
  PyBytes_FromBytes,
  repeatBytes,
  richCompareResult,
  sliceBytes,
  subscriptIndex,
} from "./bytes.js";
import { encodeString, latin1String } from "./codecs.js";
import {
  exceptionMatches,
  PyExc_BufferError,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "./exceptions.js";
import { PyInt, PyInt_FromNumber } from "./int.js";
import { type PyList, PyList_Type, PyObject_LengthHint } from "./list.js";
import { defineMethods, type NativeImpl } from "./methods.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { allocateObject, Py_DECREF, Py_INCREF, PyObject } from "./object.js";
import { PySlice, PySlice_AdjustIndices, PySlice_Unpack } from "./slice.js";
import {
  argTypeName,
  checkPositional,
  checkResultLength,
  freeStrLike,
  initSubtypeInstance,
  PyStr,
  PyStr_FromASCII,
  PyStr_FromString,
} from "./str.js";
import { percentFormatBytes } from "./str_percent.js";
import { PyMem_Free, PyMem_Malloc, PyMem_Realloc, type PyTuple, PyTuple_New, PyTuple_Type } from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";
import { instanceAllocSize } from "./typeobject.js";

/** Argument Clinic signatures of the methods below (made once, not per call). */
const BYTEARRAY_NEW_ARGS: ArgSpec = { names: ["source", "encoding", "errors"], required: 0 };

export class PyByteArray extends PyObject {
  /** The data block's contents: `alloc` bytes (CPython's ob_alloc) from `start`, maybe room past them (see setBuffer). */
  buf: Uint8Array = EMPTY;
  /** Logical start of the bytes within `buf` (ob_start - ob_bytes). */
  start = 0;
  /** Number of bytes (Py_SIZE). */
  size = 0;
  /** Allocated bytes (ob_alloc). */
  alloc = 0;
  /** Buffer exports (memoryviews) that forbid resizing (ob_exports). */
  exports = 0;
  /** Address and requested size of the data block in the allocator model (0 = none). */
  dataAddr = 0;
  dataSize = 0;

  /** The current bytes (a view into the buffer: copy before keeping it). */
  get value(): Uint8Array {
    return this.buf.subarray(this.start, this.start + this.size);
  }

  /** The buffer protocol (bf_getbuffer). */
  getBuffer(): Uint8Array {
    return this.buf.subarray(this.start, this.start + this.size);
  }
}

const EMPTY = new Uint8Array(0);

export const PyByteArray_Type = newStaticType({
  name: "bytearray",
  flags: TypeFlag.BASETYPE | TypeFlag.MATCH_SELF,
  basicsize: 56,
  itemsize: 0,
  doc:
    "bytearray(iterable_of_ints) -> bytearray\n" +
    "bytearray(string, encoding[, errors]) -> bytearray\n" +
    "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n" +
    "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n" +
    "bytearray() -> empty bytes array\n\n" +
    "Construct a mutable bytearray object from:\n" +
    "  - an iterable yielding integers in range(256)\n" +
    "  - a text string encoded using the specified encoding\n" +
    "  - a bytes or a buffer object\n" +
    "  - any object implementing the buffer API.\n" +
    "  - an integer",
});

export const PyByteArrayIter_Type = newStaticType({
  name: "bytearray_iterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 32,
});

// ---------------------------------------------------------------------------------------------
// The data block in the allocator model (PyObject_Malloc / Realloc / Free of ob_bytes)

/** Moves the data block to `alloc` bytes (PyObject_Realloc: kept in place when it still fits). */
function reallocData(o: PyByteArray, alloc: number): void {
  if (alloc === 0) {
    freeData(o);
    return;
  }
  o.dataAddr = o.dataAddr === 0 ? PyMem_Malloc(alloc) : PyMem_Realloc(o.dataAddr, o.dataSize, alloc);
  o.dataSize = alloc;
}

function freeData(o: PyByteArray): void {
  if (o.dataAddr !== 0) {
    PyMem_Free(o.dataAddr, o.dataSize);
    o.dataAddr = 0;
    o.dataSize = 0;
  }
}

/**
 * Gives the data block `alloc` bytes (the model's ob_alloc), the first `keep` bytes kept and the
 * rest zero. The JS buffer may be longer than `alloc`: CPython's realloc() mostly grows a block
 * in place, while a fresh Uint8Array per resize copied the whole array each time (with the
 * 1/8 over-allocation, appending 29 bytes 200,000 times copied and zeroed 50 MB). So a growing
 * buffer at least doubles, and a resize that fits in it reuses it. Bytes past `alloc` are zero.
 */
function setBuffer(o: PyByteArray, alloc: number, keep: number): void {
  const kept = Math.min(keep, alloc);
  const capacity = o.buf.length;
  if (o.start === 0 && alloc <= capacity && alloc >= capacity >> 2) {
    // the buffer is zero past the old `alloc` (kept so by this line): only what lies between
    // the kept bytes and it needs clearing
    if (kept < o.alloc) o.buf.fill(0, kept, o.alloc);
  } else {
    const growing = o.start === 0 && alloc > capacity && capacity > 0;
    const nb = new Uint8Array(growing ? Math.max(alloc, capacity * 2) : alloc);
    nb.set(o.buf.subarray(o.start, o.start + kept));
    o.buf = nb;
    o.start = 0;
  }
  o.alloc = alloc;
}

function canResize(o: PyByteArray): void {
  if (o.exports > 0) raise(PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
}

/** CPython 3.11's PyByteArray_Resize, growth policy included. */
export function PyByteArray_Resize(o: PyByteArray, requested: number): void {
  let alloc = o.alloc;
  const logicalOffset = o.start;
  const size = requested;
  if (requested === o.size) return;
  canResize(o);
  if (size + logicalOffset + 1 <= alloc) {
    if (size < Math.floor(alloc / 2)) {
      // Major downsize; resize down to exact size.
      alloc = size + 1;
    } else {
      // Minor downsize; quick exit.
      o.size = size;
      return;
    }
  } else if (size <= alloc * 1.125) {
    // Moderate upsize; overallocate similar to list_resize().
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  } else {
    // Major upsize; resize up to exact size.
    alloc = size + 1;
  }
  checkResultLength(alloc);
  if (logicalOffset > 0) {
    // A fresh block (PyObject_Malloc + memcpy + PyObject_Free).
    const old = o.dataAddr;
    const oldSize = o.dataSize;
    o.dataAddr = PyMem_Malloc(alloc);
    o.dataSize = alloc;
    PyMem_Free(old, oldSize);
  } else {
    reallocData(o, alloc);
  }
  setBuffer(o, alloc, Math.min(requested, o.size));
  o.size = size;
}

/** PyByteArray_FromStringAndSize: a new bytearray of exactly `v.length` bytes (alloc n + 1). */
export function PyByteArray_FromBytes(v: Uint8Array, type: PyType = PyByteArray_Type): PyByteArray {
  const o = newByteArrayObject(type);
  const n = v.length;
  if (n > 0) {
    o.buf = new Uint8Array(n + 1);
    o.buf.set(v);
    o.alloc = n + 1;
    o.size = n;
    o.dataAddr = PyMem_Malloc(n + 1);
    o.dataSize = n + 1;
  }
  return o;
}

function newByteArrayObject(type: PyType): PyByteArray {
  const o = new PyByteArray(type);
  if (type === PyByteArray_Type) allocateObject(o, 56);
  else initSubtypeInstance(o, type, instanceAllocSize(type));
  return o;
}

export function PyByteArray_Check(o: PyObject): o is PyByteArray {
  return o instanceof PyByteArray;
}

/** sys.getsizeof(bytearray): basicsize + ob_alloc. */
export function bytearray_sizeof(o: PyByteArray): number {
  return o.ob_type.tp_basicsize + o.alloc;
}

// ---------------------------------------------------------------------------------------------
// Slots

function bytearray_dealloc(o: PyObject): void {
  const b = o as PyByteArray;
  freeData(b);
  b.buf = EMPTY;
  freeStrLike(b);
}

function bytearray_repr(o: PyObject): PyObject {
  const t = o.ob_type;
  const name = t.tp_name.slice(t.tp_name.lastIndexOf(".") + 1);
  return PyStr_FromString(`${name}(${bytearrayReprBody((o as PyByteArray).value)})`);
}

/**
 * bytearray's b'...' part: like bytes' repr, except that a single quote is always escaped, even
 * inside double quotes (CPython's bytearray_repr).
 */
function bytearrayReprBody(v: Uint8Array): string {
  let quote = "'";
  for (const c of v) {
    if (c === 0x22) {
      quote = "'";
      break;
    }
    if (c === 0x27) quote = '"';
  }
  let out = "b" + quote;
  for (const c of v) {
    if (c === 0x27 || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

function bytearray_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const va = bufferBytes(a);
  const vb = bufferBytes(b);
  if (va === null || vb === null) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  if (op === CmpOp.EQ || op === CmpOp.NE) {
    const eq = bytesEqual(va, vb);
    return richCompareResult(eq ? 0 : 1, op);
  }
  return richCompareResult(compareBytes(va, vb), op);
}

function bytearray_length(o: PyObject): number {
  return (o as PyByteArray).size;
}

function bytearray_concat(a: PyObject, b: PyObject): PyObject {
  const va = bufferBytes(a);
  const vb = bufferBytes(b);
  if (va === null || vb === null) {
    raise(PyExc_TypeError, `can't concat ${(vb === null ? b : a).ob_type.tp_name} to ${a.ob_type.tp_name}`);
  }
  checkResultLength(va.length + vb.length);
  const out = new Uint8Array(va.length + vb.length);
  out.set(va);
  out.set(vb, va.length);
  return PyByteArray_FromBytes(out);
}

function bytearray_iconcat(self: PyObject, other: PyObject): PyObject {
  const o = self as PyByteArray;
  const v = bufferBytes(other);
  if (v === null) raise(PyExc_TypeError, `can't concat ${other.ob_type.tp_name} to ${self.ob_type.tp_name}`);
  // CPython holds a buffer export of `other` while resizing: `b += b` cannot resize b.
  if (other === self && o.size > 0)
    raise(PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
  const copy = v;
  const size = o.size;
  PyByteArray_Resize(o, size + copy.length);
  o.buf.set(copy, o.start + size);
  Py_INCREF(self);
  return self;
}

function bytearray_repeat(o: PyObject, n: number): PyObject {
  return PyByteArray_FromBytes(repeatBytes((o as PyByteArray).value, n));
}

function bytearray_irepeat(self: PyObject, n: number): PyObject {
  const o = self as PyByteArray;
  const data = o.value.slice();
  if (n <= 0) PyByteArray_Resize(o, 0);
  else if (n > 1 && data.length > 0) {
    checkResultLength(data.length * n);
    PyByteArray_Resize(o, data.length * n);
    o.buf.set(repeatBytes(data, n), o.start);
  }
  Py_INCREF(self);
  return self;
}

function bytearray_contains(o: PyObject, v: PyObject): boolean {
  return bytesContains((o as PyByteArray).value, v);
}

function bytearray_item(o: PyObject, i: number): PyObject {
  const b = o as PyByteArray;
  if (i < 0 || i >= b.size) raise(PyExc_IndexError, "bytearray index out of range");
  return PyInt_FromNumber(b.buf[b.start + i]!);
}

function bytearray_subscript(o: PyObject, key: PyObject): PyObject {
  const b = o as PyByteArray;
  if (key.ob_type.nb_index !== null) {
    const i = subscriptIndex(key, b.size, "bytearray index out of range");
    return PyInt_FromNumber(b.buf[b.start + i]!);
  }
  if (key instanceof PySlice) return PyByteArray_FromBytes(sliceBytes(b.value, key));
  raise(PyExc_TypeError, `bytearray indices must be integers or slices, not ${key.ob_type.tp_name}`);
}

/** bytearray_setslice_linear: replaces [lo, hi) by `bytes`, moving ob_start for front deletions. */
function setsliceLinear(o: PyByteArray, lo: number, hi: number, bytes: Uint8Array): void {
  const avail = hi - lo;
  const needed = bytes.length;
  const growth = needed - avail;
  if (growth < 0) {
    canResize(o);
    if (lo === 0) {
      // Shrink the buffer by advancing its logical start.
      o.start -= growth;
    } else {
      const base = o.start;
      o.buf.copyWithin(base + lo + needed, base + hi, base + o.size);
    }
    PyByteArray_Resize(o, o.size + growth);
  } else if (growth > 0) {
    checkResultLength(o.size + growth);
    const oldSize = o.size;
    PyByteArray_Resize(o, oldSize + growth);
    const base = o.start;
    o.buf.copyWithin(base + lo + needed, base + hi, base + oldSize);
  }
  if (needed > 0) o.buf.set(bytes, o.start + lo);
}

/** bytearray_setslice: b[lo:hi] = values (any buffer), or del when values is null. */
function setslice(o: PyByteArray, lo: number, hi: number, values: PyObject | null): void {
  let bytes: Uint8Array;
  if (values === null) bytes = EMPTY;
  else {
    const v = bufferBytes(values);
    if (v === null) raise(PyExc_TypeError, `can't set bytearray slice from ${values.ob_type.tp_name}`);
    bytes = values === o ? v.slice() : v;
  }
  if (lo < 0) lo = 0;
  if (hi < lo) hi = lo;
  if (hi > o.size) hi = o.size;
  setsliceLinear(o, lo, hi, bytes);
}

function isNumber(o: PyObject): boolean {
  const t = o.ob_type;
  return t.nb_index !== null || t.nb_int !== null || t.nb_float !== null;
}

function bytearray_ass_subscript(self: PyObject, index: PyObject, values: PyObject | null): void {
  const o = self as PyByteArray;
  let start: number;
  let stop: number;
  let step: number;
  let slicelen: number;
  if (index.ob_type.nb_index !== null) {
    let i = PyNumber_AsSsize_t(index, PyExc_IndexError);
    let ival = -1;
    if (values !== null) ival = byteValue(values);
    if (i < 0) i += o.size;
    if (i < 0 || i >= o.size) raise(PyExc_IndexError, "bytearray index out of range");
    if (values !== null) {
      o.buf[o.start + i] = ival;
      return;
    }
    start = i;
    stop = i + 1;
    step = 1;
    slicelen = 1;
  } else if (index instanceof PySlice) {
    const ix = PySlice_Unpack(index);
    slicelen = PySlice_AdjustIndices(o.size, ix);
    start = ix.start;
    stop = ix.stop;
    step = ix.step;
  } else {
    raise(PyExc_TypeError, `bytearray indices must be integers or slices, not ${index.ob_type.tp_name}`);
  }
  let bytes: Uint8Array;
  if (values === null) bytes = EMPTY;
  else if (values === self || !(values instanceof PyByteArray)) {
    if (isNumber(values) || values instanceof PyStr) {
      raise(PyExc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    // CPython makes a bytearray copy and recurses.
    const copy = newByteArrayObject(PyByteArray_Type);
    try {
      bytearrayInit(copy, values, null, null);
      bytearray_ass_subscript(self, index, copy);
    } finally {
      Py_DECREF(copy);
    }
    return;
  } else bytes = values.value;
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) {
    setsliceLinear(o, start, stop, bytes);
    return;
  }
  const needed = bytes.length;
  if (needed === 0) {
    canResize(o);
    if (slicelen === 0) return;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelen - 1) - 1;
      step = -step;
    }
    const data = o.value;
    const out: number[] = [];
    let next = start;
    let removed = 0;
    for (let i = 0; i < data.length; i++) {
      if (removed < slicelen && i === next) {
        removed++;
        next += step;
        continue;
      }
      out.push(data[i]!);
    }
    o.buf.set(out, o.start);
    PyByteArray_Resize(o, o.size - slicelen);
    return;
  }
  if (needed !== slicelen) {
    raise(
      PyExc_ValueError,
      `attempt to assign bytes of size ${needed} to extended slice of size ${slicelen}`,
    );
  }
  for (let cur = start, i = 0; i < slicelen; cur += step, i++) o.buf[o.start + cur] = bytes[i]!;
}

function bytearray_ass_item(self: PyObject, i: number, v: PyObject | null): void {
  const idx = PyInt_FromNumber(i);
  try {
    bytearray_ass_subscript(self, idx, v);
  } finally {
    Py_DECREF(idx);
  }
}

function bytearray_mod(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyByteArray)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  return PyByteArray_FromBytes(percentFormatBytes(a.value, b));
}

// ---------------------------------------------------------------------------------------------
// Construction: bytearray_init

function bytearray_new(typeObj: PyObject, _args: PyObject[], _kwnames: string[] | null): PyObject {
  return newByteArrayObject(typeObj as PyType);
}

function bytearray_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const [arg, encoding, errors] = parseArgs("bytearray", args, kwnames, BYTEARRAY_NEW_ARGS);
  if (encoding !== null && !(encoding instanceof PyStr)) {
    raise(PyExc_TypeError, `bytearray() argument 'encoding' must be str, not ${argTypeName(encoding)}`);
  }
  if (errors !== null && !(errors instanceof PyStr)) {
    raise(PyExc_TypeError, `bytearray() argument 'errors' must be str, not ${argTypeName(errors)}`);
  }
  bytearrayInit(self as PyByteArray, arg, encoding as PyStr | null, errors as PyStr | null);
}

function bytearrayInit(
  o: PyByteArray,
  arg: PyObject | null,
  encoding: PyStr | null,
  errors: PyStr | null,
): void {
  if (o.size !== 0) PyByteArray_Resize(o, 0);
  if (arg === null) {
    if (encoding !== null || errors !== null) {
      raise(
        PyExc_TypeError,
        encoding !== null ? "encoding without a string argument" : "errors without a string argument",
      );
    }
    return;
  }
  if (arg instanceof PyStr) {
    if (encoding === null) raise(PyExc_TypeError, "string argument without an encoding");
    const enc = encodeString(arg.value, encoding.value, errors === null ? "strict" : errors.value, arg);
    PyByteArray_Resize(o, enc.length);
    o.buf.set(enc, o.start);
    return;
  }
  if (encoding !== null || errors !== null) {
    raise(
      PyExc_TypeError,
      encoding !== null ? "encoding without a string argument" : "errors without a string argument",
    );
  }
  if (arg.ob_type.nb_index !== null) {
    let count = -2;
    try {
      count = PyNumber_AsSsize_t(arg, PyExc_OverflowError);
    } catch (e) {
      if (!exceptionMatches(e, PyExc_TypeError)) throw e;
      Py_DECREF(e as PyObject);
    }
    if (count !== -2) {
      if (count < 0) raise(PyExc_ValueError, "negative count");
      if (count > 0) {
        checkResultLength(count);
        PyByteArray_Resize(o, count);
        o.buf.fill(0, o.start, o.start + count);
      }
      return;
    }
  }
  const buf = bufferBytes(arg);
  if (buf !== null) {
    const copy = buf.slice();
    PyByteArray_Resize(o, copy.length);
    o.buf.set(copy, o.start);
    return;
  }
  if (arg.ob_type === PyList_Type || arg.ob_type === PyTuple_Type) {
    const items = (arg as PyList | PyTuple).items;
    let fast = true;
    for (const it of items) {
      if (!(it instanceof PyInt) || it.ob_type.tp_name !== "int") {
        fast = false;
        break;
      }
    }
    if (fast) {
      PyByteArray_Resize(o, items.length);
      for (let i = 0; i < items.length; i++) o.buf[o.start + i] = byteValue(items[i]!);
      return;
    }
  }
  let it: PyObject;
  try {
    it = PyObject_GetIter(arg);
  } catch (e) {
    if (exceptionMatches(e, PyExc_TypeError)) {
      Py_DECREF(e as PyObject);
      raise(PyExc_TypeError, `cannot convert '${arg.ob_type.tp_name}' object to bytearray`);
    }
    throw e;
  }
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) break;
      let value: number;
      try {
        value = byteValue(item);
      } finally {
        Py_DECREF(item);
      }
      if (o.size + 1 < o.alloc) o.size++;
      else PyByteArray_Resize(o, o.size + 1);
      o.buf[o.start + o.size - 1] = value;
    }
  } finally {
    Py_DECREF(it);
  }
}

// ---------------------------------------------------------------------------------------------
// Methods

const BYTEARRAY_KIND: BytesKind = {
  name: "bytearray",
  data: (self) => (self as PyByteArray).value,
  make: (v) => PyByteArray_FromBytes(v),
  makeFresh: (v) => PyByteArray_FromBytes(v),
  unchanged: (self) => PyByteArray_FromBytes((self as PyByteArray).value),
};

function ba(self: PyObject | null): PyByteArray {
  return self as PyByteArray;
}

/**
 * The methods shared with bytes, bound lazily: this module may be evaluated before bytes.ts
 * (module cycle), so it must not call into bytes.ts while loading.
 */
const SHARED_METHODS: [string, "class" | "static" | undefined][] = [
  ["capitalize", undefined],
  ["center", undefined],
  ["count", undefined],
  ["decode", undefined],
  ["endswith", undefined],
  ["expandtabs", undefined],
  ["find", undefined],
  ["fromhex", "class"],
  ["hex", undefined],
  ["index", undefined],
  ["isalnum", undefined],
  ["isalpha", undefined],
  ["isascii", undefined],
  ["isdigit", undefined],
  ["islower", undefined],
  ["isspace", undefined],
  ["istitle", undefined],
  ["isupper", undefined],
  ["join", undefined],
  ["ljust", undefined],
  ["lower", undefined],
  ["lstrip", undefined],
  ["maketrans", "static"],
  ["partition", undefined],
  ["replace", undefined],
  ["removeprefix", undefined],
  ["removesuffix", undefined],
  ["rfind", undefined],
  ["rindex", undefined],
  ["rjust", undefined],
  ["rpartition", undefined],
  ["rsplit", undefined],
  ["rstrip", undefined],
  ["split", undefined],
  ["splitlines", undefined],
  ["startswith", undefined],
  ["strip", undefined],
  ["swapcase", undefined],
  ["title", undefined],
  ["translate", undefined],
  ["upper", undefined],
  ["zfill", undefined],
];
let shared: Record<string, NativeImpl> | null = null;
function sharedImpl(name: string): NativeImpl {
  if (shared === null) {
    shared = {};
    for (const [n, d] of Object.entries(bytesLikeMethods(BYTEARRAY_KIND))) {
      shared[n] = typeof d === "function" ? d : d.impl;
    }
  }
  return shared[name]!;
}
const sharedDefs: Record<string, { impl: NativeImpl; kind?: "class" | "static" }> = {};
for (const [name, kind] of SHARED_METHODS) {
  sharedDefs[name] = { impl: (self, args, kwnames) => sharedImpl(name)(self, args, kwnames), kind };
}
defineMethods(PyByteArray_Type, sharedDefs);
defineMethods(PyByteArray_Type, {
  append: {
    impl: (self, args, kwnames) => {
      const o = ba(self);
      const v = byteValue(oneArg("bytearray.append", args, kwnames));
      PyByteArray_Resize(o, o.size + 1);
      o.buf[o.start + o.size - 1] = v;
      return Py_None;
    },
    textSignature: "($self, item, /)",
  },
  clear: {
    impl: (self, args, kwnames) => {
      noArgs("bytearray.clear", args, kwnames);
      PyByteArray_Resize(ba(self), 0);
      return Py_None;
    },
    textSignature: "($self, /)",
  },
  copy: {
    impl: (self, args, kwnames) => {
      noArgs("bytearray.copy", args, kwnames);
      return PyByteArray_FromBytes(ba(self).value);
    },
    textSignature: "($self, /)",
  },
  extend: {
    impl: (self, args, kwnames) => {
      const o = ba(self);
      const x = oneArg("bytearray.extend", args, kwnames);
      if (bufferBytes(x) !== null) {
        setslice(o, o.size, o.size, x);
        return Py_None;
      }
      let it: PyObject;
      try {
        it = PyObject_GetIter(x);
      } catch (e) {
        if (exceptionMatches(e, PyExc_TypeError)) {
          Py_DECREF(e as PyObject);
          raise(PyExc_TypeError, `can't extend bytearray with ${x.ob_type.tp_name}`);
        }
        throw e;
      }
      // CPython collects into a temporary bytearray sized by the length hint, then splices it in.
      let hint: number;
      try {
        hint = PyObject_LengthHint(x, 32);
      } catch (e) {
        Py_DECREF(it);
        throw e;
      }
      const tmp = PyByteArray_FromBytes(new Uint8Array(hint));
      try {
        let len = 0;
        let bufSize = hint;
        for (;;) {
          const item = PyIter_Next(it);
          if (item === null) break;
          let v: number;
          try {
            v = byteValue(item);
          } finally {
            Py_DECREF(item);
          }
          tmp.buf[tmp.start + len++] = v;
          if (len >= bufSize) {
            bufSize = len + (len >> 1) + 1;
            PyByteArray_Resize(tmp, bufSize);
          }
        }
        PyByteArray_Resize(tmp, len);
        setslice(o, o.size, o.size, tmp);
      } finally {
        Py_DECREF(it);
        Py_DECREF(tmp);
      }
      return Py_None;
    },
    textSignature: "($self, iterable_of_ints, /)",
  },
  insert: {
    impl: (self, args, kwnames) => {
      const o = ba(self);
      checkPositional("bytearray.insert", args, kwnames, 2, 2);
      let where = ssizeArg(args[0]!);
      const v = byteValue(args[1]!);
      const n = o.size;
      PyByteArray_Resize(o, n + 1);
      if (where < 0) {
        where += n;
        if (where < 0) where = 0;
      }
      if (where > n) where = n;
      o.buf.copyWithin(o.start + where + 1, o.start + where, o.start + n);
      o.buf[o.start + where] = v;
      return Py_None;
    },
    textSignature: "($self, index, item, /)",
  },
  pop: {
    impl: (self, args, kwnames) => {
      const o = ba(self);
      checkPositional("bytearray.pop", args, kwnames, 0, 1);
      let index = args.length > 0 ? ssizeArg(args[0]!) : -1;
      const n = o.size;
      if (n === 0) raise(PyExc_IndexError, "pop from empty bytearray");
      if (index < 0) index += n;
      if (index < 0 || index >= n) raise(PyExc_IndexError, "pop index out of range");
      canResize(o);
      const v = o.buf[o.start + index]!;
      o.buf.copyWithin(o.start + index, o.start + index + 1, o.start + n);
      PyByteArray_Resize(o, n - 1);
      return PyInt_FromNumber(v);
    },
    textSignature: "($self, index=-1, /)",
  },
  remove: {
    impl: (self, args, kwnames) => {
      const o = ba(self);
      const v = byteValue(oneArg("bytearray.remove", args, kwnames));
      const n = o.size;
      const where = o.value.indexOf(v);
      if (where < 0) raise(PyExc_ValueError, "value not found in bytearray");
      canResize(o);
      o.buf.copyWithin(o.start + where, o.start + where + 1, o.start + n);
      PyByteArray_Resize(o, n - 1);
      return Py_None;
    },
    textSignature: "($self, value, /)",
  },
  reverse: {
    impl: (self, args, kwnames) => {
      noArgs("bytearray.reverse", args, kwnames);
      ba(self).value.reverse();
      return Py_None;
    },
    textSignature: "($self, /)",
  },
  __alloc__: (self, args, kwnames) => {
    noArgs("bytearray.__alloc__", args, kwnames);
    return PyInt_FromNumber(ba(self).alloc);
  },
  __sizeof__: {
    impl: (self, args, kwnames) => {
      noArgs("bytearray.__sizeof__", args, kwnames);
      return PyInt_FromNumber(bytearray_sizeof(ba(self)));
    },
    textSignature: "($self, /)",
  },
  __reduce__: {
    impl: (self, args, kwnames) => {
      noArgs("bytearray.__reduce__", args, kwnames);
      return commonReduce(ba(self), 0);
    },
    textSignature: "($self, /)",
  },
  __reduce_ex__: {
    impl: (self, args, kwnames) => {
      checkPositional("bytearray.__reduce_ex__", args, kwnames, 0, 1);
      const proto = args.length > 0 ? ssizeArg(args[0]!) : 0;
      return commonReduce(ba(self), proto);
    },
    textSignature: "($self, proto=0, /)",
  },
});

function commonReduce(o: PyByteArray, proto: number): PyObject {
  // _PyObject_GetState: __getstate__() (instance dict and slots of subclasses)
  const state = PyObject_CallMethod(o, "__getstate__", []);
  Py_INCREF(o.ob_type);
  if (o.size === 0) return PyTuple_New([o.ob_type, PyTuple_New([]), state]);
  if (proto < 3) {
    return PyTuple_New([
      o.ob_type,
      PyTuple_New([PyStr_FromString(latin1String(o.value)), PyStr_FromASCII("latin-1")]),
      state,
    ]);
  }
  return PyTuple_New([o.ob_type, PyTuple_New([PyBytes_FromBytes(o.value.slice())]), state]);
}

PyByteArray_Type.tp_dealloc = bytearray_dealloc;
PyByteArray_Type.tp_repr = bytearray_repr;
PyByteArray_Type.tp_str = bytearray_repr;
PyByteArray_Type.tp_hash = PyObject_HashNotImplemented;
PyByteArray_Type.tp_richcompare = bytearray_richcompare;
PyByteArray_Type.tp_iter = (o) => newBytesIter(PyByteArrayIter_Type, o);
PyByteArray_Type.tp_new = bytearray_new;
PyByteArray_Type.tp_init = bytearray_init;
PyByteArray_Type.sq_length = bytearray_length;
PyByteArray_Type.sq_concat = bytearray_concat;
PyByteArray_Type.sq_repeat = bytearray_repeat;
PyByteArray_Type.sq_item = bytearray_item;
PyByteArray_Type.sq_ass_item = bytearray_ass_item;
PyByteArray_Type.sq_contains = bytearray_contains;
PyByteArray_Type.sq_inplace_concat = bytearray_iconcat;
PyByteArray_Type.sq_inplace_repeat = bytearray_irepeat;
PyByteArray_Type.mp_length = bytearray_length;
PyByteArray_Type.mp_subscript = bytearray_subscript;
PyByteArray_Type.mp_ass_subscript = bytearray_ass_subscript;
PyByteArray_Type.nb_remainder = bytearray_mod;

PyByteArrayIter_Type.tp_dealloc = bytesiter_dealloc;
PyByteArrayIter_Type.tp_traverse = bytesiter_traverse;
PyByteArrayIter_Type.tp_iter = (o) => {
  Py_INCREF(o);
  return o;
};
PyByteArrayIter_Type.tp_iternext = bytesiter_next;
defineMethods(PyByteArrayIter_Type, {
  __length_hint__: {
    impl: bytesiter_length_hint,
    doc: "Private method returning an estimate of len(list(it)).",
  },
  __reduce__: { impl: bytesiter_reduce, doc: "Return state information for pickling." },
  __setstate__: { impl: bytesiter_setstate, doc: "Set state information for unpickling." },
});
