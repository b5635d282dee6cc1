/**
 * The names CPython 3.11's method cache keeps alive (Objects/typeobject.c `type_cache`).
 *
 * heapstack's own lookup caches (PyType.lookupCache, the VM's inline caches) are keyed by the
 * name's characters and hold nothing. CPython's `_PyType_Lookup` caches its answer in a global
 * table of 4096 entries indexed by the type's version tag and the name's address, and each entry
 * holds a counted reference to the name it was filled with, until a later lookup that lands on
 * the same entry replaces it. A program sees that reference when the name is a string of its own
 * (not the interned identifier of some code): `getattr(obj, "".join(parts))` keeps the new
 * string alive after the call (one block more for sys.getallocatedblocks() and tracemalloc,
 * one reference more for sys.getrefcount), and so does every `PyObject_CallMethod(o, "name")`
 * of CPython's C code that looks the name up on a type (abc's `__subclasses__` for one).
 *
 * Only names that are not interned are followed here: the interned ones are held by the code
 * that uses them, so the entry's reference changes no allocation count.
 */
import { realAddress } from "../memory/allocator.js";
import { noteChanged } from "../memory/heap.js";
import { Py_DECREF, Py_INCREF } from "./object.js";
import type { PyStr } from "./str.js";
import type { PyType } from "./type.js";

/** MCACHE_SIZE_EXP: 2 ** 12 entries. */
const ENTRIES = 1 << 12;
/** MCACHE_MAX_ATTR_SIZE: longer names are never cached. */
const MAX_NAME_LENGTH = 100;

const entryTag = new Int32Array(ENTRIES);
const entryName: (PyStr | null)[] = new Array<PyStr | null>(ENTRIES).fill(null);

/** The next version tag handed out (CPython's next_version_tag); 0 means "none". */
let nextTag = 1;

/** The type's version tag, assigned on its first cached lookup (assign_version_tag). */
function versionTag(t: PyType): number {
  if (t.mcache_tag === 0) {
    // the bases first, so a type with a tag never has a base without one
    for (const base of t.tp_bases) versionTag(base);
    t.mcache_tag = nextTag;
    nextTag = nextTag >= 0x7fffffff ? 1 : nextTag + 1;
  }
  return t.mcache_tag;
}

/**
 * `_PyType_Lookup(t, name)` filling (or hitting) its cache entry, for an exact str that is not
 * immortal (the caller's fast check): one of at most 100 characters is held by the entry, and
 * the name it replaces is released.
 */
export function typeCacheNoteLookup(t: PyType, name: PyStr): void {
  if (name.length > MAX_NAME_LENGTH) return;
  const tag = versionTag(t);
  // MCACHE_HASH_METHOD: (version ^ (address >> 3)) & (ENTRIES - 1)
  const h = (tag ^ (Math.floor(realAddress(name.ob_addr) / 8) % ENTRIES)) & (ENTRIES - 1);
  const old = entryName[h]!;
  if (entryTag[h] === tag && old === name) return;
  entryTag[h] = tag;
  Py_INCREF(name);
  entryName[h] = name;
  // (a trace recorder sees these counts change: no instruction's operands lead to the table)
  noteChanged(name);
  if (old !== null) {
    noteChanged(old);
    Py_DECREF(old);
  }
}

/**
 * PyType_Modified: the type and its subclasses lose their version tags (their next lookups fill
 * new entries; the old entries keep their names until something replaces them).
 */
export function typeCacheInvalidate(t: PyType): void {
  if (t.mcache_tag === 0) return;
  t.mcache_tag = 0;
  for (const sub of t.tp_subclasses) typeCacheInvalidate(sub);
}

/** A new run: the entries of an earlier run's program are forgotten (not released). */
export function typeCacheReset(): void {
  entryTag.fill(0);
  entryName.fill(null);
  nextTag = 1;
}
