import type { GcHead } from "../memory/gc.js";
import { heap } from "../memory/heap.js";
import type { PyDict } from "./dict.js";
import type { PyType } from "./type.js";

/**
 * The header every Python object carries (CPython's PyObject): a reference count, a type, and
 * the address the allocator model gave its block (what `id()` returns).
 *
 * Reference ownership follows CPython's conventions, which keeps our counts equal to CPython's:
 * functions that return an object return a NEW reference (the caller must DECREF it or hand it
 * on); arguments are BORROWED; storing into a container or a variable steals or INCREFs exactly
 * where CPython does.
 */
export class PyObject {
  // Assigned in the constructor rather than as class-field initializers: V8 then gives every
  // subclass the same fast property layout for the header (field initializers were measured
  // ~7x slower to construct across the many PyObject subclasses).
  declare ob_refcnt: number;
  declare ob_type: PyType;
  declare ob_addr: number;
  /** The size of this object's block as the allocator saw it (0 = not allocated, e.g. static). */
  declare ob_size_alloc: number;
  /** Instance `__dict__` for objects whose type has one (heap types, functions, modules). */
  declare ob_dict?: PyDict | null;
  /** Values of `__slots__` members, indexed by member offset. */
  declare ob_slots?: (PyObject | null)[];
  /** Weak references to this object, oldest first (CPython's tp_weaklistoffset list). */
  declare ob_weakrefs?: PyObject[] | null;
  /**
   * The cycle collector's state (memory/gc.ts), made when the object is first tracked. Hot GC
   * classes set it to null in their constructor, so that tracking adds no property (one hidden
   * class per class, tracked or not).
   */
  declare gc_head?: GcHead | null;

  /**
   * `headerBySubclass`: the subclass's constructor writes the four header fields itself, in this
   * order. Hot classes (int, float, tuple, method, instances) do: a store in this shared
   * constructor sees every subclass's hidden class, so V8 compiles it as a slow megamorphic
   * store even where it is inlined, while the same stores in the subclass's own constructor see
   * one hidden class (measured: a third of the cost of creating an int).
   */
  constructor(type: PyType, headerBySubclass = false) {
    if (headerBySubclass) return;
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.ob_addr = 0;
    this.ob_size_alloc = 0;
  }
}

/**
 * An instance created by object.__new__ (instances of classes whose static base is object). Its
 * optional header fields and the collector's fields (memory/gc.ts) exist from construction on,
 * so every instance has one V8 hidden class whether it is tracked, has a __dict__ or not.
 */
export class PyInstance extends PyObject {
  constructor(type: PyType) {
    super(type, true);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.ob_addr = 0;
    this.ob_size_alloc = 0;
    this.ob_dict = null;
    this.ob_slots = undefined;
    this.ob_weakrefs = null;
    this.gc_head = null;
  }
}

/** Reference counts at or above this are never decremented to zero: None, True, small ints... */
export const IMMORTAL_REFCNT = 1 << 30;

export function Py_INCREF(o: PyObject): void {
  o.ob_refcnt++;
}

export function Py_DECREF(o: PyObject): void {
  if (--o.ob_refcnt === 0) o.ob_type.tp_dealloc(o);
}

export function Py_XINCREF(o: PyObject | null | undefined): void {
  if (o) o.ob_refcnt++;
}

export function Py_XDECREF(o: PyObject | null | undefined): void {
  if (o && --o.ob_refcnt === 0) o.ob_type.tp_dealloc(o);
}

/** Returns `o` with its count raised: CPython's Py_NewRef. */
export function Py_NewRef<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

/** Gives a freshly constructed object its block in the allocator model. */
export function allocateObject(o: PyObject, size: number): void {
  o.ob_size_alloc = size;
  o.ob_addr = heap.allocator.malloc(size);
  const listener = heap.listener;
  if (listener !== null) listener.onAlloc?.(o, o.ob_addr, size);
}

/** Returns an object's block to the allocator model (the last step of every tp_dealloc). */
export function freeObject(o: PyObject): void {
  if (o.ob_size_alloc === 0) return;
  heap.allocator.free(o.ob_addr, o.ob_size_alloc);
  const listener = heap.listener;
  if (listener !== null) listener.onFree?.(o, o.ob_addr, o.ob_size_alloc);
  o.ob_size_alloc = 0;
}

// allocateObject and freeObject inlined where objects of one class are made and freed by the
// million (int, float, tuple, method, instances): the stores into the object are then written
// in a function that sees one hidden class (fast), not in these shared ones (megamorphic). The
// creator does `o.ob_size_alloc = size; o.ob_addr = objectMalloc(size); notifyAlloc(o);` and
// the deallocator `if (o.ob_size_alloc !== 0) { objectFree(o.ob_addr, o.ob_size_alloc);
// notifyFree(o); o.ob_size_alloc = 0; }`.

/** The allocator model's block for an object of `size` bytes (see above). */
export function objectMalloc(size: number): number {
  return heap.allocator.malloc(size);
}

/** Returns an object's block (see above). */
export function objectFree(addr: number, size: number): void {
  heap.allocator.free(addr, size);
}

/** Tells the allocation listener (the trace recorder), if any, about a new object's block. */
export function notifyAlloc(o: PyObject): void {
  const listener = heap.listener;
  if (listener !== null) listener.onAlloc?.(o, o.ob_addr, o.ob_size_alloc);
}

/** Tells the allocation listener, if any, that an object's block is freed (before its size is cleared). */
export function notifyFree(o: PyObject): void {
  const listener = heap.listener;
  if (listener !== null) listener.onFree?.(o, o.ob_addr, o.ob_size_alloc);
}

/** Makes a static object (a singleton that lives for the whole run) with an address of its own. */
export function makeImmortal<T extends PyObject>(o: T, size: number): T {
  o.ob_refcnt = IMMORTAL_REFCNT;
  o.ob_addr = heap.allocator.malloc(size);
  return o;
}
