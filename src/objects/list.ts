/**
 * `list` (CPython's Objects/listobject.c): the mutable sequence with CPython 3.11's exact
 * over-allocation (`list_resize`), slice assignment, iterators, and the C-API functions the VM
 * and other types use. Sorting lives in listsort.ts.
 *
 * `items` is a dense JS array whose length is the Python length; `allocated` is CPython's
 * capacity (what `sys.getsizeof` reports); the item vector itself is modelled as a raw block of
 * `allocated * 8` bytes in the allocator (`itemsAddr`/`itemsSize`), reallocated exactly when
 * CPython reallocates it.
 */

import { CmpOp } from "../compiler/opcodes.js";
import { FREE_LIST_ORDER } from "../memory/gc.js";
import { UnicodeWriterModel } from "../memory/unicode_writer.js";
import { MAX_SEQUENCE_ITEMS, newItemsArray } from "../util/host_arrays.js";
import {
  lookupSpecial,
  Py_ReprEnter,
  Py_ReprLeave,
  PyIter_Next,
  PyNumber_Index,
  PyObject_CallNoArgs,
  PyObject_GetIter,
  PyObject_HashNotImplemented,
  PyObject_RichCompare,
  PyObject_RichCompareBool,
  PyObject_Size,
  reprOf,
  reprWritten,
  ssizeArg,
} from "./abstract.js";
import { type ArgSpec, noArgs, oneArg, parseArgs, positional } from "./args.js";
import { PyBool_FromBool } from "./bool.js";
import {
  exceptionMatches,
  type PyBaseException,
  PyErr_NoArgs,
  PyExc_IndexError,
  PyExc_MemoryError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "./exceptions.js";
import { PyInt, PyInt_FromNumber, PyInt_FromSsize_t } from "./int.js";
import { list_sort_impl } from "./listsort.js";
import { defineMethods } from "./methods.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { Py_DECREF, Py_INCREF, PyObject } from "./object.js";
import { PY_SSIZE_T_MAX, PySlice, PySlice_AdjustIndices, PySlice_Unpack } from "./slice.js";
import type { VisitProc } from "./slots_types.js";
import { PyStr_FromString } from "./str.js";
import {
  _PyTrash_begin,
  _PyTrash_end,
  FreeList,
  gcAlloc,
  gcFree,
  getBuiltin,
  indexOrIndexError,
  indexRangeArgs,
  Py_GenericAlias,
  Py_RETURN_RICHCOMPARE,
  PyMem_Free,
  PyMem_Malloc,
  PyMem_Realloc,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyObject_SelfIter,
  type PyTuple,
  PyTuple_FromArray,
  PyTuple_New,
  PyTuple_Type,
  parkInFreeList,
  reuseFromFreeList,
  setstateIndex,
} from "./tuple.js";
import { newStaticType, type PyType, PyType_IsSubtype, TypeFlag } from "./type.js";
import { instanceAllocSize } from "./typeobject.js";

export class PyList extends PyObject {
  /** The items (owned references); `items.length` is the Python length. */
  declare items: PyObject[];
  /** CPython's `allocated`: the capacity of the item vector (-1 while the list is being sorted). */
  declare allocated: number;
  /** Address and byte size of the item vector's block (0 = NULL). */
  declare itemsAddr: number;
  declare itemsSize: number;
  constructor(type: PyType) {
    // The header here, not in PyObject's shared constructor, and no field initializers (see
    // PyObject's constructor); the collector's fields up front, so tracking adds no properties.
    super(type, true);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.ob_addr = 0;
    this.ob_size_alloc = 0;
    this.items = [];
    this.allocated = 0;
    this.itemsAddr = 0;
    this.itemsSize = 0;
    // the collector's field (memory/gc.ts) from the start: one hidden class, tracked or not
    this.gc_head = null;
  }
}

export const PyList_Type = newStaticType({
  name: "list",
  flags:
    TypeFlag.BASETYPE | TypeFlag.HAVE_GC | TypeFlag.LIST_SUBCLASS | TypeFlag.SEQUENCE | TypeFlag.MATCH_SELF,
  basicsize: 40,
  doc: "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.",
});
export const PyListIter_Type = newStaticType({
  name: "list_iterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 32,
});
export const PyListRevIter_Type = newStaticType({
  name: "list_reverseiterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 32,
});

export function PyList_Check(o: PyObject): o is PyList {
  return o instanceof PyList && (o.ob_type === PyList_Type || PyType_IsSubtype(o.ob_type, PyList_Type));
}

export function PyList_CheckExact(o: PyObject): o is PyList {
  return o.ob_type === PyList_Type;
}

/** list.__sizeof__(): basicsize + allocated pointers (sys.getsizeof adds the GC header). */
export function list_sizeof(l: PyList): number {
  return l.ob_type.tp_basicsize + Math.max(l.allocated, 0) * 8;
}

// ---------------------------------------------------------------------------------------------
// allocation

/** PyList_MAXFREELIST: up to 80 dead exact lists keep their blocks for PyList_New. */
let listFreeListObj: FreeList | null = null;
function listFreeList(): FreeList {
  // created on first use: tuple.ts (which defines FreeList) may load after this module
  if (listFreeListObj === null) listFreeListObj = new FreeList(80, FREE_LIST_ORDER.list);
  return listFreeListObj;
}

export function listFreeListSize(): number {
  return listFreeList().size;
}

/** A new empty list object: from the free list when `fromFreeList` (PyList_New), else fresh (tp_alloc). */
function allocList(type: PyType, fromFreeList = false): PyList {
  const l = new PyList(type);
  if (type === PyList_Type) {
    if (!fromFreeList || !reuseFromFreeList(listFreeList(), l, 56)) gcAlloc(l, 56);
  } else {
    gcAlloc(l, instanceAllocSize(type));
    Py_INCREF(type);
  }
  return l;
}

/** Gives the list an item vector of exactly `n` slots (PyMem_New / PyMem_Calloc). */
function setExactBuffer(l: PyList, n: number): void {
  l.itemsAddr = PyMem_Malloc(n * 8);
  l.itemsSize = n * 8;
  l.allocated = n;
}

function freeBuffer(l: PyList): void {
  if (l.itemsAddr !== 0) {
    PyMem_Free(l.itemsAddr, l.itemsSize);
    l.itemsAddr = 0;
    l.itemsSize = 0;
  }
}

/**
 * CPython 3.11's list_resize, for the capacity only: callers adjust `items` themselves.
 * Over-allocates ~1/8 (0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...).
 */
export function list_resize(l: PyList, newsize: number): void {
  const allocated = l.allocated;
  if (allocated >= newsize && newsize >= Math.floor(allocated / 2)) return;
  if (newsize > MAX_SEQUENCE_ITEMS) throw PyErr_NoArgs(PyExc_MemoryError);
  let newAllocated = newsize + Math.floor(newsize / 8) + 6;
  newAllocated -= newAllocated % 4;
  if (newsize - l.items.length > newAllocated - newsize) newAllocated = newsize + 3 - ((newsize + 3) % 4);
  if (newsize === 0) newAllocated = 0;
  const bytes = newAllocated * 8;
  l.itemsAddr = PyMem_Realloc(l.itemsAddr, l.itemsSize, bytes);
  l.itemsSize = bytes;
  l.allocated = newAllocated;
}

/** list_preallocate_exact: an empty list without a vector gets room for `size` (rounded up to even). */
function list_preallocate_exact(l: PyList, size: number): void {
  // More items than a JS array holds: CPython's allocation fails the same way (list(range(10**12))).
  if (size > MAX_SEQUENCE_ITEMS) throw PyErr_NoArgs(PyExc_MemoryError);
  size = size + (size & 1);
  setExactBuffer(l, size);
}

/** A new list owning `items` (STEALS the references; CPython's PyList_New(n) + SET_ITEM). */
export function PyList_New(items: PyObject[] = []): PyList {
  const l = allocList(PyList_Type, true);
  const n = items.length;
  if (n > 0) setExactBuffer(l, n);
  l.items = items;
  PyObject_GC_Track(l);
  return l;
}

/**
 * A list built as stringlib's split builds it (STEALS the items): PyList_New(prealloc) filled in
 * place, items beyond `prealloc` appended (so the vector grows as appends grow it), then the size
 * set to the count, keeping the preallocated room: "a b".split() has 12 slots, as in CPython.
 */
export function PyList_NewPreallocated(items: PyObject[], prealloc: number): PyList {
  const l = allocList(PyList_Type, true);
  if (prealloc > 0) setExactBuffer(l, prealloc);
  l.items = items;
  for (let n = prealloc; n < items.length; n++) if (n >= l.allocated) list_resize(l, n + 1);
  PyObject_GC_Track(l);
  return l;
}

/** list_new_prealloc: a list whose vector has exactly items.length slots (items stolen). */
function list_new_prealloc(items: PyObject[]): PyList {
  return PyList_New(items);
}

/** A new list of copies of `items` (INCREF'd). */
export function PyList_FromArray(items: readonly PyObject[]): PyList {
  const out = items.slice();
  for (let i = 0; i < out.length; i++) out[i]!.ob_refcnt++;
  return PyList_New(out);
}

export function PyList_Size(l: PyList): number {
  return l.items.length;
}

/** Borrowed reference; IndexError when out of range. */
export function PyList_GetItem(l: PyList, i: number): PyObject {
  if (i < 0 || i >= l.items.length) raise(PyExc_IndexError, "list index out of range");
  return l.items[i]!;
}

/** STEALS `v`. */
export function PyList_SetItem(l: PyList, i: number, v: PyObject): void {
  if (i < 0 || i >= l.items.length) {
    Py_DECREF(v);
    raise(PyExc_IndexError, "list assignment index out of range");
  }
  const old = l.items[i]!;
  l.items[i] = v;
  Py_DECREF(old);
}

/** list.append: INCREFs `v`. The hottest list path. */
export function PyList_Append(l: PyList, v: PyObject): void {
  v.ob_refcnt++;
  const n = l.items.length;
  if (n < l.allocated) {
    l.items.push(v);
    return;
  }
  list_resize(l, n + 1);
  l.items.push(v);
}

/** Appends, STEALING `v` (CPython's _PyList_AppendTakeRef; LIST_APPEND in comprehensions). */
export function _PyList_AppendTakeRef(l: PyList, v: PyObject): void {
  const n = l.items.length;
  if (n >= l.allocated) list_resize(l, n + 1);
  l.items.push(v);
}

/** ins1: inserts `v` (INCREF'd) before `where` (clamped like list.insert). */
export function PyList_Insert(l: PyList, where: number, v: PyObject): void {
  const n = l.items.length;
  list_resize(l, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  v.ob_refcnt++;
  if (where === n) l.items.push(v);
  else l.items.splice(where, 0, v);
}

export function PyList_AsTuple(l: PyList): PyTuple {
  return PyTuple_FromArray(l.items);
}

/** l[low:high] as a new list. */
export function PyList_GetSlice(l: PyList, low: number, high: number): PyList {
  return list_slice(l, low, high);
}

export function PyList_SetSlice(l: PyList, low: number, high: number, v: PyObject | null): void {
  list_ass_slice(l, low, high, v);
}

export function PyList_Reverse(l: PyList): void {
  l.items.reverse();
}

export function PyList_Sort(l: PyList): void {
  const r = list_sort_impl(l, null, false);
  Py_DECREF(r);
}

/** list(iterable) (CPython's PySequence_List). New reference. */
export function PySequence_List(o: PyObject): PyList {
  const l = PyList_New([]);
  try {
    list_extend(l, o);
  } catch (e) {
    Py_DECREF(l);
    throw e;
  }
  return l;
}

/**
 * PySequence_Fast: `o` itself when it is an exact list or tuple, otherwise a new list of its
 * items (TypeError with `message` when it is not iterable). New reference.
 */
export function PySequence_Fast(o: PyObject, message: string): PyList | PyTuple {
  if (o.ob_type === PyList_Type || o.ob_type === PyTuple_Type) {
    Py_INCREF(o);
    return o as PyList | PyTuple;
  }
  let it: PyObject;
  try {
    it = PyObject_GetIter(o);
  } catch (e) {
    if (exceptionMatches(e, PyExc_TypeError)) {
      Py_DECREF(e as PyBaseException);
      raise(PyExc_TypeError, message);
    }
    throw e;
  }
  try {
    return PySequence_List(it);
  } finally {
    Py_DECREF(it);
  }
}

/** _PyObject_HasLen: does the type define sq_length or mp_length? */
export function _PyObject_HasLen(o: PyObject): boolean {
  return o.ob_type.sq_length !== null || o.ob_type.mp_length !== null;
}

/** operator.length_hint(o, default) (CPython's PyObject_LengthHint). */
export function PyObject_LengthHint(o: PyObject, defaultValue: number): number {
  if (_PyObject_HasLen(o)) {
    try {
      return PyObject_Size(o);
    } catch (e) {
      if (!exceptionMatches(e, PyExc_TypeError)) throw e;
      Py_DECREF(e as PyBaseException);
    }
  }
  const hint = lookupSpecial(o, "__length_hint__");
  if (hint === null) return defaultValue;
  let result: PyObject;
  try {
    result = PyObject_CallNoArgs(hint);
  } catch (e) {
    if (exceptionMatches(e, PyExc_TypeError)) {
      Py_DECREF(e as PyBaseException);
      return defaultValue;
    }
    throw e;
  } finally {
    Py_DECREF(hint);
  }
  if (result === Py_NotImplemented) {
    Py_DECREF(result);
    return defaultValue;
  }
  if (!(result instanceof PyInt)) {
    const name = result.ob_type.tp_name;
    Py_DECREF(result);
    raise(PyExc_TypeError, `__length_hint__ must be an integer, not ${name}`);
  }
  const v = result.value;
  Py_DECREF(result);
  if (typeof v !== "number") {
    if (v > 0x7fffffffffffffffn) raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    if (v > 0n) return Number(v);
    raise(PyExc_ValueError, "__length_hint__() should return >= 0");
  }
  if (v < 0) raise(PyExc_ValueError, "__length_hint__() should return >= 0");
  return v;
}

// ---------------------------------------------------------------------------------------------
// core operations (CPython's static helpers, same names)

/** _list_clear: empties the list first, then releases the items from last to first. */
function _list_clear(l: PyList): void {
  const items = l.items;
  const addr = l.itemsAddr;
  const size = l.itemsSize;
  if (addr === 0 && items.length === 0) return;
  l.items = [];
  l.allocated = 0;
  l.itemsAddr = 0;
  l.itemsSize = 0;
  for (let i = items.length - 1; i >= 0; i--) Py_DECREF(items[i]!);
  PyMem_Free(addr, size);
}

export function list_slice(l: PyList, ilow: number, ihigh: number): PyList {
  const n = l.items.length;
  if (ilow < 0) ilow = 0;
  else if (ilow > n) ilow = n;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > n) ihigh = n;
  const len = ihigh - ilow;
  if (len <= 0) return PyList_New([]);
  const out = l.items.slice(ilow, ihigh);
  increfAll(out);
  return list_new_prealloc(out);
}

/*
 * Loops over a whole item vector live in helpers of their own. V8 (Node 20) compiles a function
 * whose first call runs a long loop "on stack" (OSR); when code after the loop had never run,
 * that code deoptimises on reaching it, and the cached OSR code is entered again (and deoptimised
 * again, ~0.2 ms each) for every later long loop: list_slice of big lists spent 90% of its time
 * so. A helper has nothing after its loop.
 */
function increfAll(items: PyObject[]): void {
  for (let i = 0; i < items.length; i++) items[i]!.ob_refcnt++;
}

/** Releases items last-to-first (list_dealloc's order). */
function decrefAllReverse(items: PyObject[]): void {
  for (let i = items.length - 1; i >= 0; i--) Py_DECREF(items[i]!);
}

/** a[ilow:ihigh] = v (v null = delete). Removed items are released last-to-first. */
export function list_ass_slice(a: PyList, ilow: number, ihigh: number, v: PyObject | null): void {
  let vitems: PyObject[];
  let vFast: PyObject | null = null;
  if (v === null) vitems = [];
  else {
    if (v === a) {
      const copy = list_slice(a, 0, a.items.length);
      try {
        list_ass_slice(a, ilow, ihigh, copy);
      } finally {
        Py_DECREF(copy);
      }
      return;
    }
    vFast = PySequence_Fast(v, "can only assign an iterable");
    vitems = (vFast as PyList | PyTuple).items;
  }
  try {
    const size = a.items.length;
    if (ilow < 0) ilow = 0;
    else if (ilow > size) ilow = size;
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > size) ihigh = size;
    const n = vitems.length;
    const norig = ihigh - ilow;
    const d = n - norig;
    if (size + d === 0) {
      _list_clear(a);
      return;
    }
    const recycle = a.items.slice(ilow, ihigh);
    const recycleBlock = norig > 8 ? PyMem_Malloc(norig * 8) : 0;
    if (d < 0) {
      list_resize(a, size + d);
    } else if (d > 0) {
      list_resize(a, size + d);
    }
    if (d === 0) {
      // as many items as replaced (a[:k] = b[k::-1]): written over in place, no splice
      const items = a.items;
      for (let k = 0; k < n; k++) {
        const w = vitems[k]!;
        w.ob_refcnt++;
        items[ilow + k] = w;
      }
    } else {
      for (let k = 0; k < n; k++) vitems[k]!.ob_refcnt++;
      a.items.splice(ilow, norig, ...vitems);
    }
    for (let k = norig - 1; k >= 0; --k) Py_DECREF(recycle[k]!);
    if (recycleBlock !== 0) PyMem_Free(recycleBlock, norig * 8);
  } finally {
    if (vFast !== null) Py_DECREF(vFast);
  }
}

/** list.extend / +=: CPython's list_extend, including its pre-sizing rules. */
export function list_extend(self: PyList, iterable: PyObject): void {
  if (iterable.ob_type === PyList_Type || iterable.ob_type === PyTuple_Type || iterable === self) {
    const src = (iterable as PyList | PyTuple).items;
    const n = src.length;
    if (n === 0) return;
    const m = self.items.length;
    if (self.itemsAddr === 0) list_preallocate_exact(self, n);
    else list_resize(self, m + n);
    const copy = iterable === self ? src.slice() : src;
    for (let i = 0; i < n; i++) {
      const o = copy[i]!;
      o.ob_refcnt++;
      self.items.push(o);
    }
    return;
  }
  const it = PyObject_GetIter(iterable);
  try {
    const n = PyObject_LengthHint(iterable, 8);
    const m = self.items.length;
    // m + n would overflow Py_ssize_t: the hint is ignored (CPython's "n lied" case).
    if (m > 0 && m + n >= 2 ** 63) {
      // no preallocation
    } else if (self.itemsAddr === 0) {
      if (n > 0) list_preallocate_exact(self, n);
    } else {
      list_resize(self, m + n);
    }
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) break;
      if (self.items.length < self.allocated) self.items.push(item);
      else _PyList_AppendTakeRef(self, item);
    }
    if (self.items.length < self.allocated) list_resize(self, self.items.length);
  } finally {
    Py_DECREF(it);
  }
}

/** Extends a list in place; public name used by the VM (LIST_EXTEND). */
export const _PyList_Extend = list_extend;

function list_item(o: PyObject, i: number): PyObject {
  const items = (o as PyList).items;
  if (i < 0 || i >= items.length) raise(PyExc_IndexError, "list index out of range");
  const v = items[i]!;
  v.ob_refcnt++;
  return v;
}

function list_ass_item(o: PyObject, i: number, v: PyObject | null): void {
  const l = o as PyList;
  if (i < 0 || i >= l.items.length) raise(PyExc_IndexError, "list assignment index out of range");
  if (v === null) {
    list_ass_slice(l, i, i + 1, null);
    return;
  }
  v.ob_refcnt++;
  const old = l.items[i]!;
  l.items[i] = v;
  Py_DECREF(old);
}

function list_subscript(o: PyObject, key: PyObject): PyObject {
  const l = o as PyList;
  if (key instanceof PyInt) {
    let i = key.value;
    if (typeof i === "number") {
      if (i < 0) i += l.items.length;
      return list_item(l, i);
    }
  }
  if (key.ob_type.nb_index !== null) {
    let i = indexOrIndexError(key);
    if (i < 0) i += l.items.length;
    return list_item(l, i);
  }
  if (key instanceof PySlice) {
    const ix = PySlice_Unpack(key);
    const n = PySlice_AdjustIndices(l.items.length, ix);
    if (n <= 0) return PyList_New([]);
    if (ix.step === 1) return list_slice(l, ix.start, ix.stop);
    const out: PyObject[] = newItemsArray(n);
    for (let c = ix.start, i = 0; i < n; c += ix.step, i++) {
      const v = l.items[c]!;
      v.ob_refcnt++;
      out[i] = v;
    }
    return list_new_prealloc(out);
  }
  raise(PyExc_TypeError, `list indices must be integers or slices, not ${key.ob_type.tp_name}`);
}

function list_ass_subscript(o: PyObject, key: PyObject, value: PyObject | null): void {
  const self = o as PyList;
  if (key.ob_type.nb_index !== null) {
    let i = indexOrIndexError(key);
    if (i < 0) i += self.items.length;
    list_ass_item(self, i, value);
    return;
  }
  if (!(key instanceof PySlice)) {
    raise(PyExc_TypeError, `list indices must be integers or slices, not ${key.ob_type.tp_name}`);
  }
  const ix = PySlice_Unpack(key);
  const slicelength = PySlice_AdjustIndices(self.items.length, ix);
  let { start, stop, step } = ix;
  if (step === 1) {
    list_ass_slice(self, start, stop, value);
    return;
  }
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (value === null) {
    if (slicelength <= 0) return;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelength - 1) - 1;
      step = -step;
    }
    const garbageBlock = PyMem_Malloc(slicelength * 8);
    const garbage: PyObject[] = new Array(slicelength);
    const items = self.items;
    const kept: PyObject[] = [];
    let gi = 0;
    for (let c = 0; c < items.length; c++) {
      if (c >= start && c < stop && (c - start) % step === 0 && gi < slicelength) garbage[gi++] = items[c]!;
      else kept.push(items[c]!);
    }
    self.items = kept;
    list_resize(self, kept.length);
    for (let i = 0; i < slicelength; i++) Py_DECREF(garbage[i]!);
    PyMem_Free(garbageBlock, slicelength * 8);
    return;
  }
  const seq =
    value === self
      ? list_slice(self, 0, self.items.length)
      : PySequence_Fast(value, "must assign iterable to extended slice");
  try {
    const seqitems = (seq as PyList | PyTuple).items;
    if (seqitems.length !== slicelength) {
      raise(
        PyExc_ValueError,
        `attempt to assign sequence of size ${seqitems.length} to extended slice of size ${slicelength}`,
      );
    }
    if (slicelength === 0) return;
    const garbageBlock = PyMem_Malloc(slicelength * 8);
    const garbage: PyObject[] = new Array(slicelength);
    const selfitems = self.items;
    for (let c = start, i = 0; i < slicelength; c += step, i++) {
      garbage[i] = selfitems[c]!;
      const ins = seqitems[i]!;
      ins.ob_refcnt++;
      selfitems[c] = ins;
    }
    for (let i = 0; i < slicelength; i++) Py_DECREF(garbage[i]!);
    PyMem_Free(garbageBlock, slicelength * 8);
  } finally {
    Py_DECREF(seq);
  }
}

function list_length(o: PyObject): number {
  return (o as PyList).items.length;
}

function list_contains(o: PyObject, el: PyObject): boolean {
  const l = o as PyList;
  for (let i = 0; i < l.items.length; i++) {
    const item = l.items[i]!;
    if (item === el) return true;
    item.ob_refcnt++;
    try {
      if (PyObject_RichCompareBool(item, el, CmpOp.EQ)) return true;
    } finally {
      Py_DECREF(item);
    }
  }
  return false;
}

function list_concat(a: PyObject, b: PyObject): PyObject {
  if (!PyList_Check(b)) {
    raise(PyExc_TypeError, `can only concatenate list (not "${b.ob_type.tp_name}") to list`);
  }
  if ((a as PyList).items.length + b.items.length > MAX_SEQUENCE_ITEMS) throw PyErr_NoArgs(PyExc_MemoryError);
  const out = (a as PyList).items.concat(b.items);
  if (out.length === 0) return PyList_New([]);
  for (let i = 0; i < out.length; i++) out[i]!.ob_refcnt++;
  return list_new_prealloc(out);
}

function list_repeat(a: PyObject, n: number): PyObject {
  const src = (a as PyList).items;
  if (n < 0) n = 0;
  const len = src.length;
  if (n > 0 && len > PY_SSIZE_T_MAX / n) throw PyErr_NoArgs(PyExc_MemoryError);
  const size = len * n;
  if (size === 0) return PyList_New([]);
  if (size > MAX_SEQUENCE_ITEMS) throw PyErr_NoArgs(PyExc_MemoryError);
  const out: PyObject[] = newItemsArray(size);
  if (len === 1) {
    const v = src[0]!;
    v.ob_refcnt += n;
    out.fill(v);
  } else {
    let k = 0;
    for (let r = 0; r < n; r++) {
      for (let i = 0; i < len; i++) out[k++] = src[i]!;
    }
    for (let i = 0; i < len; i++) src[i]!.ob_refcnt += n;
  }
  return list_new_prealloc(out);
}

function list_inplace_concat(self: PyObject, other: PyObject): PyObject {
  list_extend(self as PyList, other);
  Py_INCREF(self);
  return self;
}

function list_inplace_repeat(o: PyObject, n: number): PyObject {
  const self = o as PyList;
  const size = self.items.length;
  if (size === 0 || n === 1) {
    Py_INCREF(self);
    return self;
  }
  if (n < 1) {
    _list_clear(self);
    Py_INCREF(self);
    return self;
  }
  if (size > PY_SSIZE_T_MAX / n || size * n > MAX_SEQUENCE_ITEMS) throw PyErr_NoArgs(PyExc_MemoryError);
  list_resize(self, size * n);
  const src = self.items.slice();
  for (let r = 1; r < n; r++) {
    for (let i = 0; i < size; i++) {
      const v = src[i]!;
      v.ob_refcnt++;
      self.items.push(v);
    }
  }
  Py_INCREF(self);
  return self;
}

function list_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!PyList_Check(v) || !PyList_Check(w)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const vl = v.items;
  const wl = w.items;
  if (vl.length !== wl.length && (op === CmpOp.EQ || op === CmpOp.NE))
    return PyBool_FromBool(op === CmpOp.NE);
  let i = 0;
  for (; i < v.items.length && i < w.items.length; i++) {
    const vitem = v.items[i]!;
    const witem = w.items[i]!;
    if (vitem === witem) continue;
    vitem.ob_refcnt++;
    witem.ob_refcnt++;
    let k: boolean;
    try {
      k = PyObject_RichCompareBool(vitem, witem, CmpOp.EQ);
    } finally {
      Py_DECREF(vitem);
      Py_DECREF(witem);
    }
    if (!k) break;
  }
  const vlen = v.items.length;
  const wlen = w.items.length;
  if (i >= vlen || i >= wlen) return Py_RETURN_RICHCOMPARE(vlen, wlen, op);
  if (op === CmpOp.EQ) return PyBool_FromBool(false);
  if (op === CmpOp.NE) return PyBool_FromBool(true);
  return PyObject_RichCompare(v.items[i]!, w.items[i]!, op);
}

function list_repr(o: PyObject): PyObject {
  const l = o as PyList;
  if (l.items.length === 0) return PyStr_FromString("[]");
  if (Py_ReprEnter(l)) return PyStr_FromString("[...]");
  // the blocks of CPython's _PyUnicodeWriter, for tracemalloc's peak
  const writer = new UnicodeWriterModel(1 + 1 + (2 + 1) * (l.items.length - 1) + 1);
  let s = "[";
  try {
    writer.writeASCII(1);
    // repr() of an item may mutate the list: re-read the length every time.
    for (let i = 0; i < l.items.length; i++) {
      if (i > 0) {
        s += ", ";
        writer.writeASCII(2);
      }
      const item = l.items[i]!;
      item.ob_refcnt++;
      try {
        const part = reprWritten(writer, item);
        s += part;
      } finally {
        Py_DECREF(item);
      }
    }
    writer.overallocate = false;
    writer.writeASCII(1);
  } finally {
    Py_ReprLeave(l);
    writer.release();
  }
  return PyStr_FromString(s + "]");
}

function list_dealloc(o: PyObject): void {
  const l = o as PyList;
  PyObject_GC_UnTrack(l);
  const useTrash = l.ob_type.tp_dealloc === list_dealloc;
  if (useTrash && _PyTrash_begin(l)) return;
  const items = l.items;
  l.items = [];
  decrefAllReverse(items);
  freeBuffer(l);
  if (!(l.ob_type === PyList_Type && parkInFreeList(listFreeList(), l))) gcFree(l);
  if (useTrash) _PyTrash_end();
}

function list_traverse(o: PyObject, visit: VisitProc): void {
  const items = (o as PyList).items;
  for (let i = items.length - 1; i >= 0; i--) visit(items[i]!);
}

function list_tp_clear(o: PyObject): void {
  _list_clear(o as PyList);
}

function list_iter(o: PyObject): PyObject {
  const it = new PyListIter(PyListIter_Type, o as PyList, 0);
  Py_INCREF(o);
  gcAlloc(it, 48);
  PyObject_GC_Track(it);
  return it;
}

function list_new(typeObj: PyObject, _args: PyObject[], _kwnames: string[] | null): PyObject {
  const l = allocList(typeObj as PyType);
  PyObject_GC_Track(l);
  return l;
}

function list_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const l = self as PyList;
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw > 0 && (l.ob_type === PyList_Type || l.ob_type.tp_new === PyList_Type.tp_new)) {
    raise(PyExc_TypeError, "list() takes no keyword arguments");
  }
  const npos = args.length - nkw;
  positional("list", args.slice(0, npos), null, 0, 1);
  if (l.itemsAddr !== 0 || l.items.length > 0) _list_clear(l);
  if (npos === 0) return;
  // (3.11's list___init___impl goes straight to list_extend: the iterator is made before the
  // length hint is asked for, and __len__ is called once)
  list_extend(l, args[0]!);
}

PyList_Type.tp_dealloc = list_dealloc;
PyList_Type.tp_repr = list_repr;
PyList_Type.tp_richcompare = list_richcompare;
PyList_Type.tp_hash = PyObject_HashNotImplemented;
PyList_Type.tp_iter = list_iter;
PyList_Type.tp_traverse = list_traverse;
PyList_Type.tp_clear = list_tp_clear;
PyList_Type.tp_new = list_new;
PyList_Type.tp_init = list_init;
PyList_Type.sq_length = list_length;
PyList_Type.sq_concat = list_concat;
PyList_Type.sq_repeat = list_repeat;
PyList_Type.sq_item = list_item;
PyList_Type.sq_ass_item = list_ass_item;
PyList_Type.sq_contains = list_contains;
PyList_Type.sq_inplace_concat = list_inplace_concat;
PyList_Type.sq_inplace_repeat = list_inplace_repeat;
PyList_Type.mp_length = list_length;
PyList_Type.mp_subscript = list_subscript;
PyList_Type.mp_ass_subscript = list_ass_subscript;

// ---------------------------------------------------------------------------------------------
// methods

function none(): PyObject {
  Py_INCREF(Py_None);
  return Py_None;
}

/** list.sort(*, key=None, reverse=False) argument parsing. */
function list_sort(self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [keyObj, reverseObj] = parseArgs("sort", args, kwnames, SORT_ARGS);
  const key = keyObj === null || keyObj === Py_None ? null : keyObj;
  const reverse = reverseObj === null ? false : intArgAsBool(reverseObj);
  return list_sort_impl(self as PyList, key, reverse);
}

const SORT_ARGS: ArgSpec = { names: ["key", "reverse"], required: 0, kwonlyFrom: 0 };

/** Argument Clinic's `int(c_default="0")` converter used for `reverse`. */
function intArgAsBool(v: PyObject): boolean {
  if (v instanceof PyInt) return v.value !== 0 && v.value !== 0n;
  if (v.ob_type.nb_index === null) {
    raise(PyExc_TypeError, `'${v.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  const i = PyNumber_Index(v);
  const r = i.value !== 0 && i.value !== 0n;
  Py_DECREF(i);
  return r;
}

defineMethods(PyList_Type, {
  __getitem__: {
    impl: (self, args, kwnames) => list_subscript(self!, oneArg("list.__getitem__", args, kwnames)),
    doc: "x.__getitem__(y) <==> x[y]",
  },
  __reversed__: {
    impl: (self, args, kwnames) => {
      noArgs("list.__reversed__", args, kwnames);
      const l = self as PyList;
      const it = new PyListIter(PyListRevIter_Type, l, l.items.length - 1);
      Py_INCREF(l);
      gcAlloc(it, 48);
      PyObject_GC_Track(it);
      return it;
    },
    doc: "Return a reverse iterator over the list.",
  },
  __sizeof__: {
    impl: (self, args, kwnames) => {
      noArgs("list.__sizeof__", args, kwnames);
      return PyInt_FromSsize_t(list_sizeof(self as PyList));
    },
    doc: "Return the size of the list in memory, in bytes.",
  },
  clear: {
    impl: (self, args, kwnames) => {
      noArgs("list.clear", args, kwnames);
      _list_clear(self as PyList);
      return none();
    },
    doc: "Remove all items from list.",
  },
  copy: {
    impl: (self, args, kwnames) => {
      noArgs("list.copy", args, kwnames);
      const l = self as PyList;
      return list_slice(l, 0, l.items.length);
    },
    doc: "Return a shallow copy of the list.",
  },
  append: {
    impl: (self, args, kwnames) => {
      PyList_Append(self as PyList, oneArg("list.append", args, kwnames));
      return none();
    },
    doc: "Append object to the end of the list.",
  },
  insert: {
    impl: (self, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0)
        raise(PyExc_TypeError, "list.insert() takes no keyword arguments");
      positional("insert", args, null, 2, 2);
      const where = ssizeArg(args[0]!);
      PyList_Insert(self as PyList, where, args[1]!);
      return none();
    },
    doc: "Insert object before index.",
  },
  extend: {
    impl: (self, args, kwnames) => {
      list_extend(self as PyList, oneArg("list.extend", args, kwnames));
      return none();
    },
    doc: "Extend list by appending elements from the iterable.",
  },
  pop: {
    impl: (self, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0)
        raise(PyExc_TypeError, "list.pop() takes no keyword arguments");
      positional("pop", args, null, 0, 1);
      let index = args.length > 0 ? ssizeArg(args[0]!) : -1;
      const l = self as PyList;
      const size = l.items.length;
      if (size === 0) raise(PyExc_IndexError, "pop from empty list");
      if (index < 0) index += size;
      if (index < 0 || index >= size) raise(PyExc_IndexError, "pop index out of range");
      const v = l.items[index]!;
      if (index === size - 1) {
        list_resize(l, size - 1);
        l.items.pop();
        return v;
      }
      v.ob_refcnt++;
      list_ass_slice(l, index, index + 1, null);
      return v;
    },
    doc: "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range.",
  },
  remove: {
    impl: (self, args, kwnames) => {
      const value = oneArg("list.remove", args, kwnames);
      const l = self as PyList;
      for (let i = 0; i < l.items.length; i++) {
        const obj = l.items[i]!;
        obj.ob_refcnt++;
        let cmp: boolean;
        try {
          cmp = obj === value || PyObject_RichCompareBool(obj, value, CmpOp.EQ);
        } finally {
          Py_DECREF(obj);
        }
        if (cmp) {
          list_ass_slice(l, i, i + 1, null);
          return none();
        }
      }
      raise(PyExc_ValueError, "list.remove(x): x not in list");
    },
    doc: "Remove first occurrence of value.\n\nRaises ValueError if the value is not present.",
  },
  index: {
    impl: (self, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0)
        raise(PyExc_TypeError, "list.index() takes no keyword arguments");
      positional("index", args, null, 1, 3);
      const l = self as PyList;
      const value = args[0]!;
      const [start, stop] = indexRangeArgs(args, l.items.length);
      for (let i = start; i < stop && i < l.items.length; i++) {
        const obj = l.items[i]!;
        obj.ob_refcnt++;
        let cmp: boolean;
        try {
          cmp = obj === value || PyObject_RichCompareBool(obj, value, CmpOp.EQ);
        } finally {
          Py_DECREF(obj);
        }
        if (cmp) return PyInt_FromSsize_t(i);
      }
      raise(PyExc_ValueError, `${reprOf(value)} is not in list`);
    },
    doc: "Return first index of value.\n\nRaises ValueError if the value is not present.",
  },
  count: {
    impl: (self, args, kwnames) => {
      const value = oneArg("list.count", args, kwnames);
      const l = self as PyList;
      let count = 0;
      for (let i = 0; i < l.items.length; i++) {
        const obj = l.items[i]!;
        if (obj === value) {
          count++;
          continue;
        }
        obj.ob_refcnt++;
        try {
          if (PyObject_RichCompareBool(obj, value, CmpOp.EQ)) count++;
        } finally {
          Py_DECREF(obj);
        }
      }
      return PyInt_FromSsize_t(count);
    },
    doc: "Return number of occurrences of value.",
  },
  reverse: {
    impl: (self, args, kwnames) => {
      noArgs("list.reverse", args, kwnames);
      (self as PyList).items.reverse();
      return none();
    },
    doc: "Reverse *IN PLACE*.",
  },
  sort: {
    impl: list_sort,
    doc: "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list itself is modified) and stable (i.e. the\norder of two equal elements is maintained).\n\nIf a key function is given, apply it once to each list item and sort them,\nascending or descending, according to their function values.\n\nThe reverse flag can be set to sort in descending order.",
  },
  __class_getitem__: { impl: Py_GenericAlias, kind: "class", doc: "See PEP 585" },
});

// ---------------------------------------------------------------------------------------------
// iterators

export class PyListIter extends PyObject {
  constructor(
    type: PyType,
    public seq: PyList | null,
    public index: number,
  ) {
    super(type);
  }
}

function listiter_dealloc(o: PyObject): void {
  const it = o as PyListIter;
  PyObject_GC_UnTrack(it);
  const seq = it.seq;
  it.seq = null;
  if (seq !== null) Py_DECREF(seq);
  gcFree(it);
}

function listiter_next(o: PyObject): PyObject | null {
  const it = o as PyListIter;
  const seq = it.seq;
  if (seq === null) return null;
  if (it.index < seq.items.length) {
    const v = seq.items[it.index++]!;
    v.ob_refcnt++;
    return v;
  }
  it.seq = null;
  Py_DECREF(seq);
  return null;
}

function listreviter_next(o: PyObject): PyObject | null {
  const it = o as PyListIter;
  const seq = it.seq;
  if (seq === null) return null;
  const index = it.index;
  if (index >= 0 && index < seq.items.length) {
    const v = seq.items[index]!;
    it.index--;
    v.ob_refcnt++;
    return v;
  }
  it.index = -1;
  it.seq = null;
  Py_DECREF(seq);
  return null;
}

function listiter_traverse(o: PyObject, visit: VisitProc): void {
  const s = (o as PyListIter).seq;
  if (s !== null) visit(s);
}

for (const [t, next] of [
  [PyListIter_Type, listiter_next],
  [PyListRevIter_Type, listreviter_next],
] as const) {
  t.tp_dealloc = listiter_dealloc;
  t.tp_iter = PyObject_SelfIter;
  t.tp_iternext = next;
  t.tp_traverse = listiter_traverse;
}

defineMethods(PyListIter_Type, {
  __length_hint__: {
    impl: (self, args, kwnames) => {
      noArgs("list_iterator.__length_hint__", args, kwnames);
      const it = self as PyListIter;
      const len = it.seq === null ? 0 : it.seq.items.length - it.index;
      return PyInt_FromSsize_t(Math.max(len, 0));
    },
    doc: "Private method returning an estimate of len(list(it)).",
  },
  __reduce__: {
    impl: (self, args, kwnames) => {
      noArgs("list_iterator.__reduce__", args, kwnames);
      const it = self as PyListIter;
      return reduceListIter(it.seq, it.index, "iter");
    },
    doc: "Return state information for pickling.",
  },
  __setstate__: {
    impl: (self, args, kwnames) => {
      const state = oneArg("list_iterator.__setstate__", args, kwnames);
      const it = self as PyListIter;
      let index = setstateIndex(state);
      if (it.seq !== null) {
        if (index < 0) index = 0;
        else if (index > it.seq.items.length) index = it.seq.items.length;
        it.index = index;
      }
      return none();
    },
    doc: "Set state information for unpickling.",
  },
});

defineMethods(PyListRevIter_Type, {
  __length_hint__: {
    impl: (self, args, kwnames) => {
      noArgs("list_reverseiterator.__length_hint__", args, kwnames);
      const it = self as PyListIter;
      let len = it.index + 1;
      if (it.seq === null || it.seq.items.length < len) len = 0;
      return PyInt_FromNumber(len);
    },
    doc: "Private method returning an estimate of len(list(it)).",
  },
  __reduce__: {
    impl: (self, args, kwnames) => {
      noArgs("list_reverseiterator.__reduce__", args, kwnames);
      const it = self as PyListIter;
      return reduceListIter(it.seq, it.index, "reversed");
    },
    doc: "Return state information for pickling.",
  },
  __setstate__: {
    impl: (self, args, kwnames) => {
      const state = oneArg("list_reverseiterator.__setstate__", args, kwnames);
      const it = self as PyListIter;
      let index = setstateIndex(state);
      if (it.seq !== null) {
        if (index < -1) index = -1;
        else if (index > it.seq.items.length - 1) index = it.seq.items.length - 1;
        it.index = index;
      }
      return none();
    },
    doc: "Set state information for unpickling.",
  },
});

/** list iterators' __reduce__: (iter|reversed, (list,), index) or (iter, ([],)) when exhausted. */
function reduceListIter(seq: PyList | null, index: number, builtin: string): PyObject {
  if (seq === null) {
    const fn = getBuiltin("iter");
    return PyTuple_New([fn, PyTuple_New([PyList_New([])])]);
  }
  const fn = getBuiltin(builtin);
  Py_INCREF(seq);
  return PyTuple_New([fn, PyTuple_New([seq]), PyInt_FromNumber(index)]);
}
