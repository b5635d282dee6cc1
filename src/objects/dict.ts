/**
 * `dict` (CPython 3.11's Objects/dictobject.c): the compact, insertion-ordered hash table — an
 * index table (`indices`, open addressing with CPython's perturbed probing) over an append-only
 * array of entries — with CPython's sizes and growth: PyDict_MINSIZE 8, USABLE_FRACTION 2/3,
 * GROWTH_RATE used*3, "unicode" key tables for all-str dicts (16-byte entries) and general ones
 * (24-byte entries), the shared empty keys, presizing for `{...}` displays, `dict(d)` cloning,
 * `copy()`'s fast path and MAINTAIN_TRACKING, so `sys.getsizeof` and `gc.is_tracked` agree with
 * python3. The probe sequence uses the full 64-bit hash, so the `__eq__` calls made on hash
 * collisions happen in CPython's order.
 *
 * Key-sharing (split) dicts of instances are modelled by `ma_split`: the entries live in our
 * own table as usual, while sizes, the values block and release order follow the class's shared
 * keys (see `_PyDict_NewInlineValues`).
 *
 * The dict iterators live here too; the keys/values/items views are in dict_views.ts.
 */

import { CmpOp } from "../compiler/opcodes.js";
import { FREE_LIST_ORDER } from "../memory/gc.js";
import { UnicodeWriterModel } from "../memory/unicode_writer.js";
import { pow2 } from "../util/powers.js";
import {
  iterateToArray,
  lookupSpecial,
  Py_ReprEnter,
  Py_ReprLeave,
  PyIter_Next,
  PyObject_CallMethod,
  PyObject_CallNoArgs,
  PyObject_CallOneArg,
  PyObject_GetItem,
  PyObject_GetIter,
  PyObject_Hash,
  PyObject_HashNotImplemented,
  PyObject_LookupAttrString,
  PyObject_RichCompareBool,
  PyObject_SetItem,
  reprWritten,
} from "./abstract.js";
import { noArgs, oneArg, positional } from "./args.js";
import { PyBool_FromBool } from "./bool.js";
import { PyDictItems_New, PyDictKeys_New, PyDictValues_New } from "./dict_views.js";
import {
  exceptionMatches,
  type PyBaseException,
  PyErr_WithArgs,
  PyExc_KeyError,
  PyExc_RuntimeError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "./exceptions.js";
import { type PyInt, PyInt_FromNumber } from "./int.js";
import { PyList, PyList_New, PySequence_Fast } from "./list.js";
import { defineMethods } from "./methods.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { Py_DECREF, Py_INCREF, PyObject } from "./object.js";
import { type PySet, PySet_NextEntry, setTypes } from "./set.js";
import { hashSecretEpoch, hashString } from "./siphash.js";
import type { Hash, VisitProc } from "./slots_types.js";
import { type PyStr, PyStr_FromString, PyStr_InternFromString, PyStr_Type, str_hash } from "./str.js";
import {
  _PyObject_GC_IS_TRACKED,
  _PyObject_GC_MAY_BE_TRACKED,
  _PyTrash_begin,
  _PyTrash_end,
  equalWithoutCalls,
  FreeList,
  gcAlloc,
  gcFree,
  getBuiltin,
  HALF_HI,
  HALF_LO,
  HASH_HALVES,
  Py_GenericAlias,
  PyMem_Free,
  PyMem_Malloc,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyObject_SelfIter,
  type PyTuple,
  PyTuple_New,
  PyTuple_Pack,
  parkInFreeList,
  reuseFromFreeList,
  splitHash,
} from "./tuple.js";
import { newStaticType, type PyType, PyType_IsSubtype, TypeFlag } from "./type.js";
import { instanceAllocSize, takeCallKeywords } from "./typeobject.js";

const DKIX_EMPTY = -1;
const DKIX_DUMMY = -2;
/** Returned internally when a comparison mutated the dict: the lookup restarts. */
const DKIX_KEY_CHANGED = -3;

export const PyDict_LOG_MINSIZE = 3;
export const PyDict_MINSIZE = 8;

/** USABLE_FRACTION(n) = 2n/3: the most entries a table of size n may hold. */
export function USABLE_FRACTION(n: number): number {
  return Math.floor((n * 2) / 3);
}

/**
 * CPython's calculate_log2_keysize: bit_length(((minsize | 8) - 1) | 7). Note this is not always
 * the smallest power of two >= minsize (1..7 give 16, 16 gives 32): python3 sizes follow it.
 */
export function calculate_log2_keysize(minsize: number): number {
  let m = minsize;
  if (Math.floor(m / 8) % 2 === 0) m += 8; // m | PyDict_MINSIZE
  m -= 1;
  m = m - (m % 8) + 7; // | (PyDict_MINSIZE - 1)
  let bits = 0;
  while (m >= 1) {
    m = Math.floor(m / 2);
    bits++;
  }
  return bits;
}

/** Reverse of USABLE_FRACTION: a table that holds n entries without resizing. */
export function estimate_log2_keysize(n: number): number {
  return calculate_log2_keysize(Math.floor((n * 3 + 1) / 2));
}

// ---------------------------------------------------------------------------------------------
// keys object

/**
 * PyDictKeysObject: the index table and the entries. Entry i is (ek[i], ev[i], eh[i]); a
 * deleted entry has ek[i] = ev[i] = null. `nentries` = entries used so far (ek.length).
 */
export class DictKeys {
  readonly log2Size: number;
  readonly mask: number;
  /** Entry index per slot, or DKIX_EMPTY / DKIX_DUMMY (a plain small-int array: far cheaper to create than an Int32Array). */
  indices: number[];
  ek: (PyObject | null)[];
  ev: (PyObject | null)[];
  eh: Hash[];
  /**
   * A split table still laid out as one of the shared layouts (see SplitLayout): `indices`, `ek`
   * and `eh` are that layout's arrays, read-only here (unshareKeys copies them before any
   * change other than stepping to the next layout). Else null.
   */
  layout: SplitLayout | null;
  usable: number;
  nentries = 0;
  /** DICT_KEYS_UNICODE (every key an exact str; 16-byte entries) vs DICT_KEYS_GENERAL. */
  unicode: boolean;
  addr = 0;
  blockSize = 0;
  /**
   * For a split table: the class, and the entry count, at which its entries were last found in
   * the class's key order (entries are only appended, so the finding holds until one is added).
   */
  orderedFor: PyType | null = null;
  orderedAt = -1;
  /**
   * CPython's dk_version: a number naming this table's set of keys, given on request
   * (_PyDictKeys_GetVersion) and dropped (0) whenever a key is added, never reused. An inline
   * cache that saw a name missing from a table with version v knows it is still missing while the
   * version is v (removing keys cannot make it present).
   */
  version = 0;

  constructor(log2Size: number, unicode: boolean, allocate: boolean, layout: SplitLayout | null = null) {
    this.log2Size = log2Size;
    const size = pow2(log2Size);
    this.mask = size - 1;
    if (layout !== null) {
      // (always the smallest table: see splitRootLayout)
      this.indices = layout.indices;
      this.ek = layout.ek;
      this.ev = [null, null, null, null, null];
      this.eh = layout.eh;
    } else if (size === PyDict_MINSIZE) {
      this.indices = [-1, -1, -1, -1, -1, -1, -1, -1];
      // The 5 usable entries of the smallest table, allocated at their final size: growing from
      // [] would give each array a 16-slot backing store on the first store.
      this.ek = [null, null, null, null, null];
      this.ev = [null, null, null, null, null];
      this.eh = [];
    } else {
      this.indices = new Array<number>(size).fill(DKIX_EMPTY);
      this.ek = [];
      this.ev = [];
      this.eh = [];
    }
    this.layout = layout;
    this.usable = USABLE_FRACTION(size);
    this.unicode = unicode;
    if (allocate) {
      this.blockSize = keysSize(log2Size, unicode);
      const reused = log2Size === PyDict_LOG_MINSIZE && unicode ? freeLists().keys.pop() : 0;
      this.addr = reused !== 0 ? reused : PyMem_Malloc(this.blockSize);
    }
  }
}

/**
 * The index table, keys and hashes of a smallest (8-slot, all-str) split table after a given
 * sequence of insertions, shared by every instance dict that had the same keys (the very same
 * str objects, with the same hashes) inserted in the same order: instances of a class nearly
 * always set the same attributes in the same order, so each keeps only its own values array
 * (and its DictKeys header) instead of three more arrays. A layout never changes once made; its
 * successors are found by the next key inserted (CPython's split tables keep their keys in the
 * class; this only saves our own per-instance copies of them and changes nothing observable).
 */
class SplitLayout {
  /** The successor for the first key ever inserted after this layout (the common case). */
  nextKey: PyObject | null = null;
  next: SplitLayout | null = null;
  /** Successors for other keys. */
  more: Map<PyObject, SplitLayout> | null = null;
  /** A class whose shared keys were last seen to hold this layout's last key. */
  lastKeyIn: PyType | null = null;
  constructor(
    readonly indices: number[],
    readonly ek: (PyObject | null)[],
    readonly eh: Hash[],
    readonly nentries: number,
  ) {}
}

let nextKeysVersion = 1;

/** The keys version of `k` (see DictKeys.version), assigned now if it has none. */
export function _PyDictKeys_GetVersion(k: DictKeys): number {
  if (k.version === 0) k.version = nextKeysVersion++;
  return k.version;
}

/** Layouts made so far: bounded (they keep their key objects reachable from JS). */
let splitLayoutCount = 0;
const SPLIT_LAYOUT_MAX = 4096;
let splitRoot: SplitLayout | null = null;
function splitRootLayout(): SplitLayout {
  if (splitRoot === null)
    splitRoot = new SplitLayout([-1, -1, -1, -1, -1, -1, -1, -1], [null, null, null, null, null], [], 0);
  return splitRoot;
}

/** The layout after inserting `key` (not in it) with `hash` into `from`, or null when none is kept. */
function splitLayoutStep(from: SplitLayout, key: PyObject, hash: Hash): SplitLayout | null {
  const n = from.nentries;
  let c: SplitLayout | null | undefined = null;
  if (from.nextKey === key) c = from.next;
  else if (from.more !== null) c = from.more.get(key);
  if (c) return c.eh[n] === hash ? c : null;
  if (splitLayoutCount >= SPLIT_LAYOUT_MAX) return null;
  const indices = from.indices.slice();
  const ek = from.ek.slice();
  const eh = from.eh.slice();
  splitHash(key, hash);
  let plo = HASH_HALVES[HALF_LO]!;
  let phi = HASH_HALVES[HALF_HI]!;
  const mask = PyDict_MINSIZE - 1;
  let i = plo & mask;
  while (indices[i]! >= 0) {
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
  }
  indices[i] = n;
  ek[n] = key;
  eh[n] = hash;
  c = new SplitLayout(indices, ek, eh, n + 1);
  splitLayoutCount++;
  if (from.nextKey === null) {
    from.nextKey = key;
    from.next = c;
  } else {
    if (from.more === null) from.more = new Map();
    from.more.set(key, c);
  }
  return c;
}

/** The table gets arrays of its own before it is changed in place (copy on write). */
function unshareKeys(k: DictKeys): void {
  if (k.layout === null) return;
  k.layout = null;
  k.indices = k.indices.slice();
  k.ek = k.ek.slice();
  k.eh = k.eh.slice();
}

function log2IndexBytes(log2Size: number): number {
  if (log2Size < 8) return log2Size;
  if (log2Size < 16) return log2Size + 1;
  if (log2Size < 32) return log2Size + 2;
  return log2Size + 3;
}

/** _PyDict_KeysSize: header + index bytes + usable entries. */
function keysSize(log2Size: number, unicode: boolean): number {
  const table = unicode ? KEYS_SIZE_UNICODE : KEYS_SIZE_GENERAL;
  return log2Size < table.length ? table[log2Size]! : computeKeysSize(log2Size, unicode);
}

function computeKeysSize(log2Size: number, unicode: boolean): number {
  return 32 + pow2(log2IndexBytes(log2Size)) + USABLE_FRACTION(pow2(log2Size)) * (unicode ? 16 : 24);
}

/** keysSize for the table sizes dicts commonly have (up to 2**24 slots), computed once. */
const KEYS_SIZE_UNICODE = Array.from({ length: 25 }, (_, i) => computeKeysSize(i, true));
const KEYS_SIZE_GENERAL = Array.from({ length: 25 }, (_, i) => computeKeysSize(i, false));

/** Py_EMPTY_KEYS: shared by every empty dict (a 1-slot table, usable = 0); never written to. */
const Py_EMPTY_KEYS = new DictKeys(0, true, false);
Py_EMPTY_KEYS.usable = 0;

/** A keys object; a split dict's own table is bookkeeping only (CPython's are the class's keys). */
function new_keys_object(log2Size: number, unicode: boolean, mp: PyDict | null = null): DictKeys {
  return new DictKeys(log2Size, unicode, mp === null || mp.ma_split === null);
}

function free_keys_block(k: DictKeys): void {
  if (k !== Py_EMPTY_KEYS && k.addr !== 0) {
    // small all-str keys objects go to their free list (CPython's keys_free_list)
    if (!(k.log2Size === PyDict_LOG_MINSIZE && k.unicode && freeLists().keys.push(k.addr, k.blockSize))) {
      PyMem_Free(k.addr, k.blockSize);
    }
    k.addr = 0;
  }
}

/** PyDict_MAXFREELIST: 80 dict objects and 80 small all-str keys objects (created on first use). */
let dictFreeLists: { dicts: FreeList; keys: FreeList } | null = null;
function freeLists(): { dicts: FreeList; keys: FreeList } {
  if (dictFreeLists === null)
    dictFreeLists = {
      dicts: new FreeList(80, FREE_LIST_ORDER.dict),
      keys: new FreeList(80, FREE_LIST_ORDER.dictKeys),
    };
  return dictFreeLists;
}

/** Dead dicts and keys objects waiting in the free lists (sys._debugmallocstats). */
export function dictFreeListSizes(): { dicts: number; keys: number } {
  const f = freeLists();
  return { dicts: f.dicts.size, keys: f.keys.size };
}

// ---------------------------------------------------------------------------------------------
// dict object

let dictVersion = 0;

export class PyDict extends PyObject {
  declare ma_used: number;
  declare ma_keys: DictKeys;
  /** Changes on every modification (CPython's ma_version_tag), for the VM's caches. */
  declare ma_version_tag: number;
  /**
   * A split table (CPython's ma_values != NULL): the class whose shared keys (ht_cached_keys)
   * index this dict's values, else null. Its values array is the raw block at ma_values_addr.
   */
  declare ma_split: PyType | null;
  declare ma_values_addr: number;
  declare ma_values_size: number;
  constructor(type: PyType) {
    // The header written here, not by PyObject's shared constructor, and no field initializers
    // (see PyObject's constructor): measured 7.6% of `C()` for a class without __init__.
    super(type, true);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.ob_addr = 0;
    this.ob_size_alloc = 0;
    this.ma_used = 0;
    this.ma_keys = Py_EMPTY_KEYS;
    this.ma_version_tag = 0;
    this.ma_split = null;
    this.ma_values_addr = 0;
    this.ma_values_size = 0;
    // the collector's field (memory/gc.ts) from the start: one hidden class, tracked or not
    this.gc_head = null;
  }
}

export const PyDict_Type = newStaticType({
  name: "dict",
  flags:
    TypeFlag.BASETYPE | TypeFlag.HAVE_GC | TypeFlag.DICT_SUBCLASS | TypeFlag.MATCH_SELF | TypeFlag.MAPPING,
  basicsize: 48,
  doc: "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)",
});

export const PyDictIterKey_Type = newStaticType({
  name: "dict_keyiterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 56,
});
export const PyDictIterValue_Type = newStaticType({
  name: "dict_valueiterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 56,
});
export const PyDictIterItem_Type = newStaticType({
  name: "dict_itemiterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 56,
});
export const PyDictRevIterKey_Type = newStaticType({
  name: "dict_reversekeyiterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 56,
});
export const PyDictRevIterValue_Type = newStaticType({
  name: "dict_reversevalueiterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 56,
});
export const PyDictRevIterItem_Type = newStaticType({
  name: "dict_reverseitemiterator",
  flags: TypeFlag.HAVE_GC,
  basicsize: 56,
});

export function PyDict_Check(o: PyObject): o is PyDict {
  return o instanceof PyDict && (o.ob_type === PyDict_Type || PyType_IsSubtype(o.ob_type, PyDict_Type));
}

export function PyDict_CheckExact(o: PyObject): o is PyDict {
  return o.ob_type === PyDict_Type;
}

/** dict.__sizeof__(): basicsize + the keys object (sys.getsizeof adds the GC header). */
export function dict_sizeof(d: PyDict): number {
  // A split dict: the shared keys are counted in its class's size; its values array is not.
  if (d.ma_split !== null) return d.ob_type.tp_basicsize + sharedKeysUsableSize(d.ma_split) * 8;
  const k = d.ma_keys;
  if (k === Py_EMPTY_KEYS) return d.ob_type.tp_basicsize;
  return d.ob_type.tp_basicsize + keysSize(k.log2Size, k.unicode);
}

/** A new dict object: from the free list when `fromFreeList` (new_dict), else fresh (tp_alloc). */
function allocDict(type: PyType, fromFreeList = false): PyDict {
  const d = new PyDict(type);
  if (type === PyDict_Type) {
    if (!fromFreeList || !reuseFromFreeList(freeLists().dicts, d, 64)) gcAlloc(d, 64);
  } else {
    gcAlloc(d, instanceAllocSize(type));
    Py_INCREF(type);
  }
  d.ma_version_tag = ++dictVersion;
  return d;
}

/** A new empty dict (untracked until it holds a container, as CPython). */
export function PyDict_New(): PyDict {
  return allocDict(PyDict_Type, true);
}

function new_dict_with_keys(keys: DictKeys, used: number): PyDict {
  const d = allocDict(PyDict_Type, true);
  d.ma_keys = keys;
  d.ma_used = used;
  return d;
}

/** dict_new_presized: room for `minused` entries (used by `{...}` displays and **kwargs). */
function dict_new_presized(minused: number, unicode: boolean): PyDict {
  if (minused <= USABLE_FRACTION(PyDict_MINSIZE)) return PyDict_New();
  const log2 = minused > USABLE_FRACTION(2 ** 17) ? 17 : estimate_log2_keysize(minused);
  return new_dict_with_keys(new_keys_object(log2, unicode), 0);
}

export function _PyDict_NewPresized(minused: number): PyDict {
  return dict_new_presized(minused, false);
}

/**
 * A dict from parallel key and value arrays (BUILD_MAP / BUILD_CONST_KEY_MAP; CPython's
 * _PyDict_FromItems). Borrowed references.
 */
export function _PyDict_FromItems(keys: readonly PyObject[], values: readonly PyObject[]): PyDict {
  const n = keys.length;
  let unicode = true;
  for (let i = 0; i < n; i++) {
    if (keys[i]!.ob_type !== PyStr_Type) {
      unicode = false;
      break;
    }
  }
  const d = dict_new_presized(n, unicode);
  try {
    for (let i = 0; i < n; i++) PyDict_SetItem(d, keys[i]!, values[i]!);
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
  return d;
}

// ---------------------------------------------------------------------------------------------
// hashing and probing

/** hash(key), reading str's cached hash first (the hot path for str keys). */
function keyHash(key: PyObject): Hash {
  if (key.ob_type === PyStr_Type) {
    const h = (key as PyStr).hash;
    return h !== -1 ? h : str_hash(key);
  }
  return PyObject_Hash(key);
}

// Probing: splitHash (tuple.ts) gives the halves of the 64-bit perturbation.

/**
 * The lookup (CPython's _Py_dict_lookup): the entry index of `key`, or DKIX_EMPTY. May run
 * `__eq__` of keys with equal hashes; restarts if such a call mutates the dict.
 */
function _Py_dict_lookup(mp: PyDict, key: PyObject, hash: Hash): number {
  for (;;) {
    const dk = mp.ma_keys;
    const ix =
      dk.unicode && key.ob_type === PyStr_Type
        ? unicodekeys_lookup_unicode(dk, key as PyStr)
        : generic_lookup(mp, dk, key, hash);
    if (ix !== DKIX_KEY_CHANGED) return ix;
  }
}

/** A str key in an all-str table: identity or equal characters, never Python code. */
function unicodekeys_lookup_unicode(dk: DictKeys, key: PyStr): number {
  const mask = dk.mask;
  const indices = dk.indices;
  const ek = dk.ek;
  if (key.hash === -1) str_hash(key);
  // every key of a unicode table is an exact str with its hash computed: compare the halves
  // (int32s) instead of the hashes (mostly bigints)
  const keyHi = key.hashHi;
  const keyLo = key.hashLo;
  let plo = keyLo >>> 0;
  let phi = keyHi >>> 0;
  let i = plo & mask;
  for (;;) {
    const ix = indices[i]!;
    if (ix >= 0) {
      const k = ek[ix]! as PyStr;
      if (k === key || (k.hashLo === keyLo && k.hashHi === keyHi && k.value === key.value)) return ix;
    } else if (ix === DKIX_EMPTY) return DKIX_EMPTY;
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
  }
}

/** Any key (CPython's dictkeys_generic_lookup / unicodekeys_lookup_generic). */
function generic_lookup(mp: PyDict, dk: DictKeys, key: PyObject, hash: Hash): number {
  const mask = dk.mask;
  const indices = dk.indices;
  splitHash(key, hash);
  let plo = HASH_HALVES[HALF_LO]!;
  let phi = HASH_HALVES[HALF_HI]!;
  let i = plo & mask;
  for (;;) {
    const ix = indices[i]!;
    if (ix >= 0) {
      const startkey = dk.ek[ix]!;
      if (startkey === key) return ix;
      if (dk.eh[ix] === hash) {
        const kt = startkey.ob_type;
        if (kt === key.ob_type && (kt === PyStr_Type || kt === PyInt_TypeRef)) {
          // Exact str/int keys: equality runs no Python code.
          if ((startkey as PyStr | PyInt).value === (key as PyStr | PyInt).value) return ix;
        } else if (equalWithoutCalls(startkey, key)) {
          // exact tuples of identical items (a fresh (a, b) key): no __eq__ to run
          return ix;
        } else {
          startkey.ob_refcnt++;
          let cmp: boolean;
          try {
            cmp = PyObject_RichCompareBool(startkey, key, CmpOp.EQ);
          } finally {
            Py_DECREF(startkey);
          }
          if (dk !== mp.ma_keys || dk.ek[ix] !== startkey) return DKIX_KEY_CHANGED;
          if (cmp) return ix;
        }
      }
    } else if (ix === DKIX_EMPTY) return DKIX_EMPTY;
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
  }
}

let PyInt_TypeRef: PyType | null = null;
/** Lets the lookup compare exact ints by value (set once int.ts is loaded). */
function intType(): void {
  if (PyInt_TypeRef === null) PyInt_TypeRef = PyInt_FromNumber(0).ob_type;
}

/** The slot of the index table pointing at entry `index` (lookdict_index). */
function lookdict_index(k: DictKeys, o: PyObject, hash: Hash, index: number): number {
  const mask = k.mask;
  splitHash(o, hash);
  let plo = HASH_HALVES[HALF_LO]!;
  let phi = HASH_HALVES[HALF_HI]!;
  let i = plo & mask;
  for (;;) {
    const ix = k.indices[i]!;
    if (ix === index) return i;
    if (ix === DKIX_EMPTY) raise(PyExc_SystemError, "dict lookup: entry index not found");
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
  }
}

/** find_empty_slot: the first EMPTY or DUMMY slot on key's probe path. */
function find_empty_slot(k: DictKeys, key: PyObject, hash: Hash): number {
  const mask = k.mask;
  splitHash(key, hash);
  let plo = HASH_HALVES[HALF_LO]!;
  let phi = HASH_HALVES[HALF_HI]!;
  let i = plo & mask;
  while (k.indices[i]! >= 0) {
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
  }
  return i;
}

function build_indices(k: DictKeys): void {
  const mask = k.mask;
  const eh = k.eh;
  const indices = k.indices;
  for (let ix = 0; ix < k.nentries; ix++) {
    splitHash(k.ek[ix]!, eh[ix]!);
    let plo = HASH_HALVES[HALF_LO]!;
    let phi = HASH_HALVES[HALF_HI]!;
    let i = plo & mask;
    while (indices[i] !== DKIX_EMPTY) {
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + plo + 1) & mask;
    }
    indices[i] = ix;
  }
}

// ---------------------------------------------------------------------------------------------
// insertion, resizing, deletion

function MAINTAIN_TRACKING(mp: PyDict, key: PyObject, value: PyObject): void {
  if (!_PyObject_GC_IS_TRACKED(mp)) {
    if (_PyObject_GC_MAY_BE_TRACKED(key) || _PyObject_GC_MAY_BE_TRACKED(value)) PyObject_GC_Track(mp);
  }
}

/**
 * dictresize: a new table of 2**log2Newsize holding the live entries in order (always
 * compacts). `unicode` is honoured only if the old table was all-str.
 */
function dictresize(mp: PyDict, log2Newsize: number, unicode: boolean): void {
  const oldkeys = mp.ma_keys;
  if (!oldkeys.unicode) unicode = false;
  const newkeys = new_keys_object(log2Newsize, unicode, mp);
  const numentries = mp.ma_used;
  if (oldkeys.nentries === numentries) {
    newkeys.ek = oldkeys.ek.slice(0, numentries);
    newkeys.ev = oldkeys.ev.slice(0, numentries);
    newkeys.eh = oldkeys.eh.slice(0, numentries);
  } else {
    const ek: PyObject[] = [];
    const ev: PyObject[] = [];
    const eh: Hash[] = [];
    for (let i = 0; i < oldkeys.nentries; i++) {
      const v = oldkeys.ev[i];
      if (v === null || v === undefined) continue;
      ek.push(oldkeys.ek[i]!);
      ev.push(v);
      eh.push(oldkeys.eh[i]!);
    }
    newkeys.ek = ek;
    newkeys.ev = ev;
    newkeys.eh = eh;
  }
  newkeys.nentries = numentries;
  newkeys.usable -= numentries;
  build_indices(newkeys);
  mp.ma_keys = newkeys;
  free_keys_block(oldkeys);
}

function insertion_resize(mp: PyDict, unicode: boolean): void {
  dictresize(mp, calculate_log2_keysize(mp.ma_used * 3), unicode);
}

/** insertdict: CONSUMES the references to key and value. */
function insertdict(mp: PyDict, key: PyObject, hash: Hash, value: PyObject): void {
  try {
    if (mp.ma_keys.unicode && key.ob_type !== PyStr_Type) {
      if (mp.ma_split !== null) unsplit(mp);
      insertion_resize(mp, false);
    }
    const ix = _Py_dict_lookup(mp, key, hash);
    MAINTAIN_TRACKING(mp, key, value);
    if (ix === DKIX_EMPTY) {
      if (mp.ma_split !== null && !sharedKeysAdd(mp.ma_split, key as PyStr)) {
        unsplit(mp);
        insertion_resize(mp, true);
      }
      if (mp.ma_keys.usable <= 0) insertion_resize(mp, true);
      const k = mp.ma_keys;
      k.version = 0;
      const n = k.nentries;
      const layout = k.layout;
      if (layout !== null) {
        const next = mp.ma_split !== null ? splitLayoutStep(layout, key, hash) : null;
        if (next !== null) {
          k.layout = next;
          k.indices = next.indices;
          k.ek = next.ek;
          k.eh = next.eh;
        } else unshareKeys(k);
      }
      if (k.layout === null) {
        const hashpos = find_empty_slot(k, key, hash);
        k.indices[hashpos] = n;
        k.ek[n] = key;
        k.eh[n] = hash;
      }
      k.ev[n] = value;
      mp.ma_used++;
      mp.ma_version_tag = ++dictVersion;
      k.usable--;
      k.nentries = n + 1;
      return;
    }
    const k = mp.ma_keys;
    const old = k.ev[ix]!;
    if (old !== value) {
      k.ev[ix] = value;
      mp.ma_version_tag = ++dictVersion;
    }
    Py_DECREF(old); // may re-enter
    Py_DECREF(key);
  } catch (e) {
    if (insertCleanupPending) {
      Py_DECREF(value);
      Py_DECREF(key);
    }
    throw e;
  }
}
/** insertdict's Fail path releases key and value; always true (a flag only for readability). */
const insertCleanupPending = true;

/** insert_to_emptydict: CONSUMES key and value. */
function insert_to_emptydict(mp: PyDict, key: PyObject, hash: Hash, value: PyObject): void {
  const unicode = key.ob_type === PyStr_Type;
  // unicodekeys_lookup_unicode compares the hash halves a str keeps with its computed hash
  if (unicode && (key as PyStr).hash === -1) str_hash(key);
  if (mp.ma_split !== null) {
    if (!unicode || !sharedKeysAdd(mp.ma_split, key as PyStr)) {
      // the shared keys cannot take it: the dict gets a combined table of its own
      unsplit(mp);
    }
  }
  const layout = mp.ma_split !== null ? splitLayoutStep(splitRootLayout(), key, hash) : null;
  const k =
    layout !== null
      ? new DictKeys(PyDict_LOG_MINSIZE, true, false, layout)
      : new_keys_object(PyDict_LOG_MINSIZE, unicode, mp);
  mp.ma_keys = k;
  MAINTAIN_TRACKING(mp, key, value);
  if (layout === null) {
    splitHash(key, hash);
    k.indices[HASH_HALVES[HALF_LO]! & (PyDict_MINSIZE - 1)] = 0;
    k.ek[0] = key;
    k.eh[0] = hash;
  }
  k.ev[0] = value;
  mp.ma_used++;
  mp.ma_version_tag = ++dictVersion;
  k.usable--;
  k.nentries = 1;
}

/**
 * `obj.name = value` for a name new to an instance's split dict (STORE_ATTR adding an attribute
 * in __init__): when the dict follows a shared layout whose next key is this very str, it steps
 * to that layout. The same effects as PyDict_SetItem adding the key (INCREFs both); returns the
 * new entry's index, or -1 having done nothing (then the generic path decides).
 */
export function _PyDict_SplitAppendStr(mp: PyDict, ownerType: PyType, key: PyStr, value: PyObject): number {
  // (the dict's keys are its owner's class's: the generic path checks that class's keys can
  // take the name before it makes an inline values dict an object)
  const t = mp.ma_split;
  if (t !== ownerType) return -1;
  const k = mp.ma_keys;
  const hash = key.hash;
  if (k === Py_EMPTY_KEYS) {
    if (hash === -1 || splitRoot === null || splitRoot.nextKey !== key || !sharedKeysCanTake(t, key))
      return -1;
    key.ob_refcnt++;
    value.ob_refcnt++;
    insert_to_emptydict(mp, key, hash, value);
    return 0;
  }
  const layout = k.layout;
  if (layout === null || layout.nextKey !== key || k.usable <= 0) return -1;
  const next = layout.next!;
  const n = k.nentries;
  if (next.eh[n] !== hash) return -1;
  // (the class's names only grow: once the layout's last key was among them it stays so)
  if (next.lastKeyIn !== t) {
    if (!sharedKeysAdd(t, key)) return -1;
    next.lastKeyIn = t;
  }
  key.ob_refcnt++;
  value.ob_refcnt++;
  MAINTAIN_TRACKING(mp, key, value);
  k.version = 0;
  k.layout = next;
  k.indices = next.indices;
  k.ek = next.ek;
  k.eh = next.eh;
  k.ev[n] = value;
  mp.ma_used++;
  mp.ma_version_tag = ++dictVersion;
  k.usable--;
  k.nentries = n + 1;
  return n;
}

/** d[key] = value with a known hash; INCREFs key and value. */
export function _PyDict_SetItem_KnownHash(mp: PyDict, key: PyObject, value: PyObject, hash: Hash): void {
  key.ob_refcnt++;
  value.ob_refcnt++;
  if (mp.ma_keys === Py_EMPTY_KEYS) insert_to_emptydict(mp, key, hash, value);
  else insertdict(mp, key, hash, value);
}

/** d[key] = value (INCREFs both). */
export function PyDict_SetItem(mp: PyDict, key: PyObject, value: PyObject): void {
  // (3.11 takes the new references first and hashes after: a Python __hash__ sees them)
  key.ob_refcnt++;
  value.ob_refcnt++;
  _PyDict_SetItem_Take2(mp, key, value);
}

/**
 * d[key] = value taking over one reference to each of key and value (the caller's, e.g. the
 * value stack's for MAP_ADD), released if hashing fails.
 */
export function _PyDict_SetItem_Take2(mp: PyDict, key: PyObject, value: PyObject): void {
  let hash: Hash;
  if (key.ob_type === PyStr_Type) {
    const h = (key as PyStr).hash;
    hash = h !== -1 ? h : str_hash(key);
  } else {
    try {
      hash = PyObject_Hash(key);
    } catch (e) {
      Py_DECREF(key);
      Py_DECREF(value);
      throw e;
    }
  }
  if (mp.ma_keys === Py_EMPTY_KEYS) insert_to_emptydict(mp, key, hash, value);
  else insertdict(mp, key, hash, value);
}

/**
 * d[key] = value when entry `ix` of the table already holds `key` itself (an index remembered by
 * the VM, e.g. STORE_NAME's): the same effects as PyDict_SetItem replacing that entry (value
 * INCREF'd, tracking maintained, version bumped, old value released last) without hashing or
 * probing. Returns false, having done nothing, when the entry does not hold `key`.
 */
export function _PyDict_ReplaceAtIndex(mp: PyDict, key: PyObject, value: PyObject, ix: number): boolean {
  const k = mp.ma_keys;
  if (ix < 0 || ix >= k.nentries || k.ek[ix] !== key) return false;
  const old = k.ev[ix];
  if (old === null || old === undefined) return false;
  value.ob_refcnt++;
  MAINTAIN_TRACKING(mp, key, value);
  if (old !== value) {
    k.ev[ix] = value;
    mp.ma_version_tag = ++dictVersion;
  }
  Py_DECREF(old); // may re-enter
  return true;
}

/**
 * The entry index holding the exact str `key` itself (identity) in an all-str table, or -1: a
 * hint for _PyDict_ReplaceAtIndex. Runs no Python code.
 */
export function _PyDict_StrEntryIndex(mp: PyDict, key: PyStr): number {
  const dk = mp.ma_keys;
  if (!dk.unicode || dk === Py_EMPTY_KEYS) return -1;
  const ix = unicodekeys_lookup_unicode(dk, key);
  return ix >= 0 && dk.ek[ix] === key ? ix : -1;
}

/**
 * The entry index of an exact str or int `key` (identical or equal by value), -1 if absent, -2
 * if deciding would need a key's `__eq__` (another type of key with the same hash). Runs no
 * Python code (for the trace recorder, which must not).
 */
export function _PyDict_EntryIndexNoCall(mp: PyDict, key: PyObject): number {
  const dk = mp.ma_keys;
  if (dk === Py_EMPTY_KEYS || mp.ma_split !== null) return -2;
  intType();
  const kt = key.ob_type;
  if (kt !== PyStr_Type && kt !== PyInt_TypeRef) return -2;
  const hash = keyHash(key);
  const mask = dk.mask;
  const indices = dk.indices;
  splitHash(key, hash);
  let plo = HASH_HALVES[HALF_LO]!;
  let phi = HASH_HALVES[HALF_HI]!;
  let i = plo & mask;
  for (;;) {
    const ix = indices[i]!;
    if (ix >= 0) {
      const k = dk.ek[ix]!;
      if (k === key) return ix;
      if (dk.eh[ix] === hash) {
        if (k.ob_type !== kt) return -2;
        if ((k as PyStr | PyInt).value === (key as PyStr | PyInt).value) return ix;
      }
    } else if (ix === DKIX_EMPTY) return -1;
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
  }
}

/** d[s] = value for a JS string key (interned, as CPython's PyDict_SetItemString). */
export function PyDict_SetItemString(mp: PyDict, s: string, value: PyObject): void {
  const k = PyStr_InternFromString(s);
  try {
    PyDict_SetItem(mp, k, value);
  } finally {
    Py_DECREF(k);
  }
}

function delitem_common(mp: PyDict, hash: Hash, ix: number, oldValue: PyObject): void {
  const k = mp.ma_keys;
  unshareKeys(k);
  const hashpos = lookdict_index(k, k.ek[ix]!, hash, ix);
  mp.ma_used--;
  mp.ma_version_tag = ++dictVersion;
  k.indices[hashpos] = DKIX_DUMMY;
  const oldKey = k.ek[ix]!;
  k.ek[ix] = null;
  k.ev[ix] = null;
  Py_DECREF(oldKey);
  Py_DECREF(oldValue);
}

/** del d[key]: KeyError(key) when missing. */
export function PyDict_DelItem(mp: PyDict, key: PyObject): void {
  _PyDict_DelItem_KnownHash(mp, key, keyHash(key));
}

export function _PyDict_DelItem_KnownHash(mp: PyDict, key: PyObject, hash: Hash): void {
  const ix = _Py_dict_lookup(mp, key, hash);
  if (ix === DKIX_EMPTY) _PyErr_SetKeyError(key);
  delitem_common(mp, hash, ix, mp.ma_keys.ev[ix]!);
}

export function PyDict_DelItemString(mp: PyDict, s: string): void {
  const k = PyStr_FromString(s);
  try {
    PyDict_DelItem(mp, k);
  } finally {
    Py_DECREF(k);
  }
}

/** Raises KeyError with `key` as its single argument (a tuple key stays one argument). */
export function _PyErr_SetKeyError(key: PyObject): never {
  Py_INCREF(key);
  throw PyErr_WithArgs(PyExc_KeyError, PyTuple_New([key]));
}

/** dict.clear() (CPython's PyDict_Clear): the dict is emptied first, then entries released in order. */
export function PyDict_Clear(mp: PyDict): void {
  const oldkeys = mp.ma_keys;
  const split = mp.ma_split;
  const valuesAddr = mp.ma_values_addr;
  const valuesSize = mp.ma_values_size;
  mp.ma_split = null;
  mp.ma_values_addr = 0;
  mp.ma_values_size = 0;
  if (oldkeys !== Py_EMPTY_KEYS) {
    mp.ma_keys = Py_EMPTY_KEYS;
    mp.ma_used = 0;
    mp.ma_version_tag = ++dictVersion;
    if (split !== null) free_split_entries(oldkeys, split);
    else free_keys_object(oldkeys);
  }
  // a split dict's values block goes after its values (free_values)
  if (split !== null) PyMem_Free(valuesAddr, valuesSize);
}

// ---------------------------------------------------------------------------------------------
// split tables: instance attributes sharing their class's keys (CPython 3.11)

/** SHARED_KEYS_MAX_SIZE: a class's shared keys hold at most this many names. */
export const SHARED_KEYS_MAX_SIZE = 30;
/** _PyDict_KeysSize of the class's keys object (2**NEXT_LOG2_SHARED_KEYS_MAX_SIZE slots, all str). */
export const SHARED_KEYS_BLOCK_SIZE = 768;

/** shared_keys_usable_size: the values slots an instance created now gets (dk_nentries + dk_usable). */
export function sharedKeysUsableSize(t: PyType): number {
  return t.ht_cached_keys!.length + t.ht_keys_usable;
}

/** Would the class's shared keys take this attribute name (already there, or room left)? */
export function sharedKeysCanTake(t: PyType, key: PyObject): boolean {
  if (key.ob_type !== PyStr_Type) return false;
  return t.ht_keys_usable > 0 || t.ht_cached_keys!.indexOf((key as PyStr).value) >= 0;
}

/**
 * insert_into_dictkeys: a name joins its class's shared keys (no-op when already there). False
 * when the keys cannot take it (not an exact str, or no room left).
 */
export function sharedKeysAdd(t: PyType, key: PyStr): boolean {
  if (key.ob_type !== PyStr_Type) return false;
  const names = t.ht_cached_keys!;
  if (names.indexOf(key.value) >= 0) return true;
  if (t.ht_keys_usable <= 0) return false;
  names.push(key.value);
  t.ht_keys_usable--;
  return true;
}

/** new_values: the raw block of an instance's values array (an insertion-order prefix, then the slots). */
function new_values(mp: PyDict, size: number): void {
  const bytes = (((size + 2 + 7) >> 3) << 3) + size * 8;
  mp.ma_values_addr = PyMem_Malloc(bytes);
  mp.ma_values_size = bytes;
}

/**
 * A split dict's values as CPython's values array holds them: in the shared keys' order (what
 * its traverse visits and how its values are released), not in insertion order.
 */
export function splitValuesInKeyOrder(mp: PyDict): PyObject[] {
  const out: PyObject[] = [];
  forEachSplitValueInKeyOrder(mp.ma_split!, mp.ma_keys, (v) => {
    out.push(v);
  });
  return out;
}

/**
 * Whether the live entries of a split table were inserted in the shared keys' order (the usual
 * case: every instance sets its attributes in the same order), so that entry order is key order.
 */
function entriesInKeyOrder(names: string[], k: DictKeys): boolean {
  // One merged walk over entries and names: the names an instance has are a subsequence of its
  // class's names exactly when they are in key order. The strings are nearly always the very
  // ones the names were taken from, so the comparisons are pointer checks.
  let j = 0;
  const m = names.length;
  const ek = k.ek;
  for (let i = 0; i < k.nentries; i++) {
    const key = ek[i];
    if (!key) continue;
    const name = (key as PyStr).value;
    while (j < m && names[j] !== name) j++;
    if (j === m) return false;
    j++;
  }
  return true;
}

/**
 * Calls fn(value) for a split table's values in the shared keys' order. The order is decided
 * before the first call; `k` must not change during the walk except by the caller's own
 * releases of a detached table.
 */
export function forEachSplitValueInKeyOrder(t: PyType, k: DictKeys, fn: (v: PyObject) => void): void {
  const names = t.ht_cached_keys!;
  const n = k.nentries;
  if ((k.orderedAt === n && k.orderedFor === t) || entriesInKeyOrder(names, k)) {
    k.orderedAt = n;
    k.orderedFor = t;
    const ev = k.ev;
    for (let i = 0; i < n; i++) {
      const v = ev[i];
      if (v) fn(v);
    }
    return;
  }
  const slots: { pos: number; v: PyObject }[] = [];
  for (let i = 0; i < n; i++) {
    const v = k.ev[i];
    if (!v) continue;
    slots.push({ pos: names.indexOf((k.ek[i] as PyStr).value), v });
  }
  slots.sort((a, b) => a.pos - b.pos);
  for (const s of slots) fn(s.v);
}

/** Releases a split dict's old entries: the values in key order, then the (shared) names. */
function free_split_entries(k: DictKeys, t: PyType): void {
  // `k` is detached from its dict: releasing a value (which may run __del__) cannot change it.
  forEachSplitValueInKeyOrder(t, k, Py_DECREF);
  const ek = k.ek;
  for (let i = 0; i < k.nentries; i++) {
    const name = ek[i];
    if (name) Py_DECREF(name);
  }
  free_keys_block(k);
}

/** The dict stops sharing keys: its values block is freed (dictresize from a split table). */
function unsplit(mp: PyDict): void {
  mp.ma_split = null;
  PyMem_Free(mp.ma_values_addr, mp.ma_values_size);
  mp.ma_values_addr = 0;
  mp.ma_values_size = 0;
}

/**
 * An instance's inline values (init_inline_values): the values block is allocated now; the dict
 * that stores them here is no object of the heap yet (no block, never tracked, not counted)
 * until `_PyDict_MaterializeInline` makes it the instance's `__dict__`.
 */
export function _PyDict_NewInlineValues(t: PyType): PyDict {
  const d = new PyDict(PyDict_Type);
  d.ma_version_tag = ++dictVersion;
  d.ma_split = t;
  new_values(d, sharedKeysUsableSize(t));
  return d;
}

/** make_dict_from_instance_attributes: the inline values' dict becomes an object (new_dict). */
export function _PyDict_MaterializeInline(d: PyDict): void {
  if (!reuseFromFreeList(freeLists().dicts, d, 64)) gcAlloc(d, 64);
}

/** new_dict_with_shared_keys: a real dict object sharing its class's keys. */
export function _PyDict_NewWithSharedKeys(t: PyType): PyDict {
  const d = allocDict(PyDict_Type, true);
  d.ma_split = t;
  new_values(d, sharedKeysUsableSize(t));
  return d;
}

/** Releases a keys object's entries in order (key, then value) and its block. */
function free_keys_object(k: DictKeys): void {
  const ek = k.ek;
  const ev = k.ev;
  const n = k.nentries;
  for (let i = 0; i < n; i++) {
    const key = ek[i];
    const value = ev[i];
    if (key) Py_DECREF(key);
    if (value) Py_DECREF(value);
  }
  free_keys_block(k);
}

// ---------------------------------------------------------------------------------------------
// lookups (C API)

/**
 * d[key] or null — a BORROWED reference. Like CPython, errors raised while hashing or comparing
 * are swallowed (use PyDict_GetItemWithError to see them).
 */
export function PyDict_GetItem(mp: PyDict, key: PyObject): PyObject | null {
  if (key.ob_type === PyStr_Type && mp.ma_keys.unicode) {
    const ix = unicodekeys_lookup_unicode(mp.ma_keys, key as PyStr);
    return ix >= 0 ? mp.ma_keys.ev[ix]! : null;
  }
  try {
    const hash = keyHash(key);
    const ix = _Py_dict_lookup(mp, key, hash);
    return ix >= 0 ? mp.ma_keys.ev[ix]! : null;
  } catch (e) {
    if (e instanceof PyObject) {
      Py_DECREF(e as PyBaseException);
      return null;
    }
    throw e;
  }
}

/** d[key] or null (borrowed); exceptions from __hash__/__eq__ propagate. */
export function PyDict_GetItemWithError(mp: PyDict, key: PyObject): PyObject | null {
  const hash = keyHash(key);
  const ix = _Py_dict_lookup(mp, key, hash);
  return ix >= 0 ? mp.ma_keys.ev[ix]! : null;
}

export function _PyDict_GetItem_KnownHash(mp: PyDict, key: PyObject, hash: Hash): PyObject | null {
  const ix = _Py_dict_lookup(mp, key, hash);
  return ix >= 0 ? mp.ma_keys.ev[ix]! : null;
}

/** The hash a str with these characters has, computed without creating a str object. */
export function hashJSString(s: string): Hash {
  return jsStringHashEntry(s).hash;
}

/** A JS string's str hash with its unsigned 32-bit halves (what the probe loops start from). */
interface JSStringHash {
  hash: Hash;
  lo: number;
  hi: number;
}

/**
 * Hashes of the JS strings looked up by name (attribute and slot names looked up in type dicts
 * by PyDict_GetItemString), memoized for the current SipHash key: SipHash and the BigInt
 * splitting cost far more than a Map lookup. Bounded: emptied when it grows past MEMO_MAX.
 */
const jsHashMemo = new Map<string, JSStringHash>();
let jsHashMemoEpoch = -1;
const MEMO_MAX = 8192;

function jsStringHashEntry(s: string): JSStringHash {
  if (jsHashMemoEpoch !== hashSecretEpoch) {
    jsHashMemo.clear();
    jsHashMemoEpoch = hashSecretEpoch;
  }
  let e = jsHashMemo.get(s);
  if (e === undefined) {
    const hash = computeJSStringHash(s);
    splitHash(null, hash);
    e = { hash, lo: HASH_HALVES[HALF_LO]!, hi: HASH_HALVES[HALF_HI]! };
    if (jsHashMemo.size >= MEMO_MAX) jsHashMemo.clear();
    jsHashMemo.set(s, e);
  }
  return e;
}

function computeJSStringHash(s: string): Hash {
  let kind: 1 | 2 | 4 = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        kind = 4;
        break;
      }
    }
    if (c > 255) kind = 2;
  }
  return hashString(s, kind);
}

/**
 * d[s] for a JS string key, or null (borrowed) — without allocating a str: the fast path for
 * globals, builtins and type dicts. Keys are matched by str value; a non-str key with the same
 * hash is compared with a temporary str, as CPython would.
 */
export function PyDict_GetItemString(mp: PyDict, s: string): PyObject | null {
  const dk = mp.ma_keys;
  if (mp.ma_used === 0) return null;
  const he = jsStringHashEntry(s);
  const hash = he.hash;
  const mask = dk.mask;
  const indices = dk.indices;
  let plo = he.lo;
  let phi = he.hi;
  let i = plo & mask;
  for (;;) {
    const ix = indices[i]!;
    if (ix >= 0) {
      if (dk.eh[ix] === hash) {
        const k = dk.ek[ix]!;
        if (k.ob_type === PyStr_Type) {
          if ((k as PyStr).value === s) return dk.ev[ix]!;
        } else {
          const tmp = PyStr_FromString(s);
          try {
            return PyDict_GetItem(mp, tmp);
          } finally {
            Py_DECREF(tmp);
          }
        }
      }
    } else if (ix === DKIX_EMPTY) return null;
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
  }
}

/**
 * d[key] for a str key object (borrowed or null): the VM's LOAD_NAME/LOAD_GLOBAL and attribute
 * paths. Identity first, then the cached hash and characters. In a table with other keys, an
 * exception from a colliding key's __eq__ propagates, as PyDict_GetItemWithError's does.
 */
export function PyDict_GetItemStr(mp: PyDict, key: PyStr): PyObject | null {
  const dk = mp.ma_keys;
  const h0 = key.hash;
  const hash = h0 !== -1 ? h0 : str_hash(key);
  if (dk.unicode) {
    const ix = unicodekeys_lookup_unicode(dk, key);
    return ix >= 0 ? dk.ev[ix]! : null;
  }
  return _PyDict_GetItem_KnownHash(mp, key, hash);
}

/** LOAD_GLOBAL: globals[key], then builtins[key]; null when missing in both (borrowed). */
export function _PyDict_LoadGlobal(globals: PyDict, builtins: PyDict, key: PyObject): PyObject | null {
  const hash = keyHash(key);
  let ix = _Py_dict_lookup(globals, key, hash);
  if (ix >= 0) return globals.ma_keys.ev[ix]!;
  ix = _Py_dict_lookup(builtins, key, hash);
  return ix >= 0 ? builtins.ma_keys.ev[ix]! : null;
}

export function PyDict_Contains(mp: PyDict, key: PyObject): boolean {
  return _Py_dict_lookup(mp, key, keyHash(key)) >= 0;
}

export function _PyDict_Contains_KnownHash(mp: PyDict, key: PyObject, hash: Hash): boolean {
  return _Py_dict_lookup(mp, key, hash) >= 0;
}

export function PyDict_Size(mp: PyDict): number {
  return mp.ma_used;
}

// ---------------------------------------------------------------------------------------------
// iteration (C API)

/**
 * The index of the first live entry at or after `pos`, or -1 (CPython's PyDict_Next without the
 * out-parameters): `for (let i = PyDict_NextIndex(d, 0); i >= 0; i = PyDict_NextIndex(d, i + 1))`
 * then `dictKeyAt(d, i)` / `dictValueAt(d, i)` (borrowed). Don't insert or delete while walking.
 */
export function PyDict_NextIndex(mp: PyDict, pos: number): number {
  const k = mp.ma_keys;
  const n = k.nentries;
  const ev = k.ev;
  while (pos < n && ev[pos] === null) pos++;
  return pos < n ? pos : -1;
}

export function dictKeyAt(mp: PyDict, i: number): PyObject {
  return mp.ma_keys.ek[i]!;
}

export function dictValueAt(mp: PyDict, i: number): PyObject {
  return mp.ma_keys.ev[i]!;
}

export function dictHashAt(mp: PyDict, i: number): Hash {
  return mp.ma_keys.eh[i]!;
}

/** PyDict_Next in JS form: [key, value] pairs (borrowed), a snapshot safe against mutation. */
export function dictItems(mp: PyDict): [PyObject, PyObject][] {
  const out: [PyObject, PyObject][] = [];
  const k = mp.ma_keys;
  for (let i = 0; i < k.nentries; i++) {
    const v = k.ev[i];
    if (v) out.push([k.ek[i]!, v]);
  }
  return out;
}

/** The live entries in order as one array, key then value (borrowed references). */
export function dictItemsFlat(mp: PyDict): PyObject[] {
  const k = mp.ma_keys;
  const out: PyObject[] = new Array(mp.ma_used * 2);
  let o = 0;
  for (let i = 0; i < k.nentries; i++) {
    const v = k.ev[i];
    if (v) {
      out[o++] = k.ek[i]!;
      out[o++] = v;
    }
  }
  out.length = o;
  return out;
}

/** Live (key, value, hash) entries, in order — borrowed references. */
function liveEntries(mp: PyDict): { keys: PyObject[]; values: PyObject[]; hashes: Hash[] } {
  const k = mp.ma_keys;
  const keys: PyObject[] = [];
  const values: PyObject[] = [];
  const hashes: Hash[] = [];
  for (let i = 0; i < k.nentries; i++) {
    const v = k.ev[i];
    if (v) {
      keys.push(k.ek[i]!);
      values.push(v);
      hashes.push(k.eh[i]!);
    }
  }
  return { keys, values, hashes };
}

/** list(d) (CPython's PyDict_Keys). */
export function PyDict_Keys(mp: PyDict): PyList {
  const items: PyObject[] = [];
  const k = mp.ma_keys;
  for (let i = 0; i < k.nentries; i++) {
    if (k.ev[i]) {
      const key = k.ek[i]!;
      key.ob_refcnt++;
      items.push(key);
    }
  }
  return PyList_New(items);
}

export function PyDict_Values(mp: PyDict): PyList {
  const items: PyObject[] = [];
  const k = mp.ma_keys;
  for (let i = 0; i < k.nentries; i++) {
    const v = k.ev[i];
    if (v) {
      v.ob_refcnt++;
      items.push(v);
    }
  }
  return PyList_New(items);
}

export function PyDict_Items(mp: PyDict): PyList {
  const items: PyObject[] = [];
  const k = mp.ma_keys;
  for (let i = 0; i < k.nentries; i++) {
    const v = k.ev[i];
    if (v) items.push(PyTuple_Pack(k.ek[i]!, v));
  }
  return PyList_New(items);
}

// ---------------------------------------------------------------------------------------------
// copy, merge, update

/** clone_combined_dict_keys: an identical keys object, keys and values INCREF'd. */
function clone_combined_dict_keys(orig: PyDict): DictKeys {
  const ok = orig.ma_keys;
  // PyObject_Malloc and a copy: never a keys object of the free list
  const k = new DictKeys(ok.log2Size, ok.unicode, false);
  k.blockSize = keysSize(ok.log2Size, ok.unicode);
  k.addr = PyMem_Malloc(k.blockSize);
  for (let i = 0; i < ok.indices.length; i++) k.indices[i] = ok.indices[i]!;
  k.ek = ok.ek.slice(0, ok.nentries);
  k.ev = ok.ev.slice(0, ok.nentries);
  k.eh = ok.eh.slice(0, ok.nentries);
  k.usable = ok.usable;
  k.nentries = ok.nentries;
  for (let i = 0; i < k.nentries; i++) {
    const v = k.ev[i];
    if (v) {
      v.ob_refcnt++;
      k.ek[i]!.ob_refcnt++;
    }
  }
  return k;
}

function usesDictIter(o: PyObject): boolean {
  return o.ob_type.tp_iter === dict_iter;
}

/** d.copy() (CPython's PyDict_Copy, with its clone fast path). */
export function PyDict_Copy(mp: PyDict): PyDict {
  if (mp.ma_used === 0) return PyDict_New();
  if (mp.ma_split !== null) return split_copy(mp);
  if (usesDictIter(mp) && mp.ma_used >= Math.floor((mp.ma_keys.nentries * 2) / 3)) {
    const keys = clone_combined_dict_keys(mp);
    const d = new_dict_with_keys(keys, mp.ma_used);
    if (_PyObject_GC_IS_TRACKED(mp)) PyObject_GC_Track(d);
    return d;
  }
  const copy = PyDict_New();
  try {
    dict_merge(copy, mp, 1);
  } catch (e) {
    Py_DECREF(copy);
    throw e;
  }
  return copy;
}

/** PyDict_Copy of a split dict: a new values array (then the object) sharing the same keys. */
function split_copy(mp: PyDict): PyDict {
  const d = new PyDict(PyDict_Type);
  new_values(d, sharedKeysUsableSize(mp.ma_split!));
  gcAlloc(d, 64);
  d.ma_version_tag = ++dictVersion;
  d.ma_split = mp.ma_split;
  const k = mp.ma_keys;
  const n = k.nentries;
  const ek = k.ek.slice(0, n);
  const ev = k.ev.slice(0, n);
  const eh = k.eh.slice(0, n);
  for (let i = 0; i < n; i++) {
    const v = ev[i];
    if (!v) continue;
    const key = ek[i]!;
    key.ob_refcnt++;
    v.ob_refcnt++;
    insertdict(d, key, eh[i]!, v);
  }
  if (!_PyObject_GC_IS_TRACKED(mp) && _PyObject_GC_IS_TRACKED(d)) PyObject_GC_UnTrack(d);
  else if (_PyObject_GC_IS_TRACKED(mp) && !_PyObject_GC_IS_TRACKED(d)) PyObject_GC_Track(d);
  return d;
}

/** a.update(b) for a mapping b. */
export function PyDict_Update(a: PyDict, b: PyObject): void {
  dict_merge(a, b, 1);
}

/** PyDict_Merge: like update, but keeps existing keys unless `override`. */
export function PyDict_Merge(a: PyDict, b: PyObject, override: boolean): void {
  dict_merge(a, b, override ? 1 : 0);
}

/** _PyDict_MergeEx: override 2 raises KeyError on duplicates (used for f(**a, **b)). */
export function _PyDict_MergeEx(a: PyDict, b: PyObject, override: 0 | 1 | 2): void {
  dict_merge(a, b, override);
}

function dict_merge(mp: PyDict, b: PyObject, override: number): void {
  if (PyDict_Check(b) && usesDictIter(b)) {
    const other = b;
    if (other === mp || other.ma_used === 0) return;
    if (mp.ma_used === 0) {
      override = 1;
      const okeys = other.ma_keys;
      if (
        other.ma_split === null &&
        other.ma_used === okeys.nentries &&
        (okeys.log2Size === PyDict_LOG_MINSIZE || USABLE_FRACTION(pow2(okeys.log2Size) / 2) < other.ma_used)
      ) {
        const keys = clone_combined_dict_keys(other);
        if (mp.ma_split !== null) unsplit(mp);
        const old = mp.ma_keys;
        mp.ma_keys = keys;
        free_keys_block(old);
        mp.ma_used = other.ma_used;
        mp.ma_version_tag = ++dictVersion;
        if (_PyObject_GC_IS_TRACKED(other) && !_PyObject_GC_IS_TRACKED(mp)) PyObject_GC_Track(mp);
        return;
      }
    }
    // (a split table's size is its class's keys': 2**6 slots)
    if (USABLE_FRACTION(mp.ma_split !== null ? 64 : pow2(mp.ma_keys.log2Size)) < other.ma_used) {
      if (mp.ma_split !== null) unsplit(mp);
      dictresize(mp, estimate_log2_keysize(mp.ma_used + other.ma_used), other.ma_keys.unicode);
    }
    const origSize = other.ma_keys.nentries;
    for (let pos = 0; ; pos++) {
      const ok = other.ma_keys;
      if (pos >= ok.nentries) break;
      const value = ok.ev[pos];
      if (!value) continue;
      const key = ok.ek[pos]!;
      const hash = ok.eh[pos]!;
      key.ob_refcnt++;
      value.ob_refcnt++;
      try {
        if (override === 1) {
          key.ob_refcnt++;
          value.ob_refcnt++;
          insertdict(mp, key, hash, value);
        } else if (!_PyDict_Contains_KnownHash(mp, key, hash)) {
          key.ob_refcnt++;
          value.ob_refcnt++;
          insertdict(mp, key, hash, value);
        } else if (override !== 0) {
          _PyErr_SetKeyError(key);
        }
      } finally {
        Py_DECREF(value);
        Py_DECREF(key);
      }
      if (origSize !== other.ma_keys.nentries) raise(PyExc_RuntimeError, "dict mutated during update");
    }
    return;
  }
  // The generic way: keys() then b[key].
  const keys = PyMapping_Keys(b);
  const it = PyObject_GetIter(keys);
  Py_DECREF(keys);
  try {
    for (;;) {
      const key = PyIter_Next(it);
      if (key === null) break;
      try {
        if (override !== 1 && PyDict_Contains(mp, key)) {
          if (override === 0) continue;
          _PyErr_SetKeyError(key);
        }
        const value = PyObject_GetItem(b, key);
        try {
          PyDict_SetItem(mp, key, value);
        } finally {
          Py_DECREF(value);
        }
      } finally {
        Py_DECREF(key);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

/** PyMapping_Keys: list(o.keys()) (a list of d's keys for an exact dict). */
export function PyMapping_Keys(o: PyObject): PyObject {
  if (o.ob_type === PyDict_Type) return PyDict_Keys(o as PyDict);
  const out = PyObject_CallMethod(o, "keys", []);
  if (out.ob_type === PyList.prototype.ob_type) return out;
  try {
    if (out instanceof PyList) {
      Py_INCREF(out);
      return out;
    }
    let items: PyObject[];
    try {
      items = iterateToArray(out);
    } catch (e) {
      if (exceptionMatches(e, PyExc_TypeError)) {
        Py_DECREF(e as PyBaseException);
        raise(
          PyExc_TypeError,
          `${o.ob_type.tp_name}.keys() returned a non-iterable (type ${out.ob_type.tp_name})`,
        );
      }
      throw e;
    }
    return PyList_New(items);
  } finally {
    Py_DECREF(out);
  }
}

/** dict.update(iterable of pairs): CPython's PyDict_MergeFromSeq2. */
export function PyDict_MergeFromSeq2(d: PyDict, seq2: PyObject, override: boolean): void {
  const it = PyObject_GetIter(seq2);
  try {
    for (let i = 0; ; ++i) {
      const item = PyIter_Next(it);
      if (item === null) break;
      let fast: PyObject;
      try {
        try {
          fast = PySequence_Fast(item, "");
        } catch (e) {
          if (exceptionMatches(e, PyExc_TypeError)) {
            Py_DECREF(e as PyBaseException);
            raise(PyExc_TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
          }
          throw e;
        }
        try {
          const items = (fast as PyList | PyTuple).items;
          const n = items.length;
          if (n !== 2) {
            raise(
              PyExc_ValueError,
              `dictionary update sequence element #${i} has length ${n}; 2 is required`,
            );
          }
          const key = items[0]!;
          const value = items[1]!;
          key.ob_refcnt++;
          value.ob_refcnt++;
          try {
            if (override) PyDict_SetItem(d, key, value);
            else PyDict_SetDefault(d, key, value);
          } finally {
            Py_DECREF(key);
            Py_DECREF(value);
          }
        } finally {
          Py_DECREF(fast);
        }
      } finally {
        Py_DECREF(item);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

/** dict_update_arg: a dict, something with keys(), or an iterable of pairs. */
function dict_update_arg(self: PyDict, arg: PyObject): void {
  if (arg.ob_type === PyDict_Type) {
    dict_merge(self, arg, 1);
    return;
  }
  const func = PyObject_LookupAttrString(arg, "keys");
  if (func !== null) {
    Py_DECREF(func);
    dict_merge(self, arg, 1);
    return;
  }
  PyDict_MergeFromSeq2(self, arg, true);
}

/** d.setdefault(key, default): the value (BORROWED). */
export function PyDict_SetDefault(mp: PyDict, key: PyObject, defaultobj: PyObject): PyObject {
  const hash = keyHash(key);
  if (mp.ma_keys === Py_EMPTY_KEYS) {
    key.ob_refcnt++;
    defaultobj.ob_refcnt++;
    insert_to_emptydict(mp, key, hash, defaultobj);
    return defaultobj;
  }
  if (key.ob_type !== PyStr_Type && mp.ma_keys.unicode) insertion_resize(mp, false);
  const ix = _Py_dict_lookup(mp, key, hash);
  if (ix === DKIX_EMPTY) {
    if (mp.ma_keys.usable <= 0) insertion_resize(mp, true);
    const k = mp.ma_keys;
    unshareKeys(k);
    k.version = 0;
    const hashpos = find_empty_slot(k, key, hash);
    const n = k.nentries;
    k.indices[hashpos] = n;
    key.ob_refcnt++;
    defaultobj.ob_refcnt++;
    k.ek[n] = key;
    k.ev[n] = defaultobj;
    k.eh[n] = hash;
    MAINTAIN_TRACKING(mp, key, defaultobj);
    mp.ma_used++;
    mp.ma_version_tag = ++dictVersion;
    k.usable--;
    k.nentries = n + 1;
    return defaultobj;
  }
  return mp.ma_keys.ev[ix]!;
}

/** d.pop(key[, default]) (CPython's _PyDict_Pop): a new reference; KeyError without default. */
export function _PyDict_Pop(mp: PyDict, key: PyObject, deflt: PyObject | null): PyObject {
  if (mp.ma_used === 0) {
    if (deflt !== null) {
      Py_INCREF(deflt);
      return deflt;
    }
    _PyErr_SetKeyError(key);
  }
  return _PyDict_Pop_KnownHash(mp, key, keyHash(key), deflt);
}

/** _PyDict_Pop with the key's hash already known (a cache keeping each key's hash, as
 * lru_cache's links do), so the key's __hash__ is not called again. */
export function _PyDict_Pop_KnownHash(
  mp: PyDict,
  key: PyObject,
  hash: Hash,
  deflt: PyObject | null,
): PyObject {
  if (mp.ma_used === 0) {
    if (deflt !== null) {
      Py_INCREF(deflt);
      return deflt;
    }
    _PyErr_SetKeyError(key);
  }
  const ix = _Py_dict_lookup(mp, key, hash);
  if (ix === DKIX_EMPTY) {
    if (deflt !== null) {
      Py_INCREF(deflt);
      return deflt;
    }
    _PyErr_SetKeyError(key);
  }
  const old = mp.ma_keys.ev[ix]!;
  old.ob_refcnt++;
  delitem_common(mp, hash, ix, old);
  return old;
}

/** dict.fromkeys(iterable, value) for any class (CPython's _PyDict_FromKeys). */
export function _PyDict_FromKeys(cls: PyObject, iterable: PyObject, value: PyObject): PyObject {
  const d = PyObject_CallNoArgs(cls);
  try {
    if (d.ob_type === PyDict_Type && (d as PyDict).ma_used === 0) {
      const mp = d as PyDict;
      if (iterable.ob_type === PyDict_Type) {
        const src = iterable as PyDict;
        dictresize(mp, estimate_log2_keysize(src.ma_used), src.ma_keys.unicode);
        const { keys, hashes } = liveEntries(src);
        for (let i = 0; i < keys.length; i++) {
          keys[i]!.ob_refcnt++;
          value.ob_refcnt++;
          insertdict(mp, keys[i]!, hashes[i]!, value);
        }
        return d;
      }
      const st = setTypes();
      if (iterable.ob_type === st.set || iterable.ob_type === st.frozenset) {
        const so = iterable as PySet;
        dictresize(mp, estimate_log2_keysize(so.used), false);
        for (let pos = PySet_NextEntry(so, 0); pos >= 0; pos = PySet_NextEntry(so, pos + 1)) {
          const key = so.keys[pos]!;
          key.ob_refcnt++;
          value.ob_refcnt++;
          insertdict(mp, key, so.hashes[pos]!, value);
        }
        return d;
      }
    }
    const it = PyObject_GetIter(iterable);
    try {
      const exact = d.ob_type === PyDict_Type;
      for (;;) {
        const key = PyIter_Next(it);
        if (key === null) break;
        try {
          if (exact) PyDict_SetItem(d as PyDict, key, value);
          else PyObject_SetItem(d, key, value);
        } finally {
          Py_DECREF(key);
        }
      }
    } finally {
      Py_DECREF(it);
    }
    return d;
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
}

/**
 * _PyDict_MaybeUntrack: called by the collector; untracks an exact dict none of whose keys or
 * values could take part in a cycle.
 */
export function _PyDict_MaybeUntrack(op: PyObject): void {
  if (op.ob_type !== PyDict_Type || !_PyObject_GC_IS_TRACKED(op)) return;
  const k = (op as PyDict).ma_keys;
  for (let i = 0; i < k.nentries; i++) {
    const v = k.ev[i];
    if (!v) continue;
    if (_PyObject_GC_MAY_BE_TRACKED(v)) return;
    if (!k.unicode && _PyObject_GC_MAY_BE_TRACKED(k.ek[i]!)) return;
  }
  PyObject_GC_UnTrack(op);
}

// ---------------------------------------------------------------------------------------------
// slots

function dict_dealloc(o: PyObject): void {
  const mp = o as PyDict;
  PyObject_GC_UnTrack(mp);
  const useTrash = mp.ob_type.tp_dealloc === dict_dealloc;
  if (useTrash && _PyTrash_begin(mp)) return;
  const keys = mp.ma_keys;
  mp.ma_keys = Py_EMPTY_KEYS;
  mp.ma_used = 0;
  const split = mp.ma_split;
  if (split !== null) {
    // free_values after the values themselves are released
    const addr = mp.ma_values_addr;
    const size = mp.ma_values_size;
    mp.ma_split = null;
    mp.ma_values_addr = 0;
    free_split_entries(keys, split);
    PyMem_Free(addr, size);
  } else if (keys !== Py_EMPTY_KEYS) free_keys_object(keys);
  if (!(mp.ob_type === PyDict_Type && parkInFreeList(freeLists().dicts, mp))) gcFree(mp);
  if (useTrash) _PyTrash_end();
}

function dict_repr(o: PyObject): PyObject {
  const mp = o as PyDict;
  if (Py_ReprEnter(mp)) return PyStr_FromString("{...}");
  if (mp.ma_used === 0) {
    Py_ReprLeave(mp);
    return PyStr_FromString("{}");
  }
  // the blocks of CPython's _PyUnicodeWriter, for tracemalloc's peak
  const writer = new UnicodeWriterModel(1 + 4 + (2 + 4) * (mp.ma_used - 1) + 1);
  let s = "{";
  try {
    writer.writeASCII(1);
    let first = true;
    for (let i = 0; i < mp.ma_keys.nentries; i++) {
      const k = mp.ma_keys;
      const value = k.ev[i];
      if (!value) continue;
      const key = k.ek[i]!;
      key.ob_refcnt++;
      value.ob_refcnt++;
      try {
        if (!first) {
          s += ", ";
          writer.writeASCII(2);
        }
        first = false;
        const kr = reprWritten(writer, key);
        writer.writeASCII(2);
        const vr = reprWritten(writer, value);
        s += `${kr}: ${vr}`;
      } finally {
        Py_DECREF(key);
        Py_DECREF(value);
      }
    }
    writer.overallocate = false;
    writer.writeASCII(1);
  } finally {
    Py_ReprLeave(mp);
    writer.release();
  }
  return PyStr_FromString(s + "}");
}

function dict_length(o: PyObject): number {
  return (o as PyDict).ma_used;
}

function dict_subscript(o: PyObject, key: PyObject): PyObject {
  const mp = o as PyDict;
  const hash = keyHash(key);
  const ix = _Py_dict_lookup(mp, key, hash);
  if (ix < 0) {
    if (mp.ob_type !== PyDict_Type) {
      const missing = lookupSpecial(mp, "__missing__");
      if (missing !== null) {
        try {
          return PyObject_CallOneArg(missing, key);
        } finally {
          Py_DECREF(missing);
        }
      }
    }
    _PyErr_SetKeyError(key);
  }
  const v = mp.ma_keys.ev[ix]!;
  v.ob_refcnt++;
  return v;
}

function dict_ass_sub(o: PyObject, key: PyObject, value: PyObject | null): void {
  if (value === null) PyDict_DelItem(o as PyDict, key);
  else PyDict_SetItem(o as PyDict, key, value);
}

function dict_contains(o: PyObject, key: PyObject): boolean {
  return PyDict_Contains(o as PyDict, key);
}

/** dict_equal: same length and every key of a maps to an equal value in b. */
function dict_equal(a: PyDict, b: PyDict): boolean {
  if (a.ma_used !== b.ma_used) return false;
  for (let i = 0; i < a.ma_keys.nentries; i++) {
    const ak = a.ma_keys;
    const aval = ak.ev[i];
    if (!aval) continue;
    const key = ak.ek[i]!;
    const hash = ak.eh[i]!;
    aval.ob_refcnt++;
    key.ob_refcnt++;
    try {
      const ix = _Py_dict_lookup(b, key, hash);
      if (ix < 0) return false;
      const bval = b.ma_keys.ev[ix]!;
      bval.ob_refcnt++;
      try {
        if (!PyObject_RichCompareBool(aval, bval, CmpOp.EQ)) return false;
      } finally {
        Py_DECREF(bval);
      }
    } finally {
      Py_DECREF(key);
      Py_DECREF(aval);
    }
  }
  return true;
}

function dict_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!PyDict_Check(v) || !PyDict_Check(w) || (op !== CmpOp.EQ && op !== CmpOp.NE)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const eq = dict_equal(v, w);
  return PyBool_FromBool(eq === (op === CmpOp.EQ));
}

function dict_traverse(o: PyObject, visit: VisitProc): void {
  if ((o as PyDict).ma_split !== null) {
    forEachSplitValueInKeyOrder((o as PyDict).ma_split!, (o as PyDict).ma_keys, visit);
    return;
  }
  const k = (o as PyDict).ma_keys;
  for (let i = 0; i < k.nentries; i++) {
    const v = k.ev[i];
    if (!v) continue;
    visit(v);
    if (!k.unicode) visit(k.ek[i]!);
  }
}

function dict_tp_clear(o: PyObject): void {
  PyDict_Clear(o as PyDict);
}

function dict_new(typeObj: PyObject, _args: PyObject[], _kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  const d = allocDict(type);
  if (type !== PyDict_Type) PyObject_GC_Track(d);
  return d;
}

function dict_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  dict_update_common(self as PyDict, args, kwnames, "dict");
}

/**
 * dict.__init__ and dict.update (METH_VARARGS | METH_KEYWORDS): the keyword arguments come as a
 * dict of their own, merged in with PyDict_Merge (which clones its keys into an empty dict).
 */
function dict_update_common(self: PyDict, args: PyObject[], kwnames: string[] | null, name: string): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 1) raise(PyExc_TypeError, `${name} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dict_update_arg(self, args[0]!);
  if (nkw === 0) return;
  const kwargs = takeCallKeywords(args, kwnames!);
  try {
    dict_merge(self, kwargs, 1);
  } finally {
    Py_DECREF(kwargs);
  }
}

function dict_or(self: PyObject, other: PyObject): PyObject {
  if (!PyDict_Check(self) || !PyDict_Check(other)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const n = PyDict_Copy(self);
  try {
    dict_update_arg(n, other);
  } catch (e) {
    Py_DECREF(n);
    throw e;
  }
  return n;
}

function dict_ior(self: PyObject, other: PyObject): PyObject {
  dict_update_arg(self as PyDict, other);
  Py_INCREF(self);
  return self;
}

function dict_iter(o: PyObject): PyObject {
  return dictiter_new(o as PyDict, PyDictIterKey_Type);
}

PyDict_Type.tp_dealloc = dict_dealloc;
PyDict_Type.tp_repr = dict_repr;
PyDict_Type.tp_hash = PyObject_HashNotImplemented;
PyDict_Type.tp_richcompare = dict_richcompare;
PyDict_Type.tp_iter = dict_iter;
PyDict_Type.tp_traverse = dict_traverse;
PyDict_Type.tp_clear = dict_tp_clear;
PyDict_Type.tp_new = dict_new;
PyDict_Type.tp_init = dict_init;
PyDict_Type.sq_contains = dict_contains;
PyDict_Type.mp_length = dict_length;
PyDict_Type.mp_subscript = dict_subscript;
PyDict_Type.mp_ass_subscript = dict_ass_sub;
PyDict_Type.nb_or = dict_or;
PyDict_Type.nb_inplace_or = dict_ior;

// ---------------------------------------------------------------------------------------------
// methods

function none(): PyObject {
  Py_INCREF(Py_None);
  return Py_None;
}

defineMethods(PyDict_Type, {
  __contains__: {
    impl: (self, args, kwnames) =>
      PyBool_FromBool(PyDict_Contains(self as PyDict, oneArg("dict.__contains__", args, kwnames))),
    doc: "True if the dictionary has the specified key, else False.",
  },
  __getitem__: {
    impl: (self, args, kwnames) => dict_subscript(self!, oneArg("dict.__getitem__", args, kwnames)),
    doc: "x.__getitem__(y) <==> x[y]",
  },
  __sizeof__: {
    impl: (self, args, kwnames) => {
      noArgs("dict.__sizeof__", args, kwnames);
      return PyInt_FromNumber(dict_sizeof(self as PyDict));
    },
    doc: "D.__sizeof__() -> size of D in memory, in bytes",
  },
  get: {
    impl: (self, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0)
        raise(PyExc_TypeError, "dict.get() takes no keyword arguments");
      positional("get", args, null, 1, 2);
      const mp = self as PyDict;
      const key = args[0]!;
      const ix = _Py_dict_lookup(mp, key, keyHash(key));
      const v = ix >= 0 ? mp.ma_keys.ev[ix]! : args.length > 1 ? args[1]! : Py_None;
      v.ob_refcnt++;
      return v;
    },
    doc: "Return the value for key if key is in the dictionary, else default.",
  },
  setdefault: {
    impl: (self, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) {
        raise(PyExc_TypeError, "dict.setdefault() takes no keyword arguments");
      }
      positional("setdefault", args, null, 1, 2);
      const v = PyDict_SetDefault(self as PyDict, args[0]!, args.length > 1 ? args[1]! : Py_None);
      v.ob_refcnt++;
      return v;
    },
    doc: "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default.",
  },
  pop: {
    impl: (self, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0)
        raise(PyExc_TypeError, "dict.pop() takes no keyword arguments");
      positional("pop", args, null, 1, 2);
      return _PyDict_Pop(self as PyDict, args[0]!, args.length > 1 ? args[1]! : null);
    },
    doc: "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError.",
  },
  popitem: {
    impl: (self, args, kwnames) => {
      noArgs("dict.popitem", args, kwnames);
      return dict_popitem(self as PyDict);
    },
    doc: "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty.",
  },
  keys: {
    impl: (self, args, kwnames) => {
      noArgs("dict.keys", args, kwnames);
      return PyDictKeys_New(self as PyDict);
    },
    doc: "D.keys() -> a set-like object providing a view on D's keys",
  },
  items: {
    impl: (self, args, kwnames) => {
      noArgs("dict.items", args, kwnames);
      return PyDictItems_New(self as PyDict);
    },
    doc: "D.items() -> a set-like object providing a view on D's items",
  },
  values: {
    impl: (self, args, kwnames) => {
      noArgs("dict.values", args, kwnames);
      return PyDictValues_New(self as PyDict);
    },
    doc: "D.values() -> an object providing a view on D's values",
  },
  update: {
    impl: (self, args, kwnames) => {
      dict_update_common(self as PyDict, args, kwnames, "update");
      return none();
    },
    doc: "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\nIf E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\nIf E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\nIn either case, this is followed by: for k in F:  D[k] = F[k]",
  },
  fromkeys: {
    impl: (cls, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) {
        raise(PyExc_TypeError, "dict.fromkeys() takes no keyword arguments");
      }
      positional("fromkeys", args, null, 1, 2);
      return _PyDict_FromKeys(cls!, args[0]!, args.length > 1 ? args[1]! : Py_None);
    },
    kind: "class",
    doc: "Create a new dictionary with keys from iterable and values set to value.",
  },
  clear: {
    impl: (self, args, kwnames) => {
      noArgs("dict.clear", args, kwnames);
      PyDict_Clear(self as PyDict);
      return none();
    },
    doc: "D.clear() -> None.  Remove all items from D.",
  },
  copy: {
    impl: (self, args, kwnames) => {
      noArgs("dict.copy", args, kwnames);
      return PyDict_Copy(self as PyDict);
    },
    doc: "D.copy() -> a shallow copy of D",
  },
  __reversed__: {
    impl: (self, args, kwnames) => {
      noArgs("dict.__reversed__", args, kwnames);
      return dictiter_new(self as PyDict, PyDictRevIterKey_Type);
    },
    doc: "Return a reverse iterator over the dict keys.",
  },
  __class_getitem__: { impl: Py_GenericAlias, kind: "class", doc: "See PEP 585" },
});

function dict_popitem(mp: PyDict): PyObject {
  // CPython allocates the result tuple before checking the size.
  const res = PyTuple_New([Py_None, Py_None]);
  Py_INCREF(Py_None);
  Py_INCREF(Py_None);
  if (mp.ma_used === 0) {
    Py_DECREF(res);
    raise(PyExc_KeyError, "popitem(): dictionary is empty");
  }
  if (mp.ma_split !== null) {
    // a split table becomes a combined one of the shared keys' size first
    unsplit(mp);
    dictresize(mp, 6, true);
  }
  const k = mp.ma_keys;
  unshareKeys(k);
  let i = k.nentries - 1;
  while (i >= 0 && !k.ev[i]) i--;
  const key = k.ek[i]!;
  const value = k.ev[i]!;
  const hash = k.eh[i]!;
  k.ek[i] = null;
  k.ev[i] = null;
  const j = lookdict_index(k, key, hash, i);
  k.indices[j] = DKIX_DUMMY;
  (res as PyTuple).items[0] = key;
  (res as PyTuple).items[1] = value;
  Py_DECREF(Py_None);
  Py_DECREF(Py_None);
  k.nentries = i;
  k.orderedAt = -1;
  k.ek.length = i;
  k.ev.length = i;
  k.eh.length = i;
  mp.ma_used--;
  mp.ma_version_tag = ++dictVersion;
  return res;
}

// ---------------------------------------------------------------------------------------------
// iterators

export class PyDictIter extends PyObject {
  di_dict: PyDict | null;
  di_used: number;
  di_pos: number;
  di_result: PyTuple | null = null;
  len: number;
  constructor(type: PyType, d: PyDict) {
    super(type);
    this.di_dict = d;
    this.di_used = d.ma_used;
    this.len = d.ma_used;
    this.di_pos = 0;
  }
}

/** dictiter_new: keys/values/items iterators, forward or reversed (CPython's dictiter_new). */
export function dictiter_new(d: PyDict, type: PyType): PyDictIter {
  const di = new PyDictIter(type, d);
  gcAlloc(di, 72);
  Py_INCREF(d);
  if (type === PyDictRevIterKey_Type || type === PyDictRevIterItem_Type || type === PyDictRevIterValue_Type) {
    di.di_pos = d.ma_keys.nentries - 1;
  }
  if (type === PyDictIterItem_Type || type === PyDictRevIterItem_Type) {
    di.di_result = PyTuple_Pack(Py_None, Py_None);
  }
  PyObject_GC_Track(di);
  return di;
}

function dictiter_dealloc(o: PyObject): void {
  const di = o as PyDictIter;
  PyObject_GC_UnTrack(di);
  const d = di.di_dict;
  const r = di.di_result;
  di.di_dict = null;
  di.di_result = null;
  if (d !== null) Py_DECREF(d);
  if (r !== null) Py_DECREF(r);
  gcFree(di);
}

function dictiter_traverse(o: PyObject, visit: VisitProc): void {
  const di = o as PyDictIter;
  if (di.di_dict !== null) visit(di.di_dict);
  if (di.di_result !== null) visit(di.di_result);
}

/** Advances a forward iterator: the entry index, or -1 when exhausted (dict released). */
function dictiter_advance(di: PyDictIter): number {
  const d = di.di_dict;
  if (d === null) return -1;
  if (di.di_used !== d.ma_used) {
    di.di_used = -1;
    raise(PyExc_RuntimeError, "dictionary changed size during iteration");
  }
  const k = d.ma_keys;
  let i = di.di_pos;
  const n = k.nentries;
  while (i < n && !k.ev[i]) i++;
  if (i >= n) {
    di.di_dict = null;
    Py_DECREF(d);
    return -1;
  }
  if (di.len === 0) {
    di.di_dict = null;
    Py_DECREF(d);
    raise(PyExc_RuntimeError, "dictionary keys changed during iteration");
  }
  di.di_pos = i + 1;
  di.len--;
  return i;
}

/** The (key, value) result tuple, reused when nobody else holds it (as CPython). */
function itemResult(di: PyDictIter, key: PyObject, value: PyObject): PyObject {
  const result = di.di_result!;
  if (result.ob_refcnt === 1) {
    const oldkey = result.items[0]!;
    const oldvalue = result.items[1]!;
    key.ob_refcnt++;
    value.ob_refcnt++;
    result.items[0] = key;
    result.items[1] = value;
    result.ob_refcnt++;
    Py_DECREF(oldkey);
    Py_DECREF(oldvalue);
    if (!_PyObject_GC_IS_TRACKED(result)) PyObject_GC_Track(result);
    return result;
  }
  return PyTuple_Pack(key, value);
}

function dictiter_iternextkey(o: PyObject): PyObject | null {
  const di = o as PyDictIter;
  const d = di.di_dict;
  const i = dictiter_advance(di);
  if (i < 0) return null;
  const key = d!.ma_keys.ek[i]!;
  key.ob_refcnt++;
  return key;
}

function dictiter_iternextvalue(o: PyObject): PyObject | null {
  const di = o as PyDictIter;
  const d = di.di_dict;
  const i = dictiter_advance(di);
  if (i < 0) return null;
  const v = d!.ma_keys.ev[i]!;
  v.ob_refcnt++;
  return v;
}

function dictiter_iternextitem(o: PyObject): PyObject | null {
  const di = o as PyDictIter;
  const d = di.di_dict;
  const i = dictiter_advance(di);
  if (i < 0) return null;
  const k = d!.ma_keys;
  return itemResult(di, k.ek[i]!, k.ev[i]!);
}

function dictreviter_iternext(o: PyObject): PyObject | null {
  const di = o as PyDictIter;
  const d = di.di_dict;
  if (d === null) return null;
  if (di.di_used !== d.ma_used) {
    di.di_used = -1;
    raise(PyExc_RuntimeError, "dictionary changed size during iteration");
  }
  let i = di.di_pos;
  const k = d.ma_keys;
  if (i >= 0) {
    while (i >= 0 && !k.ev[i]) i--;
  }
  if (i < 0) {
    di.di_dict = null;
    Py_DECREF(d);
    return null;
  }
  di.di_pos = i - 1;
  di.len--;
  const type = di.ob_type;
  if (type === PyDictRevIterKey_Type) {
    const key = k.ek[i]!;
    key.ob_refcnt++;
    return key;
  }
  if (type === PyDictRevIterValue_Type) {
    const v = k.ev[i]!;
    v.ob_refcnt++;
    return v;
  }
  return itemResult(di, k.ek[i]!, k.ev[i]!);
}

const iterTypes: [PyType, (o: PyObject) => PyObject | null][] = [
  [PyDictIterKey_Type, dictiter_iternextkey],
  [PyDictIterValue_Type, dictiter_iternextvalue],
  [PyDictIterItem_Type, dictiter_iternextitem],
  [PyDictRevIterKey_Type, dictreviter_iternext],
  [PyDictRevIterValue_Type, dictreviter_iternext],
  [PyDictRevIterItem_Type, dictreviter_iternext],
];
for (const [t, next] of iterTypes) {
  t.tp_dealloc = dictiter_dealloc;
  t.tp_traverse = dictiter_traverse;
  t.tp_iter = PyObject_SelfIter;
  t.tp_iternext = next;
  defineMethods(t, {
    __length_hint__: {
      impl: (self, args, kwnames) => {
        noArgs(`${t.tp_name}.__length_hint__`, args, kwnames);
        const di = self as PyDictIter;
        const len = di.di_dict !== null && di.di_used === di.di_dict.ma_used ? di.len : 0;
        return PyInt_FromNumber(len);
      },
      doc: "Private method returning an estimate of len(list(it)).",
    },
    __reduce__: {
      impl: (self, args, kwnames) => {
        noArgs(`${t.tp_name}.__reduce__`, args, kwnames);
        return dictiter_reduce(self as PyDictIter);
      },
      doc: "Return state information for pickling.",
    },
  });
}

/** (iter, (list(remaining items),)) computed on a copy of the iterator's state. */
function dictiter_reduce(di: PyDictIter): PyObject {
  const tmp = new PyDictIter(di.ob_type, di.di_dict ?? PyDict_New());
  if (di.di_dict === null) {
    tmp.di_dict = null;
  } else {
    Py_INCREF(di.di_dict);
  }
  tmp.di_used = di.di_used;
  tmp.di_pos = di.di_pos;
  tmp.len = di.len;
  tmp.di_result = null;
  const items: PyObject[] = [];
  try {
    const next = di.ob_type.tp_iternext!;
    for (;;) {
      let v: PyObject | null;
      if (di.ob_type === PyDictIterItem_Type || di.ob_type === PyDictRevIterItem_Type) {
        // items: fresh tuples (no reuse on the temporary)
        const d = tmp.di_dict;
        const i = di.ob_type === PyDictIterItem_Type ? dictiter_advance(tmp) : revAdvance(tmp);
        v = i < 0 ? null : PyTuple_Pack(d!.ma_keys.ek[i]!, d!.ma_keys.ev[i]!);
      } else v = next(tmp);
      if (v === null) break;
      items.push(v);
    }
  } finally {
    if (tmp.di_dict !== null) Py_DECREF(tmp.di_dict);
  }
  const fn = getBuiltin("iter");
  return PyTuple_New([fn, PyTuple_New([PyList_New(items)])]);
}

function revAdvance(di: PyDictIter): number {
  const d = di.di_dict;
  if (d === null) return -1;
  let i = di.di_pos;
  const k = d.ma_keys;
  while (i >= 0 && !k.ev[i]) i--;
  if (i < 0) {
    di.di_dict = null;
    Py_DECREF(d);
    return -1;
  }
  di.di_pos = i - 1;
  di.len--;
  return i;
}

// ---------------------------------------------------------------------------------------------
// late initialisation

/** Wires what needs other modules loaded (called from bootstrap or lazily). */
export function dictModuleInit(): void {
  intType();
}

/**
 * dict(...) of the exact type (dict_vectorcall): the keyword arguments are inserted one by one
 * from the call's arguments, without the keyword dict dict.__init__ merges.
 */
export function dict_vectorcall(args: PyObject[], kwnames: string[] | null): PyDict {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 1) raise(PyExc_TypeError, `dict expected at most 1 argument, got ${npos}`);
  // (dict_new's block: tp_alloc, not the free list PyDict_New takes from)
  const d = dict_new(PyDict_Type, args, kwnames) as PyDict;
  try {
    if (npos === 1) dict_update_arg(d, args[0]!);
    for (let i = 0; i < nkw; i++) {
      const k = PyStr_InternFromString(kwnames![i]!);
      try {
        PyDict_SetItem(d, k, args[npos + i]!);
      } finally {
        Py_DECREF(k);
      }
    }
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
  return d;
}
