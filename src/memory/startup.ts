/**
 * The memory state CPython 3.11.7 is in when a script's first line runs, which heapstack's own
 * start (a different runtime, built differently) does not leave by itself. Measured with
 * `python3 script.py` (the site-packages of the reference installation imported, stdout a pipe):
 *
 * - the collector has run 22 generation-0 and 2 generation-1 collections (finding 43 and 92
 *   unreachable objects), none of generation 2, and the last one was of generation 1: the counts
 *   are (N, 0, 2), N the tracked allocations since then (249 for `import gc` + a print);
 * - about 11,000 tracked objects survive: a full collection sets long_lived_total to them all,
 *   which decides when the next automatic full collection comes (pending > total / 4);
 * - the free lists are not empty (sys._debugmallocstats at the first line): 40 lists, 8 dicts,
 *   75 small str-keyed dict keys objects, 4 floats, and tuples of 1..19 items as listed below.
 *   Objects taken from a free list are no new allocations, for gc.get_count() as for
 *   tracemalloc, so a program's first lists and dicts count as in CPython.
 *
 * The numbers below are the state before the script is compiled: compiling it (replayCompile,
 * compile_replay.ts) then counts, takes and returns what CPython's compiler does, so that a short
 * script's first line sees the counts above.
 */

import { PyCode } from "../objects/code.js";
import {
  dictFreeListSizes,
  type PyDict,
  PyDict_Clear,
  PyDict_New,
  PyDict_SetItem,
  PyDict_SetItemString,
} from "../objects/dict.js";
import { floatFreeListSize, PyFloat_FromDouble } from "../objects/float.js";
import { listFreeListSize, PyList_New } from "../objects/list.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, type PyObject } from "../objects/object.js";
import { PySet } from "../objects/set.js";
import { PySlice_New } from "../objects/slice.js";
import { PyStr_InternImmortal } from "../objects/str.js";
import { PyTuple, PyTuple_New, trimTupleFreeList, tupleFreeListSize } from "../objects/tuple.js";
import { typeCacheReset } from "../objects/type_cache.js";
import { replayCompile } from "./compile_replay.js";
import { type GcHead, gc } from "./gc.js";
import { heap } from "./heap.js";
import { startupImportDone, startupRefcounts } from "./startup_refs.js";
import { blockModel } from "./unicode_writer.js";

/**
 * Tracked allocations counted before the script is compiled (compiling `import gc` + a print
 * brings them to 228; the import adds 20 there, see BUILTIN_IMPORT_EFFECTS).
 */
const GEN0_AT_FIRST_LINE = 220;
/** gc.get_stats() at the first line: [collections, collected, uncollectable] per generation. */
const STATS_AT_FIRST_LINE = [
  [22, 43, 0],
  [2, 92, 0],
  [0, 0, 0],
];
/** Tracked objects of CPython's startup (modules, classes, functions) heapstack does not have. */
const STARTUP_LONG_LIVED = 10700;
/** abc.get_cache_token() at the first line: the ABC registrations CPython's start made. */
const ABC_TOKEN_AT_FIRST_LINE = 25;

/**
 * abc's cache token (Modules/_abc.c `abc_invalidation_counter`, bumped by _abc.ts's register).
 * CPython's import of a module it had imported at startup registers nothing, so heapstack's
 * load of one gives the token back as it was when it ends; the ABCs whose negative caches the
 * load (re)started (`touched`) are left as CPython's start left them: valid if started after
 * the load's last registration, stale (cleared at their next check) if before.
 */
export const abcInvalidation = { counter: 0, touched: [] as { negativeCacheVersion: number }[] };

function endAbcRegistrations(before: number): void {
  const after = abcInvalidation.counter;
  for (const d of abcInvalidation.touched)
    d.negativeCacheVersion = d.negativeCacheVersion === after ? before : -1;
  abcInvalidation.touched.length = 0;
  abcInvalidation.counter = before;
}

/** Whether a module python3 had imported at startup is being loaded (neutrally). */
export function startupImportRunning(): boolean {
  return neutralDepth > 0;
}

/**
 * The free lists before the script is compiled: compiling it (replayCompile) takes and returns
 * blocks, leaving a short script's first line with 40 lists, 8 dicts, 8 2-tuples...
 */
const FREE_LISTS = {
  lists: 41,
  dicts: 8,
  keys: 75,
  floats: 4,
  /** tuples of 1, 2, ... 20 items */
  tuples: [4, 0, 2, 2, 3, 0, 8, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1, 6],
};

/** Objects taken off a free list to shorten it: alive for the rest of the run. */
const held: PyObject[] = [];

/** The current run (runMain starts each with startRun): what is made once per run is keyed by it. */
export const run = { epoch: 0 };

/** A run starts: what earlier runs in this process made for their programs is dropped. */
export function startRun(): void {
  run.epoch++;
  blockModel.on = false;
  held.length = 0;
  reprList.epoch = -1;
  startupModuleBlocks.count = 0;
  neutralDepth = 0;
  typeCacheReset();
}

/** Fills (or shortens) one free list to `target` entries. */
function adjust(size: () => number, target: number, make: () => PyObject): void {
  const made: PyObject[] = [];
  while (size() + made.length < target) made.push(make());
  // Released newest first would reverse them; CPython's pushes are in free order, any is fine.
  for (const o of made) Py_DECREF(o);
  // (tuples of 20 items are never taken back from their free list: that one only grows)
  for (let before = size(); before > target; before = size()) {
    const o = make();
    gc.untrack(o);
    held.push(o);
    if (size() === before) break;
  }
}

/** Fills (or shortens) the free lists to these lengths (tuples: of 1, 2, ... items). */
function setFreeLists(
  keys: number,
  dicts: number,
  lists: number,
  floats: number,
  tuples: readonly number[],
): void {
  // Dict keys first: each small str-keyed dict parks its keys when cleared; the dict objects
  // themselves then go to the dict free list, adjusted after.
  const keyed: PyDict[] = [];
  while (dictFreeListSizes().keys + keyed.length < keys) {
    const d = PyDict_New();
    PyDict_SetItemString(d, "a", Py_None);
    keyed.push(d);
  }
  for (const d of keyed) PyDict_Clear(d);
  for (const d of keyed) Py_DECREF(d);
  while (dictFreeListSizes().keys > keys) {
    const d = PyDict_New();
    PyDict_SetItemString(d, "a", Py_None);
    gc.untrack(d);
    held.push(d);
  }
  adjust(
    () => dictFreeListSizes().dicts,
    dicts,
    () => PyDict_New(),
  );
  adjust(listFreeListSize, lists, () => PyList_New());
  adjust(floatFreeListSize, floats, () => PyFloat_FromDouble(0.5));
  tuples.forEach((target, i) => {
    const n = i + 1;
    // 20-item tuples heapstack's own import code parked: no allocation takes from that list
    if (n === 20) trimTupleFreeList(n, target);
    adjust(
      () => tupleFreeListSize(n),
      target,
      () =>
        PyTuple_New(
          Array.from({ length: n }, () => {
            Py_INCREF(Py_None);
            return Py_None;
          }),
        ),
    );
  });
}

/**
 * Puts the collector and the free lists in the state python3 leaves before a script's first
 * line; `gen0Adjust` corrects the count for the way the program was given (-c counts one less).
 */
export function emulateCPythonStartup(gen0Adjust = 0, script: PyCode | null = null): void {
  const listener = heap.listener;
  heap.listener = null;
  const enabled = gc.enabled;
  gc.enabled = false;
  try {
    setFreeLists(FREE_LISTS.keys, FREE_LISTS.dicts, FREE_LISTS.lists, FREE_LISTS.floats, FREE_LISTS.tuples);
    // CPython's one-slice cache holds a dead slice by then: a program's first slice is no new
    // allocation for gc.get_count() (`xs[:1]` at the first line leaves the count as it was)
    Py_DECREF(PySlice_New(null, null, null));
    // static in CPython: made before the program could trace it
    PyStr_InternImmortal("Py_Repr");
  } finally {
    gc.enabled = enabled;
    heap.listener = listener;
  }
  // What was made before the first line (the main module and its dict, sys's objects...) has
  // survived CPython's startup collections: it is in the oldest generation there.
  gc.ageSince(gc.generations[0]!);
  gc.counts[0] = GEN0_AT_FIRST_LINE + gen0Adjust;
  gc.counts[1] = 0;
  gc.counts[2] = 2;
  heap.gen0Count = gc.counts[0]!;
  STATS_AT_FIRST_LINE.forEach(([collections, collected, uncollectable], i) => {
    gc.stats[i] = { collections: collections!, collected: collected!, uncollectable: uncollectable! };
  });
  if (script !== null) {
    const listener = heap.listener;
    heap.listener = null;
    try {
      held.push(...replayCompile(script));
    } finally {
      heap.listener = listener;
    }
    makeYoung(script);
  }
  gc.startupLongLived = STARTUP_LONG_LIVED;
  abcInvalidation.counter = ABC_TOKEN_AT_FIRST_LINE;
  emulatedEpoch = run.epoch;
  // CPython's start has repr'd no container: the program's first repr makes the list
  reprList.epoch = -1;
}

/**
 * The script's code objects keep the constant and name tuples CPython's compiler made just
 * before the first line: they belong in generation 0 (where the next automatic collection's
 * untrack_tuples untracks the atomic ones), not with the startup's survivors ageSince aged.
 * Moved uncounted, inner objects first (the order the compiler made them).
 */
function makeYoung(co: PyCode): void {
  const visit = (o: PyObject): void => {
    if (o instanceof PyCode) makeYoung(o);
    else if (o instanceof PyTuple) {
      for (const item of o.items) visit(item);
      retrack(o);
    } else if (o instanceof PySet) retrack(o);
  };
  visit(co.co_consts);
  retrack(co.co_names);
}

function retrack(o: PyObject): void {
  if (!gc.isTracked(o)) return;
  gc.untrack(o);
  gc.track(o);
}

/**
 * The modules python3 has imported before a script's first line (sys.modules there: the
 * interpreter's own, site's, and what the reference installation's .pth files import). For
 * CPython, importing one of them later is a dictionary lookup that allocates nothing; heapstack
 * loads it then, without counting: see startImport.
 */
const CPYTHON_STARTUP_MODULES = new Set(
  (
    "_abc _bisect _bz2 _codecs _collections _collections_abc _compression _functools _io _lzma " +
    "_operator _random _sha512 _signal _sitebuiltins _sre _stat _struct _thread _typing _warnings " +
    "_weakref _weakrefset abc atexit binascii bisect bz2 codecs collections collections.abc " +
    "contextlib copyreg encodings encodings.aliases encodings.utf_8 enum errno fnmatch functools " +
    "genericpath importlib importlib._abc importlib._bootstrap importlib._bootstrap_external " +
    "importlib.readers importlib.resources importlib.resources._adapters " +
    "importlib.resources._common importlib.resources._itertools importlib.resources._legacy " +
    "importlib.resources.abc importlib.resources.readers importlib.util io ipaddress itertools " +
    "keyword lzma marshal math ntpath operator os os.path pathlib posix posixpath random re " +
    "re._casefix re._compiler re._constants re._parser reprlib shutil site stat struct tempfile " +
    "threading time types typing typing.io typing.re urllib urllib.parse warnings weakref zipfile " +
    "zipimport zlib"
  ).split(" "),
);

/** Whether python3's start had imported `name` (its start, whatever heapstack's run emulates). */
export function importedAtCPythonStartup(name: string): boolean {
  return CPYTHON_STARTUP_MODULES.has(name);
}

/**
 * The submodules of `name` python3 had imported at startup: a program that imports the package
 * finds them as its attributes there (`import collections` then `collections.abc.Sequence`).
 */
export function startupSubmodules(name: string): string[] {
  if (emulatedEpoch !== run.epoch) return [];
  const prefix = `${name}.`;
  return [...CPYTHON_STARTUP_MODULES].filter((m) => m.startsWith(prefix) && !m.includes(".", prefix.length));
}

/** What CPython's import of a module does to the collector's count and the free lists. */
interface ImportEffect {
  /** tracked allocations counted when no tuple has to be made new (see tuplePeak) */
  count: number;
  /** dicts and lists taken from their free lists for good */
  dicts: number;
  lists: number;
  /** small str-keyed dict keys objects given back to their free list (which holds 80 at most) */
  keys?: number;
  /**
   * tuples of 1, 2, ... items the import's Python code holds at once at its peak, all given
   * back after: those the free list lacks then are new allocations (counted), and the free list
   * ends at least that long
   */
  tuplePeak: number[];
}

const NO_EFFECT: ImportEffect = { count: 0, dicts: 0, lists: 0, tuplePeak: [] };

/** The run that started with emulateCPythonStartup (imports are neutral only there). */
let emulatedEpoch = -1;

/** Whether this run started in the state python3 leaves before a script's first line. */
export function startupEmulated(): boolean {
  return emulatedEpoch === run.epoch;
}

/**
 * Builtin modules python3 imports at the program's request, with what that import does in
 * CPython: tracked allocations counted, objects taken from the free lists of dicts and lists,
 * and the tuples it needs at once. (The count for `gc` makes the first line's count right:
 * nothing can read the count before gc is imported.) Measured with sys._debugmallocstats()
 * before and after `import gc` in scripts whose compile leaves 1 or 2 free 3-tuples: the import
 * leaves 2 either way and counts one allocation more after 1; the other tuple lists are as
 * before.
 */
const BUILTIN_IMPORT_EFFECTS: Record<string, ImportEffect> = {
  gc: { count: 19, dicts: 1, lists: 1, keys: 1, tuplePeak: [0, 0, 2] },
};

/**
 * Modules CPython had not imported at startup whose import runs enough Python code to reshape
 * the free lists, in a way programs see right after: tracemalloc (its import loads pickle,
 * linecache, tokenize), after which a program's first lists, dicts and tuples are new blocks or
 * reused ones as in CPython only if the free lists are CPython's. Measured with python3 after
 * `import X` after scripts that leave different free lists: the import's deepest point takes
 * `dicts[0]` dicts (`lists[0]` lists) more than it has given back, then gives `dicts[1]`
 * (`lists[1]`) back, so a free list of n before ends at max(n - [0], 0) + [1] (dicts 8, 16,
 * 20, 60 -> 4, 66 -> 5, 80 -> 19; lists 0 -> 11, 9 -> 11, 38 -> 32, 61 -> 55); small str-keyed
 * dict keys objects and tuples of 1..20 items are left at the numbers given (a pair: taken and
 * given back as dicts and lists are), floats as before (keys too when null). array (an extension
 * module: the path finder's search, then MutableSequence.register): dicts 14 -> 11, empty -> 2;
 * lists 0 -> 2, 40 -> 38, 63 -> 61; tuples of 1 item 4 -> 2, 41 -> 39, of 2 11 -> 4, 14 -> 7,
 * 60 -> 53, of 3 0 -> 2, 2 -> 2, 40 -> 40, of 4 0 -> 1, 1 -> 1, 40 -> 40, longer ones untouched.
 * After another of these imports (`warm`: the path finders of the script's directory and of
 * lib-dynload are cached by then) array takes less: lists 0 -> 2, 34 -> 33, 66 -> 65, tuples of
 * 2 items 0 -> 1, 16 -> 14, 60 -> 58, of 4 0 -> 0, 10 -> 10.
 * The import's allocations and collections are heapstack's.
 */
type ImportSettle = {
  dicts: [number, number];
  lists: [number, number];
  keys: number | null;
  tuples: (number | [number, number])[];
  warm?: ImportSettle;
};
const IMPORT_FREE_LISTS: Record<string, ImportSettle> = {
  tracemalloc: {
    dicts: [65, 4],
    lists: [17, 11],
    keys: 74,
    tuples: [4, 16, 4, 5, 1, 0, 0, 4, 2, 3, 3, 3, 4, 2, 1, 1, 1, 2, 1, 6],
    // after array's import: lists 2 -> 11, 38 -> 33, 42 -> 37
    warm: {
      dicts: [65, 4],
      lists: [16, 11],
      keys: 74,
      tuples: [4, 16, 4, 5, 1, 0, 0, 4, 2, 3, 3, 3, 4, 2, 1, 1, 1, 2, 1, 6],
    },
  },
  array: {
    dicts: [5, 2],
    lists: [4, 2],
    keys: null,
    tuples: [[4, 2], [8, 1], [2, 2], [1, 1], ...Array.from({ length: 16 }, (): [number, number] => [0, 0])],
    warm: {
      dicts: [5, 2],
      lists: [3, 2],
      keys: null,
      tuples: [[4, 2], [3, 1], [2, 2], ...Array.from({ length: 17 }, (): [number, number] => [0, 0])],
    },
  },
};

/** Whether an import of IMPORT_FREE_LISTS has run in this run (python3's path finders cached). */
const pathFinders = { warmEpoch: -1 };

/** A free list of `n` before an import that takes `d` more than it gives back, then gives `r`. */
function settled(n: number, [d, r]: [number, number]): number {
  return Math.max(0, n - d) + r;
}

export interface NeutralImport {
  /** CPython's import: allocations counted, objects taken from free lists (0 for startup modules) */
  effect: ImportEffect;
  /** an ordinary import after which the free lists are set as IMPORT_FREE_LISTS says */
  settle?: ImportSettle;
  tail: GcHead | null;
  count0: number;
  collecting: boolean;
  freeLists: number[];
  /** the allocator's blocks in use when the import started */
  blocks: number;
  /** reference counts of builtins when the outermost load of a startup module started */
  refs?: Map<PyObject, number> | null;
  /** generation 0 and 1 collections made before the import (ordinary imports that settle) */
  collections?: number[];
  /** abc's cache token when the outermost load of a startup module started */
  abcToken?: number;
}

/**
 * Blocks in use that the loads of modules python3 had imported at startup left behind: for
 * CPython those imports allocate nothing, so sys.getallocatedblocks() leaves them out.
 */
export const startupModuleBlocks = { count: 0 };

/** Neutral imports in progress (one loading another counts its blocks once, at the outer one). */
let neutralDepth = 0;

function freeListSizes(): number[] {
  const d = dictFreeListSizes();
  return [
    d.keys,
    d.dicts,
    listFreeListSize(),
    floatFreeListSize(),
    ...FREE_LISTS.tuples.map((_, i) => tupleFreeListSize(i + 1)),
  ];
}

/**
 * Called before a module is loaded for `import`: for one python3 had already imported at
 * startup, the load must leave no trace CPython's import would not (its allocations are not
 * counted, it runs no automatic collection, the free lists end as they were, and its objects
 * join the oldest generation as CPython's startup objects have). Returns what finishImport
 * needs, or null for an ordinary import.
 */
export function startImport(name: string): NeutralImport | null {
  if (emulatedEpoch !== run.epoch) return null;
  const settle = IMPORT_FREE_LISTS[name];
  if (settle !== undefined) {
    return {
      effect: NO_EFFECT,
      settle,
      tail: null,
      count0: gc.counts[0]!,
      collecting: false,
      freeLists: freeListSizes(),
      blocks: 0,
      collections: [gc.stats[0]!.collections, gc.stats[1]!.collections],
    };
  }
  const effect = BUILTIN_IMPORT_EFFECTS[name] ?? (CPYTHON_STARTUP_MODULES.has(name) ? NO_EFFECT : null);
  if (effect === null) return null;
  const mark: NeutralImport = {
    effect,
    tail: gc.generations[0]!.last(),
    count0: gc.counts[0]!,
    collecting: gc.collecting,
    freeLists: freeListSizes(),
    blocks: heap.allocator.allocatedBlocks(),
    refs: neutralDepth === 0 ? startupRefcounts() : null,
    abcToken: abcInvalidation.counter,
  };
  neutralDepth++;
  heap.untraced++;
  heap.allocator.enterStartupSpace();
  gc.collecting = true;
  return mark;
}

/**
 * python3's generation-0 count after `import tracemalloc` (which runs pickle's, linecache's,
 * tokenize's... Python code) begins at count c0, with default thresholds and the free lists a
 * script starts with, measured for every c0 in 0..700 (from 228 with the import near a script's
 * top, as most programs have it; below, only reached after a collection, with the import after
 * one): from c0 = 71 its ~1,330 tracked allocations make two collections, below one. Each list is the count after the import at its
 * first c0 then, one character per next c0, how much higher it is (0-9a-zA-Z: 0..61). The count
 * depends on when those collections come among the import's short-lived objects, which
 * heapstack's import (its own code) does not reproduce: without this, a program importing
 * tracemalloc had its automatic collections ~70 allocations later than python3's.
 */
const TRACEMALLOC_IMPORT_ONE_COLLECTION = {
  first: 0,
  count: 622,
  steps: "1300000030011300112200111111111111111111111111111111111111111111111111",
};
const TRACEMALLOC_IMPORT_TWO_COLLECTIONS = {
  first: 71,
  count: 0,
  steps:
    "0000000000000004000011101300101111114000111401001111201114000111111111150001030011111201111111150001" +
    "011111111114001011111101114001011a000000k000000000000000i1111111111111111111111111111111111000000000" +
    "0000014000430200001020114000140001140020011120111h00000000000B00000000000000000000000000000000000000" +
    "0030001300140001600c00000000110000004000130040012001111111111111111111111111111111111111111700009000" +
    "0000004100001201111112011111111115130000003001130011220011111111115130000003001130011220011111111111" +
    "1111111111111130011130011111111111111111111111111111111111111111111111111111111111111111111111111111" +
    "1111c00000000000230200070011",
};
/** Tracked allocations python3's `import tracemalloc` leaves counted when the collector is disabled. */
const TRACEMALLOC_IMPORT_NET = 1327;
const STEP_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

function countAfter(table: { first: number; count: number; steps: string }, c0: number): number {
  let count = table.count;
  for (let i = 0; i < c0 - table.first; i++) count += STEP_DIGITS.indexOf(table.steps[i]!);
  return count;
}

function countLikeCPythonTracemallocImport(mark: NeutralImport): void {
  const c0 = mark.count0;
  if (!gc.enabled) {
    gc.counts[0] = c0 + TRACEMALLOC_IMPORT_NET;
    return;
  }
  const [t0, t1, t2] = gc.thresholds;
  if (t0 !== 700 || t1 !== 10 || t2 !== 10 || mark.collections === undefined) return;
  const one = c0 <= 70 || c0 >= 700;
  gc.counts[0] = one
    ? countAfter(TRACEMALLOC_IMPORT_ONE_COLLECTION, c0 >= 700 ? 0 : c0)
    : countAfter(TRACEMALLOC_IMPORT_TWO_COLLECTIONS, c0);
  // heapstack's import (a little larger) made a second collection where python3's made one:
  // the counters show python3's
  const [gen0Before, gen1Before] = mark.collections;
  const gen0 = gc.stats[0]!.collections - gen0Before!;
  if (one && gen0 === 2 && gc.stats[1]!.collections === gen1Before && gc.counts[1]! > 0) {
    gc.stats[0]!.collections--;
    gc.counts[1]!--;
  }
}

export function finishImport(mark: NeutralImport | null, name = ""): void {
  if (mark === null) return;
  if (mark.settle !== undefined) {
    const [keys, dicts, lists, floats, ...tuples] = mark.freeLists;
    const e = pathFinders.warmEpoch === run.epoch ? (mark.settle.warm ?? mark.settle) : mark.settle;
    pathFinders.warmEpoch = run.epoch;
    const count0 = gc.counts[0]!;
    const enabled = gc.enabled;
    gc.enabled = false;
    try {
      interpreterOwned(() =>
        setFreeLists(
          e.keys ?? keys!,
          settled(dicts!, e.dicts),
          settled(lists!, e.lists),
          floats!,
          e.tuples.map((t, i) => (typeof t === "number" ? t : settled(tuples[i]!, t))),
        ),
      );
    } finally {
      gc.enabled = enabled;
    }
    // filling or shortening the lists is no allocation of the program's
    gc.counts[0] = count0;
    if (name === "tracemalloc") countLikeCPythonTracemallocImport(mark);
    heap.gen0Count = gc.counts[0]!;
    return;
  }
  // tuples the import had to make new (its peak need beyond the free lists)
  let made = 0;
  const listener = heap.listener;
  heap.listener = null;
  try {
    const [keys, dicts, lists, floats, ...tuples] = mark.freeLists;
    const e = mark.effect;
    e.tuplePeak.forEach((peak, i) => {
      made += Math.max(0, peak - tuples[i]!);
      tuples[i] = Math.max(peak, tuples[i]!);
    });
    setFreeLists(
      Math.min(80, keys! + (e.keys ?? 0)),
      Math.max(0, dicts! - e.dicts),
      Math.max(0, lists! - e.lists),
      floats!,
      tuples,
    );
  } finally {
    heap.listener = listener;
    // (what refilled the free lists is CPython's start's too: made in the startup space)
    heap.allocator.leaveStartupSpace();
  }
  heap.untraced--;
  if (heap.untraced === 0) heap.listener?.onUntracedEnd?.();
  startupImportDone(mark.refs ?? null);
  if (--neutralDepth === 0) {
    startupModuleBlocks.count += heap.allocator.allocatedBlocks() - mark.blocks;
    endAbcRegistrations(mark.abcToken!);
  }
  gc.ageSince(mark.tail);
  gc.collecting = mark.collecting;
  gc.counts[0] = mark.count0 + mark.effect.count + made;
  heap.gen0Count = gc.counts[0]!;
}

/**
 * CPython's Py_ReprEnter keeps its list of the objects being repr'd in the thread state's dict,
 * both made at the first call of a run (a program's first container repr): two tracked
 * allocations kept for good, which gc.get_count() sees. `epoch` is the run they were made for.
 */
export const reprList: { epoch: number; objects: PyObject[] } = { epoch: -1, objects: [] };

export function firstReprEnter(): void {
  reprList.epoch = run.epoch;
  reprList.objects = [
    interpreterOwned(() => {
      const tstateDict = PyDict_New();
      const list = PyList_New();
      // the key is a static string in CPython (_Py_ID(Py_Repr)): no allocation of the run's
      PyDict_SetItem(tstateDict, PyStr_InternImmortal("Py_Repr"), list);
      Py_DECREF(list);
      // out of the collector's lists: nothing of the program's can reach them
      gc.untrack(list);
      gc.untrack(tstateDict);
      return tstateDict;
    }),
  ];
}

/**
 * Makes objects CPython's start had made and heapstack makes on first use (a static type's
 * `__mro__` and `__bases__` tuples): no allocation of the program's, so tracemalloc does not
 * trace them, the trace recorder is not shown them and sys.getallocatedblocks() leaves their
 * blocks out. `make` takes no free-list block and counts nothing for the collector itself.
 */
export function madeAtStartup<T>(make: () => T): T {
  const listener = heap.listener;
  heap.listener = null;
  heap.untraced++;
  const blocks = heap.allocator.allocatedBlocks();
  try {
    return make();
  } finally {
    heap.untraced--;
    heap.listener = listener;
    // (a load of a startup module counts its blocks when it finishes)
    if (neutralDepth === 0) startupModuleBlocks.count += heap.allocator.allocatedBlocks() - blocks;
  }
}

/**
 * Makes objects the interpreter keeps for itself (never the program's, so not shown to the
 * trace recorder, which would report them as the program's leaks); they count for the
 * collector and take free-list blocks as any allocation.
 */
export function interpreterOwned<T>(make: () => T): T {
  const listener = heap.listener;
  heap.listener = null;
  try {
    return make();
  } finally {
    heap.listener = listener;
  }
}
