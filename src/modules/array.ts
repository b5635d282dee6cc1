/**
 * The `array` module (CPython 3.11's Modules/arraymodule.c): typed arrays of numbers and
 * characters stored as raw little-endian items (x86-64 sizes: 'l'/'L' are 8 bytes, 'u' is a
 * 4-byte wchar_t), with CPython's growth policy (array_resize) so `sys.getsizeof` and the
 * allocator see the same blocks, the sequence protocol, slicing, comparisons, the buffer
 * protocol (`bytes(a)`, struct.pack_into), pickling support and `array.arrayiterator`.
 */
import { realAddress } from "../memory/allocator.js";
import {
  PyIter_Next,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  PyObject_CallMethod,
  PyObject_GetAttrString,
  PyObject_GetIter,
  PyObject_LookupAttrString,
  PyObject_Repr,
  PyObject_RichCompare,
  PyObject_RichCompareBool,
} from "../objects/abstract.js";
import { PyBool_FromBool } from "../objects/bool.js";
import { PyByteArray } from "../objects/bytearray.js";
import { bufferBytes, PyBytes, PyBytes_FromBytes } from "../objects/bytes.js";
import {
  PyExc_BufferError,
  PyExc_EOFError,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "../objects/exceptions.js";
import { PyFloat, PyFloat_AsDouble, PyFloat_FromDouble } from "../objects/float.js";
import { PyInt, PyInt_FromBigInt, PyInt_FromNumber } from "../objects/int.js";
import { PyList, PyList_New } from "../objects/list.js";
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
import { _PyEval_SliceIndexNotNone, PySlice, PySlice_GetIndicesEx } from "../objects/slice.js";
import type { VisitProc } from "../objects/slots_types.js";
import { argTypeName, PyStr, PyStr_FromString } from "../objects/str.js";
import {
  gcAlloc,
  gcFree,
  getBuiltin,
  PyMem_Free,
  PyMem_Malloc,
  PyMem_Realloc,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyTuple,
  PyTuple_New,
} from "../objects/tuple.js";
import { newStaticType, PyObject_TypeCheck, PyType, PyType_IsSubtype, TypeFlag } from "../objects/type.js";
import {
  instanceAllocSize,
  PyObject_GenericGetAttr,
  PyObject_GenericSetAttr,
} from "../objects/typeobject.js";
import { PyObject_ClearWeakRefs } from "../objects/weakref.js";
import { PyImport_ImportModule, registerBuiltinModule } from "./importlib.js";

const TYPECODES = "bBuhHiIlLqQfd";
const ITEMSIZE: Record<string, number> = {
  b: 1,
  B: 1,
  u: 4,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  f: 4,
  d: 8,
};

export class PyArray extends PyObject {
  typecode = "b";
  itemsize = 1;
  buf: Uint8Array = new Uint8Array(0);
  view: DataView = new DataView(this.buf.buffer);
  size = 0;
  allocated = 0;
  exports = 0;
  dataAddr = 0;
  dataSize = 0;

  getBuffer(): Uint8Array {
    return this.buf.subarray(0, this.size * this.itemsize);
  }

  getWritableBuffer(): Uint8Array {
    return this.getBuffer();
  }

  /** The buffer's struct format: the typecode, except 'u' which exports wchar_t as 'w'. */
  bufferFormat(): string {
    return this.typecode === "u" ? "w" : this.typecode;
  }
}

export const PyArray_Type = newStaticType({
  name: "array.array",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC | TypeFlag.SEQUENCE,
  basicsize: 64,
  doc: ARRAY_DOC(),
});
PyArray_Type.tp_weaklistoffset = 1;

// arrayiterobject: the index, the array and its getitem function
const ArrayIter_Type = newStaticType({
  name: "array.arrayiterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 40,
});

function ARRAY_DOC(): string {
  return "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the appropriate type.\n\nArrays represent basic values and behave very much like lists, except\nthe type of objects stored in them is constrained. The type is specified\nat object creation time by using a type code, which is a single character.\nThe following type codes are defined:\n\n    Type code   C Type             Minimum size in bytes\n    'b'         signed integer     1\n    'B'         unsigned integer   1\n    'u'         Unicode character  2 (see note)\n    'h'         signed integer     2\n    'H'         unsigned integer   2\n    'i'         signed integer     2\n    'I'         unsigned integer   2\n    'l'         signed integer     4\n    'L'         unsigned integer   4\n    'q'         signed integer     8 (see note)\n    'Q'         unsigned integer   8 (see note)\n    'f'         floating point     4\n    'd'         floating point     8\n\nNOTE: The 'u' typecode corresponds to Python's unicode character. On\nnarrow builds this is 2-bytes on wide builds this is 4-bytes.\n\nNOTE: The 'q' and 'Q' type codes are only available if the platform\nC compiler used to build Python supports 'long long', or, on Windows,\n'__int64'.\n\nMethods:\n\nappend() -- append a new item to the end of the array\nbuffer_info() -- return information giving the current memory info\nbyteswap() -- byteswap all the items of the array\ncount() -- return number of occurrences of an object\nextend() -- extend array by appending multiple elements from an iterable\nfromfile() -- read items from a file object\nfromlist() -- append items from the list\nfrombytes() -- append items from the string\nindex() -- return index of first occurrence of an object\ninsert() -- insert a new item into the array at a provided position\npop() -- remove and return item (default last)\nremove() -- remove first occurrence of an object\nreverse() -- reverse the order of the items in the array\ntofile() -- write all items to a file object\ntolist() -- return the array converted to an ordinary list\ntobytes() -- return the array converted to a string\n\nAttributes:\n\ntypecode -- the typecode character used to create the array\nitemsize -- the length in bytes of one array item\n";
}

function isArray(o: PyObject): o is PyArray {
  return o instanceof PyArray && PyObject_TypeCheck(o, PyArray_Type);
}

// ---------------------------------------------------------------------------------------------
// allocation

function newArrayObject(type: PyType, size: number, typecode: string): PyArray {
  const a = new PyArray(type);
  gcAlloc(a, type === PyArray_Type ? 64 + 16 : instanceAllocSize(type));
  if (type.tp_dictoffset !== 0) a.ob_dict = null;
  if (type.hasFlag(TypeFlag.HEAPTYPE)) Py_INCREF(type);
  a.typecode = typecode;
  a.itemsize = ITEMSIZE[typecode]!;
  if (size > 0) {
    const nbytes = size * a.itemsize;
    a.buf = new Uint8Array(nbytes);
    a.view = new DataView(a.buf.buffer);
    a.dataAddr = PyMem_Malloc(nbytes);
    a.dataSize = nbytes;
  }
  a.size = size;
  a.allocated = size;
  PyObject_GC_Track(a);
  return a;
}

function setCapacity(a: PyArray, allocated: number): void {
  const nbytes = allocated * a.itemsize;
  const nb = new Uint8Array(nbytes);
  nb.set(a.buf.subarray(0, Math.min(a.size * a.itemsize, nbytes)));
  a.buf = nb;
  a.view = new DataView(nb.buffer);
  a.dataAddr = PyMem_Realloc(a.dataAddr, a.dataSize, nbytes);
  a.dataSize = nbytes;
  a.allocated = allocated;
}

/** array_resize: CPython's growth pattern 0, 4, 8, 16, 25, 34, 46, 56, 67, 79, ... */
function arrayResize(a: PyArray, newsize: number): void {
  if (a.exports > 0 && newsize !== a.size) {
    raise(PyExc_BufferError, "cannot resize an array that is exporting buffers");
  }
  if (a.allocated >= newsize && a.size < newsize + 16 && a.dataAddr !== 0) {
    a.size = newsize;
    return;
  }
  if (newsize === 0) {
    PyMem_Free(a.dataAddr, a.dataSize);
    a.dataAddr = 0;
    a.dataSize = 0;
    a.buf = new Uint8Array(0);
    a.view = new DataView(a.buf.buffer);
    a.size = 0;
    a.allocated = 0;
    return;
  }
  const newAllocated = (newsize >> 4) + (a.size < 8 ? 3 : 7) + newsize;
  setCapacity(a, newAllocated);
  a.size = newsize;
}

// ---------------------------------------------------------------------------------------------
// items

function getItem(a: PyArray, i: number): PyObject {
  const v = a.view;
  const at = i * a.itemsize;
  switch (a.typecode) {
    case "b":
      return PyInt_FromNumber(v.getInt8(at));
    case "B":
      return PyInt_FromNumber(v.getUint8(at));
    case "u":
      return PyStr_FromString(String.fromCodePoint(v.getUint32(at, true)));
    case "h":
      return PyInt_FromNumber(v.getInt16(at, true));
    case "H":
      return PyInt_FromNumber(v.getUint16(at, true));
    case "i":
      return PyInt_FromNumber(v.getInt32(at, true));
    case "I":
      return PyInt_FromNumber(v.getUint32(at, true));
    case "l":
    case "q":
      return PyInt_FromBigInt(v.getBigInt64(at, true));
    case "L":
    case "Q":
      return PyInt_FromBigInt(v.getBigUint64(at, true));
    case "f":
      return PyFloat_FromDouble(v.getFloat32(at, true));
    default:
      return PyFloat_FromDouble(v.getFloat64(at, true));
  }
}

/** The int value of an item (PyArg_Parse's integer formats call __index__). */
function intValue(o: PyObject): bigint {
  if (o instanceof PyInt) return BigInt(o.value);
  if (o.ob_type.nb_index === null) {
    raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  const i = PyNumber_Index(o);
  try {
    return BigInt(i.value);
  } finally {
    Py_DECREF(i);
  }
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;

function overflow(msg: string): never {
  raise(PyExc_OverflowError, msg);
}

/** PyLong_AsLong. */
function asLong(o: PyObject): bigint {
  const x = intValue(o);
  if (x < LONG_MIN || x > LONG_MAX) overflow("Python int too large to convert to C long");
  return x;
}

/** PyArg "i": a C int. */
function asCInt(o: PyObject): bigint {
  const x = asLong(o);
  if (x > 2147483647n) overflow("signed integer is greater than maximum");
  if (x < -2147483648n) overflow("signed integer is less than minimum");
  return x;
}

/** PyArg "h": a C short. */
function asShort(o: PyObject): bigint {
  const x = asLong(o);
  if (x < -32768n) overflow("signed short integer is less than minimum");
  if (x > 32767n) overflow("signed short integer is greater than maximum");
  return x;
}

/** PyLong_AsUnsignedLong after __index__. */
function asULong(o: PyObject): bigint {
  const x = intValue(o);
  if (x < 0n) overflow("can't convert negative value to unsigned int");
  if (x > ULONG_MAX) overflow("Python int too large to convert to C unsigned long");
  return x;
}

function floatValue(o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  return PyFloat_AsDouble(o);
}

/** Validates `o` for the array's typecode and returns the value to store (setitem with i = -1). */
function convert(a: PyArray, o: PyObject): number | bigint {
  switch (a.typecode) {
    case "b": {
      const x = asShort(o);
      if (x < -128n) overflow("signed char is less than minimum");
      if (x > 127n) overflow("signed char is greater than maximum");
      return Number(x);
    }
    case "B": {
      const x = asLong(o);
      if (x < 0n) overflow("unsigned byte integer is less than minimum");
      if (x > 255n) overflow("unsigned byte integer is greater than maximum");
      return Number(x);
    }
    case "u": {
      if (!(o instanceof PyStr) || o.length !== 1)
        raise(PyExc_TypeError, "array item must be unicode character");
      return o.value.codePointAt(0)!;
    }
    case "h":
      return Number(asShort(o));
    case "H": {
      const x = asCInt(o);
      if (x < 0n) overflow("unsigned short is less than minimum");
      if (x > 65535n) overflow("unsigned short is greater than maximum");
      return Number(x);
    }
    case "i":
      return Number(asCInt(o));
    case "I": {
      const x = asULong(o);
      if (x > 4294967295n) overflow("unsigned int is greater than maximum");
      return Number(x);
    }
    case "l":
      return asLong(o);
    case "L":
      return asULong(o);
    case "q": {
      const x = intValue(o);
      if (x < LONG_MIN || x > LONG_MAX) overflow("int too big to convert");
      return x;
    }
    case "Q": {
      const x = intValue(o);
      if (x < 0n) overflow("can't convert negative int to unsigned");
      if (x > ULONG_MAX) overflow("int too big to convert");
      return x;
    }
    default:
      return floatValue(o);
  }
}

function store(a: PyArray, i: number, x: number | bigint): void {
  const v = a.view;
  const at = i * a.itemsize;
  switch (a.typecode) {
    case "b":
      v.setInt8(at, x as number);
      break;
    case "B":
      v.setUint8(at, x as number);
      break;
    case "u":
    case "I":
      v.setUint32(at, x as number, true);
      break;
    case "h":
      v.setInt16(at, x as number, true);
      break;
    case "H":
      v.setUint16(at, x as number, true);
      break;
    case "i":
      v.setInt32(at, x as number, true);
      break;
    case "l":
    case "q":
      v.setBigInt64(at, x as bigint, true);
      break;
    case "L":
    case "Q":
      v.setBigUint64(at, x as bigint, true);
      break;
    case "f":
      v.setFloat32(at, x as number, true);
      break;
    default:
      v.setFloat64(at, x as number, true);
  }
}

function setItem(a: PyArray, i: number, o: PyObject): void {
  store(a, i, convert(a, o));
}

/** ins1: validate, grow by one, shift and store. */
function ins1(a: PyArray, where: number, o: PyObject): void {
  const x = convert(a, o);
  const n = a.size;
  arrayResize(a, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  const isz = a.itemsize;
  if (where !== n) a.buf.copyWithin((where + 1) * isz, where * isz, n * isz);
  store(a, where, x);
}

function delSlice(a: PyArray, ilow: number, ihigh: number): void {
  const n = a.size;
  if (ilow < 0) ilow = 0;
  else if (ilow > n) ilow = n;
  if (ihigh < 0) ihigh = 0;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > n) ihigh = n;
  const d = ihigh - ilow;
  if (d !== 0 && a.exports > 0) raise(PyExc_BufferError, "cannot resize an array that is exporting buffers");
  if (d > 0) {
    const isz = a.itemsize;
    a.buf.copyWithin(ilow * isz, ihigh * isz, n * isz);
    arrayResize(a, n - d);
  }
}

function arraySlice(a: PyArray, ilow: number, ihigh: number): PyArray {
  const n = a.size;
  if (ilow < 0) ilow = 0;
  else if (ilow > n) ilow = n;
  if (ihigh < 0) ihigh = 0;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > n) ihigh = n;
  const np = newArrayObject(PyArray_Type, ihigh - ilow, a.typecode);
  np.buf.set(a.buf.subarray(ilow * a.itemsize, ihigh * a.itemsize));
  return np;
}

function doExtend(a: PyArray, b: PyArray): void {
  if (a.typecode !== b.typecode) raise(PyExc_TypeError, "can only extend with array of same kind");
  const oldsize = a.size;
  const bbytes = b.buf.slice(0, b.size * b.itemsize);
  arrayResize(a, oldsize + b.size);
  a.buf.set(bbytes, oldsize * a.itemsize);
}

function iterExtend(a: PyArray, iterable: PyObject): void {
  const it = PyObject_GetIter(iterable);
  try {
    for (;;) {
      const v = PyIter_Next(it);
      if (v === null) break;
      try {
        ins1(a, a.size, v);
      } finally {
        Py_DECREF(v);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

function frombytes(a: PyArray, data: Uint8Array): void {
  const isz = a.itemsize;
  if (data.length % isz !== 0) raise(PyExc_ValueError, "bytes length not a multiple of item size");
  const n = data.length / isz;
  if (n > 0) {
    const copy = data.slice();
    const old = a.size;
    arrayResize(a, old + n);
    a.buf.set(copy, old * isz);
  }
}

function tolist(a: PyArray): PyList {
  const items: PyObject[] = [];
  for (let i = 0; i < a.size; i++) items.push(getItem(a, i));
  return PyList_New(items);
}

function tounicode(a: PyArray): string {
  let s = "";
  for (let i = 0; i < a.size; i++) s += String.fromCodePoint(a.view.getUint32(i * 4, true));
  return s;
}

function fromunicode(a: PyArray, s: string): void {
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  if (cps.length === 0) return;
  const old = a.size;
  arrayResize(a, old + cps.length);
  cps.forEach((cp, k) => {
    a.view.setUint32((old + k) * 4, cp, true);
  });
}

// ---------------------------------------------------------------------------------------------
// slots

function array_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  if (type === PyArray_Type && kwnames !== null && kwnames.length > 0) {
    raise(PyExc_TypeError, "array.array() takes no keyword arguments");
  }
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos < 1) raise(PyExc_TypeError, `array() takes at least 1 argument (${npos} given)`);
  if (npos > 2) raise(PyExc_TypeError, `array() takes at most 2 arguments (${npos} given)`);
  const tc = args[0]!;
  if (!(tc instanceof PyStr) || tc.length !== 1) {
    raise(PyExc_TypeError, `array() argument 1 must be a unicode character, not ${argTypeName(tc)}`);
  }
  const c = tc.value;
  let initial: PyObject | null = npos > 1 ? args[1]! : null;
  if (initial !== null && c !== "u") {
    if (initial instanceof PyStr) {
      raise(PyExc_TypeError, `cannot use a str to initialize an array with typecode '${c}'`);
    }
    if (isArray(initial) && initial.typecode === "u") {
      raise(PyExc_TypeError, `cannot use a unicode array to initialize an array with typecode '${c}'`);
    }
  }
  let it: PyObject | null = null;
  if (
    initial !== null &&
    !(
      initial instanceof PyList ||
      initial instanceof PyTuple ||
      bufferKind(initial) ||
      (c === "u" && initial instanceof PyStr) ||
      (isArray(initial) && initial.typecode === c)
    )
  ) {
    it = PyObject_GetIter(initial);
    initial = null;
  }
  try {
    if (!TYPECODES.includes(c)) {
      raise(PyExc_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    let len = 0;
    if (initial instanceof PyList || initial instanceof PyTuple) len = initial.items.length;
    else if (initial !== null && isArray(initial)) len = initial.size;
    const a = newArrayObject(type, len, c);
    try {
      if (len > 0 && !isArray(initial!)) {
        const src = initial as PyList | PyTuple;
        for (let i = 0; i < len; i++) {
          const v = src.items[i]!;
          Py_INCREF(v);
          try {
            setItem(a, i, v);
          } finally {
            Py_DECREF(v);
          }
        }
      } else if (initial !== null && bufferKind(initial)) {
        frombytes(a, bufferBytes(initial)!);
      } else if (initial instanceof PyStr) {
        fromunicode(a, initial.value);
        a.allocated = a.size;
      } else if (initial !== null && isArray(initial) && len > 0) {
        a.buf.set(initial.buf.subarray(0, len * initial.itemsize));
      }
      if (it !== null) iterExtend(a, it);
    } catch (e) {
      Py_DECREF(a);
      throw e;
    }
    return a;
  } finally {
    Py_XDECREF(it);
  }
}

/** bytes or bytearray (the initializers array() treats as raw machine values). */
function bufferKind(o: PyObject): boolean {
  return o instanceof PyBytes || o instanceof PyByteArray;
}

function array_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  if (o.ob_weakrefs && o.ob_weakrefs.length > 0) PyObject_ClearWeakRefs(o);
  const a = o as PyArray;
  PyMem_Free(a.dataAddr, a.dataSize);
  a.dataAddr = 0;
  a.dataSize = 0;
  if (o.ob_dict) {
    const d = o.ob_dict;
    o.ob_dict = null;
    Py_DECREF(d);
  }
  gcFree(o);
}

function array_repr(o: PyObject): PyObject {
  const a = o as PyArray;
  const t = a.ob_type.tp_name;
  const name = t.slice(t.lastIndexOf(".") + 1);
  if (a.size === 0) return PyStr_FromString(`${name}('${a.typecode}')`);
  const v = a.typecode === "u" ? PyStr_FromString(tounicode(a)) : tolist(a);
  try {
    const r = PyObject_Repr(v);
    try {
      return PyStr_FromString(`${name}('${a.typecode}', ${r.value})`);
    } finally {
      Py_DECREF(r);
    }
  } finally {
    Py_DECREF(v);
  }
}

function indexError(msg: string): never {
  raise(PyExc_IndexError, msg);
}

function array_item(o: PyObject, i: number): PyObject {
  const a = o as PyArray;
  if (i < 0 || i >= a.size) indexError("array index out of range");
  return getItem(a, i);
}

function array_subscr(o: PyObject, key: PyObject): PyObject {
  const a = o as PyArray;
  if (key instanceof PyInt || key.ob_type.nb_index !== null) {
    let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
    if (i < 0) i += a.size;
    return array_item(a, i);
  }
  if (key instanceof PySlice) {
    const { start, step, slicelength } = PySlice_GetIndicesEx(key, a.size);
    if (slicelength <= 0) return newArrayObject(PyArray_Type, 0, a.typecode);
    if (step === 1) return arraySlice(a, start, start + slicelength);
    const r = newArrayObject(PyArray_Type, slicelength, a.typecode);
    const isz = a.itemsize;
    for (let cur = start, i = 0; i < slicelength; cur += step, i++) {
      r.buf.set(a.buf.subarray(cur * isz, (cur + 1) * isz), i * isz);
    }
    return r;
  }
  raise(PyExc_TypeError, "array indices must be integers");
}

function array_ass_subscr(o: PyObject, key: PyObject, value: PyObject | null): void {
  const a = o as PyArray;
  let start: number;
  let stop: number;
  let step: number;
  let slicelength: number;
  if (key instanceof PyInt || key.ob_type.nb_index !== null) {
    let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
    if (i < 0) i += a.size;
    if (i < 0 || i >= a.size) indexError("array assignment index out of range");
    if (value !== null) {
      setItem(a, i, value);
      return;
    }
    start = i;
    stop = i + 1;
    step = 1;
    slicelength = 1;
  } else if (key instanceof PySlice) {
    ({ start, stop, step, slicelength } = PySlice_GetIndicesEx(key, a.size));
  } else {
    raise(PyExc_TypeError, "array indices must be integers");
  }
  let other: PyArray | null = null;
  let needed = 0;
  if (value !== null) {
    if (!isArray(value)) {
      raise(PyExc_TypeError, `can only assign array (not "${value.ob_type.tp_name}") to array slice`);
    }
    if (value === a) {
      const copy = arraySlice(a, 0, a.size);
      try {
        array_ass_subscr(a, key, copy);
      } finally {
        Py_DECREF(copy);
      }
      return;
    }
    other = value;
    needed = other.size;
    if (other.typecode !== a.typecode) raise(PyExc_TypeError, "bad argument type for built-in operation");
  }
  const isz = a.itemsize;
  if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
  if ((needed === 0 || slicelength !== needed) && a.exports > 0) {
    raise(PyExc_BufferError, "cannot resize an array that is exporting buffers");
  }
  if (step === 1) {
    const src = other === null ? null : other.buf.slice(0, needed * isz);
    if (slicelength > needed) {
      a.buf.copyWithin((start + needed) * isz, stop * isz, a.size * isz);
      arrayResize(a, a.size + needed - slicelength);
    } else if (slicelength < needed) {
      const oldsize = a.size;
      arrayResize(a, a.size + needed - slicelength);
      a.buf.copyWithin((start + needed) * isz, stop * isz, oldsize * isz);
    }
    if (src !== null && needed > 0) a.buf.set(src, start * isz);
    return;
  }
  if (needed === 0) {
    // Delete an extended slice: keep the items not selected, in order.
    const keep: number[] = [];
    const drop = new Set<number>();
    for (let cur = start, i = 0; i < slicelength; cur += step, i++) drop.add(cur);
    for (let i = 0; i < a.size; i++) if (!drop.has(i)) keep.push(i);
    const old = a.buf.slice(0, a.size * isz);
    keep.forEach((src, k) => {
      a.buf.set(old.subarray(src * isz, (src + 1) * isz), k * isz);
    });
    arrayResize(a, a.size - slicelength);
    return;
  }
  if (needed !== slicelength) {
    raise(
      PyExc_ValueError,
      `attempt to assign array of size ${needed} to extended slice of size ${slicelength}`,
    );
  }
  for (let cur = start, i = 0; i < slicelength; cur += step, i++) {
    a.buf.set(other!.buf.subarray(i * isz, (i + 1) * isz), cur * isz);
  }
}

function array_concat(o: PyObject, bb: PyObject): PyObject {
  const a = o as PyArray;
  if (!isArray(bb)) raise(PyExc_TypeError, `can only append array (not "${bb.ob_type.tp_name}") to array`);
  if (a.typecode !== bb.typecode) raise(PyExc_TypeError, "bad argument type for built-in operation");
  const r = newArrayObject(PyArray_Type, a.size + bb.size, a.typecode);
  r.buf.set(a.buf.subarray(0, a.size * a.itemsize));
  r.buf.set(bb.buf.subarray(0, bb.size * bb.itemsize), a.size * a.itemsize);
  return r;
}

function array_repeat(o: PyObject, n: number): PyObject {
  const a = o as PyArray;
  if (n < 0) n = 0;
  const r = newArrayObject(PyArray_Type, a.size * n, a.typecode);
  const chunk = a.buf.subarray(0, a.size * a.itemsize);
  for (let k = 0; k < n; k++) r.buf.set(chunk, k * chunk.length);
  return r;
}

function array_inplace_concat(o: PyObject, bb: PyObject): PyObject {
  const a = o as PyArray;
  if (!isArray(bb)) {
    raise(PyExc_TypeError, `can only extend array with array (not "${bb.ob_type.tp_name}")`);
  }
  doExtend(a, bb);
  return Py_NewRef(a);
}

function array_inplace_repeat(o: PyObject, n: number): PyObject {
  const a = o as PyArray;
  if (a.size > 0) {
    if (n < 0) n = 0;
    const chunk = a.buf.slice(0, a.size * a.itemsize);
    arrayResize(a, n * a.size);
    for (let k = 0; k < n; k++) a.buf.set(chunk, k * chunk.length);
  }
  return Py_NewRef(a);
}

function array_contains(o: PyObject, v: PyObject): boolean {
  const a = o as PyArray;
  for (let i = 0; i < a.size; i++) {
    const item = getItem(a, i);
    try {
      if (PyObject_RichCompareBool(item, v, 2)) return true;
    } finally {
      Py_DECREF(item);
    }
  }
  return false;
}

function array_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!isArray(v) || !isArray(w)) {
    const ni = getBuiltin("NotImplemented");
    return ni;
  }
  if (v.size !== w.size && (op === 2 || op === 3)) return PyBool_FromBool(op === 3);
  let k = true;
  let vi: PyObject | null = null;
  let wi: PyObject | null = null;
  try {
    for (let i = 0; i < v.size && i < w.size; i++) {
      vi = getItem(v, i);
      wi = getItem(w, i);
      k = PyObject_RichCompareBool(vi, wi, 2);
      if (!k) break;
      Py_DECREF(vi);
      Py_DECREF(wi);
      vi = wi = null;
    }
    if (k) {
      const vs = v.size;
      const ws = w.size;
      const cmp = [vs < ws, vs <= ws, vs === ws, vs !== ws, vs > ws, vs >= ws][op]!;
      return PyBool_FromBool(cmp);
    }
    if (op === 2) return PyBool_FromBool(false);
    if (op === 3) return PyBool_FromBool(true);
    return PyObject_RichCompare(vi!, wi!, op);
  } finally {
    Py_XDECREF(vi);
    Py_XDECREF(wi);
  }
}

// iterator

class PyArrayIter extends PyObject {
  ao: PyArray | null = null;
  index = 0;
}

function array_iter(o: PyObject): PyObject {
  const it = new PyArrayIter(ArrayIter_Type);
  gcAlloc(it, 40 + 16);
  it.ao = Py_NewRef(o as PyArray);
  PyObject_GC_Track(it);
  return it;
}

function arrayiter_next(o: PyObject): PyObject | null {
  const it = o as PyArrayIter;
  const a = it.ao;
  if (a === null) return null;
  if (it.index < a.size) return getItem(a, it.index++);
  it.ao = null;
  Py_DECREF(a);
  return null;
}

function arrayiter_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  const it = o as PyArrayIter;
  const a = it.ao;
  it.ao = null;
  Py_XDECREF(a);
  gcFree(o);
}

// ---------------------------------------------------------------------------------------------
// methods

function noKw(name: string, kw: string[] | null): void {
  if (kw !== null && kw.length > 0) raise(PyExc_TypeError, `${name}() takes no keyword arguments`);
}

function one(name: string, args: PyObject[], kw: string[] | null): PyObject {
  noKw(name, kw);
  if (args.length !== 1)
    raise(PyExc_TypeError, `${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

function none(): PyObject {
  return Py_NewRef(Py_None);
}

function selfOf(o: PyObject | null): PyArray {
  return o as PyArray;
}

/** Machine format codes of array._array_reconstructor (arraymodule.c's enum machine_format_code). */
const MFORMAT: Record<string, number> = {
  b: 1,
  B: 0,
  u: 20,
  h: 4,
  H: 2,
  i: 8,
  I: 6,
  l: 12,
  L: 10,
  q: 12,
  Q: 10,
  f: 14,
  d: 16,
};

function arrayDict(a: PyArray): PyObject {
  const d = PyObject_LookupAttrString(a, "__dict__");
  return d ?? none();
}

const ARRAY_METHODS: Record<string, MethodDef["impl"] | Omit<MethodDef, "name">> = {
  append: (self, args, kw) => {
    const v = one("append", args, kw);
    const a = selfOf(self);
    ins1(a, a.size, v);
    return none();
  },
  buffer_info: (self) => {
    const a = selfOf(self);
    return PyTuple_New([PyInt_FromNumber(realAddress(a.dataAddr)), PyInt_FromNumber(a.size)]);
  },
  byteswap: (self) => {
    const a = selfOf(self);
    const isz = a.itemsize;
    if (isz > 1) {
      for (let i = 0; i < a.size; i++) a.buf.subarray(i * isz, (i + 1) * isz).reverse();
    }
    return none();
  },
  count: (self, args, kw) => {
    const v = one("count", args, kw);
    const a = selfOf(self);
    let n = 0;
    for (let i = 0; i < a.size; i++) {
      const item = getItem(a, i);
      try {
        if (PyObject_RichCompareBool(item, v, 2)) n++;
      } finally {
        Py_DECREF(item);
      }
    }
    return PyInt_FromNumber(n);
  },
  extend: (self, args, kw) => {
    const bb = one("extend", args, kw);
    const a = selfOf(self);
    if (isArray(bb)) doExtend(a, bb);
    else iterExtend(a, bb);
    return none();
  },
  frombytes: (self, args, kw) => {
    const b = one("frombytes", args, kw);
    const data = bufferBytes(b);
    if (data === null) raise(PyExc_TypeError, `a bytes-like object is required, not '${b.ob_type.tp_name}'`);
    frombytes(selfOf(self), data);
    return none();
  },
  fromfile: (self, args, kw) => {
    noKw("fromfile", kw);
    if (args.length !== 2) raise(PyExc_TypeError, `fromfile expected 2 arguments, got ${args.length}`);
    const a = selfOf(self);
    const n = PyNumber_AsSsize_t(args[1]!, PyExc_OverflowError);
    if (n < 0) raise(PyExc_ValueError, "negative count");
    const nbytes = n * a.itemsize;
    const count = PyInt_FromNumber(nbytes);
    let b: PyObject;
    try {
      b = PyObject_CallMethod(args[0]!, "read", [count]);
    } finally {
      Py_DECREF(count);
    }
    try {
      if (!(b instanceof PyBytes)) raise(PyExc_TypeError, "read() didn't return bytes");
      const short = b.value.length !== nbytes;
      frombytes(a, b.value);
      if (short) raise(PyExc_EOFError, "read() didn't return enough bytes");
    } finally {
      Py_DECREF(b);
    }
    return none();
  },
  fromlist: (self, args, kw) => {
    const list = one("fromlist", args, kw);
    if (!(list instanceof PyList)) raise(PyExc_TypeError, "arg must be list");
    const a = selfOf(self);
    const n = list.items.length;
    if (n > 0) {
      const old = a.size;
      arrayResize(a, old + n);
      for (let i = 0; i < n; i++) {
        const v = list.items[i]!;
        try {
          setItem(a, old + i, v);
        } catch (e) {
          arrayResize(a, old);
          throw e;
        }
      }
    }
    return none();
  },
  fromunicode: (self, args, kw) => {
    const s = one("fromunicode", args, kw);
    if (!(s instanceof PyStr))
      raise(PyExc_TypeError, `fromunicode() argument must be str, not ${argTypeName(s)}`);
    const a = selfOf(self);
    if (a.typecode !== "u")
      raise(PyExc_ValueError, "fromunicode() may only be called on unicode type arrays");
    fromunicode(a, s.value);
    return none();
  },
  index: (self, args, kw) => {
    noKw("index", kw);
    if (args.length < 1 || args.length > 3) {
      raise(
        PyExc_TypeError,
        args.length < 1
          ? `index expected at least 1 argument, got ${args.length}`
          : `index expected at most 3 arguments, got ${args.length}`,
      );
    }
    const a = selfOf(self);
    const v = args[0]!;
    let start = args.length > 1 ? _PyEval_SliceIndexNotNone(args[1]!) : 0;
    let stop = args.length > 2 ? _PyEval_SliceIndexNotNone(args[2]!) : Number.MAX_SAFE_INTEGER;
    if (start < 0) {
      start += a.size;
      if (start < 0) start = 0;
    }
    if (stop < 0) stop += a.size;
    for (let i = start; i < stop && i < a.size; i++) {
      const item = getItem(a, i);
      try {
        if (PyObject_RichCompareBool(item, v, 2)) return PyInt_FromNumber(i);
      } finally {
        Py_DECREF(item);
      }
    }
    raise(PyExc_ValueError, "array.index(x): x not in array");
  },
  insert: (self, args, kw) => {
    noKw("insert", kw);
    if (args.length !== 2) raise(PyExc_TypeError, `insert expected 2 arguments, got ${args.length}`);
    const i = PyNumber_AsSsize_t(args[0]!, PyExc_OverflowError);
    ins1(selfOf(self), i, args[1]!);
    return none();
  },
  pop: (self, args, kw) => {
    noKw("pop", kw);
    if (args.length > 1) raise(PyExc_TypeError, `pop expected at most 1 argument, got ${args.length}`);
    const a = selfOf(self);
    let i = args.length > 0 ? PyNumber_AsSsize_t(args[0]!, PyExc_OverflowError) : -1;
    if (a.size === 0) indexError("pop from empty array");
    if (i < 0) i += a.size;
    if (i < 0 || i >= a.size) indexError("pop index out of range");
    const v = getItem(a, i);
    try {
      delSlice(a, i, i + 1);
    } catch (e) {
      Py_DECREF(v);
      throw e;
    }
    return v;
  },
  remove: (self, args, kw) => {
    const v = one("remove", args, kw);
    const a = selfOf(self);
    for (let i = 0; i < a.size; i++) {
      const item = getItem(a, i);
      let eq: boolean;
      try {
        eq = PyObject_RichCompareBool(item, v, 2);
      } finally {
        Py_DECREF(item);
      }
      if (eq) {
        delSlice(a, i, i + 1);
        return none();
      }
    }
    raise(PyExc_ValueError, "array.remove(x): x not in array");
  },
  reverse: (self) => {
    const a = selfOf(self);
    const isz = a.itemsize;
    for (let lo = 0, hi = a.size - 1; lo < hi; lo++, hi--) {
      const t = a.buf.slice(lo * isz, (lo + 1) * isz);
      a.buf.copyWithin(lo * isz, hi * isz, (hi + 1) * isz);
      a.buf.set(t, hi * isz);
    }
    return none();
  },
  tobytes: (self) => PyBytes_FromBytes(selfOf(self).getBuffer().slice()),
  tofile: (self, args, kw) => {
    const f = one("tofile", args, kw);
    const data = selfOf(self).getBuffer();
    const BLOCK = 64 * 1024;
    const nblocks = Math.ceil(data.length / BLOCK);
    for (let k = 0; k < nblocks; k++) {
      const b = PyBytes_FromBytes(data.slice(k * BLOCK, (k + 1) * BLOCK));
      try {
        Py_DECREF(PyObject_CallMethod(f, "write", [b]));
      } finally {
        Py_DECREF(b);
      }
    }
    return none();
  },
  tolist: (self) => tolist(selfOf(self)),
  tounicode: (self) => {
    const a = selfOf(self);
    if (a.typecode !== "u") raise(PyExc_ValueError, "tounicode() may only be called on unicode type arrays");
    return PyStr_FromString(tounicode(a));
  },
  __copy__: (self) => {
    const a = selfOf(self);
    return arraySlice(a, 0, a.size);
  },
  __deepcopy__: (self, args, kw) => {
    one("__deepcopy__", args, kw);
    const a = selfOf(self);
    return arraySlice(a, 0, a.size);
  },
  __reduce_ex__: (self, args, kw) => {
    const protoObj = one("__reduce_ex__", args, kw);
    const a = selfOf(self);
    const proto = PyNumber_AsSsize_t(protoObj, PyExc_OverflowError);
    const dict = arrayDict(a);
    Py_INCREF(a.ob_type);
    if (proto < 3) {
      return PyTuple_New([a.ob_type, PyTuple_New([PyStr_FromString(a.typecode), tolist(a)]), dict]);
    }
    const recon = reconstructorFunction();
    const r = PyTuple_New([
      recon,
      PyTuple_New([
        a.ob_type,
        PyStr_FromString(a.typecode),
        PyInt_FromNumber(MFORMAT[a.typecode]!),
        PyBytes_FromBytes(a.getBuffer().slice()),
      ]),
      dict,
    ]);
    return r;
  },
  __sizeof__: (self) => {
    const a = selfOf(self);
    return PyInt_FromNumber(a.ob_type.tp_basicsize + a.allocated * a.itemsize);
  },
};

// ---------------------------------------------------------------------------------------------
// _array_reconstructor

const MFORMAT_DESCR: Record<number, [number, boolean, boolean, "int" | "float" | "utf16" | "utf32"]> = {
  0: [1, false, true, "int"],
  1: [1, true, true, "int"],
  2: [2, false, true, "int"],
  3: [2, false, false, "int"],
  4: [2, true, true, "int"],
  5: [2, true, false, "int"],
  6: [4, false, true, "int"],
  7: [4, false, false, "int"],
  8: [4, true, true, "int"],
  9: [4, true, false, "int"],
  10: [8, false, true, "int"],
  11: [8, false, false, "int"],
  12: [8, true, true, "int"],
  13: [8, true, false, "int"],
  14: [4, false, true, "float"],
  15: [4, false, false, "float"],
  16: [8, false, true, "float"],
  17: [8, false, false, "float"],
  18: [2, false, true, "utf16"],
  19: [2, false, false, "utf16"],
  20: [4, false, true, "utf32"],
  21: [4, false, false, "utf32"],
};

function array_reconstructor(_m: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  noKw("_array_reconstructor", kw);
  if (args.length !== 4)
    raise(PyExc_TypeError, `_array_reconstructor expected 4 arguments, got ${args.length}`);
  const [typeObj, tcObj, mfObj, items] = args as [PyObject, PyObject, PyObject, PyObject];
  if (!(typeObj instanceof PyType)) {
    raise(PyExc_TypeError, `first argument must be a type object, not ${typeObj.ob_type.tp_name}`);
  }
  if (!PyType_IsSubtype(typeObj, PyArray_Type)) {
    raise(PyExc_TypeError, `${typeObj.tp_name} is not a subtype of array.array`);
  }
  if (!(tcObj instanceof PyStr) || tcObj.length !== 1) {
    raise(
      PyExc_TypeError,
      `_array_reconstructor() argument 2 must be a unicode character, not ${argTypeName(tcObj)}`,
    );
  }
  const tc = tcObj.value;
  if (!TYPECODES.includes(tc)) {
    raise(PyExc_ValueError, "second argument must be a valid type code");
  }
  const mf = PyNumber_AsSsize_t(mfObj, PyExc_OverflowError);
  const d = MFORMAT_DESCR[mf];
  if (d === undefined) raise(PyExc_ValueError, "third argument must be a valid machine format code.");
  if (!(items instanceof PyBytes)) {
    raise(PyExc_TypeError, `fourth argument should be bytes, not ${items.ob_type.tp_name}`);
  }
  const [size, signed, little, kind] = d;
  const data = items.value;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const n = Math.floor(data.length / size);
  const values: PyObject[] = [];
  for (let i = 0; i < n; i++) {
    const at = i * size;
    if (kind === "float")
      values.push(PyFloat_FromDouble(size === 4 ? view.getFloat32(at, little) : view.getFloat64(at, little)));
    else if (kind === "utf32")
      values.push(PyStr_FromString(String.fromCodePoint(view.getUint32(at, little))));
    else if (kind === "utf16") values.push(PyStr_FromString(String.fromCharCode(view.getUint16(at, little))));
    else if (size === 1) values.push(PyInt_FromNumber(signed ? view.getInt8(at) : view.getUint8(at)));
    else if (size === 2)
      values.push(PyInt_FromNumber(signed ? view.getInt16(at, little) : view.getUint16(at, little)));
    else if (size === 4)
      values.push(PyInt_FromNumber(signed ? view.getInt32(at, little) : view.getUint32(at, little)));
    else values.push(PyInt_FromBigInt(signed ? view.getBigInt64(at, little) : view.getBigUint64(at, little)));
  }
  const list = PyList_New(values);
  try {
    return array_new(typeObj, [tcObj, list], null);
  } finally {
    Py_DECREF(list);
  }
}

function _reprOf(o: PyObject): string {
  const r = PyObject_Repr(o);
  try {
    return r.value;
  } finally {
    Py_DECREF(r);
  }
}

/** array._array_reconstructor of the run's array module (new reference). */
function reconstructorFunction(): PyObject {
  const mod = PyImport_ImportModule("array");
  try {
    return PyObject_GetAttrString(mod, "_array_reconstructor");
  } finally {
    Py_DECREF(mod);
  }
}

// ---------------------------------------------------------------------------------------------
// wiring

let typesReady = false;

function initArrayTypes(): void {
  if (typesReady) return;
  typesReady = true;
  const T = PyArray_Type;
  T.tp_new = array_new;
  T.tp_dealloc = array_dealloc;
  T.tp_repr = array_repr;
  T.tp_getattro = PyObject_GenericGetAttr;
  T.tp_setattro = PyObject_GenericSetAttr;
  T.tp_richcompare = array_richcompare;
  T.tp_iter = array_iter;
  T.tp_traverse = (_o: PyObject, _visit: VisitProc) => {};
  T.sq_length = (o) => (o as PyArray).size;
  T.mp_length = (o) => (o as PyArray).size;
  T.sq_item = array_item;
  T.sq_concat = array_concat;
  T.sq_repeat = array_repeat;
  T.sq_inplace_concat = array_inplace_concat;
  T.sq_inplace_repeat = array_inplace_repeat;
  T.sq_contains = array_contains;
  T.mp_subscript = array_subscr;
  T.mp_ass_subscript = array_ass_subscr;
  defineMethods(T, ARRAY_METHODS);
  defineGetSets(T, [
    {
      name: "typecode",
      get: (o) => PyStr_FromString((o as PyArray).typecode),
      doc: "the typecode character used to create the array",
    },
    {
      name: "itemsize",
      get: (o) => PyInt_FromNumber((o as PyArray).itemsize),
      doc: "the size, in bytes, of one array item",
    },
  ]);

  ArrayIter_Type.tp_dealloc = arrayiter_dealloc;
  ArrayIter_Type.tp_getattro = PyObject_GenericGetAttr;
  ArrayIter_Type.tp_iter = (o) => Py_NewRef(o);
  ArrayIter_Type.tp_iternext = arrayiter_next;
  ArrayIter_Type.tp_traverse = (o: PyObject, visit: VisitProc) => {
    const it = o as PyArrayIter;
    if (it.ao !== null) visit(it.ao);
  };
  defineMethods(ArrayIter_Type, {
    __reduce__: (self) => {
      const it = self as PyArrayIter;
      const iter = getBuiltin("iter");
      if (it.ao === null) return PyTuple_New([iter, PyTuple_New([PyTuple_New([])])]);
      return PyTuple_New([iter, PyTuple_New([Py_NewRef(it.ao)]), PyInt_FromNumber(it.index)]);
    },
    __setstate__: (self, args, kw) => {
      const state = one("__setstate__", args, kw);
      const it = self as PyArrayIter;
      let index = PyNumber_AsSsize_t(state, PyExc_OverflowError);
      if (index < 0) index = 0;
      else if (it.ao !== null && index > it.ao.size) index = it.ao.size;
      it.index = index;
      return none();
    },
  });
}

initArrayTypes();

function createArrayModule(): PyModule {
  const m = PyModule_New("array");
  PyModule_Add(
    m,
    "__doc__",
    PyStr_FromString(
      "This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n",
    ),
  );
  PyModule_AddFunctions(m, [
    { name: "_array_reconstructor", impl: array_reconstructor, doc: "Internal. Used for pickling support." },
  ]);
  PyModule_AddObjectRef(m, "array", PyArray_Type);
  PyModule_AddObjectRef(m, "ArrayType", PyArray_Type);
  PyModule_Add(m, "typecodes", PyStr_FromString(TYPECODES));
  return m;
}

export function registerArrayModule(): void {
  registerBuiltinModule("array", createArrayModule);
}
