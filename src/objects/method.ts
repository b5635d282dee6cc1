import { realAddress } from "../memory/allocator.js";
import { heap } from "../memory/heap.js";
import {
  PyObject_GetAttr,
  PyObject_GetAttrString,
  PyObject_Hash,
  PyObject_LookupAttrString,
  PyObject_RichCompareBool,
  reprOf,
} from "./abstract.js";
import { PyBool_FromBool } from "./bool.js";
import { PyExc_TypeError, raise } from "./exceptions.js";
import { defineGetSets, defineMethods } from "./methods.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import {
  notifyAlloc,
  notifyFree,
  objectFree,
  objectMalloc,
  Py_DECREF,
  Py_INCREF,
  Py_NewRef,
  type PyObject,
  PyObject as PyObjectClass,
} from "./object.js";
import type { Hash } from "./slots_types.js";
import { PyStr, PyStr_FromString } from "./str.js";
import { containerHooks, getBuiltin, PyObject_GC_Track, PyObject_GC_UnTrack, PyTuple_New } from "./tuple.js";
import { newStaticType, TypeFlag } from "./type.js";
import { _PyType_Lookup } from "./typeobject.js";

/**
 * `method` (CPython's Objects/classobject.c): a function bound to an instance, what
 * `obj.meth` returns when `meth` is a Python function found on the class.
 */
export class PyMethod extends PyObjectClass {
  declare im_func: PyObject;
  declare im_self: PyObject;
  constructor(im_func: PyObject, im_self: PyObject) {
    // The header, then the collector's fields (memory/gc.ts) up front: one hidden class for
    // every bound method (see PyObject's constructor).
    super(PyMethod_Type, true);
    this.ob_refcnt = 1;
    this.ob_type = PyMethod_Type;
    this.ob_addr = 0;
    this.ob_size_alloc = 0;
    this.im_func = im_func;
    this.im_self = im_self;
    this.gc_head = null;
  }
}

export const PyMethod_Type = newStaticType({ name: "method", flags: TypeFlag.HAVE_GC, basicsize: 48 });

/** A new bound method; `func` and `self` are borrowed (the method takes its own references). */
export function PyMethod_New(func: PyObject, self: PyObject): PyMethod {
  const m = new PyMethod(func, self);
  // gcAlloc inlined (see objectMalloc in object.ts)
  m.ob_size_alloc = 48 + 16;
  m.ob_addr = objectMalloc(48 + 16);
  if (heap.listener !== null) notifyAlloc(m);
  containerHooks.gcLinked(m);
  Py_INCREF(func);
  Py_INCREF(self);
  PyObject_GC_Track(m);
  return m;
}

/** method.__new__(function, instance) (types.MethodType). */
function method_new(_type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, "method() takes no keyword arguments");
  if (args.length !== 2) {
    raise(PyExc_TypeError, `method expected 2 arguments, got ${args.length}`);
  }
  const [func, self] = args as [PyObject, PyObject];
  if (func.ob_type.tp_call === null) raise(PyExc_TypeError, "first argument must be callable");
  if (self === Py_None) raise(PyExc_TypeError, "instance must not be None");
  return PyMethod_New(func, self);
}

PyMethod_Type.tp_new = method_new;

function method_dealloc(o: PyObject): void {
  const m = o as PyMethod;
  PyObject_GC_UnTrack(m);
  Py_DECREF(m.im_func);
  Py_DECREF(m.im_self);
  // gcFree inlined (see objectMalloc in object.ts)
  containerHooks.gcUnlinked(m);
  const size = m.ob_size_alloc;
  if (size === 0) return;
  objectFree(m.ob_addr, size);
  if (heap.listener !== null) notifyFree(m);
  m.ob_size_alloc = 0;
}

/** Calls the function with `self` prepended (vectorcall of a bound method). */
function method_call(o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const m = o as PyMethod;
  const func = m.im_func;
  const call = func.ob_type.tp_call;
  if (call === null) raise(PyExc_TypeError, `'${func.ob_type.tp_name}' object is not callable`);
  const full = new Array<PyObject>(args.length + 1);
  full[0] = m.im_self;
  for (let i = 0; i < args.length; i++) full[i + 1] = args[i]!;
  return call(func, full, kwnames);
}

/** Attributes of the type first (its descriptors), then those of the function. */
function method_getattro(o: PyObject, name: PyObject): PyObject {
  const m = o as PyMethod;
  const descr = _PyType_Lookup(PyMethod_Type, name as PyStr);
  if (descr !== null) {
    const get = descr.ob_type.tp_descr_get;
    if (get !== null) return get(descr, m, PyMethod_Type);
    return Py_NewRef(descr);
  }
  return PyObject_GetAttr(m.im_func, name as PyStr);
}

function method_repr(o: PyObject): PyObject {
  const m = o as PyMethod;
  let nameObj = PyObject_LookupAttrString(m.im_func, "__qualname__");
  if (nameObj === null) nameObj = PyObject_LookupAttrString(m.im_func, "__name__");
  let name = "?";
  if (nameObj !== null) {
    if (nameObj instanceof PyStr) name = nameObj.value;
    Py_DECREF(nameObj);
  }
  return PyStr_FromString(`<bound method ${name} of ${reprOf(m.im_self)}>`);
}

function method_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyMethod) || !(b instanceof PyMethod) || (op !== 2 && op !== 3)) {
    return Py_NewRef(Py_NotImplemented);
  }
  const eq = a.im_self === b.im_self && PyObject_RichCompareBool(a.im_func, b.im_func, 2);
  return PyBool_FromBool(op === 2 ? eq : !eq);
}

function method_hash(o: PyObject): Hash {
  const m = o as PyMethod;
  // CPython: hash of the identity of __self__ xor hash of the function.
  const x = pointerHash(m.im_self);
  const y = PyObject_Hash(m.im_func);
  const r = BigInt.asIntN(64, BigInt(x) ^ BigInt(y));
  const n = r === -1n ? -2n : r;
  return Number.isSafeInteger(Number(n)) ? Number(n) : n;
}

/** _Py_HashPointer: the address rotated right by 4 bits (as a signed 64-bit value). */
export function pointerHash(o: PyObject): Hash {
  const p = BigInt(realAddress(o.ob_addr));
  const rotated = BigInt.asIntN(64, (p >> 4n) | ((p & 15n) << 60n));
  const h = rotated === -1n ? -2n : rotated;
  return Number.isSafeInteger(Number(h)) ? Number(h) : h;
}

PyMethod_Type.tp_dealloc = method_dealloc;
PyMethod_Type.tp_call = method_call;
PyMethod_Type.tp_getattro = method_getattro;
PyMethod_Type.tp_repr = method_repr;
PyMethod_Type.tp_richcompare = method_richcompare;
PyMethod_Type.tp_hash = method_hash;
PyMethod_Type.tp_traverse = (o, visit) => {
  const m = o as PyMethod;
  visit(m.im_func);
  visit(m.im_self);
};

defineGetSets(PyMethod_Type, [
  { name: "__func__", get: (o) => Py_NewRef((o as PyMethod).im_func), kind: "member" },
  { name: "__self__", get: (o) => Py_NewRef((o as PyMethod).im_self), kind: "member" },
  { name: "__doc__", get: (o) => PyObject_GetAttrString((o as PyMethod).im_func, "__doc__") },
]);

// method___reduce__: getattr(self, func.__name__) rebuilds the bound method (pickle, copy)
defineMethods(PyMethod_Type, {
  __reduce__: {
    impl: (o) => {
      const m = o as PyMethod;
      const name = PyObject_GetAttrString(m.im_func, "__name__");
      Py_INCREF(m.im_self);
      return PyTuple_New([getBuiltin("getattr"), PyTuple_New([m.im_self, name])]);
    },
  },
});
