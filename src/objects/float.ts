/**
 * float (CPython's Objects/floatobject.c).
 *
 * `PyFloat.value` is the double. Like CPython 3.11, exact floats go through a free list of up to
 * 100 objects: a dead float's block stays allocated and the next float takes it, so `id()`
 * patterns match CPython (a float's address is never reused by an object of another type while
 * it sits in the free list).
 *
 * Arithmetic is IEEE double arithmetic, which JS shares with C; pow goes through
 * util/libm.ts so that results match glibc's pow, which JS's Math.pow does not.
 */
import { FREE_LIST_ORDER, registerFreeList } from "../memory/gc.js";
import { heap } from "../memory/heap.js";
import { blockModel, holdBlock, releaseBlock } from "../memory/unicode_writer.js";
import { doubleRound, floatToHex, frexpOddInt, hexToFloat, stringToDouble } from "../util/float_format.js";
import { formatFloat } from "../util/format_spec.js";
import { c_pow } from "../util/libm_ext.js";
import { reprBytes, reprFloat, reprStr } from "../util/repr.js";
import { PyNumber_AsSsize_t, PyNumber_Index, PyObject_CallOneArg, PyObject_Str } from "./abstract.js";
import { PyBool_FromBool } from "./bool.js";
import { bufferBytes } from "./bytes.js";
import { complexPowObjects } from "./complex.js";
import {
  PyErr_WithArgs,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyExc_ZeroDivisionError,
  raise,
} from "./exceptions.js";
import {
  intRichCompareValues,
  intValueToDouble,
  numberFree,
  PyInt,
  PyInt_FromBigInt,
  PyInt_FromNumber,
  PyLong_FromDouble,
  warnDeprecation,
} from "./int.js";
import { defineGetSets, defineMethods } from "./methods.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import {
  notifyAlloc,
  notifyFree,
  objectFree,
  objectMalloc,
  Py_DECREF,
  Py_INCREF,
  PyObject,
} from "./object.js";
import { _Py_HashDouble } from "./pyhash.js";
import type { Hash } from "./slots_types.js";
import {
  argTypeName,
  initSubtypeInstance,
  PyStr,
  PyStr_FromASCII,
  PyStr_FromString,
  PyStr_Type,
} from "./str.js";
import { bookNumberFormat } from "./str_format.js";
import { PyTuple_New } from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";
import { instanceAllocSize } from "./typeobject.js";

export class PyFloat extends PyObject {
  declare value: number;
  constructor(type: PyType, value: number) {
    super(type, true); // the header is written here (see PyObject's constructor)
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.ob_addr = 0;
    this.ob_size_alloc = 0;
    this.value = value;
  }
}

export const PyFloat_Type = newStaticType({
  name: "float",
  flags: TypeFlag.BASETYPE | TypeFlag.IMMUTABLETYPE | TypeFlag.MATCH_SELF,
  basicsize: 24,
  doc: "Convert a string or number to a floating point number, if possible.",
});

// ---------------------------------------------------------------------------------------------
// Allocation: the free list (PyFloat_MAXFREELIST = 100)

const PyFloat_MAXFREELIST = 100;
/** Addresses of the parked blocks, the last parked first out. */
const freeList: number[] = [];
/**
 * The dead float object that had each parked block (null when it may not be reused): the next
 * float takes the block with its JS object, which saves V8 an allocation (and the boxes of its
 * number fields) per float. A float is parked only at refcount 0, and nothing else can hold
 * it then: floats are not weak-referenceable, never tracked by the collector, and objects
 * shown to an allocation listener are never recycled (heap.reuseObjects).
 */
const freeObjects: (PyFloat | null)[] = [];
let freeListHeap = heap;

/** A new reference to a float holding `x` (PyFloat_FromDouble). */
export function PyFloat_FromDouble(x: number): PyFloat {
  if (freeList.length > 0 && freeListHeap === heap) {
    const addr = freeList.pop()!;
    let o = freeObjects.pop()!;
    if (o !== null) {
      o.ob_refcnt = 1;
      o.value = x;
    } else {
      o = new PyFloat(PyFloat_Type, x);
    }
    o.ob_addr = addr;
    o.ob_size_alloc = 24;
    if (heap.listener !== null) notifyAlloc(o);
    if (heap.reused !== null) heap.reused(addr);
    return o;
  }
  // (allocateObject inlined: see objectMalloc in object.ts)
  const o = new PyFloat(PyFloat_Type, x);
  o.ob_size_alloc = 24;
  o.ob_addr = objectMalloc(24);
  if (heap.listener !== null) notifyAlloc(o);
  return o;
}

function float_dealloc(o: PyObject): void {
  if (o.ob_type === PyFloat_Type) {
    if (freeListHeap !== heap) {
      freeList.length = 0;
      freeObjects.length = 0;
      freeListHeap = heap;
    }
    if (freeList.length < PyFloat_MAXFREELIST && o.ob_size_alloc !== 0) {
      // The block stays allocated (CPython keeps it out of pymalloc); only the object dies.
      freeList.push(o.ob_addr);
      if (heap.listener !== null) notifyFree(o);
      o.ob_size_alloc = 0;
      freeObjects.push(heap.reuseObjects ? (o as PyFloat) : null);
      return;
    }
    // freeObject inlined (see objectMalloc)
    const size = o.ob_size_alloc;
    if (size === 0) return;
    objectFree(o.ob_addr, size);
    if (heap.listener !== null) notifyFree(o);
    o.ob_size_alloc = 0;
    return;
  }
  numberFree(o);
}

/** _PyFloat_ClearFreeList (a full collection): the parked blocks go back, newest first. */
function clearFloatFreeList(): void {
  if (freeListHeap !== heap) {
    freeList.length = 0;
    freeObjects.length = 0;
    freeListHeap = heap;
  }
  while (freeList.length > 0) {
    heap.allocator.free(freeList.pop()!, 24);
  }
  freeObjects.length = 0;
}
registerFreeList(FREE_LIST_ORDER.float, clearFloatFreeList);

/** How many dead floats wait in the free list (sys._debugmallocstats shows it). */
export function floatFreeListSize(): number {
  return freeListHeap === heap ? freeList.length : 0;
}

/** object.__sizeof__ of a float: its type's basic size (24 for exact floats). */
export function float_sizeof(o: PyObject): number {
  return o.ob_type.tp_basicsize;
}

export function PyFloat_Check(o: PyObject): o is PyFloat {
  return o instanceof PyFloat;
}

export function PyFloat_CheckExact(o: PyObject): o is PyFloat {
  return o.ob_type === PyFloat_Type;
}

function floatSubtypeInstance(type: PyType, x: number): PyFloat {
  const o = new PyFloat(type, x);
  initSubtypeInstance(o, type, instanceAllocSize(type));
  return o;
}

// ---------------------------------------------------------------------------------------------
// Conversions

/** float(str): PyFloat_FromString's parsing; ValueError with CPython's message. */
export function floatFromString(s: string): number {
  const v = stringToDouble(s);
  if (v === null) raise(PyExc_ValueError, `could not convert string to float: ${reprStr(s)}`);
  return v;
}

function floatFromBytesLike(o: PyObject, data: Uint8Array): number {
  let s = "";
  for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]!);
  const v = /^[\x00-\x7f]*$/.test(s) ? stringToDouble(s) : null;
  if (v === null) {
    const r = o instanceof PyStr ? reprStr(o.value) : reprOfBytesLike(o, data);
    raise(PyExc_ValueError, `could not convert string to float: ${r}`);
  }
  return v;
}

function reprOfBytesLike(o: PyObject, data: Uint8Array): string {
  const name = o.ob_type.tp_name;
  if (name === "bytes") return reprBytes(data);
  if (name === "bytearray") return `bytearray(${reprBytes(data)})`;
  const r = PyObject_Str(o);
  const text = r.value;
  Py_DECREF(r);
  return text;
}

/** PyFloat_FromString: float(x) for str and bytes-like x. */
function PyFloat_FromString(o: PyObject): PyObject {
  if (o instanceof PyStr) return PyFloat_FromDouble(floatFromString(o.value));
  const data = bufferBytes(o);
  if (data !== null) return PyFloat_FromDouble(floatFromBytesLike(o, data));
  raise(PyExc_TypeError, `float() argument must be a string or a real number, not '${o.ob_type.tp_name}'`);
}

/** PyNumber_Float: float(x). Returns an exact float (new reference). */
export function PyNumber_Float(o: PyObject): PyObject {
  const t = o.ob_type;
  if (t === PyFloat_Type) {
    o.ob_refcnt++;
    return o;
  }
  if (t.nb_float !== null) {
    const res = t.nb_float(o);
    if (res.ob_type === PyFloat_Type) return res;
    if (!(res instanceof PyFloat)) {
      const name = res.ob_type.tp_name;
      Py_DECREF(res);
      raise(
        PyExc_TypeError,
        `${t.tp_name.slice(0, 50)}.__float__ returned non-float (type ${name.slice(0, 50)})`,
      );
    }
    warnDeprecation(
      `${t.tp_name.slice(0, 50)}.__float__ returned non-float (type ${res.ob_type.tp_name.slice(0, 50)}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`,
    );
    const v = res.value;
    Py_DECREF(res);
    return PyFloat_FromDouble(v);
  }
  if (t.nb_index !== null) {
    const i = PyNumber_Index(o);
    try {
      return PyFloat_FromDouble(intValueToDouble(i.value));
    } finally {
      Py_DECREF(i);
    }
  }
  if (o instanceof PyFloat) return PyFloat_FromDouble(o.value);
  return PyFloat_FromString(o);
}

/**
 * PyFloat_AsDouble: the double value of any real number (float, __float__, __index__);
 * TypeError "must be real number, not X" otherwise.
 */
export function PyFloat_AsDouble(o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  const t = o.ob_type;
  if (t.nb_float === null) {
    if (t.nb_index !== null) {
      const i = PyNumber_Index(o);
      try {
        return intValueToDouble(i.value);
      } finally {
        Py_DECREF(i);
      }
    }
    raise(PyExc_TypeError, `must be real number, not ${t.tp_name.slice(0, 50)}`);
  }
  const res = PyNumber_Float(o) as PyFloat;
  const v = res.value;
  Py_DECREF(res);
  return v;
}

/** CONVERT_TO_DOUBLE: the double of a float or int operand, or null (NotImplemented). */
function toDouble(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return intValueToDouble(o.value);
  return null;
}

function notImplemented(): PyObject {
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

// ---------------------------------------------------------------------------------------------
// Arithmetic

export function float_add(v: PyObject, w: PyObject): PyObject {
  const a = toDouble(v);
  if (a === null) return notImplemented();
  const b = toDouble(w);
  if (b === null) return notImplemented();
  return PyFloat_FromDouble(a + b);
}

export function float_sub(v: PyObject, w: PyObject): PyObject {
  const a = toDouble(v);
  if (a === null) return notImplemented();
  const b = toDouble(w);
  if (b === null) return notImplemented();
  return PyFloat_FromDouble(a - b);
}

export function float_mul(v: PyObject, w: PyObject): PyObject {
  const a = toDouble(v);
  if (a === null) return notImplemented();
  const b = toDouble(w);
  if (b === null) return notImplemented();
  return PyFloat_FromDouble(a * b);
}

export function float_div(v: PyObject, w: PyObject): PyObject {
  const a = toDouble(v);
  if (a === null) return notImplemented();
  const b = toDouble(w);
  if (b === null) return notImplemented();
  if (b === 0) raise(PyExc_ZeroDivisionError, "float division by zero");
  return PyFloat_FromDouble(a / b);
}

/** Python's float modulo (sign of the divisor); b != 0. */
export function floatModValues(vx: number, wx: number): number {
  let mod = vx % wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  return mod;
}

/** _float_div_mod: [floordiv, mod] of two doubles; wx != 0. */
export function floatDivModValues(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function float_rem(v: PyObject, w: PyObject): PyObject {
  const a = toDouble(v);
  if (a === null) return notImplemented();
  const b = toDouble(w);
  if (b === null) return notImplemented();
  if (b === 0) raise(PyExc_ZeroDivisionError, "float modulo");
  return PyFloat_FromDouble(floatModValues(a, b));
}

export function float_floor_div(v: PyObject, w: PyObject): PyObject {
  const a = toDouble(v);
  if (a === null) return notImplemented();
  const b = toDouble(w);
  if (b === null) return notImplemented();
  if (b === 0) raise(PyExc_ZeroDivisionError, "float floor division by zero");
  return PyFloat_FromDouble(floatDivModValues(a, b)[0]);
}

export function float_divmod(v: PyObject, w: PyObject): PyObject {
  const a = toDouble(v);
  if (a === null) return notImplemented();
  const b = toDouble(w);
  if (b === null) return notImplemented();
  if (b === 0) raise(PyExc_ZeroDivisionError, "float divmod()");
  const [d, m] = floatDivModValues(a, b);
  return PyTuple_New([PyFloat_FromDouble(d), PyFloat_FromDouble(m)]);
}

function isOddInteger(x: number): boolean {
  return Math.abs(x) % 2 === 1;
}

function powOverflow(): never {
  // PyErr_SetFromErrno(PyExc_OverflowError) with errno ERANGE.
  throw PyErr_WithArgs(
    PyExc_OverflowError,
    PyTuple_New([PyInt_FromNumber(34), PyStr_FromString("Numerical result out of range")]),
  );
}

/**
 * float_pow on two doubles: the result, or null when a negative base meets a fractional
 * exponent (the caller then computes a complex power, as CPython does).
 */
export function float_pow_values(iv: number, iw: number): number | null {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1.0) return 1.0;
    if (iw > 0 === av > 1.0) return Math.abs(iw);
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0.0;
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) raise(PyExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return odd ? iv : 0.0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return null;
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  let ix = c_pow(iv, iw);
  if (ix === Number.POSITIVE_INFINITY) powOverflow();
  if (negate) ix = -ix;
  return ix;
}

export function float_pow(v: PyObject, w: PyObject, z: PyObject): PyObject {
  if (z !== Py_None)
    raise(PyExc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  const a = toDouble(v);
  if (a === null) return notImplemented();
  const b = toDouble(w);
  if (b === null) return notImplemented();
  const r = float_pow_values(a, b);
  if (r === null) return complexPowObjects(v, w, z);
  return PyFloat_FromDouble(r);
}

function float_neg(o: PyObject): PyObject {
  return PyFloat_FromDouble(-(o as PyFloat).value);
}

function float_abs(o: PyObject): PyObject {
  return PyFloat_FromDouble(Math.abs((o as PyFloat).value));
}

/** float_float: an exact float of the same value (self for exact floats). */
function float_float(o: PyObject): PyObject {
  if (o.ob_type === PyFloat_Type) {
    o.ob_refcnt++;
    return o;
  }
  return PyFloat_FromDouble((o as PyFloat).value);
}

function float_bool(o: PyObject): boolean {
  return (o as PyFloat).value !== 0;
}

function float_trunc(o: PyObject): PyObject {
  return PyLong_FromDouble(Math.trunc((o as PyFloat).value));
}

// ---------------------------------------------------------------------------------------------
// Comparison, hash, repr

/** Compares a double with an int value exactly (float_richcompare's int branch). */
export function floatIntCompare(x: number, y: number | bigint, op: number): boolean {
  if (Number.isNaN(x)) return op === 3;
  if (typeof y === "number") return intRichCompareValues(x, y, op);
  // JS relational operators compare a number with a bigint exactly.
  switch (op) {
    case 0:
      return x < y;
    case 1:
      return x <= y;
    case 2:
      return !(x < y) && !(x > y);
    case 3:
      return x < y || x > y;
    case 4:
      return x > y;
    default:
      return x >= y;
  }
}

function float_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  const i = (v as PyFloat).value;
  let r: boolean;
  if (w instanceof PyFloat) {
    const j = w.value;
    switch (op) {
      case 0:
        r = i < j;
        break;
      case 1:
        r = i <= j;
        break;
      case 2:
        r = i === j;
        break;
      case 3:
        r = i !== j;
        break;
      case 4:
        r = i > j;
        break;
      default:
        r = i >= j;
    }
  } else if (w instanceof PyInt) {
    r = floatIntCompare(i, w.value, op);
  } else {
    return notImplemented();
  }
  return PyBool_FromBool(r);
}

function float_hash(o: PyObject): Hash {
  return _Py_HashDouble(o.ob_addr, (o as PyFloat).value);
}

function float_repr(o: PyObject): PyObject {
  const x = (o as PyFloat).value;
  // format_float_short writes into a PyMem_Malloc'd buffer that lives while the str is made:
  // a block for tracemalloc's peak
  const size = blockModel.on ? reprBufferSize(x) : 0;
  const buffer = holdBlock(size);
  try {
    return PyStr_FromASCII(reprFloat(x));
  } finally {
    releaseBlock(buffer, size);
  }
}

/** format_float_short's bufsize for repr(x): sign, point and NUL, the padded digits, exponent. */
function reprBufferSize(x: number): number {
  if (!Number.isFinite(x)) return 5;
  let digits = 1;
  let decpt = 1;
  if (x !== 0) {
    const e = Math.abs(x).toExponential();
    const at = e.indexOf("e");
    digits = at - (e.indexOf(".") < 0 ? 0 : 1);
    decpt = Number(e.slice(at + 1)) + 1;
  }
  const useExp = decpt <= -4 || decpt > 16;
  if (useExp) decpt = 1;
  const start = decpt <= 0 ? decpt - 1 : 0;
  const end = useExp ? Math.max(digits, decpt) : Math.max(digits, decpt + 1);
  return 3 + (end - start) + (useExp ? 5 : 0);
}

/** repr(float) as a JS string. */
export function floatRepr(x: number): string {
  return reprFloat(x);
}

// ---------------------------------------------------------------------------------------------
// Constructor: float(x=0.0, /)

function float_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  const nkw = kwnames === null ? 0 : kwnames.length;
  // A subclass with its own __init__ may take keywords (float_new's tp_init check).
  if (nkw > 0 && (type === PyFloat_Type || type.tp_init === PyFloat_Type.tp_init)) {
    raise(PyExc_TypeError, "float() takes no keyword arguments");
  }
  if (nkw > 0) args = args.slice(0, args.length - nkw);
  if (args.length > 1) raise(PyExc_TypeError, `float expected at most 1 argument, got ${args.length}`);
  const x = args.length > 0 ? args[0]! : null;
  let result: PyObject;
  if (x === null) result = PyFloat_FromDouble(0.0);
  else if (x.ob_type === PyStr_Type) result = PyFloat_FromDouble(floatFromString((x as PyStr).value));
  else result = PyNumber_Float(x);
  if (type === PyFloat_Type) return result;
  const value = (result as PyFloat).value;
  Py_DECREF(result);
  return floatSubtypeInstance(type, value);
}

// ---------------------------------------------------------------------------------------------
// Methods

/** A METH_NOARGS method's check; CPython names the method with its type (`float.hex()`). */
function noargs(name: string, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, `float.${name}() takes no keyword arguments`);
  if (args.length !== 0) raise(PyExc_TypeError, `float.${name}() takes no arguments (${args.length} given)`);
}

function selfValue(o: PyObject | null): number {
  return (o as PyFloat).value;
}

/** round-half-even of a double to an integral double (C's round with the tie fix-up). */
export function roundHalfEven(x: number): number {
  const t = Math.trunc(x);
  const d = Math.abs(x - t);
  if (d > 0.5 || (d === 0.5 && t % 2 !== 0)) return t + (x < 0 ? -1 : 1);
  return t;
}

function float___round__(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, "__round__() takes no keyword arguments");
  if (args.length > 1) raise(PyExc_TypeError, `__round__ expected at most 1 argument, got ${args.length}`);
  const x = selfValue(self);
  if (args.length === 0 || args[0] === Py_None) return PyLong_FromDouble(roundHalfEven(x));
  const ndigits = PyNumber_AsSsize_t(args[0]!, null);
  const r = doubleRound(x, ndigits);
  if (!Number.isFinite(r) && Number.isFinite(x))
    raise(PyExc_OverflowError, "rounded value too large to represent");
  return PyFloat_FromDouble(r);
}

/** float.as_integer_ratio of a double: [numerator, denominator]. */
export function floatAsIntegerRatio(x: number): [number | bigint, number | bigint] {
  if (Number.isNaN(x)) raise(PyExc_ValueError, "cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) raise(PyExc_OverflowError, "cannot convert Infinity to integer ratio");
  if (x === 0) return [0, 1];
  const [m, e] = frexpOddInt(x);
  const sign = x < 0 ? -1 : 1;
  if (e >= 0) {
    const n = BigInt(m) << BigInt(e);
    return [sign < 0 ? -n : n, 1];
  }
  return [sign * m, 1n << BigInt(-e)];
}

function intObj(v: number | bigint): PyObject {
  return typeof v === "number" ? PyInt_FromNumber(v) : PyInt_FromBigInt(v);
}

/** float.__format__ as a JS string. */
export function floatFormat(o: PyFloat, spec: string): string {
  if (spec.length === 0) {
    if (o.ob_type === PyFloat_Type) return reprFloat(o.value);
    const s = PyObject_Str(o);
    const text = s.value;
    Py_DECREF(s);
    return text;
  }
  return formatFloat(o.value, spec, o.ob_type.tp_name);
}

function float___format__(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, "__format__() takes no keyword arguments");
  if (args.length !== 1) raise(PyExc_TypeError, `__format__ expected 1 argument, got ${args.length}`);
  const spec = args[0]!;
  if (!(spec instanceof PyStr)) {
    raise(PyExc_TypeError, `__format__() argument must be str, not ${argTypeName(spec)}`);
  }
  const text = floatFormat(self as PyFloat, spec.value);
  bookNumberFormat(self as PyFloat, spec.value, text);
  return PyStr_FromString(text);
}

function float_fromhex(cls: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, "fromhex() takes no keyword arguments");
  if (args.length !== 1)
    raise(PyExc_TypeError, `fromhex() takes exactly one argument (${args.length} given)`);
  const s = args[0]!;
  // PyUnicode_AsUTF8AndSize's PyErr_BadArgument
  if (!(s instanceof PyStr)) raise(PyExc_TypeError, "bad argument type for built-in operation");
  const v = hexToFloat(s.value);
  if (v === "invalid") raise(PyExc_ValueError, "invalid hexadecimal floating-point string");
  if (v === "overflow") raise(PyExc_OverflowError, "hexadecimal value too large to represent as a float");
  const result = PyFloat_FromDouble(v);
  if (cls === PyFloat_Type) return result;
  try {
    return PyObject_CallOneArg(cls!, result);
  } finally {
    Py_DECREF(result);
  }
}

function float___getformat__(_cls: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, "__getformat__() takes no keyword arguments");
  if (args.length !== 1)
    raise(PyExc_TypeError, `__getformat__() takes exactly one argument (${args.length} given)`);
  const t = args[0]!;
  if (!(t instanceof PyStr))
    raise(PyExc_TypeError, `__getformat__() argument must be str, not ${argTypeName(t)}`);
  if (t.value !== "double" && t.value !== "float") {
    raise(PyExc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  }
  return PyStr_FromASCII("IEEE, little-endian");
}

defineMethods(PyFloat_Type, {
  conjugate: {
    impl: (self, args, kw) => (noargs("conjugate", args, kw), float_float(self!)),
    doc: "Return self, the complex conjugate of any float.",
    textSignature: "($self, /)",
  },
  __trunc__: {
    impl: (self, args, kw) => (noargs("__trunc__", args, kw), float_trunc(self!)),
    doc: "Return the Integral closest to x between 0 and x.",
    textSignature: "($self, /)",
  },
  __floor__: {
    impl: (self, args, kw) => (noargs("__floor__", args, kw), PyLong_FromDouble(Math.floor(selfValue(self)))),
    doc: "Return the floor as an Integral.",
    textSignature: "($self, /)",
  },
  __ceil__: {
    impl: (self, args, kw) => (noargs("__ceil__", args, kw), PyLong_FromDouble(Math.ceil(selfValue(self)))),
    doc: "Return the ceiling as an Integral.",
    textSignature: "($self, /)",
  },
  __round__: {
    impl: float___round__,
    doc: "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits).",
    textSignature: "($self, ndigits=None, /)",
  },
  as_integer_ratio: {
    impl: (self, args, kw) => {
      noargs("as_integer_ratio", args, kw);
      const [n, d] = floatAsIntegerRatio(selfValue(self));
      return PyTuple_New([intObj(n), intObj(d)]);
    },
    doc: "Return integer ratio.",
    textSignature: "($self, /)",
  },
  fromhex: {
    impl: float_fromhex,
    kind: "class",
    doc: "Create a floating-point number from a hexadecimal string.",
    textSignature: "($type, string, /)",
  },
  hex: {
    impl: (self, args, kw) => {
      noargs("hex", args, kw);
      const x = selfValue(self);
      return PyStr_FromASCII(Number.isFinite(x) ? floatToHex(x) : reprFloat(x));
    },
    doc: "Return a hexadecimal representation of a floating-point number.",
    textSignature: "($self, /)",
  },
  is_integer: {
    impl: (self, args, kw) => {
      noargs("is_integer", args, kw);
      const x = selfValue(self);
      return PyBool_FromBool(Number.isFinite(x) && Math.floor(x) === x);
    },
    doc: "Return True if the float is an integer.",
    textSignature: "($self, /)",
  },
  __getnewargs__: {
    impl: (self, args, kw) => (
      noargs("__getnewargs__", args, kw), PyTuple_New([PyFloat_FromDouble(selfValue(self))])
    ),
    textSignature: "($self, /)",
  },
  __getformat__: {
    impl: float___getformat__,
    kind: "class",
    doc: "You probably don't want to use this function.",
    textSignature: "($type, typestr, /)",
  },
  __format__: {
    impl: float___format__,
    doc: "Formats the float according to format_spec.",
    textSignature: "($self, format_spec, /)",
  },
});

defineGetSets(PyFloat_Type, [
  { name: "real", get: (self) => float_float(self), doc: "the real part of a complex number" },
  { name: "imag", get: () => PyFloat_FromDouble(0.0), doc: "the imaginary part of a complex number" },
]);

// ---------------------------------------------------------------------------------------------
// Slot table

PyFloat_Type.tp_dealloc = float_dealloc;
PyFloat_Type.tp_repr = float_repr;
PyFloat_Type.tp_hash = float_hash;
PyFloat_Type.tp_richcompare = float_richcompare;
PyFloat_Type.tp_new = float_new;
PyFloat_Type.nb_add = float_add;
PyFloat_Type.nb_subtract = float_sub;
PyFloat_Type.nb_multiply = float_mul;
PyFloat_Type.nb_remainder = float_rem;
PyFloat_Type.nb_divmod = float_divmod;
PyFloat_Type.nb_power = float_pow;
PyFloat_Type.nb_negative = float_neg;
PyFloat_Type.nb_positive = float_float;
PyFloat_Type.nb_absolute = float_abs;
PyFloat_Type.nb_bool = float_bool;
PyFloat_Type.nb_int = float_trunc;
PyFloat_Type.nb_float = float_float;
PyFloat_Type.nb_floor_divide = float_floor_div;
PyFloat_Type.nb_true_divide = float_div;
