/**
 * A model of CPython 3.11's small-object allocator (Objects/obmalloc.c, "pymalloc").
 *
 * Requests of at most 512 bytes are rounded up to one of 32 size classes of 16 bytes and served
 * from 16 KiB pools, each pool dedicated to one size class, carved out of 1 MiB arenas. A freed
 * block goes to the front of its pool's free list, so the next request of that size class reuses
 * it first: this is why `id([]) == id([])` holds in CPython, and it holds here because `id()`
 * returns the address this model hands out. Larger requests go to the "system allocator", which
 * we model as a bump allocator in a separate address range that reuses exact-size freed blocks.
 */

export const ALIGNMENT = 16;
export const SMALL_REQUEST_THRESHOLD = 512;
export const NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT;
export const POOL_SIZE = 16 * 1024;
export const ARENA_SIZE = 1024 * 1024;
export const POOL_OVERHEAD = 48; // sizeof(struct pool_header), rounded to ALIGNMENT
const ARENA_BASE = 0x7f0000000000;
const SYSTEM_BASE = 0x550000000000;

/**
 * Addresses as stored (`ob_addr`, every block address the allocator hands out) are compact
 * handles, not the addresses themselves: a block in an arena is its offset from ARENA_BASE (a
 * positive small integer), a "system" block is minus its offset from SYSTEM_BASE, minus 16 (a
 * negative multiple of 16, so never 0 or -1, which callers use as "no block"). A field holding
 * a small integer is stored in place by V8, where the 47-bit address itself is a double, which
 * V8 keeps in a separate heap box per object (one more JS allocation for every Python object,
 * and one per read that leaves optimized code). Anything that shows an address or derives a
 * value from it (id(), reprs, hashes, trace output) converts with realAddress. Values of
 * RAW_ADDRESS_MIN and above are addresses already (static objects'), and realAddress leaves
 * them, so it may be applied to an address twice.
 */
const RAW_ADDRESS_MIN = 2 ** 44;

/** The address (what id() returns) of a stored block handle; 0 stays 0 (no block). */
export function realAddress(handle: number): number {
  if (handle > 0) return handle < RAW_ADDRESS_MIN ? ARENA_BASE + handle : handle;
  if (handle === 0) return 0;
  return SYSTEM_BASE - handle - ALIGNMENT;
}

/** One 16 KiB pool: blocks of a single size class, a LIFO free list and a bump pointer (addresses are handles, see realAddress). */
export class Pool {
  /** Addresses of freed blocks; the last pushed is the next handed out. */
  readonly freeBlocks: number[] = [];
  nextOffset = POOL_OVERHEAD;
  used = 0;
  /** Links of the size class's usedpools list (CPython's nextpool/prevpool). */
  nextPool: Pool | null = null;
  prevPool: Pool | null = null;
  /** Whether the pool is linked in its size class's usedpools list. */
  linked = false;
  /**
   * Per block (by index from the pool's first block), 1 while the block has been in use since
   * Allocator.markBaseline; null: none is (the pool is newer than the mark, or no mark is set).
   */
  baseline: Uint8Array | null = null;
  constructor(
    readonly address: number,
    readonly sizeClass: number,
    readonly blockSize: number,
    readonly arena: Arena,
    readonly space: PoolSpace,
  ) {}

  get capacity(): number {
    return Math.floor((POOL_SIZE - POOL_OVERHEAD) / this.blockSize);
  }

  get isFull(): boolean {
    return this.freeBlocks.length === 0 && this.nextOffset + this.blockSize > POOL_SIZE;
  }
}

export class Arena {
  readonly pools: Pool[] = [];
  constructor(readonly address: number) {}
  get freePools(): number {
    return ARENA_SIZE / POOL_SIZE - this.pools.filter((p) => p.used > 0).length;
  }
}

/**
 * Where the modules python3 had imported before a script's first line put their blocks when
 * heapstack loads them later (src/memory/startup.ts startImport): arenas of their own, in this
 * range of handles, so that such a load, whenever it comes, leaves the program's pools, their
 * free blocks and the addresses handed out next as they were. For CPython those objects were
 * made at startup, before any of the program's; a load that took blocks from the program's
 * pools moved every address after it by what it made, and that depends on the environment
 * (os.environ's strings), which python3's addresses after startup do not.
 */
const STARTUP_BASE = 2 ** 30;
const STARTUP_END = STARTUP_BASE + 64 * ARENA_SIZE;
/** System blocks of startup loads: offsets from SYSTEM_BASE of this and more. */
const STARTUP_SYSTEM_OFFSET = 2 ** 40;

function isStartupSystemBlock(address: number): boolean {
  return -address - ALIGNMENT >= STARTUP_SYSTEM_OFFSET;
}

/** A set of arenas with their own usedpools, empty pools and system blocks (see STARTUP_BASE). */
class PoolSpace {
  readonly usedPools: (Pool | null)[] = new Array<Pool | null>(NB_SMALL_SIZE_CLASSES).fill(null);
  /** Completely empty pools ready for reuse by any size class. */
  readonly emptyPools: { arena: Arena; address: number }[] = [];
  /** Live pools by pool number, (handle - base) / POOL_SIZE (CPython finds the pool header by masking the address). */
  readonly poolByIndex: (Pool | undefined)[] = [];
  readonly arenas: Arena[] = [];
  currentArena: Arena | null = null;
  nextPoolInArena = ARENA_SIZE; // forces a new arena on first use
  readonly systemFree = new Map<number, number[]>();
  constructor(
    /** The handle of the space's first arena (pool numbers count from it). */
    readonly base: number,
    /** The next arena's handle (an offset from ARENA_BASE). */
    public nextArenaAddress: number,
    /** The next system block's offset from SYSTEM_BASE (its handle is -offset - ALIGNMENT). */
    public nextSystemOffset: number,
  ) {}
}

export interface AllocatorStats {
  arenasAllocated: number;
  arenasInUse: number;
  poolsInUse: number;
  blocksInUse: number;
  bytesInUse: number;
  /** Blocks in use per size class (index = size class). */
  blocksPerClass: number[];
  /** Pools given to each size class (partly or wholly used), and the blocks they could hold. */
  poolsPerClass: number[];
  capacityPerClass: number[];
  /** Pool slots of the allocated arenas that no size class holds. */
  unusedPools: number;
  largeBlocks: number;
  largeBytes: number;
}

export class Allocator {
  private readonly mainSpace = new PoolSpace(0, 0, 0);
  private readonly startupSpace = new PoolSpace(STARTUP_BASE, STARTUP_BASE, STARTUP_SYSTEM_OFFSET);
  /** The space blocks are taken from now: startupSpace while a startup module loads. */
  private space = this.mainSpace;
  private startupDepth = 0;
  /**
   * The current space's pools with at least one free block, per size class, as doubly-linked
   * lists (CPython's usedpools): the head is used next; a pool that fills up is unlinked, one
   * that was full and gets a block back is linked at the front, one that becomes empty is
   * unlinked.
   */
  private usedPools = this.mainSpace.usedPools;
  private poolCount = 0;
  private readonly systemSizes = new Map<number, number>();
  blocksInUse = 0;
  bytesInUse = 0;
  /** Of bytesInUse (and of blocksInUse, pool blocks), those of the startup space: no program's. */
  startupBytes = 0;
  startupBlocks = 0;
  /**
   * System blocks in use when markBaseline ran (a trace recording's start); null when not
   * marked. (Pool blocks are flagged in their pool's `baseline`.)
   */
  private baselineSystem: Set<number> | null = null;
  /** Bytes and blocks of those freed since the mark: releases of no allocation of the run's. */
  baselineFreedBytes = 0;
  baselineFreedBlocks = 0;

  /**
   * From here to the matching leaveStartupSpace, blocks come from the startup arenas (see
   * STARTUP_BASE); loads nest.
   */
  enterStartupSpace(): void {
    if (this.startupDepth++ === 0) this.useSpace(this.startupSpace);
  }

  leaveStartupSpace(): void {
    if (--this.startupDepth === 0) this.useSpace(this.mainSpace);
  }

  private useSpace(space: PoolSpace): void {
    this.space = space;
    this.usedPools = space.usedPools;
  }

  private *pools(): Generator<Pool> {
    for (const space of [this.mainSpace, this.startupSpace]) {
      for (const pool of space.poolByIndex) if (pool !== undefined) yield pool;
    }
  }

  private poolOf(address: number): Pool {
    const space = address >= STARTUP_BASE && address < STARTUP_END ? this.startupSpace : this.mainSpace;
    return space.poolByIndex[Math.floor((address - space.base) / POOL_SIZE)]!;
  }

  /**
   * Remembers the blocks in use now, so that freeing one of them later (a full collection
   * emptying the free lists of the interpreter's start, say) is told apart from freeing what
   * was allocated since: a recording's heap size counts only the latter.
   */
  markBaseline(): void {
    // (the startup space's blocks are no program's whenever they come and go: see startupBytes)
    for (const pool of this.mainSpace.poolByIndex) {
      if (pool === undefined) continue;
      const free = new Set(pool.freeBlocks);
      const flags = new Uint8Array(Math.floor((POOL_SIZE - POOL_OVERHEAD) / pool.blockSize));
      for (
        let off = POOL_OVERHEAD, i = 0;
        off + pool.blockSize <= pool.nextOffset;
        off += pool.blockSize, i++
      ) {
        if (!free.has(pool.address + off)) flags[i] = 1;
      }
      pool.baseline = flags;
    }
    this.baselineSystem = new Set([...this.systemSizes.keys()].filter((a) => !isStartupSystemBlock(a)));
    this.baselineFreedBytes = 0;
    this.baselineFreedBlocks = 0;
  }

  /** Forgets the mark (the recording ended): frees need not look for the blocks of its start. */
  clearBaseline(): void {
    for (const pool of this.pools()) pool.baseline = null;
    this.baselineSystem = null;
  }

  /** Returns the address of a fresh block of at least `size` bytes. */
  malloc(size: number): number {
    if (size > SMALL_REQUEST_THRESHOLD || size <= 0) return this.systemMalloc(size);
    const sizeClass = (size - 1) >> 4;
    const pool = this.usedPools[sizeClass] ?? this.newPool(sizeClass);
    const freeBlocks = pool.freeBlocks;
    const blockSize = pool.blockSize;
    let address: number;
    if (freeBlocks.length > 0) {
      address = freeBlocks.pop()!;
    } else {
      address = pool.address + pool.nextOffset;
      pool.nextOffset += blockSize;
    }
    pool.used++;
    if (freeBlocks.length === 0 && pool.nextOffset + blockSize > POOL_SIZE) this.unlinkPool(pool);
    this.blocksInUse++;
    this.bytesInUse += blockSize;
    if (pool.space !== this.mainSpace) {
      this.startupBlocks++;
      this.startupBytes += blockSize;
    }
    return address;
  }

  /** Returns the block at `address` (of the size it was requested with) to its pool. */
  free(address: number, size: number): void {
    if (size > SMALL_REQUEST_THRESHOLD || size <= 0) {
      this.systemFree_(address);
      return;
    }
    const pool = this.poolOf(address);
    const flags = pool.baseline;
    if (flags !== null) {
      const i = (address - pool.address - POOL_OVERHEAD) / pool.blockSize;
      if (flags[i] === 1) {
        flags[i] = 0;
        this.baselineFreedBytes += pool.blockSize;
        this.baselineFreedBlocks++;
      }
    }
    const wasFull = !pool.linked;
    pool.freeBlocks.push(address);
    pool.used--;
    this.blocksInUse--;
    this.bytesInUse -= pool.blockSize;
    if (pool.space !== this.mainSpace) {
      this.startupBlocks--;
      this.startupBytes -= pool.blockSize;
    }
    if (wasFull) {
      // CPython links a pool that was full back at the front of usedpools.
      this.linkPoolFirst(pool);
    } else if (pool.used === 0) {
      this.unlinkPool(pool);
      const space = pool.space;
      space.poolByIndex[(pool.address - space.base) / POOL_SIZE] = undefined;
      this.poolCount--;
      space.emptyPools.push({ arena: pool.arena, address: pool.address });
    }
  }

  /**
   * pymalloc_realloc: a small block that still fits and would not shrink by more than a quarter
   * stays where it is; otherwise a new block is taken (malloc, then free of the old one, in
   * that order). Returns the (possibly new) address.
   */
  realloc(address: number, oldSize: number, newSize: number): number {
    if (address === 0) return this.malloc(newSize);
    if (oldSize > 0 && oldSize <= SMALL_REQUEST_THRESHOLD && newSize > 0) {
      const blockSize = ((oldSize + ALIGNMENT - 1) >> 4) << 4;
      if (newSize <= blockSize && 4 * newSize > 3 * blockSize) return address;
    }
    const fresh = this.malloc(newSize);
    this.free(address, oldSize);
    return fresh;
  }

  /** Bytes in use outside the startup space (the blocks a program's allocations can account for). */
  programBytesInUse(): number {
    return this.bytesInUse - this.startupBytes;
  }

  /** Pool blocks in use outside the startup space. */
  programBlocksInUse(): number {
    return this.blocksInUse - this.startupBlocks;
  }

  blockSizeFor(size: number): number {
    return size > SMALL_REQUEST_THRESHOLD ? size : ((size + ALIGNMENT - 1) >> 4) << 4;
  }

  /** Blocks handed out and not freed, pymalloc's and the system allocator's (sys.getallocatedblocks). */
  allocatedBlocks(): number {
    return this.blocksInUse + this.systemSizes.size;
  }

  stats(): AllocatorStats {
    const blocksPerClass = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    const poolsPerClass = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    const capacityPerClass = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    let poolsInUse = 0;
    for (const pool of this.pools()) {
      if (pool.used > 0) poolsInUse++;
      blocksPerClass[pool.sizeClass]! += pool.used;
      poolsPerClass[pool.sizeClass]!++;
      capacityPerClass[pool.sizeClass]! += pool.capacity;
    }
    let largeBytes = 0;
    for (const size of this.systemSizes.values()) largeBytes += size;
    const arenas = [...this.mainSpace.arenas, ...this.startupSpace.arenas];
    return {
      arenasAllocated: arenas.length,
      arenasInUse: arenas.filter((a) => a.pools.some((p) => p.used > 0)).length,
      poolsInUse,
      blocksInUse: this.blocksInUse,
      bytesInUse: this.bytesInUse,
      blocksPerClass,
      poolsPerClass,
      capacityPerClass,
      unusedPools: arenas.length * (ARENA_SIZE / POOL_SIZE) - this.poolCount,
      largeBlocks: this.systemSizes.size,
      largeBytes,
    };
  }

  private newPool(sizeClass: number): Pool {
    const space = this.space;
    let arena: Arena;
    let address: number;
    const reused = space.emptyPools.pop();
    if (reused) {
      arena = reused.arena;
      address = reused.address;
    } else {
      if (space.currentArena === null || space.nextPoolInArena >= ARENA_SIZE) {
        // the program's arenas go round the startup range; a startup load that outgrew its
        // range (none does by far) goes on in the program's
        if (space === this.mainSpace && space.nextArenaAddress === STARTUP_BASE) {
          space.nextArenaAddress = STARTUP_END;
        }
        if (space === this.startupSpace && space.nextArenaAddress >= STARTUP_END) {
          this.useSpace(this.mainSpace);
          const pool = this.newPool(sizeClass);
          this.useSpace(this.startupSpace);
          return pool;
        }
        space.currentArena = new Arena(space.nextArenaAddress);
        space.arenas.push(space.currentArena);
        space.nextArenaAddress += ARENA_SIZE;
        space.nextPoolInArena = 0;
      }
      arena = space.currentArena;
      address = arena.address + space.nextPoolInArena;
      space.nextPoolInArena += POOL_SIZE;
    }
    const pool = new Pool(address, sizeClass, (sizeClass + 1) << 4, arena, space);
    // pools are carved in address order, so a pool's index in its arena is its offset there
    arena.pools[(address - arena.address) / POOL_SIZE] = pool;
    space.poolByIndex[(address - space.base) / POOL_SIZE] = pool;
    this.poolCount++;
    this.linkPoolFirst(pool);
    return pool;
  }

  private linkPoolFirst(pool: Pool): void {
    const usedPools = pool.space.usedPools;
    const head = usedPools[pool.sizeClass] ?? null;
    pool.prevPool = null;
    pool.nextPool = head;
    if (head !== null) head.prevPool = pool;
    usedPools[pool.sizeClass] = pool;
    pool.linked = true;
  }

  private unlinkPool(pool: Pool): void {
    const prev = pool.prevPool;
    const next = pool.nextPool;
    if (prev !== null) prev.nextPool = next;
    else pool.space.usedPools[pool.sizeClass] = next;
    if (next !== null) next.prevPool = prev;
    pool.prevPool = null;
    pool.nextPool = null;
    pool.linked = false;
  }

  private systemMalloc(size: number): number {
    const rounded = Math.max(ALIGNMENT, ((size + ALIGNMENT - 1) >> 4) << 4);
    const space = this.space;
    const free = space.systemFree.get(rounded);
    let address: number;
    if (free && free.length > 0) {
      address = free.pop()!;
    } else {
      address = -space.nextSystemOffset - ALIGNMENT;
      space.nextSystemOffset += rounded + ALIGNMENT;
    }
    this.systemSizes.set(address, rounded);
    this.bytesInUse += rounded;
    if (space !== this.mainSpace) this.startupBytes += rounded;
    return address;
  }

  private systemFree_(address: number): void {
    const size = this.systemSizes.get(address);
    if (size === undefined) return;
    if (this.baselineSystem?.delete(address)) this.baselineFreedBytes += size;
    this.systemSizes.delete(address);
    this.bytesInUse -= size;
    const startup = isStartupSystemBlock(address);
    if (startup) this.startupBytes -= size;
    const space = startup ? this.startupSpace : this.mainSpace;
    let list = space.systemFree.get(size);
    if (!list) space.systemFree.set(size, (list = []));
    list.push(address);
  }
}
