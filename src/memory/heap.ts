import { Allocator } from "./allocator.js";

/**
 * Per-run memory state: the allocator model, allocation counters that drive the cycle
 * collector, and the listener that observes allocations (the trace recorder). Module-level so
 * that the hot paths (allocate/free) are plain function calls; `resetHeap()` starts a new run.
 */
export interface HeapListener {
  onAlloc?(obj: object, address: number, size: number): void;
  onFree?(obj: object, address: number, size: number): void;
  /** Native code changed `obj` where the running instruction's operands do not lead. */
  onChange?(obj: object): void;
  /**
   * A raw block of item storage (PyMem_Malloc/Realloc/Free: a list's items, a dict's keys and
   * values, a set's table, a bytearray's data) went from `oldSize` to `newSize` bytes: 0 to n
   * when allocated, n to 0 when freed. Objects' own blocks are onAlloc's and onFree's.
   */
  onResize?(oldSize: number, newSize: number): void;
  /**
   * A load of a startup module (made with `untraced` set, so onAlloc saw none of its objects)
   * has finished: its objects may reference the listener's (an interned str the program made
   * first, now a key of the load's dicts or a name of its code), whose counts it changed.
   */
  onUntracedEnd?(): void;
}

export class Heap {
  readonly allocator = new Allocator();
  /** Objects allocated since the last gen-0 collection minus those freed (CPython's gen0 count). */
  gen0Count = 0;
  private listener_: HeapListener | null = null;
  /**
   * Whether the JS objects of dead objects may be recycled for new objects of their type (see
   * float.ts's free list). Not once a listener (the trace recorder) has been attached in this run:
   * it may keep the objects it was shown, which must then stay as they died.
   */
  reuseObjects = true;
  /**
   * Told the block of an object that a free list gave a new object (CPython's _Py_NewReference
   * calling _PyTraceMalloc_NewReference): tracemalloc's hook while tracing, else null.
   */
  reused: ((address: number) => void) | null = null;
  /**
   * Set (a depth) while heapstack loads a module CPython had loaded at startup: CPython's import
   * allocates nothing then, so tracemalloc traces none of the load's blocks.
   */
  untraced = 0;

  get listener(): HeapListener | null {
    return this.listener_;
  }

  set listener(l: HeapListener | null) {
    this.listener_ = l;
    if (l !== null) this.reuseObjects = false;
  }
}

export let heap = new Heap();

/**
 * Tells the listener (the trace recorder) that native code changed `o` although the running
 * instruction's operands do not lead to it: a base class's registry of subclasses changed by a
 * class statement, an ABC's caches filled by isinstance(). Costs one check with no listener.
 */
export function noteChanged(o: object): void {
  const l = heap.listener;
  if (l !== null && l.onChange !== undefined) l.onChange(o);
}

export function resetHeap(): Heap {
  heap = new Heap();
  return heap;
}
