/**
 * sys._debugmallocstats(): the state of the allocator model and of the free lists, written to
 * the process's stderr in the layout of CPython 3.11's _PyObject_DebugMallocStats and
 * _PyObject_DebugTypeStats. The numbers are the model's own (which blocks this run holds),
 * so they differ from any one CPython process, whose interpreter allocates much more.
 */
import {
  ARENA_SIZE,
  NB_SMALL_SIZE_CLASSES,
  POOL_OVERHEAD,
  POOL_SIZE,
  SMALL_REQUEST_THRESHOLD,
} from "../memory/allocator.js";
import { heap } from "../memory/heap.js";
import { dictFreeListSizes } from "../objects/dict.js";
import { floatFreeListSize } from "../objects/float.js";
import { listFreeListSize } from "../objects/list.js";
import { tupleFreeListSize } from "../objects/tuple.js";

/** Tuples of 1 to 20 items have free lists (CPython 3.11's PyTuple_MAXSAVESIZE). */
const TUPLE_FREE_LIST_SIZES = 20;

/** CPython 3.11's arena map (a radix tree over addresses): the root and one node per level. */
const ARENA_MAP_ROOT_BYTES = 262_144;
const ARENA_MAP_MID_BYTES = 262_144;
const ARENA_MAP_BOT_BYTES = 131_072;

/** A count with thousands separators, as CPython's printone writes it. */
function withCommas(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

/** printone: the label padded to 35 columns, '=', the value right-aligned in 21. */
function line(label: string, value: number): string {
  return `${label.padEnd(35)}=${withCommas(value).padStart(21)}\n`;
}

/** _PyDebugAllocatorStats: "N free <what>s * S bytes each" right-aligned in 48 columns. */
function freeListLine(what: string, count: number, sizeEach: number): string {
  return line(`${`${count} free ${what}s * ${sizeEach} bytes each`.padStart(48)} `, count * sizeEach);
}

export function debugMallocStatsText(): string {
  const stats = heap.allocator.stats();
  let out = `Small block threshold = ${SMALL_REQUEST_THRESHOLD}, in ${NB_SMALL_SIZE_CLASSES} size classes.\n\n`;
  out += "class   size   num pools   blocks in use  avail blocks\n";
  out += "-----   ----   ---------   -------------  ------------\n";
  let allocatedBytes = 0;
  let availableBytes = 0;
  let quantization = 0;
  let poolsHeld = 0;
  for (let sizeClass = 0; sizeClass < NB_SMALL_SIZE_CLASSES; sizeClass++) {
    const pools = stats.poolsPerClass[sizeClass]!;
    if (pools === 0) continue;
    const size = (sizeClass + 1) * 16;
    const inUse = stats.blocksPerClass[sizeClass]!;
    const available = stats.capacityPerClass[sizeClass]! - inUse;
    out += `${String(sizeClass).padStart(5)} ${String(size).padStart(6)} ${String(pools).padStart(11)} ${String(inUse).padStart(15)} ${String(available).padStart(13)}\n`;
    allocatedBytes += inUse * size;
    availableBytes += available * size;
    quantization += pools * ((POOL_SIZE - POOL_OVERHEAD) % size);
    poolsHeld += pools;
  }
  const arenas = stats.arenasAllocated;
  out += "\n";
  out += line("# arenas allocated total", arenas);
  out += line("# arenas reclaimed", 0);
  out += line("# arenas highwater mark", arenas);
  out += line("# arenas allocated current", arenas);
  out += line(`${arenas} arenas * ${ARENA_SIZE} bytes/arena`, arenas * ARENA_SIZE);
  out += "\n";
  out += line("# bytes in allocated blocks", allocatedBytes);
  out += line("# bytes in available blocks", availableBytes);
  out += line(`${stats.unusedPools} unused pools * ${POOL_SIZE} bytes`, stats.unusedPools * POOL_SIZE);
  out += line("# bytes lost to pool headers", poolsHeld * POOL_OVERHEAD);
  out += line("# bytes lost to quantization", quantization);
  out += line("# bytes lost to arena alignment", 0);
  out += line("Total", arenas * ARENA_SIZE);
  const mapNodes = arenas > 0 ? 1 : 0;
  out += "\narena map counts\n";
  out += line("# arena map mid nodes", mapNodes);
  out += line("# arena map bot nodes", mapNodes);
  out += "\n";
  out += line("# bytes lost to arena map root", ARENA_MAP_ROOT_BYTES);
  out += line("# bytes lost to arena map mid", mapNodes * ARENA_MAP_MID_BYTES);
  out += line("# bytes lost to arena map bot", mapNodes * ARENA_MAP_BOT_BYTES);
  out += line("Total", ARENA_MAP_ROOT_BYTES + mapNodes * (ARENA_MAP_MID_BYTES + ARENA_MAP_BOT_BYTES));
  out += "\n";
  out += freeListLine("PyDictObject", dictFreeListSizes().dicts, 48);
  out += freeListLine("PyFloatObject", floatFreeListSize(), 24);
  out += freeListLine("PyListObject", listFreeListSize(), 40);
  for (let size = 1; size <= TUPLE_FREE_LIST_SIZES; size++) {
    out += freeListLine(`${size}-sized PyTupleObject`, tupleFreeListSize(size), 24 + 8 * size);
  }
  return out;
}
