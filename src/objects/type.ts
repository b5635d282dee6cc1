import type { PyDict } from "./dict.js";
import { IMMORTAL_REFCNT, PyObject } from "./object.js";
import type * as S from "./slots_types.js";
import { STATIC_OBJECT_OFFSETS, STATIC_TYPE_OFFSETS } from "./static_type_addresses.generated.js";

/** tp_flags bits we use (CPython's values). */
export enum TypeFlag {
  /** Instances keep their __dict__ in a pre-header before the object (3.11 managed dicts). */
  MANAGED_DICT = 1 << 4,
  HEAPTYPE = 1 << 9,
  BASETYPE = 1 << 10,
  HAVE_GC = 1 << 14,
  IS_ABSTRACT = 1 << 20,
  MATCH_SELF = 1 << 22,
  IMMUTABLETYPE = 1 << 8,
  SEQUENCE = 1 << 5,
  MAPPING = 1 << 6,
  LONG_SUBCLASS = 1 << 24,
  LIST_SUBCLASS = 1 << 25,
  TUPLE_SUBCLASS = 1 << 26,
  BYTES_SUBCLASS = 1 << 27,
  UNICODE_SUBCLASS = 1 << 28,
  DICT_SUBCLASS = 1 << 29,
  BASE_EXC_SUBCLASS = 1 << 30,
  TYPE_SUBCLASS = 1 << 31,
}

/**
 * A Python type object (CPython's PyTypeObject): name, bases, MRO, the type's own `__dict__`
 * and the slots that the abstract operations dispatch through. Builtin types are created at
 * module load (static types, never freed); classes created by the program are heap types.
 *
 * This module must stay a leaf (no runtime imports of other object modules) so that every type
 * module can create its type object at load time: see docs/internals.md "Module cycles".
 */
export class PyType extends PyObject {
  tp_name: string;
  /** `__qualname__` for heap types; builtin types use tp_name's last component. */
  ht_qualname: string;
  tp_base: PyType | null;
  tp_bases: PyType[] = [];
  tp_mro: PyType[] = [];
  /**
   * The `__mro__` and `__bases__` tuple objects (CPython's tp_mro / tp_bases): owned references
   * to tuples holding references to their types. A class's own MRO tuple refers back to the
   * class, so classes only die in the cycle collector, as in CPython.
   */
  tp_mro_obj: PyObject | null = null;
  /**
   * A class's shared attribute names (CPython's ht_cached_keys), in first-insertion order over
   * all its instances: the slots of the instances' inline values, released in this order.
   */
  ht_cached_keys: string[] | null = null;
  /** The shared keys' dk_usable: room left for names; each new instance also takes one (down to 1). */
  ht_keys_usable = 0;
  /** The raw block of the shared keys object (freed with the class). */
  ht_cached_keys_addr = 0;
  tp_bases_obj: PyObject | null = null;
  tp_dict: PyDict | null = null;
  tp_flags: number;
  /** sizeof of an instance before variable items (CPython's __basicsize__), for sys.getsizeof. */
  tp_basicsize: number;
  tp_itemsize: number;
  /** Offset-equivalent: true when instances carry a __dict__ (CPython's tp_dictoffset != 0). */
  tp_dictoffset = 0;
  tp_weaklistoffset = 0;
  tp_doc: string | null = null;
  /** Weak list of direct subclasses (for slot updates and cache invalidation). */
  tp_subclasses: PyType[] = [];
  /**
   * A class's registry of its subclasses (CPython's tp_subclasses dict: the subclass's address
   * -> a weak reference to it), made at the first subclass and freed with the last one. Only
   * classes have it here; the builtin types' registries are part of CPython's startup.
   */
  ht_subclasses_dict: PyObject | null = null;
  /**
   * The weak references to this type that builtin bases' registries hold (one per base): a
   * class's with a builtin base, and every builtin type's (CPython's startup readies them).
   */
  ht_static_base_refs: PyObject[] | null = null;
  /** The int keys (the class's address) of those registry entries, one per weak reference. */
  ht_static_base_keys: PyObject[] | null = null;
  /** `__slots__` member names of this class (heap types only). */
  ht_slots: string[] | null = null;
  /** The tuple of those names a class keeps (CPython's ht_slots object). */
  ht_slots_obj: PyObject | null = null;
  /** tp_doc's block, a copy of a class's str __doc__ (type_new_set_doc), and its size. */
  ht_doc_addr = 0;
  ht_doc_size = 0;
  /** How many `__slots__` values an instance holds (the MRO's, fixed once the class exists); -1 until counted. */
  ht_nslots = -1;
  /** PyType_Ready has run (a class is ready when type.__new__ returns it). */
  tp_ready = false;
  /** Module name for heap types (`__module__`), used by repr. */
  /** Bumped whenever this type or a type in its MRO changes; keys method caches. */
  tp_version_tag = 0;
  /** The version tag CPython's method cache would key this type's entries by (type_cache.ts); 0 = none yet. */
  mcache_tag = 0;
  /** Cache of _PyType_Lookup results keyed by attribute name (undefined: forgotten, look again). */
  lookupCache: Map<string, PyObject | null | undefined> = new Map();
  /**
   * The slot values a subclass inherits for the dunders it does not define (typeobject.ts
   * subclassSlots), made when the first subclass is created; null when not made or outdated.
   */
  ht_subclass_slots: unknown | null = null;

  tp_dealloc: S.DeallocFunc = defaultDealloc;
  tp_repr: S.UnaryFunc | null = null;
  tp_str: S.UnaryFunc | null = null;
  tp_hash: S.HashFunc | null = null;
  tp_call: S.CallFunc | null = null;
  tp_getattro: S.GetAttroFunc | null = null;
  tp_setattro: S.SetAttroFunc | null = null;
  tp_richcompare: S.RichCmpFunc | null = null;
  tp_iter: S.UnaryFunc | null = null;
  tp_iternext: S.IterNextFunc | null = null;
  tp_descr_get: S.DescrGetFunc | null = null;
  tp_descr_set: S.DescrSetFunc | null = null;
  tp_init: S.InitFunc | null = null;
  tp_new: S.NewFunc | null = null;
  tp_traverse: S.TraverseProc | null = null;
  tp_clear: S.InquiryClear | null = null;
  /** PEP 442 finalizer (`__del__`). */
  tp_finalize: ((o: PyObject) => void) | null = null;

  nb_add: S.BinaryFunc | null = null;
  nb_subtract: S.BinaryFunc | null = null;
  nb_multiply: S.BinaryFunc | null = null;
  nb_remainder: S.BinaryFunc | null = null;
  nb_divmod: S.BinaryFunc | null = null;
  nb_power: S.TernaryFunc | null = null;
  nb_negative: S.UnaryFunc | null = null;
  nb_positive: S.UnaryFunc | null = null;
  nb_absolute: S.UnaryFunc | null = null;
  nb_bool: S.InquiryFunc | null = null;
  nb_invert: S.UnaryFunc | null = null;
  nb_lshift: S.BinaryFunc | null = null;
  nb_rshift: S.BinaryFunc | null = null;
  nb_and: S.BinaryFunc | null = null;
  nb_xor: S.BinaryFunc | null = null;
  nb_or: S.BinaryFunc | null = null;
  nb_int: S.UnaryFunc | null = null;
  nb_float: S.UnaryFunc | null = null;
  nb_inplace_add: S.BinaryFunc | null = null;
  nb_inplace_subtract: S.BinaryFunc | null = null;
  nb_inplace_multiply: S.BinaryFunc | null = null;
  nb_inplace_remainder: S.BinaryFunc | null = null;
  nb_inplace_power: S.TernaryFunc | null = null;
  nb_inplace_lshift: S.BinaryFunc | null = null;
  nb_inplace_rshift: S.BinaryFunc | null = null;
  nb_inplace_and: S.BinaryFunc | null = null;
  nb_inplace_xor: S.BinaryFunc | null = null;
  nb_inplace_or: S.BinaryFunc | null = null;
  nb_floor_divide: S.BinaryFunc | null = null;
  nb_true_divide: S.BinaryFunc | null = null;
  nb_inplace_floor_divide: S.BinaryFunc | null = null;
  nb_inplace_true_divide: S.BinaryFunc | null = null;
  nb_index: S.UnaryFunc | null = null;
  nb_matrix_multiply: S.BinaryFunc | null = null;
  nb_inplace_matrix_multiply: S.BinaryFunc | null = null;

  sq_length: S.LenFunc | null = null;
  sq_concat: S.BinaryFunc | null = null;
  sq_repeat: S.SsizeArgFunc | null = null;
  sq_item: S.SsizeArgFunc | null = null;
  sq_ass_item: S.SsizeObjArgProc | null = null;
  sq_contains: S.ObjObjProc | null = null;
  sq_inplace_concat: S.BinaryFunc | null = null;
  sq_inplace_repeat: S.SsizeArgFunc | null = null;

  mp_length: S.LenFunc | null = null;
  mp_subscript: S.BinaryFunc | null = null;
  mp_ass_subscript: S.ObjObjArgProc | null = null;

  /** am_await / am_aiter / am_anext (async slots). */
  am_await: S.UnaryFunc | null = null;
  am_aiter: S.UnaryFunc | null = null;
  am_anext: S.UnaryFunc | null = null;
  /**
   * am_send (CPython's PySendResult am_send(iter, arg, &result)): sends `arg` (borrowed) and
   * returns a new reference, the yielded value, or the iterator's return value after setting
   * `amSendResult.returned` (PYGEN_RETURN) -- no StopIteration made and thrown for it. Errors
   * are thrown.
   */
  am_send: ((self: PyObject, arg: PyObject) => PyObject) | null = null;

  constructor(init: StaticTypeInit, metatype: PyType | null = null) {
    // The metatype of builtin types is `type` itself; PyType_Type is created with null and fixed up.
    super(metatype ?? (null as unknown as PyType));
    this.tp_name = init.name;
    this.ht_qualname = init.name.slice(init.name.lastIndexOf(".") + 1);
    this.tp_base = init.base === undefined ? null : init.base;
    this.tp_flags = init.flags ?? 0;
    this.tp_basicsize = init.basicsize ?? 16;
    this.tp_itemsize = init.itemsize ?? 0;
    this.tp_doc = init.doc ?? null;
  }

  hasFlag(flag: TypeFlag): boolean {
    return (this.tp_flags & flag) !== 0;
  }
}

export interface StaticTypeInit {
  name: string;
  /** undefined = `object` (filled in by PyType_Ready); null only for `object` itself. */
  base?: PyType | null;
  flags?: number;
  basicsize?: number;
  itemsize?: number;
  doc?: string;
}

function defaultDealloc(o: PyObject): void {
  // Replaced by PyType_Ready with the inherited or type-specific deallocator.
  void o;
}

/**
 * Static types live in libpython's data segment in CPython, outside the heap: they get
 * addresses from a region of their own (sizeof(PyTypeObject) apart) so id(int) and the
 * `at 0x...` of `<built-in method fromkeys of type object at 0x...>` are real addresses,
 * without taking blocks from the allocator model.
 */
const STATIC_DATA_BASE = 0x7f8000000000;
const PAGE_SIZE = 4096;
/** The 2 MiB window of libpython's data: python3's objects keep their offset in it. */
const STATIC_WINDOW = 0x200000;
let staticTypesPlaced = 0;
const staticOffsetsUsed = new Set<number>();

/**
 * python3's address of a static object modulo 2 MiB (libpython3.11.so is mapped at a 2 MiB
 * boundary, see static_type_addresses.generated.ts), placed in the window at STATIC_DATA_BASE;
 * null when not known (or taken by another object of the same name).
 */
function staticWindowAddress(offset: number | undefined): number | null {
  if (offset === undefined || staticOffsetsUsed.has(offset)) return null;
  staticOffsetsUsed.add(offset);
  return STATIC_DATA_BASE + offset;
}

/**
 * Each static type sits at python3's address modulo 2 MiB where known, others in a page of their
 * own after the window: hash(T) comes from id(T), so sets and dicts of types ({int, str},
 * {type(x) for x in xs}) iterate in python3's order, collisions included.
 */
function placeStaticType(t: PyType): PyType {
  const n = staticTypesPlaced++;
  t.ob_addr =
    staticWindowAddress(STATIC_TYPE_OFFSETS[t.tp_name]) ??
    STATIC_DATA_BASE + STATIC_WINDOW + n * PAGE_SIZE + ((n * 0x1a0) % PAGE_SIZE);
  return t;
}

/**
 * An object that is static data in CPython (None, Ellipsis, NotImplemented): immortal, at
 * python3's address modulo 2 MiB (its hash is its address) and outside the allocator.
 */
export function placeStaticObject<T extends PyObject>(o: T, name: string): T {
  const n = staticObjectsPlaced++;
  o.ob_refcnt = IMMORTAL_REFCNT;
  o.ob_addr = staticWindowAddress(STATIC_OBJECT_OFFSETS[name]) ?? STATIC_OBJECTS_BASE + n * PAGE_SIZE;
  return o;
}
const STATIC_OBJECTS_BASE = STATIC_DATA_BASE - 0x100000;
let staticObjectsPlaced = 0;

/** Set by an am_send that returned its iterator's return value (PYGEN_RETURN), read at once. */
export const amSendResult = { returned: false };

/** `type`: the metatype. Its own ob_type is itself. */
export const PyType_Type = new PyType({
  name: "type",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC | TypeFlag.TYPE_SUBCLASS,
  basicsize: 904,
  itemsize: 40,
});
PyType_Type.ob_type = PyType_Type;
placeStaticType(PyType_Type);

/** `object`: the root of every MRO. */
export const PyBaseObject_Type = new PyType({
  name: "object",
  base: null,
  flags: TypeFlag.BASETYPE,
  basicsize: 16,
});
PyBaseObject_Type.ob_type = PyType_Type;
placeStaticType(PyBaseObject_Type);
PyType_Type.tp_base = PyBaseObject_Type;

/** Every static type in creation order; bootstrap readies them all (bases first). */
export const staticTypes: PyType[] = [PyType_Type, PyBaseObject_Type];

/** Creates a builtin (static) type object whose metatype is `type`. */
export function newStaticType(init: StaticTypeInit): PyType {
  const t = placeStaticType(new PyType(init, PyType_Type));
  if (init.base === undefined) t.tp_base = PyBaseObject_Type;
  staticTypes.push(t);
  return t;
}

/** Is `t` the same as or a subtype of `base` (by MRO, as PyType_IsSubtype)? */
export function PyType_IsSubtype(t: PyType, base: PyType): boolean {
  if (t === base) return true;
  const mro = t.tp_mro;
  if (mro.length > 0) {
    for (let i = 0; i < mro.length; i++) if (mro[i] === base) return true;
    return false;
  }
  for (let b: PyType | null = t.tp_base; b !== null; b = b.tp_base) if (b === base) return true;
  return base === PyBaseObject_Type;
}

export function Py_TYPE(o: PyObject): PyType {
  return o.ob_type;
}

export function PyObject_TypeCheck(o: PyObject, t: PyType): boolean {
  return o.ob_type === t || PyType_IsSubtype(o.ob_type, t);
}
