/**
 * `memoryview` (CPython 3.11's Objects/memoryobject.c) over heapstack's buffer protocol.
 *
 * Exporters are objects whose JS class has `getBuffer(): Uint8Array` (bytes, bytearray,
 * array.array, BytesIO's buffer object, memoryview itself); `getWritableBuffer` marks them
 * writable, `bufferFormat()` gives their item format ('B' otherwise), and an `exports` counter
 * (or `bufferAcquire`/`bufferRelease`) blocks their resizing while a view exists.
 *
 * As in CPython, the exporter is held by a managed buffer (`managedbuffer`) shared by every view
 * derived from the same memoryview(obj) call (slices, casts, memoryview(view)); the exporter is
 * released when the last of those views is released. Views are C-contiguous or strided over
 * the exporter's bytes (offset/shape/strides); items use the native x86-64 formats.
 */
import {
  addressHex,
  PyNumber_Index,
  PyObject_Call,
  PyObject_GetAttrString,
  PyObject_Hash,
  PyObject_IsTrue,
  PyObject_RichCompareBool,
} from "./abstract.js";
import { parseArgs } from "./args.js";
import { PyBool_FromBool } from "./bool.js";
import { PyByteArray } from "./bytearray.js";
import { bufferBytes, PyBytes, PyBytes_FromBytes } from "./bytes.js";
import {
  exceptionMatches,
  PyExc_IndexError,
  PyExc_NotImplementedError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "./exceptions.js";
import { PyFloat_AsDouble, PyFloat_FromDouble } from "./float.js";
import { PyInt, PyInt_FromBigInt, PyInt_FromNumber } from "./int.js";
import { PyList, PyList_New } from "./list.js";
import { defineGetSets, defineMethods } from "./methods.js";
import { Py_Ellipsis, Py_None, Py_NotImplemented } from "./none.js";
import { Py_DECREF, Py_NewRef, PyObject } from "./object.js";
import { hashBytes } from "./siphash.js";
import { PySlice, PySlice_GetIndicesEx } from "./slice.js";
import type { Hash, VisitProc } from "./slots_types.js";
import { argTypeName, PyStr, PyStr_FromString } from "./str.js";
import { gcAlloc, gcFree, PyObject_GC_Track, PyObject_GC_UnTrack, PyTuple, PyTuple_New } from "./tuple.js";
import { newStaticType, TypeFlag } from "./type.js";
import { PyObject_GenericGetAttr } from "./typeobject.js";
import { PyObject_ClearWeakRefs } from "./weakref.js";

/** What an exporter may offer beyond `getBuffer`. */
interface Exporter {
  getBuffer(): Uint8Array;
  getWritableBuffer?: () => Uint8Array;
  bufferFormat?: () => string;
  bufferAcquire?: () => void;
  bufferRelease?: () => void;
  exports?: number;
}

/** Native single-character formats (x86-64 sizes) memoryview packs and unpacks itself. */
const NATIVE_SIZE: Record<string, number> = {
  c: 1,
  b: 1,
  B: 1,
  "?": 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  n: 8,
  N: 8,
  f: 4,
  d: 8,
  P: 8,
};

/** get_native_fmtchar: the format's character when it is native and single, else null. */
function nativeChar(fmt: string): string | null {
  const c = fmt.length === 2 && fmt[0] === "@" ? fmt[1]! : fmt.length === 1 ? fmt : "";
  return c !== "" && Object.hasOwn(NATIVE_SIZE, c) ? c : null;
}

function isByteFormat(c: string | null): boolean {
  return c === "b" || c === "B" || c === "c";
}

const MAX_NDIM = 64;

function released(): never {
  raise(PyExc_ValueError, "operation forbidden on released memoryview object");
}

// ---------------------------------------------------------------------------------------------
// the managed buffer

class PyManagedBuffer extends PyObject {
  /** The exporter (owned until the buffer is released). */
  obj: PyObject | null = null;
  /** Views registered on this buffer and not yet released. */
  exports = 0;
  released = false;
  format = "B";
  itemsize = 1;
  readonly = true;
  len = 0;

  bytes(): Uint8Array {
    if (this.obj === null) released();
    // bufferBytes, not getBuffer: bytes objects are exporters without the method.
    return bufferBytes(this.obj)!;
  }
}

const ManagedBuffer_Type = newStaticType({
  name: "managedbuffer",
  flags: TypeFlag.HAVE_GC,
  basicsize: 112,
});

/** PyObject_GetBuffer on the exporter, kept by a new managed buffer (new reference). */
function newManagedBuffer(obj: PyObject): PyManagedBuffer {
  const exp = obj as unknown as Exporter;
  const data = bufferBytes(obj);
  if (data === null) {
    raise(PyExc_TypeError, `memoryview: a bytes-like object is required, not '${obj.ob_type.tp_name}'`);
  }
  const mb = new PyManagedBuffer(ManagedBuffer_Type);
  gcAlloc(mb, 112 + 16);
  mb.format = typeof exp.bufferFormat === "function" ? exp.bufferFormat() : "B";
  mb.itemsize = NATIVE_SIZE[nativeChar(mb.format) ?? ""] ?? (mb.format === "w" ? 4 : 1);
  mb.readonly = !(obj instanceof PyByteArray || typeof exp.getWritableBuffer === "function");
  // The format's itemsize decides the view's shape; one the exporter's bytes don't divide
  // would be a broken exporter, not a Python-level error.
  if (mb.len % mb.itemsize !== 0) throw new Error(`buffer of ${mb.len} bytes with format ${mb.format}`);
  mb.len = data.length;
  if (typeof exp.bufferAcquire === "function") exp.bufferAcquire();
  else if (typeof exp.exports === "number") exp.exports++;
  mb.obj = Py_NewRef(obj);
  PyObject_GC_Track(mb);
  return mb;
}

/** mbuf_release: gives the exporter back its buffer. */
function mbufRelease(mb: PyManagedBuffer): void {
  if (mb.released) return;
  mb.released = true;
  const obj = mb.obj;
  if (obj === null) return;
  PyObject_GC_UnTrack(mb);
  const exp = obj as unknown as Exporter;
  if (typeof exp.bufferRelease === "function") exp.bufferRelease();
  else if (typeof exp.exports === "number") exp.exports--;
  mb.obj = null;
  Py_DECREF(obj);
}

ManagedBuffer_Type.tp_dealloc = (o) => {
  const mb = o as PyManagedBuffer;
  mbufRelease(mb);
  if (!mb.released) PyObject_GC_UnTrack(mb);
  gcFree(mb);
};
ManagedBuffer_Type.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const mb = o as PyManagedBuffer;
  if (mb.obj !== null) visit(mb.obj);
};
ManagedBuffer_Type.tp_clear = (o) => mbufRelease(o as PyManagedBuffer);
ManagedBuffer_Type.tp_getattro = PyObject_GenericGetAttr;

// ---------------------------------------------------------------------------------------------
// the view

export class PyMemoryView extends PyObject {
  mbuf: PyManagedBuffer | null = null;
  released = false;
  /** Byte offset of item (0, ..., 0) in the exporter's bytes. */
  offset = 0;
  format = "B";
  itemsize = 1;
  shape: number[] = [];
  strides: number[] = [];
  readonly = true;
  hash: Hash | null = null;
  /** Dimensions the object was allocated for (its Py_SIZE is 3 * this: shape, strides, suboffsets). */
  allocNdim = 1;

  get ndim(): number {
    return this.shape.length;
  }

  get nbytes(): number {
    return this.shape.reduce((a, b) => a * b, 1) * this.itemsize;
  }

  /** The exporter's bytes (the base every offset counts from). */
  base(): Uint8Array {
    if (this.released || this.mbuf === null) released();
    return this.mbuf.bytes();
  }

  /** The buffer protocol for consumers: the bytes in C order (a live view when contiguous). */
  getBuffer(): Uint8Array {
    const base = this.base();
    if (isCContiguous(this)) return base.subarray(this.offset, this.offset + this.nbytes);
    return gather(this, base, "C");
  }
}

/**
 * A view consumers may write through. Only a C-contiguous one is a writable buffer for them
 * (CPython's 'w*' arguments ask for a contiguous buffer): for a strided view the method is
 * absent, so struct.pack_into/readinto report "argument must be read-write bytes-like object".
 */
class PyWritableMemoryView extends PyMemoryView {
  get getWritableBuffer(): (() => Uint8Array) | undefined {
    if (!this.released && !isCContiguous(this)) return undefined;
    return () => {
      const base = this.base();
      return base.subarray(this.offset, this.offset + this.nbytes);
    };
  }
}

export const PyMemoryView_Type = newStaticType({
  name: "memoryview",
  flags: TypeFlag.HAVE_GC | TypeFlag.SEQUENCE,
  basicsize: 144,
  itemsize: 8,
  doc: "Create a new memoryview object which references the given object.",
});
PyMemoryView_Type.tp_weaklistoffset = 1;

/** Allocates a view registered on `mb` (mbuf_add_view); the caller fills in the layout. */
function newView(mb: PyManagedBuffer, readonly: boolean, ndim: number): PyMemoryView {
  if (mb.released) released();
  const v = readonly ? new PyMemoryView(PyMemoryView_Type) : new PyWritableMemoryView(PyMemoryView_Type);
  gcAlloc(v, 144 + 8 * 3 * ndim + 16);
  v.allocNdim = ndim;
  v.readonly = readonly;
  v.mbuf = Py_NewRef(mb);
  mb.exports++;
  PyObject_GC_Track(v);
  return v;
}

/** A new view with the layout of `src` (optionally read-only). */
function copyView(src: PyMemoryView, readonly = src.readonly): PyMemoryView {
  const v = newView(src.mbuf!, readonly, src.ndim);
  v.offset = src.offset;
  v.format = src.format;
  v.itemsize = src.itemsize;
  v.shape = src.shape.slice();
  v.strides = src.strides.slice();
  return v;
}

/** PyMemoryView_FromObject. */
export function PyMemoryView_FromObject(obj: PyObject): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    checkReleased(obj);
    return copyView(obj);
  }
  const mb = newManagedBuffer(obj);
  try {
    const v = newView(mb, mb.readonly, 1);
    v.format = mb.format;
    v.itemsize = mb.itemsize;
    v.shape = [Math.floor(mb.len / mb.itemsize)];
    v.strides = [mb.itemsize];
    return v;
  } finally {
    Py_DECREF(mb);
  }
}

function checkReleased(v: PyMemoryView): void {
  if (v.released || v.mbuf === null || v.mbuf.released) released();
}

function memoryRelease(v: PyMemoryView): void {
  if (v.released) return;
  v.released = true;
  const mb = v.mbuf;
  if (mb !== null && --mb.exports === 0) mbufRelease(mb);
}

function memory_dealloc(o: PyObject): void {
  const v = o as PyMemoryView;
  PyObject_GC_UnTrack(v);
  memoryRelease(v);
  if (o.ob_weakrefs && o.ob_weakrefs.length > 0) PyObject_ClearWeakRefs(o);
  const mb = v.mbuf;
  v.mbuf = null;
  if (mb !== null) Py_DECREF(mb);
  gcFree(v);
}

// ---------------------------------------------------------------------------------------------
// layout helpers

function isCContiguous(v: PyMemoryView): boolean {
  if (v.shape.some((n) => n === 0)) return true;
  let sd = v.itemsize;
  for (let i = v.ndim - 1; i >= 0; i--) {
    if (v.shape[i]! > 1 && v.strides[i] !== sd) return false;
    sd *= v.shape[i]!;
  }
  return true;
}

function isFContiguous(v: PyMemoryView): boolean {
  if (v.shape.some((n) => n === 0)) return true;
  let sd = v.itemsize;
  for (let i = 0; i < v.ndim; i++) {
    if (v.shape[i]! > 1 && v.strides[i] !== sd) return false;
    sd *= v.shape[i]!;
  }
  return true;
}

/** Byte offsets of every item, in C order (last index fastest) or Fortran order. */
function itemOffsets(v: PyMemoryView, order: "C" | "F"): number[] {
  const out: number[] = [];
  const n = v.ndim;
  if (n === 0) return [v.offset];
  if (v.shape.some((x) => x === 0)) return out;
  const idx = new Array<number>(n).fill(0);
  for (;;) {
    let at = v.offset;
    for (let i = 0; i < n; i++) at += idx[i]! * v.strides[i]!;
    out.push(at);
    let d = order === "C" ? n - 1 : 0;
    for (;;) {
      idx[d]!++;
      if (idx[d]! < v.shape[d]!) break;
      idx[d] = 0;
      d += order === "C" ? -1 : 1;
      if (d < 0 || d >= n) return out;
    }
  }
}

/** The items' bytes copied out in the given order. */
function gather(v: PyMemoryView, base: Uint8Array, order: "C" | "F"): Uint8Array {
  const offs = itemOffsets(v, order);
  const isz = v.itemsize;
  const out = new Uint8Array(offs.length * isz);
  for (let k = 0; k < offs.length; k++) out.set(base.subarray(offs[k]!, offs[k]! + isz), k * isz);
  return out;
}

// ---------------------------------------------------------------------------------------------
// items

/** adjust_fmt: the native format character, or NotImplementedError. */
function itemChar(v: PyMemoryView): string {
  const c = nativeChar(v.format);
  if (c === null) raise(PyExc_NotImplementedError, `memoryview: format ${v.format} not supported`);
  return c;
}

function dataView(base: Uint8Array): DataView {
  return new DataView(base.buffer, base.byteOffset, base.byteLength);
}

/** unpack_single. */
function unpackItem(c: string, base: Uint8Array, at: number): PyObject {
  const dv = dataView(base);
  switch (c) {
    case "B":
      return PyInt_FromNumber(dv.getUint8(at));
    case "b":
      return PyInt_FromNumber(dv.getInt8(at));
    case "c":
      return PyBytes_FromBytes(base.slice(at, at + 1));
    case "?":
      return PyBool_FromBool(dv.getUint8(at) !== 0);
    case "h":
      return PyInt_FromNumber(dv.getInt16(at, true));
    case "H":
      return PyInt_FromNumber(dv.getUint16(at, true));
    case "i":
      return PyInt_FromNumber(dv.getInt32(at, true));
    case "I":
      return PyInt_FromNumber(dv.getUint32(at, true));
    case "l":
    case "q":
    case "n":
      return PyInt_FromBigInt(dv.getBigInt64(at, true));
    case "f":
      return PyFloat_FromDouble(dv.getFloat32(at, true));
    case "d":
      return PyFloat_FromDouble(dv.getFloat64(at, true));
    default: // L Q N P
      return PyInt_FromBigInt(dv.getBigUint64(at, true));
  }
}

const INT_RANGE: Record<string, [bigint, bigint]> = {
  b: [-128n, 127n],
  B: [0n, 255n],
  h: [-32768n, 32767n],
  H: [0n, 65535n],
  i: [-(2n ** 31n), 2n ** 31n - 1n],
  I: [0n, 2n ** 32n - 1n],
  l: [-(2n ** 63n), 2n ** 63n - 1n],
  q: [-(2n ** 63n), 2n ** 63n - 1n],
  n: [-(2n ** 63n), 2n ** 63n - 1n],
  L: [0n, 2n ** 64n - 1n],
  Q: [0n, 2n ** 64n - 1n],
  N: [0n, 2n ** 64n - 1n],
  P: [-(2n ** 63n), 2n ** 64n - 1n],
};

/** The bytes of one item (pack_single), with memoryview's conversion errors. */
function packItem(v: PyMemoryView, c: string, value: PyObject): Uint8Array {
  const typeError = (): never => raise(PyExc_TypeError, `memoryview: invalid type for format '${v.format}'`);
  const valueError = (): never =>
    raise(PyExc_ValueError, `memoryview: invalid value for format '${v.format}'`);
  const out = new Uint8Array(v.itemsize);
  const dv = new DataView(out.buffer);
  if (c === "c") {
    if (!(value instanceof PyBytes)) return typeError();
    if (value.value.length !== 1) valueError();
    out[0] = value.value[0]!;
    return out;
  }
  if (c === "?") {
    out[0] = PyObject_IsTrue(value) ? 1 : 0;
    return out;
  }
  if (c === "f" || c === "d") {
    let x: number;
    try {
      x = PyFloat_AsDouble(value);
    } catch (e) {
      if (exceptionMatches(e, PyExc_TypeError)) {
        Py_DECREF(e as PyObject);
        typeError();
      }
      throw e;
    }
    if (c === "f") dv.setFloat32(0, x, true);
    else dv.setFloat64(0, x, true);
    return out;
  }
  let n: bigint;
  try {
    const i = PyNumber_Index(value);
    n = BigInt(i.value);
    Py_DECREF(i);
  } catch (e) {
    if (exceptionMatches(e, PyExc_TypeError)) {
      Py_DECREF(e as PyObject);
      typeError();
    }
    throw e;
  }
  const [lo, hi] = INT_RANGE[c]!;
  if (n < lo || n > hi) valueError();
  if (v.itemsize === 8) dv.setBigUint64(0, BigInt.asUintN(64, n), true);
  else if (v.itemsize === 4) dv.setUint32(0, Number(BigInt.asUintN(32, n)), true);
  else if (v.itemsize === 2) dv.setUint16(0, Number(BigInt.asUintN(16, n)), true);
  else out[0] = Number(BigInt.asUintN(8, n));
  return out;
}

/** Index into one dimension (negative from the end), IndexError when out of bounds. */
function dimIndex(v: PyMemoryView, key: PyObject, dim: number): number {
  let i: number;
  const ix = PyNumber_Index(key);
  try {
    const big = BigInt(ix.value);
    if (big > 2n ** 63n - 1n || big < -(2n ** 63n)) {
      raise(PyExc_IndexError, `cannot fit '${key.ob_type.tp_name}' into an index-sized integer`);
    }
    i = Number(big);
  } finally {
    Py_DECREF(ix);
  }
  const n = v.shape[dim]!;
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(PyExc_IndexError, `index out of bounds on dimension ${dim + 1}`);
  return i;
}

function isIndex(o: PyObject): boolean {
  return o instanceof PyInt || o.ob_type.nb_index !== null;
}

/** The byte offset of the item a full tuple of indices names. */
function multiIndexOffset(v: PyMemoryView, key: PyTuple): number {
  const n = key.items.length;
  if (n < v.ndim) raise(PyExc_NotImplementedError, "sub-views are not implemented");
  if (n > v.ndim) raise(PyExc_TypeError, `cannot index ${v.ndim}-dimension view with ${n}-element tuple`);
  let at = v.offset;
  for (let d = 0; d < n; d++) at += dimIndex(v, key.items[d]!, d) * v.strides[d]!;
  return at;
}

function isMultiIndex(key: PyObject): key is PyTuple {
  return key instanceof PyTuple && key.items.every(isIndex);
}

function isMultiSlice(key: PyObject): boolean {
  return key instanceof PyTuple && key.items.every((x) => x instanceof PySlice);
}

function memory_subscript(o: PyObject, key: PyObject): PyObject {
  const v = o as PyMemoryView;
  checkReleased(v);
  if (v.ndim === 0) {
    if (key instanceof PyTuple && key.items.length === 0) return unpackItem(itemChar(v), v.base(), v.offset);
    if (key === Py_Ellipsis) return Py_NewRef(v);
    raise(PyExc_TypeError, "invalid indexing of 0-dim memory");
  }
  if (isIndex(key)) {
    if (v.ndim > 1) raise(PyExc_NotImplementedError, "multi-dimensional sub-views are not implemented");
    const c = itemChar(v);
    const i = dimIndex(v, key, 0);
    return unpackItem(c, v.base(), v.offset + i * v.strides[0]!);
  }
  if (key instanceof PySlice) {
    const { start, step, slicelength } = PySlice_GetIndicesEx(key, v.shape[0]!);
    const r = copyView(v);
    r.offset = v.offset + start * v.strides[0]!;
    r.shape[0] = slicelength;
    r.strides[0] = v.strides[0]! * step;
    return r;
  }
  if (isMultiIndex(key)) {
    const c = itemChar(v);
    return unpackItem(c, v.base(), multiIndexOffset(v, key));
  }
  if (isMultiSlice(key)) raise(PyExc_NotImplementedError, "multi-dimensional slicing is not implemented");
  raise(PyExc_TypeError, "memoryview: invalid slice key");
}

/** Source buffer for slice assignment: its layout as a view (a temporary one for non-views). */
function withSourceView<T>(value: PyObject, f: (src: PyMemoryView) => T): T {
  if (value instanceof PyMemoryView) {
    checkReleased(value);
    return f(value);
  }
  if (bufferBytes(value) === null) {
    raise(PyExc_TypeError, `a bytes-like object is required, not '${value.ob_type.tp_name}'`);
  }
  const tmp = PyMemoryView_FromObject(value);
  try {
    return f(tmp);
  } finally {
    memoryRelease(tmp);
    Py_DECREF(tmp);
  }
}

function memory_ass_subscript(o: PyObject, key: PyObject, value: PyObject | null): void {
  const v = o as PyMemoryView;
  checkReleased(v);
  if (v.readonly) raise(PyExc_TypeError, "cannot modify read-only memory");
  if (value === null) raise(PyExc_TypeError, "cannot delete memory");
  if (v.ndim === 0) {
    if (key === Py_Ellipsis || (key instanceof PyTuple && key.items.length === 0)) {
      v.base().set(packItem(v, itemChar(v), value), v.offset);
      return;
    }
    raise(PyExc_TypeError, "invalid indexing of 0-dim memory");
  }
  if (isIndex(key)) {
    if (v.ndim > 1) raise(PyExc_NotImplementedError, "sub-views are not implemented");
    const c = itemChar(v);
    const i = dimIndex(v, key, 0);
    const bytes = packItem(v, c, value);
    v.base().set(bytes, v.offset + i * v.strides[0]!);
    return;
  }
  if (key instanceof PySlice) {
    if (v.ndim !== 1) {
      raise(PyExc_NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
    }
    withSourceView(value, (src) => {
      const { start, step, slicelength } = PySlice_GetIndicesEx(key, v.shape[0]!);
      const dfmt = v.format.startsWith("@") ? v.format.slice(1) : v.format;
      const sfmt = src.format.startsWith("@") ? src.format.slice(1) : src.format;
      if (dfmt !== sfmt || v.itemsize !== src.itemsize || src.ndim !== 1 || src.shape[0] !== slicelength) {
        raise(PyExc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
      }
      // Copy the source out first: it may overlap the destination.
      const data = gather(src, src.base(), "C");
      const base = v.base();
      const isz = v.itemsize;
      for (let k = 0; k < slicelength; k++) {
        base.set(data.subarray(k * isz, (k + 1) * isz), v.offset + (start + k * step) * v.strides[0]!);
      }
    });
    return;
  }
  if (isMultiIndex(key)) {
    if (key.items.length < v.ndim) raise(PyExc_NotImplementedError, "sub-views are not implemented");
    const c = itemChar(v);
    const at = multiIndexOffset(v, key);
    v.base().set(packItem(v, c, value), at);
    return;
  }
  if (isMultiSlice(key)) {
    raise(PyExc_NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
  }
  raise(PyExc_TypeError, "memoryview: invalid slice key");
}

function memory_length(o: PyObject): number {
  const v = o as PyMemoryView;
  checkReleased(v);
  // A 0-dim view holds one item.
  return v.ndim === 0 ? 1 : v.shape[0]!;
}

/** memory_item: the sequence protocol's item (reversed(), iteration fallbacks). */
function memory_item(o: PyObject, i: number): PyObject {
  const v = o as PyMemoryView;
  checkReleased(v);
  if (v.ndim === 0) raise(PyExc_TypeError, "invalid indexing of 0-dim memory");
  if (v.ndim !== 1) raise(PyExc_NotImplementedError, "multi-dimensional sub-views are not implemented");
  const c = itemChar(v);
  const n = v.shape[0]!;
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(PyExc_IndexError, "index out of bounds on dimension 1");
  return unpackItem(c, v.base(), v.offset + i * v.strides[0]!);
}

/** tolist's nested lists from dimension `d` on, starting at byte offset `at`. */
function listFrom(v: PyMemoryView, c: string, base: Uint8Array, d: number, at: number): PyObject {
  const items: PyObject[] = [];
  for (let i = 0; i < v.shape[d]!; i++) {
    const off = at + i * v.strides[d]!;
    items.push(d === v.ndim - 1 ? unpackItem(c, base, off) : listFrom(v, c, base, d + 1, off));
  }
  return PyList_New(items);
}

// ---------------------------------------------------------------------------------------------
// comparison and hashing

function memory_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (op !== 2 && op !== 3) return Py_NewRef(Py_NotImplemented);
  const a = v as PyMemoryView;
  let equal: boolean;
  if (a.released || (w instanceof PyMemoryView && w.released)) equal = v === w;
  else if (!(w instanceof PyMemoryView) && bufferBytes(w) === null) return Py_NewRef(Py_NotImplemented);
  else equal = withSourceView(w, (b) => viewsEqual(a, b));
  return PyBool_FromBool(op === 2 ? equal : !equal);
}

function viewsEqual(a: PyMemoryView, b: PyMemoryView): boolean {
  if (a.ndim !== b.ndim || a.shape.some((n, i) => n !== b.shape[i])) return false;
  const ca = nativeChar(a.format);
  const cb = nativeChar(b.format);
  // Formats the struct module cannot unpack compare unequal.
  if (ca === null || cb === null) return false;
  const oa = itemOffsets(a, "C");
  const ob = itemOffsets(b, "C");
  const ba = a.base();
  const bb = b.base();
  for (let k = 0; k < oa.length; k++) {
    const x = unpackItem(ca, ba, oa[k]!);
    try {
      const y = unpackItem(cb, bb, ob[k]!);
      try {
        if (!PyObject_RichCompareBool(x, y, 2)) return false;
      } finally {
        Py_DECREF(y);
      }
    } finally {
      Py_DECREF(x);
    }
  }
  return true;
}

function memory_hash(o: PyObject): Hash {
  const v = o as PyMemoryView;
  if (v.hash !== null) return v.hash;
  checkReleased(v);
  if (!v.readonly) raise(PyExc_ValueError, "cannot hash writable memoryview object");
  const c = nativeChar(v.format);
  if (c !== "B" && c !== "b" && c !== "c") {
    raise(PyExc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  }
  // An unhashable exporter makes its views unhashable too, with the exporter's own error.
  const obj = v.mbuf!.obj;
  if (obj !== null) PyObject_Hash(obj);
  v.hash = hashBytes(v.getBuffer().slice());
  return v.hash;
}

// ---------------------------------------------------------------------------------------------
// iteration

class PyMemoryIter extends PyObject {
  seq: PyMemoryView | null = null;
  index = 0;
  length = 0;
  char = "B";
}

const MemoryIter_Type = newStaticType({
  name: "memory_iterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 56,
});

function memory_iter(o: PyObject): PyObject {
  const v = o as PyMemoryView;
  checkReleased(v);
  if (v.ndim === 0) raise(PyExc_TypeError, "invalid indexing of 0-dim memory");
  if (v.ndim !== 1) raise(PyExc_NotImplementedError, "multi-dimensional sub-views are not implemented");
  const c = itemChar(v);
  const it = new PyMemoryIter(MemoryIter_Type);
  gcAlloc(it, 56 + 16);
  it.seq = Py_NewRef(v);
  it.length = v.shape[0]!;
  it.char = c;
  PyObject_GC_Track(it);
  return it;
}

MemoryIter_Type.tp_iter = (o) => Py_NewRef(o);
MemoryIter_Type.tp_iternext = (o) => {
  const it = o as PyMemoryIter;
  const v = it.seq;
  if (v === null) return null;
  if (it.index < it.length) {
    checkReleased(v);
    const r = unpackItem(it.char, v.base(), v.offset + it.index * v.strides[0]!);
    it.index++;
    return r;
  }
  it.seq = null;
  Py_DECREF(v);
  return null;
};
MemoryIter_Type.tp_dealloc = (o) => {
  const it = o as PyMemoryIter;
  PyObject_GC_UnTrack(it);
  const v = it.seq;
  it.seq = null;
  if (v !== null) Py_DECREF(v);
  gcFree(it);
};
MemoryIter_Type.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const it = o as PyMemoryIter;
  if (it.seq !== null) visit(it.seq);
};
MemoryIter_Type.tp_getattro = PyObject_GenericGetAttr;

// ---------------------------------------------------------------------------------------------
// methods

function self(o: PyObject | null): PyMemoryView {
  const v = o as PyMemoryView;
  checkReleased(v);
  return v;
}

function orderArg(o: PyObject | null): "C" | "F" {
  if (o === null || o === Py_None) return "C";
  if (!(o instanceof PyStr)) {
    raise(PyExc_TypeError, `tobytes() argument 'order' must be str or None, not ${o.ob_type.tp_name}`);
  }
  if (o.value === "F") return "F";
  if (o.value === "C" || o.value === "A") return "C";
  raise(PyExc_ValueError, "order must be 'C', 'F' or 'A'");
}

function toBytes(v: PyMemoryView, order: "C" | "F"): Uint8Array {
  const base = v.base();
  if (order === "C" && isCContiguous(v)) return base.slice(v.offset, v.offset + v.nbytes);
  return gather(v, base, order);
}

/** memoryview.cast (1-D -> N-D or N-D -> 1-D over C-contiguous memory). */
function memory_cast(o: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [fmtObj, shapeObj] = parseArgs("cast", args, kwnames, { names: ["format", "shape"], required: 1 });
  const v = self(o);
  if (!(fmtObj instanceof PyStr)) {
    raise(PyExc_TypeError, `cast() argument 'format' must be str, not ${argTypeName(fmtObj!)}`);
  }
  const shapeGiven = shapeObj !== null && shapeObj !== undefined;
  if (!isCContiguous(v)) raise(PyExc_TypeError, "memoryview: casts are restricted to C-contiguous views");
  if ((shapeGiven || v.ndim !== 1) && v.shape.some((n) => n === 0)) {
    raise(PyExc_TypeError, "memoryview: cannot cast view with zeros in shape or strides");
  }
  let dims: PyObject[] | null = null;
  if (shapeGiven) {
    if (!(shapeObj instanceof PyList || shapeObj instanceof PyTuple)) {
      raise(PyExc_TypeError, "shape must be a list or a tuple");
    }
    dims = shapeObj.items.slice();
    if (dims.length > MAX_NDIM) {
      raise(PyExc_ValueError, `memoryview: number of dimensions must not exceed ${MAX_NDIM}`);
    }
    if (v.ndim !== 1 && dims.length !== 1)
      raise(PyExc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
  }
  const fmt = fmtObj.value;
  const dest = /^[\x00-\x7f]*$/.test(fmt) ? nativeChar(fmt) : null;
  if (dest === null) {
    raise(
      PyExc_ValueError,
      "memoryview: destination format must be a native single character format prefixed with an optional '@'",
    );
  }
  if (!isByteFormat(nativeChar(v.format)) && !isByteFormat(dest)) {
    raise(PyExc_TypeError, "memoryview: cannot cast between two non-byte formats");
  }
  const itemsize = NATIVE_SIZE[dest]!;
  const len = v.nbytes;
  if (len % itemsize !== 0) raise(PyExc_TypeError, "memoryview: length is not a multiple of itemsize");
  let shape = [len / itemsize];
  if (dims !== null) {
    shape = [];
    let total = itemsize;
    for (const d of dims) {
      if (!(d instanceof PyInt))
        raise(PyExc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
      const x = BigInt(d.value);
      if (x <= 0n) raise(PyExc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
      if (x > BigInt(Number.MAX_SAFE_INTEGER) / BigInt(total)) {
        raise(PyExc_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
      }
      total *= Number(x);
      shape.push(Number(x));
    }
    if (total !== len) raise(PyExc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
  }
  // memory_cast allocates room for one dimension even when casting to a 0-dim view.
  const r = newView(v.mbuf!, v.readonly, Math.max(shape.length, 1));
  r.offset = v.offset;
  r.format = fmt;
  r.itemsize = itemsize;
  r.shape = shape;
  const strides: number[] = new Array<number>(shape.length);
  let sd = itemsize;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = sd;
    sd *= shape[i]!;
  }
  r.strides = strides;
  return r;
}

function hexOf(v: PyMemoryView, args: PyObject[], kwnames: string[] | null): PyObject {
  const b = PyBytes_FromBytes(toBytes(v, "C"));
  try {
    const m = PyObject_GetAttrString(b, "hex");
    try {
      return PyObject_Call(m, args, kwnames);
    } finally {
      Py_DECREF(m);
    }
  } finally {
    Py_DECREF(b);
  }
}

function shapeTuple(xs: number[]): PyObject {
  return PyTuple_New(xs.map((x) => PyInt_FromNumber(x)));
}

function initMemoryViewType(): void {
  const T = PyMemoryView_Type;
  T.tp_new = (_type, args, kwnames) => {
    const [obj] = parseArgs("memoryview", args, kwnames, { names: ["object"], required: 1 });
    return PyMemoryView_FromObject(obj!);
  };
  T.tp_dealloc = memory_dealloc;
  T.tp_traverse = (o: PyObject, visit: VisitProc) => {
    const v = o as PyMemoryView;
    if (v.mbuf !== null) visit(v.mbuf);
  };
  T.tp_clear = (o) => {
    const v = o as PyMemoryView;
    memoryRelease(v);
    const mb = v.mbuf;
    v.mbuf = null;
    if (mb !== null) Py_DECREF(mb);
  };
  T.tp_getattro = PyObject_GenericGetAttr;
  T.tp_repr = (o) => {
    const v = o as PyMemoryView;
    const state = v.released || v.mbuf === null || v.mbuf.released ? "released memory" : "memory";
    return PyStr_FromString(`<${state} at ${addressHex(v)}>`);
  };
  T.tp_hash = memory_hash;
  T.tp_richcompare = memory_richcompare;
  T.tp_iter = memory_iter;
  T.mp_subscript = memory_subscript;
  T.mp_ass_subscript = memory_ass_subscript;
  T.mp_length = memory_length;
  T.sq_length = memory_length;
  T.sq_item = memory_item;
  defineMethods(T, {
    release: {
      impl: (o) => {
        memoryRelease(o as PyMemoryView);
        return Py_NewRef(Py_None);
      },
      doc: "Release the underlying buffer exposed by the memoryview object.",
    },
    tobytes: {
      impl: (o, args, kw) => {
        const [order] = parseArgs("tobytes", args, kw, { names: ["order"], required: 0 });
        const v = self(o);
        return PyBytes_FromBytes(toBytes(v, orderArg(order ?? null)));
      },
      doc: "Return the data in the buffer as a byte string.\n\nOrder can be {'C', 'F', 'A'}. When order is 'C' or 'F', the data of the\noriginal array is converted to C or Fortran order. For contiguous views,\n'A' returns an exact copy of the physical memory. In particular, in-memory\nFortran order is preserved. For non-contiguous views, the data is converted\nto C first. order=None is the same as order='C'.",
    },
    hex: {
      impl: (o, args, kw) => hexOf(self(o), args, kw),
      doc: "Return the data in the buffer as a str of hexadecimal numbers.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nExample:\n>>> value = memoryview(b'\\xb9\\x01\\xef')\n>>> value.hex()\n'b901ef'\n>>> value.hex(':')\n'b9:01:ef'\n>>> value.hex(':', 2)\n'b9:01ef'\n>>> value.hex(':', -2)\n'b901:ef'",
    },
    tolist: {
      impl: (o) => {
        const v = self(o);
        const c = itemChar(v);
        const base = v.base();
        if (v.ndim === 0) return unpackItem(c, base, v.offset);
        return listFrom(v, c, base, 0, v.offset);
      },
      doc: "Return the data in the buffer as a list of elements.",
    },
    toreadonly: {
      impl: (o) => copyView(self(o), true),
      doc: "Return a readonly version of the memoryview.",
    },
    cast: { impl: memory_cast, doc: "Cast a memoryview to a new format or shape." },
    __enter__: { impl: (o) => Py_NewRef(self(o)) },
    __exit__: {
      impl: (o) => {
        memoryRelease(o as PyMemoryView);
        return Py_NewRef(Py_None);
      },
      doc: "Release the underlying buffer exposed by the memoryview object.",
    },
    __sizeof__: {
      impl: (o) => PyInt_FromNumber(144 + 8 * 3 * (o as PyMemoryView).allocNdim),
    },
  });
  defineGetSets(T, [
    {
      name: "obj",
      get: (o) => Py_NewRef(self(o).mbuf!.obj ?? Py_None),
      doc: "The underlying object of the memoryview.",
    },
    {
      name: "nbytes",
      get: (o) => PyInt_FromNumber(self(o).nbytes),
      doc: "The amount of space in bytes that the array would use in\n a contiguous representation.",
    },
    {
      name: "readonly",
      get: (o) => PyBool_FromBool(self(o).readonly),
      doc: "A bool indicating whether the memory is read only.",
    },
    {
      name: "itemsize",
      get: (o) => PyInt_FromNumber(self(o).itemsize),
      doc: "The size in bytes of each element of the memoryview.",
    },
    {
      name: "format",
      get: (o) => PyStr_FromString(self(o).format),
      doc: "A string containing the format (in struct module style)\n for each element in the view.",
    },
    {
      name: "ndim",
      get: (o) => PyInt_FromNumber(self(o).ndim),
      doc: "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents.",
    },
    {
      name: "shape",
      get: (o) => shapeTuple(self(o).shape),
      doc: "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array.",
    },
    {
      name: "strides",
      get: (o) => shapeTuple(self(o).strides),
      doc: "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array.",
    },
    {
      name: "suboffsets",
      get: (o) => (self(o), PyTuple_New([])),
      doc: "A tuple of integers used internally for PIL-style arrays.",
    },
    {
      name: "c_contiguous",
      get: (o) => PyBool_FromBool(isCContiguous(self(o))),
      doc: "A bool indicating whether the memory is C contiguous.",
    },
    {
      name: "f_contiguous",
      get: (o) => PyBool_FromBool(isFContiguous(self(o))),
      doc: "A bool indicating whether the memory is Fortran contiguous.",
    },
    {
      name: "contiguous",
      get: (o) => {
        const v = self(o);
        return PyBool_FromBool(isCContiguous(v) || isFContiguous(v));
      },
      doc: "A bool indicating whether the memory is contiguous.",
    },
  ]);
}

initMemoryViewType();

/** Whether `o` is a memoryview (there are no subclasses). */
export function PyMemoryView_Check(o: PyObject): o is PyMemoryView {
  return o instanceof PyMemoryView;
}
