/**
 * Wiring between the object layer's late-bound hooks (see docs/internals.md "Module cycles")
 * and the modules that implement them, plus the cycle collector's view of objects. Called once
 * by the interpreter's bootstrap, before the static types are readied.
 */
// Every builtin type module, for its type object (dict_views first: it must load before dict).
import "./dict_views.js";
import "./dict.js";
import "./bool.js";
import "./bytearray.js";
import "./bytes.js";
import "./complex.js";
import "./enumerate.js";
import "./filter.js";
import "./float.js";
import "./int.js";
import "./list.js";
import "./map.js";
import "./range.js";
import "./reversed.js";
import "./set.js";
import "./slice.js";
import "./str.js";
import "./tuple.js";
import "./zip.js";
import "./memoryview.js";
import "./code.js";
import "./cell.js";
import "./function.js";
import "./method.js";
import "./frame.js";
import "./traceback.js";
import "./generator.js";
import "./module.js";
import "./property.js";
import "./classmethod.js";
import { PyStaticMethod_New } from "./staticmethod.js";
import "./super.js";
import "./descriptors.js";
import "./namespace.js";
import "./structseq.js";
import "./weakref.js";

import { type GcObjectHooks, gc } from "../memory/gc.js";
import { registerWeakrefModule } from "../modules/_weakref.js";
import {
  appendGarbage,
  invokeGcCallbacks,
  PyErr_WriteUnraisable,
  registerGcModule,
  reportUnraisableFromObject,
  writeStderr,
} from "../modules/gc.js";
import { PyImport_ImportModule } from "../modules/importlib.js";
import { addressHex, iterateToArray, PyObject_Call, PyObject_IsTrue, setSeqIterFactory } from "./abstract.js";
import { PyBool_FromBool } from "./bool.js";
import {
  _PyDict_MaybeUntrack,
  dictItems,
  forEachSplitValueInKeyOrder,
  type PyDict,
  PyDict_Clear,
  PyDict_Type,
  SHARED_KEYS_BLOCK_SIZE,
} from "./dict.js";
import { PyErr_Format, PyExc_TypeError, raise, setExceptionHooks } from "./exceptions.js";
import { PyInt_FromHash, PyInt_FromNumber } from "./int.js";
import { PySeqIter_New } from "./iterobject.js";
import { type PyList, PyList_Append, PyList_New, PyList_Sort } from "./list.js";
import { setCFunctionGcHooks } from "./methods.js";
import { initSingletonTypes } from "./none.js";
import { Py_DECREF, Py_INCREF, type PyObject } from "./object.js";
import { PyStr_FromString } from "./str.js";
import {
  _PyTuple_MaybeUntrack,
  gcAlloc,
  gcFree,
  PyMem_Free,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PySequence_Tuple,
  PyTuple_Type,
  setContainerGCHooks,
} from "./tuple.js";
import { PyType, PyType_IsSubtype, PyType_Type, staticTypes, TypeFlag } from "./type.js";
import {
  PyType_Modified,
  releaseInstanceDict,
  removeSubclass,
  setClearWeakrefsHook,
  setDictEntriesHook,
  setExceptionFactory,
  setIntConstructors,
  setIterHook,
  setTypeObjectHooks,
  setUnraisableHook,
} from "./typeobject.js";
import {
  _PyWeakref_ClearRef,
  enableStaticWeakrefs,
  PyObject_ClearWeakRefs,
  type PyWeakReference,
  PyWeakref_Check,
  PyWeakref_NewRef,
  typeSupportsWeakrefs,
  weakrefHooks,
} from "./weakref.js";

let wired = false;

export function wireObjectHooks(): void {
  if (wired) return;
  wired = true;
  setIntConstructors(PyInt_FromNumber, PyInt_FromHash);
  initSingletonTypes(PyStr_FromString, (msg) => raise(PyExc_TypeError, msg));
  setExceptionFactory(PyErr_Format);
  setIterHook((o) => {
    const items = iterateToArray(o);
    for (const x of items) Py_DECREF(x); // borrowed view: the iterable keeps them alive
    return items;
  });
  setDictEntriesHook((d: PyDict) => dictItems(d));
  setTypeObjectHooks({
    importModule: PyImport_ImportModule,
    list: (items) => PyList_New(items),
    listSort: (l) => PyList_Sort(l as PyList),
    listAppend: (l, v) => PyList_Append(l as PyList, v),
    weakref: (o) => PyWeakref_NewRef(o, null),
    staticMethod: PyStaticMethod_New,
    itemCount: (o) => {
      const items = (o as { items?: unknown[] }).items;
      return Array.isArray(items) ? items.length : 0;
    },
  });
  setSeqIterFactory(PySeqIter_New);
  setCFunctionGcHooks({ alloc: gcAlloc, track: PyObject_GC_Track, untrack: PyObject_GC_UnTrack });
  setExceptionHooks({
    tupleFromIterable: (o) => PySequence_Tuple(o),
    bool: PyBool_FromBool,
    isTrue: PyObject_IsTrue,
  });
  wireCycleCollector();
}

/** Connects the containers' track/untrack calls and the collector's object hooks. */
function wireCycleCollector(): void {
  setContainerGCHooks({
    track: (o) => {
      if (!typeDeallocInstalled && o instanceof PyType) installTypeDealloc();
      gc.track(o);
    },
    untrack: (o) => gc.untrack(o),
    isTracked: (o) => gc.isTracked(o),
    gcLinked: () => gc.linked(),
    gcUnlinked: (o) => gc.unlinked(o),
  });
  enableStaticWeakrefs(staticTypes);
  setClearWeakrefsHook(PyObject_ClearWeakRefs);
  setUnraisableHook(reportUnraisableFromObject);
  weakrefHooks.writeUnraisable = PyErr_WriteUnraisable;
  registerGcModule();
  registerWeakrefModule();
  const hooks: GcObjectHooks = {
    traverse: gcTraverse,
    clear: gcClear,
    hasFinalizer: (o) => o.ob_type.tp_finalize !== null,
    finalize: (o) => o.ob_type.tp_finalize!(o),
    maybeUntrackTuple: (o) => {
      if (o.ob_type === PyTuple_Type) _PyTuple_MaybeUntrack(o);
    },
    maybeUntrackDict: (o) => {
      if (o.ob_type === PyDict_Type) _PyDict_MaybeUntrack(o);
    },
    clearWeakrefs: gcClearWeakrefs,
    callWeakrefCallback: (weakref, callback) => {
      Py_DECREF(PyObject_Call(callback, [weakref], null));
    },
    incref: Py_INCREF,
    decref: Py_DECREF,
    reportError: (e, where, obj) => {
      if (where === "finalizer" && obj !== null) reportUnraisableFromObject(e, obj);
      else if (where === "tp_clear" && obj !== null) PyErr_WriteUnraisable(e, obj.ob_type, "in tp_clear of");
      else PyErr_WriteUnraisable(e, obj);
    },
    runCallbacks: (phase, info) => {
      if (phase === "start" && GC_CHECK) checkTraverseConsistency();
      invokeGcCallbacks(phase, info);
    },
    appendGarbage,
    debugPrint: (line) => writeStderr(`${line}\n`),
    describe: (o: PyObject) => `${o.ob_type.tp_name} ${addressHex(o)}`,
  };
  gc.hooks = hooks;
}

/**
 * HEAPSTACK_GC_CHECK=1: before every collection, check that no tracked object is visited by
 * more tracked objects' tp_traverse than its reference count allows (CPython asserts
 * gc_refs >= 0 in debug builds). A violation means a traverse visits a reference its object
 * does not own, or a count is missing an INCREF: the collector could then free a live object.
 */
const GC_CHECK = typeof process !== "undefined" && process.env?.HEAPSTACK_GC_CHECK === "1";

function checkTraverseConsistency(): void {
  const visits = new Map<PyObject, number>();
  const all = gc.objects(null);
  for (const o of gc.permanent) all.push(o);
  for (const o of all) {
    gcTraverse(o, (child) => {
      if (gc.isTracked(child)) visits.set(child, (visits.get(child) ?? 0) + 1);
    });
  }
  for (const [o, n] of visits) {
    if (n > o.ob_refcnt) {
      process.stderr.write(
        `heapstack gc check: ${o.ob_type.tp_name} at ${addressHex(o)} visited ${n} times, refcount ${o.ob_refcnt}\n`,
      );
    }
  }
}

let typeDeallocInstalled = false;

/**
 * Makes classes (heap types) deallocate like CPython's type_dealloc: untrack, unlink from the
 * bases' subclass lists, clear weak references, release the __dict__ and the bases, free. It is
 * installed the first time a class is tracked — after the static types are readied, which sets
 * `type`'s own deallocator; static types themselves are never freed.
 */
function installTypeDealloc(): void {
  typeDeallocInstalled = true;
  const staticDealloc = PyType_Type.tp_dealloc;
  PyType_Type.tp_dealloc = (o) => {
    if (!(o instanceof PyType) || !o.hasFlag(TypeFlag.HEAPTYPE)) {
      staticDealloc(o);
      return;
    }
    type_dealloc(o);
  };
}

function type_dealloc(t: PyType): void {
  gc.untrack(t);
  // from the end of each list: object's starts with every static type, and classes die young
  for (const b of t.tp_bases) removeSubclass(b, t);
  const subclasses = t.ht_subclasses_dict;
  t.ht_subclasses_dict = null;
  if (subclasses !== null) Py_DECREF(subclasses);
  if (t.ob_weakrefs && t.ob_weakrefs.length > 0) PyObject_ClearWeakRefs(t);
  // CPython's order: tp_base, tp_dict, tp_bases, tp_mro.
  const base = t.tp_base;
  const dict = t.tp_dict;
  const bases = t.tp_bases_obj;
  const mro = t.tp_mro_obj;
  t.tp_dict = null;
  t.tp_bases_obj = null;
  t.tp_mro_obj = null;
  t.tp_bases = [];
  t.lookupCache.clear();
  if (base !== null) Py_DECREF(base);
  if (dict !== null) Py_DECREF(dict);
  if (bases !== null) Py_DECREF(bases);
  if (mro !== null) Py_DECREF(mro);
  if (t.ht_doc_addr !== 0) {
    PyMem_Free(t.ht_doc_addr, t.ht_doc_size);
    t.ht_doc_addr = 0;
  }
  const slots = t.ht_slots_obj;
  t.ht_slots_obj = null;
  if (slots !== null) Py_DECREF(slots);
  if (t.ht_cached_keys_addr !== 0) {
    PyMem_Free(t.ht_cached_keys_addr, SHARED_KEYS_BLOCK_SIZE);
    t.ht_cached_keys_addr = 0;
  }
  gcFree(t);
}

/** The nearest static (non-heap) base of a heap type: whose slots really hold the instance's state. */
function staticBase(t: PyType): PyType | null {
  let base: PyType | null = t;
  while (base?.hasFlag(TypeFlag.HEAPTYPE)) base = base.tp_base;
  return base;
}

/**
 * tp_traverse as the collector sees it: subtype_traverse for instances of heap types (their
 * __slots__ values, their __dict__ unless the static base owns it, their type, then the static
 * base's traverse), type_traverse for classes, the type's own slot otherwise.
 */
function gcTraverse(o: PyObject, visit: (child: PyObject) => void): void {
  const type = o.ob_type;
  if (type.hasFlag(TypeFlag.HEAPTYPE)) {
    const base = staticBase(type);
    const slots = o.ob_slots;
    if (slots) for (const v of slots) if (v) visit(v);
    const d = o.ob_dict;
    if (d && (base === null || type.tp_dictoffset !== base.tp_dictoffset)) {
      // A managed dict not yet materialized: the instance references its values directly.
      if (gc.isInlineValues(d))
        forEachSplitValueInKeyOrder((d as PyDict).ma_split!, (d as PyDict).ma_keys, visit);
      else visit(d);
    }
    visit(type);
    if (base !== null) baseTraverse(base, o, visit);
    return;
  }
  baseTraverse(type, o, visit);
}

function baseTraverse(base: PyType, o: PyObject, visit: (child: PyObject) => void): void {
  // (the flag first: it is one read, while instanceof walks the prototype chain of every kind
  // of object the collector visits)
  if (base.hasFlag(TypeFlag.TYPE_SUBCLASS) && o instanceof PyType) {
    typeTraverse(o, visit);
    return;
  }
  const t = base.tp_traverse;
  if (t !== null) t(o, visit);
}

/** type_traverse: a class references its __dict__, MRO and bases tuples and its base (static types are not GC objects). */
function typeTraverse(t: PyType, visit: (child: PyObject) => void): void {
  if (!t.hasFlag(TypeFlag.HEAPTYPE)) return;
  if (t.tp_dict !== null) visit(t.tp_dict);
  if (t.tp_mro_obj !== null) visit(t.tp_mro_obj);
  if (t.tp_bases_obj !== null) visit(t.tp_bases_obj);
  if (t.tp_base !== null) visit(t.tp_base);
}

/** tp_clear as the collector sees it: subtype_clear (slots, __dict__, then the static base's clear), type_clear. */
function gcClear(o: PyObject): void {
  const type = o.ob_type;
  let base: PyType | null = type;
  if (type.hasFlag(TypeFlag.HEAPTYPE)) {
    base = staticBase(type);
    const slots = o.ob_slots;
    if (slots) {
      for (let i = 0; i < slots.length; i++) {
        const v = slots[i];
        if (v) {
          slots[i] = null;
          Py_DECREF(v);
        }
      }
    }
    if (o.ob_dict && (base === null || type.tp_dictoffset !== base.tp_dictoffset)) {
      const d = o.ob_dict;
      o.ob_dict = null;
      releaseInstanceDict(o, d);
    }
  }
  if (base === null) return;
  if (o instanceof PyType && (base === PyType_Type || PyType_IsSubtype(base, PyType_Type))) {
    // type_clear: empty the class __dict__ (the MRO is not an object here).
    // type_clear: empties the dict and drops the MRO tuple (whose first item is the class).
    if (o.hasFlag(TypeFlag.HEAPTYPE)) {
      PyType_Modified(o);
      if (o.tp_dict !== null) PyDict_Clear(o.tp_dict);
      const mro = o.tp_mro_obj;
      o.tp_mro_obj = null;
      if (mro !== null) Py_DECREF(mro);
    }
    return;
  }
  const c = base.tp_clear;
  if (c !== null) c(o);
}

/**
 * handle_weakrefs, for one unreachable object: a weak reference that is itself garbage loses its
 * referent; every weak reference to `o` is cleared, and those with a callback that are not
 * garbage themselves are returned so the collector can call them once all are cleared.
 */
function gcClearWeakrefs(
  o: PyObject,
  isGarbage: (wr: PyObject) => boolean,
): { weakref: PyObject; callback: PyObject }[] {
  if (PyWeakref_Check(o)) _PyWeakref_ClearRef(o);
  const out: { weakref: PyObject; callback: PyObject }[] = [];
  if (!typeSupportsWeakrefs(o.ob_type)) return out;
  for (let list = o.ob_weakrefs; list && list.length > 0; list = o.ob_weakrefs) {
    const wr = list[0] as PyWeakReference;
    _PyWeakref_ClearRef(wr);
    if (wr.wr_callback === null) continue;
    if (isGarbage(wr)) continue;
    out.push({ weakref: wr, callback: wr.wr_callback });
  }
  return out;
}
