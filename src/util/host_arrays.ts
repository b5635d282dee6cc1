/**
 * What a JS array can hold for a list's or tuple's items.
 *
 * V8 keeps at most 2**25 slots of a `new Array(n)` as fast elements: a larger preallocated array
 * lives as a dictionary and filling it takes ~40x longer ([0] * 5 * 10**7 ran over a minute). A
 * packed array grown by push stays fast up to V8's FixedArray limit (~134M slots), past which the
 * process aborts (crbug.com/1201626) instead of throwing a RangeError the interpreter could turn
 * into a MemoryError. A list or tuple of more than MAX_SEQUENCE_ITEMS items is therefore a
 * MemoryError here, as a failed allocation is in CPython; growth of that many items by push
 * (1.5x + 16 slots at a time) stays under the FixedArray limit.
 */
export const MAX_SEQUENCE_ITEMS = 2 ** 26;

const MAX_PREALLOCATED = 2 ** 25;

/**
 * An array of length `n` (n <= MAX_SEQUENCE_ITEMS) for the caller to fill, kept in V8's fast
 * elements: preallocated up to 2**25 slots, grown by push beyond.
 */
export function newItemsArray<T>(n: number): T[] {
  if (n <= MAX_PREALLOCATED) return new Array(n);
  const a: T[] = [];
  for (let i = 0; i < n; i++) a.push(undefined as T);
  return a;
}
