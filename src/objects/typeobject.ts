/**
 * The type system's behaviour (CPython's Objects/typeobject.c): readying builtin types,
 * attribute lookup along the MRO, generic attribute access, calling a type, creating classes
 * (`type_new`) and dispatching slots to dunder methods defined in Python.
 */

import { mangle } from "../compiler/mangle.js";
import { CmpOp } from "../compiler/opcodes.js";
import { realAddress } from "../memory/allocator.js";
import { gc } from "../memory/gc.js";
import { heap, noteChanged } from "../memory/heap.js";
import { madeAtStartup } from "../memory/startup.js";
import { tstate } from "../vm/state.js";
import {
  defaultRepr,
  exactLength,
  lengthObject,
  lookupSpecial,
  Py_EnterRecursiveCall,
  Py_LeaveRecursiveCall,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  PyObject_Call,
  PyObject_GetAttrString,
  PyObject_Hash,
  PyObject_HashNotImplemented,
  PyObject_IsTrue,
  PyObject_LookupAttrString,
  PyObject_Str,
  reprOf,
  typeQualifiedName,
} from "./abstract.js";
import { oneArg } from "./args.js";
import { Py_False, Py_True, PyBool_FromBool } from "./bool.js";
import { methodOwners, staticTypeDoc, staticTypeOffsets } from "./builtin_docs.js";
import { encodeString } from "./codecs.js";
import {
  _PyDict_MaterializeInline,
  _PyDict_NewInlineValues,
  _PyDict_NewWithSharedKeys,
  dict_vectorcall,
  dictItems,
  PyDict,
  PyDict_Copy,
  PyDict_DelItem,
  PyDict_DelItemString,
  PyDict_GetItem,
  PyDict_GetItemString,
  PyDict_GetItemWithError,
  PyDict_New,
  PyDict_SetItem,
  PyDict_SetItemString,
  PyDict_Type,
  SHARED_KEYS_BLOCK_SIZE,
  SHARED_KEYS_MAX_SIZE,
  sharedKeysCanTake,
} from "./dict.js";
import {
  exceptionMatches,
  isPyException,
  PyBaseException,
  PyErr_Format,
  PyExc_AttributeError,
  PyExc_OverflowError,
  PyExc_RuntimeError,
  PyExc_StopIteration,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
  setAttributeErrorContext,
} from "./exceptions.js";
import { PyInt, PyInt_FromNumber } from "./int.js";
import type { PyList } from "./list.js";
import {
  cfunction_dealloc,
  defineGetSets,
  defineMethods,
  type GetSetDef,
  type MethodDef,
  type NativeImpl,
  PyCFunction,
  PyCFunction_New,
  PyCFunction_Type,
  PyClassMethodDescr_Type,
  PyMethodDescr,
  PyMethodDescr_Type,
  pendingClassValues,
  pendingGetSets,
  pendingMethods,
} from "./methods.js";
import { PyModule_Type } from "./module.js";
import { Py_Ellipsis, Py_None, Py_NotImplemented } from "./none.js";
import {
  allocateObject,
  freeObject,
  notifyAlloc,
  notifyFree,
  objectFree,
  objectMalloc,
  Py_DECREF,
  Py_INCREF,
  Py_NewRef,
  Py_XDECREF,
  PyInstance,
  PyObject,
} from "./object.js";
import { _Py_HashPointer, hashFromBigInt } from "./pyhash.js";
import type { Hash } from "./slots_types.js";
import { argTypeName, Interned, PyStr, PyStr_FromString, PyStr_InternFromString, PyStr_Type } from "./str.js";
import {
  _PyObject_GC_MAY_BE_TRACKED,
  _PyTuple_TemporaryArgs,
  containerHooks,
  gcAlloc,
  gcFree,
  getBuiltin,
  PyMem_Free,
  PyMem_Malloc,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PySequence_Tuple,
  PyTuple,
  PyTuple_FromArray,
  PyTuple_New,
  PyTuple_Pack,
  PyTuple_Type,
} from "./tuple.js";
import {
  newStaticType,
  PyBaseObject_Type,
  PyType,
  PyType_IsSubtype,
  PyType_Type,
  staticTypes,
  TypeFlag,
} from "./type.js";
import { typeCacheInvalidate, typeCacheNoteLookup } from "./type_cache.js";
import { strIsIdentifier } from "./unicode_data.js";

// ---------------------------------------------------------------------------------------------
// MRO lookup

export function dictGetStr(d: PyDict, s: string): PyObject | null {
  return PyDict_GetItemString(d, s);
}

/** Finds `name` in the dicts along t's MRO (borrowed reference or null). Cached per type. */
export function _PyType_Lookup(t: PyType, name: PyStr): PyObject | null {
  if (name.ob_type !== PyStr_Type) return typeLookupString(t, name.value);
  if (name.interned !== Interned.IMMORTAL) typeCacheNoteLookup(t, name);
  const hit = t.lookupCache.get(name.value);
  return hit !== undefined ? hit : lookupAlongMro(t, name.value, name);
}

export function typeLookupString(t: PyType, name: string): PyObject | null {
  const hit = t.lookupCache.get(name);
  return hit !== undefined ? hit : lookupAlongMro(t, name, null);
}

/**
 * A cache miss: probes the MRO's dicts and caches what it finds under `key`. With `str` (an exact
 * str, whose hash is cached, so no Python code runs to hash or compare) the dicts are probed
 * with the object itself, else with the JS string.
 */
function lookupAlongMro(t: PyType, key: string, str: PyStr | null): PyObject | null {
  let found: PyObject | null = null;
  const mro = t.tp_mro.length > 0 ? t.tp_mro : [t];
  for (let i = 0; i < mro.length; i++) {
    const d = mro[i]!.tp_dict;
    if (d === null) continue;
    const v = str !== null ? PyDict_GetItem(d, str) : PyDict_GetItemString(d, key);
    if (v !== null) {
      found = v;
      break;
    }
  }
  t.lookupCache.set(key, found);
  return found;
}

/**
 * Per attribute name, a counter that moves whenever a class's own dict sets or deletes that
 * name: the VM's attribute caches for the name check it besides the type's version tag, so
 * `Cls.count += 1` forgets the caches of `count` only, not every cached attribute of the class
 * and its subclasses (CPython's PyType_Modified would invalidate them all; what a lookup finds
 * is the same either way).
 */
export interface AttrNameVersion {
  v: number;
}
const attrNameVersions = new Map<string, AttrNameVersion>();

/** The version counter of an attribute name (made on first use). */
export function attrNameVersion(name: string): AttrNameVersion {
  let b = attrNameVersions.get(name);
  if (b === undefined) {
    b = { v: 0 };
    attrNameVersions.set(name, b);
  }
  return b;
}

/**
 * One name of `t`'s own dict was set or deleted (type_setattro): only lookups of that name can
 * change, in `t` and its subclasses, so only they are forgotten, and the name's version moves
 * (the VM's caches of other names stay valid).
 */
function PyType_ModifiedName(t: PyType, name: string): void {
  const b = attrNameVersions.get(name);
  if (b !== undefined) b.v++;
  forgetLookups(t, name);
  typeCacheInvalidate(t);
}

function forgetLookups(t: PyType, name: string): void {
  // Overwritten, not deleted: a V8 Map leaves a hole per delete and rehashes every entry once
  // holes fill it, so `Cls.count += 1` (a delete and a set per run) cost ~0.5 us in rehashing.
  if (t.lookupCache.get(name) !== undefined) t.lookupCache.set(name, undefined);
  const subs = t.tp_subclasses;
  for (let i = 0; i < subs.length; i++) forgetLookups(subs[i]!, name);
}

/** Invalidates lookup caches of `t` and every subclass (CPython's PyType_Modified). */
export function PyType_Modified(t: PyType): void {
  t.lookupCache.clear();
  t.ht_subclass_slots = null;
  t.tp_version_tag++;
  typeCacheInvalidate(t);
  for (const sub of t.tp_subclasses) PyType_Modified(sub);
}

// ---------------------------------------------------------------------------------------------
// Readying builtin types

export function PyType_Ready(t: PyType): void {
  if (t.tp_ready) return;
  t.tp_ready = true;
  // Historically, all static types were immutable (bpo-43908): abc's register() must not give
  // bytearray the SEQUENCE flag a match statement reads, for one.
  if (!t.hasFlag(TypeFlag.HEAPTYPE)) t.tp_flags |= TypeFlag.IMMUTABLETYPE;
  if (t.tp_base === null && t !== PyBaseObject_Type) t.tp_base = PyBaseObject_Type;
  if (t.tp_base !== null) PyType_Ready(t.tp_base);
  if (t.ob_type === null) t.ob_type = PyType_Type;
  if (t.tp_bases.length === 0 && t.tp_base !== null) t.tp_bases = [t.tp_base];
  for (const b of t.tp_bases) if (!b.tp_subclasses.includes(t)) b.tp_subclasses.push(t);
  if (t.tp_mro.length === 0) t.tp_mro = computeMro(t);
  const ownSlots = snapshotOwnSlots(t);
  if (t.tp_dict === null) t.tp_dict = PyDict_New();
  addOperators(t, ownSlots);
  addMethods(t);
  addGetSets(t);
  addClassValues(t);
  if (t.tp_doc !== null && PyDict_GetItemString(t.tp_dict, "__doc__") === null) {
    const doc = PyStr_FromString(t.tp_doc);
    PyDict_SetItemString(t.tp_dict, "__doc__", doc);
    Py_DECREF(doc);
  } else if (PyDict_GetItemString(t.tp_dict, "__doc__") === null) {
    PyDict_SetItemString(t.tp_dict, "__doc__", Py_None);
  }
  inheritSlots(t);
  if (t.tp_hash === PyObject_HashNotImplemented && PyDict_GetItemString(t.tp_dict, "__hash__") === null) {
    PyDict_SetItemString(t.tp_dict, "__hash__", Py_None);
  }
  t.lookupCache.clear();
  if (staticSubclassRefsMade) addStaticSubclassRefs(t);
}

function computeMro(t: PyType): PyType[] {
  if (t.tp_bases.length <= 1) {
    const out: PyType[] = [t];
    if (t.tp_base !== null)
      out.push(...(t.tp_base.tp_mro.length > 0 ? t.tp_base.tp_mro : computeMro(t.tp_base)));
    return out;
  }
  return c3Merge(t);
}

/** C3 linearization with CPython's error message on failure. */
function c3Merge(t: PyType): PyType[] {
  // One base: the class, then the base's MRO (what the merge gives; CPython's shortcut too).
  if (t.tp_bases.length === 1 && t.tp_bases[0]!.tp_mro.length > 0) return [t, ...t.tp_bases[0]!.tp_mro];
  // check_duplicates
  t.tp_bases.forEach((b, i) => {
    if (t.tp_bases.indexOf(b, i + 1) > 0) raise(PyExc_TypeError, `duplicate base class ${b.tp_name}`);
  });
  const seqs: PyType[][] = t.tp_bases.map((b) => [...b.tp_mro]);
  seqs.push([...t.tp_bases]);
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let candidate: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0]!;
      if (!nonEmpty.some((other) => other.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) {
      const heads: string[] = [];
      for (const s of nonEmpty) {
        const n = s[0]!.ht_qualname;
        if (!heads.includes(n)) heads.push(n);
      }
      raise(
        PyExc_TypeError,
        `Cannot create a consistent method resolution\norder (MRO) for bases ${heads.join(", ")}`,
      );
    }
    out.push(candidate);
    for (const s of nonEmpty) if (s[0] === candidate) s.shift();
  }
}

type SlotName = keyof PyType &
  (`tp_${string}` | `nb_${string}` | `sq_${string}` | `mp_${string}` | `am_${string}`);

export const INHERITED_SLOTS: SlotName[] = [
  "tp_repr",
  "tp_str",
  "tp_call",
  "tp_getattro",
  "tp_setattro",
  "tp_iter",
  "tp_iternext",
  "tp_descr_get",
  "tp_descr_set",
  "tp_init",
  "tp_new",
  "tp_traverse",
  "tp_clear",
  "tp_finalize",
  "nb_add",
  "nb_subtract",
  "nb_multiply",
  "nb_remainder",
  "nb_divmod",
  "nb_power",
  "nb_negative",
  "nb_positive",
  "nb_absolute",
  "nb_bool",
  "nb_invert",
  "nb_lshift",
  "nb_rshift",
  "nb_and",
  "nb_xor",
  "nb_or",
  "nb_int",
  "nb_float",
  "nb_inplace_add",
  "nb_inplace_subtract",
  "nb_inplace_multiply",
  "nb_inplace_remainder",
  "nb_inplace_power",
  "nb_inplace_lshift",
  "nb_inplace_rshift",
  "nb_inplace_and",
  "nb_inplace_xor",
  "nb_inplace_or",
  "nb_floor_divide",
  "nb_true_divide",
  "nb_inplace_floor_divide",
  "nb_inplace_true_divide",
  "nb_index",
  "nb_matrix_multiply",
  "nb_inplace_matrix_multiply",
  "sq_length",
  "sq_concat",
  "sq_repeat",
  "sq_item",
  "sq_ass_item",
  "sq_contains",
  "sq_inplace_concat",
  "sq_inplace_repeat",
  "mp_length",
  "mp_subscript",
  "mp_ass_subscript",
  "am_await",
  "am_aiter",
  "am_anext",
];

/**
 * The slots a builtin type defines itself (INHERITED_SLOTS, tp_hash and tp_richcompare) and their
 * functions, read field by field like copyInheritedSlots (keep the lists alike).
 */
export function snapshotOwnSlots(t: PyType): Map<string, unknown> {
  const own = new Map<string, unknown>();
  if (t.tp_repr !== null) own.set("tp_repr", t.tp_repr);
  if (t.tp_str !== null) own.set("tp_str", t.tp_str);
  if (t.tp_call !== null) own.set("tp_call", t.tp_call);
  if (t.tp_getattro !== null) own.set("tp_getattro", t.tp_getattro);
  if (t.tp_setattro !== null) own.set("tp_setattro", t.tp_setattro);
  if (t.tp_iter !== null) own.set("tp_iter", t.tp_iter);
  if (t.tp_iternext !== null) own.set("tp_iternext", t.tp_iternext);
  if (t.tp_descr_get !== null) own.set("tp_descr_get", t.tp_descr_get);
  if (t.tp_descr_set !== null) own.set("tp_descr_set", t.tp_descr_set);
  if (t.tp_init !== null) own.set("tp_init", t.tp_init);
  if (t.tp_new !== null) own.set("tp_new", t.tp_new);
  if (t.tp_traverse !== null) own.set("tp_traverse", t.tp_traverse);
  if (t.tp_clear !== null) own.set("tp_clear", t.tp_clear);
  if (t.tp_finalize !== null) own.set("tp_finalize", t.tp_finalize);
  if (t.nb_add !== null) own.set("nb_add", t.nb_add);
  if (t.nb_subtract !== null) own.set("nb_subtract", t.nb_subtract);
  if (t.nb_multiply !== null) own.set("nb_multiply", t.nb_multiply);
  if (t.nb_remainder !== null) own.set("nb_remainder", t.nb_remainder);
  if (t.nb_divmod !== null) own.set("nb_divmod", t.nb_divmod);
  if (t.nb_power !== null) own.set("nb_power", t.nb_power);
  if (t.nb_negative !== null) own.set("nb_negative", t.nb_negative);
  if (t.nb_positive !== null) own.set("nb_positive", t.nb_positive);
  if (t.nb_absolute !== null) own.set("nb_absolute", t.nb_absolute);
  if (t.nb_bool !== null) own.set("nb_bool", t.nb_bool);
  if (t.nb_invert !== null) own.set("nb_invert", t.nb_invert);
  if (t.nb_lshift !== null) own.set("nb_lshift", t.nb_lshift);
  if (t.nb_rshift !== null) own.set("nb_rshift", t.nb_rshift);
  if (t.nb_and !== null) own.set("nb_and", t.nb_and);
  if (t.nb_xor !== null) own.set("nb_xor", t.nb_xor);
  if (t.nb_or !== null) own.set("nb_or", t.nb_or);
  if (t.nb_int !== null) own.set("nb_int", t.nb_int);
  if (t.nb_float !== null) own.set("nb_float", t.nb_float);
  if (t.nb_inplace_add !== null) own.set("nb_inplace_add", t.nb_inplace_add);
  if (t.nb_inplace_subtract !== null) own.set("nb_inplace_subtract", t.nb_inplace_subtract);
  if (t.nb_inplace_multiply !== null) own.set("nb_inplace_multiply", t.nb_inplace_multiply);
  if (t.nb_inplace_remainder !== null) own.set("nb_inplace_remainder", t.nb_inplace_remainder);
  if (t.nb_inplace_power !== null) own.set("nb_inplace_power", t.nb_inplace_power);
  if (t.nb_inplace_lshift !== null) own.set("nb_inplace_lshift", t.nb_inplace_lshift);
  if (t.nb_inplace_rshift !== null) own.set("nb_inplace_rshift", t.nb_inplace_rshift);
  if (t.nb_inplace_and !== null) own.set("nb_inplace_and", t.nb_inplace_and);
  if (t.nb_inplace_xor !== null) own.set("nb_inplace_xor", t.nb_inplace_xor);
  if (t.nb_inplace_or !== null) own.set("nb_inplace_or", t.nb_inplace_or);
  if (t.nb_floor_divide !== null) own.set("nb_floor_divide", t.nb_floor_divide);
  if (t.nb_true_divide !== null) own.set("nb_true_divide", t.nb_true_divide);
  if (t.nb_inplace_floor_divide !== null) own.set("nb_inplace_floor_divide", t.nb_inplace_floor_divide);
  if (t.nb_inplace_true_divide !== null) own.set("nb_inplace_true_divide", t.nb_inplace_true_divide);
  if (t.nb_index !== null) own.set("nb_index", t.nb_index);
  if (t.nb_matrix_multiply !== null) own.set("nb_matrix_multiply", t.nb_matrix_multiply);
  if (t.nb_inplace_matrix_multiply !== null)
    own.set("nb_inplace_matrix_multiply", t.nb_inplace_matrix_multiply);
  if (t.sq_length !== null) own.set("sq_length", t.sq_length);
  if (t.sq_concat !== null) own.set("sq_concat", t.sq_concat);
  if (t.sq_repeat !== null) own.set("sq_repeat", t.sq_repeat);
  if (t.sq_item !== null) own.set("sq_item", t.sq_item);
  if (t.sq_ass_item !== null) own.set("sq_ass_item", t.sq_ass_item);
  if (t.sq_contains !== null) own.set("sq_contains", t.sq_contains);
  if (t.sq_inplace_concat !== null) own.set("sq_inplace_concat", t.sq_inplace_concat);
  if (t.sq_inplace_repeat !== null) own.set("sq_inplace_repeat", t.sq_inplace_repeat);
  if (t.mp_length !== null) own.set("mp_length", t.mp_length);
  if (t.mp_subscript !== null) own.set("mp_subscript", t.mp_subscript);
  if (t.mp_ass_subscript !== null) own.set("mp_ass_subscript", t.mp_ass_subscript);
  if (t.am_await !== null) own.set("am_await", t.am_await);
  if (t.am_aiter !== null) own.set("am_aiter", t.am_aiter);
  if (t.am_anext !== null) own.set("am_anext", t.am_anext);
  if (t.tp_hash !== null) own.set("tp_hash", t.tp_hash);
  if (t.tp_richcompare !== null) own.set("tp_richcompare", t.tp_richcompare);
  return own;
}

/**
 * inheritSlots' copy of every INHERITED_SLOTS entry the type leaves null, written out field by
 * field (keep the two lists alike): a keyed access (`t[slot]`) to one of a type object's hundred
 * fields costs V8 about a hundred times a named one, which made this loop a tenth of a class
 * statement. `inheritNew` false: tp_new stays null (see inheritSlots).
 */
export function copyInheritedSlots(t: PyType, b: PyType, inheritNew: boolean): void {
  if (t.tp_repr === null) t.tp_repr = b.tp_repr;
  if (t.tp_str === null) t.tp_str = b.tp_str;
  if (t.tp_call === null) t.tp_call = b.tp_call;
  if (t.tp_getattro === null) t.tp_getattro = b.tp_getattro;
  if (t.tp_setattro === null) t.tp_setattro = b.tp_setattro;
  if (t.tp_iter === null) t.tp_iter = b.tp_iter;
  if (t.tp_iternext === null) t.tp_iternext = b.tp_iternext;
  if (t.tp_descr_get === null) t.tp_descr_get = b.tp_descr_get;
  if (t.tp_descr_set === null) t.tp_descr_set = b.tp_descr_set;
  if (t.tp_init === null) t.tp_init = b.tp_init;
  if (t.tp_new === null && inheritNew) t.tp_new = b.tp_new;
  if (t.tp_traverse === null) t.tp_traverse = b.tp_traverse;
  if (t.tp_clear === null) t.tp_clear = b.tp_clear;
  if (t.tp_finalize === null) t.tp_finalize = b.tp_finalize;
  if (t.nb_add === null) t.nb_add = b.nb_add;
  if (t.nb_subtract === null) t.nb_subtract = b.nb_subtract;
  if (t.nb_multiply === null) t.nb_multiply = b.nb_multiply;
  if (t.nb_remainder === null) t.nb_remainder = b.nb_remainder;
  if (t.nb_divmod === null) t.nb_divmod = b.nb_divmod;
  if (t.nb_power === null) t.nb_power = b.nb_power;
  if (t.nb_negative === null) t.nb_negative = b.nb_negative;
  if (t.nb_positive === null) t.nb_positive = b.nb_positive;
  if (t.nb_absolute === null) t.nb_absolute = b.nb_absolute;
  if (t.nb_bool === null) t.nb_bool = b.nb_bool;
  if (t.nb_invert === null) t.nb_invert = b.nb_invert;
  if (t.nb_lshift === null) t.nb_lshift = b.nb_lshift;
  if (t.nb_rshift === null) t.nb_rshift = b.nb_rshift;
  if (t.nb_and === null) t.nb_and = b.nb_and;
  if (t.nb_xor === null) t.nb_xor = b.nb_xor;
  if (t.nb_or === null) t.nb_or = b.nb_or;
  if (t.nb_int === null) t.nb_int = b.nb_int;
  if (t.nb_float === null) t.nb_float = b.nb_float;
  if (t.nb_inplace_add === null) t.nb_inplace_add = b.nb_inplace_add;
  if (t.nb_inplace_subtract === null) t.nb_inplace_subtract = b.nb_inplace_subtract;
  if (t.nb_inplace_multiply === null) t.nb_inplace_multiply = b.nb_inplace_multiply;
  if (t.nb_inplace_remainder === null) t.nb_inplace_remainder = b.nb_inplace_remainder;
  if (t.nb_inplace_power === null) t.nb_inplace_power = b.nb_inplace_power;
  if (t.nb_inplace_lshift === null) t.nb_inplace_lshift = b.nb_inplace_lshift;
  if (t.nb_inplace_rshift === null) t.nb_inplace_rshift = b.nb_inplace_rshift;
  if (t.nb_inplace_and === null) t.nb_inplace_and = b.nb_inplace_and;
  if (t.nb_inplace_xor === null) t.nb_inplace_xor = b.nb_inplace_xor;
  if (t.nb_inplace_or === null) t.nb_inplace_or = b.nb_inplace_or;
  if (t.nb_floor_divide === null) t.nb_floor_divide = b.nb_floor_divide;
  if (t.nb_true_divide === null) t.nb_true_divide = b.nb_true_divide;
  if (t.nb_inplace_floor_divide === null) t.nb_inplace_floor_divide = b.nb_inplace_floor_divide;
  if (t.nb_inplace_true_divide === null) t.nb_inplace_true_divide = b.nb_inplace_true_divide;
  if (t.nb_index === null) t.nb_index = b.nb_index;
  if (t.nb_matrix_multiply === null) t.nb_matrix_multiply = b.nb_matrix_multiply;
  if (t.nb_inplace_matrix_multiply === null) t.nb_inplace_matrix_multiply = b.nb_inplace_matrix_multiply;
  if (t.sq_length === null) t.sq_length = b.sq_length;
  if (t.sq_concat === null) t.sq_concat = b.sq_concat;
  if (t.sq_repeat === null) t.sq_repeat = b.sq_repeat;
  if (t.sq_item === null) t.sq_item = b.sq_item;
  if (t.sq_ass_item === null) t.sq_ass_item = b.sq_ass_item;
  if (t.sq_contains === null) t.sq_contains = b.sq_contains;
  if (t.sq_inplace_concat === null) t.sq_inplace_concat = b.sq_inplace_concat;
  if (t.sq_inplace_repeat === null) t.sq_inplace_repeat = b.sq_inplace_repeat;
  if (t.mp_length === null) t.mp_length = b.mp_length;
  if (t.mp_subscript === null) t.mp_subscript = b.mp_subscript;
  if (t.mp_ass_subscript === null) t.mp_ass_subscript = b.mp_ass_subscript;
  if (t.am_await === null) t.am_await = b.am_await;
  if (t.am_aiter === null) t.am_aiter = b.am_aiter;
  if (t.am_anext === null) t.am_anext = b.am_anext;
}

function inheritSlots(t: PyType): void {
  const base = t.tp_base;
  if (base === null) return;
  // type_ready_set_new: a static type directly under object with no tp_new of its own
  // cannot be instantiated ("cannot create 'list_iterator' instances").
  copyInheritedSlots(t, base, !(base === PyBaseObject_Type && !t.hasFlag(TypeFlag.HEAPTYPE)));
  // tp_hash and tp_richcompare are inherited together (CPython's inherit_slots).
  if (t.tp_richcompare === null && t.tp_hash === null) {
    const d = t.tp_dict!;
    if (PyDict_GetItemString(d, "__eq__") === null && PyDict_GetItemString(d, "__hash__") === null) {
      t.tp_richcompare = base.tp_richcompare;
      t.tp_hash = base.tp_hash;
    }
  }
  if (t.tp_dealloc === defaultDeallocMarker || t.tp_dealloc.name === "defaultDealloc")
    t.tp_dealloc = base.tp_dealloc;
  if (base.tp_dictoffset !== 0 && t.tp_dictoffset === 0) t.tp_dictoffset = base.tp_dictoffset;
  if (base.tp_weaklistoffset !== 0 && t.tp_weaklistoffset === 0) t.tp_weaklistoffset = base.tp_weaklistoffset;
  if (base.hasFlag(TypeFlag.HAVE_GC)) t.tp_flags |= TypeFlag.HAVE_GC;
  if (base.hasFlag(TypeFlag.MANAGED_DICT) && t.tp_dictoffset === base.tp_dictoffset)
    t.tp_flags |= TypeFlag.MANAGED_DICT;
  // inherit_patma_flags: the first class of the MRO with SEQUENCE or MAPPING decides.
  for (let i = 1; i < t.tp_mro.length && (t.tp_flags & (TypeFlag.SEQUENCE | TypeFlag.MAPPING)) === 0; i++) {
    t.tp_flags |= t.tp_mro[i]!.tp_flags & (TypeFlag.SEQUENCE | TypeFlag.MAPPING);
  }
  if (t.tp_mro.length === 0) t.tp_flags |= base.tp_flags & (TypeFlag.SEQUENCE | TypeFlag.MAPPING);
  t.tp_flags |=
    base.tp_flags &
    (TypeFlag.LONG_SUBCLASS |
      TypeFlag.LIST_SUBCLASS |
      TypeFlag.TUPLE_SUBCLASS |
      TypeFlag.BYTES_SUBCLASS |
      TypeFlag.UNICODE_SUBCLASS |
      TypeFlag.DICT_SUBCLASS |
      TypeFlag.BASE_EXC_SUBCLASS |
      TypeFlag.TYPE_SUBCLASS);
}

const defaultDeallocMarker = new PyType({ name: "<marker>" }).tp_dealloc;

function addMethods(t: PyType): void {
  const defs = pendingMethods.get(t);
  if (!defs) return;
  for (const def of defs) {
    methodOwners.set(def, t);
    let descr: PyObject;
    if (def.kind === "class") {
      descr = newMethodDescr(PyClassMethodDescr_Type, t, def);
    } else if (def.kind === "static") {
      // type_add_method: a builtin function whose m_self is the type, in a staticmethod.
      const cfunc = PyCFunction_New(def, t);
      descr = staticMethodHook(cfunc);
      Py_DECREF(cfunc);
    } else {
      descr = newMethodDescr(PyMethodDescr_Type, t, def);
    }
    PyDict_SetItemString(t.tp_dict!, def.name, descr);
    Py_DECREF(descr);
  }
  pendingMethods.delete(t);
}

function newMethodDescr(descrType: PyType, owner: PyType, def: MethodDef): PyMethodDescr {
  const d = new PyMethodDescr(descrType, owner, def);
  allocateObject(d, 72);
  return d;
}

/** getset_descriptor / member_descriptor objects. */
export class PyGetSetDescr extends PyObject {
  constructor(
    type: PyType,
    readonly owner: PyType,
    readonly def: GetSetDef,
  ) {
    super(type);
  }
}

export const PyGetSetDescr_Type = newStaticType({
  name: "getset_descriptor",
  flags: TypeFlag.HAVE_GC,
  basicsize: 48,
});
export const PyMemberDescr_Type = newStaticType({
  name: "member_descriptor",
  flags: TypeFlag.HAVE_GC,
  basicsize: 48,
});
export const PyWrapperDescr_Type = newStaticType({
  name: "wrapper_descriptor",
  flags: TypeFlag.HAVE_GC,
  basicsize: 56,
});
export const PyMethodWrapper_Type = newStaticType({
  name: "method-wrapper",
  flags: TypeFlag.HAVE_GC,
  basicsize: 32,
});

function addGetSets(t: PyType): void {
  const defs = pendingGetSets.get(t);
  if (!defs) return;
  for (const def of defs) {
    const d = newGetSetDescr(t, def);
    PyDict_SetItemString(t.tp_dict!, def.name, d);
    Py_DECREF(d);
  }
  pendingGetSets.delete(t);
}

function addClassValues(t: PyType): void {
  const make = pendingClassValues.get(t);
  if (!make) return;
  pendingClassValues.delete(t);
  for (const [name, value] of make()) {
    PyDict_SetItemString(t.tp_dict!, name, value);
    Py_DECREF(value);
  }
}

/**
 * A getset_descriptor / member_descriptor (CPython's descr_new). A class's descriptors (its
 * `__dict__`, `__weakref__` and `__slots__` members) own a reference to the class and are GC
 * objects, which puts every class in cycles with them; the static types' own descriptors live
 * for the whole run.
 */
export function newGetSetDescr(owner: PyType, def: GetSetDef): PyGetSetDescr {
  const type = def.kind === "member" ? PyMemberDescr_Type : PyGetSetDescr_Type;
  const d = new PyGetSetDescr(type, owner, def);
  if (owner.hasFlag(TypeFlag.HEAPTYPE)) {
    gcAlloc(d, type.tp_basicsize + 16);
    Py_INCREF(owner);
    PyObject_GC_Track(d);
  } else {
    allocateObject(d, type.tp_basicsize + 16);
  }
  return d;
}

function getsetDescrDealloc(o: PyObject): void {
  const d = o as PyGetSetDescr;
  PyObject_GC_UnTrack(d);
  if (d.owner.hasFlag(TypeFlag.HEAPTYPE)) {
    Py_DECREF(d.owner);
    gcFree(d);
  } else {
    freeObject(d);
  }
}

function getsetDescrTraverse(o: PyObject, visit: (o: PyObject) => void): void {
  const d = o as PyGetSetDescr;
  if (d.owner.hasFlag(TypeFlag.HEAPTYPE)) visit(d.owner);
}

function getsetDescrGet(descr: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const d = descr as PyGetSetDescr;
  if (obj === null) {
    Py_INCREF(d);
    return d;
  }
  checkDescrApplies(d.def.name, d.owner, obj);
  return d.def.get(obj);
}

function getsetDescrSet(descr: PyObject, obj: PyObject, v: PyObject | null): void {
  const d = descr as PyGetSetDescr;
  checkDescrApplies(d.def.name, d.owner, obj);
  if (d.def.set === undefined) {
    if (d.ob_type === PyMemberDescr_Type) {
      raise(PyExc_AttributeError, `readonly attribute`);
    }
    raise(PyExc_AttributeError, `attribute '${d.def.name}' of '${d.owner.tp_name}' objects is not writable`);
  }
  d.def.set(obj, v);
}

function checkDescrApplies(name: string, owner: PyType, obj: PyObject): void {
  if (!PyType_IsSubtype(obj.ob_type, owner)) {
    raise(
      PyExc_TypeError,
      `descriptor '${name}' for '${owner.tp_name}' objects doesn't apply to a '${obj.ob_type.tp_name}' object`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Method descriptors and builtin functions: calling and binding

function methodDescrGet(descr: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const d = descr as PyMethodDescr;
  if (d.ob_type === PyClassMethodDescr_Type) {
    // classmethod_get: class methods ignore obj, but the type must be a subtype of the owner.
    const what = `descriptor '${d.def.name}'`;
    const cls = type ?? (obj !== null ? obj.ob_type : null);
    if (cls === null)
      raise(PyExc_TypeError, `${what} for type '${d.owner.tp_name}' needs either an object or a type`);
    if (!(cls instanceof PyType)) {
      raise(
        PyExc_TypeError,
        `${what} for type '${d.owner.tp_name}' needs a type, not a '${cls.ob_type.tp_name}' as arg 2`,
      );
    }
    if (!PyType_IsSubtype(cls, d.owner)) {
      raise(
        PyExc_TypeError,
        `${what} requires a subtype of '${d.owner.tp_name}' but received '${cls.tp_name}'`,
      );
    }
    return PyCFunction_New(d.def, cls);
  }
  if (obj === null) {
    Py_INCREF(d);
    return d;
  }
  checkDescrApplies(d.def.name, d.owner, obj);
  return PyCFunction_New(d.def, obj);
}

function methodDescrCall(callable: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const d = callable as PyMethodDescr;
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw < 1) {
    raise(PyExc_TypeError, `unbound method ${d.owner.ht_qualname}.${d.def.name}() needs an argument`);
  }
  const self = args[0]!;
  if (d.ob_type === PyClassMethodDescr_Type) {
    if (!(self instanceof PyType) || !PyType_IsSubtype(self, d.owner)) {
      raise(
        PyExc_TypeError,
        `descriptor '${d.def.name}' for type '${d.owner.tp_name}' doesn't apply to type '${self instanceof PyType ? self.tp_name : self.ob_type.tp_name}'`,
      );
    }
  } else {
    checkDescrApplies(d.def.name, d.owner, self);
  }
  return d.def.impl(self, args.slice(1), kwnames);
}

function cfunctionCall(callable: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const f = callable as PyCFunction;
  return f.def.impl(f.self, args, kwnames);
}

function cfunctionRepr(o: PyObject): PyObject {
  const f = o as PyCFunction;
  if (f.self === null || f.self.ob_type.tp_name === "module") {
    return PyStr_FromString(`<built-in function ${f.def.name}>`);
  }
  return PyStr_FromString(
    `<built-in method ${f.def.name} of ${f.self instanceof PyType && f.def.kind === "class" ? "type" : f.self.ob_type.tp_name} object at ${addressOf(f.self)}>`,
  );
}

function methodDescrRepr(o: PyObject): PyObject {
  const d = o as PyMethodDescr;
  return PyStr_FromString(`<method '${d.def.name}' of '${d.owner.tp_name}' objects>`);
}

function getsetDescrRepr(o: PyObject): PyObject {
  const d = o as PyGetSetDescr;
  const kind = d.ob_type === PyMemberDescr_Type ? "member" : "attribute";
  return PyStr_FromString(`<${kind} '${d.def.name}' of '${d.owner.tp_name}' objects>`);
}

function addressOf(o: PyObject): string {
  return "0x" + realAddress(o.ob_addr).toString(16).padStart(12, "0");
}

// ---------------------------------------------------------------------------------------------
// Slot wrappers: `int.__add__`, `object.__repr__` ... (CPython's slotdefs + wrapperobject)

export class PyWrapperDescr extends PyObject {
  constructor(
    readonly owner: PyType,
    readonly name: string,
    readonly slot: string,
    readonly call: NativeImpl,
  ) {
    super(PyWrapperDescr_Type);
  }
}

export class PyMethodWrapper extends PyObject {
  constructor(
    readonly descr: PyWrapperDescr,
    readonly self: PyObject,
  ) {
    super(PyMethodWrapper_Type);
  }
}

type SlotKind =
  | "unary"
  | "binary"
  | "rbinary"
  | "ternary"
  | "rternary"
  | "inquiry"
  | "len"
  | "hash"
  | "richcmp"
  | "call"
  | "getattr"
  | "setattr"
  | "delattr"
  | "iter"
  | "next"
  | "descr_get"
  | "descr_set"
  | "descr_delete"
  | "init"
  | "new"
  | "objobjarg"
  | "delitem"
  | "contains"
  | "sq_item"
  | "sq_setitem"
  | "sq_delitem"
  | "repeat"
  | "finalize";

interface SlotDef {
  name: string;
  slot: SlotName | "tp_hash" | "tp_richcompare";
  kind: SlotKind;
  op?: number;
}

const SLOTDEFS: SlotDef[] = [
  { name: "__getattribute__", slot: "tp_getattro", kind: "getattr" },
  { name: "__getattr__", slot: "tp_getattro", kind: "getattr" },
  { name: "__setattr__", slot: "tp_setattro", kind: "setattr" },
  { name: "__delattr__", slot: "tp_setattro", kind: "delattr" },
  { name: "__repr__", slot: "tp_repr", kind: "unary" },
  { name: "__hash__", slot: "tp_hash", kind: "hash" },
  { name: "__call__", slot: "tp_call", kind: "call" },
  { name: "__str__", slot: "tp_str", kind: "unary" },
  { name: "__lt__", slot: "tp_richcompare", kind: "richcmp", op: CmpOp.LT },
  { name: "__le__", slot: "tp_richcompare", kind: "richcmp", op: CmpOp.LE },
  { name: "__eq__", slot: "tp_richcompare", kind: "richcmp", op: CmpOp.EQ },
  { name: "__ne__", slot: "tp_richcompare", kind: "richcmp", op: CmpOp.NE },
  { name: "__gt__", slot: "tp_richcompare", kind: "richcmp", op: CmpOp.GT },
  { name: "__ge__", slot: "tp_richcompare", kind: "richcmp", op: CmpOp.GE },
  { name: "__iter__", slot: "tp_iter", kind: "unary" },
  { name: "__next__", slot: "tp_iternext", kind: "next" },
  { name: "__get__", slot: "tp_descr_get", kind: "descr_get" },
  { name: "__set__", slot: "tp_descr_set", kind: "descr_set" },
  { name: "__delete__", slot: "tp_descr_set", kind: "descr_delete" },
  { name: "__init__", slot: "tp_init", kind: "init" },
  { name: "__new__", slot: "tp_new", kind: "new" },
  { name: "__del__", slot: "tp_finalize", kind: "finalize" },
  { name: "__await__", slot: "am_await", kind: "unary" },
  { name: "__aiter__", slot: "am_aiter", kind: "unary" },
  { name: "__anext__", slot: "am_anext", kind: "unary" },
  ...binarySlot("add", "nb_add"),
  ...binarySlot("sub", "nb_subtract"),
  ...binarySlot("mul", "nb_multiply"),
  ...binarySlot("mod", "nb_remainder"),
  ...binarySlot("divmod", "nb_divmod"),
  { name: "__pow__", slot: "nb_power", kind: "ternary" },
  { name: "__rpow__", slot: "nb_power", kind: "rternary" },
  { name: "__neg__", slot: "nb_negative", kind: "unary" },
  { name: "__pos__", slot: "nb_positive", kind: "unary" },
  { name: "__abs__", slot: "nb_absolute", kind: "unary" },
  { name: "__bool__", slot: "nb_bool", kind: "inquiry" },
  { name: "__invert__", slot: "nb_invert", kind: "unary" },
  ...binarySlot("lshift", "nb_lshift"),
  ...binarySlot("rshift", "nb_rshift"),
  ...binarySlot("and", "nb_and"),
  ...binarySlot("xor", "nb_xor"),
  ...binarySlot("or", "nb_or"),
  { name: "__int__", slot: "nb_int", kind: "unary" },
  { name: "__float__", slot: "nb_float", kind: "unary" },
  { name: "__iadd__", slot: "nb_inplace_add", kind: "binary" },
  { name: "__isub__", slot: "nb_inplace_subtract", kind: "binary" },
  { name: "__imul__", slot: "nb_inplace_multiply", kind: "binary" },
  { name: "__imod__", slot: "nb_inplace_remainder", kind: "binary" },
  { name: "__ipow__", slot: "nb_inplace_power", kind: "ternary" },
  { name: "__ilshift__", slot: "nb_inplace_lshift", kind: "binary" },
  { name: "__irshift__", slot: "nb_inplace_rshift", kind: "binary" },
  { name: "__iand__", slot: "nb_inplace_and", kind: "binary" },
  { name: "__ixor__", slot: "nb_inplace_xor", kind: "binary" },
  { name: "__ior__", slot: "nb_inplace_or", kind: "binary" },
  ...binarySlot("floordiv", "nb_floor_divide"),
  ...binarySlot("truediv", "nb_true_divide"),
  { name: "__ifloordiv__", slot: "nb_inplace_floor_divide", kind: "binary" },
  { name: "__itruediv__", slot: "nb_inplace_true_divide", kind: "binary" },
  { name: "__index__", slot: "nb_index", kind: "unary" },
  ...binarySlot("matmul", "nb_matrix_multiply"),
  { name: "__imatmul__", slot: "nb_inplace_matrix_multiply", kind: "binary" },
  { name: "__len__", slot: "mp_length", kind: "len" },
  { name: "__getitem__", slot: "mp_subscript", kind: "binary" },
  { name: "__setitem__", slot: "mp_ass_subscript", kind: "objobjarg" },
  { name: "__delitem__", slot: "mp_ass_subscript", kind: "delitem" },
  { name: "__len__", slot: "sq_length", kind: "len" },
  { name: "__add__", slot: "sq_concat", kind: "binary" },
  { name: "__mul__", slot: "sq_repeat", kind: "repeat" },
  { name: "__rmul__", slot: "sq_repeat", kind: "repeat" },
  { name: "__getitem__", slot: "sq_item", kind: "sq_item" },
  { name: "__setitem__", slot: "sq_ass_item", kind: "sq_setitem" },
  { name: "__delitem__", slot: "sq_ass_item", kind: "sq_delitem" },
  { name: "__contains__", slot: "sq_contains", kind: "contains" },
  { name: "__iadd__", slot: "sq_inplace_concat", kind: "binary" },
  { name: "__imul__", slot: "sq_inplace_repeat", kind: "repeat" },
];

function binarySlot(op: string, slot: SlotName): SlotDef[] {
  return [
    { name: `__${op}__`, slot, kind: "binary" },
    { name: `__r${op}__`, slot, kind: "rbinary" },
  ];
}

/** Builds the Python-callable wrapper of a builtin slot (what `int.__add__(1, 2)` calls). */
function wrapSlot(def: SlotDef, fn: unknown): NativeImpl | null {
  const name = def.name;
  const check = (args: PyObject[], kwnames: string[] | null, n: number) => {
    if (
      kwnames !== null &&
      kwnames.length > 0 &&
      def.kind !== "call" &&
      def.kind !== "init" &&
      def.kind !== "new"
    ) {
      raise(PyExc_TypeError, `wrapper ${name}() takes no keyword arguments`);
    }
    if (args.length !== n) {
      raise(PyExc_TypeError, `expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
    }
  };
  // The wrappers CPython unpacks with PyArg_UnpackTuple(args, "", min, max): its message starts
  // with the empty name and a space (" expected 2 arguments, got 1").
  const unpack = (args: PyObject[], kwnames: string[] | null, min: number, max: number) => {
    check(args, kwnames, args.length); // the keyword check only
    if (args.length >= min && args.length <= max) return;
    const few = args.length < min;
    const bound = few ? min : max;
    const qualifier = min === max ? "" : few ? "at least " : "at most ";
    raise(
      PyExc_TypeError,
      ` expected ${qualifier}${bound} argument${bound === 1 ? "" : "s"}, got ${args.length}`,
    );
  };
  switch (def.kind) {
    case "unary":
      return (self, args, kw) => (check(args, kw, 0), (fn as (o: PyObject) => PyObject)(self!));
    case "binary":
      return (self, args, kw) => (
        check(args, kw, 1), (fn as (a: PyObject, b: PyObject) => PyObject)(self!, args[0]!)
      );
    case "rbinary":
      return (self, args, kw) => (
        check(args, kw, 1), (fn as (a: PyObject, b: PyObject) => PyObject)(args[0]!, self!)
      );
    case "ternary":
      return (self, args, kw) => {
        unpack(args, kw, 1, 2);
        return (fn as (a: PyObject, b: PyObject, c: PyObject) => PyObject)(
          self!,
          args[0]!,
          args[1] ?? Py_None,
        );
      };
    case "rternary":
      return (self, args, kw) => {
        unpack(args, kw, 1, 2);
        return (fn as (a: PyObject, b: PyObject, c: PyObject) => PyObject)(
          args[0]!,
          self!,
          args[1] ?? Py_None,
        );
      };
    case "inquiry":
      return (self, args, kw) => (
        check(args, kw, 0), PyBool_FromBool((fn as (o: PyObject) => boolean)(self!))
      );
    case "len":
      return (self, args, kw) => (check(args, kw, 0), lengthObject((fn as (o: PyObject) => number)(self!)));
    case "hash":
      return (self, args, kw) => (check(args, kw, 0), intFromHash((fn as (o: PyObject) => Hash)(self!)));
    case "richcmp":
      return (self, args, kw) => (
        check(args, kw, 1),
        (fn as (a: PyObject, b: PyObject, op: number) => PyObject)(self!, args[0]!, def.op!)
      );
    case "call":
      return (self, args, kw) => (fn as NativeImpl)(self!, args, kw);
    case "getattr":
      if (name === "__getattr__") return null;
      return (self, args, kw) => {
        check(args, kw, 1);
        const n = requireStrName(args[0]!);
        try {
          return (fn as (o: PyObject, n: PyObject) => PyObject)(self!, n);
        } catch (e) {
          setAttributeErrorContext(e, self!, n); // as PyObject_GenericGetAttr itself does
          throw e;
        }
      };
    case "setattr":
      return (self, args, kw) => {
        unpack(args, kw, 2, 2);
        hackcheck(self!, fn, "__setattr__");
        (fn as (o: PyObject, n: PyObject, v: PyObject | null) => void)(
          self!,
          requireStrName(args[0]!),
          args[1]!,
        );
        return Py_NewNone();
      };
    case "delattr":
      return (self, args, kw) => {
        check(args, kw, 1);
        hackcheck(self!, fn, "__delattr__");
        (fn as (o: PyObject, n: PyObject, v: PyObject | null) => void)(self!, requireStrName(args[0]!), null);
        return Py_NewNone();
      };
    case "next":
      return (self, args, kw) => {
        check(args, kw, 0);
        const r = (fn as (o: PyObject) => PyObject | null)(self!);
        if (r === null) throw newStopIteration();
        return r;
      };
    case "descr_get":
      return (self, args, kw) => {
        unpack(args, kw, 1, 2);
        const obj = args[0] === Py_None ? null : args[0]!;
        const type = args[1] === undefined || args[1] === Py_None ? null : args[1];
        if (obj === null && type === null) raise(PyExc_TypeError, "__get__(None, None) is invalid");
        return (fn as (d: PyObject, o: PyObject | null, t: PyObject | null) => PyObject)(self!, obj, type);
      };
    case "descr_set":
      return (self, args, kw) => {
        unpack(args, kw, 2, 2);
        (fn as (d: PyObject, o: PyObject, v: PyObject | null) => void)(self!, args[0]!, args[1]!);
        return Py_NewNone();
      };
    case "descr_delete":
      return (self, args, kw) => {
        check(args, kw, 1);
        (fn as (d: PyObject, o: PyObject, v: PyObject | null) => void)(self!, args[0]!, null);
        return Py_NewNone();
      };
    case "init":
      return (self, args, kw) => {
        (fn as (o: PyObject, a: PyObject[], k: string[] | null) => void)(self!, args, kw);
        return Py_NewNone();
      };
    case "new":
      return null; // `__new__` is added as a builtin static method by addOperators.
    case "objobjarg":
      return (self, args, kw) => {
        unpack(args, kw, 2, 2);
        (fn as (o: PyObject, k: PyObject, v: PyObject | null) => void)(self!, args[0]!, args[1]!);
        return Py_NewNone();
      };
    case "delitem":
      return (self, args, kw) => {
        check(args, kw, 1);
        (fn as (o: PyObject, k: PyObject, v: PyObject | null) => void)(self!, args[0]!, null);
        return Py_NewNone();
      };
    case "contains":
      return (self, args, kw) => (
        check(args, kw, 1), PyBool_FromBool((fn as (o: PyObject, v: PyObject) => boolean)(self!, args[0]!))
      );
    case "sq_item":
      return (self, args, kw) => {
        check(args, kw, 1);
        return (fn as (o: PyObject, i: number) => PyObject)(self!, wrapperIndex(self!, args[0]!));
      };
    case "sq_setitem":
      return (self, args, kw) => {
        unpack(args, kw, 2, 2);
        const i = wrapperIndex(self!, args[0]!);
        (fn as (o: PyObject, i: number, v: PyObject | null) => void)(self!, i, args[1]!);
        return Py_NewNone();
      };
    case "sq_delitem":
      return (self, args, kw) => {
        check(args, kw, 1);
        (fn as (o: PyObject, i: number, v: PyObject | null) => void)(
          self!,
          wrapperIndex(self!, args[0]!),
          null,
        );
        return Py_NewNone();
      };
    case "repeat":
      return (self, args, kw) => {
        check(args, kw, 1);
        return (fn as (o: PyObject, n: number) => PyObject)(
          self!,
          PyNumber_AsSsize_t(args[0]!, PyExc_OverflowError),
        );
      };
    case "finalize":
      return (self, args, kw) => (check(args, kw, 0), (fn as (o: PyObject) => void)(self!), Py_NewNone());
    default:
      return null;
  }
}

/** The index a sequence slot wrapper passes on (CPython's getindex): too large an int is an
 * OverflowError here, where a subscription (PyObject_GetItem) says IndexError. */
function wrapperIndex(self: PyObject, arg: PyObject): number {
  const i = PyNumber_AsSsize_t(arg, PyExc_OverflowError);
  const len = self.ob_type.sq_length;
  return i < 0 && len !== null ? i + len(self) : i;
}

function requireStrName(n: PyObject): PyStr {
  if (!(n instanceof PyStr)) {
    raise(PyExc_TypeError, `attribute name must be string, not '${n.ob_type.tp_name}'`);
  }
  return n;
}

function Py_NewNone(): PyObject {
  Py_INCREF(Py_None);
  return Py_None;
}

let intFromNumber: (n: number) => PyObject = () => raise(PyExc_TypeError, "int support missing");
let intFromHash: (h: Hash) => PyObject = () => raise(PyExc_TypeError, "int support missing");
/** Wired by bootstrap once int.ts is loaded (keeps this module free of load-time cycles). */
export function setIntConstructors(
  fromNumber: (n: number) => PyObject,
  fromHash: (h: Hash) => PyObject,
): void {
  intFromNumber = fromNumber;
  intFromHash = fromHash;
}

function newStopIteration(): PyBaseException {
  return makeException(PyExc_StopIteration, null);
}

let makeException: (t: PyType, msg: string | null) => PyBaseException = () => {
  throw new Error("exceptions not wired");
};
export function setExceptionFactory(f: (t: PyType, msg: string | null) => PyBaseException): void {
  makeException = f;
}

/** Adds slot wrappers for the slots a builtin type defines itself (CPython's add_operators). */
function addOperators(t: PyType, ownSlots: Map<string, unknown>): void {
  const d = t.tp_dict!;
  for (const def of SLOTDEFS) {
    const fn = ownSlots.get(def.slot);
    if (fn === null || fn === undefined) continue;
    if (PyDict_GetItemString(d, def.name) !== null) continue;
    if (def.slot === "tp_hash" && fn === PyObject_HashNotImplemented) {
      PyDict_SetItemString(d, "__hash__", Py_None);
      continue;
    }
    if (def.kind === "new") {
      const newFn = fn as (type: PyObject, args: PyObject[], kw: string[] | null) => PyObject;
      const f = PyCFunction_New(
        {
          name: "__new__",
          impl: (self, args, kw) => tpNewWrapper(self as PyType, newFn, args, kw),
        },
        t,
      );
      PyDict_SetItemString(d, "__new__", f);
      Py_DECREF(f);
      continue;
    }
    const impl = wrapSlot(def, fn);
    if (impl === null) continue;
    const w = new PyWrapperDescr(t, def.name, def.slot, impl);
    allocateObject(w, 80);
    PyDict_SetItemString(d, def.name, w);
    Py_DECREF(w);
  }
}

/** `T.__new__(S, ...)`: checks S is a subtype of T (CPython's tp_new_wrapper). */
function tpNewWrapper(
  self: PyType,
  newFn: (type: PyObject, args: PyObject[], kw: string[] | null) => PyObject,
  args: PyObject[],
  kwnames: string[] | null,
): PyObject {
  // tp_new_wrapper is METH_VARARGS | METH_KEYWORDS: _PyObject_MakeTpCall made a tuple of the
  // call's arguments (and a dict of its keywords), unless f(*t, **d) passed its own on, and
  // tp_new_wrapper passes a slice of it without the type (a new tuple when not empty). All are
  // alive while __new__ runs: gc.get_count() and the free lists see them.
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  const outer = callTuples.current;
  const own = callTuples.unpacked === args || (outer !== null && outer.items === args);
  const callTuple = own ? null : _PyTuple_TemporaryArgs(args, 0, npos);
  const kwargs = callTuples.unpacked === args ? null : makeTpCallKeywords(args, 0, args.length, kwnames);
  let rest: PyObject | null = null;
  try {
    if (npos < 1) raise(PyExc_TypeError, `${self.tp_name}.__new__(): not enough arguments`);
    const sub = args[0]!;
    if (!(sub instanceof PyType)) {
      raise(PyExc_TypeError, `${self.tp_name}.__new__(X): X is not a type object (${sub.ob_type.tp_name})`);
    }
    if (!PyType_IsSubtype(sub, self)) {
      raise(
        PyExc_TypeError,
        `${self.tp_name}.__new__(${sub.tp_name}): ${sub.tp_name} is not a subtype of ${self.tp_name}`,
      );
    }
    // The most derived non-heap base of the subtype must use this very __new__ (CPython's
    // "is not safe" check: object.__new__(int) would build an object with int's layout wrong).
    let staticBase: PyType = sub;
    while (staticBase.hasFlag(TypeFlag.HEAPTYPE) && staticBase.tp_base !== null)
      staticBase = staticBase.tp_base;
    if (staticBase.tp_new !== newFn && staticBase !== self) {
      raise(
        PyExc_TypeError,
        `${self.tp_name}.__new__(${sub.tp_name}) is not safe, use ${staticBase.tp_name}.__new__()`,
      );
    }
    rest = npos > 1 ? PyTuple_FromArray(args, 1, npos) : null;
    callTuples.current = rest as PyTuple | null;
    return newFn(sub, args.slice(1), kwnames);
  } finally {
    callTuples.current = outer;
    if (rest !== null) Py_DECREF(rest);
    if (callTuple !== null) Py_DECREF(callTuple);
    if (kwargs !== null) Py_DECREF(kwargs);
  }
}

function wrapperDescrGet(descr: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const d = descr as PyWrapperDescr;
  if (obj === null) {
    Py_INCREF(d);
    return d;
  }
  checkDescrApplies(d.name, d.owner, obj);
  // a GC object, as CPython's wrapperobject (it holds `self`)
  const w = new PyMethodWrapper(d, obj);
  gcAlloc(w, 48);
  Py_INCREF(d);
  Py_INCREF(obj);
  PyObject_GC_Track(w);
  return w;
}

function wrapperDescrCall(callable: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const d = callable as PyWrapperDescr;
  if (args.length < 1)
    raise(PyExc_TypeError, `descriptor '${d.name}' of '${d.owner.tp_name}' object needs an argument`);
  // wrapperdescr_call words the check its own way (descr_check's message is for __get__)
  if (!PyType_IsSubtype(args[0]!.ob_type, d.owner)) {
    raise(
      PyExc_TypeError,
      `descriptor '${d.name}' requires a '${d.owner.tp_name}' object but received a '${args[0]!.ob_type.tp_name}'`,
    );
  }
  // _PyObject_MakeTpCall counts the call: object.__str__ bound as __repr__ recurses in C
  Py_EnterRecursiveCall(" while calling a Python object");
  const outer = callTuples.current;
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  // _PyObject_MakeTpCall's tuple (self, args...), then wrapperdescr_call's slice of it without
  // self: both alive during the call
  const callTuple = outer !== null && outer.items === args ? null : _PyTuple_TemporaryArgs(args, 0, npos);
  const rest = kwnames === null && npos > 1 ? PyTuple_FromArray(args, 1, npos) : null;
  callTuples.current = rest;
  try {
    return d.call(args[0]!, rest !== null ? rest.items : args.slice(1), kwnames);
  } finally {
    callTuples.current = outer;
    if (rest !== null) Py_DECREF(rest);
    if (callTuple !== null) Py_DECREF(callTuple);
    Py_LeaveRecursiveCall();
  }
}

function methodWrapperCall(callable: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const w = callable as PyMethodWrapper;
  Py_EnterRecursiveCall(" while calling a Python object");
  const outer = callTuples.current;
  // _PyObject_MakeTpCall's tuple, unless f(*t) passes its tuple on
  const callTuple =
    kwnames !== null || (outer !== null && outer.items === args)
      ? null
      : _PyTuple_TemporaryArgs(args, 0, args.length);
  if (callTuple !== null) callTuples.current = callTuple;
  try {
    return w.descr.call(w.self, callTuple !== null ? callTuple.items : args, kwnames);
  } finally {
    callTuples.current = outer;
    if (callTuple !== null) Py_DECREF(callTuple);
    Py_LeaveRecursiveCall();
  }
}

/** The `__qualname__` of a builtin bound to `self`: the type's qualname, a dot, the name. */
let builtinsModuleName: PyStr | null = null;

/**
 * A builtin function's __module__: CPython hands out its module's __name__ object, which is
 * interned for every module but builtins (pickle's memo sees the difference).
 */
function moduleNameStr(name: string): PyStr {
  if (name !== "builtins") return PyStr_InternFromString(name);
  if (builtinsModuleName === null) {
    builtinsModuleName = PyStr_FromString(name); // this module keeps the reference for good
  }
  return Py_NewRef(builtinsModuleName);
}

function boundQualname(self: PyObject | null, name: string): string {
  if (self === null || self.ob_type.tp_name === "module") return name;
  const t = self instanceof PyType ? self : self.ob_type;
  return `${t.ht_qualname}.${name}`;
}

function methodWrapperDealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  Py_DECREF((o as PyMethodWrapper).descr);
  Py_DECREF((o as PyMethodWrapper).self);
  gcFree(o);
}

// ---------------------------------------------------------------------------------------------
// Generic attribute access

export function PyObject_GenericGetAttr(obj: PyObject, name: PyObject): PyObject {
  const r = genericGetAttrOrNull(obj, name as PyStr);
  if (r !== null) return r;
  raiseNoAttribute(obj, name as PyStr);
}

export function raiseNoAttribute(obj: PyObject, name: PyStr): never {
  raise(PyExc_AttributeError, `'${obj.ob_type.tp_name}' object has no attribute '${name.value}'`);
}

/** object.__getattribute__ without raising AttributeError for a plain miss (null instead). */
export function genericGetAttrOrNull(obj: PyObject, name: PyStr): PyObject | null {
  const tp = obj.ob_type;
  const descr = _PyType_Lookup(tp, name);
  let get: ((d: PyObject, o: PyObject | null, t: PyObject | null) => PyObject) | null = null;
  if (descr !== null) {
    get = descr.ob_type.tp_descr_get;
    if (get !== null && descr.ob_type.tp_descr_set !== null) return get(descr, obj, tp);
  }
  let dict = obj.ob_dict;
  // a class's instance dict is its namespace (type's tp_dictoffset): object.__getattribute__(C,
  // '__doc__') under a metaclass with a docstring of its own gives C's
  if (!dict && (tp.tp_flags & TypeFlag.TYPE_SUBCLASS) !== 0) dict = (obj as PyType).tp_dict;
  if (dict) {
    // (PyDict_GetItemWithError: a non-str key's __eq__ raising propagates)
    const v = dict.ma_keys.unicode ? PyDict_GetItem(dict, name) : PyDict_GetItemWithError(dict, name);
    if (v !== null) {
      Py_INCREF(v);
      return v;
    }
  }
  if (get !== null) return get(descr!, obj, tp);
  if (descr !== null) {
    Py_INCREF(descr);
    return descr;
  }
  return null;
}

export function PyObject_GenericSetAttr(obj: PyObject, nameObj: PyObject, value: PyObject | null): void {
  const name = nameObj as PyStr;
  const tp = obj.ob_type;
  const descr = _PyType_Lookup(tp, name);
  if (descr !== null) {
    const set = descr.ob_type.tp_descr_set;
    if (set !== null) {
      set(descr, obj, value);
      return;
    }
  }
  if (tp.tp_dictoffset !== 0) {
    let dict = obj.ob_dict;
    if (!dict) {
      if (value === null) raiseNoAttribute(obj, name);
      // _PyObjectDict_SetItem: a dict sharing the class's keys when it has some
      dict = obj.ob_dict = tp.ht_cached_keys !== null ? _PyDict_NewWithSharedKeys(tp) : PyDict_New();
    } else if (gc.isInlineValues(dict) && !sharedKeysCanTake(tp, name)) {
      // _PyObject_StoreInstanceAttribute: a name the shared keys cannot take makes the dict
      // object, which then gets a table of its own
      materializeInlineValues(dict);
    }
    if (value === null) {
      if (PyDict_GetItem(dict, name) === null) raiseNoAttribute(obj, name);
      PyDict_DelItem(dict, name);
    } else {
      PyDict_SetItem(dict, name, value);
    }
    return;
  }
  if (descr === null) {
    raise(PyExc_AttributeError, `'${tp.tp_name}' object has no attribute '${name.value}'`);
  }
  raise(PyExc_AttributeError, `'${tp.tp_name}' object attribute '${name.value}' is read-only`);
}

/** Attribute lookup on a type object (CPython's type_getattro). */
export function type_getattro(typeObj: PyObject, nameObj: PyObject): PyObject {
  const type = typeObj as PyType;
  const name = nameObj as PyStr;
  const r = typeGetAttrOrNull(type, name);
  if (r !== null) return r;
  raise(PyExc_AttributeError, `type object '${type.tp_name}' has no attribute '${name.value}'`);
}

/** type_getattro without raising AttributeError for a plain miss (null instead). */
export function typeGetAttrOrNull(type: PyType, name: PyStr): PyObject | null {
  const meta = type.ob_type;
  const metaAttr = _PyType_Lookup(meta, name);
  let metaGet: ((d: PyObject, o: PyObject | null, t: PyObject | null) => PyObject) | null = null;
  if (metaAttr !== null) {
    metaGet = metaAttr.ob_type.tp_descr_get;
    if (metaGet !== null && metaAttr.ob_type.tp_descr_set !== null) return metaGet(metaAttr, type, meta);
  }
  const attr = _PyType_Lookup(type, name);
  if (attr !== null) {
    const get = attr.ob_type.tp_descr_get;
    if (get !== null) return get(attr, null, type);
    Py_INCREF(attr);
    return attr;
  }
  if (metaGet !== null) return metaGet(metaAttr!, type, meta);
  if (metaAttr !== null) {
    Py_INCREF(metaAttr);
    return metaAttr;
  }
  return null;
}

export function type_setattro(typeObj: PyObject, nameObj: PyObject, value: PyObject | null): void {
  const type = typeObj as PyType;
  const name = nameObj as PyStr;
  if (!type.hasFlag(TypeFlag.HEAPTYPE)) {
    raise(PyExc_TypeError, `cannot set '${name.value}' attribute of immutable type '${type.tp_name}'`);
  }
  const meta = type.ob_type;
  const metaAttr = _PyType_Lookup(meta, name);
  if (metaAttr !== null && metaAttr.ob_type.tp_descr_set !== null) {
    metaAttr.ob_type.tp_descr_set(metaAttr, type, value);
    return;
  }
  const d = type.tp_dict!;
  if (value === null) {
    if (PyDict_GetItem(d, name) === null) {
      raise(PyExc_AttributeError, `type object '${type.tp_name}' has no attribute '${name.value}'`);
    }
    PyDict_DelItem(d, name);
  } else {
    PyDict_SetItem(d, name, value);
  }
  PyType_ModifiedName(type, name.value);
  if (name.value.startsWith("__") && name.value.endsWith("__")) updateSlotsFor(type, name.value);
}

// ---------------------------------------------------------------------------------------------
// Calling a type: T(args) = T.__new__(T, args) then __init__ (CPython's type_call)

/** The builtin types CPython 3.11 calls through tp_vectorcall (no argument tuple is built). */
const VECTORCALL_TYPES = new Set([
  "bool",
  "dict",
  "enumerate",
  "filter",
  "float",
  "frozenset",
  "list",
  "map",
  "range",
  "reversed",
  "set",
  "super",
  "tuple",
  "weakref.ReferenceType",
]);

function hasCPythonVectorcall(type: PyType): boolean {
  // Exceptions keep the call's argument tuple as their args: BaseException_new makes that one.
  if (type.hasFlag(TypeFlag.BASE_EXC_SUBCLASS)) return true;
  return !type.hasFlag(TypeFlag.HEAPTYPE) && VECTORCALL_TYPES.has(type.tp_name);
}

/**
 * The positional tuple _PyObject_MakeTpCall makes for a call of `type` (args[start, start +
 * nargs), keyword values last), alive until the call returns: the caller releases it. When
 * `onlyIfNew`, it is made only where the free lists could not lend its block (see
 * _PyTuple_TemporaryArgs); null when none was made.
 */
export function makeTpCallTemporaries(
  args: readonly (PyObject | null)[],
  start: number,
  nargs: number,
  kwnames: readonly string[] | null,
  onlyIfNew = false,
): PyObject | null {
  // While tracemalloc traces, a block a free list lends is traced again at the current line
  // (heap.reused): the borrowing can be seen, so it is not skipped. Nor with keywords: the
  // names tuple of _PyStack_UnpackDict is taken from the same free lists while this one is out.
  const nkw = kwnames === null ? 0 : kwnames.length;
  onlyIfNew &&= heap.reused === null && nkw === 0;
  const npos = nargs - nkw;
  return _PyTuple_TemporaryArgs(args as readonly PyObject[], start, start + npos, onlyIfNew);
}

/**
 * The keyword dict _PyObject_MakeTpCall makes of a call's keyword arguments (_PyStack_AsDict),
 * alive until the call returns: the caller releases it. Null without keywords. (Always made:
 * what the call does meanwhile may take blocks from the same free lists.)
 */
export function makeTpCallKeywords(
  args: readonly (PyObject | null)[],
  start: number,
  nargs: number,
  kwnames: readonly string[] | null,
): PyObject | null {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw === 0) return null;
  const kwargs = PyDict_New();
  const first = start + nargs - nkw;
  try {
    for (let i = 0; i < nkw; i++) PyDict_SetItemString(kwargs, kwnames![i]!, args[first + i]!);
  } catch (e) {
    Py_DECREF(kwargs);
    throw e;
  }
  return kwargs;
}

/** _PY_FASTCALL_SMALL_STACK: argument arrays of up to this many slots live on the C stack. */
const FASTCALL_SMALL_STACK = 5;

/** Raw blocks and the names tuple a native call path holds while its callee runs. */
export interface CallTemporaries {
  /** _PyObject_Call_Prepend's PyMem block of [self, args...], over 5 slots (0: none). */
  stackBlock: number;
  stackSize: number;
  /** _PyStack_UnpackDict's array of the arguments and keyword values, one slot more (0: none). */
  unpackedBlock: number;
  unpackedSize: number;
  /** _PyStack_UnpackDict's tuple of the keyword names (null without keywords, or taken over). */
  names: PyObject | null;
  /** the objects the unpacked array holds a reference to (null: none, or held elsewhere) */
  refs: readonly PyObject[] | null;
}

/**
 * _PyObject_Call_Prepend(method, self, args, kwargs), as slot_tp_init, slot_tp_new and
 * slot_tp_call call a plain function: self and the `npos` positional arguments go into an array,
 * a PyMem block when over 5 slots (_PY_FASTCALL_SMALL_STACK), and the keywords are unpacked
 * (unpackDictTemporaries). They live while the method runs (releaseCallTemporaries after it).
 * Null when there is nothing.
 */
export function callPrependTemporaries(
  npos: number,
  kwnames: readonly string[] | null,
  items: readonly PyObject[] | null = null,
): CallTemporaries | null {
  const nargs = npos + 1;
  return callTemporaries(nargs > FASTCALL_SMALL_STACK ? nargs * 8 : 0, nargs, kwnames, items);
}

/**
 * _PyStack_UnpackDict, as _PyObject_VectorcallDictTstate and PyObject_Call use it to call a
 * vectorcall callee with a keyword dict: a new array of the `nargs` arguments and the keyword
 * values (one slot more, for PY_VECTORCALL_ARGUMENTS_OFFSET) and a tuple of the names. Null
 * without keywords.
 */
export function unpackDictTemporaries(
  nargs: number,
  kwnames: readonly string[] | null,
  items: readonly PyObject[] | null = null,
): CallTemporaries | null {
  return callTemporaries(0, nargs, kwnames, items);
}

/**
 * `items`: the whole argument array ([self, args..., keyword values]) when the unpacked copy's
 * references are to be taken here (_PyStack_UnpackDict increfs what it copies: a callee's
 * sys.getrefcount sees them).
 */
function callTemporaries(
  stackSize: number,
  nargs: number,
  kwnames: readonly string[] | null,
  items: readonly PyObject[] | null = null,
): CallTemporaries | null {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (stackSize === 0 && nkw === 0) return null;
  const stackBlock = stackSize > 0 ? PyMem_Malloc(stackSize) : 0;
  if (nkw === 0) return { stackBlock, stackSize, unpackedBlock: 0, unpackedSize: 0, names: null, refs: null };
  const unpackedSize = (1 + nargs + nkw) * 8;
  const unpackedBlock = PyMem_Malloc(unpackedSize);
  // the keyword names are interned already: only their tuple is a new object
  const names = PyTuple_New(kwnames!.map((k) => PyStr_InternFromString(k)));
  if (items !== null) for (let i = 0; i < items.length; i++) items[i]!.ob_refcnt++;
  return { stackBlock, stackSize, unpackedBlock, unpackedSize, names, refs: items };
}

/** Frees what callTemporaries made, in CPython's order. */
export function releaseCallTemporaries(t: CallTemporaries): void {
  const refs = t.refs;
  if (refs !== null) for (let i = 0; i < refs.length; i++) Py_DECREF(refs[i]!);
  if (t.names !== null) Py_DECREF(t.names);
  PyMem_Free(t.unpackedBlock, t.unpackedSize);
  PyMem_Free(t.stackBlock, t.stackSize);
}

/**
 * The references _PyObject_MakeTpCall's argument tuple (and keyword dict) hold on the first `n`
 * arguments while the call runs, taken where heapstack does not make those objects: the
 * callee's sys.getrefcount sees them. releaseUnmadeCallRefs gives them back, last first (as
 * tupledealloc does).
 */
function holdUnmadeCallRefs(args: readonly PyObject[], n: number): void {
  for (let i = 0; i < n; i++) args[i]!.ob_refcnt++;
}

function releaseUnmadeCallRefs(args: readonly PyObject[], n: number): void {
  for (let i = n - 1; i >= 0; i--) Py_DECREF(args[i]!);
}

export function type_call(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  // T(*t, **d) of a type CPython calls through tp_vectorcall: PyObject_Call unpacks the dict
  // into an array and a tuple of the keyword names (_PyStack_UnpackDict) for the call
  if (
    callTuples.unpacked === args &&
    kwnames !== null &&
    kwnames.length > 0 &&
    !type.hasFlag(TypeFlag.HEAPTYPE) &&
    VECTORCALL_TYPES.has(type.tp_name)
  ) {
    const held = unpackDictTemporaries(args.length - kwnames.length, kwnames)!;
    try {
      return typeCallFromArray(type, args, kwnames);
    } finally {
      releaseCallTemporaries(held);
    }
  }
  return typeCallFromArray(type, args, kwnames);
}

function typeCallFromArray(type: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  if (type === PyType_Type) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    if (npos === 1 && nkw === 0) {
      Py_INCREF(args[0]!.ob_type);
      return args[0]!.ob_type;
    }
    if (npos !== 3) raise(PyExc_TypeError, "type() takes 1 or 3 arguments");
  }
  if (type === PyDict_Type) return dict_vectorcall(args, kwnames);
  const tpNew = type.tp_new;
  if (tpNew === null) raise(PyExc_TypeError, `cannot create '${type.tp_name}' instances`);
  // An exception class keeps _PyObject_MakeTpCall's tuple as its args (BaseException_new), unless
  // its __new__ is a Python function: that one gets a tuple of its own.
  const exc = type.hasFlag(TypeFlag.BASE_EXC_SUBCLASS);
  // f(*t, **d) calls type_call with its own tuple and dict (PyObject_Call), not through
  // _PyObject_MakeTpCall: nothing is made for the call then.
  const real = callTuples.unpacked === args;
  const viaTpCall = !real && (!hasCPythonVectorcall(type) || (exc && tpNew === slot_tp_new));
  const argsTuple = viaTpCall ? makeTpCallTemporaries(args, 0, args.length, kwnames, !exc) : null;
  const kwargs = viaTpCall ? makeTpCallKeywords(args, 0, args.length, kwnames) : null;
  // A tuple the free list would lend and take back is not made, but its references are.
  const lentTupleRefs =
    viaTpCall && argsTuple === null ? args.length - (kwnames === null ? 0 : kwnames.length) : 0;
  holdUnmadeCallRefs(args, lentTupleRefs);
  try {
    const obj = tpNew(type, args, kwnames);
    if (!PyType_IsSubtype(obj.ob_type, type)) return obj;
    const init = obj.ob_type.tp_init;
    if (init !== null) {
      // The call's tuple stays alive until the call returns, even when __init__ replaces the
      // exception's args; a native __init__ stores that very tuple (callTuples).
      const held = argsTuple === null && exc ? exceptionCallTuple(obj, args, kwnames) : null;
      try {
        if (exc && init !== slot_tp_init) callTuples.typeCall = argsTuple ?? held;
        if (init !== slot_tp_init) callTuples.kwargs = kwargs ?? (real ? callTuples.unpackedKwargs : null);
        init(obj, args, kwnames);
      } catch (e) {
        Py_DECREF(obj);
        throw e;
      } finally {
        callTuples.typeCall = null;
        callTuples.kwargs = null;
        if (held !== null) Py_DECREF(held);
      }
    }
    return obj;
  } finally {
    if (argsTuple !== null) Py_DECREF(argsTuple);
    releaseUnmadeCallRefs(args, lentTupleRefs);
    if (kwargs !== null) Py_DECREF(kwargs);
  }
}

/**
 * The argument tuples CPython would pass a native function, which heapstack passes as arrays:
 * BaseException_init stores its tuple itself as the exception's args, so the identity matters.
 * `typeCall`: the positional tuple type_call hands to a native tp_init, the one it gave tp_new
 * (set just before, taken and cleared by it). `current`: the tuple whose items array is the
 * running call's argument array: f(*t)'s exact tuple t (CALL_FUNCTION_EX passes it on as it is),
 * the tuple a method-wrapper is called with, the slice of it a slot wrapper passes on.
 * `kwargs`: the keyword dict type_call hands to a native tp_init (dict's merges it), or null;
 * taken with takeCallKeywords.
 */
export const callTuples: {
  typeCall: PyObject | null;
  current: PyTuple | null;
  kwargs: PyObject | null;
  /** the argument array of f(*args, **kwargs) (CALL_FUNCTION_EX), whose tuple and dict are real */
  unpacked: readonly PyObject[] | null;
  /** that call's keyword dict (null without **kwargs) */
  unpackedKwargs: PyObject | null;
} = {
  typeCall: null,
  current: null,
  kwargs: null,
  unpacked: null,
  unpackedKwargs: null,
};

/**
 * The keyword dict a native function taking METH_VARARGS | METH_KEYWORDS gets: the one type_call
 * made when it is the tp_init being called, else a new one of args' last kwnames.length items.
 * A new reference.
 */
export function takeCallKeywords(args: readonly PyObject[], kwnames: readonly string[]): PyObject {
  const handed = callTuples.kwargs;
  callTuples.kwargs = null;
  if (handed !== null && isKeywordDictOf(handed as PyDict, args, kwnames)) {
    Py_INCREF(handed);
    return handed;
  }
  return makeTpCallKeywords(args, 0, args.length, kwnames)!;
}

/** Whether `d` holds exactly these keyword arguments (the very value objects, in order). */
function isKeywordDictOf(d: PyDict, args: readonly PyObject[], kwnames: readonly string[]): boolean {
  if (d.ma_used !== kwnames.length) return false;
  const first = args.length - kwnames.length;
  const items = dictItems(d);
  for (let i = 0; i < items.length; i++) {
    const [k, v] = items[i]!;
    if ((k as PyStr).value !== kwnames[i] || v !== args[first + i]) return false;
  }
  return true;
}

/**
 * A new reference to the exception's args when BaseException_new made them of this call's
 * positional arguments: the tuple that stands for _PyObject_MakeTpCall's. Null otherwise.
 */
function exceptionCallTuple(obj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject | null {
  const t = (obj as PyObject & { args?: PyObject | null }).args;
  if (t === undefined || t === null || !(t instanceof PyTuple)) return null;
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  const items = t.items;
  if (items.length !== npos) return null;
  for (let i = 0; i < npos; i++) if (items[i] !== args[i]) return null;
  t.ob_refcnt++;
  return t;
}

// ---------------------------------------------------------------------------------------------
// object: __new__, __init__, the default slots

/** Size of a plain instance's block: basicsize + GC header + the managed-dict pre-header (3.11). */
export function instanceAllocSize(type: PyType): number {
  const flags = type.tp_flags;
  let size = type.tp_basicsize;
  if ((flags & TypeFlag.HAVE_GC) !== 0) size += 16;
  if ((flags & TypeFlag.MANAGED_DICT) !== 0) size += 16;
  return size;
}

/**
 * Size of the block PyType_GenericAlloc(type, nitems) takes for a variable-size instance: one
 * item more than asked (a sentinel), rounded up to 8, plus the pre-header.
 */
export function varInstanceAllocSize(type: PyType, nitems: number): number {
  const size = (type.tp_basicsize + (nitems + 1) * type.tp_itemsize + 7) & ~7;
  return size + instanceAllocSize(type) - type.tp_basicsize;
}

function excessArgs(args: PyObject[], kwnames: string[] | null): boolean {
  return args.length > 0 || (kwnames !== null && kwnames.length > 0);
}

export function object_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  if (excessArgs(args, kwnames)) {
    if (type.tp_new !== object_new) {
      raise(PyExc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (type.tp_init === object_init) {
      raise(PyExc_TypeError, `${type.ht_qualname}() takes no arguments`);
    }
  }
  if (type.hasFlag(TypeFlag.IS_ABSTRACT)) {
    const abstract = abstractMethodNames(type);
    raise(
      PyExc_TypeError,
      `Can't instantiate abstract class ${type.tp_name} with abstract method${abstract.length > 1 ? "s" : ""} ${abstract.join(", ")}`,
    );
  }
  const obj = new PyInstance(type);
  const nslots = slotCount(type);
  if (nslots > 0 || type.ht_slots !== null) obj.ob_slots = new Array(nslots).fill(null);
  // gcAlloc / allocateObject inlined (see objectMalloc in object.ts)
  const flags = type.tp_flags;
  const size = instanceAllocSize(type);
  obj.ob_size_alloc = size;
  obj.ob_addr = objectMalloc(size);
  if (heap.listener !== null) notifyAlloc(obj);
  if ((flags & TypeFlag.HAVE_GC) !== 0) containerHooks.gcLinked(obj);
  type.ob_refcnt++;
  if ((flags & TypeFlag.HAVE_GC) !== 0) PyObject_GC_Track(obj);
  if (type.ht_cached_keys !== null && (flags & TypeFlag.MANAGED_DICT) !== 0) {
    // init_inline_values: every new instance takes one of the keys' usable slots (down to 1),
    // and gets a values array as large as the keys could then hold.
    if (type.ht_keys_usable > 1) type.ht_keys_usable--;
    const d = _PyDict_NewInlineValues(type);
    gc.markInlineValues(d);
    obj.ob_dict = d;
  }
  return obj;
}

function abstractMethodNames(type: PyType): string[] {
  const v = typeLookupString(type, "__abstractmethods__");
  if (v === null) return [];
  const names: string[] = [];
  try {
    const it = iterHook(v);
    for (const x of it) names.push((x as PyStr).value);
  } catch {
    return [];
  }
  return names.sort();
}

let iterHook: (o: PyObject) => Iterable<PyObject> = () => [];
export function setIterHook(f: (o: PyObject) => Iterable<PyObject>): void {
  iterHook = f;
}

/** The `__slots__` values of an instance: its MRO's slots, counted once (a class's layout never changes). */
function slotCount(type: PyType): number {
  let n = type.ht_nslots;
  if (n >= 0) return n;
  n = 0;
  for (const t of type.tp_mro) if (t.ht_slots !== null) n += t.ht_slots.length;
  if (type.tp_mro.length > 0) type.ht_nslots = n;
  return n;
}

export function object_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const type = self.ob_type;
  if (excessArgs(args, kwnames)) {
    if (type.tp_init !== object_init) {
      raise(PyExc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    if (type.tp_new === object_new) {
      raise(
        PyExc_TypeError,
        `${type.ht_qualname}.__init__() takes exactly one argument (the instance to initialize)`,
      );
    }
  }
}

function object_repr(o: PyObject): PyObject {
  return defaultRepr(o);
}

function object_str(o: PyObject): PyObject {
  const f = o.ob_type.tp_repr;
  return f === null ? defaultRepr(o) : f(o);
}

/** object.__hash__: derived from the address, as CPython's _Py_HashPointer. */
function object_hash(o: PyObject): Hash {
  return _Py_HashPointer(o.ob_addr);
}

function object_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  switch (op) {
    case CmpOp.EQ: {
      const r = a === b ? Py_True : Py_NotImplemented;
      Py_INCREF(r);
      return r;
    }
    case CmpOp.NE: {
      // By default, __ne__ delegates to __eq__ and inverts the result unless NotImplemented.
      const eq = a.ob_type.tp_richcompare;
      if (eq === null) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
      }
      const r = eq(a, b, CmpOp.EQ);
      if (r === Py_NotImplemented) return r;
      const truth = PyObject_IsTrue(r);
      Py_DECREF(r);
      return PyBool_FromBool(!truth);
    }
    default:
      Py_INCREF(Py_NotImplemented);
      return Py_NotImplemented;
  }
}

/**
 * Drops an instance's managed dict (a reference the caller took out of `ob_dict`). Inline values
 * and split dicts release their values in the class's shared-key order, as CPython's
 * _PyObject_FreeInstanceAttributes walks the values array — not in insertion order.
 */
export function releaseInstanceDict(_o: PyObject, d: PyObject): void {
  Py_DECREF(d);
}

/**
 * make_dict_from_instance_attributes: an instance's inline values become a dict object (a GC
 * allocation, tracked if it holds anything that may be tracked); from now on it is the
 * instance's ordinary `__dict__`.
 */
function materializeInlineValues(d: PyDict): void {
  gc.materialize(d);
  _PyDict_MaterializeInline(d);
  for (const [, v] of dictEntriesHook(d)) {
    if (_PyObject_GC_MAY_BE_TRACKED(v)) {
      PyObject_GC_Track(d);
      break;
    }
  }
}

/** Deallocation of instances of heap types (CPython's subtype_dealloc, simplified). */
export function subtype_dealloc(o: PyObject): void {
  const type = o.ob_type;
  PyObject_GC_UnTrack(o);
  if (type.tp_finalize !== null && !gc.isFinalized(o)) {
    gc.markFinalized(o);
    o.ob_refcnt = 1; // temporarily resurrect while __del__ runs (PEP 442)
    try {
      type.tp_finalize(o);
    } catch (e) {
      unraisableHook(e, o);
    }
    if (--o.ob_refcnt !== 0) {
      // resurrected: __del__ stored a new reference somewhere
      if (type.hasFlag(TypeFlag.HAVE_GC)) PyObject_GC_Track(o);
      return;
    }
  }
  clearWeakrefsHook(o);
  if (o.ob_slots) {
    const slots = o.ob_slots;
    for (let i = 0; i < slots.length; i++) {
      const v = slots[i];
      if (v) {
        slots[i] = null;
        Py_DECREF(v);
      }
    }
  }
  if (o.ob_dict) {
    const d = o.ob_dict;
    o.ob_dict = null;
    releaseInstanceDict(o, d);
  }
  // Let the builtin base release its own fields (e.g. list items) and free the block.
  let base: PyType | null = type;
  while (base?.hasFlag(TypeFlag.HEAPTYPE)) base = base.tp_base;
  const baseDealloc = base === null ? null : base.tp_dealloc;
  if (baseDealloc !== null && baseDealloc !== subtype_dealloc && base !== PyBaseObject_Type) {
    baseDealloc(o);
  } else {
    // gcFree / freeObject inlined (see objectMalloc in object.ts)
    if (type.hasFlag(TypeFlag.HAVE_GC)) containerHooks.gcUnlinked(o);
    const size = o.ob_size_alloc;
    if (size !== 0) {
      objectFree(o.ob_addr, size);
      if (heap.listener !== null) notifyFree(o);
      o.ob_size_alloc = 0;
    }
  }
  Py_DECREF(type);
}

export let unraisableHook: (e: unknown, obj: PyObject) => void = () => {};
export function setUnraisableHook(f: (e: unknown, obj: PyObject) => void): void {
  unraisableHook = f;
}

export let clearWeakrefsHook: (o: PyObject) => void = () => {};
export function setClearWeakrefsHook(f: (o: PyObject) => void): void {
  clearWeakrefsHook = f;
}

function object_dealloc(o: PyObject): void {
  freeObject(o);
}

// ---------------------------------------------------------------------------------------------
// Slot dispatch for classes defined in Python (CPython's slot_* functions)

/**
 * Whether lookup_maybe_method leaves `descr` unbound: the types with Py_TPFLAGS_METHOD_DESCRIPTOR
 * (Python functions, method descriptors such as dict.get or a native method set on a class,
 * slot wrappers) are called with self as their first argument, so no bound method is made (and
 * allocated and freed at every call), and `self` has no extra reference inside the method.
 */
function isUnboundMethod(descr: PyObject): boolean {
  const t = descr.ob_type;
  return t === PyMethodDescr_Type || t === PyWrapperDescr_Type || t.tp_name === "function";
}

/** Whether the last lookupMaybeMethod found a method to call with self first. */
let lookedUpUnbound = false;

/**
 * CPython's lookup_maybe_method: a new reference to what `name` gives on self's type (unbound
 * when isUnboundMethod, with lookedUpUnbound set; else bound by its __get__), or null.
 */
function lookupMaybeMethod(self: PyObject, name: string): PyObject | null {
  const descr = typeLookupString(self.ob_type, name);
  if (descr !== null && isUnboundMethod(descr)) {
    lookedUpUnbound = true;
    Py_INCREF(descr);
    return descr;
  }
  const m = lookupSpecial(self, name);
  lookedUpUnbound = false; // after: a __get__ may have looked up methods of its own
  return m;
}

/** Calls what lookupMaybeMethod returned (call_unbound): with self first when unbound. */
function callLookedUp(m: PyObject, unbound: boolean, self: PyObject, args: PyObject[]): PyObject {
  try {
    return PyObject_Call(m, unbound ? [self, ...args] : args, null);
  } finally {
    Py_DECREF(m);
  }
}

function callMethodOrNull(self: PyObject, name: string, args: PyObject[]): PyObject | null {
  const m = lookupMaybeMethod(self, name);
  return m === null ? null : callLookedUp(m, lookedUpUnbound, self, args);
}

function callMethod(self: PyObject, name: string, args: PyObject[]): PyObject {
  const r = callMethodOrNull(self, name, args);
  if (r === null) raise(PyExc_AttributeError, name);
  return r;
}

function notImplemented(): PyObject {
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

/** Is `name` defined by `type` differently from how `other` defines it (method_is_overloaded)? */
function methodIsOverloaded(left: PyType, right: PyType, name: string): boolean {
  const a = typeLookupString(right, name);
  if (a === null) return false;
  const b = typeLookupString(left, name);
  return b === null || a !== b;
}

function makeBinarySlot(slot: SlotName, lname: string, rname: string) {
  const fn = (self: PyObject, other: PyObject): PyObject => {
    const st = self.ob_type;
    const ot = other.ob_type;
    const rec = (t: PyType) => (t as unknown as Record<string, unknown>)[slot];
    let doOther = st !== ot && rec(ot) === fn && typeLookupString(ot, rname) !== null;
    if (rec(st) === fn) {
      if (doOther && PyType_IsSubtype(ot, st) && methodIsOverloaded(st, ot, rname)) {
        const r = callMethodOrNull(other, rname, [self]);
        if (r !== null) {
          if (r !== Py_NotImplemented) return r;
          Py_DECREF(r);
        }
        doOther = false;
      }
      const r = callMethodOrNull(self, lname, [other]);
      if (r !== null && (r !== Py_NotImplemented || st === ot)) return r;
      if (r !== null) Py_DECREF(r);
    }
    if (doOther) {
      const r = callMethodOrNull(other, rname, [self]);
      if (r !== null) return r;
    }
    return notImplemented();
  };
  return fn;
}

const BINARY_DISPATCHERS = new Map<string, (a: PyObject, b: PyObject) => PyObject>();
for (const def of SLOTDEFS) {
  if (def.kind === "binary" && def.slot.startsWith("nb_") && !def.slot.startsWith("nb_inplace")) {
    const op = def.name.slice(2, -2);
    BINARY_DISPATCHERS.set(def.slot, makeBinarySlot(def.slot, `__${op}__`, `__r${op}__`));
  }
}

/**
 * The slot function a class defined in Python gets for a binary number slot ("nb_add"...):
 * a type whose slot is this one dispatches it to its `__op__`/`__rop__` methods.
 */
export function binarySlotDispatcher(slot: string): ((a: PyObject, b: PyObject) => PyObject) | undefined {
  return BINARY_DISPATCHERS.get(slot);
}

const slot_nb_power = (self: PyObject, other: PyObject, mod: PyObject): PyObject => {
  if (mod === Py_None) {
    const st = self.ob_type;
    const ot = other.ob_type;
    if (st.nb_power === slot_nb_power) {
      const r = callMethodOrNull(self, "__pow__", [other]);
      if (r !== null && (r !== Py_NotImplemented || st === ot)) return r;
      if (r !== null) Py_DECREF(r);
    }
    if (st !== ot && ot.nb_power === slot_nb_power) {
      const r = callMethodOrNull(other, "__rpow__", [self]);
      if (r !== null) return r;
    }
    return notImplemented();
  }
  if (self.ob_type.nb_power === slot_nb_power) {
    const r = callMethodOrNull(self, "__pow__", [other, mod]);
    if (r !== null) return r;
  }
  return notImplemented();
};

function unaryDispatcher(name: string) {
  return (self: PyObject): PyObject => callMethod(self, name, []);
}

const slot_tp_repr = (self: PyObject): PyObject => {
  const r = callMethodOrNull(self, "__repr__", []);
  return r ?? defaultRepr(self);
};
const slot_tp_str = (self: PyObject): PyObject => callMethod(self, "__str__", []);

/**
 * lookup_maybe_method + call_unbound: a plain function found on the type is called with `self`
 * first (no bound method, so no extra reference to `self`); anything else is bound first.
 * Returns null when the type has no such attribute; `none` is what a `None` entry means.
 */
function callSpecialUnbound(
  self: PyObject,
  name: string,
  args: PyObject[],
  kwnames: string[] | null,
  onNone: (self: PyObject) => never,
): PyObject | null {
  const descr = typeLookupString(self.ob_type, name);
  if (descr === Py_None) onNone(self);
  if (descr !== null && isUnboundMethod(descr)) {
    if (args.length === 0 && kwnames === null) {
      // self alone (__hash__, __iter__, __len__...): _PyObject_Call_Prepend has nothing to
      // allocate for one argument (callPrependTemporaries would give null), so no array of
      // self and the arguments is built and no temporaries are looked for.
      descr.ob_refcnt++;
      try {
        return descr.ob_type.tp_call!(descr, [self], null);
      } finally {
        Py_DECREF(descr);
      }
    }
    Py_INCREF(descr);
    // (what slot_tp_call's _PyObject_Call_Prepend holds; nothing for the argument-less slots)
    const all = [self, ...args];
    const held = callPrependTemporaries(args.length - (kwnames === null ? 0 : kwnames.length), kwnames, all);
    try {
      return PyObject_Call(descr, all, kwnames);
    } finally {
      if (held !== null) releaseCallTemporaries(held);
      Py_DECREF(descr);
    }
  }
  const m = lookupSpecial(self, name);
  if (m === null) return null;
  if (m === Py_None) {
    Py_DECREF(m);
    onNone(self);
  }
  // A callable instance (`__call__ = A()`) has no vectorcall: CPython calls it through
  // _PyObject_MakeTpCall, which takes a recursion level, so `A.__call__ = A(); A()()` ends in a
  // RecursionError at the limit rather than when the host's stack runs out.
  const viaTpCall = m.ob_type.tp_call === slot_tp_call;
  if (viaTpCall) {
    try {
      Py_EnterRecursiveCall(" while calling a Python object");
    } catch (e) {
      Py_DECREF(m);
      throw e;
    }
  }
  try {
    return PyObject_Call(m, args, kwnames);
  } finally {
    if (viaTpCall) Py_LeaveRecursiveCall();
    Py_DECREF(m);
  }
}

/** (module-level, not a closure made at each call) */
function unhashable(self: PyObject): never {
  raise(PyExc_TypeError, `unhashable type: '${self.ob_type.tp_name}'`);
}

const slot_tp_hash = (self: PyObject): Hash => {
  const r = callSpecialUnbound(self, "__hash__", [], null, unhashable) ?? unhashable(self);
  if (!(r instanceof PyInt)) {
    Py_DECREF(r);
    raise(PyExc_TypeError, "__hash__ method should return an integer");
  }
  // CPython uses the value itself when it fits in a Py_hash_t, else int's own hash of it.
  const v = r.value;
  let h: Hash;
  if (typeof v === "number") h = v;
  else if (v >= -(2n ** 63n) && v < 2n ** 63n) h = v;
  else h = PyObject_Hash(r);
  Py_DECREF(r);
  return h === -1 ? -2 : h;
};

const RICH_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const slot_tp_richcompare = (self: PyObject, other: PyObject, op: number): PyObject => {
  // CPython clears any error of the lookup itself (`__eq__ = property(raising)`): the comparison
  // is then NotImplemented; an error raised by the method called is the caller's.
  let m: PyObject | null;
  try {
    m = lookupMaybeMethod(self, RICH_NAMES[op]!);
  } catch (e) {
    if (!isPyException(e)) throw e;
    Py_DECREF(e);
    m = null;
  }
  return m === null ? notImplemented() : callLookedUp(m, lookedUpUnbound, self, [other]);
};

/** The tp_richcompare of a class defined in Python: it calls `__lt__`, `__eq__`... by CmpOp. */
export function richcompareSlotDispatcher(): (self: PyObject, other: PyObject, op: number) => PyObject {
  return slot_tp_richcompare;
}

const slot_tp_call = (self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject => {
  const notCallable = (): never => raise(PyExc_TypeError, `'${self.ob_type.tp_name}' object is not callable`);
  // `__call__ = None` is called like any other attribute: "'NoneType' object is not callable".
  const noneCall = (_self: PyObject): never => raise(PyExc_TypeError, "'NoneType' object is not callable");
  // Reached through _PyObject_MakeTpCall (its tuple and keyword dict not made), unless
  // f(*t, **d) passed its own tuple and dict on.
  const held = callTuples.unpacked === args ? 0 : args.length;
  holdUnmadeCallRefs(args, held);
  try {
    return callSpecialUnbound(self, "__call__", args, kwnames, noneCall) ?? notCallable();
  } finally {
    releaseUnmadeCallRefs(args, held);
  }
};

function notIterable(self: PyObject): never {
  raise(PyExc_TypeError, `'${self.ob_type.tp_name}' object is not iterable`);
}

const slot_tp_iter = (self: PyObject): PyObject =>
  callSpecialUnbound(self, "__iter__", [], null, notIterable) ?? notIterable(self);

/** tp_iternext of a class whose __next__ is Python code: self.__next__(), null for StopIteration. */
export const slot_tp_iternext = (self: PyObject): PyObject | null => {
  try {
    return callMethod(self, "__next__", []);
  } catch (e) {
    if (exceptionMatches(e, PyExc_StopIteration)) {
      Py_DECREF(e as PyBaseException);
      return null;
    }
    throw e;
  }
};

/**
 * Calls tp_iternext `f` on `self`, except that a class's own __next__ is called directly so a
 * StopIteration it raises propagates with its value (next(it), yield from) instead of becoming null.
 */
export function iternextKeepingStop(f: (o: PyObject) => PyObject | null, self: PyObject): PyObject | null {
  return f === slot_tp_iternext ? callMethod(self, "__next__", []) : f(self);
}

const slot_tp_init = (self: PyObject, args: PyObject[], kwnames: string[] | null): void => {
  const descr = typeLookupString(self.ob_type, "__init__");
  const unbound = descr !== null && isUnboundMethod(descr);
  const m = unbound ? (Py_INCREF(descr), descr) : lookupSpecial(self, "__init__");
  if (m === null) return;
  let r: PyObject;
  const all = unbound ? [self, ...args] : args;
  const held = unbound
    ? callPrependTemporaries(args.length - (kwnames === null ? 0 : kwnames.length), kwnames, all)
    : null;
  try {
    r = PyObject_Call(m, all, kwnames);
  } finally {
    if (held !== null) releaseCallTemporaries(held);
    Py_DECREF(m);
  }
  if (r !== Py_None) {
    const name = r.ob_type.tp_name;
    Py_DECREF(r);
    raise(PyExc_TypeError, `__init__() should return None, not '${name}'`);
  }
  Py_DECREF(r);
};

const slot_tp_new = (type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject => {
  const f = type_getattro(type, PyStr_InternFromString("__new__"));
  const all = [type, ...args];
  const held = callPrependTemporaries(args.length - (kwnames === null ? 0 : kwnames.length), kwnames, all);
  try {
    return PyObject_Call(f, all, kwnames);
  } finally {
    if (held !== null) releaseCallTemporaries(held);
    Py_DECREF(f);
  }
};

const slot_tp_finalize = (self: PyObject): void => {
  const r = callMethodOrNull(self, "__del__", []);
  if (r !== null) Py_DECREF(r);
};

const slot_tp_descr_get = (self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject => {
  return callMethod(self, "__get__", [obj ?? Py_None, type ?? Py_None]);
};

const slot_tp_descr_set = (self: PyObject, obj: PyObject, v: PyObject | null): void => {
  const r = v === null ? callMethod(self, "__delete__", [obj]) : callMethod(self, "__set__", [obj, v]);
  Py_DECREF(r);
};

const slot_tp_getattr_hook = (self: PyObject, name: PyObject): PyObject => {
  const tp = self.ob_type;
  const getattribute = typeLookupString(tp, "__getattribute__");
  const getattr = typeLookupString(tp, "__getattr__");
  try {
    if (getattribute === null || isGenericGetattribute(getattribute)) {
      const r = genericGetAttrOrNull(self, name as PyStr);
      if (r !== null) return r;
      if (getattr === null) raiseNoAttribute(self, name as PyStr);
      throw noAttrMarker;
    }
    return callMethod(self, "__getattribute__", [name]);
  } catch (e) {
    if (getattr === null) throw e;
    if (e !== noAttrMarker) {
      if (!exceptionMatches(e, PyExc_AttributeError)) throw e;
      Py_DECREF(e as PyBaseException);
    }
    return callMethod(self, "__getattr__", [name]);
  }
};
const noAttrMarker = {};

function isGenericGetattribute(o: PyObject): boolean {
  return o instanceof PyWrapperDescr && o.owner === PyBaseObject_Type;
}

/**
 * hackcheck (wrap_setattr / wrap_delattr): `object.__setattr__(str, 'x', 1)` ("Carlo Verre's
 * hack") must not jump over the setattro of a native type between `self`'s type and the one
 * that wrote `func`: "can't apply this __setattr__ to type object". Classes written in Python
 * (slot_tp_setattro) are skipped both when finding the defining type and when walking its bases.
 */
function hackcheck(self: PyObject, func: unknown, what: string): void {
  const type = self.ob_type;
  const mro = type.tp_mro;
  let defining: PyType = type;
  for (let i = mro.length - 1; i >= 0; i--) {
    const base = mro[i]!;
    if (base.tp_setattro !== slot_tp_setattro && base.tp_setattro === type.tp_setattro) {
      defining = base;
      break;
    }
  }
  for (let base: PyType | null = defining; base !== null; base = base.tp_base) {
    if (base.tp_setattro === func) return;
    if (base.tp_setattro !== slot_tp_setattro) {
      raise(PyExc_TypeError, `can't apply this ${what} to ${type.tp_name} object`);
    }
  }
}

const slot_tp_setattro = (self: PyObject, name: PyObject, v: PyObject | null): void => {
  const r = v === null ? callMethod(self, "__delattr__", [name]) : callMethod(self, "__setattr__", [name, v]);
  Py_DECREF(r);
};

const slot_nb_bool = (self: PyObject): boolean => {
  const m = lookupMaybeMethod(self, "__bool__");
  if (m === null) {
    const len = lookupMaybeMethod(self, "__len__");
    if (len === null) return true;
    Py_DECREF(len);
    return slot_mp_length(self) !== 0;
  }
  const r = callLookedUp(m, lookedUpUnbound, self, []);
  if (r === Py_True || r === Py_False) {
    Py_DECREF(r);
    return r === Py_True;
  }
  const name = r.ob_type.tp_name;
  Py_DECREF(r);
  raise(PyExc_TypeError, `__bool__ should return bool, returned ${name}`);
};

const slot_mp_length = (self: PyObject): number => {
  const r = callMethod(self, "__len__", []);
  try {
    if (!(r instanceof PyInt) && r.ob_type.nb_index === null) {
      raise(PyExc_TypeError, `'${r.ob_type.tp_name}' object cannot be interpreted as an integer`);
    }
    // the sign is checked before the size (-sys.maxsize - 10 is a ValueError)
    if (r instanceof PyInt && r.value < 0) raise(PyExc_ValueError, "__len__() should return >= 0");
    const n = PyNumber_AsSsize_t(r, PyExc_OverflowError);
    if (n < 0) raise(PyExc_ValueError, "__len__() should return >= 0");
    if (n > Number.MAX_SAFE_INTEGER) {
      const i = PyNumber_Index(r);
      exactLength.value = BigInt(i.value);
      Py_DECREF(i);
    }
    return n;
  } finally {
    Py_DECREF(r);
  }
};

const slot_mp_subscript = (self: PyObject, key: PyObject): PyObject => callMethod(self, "__getitem__", [key]);

/** The mp_subscript of a class defined in Python with `__getitem__`: it calls that method. */
export function subscriptSlotDispatcher(): (self: PyObject, key: PyObject) => PyObject {
  return slot_mp_subscript;
}
const slot_sq_item = (self: PyObject, i: number): PyObject => {
  const idx = intFromNumber(i);
  try {
    return callMethod(self, "__getitem__", [idx]);
  } finally {
    Py_DECREF(idx);
  }
};
const slot_mp_ass_subscript = (self: PyObject, key: PyObject, v: PyObject | null): void => {
  const r = v === null ? callMethod(self, "__delitem__", [key]) : callMethod(self, "__setitem__", [key, v]);
  Py_DECREF(r);
};
const slot_sq_contains = (self: PyObject, v: PyObject): boolean => {
  const m = lookupMaybeMethod(self, "__contains__");
  if (m === null || m === Py_None) {
    if (m !== null) Py_DECREF(m);
    raise(PyExc_TypeError, `argument of type '${self.ob_type.tp_name}' is not iterable`);
  }
  const r = callLookedUp(m, lookedUpUnbound, self, [v]);
  try {
    return PyObject_IsTrue(r);
  } finally {
    Py_DECREF(r);
  }
};

function inplaceDispatcher(name: string) {
  return (self: PyObject, other: PyObject): PyObject =>
    callMethodOrNull(self, name, [other]) ?? notImplemented();
}

/** dispatcherFor's results, made once per slot (as CPython's slot_* functions are shared). */
const dispatchers = new Map<SlotDef, unknown>();

/** The slot function a heap type gets when its MRO defines `dunder` in Python. */
function dispatcherFor(def: SlotDef): unknown {
  let d = dispatchers.get(def);
  if (d === undefined) dispatchers.set(def, (d = makeDispatcher(def)));
  return d;
}

function makeDispatcher(def: SlotDef): unknown {
  switch (def.slot) {
    case "tp_repr":
      return slot_tp_repr;
    case "tp_str":
      return slot_tp_str;
    case "tp_hash":
      return slot_tp_hash;
    case "tp_richcompare":
      return slot_tp_richcompare;
    case "tp_call":
      return slot_tp_call;
    case "tp_iter":
      return slot_tp_iter;
    case "tp_iternext":
      return slot_tp_iternext;
    case "tp_init":
      return slot_tp_init;
    case "tp_new":
      return slot_tp_new;
    case "tp_finalize":
      return slot_tp_finalize;
    case "tp_descr_get":
      return slot_tp_descr_get;
    case "tp_descr_set":
      return slot_tp_descr_set;
    case "tp_getattro":
      return slot_tp_getattr_hook;
    case "tp_setattro":
      return slot_tp_setattro;
    case "nb_bool":
      return slot_nb_bool;
    case "nb_power":
      return slot_nb_power;
    case "nb_inplace_power":
      return (self: PyObject, other: PyObject) =>
        callMethodOrNull(self, "__ipow__", [other]) ?? notImplemented();
    case "mp_length":
    case "sq_length":
      return slot_mp_length;
    case "mp_subscript":
      return slot_mp_subscript;
    case "sq_item":
      return slot_sq_item;
    case "mp_ass_subscript":
      return slot_mp_ass_subscript;
    case "sq_contains":
      return slot_sq_contains;
    case "sq_concat":
    case "sq_repeat":
    case "sq_inplace_concat":
    case "sq_inplace_repeat":
      return null; // sequence protocol slots come from the number slots for Python classes
    case "sq_ass_item":
      return null;
    case "am_await":
    case "am_aiter":
    case "am_anext":
    case "nb_negative":
    case "nb_positive":
    case "nb_absolute":
    case "nb_invert":
    case "nb_int":
    case "nb_float":
    case "nb_index":
      return unaryDispatcher(def.name);
    default:
      if (def.slot.startsWith("nb_inplace")) return inplaceDispatcher(def.name);
      return BINARY_DISPATCHERS.get(def.slot) ?? null;
  }
}

/** One slot and the SLOTDEFS entries that feed it, in table order. */
interface SlotGroup {
  slot: string;
  defs: SlotDef[];
}

/** SLOTDEFS grouped by slot (built once: every class statement walks it). */
let slotGroups: SlotGroup[] | null = null;
/** For each dunder of SLOTDEFS, the indices in slotGroups of the slots it feeds (`__len__`: two). */
let groupsByDunder: Map<string, number[]> | null = null;

function slotDefsGrouped(): SlotGroup[] {
  if (slotGroups === null) {
    const bySlot = new Map<string, SlotGroup>();
    for (const def of SLOTDEFS) {
      let g = bySlot.get(def.slot);
      if (!g) bySlot.set(def.slot, (g = { slot: def.slot, defs: [] }));
      g.defs.push(def);
    }
    slotGroups = [...bySlot.values()];
    groupsByDunder = new Map();
    slotGroups.forEach((g, index) => {
      for (const def of g.defs) {
        let list = groupsByDunder!.get(def.name);
        if (!list) groupsByDunder!.set(def.name, (list = []));
        if (!list.includes(index)) list.push(index);
      }
    });
  }
  return slotGroups;
}

/**
 * Which slot groups `t`'s own dict names a dunder of, when `t`'s MRO is `t` followed by its
 * base's MRO (one base, or several that add nothing to its MRO; no custom mro()). Then any other
 * dunder is found in `t` exactly where it is found in the base. Null for any other MRO.
 */
function ownSlotGroups(t: PyType, groups: SlotGroup[]): boolean[] | null {
  const base = t.tp_base;
  const mro = t.tp_mro;
  const d = t.tp_dict;
  if (base === null || d === null || mro[0] !== t) return null;
  const bmro = base.tp_mro;
  if (bmro.length === 0 || mro.length !== bmro.length + 1) return null;
  for (let i = 0; i < bmro.length; i++) if (mro[i + 1] !== bmro[i]) return null;
  const own: boolean[] = new Array(groups.length).fill(false);
  const byDunder = groupsByDunder!;
  const mark = (key: PyObject) => {
    if (!(key instanceof PyStr)) return;
    const indices = byDunder.get(key.value);
    if (indices !== undefined) for (const i of indices) own[i] = true;
  };
  if (d.ma_split === null) {
    const k = d.ma_keys;
    for (let i = 0; i < k.nentries; i++) if (k.ev[i]) mark(k.ek[i]!);
  } else {
    for (const [key] of dictEntriesHook(d)) mark(key);
  }
  return own;
}

/**
 * What a subclass of `base` gets in the slots whose dunders it does not define itself (what
 * fixupSlotDispatchers would derive from the base's MRO): `values` by slot group, and `changed`,
 * the groups where that is not the base's own slot (which inheritSlots copied). Made once per
 * base and kept until a dunder is assigned in the base's MRO (updateSlotsFor) or the MRO changes
 * (PyType_Modified).
 */
interface SubclassSlots {
  values: unknown[];
  changed: number[];
}

function subclassSlots(base: PyType, groups: SlotGroup[]): SubclassSlots {
  let sub = base.ht_subclass_slots as SubclassSlots | null;
  if (sub === null) {
    const brec = base as unknown as Record<string, unknown>;
    const values = groups.map((g) => slotValue(base, g.slot, g.defs, brec[g.slot]));
    const changed: number[] = [];
    values.forEach((v, i) => {
      if (v !== brec[groups[i]!.slot]) changed.push(i);
    });
    sub = { values, changed };
    base.ht_subclass_slots = sub;
  }
  return sub;
}

/**
 * The slot groups inheritSlots (and type_new right after it) may leave different from the
 * base's: tp_hash and tp_richcompare are not inherited past an own __eq__ or __hash__, a missing
 * tp_getattro / tp_setattro becomes the generic one. Every other slot is the base's.
 */
let inheritExceptions: number[] | null = null;

/**
 * Points each slot of a heap type at a dispatcher when some class in its MRO defines the
 * matching dunder in Python; keeps the builtin slot when the dunder found is that builtin's own
 * slot wrapper (CPython's fixup_slot_dispatchers / update_one_slot). When the class's MRO
 * extends its base's, only the slots whose dunders the class defines (or that inheritSlots left
 * different from the base's) are looked up; the others come from subclassSlots(base).
 */
function fixupSlotDispatchers(t: PyType): void {
  const groups = slotDefsGrouped();
  const rec = t as unknown as Record<string, unknown>;
  const own = ownSlotGroups(t, groups);
  if (own === null) {
    for (const g of groups) rec[g.slot] = slotValue(t, g.slot, g.defs, rec[g.slot]);
    return;
  }
  const base = t.tp_base!;
  const brec = base as unknown as Record<string, unknown>;
  if (inheritExceptions === null) {
    const names = ["tp_hash", "tp_richcompare", "tp_getattro", "tp_setattro"];
    inheritExceptions = names.map((n) => groups.findIndex((g) => g.slot === n));
  }
  for (const i of inheritExceptions) {
    const slot = groups[i]!.slot;
    if (!own[i] && rec[slot] !== brec[slot]) own[i] = true;
  }
  for (let i = 0; i < own.length; i++) {
    if (!own[i]) continue;
    const g = groups[i]!;
    rec[g.slot] = slotValue(t, g.slot, g.defs, rec[g.slot]);
  }
  const sub = subclassSlots(base, groups);
  for (const i of sub.changed) if (!own[i]) rec[groups[i]!.slot] = sub.values[i];
}

function updateOneSlot(t: PyType, g: SlotGroup): void {
  const rec = t as unknown as Record<string, unknown>;
  // update_one_slot empties a slot none of whose dunders is left in the MRO: after
  // `del C.__len__`, len(c) raises TypeError instead of calling a dispatcher that finds nothing.
  const anyLeft = g.defs.some((def) => typeLookupString(t, def.name) !== null);
  rec[g.slot] = anyLeft ? slotValue(t, g.slot, g.defs, rec[g.slot]) : null;
}

/** What update_one_slot makes of `slot` (now `prior`) from the dunders along `t`'s MRO. */
function slotValue(t: PyType, slot: string, defs: SlotDef[], prior: unknown): unknown {
  let useDispatcher = false;
  let builtin: unknown;
  let sawWrapper = false;
  for (const def of defs) {
    const descr = typeLookupString(t, def.name);
    if (descr === null) continue;
    if (descr instanceof PyWrapperDescr && descr.slot === slot) {
      const ownerFn = (descr.owner as unknown as Record<string, unknown>)[slot];
      // The native function is used only when it is the one function these dunders wrap and
      // the wrapper is of a base of `t` (`__eq__ = str.__eq__` in an int subclass goes through
      // the dispatcher, whose call of the wrapper raises TypeError, as CPython's use_generic).
      if ((builtin === undefined || builtin === ownerFn) && PyType_IsSubtype(t, descr.owner)) {
        builtin = ownerFn;
        sawWrapper = true;
      } else {
        useDispatcher = true;
      }
      continue;
    }
    if (slot === "tp_hash" && descr === Py_None) return PyObject_HashNotImplemented;
    if (slot === "tp_new" && descr instanceof PyCFunction && descr.def.name === "__new__") {
      // a builtin __new__ inherited unchanged: keep the base's tp_new
      continue;
    }
    useDispatcher = true;
  }
  if (useDispatcher) return dispatcherFor(defs[0]!) ?? prior;
  if (sawWrapper && builtin !== undefined) return builtin;
  return prior;
}

/** Re-derives the slots affected by assigning `name` on a class (CPython's update_slot). */
function updateSlotsFor(t: PyType, name: string): void {
  const groups = slotDefsGrouped();
  const affected = groupsByDunder!.get(name);
  if (affected === undefined) return;
  const visit = (ty: PyType) => {
    ty.ht_subclass_slots = null;
    for (const i of affected) updateOneSlot(ty, groups[i]!);
    for (const sub of ty.tp_subclasses) visit(sub);
  };
  visit(t);
}

// ---------------------------------------------------------------------------------------------
// Class creation: type(name, bases, dict) (CPython's type_new)

export interface ClassCreationHooks {
  /** staticmethod(f) and classmethod(f), new references (from the descriptor engineer's files). */
  staticmethod(f: PyObject): PyObject;
  classmethod(f: PyObject): PyObject;
  /** Member descriptor for a `__slots__` entry at `index`. */
  slotMember(owner: PyType, name: string, index: number): PyObject;
  /** Sets a cell's contents (for `__classcell__`). */
  setCell(cell: PyObject, value: PyObject): boolean;
}

let hooks: ClassCreationHooks | null = null;
export function setClassCreationHooks(h: ClassCreationHooks): void {
  hooks = h;
}

function solidBase(t: PyType): PyType {
  let b: PyType = t;
  while (b.tp_base !== null) {
    if (b.hasFlag(TypeFlag.HEAPTYPE)) {
      if (b.ht_slots !== null && b.ht_slots.length !== 0) break;
    } else if (b.tp_basicsize !== b.tp_base.tp_basicsize || b.tp_itemsize !== b.tp_base.tp_itemsize) {
      // a static type adding no fields shares its base's layout (CPython's extra_ivars),
      // so class FloatOperation(ArithmeticError, TypeError) is allowed
      break;
    }
    b = b.tp_base;
  }
  return b;
}

/** CPython's best_base: also where a __bases__ assignment learns that a base (bool, NoneType,
 * ...) cannot be subclassed. */
function bestBase(bases: PyType[]): PyType {
  let winner: PyType | null = null;
  let base: PyType | null = null;
  for (const b of bases) {
    if (!b.hasFlag(TypeFlag.BASETYPE)) {
      raise(PyExc_TypeError, `type '${b.tp_name}' is not an acceptable base type`);
    }
    const candidate = solidBase(b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (PyType_IsSubtype(winner, candidate)) {
      // keep
    } else if (PyType_IsSubtype(candidate, winner)) {
      winner = candidate;
      base = b;
    } else {
      raise(PyExc_TypeError, "multiple bases have instance lay-out conflict");
    }
  }
  return base!;
}

/** A type's name must encode to UTF-8 (no lone surrogates) and hold no NUL (type_new_set_name). */
function checkTypeName(name: PyStr): void {
  if (/[\ud800-\udfff]/.test(name.value)) encodeString(name.value, "utf-8", "strict", name);
  if (name.value.includes("\0")) raise(PyExc_ValueError, "type name must not contain null characters");
}

export function type_new(metaObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const meta = metaObj as PyType;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos !== 3) raise(PyExc_TypeError, "type.__new__() takes exactly 3 arguments (" + npos + " given)");
  const [nameObj, basesObj, dictObj] = args as [PyObject, PyObject, PyObject];
  if (!(nameObj instanceof PyStr)) {
    raise(PyExc_TypeError, `type.__new__() argument 1 must be str, not ${argTypeName(nameObj)}`);
  }
  if (!(basesObj instanceof PyTuple)) {
    raise(PyExc_TypeError, `type.__new__() argument 2 must be tuple, not ${argTypeName(basesObj)}`);
  }
  if (!(dictObj instanceof PyDict)) {
    raise(PyExc_TypeError, `type.__new__() argument 3 must be dict, not ${argTypeName(dictObj)}`);
  }
  checkTypeName(nameObj);
  // type_new_get_bases: a base that would be replaced by its __mro_entries__ (a typing alias,
  // Union...) is refused before anything else; only class statements resolve them
  for (const b of basesObj.items) {
    if (b instanceof PyType) continue;
    const entries = PyObject_LookupAttrString(b, "__mro_entries__");
    if (entries !== null) {
      Py_DECREF(entries);
      raise(PyExc_TypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
    }
  }
  const baseList: PyType[] = [];
  for (const b of basesObj.items) {
    if (!(b instanceof PyType)) {
      // _PyType_CalculateMetaclass runs first, over every base's type: type((1,)...) conflicts.
      if (!PyType_IsSubtype(meta, b.ob_type) && !PyType_IsSubtype(b.ob_type, meta)) {
        raise(
          PyExc_TypeError,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        );
      }
      raise(PyExc_TypeError, "bases must be types");
    }
    if (!b.hasFlag(TypeFlag.BASETYPE)) {
      raise(PyExc_TypeError, `type '${b.tp_name}' is not an acceptable base type`);
    }
    baseList.push(b);
  }
  if (baseList.length === 0) baseList.push(PyBaseObject_Type);
  // The most derived metaclass wins (CPython's _PyType_CalculateMetaclass).
  let winner = meta;
  for (const b of baseList) {
    const bm = b.ob_type;
    if (PyType_IsSubtype(winner, bm)) continue;
    if (PyType_IsSubtype(bm, winner)) {
      winner = bm;
      continue;
    }
    raise(
      PyExc_TypeError,
      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    );
  }
  if (winner !== meta && winner.tp_new !== type_new) {
    return winner.tp_new!(winner, args, kwnames);
  }
  const base = bestBase(baseList);
  // CPython's order of allocations: the bases tuple (the one given, or a new `(object,)`), the
  // namespace copy, the __slots__ tuples, the class (tracked at once), then its MRO tuple and
  // descriptors.
  let basesTuple: PyObject;
  if (basesObj.items.length === 0) {
    Py_INCREF(PyBaseObject_Type);
    basesTuple = PyTuple_New([PyBaseObject_Type]);
  } else {
    basesTuple = Py_NewRef(basesObj);
  }
  // type_new_init: PyDict_Copy of the namespace (a clone of its keys table when it is compact)
  let dict: PyDict;
  try {
    dict = PyDict_Copy(dictObj);
  } catch (e) {
    Py_DECREF(basesTuple);
    throw e;
  }
  let layout: SlotsLayout;
  try {
    layout = typeNewSlots(nameObj, base, baseList, dict);
  } catch (e) {
    Py_DECREF(dict);
    Py_DECREF(basesTuple);
    throw e;
  }
  const names = layout.names;
  const t = new PyType({ name: nameObj.value, base }, winner);
  // PyType_GenericAlloc(metatype, nslot): nslot + 1 items of the metatype's itemsize (the
  // slots' member definitions and their terminator) after the heap type's fields
  gcAlloc(t, winner.tp_basicsize + winner.tp_itemsize * (names.length + 1) + 16);
  // PyType_GenericAlloc: an instance holds its type only when that is a heap type (a class made
  // by a metaclass holds the metaclass; one made by `type` holds nothing)
  if (winner.hasFlag(TypeFlag.HEAPTYPE)) Py_INCREF(winner);
  t.tp_flags = TypeFlag.HEAPTYPE | TypeFlag.BASETYPE | TypeFlag.HAVE_GC;
  t.tp_bases = baseList;
  t.tp_bases_obj = basesTuple;
  Py_INCREF(base); // tp_base holds its own reference
  t.tp_basicsize = base.tp_basicsize;
  t.tp_itemsize = base.tp_itemsize;
  t.tp_dict = dict;
  if (layout.slotsTuple !== null) {
    t.ht_slots = names;
    t.ht_slots_obj = layout.slotsTuple;
  }
  PyObject_GC_Track(t);
  try {
    // type_new_set_attrs: __module__, __qualname__, the doc, __new__ and the class methods,
    // then __classcell__, all before PyType_Ready computes the MRO (a metaclass's mro() may
    // call methods that use __class__ or super())
    if (PyDict_GetItemString(dict, "__module__") === null) {
      // type(name, bases, ns) called directly: the module is the calling frame's __name__.
      const globals = tstate.frame?.globals ?? null;
      const modname = globals === null ? null : PyDict_GetItemString(globals, "__name__");
      if (modname !== null) PyDict_SetItemString(dict, "__module__", modname);
    }
    const qual = PyDict_GetItemString(dict, "__qualname__");
    if (qual !== null) {
      if (!(qual instanceof PyStr)) {
        raise(PyExc_TypeError, `type __qualname__ must be a str, not ${qual.ob_type.tp_name}`);
      }
      t.ht_qualname = qual.value;
      PyDict_DelItem(dict, PyStr_InternFromString("__qualname__"));
    } else {
      t.ht_qualname = nameObj.value; // type('B.A', (), {}).__qualname__ is 'B.A'
    }
    typeNewSetDoc(t, dict);
    // __new__ is a static method; __init_subclass__ and __class_getitem__ are class methods.
    wrapSpecialFunction(dict, "__new__", "static");
    wrapSpecialFunction(dict, "__init_subclass__", "class");
    wrapSpecialFunction(dict, "__class_getitem__", "class");
    const cell = PyDict_GetItemString(dict, "__classcell__");
    if (cell !== null) {
      if (!hooks!.setCell(cell, t)) {
        raise(PyExc_TypeError, `__classcell__ must be a nonlocal cell, not ${reprOf(cell.ob_type)}`);
      }
      PyDict_DelItem(dict, PyStr_InternFromString("__classcell__"));
    }
    t.tp_mro = t.ob_type === PyType_Type ? c3Merge(t) : mroInternal(t);
  } catch (e) {
    Py_DECREF(t);
    throw e;
  }
  t.tp_mro_obj = mroTupleOf(t, t.tp_mro);

  // type_ready_fill_dict: add_members (the slots' descriptors), add_getset (__dict__,
  // __weakref__), then __doc__
  const addDict = layout.addDict;
  const addWeak = layout.addWeak;
  if (names.length > 0) {
    let offset = 0;
    for (const b of base.tp_mro) if (b.ht_slots !== null) offset += b.ht_slots.length;
    names.forEach((n, i) => {
      const member = hooks!.slotMember(t, n, offset + i);
      PyDict_SetItemString(dict, n, member);
      Py_DECREF(member);
    });
    t.tp_basicsize += 8 * names.length;
  }
  if (addDict) {
    t.tp_dictoffset = -1;
    // a variable-size base: the dict pointer sits after the items (its 8 bytes in basicsize)
    if (t.tp_itemsize === 0) t.tp_flags |= TypeFlag.MANAGED_DICT;
    else t.tp_basicsize += 8;
  }
  if (addWeak) {
    t.tp_weaklistoffset = 1;
    t.tp_basicsize += 8;
  }
  if (base.tp_dictoffset !== 0) t.tp_dictoffset = base.tp_dictoffset;
  // add_getset uses PyDict_SetDefault: a `__dict__` / `__weakref__` the class body defined wins.
  if (
    t.tp_dictoffset !== 0 &&
    typeLookupString(base, "__dict__") === null &&
    PyDict_GetItemString(dict, "__dict__") === null
  ) {
    const dd = newGetSetDescr(t, subtypeDictGetSet);
    PyDict_SetItemString(dict, "__dict__", dd);
    Py_DECREF(dd);
  }
  if (addWeak && PyDict_GetItemString(dict, "__weakref__") === null) {
    const wd = newGetSetDescr(t, weakrefGetSet);
    PyDict_SetItemString(dict, "__weakref__", wd);
    Py_DECREF(wd);
  }
  // type_ready_fill_dict adds __doc__ after the getsets, and type_ready_set_hash then adds
  // __hash__ = None, so a class's __dict__ lists them in that order after the body's names.
  if (PyDict_GetItemString(dict, "__doc__") === null) PyDict_SetItemString(dict, "__doc__", Py_None);
  // Classes that define __eq__ without __hash__ become unhashable.
  if (PyDict_GetItemString(dict, "__eq__") !== null && PyDict_GetItemString(dict, "__hash__") === null) {
    PyDict_SetItemString(dict, "__hash__", Py_None);
  }
  t.tp_dealloc = subtype_dealloc;
  t.tp_ready = true;
  for (const b of baseList) addSubclass(b, t);
  inheritSlots(t);
  if (t.hasFlag(TypeFlag.MANAGED_DICT)) {
    // _PyDict_NewKeysForClass: the keys the instances' attribute names will share
    t.ht_cached_keys = [];
    t.ht_keys_usable = SHARED_KEYS_MAX_SIZE;
    t.ht_cached_keys_addr = PyMem_Malloc(SHARED_KEYS_BLOCK_SIZE);
  }
  t.tp_dealloc = subtype_dealloc;
  if (t.tp_getattro === null) t.tp_getattro = PyObject_GenericGetAttr;
  if (t.tp_setattro === null) t.tp_setattro = PyObject_GenericSetAttr;
  fixupSlotDispatchers(t);
  t.lookupCache.clear();

  // __set_name__ on descriptors, then the parent's __init_subclass__ (with the class keywords).
  setNames(t);
  initSubclass(t, args.slice(3), kwnames);
  return t;
}

/**
 * add_subclass: the base's registry of subclasses gets the class's address -> its plain weak
 * reference (so weakref.getweakrefcount(cls) counts it and weakref.ref(cls) returns it).
 */
/**
 * PyWeakref_NewRef(o, NULL), wired by bootstrap: weakref.ts builds its proxy type's slots from
 * abstract.ts at load time, so this module (loaded before them) must not import it.
 */
let weakrefHook: ((o: PyObject) => PyObject) | null = null;

function newPlainWeakref(o: PyObject): PyObject {
  if (weakrefHook === null) throw new Error("weakref hook not wired");
  return weakrefHook(o);
}

function addSubclass(base: PyType, t: PyType): void {
  base.tp_subclasses.push(t);
  if (base.hasFlag(TypeFlag.HEAPTYPE)) {
    const key = PyInt_FromNumber(realAddress(t.ob_addr));
    const ref = newPlainWeakref(t);
    if (base.ht_subclasses_dict === null) {
      base.ht_subclasses_dict = PyDict_New();
      noteChanged(base);
    }
    PyDict_SetItem(base.ht_subclasses_dict as PyDict, key, ref);
    noteChanged(base.ht_subclasses_dict);
    Py_DECREF(key);
    Py_DECREF(ref);
  } else {
    // the builtin base's registry (made at CPython's startup, not modelled) holds an int key and
    // the weak reference, both the class's own blocks
    if (t.ht_static_base_refs === null) t.ht_static_base_refs = [];
    if (t.ht_static_base_keys === null) t.ht_static_base_keys = [];
    t.ht_static_base_keys.push(PyInt_FromNumber(realAddress(t.ob_addr)));
    t.ht_static_base_refs.push(newPlainWeakref(t));
  }
}

/** remove_subclass: the base forgets the class; a registry left empty is freed. */
export function removeSubclass(base: PyType, t: PyType): void {
  const i = base.tp_subclasses.lastIndexOf(t);
  if (i < 0) return;
  base.tp_subclasses.splice(i, 1);
  const dict = base.ht_subclasses_dict as PyDict | null;
  if (dict !== null && base.hasFlag(TypeFlag.HEAPTYPE)) {
    const key = PyInt_FromNumber(realAddress(t.ob_addr));
    if (PyDict_GetItem(dict, key) !== null) PyDict_DelItem(dict, key);
    Py_DECREF(key);
    if (dict.ma_used === 0) {
      base.ht_subclasses_dict = null;
      noteChanged(base);
      Py_DECREF(dict);
    } else noteChanged(dict);
    return;
  }
  const key = t.ht_static_base_keys?.pop();
  const ref = t.ht_static_base_refs?.pop();
  if (key !== undefined) Py_DECREF(key);
  if (ref !== undefined) Py_DECREF(ref);
}

/** What type_new_slots decides about a class's instances before the class is allocated. */
interface SlotsLayout {
  /** The slots' names, mangled and sorted (CPython's ht_slots). */
  names: string[];
  /** ht_slots itself, a new reference (null without __slots__). */
  slotsTuple: PyTuple | null;
  addDict: boolean;
  addWeak: boolean;
}

/**
 * type_new_get_slots and type_new_slots: the __slots__ value made a tuple (PyTuple_Pack of a
 * str, PySequence_Tuple of anything else), checked, then type_new_copy_slots' list of the
 * mangled names, sorted, made the tuple the class keeps.
 */
function typeNewSlots(nameObj: PyStr, base: PyType, baseList: PyType[], dict: PyDict): SlotsLayout {
  const mayAddDict = base.tp_dictoffset === 0;
  const mayAddWeak = base.tp_weaklistoffset === 0 && base.tp_itemsize === 0;
  const slots = PyDict_GetItemString(dict, "__slots__");
  if (slots === null) return { names: [], slotsTuple: null, addDict: mayAddDict, addWeak: mayAddWeak };
  const given = slots instanceof PyStr ? PyTuple_Pack(slots) : PySequence_Tuple(slots);
  try {
    const items = given.items;
    if (items.length > 0 && base.tp_itemsize !== 0)
      raise(PyExc_TypeError, `nonempty __slots__ not supported for subtype of '${base.tp_name}'`);
    let addDict = false;
    let addWeak = false;
    for (const s of items) {
      if (!(s instanceof PyStr)) {
        raise(PyExc_TypeError, `__slots__ items must be strings, not '${s.ob_type.tp_name}'`);
      }
      if (!strIsIdentifier(s.value)) raise(PyExc_TypeError, "__slots__ must be identifiers");
      if (s.value === "__dict__") {
        if (!mayAddDict || addDict) raise(PyExc_TypeError, "__dict__ slot disallowed: we already got one");
        addDict = true;
      }
      if (s.value === "__weakref__") {
        if (!mayAddWeak || addWeak) {
          raise(
            PyExc_TypeError,
            "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
          );
        }
        addWeak = true;
      }
    }
    const mangled: PyObject[] = [];
    try {
      for (const s of items as PyStr[]) {
        if ((addDict && s.value === "__dict__") || (addWeak && s.value === "__weakref__")) continue;
        // _Py_Mangle(name, slot): `__x` is stored as `_C__x`, a new str
        const slotName = mangle(nameObj.value, s.value);
        mangled.push(slotName === s.value ? Py_NewRef(s) : PyStr_FromString(slotName));
        if (PyDict_GetItemString(dict, slotName) !== null) {
          raise(PyExc_ValueError, `'${slotName}' in __slots__ conflicts with class variable`);
        }
      }
    } catch (e) {
      for (const m of mangled) Py_DECREF(m);
      throw e;
    }
    // CPython sorts __slots__ names (their members and release order follow it)
    const list = listHook(mangled) as PyList;
    let tuple: PyTuple;
    try {
      listSortHook(list);
      tuple = PyTuple_FromArray(list.items);
    } finally {
      Py_DECREF(list);
    }
    // type_new_slots_bases: secondary bases may provide the dict or the weakref list
    if (baseList.length > 1 && ((mayAddDict && !addDict) || (mayAddWeak && !addWeak))) {
      for (const b of baseList) {
        if (b === base) continue;
        if (mayAddDict && !addDict && b.tp_dictoffset !== 0) addDict = true;
        if (mayAddWeak && !addWeak && b.tp_weaklistoffset !== 0) addWeak = true;
        if ((mayAddDict && !addDict) || (mayAddWeak && !addWeak)) continue;
        break;
      }
    }
    return { names: tuple.items.map((n) => (n as PyStr).value), slotsTuple: tuple, addDict, addWeak };
  } finally {
    Py_DECREF(given);
  }
}

/** UTF-8 length of `s` up to its first NUL (tp_doc is a C string: a NUL truncates it). */
function cStringLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) break;
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** type_new_set_doc: a str __doc__ is copied into a block of its own (tp_doc, freed with the class). */
function typeNewSetDoc(t: PyType, dict: PyDict): void {
  const doc = PyDict_GetItemString(dict, "__doc__");
  if (!(doc instanceof PyStr)) return;
  t.ht_doc_size = cStringLength(doc.value) + 1;
  t.ht_doc_addr = PyMem_Malloc(t.ht_doc_size);
}

/**
 * The MRO as mro_implementation builds it: one base, a tuple of the class and the base's MRO;
 * several, a list the merge appends to (with its two scratch arrays), made a tuple by
 * mro_invoke's PySequence_Tuple.
 */
function mroTupleOf(t: PyType, mro: PyType[]): PyObject {
  const n = t.tp_bases.length;
  if (n === 1 || mro.length === 0 || mro[0] !== t || customMro(t)) return typeTupleOf(mro);
  const toMerge = PyMem_Malloc(8 * (n + 1));
  Py_INCREF(t);
  const list = listHook([t]) as PyList;
  const remain = PyMem_Malloc(8 * (n + 1));
  for (let i = 1; i < mro.length; i++) listAppendHook(list, mro[i]!);
  PyMem_Free(remain, 8 * (n + 1));
  PyMem_Free(toMerge, 8 * (n + 1));
  const tuple = PyTuple_FromArray(list.items);
  Py_DECREF(list);
  return tuple;
}

/** Whether mro_internal calls a metaclass's own mro() (mroInternal's test). */
function customMro(t: PyType): boolean {
  const meta = t.ob_type;
  if (meta === PyType_Type) return false;
  const mroAttr = typeLookupString(meta, "mro");
  return mroAttr !== null && mroAttr !== typeLookupString(PyType_Type, "mro");
}

let dictEntriesHook: (d: PyDict) => Iterable<[PyObject, PyObject]> = () => [];
export function setDictEntriesHook(f: (d: PyDict) => Iterable<[PyObject, PyObject]>): void {
  dictEntriesHook = f;
}

function wrapSpecialFunction(dict: PyDict, name: string, kind: "static" | "class"): void {
  const f = PyDict_GetItemString(dict, name);
  if (f === null || f.ob_type.tp_name !== "function") return;
  const wrapped = kind === "static" ? hooks!.staticmethod(f) : hooks!.classmethod(f);
  PyDict_SetItemString(dict, name, wrapped);
  Py_DECREF(wrapped);
}

function setNames(t: PyType): void {
  // type_new_set_names walks a PyDict_Copy of the class dict (a __set_name__ may change the
  // class dict). The copy is a real, short-lived dict: after gc.collect() emptied the dict free
  // list it is one more GC allocation, which gc.get_count() shows after the first class.
  const names = PyDict_Copy(t.tp_dict!);
  try {
    for (const [k, v] of Array.from(dictEntriesHook(names))) setName(t, k, v);
  } finally {
    Py_DECREF(names);
  }
}

function setName(t: PyType, k: PyObject, v: PyObject): void {
  try {
    const r = callMethodOrNull(v, "__set_name__", [t, k]);
    if (r !== null) Py_DECREF(r);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    // _PyErr_FormatFromCause: a RuntimeError whose __cause__ (and context) is the failure.
    const err = PyErr_Format(
      PyExc_RuntimeError,
      `Error calling __set_name__ on '${v.ob_type.tp_name}' instance ${reprOf(k)} in '${t.tp_name}'`,
    );
    err.cause = e;
    Py_INCREF(e);
    err.context = e; // takes over the caught reference
    err.suppressContext = true;
    throw err;
  }
}

function initSubclass(t: PyType, kwValues: PyObject[], kwnames: string[] | null): void {
  // super(t, t).__init_subclass__(**kwds) with the keywords type.__new__ itself received.
  const mro = t.tp_mro;
  for (let i = 1; i < mro.length; i++) {
    const d = mro[i]!.tp_dict;
    if (d === null) continue;
    const f = PyDict_GetItemString(d, "__init_subclass__");
    if (f === null) continue;
    const get = f.ob_type.tp_descr_get;
    const bound = get === null ? (Py_INCREF(f), f) : get(f, null, t);
    try {
      const names = kwnames !== null && kwnames.length > 0 ? kwnames : null;
      const r = PyObject_Call(bound, names === null ? [] : kwValues, names);
      Py_DECREF(r);
    } finally {
      Py_DECREF(bound);
    }
    return;
  }
}

/** Kept for callers written before type_new forwarded its own keywords; no longer read. */
export const initSubclassKwargs: { names: string[]; values: PyObject[] } = { names: [], values: [] };

function object_init_subclass(_cls: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (args.length > 0 || (kwnames !== null && kwnames.length > 0)) {
    const cls = _cls as PyType;
    raise(PyExc_TypeError, `${cls.ht_qualname}.__init_subclass__() takes no keyword arguments`);
  }
  return Py_NewNone();
}

export const dictGetSet: GetSetDef = {
  name: "__dict__",
  get(self) {
    let d = self.ob_dict;
    if (!d) d = self.ob_dict = PyDict_New();
    else if (gc.isInlineValues(d)) materializeInlineValues(d);
    Py_INCREF(d);
    return d;
  },
  set(self, v) {
    if (v === null) raise(PyExc_TypeError, "cannot delete __dict__");
    if (!(v instanceof PyDict)) {
      raise(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
    }
    const old = self.ob_dict;
    Py_INCREF(v);
    self.ob_dict = v;
    Py_XDECREF(old);
  },
};

const weakrefGetSet: GetSetDef = {
  name: "__weakref__",
  get(self) {
    const refs = self.ob_weakrefs;
    const r = refs && refs.length > 0 ? refs[0]! : Py_None;
    Py_INCREF(r);
    return r;
  },
  doc: "list of weak references to the object",
};

/**
 * subtype_getsets_full's __dict__: a class statement's, with its docstring (help() shows it).
 * subtype_setdict also lets `del obj.__dict__` drop the dict (a fresh one appears on next use).
 */
const subtypeDictGetSet: GetSetDef = {
  ...dictGetSet,
  set(self, v) {
    if (v !== null) return dictGetSet.set!(self, v);
    const old = self.ob_dict;
    self.ob_dict = null;
    Py_XDECREF(old);
  },
  doc: "dictionary for instance variables",
};

// ---------------------------------------------------------------------------------------------
// type's and object's Python-visible methods and attributes

function typeRepr(o: PyObject): PyObject {
  const t = o as PyType;
  return PyStr_FromString(`<class '${typeQualifiedName(t)}'>`);
}

function type_init(_self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos !== 1 && npos !== 3) raise(PyExc_TypeError, "type.__init__() takes 1 or 3 arguments");
}

/** A type's `__mro__` tuple (borrowed); static types make theirs on first use and keep it. */
function typeMroObject(t: PyType): PyObject {
  if (t.tp_mro_obj === null) t.tp_mro_obj = lazyTypeTuple(t, t.tp_mro);
  return t.tp_mro_obj;
}

/** A type's `__bases__` tuple (borrowed). */
function typeBasesObject(t: PyType): PyObject {
  if (t.tp_bases_obj === null) t.tp_bases_obj = lazyTypeTuple(t, t.tp_bases);
  return t.tp_bases_obj;
}

/**
 * A static type's tuple of types, which CPython's type_ready made at startup: no allocation of
 * the program's (no free-list block, not counted, not traced) and untracked, as CPython's first
 * collection left it (static types are not GC objects).
 */
function lazyTypeTuple(t: PyType, types: PyType[]): PyObject {
  if (t.hasFlag(TypeFlag.HEAPTYPE) || types.length === 0) return typeTupleOf(types);
  return madeAtStartup(() => {
    for (const b of types) Py_INCREF(b);
    const tuple = new PyTuple(PyTuple_Type, [...types]);
    allocateObject(tuple, 40 + 8 * types.length);
    return tuple;
  });
}

/**
 * A type's CPython __dictoffset__ and __weakrefoffset__: a builtin type's from CPython's table,
 * a class's by type_new_descriptors' layout rules (slots, then an inline dict for variable-size
 * bases, then the weakref list, then a managed dict placed before the object).
 */
function instanceOffsets(t: PyType): [number, number] {
  if (!t.hasFlag(TypeFlag.HEAPTYPE)) return staticTypeOffsets(t);
  const base = t.tp_base!;
  let [dictoffset, weakoffset] = instanceOffsets(base);
  const addDict = t.tp_dictoffset !== 0 && base.tp_dictoffset === 0;
  // variable-size bases (int, tuple, bytes) get no weakref list
  const addWeak = t.tp_weaklistoffset !== 0 && base.tp_weaklistoffset === 0 && base.tp_itemsize === 0;
  let slotoffset = base.tp_basicsize + 8 * (t.ht_slots?.length ?? 0);
  if (addDict && base.tp_itemsize !== 0) {
    dictoffset = -8;
    slotoffset += 8;
  }
  if (addWeak) {
    weakoffset = slotoffset;
    slotoffset += 8;
  }
  if (addDict && base.tp_itemsize === 0) dictoffset = -slotoffset - 24;
  return [dictoffset, weakoffset];
}

/** type.__annotations__: a class's own dict entry, made empty on first access (3.10+). */
function typeGetAnnotations(typeObj: PyObject): PyObject {
  const t = typeObj as PyType;
  if (!t.hasFlag(TypeFlag.HEAPTYPE)) {
    raise(PyExc_AttributeError, `type object '${t.tp_name}' has no attribute '__annotations__'`);
  }
  const found = PyDict_GetItemString(t.tp_dict!, "__annotations__");
  if (found !== null) {
    const get = found.ob_type.tp_descr_get;
    return get !== null ? get(found, null, t) : Py_NewRef(found);
  }
  const d = PyDict_New();
  PyDict_SetItemString(t.tp_dict!, "__annotations__", d);
  PyType_Modified(t);
  return d;
}

function typeSetAnnotations(typeObj: PyObject, v: PyObject | null): void {
  const t = typeObj as PyType;
  if (!t.hasFlag(TypeFlag.HEAPTYPE)) {
    raise(PyExc_TypeError, `cannot set '__annotations__' attribute of immutable type '${t.tp_name}'`);
  }
  if (v === null) {
    if (PyDict_GetItemString(t.tp_dict!, "__annotations__") === null) {
      raise(PyExc_AttributeError, "__annotations__");
    }
    PyDict_DelItem(t.tp_dict!, PyStr_InternFromString("__annotations__"));
  } else {
    PyDict_SetItemString(t.tp_dict!, "__annotations__", v);
  }
  PyType_Modified(t);
}

/** check_set_special_type_attr: static types are immutable and these attributes can't be deleted. */
function checkSetSpecialTypeAttr(t: PyType, v: PyObject | null, name: string): asserts v is PyObject {
  if (!t.hasFlag(TypeFlag.HEAPTYPE)) {
    raise(PyExc_TypeError, `cannot set '${name}' attribute of immutable type '${t.tp_name}'`);
  }
  if (v === null)
    raise(PyExc_TypeError, `cannot delete '${name}' attribute of immutable type '${t.tp_name}'`);
}

/** compatible_with_tp_base: `child` adds nothing to its base's instance layout. */
function compatibleWithTpBase(child: PyType): boolean {
  const parent = child.tp_base;
  return (
    parent !== null &&
    child.tp_basicsize === parent.tp_basicsize &&
    child.tp_itemsize === parent.tp_itemsize &&
    child.tp_dictoffset === parent.tp_dictoffset &&
    child.tp_weaklistoffset === parent.tp_weaklistoffset &&
    child.hasFlag(TypeFlag.HAVE_GC) === parent.hasFlag(TypeFlag.HAVE_GC) &&
    (child.hasFlag(TypeFlag.HEAPTYPE) || child.tp_dealloc === parent.tp_dealloc)
  );
}

/** same_slots_added: two heap types over the same base add the same dict/weakref/__slots__. */
function sameSlotsAdded(a: PyType, b: PyType): boolean {
  if (!a.hasFlag(TypeFlag.HEAPTYPE) || !b.hasFlag(TypeFlag.HEAPTYPE)) return false;
  if (a.tp_dictoffset !== b.tp_dictoffset || a.tp_weaklistoffset !== b.tp_weaklistoffset) return false;
  const sa = a.ht_slots ?? [];
  const sb = b.ht_slots ?? [];
  if (sa.length !== sb.length || sa.some((n, i) => n !== sb[i])) return false;
  return a.tp_basicsize === b.tp_basicsize;
}

/** compatible_for_assignment: instances of `oldto` could be instances of `newto`. */
function compatibleForAssignment(oldto: PyType, newto: PyType, attr: string): void {
  // CPython compares tp_free, which follows the GC flag.
  if (newto.hasFlag(TypeFlag.HAVE_GC) !== oldto.hasFlag(TypeFlag.HAVE_GC)) {
    raise(
      PyExc_TypeError,
      `${attr} assignment: '${newto.tp_name}' deallocator differs from '${oldto.tp_name}'`,
    );
  }
  let newbase = newto;
  let oldbase = oldto;
  while (compatibleWithTpBase(newbase)) newbase = newbase.tp_base!;
  while (compatibleWithTpBase(oldbase)) oldbase = oldbase.tp_base!;
  if (newbase !== oldbase && (newbase.tp_base !== oldbase.tp_base || !sameSlotsAdded(newbase, oldbase))) {
    raise(
      PyExc_TypeError,
      `${attr} assignment: '${newto.tp_name}' object layout differs from '${oldto.tp_name}'`,
    );
  }
}

/** mro_internal: the metaclass's mro() when it overrides type.mro, else C3. */
function mroInternal(t: PyType): PyType[] {
  const meta = t.ob_type;
  if (meta === PyType_Type) return c3OrChain(t);
  const mroAttr = typeLookupString(meta, "mro");
  const builtinMro = typeLookupString(PyType_Type, "mro");
  if (mroAttr === null || mroAttr === builtinMro) return c3OrChain(t);
  const result = callMethod(t, "mro", []);
  try {
    const out: PyType[] = [];
    for (const item of iterHook(result)) {
      if (!(item instanceof PyType))
        raise(PyExc_TypeError, `mro() returned a non-class ('${item.ob_type.tp_name}')`);
      if (!PyType_IsSubtype(solidBase(t), solidBase(item))) {
        raise(PyExc_TypeError, `mro() returned base with unsuitable layout ('${item.tp_name}')`);
      }
      out.push(item);
    }
    return out;
  } finally {
    Py_DECREF(result);
  }
}

/** Sets a class's MRO list and its __mro__ tuple. */
function setMro(t: PyType, mro: PyType[]): void {
  const old = t.tp_mro_obj;
  t.tp_mro = mro;
  t.tp_mro_obj = typeTupleOf(mro);
  if (old !== null) Py_DECREF(old);
  PyType_Modified(t);
}

/**
 * mro_hierarchy: recomputes the MRO of `t` and of every subclass, recording [type, new MRO, old
 * MRO] for undo. A metaclass's mro() may itself assign `__bases__` (reentrance): when `t`'s MRO
 * changed meanwhile, the newer one stays and its subclasses were already done by that call.
 */
function mroHierarchy(t: PyType, done: [PyType, PyType[], PyType[]][]): void {
  const old = t.tp_mro;
  const mro = mroInternal(t);
  if (t.tp_mro !== old) return;
  done.push([t, mro, old]);
  setMro(t, mro);
  for (const sub of [...t.tp_subclasses]) mroHierarchy(sub, done);
}

/** type_set_bases: `C.__bases__ = (...)` with CPython's checks, MRO and subclass updates. */
function typeSetBases(typeObj: PyObject, value: PyObject | null): void {
  const t = typeObj as PyType;
  checkSetSpecialTypeAttr(t, value, "__bases__");
  if (!(value instanceof PyTuple)) {
    raise(PyExc_TypeError, `can only assign tuple to ${t.tp_name}.__bases__, not ${value.ob_type.tp_name}`);
  }
  if (value.items.length === 0) {
    raise(PyExc_TypeError, `can only assign non-empty tuple to ${t.tp_name}.__bases__, not ()`);
  }
  const bases: PyType[] = [];
  for (const ob of value.items) {
    if (!(ob instanceof PyType)) {
      raise(PyExc_TypeError, `${t.tp_name}.__bases__ must be tuple of classes, not '${ob.ob_type.tp_name}'`);
    }
    let cycle = PyType_IsSubtype(ob, t);
    for (let b: PyType | null = ob; !cycle && b !== null; b = b.tp_base) cycle = b === t;
    if (cycle) raise(PyExc_TypeError, "a __bases__ item causes an inheritance cycle");
    bases.push(ob);
  }
  const newBase = bestBase(bases);
  compatibleForAssignment(t.tp_base!, newBase, "__bases__");

  const oldBases = t.tp_bases;
  const oldBasesObj = t.tp_bases_obj;
  const oldBase = t.tp_base!;
  t.tp_bases = bases;
  t.tp_bases_obj = Py_NewRef(value);
  t.tp_base = Py_NewRef(newBase);
  const done: [PyType, PyType[], PyType[]][] = [];
  try {
    mroHierarchy(t, done);
  } catch (e) {
    // undo: the old MROs come back, except where a reentrant assignment made a newer one; the
    // old bases and base too, unless such an assignment replaced ours (it released them then)
    for (let i = done.length - 1; i >= 0; i--) {
      const [cls, newMro, oldMro] = done[i]!;
      if (cls.tp_mro === newMro) setMro(cls, oldMro);
    }
    if (t.tp_bases === bases) {
      t.tp_bases = oldBases;
      t.tp_bases_obj = oldBasesObj;
      t.tp_base = oldBase;
      Py_DECREF(value);
      Py_DECREF(newBase);
    } else {
      if (oldBasesObj !== null) Py_DECREF(oldBasesObj);
      Py_DECREF(oldBase);
    }
    throw e;
  }
  // A reentrant assignment from a metaclass's mro() replaced our bases: it updated the
  // subclass lists and slots for them, which stay (as type_set_bases).
  if (t.tp_bases !== bases) {
    if (oldBasesObj !== null) Py_DECREF(oldBasesObj);
    Py_DECREF(oldBase);
    return;
  }
  for (const b of oldBases) removeSubclass(b, t);
  for (const b of bases) if (!b.tp_subclasses.includes(t)) addSubclass(b, t);
  // update_all_slots: every slot is re-derived from the new bases, for the class and its
  // subclasses (all heap types: they own no native slots, only inherited ones and dispatchers).
  const refresh = (ty: PyType) => {
    const rec = ty as unknown as Record<string, unknown>;
    for (const slot of INHERITED_SLOTS) rec[slot] = null;
    ty.tp_hash = null;
    ty.tp_richcompare = null;
    inheritSlots(ty);
    ty.tp_dealloc = subtype_dealloc;
    if (ty.tp_getattro === null) ty.tp_getattro = PyObject_GenericGetAttr;
    if (ty.tp_setattro === null) ty.tp_setattro = PyObject_GenericSetAttr;
    fixupSlotDispatchers(ty);
    PyType_Modified(ty);
    for (const sub of ty.tp_subclasses) refresh(sub);
  };
  refresh(t);
  if (oldBasesObj !== null) Py_DECREF(oldBasesObj);
  Py_DECREF(oldBase);
}

function typeTupleOf(types: PyType[]): PyObject {
  for (const t of types) Py_INCREF(t);
  return PyTuple_New([...types]);
}

/** Wires the slots of the core types defined here and in methods.ts. Called by bootstrap. */
export function initTypeObjectSlots(): void {
  const T = PyType_Type;
  T.tp_getattro = type_getattro;
  T.tp_setattro = type_setattro;
  T.tp_call = type_call;
  T.tp_new = type_new;
  T.tp_init = type_init;
  T.tp_repr = typeRepr;
  T.tp_dictoffset = 1;
  T.tp_weaklistoffset = 1;
  // tp_richcompare and tp_hash come from object, as in CPython (vars(type) has no __eq__)
  T.tp_dealloc = (o) => freeObject(o);

  const O = PyBaseObject_Type;
  O.tp_new = object_new;
  O.tp_init = object_init;
  O.tp_repr = object_repr;
  O.tp_str = object_str;
  O.tp_hash = object_hash;
  O.tp_richcompare = object_richcompare;
  O.tp_getattro = PyObject_GenericGetAttr;
  O.tp_setattro = PyObject_GenericSetAttr;
  O.tp_dealloc = object_dealloc;

  PyMethodDescr_Type.tp_descr_get = methodDescrGet;
  PyMethodDescr_Type.tp_call = methodDescrCall;
  PyMethodDescr_Type.tp_repr = methodDescrRepr;
  PyClassMethodDescr_Type.tp_descr_get = methodDescrGet;
  PyClassMethodDescr_Type.tp_call = methodDescrCall;
  PyClassMethodDescr_Type.tp_repr = methodDescrRepr;
  PyCFunction_Type.tp_call = cfunctionCall;
  PyCFunction_Type.tp_repr = cfunctionRepr;
  PyCFunction_Type.tp_dealloc = (o) => {
    cfunction_dealloc(o);
    gcFree(o);
  };
  // meth_traverse: m_self (its m_module is a name here, not an object)
  PyCFunction_Type.tp_traverse = (o, visit) => {
    const self = (o as PyCFunction).self;
    if (self !== null) visit(self);
  };
  PyGetSetDescr_Type.tp_descr_get = getsetDescrGet;
  PyGetSetDescr_Type.tp_descr_set = getsetDescrSet;
  PyGetSetDescr_Type.tp_repr = getsetDescrRepr;
  PyGetSetDescr_Type.tp_dealloc = getsetDescrDealloc;
  PyGetSetDescr_Type.tp_traverse = getsetDescrTraverse;
  PyMemberDescr_Type.tp_dealloc = getsetDescrDealloc;
  PyMemberDescr_Type.tp_traverse = getsetDescrTraverse;
  PyMemberDescr_Type.tp_descr_get = getsetDescrGet;
  PyMemberDescr_Type.tp_descr_set = getsetDescrSet;
  PyMemberDescr_Type.tp_repr = getsetDescrRepr;
  PyWrapperDescr_Type.tp_descr_get = wrapperDescrGet;
  PyWrapperDescr_Type.tp_call = wrapperDescrCall;
  PyWrapperDescr_Type.tp_repr = (o) => {
    const d = o as PyWrapperDescr;
    return PyStr_FromString(`<slot wrapper '${d.name}' of '${d.owner.tp_name}' objects>`);
  };
  PyCFunction_Type.tp_richcompare = cfunctionRichCompare;
  PyCFunction_Type.tp_hash = cfunctionHash;
  PyMethodWrapper_Type.tp_call = methodWrapperCall;
  PyMethodWrapper_Type.tp_richcompare = methodWrapperRichCompare;
  PyMethodWrapper_Type.tp_hash = methodWrapperHash;
  PyMethodWrapper_Type.tp_dealloc = methodWrapperDealloc;
  // wrapper_traverse: the descriptor (held, as in CPython), then self
  PyMethodWrapper_Type.tp_traverse = (o, visit) => {
    visit((o as PyMethodWrapper).descr);
    visit((o as PyMethodWrapper).self);
  };
  // wrapper_getsets
  defineGetSets(PyMethodWrapper_Type, [
    { name: "__self__", get: (o) => Py_NewRef((o as PyMethodWrapper).self) },
    { name: "__name__", get: (o) => PyStr_FromString((o as PyMethodWrapper).descr.name) },
    {
      name: "__qualname__",
      get: (o) =>
        PyStr_FromString(
          `${(o as PyMethodWrapper).descr.owner.ht_qualname}.${(o as PyMethodWrapper).descr.name}`,
        ),
    },
    { name: "__objclass__", get: (o) => Py_NewRef((o as PyMethodWrapper).descr.owner) },
  ]);
  // meth_getsets and meth_members
  defineGetSets(PyCFunction_Type, [
    { name: "__name__", get: (o) => PyStr_FromString((o as PyCFunction).def.name) },
    {
      name: "__qualname__",
      get: (o) => PyStr_FromString(boundQualname((o as PyCFunction).self, (o as PyCFunction).def.name)),
    },
    {
      name: "__self__",
      // PyCFunction_GET_SELF: NULL for METH_STATIC although m_self is the type
      get: (o) => {
        const f = o as PyCFunction;
        return Py_NewRef(f.def.kind === "static" ? Py_None : (f.self ?? Py_None));
      },
    },
    {
      name: "__module__",
      kind: "member",
      get: (o) => {
        const m = (o as PyCFunction).module;
        return m === null ? Py_NewRef(Py_None) : moduleNameStr(m);
      },
    },
  ]);
  // NotImplemented and Ellipsis pickle as the builtins of those names
  for (const [o, name] of [
    [Py_NotImplemented, "NotImplemented"],
    [Py_Ellipsis, "Ellipsis"],
  ] as const) {
    defineMethods(o.ob_type, { __reduce__: { impl: () => PyStr_FromString(name) } });
  }
  // descr_reduce: a method descriptor pickles as getattr(its class, its name)
  defineMethods(PyMethodDescr_Type, {
    __reduce__: {
      impl: (o) => {
        const d = o as PyMethodDescr;
        Py_INCREF(d.owner);
        return PyTuple_New([getBuiltin("getattr"), PyTuple_New([d.owner, PyStr_FromString(d.def.name)])]);
      },
    },
  });
  // meth_reduce: a module-level function pickles as its qualified name, a bound one as getattr(self, name)
  defineMethods(PyCFunction_Type, {
    __reduce__: {
      impl: (o) => {
        const f = o as PyCFunction;
        if (f.self === null || f.self.ob_type.tp_name === "module") return PyStr_FromString(f.def.name);
        Py_INCREF(f.self);
        return PyTuple_New([getBuiltin("getattr"), PyTuple_New([f.self, PyStr_FromString(f.def.name)])]);
      },
    },
  });
  PyMethodWrapper_Type.tp_repr = (o) => {
    const w = o as PyMethodWrapper;
    return PyStr_FromString(
      `<method-wrapper '${w.descr.name}' of ${w.self.ob_type.tp_name} object at ${addressOf(w.self)}>`,
    );
  };
  defineTypeAttributes();
}

/**
 * meth_richcompare: two builtin methods are equal when they are bound to the same object and
 * run the same C function (`l.append == l.append`, each access a new object).
 */
function cfunctionRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if ((op !== CmpOp.EQ && op !== CmpOp.NE) || !(a instanceof PyCFunction) || !(b instanceof PyCFunction)) {
    return Py_NewRef(Py_NotImplemented);
  }
  const eq = a.self === b.self && a.def.impl === b.def.impl;
  return PyBool_FromBool(op === CmpOp.EQ ? eq : !eq);
}

/** meth_hash: the hash of m_self's address xor that of the C function (ml_meth). */
function cfunctionHash(o: PyObject): Hash {
  const f = o as PyCFunction;
  return combinePointerHashes(
    f.self === null ? 0 : _Py_HashPointer(f.self.ob_addr),
    nativeImplHash(f.def.impl),
  );
}

/** A stand-in for the address of a builtin's C function: one number per implementation. */
const nativeImplHashes = new WeakMap<NativeImpl, number>();

function nativeImplHash(impl: NativeImpl): number {
  let h = nativeImplHashes.get(impl);
  if (h === undefined) {
    // _Py_HashPointer of a 16-aligned address in a code segment: the address divided by 16
    h = nextNativeImplHash++;
    nativeImplHashes.set(impl, h);
  }
  return h;
}
let nextNativeImplHash = 0x55d0_0000;

/** x ^ y in 64 bits, -1 made -2 (meth_hash and wrapper_hash). */
function combinePointerHashes(x: Hash, y: Hash): Hash {
  const r = BigInt.asIntN(64, BigInt(x) ^ BigInt(y));
  return r === -1n ? -2 : hashFromBigInt(r);
}

/** wrapper_richcompare: the same slot wrapper descriptor bound to the same object (`l.__add__`). */
function methodWrapperRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (
    (op !== CmpOp.EQ && op !== CmpOp.NE) ||
    !(a instanceof PyMethodWrapper) ||
    !(b instanceof PyMethodWrapper)
  ) {
    return Py_NewRef(Py_NotImplemented);
  }
  const eq = a.descr === b.descr && a.self === b.self;
  return PyBool_FromBool(op === CmpOp.EQ ? eq : !eq);
}

/** wrapper_hash: the hash of self's address xor that of the descriptor. */
function methodWrapperHash(o: PyObject): Hash {
  const w = o as PyMethodWrapper;
  return combinePointerHashes(_Py_HashPointer(w.self.ob_addr), _Py_HashPointer(w.descr.ob_addr));
}

/**
 * Heap types written in Python that stand for C types (lib/datetime.py's date, lib/decimal.py's
 * Decimal): their tp_name has the module in front, as a static type's, and __name__ is the part
 * after the last dot. Marked through _stdlib_helpers.c_type_name.
 */
const namedLikeStaticTypes = new WeakSet<PyType>();

export function nameLikeStaticType(t: PyType, fullName: string): void {
  t.tp_name = fullName;
  namedLikeStaticTypes.add(t);
}

/** Whether heap type `t` stands for a C static type (see nameLikeStaticType). */
export function isNamedLikeStaticType(t: PyType): boolean {
  return namedLikeStaticTypes.has(t);
}

/**
 * A heap type written in Python that stands for a C type with a fixed struct (lib/datetime.py's
 * date, time, datetime, timedelta, tzinfo, timezone; with `gcType`, a GC type such as
 * queue.SimpleQueue, whose instances keep their GC header and slots' references and differ
 * from the non-GC case below only in size): its instances take
 * `basicsize` bytes with no GC header, are never tracked (so gc.get_referents and the
 * collector see no children, and allocating one does not count toward a collection), and the
 * class has no `__slots__` attribute; the slot values stay where the Python methods read them,
 * as the C struct's fields. Must run before the first instance exists. Subclasses made by a
 * class statement are ordinary GC heap types built on that size, as in CPython.
 */
export function declareCLayout(t: PyType, basicsize: number, gcType = false): void {
  if (!gcType) t.tp_flags &= ~TypeFlag.HAVE_GC;
  t.tp_basicsize = basicsize;
  if (t.tp_dict !== null && PyDict_GetItemString(t.tp_dict, "__slots__") !== null) {
    PyDict_DelItemString(t.tp_dict, "__slots__");
    PyType_Modified(t);
  }
}

function defineTypeAttributes(): void {
  const str = (s: string) => PyStr_FromString(s);
  pendingGetSets.set(PyType_Type, [
    ...(pendingGetSets.get(PyType_Type) ?? []),
    {
      name: "__name__",
      // A heap type's tp_name is its whole __name__ (dots included); a static type's has the
      // module in front.
      get: (t) => {
        const ty = t as PyType;
        if (ty.hasFlag(TypeFlag.HEAPTYPE) && !namedLikeStaticTypes.has(ty)) return str(ty.tp_name);
        return str(ty.tp_name.slice(ty.tp_name.lastIndexOf(".") + 1));
      },
      set: (t, v) => {
        const ty = t as PyType;
        checkSetSpecialTypeAttr(ty, v, "__name__");
        if (!(v instanceof PyStr)) {
          raise(
            PyExc_TypeError,
            `can only assign string to ${ty.tp_name}.__name__, not '${v!.ob_type.tp_name}'`,
          );
        }
        checkTypeName(v);
        ty.tp_name = v.value;
      },
    },
    {
      name: "__qualname__",
      get: (t) => str((t as PyType).ht_qualname),
      set: (t, v) => {
        const ty = t as PyType;
        checkSetSpecialTypeAttr(ty, v, "__qualname__");
        if (!(v instanceof PyStr)) {
          raise(
            PyExc_TypeError,
            `can only assign string to ${ty.tp_name}.__qualname__, not '${v!.ob_type.tp_name}'`,
          );
        }
        ty.ht_qualname = v.value;
      },
    },
    { name: "__mro__", get: (t) => Py_NewRef(typeMroObject(t as PyType)) },
    {
      name: "__dictoffset__",
      kind: "member",
      get: (t) => intFromNumber(instanceOffsets(t as PyType)[0]),
    },
    {
      name: "__weakrefoffset__",
      kind: "member",
      get: (t) => intFromNumber(instanceOffsets(t as PyType)[1]),
    },
    { name: "__annotations__", get: typeGetAnnotations, set: typeSetAnnotations },
    { name: "__basicsize__", kind: "member", get: (t) => intFromNumber((t as PyType).tp_basicsize) },
    { name: "__itemsize__", kind: "member", get: (t) => intFromNumber((t as PyType).tp_itemsize) },
    { name: "__flags__", kind: "member", get: (t) => intFromNumber((t as PyType).tp_flags >>> 0) },
    { name: "__bases__", get: (t) => Py_NewRef(typeBasesObject(t as PyType)), set: typeSetBases },
    {
      name: "__base__",
      get: (t) => {
        const b = (t as PyType).tp_base ?? Py_None;
        Py_INCREF(b);
        return b;
      },
    },
    {
      name: "__module__",
      get: (t) => {
        const ty = t as PyType;
        if (ty.hasFlag(TypeFlag.HEAPTYPE)) {
          const m = PyDict_GetItemString(ty.tp_dict!, "__module__");
          if (m !== null) {
            Py_INCREF(m);
            return m;
          }
          raise(PyExc_AttributeError, "__module__");
        }
        const dot = ty.tp_name.lastIndexOf(".");
        return PyStr_InternFromString(dot < 0 ? "builtins" : ty.tp_name.slice(0, dot));
      },
      set: (t, v) => {
        PyDict_SetItemString((t as PyType).tp_dict!, "__module__", v ?? Py_None);
      },
    },
    {
      name: "__doc__",
      get: (t) => {
        const ty = t as PyType;
        const d = PyDict_GetItemString(ty.tp_dict!, "__doc__") ?? Py_None;
        // A builtin type whose dict's __doc__ is the instances' descriptor (type, property...)
        // shows CPython's docstring without storing it.
        if (!(d instanceof PyStr) && d !== Py_None && !ty.hasFlag(TypeFlag.HEAPTYPE)) {
          const doc = staticTypeDoc(ty);
          if (doc !== null) return PyStr_FromString(doc);
        }
        if (d === Py_None) {
          const s = fillStaticTypeDoc(ty);
          if (s !== null) return Py_NewRef(s);
        }
        const get = d.ob_type.tp_descr_get;
        if (get !== null) return get(d, null, t);
        Py_INCREF(d);
        return d;
      },
      set: (t, v) => {
        // type_set_doc: only heap types, and never deleted
        const ty = t as PyType;
        checkSetSpecialTypeAttr(ty, v, "__doc__");
        PyDict_SetItemString(ty.tp_dict!, "__doc__", v);
        PyType_Modified(ty);
      },
    },
    {
      name: "__dict__",
      get: (t) => {
        fillStaticTypeDoc(t as PyType);
        return mappingProxyHook((t as PyType).tp_dict!);
      },
    },
    {
      name: "__abstractmethods__",
      get: (t) => {
        const v =
          (t as PyType).tp_dict !== null
            ? PyDict_GetItemString((t as PyType).tp_dict!, "__abstractmethods__")
            : null;
        if (v === null || t === PyType_Type) raise(PyExc_AttributeError, "__abstractmethods__");
        Py_INCREF(v);
        return v;
      },
      set: (t, v) => {
        const ty = t as PyType;
        if (v === null) {
          // type_set_abstractmethods: deleting what is not there is an AttributeError
          if (PyDict_GetItemString(ty.tp_dict!, "__abstractmethods__") === null) {
            raise(PyExc_AttributeError, "__abstractmethods__");
          }
          PyDict_DelItem(ty.tp_dict!, PyStr_InternFromString("__abstractmethods__"));
          ty.tp_flags &= ~TypeFlag.IS_ABSTRACT;
        } else {
          // the truth is taken first: a failing __bool__ leaves the dict as it was
          const abstract = PyObject_IsTrue(v);
          PyDict_SetItemString(ty.tp_dict!, "__abstractmethods__", v);
          if (abstract) ty.tp_flags |= TypeFlag.IS_ABSTRACT;
          else ty.tp_flags &= ~TypeFlag.IS_ABSTRACT;
        }
        PyType_Modified(ty);
      },
    },
  ]);
  pendingMethods.set(PyType_Type, [
    ...(pendingMethods.get(PyType_Type) ?? []),
    {
      name: "mro",
      impl: (self) => {
        const t = self as PyType;
        const list = c3OrChain(t);
        for (const x of list) Py_INCREF(x);
        return listHook(list);
      },
    },
    {
      name: "__subclasses__",
      impl: (self) => {
        const subs = [...(self as PyType).tp_subclasses];
        for (const x of subs) Py_INCREF(x);
        return listHook(subs);
      },
    },
    {
      name: "__instancecheck__",
      impl: (self, args) => PyBool_FromBool(isinstanceHook(args[0]!, self!)),
    },
    {
      name: "__subclasscheck__",
      // _PyObject_RealIsSubclass: issubclass(42, C) raises for a class whose metaclass
      // inherits this method (an Enum, typing.Any) as it does for a plain class
      impl: (self, args, kwnames) =>
        PyBool_FromBool(issubclassHook(oneArg("type.__subclasscheck__", args, kwnames), self!)),
    },
    {
      name: "__prepare__",
      kind: "class",
      impl: () => PyDict_New(),
    },
    {
      name: "__sizeof__",
      // type___sizeof__: a class counts its instances' shared keys
      impl: (self) => {
        const t = self as PyType;
        if (!t.hasFlag(TypeFlag.HEAPTYPE)) return intFromNumber(424);
        return intFromNumber(904 + (t.ht_cached_keys !== null ? SHARED_KEYS_BLOCK_SIZE : 0));
      },
    },
    { name: "__dir__", impl: (self) => dirHook(self!) },
  ]);
  pendingMethods.set(PyBaseObject_Type, [
    ...(pendingMethods.get(PyBaseObject_Type) ?? []),
    { name: "__init_subclass__", kind: "class", impl: object_init_subclass },
    {
      name: "__subclasshook__",
      kind: "class",
      impl: () => notImplemented(),
    },
    {
      name: "__format__",
      impl: (self, args) => {
        const spec = args[0];
        if (!(spec instanceof PyStr)) {
          raise(
            PyExc_TypeError,
            `__format__() argument must be str, not ${spec?.ob_type.tp_name ?? "nothing"}`,
          );
        }
        if (spec.value.length > 0) {
          raise(PyExc_TypeError, `unsupported format string passed to ${self!.ob_type.tp_name}.__format__`);
        }
        return PyObject_Str(self!);
      },
    },
    {
      name: "__sizeof__",
      impl: (self) => {
        const t = self!.ob_type;
        let size = t.tp_basicsize;
        if (t.tp_itemsize !== 0) size += t.tp_itemsize * itemCountHook(self!);
        return intFromNumber(size);
      },
    },
    { name: "__dir__", impl: (self) => dirHook(self!) },
    {
      name: "__reduce_ex__",
      impl: (self, args, kwnames) => object_reduce_ex(self!, args, kwnames),
      doc: "Helper for pickle.",
    },
    {
      name: "__reduce__",
      impl: (self, args, kwnames) => {
        if (args.length > 0 || (kwnames?.length ?? 0) > 0) {
          raise(PyExc_TypeError, `object.__reduce__() takes no arguments (${args.length} given)`);
        }
        return commonReduce(self!, 0);
      },
      doc: "Helper for pickle.",
    },
    {
      name: "__getstate__",
      impl: (self, args, kwnames) => {
        if (args.length > 0 || (kwnames?.length ?? 0) > 0) {
          raise(PyExc_TypeError, `object.__getstate__() takes no arguments (${args.length} given)`);
        }
        return callCopyreg("_default_getstate", [self!, Py_False]);
      },
      doc: "Helper for pickle.",
    },
  ]);
  pendingGetSets.set(PyBaseObject_Type, [
    ...(pendingGetSets.get(PyBaseObject_Type) ?? []),
    {
      name: "__class__",
      get: (o) => {
        Py_INCREF(o.ob_type);
        return o.ob_type;
      },
      set: (o, v) => {
        if (v === null) raise(PyExc_TypeError, "can't delete __class__ attribute");
        if (!(v instanceof PyType)) {
          raise(PyExc_TypeError, `__class__ must be set to a class, not '${v.ob_type.tp_name}' object`);
        }
        // module objects may switch between ModuleType and its subclasses (the lazy-module idiom)
        const bothModules = PyType_IsSubtype(v, PyModule_Type) && PyType_IsSubtype(o.ob_type, PyModule_Type);
        if (!bothModules && (!v.hasFlag(TypeFlag.HEAPTYPE) || !o.ob_type.hasFlag(TypeFlag.HEAPTYPE))) {
          raise(
            PyExc_TypeError,
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
          );
        }
        compatibleForAssignment(o.ob_type, v, "__class__");
        // the instance's names are keys of its old class: its inline values become a dict first
        const d = o.ob_dict;
        if (d && gc.isInlineValues(d)) materializeInlineValues(d);
        const old = o.ob_type;
        Py_INCREF(v);
        o.ob_type = v;
        Py_DECREF(old);
      },
    },
  ]);
}

/** copyreg.<name>(*args): the Python half of object's pickling helpers (new reference). */
function callCopyreg(name: string, args: PyObject[]): PyObject {
  const copyreg = importHook("copyreg");
  try {
    const f = PyObject_GetAttrString(copyreg, name);
    try {
      return PyObject_Call(f, args, null);
    } finally {
      Py_DECREF(f);
    }
  } finally {
    Py_DECREF(copyreg);
  }
}

/** _common_reduce: reduce_newobj for protocols >= 2, copyreg._reduce_ex below. */
function commonReduce(self: PyObject, proto: number): PyObject {
  const p = intFromNumber(proto);
  try {
    if (proto >= 2) {
      if (self.ob_type.tp_new === null)
        raise(PyExc_TypeError, `cannot pickle '${self.ob_type.tp_name}' object`);
      return callCopyreg("_reduce_newobj", [self, p]);
    }
    return callCopyreg("_reduce_ex", [self, p]);
  } finally {
    Py_DECREF(p);
  }
}

/** object.__reduce_ex__(protocol): an overridden __reduce__ wins, else the default reduction. */
function object_reduce_ex(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if ((kwnames?.length ?? 0) > 0) raise(PyExc_TypeError, "object.__reduce_ex__() takes no keyword arguments");
  if (args.length !== 1) {
    raise(PyExc_TypeError, `object.__reduce_ex__() takes exactly one argument (${args.length} given)`);
  }
  const protoObj = args[0]!;
  if (!(protoObj instanceof PyInt)) {
    raise(PyExc_TypeError, `'${protoObj.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  const objReduce = PyDict_GetItemString(PyBaseObject_Type.tp_dict!, "__reduce__");
  const clsReduce = typeLookupString(self.ob_type, "__reduce__");
  if (clsReduce !== null && clsReduce !== objReduce) {
    const reduce = PyObject_GetAttrString(self, "__reduce__");
    try {
      return PyObject_Call(reduce, [], null);
    } finally {
      Py_DECREF(reduce);
    }
  }
  return commonReduce(self, Number(protoObj.value));
}

function c3OrChain(t: PyType): PyType[] {
  return t.tp_bases.length > 1 ? c3Merge(t) : computeMro(t);
}

let listHook: (items: PyObject[]) => PyObject = () => raise(PyExc_TypeError, "list missing");
let listSortHook: (l: PyObject) => void = () => raise(PyExc_TypeError, "list missing");
let listAppendHook: (l: PyObject, v: PyObject) => void = () => raise(PyExc_TypeError, "list missing");
/**
 * A builtin type's docstring comes from CPython's table, put in its dict on first use (its
 * `__doc__` or its `__dict__`) so a run that never asks pays nothing. Returns the docstring
 * now in the dict (borrowed), or null when the dict's `__doc__` is not None or CPython has none.
 */
function fillStaticTypeDoc(ty: PyType): PyObject | null {
  if (ty.hasFlag(TypeFlag.HEAPTYPE) || PyDict_GetItemString(ty.tp_dict!, "__doc__") !== Py_None) return null;
  const doc = staticTypeDoc(ty);
  if (doc === null) return null;
  const s = PyStr_FromString(doc);
  PyDict_SetItemString(ty.tp_dict!, "__doc__", s);
  Py_DECREF(s);
  return s;
}

let mappingProxyHook: (d: PyDict) => PyObject = (d) => (Py_INCREF(d), d);
let staticMethodHook: (f: PyObject) => PyObject = (f) => Py_NewRef(f);
let isinstanceHook: (o: PyObject, cls: PyObject) => boolean = (o, cls) =>
  cls instanceof PyType && PyType_IsSubtype(o.ob_type, cls);
let issubclassHook: (derived: PyObject, cls: PyObject) => boolean = (derived, cls) =>
  derived instanceof PyType && PyType_IsSubtype(derived, cls as PyType);
let dirHook: (o: PyObject) => PyObject = () => raise(PyExc_TypeError, "dir missing");
let itemCountHook: (o: PyObject) => number = () => 0;
let importHook: (name: string) => PyObject = (name) => raise(PyExc_TypeError, `cannot import ${name}`);

/** Late-bound collaborators (see docs/internals.md "Module cycles"). */
export function setTypeObjectHooks(h: {
  list?: (items: PyObject[]) => PyObject;
  listSort?: (l: PyObject) => void;
  listAppend?: (l: PyObject, v: PyObject) => void;
  mappingProxy?: (d: PyDict) => PyObject;
  isinstance?: (o: PyObject, cls: PyObject) => boolean;
  issubclass?: (derived: PyObject, cls: PyObject) => boolean;
  dir?: (o: PyObject) => PyObject;
  itemCount?: (o: PyObject) => number;
  importModule?: (name: string) => PyObject;
  weakref?: (o: PyObject) => PyObject;
  staticMethod?: (f: PyObject) => PyObject;
}): void {
  if (h.staticMethod) staticMethodHook = h.staticMethod;
  if (h.importModule) importHook = h.importModule;
  if (h.weakref) weakrefHook = h.weakref;
  if (h.list) listHook = h.list;
  if (h.listSort) listSortHook = h.listSort;
  if (h.listAppend) listAppendHook = h.listAppend;
  if (h.mappingProxy) mappingProxyHook = h.mappingProxy;
  if (h.isinstance) isinstanceHook = h.isinstance;
  if (h.issubclass) issubclassHook = h.issubclass;
  if (h.dir) dirHook = h.dir;
  if (h.itemCount) itemCountHook = h.itemCount;
}

/**
 * Builtin types whose C definition names PyObject_GenericGetAttr (and, for the last two,
 * PyObject_GenericSetAttr) itself rather than inheriting object's: the own slot gives them
 * their own __getattribute__ (__setattr__, __delattr__) in vars(T), as in python3.
 */
const GENERIC_GETATTR_TYPES = new Set(
  "bytearray bytes complex dict enumerate filter float frozenset int list map range reversed set slice str tuple zip async_generator builtin_function_or_method cell classmethod_descriptor code coroutine ellipsis frame generator getset_descriptor member_descriptor method_descriptor method-wrapper traceback types.UnionType wrapper_descriptor".split(
    " ",
  ),
);
const GENERIC_SETATTR_TYPES = new Set(["frame", "method"]);

/** Readies every static type, bases first. */
export function readyAllStaticTypes(): void {
  initTypeObjectSlots();
  for (const t of staticTypes) {
    if (t.tp_getattro === null && GENERIC_GETATTR_TYPES.has(t.tp_name))
      t.tp_getattro = PyObject_GenericGetAttr;
    if (t.tp_setattro === null && GENERIC_SETATTR_TYPES.has(t.tp_name))
      t.tp_setattro = PyObject_GenericSetAttr;
  }
  for (const t of staticTypes) PyType_Ready(t);
  // Unit tests ready the types without the object hooks: no weak references there.
  if (weakrefHook === null) return;
  for (const t of staticTypes) addStaticSubclassRefs(t);
  staticSubclassRefsMade = true;
}

/** Set once the builtin types have their registries' weak references; later static types get theirs when readied. */
let staticSubclassRefsMade = false;

/**
 * add_subclass for a builtin type: its bases' registries (part of CPython's startup) hold a plain
 * weak reference to it, so weakref.getweakrefcount(int) is 1, weakref.ref(int) returns that
 * reference, and _abc's cache lookups reuse it instead of making one. They live as long as the
 * process, outside the collector (as the other objects the builtin types are readied with).
 */
function addStaticSubclassRefs(t: PyType): void {
  if (t.hasFlag(TypeFlag.HEAPTYPE) || t.ht_static_base_refs !== null) return;
  for (let i = 0; i < t.tp_bases.length; i++) {
    const ref = newPlainWeakref(t);
    PyObject_GC_UnTrack(ref);
    if (t.ht_static_base_refs === null) t.ht_static_base_refs = [];
    t.ht_static_base_refs.push(ref);
  }
}

export { reprOf };

/** Tracks a new GC object in the cycle collector (kept for modules that take it from here). */
export function gcTrackHook(o: PyObject): void {
  PyObject_GC_Track(o);
}
