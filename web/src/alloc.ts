/** The allocator view's data, worked out from the objects of a step: their addresses and sizes. */
import type { AllocClass, AllocView, TraceObject } from "./types.js";

// pymalloc's geometry (src/memory/allocator.ts)
const POOL_SIZE = 16 * 1024;
const ARENA_SIZE = 1024 * 1024;
const POOL_OVERHEAD = 48;
const SMALL_REQUEST_THRESHOLD = 512;

/** Where the trace's objects sit in the small-object allocator: size classes, pools, arenas. */
export function allocatorView(objects: Iterable<TraceObject>): AllocView {
  // A pool serves one size class: it takes the class most of its blocks ask for.
  const pools = new Map<number, Map<number, number>>();
  const arenas = new Set<number>();
  let largeBlocks = 0;
  let largeBytes = 0;
  for (const o of objects) {
    if (o.size <= 0) continue;
    if (o.size > SMALL_REQUEST_THRESHOLD) {
      largeBlocks++;
      largeBytes += o.size;
      continue;
    }
    const blockSize = Math.ceil(o.size / 16) * 16;
    const pool = o.address - (o.address % POOL_SIZE);
    arenas.add(o.address - (o.address % ARENA_SIZE));
    let counts = pools.get(pool);
    if (counts === undefined) pools.set(pool, (counts = new Map()));
    counts.set(blockSize, (counts.get(blockSize) ?? 0) + 1);
  }
  const byClass = new Map<number, AllocClass>();
  for (const [address, counts] of [...pools].sort((a, b) => a[0] - b[0])) {
    let blockSize = 0;
    let best = -1;
    let used = 0;
    for (const [size, count] of counts) {
      used += count;
      if (count > best) [blockSize, best] = [size, count];
    }
    const capacity = Math.floor((POOL_SIZE - POOL_OVERHEAD) / blockSize);
    let c = byClass.get(blockSize);
    if (c === undefined) byClass.set(blockSize, (c = { blockSize, blocks: 0, pools: [] }));
    c.blocks += used;
    c.pools.push({
      address,
      arena: address - (address % ARENA_SIZE),
      used: Math.min(used, capacity),
      capacity,
    });
  }
  return {
    classes: [...byClass.values()].sort((a, b) => a.blockSize - b.blockSize),
    arenas: arenas.size,
    largeBlocks,
    largeBytes,
  };
}
