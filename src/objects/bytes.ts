/**
 * `bytes` (CPython's Objects/bytesobject.c and bytes_methods.c), and the method engine shared
 * with `bytearray`: every bytes/bytearray method is implemented once over a Uint8Array, with
 * the byte-string algorithms running on latin-1 JS strings (one char per byte), which V8
 * searches and splits natively.
 *
 * Size: CPython 3.11's bytes object is 33 + n bytes (header, length, hash, n bytes and a NUL).
 * The empty bytes object and the 256 one-byte objects are immortal singletons, as in CPython.
 *
 * Buffer protocol: any object whose JS class has a `getBuffer(): Uint8Array` method (bytes,
 * bytearray, memoryview, array...) is "bytes-like" for these methods (see `bufferBytes`).
 */
import { CmpOp } from "../compiler/opcodes.js";
import { reprBytes } from "../util/repr.js";
import {
  iterateToArray,
  lookupSpecial,
  PyIter_Next,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  PyObject_CallNoArgs,
  PyObject_CallOneArg,
  PyObject_GetIter,
  ssizeArg,
} from "./abstract.js";
import { type ArgSpec, noArgs, oneArg, parseArgs } from "./args.js";
import { PyBool_FromBool } from "./bool.js";
import { decodeBytes, encodeString, latin1String } from "./codecs.js";
import {
  exceptionMatches,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "./exceptions.js";
import { PyInt, PyInt_FromNumber, PyInt_FromSsize_t } from "./int.js";
import { PyList_NewPreallocated, PyList_Type, PySequence_Fast } from "./list.js";
import { defineMethods, type NativeImpl } from "./methods.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { allocateObject, makeImmortal, Py_DECREF, Py_INCREF, PyObject } from "./object.js";
import { hashBytes } from "./siphash.js";
import { PySlice, PySlice_AdjustIndices, PySlice_Unpack } from "./slice.js";
import type { Hash } from "./slots_types.js";
import {
  adjEnd,
  adjStart,
  adjustIndices,
  argTypeName,
  checkPositional,
  checkResultLength,
  checkVarargs,
  freeStrLike,
  initSubtypeInstance,
  intArg,
  isAsciiSpace,
  PyStr,
  PyStr_FromASCII,
  PyStr_FromString,
  repeatOverflows,
  rsplitSep,
  rsplitWhitespace,
  sliceIndexArg,
  splitLines,
  splitPreallocSize,
  splitSep,
  splitWhitespace,
  stripBy,
} from "./str.js";
import { percentFormatBytes } from "./str_percent.js";
import {
  gcAlloc,
  gcFree,
  PyMem_Free,
  PyMem_Malloc,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyTuple,
  PyTuple_New,
  PyTuple_Type,
  reduceSeqIter,
  setstateIndex,
} from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";
import { varInstanceAllocSize } from "./typeobject.js";

/** Argument Clinic signatures of the methods below (made once, not per call). */
const BYTES_NEW_ARGS: ArgSpec = { names: ["source", "encoding", "errors"], required: 0 };
const SPLIT_ARGS: ArgSpec = { names: ["sep", "maxsplit"], required: 0 };
const DECODE_ARGS: ArgSpec = { names: ["encoding", "errors"], required: 0 };
const EXPANDTABS_ARGS: ArgSpec = { names: ["tabsize"], required: 0 };
const HEX_ARGS: ArgSpec = { names: ["sep", "bytes_per_sep"], required: 0 };
const SPLITLINES_ARGS: ArgSpec = { names: ["keepends"], required: 0 };
const TRANSLATE_ARGS: ArgSpec = { names: ["table", "delete"], required: 1, posonly: 1 };

export class PyBytes extends PyObject {
  /** The bytes. Never mutated once the object is visible to Python code. */
  value: Uint8Array;
  /** Cached hash; -1 = not computed. */
  hash: Hash = -1;
  /** Cached latin-1 view (one char per byte) used by the search/split algorithms. */
  latin1: string | null = null;

  constructor(type: PyType, value: Uint8Array) {
    super(type);
    this.value = value;
  }

  /** The buffer protocol (bf_getbuffer): a read-only view of the bytes. */
  getBuffer(): Uint8Array {
    return this.value;
  }
}

export const PyBytes_Type = newStaticType({
  name: "bytes",
  flags: TypeFlag.BASETYPE | TypeFlag.BYTES_SUBCLASS | TypeFlag.MATCH_SELF | TypeFlag.IMMUTABLETYPE,
  basicsize: 33,
  itemsize: 1,
  doc:
    "bytes(iterable_of_ints) -> bytes\n" +
    "bytes(string, encoding[, errors]) -> bytes\n" +
    "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n" +
    "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n" +
    "bytes() -> empty bytes object\n\n" +
    "Construct an immutable array of bytes from:\n" +
    "  - an iterable yielding integers in range(256)\n" +
    "  - a text string encoded using the specified encoding\n" +
    "  - any object implementing the buffer API.\n" +
    "  - an integer",
});

/** sizeof(PyBytesObject) + n: CPython 3.11's bytes size. */
export function bytesSize(n: number): number {
  return 33 + n;
}

function newImmortalBytes(v: Uint8Array): PyBytes {
  return makeImmortal(new PyBytes(PyBytes_Type, v), bytesSize(v.length));
}

/** b'' (immortal singleton). */
export const PyBytes_Empty: PyBytes = newImmortalBytes(new Uint8Array(0));
const byteChars: PyBytes[] = [];
for (let c = 0; c < 256; c++) byteChars.push(newImmortalBytes(Uint8Array.of(c)));

/** A bytes object owning `v` (the caller must not mutate it afterwards). New reference. */
export function PyBytes_FromBytes(v: Uint8Array): PyBytes {
  if (v.length <= 1) return v.length === 0 ? PyBytes_Empty : byteChars[v[0]!]!;
  const o = new PyBytes(PyBytes_Type, v);
  allocateObject(o, bytesSize(v.length));
  return o;
}

/**
 * _PyBytes_FromSize's size checks: more than sys.maxsize minus the object's header (33 bytes) is
 * an OverflowError ('byte string is too large'), a size the host cannot make a MemoryError.
 * (Sizes that large arrive as doubles: 2**63 stands for sys.maxsize and those just below it.)
 */
export function checkBytesLength(n: number): void {
  if (n >= 2 ** 63 - 33) raise(PyExc_OverflowError, "byte string is too large");
  checkResultLength(n);
}

/** A new bytes object even for one byte (CPython's _PyBytes_FromSize paths: case mappings...). */
export function PyBytes_FromBytesFresh(v: Uint8Array): PyBytes {
  if (v.length === 0) return PyBytes_Empty;
  const o = new PyBytes(PyBytes_Type, v);
  allocateObject(o, bytesSize(v.length));
  return o;
}

/** A bytes object from a latin-1 JS string (chars < 256). */
export function PyBytes_FromLatin1(s: string): PyBytes {
  const o = PyBytes_FromBytes(latin1Bytes(s));
  if (o.latin1 === null && o.ob_refcnt < 1 << 29) o.latin1 = s;
  return o;
}

export function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function PyBytes_Check(o: PyObject): o is PyBytes {
  return o instanceof PyBytes;
}

/**
 * The bytes of a bytes-like object (bytes, bytearray, memoryview...: anything with a
 * `getBuffer` method), or null. The result is a view: copy it before keeping it.
 */
export function bufferBytes(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes) return o.value;
  const f = (o as { getBuffer?: () => Uint8Array }).getBuffer;
  return typeof f === "function" ? f.call(o) : null;
}

/** bufferBytes or TypeError "a bytes-like object is required, not 'str'". */
export function requireBuffer(o: PyObject): Uint8Array {
  const b = bufferBytes(o);
  if (b === null) raise(PyExc_TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return b;
}

function latin1Of(o: PyObject): string {
  if (o instanceof PyBytes) return (o.latin1 ??= latin1String(o.value));
  return latin1String(requireBuffer(o));
}

// ---------------------------------------------------------------------------------------------
// Slots

function bytes_dealloc(o: PyObject): void {
  freeStrLike(o);
}

function bytes_repr(o: PyObject): PyObject {
  return PyStr_FromASCII(reprBytes((o as PyBytes).value));
}

function bytes_hash(o: PyObject): Hash {
  const b = o as PyBytes;
  if (b.hash !== -1) return b.hash;
  return (b.hash = hashBytes(b.value));
}

/** memcmp-order comparison of two byte arrays. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function richCompareResult(c: number, op: number): PyObject {
  let r: boolean;
  switch (op) {
    case CmpOp.LT:
      r = c < 0;
      break;
    case CmpOp.LE:
      r = c <= 0;
      break;
    case CmpOp.EQ:
      r = c === 0;
      break;
    case CmpOp.NE:
      r = c !== 0;
      break;
    case CmpOp.GT:
      r = c > 0;
      break;
    default:
      r = c >= 0;
  }
  return PyBool_FromBool(r);
}

function bytes_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyBytes) || !(b instanceof PyBytes)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  if (op === CmpOp.EQ || op === CmpOp.NE) {
    const eq = a === b || bytesEqual(a.value, b.value);
    return PyBool_FromBool(op === CmpOp.EQ ? eq : !eq);
  }
  return richCompareResult(compareBytes(a.value, b.value), op);
}

function bytes_length(o: PyObject): number {
  return (o as PyBytes).value.length;
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  checkResultLength(a.length + b.length);
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function bytes_concat(a: PyObject, b: PyObject): PyObject {
  const va = bufferBytes(a);
  const vb = bufferBytes(b);
  if (va === null || vb === null) {
    raise(PyExc_TypeError, `can't concat ${(vb === null ? b : a).ob_type.tp_name} to ${a.ob_type.tp_name}`);
  }
  // Optimize end cases (CPython returns the bytes operand itself).
  if (va.length === 0 && b.ob_type === PyBytes_Type) return Py_NewRef(b);
  if (vb.length === 0 && a.ob_type === PyBytes_Type) return Py_NewRef(a);
  return PyBytes_FromBytes(concatBytes(va, vb));
}

function Py_NewRef(o: PyObject): PyObject {
  o.ob_refcnt++;
  return o;
}

export function repeatBytes(v: Uint8Array, n: number): Uint8Array {
  if (n <= 0 || v.length === 0) return new Uint8Array(0);
  checkResultLength(v.length * n);
  const out = new Uint8Array(v.length * n);
  if (v.length === 1) out.fill(v[0]!);
  else {
    out.set(v);
    let filled = v.length;
    while (filled < out.length) {
      const k = Math.min(filled, out.length - filled);
      out.copyWithin(filled, 0, k);
      filled += k;
    }
  }
  return out;
}

function bytes_repeat(o: PyObject, n: number): PyObject {
  const b = o as PyBytes;
  // CPython's bytes_repeat: the operand itself when the size stays the same (exact bytes), else
  // always a new object, even an empty one (b'ab' * 0 is not the b'' singleton).
  const size = n <= 0 ? 0 : b.value.length * n;
  if (n > 0 && repeatOverflows(b.value.length, n)) raise(PyExc_OverflowError, "repeated bytes are too long");
  if (size === b.value.length && b.ob_type === PyBytes_Type) return Py_NewRef(b);
  const v = repeatBytes(b.value, n);
  const out = new PyBytes(PyBytes_Type, v);
  allocateObject(out, bytesSize(v.length));
  return out;
}

/** `x in b` for bytes and bytearray: an int in range(256) or a bytes-like object. */
export function bytesContains(data: Uint8Array, v: PyObject): boolean {
  if (v instanceof PyInt || (v.ob_type.nb_index !== null && bufferBytes(v) === null)) {
    const n = byteValue(v, "byte must be in range(0, 256)");
    return data.indexOf(n) >= 0;
  }
  const sub = requireBuffer(v);
  return findBytes(data, sub, 0, data.length) >= 0;
}

function bytes_contains(o: PyObject, v: PyObject): boolean {
  return bytesContains((o as PyBytes).value, v);
}

/** An int in range(256) (CPython's _getbytevalue); `message` is the ValueError's. */
export function byteValue(o: PyObject, message = "byte must be in range(0, 256)"): number {
  let v: number | bigint;
  if (o instanceof PyInt) v = o.value;
  else {
    const i = PyNumber_Index(o);
    v = i.value;
    Py_DECREF(i);
  }
  if (typeof v === "bigint" || v < 0 || v > 255) raise(PyExc_ValueError, message);
  return v;
}

function bytes_item(o: PyObject, i: number): PyObject {
  const v = (o as PyBytes).value;
  if (i < 0 || i >= v.length) raise(PyExc_IndexError, "index out of range");
  return PyInt_FromNumber(v[i]!);
}

/** Index of a subscript key: a JS number, or raises IndexError for huge values. */
export function subscriptIndex(key: PyObject, length: number, message: string): number {
  let i: number;
  if (key instanceof PyInt && typeof key.value === "number") i = key.value;
  else {
    const v = PyNumber_AsSsize_t(key, PyExc_IndexError);
    i = v;
  }
  if (i < 0) i += length;
  if (i < 0 || i >= length) raise(PyExc_IndexError, message);
  return i;
}

/** data[slice] as a fresh Uint8Array. */
export function sliceBytes(data: Uint8Array, key: PySlice): Uint8Array {
  const ix = PySlice_Unpack(key);
  const n = PySlice_AdjustIndices(data.length, ix);
  if (n <= 0) return new Uint8Array(0);
  if (ix.step === 1) return data.slice(ix.start, ix.start + n);
  const out = new Uint8Array(n);
  for (let k = 0, i = ix.start; k < n; k++, i += ix.step) out[k] = data[i]!;
  return out;
}

function bytes_subscript(o: PyObject, key: PyObject): PyObject {
  const b = o as PyBytes;
  const v = b.value;
  if (key.ob_type.nb_index !== null)
    return PyInt_FromNumber(v[subscriptIndex(key, v.length, "index out of range")]!);
  if (key instanceof PySlice) {
    const ix = PySlice_Unpack(key);
    const n = PySlice_AdjustIndices(v.length, ix);
    if (n === v.length && ix.step === 1 && b.ob_type === PyBytes_Type) return Py_NewRef(b);
    if (n <= 0) return PyBytes_Empty;
    if (ix.step === 1) return PyBytes_FromBytes(v.slice(ix.start, ix.start + n));
    const out = new Uint8Array(n);
    for (let k = 0, i = ix.start; k < n; k++, i += ix.step) out[k] = v[i]!;
    return PyBytes_FromBytes(out);
  }
  raise(PyExc_TypeError, `byte indices must be integers or slices, not ${key.ob_type.tp_name}`);
}

function bytes_mod(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyBytes)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  return PyBytes_FromBytes(percentFormatBytes(a.value, b));
}

// ---------------------------------------------------------------------------------------------
// Iterator (bytes_iterator; bytearray.ts has bytearray_iterator)

export class PyBytesIter extends PyObject {
  constructor(
    type: PyType,
    public seq: PyObject | null,
    public index: number,
  ) {
    super(type);
  }
}

export const PyBytesIter_Type = newStaticType({
  name: "bytes_iterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 32,
});

/** Creates a bytes/bytearray iterator of `type` over `seq` (new reference). */
export function newBytesIter(type: PyType, seq: PyObject): PyBytesIter {
  const it = new PyBytesIter(type, seq, 0);
  gcAlloc(it, 48);
  Py_INCREF(seq);
  PyObject_GC_Track(it);
  return it;
}

export function bytesiter_next(o: PyObject): PyObject | null {
  const it = o as PyBytesIter;
  const seq = it.seq;
  if (seq === null) return null;
  const data = bufferBytes(seq)!;
  if (it.index < data.length) return PyInt_FromNumber(data[it.index++]!);
  it.seq = null;
  Py_DECREF(seq);
  return null;
}

export function bytesiter_dealloc(o: PyObject): void {
  const it = o as PyBytesIter;
  PyObject_GC_UnTrack(it);
  const s = it.seq;
  it.seq = null;
  if (s !== null) Py_DECREF(s);
  gcFree(it);
}

export function bytesiter_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const s = (o as PyBytesIter).seq;
  if (s !== null) visit(s);
}

export function bytesiter_length_hint(
  self: PyObject | null,
  args: PyObject[],
  kwnames: string[] | null,
): PyObject {
  noArgs("__length_hint__", args, kwnames);
  const it = self as PyBytesIter;
  if (it.seq === null) return PyInt_FromNumber(0);
  return PyInt_FromNumber(Math.max(0, bufferBytes(it.seq)!.length - it.index));
}

PyBytesIter_Type.tp_dealloc = bytesiter_dealloc;
PyBytesIter_Type.tp_traverse = bytesiter_traverse;
PyBytesIter_Type.tp_iter = (o) => Py_NewRef(o);
PyBytesIter_Type.tp_iternext = bytesiter_next;
/** bytes/bytearray iterators' __reduce__: (iter, (seq,), index), or (iter, ((),)) once exhausted. */
export function bytesiter_reduce(
  self: PyObject | null,
  args: PyObject[],
  kwnames: string[] | null,
): PyObject {
  const it = self as PyBytesIter;
  noArgs(`${it.ob_type.tp_name}.__reduce__`, args, kwnames);
  return reduceSeqIter(it.seq, it.index);
}

/** bytes/bytearray iterators' __setstate__: the next index, at least 0 (and at most len for bytes). */
export function bytesiter_setstate(
  self: PyObject | null,
  args: PyObject[],
  kwnames: string[] | null,
): PyObject {
  const it = self as PyBytesIter;
  let index = setstateIndex(oneArg(`${it.ob_type.tp_name}.__setstate__`, args, kwnames));
  if (it.seq !== null) {
    if (index < 0) index = 0;
    else if (it.ob_type === PyBytesIter_Type) index = Math.min(index, bufferBytes(it.seq)!.length);
    it.index = index;
  }
  Py_INCREF(Py_None);
  return Py_None;
}

defineMethods(PyBytesIter_Type, {
  __length_hint__: {
    impl: bytesiter_length_hint,
    doc: "Private method returning an estimate of len(list(it)).",
  },
  __reduce__: { impl: bytesiter_reduce, doc: "Return state information for pickling." },
  __setstate__: { impl: bytesiter_setstate, doc: "Set state information for unpickling." },
});

// ---------------------------------------------------------------------------------------------
// Construction: bytes(), bytes(int), bytes(iterable), bytes(buffer), bytes(str, encoding[, errors])

function bytes_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  const [x, encoding, errors] = parseArgs("bytes", args, kwnames, BYTES_NEW_ARGS);
  if (encoding !== null && !(encoding instanceof PyStr)) {
    raise(PyExc_TypeError, `bytes() argument 'encoding' must be str, not ${argTypeName(encoding)}`);
  }
  if (errors !== null && !(errors instanceof PyStr)) {
    raise(PyExc_TypeError, `bytes() argument 'errors' must be str, not ${argTypeName(errors)}`);
  }
  let result: PyObject;
  if (x === null) {
    if (encoding !== null || errors !== null) {
      raise(
        PyExc_TypeError,
        encoding !== null ? "encoding without a string argument" : "errors without a string argument",
      );
    }
    result = PyBytes_Empty;
  } else if (encoding !== null) {
    if (!(x instanceof PyStr)) raise(PyExc_TypeError, "encoding without a string argument");
    result = PyBytes_FromBytes(
      encodeString(
        x.value,
        (encoding as PyStr).value,
        errors === null ? "strict" : (errors as PyStr).value,
        x,
      ),
    );
  } else if (errors !== null) {
    raise(
      PyExc_TypeError,
      x instanceof PyStr ? "string argument without an encoding" : "errors without a string argument",
    );
  } else {
    const f = lookupSpecial(x, "__bytes__");
    if (f !== null) {
      try {
        result = PyObject_CallNoArgs(f);
      } finally {
        Py_DECREF(f);
      }
      if (!(result instanceof PyBytes)) {
        const name = result.ob_type.tp_name;
        Py_DECREF(result);
        raise(PyExc_TypeError, `__bytes__ returned non-bytes (type ${name})`);
      }
    } else if (x instanceof PyStr) {
      raise(PyExc_TypeError, "string argument without an encoding");
    } else if (x.ob_type.nb_index !== null) {
      let size: number;
      try {
        size = PyNumber_AsSsize_t(x, PyExc_OverflowError);
      } catch (e) {
        if (!exceptionMatches(e, PyExc_TypeError)) throw e;
        Py_DECREF(e as PyObject);
        size = -2;
      }
      if (size === -2) result = PyBytes_FromObject(x);
      else {
        if (size < 0) raise(PyExc_ValueError, "negative count");
        checkBytesLength(size);
        result = PyBytes_FromBytesFresh(new Uint8Array(size));
      }
    } else {
      result = PyBytes_FromObject(x);
    }
  }
  if (type === PyBytes_Type) return result;
  const v = (result as PyBytes).value;
  Py_DECREF(result);
  return bytesSubtypeNew(type, v);
}

/** An instance of a bytes subclass holding a copy of `v`. */
export function bytesSubtypeNew(type: PyType, v: Uint8Array): PyBytes {
  const o = new PyBytes(type, v.slice());
  initSubtypeInstance(o, type, varInstanceAllocSize(type, v.length));
  return o;
}

/** PyBytes_FromObject: a buffer, a list/tuple of ints or any iterable of ints. */
export function PyBytes_FromObject(x: PyObject): PyBytes {
  if (x.ob_type === PyBytes_Type) return Py_NewRef(x) as PyBytes;
  const buf = bufferBytes(x);
  if (buf !== null) return PyBytes_FromBytes(buf.slice());
  if (x instanceof PyStr) raise(PyExc_TypeError, `cannot convert '${x.ob_type.tp_name}' object to bytes`);
  const t = x.ob_type;
  if (t.tp_iter === null && t.sq_item === null) {
    raise(PyExc_TypeError, `cannot convert '${t.tp_name}' object to bytes`);
  }
  // Any other iterable than an exact list or tuple: CPython's iterator lives until the bytes
  // are made (tracemalloc's peak holds both).
  const sequence = t === PyList_Type || t === PyTuple_Type;
  const iterator = sequence ? null : PyObject_GetIter(x);
  let items: PyObject[] = [];
  try {
    if (t === PyList_Type) return bytesFromList(x as PyTuple);
    if (iterator === null) {
      // _PyBytes_FromTuple reads the items in place: no iterator
      items = (x as PyTuple).items.slice();
      for (const item of items) Py_INCREF(item);
    } else items = iterateToArray(iterator);
    const out = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const v = PyNumber_AsSsize_t(item, null);
      if (v < 0 || v > 255) raise(PyExc_ValueError, "bytes must be in range(0, 256)");
      out[i] = v;
    }
    return PyBytes_FromBytes(out);
  } finally {
    for (const it of items) Py_DECREF(it);
    if (iterator !== null) Py_DECREF(iterator);
  }
}

/**
 * _PyBytes_FromList: the items are read in place, up to the list's length at each step, so an
 * __index__ that changes the list changes what is read.
 */
function bytesFromList(list: { items: PyObject[] }): PyBytes {
  let out = new Uint8Array(list.items.length);
  let n = 0;
  for (let i = 0; i < list.items.length; i++) {
    const item = list.items[i]!;
    Py_INCREF(item);
    let v: number;
    try {
      v = PyNumber_AsSsize_t(item, null);
    } finally {
      Py_DECREF(item);
    }
    if (v < 0 || v > 255) raise(PyExc_ValueError, "bytes must be in range(0, 256)");
    if (n === out.length) {
      const grown = new Uint8Array(n * 2 + 1);
      grown.set(out);
      out = grown;
    }
    out[n++] = v;
  }
  return PyBytes_FromBytes(n === out.length ? out : out.slice(0, n));
}

/** bytes.__sizeof__ / sys.getsizeof of an exact bytes object. */
export function bytes_sizeof(o: PyBytes): number {
  if (o.ob_type === PyBytes_Type) return bytesSize(o.value.length);
  return o.ob_type.tp_basicsize + o.value.length;
}

// ---------------------------------------------------------------------------------------------
// The shared bytes/bytearray method engine

/** How the shared methods see their object type. */
export interface BytesKind {
  /** "bytes" or "bytearray" (for qualified names in messages). */
  name: string;
  /** The current contents (a view). */
  data(self: PyObject): Uint8Array;
  /** A new object of this kind owning `v`. */
  make(v: Uint8Array): PyObject;
  /** A new object for a case-mapping result (bytes: never the one-byte singleton). */
  makeFresh(v: Uint8Array): PyObject;
  /** `self` unchanged: bytes returns itself (if exact), bytearray a copy. */
  unchanged(self: PyObject): PyObject;
}

/** find/index/count over bytes (adjusted [start, end)). */
export function findBytes(data: Uint8Array, sub: Uint8Array, start: number, end: number): number {
  const sl = sub.length;
  if (end - start < sl) return -1;
  if (sl === 0) return start;
  if (sl === 1) {
    const r = data.indexOf(sub[0]!, start);
    return r >= 0 && r < end ? r : -1;
  }
  const last = end - sl;
  const first = sub[0]!;
  outer: for (let i = data.indexOf(first, start); i >= 0 && i <= last; i = data.indexOf(first, i + 1)) {
    for (let k = 1; k < sl; k++) if (data[i + k] !== sub[k]) continue outer;
    return i;
  }
  return -1;
}

function rfindBytes(data: Uint8Array, sub: Uint8Array, start: number, end: number): number {
  const sl = sub.length;
  if (end - start < sl) return -1;
  if (sl === 0) return end;
  outer: for (let i = end - sl; i >= start; i--) {
    for (let k = 0; k < sl; k++) if (data[i + k] !== sub[k]) continue outer;
    return i;
  }
  return -1;
}

function countBytes(data: Uint8Array, sub: Uint8Array, start: number, end: number): number {
  if (end - start < sub.length) return 0;
  if (sub.length === 0) return end - start + 1;
  let n = 0;
  let i = start;
  for (;;) {
    const r = findBytes(data, sub, i, end);
    if (r < 0) return n;
    n++;
    i = r + sub.length;
  }
}

/** The sub argument of find & co: an int byte or a bytes-like object. */
function subArg(o: PyObject): Uint8Array {
  const b = bufferBytes(o);
  if (b !== null) return b;
  if (o.ob_type.nb_index !== null) return Uint8Array.of(byteValue(o));
  raise(PyExc_TypeError, `argument should be integer or bytes-like object, not '${o.ob_type.tp_name}'`);
}

// Function declarations (not arrow constants): bytearray.ts calls bytesLikeMethods while
// loading, possibly before this module has finished evaluating.
function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isAsciiAlpha(c: number): boolean {
  return isAsciiUpper(c) || isAsciiLower(c);
}
function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function mapBytes(v: Uint8Array, f: (c: number, i: number) => number): Uint8Array {
  const out = new Uint8Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = f(v[i]!, i);
  return out;
}

function bytesTitle(v: Uint8Array): Uint8Array {
  let prevCased = false;
  return mapBytes(v, (c) => {
    let r = c;
    if (isAsciiLower(c)) {
      if (!prevCased) r = c - 32;
      prevCased = true;
    } else if (isAsciiUpper(c)) {
      if (prevCased) r = c + 32;
      prevCased = true;
    } else prevCased = false;
    return r;
  });
}

function bytesIsTitle(v: Uint8Array): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of v) {
    if (isAsciiUpper(c)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (isAsciiLower(c)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}

/** bytes.hex(sep, bytes_per_sep) (CPython's _Py_strhex_impl). */
export function bytesHex(v: Uint8Array, sepObj: PyObject | null, perSepObj: PyObject | null): string {
  let sep = "";
  if (sepObj !== null) {
    let s: string;
    if (sepObj instanceof PyStr) s = sepObj.value;
    else {
      const b = bufferBytes(sepObj);
      if (b === null) raise(PyExc_TypeError, `object of type '${sepObj.ob_type.tp_name}' has no len()`);
      s = latin1String(b);
    }
    if (s.length !== 1) raise(PyExc_ValueError, "sep must be length 1.");
    if (s.charCodeAt(0) > 127) raise(PyExc_ValueError, "sep must be ASCII.");
    sep = s;
  }
  const perSep = perSepObj === null ? 1 : intArg(perSepObj);
  // The text is made as ASCII bytes and decoded once: a string per byte joined at the end cost
  // about 100 times python3's time on megabytes.
  const n = v.length;
  const k = sep === "" ? 0 : Math.abs(perSep);
  const nSep = k === 0 || n === 0 ? 0 : Math.floor((n - 1) / k);
  const out = new Uint8Array(2 * n + nSep);
  const sepCode = nSep > 0 ? sep.charCodeAt(0) : 0;
  // Groups are counted from the right for a positive bytes_per_sep, from the left for a negative one.
  let untilSep = nSep === 0 ? n : perSep > 0 ? n - nSep * k : k;
  let o = 0;
  for (let i = 0; i < n; i++) {
    if (untilSep === 0) {
      out[o++] = sepCode;
      untilSep = k;
    }
    const b = v[i]!;
    out[o++] = HEX_DIGIT_CODES[b >> 4]!;
    out[o++] = HEX_DIGIT_CODES[b & 15]!;
    untilSep--;
  }
  return asciiDecoder.decode(out);
}

/** ASCII bytes to text (the platform's decoder: many times faster than a loop on megabytes). */
const asciiDecoder = new TextDecoder();

/** The character codes of "0123456789abcdef". */
const HEX_DIGIT_CODES = new Uint8Array([48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102]);

/** bytes.fromhex(string). */
export function bytesFromHex(s: PyObject): Uint8Array {
  if (!(s instanceof PyStr)) raise(PyExc_TypeError, `fromhex() argument must be str, not ${argTypeName(s)}`);
  const v = s.value;
  const n = v.length;
  // At most one byte per two characters: written in place, trimmed once at the end (a number[]
  // pushed per byte and copied cost 30x python3 on 20 MB).
  const out = new Uint8Array(n >> 1);
  let size = 0;
  let i = 0;
  while (i < n) {
    const c = v.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const top = c < 128 ? HEX_DIGIT_VALUE[c]! : -1;
    if (top < 0) raise(PyExc_ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const c2 = i + 1 < n ? v.charCodeAt(i + 1) : 128;
    const bot = c2 < 128 ? HEX_DIGIT_VALUE[c2]! : -1;
    if (bot < 0)
      raise(PyExc_ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out[size++] = (top << 4) | bot;
    i += 2;
  }
  return size === out.length ? out : out.slice(0, size);
}

/** The value of each ASCII hex digit by character code, -1 for every other ASCII character. */
const HEX_DIGIT_VALUE = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let d = 0; d < 16; d++) {
    table["0123456789abcdef".charCodeAt(d)] = d;
    table["0123456789ABCDEF".charCodeAt(d)] = d;
  }
  return table;
})();

/**
 * The methods bytes and bytearray share, bound to a BytesKind. (Called once per type at load;
 * the closures touch other modules only when invoked.)
 */
export function bytesLikeMethods(
  k: BytesKind,
): Record<string, NativeImpl | { impl: NativeImpl; kind?: "static" | "class"; textSignature?: string }> {
  const q = (m: string) => `${k.name}.${m}`;
  const splitLike =
    (right: boolean): NativeImpl =>
    (self, args, kwnames) => {
      const [sepObj, maxObj] = parseArgs(right ? "rsplit" : "split", args, kwnames, SPLIT_ARGS);
      const maxsplit = maxObj === null ? -1 : ssizeArg(maxObj);
      const v = latin1Of(self!);
      if (sepObj === null || sepObj === Py_None) {
        const parts = (right ? rsplitWhitespace : splitWhitespace)(v, maxsplit, isAsciiSpace);
        return splitParts(self!, v, parts, splitPreallocSize(maxsplit));
      }
      const sep = latin1String(requireBuffer(sepObj));
      if (sep.length === 0) raise(PyExc_ValueError, "empty separator");
      return splitParts(
        self!,
        v,
        (right ? rsplitSep : splitSep)(v, sep, maxsplit),
        splitPreallocSize(maxsplit),
      );
    };
  /** `prealloc`: the room stringlib's split starts its list with (splitlines starts empty). */
  const splitParts = (self: PyObject, v: string, parts: string[], prealloc: number): PyObject => {
    if (k.name === "bytes") {
      const items = parts.map((p) =>
        p.length === v.length && self.ob_type === PyBytes_Type ? Py_NewRef(self) : PyBytes_FromLatin1(p),
      );
      return PyList_NewPreallocated(items, prealloc);
    }
    return PyList_NewPreallocated(
      parts.map((p) => k.make(latin1Bytes(p))),
      prealloc,
    );
  };
  const findLike =
    (name: "find" | "rfind" | "index" | "rindex" | "count"): NativeImpl =>
    (self, args, kwnames) => {
      checkVarargs(k.name, name, args, kwnames, 1, 3);
      const data = k.data(self!);
      const sub = subArg(args[0]!);
      adjustIndices(sliceIndexArg(args[1], 0), sliceIndexArg(args[2], Number.MAX_SAFE_INTEGER), data.length);
      const start = adjStart;
      const end = adjEnd;
      if (name === "count") return PyInt_FromSsize_t(countBytes(data, sub, start, end));
      const r =
        name === "find" || name === "index"
          ? findBytes(data, sub, start, end)
          : rfindBytes(data, sub, start, end);
      if (r < 0 && (name === "index" || name === "rindex")) raise(PyExc_ValueError, "subsection not found");
      return PyInt_FromSsize_t(r);
    };
  const tail =
    (name: "startswith" | "endswith"): NativeImpl =>
    (self, args, kwnames) => {
      checkVarargs(k.name, name, args, kwnames, 1, 3);
      const data = k.data(self!);
      const x = args[0]!;
      const start = sliceIndexArg(args[1], 0);
      const end = sliceIndexArg(args[2], Number.MAX_SAFE_INTEGER);
      const match = (sub: Uint8Array): boolean => {
        adjustIndices(start, end, data.length);
        const s = adjStart;
        const e = adjEnd - sub.length;
        if (e < s) return false;
        const pos = name === "endswith" ? e : s;
        for (let i = 0; i < sub.length; i++) if (data[pos + i] !== sub[i]) return false;
        return true;
      };
      if (x instanceof PyTuple) {
        for (const item of x.items) if (match(requireBuffer(item))) return PyBool_FromBool(true);
        return PyBool_FromBool(false);
      }
      const b = bufferBytes(x);
      if (b === null) {
        raise(
          PyExc_TypeError,
          `${name} first arg must be bytes or a tuple of bytes, not ${x.ob_type.tp_name}`,
        );
      }
      return PyBool_FromBool(match(b));
    };
  const fillArg = (name: string, o: PyObject | undefined): number => {
    if (o === undefined) return 32;
    const b = bufferBytes(o);
    if (b === null || b.length !== 1 || !(o instanceof PyBytes || o.ob_type.tp_name === "bytearray")) {
      raise(PyExc_TypeError, `${name}() argument 2 must be a byte string of length 1, not ${argTypeName(o)}`);
    }
    return b[0]!;
  };
  const justify =
    (name: "center" | "ljust" | "rjust"): NativeImpl =>
    (self, args, kwnames) => {
      checkPositional(q(name), args, kwnames, 1, 2);
      const data = k.data(self!);
      const width = ssizeArg(args[0]!);
      const fill = fillArg(name, args[1]);
      if (data.length >= width) return k.unchanged(self!);
      const marg = width - data.length;
      let left = name === "ljust" ? 0 : name === "rjust" ? marg : Math.floor(marg / 2) + (marg & width & 1);
      if (left < 0) left = 0;
      if (k.name === "bytes") checkBytesLength(width);
      else checkResultLength(width);
      const out = new Uint8Array(width).fill(fill);
      out.set(data, left);
      return k.make(out);
    };
  const strip =
    (name: "strip" | "lstrip" | "rstrip", how: number): NativeImpl =>
    (self, args, kwnames) => {
      checkPositional(q(name), args, kwnames, 0, 1);
      const v = latin1Of(self!);
      const chars = args[0];
      let ij: [number, number];
      if (chars === undefined || chars === Py_None) ij = stripBy(v, how, isAsciiSpace);
      else {
        const set = requireBuffer(chars);
        ij = stripBy(v, how, (c) => set.indexOf(c) >= 0);
      }
      const [i, j] = ij;
      if (i === 0 && j === v.length) return k.unchanged(self!);
      return k.make(k.data(self!).slice(i, j));
    };
  const caseOp =
    (name: string, f: (v: Uint8Array) => Uint8Array): NativeImpl =>
    (self, args, kwnames) => {
      noArgs(q(name), args, kwnames);
      return k.makeFresh(f(k.data(self!)));
    };
  const pred =
    (name: string, f: (v: Uint8Array) => boolean): NativeImpl =>
    (self, args, kwnames) => {
      noArgs(q(name), args, kwnames);
      return PyBool_FromBool(f(k.data(self!)));
    };
  const allOf = (f: (c: number) => boolean) => (v: Uint8Array) => {
    if (v.length === 0) return false;
    for (const c of v) if (!f(c)) return false;
    return true;
  };
  const partition =
    (right: boolean): NativeImpl =>
    (self, args, kwnames) => {
      const sepObj = oneArg(q(right ? "rpartition" : "partition"), args, kwnames);
      const sep = requireBuffer(sepObj);
      if (sep.length === 0) raise(PyExc_ValueError, "empty separator");
      const data = k.data(self!);
      const i = right ? rfindBytes(data, sep, 0, data.length) : findBytes(data, sep, 0, data.length);
      const sepOut = (): PyObject =>
        k.name === "bytes" && sepObj.ob_type === PyBytes_Type ? Py_NewRef(sepObj) : k.make(sep.slice());
      if (i < 0) {
        const empty = () => k.make(new Uint8Array(0));
        return right
          ? PyTuple_New([empty(), empty(), k.unchanged(self!)])
          : PyTuple_New([k.unchanged(self!), empty(), empty()]);
      }
      return PyTuple_New([k.make(data.slice(0, i)), sepOut(), k.make(data.slice(i + sep.length))]);
    };
  const removeAffix =
    (suffix: boolean): NativeImpl =>
    (self, args, kwnames) => {
      const a = requireBuffer(oneArg(q(suffix ? "removesuffix" : "removeprefix"), args, kwnames));
      const data = k.data(self!);
      if (a.length > 0 && a.length <= data.length) {
        const off = suffix ? data.length - a.length : 0;
        let ok = true;
        for (let i = 0; i < a.length; i++) {
          if (data[off + i] !== a[i]) {
            ok = false;
            break;
          }
        }
        if (ok) return k.make(suffix ? data.slice(0, off) : data.slice(a.length));
      }
      return k.unchanged(self!);
    };
  return {
    capitalize: caseOp("capitalize", (v) =>
      mapBytes(v, (c, i) => (i === 0 ? (isAsciiLower(c) ? c - 32 : c) : isAsciiUpper(c) ? c + 32 : c)),
    ),
    center: { impl: justify("center"), textSignature: "($self, width, fillchar=b' ', /)" },
    count: findLike("count"),
    decode: {
      impl: (self, args, kwnames) => {
        const [enc, err] = parseArgs("decode", args, kwnames, DECODE_ARGS);
        if (enc !== null && !(enc instanceof PyStr)) {
          raise(PyExc_TypeError, `decode() argument 'encoding' must be str, not ${argTypeName(enc)}`);
        }
        if (err !== null && !(err instanceof PyStr)) {
          raise(PyExc_TypeError, `decode() argument 'errors' must be str, not ${argTypeName(err)}`);
        }
        const s = decodeBytes(
          k.data(self!),
          enc === null ? "utf-8" : (enc as PyStr).value,
          err === null ? "strict" : (err as PyStr).value,
          self,
        );
        return PyStr_FromString(s);
      },
      textSignature: "($self, /, encoding='utf-8', errors='strict')",
    },
    endswith: tail("endswith"),
    expandtabs: {
      impl: (self, args, kwnames) => {
        const [ts] = parseArgs("expandtabs", args, kwnames, EXPANDTABS_ARGS);
        const tabsize = ts === null ? 8 : intArg(ts);
        const v = latin1Of(self!);
        let out = "";
        let col = 0;
        for (let i = 0; i < v.length; i++) {
          const c = v.charCodeAt(i);
          if (c === 9) {
            if (tabsize > 0) {
              const incr = tabsize - (col % tabsize);
              col += incr;
              out += " ".repeat(incr);
              checkResultLength(out.length);
            }
          } else {
            col++;
            out += v[i];
            if (c === 10 || c === 13) col = 0;
          }
        }
        if (out === v) return k.unchanged(self!);
        return k.make(latin1Bytes(out));
      },
      textSignature: "($self, /, tabsize=8)",
    },
    find: findLike("find"),
    fromhex: {
      impl: (cls, args, kwnames) => {
        const s = oneArg(`${k.name}.fromhex`, args, kwnames);
        const r = k.make(bytesFromHex(s));
        // a subclass gets cls(result), as bytes_fromhex_impl does
        if (!(cls as PyType).hasFlag(TypeFlag.HEAPTYPE)) return r;
        try {
          return PyObject_CallOneArg(cls!, r);
        } finally {
          Py_DECREF(r);
        }
      },
      kind: "class",
      textSignature: "($type, string, /)",
    },
    hex: {
      impl: (self, args, kwnames) => {
        const [sep, per] = parseArgs("hex", args, kwnames, HEX_ARGS);
        return PyStr_FromASCII(bytesHex(k.data(self!), sep, per));
      },
      textSignature: "($self, /, sep=<unrepresentable>, bytes_per_sep=1)",
    },
    index: findLike("index"),
    isalnum: pred(
      "isalnum",
      allOf((c) => isAsciiAlpha(c) || isAsciiDigit(c)),
    ),
    isalpha: pred("isalpha", allOf(isAsciiAlpha)),
    isascii: pred("isascii", (v) => v.every((c) => c < 128)),
    isdigit: pred("isdigit", allOf(isAsciiDigit)),
    islower: pred("islower", (v) => v.some(isAsciiLower) && !v.some(isAsciiUpper)),
    isspace: pred("isspace", allOf(isAsciiSpace)),
    istitle: pred("istitle", bytesIsTitle),
    isupper: pred("isupper", (v) => v.some(isAsciiUpper) && !v.some(isAsciiLower)),
    join: {
      impl: (self, args, kwnames) => {
        const iterable = oneArg(q("join"), args, kwnames);
        return bytesJoin(k, self!, iterable);
      },
      textSignature: "($self, iterable_of_bytes, /)",
    },
    ljust: { impl: justify("ljust"), textSignature: "($self, width, fillchar=b' ', /)" },
    lower: caseOp("lower", (v) => mapBytes(v, (c) => (isAsciiUpper(c) ? c + 32 : c))),
    lstrip: { impl: strip("lstrip", 1), textSignature: "($self, bytes=None, /)" },
    maketrans: {
      impl: (_self, args, kwnames) => {
        checkPositional("maketrans", args, kwnames, 2, 2);
        const frm = requireBuffer(args[0]!);
        const to = requireBuffer(args[1]!);
        if (frm.length !== to.length) raise(PyExc_ValueError, "maketrans arguments must have same length");
        const table = new Uint8Array(256);
        for (let i = 0; i < 256; i++) table[i] = i;
        for (let i = 0; i < frm.length; i++) table[frm[i]!] = to[i]!;
        return PyBytes_FromBytes(table);
      },
      kind: "static",
      textSignature: "(frm, to, /)",
    },
    partition: { impl: partition(false), textSignature: "($self, sep, /)" },
    replace: {
      impl: (self, args, kwnames) => {
        checkPositional(q("replace"), args, kwnames, 2, 3);
        const old = latin1String(requireBuffer(args[0]!));
        const rep = latin1String(requireBuffer(args[1]!));
        let count = args.length > 2 ? ssizeArg(args[2]!) : -1;
        if (count < 0) count = Number.MAX_SAFE_INTEGER;
        const v = latin1Of(self!);
        const r = replaceLatin1(v, old, rep, count);
        if (r === null) return k.unchanged(self!);
        return k.make(latin1Bytes(r));
      },
      textSignature: "($self, old, new, count=-1, /)",
    },
    removeprefix: { impl: removeAffix(false), textSignature: "($self, prefix, /)" },
    removesuffix: { impl: removeAffix(true), textSignature: "($self, suffix, /)" },
    rfind: findLike("rfind"),
    rindex: findLike("rindex"),
    rjust: { impl: justify("rjust"), textSignature: "($self, width, fillchar=b' ', /)" },
    rpartition: { impl: partition(true), textSignature: "($self, sep, /)" },
    rsplit: { impl: splitLike(true), textSignature: "($self, /, sep=None, maxsplit=-1)" },
    rstrip: { impl: strip("rstrip", 2), textSignature: "($self, bytes=None, /)" },
    split: { impl: splitLike(false), textSignature: "($self, /, sep=None, maxsplit=-1)" },
    splitlines: {
      impl: (self, args, kwnames) => {
        const [ke] = parseArgs("splitlines", args, kwnames, SPLITLINES_ARGS);
        const keepends = ke === null ? false : intArg(ke) !== 0;
        const v = latin1Of(self!);
        return splitParts(self!, v, splitLines(v, keepends, false), 0);
      },
      textSignature: "($self, /, keepends=False)",
    },
    startswith: tail("startswith"),
    strip: { impl: strip("strip", 3), textSignature: "($self, bytes=None, /)" },
    swapcase: caseOp("swapcase", (v) =>
      mapBytes(v, (c) => (isAsciiUpper(c) ? c + 32 : isAsciiLower(c) ? c - 32 : c)),
    ),
    title: caseOp("title", bytesTitle),
    translate: {
      impl: (self, args, kwnames) => {
        const [tableObj, delObj] = parseArgs("translate", args, kwnames, TRANSLATE_ARGS);
        let table: Uint8Array | null = null;
        if (tableObj !== Py_None) {
          table = requireBuffer(tableObj!);
          if (table.length !== 256) raise(PyExc_ValueError, "translation table must be 256 characters long");
        }
        const del = delObj === null ? null : requireBuffer(delObj);
        const data = k.data(self!);
        const out: number[] = [];
        let changed = false;
        for (const c of data) {
          if (del !== null && del.indexOf(c) >= 0) {
            changed = true;
            continue;
          }
          const m = table === null ? c : table[c]!;
          if (m !== c) changed = true;
          out.push(m);
        }
        if (!changed) return k.unchanged(self!);
        return k.make(Uint8Array.from(out));
      },
      textSignature: "($self, table, /, delete=b'')",
    },
    upper: caseOp("upper", (v) => mapBytes(v, (c) => (isAsciiLower(c) ? c - 32 : c))),
    zfill: {
      impl: (self, args, kwnames) => {
        const width = ssizeArg(oneArg(q("zfill"), args, kwnames));
        const data = k.data(self!);
        if (data.length >= width) return k.unchanged(self!);
        const fill = width - data.length;
        checkResultLength(width);
        const out = new Uint8Array(width).fill(48);
        out.set(data, fill);
        if (data.length > 0 && (data[0] === 43 || data[0] === 45)) {
          out[0] = data[0]!;
          out[fill] = 48;
        }
        return k.make(out);
      },
      textSignature: "($self, width, /)",
    },
    __getnewargs__: (self, args, kwnames) => {
      noArgs(q("__getnewargs__"), args, kwnames);
      return PyTuple_New([PyBytes_FromBytes(k.data(self!).slice())]);
    },
  };
}

/** replace() on latin-1 strings; null when nothing changes. */
function replaceLatin1(v: string, old: string, rep: string, count: number): string | null {
  if (count === 0) return null;
  if (old.length === 0) {
    const n = Math.min(count, v.length + 1);
    const parts: string[] = [];
    for (let i = 0; i < v.length; i++) {
      if (i < n) parts.push(rep);
      parts.push(v[i]!);
    }
    if (n > v.length) parts.push(rep);
    const r = parts.join("");
    checkResultLength(r.length);
    return r;
  }
  if (v.indexOf(old) < 0) return null;
  if (count >= Number.MAX_SAFE_INTEGER) {
    const r = v.split(old).join(rep);
    checkResultLength(r.length);
    return r;
  }
  const parts: string[] = [];
  let i = 0;
  let done = 0;
  while (done < count) {
    const j = v.indexOf(old, i);
    if (j < 0) break;
    parts.push(v.slice(i, j), rep);
    i = j + old.length;
    done++;
  }
  parts.push(v.slice(i));
  return parts.join("");
}

/** sep.join(iterable) for bytes and bytearray. */
function bytesJoin(k: BytesKind, self: PyObject, iterable: PyObject): PyObject {
  const seq = PySequence_Fast(iterable, "can only join an iterable");
  try {
    const items = seq.items;
    const sep = k.data(self);
    const n = items.length;
    if (n === 0) return k.make(new Uint8Array(0));
    if (n === 1 && k.name === "bytes" && items[0]!.ob_type === PyBytes_Type) return Py_NewRef(items[0]!);
    // stringlib's join keeps a Py_buffer (80 bytes) per item, on the C stack for up to 10 items,
    // else in a PyMem block that lives until the result is made (tracemalloc's peak sees it)
    const buffersSize = n > JOIN_STATIC_BUFFERS ? n * PY_BUFFER_SIZE : 0;
    const buffers = buffersSize > 0 ? PyMem_Malloc(buffersSize) : 0;
    try {
      return joinParts(k, sep, items);
    } finally {
      if (buffers !== 0) PyMem_Free(buffers, buffersSize);
    }
  } finally {
    Py_DECREF(seq);
  }
}

/** NB_STATIC_BUFFERS and sizeof(Py_buffer) of CPython's stringlib join. */
const JOIN_STATIC_BUFFERS = 10;
const PY_BUFFER_SIZE = 80;

function joinParts(k: BytesKind, sep: Uint8Array, items: PyObject[]): PyObject {
  const n = items.length;
  const bufs: Uint8Array[] = new Array(n);
  let total = sep.length * (n - 1);
  for (let i = 0; i < n; i++) {
    const b = bufferBytes(items[i]!);
    if (b === null) {
      raise(
        PyExc_TypeError,
        `sequence item ${i}: expected a bytes-like object, ${items[i]!.ob_type.tp_name} found`,
      );
    }
    bufs[i] = b;
    total += b.length;
  }
  checkResultLength(total);
  const out = new Uint8Array(total);
  let p = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      out.set(sep, p);
      p += sep.length;
    }
    out.set(bufs[i]!, p);
    p += bufs[i]!.length;
  }
  return k.make(out);
}

const BYTES_KIND: BytesKind = {
  name: "bytes",
  data: (self) => (self as PyBytes).value,
  make: (v) => PyBytes_FromBytes(v),
  makeFresh: (v) => PyBytes_FromBytesFresh(v),
  unchanged: (self) =>
    self.ob_type === PyBytes_Type ? Py_NewRef(self) : PyBytes_FromBytes((self as PyBytes).value.slice()),
};

defineMethods(PyBytes_Type, bytesLikeMethods(BYTES_KIND));
defineMethods(PyBytes_Type, {
  __bytes__: {
    impl: (self, args, kwnames) => {
      noArgs("bytes.__bytes__", args, kwnames);
      return BYTES_KIND.unchanged(self!);
    },
    textSignature: "($self, /)",
  },
  __sizeof__: {
    impl: (self, args, kwnames) => {
      noArgs("bytes.__sizeof__", args, kwnames);
      return PyInt_FromSsize_t(bytes_sizeof(self as PyBytes));
    },
    textSignature: "($self, /)",
  },
});

PyBytes_Type.tp_dealloc = bytes_dealloc;
PyBytes_Type.tp_repr = bytes_repr;
PyBytes_Type.tp_str = bytes_repr;
PyBytes_Type.tp_hash = bytes_hash;
PyBytes_Type.tp_richcompare = bytes_richcompare;
PyBytes_Type.tp_iter = (o) => newBytesIter(PyBytesIter_Type, o);
PyBytes_Type.tp_new = bytes_new;
PyBytes_Type.sq_length = bytes_length;
PyBytes_Type.sq_concat = bytes_concat;
PyBytes_Type.sq_repeat = bytes_repeat;
PyBytes_Type.sq_item = bytes_item;
PyBytes_Type.sq_contains = bytes_contains;
PyBytes_Type.mp_length = bytes_length;
PyBytes_Type.mp_subscript = bytes_subscript;
PyBytes_Type.nb_remainder = bytes_mod;

/** Iterates an object to ints for bytearray/bytes construction (used by bytearray.ts). */
export function* iterByteValues(x: PyObject, message: string): Generator<number> {
  const it = PyObject_GetIter(x);
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) return;
      try {
        yield byteValue(item, message);
      } finally {
        Py_DECREF(item);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}
