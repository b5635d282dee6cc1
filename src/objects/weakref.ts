/**
 * Weak references (CPython 3.11's Objects/weakrefobject.c): `weakref.ReferenceType` (what
 * `weakref.ref` is), `weakref.ProxyType` and `weakref.CallableProxyType`, the per-object list of
 * weak references, and `PyObject_ClearWeakRefs`, which a deallocator calls to clear them and run
 * their callbacks.
 *
 * An object's weak references live in `ob_weakrefs`, head first, with CPython's list discipline:
 * the shared callback-less `ref` is always the head, the shared callback-less proxy comes next,
 * and every other weak reference is inserted right after those two. So callbacks run newest
 * first, as in CPython. A weak reference whose referent died points to None (`wr_object` null).
 *
 * Only types whose `tp_weaklistoffset` is non-zero can be weakly referenced. Heap types get it
 * from `type_new`; the static types that support weak references in CPython are marked here
 * (`enableWeakrefs`), and their deallocators are wrapped so that they clear weak references
 * first, as CPython's deallocators do.
 */
import {
  addressHex,
  lookupSpecial,
  PyIter_Next,
  PyNumber_Absolute,
  PyNumber_Add,
  PyNumber_And,
  PyNumber_Divmod,
  PyNumber_FloorDivide,
  PyNumber_Index,
  PyNumber_InPlaceAdd,
  PyNumber_InPlaceAnd,
  PyNumber_InPlaceFloorDivide,
  PyNumber_InPlaceLshift,
  PyNumber_InPlaceMatrixMultiply,
  PyNumber_InPlaceMultiply,
  PyNumber_InPlaceOr,
  PyNumber_InPlaceRemainder,
  PyNumber_InPlaceRshift,
  PyNumber_InPlaceSubtract,
  PyNumber_InPlaceTrueDivide,
  PyNumber_InPlaceXor,
  PyNumber_Invert,
  PyNumber_Lshift,
  PyNumber_MatrixMultiply,
  PyNumber_Multiply,
  PyNumber_Negative,
  PyNumber_Or,
  PyNumber_Positive,
  PyNumber_Power,
  PyNumber_Remainder,
  PyNumber_Rshift,
  PyNumber_Subtract,
  PyNumber_TrueDivide,
  PyNumber_Xor,
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_DelItem,
  PyObject_GetAttr,
  PyObject_GetItem,
  PyObject_GetIter,
  PyObject_Hash,
  PyObject_HashNotImplemented,
  PyObject_IsTrue,
  PyObject_RichCompare,
  PyObject_SetAttr,
  PyObject_SetItem,
  PyObject_Size,
  PyObject_Str,
  PySequence_Contains,
} from "./abstract.js";
import { positional } from "./args.js";
import { Py_False, Py_True } from "./bool.js";
import { PyExc_ReferenceError, PyExc_TypeError, raise } from "./exceptions.js";
import { PyNumber_Float } from "./float.js";
import { PyNumber_Long } from "./int.js";
import { defineGetSets, defineMethods } from "./methods.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, PyObject } from "./object.js";
import type { Hash } from "./slots_types.js";
import { PyStr, PyStr_FromString } from "./str.js";
import {
  gcAlloc,
  gcFree,
  Py_GenericAlias,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyTuple_New,
} from "./tuple.js";
import { newStaticType, type PyType, PyType_IsSubtype, TypeFlag } from "./type.js";
import { instanceAllocSize } from "./typeobject.js";

/** sizeof(PyWeakReference) in CPython 3.11 (64-bit): head, wr_object, wr_callback, hash, prev, next, vectorcall. */
const WEAKREF_BASICSIZE = 64;

/** A weak reference or proxy (CPython's PyWeakReference). */
export class PyWeakReference extends PyObject {
  /** The referent (borrowed: a weak reference does not own it), or null once it is dead. */
  wr_object: PyObject | null = null;
  /** The callback (owned), or null. */
  wr_callback: PyObject | null = null;
  /** Cached hash of the referent (null = not computed yet). */
  hash: Hash | null = null;
}

export const PyWeakref_RefType = newStaticType({
  name: "weakref.ReferenceType",
  flags: TypeFlag.HAVE_GC | TypeFlag.BASETYPE,
  basicsize: WEAKREF_BASICSIZE,
});
export const PyWeakref_ProxyType = newStaticType({
  name: "weakref.ProxyType",
  flags: TypeFlag.HAVE_GC,
  basicsize: WEAKREF_BASICSIZE,
});
export const PyWeakref_CallableProxyType = newStaticType({
  name: "weakref.CallableProxyType",
  flags: TypeFlag.HAVE_GC,
  basicsize: WEAKREF_BASICSIZE,
});

export function PyWeakref_Check(o: PyObject): o is PyWeakReference {
  return o instanceof PyWeakReference;
}

export function PyWeakref_CheckRef(o: PyObject): o is PyWeakReference {
  return (
    o instanceof PyWeakReference &&
    (o.ob_type === PyWeakref_RefType || PyType_IsSubtype(o.ob_type, PyWeakref_RefType))
  );
}

function PyWeakref_CheckRefExact(o: PyObject): boolean {
  return o.ob_type === PyWeakref_RefType;
}

export function PyWeakref_CheckProxy(o: PyObject): o is PyWeakReference {
  return o.ob_type === PyWeakref_ProxyType || o.ob_type === PyWeakref_CallableProxyType;
}

/** _PyType_SUPPORTS_WEAKREFS. */
export function typeSupportsWeakrefs(t: PyType): boolean {
  return t.tp_weaklistoffset !== 0;
}

/** The referent, or None when it is dead (borrowed): PyWeakref_GET_OBJECT. */
export function PyWeakref_GetObject(wr: PyWeakReference): PyObject {
  return wr.wr_object ?? Py_None;
}

// ---------------------------------------------------------------------------------------------
// the list of weak references to an object

function weakrefList(o: PyObject): PyObject[] {
  let list = o.ob_weakrefs;
  if (!list) list = o.ob_weakrefs = [];
  return list;
}

/** _PyWeakref_GetWeakrefCount(head): the number of weak references to `o`. */
export function getWeakrefCount(o: PyObject): number {
  if (!typeSupportsWeakrefs(o.ob_type)) return 0;
  return o.ob_weakrefs?.length ?? 0;
}

/** The weak references to `o`, head first (borrowed). */
export function getWeakrefs(o: PyObject): PyWeakReference[] {
  if (!typeSupportsWeakrefs(o.ob_type)) return [];
  return (o.ob_weakrefs ?? []) as PyWeakReference[];
}

/** get_basic_refs: the shared callback-less ref (head) and proxy (after it), if any. */
function getBasicRefs(list: PyObject[]): { ref: PyWeakReference | null; proxy: PyWeakReference | null } {
  let ref: PyWeakReference | null = null;
  let proxy: PyWeakReference | null = null;
  let i = 0;
  let head = list[0] as PyWeakReference | undefined;
  if (head !== undefined && head.wr_callback === null) {
    if (PyWeakref_CheckRefExact(head)) {
      ref = head;
      head = list[++i] as PyWeakReference | undefined;
    }
    if (head !== undefined && head.wr_callback === null && PyWeakref_CheckProxy(head)) proxy = head;
  }
  return { ref, proxy };
}

function insertHead(wr: PyWeakReference, list: PyObject[]): void {
  list.unshift(wr);
}

function insertAfter(wr: PyWeakReference, prev: PyWeakReference, list: PyObject[]): void {
  list.splice(list.indexOf(prev) + 1, 0, wr);
}

/**
 * clear_weakref: unlinks `wr` from its referent's list, makes it dead and drops its callback.
 */
function clear_weakref(wr: PyWeakReference): void {
  const callback = wr.wr_callback;
  unlinkWeakref(wr);
  if (callback !== null) {
    wr.wr_callback = null;
    Py_DECREF(callback);
  }
}

function unlinkWeakref(wr: PyWeakReference): void {
  const o = wr.wr_object;
  if (o !== null) {
    const list = o.ob_weakrefs;
    if (list) {
      const i = list.indexOf(wr);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) o.ob_weakrefs = null;
    }
    wr.wr_object = null;
  }
}

/**
 * _PyWeakref_ClearRef: what the cycle collector does to a weak reference it is about to deal
 * with — the referent link is cleared but the callback is kept (and not called).
 */
export function _PyWeakref_ClearRef(wr: PyWeakReference): void {
  unlinkWeakref(wr);
}

/**
 * PyObject_ClearWeakRefs: called by a deallocator while `o` has no references left. Clears the
 * callback-less shared ref and proxy, then every other weak reference, and calls the callbacks
 * of those that are still alive, in list order (newest first). Errors in callbacks are reported
 * through the unraisable hook.
 */
export function PyObject_ClearWeakRefs(o: PyObject): void {
  const list = o.ob_weakrefs;
  if (!list || list.length === 0) return;
  // Remove the callback-less basic ref and proxy.
  let head = list[0] as PyWeakReference | undefined;
  if (head !== undefined && head.wr_callback === null) {
    clear_weakref(head);
    head = o.ob_weakrefs?.[0] as PyWeakReference | undefined;
    if (head !== undefined && head.wr_callback === null) clear_weakref(head);
  }
  const rest = o.ob_weakrefs;
  if (!rest || rest.length === 0) return;
  const count = rest.length;
  if (count === 1) {
    const current = rest[0] as PyWeakReference;
    const callback = current.wr_callback;
    current.wr_callback = null;
    clear_weakref(current);
    if (callback !== null) {
      if (current.ob_refcnt > 0) handleCallback(current, callback);
      Py_DECREF(callback);
    }
    return;
  }
  // CPython gathers (weakref, callback) pairs in a tuple of 2 * count slots while it clears them,
  // calls the callbacks in list order, then frees the tuple (which releases its items last first).
  const fill: PyObject[] = [];
  for (let i = 0; i < count * 2; i++) fill.push(Py_NewRef(Py_None));
  const tuple = PyTuple_New(fill);
  const slots: (PyObject | null)[] = new Array<PyObject | null>(count * 2).fill(null);
  const snapshot = rest.slice() as PyWeakReference[];
  for (let i = 0; i < count; i++) {
    const current = snapshot[i]!;
    if (current.ob_refcnt > 0) {
      Py_INCREF(current);
      slots[i * 2] = current;
      slots[i * 2 + 1] = current.wr_callback;
    } else if (current.wr_callback !== null) {
      Py_DECREF(current.wr_callback);
    }
    current.wr_callback = null;
    clear_weakref(current);
  }
  for (let i = 0; i < count; i++) {
    const callback = slots[i * 2 + 1];
    if (callback) handleCallback(slots[i * 2] as PyWeakReference, callback);
  }
  for (let i = count * 2 - 1; i >= 0; i--) {
    const x = slots[i];
    if (x) Py_DECREF(x);
  }
  Py_DECREF(tuple);
}

/** handle_callback: callback(wr); an exception goes to the unraisable hook. */
function handleCallback(wr: PyWeakReference, callback: PyObject): void {
  try {
    const r = PyObject_Call(callback, [wr], null);
    Py_DECREF(r);
  } catch (e) {
    weakrefHooks.writeUnraisable(e, callback);
  }
}

export const weakrefHooks = {
  /** PyErr_WriteUnraisable(obj) — wired to the real implementation at bootstrap. */
  writeUnraisable: (e: unknown, _obj: PyObject | null): void => {
    throw e;
  },
};

// ---------------------------------------------------------------------------------------------
// creation

function initWeakref(wr: PyWeakReference, ob: PyObject, callback: PyObject | null): void {
  wr.hash = null;
  wr.wr_object = ob;
  wr.wr_callback = callback;
  if (callback !== null) Py_INCREF(callback);
}

/** new_weakref: a GC-allocated, tracked weakref.ReferenceType object. */
function newWeakref(ob: PyObject, callback: PyObject | null): PyWeakReference {
  const wr = new PyWeakReference(PyWeakref_RefType);
  gcAlloc(wr, WEAKREF_BASICSIZE + 16);
  initWeakref(wr, ob, callback);
  PyObject_GC_Track(wr);
  return wr;
}

function checkSupportsWeakrefs(ob: PyObject): void {
  if (!typeSupportsWeakrefs(ob.ob_type)) {
    raise(PyExc_TypeError, `cannot create weak reference to '${ob.ob_type.tp_name}' object`);
  }
  ensureDeallocClearsWeakrefs(ob.ob_type);
}

/** PyWeakref_NewRef(ob, callback): new reference. */
export function PyWeakref_NewRef(ob: PyObject, callbackArg: PyObject | null): PyWeakReference {
  checkSupportsWeakrefs(ob);
  const callback = callbackArg === Py_None ? null : callbackArg;
  let list = weakrefList(ob);
  let { ref, proxy } = getBasicRefs(list);
  if (callback === null && ref !== null) {
    Py_INCREF(ref);
    return ref;
  }
  // Allocation can run the collector, which can change the list: look again afterwards.
  const result = newWeakref(ob, callback);
  list = weakrefList(ob);
  ({ ref, proxy } = getBasicRefs(list));
  if (callback === null) {
    if (ref === null) insertHead(result, list);
    else {
      Py_DECREF(result);
      Py_INCREF(ref);
      return ref;
    }
  } else {
    const prev = proxy ?? ref;
    if (prev === null) insertHead(result, list);
    else insertAfter(result, prev, list);
  }
  return result;
}

/** PyWeakref_NewProxy(ob, callback): new reference. */
export function PyWeakref_NewProxy(ob: PyObject, callbackArg: PyObject | null): PyWeakReference {
  checkSupportsWeakrefs(ob);
  const callback = callbackArg === Py_None ? null : callbackArg;
  let list = weakrefList(ob);
  let { ref, proxy } = getBasicRefs(list);
  if (callback === null && proxy !== null) {
    Py_INCREF(proxy);
    return proxy;
  }
  const result = newWeakref(ob, callback);
  result.ob_type = ob.ob_type.tp_call !== null ? PyWeakref_CallableProxyType : PyWeakref_ProxyType;
  list = weakrefList(ob);
  ({ ref, proxy } = getBasicRefs(list));
  let prev: PyWeakReference | null;
  if (callback === null) {
    if (proxy !== null) {
      Py_DECREF(result);
      Py_INCREF(proxy);
      return proxy;
    }
    prev = ref;
  } else {
    prev = proxy ?? ref;
  }
  if (prev === null) insertHead(result, list);
  else insertAfter(result, prev, list);
  return result;
}

/** weakref___new__: `weakref.ref(ob[, callback])` and subclasses of it. */
function weakref_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  const npos = args.length - (kwnames?.length ?? 0);
  positional("__new__", args.slice(0, npos), null, 1, 2);
  const ob = args[0]!;
  const callbackArg = npos > 1 ? args[1]! : null;
  if (!typeSupportsWeakrefs(ob.ob_type)) {
    raise(PyExc_TypeError, `cannot create weak reference to '${ob.ob_type.tp_name}' object`);
  }
  ensureDeallocClearsWeakrefs(ob.ob_type);
  const callback = callbackArg === Py_None ? null : callbackArg;
  let list = weakrefList(ob);
  let { ref, proxy } = getBasicRefs(list);
  if (callback === null && type === PyWeakref_RefType && ref !== null) {
    Py_INCREF(ref);
    return ref;
  }
  const self = allocWeakrefSubtype(type);
  initWeakref(self, ob, callback);
  list = weakrefList(ob);
  if (callback === null && type === PyWeakref_RefType) {
    insertHead(self, list);
  } else {
    ({ ref, proxy } = getBasicRefs(list));
    const prev = proxy ?? ref;
    if (prev === null) insertHead(self, list);
    else insertAfter(self, prev, list);
  }
  return self;
}

/** PyType_GenericAlloc for weakref.ref and its subclasses (allocated and tracked). */
function allocWeakrefSubtype(type: PyType): PyWeakReference {
  const self = new PyWeakReference(type);
  if (type === PyWeakref_RefType) {
    gcAlloc(self, WEAKREF_BASICSIZE + 16);
  } else {
    if (type.tp_dictoffset !== 0) self.ob_dict = null;
    let nslots = 0;
    for (const t of type.tp_mro) if (t.ht_slots !== null) nslots += t.ht_slots.length;
    if (nslots > 0) self.ob_slots = new Array<PyObject | null>(nslots).fill(null);
    gcAlloc(self, instanceAllocSize(type));
    Py_INCREF(type);
  }
  PyObject_GC_Track(self);
  return self;
}

function weakref_init(_self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, "ref() takes no keyword arguments");
  positional("__init__", args, null, 1, 2);
}

// ---------------------------------------------------------------------------------------------
// deallocation, GC

function weakref_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  clear_weakref(o as PyWeakReference);
  gcFree(o);
}

function weakref_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const cb = (o as PyWeakReference).wr_callback;
  if (cb !== null) visit(cb);
}

function weakref_clear(o: PyObject): void {
  clear_weakref(o as PyWeakReference);
}

// ---------------------------------------------------------------------------------------------
// weakref.ReferenceType slots

function weakref_call(o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, "weakref() takes no keyword arguments");
  if (args.length !== 0) raise(PyExc_TypeError, `weakref expected 0 arguments, got ${args.length}`);
  return Py_NewRef((o as PyWeakReference).wr_object ?? Py_None);
}

function weakref_hash(o: PyObject): Hash {
  const wr = o as PyWeakReference;
  if (wr.hash !== null) return wr.hash;
  const obj = wr.wr_object;
  if (obj === null) raise(PyExc_TypeError, "weak object has gone away");
  Py_INCREF(obj);
  try {
    wr.hash = PyObject_Hash(obj);
  } finally {
    Py_DECREF(obj);
  }
  return wr.hash;
}

function weakref_repr(o: PyObject): PyObject {
  const wr = o as PyWeakReference;
  const obj = wr.wr_object;
  if (obj === null) return PyStr_FromString(`<weakref at ${addressHex(wr)}; dead>`);
  Py_INCREF(obj);
  try {
    // _PyObject_LookupSpecial: the type's __name__ attribute, bound (gh-99184: never the
    // instance's own attribute lookup).
    const name = lookupSpecial(obj, "__name__");
    try {
      const base = `<weakref at ${addressHex(wr)}; to '${obj.ob_type.tp_name}' at ${addressHex(obj)}`;
      if (name === null || !(name instanceof PyStr)) return PyStr_FromString(`${base}>`);
      return PyStr_FromString(`${base} (${name.value})>`);
    } finally {
      Py_XDECREF(name);
    }
  } finally {
    Py_DECREF(obj);
  }
}

function weakref_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if ((op !== 2 && op !== 3) || !PyWeakref_CheckRef(a) || !PyWeakref_CheckRef(b)) {
    return Py_NewRef(Py_NotImplemented);
  }
  const x = a.wr_object;
  const y = b.wr_object;
  if (x === null || y === null) {
    let res = a === b;
    if (op === 3) res = !res;
    return Py_NewRef(res ? Py_True : Py_False);
  }
  Py_INCREF(x);
  Py_INCREF(y);
  try {
    return PyObject_RichCompare(x, y, op);
  } finally {
    Py_DECREF(x);
    Py_DECREF(y);
  }
}

// ---------------------------------------------------------------------------------------------
// proxies

/** The live referent of a proxy as a new reference, or ReferenceError. */
function proxyReferent(proxy: PyObject): PyObject {
  const obj = (proxy as PyWeakReference).wr_object;
  if (obj === null) raise(PyExc_ReferenceError, "weakly-referenced object no longer exists");
  Py_INCREF(obj);
  return obj;
}

/** UNWRAP: a proxy argument becomes its referent (new reference); anything else is INCREF'd. */
function unwrap(o: PyObject): PyObject {
  if (PyWeakref_CheckProxy(o)) return proxyReferent(o);
  Py_INCREF(o);
  return o;
}

function wrapUnary(f: (o: PyObject) => PyObject): (o: PyObject) => PyObject {
  return (o) => {
    const x = unwrap(o);
    try {
      return f(x);
    } finally {
      Py_DECREF(x);
    }
  };
}

function wrapBinary(f: (a: PyObject, b: PyObject) => PyObject): (a: PyObject, b: PyObject) => PyObject {
  return (a, b) => {
    const x = unwrap(a);
    let y: PyObject;
    try {
      y = unwrap(b);
    } catch (e) {
      Py_DECREF(x);
      throw e;
    }
    try {
      return f(x, y);
    } finally {
      Py_DECREF(x);
      Py_DECREF(y);
    }
  };
}

function wrapTernary(
  f: (a: PyObject, b: PyObject, c: PyObject) => PyObject,
): (a: PyObject, b: PyObject, c: PyObject) => PyObject {
  return (a, b, c) => {
    const held: PyObject[] = [];
    try {
      held.push(unwrap(a));
      held.push(unwrap(b));
      held.push(unwrap(c));
      return f(held[0]!, held[1]!, held[2]!);
    } finally {
      for (const h of held) Py_DECREF(h);
    }
  };
}

function proxy_repr(o: PyObject): PyObject {
  const obj = (o as PyWeakReference).wr_object ?? Py_None;
  return PyStr_FromString(`<weakproxy at ${addressHex(o)} to ${obj.ob_type.tp_name} at ${addressHex(obj)}>`);
}

function proxy_setattr(o: PyObject, name: PyObject, v: PyObject | null): void {
  const obj = proxyReferent(o);
  try {
    PyObject_SetAttr(obj, name as PyStr, v);
  } finally {
    Py_DECREF(obj);
  }
}

function proxy_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  return wrapBinary((x, y) => PyObject_RichCompare(x, y, op))(a, b);
}

function proxy_bool(o: PyObject): boolean {
  const obj = proxyReferent(o);
  try {
    return PyObject_IsTrue(obj);
  } finally {
    Py_DECREF(obj);
  }
}

function proxy_contains(o: PyObject, v: PyObject): boolean {
  const obj = proxyReferent(o);
  try {
    return PySequence_Contains(obj, v);
  } finally {
    Py_DECREF(obj);
  }
}

function proxy_length(o: PyObject): number {
  const obj = proxyReferent(o);
  try {
    return PyObject_Size(obj);
  } finally {
    Py_DECREF(obj);
  }
}

function proxy_setitem(o: PyObject, key: PyObject, v: PyObject | null): void {
  const obj = proxyReferent(o);
  try {
    if (v === null) PyObject_DelItem(obj, key);
    else PyObject_SetItem(obj, key, v);
  } finally {
    Py_DECREF(obj);
  }
}

function proxy_iter(o: PyObject): PyObject {
  const obj = proxyReferent(o);
  try {
    return PyObject_GetIter(obj);
  } finally {
    Py_DECREF(obj);
  }
}

function proxy_iternext(o: PyObject): PyObject | null {
  const obj = proxyReferent(o);
  try {
    if (obj.ob_type.tp_iternext === null) {
      raise(PyExc_TypeError, `Weakref proxy referenced a non-iterator '${obj.ob_type.tp_name}' object`);
    }
    return PyIter_Next(obj);
  } finally {
    Py_DECREF(obj);
  }
}

function proxy_call(o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const obj = proxyReferent(o);
  try {
    return PyObject_Call(obj, args, kwnames);
  } finally {
    Py_DECREF(obj);
  }
}

function proxy_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  clear_weakref(o as PyWeakReference);
  gcFree(o);
}

function initProxyType(T: PyType, callable: boolean): void {
  T.tp_dealloc = proxy_dealloc;
  T.tp_traverse = weakref_traverse;
  T.tp_clear = weakref_clear;
  T.tp_repr = proxy_repr;
  T.tp_str = wrapUnary(PyObject_Str);
  T.tp_getattro = wrapBinary((x, y) => PyObject_GetAttr(x, y as PyStr));
  T.tp_setattro = proxy_setattr;
  T.tp_richcompare = proxy_richcompare;
  T.tp_hash = PyObject_HashNotImplemented;
  T.tp_iter = proxy_iter;
  T.tp_iternext = proxy_iternext;
  if (callable) T.tp_call = proxy_call;
  T.nb_add = wrapBinary(PyNumber_Add);
  T.nb_subtract = wrapBinary(PyNumber_Subtract);
  T.nb_multiply = wrapBinary(PyNumber_Multiply);
  T.nb_remainder = wrapBinary(PyNumber_Remainder);
  T.nb_divmod = wrapBinary(PyNumber_Divmod);
  T.nb_power = wrapTernary((a, b, c) => PyNumber_Power(a, b, c));
  T.nb_negative = wrapUnary(PyNumber_Negative);
  T.nb_positive = wrapUnary(PyNumber_Positive);
  T.nb_absolute = wrapUnary(PyNumber_Absolute);
  T.nb_bool = proxy_bool;
  T.nb_invert = wrapUnary(PyNumber_Invert);
  T.nb_lshift = wrapBinary(PyNumber_Lshift);
  T.nb_rshift = wrapBinary(PyNumber_Rshift);
  T.nb_and = wrapBinary(PyNumber_And);
  T.nb_xor = wrapBinary(PyNumber_Xor);
  T.nb_or = wrapBinary(PyNumber_Or);
  T.nb_int = wrapUnary(PyNumber_Long);
  T.nb_float = wrapUnary(PyNumber_Float);
  T.nb_inplace_add = wrapBinary(PyNumber_InPlaceAdd);
  T.nb_inplace_subtract = wrapBinary(PyNumber_InPlaceSubtract);
  T.nb_inplace_multiply = wrapBinary(PyNumber_InPlaceMultiply);
  T.nb_inplace_remainder = wrapBinary(PyNumber_InPlaceRemainder);
  T.nb_inplace_power = wrapTernary((a, b, c) => PyNumber_Power(a, b, c, true));
  T.nb_inplace_lshift = wrapBinary(PyNumber_InPlaceLshift);
  T.nb_inplace_rshift = wrapBinary(PyNumber_InPlaceRshift);
  T.nb_inplace_and = wrapBinary(PyNumber_InPlaceAnd);
  T.nb_inplace_xor = wrapBinary(PyNumber_InPlaceXor);
  T.nb_inplace_or = wrapBinary(PyNumber_InPlaceOr);
  T.nb_floor_divide = wrapBinary(PyNumber_FloorDivide);
  T.nb_true_divide = wrapBinary(PyNumber_TrueDivide);
  T.nb_inplace_floor_divide = wrapBinary(PyNumber_InPlaceFloorDivide);
  T.nb_inplace_true_divide = wrapBinary(PyNumber_InPlaceTrueDivide);
  T.nb_index = wrapUnary(PyNumber_Index);
  T.nb_matrix_multiply = wrapBinary(PyNumber_MatrixMultiply);
  T.nb_inplace_matrix_multiply = wrapBinary(PyNumber_InPlaceMatrixMultiply);
  T.sq_length = proxy_length;
  T.sq_contains = proxy_contains;
  T.mp_length = proxy_length;
  T.mp_subscript = wrapBinary(PyObject_GetItem);
  T.mp_ass_subscript = proxy_setitem;
  if (!callable) {
    defineMethods(T, {
      __bytes__: (self) => {
        const obj = proxyReferent(self!);
        try {
          return PyObject_CallMethod(obj, "__bytes__", []);
        } finally {
          Py_DECREF(obj);
        }
      },
      __reversed__: (self) => {
        const obj = proxyReferent(self!);
        try {
          return PyObject_CallMethod(obj, "__reversed__", []);
        } finally {
          Py_DECREF(obj);
        }
      },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// weak reference support for static types

/**
 * Static types whose instances CPython lets you weakly reference, by tp_name. Their deallocators
 * are wrapped (the first time a weak reference to one of their instances is made) so that weak
 * references are cleared before the object goes away, as CPython's deallocators do first.
 */
const WEAKREFABLE_STATIC_TYPES = new Set([
  "type",
  "function",
  "builtin_function_or_method",
  "method",
  "set",
  "frozenset",
  "module",
  "code",
  "generator",
  "coroutine",
  "async_generator",
]);

const wrappedDeallocs = new WeakSet<PyType>();

/** Gives the static types that support weak references in CPython a weak-reference list. */
export function enableStaticWeakrefs(types: readonly PyType[]): void {
  for (const t of types) {
    if (
      !t.hasFlag(TypeFlag.HEAPTYPE) &&
      WEAKREFABLE_STATIC_TYPES.has(t.tp_name) &&
      t.tp_weaklistoffset === 0
    ) {
      t.tp_weaklistoffset = 1;
    }
  }
}

/**
 * Makes sure instances of `t` clear their weak references when deallocated: heap types do it in
 * subtype_dealloc; the static base that actually frees the object gets a wrapper here.
 */
function ensureDeallocClearsWeakrefs(t: PyType): void {
  let base: PyType | null = t;
  while (base?.hasFlag(TypeFlag.HEAPTYPE)) base = base.tp_base;
  if (base === null || wrappedDeallocs.has(base)) return;
  if (base.tp_weaklistoffset === 0) return;
  wrappedDeallocs.add(base);
  const original = base.tp_dealloc;
  base.tp_dealloc = (o: PyObject) => {
    if (o.ob_weakrefs && o.ob_weakrefs.length > 0) PyObject_ClearWeakRefs(o);
    original(o);
  };
}

// ---------------------------------------------------------------------------------------------
// type setup

const R = PyWeakref_RefType;
R.tp_new = weakref_new;
R.tp_init = weakref_init;
R.tp_dealloc = weakref_dealloc;
R.tp_traverse = weakref_traverse;
R.tp_clear = weakref_clear;
R.tp_call = weakref_call;
R.tp_hash = weakref_hash;
R.tp_repr = weakref_repr;
R.tp_richcompare = weakref_richcompare;
defineGetSets(R, [
  {
    name: "__callback__",
    kind: "member",
    get: (o) => Py_NewRef((o as PyWeakReference).wr_callback ?? Py_None),
  },
]);
defineMethods(R, {
  __class_getitem__: { kind: "class", impl: Py_GenericAlias },
});
initProxyType(PyWeakref_ProxyType, false);
initProxyType(PyWeakref_CallableProxyType, true);

/** The weak references to `o` as a Python list (new reference): _weakref.getweakrefs. */
export function weakrefsAsArray(o: PyObject): PyObject[] {
  const refs = getWeakrefs(o).slice();
  for (const r of refs) Py_INCREF(r);
  return refs;
}
