/**
 * gc.get_count() across the import of a standard module python3 had not imported at startup
 * (json, datetime, dataclasses, decimal...). CPython's import unmarshals the module's .pyc and
 * runs CPython's module code; heapstack's library modules are its own code, so their loads make
 * other numbers of tracked objects (json 121 where python3's make 262, decimal 1,756 where 628),
 * and the program's automatic collections came at other moments than python3's.
 *
 * Such an import now leaves python3's count: the count becomes what python3's import adds
 * (import_counts.generated.ts, measured by scripts/gen_import_counts.py), less what python3's
 * automatic collections on the way take off: each one runs at a count of threshold + 1, as
 * collect_generations runs it, and resets it (python3's count after `import datetime` from 259
 * is 1157 - 701 = 456, from 523 it is 1429 - 2 * 701 = 27, as measured). The load runs as many
 * automatic collections as python3's import does (see startCountedImport). The free lists are
 * left as heapstack's load leaves them.
 *
 * python3 imports modules together (json its decoder, scanner, encoder and _json; dataclasses
 * inspect, ast, dis, tokenize...), and heapstack's loads import others: the modules python3's
 * imports have loaded are kept per run, so a later import of one of them adds nothing, and one
 * heapstack had loaded along with another (without a count) adds python3's count at the
 * program's own import of it.
 */

import { type GcHead, gc } from "./gc.js";
import { heap } from "./heap.js";
import { IMPORT_UNITS } from "./import_counts.generated.js";
import { run, startupEmulated } from "./startup.js";

/** Unit index of each module of IMPORT_UNITS. */
const unitOf = new Map<string, number>();
IMPORT_UNITS.forEach(([members], i) => {
  for (const m of members) unitOf.set(m, i);
});

/** The units python3's imports have loaded in this run (`epoch`), and loads in progress. */
const cpython = { epoch: -1, loaded: new Set<number>(), depth: 0 };

function thisRun(): void {
  if (cpython.epoch === run.epoch) return;
  cpython.epoch = run.epoch;
  cpython.loaded.clear();
  cpython.depth = 0;
}

/** The units `u` loads (itself last), depth first as python3's nested imports run. */
function unitsLoadedBy(u: number, out: number[] = []): number[] {
  if (out.includes(u)) return out;
  for (const d of IMPORT_UNITS[u]![1]) unitsLoadedBy(d, out);
  out.push(u);
  return out;
}

/**
 * python3's import of unit `u`: marks what it loads and returns the generation-0 count it adds:
 * its cold count for the run's first such import, else the sum of the units still to load (as
 * measured after another import, whose leftovers in the free lists this one takes).
 */
function loadUnit(u: number): number {
  const units = unitsLoadedBy(u).filter((x) => !cpython.loaded.has(x));
  if (units.length === 0) return 0;
  const cold = cpython.loaded.size === 0;
  let added = cold ? IMPORT_UNITS[u]![3] : 0;
  for (const x of units) {
    if (!cold) added += IMPORT_UNITS[x]![2];
    cpython.loaded.add(x);
  }
  return added;
}

/**
 * The generation-0 count python3's import of `added` tracked objects leaves, and how many
 * automatic collections it runs: one each time the count passes the threshold, at a count of
 * threshold + 1 (collect_generations), which it takes off.
 */
function cpythonCollections(added: number): { count: number; collections: number } {
  let count = gc.counts[0]! + added;
  let collections = 0;
  const step = gc.thresholds[0]! + 1;
  if (!gc.enabled || gc.thresholds[0] === 0 || gc.collecting) return { count, collections };
  for (; count >= step; count -= step) collections++;
  return { count, collections };
}

/** Runs python3's collections for an import of `added` objects at once; the count after. */
function countAfter(added: number): number {
  const { count, collections } = cpythonCollections(added);
  for (let i = 0; i < collections; i++) gc.collectAsCountExceeded();
  return count;
}

export interface CountedImport {
  /** the generation-0 count when the load ends (null: an import inside a counted one) */
  count: number | null;
  /** automatic collections python3's import runs, and the limit before the import */
  collections: number;
  budget: number | null;
  /** generation 0's last object before the load */
  tail: GcHead;
  /** an import startup.ts handles (startForeignImport) */
  foreign?: boolean;
}

/**
 * Before heapstack loads `name` for an import: for a module of the table in a run started as
 * python3's, its load is to end with python3's count (finishCountedImport sets it); otherwise
 * null. The load runs python3's number of automatic collections: when heapstack's own count
 * passes the threshold, as many as python3's import runs, so that they come amid the module's
 * objects as python3's do (garbage made before one is collected by it, the tuples made before
 * it untracked); those the load did not reach run when it ends, over the objects made before it.
 * Inside such a load every import is the outer one's: it counts nothing of its own.
 */
export function startCountedImport(name: string): CountedImport | null {
  if (!startupEmulated()) return null;
  thisRun();
  const u = unitOf.get(name);
  if (u === undefined && cpython.depth === 0) return null;
  cpython.depth++;
  const tail = gc.generations[0]!.last();
  if (cpython.depth > 1) return { count: null, collections: 0, budget: gc.automaticBudget, tail };
  const { count, collections } = cpythonCollections(loadUnit(u!));
  const mark = { count, collections, budget: gc.automaticBudget, tail };
  gc.automaticBudget = collections;
  return mark;
}

export function finishCountedImport(mark: CountedImport | null): void {
  if (mark === null) return;
  cpython.depth--;
  if (mark.count === null) return;
  if (mark.foreign === true) {
    gc.counts[0] = mark.count;
    heap.gen0Count = mark.count;
    return;
  }
  const left = gc.automaticBudget ?? 0;
  gc.automaticBudget = mark.budget;
  // (python3's collections that heapstack's smaller load did not reach: over what was there
  // before it, as if they had come early in the import, before the module's garbage was made)
  gc.collectAsCountExceededBefore(mark.tail, left);
  gc.counts[0] = mark.count;
  heap.gen0Count = mark.count;
}

/**
 * An import of a module heapstack's loads had already made (sys.modules has it): python3's
 * count if python3's imports had not loaded it yet.
 */
export function countCachedImport(name: string): void {
  if (!startupEmulated()) return;
  thisRun();
  const u = unitOf.get(name);
  if (u === undefined || cpython.depth > 0 || cpython.loaded.has(u)) return;
  gc.counts[0] = countAfter(loadUnit(u));
  heap.gen0Count = gc.counts[0]!;
}

/**
 * An import startup.ts makes neutral or settles (a module python3 had at startup; tracemalloc,
 * array): python3's import of it loads its units too, and the imports its load makes are its
 * own (uncounted here). finishCountedImport ends it: a settled one (which counts heapstack's
 * allocations) ends with python3's count, unless startup.ts's own measurements of tracemalloc's
 * first import (for every count it can start from) apply: not when python3's import of it is
 * smaller because some of what it loads was imported before (linecache: 268 of its 1,336).
 */
export function startForeignImport(name: string, settled: boolean): CountedImport | null {
  if (!startupEmulated()) return null;
  thisRun();
  const u = unitOf.get(name);
  let count: number | null = null;
  if (u !== undefined && cpython.depth === 0) {
    const first = unitsLoadedBy(u).every((x) => !cpython.loaded.has(x));
    const added = loadUnit(u);
    if (settled && !(name === "tracemalloc" && first)) count = cpythonCollections(added).count;
  }
  cpython.depth++;
  return {
    count,
    collections: 0,
    budget: gc.automaticBudget,
    tail: gc.generations[0]!.last(),
    foreign: true,
  };
}
