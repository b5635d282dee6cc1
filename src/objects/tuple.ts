/**
 * `tuple` (CPython's Objects/tupleobject.c): the immutable sequence, the empty-tuple singleton,
 * 3.11's xxHash-based `tuplehash`, the tuple iterator, and `_PyTuple_MaybeUntrack` for the
 * cycle collector.
 *
 * This module also hosts the small memory/GC shims the container types share (raw buffers,
 * GC tracking, the trashcan) until src/memory provides them: see "Shims" below.
 */

import { CmpOp } from "../compiler/opcodes.js";
import { FREE_LIST_ORDER, gc, registerFreeList } from "../memory/gc.js";
import { heap } from "../memory/heap.js";
import { UnicodeWriterModel } from "../memory/unicode_writer.js";
import { MAX_SEQUENCE_ITEMS, newItemsArray } from "../util/host_arrays.js";
import {
  lookupSpecial,
  Py_ReprEnter,
  Py_ReprLeave,
  PyIter_Next,
  PyNumber_AsSsize_t,
  PyObject_Call,
  PyObject_GetIter,
  PyObject_Hash,
  PyObject_RichCompare,
  PyObject_RichCompareBool,
  reprWritten,
} from "./abstract.js";
import { noArgs, oneArg, positional } from "./args.js";
import { PyBool_FromBool } from "./bool.js";
import { PyBytes_Type } from "./bytes.js";
import {
  PyErr_NoArgs,
  PyExc_IndexError,
  PyExc_MemoryError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "./exceptions.js";
import { PyInt, PyInt_FromNumber, PyInt_FromSsize_t, PyInt_Type } from "./int.js";
import { type PyList, PyList_Type, PyObject_LengthHint } from "./list.js";
import { defineMethods } from "./methods.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import {
  allocateObject,
  freeObject,
  makeImmortal,
  notifyAlloc,
  notifyFree,
  objectMalloc,
  Py_DECREF,
  Py_INCREF,
  PyObject,
} from "./object.js";
import {
  _PyEval_SliceIndexNotNone,
  PY_SSIZE_T_MAX,
  PySlice,
  PySlice_AdjustIndices,
  PySlice_Unpack,
} from "./slice.js";
import type { Hash, VisitProc } from "./slots_types.js";
import { type PyStr, PyStr_FromString, PyStr_Type, str_hash } from "./str.js";
import { newStaticType, PyType, PyType_IsSubtype, TypeFlag } from "./type.js";
import { varInstanceAllocSize } from "./typeobject.js";

// =============================================================================================
// Memory glue shared by the container types: GC tracking and the gen-0 allocation count (wired to
// src/memory/gc.ts), raw buffers (PyMem_*) and the trashcan. Each is one function with CPython's
// name; `containerHooks` lets the memory subsystem redirect them without editing this file.
// =============================================================================================

export const containerHooks = {
  track: (o: PyObject): void => gc.track(o),
  untrack: (o: PyObject): void => gc.untrack(o),
  isTracked: (o: PyObject): boolean => gc.isTracked(o),
  /** A GC object was allocated (CPython's _PyObject_GC_Link: gen-0 count++ and maybe collect). */
  gcLinked: (_o: PyObject): void => {
    if (gc.hooks !== null) gc.linked();
  },
  /** A GC object's block is being freed (PyObject_GC_Del: gen-0 count-- if positive). */
  gcUnlinked: (_o: PyObject): void => {
    if (gc.hooks !== null) gc.unlinked();
  },
};

/** Replaces the GC hooks (called by the cycle collector when it is initialised). */
export function setContainerGCHooks(h: Partial<typeof containerHooks>): void {
  Object.assign(containerHooks, h);
}

export function PyObject_GC_Track(o: PyObject): void {
  containerHooks.track(o);
}

export function PyObject_GC_UnTrack(o: PyObject): void {
  containerHooks.untrack(o);
}

export function _PyObject_GC_IS_TRACKED(o: PyObject): boolean {
  return containerHooks.isTracked(o);
}

/** PyObject_IS_GC: the object's type is a GC type (static type objects are not). */
export function PyObject_IS_GC(o: PyObject): boolean {
  if ((o.ob_type.tp_flags & TypeFlag.HAVE_GC) === 0) return false;
  if (o instanceof PyType) return (o.tp_flags & TypeFlag.HEAPTYPE) !== 0;
  return true;
}

/** _PyObject_GC_MAY_BE_TRACKED: could `o` be part of a reference cycle? */
export function _PyObject_GC_MAY_BE_TRACKED(o: PyObject): boolean {
  if (!PyObject_IS_GC(o)) return false;
  if (o.ob_type === PyTuple_Type) return containerHooks.isTracked(o);
  return true;
}

/** Allocates a GC object's block (`size` includes the 16-byte GC header). */
export function gcAlloc(o: PyObject, size: number): void {
  allocateObject(o, size);
  containerHooks.gcLinked(o);
}

/** Frees a GC object's block (CPython's PyObject_GC_Del). */
export function gcFree(o: PyObject): void {
  containerHooks.gcUnlinked(o);
  freeObject(o);
}

/**
 * A CPython free list: the blocks of dead objects kept allocated for the next object of the same
 * kind (LIFO), so a list's address is never reused by, say, a dict, and the gen-0 count moves
 * only for real allocations — as in CPython. Emptied when a new heap (run) starts.
 */
export class FreeList {
  private addrs: number[] = [];
  private sizes: number[] = [];
  private owner = heap;

  /** `gcOrder`: where a full collection empties it (FREE_LIST_ORDER), or null if it never does. */
  constructor(
    readonly max: number,
    gcOrder: number | null = FREE_LIST_ORDER.tuple,
  ) {
    if (gcOrder !== null) registerFreeList(gcOrder, () => this.clear());
  }

  private check(): void {
    if (this.owner !== heap) {
      this.addrs = [];
      this.sizes = [];
      this.owner = heap;
    }
  }

  /**
   * Returns every parked block to the allocator (the blocks become reusable by any object).
   * Blocks parked without their size stay parked.
   */
  clear(): void {
    this.check();
    const keptAddrs: number[] = [];
    // Most recently parked first, as CPython's free-list loops release them.
    for (let i = this.addrs.length - 1; i >= 0; i--) {
      const size = this.sizes[i]!;
      if (size > 0) {
        heap.allocator.free(this.addrs[i]!, size);
      } else {
        keptAddrs.unshift(this.addrs[i]!);
      }
    }
    this.addrs = keptAddrs;
    this.sizes = keptAddrs.map(() => 0);
  }

  /** A parked address, or 0. */
  pop(): number {
    this.check();
    if (this.addrs.length === 0) return 0;
    this.sizes.pop();
    return this.addrs.pop()!;
  }

  /**
   * Gives the most recently parked blocks back to the allocator until `n` are left (as clear()
   * does with all of them); blocks parked without their size stay.
   */
  trimTo(n: number): void {
    this.check();
    while (this.addrs.length > n && this.sizes[this.sizes.length - 1]! > 0) {
      heap.allocator.free(this.addrs.pop()!, this.sizes.pop()!);
    }
  }

  /** Parks the block at `addr` (of `size` bytes, what clear() gives back). */
  push(addr: number, size = 0): boolean {
    this.check();
    if (this.addrs.length >= this.max) return false;
    this.addrs.push(addr);
    this.sizes.push(size);
    return true;
  }

  get size(): number {
    this.check();
    return this.addrs.length;
  }
}

/** Gives a new object the block of a dead one from `fl` (no allocation, no GC count); false if empty. */
export function reuseFromFreeList(fl: FreeList, o: PyObject, size: number): boolean {
  const addr = fl.pop();
  if (addr === 0) return false;
  o.ob_addr = addr;
  o.ob_size_alloc = size;
  const listener = heap.listener;
  if (listener !== null) listener.onAlloc?.(o, addr, size);
  if (heap.reused !== null) heap.reused(addr);
  return true;
}

/** Parks a dead object's block in `fl` instead of freeing it; false when the list is full. */
export function parkInFreeList(fl: FreeList, o: PyObject): boolean {
  const size = o.ob_size_alloc;
  if (size === 0 || !fl.push(o.ob_addr, size)) return false;
  const listener = heap.listener;
  if (listener !== null) listener.onFree?.(o, o.ob_addr, size);
  o.ob_size_alloc = 0;
  return true;
}

/** PyMem_Malloc: a raw block (list items, dict keys, set tables). Returns its address. */
export function PyMem_Malloc(size: number): number {
  const addr = heap.allocator.malloc(size);
  const listener = heap.listener;
  if (listener !== null) listener.onResize?.(0, size);
  return addr;
}

export function PyMem_Free(addr: number, size: number): void {
  if (addr === 0) return;
  heap.allocator.free(addr, size);
  const listener = heap.listener;
  if (listener !== null) listener.onResize?.(size, 0);
}

/**
 * PyMem_Realloc with pymalloc's rules (Allocator.realloc). Returns the (possibly new) address;
 * the caller records `newSize` as the block's size.
 */
export function PyMem_Realloc(addr: number, oldSize: number, newSize: number): number {
  const moved = heap.allocator.realloc(addr, oldSize, newSize);
  const listener = heap.listener;
  if (listener !== null) listener.onResize?.(oldSize, newSize);
  return moved;
}

// --- the trashcan (CPython's Py_TRASHCAN_BEGIN/END): bounds the native recursion of nested
// deallocations to 50 levels; deeper objects are deposited and destroyed later, LIFO, exactly
// as CPython does (which also fixes the order in which their children are released).

const TRASH_UNWIND_LEVEL = 50;
const trash = { nesting: 0, later: [] as PyObject[] };

/** Returns true when the object was deposited: the caller must skip its deallocation body. */
export function _PyTrash_begin(o: PyObject): boolean {
  if (trash.nesting >= TRASH_UNWIND_LEVEL) {
    trash.later.push(o);
    return true;
  }
  ++trash.nesting;
  return false;
}

export function _PyTrash_end(): void {
  --trash.nesting;
  if (trash.later.length > 0 && trash.nesting <= 0) _PyTrash_thread_destroy_chain();
}

function _PyTrash_thread_destroy_chain(): void {
  ++trash.nesting;
  try {
    while (trash.later.length > 0) {
      const op = trash.later.pop()!;
      op.ob_type.tp_dealloc(op);
    }
  } finally {
    --trash.nesting;
  }
}

// --- small hooks other modules provide (bootstrap wires them)

/** `types.GenericAlias(origin, arg)`, for `__class_getitem__` (set by the module that defines it). */
export let genericAliasFactory: ((origin: PyObject, arg: PyObject) => PyObject) | null = null;
export function setGenericAliasFactory(f: (origin: PyObject, arg: PyObject) => PyObject): void {
  genericAliasFactory = f;
}

/** A builtin by name (borrowed), for iterators' `__reduce__` (`iter`, `reversed`...). */
export let builtinLookup: ((name: string) => PyObject | null) | null = null;
export function setBuiltinLookup(f: (name: string) => PyObject | null): void {
  builtinLookup = f;
}

export function getBuiltin(name: string): PyObject {
  const b = builtinLookup === null ? null : builtinLookup(name);
  if (b === null) raise(PyExc_TypeError, `builtin '${name}' is not available`);
  Py_INCREF(b);
  return b;
}

/** `__class_getitem__` shared by the generic builtin containers (list[int], dict[str, int]...). */
export function Py_GenericAlias(cls: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const arg = oneArg("__class_getitem__", args, kwnames);
  if (genericAliasFactory === null) raise(PyExc_TypeError, "types.GenericAlias is not available");
  return genericAliasFactory(cls!, arg);
}

// =============================================================================================
// 64-bit hash helpers (tuplehash, and the exact probe sequences of sets)
// =============================================================================================

const TWO32 = 4294967296;

// One 64-bit cell seen as a signed bigint and as two 32-bit halves: a bigint hash is split, or
// built from its halves, by one typed-array store and load, with no BigInt arithmetic.
const SPLIT64 = new BigInt64Array(1);
const SPLIT32 = new Uint32Array(SPLIT64.buffer);
const SPLIT_LO = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0 : 1;
const SPLIT_HI = 1 - SPLIT_LO;

/** High 32 bits (unsigned) of a hash as an unsigned 64-bit value. */
export function hashHi(h: Hash): number {
  if (typeof h === "number") return Math.floor(h / TWO32) >>> 0;
  SPLIT64[0] = h;
  return SPLIT32[SPLIT_HI]!;
}

/** Low 32 bits (unsigned) of a hash. */
export function hashLo(h: Hash): number {
  if (typeof h === "number") return h >>> 0;
  SPLIT64[0] = h;
  return SPLIT32[SPLIT_LO]!;
}

/** The signed 64-bit value with halves (hi, lo), as a canonical Hash. */
export function hashFromHiLo(hi: number, lo: number): Hash {
  const shi = hi | 0;
  if (shi >= -0x200000 && shi < 0x200000 && !(shi === -0x200000 && lo === 0)) return shi * TWO32 + lo;
  SPLIT32[SPLIT_LO] = lo;
  SPLIT32[SPLIT_HI] = hi;
  return SPLIT64[0]!;
}

/**
 * The 32-bit halves of bigint hashes, memoized per object: a str's SipHash is almost always a
 * bigint, and splitting it costs ~40ns of BigInt arithmetic on every dict/set probe otherwise.
 * A 4096-entry direct-mapped cache indexed by the object's address; an entry is valid when it
 * holds the same object and the same hash value.
 */
const HS_BITS = 12;
const HS_SIZE = 1 << HS_BITS;
const hsObj: (PyObject | null)[] = new Array(HS_SIZE).fill(null);
const hsHash: Hash[] = new Array(HS_SIZE).fill(0);
export const HS_LO = new Uint32Array(HS_SIZE);
export const HS_HI = new Uint32Array(HS_SIZE);

/** The cache slot holding the halves of `h` (the hash of `o`): read HS_LO[slot] and HS_HI[slot]. */
export function hashSplit(o: PyObject, h: bigint): number {
  // Fibonacci hashing of the address: objects of one pool sit at regular strides.
  const slot = Math.imul(o.ob_addr >>> 4, 0x9e3779b1) >>> (32 - HS_BITS);
  if (hsObj[slot] === o && hsHash[slot] === h) return slot;
  hsObj[slot] = o;
  hsHash[slot] = h;
  SPLIT64[0] = h;
  HS_LO[slot] = SPLIT32[SPLIT_LO]!;
  HS_HI[slot] = SPLIT32[SPLIT_HI]!;
  return slot;
}

// The probe loops of dicts and sets start from `i = hash & mask` and shift the full unsigned 64-bit
// hash into the perturbation (`perturb >>= 5; i = (i*5 + perturb + 1) & mask`), kept in locals of
// each loop (a __eq__ called while probing may run other lookups). splitHash writes the hash's
// unsigned 32-bit halves to HASH_HALVES[HALF_LO]/HASH_HALVES[HALF_HI], which the caller copies at
// once. (A Uint32Array: an unsigned half above 2^30 in a module variable is a heap number,
// allocated at every store.)
export const HASH_HALVES = new Uint32Array(2);
export const HALF_LO = 0;
export const HALF_HI = 1;

/** Splits `hash`, the hash of `o` (null: of no object), into HASH_HALVES. */
export function splitHash(o: PyObject | null, hash: Hash): void {
  if (typeof hash === "number") {
    if (hash >= 0 && hash < TWO32) {
      HASH_HALVES[HALF_LO] = hash;
      HASH_HALVES[HALF_HI] = 0;
    } else {
      HASH_HALVES[HALF_LO] = hash >>> 0;
      HASH_HALVES[HALF_HI] = Math.floor(hash / TWO32) >>> 0;
    }
  } else if (o === null) {
    SPLIT64[0] = hash;
    HASH_HALVES[HALF_LO] = SPLIT32[SPLIT_LO]!;
    HASH_HALVES[HALF_HI] = SPLIT32[SPLIT_HI]!;
  } else if (o.ob_type === PyStr_Type && (o as PyStr).hash !== -1) {
    // an exact str's hash is `hash`, kept with its halves: no BigInt work for fresh str keys
    HASH_HALVES[HALF_LO] = (o as PyStr).hashLo;
    HASH_HALVES[HALF_HI] = (o as PyStr).hashHi;
  } else {
    const slot = hashSplit(o, hash);
    HASH_HALVES[HALF_LO] = HS_LO[slot]!;
    HASH_HALVES[HALF_HI] = HS_HI[slot]!;
  }
}

// Results and state of the 64-bit arithmetic below, kept in typed arrays: an unsigned 32-bit
// half above 2^30 in a plain variable is a heap number, allocated at every store.
const MUL = new Uint32Array(2); // [hi, lo] of mul64's product
const ACC = new Uint32Array(2); // [hi, lo] of tuplehash's accumulator
const HI = 0;
const LO = 1;

/** (aHi, aLo) * (bHi, bLo) modulo 2^64 into MUL, on 16-bit pieces (every partial sum exact). */
function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const a0 = aLo & 0xffff;
  const a1 = aLo >>> 16;
  const b0 = bLo & 0xffff;
  const b1 = bLo >>> 16;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const lowFull = a0 * b0 + ((p01 & 0xffff) + (p10 & 0xffff)) * 65536;
  const lo = lowFull >>> 0;
  const carry = (lowFull - lo) / TWO32;
  MUL[HI] = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + carry + Math.imul(aHi, bLo) + Math.imul(aLo, bHi);
  MUL[LO] = lo;
}

const XXPRIME_1_HI = 0x9e3779b1;
const XXPRIME_1_LO = 0x85ebca87;
const XXPRIME_2_HI = 0xc2b2ae3d;
const XXPRIME_2_LO = 0x27d4eb4f;
const XXPRIME_5_HI = 0x27d4eb2f;
const XXPRIME_5_LO = 0x165667c5;

/** acc = rotl(acc + lane * PRIME_2, 31) * PRIME_1: one item of tuplehash's xxHash-64 loop. */
function tupleHashLane(laneHi: number, laneLo: number): void {
  mul64(laneHi, laneLo, XXPRIME_2_HI, XXPRIME_2_LO);
  let lo = ACC[LO]! + MUL[LO]!;
  let hi = ACC[HI]! + MUL[HI]! + (lo >= TWO32 ? 1 : 0);
  lo >>>= 0;
  hi >>>= 0;
  mul64(((hi << 31) | (lo >>> 1)) >>> 0, ((lo << 31) | (hi >>> 1)) >>> 0, XXPRIME_1_HI, XXPRIME_1_LO);
  ACC[HI] = MUL[HI]!;
  ACC[LO] = MUL[LO]!;
}

/** tuplehash's result from the accumulator after `length` items. */
function tupleHashFinish(length: number): Hash {
  // acc += len ^ (PRIME_5 ^ 3527539)
  let lo = ACC[LO]! + ((length ^ XXPRIME_5_LO ^ 3527539) >>> 0);
  let hi = ACC[HI]! + XXPRIME_5_HI + (lo >= TWO32 ? 1 : 0);
  lo >>>= 0;
  hi >>>= 0;
  if (hi === 0xffffffff && lo === 0xffffffff) return 1546275796;
  return hashFromHiLo(hi, lo);
}

/** CPython 3.11's tuplehash over item hashes (xxHash-64 lanes). */
export function tupleHashOf(hashes: Hash[]): Hash {
  ACC[HI] = XXPRIME_5_HI;
  ACC[LO] = XXPRIME_5_LO;
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i]!;
    tupleHashLane(hashHi(h), hashLo(h));
  }
  return tupleHashFinish(hashes.length);
}

// =============================================================================================
// tuple
// =============================================================================================

export class PyTuple extends PyObject {
  /** The items; `items.length` is the tuple's length. Owned references. */
  declare items: PyObject[];
  constructor(type: PyType, items: PyObject[]) {
    // The header, then the collector's fields (memory/gc.ts) from the start, as PyInstance: one
    // hidden class for every tuple, tracked or not (see PyObject's constructor).
    super(type, true);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.ob_addr = 0;
    this.ob_size_alloc = 0;
    this.items = items;
    this.gc_head = null;
  }
}

export const PyTuple_Type = newStaticType({
  name: "tuple",
  flags:
    TypeFlag.BASETYPE | TypeFlag.HAVE_GC | TypeFlag.TUPLE_SUBCLASS | TypeFlag.SEQUENCE | TypeFlag.MATCH_SELF,
  basicsize: 24,
  itemsize: 8,
  doc: "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.",
});

export const PyTupleIter_Type = newStaticType({
  name: "tuple_iterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 32,
});

/** `()`: a static singleton, never freed and never tracked. */
export const Py_EmptyTuple: PyTuple = makeImmortal(new PyTuple(PyTuple_Type, []), 40);

export function PyTuple_Check(o: PyObject): o is PyTuple {
  return o instanceof PyTuple && (o.ob_type === PyTuple_Type || PyType_IsSubtype(o.ob_type, PyTuple_Type));
}

export function PyTuple_CheckExact(o: PyObject): o is PyTuple {
  return o.ob_type === PyTuple_Type;
}

/** sys.getsizeof(t) without the GC header accounting done by sys (tuple.__sizeof__). */
export function tuple_sizeof(t: PyTuple): number {
  return t.ob_type.tp_basicsize + t.ob_type.tp_itemsize * t.items.length;
}

/**
 * PyTuple_MAXSAVESIZE / PyTuple_MAXFREELIST: free lists for tuples of 1..19 items, 2000 each.
 * CPython 3.11 also parks dead tuples of 20 items (maybe_freelist_push takes sizes up to
 * PyTuple_NFREELISTS) but never takes them back: their blocks stay until a full collection.
 */
const PyTuple_MAXSAVESIZE = 20;
const tupleFreeLists: FreeList[] = Array.from({ length: PyTuple_MAXSAVESIZE }, () => new FreeList(2000));

/** Dead tuples waiting in the free list of tuples of `size` items (sys._debugmallocstats). */
export function tupleFreeListSize(size: number): number {
  return size > 0 && size <= PyTuple_MAXSAVESIZE ? tupleFreeLists[size - 1]!.size : 0;
}

/**
 * Shortens the free list of tuples of `size` items to `n` (for the list of 20-item tuples, which
 * no allocation takes from, the only way to shorten it before a full collection empties it).
 */
export function trimTupleFreeList(size: number, n: number): void {
  if (size > 0 && size <= PyTuple_MAXSAVESIZE) tupleFreeLists[size - 1]!.trimTo(n);
}

/** A new tuple owning `items` (STEALS the references; CPython's PyTuple_New + SET_ITEM). */
export function PyTuple_New(items: PyObject[]): PyTuple {
  const n = items.length;
  if (n === 0) {
    Py_INCREF(Py_EmptyTuple);
    return Py_EmptyTuple;
  }
  const t = new PyTuple(PyTuple_Type, items);
  const size = 40 + 8 * n;
  // reuseFromFreeList / gcAlloc inlined (see objectMalloc in object.ts)
  t.ob_size_alloc = size;
  const addr = n < PyTuple_MAXSAVESIZE ? tupleFreeLists[n - 1]!.pop() : 0;
  if (addr !== 0) {
    t.ob_addr = addr;
    if (heap.listener !== null) notifyAlloc(t);
    if (heap.reused !== null) heap.reused(addr);
  } else {
    t.ob_addr = objectMalloc(size);
    if (heap.listener !== null) notifyAlloc(t);
    containerHooks.gcLinked(t);
  }
  PyObject_GC_Track(t);
  return t;
}

/** A new tuple of `items` (INCREFs them; CPython's PyTuple_Pack / _PyTuple_FromArray). */
export function PyTuple_Pack(...items: PyObject[]): PyTuple {
  for (let i = 0; i < items.length; i++) items[i]!.ob_refcnt++;
  return PyTuple_New(items);
}

/**
 * The argument tuple CPython builds to call a callable that has no vectorcall
 * (_PyObject_MakeTpCall), alive during the call: it takes a block from the tuple free list (or
 * a new one, counted by the collector, when the list is empty) and parks it again after, which
 * is what gc.get_count() and id() reuse see. Null for no arguments (the empty tuple).
 * `onlyIfNew`: make it only when its free list is empty (calls of classes are hot: the block
 * borrowed from the list and returned to it is skipped, which only a tuple of the same size
 * allocated during the call could notice, by taking that block itself).
 */
export function _PyTuple_TemporaryArgs(
  args: readonly PyObject[],
  start: number,
  end: number,
  onlyIfNew = false,
): PyTuple | null {
  const n = end - start;
  if (n === 0) return null;
  // (not while tracemalloc traces: a lent block is traced again at the current line)
  if (onlyIfNew && heap.reused === null && (n >= PyTuple_MAXSAVESIZE || tupleFreeLists[n - 1]!.size > 0))
    return null;
  return PyTuple_FromArray(args, start, end);
}

/** Whether a new tuple of `n` items would be a new allocation (no free list, or an empty one). */
export function _PyTuple_FreeListEmpty(n: number): boolean {
  return n >= PyTuple_MAXSAVESIZE || tupleFreeLists[n - 1]!.size === 0;
}

/** Same as PyTuple_Pack but from an existing array (copied, items INCREF'd). */
export function PyTuple_FromArray(items: readonly PyObject[], start = 0, end = items.length): PyTuple {
  const out = items.slice(start, end);
  for (let i = 0; i < out.length; i++) out[i]!.ob_refcnt++;
  return PyTuple_New(out);
}

/** A tuple of a subtype (tp_alloc for var-sized types): items stolen. */
function tupleOfType(type: PyType, items: PyObject[]): PyTuple {
  if (type === PyTuple_Type) return PyTuple_New(items);
  const t = new PyTuple(type, items);
  gcAlloc(t, varInstanceAllocSize(type, items.length));
  Py_INCREF(type);
  PyObject_GC_Track(t);
  return t;
}

/**
 * _PyTuple_MaybeUntrack: called by the collector on tracked tuples; untracks a tuple none of whose
 * items could take part in a cycle (gc.is_tracked((1, 2)) becomes False after a collection).
 */
export function _PyTuple_MaybeUntrack(t: PyObject): void {
  if (!(t instanceof PyTuple) || !containerHooks.isTracked(t)) return;
  const items = t.items;
  for (let i = 0; i < items.length; i++) {
    if (_PyObject_GC_MAY_BE_TRACKED(items[i]!)) return;
  }
  containerHooks.untrack(t);
}

/** tuple(iterable) for any iterable (CPython's PySequence_Tuple). New reference. */
export function PySequence_Tuple(o: PyObject): PyTuple {
  if (o.ob_type === PyTuple_Type) {
    Py_INCREF(o);
    return o as PyTuple;
  }
  if (o.ob_type === PyList_Type) return PyTuple_FromArray((o as PyList).items);
  // As CPython: the iterator first, and it lives until the tuple is made (tracemalloc's peak
  // holds both: tuple(range(200)) peaks one range iterator above its result).
  const it = PyObject_GetIter(o);
  try {
    // CPython allocates the length hint first: tuple(range(10**12)) is a MemoryError, not a host crash.
    const hint = PyObject_LengthHint(o, 10);
    if (hint > MAX_SEQUENCE_ITEMS) throw PyErr_NoArgs(PyExc_MemoryError);
    return tupleFromIterator(it, hint);
  } finally {
    Py_DECREF(it);
  }
}

/**
 * PySequence_Tuple's loop: the tuple is made before the first item, with room for `room` items
 * (the length hint, 10 without one: from the free list of that size when it has one), grown by
 * _PyTuple_Resize (ten more, then a quarter more) when full and cut back to the items at the
 * end. Each resize is a realloc of the tuple's block (pymalloc moves it unless it still fits),
 * so tracemalloc's peak and the free lists are CPython's: `tuple(x for x in xs)` of 11 items
 * holds a 25-item block before its 11-item one, and takes its first block from the free list of
 * 10-item tuples, not 11.
 */
function tupleFromIterator(it: PyObject, room: number): PyTuple {
  const items: PyObject[] = [];
  let t: PyTuple | null = null;
  try {
    if (room > 0) t = tupleWithRoom(room, items);
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) break;
      if (items.length >= room) {
        room += 10;
        room += room >> 2;
        if (t === null) t = tupleWithRoom(room, items);
        else tupleResize(t, room);
      }
      items.push(item);
    }
  } catch (e) {
    if (t !== null) tupleRelease(t, room);
    throw e;
  }
  if (t !== null && items.length === 0) {
    // _PyTuple_Resize to 0: the tuple is released (to its free list) and () returned
    tupleRelease(t, room);
    t = null;
  }
  if (t === null) {
    Py_INCREF(Py_EmptyTuple);
    return Py_EmptyTuple;
  }
  if (items.length < room) tupleResize(t, items.length);
  // (the trace recorder is told of the tuple once it is made: its blocks until then are scratch)
  notifyAlloc(t);
  return t;
}

/** PyTuple_New(room): a tracked tuple whose block has room for `room` items (`items` fill it). */
function tupleWithRoom(room: number, items: PyObject[]): PyTuple {
  const t = new PyTuple(PyTuple_Type, items);
  const size = 40 + 8 * room;
  t.ob_size_alloc = size;
  const addr = room < PyTuple_MAXSAVESIZE ? tupleFreeLists[room - 1]!.pop() : 0;
  if (addr !== 0) {
    t.ob_addr = addr;
    if (heap.reused !== null) heap.reused(addr);
  } else {
    t.ob_addr = objectMalloc(size);
    containerHooks.gcLinked(t);
  }
  PyObject_GC_Track(t);
  return t;
}

/** _PyTuple_Resize of a tuple being filled: untracked, its block realloc'd, tracked again. */
function tupleResize(t: PyTuple, room: number): void {
  PyObject_GC_UnTrack(t);
  const size = 40 + 8 * room;
  t.ob_addr = heap.allocator.realloc(t.ob_addr, t.ob_size_alloc, size);
  t.ob_size_alloc = size;
  PyObject_GC_Track(t);
}

/**
 * A tuple with room for `room` items dies before it is made (no items, or the iterator failed):
 * tuple_dealloc by its room (the trace recorder never saw it).
 */
function tupleRelease(t: PyTuple, room: number): void {
  PyObject_GC_UnTrack(t);
  const items = t.items;
  t.items = NO_ITEMS;
  for (let i = items.length - 1; i >= 0; i--) Py_DECREF(items[i]!);
  if (room < PyTuple_MAXSAVESIZE && tupleFreeLists[room - 1]!.push(t.ob_addr, t.ob_size_alloc)) {
    t.ob_size_alloc = 0;
    return;
  }
  const listener = heap.listener;
  heap.listener = null;
  try {
    gcFree(t);
  } finally {
    heap.listener = listener;
  }
}

// --- slots

/** What a dead tuple holds: no items (shared, frozen: nothing may add to it). */
const NO_ITEMS: PyObject[] = Object.freeze([]) as unknown as PyObject[];

function tuple_dealloc(o: PyObject): void {
  const t = o as PyTuple;
  PyObject_GC_UnTrack(t);
  const useTrash = t.ob_type.tp_dealloc === tuple_dealloc;
  if (useTrash && _PyTrash_begin(t)) return;
  const items = t.items;
  t.items = NO_ITEMS;
  const n = items.length;
  for (let i = n - 1; i >= 0; i--) Py_DECREF(items[i]!);
  if (t.ob_type === PyTuple_Type && n > 0 && n <= PyTuple_MAXSAVESIZE) {
    // parkInFreeList inlined (see objectMalloc in object.ts)
    const size = t.ob_size_alloc;
    if (size !== 0 && tupleFreeLists[n - 1]!.push(t.ob_addr, size)) {
      if (heap.listener !== null) notifyFree(t);
      t.ob_size_alloc = 0;
    } else {
      gcFree(t);
    }
  } else {
    gcFree(t);
  }
  if (useTrash) _PyTrash_end();
}

function tuple_repr(o: PyObject): PyObject {
  const t = o as PyTuple;
  const n = t.items.length;
  if (n === 0) return PyStr_FromString("()");
  if (Py_ReprEnter(t)) return PyStr_FromString("(...)");
  // the blocks of CPython's _PyUnicodeWriter, for tracemalloc's peak
  const writer = new UnicodeWriterModel(n > 1 ? 1 + 1 + (2 + 1) * (n - 1) + 1 : 4);
  let text: string;
  try {
    writer.writeASCII(1);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      if (i > 0) writer.writeASCII(2);
      const part = reprWritten(writer, t.items[i]!);
      parts.push(part);
    }
    writer.overallocate = false;
    writer.writeASCII(n > 1 ? 1 : 2);
    text = n === 1 ? `(${parts[0]},)` : `(${parts.join(", ")})`;
  } finally {
    Py_ReprLeave(t);
    writer.release();
  }
  return PyStr_FromString(text);
}

function tuple_hash(o: PyObject): Hash {
  const items = (o as PyTuple).items;
  // Exact ints, strs and bytes hash without running Python code (which could hash another tuple
  // meanwhile), so their lanes go straight into the accumulator; anything else is hashed first.
  for (let i = 0; i < items.length; i++) {
    const t = items[i]!.ob_type;
    if (t !== PyStr_Type && t !== PyInt_Type && t !== PyBytes_Type)
      return tupleHashOf(items.map(PyObject_Hash));
  }
  ACC[HI] = XXPRIME_5_HI;
  ACC[LO] = XXPRIME_5_LO;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.ob_type === PyStr_Type) {
      // a str keeps its hash's halves
      if ((item as PyStr).hash === -1) str_hash(item);
      tupleHashLane((item as PyStr).hashHi >>> 0, (item as PyStr).hashLo >>> 0);
      continue;
    }
    const h = item.ob_type.tp_hash!(item);
    if (typeof h === "number") tupleHashLane(Math.floor(h / TWO32) >>> 0, h >>> 0);
    else {
      // a bytes' bigint hash is split once and memoized by hashSplit
      const slot = hashSplit(item, h);
      tupleHashLane(HS_HI[slot]!, HS_LO[slot]!);
    }
  }
  return tupleHashFinish(items.length);
}

/**
 * Whether `a == b` holds without running Python code: exact strs or exact ints with equal values,
 * or exact tuples of one length whose items are pairwise identical or such strs or ints (what
 * tuple_richcompare finds without calling anything). False means "unknown: compare them".
 */
export function equalWithoutCalls(a: PyObject, b: PyObject): boolean {
  const t = a.ob_type;
  if (t !== b.ob_type) return false;
  if (t === PyStr_Type || t === PyInt_Type) return (a as PyStr | PyInt).value === (b as PyStr | PyInt).value;
  if (t !== PyTuple_Type) return false;
  const x = (a as PyTuple).items;
  const y = (b as PyTuple).items;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    const pt = p.ob_type;
    if (pt !== q.ob_type || (pt !== PyStr_Type && pt !== PyInt_Type)) return false;
    if ((p as PyStr | PyInt).value !== (q as PyStr | PyInt).value) return false;
  }
  return true;
}

function tuple_length(o: PyObject): number {
  return (o as PyTuple).items.length;
}

function tuple_contains(o: PyObject, el: PyObject): boolean {
  const items = (o as PyTuple).items;
  for (let i = 0; i < items.length; i++) {
    if (PyObject_RichCompareBool(items[i]!, el, CmpOp.EQ)) return true;
  }
  return false;
}

function tuple_item(o: PyObject, i: number): PyObject {
  const items = (o as PyTuple).items;
  if (i < 0 || i >= items.length) raise(PyExc_IndexError, "tuple index out of range");
  const v = items[i]!;
  Py_INCREF(v);
  return v;
}

function tuple_subscript(o: PyObject, key: PyObject): PyObject {
  const t = o as PyTuple;
  if (key instanceof PyInt && typeof key.value === "number") {
    let i = key.value;
    if (i < 0) i += t.items.length;
    return tuple_item(t, i);
  }
  if (key.ob_type.nb_index !== null) {
    let i = indexOrIndexError(key);
    if (i < 0) i += t.items.length;
    return tuple_item(t, i);
  }
  if (key instanceof PySlice) {
    const ix = PySlice_Unpack(key);
    const n = PySlice_AdjustIndices(t.items.length, ix);
    if (n <= 0) {
      Py_INCREF(Py_EmptyTuple);
      return Py_EmptyTuple;
    }
    if (ix.start === 0 && ix.step === 1 && n === t.items.length && t.ob_type === PyTuple_Type) {
      Py_INCREF(t);
      return t;
    }
    const out: PyObject[] = newItemsArray(n);
    for (let c = ix.start, i = 0; i < n; c += ix.step, i++) {
      const v = t.items[c]!;
      Py_INCREF(v);
      out[i] = v;
    }
    return PyTuple_New(out);
  }
  raise(PyExc_TypeError, `tuple indices must be integers or slices, not ${key.ob_type.tp_name}`);
}

/** PyNumber_AsSsize_t(key, PyExc_IndexError) as CPython's sequence subscripts use it. */
export function indexOrIndexError(key: PyObject): number {
  if (key instanceof PyInt && typeof key.value === "number") return key.value;
  return PyNumber_AsSsize_t(key, PyExc_IndexError);
}

function tuple_concat(a: PyObject, b: PyObject): PyObject {
  const at = a as PyTuple;
  if (!PyTuple_Check(b)) {
    raise(PyExc_TypeError, `can only concatenate tuple (not "${b.ob_type.tp_name}") to tuple`);
  }
  if (b.items.length === 0 && a.ob_type === PyTuple_Type) {
    Py_INCREF(a);
    return a;
  }
  if (at.items.length === 0 && b.ob_type === PyTuple_Type) {
    Py_INCREF(b);
    return b;
  }
  const out = at.items.concat(b.items);
  for (let i = 0; i < out.length; i++) out[i]!.ob_refcnt++;
  return PyTuple_New(out);
}

function tuple_repeat(a: PyObject, n: number): PyObject {
  const t = a as PyTuple;
  const len = t.items.length;
  if (len === 0 || n === 1) {
    if (t.ob_type === PyTuple_Type) {
      Py_INCREF(t);
      return t;
    }
  }
  if (len === 0 || n <= 0) {
    Py_INCREF(Py_EmptyTuple);
    return Py_EmptyTuple;
  }
  if (len > PY_SSIZE_T_MAX / n || len * n > MAX_SEQUENCE_ITEMS) throw PyErr_NoArgs(PyExc_MemoryError);
  const out: PyObject[] = newItemsArray(len * n);
  let k = 0;
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < len; i++) {
      const v = t.items[i]!;
      v.ob_refcnt++;
      out[k++] = v;
    }
  }
  return PyTuple_New(out);
}

function richcompareSizes(vlen: number, wlen: number, op: number): PyObject {
  let r: boolean;
  switch (op) {
    case CmpOp.LT:
      r = vlen < wlen;
      break;
    case CmpOp.LE:
      r = vlen <= wlen;
      break;
    case CmpOp.EQ:
      r = vlen === wlen;
      break;
    case CmpOp.NE:
      r = vlen !== wlen;
      break;
    case CmpOp.GT:
      r = vlen > wlen;
      break;
    default:
      r = vlen >= wlen;
  }
  return PyBool_FromBool(r);
}

export { richcompareSizes as Py_RETURN_RICHCOMPARE };

function tuple_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!PyTuple_Check(v) || !PyTuple_Check(w)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const vi = v.items;
  const wi = w.items;
  const vlen = vi.length;
  const wlen = wi.length;
  let i = 0;
  for (; i < vlen && i < wlen; i++) {
    if (!PyObject_RichCompareBool(vi[i]!, wi[i]!, CmpOp.EQ)) break;
  }
  if (i >= vlen || i >= wlen) return richcompareSizes(vlen, wlen, op);
  if (op === CmpOp.EQ) return PyBool_FromBool(false);
  if (op === CmpOp.NE) return PyBool_FromBool(true);
  return PyObject_RichCompare(vi[i]!, wi[i]!, op);
}

function tuple_iter(o: PyObject): PyObject {
  const it = new PyTupleIter(o as PyTuple);
  Py_INCREF(o);
  gcAlloc(it, 48);
  PyObject_GC_Track(it);
  return it;
}

function tuple_traverse(o: PyObject, visit: VisitProc): void {
  const items = (o as PyTuple).items;
  for (let i = items.length - 1; i >= 0; i--) visit(items[i]!);
}

function tuple_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  if (
    kwnames !== null &&
    kwnames.length > 0 &&
    (type === PyTuple_Type || type.tp_init === PyTuple_Type.tp_init)
  ) {
    raise(PyExc_TypeError, "tuple() takes no keyword arguments");
  }
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  positional("tuple", args.slice(0, npos), null, 0, 1);
  if (type !== PyTuple_Type) {
    // tuple_subtype_new: build an exact tuple first, then copy it into the subtype.
    const tmp = npos === 0 ? (Py_INCREF(Py_EmptyTuple), Py_EmptyTuple) : PySequence_Tuple(args[0]!);
    // The subtype gets its own references (no intermediate tuple sharing the item array).
    const items = tmp.items.slice();
    for (const x of items) Py_INCREF(x);
    const r = tupleOfType(type, items);
    Py_DECREF(tmp);
    return r;
  }
  if (npos === 0) {
    Py_INCREF(Py_EmptyTuple);
    return Py_EmptyTuple;
  }
  return PySequence_Tuple(args[0]!);
}

PyTuple_Type.tp_dealloc = tuple_dealloc;
PyTuple_Type.tp_repr = tuple_repr;
PyTuple_Type.tp_hash = tuple_hash;
PyTuple_Type.tp_richcompare = tuple_richcompare;
PyTuple_Type.tp_iter = tuple_iter;
PyTuple_Type.tp_traverse = tuple_traverse;
PyTuple_Type.tp_new = tuple_new;
PyTuple_Type.sq_length = tuple_length;
PyTuple_Type.sq_concat = tuple_concat;
PyTuple_Type.sq_repeat = tuple_repeat;
PyTuple_Type.sq_item = tuple_item;
PyTuple_Type.sq_contains = tuple_contains;
PyTuple_Type.mp_length = tuple_length;
PyTuple_Type.mp_subscript = tuple_subscript;

/** The start/stop arguments of index() (clamped to the sequence like CPython). */
export function indexRangeArgs(args: PyObject[], len: number): [number, number] {
  let start = args.length > 1 ? _PyEval_SliceIndexNotNone(args[1]!) : 0;
  let stop = args.length > 2 ? _PyEval_SliceIndexNotNone(args[2]!) : PY_SSIZE_T_MAX;
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += len;
  } else if (stop > len) stop = len;
  return [start, stop];
}

defineMethods(PyTuple_Type, {
  __getnewargs__: {
    impl: (self, args, kwnames) => {
      noArgs("tuple.__getnewargs__", args, kwnames);
      const copy = PyTuple_FromArray((self as PyTuple).items);
      return PyTuple_New([copy]);
    },
  },
  index: {
    impl: (self, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0)
        raise(PyExc_TypeError, "tuple.index() takes no keyword arguments");
      positional("index", args, null, 1, 3);
      const items = (self as PyTuple).items;
      const [start, stop] = indexRangeArgs(args, items.length);
      const value = args[0]!;
      for (let i = start; i < stop && i < items.length; i++) {
        if (PyObject_RichCompareBool(items[i]!, value, CmpOp.EQ)) return PyInt_FromSsize_t(i);
      }
      raise(PyExc_ValueError, "tuple.index(x): x not in tuple");
    },
    doc: "Return first index of value.\n\nRaises ValueError if the value is not present.",
    textSignature: "($self, value, start=0, stop=sys.maxsize, /)",
  },
  count: {
    impl: (self, args, kwnames) => {
      const value = oneArg("tuple.count", args, kwnames);
      const items = (self as PyTuple).items;
      let n = 0;
      for (let i = 0; i < items.length; i++) if (PyObject_RichCompareBool(items[i]!, value, CmpOp.EQ)) n++;
      return PyInt_FromSsize_t(n);
    },
    doc: "Return number of occurrences of value.",
    textSignature: "($self, value, /)",
  },
  __class_getitem__: { impl: Py_GenericAlias, kind: "class", doc: "See PEP 585" },
});

// --- tuple iterator

export class PyTupleIter extends PyObject {
  index = 0;
  constructor(public seq: PyTuple | null) {
    super(PyTupleIter_Type);
  }
}

function tupleiter_dealloc(o: PyObject): void {
  const it = o as PyTupleIter;
  PyObject_GC_UnTrack(it);
  const seq = it.seq;
  it.seq = null;
  if (seq !== null) Py_DECREF(seq);
  gcFree(it);
}

function tupleiter_next(o: PyObject): PyObject | null {
  const it = o as PyTupleIter;
  const seq = it.seq;
  if (seq === null) return null;
  if (it.index < seq.items.length) {
    const v = seq.items[it.index++]!;
    Py_INCREF(v);
    return v;
  }
  it.seq = null;
  Py_DECREF(seq);
  return null;
}

function selfIter(o: PyObject): PyObject {
  Py_INCREF(o);
  return o;
}

export { selfIter as PyObject_SelfIter };

PyTupleIter_Type.tp_dealloc = tupleiter_dealloc;
PyTupleIter_Type.tp_iter = selfIter;
PyTupleIter_Type.tp_iternext = tupleiter_next;
PyTupleIter_Type.tp_traverse = (o, visit) => {
  const s = (o as PyTupleIter).seq;
  if (s !== null) visit(s);
};

/** `__setstate__` of index-based iterators: PyLong_AsSsize_t with CPython's messages. */
export function setstateIndex(state: PyObject): number {
  if (!(state instanceof PyInt)) raise(PyExc_TypeError, "an integer is required");
  const v = state.value;
  if (typeof v !== "number") raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  return v;
}

/** `(iter, (seq,), index)` or `(iter, ((),))` when exhausted: __reduce__ of sequence iterators. */
export function reduceSeqIter(
  seq: PyObject | null,
  index: number,
  builtin = "iter",
  exhausted = false,
): PyObject {
  const fn = getBuiltin(builtin);
  if (exhausted) {
    // str iterators: (iter, ('',))
    Py_INCREF(seq!);
    return PyTuple_New([fn, PyTuple_New([seq!])]);
  }
  if (seq === null) {
    Py_INCREF(Py_EmptyTuple);
    const inner = PyTuple_New([Py_EmptyTuple]);
    return PyTuple_New([fn, inner]);
  }
  Py_INCREF(seq);
  return PyTuple_New([fn, PyTuple_New([seq]), PyInt_FromNumber(index)]);
}

defineMethods(PyTupleIter_Type, {
  __length_hint__: {
    impl: (self, args, kwnames) => {
      noArgs("tuple_iterator.__length_hint__", args, kwnames);
      const it = self as PyTupleIter;
      return PyInt_FromNumber(it.seq === null ? 0 : Math.max(0, it.seq.items.length - it.index));
    },
    doc: "Private method returning an estimate of len(list(it)).",
  },
  __reduce__: {
    impl: (self, args, kwnames) => {
      noArgs("tuple_iterator.__reduce__", args, kwnames);
      const it = self as PyTupleIter;
      return reduceSeqIter(it.seq, it.index);
    },
    doc: "Return state information for pickling.",
  },
  __setstate__: {
    impl: (self, args, kwnames) => {
      const state = oneArg("tuple_iterator.__setstate__", args, kwnames);
      const it = self as PyTupleIter;
      let index = setstateIndex(state);
      if (it.seq !== null) {
        if (index < 0) index = 0;
        else if (index > it.seq.items.length) index = it.seq.items.length;
        it.index = index;
      }
      Py_INCREF(Py_None);
      return Py_None;
    },
    doc: "Set state information for unpickling.",
  },
});

/** Calls a special method found on the type (helper for containers that defer to Python code). */
export function callSpecial(o: PyObject, name: string, args: PyObject[]): PyObject | null {
  const m = lookupSpecial(o, name);
  if (m === null) return null;
  try {
    return PyObject_Call(m, args, null);
  } finally {
    Py_DECREF(m);
  }
}

export type { PyStr };
