import { Allocator } from "./allocator.js";

/**
 * Per-run memory state: the allocator model, allocation counters that drive the cycle
 * collector, and the listener that observes allocations (the trace recorder). Module-level so
 * that the hot paths (allocate/free) are plain function calls; `resetHeap()` starts a new run.
 */
export interface HeapListener {
  onAlloc?(obj: object, address: number, size: number): void;
  onFree?(obj: object, address: number, size: number): void;
}

export class Heap {
  readonly allocator = new Allocator();
  /** Objects allocated since the last gen-0 collection minus those freed (CPython's gen0 count). */
  gen0Count = 0;
  totalAllocations = 0;
  totalFrees = 0;
  listener: HeapListener | null = null;
}

export let heap = new Heap();

export function resetHeap(): Heap {
  heap = new Heap();
  return heap;
}
