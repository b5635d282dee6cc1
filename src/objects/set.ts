/**
 * `set` and `frozenset` (CPython 3.11's Objects/setobject.c): one open-addressing table per set
 * with CPython's exact probe sequence — LINEAR_PROBES = 9 neighbouring slots, then the perturbed
 * jump using the full unsigned 64-bit hash shifted right by 5 — its fill/used accounting, dummy
 * reuse, resize rules (fill*5 >= mask*3 → used*4, or used*2 past 50000) and the algorithms of
 * every set operation, so that iteration order (which is observable) equals python3's.
 */

import { CmpOp } from "../compiler/opcodes.js";
import { holdBlock, releaseBlock, strBlockSize, UnicodeWriterModel } from "../memory/unicode_writer.js";
import {
  Py_ReprEnter,
  Py_ReprLeave,
  PyIter_Next,
  PyObject_CallNoArgs,
  PyObject_GetIter,
  PyObject_Hash,
  PyObject_HashNotImplemented,
  PyObject_IsTrue,
  PyObject_LookupAttrString,
  PyObject_Repr,
  PyObject_RichCompareBool,
} from "./abstract.js";
import { noArgs, oneArg } from "./args.js";
import { PyBool_FromBool } from "./bool.js";
import {
  _PyDict_Contains_KnownHash,
  _PyErr_SetKeyError,
  dictHashAt,
  dictKeyAt,
  PyDict,
  PyDict_NextIndex,
  PyDict_Type,
} from "./dict.js";
import {
  exceptionMatches,
  type PyBaseException,
  PyExc_KeyError,
  PyExc_RuntimeError,
  PyExc_TypeError,
  raise,
} from "./exceptions.js";
import { PyInt_FromNumber } from "./int.js";
import { PyList_New, PySequence_List } from "./list.js";
import { defineMethods } from "./methods.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { Py_DECREF, Py_INCREF, PyObject } from "./object.js";
import type { Hash, VisitProc } from "./slots_types.js";
import { type PyStr, PyStr_FromString, PyStr_Type, str_hash } from "./str.js";
import {
  _PyTrash_begin,
  _PyTrash_end,
  equalWithoutCalls,
  gcAlloc,
  gcFree,
  getBuiltin,
  HALF_HI,
  HALF_LO,
  HASH_HALVES,
  hashFromHiLo,
  Py_GenericAlias,
  PyMem_Free,
  PyMem_Malloc,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyObject_SelfIter,
  PyTuple_New,
  splitHash,
} from "./tuple.js";
import { newStaticType, type PyType, PyType_IsSubtype, TypeFlag } from "./type.js";
import { clearWeakrefsHook, instanceAllocSize } from "./typeobject.js";

const LINEAR_PROBES = 9;
export const PySet_MINSIZE = 8;

export class PySet extends PyObject {
  declare fill: number;
  declare used: number;
  declare mask: number;
  /** Slot keys: null = never used, `dummy` = deleted. */
  declare keys: (PyObject | null)[];
  /** Slot hashes: 0 for unused slots, -1 for dummies. */
  declare hashes: Hash[];
  /** frozenset's cached hash (-1 = not computed). */
  declare hash: Hash;
  declare finger: number;
  /** The malloc'd table block when the table outgrew the embedded smalltable (mask+1 > 8). */
  declare tableAddr: number;
  constructor(type: PyType) {
    // The header here, not in PyObject's shared constructor, and no field initializers (see
    // PyObject's constructor); the collector's fields up front, so tracking adds no properties.
    super(type, true);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.ob_addr = 0;
    this.ob_size_alloc = 0;
    this.fill = 0;
    this.used = 0;
    this.mask = PySet_MINSIZE - 1;
    this.keys = [null, null, null, null, null, null, null, null];
    this.hashes = [0, 0, 0, 0, 0, 0, 0, 0];
    this.hash = -1;
    this.finger = 0;
    this.tableAddr = 0;
    // the collector's field (memory/gc.ts) from the start: one hidden class, tracked or not
    this.gc_head = null;
  }
}

/** The placeholder left in deleted slots. Never visible to Python code. */
const dummy = new PyObject(null as unknown as PyType);

export const PySet_Type = newStaticType({
  name: "set",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC | TypeFlag.MATCH_SELF,
  basicsize: 200,
  doc: "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.",
});
export const PyFrozenSet_Type = newStaticType({
  name: "frozenset",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC | TypeFlag.MATCH_SELF,
  basicsize: 200,
  doc: "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.",
});
export const PySetIter_Type = newStaticType({ name: "set_iterator", flags: TypeFlag.HAVE_GC, basicsize: 48 });

dummy.ob_type = PySet_Type;

/** The set types (for modules that must not touch them at load time). */
export function setTypes(): { set: PyType; frozenset: PyType } {
  return { set: PySet_Type, frozenset: PyFrozenSet_Type };
}

export function PyAnySet_Check(o: PyObject): o is PySet {
  return o instanceof PySet;
}
export function PyAnySet_CheckExact(o: PyObject): o is PySet {
  return o.ob_type === PySet_Type || o.ob_type === PyFrozenSet_Type;
}
export function PySet_Check(o: PyObject): o is PySet {
  return o instanceof PySet && (o.ob_type === PySet_Type || PyType_IsSubtype(o.ob_type, PySet_Type));
}
export function PyFrozenSet_Check(o: PyObject): o is PySet {
  return (
    o instanceof PySet && (o.ob_type === PyFrozenSet_Type || PyType_IsSubtype(o.ob_type, PyFrozenSet_Type))
  );
}

/** set.__sizeof__(): basicsize + the table when it is not the embedded smalltable. */
export function set_sizeof(so: PySet): number {
  const n = so.mask + 1;
  return so.ob_type.tp_basicsize + (n > PySet_MINSIZE ? n * 16 : 0);
}

function keyHash(key: PyObject): Hash {
  if (key.ob_type === PyStr_Type) {
    const h = (key as PyStr).hash;
    return h !== -1 ? h : str_hash(key);
  }
  return PyObject_Hash(key);
}

// ---------------------------------------------------------------------------------------------
// probing (the full 64-bit perturbation)

// splitHash (tuple.ts) gives the halves of the perturbation.

/**
 * set_lookkey: the slot holding `key`, or the first never-used slot on its probe path (keys[i]
 * === null means "not found"). May run `__eq__`; restarts if that mutates the set.
 */
function set_lookkey(so: PySet, key: PyObject, hash: Hash): number {
  restart: for (;;) {
    let mask = so.mask;
    splitHash(key, hash);
    let plo = HASH_HALVES[HALF_LO]!;
    let phi = HASH_HALVES[HALF_HI]!;
    let i = plo & mask;
    for (;;) {
      let e = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const ek = so.keys[e]!;
        const eh = so.hashes[e]!;
        if (eh === 0 && ek === null) return e;
        if (eh === hash) {
          const startkey = ek;
          if (startkey === key || equalWithoutCalls(startkey, key)) return e;
          const table = so.keys;
          startkey.ob_refcnt++;
          let cmp: boolean;
          try {
            cmp = PyObject_RichCompareBool(startkey, key, CmpOp.EQ);
          } finally {
            Py_DECREF(startkey);
          }
          if (table !== so.keys || so.keys[e] !== startkey) continue restart;
          if (cmp) return e;
          mask = so.mask;
        }
        e++;
      } while (probes--);
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

/** set_add_entry: adds `key` (INCREF'd) with `hash`, resizing as CPython does. */
function set_add_entry(so: PySet, key: PyObject, hash: Hash): void {
  key.ob_refcnt++;
  let mask: number;
  let e: number;
  let freeslot: number;
  restart: for (;;) {
    mask = so.mask;
    splitHash(key, hash);
    let plo = HASH_HALVES[HALF_LO]!;
    let phi = HASH_HALVES[HALF_HI]!;
    let i = plo & mask;
    freeslot = -1;
    for (;;) {
      e = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const ek = so.keys[e]!;
        const eh = so.hashes[e]!;
        if (eh === 0 && ek === null) break restart;
        if (eh === hash) {
          const startkey = ek;
          if (startkey === key || equalWithoutCalls(startkey, key)) {
            Py_DECREF(key);
            return;
          }
          const table = so.keys;
          startkey.ob_refcnt++;
          let cmp: boolean;
          try {
            cmp = PyObject_RichCompareBool(startkey, key, CmpOp.EQ);
          } catch (err) {
            Py_DECREF(startkey);
            Py_DECREF(key);
            throw err;
          }
          Py_DECREF(startkey);
          if (cmp) {
            Py_DECREF(key);
            return;
          }
          if (table !== so.keys || so.keys[e] !== startkey) continue restart;
          mask = so.mask;
        } else if (eh === -1) {
          freeslot = e;
        }
        e++;
      } while (probes--);
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
  // found_unused_or_dummy
  if (freeslot !== -1) {
    so.used++;
    so.keys[freeslot] = key;
    so.hashes[freeslot] = hash;
    return;
  }
  so.fill++;
  so.used++;
  so.keys[e] = key;
  so.hashes[e] = hash;
  if (so.fill * 5 < mask * 3) return;
  set_table_resize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

/** set_insert_clean: a key known to be absent, into a table without dummies (no refcounting). */
function set_insert_clean(
  keys: (PyObject | null)[],
  hashes: Hash[],
  mask: number,
  key: PyObject,
  hash: Hash,
): void {
  splitHash(key, hash);
  let plo = HASH_HALVES[HALF_LO]!;
  let phi = HASH_HALVES[HALF_HI]!;
  let i = plo & mask;
  for (;;) {
    if (keys[i] === null) {
      keys[i] = key;
      hashes[i] = hash;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (keys[i + j] === null) {
          keys[i + j] = key;
          hashes[i + j] = hash;
          return;
        }
      }
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + 1 + plo) & mask;
  }
}

/** set_table_resize: a table of the smallest power of two > minused (at least 8), re-inserted in slot order. */
function set_table_resize(so: PySet, minused: number): void {
  let newsize = PySet_MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldkeys = so.keys;
  const oldhashes = so.hashes;
  const oldmask = so.mask;
  const oldAddr = so.tableAddr;
  const oldMalloced = oldmask + 1 > PySet_MINSIZE;
  if (newsize === PySet_MINSIZE && !oldMalloced && so.fill === so.used) return;
  const keys: (PyObject | null)[] = new Array(newsize).fill(null);
  const hashes: Hash[] = new Array(newsize).fill(0);
  so.tableAddr = newsize > PySet_MINSIZE ? PyMem_Malloc(newsize * 16) : 0;
  so.mask = newsize - 1;
  so.keys = keys;
  so.hashes = hashes;
  const newmask = so.mask;
  if (so.fill === so.used) {
    for (let i = 0; i <= oldmask; i++) {
      const k = oldkeys[i];
      if (k !== null && k !== undefined) set_insert_clean(keys, hashes, newmask, k, oldhashes[i]!);
    }
  } else {
    so.fill = so.used;
    for (let i = 0; i <= oldmask; i++) {
      const k = oldkeys[i];
      if (k !== null && k !== undefined && k !== dummy)
        set_insert_clean(keys, hashes, newmask, k, oldhashes[i]!);
    }
  }
  if (oldMalloced) PyMem_Free(oldAddr, (oldmask + 1) * 16);
}

function set_contains_entry(so: PySet, key: PyObject, hash: Hash): boolean {
  return so.keys[set_lookkey(so, key, hash)] !== null;
}

/** set_discard_entry: true when found (the slot becomes a dummy). */
function set_discard_entry(so: PySet, key: PyObject, hash: Hash): boolean {
  const e = set_lookkey(so, key, hash);
  const old = so.keys[e]!;
  if (old === null) return false;
  so.keys[e] = dummy;
  so.hashes[e] = -1;
  so.used--;
  Py_DECREF(old);
  return true;
}

function set_add_key(so: PySet, key: PyObject): void {
  set_add_entry(so, key, keyHash(key));
}

function set_contains_key(so: PySet, key: PyObject): boolean {
  return set_contains_entry(so, key, keyHash(key));
}

function set_discard_key(so: PySet, key: PyObject): boolean {
  return set_discard_entry(so, key, keyHash(key));
}

function set_empty_to_minsize(so: PySet): void {
  so.keys = new Array(PySet_MINSIZE).fill(null);
  so.hashes = new Array(PySet_MINSIZE).fill(0);
  so.fill = 0;
  so.used = 0;
  so.mask = PySet_MINSIZE - 1;
  so.tableAddr = 0;
  so.hash = -1;
}

/** set.clear(): empties the set first, then releases the keys in slot order. */
function set_clear_internal(so: PySet): void {
  const keys = so.keys;
  const mask = so.mask;
  const addr = so.tableAddr;
  let used = so.used;
  const malloced = mask + 1 > PySet_MINSIZE;
  if (malloced || so.fill > 0) set_empty_to_minsize(so);
  for (let i = 0; used > 0 && i <= mask; i++) {
    const k = keys[i];
    if (k && k !== dummy) {
      used--;
      Py_DECREF(k);
    }
  }
  if (malloced) PyMem_Free(addr, (mask + 1) * 16);
}

/** The next live slot at or after pos, or -1 (CPython's set_next / _PySet_NextEntry). */
export function PySet_NextEntry(so: PySet, pos: number): number {
  const mask = so.mask;
  const keys = so.keys;
  while (pos <= mask) {
    const k = keys[pos];
    if (k !== null && k !== dummy) return pos;
    pos++;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// construction and update

function allocSet(type: PyType): PySet {
  const so = new PySet(type);
  if (type === PySet_Type || type === PyFrozenSet_Type) gcAlloc(so, 216);
  else {
    gcAlloc(so, instanceAllocSize(type));
    Py_INCREF(type);
  }
  PyObject_GC_Track(so);
  return so;
}

/** set_merge: adds every key of another set (several fast paths, as CPython). */
function set_merge(so: PySet, other: PySet): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) set_table_resize(so, (so.used + other.used) * 2);
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== null && k !== undefined) {
        k.ob_refcnt++;
        so.keys[i] = k;
        so.hashes[i] = other.hashes[i]!;
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== null && k !== undefined && k !== dummy) {
        k.ob_refcnt++;
        set_insert_clean(so.keys, so.hashes, so.mask, k, other.hashes[i]!);
      }
    }
    return;
  }
  for (let i = 0; i <= other.mask; i++) {
    const k = other.keys[i];
    if (k !== null && k !== undefined && k !== dummy) set_add_entry(so, k, other.hashes[i]!);
  }
}

/** set_update_internal: add all of an iterable (sets and dicts with their stored hashes). */
function set_update_internal(so: PySet, other: PyObject): void {
  if (other instanceof PySet) {
    set_merge(so, other);
    return;
  }
  if (other.ob_type === PyDict_Type) {
    const d = other as PyDict;
    const dictsize = d.ma_used;
    if ((so.fill + dictsize) * 5 >= so.mask * 3) set_table_resize(so, (so.used + dictsize) * 2);
    for (let pos = PyDict_NextIndex(d, 0); pos >= 0; pos = PyDict_NextIndex(d, pos + 1)) {
      set_add_entry(so, dictKeyAt(d, pos), dictHashAt(d, pos));
    }
    return;
  }
  const it = PyObject_GetIter(other);
  try {
    for (;;) {
      const key = PyIter_Next(it);
      if (key === null) break;
      try {
        set_add_key(so, key);
      } finally {
        Py_DECREF(key);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

/** make_new_set: a new (frozen)set of `type` filled from `iterable` (null = empty). */
function make_new_set(type: PyType, iterable: PyObject | null): PySet {
  const so = allocSet(type);
  if (iterable !== null) {
    try {
      set_update_internal(so, iterable);
    } catch (e) {
      Py_DECREF(so);
      throw e;
    }
  }
  return so;
}

function make_new_set_basetype(type: PyType, iterable: PyObject | null): PySet {
  if (type !== PySet_Type && type !== PyFrozenSet_Type) {
    type = PyType_IsSubtype(type, PySet_Type) ? PySet_Type : PyFrozenSet_Type;
  }
  return make_new_set(type, iterable);
}

/** set(iterable) (null = empty). New reference. */
export function PySet_New(iterable: PyObject | null): PySet {
  return make_new_set(PySet_Type, iterable);
}

/** frozenset(iterable) (null = empty). New reference. */
export function PyFrozenSet_New(iterable: PyObject | null): PySet {
  return make_new_set(PyFrozenSet_Type, iterable);
}

/** s.add(key) (INCREFs key). */
export function PySet_Add(so: PySet, key: PyObject): void {
  set_add_key(so, key);
}

export function PySet_Contains(so: PySet, key: PyObject): boolean {
  return set_contains_key(so, key);
}

/** s.discard(key): true if it was present. */
export function PySet_Discard(so: PySet, key: PyObject): boolean {
  return set_discard_key(so, key);
}

export function PySet_Size(so: PySet): number {
  return so.used;
}

export function PySet_Clear(so: PySet): void {
  set_clear_internal(so);
}

/** s.pop(): a new reference; KeyError when empty. */
export function PySet_Pop(so: PySet): PyObject {
  return set_pop(so);
}

/** s |= iterable (CPython's _PySet_Update). */
export function _PySet_Update(so: PySet, iterable: PyObject): void {
  set_update_internal(so, iterable);
}

/** The live keys in iteration order (borrowed). */
export function setKeys(so: PySet): PyObject[] {
  const out: PyObject[] = [];
  for (let i = 0; i <= so.mask; i++) {
    const k = so.keys[i];
    if (k !== null && k !== undefined && k !== dummy) out.push(k);
  }
  return out;
}

function set_pop(so: PySet): PyObject {
  if (so.used === 0) raise(PyExc_KeyError, "pop from an empty set");
  let e = so.finger & so.mask;
  const limit = so.mask;
  while (so.keys[e] === null || so.keys[e] === dummy) {
    e++;
    if (e > limit) e = 0;
  }
  const key = so.keys[e]!;
  so.keys[e] = dummy;
  so.hashes[e] = -1;
  so.used--;
  so.finger = e + 1;
  return key;
}

/** Exchanges the contents of two sets (CPython's set_swap_bodies). */
function set_swap_bodies(a: PySet, b: PySet): void {
  const t = {
    fill: a.fill,
    used: a.used,
    mask: a.mask,
    keys: a.keys,
    hashes: a.hashes,
    tableAddr: a.tableAddr,
  };
  a.fill = b.fill;
  a.used = b.used;
  a.mask = b.mask;
  a.keys = b.keys;
  a.hashes = b.hashes;
  a.tableAddr = b.tableAddr;
  b.fill = t.fill;
  b.used = t.used;
  b.mask = t.mask;
  b.keys = t.keys;
  b.hashes = t.hashes;
  b.tableAddr = t.tableAddr;
  if (PyType_IsSubtype(a.ob_type, PyFrozenSet_Type) && PyType_IsSubtype(b.ob_type, PyFrozenSet_Type)) {
    const h = a.hash;
    a.hash = b.hash;
    b.hash = h;
  } else {
    a.hash = -1;
    b.hash = -1;
  }
}

// ---------------------------------------------------------------------------------------------
// the set algebra (CPython's functions, same names and iteration orders)

function set_copy(so: PySet): PySet {
  return make_new_set_basetype(so.ob_type, so);
}

function frozenset_copy(so: PySet): PySet {
  if (so.ob_type === PyFrozenSet_Type) {
    Py_INCREF(so);
    return so;
  }
  return set_copy(so);
}

function set_union(so: PySet, others: PyObject[]): PySet {
  const result = set_copy(so);
  try {
    for (const other of others) {
      if (other === so) continue;
      set_update_internal(result, other);
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function set_intersection(so: PySet, other: PyObject): PySet {
  if (so === other) return set_copy(so);
  const result = make_new_set_basetype(so.ob_type, null);
  try {
    if (other instanceof PySet) {
      let a: PySet = so;
      let b: PySet = other;
      if (b.used > a.used) {
        const tmp = a;
        a = b;
        b = tmp;
      }
      for (let pos = PySet_NextEntry(b, 0); pos >= 0; pos = PySet_NextEntry(b, pos + 1)) {
        const key = b.keys[pos]!;
        const hash = b.hashes[pos]!;
        key.ob_refcnt++;
        try {
          if (set_contains_entry(a, key, hash)) set_add_entry(result, key, hash);
        } finally {
          Py_DECREF(key);
        }
      }
      return result;
    }
    const it = PyObject_GetIter(other);
    try {
      for (;;) {
        const key = PyIter_Next(it);
        if (key === null) break;
        try {
          const hash = PyObject_Hash(key);
          if (set_contains_entry(so, key, hash)) {
            set_add_entry(result, key, hash);
            if (result.used >= so.used) break;
          }
        } finally {
          Py_DECREF(key);
        }
      }
    } finally {
      Py_DECREF(it);
    }
    return result;
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
}

function set_intersection_multi(so: PySet, others: PyObject[]): PySet {
  if (others.length === 0) return set_copy(so);
  Py_INCREF(so);
  let result: PySet = so;
  for (const other of others) {
    let next: PySet;
    try {
      next = set_intersection(result, other);
    } catch (e) {
      Py_DECREF(result);
      throw e;
    }
    Py_DECREF(result);
    result = next;
  }
  return result;
}

function set_intersection_update(so: PySet, other: PyObject): void {
  const tmp = set_intersection(so, other);
  set_swap_bodies(so, tmp);
  Py_DECREF(tmp);
}

function set_isdisjoint(so: PySet, other: PyObject): boolean {
  if (so === other) return so.used === 0;
  if (PyAnySet_CheckExact(other)) {
    let a: PySet = so;
    let b: PySet = other;
    if (b.used > a.used) {
      const tmp = a;
      a = b;
      b = tmp;
    }
    for (let pos = PySet_NextEntry(b, 0); pos >= 0; pos = PySet_NextEntry(b, pos + 1)) {
      const key = b.keys[pos]!;
      key.ob_refcnt++;
      try {
        if (set_contains_entry(a, key, b.hashes[pos]!)) return false;
      } finally {
        Py_DECREF(key);
      }
    }
    return true;
  }
  const it = PyObject_GetIter(other);
  try {
    for (;;) {
      const key = PyIter_Next(it);
      if (key === null) return true;
      try {
        if (set_contains_key(so, key)) return false;
      } finally {
        Py_DECREF(key);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

function set_difference_update_internal(so: PySet, other: PyObject): void {
  if (so === other) {
    set_clear_internal(so);
    return;
  }
  if (other instanceof PySet) {
    let o: PySet;
    if (other.used >> 3 > so.used) o = set_intersection(so, other);
    else {
      Py_INCREF(other);
      o = other;
    }
    try {
      for (let pos = PySet_NextEntry(o, 0); pos >= 0; pos = PySet_NextEntry(o, pos + 1)) {
        const key = o.keys[pos]!;
        key.ob_refcnt++;
        try {
          set_discard_entry(so, key, o.hashes[pos]!);
        } finally {
          Py_DECREF(key);
        }
      }
    } finally {
      Py_DECREF(o);
    }
  } else {
    const it = PyObject_GetIter(other);
    try {
      for (;;) {
        const key = PyIter_Next(it);
        if (key === null) break;
        try {
          set_discard_key(so, key);
        } finally {
          Py_DECREF(key);
        }
      }
    } finally {
      Py_DECREF(it);
    }
  }
  // If more than 1/4th are dummies, then resize them away.
  if (so.fill - so.used <= Math.floor(so.mask / 4)) return;
  set_table_resize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

function set_copy_and_difference(so: PySet, other: PyObject): PySet {
  const result = set_copy(so);
  try {
    set_difference_update_internal(result, other);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function set_difference(so: PySet, other: PyObject): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (other.ob_type === PyDict_Type) otherSize = (other as PyDict).ma_used;
  else return set_copy_and_difference(so, other);
  if (so.used >> 2 > otherSize) return set_copy_and_difference(so, other);
  const result = make_new_set_basetype(so.ob_type, null);
  try {
    for (let pos = PySet_NextEntry(so, 0); pos >= 0; pos = PySet_NextEntry(so, pos + 1)) {
      const key = so.keys[pos]!;
      const hash = so.hashes[pos]!;
      key.ob_refcnt++;
      try {
        const found =
          other.ob_type === PyDict_Type
            ? _PyDict_Contains_KnownHash(other as PyDict, key, hash)
            : set_contains_entry(other as PySet, key, hash);
        if (!found) set_add_entry(result, key, hash);
      } finally {
        Py_DECREF(key);
      }
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function set_difference_multi(so: PySet, others: PyObject[]): PySet {
  if (others.length === 0) return set_copy(so);
  const result = set_difference(so, others[0]!);
  try {
    for (let i = 1; i < others.length; i++) set_difference_update_internal(result, others[i]!);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function set_symmetric_difference_update(so: PySet, other: PyObject): void {
  if (so === other) {
    set_clear_internal(so);
    return;
  }
  if (other.ob_type === PyDict_Type) {
    const d = other as PyDict;
    for (let pos = PyDict_NextIndex(d, 0); pos >= 0; pos = PyDict_NextIndex(d, pos + 1)) {
      const key = dictKeyAt(d, pos);
      const hash = dictHashAt(d, pos);
      key.ob_refcnt++;
      try {
        if (!set_discard_entry(so, key, hash)) set_add_entry(so, key, hash);
      } finally {
        Py_DECREF(key);
      }
    }
    return;
  }
  let otherset: PySet;
  if (other instanceof PySet) {
    Py_INCREF(other);
    otherset = other;
  } else otherset = make_new_set_basetype(so.ob_type, other);
  try {
    for (let pos = PySet_NextEntry(otherset, 0); pos >= 0; pos = PySet_NextEntry(otherset, pos + 1)) {
      const key = otherset.keys[pos]!;
      const hash = otherset.hashes[pos]!;
      key.ob_refcnt++;
      try {
        if (!set_discard_entry(so, key, hash)) set_add_entry(so, key, hash);
      } finally {
        Py_DECREF(key);
      }
    }
  } finally {
    Py_DECREF(otherset);
  }
}

function set_symmetric_difference(so: PySet, other: PyObject): PySet {
  const otherset = make_new_set_basetype(so.ob_type, other);
  try {
    set_symmetric_difference_update(otherset, so);
  } catch (e) {
    Py_DECREF(otherset);
    throw e;
  }
  return otherset;
}

function set_issubset(so: PySet, other: PyObject): boolean {
  if (!(other instanceof PySet)) {
    const tmp = make_new_set(PySet_Type, other);
    try {
      return set_issubset(so, tmp);
    } finally {
      Py_DECREF(tmp);
    }
  }
  if (so.used > other.used) return false;
  for (let pos = PySet_NextEntry(so, 0); pos >= 0; pos = PySet_NextEntry(so, pos + 1)) {
    const key = so.keys[pos]!;
    key.ob_refcnt++;
    try {
      if (!set_contains_entry(other, key, so.hashes[pos]!)) return false;
    } finally {
      Py_DECREF(key);
    }
  }
  return true;
}

function set_issuperset(so: PySet, other: PyObject): boolean {
  if (other instanceof PySet) return set_issubset(other, so);
  const it = PyObject_GetIter(other);
  try {
    for (;;) {
      const key = PyIter_Next(it);
      if (key === null) return true;
      try {
        if (!set_contains_key(so, key)) return false;
      } finally {
        Py_DECREF(key);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

// ---------------------------------------------------------------------------------------------
// slots

function notImplemented(): PyObject {
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

function set_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!(w instanceof PySet)) return notImplemented();
  const so = v as PySet;
  switch (op) {
    case CmpOp.EQ:
      if (so.used !== w.used) return PyBool_FromBool(false);
      if (so.hash !== -1 && w.hash !== -1 && so.hash !== w.hash) return PyBool_FromBool(false);
      return PyBool_FromBool(set_issubset(so, w));
    case CmpOp.NE: {
      const r1 = set_richcompare(v, w, CmpOp.EQ);
      const r2 = PyObject_IsTrue(r1);
      Py_DECREF(r1);
      return PyBool_FromBool(!r2);
    }
    case CmpOp.LE:
      return PyBool_FromBool(set_issubset(so, w));
    case CmpOp.GE:
      return PyBool_FromBool(set_issuperset(so, w));
    case CmpOp.LT:
      if (so.used >= w.used) return PyBool_FromBool(false);
      return PyBool_FromBool(set_issubset(so, w));
    case CmpOp.GT:
      if (so.used <= w.used) return PyBool_FromBool(false);
      return PyBool_FromBool(set_issuperset(so, w));
  }
  return notImplemented();
}

/**
 * Releases the `used` live keys of a table. A function of its own: a long loop in set_dealloc
 * made V8 compile it on stack before the code after the loop had run, and that code then
 * deoptimised at every big set's dealloc (see list.ts's increfAll).
 */
function set_decref_keys(keys: (PyObject | null)[], used: number): void {
  for (let i = 0; used > 0 && i < keys.length; i++) {
    const k = keys[i];
    if (k && k !== dummy) {
      used--;
      Py_DECREF(k);
    }
  }
}

function set_dealloc(o: PyObject): void {
  const so = o as PySet;
  PyObject_GC_UnTrack(so);
  const useTrash = so.ob_type.tp_dealloc === set_dealloc;
  if (useTrash && _PyTrash_begin(so)) return;
  if (so.ob_weakrefs) clearWeakrefsHook(so);
  set_decref_keys(so.keys, so.used);
  if (so.mask + 1 > PySet_MINSIZE) PyMem_Free(so.tableAddr, (so.mask + 1) * 16);
  so.keys = [];
  so.hashes = [];
  gcFree(so);
  if (useTrash) _PyTrash_end();
}

/** %s of PyUnicode_FromFormat: the C string is decoded to a str, written, then released. */
function writeFormatName(writer: UnicodeWriterModel, name: string): void {
  const size = strBlockSize(name.length, 127);
  const address = holdBlock(size);
  writer.writeStr(name);
  releaseBlock(address, size);
}

/** PyUnicode_FromFormat("%s" + tail) with the type's name: its writer's blocks are booked. */
function formatWithName(name: string, tail: string, formatLength: number): PyObject {
  const writer = new UnicodeWriterModel(formatLength + 100);
  writeFormatName(writer, name);
  writer.writeASCII(tail.length);
  writer.release();
  return PyStr_FromString(name + tail);
}

function set_repr(o: PyObject): PyObject {
  const so = o as PySet;
  const name = so.ob_type.tp_name;
  if (Py_ReprEnter(so)) return formatWithName(name, "(...)", 7);
  if (so.used === 0) {
    Py_ReprLeave(so);
    return formatWithName(name, "()", 4);
  }
  try {
    const keys = PySequence_List(so);
    let listrepr: PyStr;
    try {
      listrepr = PyObject_Repr(keys);
    } finally {
      Py_DECREF(keys);
    }
    // repr(keys)[1:-1], then PyUnicode_FromFormat("{%U}") (or "%s({%U})"): its writer's blocks
    // are booked while the substring exists, for tracemalloc's peak
    const inner = listrepr.value.slice(1, -1);
    const tmp = PyStr_FromString(inner);
    Py_DECREF(listrepr);
    try {
      const exact = so.ob_type === PySet_Type;
      const writer = new UnicodeWriterModel((exact ? 4 : 8) + 100);
      if (!exact) writeFormatName(writer, name);
      writer.writeASCII(exact ? 1 : 2);
      writer.writeStr(inner);
      writer.writeASCII(exact ? 1 : 2);
      writer.release();
      return PyStr_FromString(exact ? `{${inner}}` : `${name}({${inner}})`);
    } finally {
      Py_DECREF(tmp);
    }
  } finally {
    Py_ReprLeave(so);
  }
}

function set_len(o: PyObject): number {
  return (o as PySet).used;
}

/** `key in s`, retrying an unhashable set key as a frozenset (as CPython). */
function set_contains(o: PyObject, key: PyObject): boolean {
  const so = o as PySet;
  try {
    return set_contains_key(so, key);
  } catch (e) {
    if (!PySet_Check(key) || !exceptionMatches(e, PyExc_TypeError)) throw e;
    Py_DECREF(e as PyBaseException);
    const tmpkey = make_new_set(PyFrozenSet_Type, key);
    try {
      return set_contains_key(so, tmpkey);
    } finally {
      Py_DECREF(tmpkey);
    }
  }
}

function set_traverse(o: PyObject, visit: VisitProc): void {
  const so = o as PySet;
  for (let pos = PySet_NextEntry(so, 0); pos >= 0; pos = PySet_NextEntry(so, pos + 1)) visit(so.keys[pos]!);
}

// frozenset_hash: 64-bit unsigned arithmetic with bigints (hashing a frozenset is rare).
const M64 = (1n << 64n) - 1n;
function shuffle_bits(h: bigint): bigint {
  return ((h ^ 89869747n ^ ((h << 16n) & M64)) * 3644798167n) & M64;
}
const SHUFFLED_0 = shuffle_bits(0n);
const SHUFFLED_MINUS1 = shuffle_bits(M64);

function frozenset_hash(o: PyObject): Hash {
  const so = o as PySet;
  if (so.hash !== -1) return so.hash;
  let hash = 0n;
  for (let i = 0; i <= so.mask; i++) {
    const h = so.hashes[i]!;
    hash ^= shuffle_bits(BigInt.asUintN(64, BigInt(h)));
  }
  if ((so.mask + 1 - so.fill) & 1) hash ^= SHUFFLED_0;
  if ((so.fill - so.used) & 1) hash ^= SHUFFLED_MINUS1;
  hash ^= ((BigInt(so.used) + 1n) * 1927868237n) & M64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M64;
  if (hash === M64) hash = 590923713n;
  const r = hashFromHiLo(Number(hash >> 32n), Number(hash & 0xffffffffn));
  so.hash = r;
  return r;
}

function set_iter(o: PyObject): PyObject {
  const so = o as PySet;
  const si = new PySetIter(so);
  gcAlloc(si, 64);
  Py_INCREF(so);
  PyObject_GC_Track(si);
  return si;
}

function set_new(typeObj: PyObject, _args: PyObject[], _kwnames: string[] | null): PyObject {
  return make_new_set(typeObj as PyType, null);
}

function set_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const so = self as PySet;
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw > 0) raise(PyExc_TypeError, "set() takes no keyword arguments");
  if (args.length > 1)
    raise(PyExc_TypeError, `${so.ob_type.tp_name} expected at most 1 argument, got ${args.length}`);
  if (so.fill) set_clear_internal(so);
  so.hash = -1;
  if (args.length === 0) return;
  set_update_internal(so, args[0]!);
}

function frozenset_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw > 0 && (type === PyFrozenSet_Type || type.tp_init === PyFrozenSet_Type.tp_init)) {
    raise(PyExc_TypeError, "frozenset() takes no keyword arguments");
  }
  const npos = args.length - nkw;
  if (npos > 1) raise(PyExc_TypeError, `${type.tp_name} expected at most 1 argument, got ${npos}`);
  const iterable = npos === 1 ? args[0]! : null;
  if (type !== PyFrozenSet_Type) return make_new_set(type, iterable);
  if (iterable !== null && iterable.ob_type === PyFrozenSet_Type) {
    Py_INCREF(iterable);
    return iterable;
  }
  return make_new_set(type, iterable);
}

function checkBinary(so: PyObject, other: PyObject): boolean {
  return so instanceof PySet && other instanceof PySet;
}

function set_sub(so: PyObject, other: PyObject): PyObject {
  if (!checkBinary(so, other)) return notImplemented();
  return set_difference(so as PySet, other);
}
function set_and(so: PyObject, other: PyObject): PyObject {
  if (!checkBinary(so, other)) return notImplemented();
  return set_intersection(so as PySet, other);
}
function set_xor(so: PyObject, other: PyObject): PyObject {
  if (!checkBinary(so, other)) return notImplemented();
  return set_symmetric_difference(so as PySet, other);
}
function set_or(so: PyObject, other: PyObject): PyObject {
  if (!checkBinary(so, other)) return notImplemented();
  const result = set_copy(so as PySet);
  if (so === other) return result;
  try {
    set_update_internal(result, other);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}
function set_isub(so: PyObject, other: PyObject): PyObject {
  if (!(other instanceof PySet)) return notImplemented();
  set_difference_update_internal(so as PySet, other);
  Py_INCREF(so);
  return so;
}
function set_iand(so: PyObject, other: PyObject): PyObject {
  if (!(other instanceof PySet)) return notImplemented();
  set_intersection_update(so as PySet, other);
  Py_INCREF(so);
  return so;
}
function set_ixor(so: PyObject, other: PyObject): PyObject {
  if (!(other instanceof PySet)) return notImplemented();
  set_symmetric_difference_update(so as PySet, other);
  Py_INCREF(so);
  return so;
}
function set_ior(so: PyObject, other: PyObject): PyObject {
  if (!(other instanceof PySet)) return notImplemented();
  set_update_internal(so as PySet, other);
  Py_INCREF(so);
  return so;
}

for (const t of [PySet_Type, PyFrozenSet_Type]) {
  t.tp_dealloc = set_dealloc;
  t.tp_repr = set_repr;
  t.tp_richcompare = set_richcompare;
  t.tp_iter = set_iter;
  t.tp_traverse = set_traverse;
  t.sq_length = set_len;
  t.sq_contains = set_contains;
  t.nb_subtract = set_sub;
  t.nb_and = set_and;
  t.nb_xor = set_xor;
  t.nb_or = set_or;
  t.tp_weaklistoffset = 1;
}
PySet_Type.tp_hash = PyObject_HashNotImplemented;
PySet_Type.tp_clear = (o) => set_clear_internal(o as PySet);
PyFrozenSet_Type.tp_clear = PySet_Type.tp_clear;
PySet_Type.tp_new = set_new;
PySet_Type.tp_init = set_init;
PySet_Type.nb_inplace_subtract = set_isub;
PySet_Type.nb_inplace_and = set_iand;
PySet_Type.nb_inplace_xor = set_ixor;
PySet_Type.nb_inplace_or = set_ior;
PyFrozenSet_Type.tp_hash = frozenset_hash;
PyFrozenSet_Type.tp_new = frozenset_new;

// ---------------------------------------------------------------------------------------------
// methods

function none(): PyObject {
  Py_INCREF(Py_None);
  return Py_None;
}

function varargs(name: string, args: PyObject[], kwnames: string[] | null): PyObject[] {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, `${name}() takes no keyword arguments`);
  return args;
}

function set_reduce(so: PySet): PyObject {
  const keys = PySequence_List(so);
  const args = PyTuple_New([keys]);
  // _PyObject_GetState: __getstate__() when defined, else the instance dict (None when empty).
  let state: PyObject;
  const getstate = PyObject_LookupAttrString(so, "__getstate__");
  if (getstate !== null) {
    try {
      state = PyObject_CallNoArgs(getstate);
    } finally {
      Py_DECREF(getstate);
    }
  } else {
    const dict = PyObject_LookupAttrString(so, "__dict__");
    if (dict instanceof PyDict && dict.ma_used > 0) state = dict;
    else {
      if (dict !== null) Py_DECREF(dict);
      Py_INCREF(Py_None);
      state = Py_None;
    }
  }
  Py_INCREF(so.ob_type);
  return PyTuple_New([so.ob_type, args, state]);
}

/** set.remove / discard with CPython's retry of an unhashable set key as a frozenset. */
function discardWithRetry(so: PySet, key: PyObject): boolean {
  try {
    return set_discard_key(so, key);
  } catch (e) {
    if (!PySet_Check(key) || !exceptionMatches(e, PyExc_TypeError)) throw e;
    Py_DECREF(e as PyBaseException);
    const tmpkey = make_new_set(PyFrozenSet_Type, key);
    try {
      return set_discard_key(so, tmpkey);
    } finally {
      Py_DECREF(tmpkey);
    }
  }
}

type Impl = (self: PyObject | null, args: PyObject[], kwnames: string[] | null) => PyObject;

function commonMethods(typeName: string): Record<string, { impl: Impl; doc: string; kind?: "class" }> {
  return {
    __contains__: {
      impl: (self, args, kwnames) =>
        PyBool_FromBool(set_contains(self!, oneArg(`${typeName}.__contains__`, args, kwnames))),
      doc: "x.__contains__(y) <==> y in x.",
    },
    difference: {
      impl: (self, args, kwnames) =>
        set_difference_multi(self as PySet, varargs(`${typeName}.difference`, args, kwnames)),
      doc: "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)",
    },
    intersection: {
      impl: (self, args, kwnames) =>
        set_intersection_multi(self as PySet, varargs(`${typeName}.intersection`, args, kwnames)),
      doc: "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)",
    },
    isdisjoint: {
      impl: (self, args, kwnames) =>
        PyBool_FromBool(set_isdisjoint(self as PySet, oneArg(`${typeName}.isdisjoint`, args, kwnames))),
      doc: "Return True if two sets have a null intersection.",
    },
    issubset: {
      impl: (self, args, kwnames) =>
        PyBool_FromBool(set_issubset(self as PySet, oneArg(`${typeName}.issubset`, args, kwnames))),
      doc: "Report whether another set contains this set.",
    },
    issuperset: {
      impl: (self, args, kwnames) =>
        PyBool_FromBool(set_issuperset(self as PySet, oneArg(`${typeName}.issuperset`, args, kwnames))),
      doc: "Report whether this set contains another set.",
    },
    __reduce__: {
      impl: (self, args, kwnames) => {
        noArgs(`${typeName}.__reduce__`, args, kwnames);
        return set_reduce(self as PySet);
      },
      doc: "Return state information for pickling.",
    },
    __sizeof__: {
      impl: (self, args, kwnames) => {
        noArgs(`${typeName}.__sizeof__`, args, kwnames);
        return PyInt_FromNumber(set_sizeof(self as PySet));
      },
      doc: "S.__sizeof__() -> size of S in memory, in bytes",
    },
    symmetric_difference: {
      impl: (self, args, kwnames) =>
        set_symmetric_difference(self as PySet, oneArg(`${typeName}.symmetric_difference`, args, kwnames)),
      doc: "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)",
    },
    union: {
      impl: (self, args, kwnames) => set_union(self as PySet, varargs(`${typeName}.union`, args, kwnames)),
      doc: "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)",
    },
    __class_getitem__: { impl: Py_GenericAlias, kind: "class", doc: "See PEP 585" },
  };
}

defineMethods(PySet_Type, {
  add: {
    impl: (self, args, kwnames) => {
      set_add_key(self as PySet, oneArg("set.add", args, kwnames));
      return none();
    },
    doc: "Add an element to a set.\n\nThis has no effect if the element is already present.",
  },
  clear: {
    impl: (self, args, kwnames) => {
      noArgs("set.clear", args, kwnames);
      set_clear_internal(self as PySet);
      return none();
    },
    doc: "Remove all elements from this set.",
  },
  copy: {
    impl: (self, args, kwnames) => {
      noArgs("set.copy", args, kwnames);
      return set_copy(self as PySet);
    },
    doc: "Return a shallow copy of a set.",
  },
  discard: {
    impl: (self, args, kwnames) => {
      discardWithRetry(self as PySet, oneArg("set.discard", args, kwnames));
      return none();
    },
    doc: "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set.",
  },
  difference_update: {
    impl: (self, args, kwnames) => {
      for (const other of varargs("set.difference_update", args, kwnames)) {
        set_difference_update_internal(self as PySet, other);
      }
      return none();
    },
    doc: "Remove all elements of another set from this set.",
  },
  intersection_update: {
    impl: (self, args, kwnames) => {
      const tmp = set_intersection_multi(self as PySet, varargs("set.intersection_update", args, kwnames));
      set_swap_bodies(self as PySet, tmp);
      Py_DECREF(tmp);
      return none();
    },
    doc: "Update a set with the intersection of itself and another.",
  },
  pop: {
    impl: (self, args, kwnames) => {
      noArgs("set.pop", args, kwnames);
      return set_pop(self as PySet);
    },
    doc: "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty.",
  },
  remove: {
    impl: (self, args, kwnames) => {
      const key = oneArg("set.remove", args, kwnames);
      if (!discardWithRetry(self as PySet, key)) {
        _PyErr_SetKeyError(key);
      }
      return none();
    },
    doc: "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError.",
  },
  symmetric_difference_update: {
    impl: (self, args, kwnames) => {
      set_symmetric_difference_update(
        self as PySet,
        oneArg("set.symmetric_difference_update", args, kwnames),
      );
      return none();
    },
    doc: "Update a set with the symmetric difference of itself and another.",
  },
  update: {
    impl: (self, args, kwnames) => {
      for (const other of varargs("set.update", args, kwnames)) set_update_internal(self as PySet, other);
      return none();
    },
    doc: "Update a set with the union of itself and others.",
  },
  ...commonMethods("set"),
});

defineMethods(PyFrozenSet_Type, {
  copy: {
    impl: (self, args, kwnames) => {
      noArgs("frozenset.copy", args, kwnames);
      return frozenset_copy(self as PySet);
    },
    doc: "Return a shallow copy of a set.",
  },
  ...commonMethods("frozenset"),
});

// ---------------------------------------------------------------------------------------------
// iterator

export class PySetIter extends PyObject {
  si_used: number;
  si_pos = 0;
  len: number;
  constructor(public si_set: PySet | null) {
    super(PySetIter_Type);
    this.si_used = si_set!.used;
    this.len = si_set!.used;
  }
}

function setiter_dealloc(o: PyObject): void {
  const si = o as PySetIter;
  PyObject_GC_UnTrack(si);
  const s = si.si_set;
  si.si_set = null;
  if (s !== null) Py_DECREF(s);
  gcFree(si);
}

function setiter_iternext(o: PyObject): PyObject | null {
  const si = o as PySetIter;
  const so = si.si_set;
  if (so === null) return null;
  if (si.si_used !== so.used) {
    si.si_used = -1;
    raise(PyExc_RuntimeError, "Set changed size during iteration");
  }
  let i = si.si_pos;
  const keys = so.keys;
  const mask = so.mask;
  while (i <= mask && (keys[i] === null || keys[i] === dummy)) i++;
  si.si_pos = i + 1;
  if (i > mask) {
    si.si_set = null;
    Py_DECREF(so);
    return null;
  }
  si.len--;
  const key = keys[i]!;
  key.ob_refcnt++;
  return key;
}

PySetIter_Type.tp_dealloc = setiter_dealloc;
PySetIter_Type.tp_iter = PyObject_SelfIter;
PySetIter_Type.tp_iternext = setiter_iternext;
PySetIter_Type.tp_traverse = (o, visit) => {
  const s = (o as PySetIter).si_set;
  if (s !== null) visit(s);
};

defineMethods(PySetIter_Type, {
  __length_hint__: {
    impl: (self, args, kwnames) => {
      noArgs("set_iterator.__length_hint__", args, kwnames);
      const si = self as PySetIter;
      const len = si.si_set !== null && si.si_used === si.si_set.used ? si.len : 0;
      return PyInt_FromNumber(len);
    },
    doc: "Private method returning an estimate of len(list(it)).",
  },
  __reduce__: {
    impl: (self, args, kwnames) => {
      noArgs("set_iterator.__reduce__", args, kwnames);
      const si = self as PySetIter;
      const items: PyObject[] = [];
      const so = si.si_set;
      if (so !== null) {
        for (let pos = PySet_NextEntry(so, si.si_pos); pos >= 0; pos = PySet_NextEntry(so, pos + 1)) {
          const k = so.keys[pos]!;
          k.ob_refcnt++;
          items.push(k);
        }
      }
      const fn = getBuiltin("iter");
      return PyTuple_New([fn, PyTuple_New([PyList_New(items)])]);
    },
    doc: "Return state information for pickling.",
  },
});
