/**
 * The cycle collector: CPython 3.11's Modules/gcmodule.c algorithm over our objects.
 *
 * Three generations (thresholds 700, 10, 10); generation 0's count is GC allocations minus GC
 * deallocations, and exceeding its threshold at an allocation triggers a collection right there,
 * as in 3.11. A collection merges the younger generations into the one collected, finds the
 * unreachable set by copying refcounts into gc_refs and subtracting references internal to the
 * set (update_refs / subtract_refs / move_unreachable), untracks atomic tuples (and dicts in full
 * collections), clears weakrefs and calls their callbacks, runs PEP 442 finalizers, re-checks for
 * resurrection, then breaks the cycles with tp_clear. List order matters for every observable
 * order (finalizers, callbacks, deallocation), so each generation is a doubly-linked list in
 * insertion order, linked through the objects themselves as CPython's PyGC_Head lists are.
 *
 * The collector reaches objects only through their type slots (tp_traverse, tp_clear,
 * tp_finalize) and ob_refcnt: it does not know concrete types.
 */
import type { PyObject } from "../objects/object.js";
import { heap } from "./heap.js";

export const NUM_GENERATIONS = 3;

/**
 * An object's collector state (CPython's PyGC_Head): its generation list and links, gc_refs and
 * flags. It is a JS object of its own, one hidden class for every kind of Python object, made
 * when the object is first tracked (gcHeadOf) and kept for its life: the list operations run by
 * the million (tracking every new list, tuple, instance... and untracking it at its death) then
 * read and write fields of one shape. On the Python objects themselves (a hundred JS classes)
 * the same stores were megamorphic: measured 13% of fannkuch.
 */
export class GcHead {
  /** The generation list (or a collector's work list) this object is in; null: untracked. */
  list: GcList | null = null;
  next: GcHead | null = null;
  prev: GcHead | null = null;
  /** gc_refs during a collection. */
  refs = 0;
  /**
   * bit 1: collecting, bit 2: tentatively unreachable, bit 4: finalized (PEP 442), bit 8: the
   * object stands for an instance's inline values (see markInlineValues).
   */
  flags = 0;
  /** The object (null for a list's sentinel). */
  constructor(readonly obj: PyObject | null) {}
}

/** The collector's field on a Python object: its GcHead once it has one. */
interface GcFields {
  gc_head?: GcHead | null;
}

type GcObject = PyObject & GcFields;

/** The object's GcHead, made on first use. */
export function gcHeadOf(o: PyObject): GcHead {
  const g = o as GcObject;
  let h = g.gc_head;
  if (h === undefined || h === null) {
    h = new GcHead(o);
    g.gc_head = h;
  }
  return h;
}

/** The object's GcHead if it has one (objects never tracked and no GC objects have none). */
function headOf(o: PyObject): GcHead | null {
  return (o as GcObject).gc_head ?? null;
}

/**
 * One generation (or a collector's work list): an intrusive, circular, doubly-linked list of
 * GcHeads with a sentinel head, as CPython's PyGC_Head lists. Appending, unlinking and emptying
 * are O(1) with no hashing; iteration follows the links, so it sees objects appended during the
 * walk (the live walk CPython's loops rely on).
 */
export class GcList {
  readonly head: GcHead = new GcHead(null);
  size = 0;

  constructor() {
    this.head.next = this.head;
    this.head.prev = this.head;
    this.head.list = this;
  }

  /** Appends `h` (not in any list) at the end. */
  append(h: GcHead): void {
    const sentinel = this.head;
    const last = sentinel.prev!;
    h.prev = last;
    h.next = sentinel;
    last.next = h;
    sentinel.prev = h;
    h.list = this;
    this.size++;
  }

  /** Unlinks `h`, which is in this list. */
  remove(h: GcHead): void {
    const prev = h.prev!;
    const next = h.next!;
    prev.next = next;
    next.prev = prev;
    h.prev = null;
    h.next = null;
    h.list = null;
    this.size--;
  }

  /** The first object, or null when empty. */
  first(): PyObject | null {
    const n = this.head.next!;
    return n === this.head ? null : n.obj;
  }

  /** The last head (the sentinel when empty): a mark for GarbageCollector.ageSince. */
  last(): GcHead {
    return this.head.prev!;
  }

  *[Symbol.iterator](): IterableIterator<PyObject> {
    const sentinel = this.head;
    let h = sentinel.next!;
    while (h !== sentinel) {
      yield h.obj!;
      // A yielded object that left the list (untracked or moved) has no link back: stop at the
      // end of what is known rather than wander into another list.
      if (h.list !== this) return;
      h = h.next!;
    }
  }

  toArray(): PyObject[] {
    const out: PyObject[] = [];
    const sentinel = this.head;
    for (let h = sentinel.next!; h !== sentinel; h = h.next!) out.push(h.obj!);
    return out;
  }
}

const COLLECTING = 1;
const UNREACHABLE = 2;
const FINALIZED = 4;
const INLINE_VALUES = 8;

/**
 * The head every inline values dict shares (see markInlineValues): such a dict is never tracked,
 * and one is made with every instance of most classes, so it gets no head of its own. It is in no
 * list, so no collection ever changes it.
 */
const INLINE_VALUES_HEAD = new GcHead(null);
INLINE_VALUES_HEAD.flags = INLINE_VALUES;

export interface GenerationStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

export interface CollectionInfo {
  generation: number;
  collected: number;
  uncollectable: number;
}

/** What the collector needs from the object system (wired at bootstrap). */
export interface GcObjectHooks {
  /** Calls visit(child) for every object `o` references (tp_traverse). */
  traverse(o: PyObject, visit: (child: PyObject) => void): void;
  /** Breaks `o`'s references (tp_clear); false when the type has none. */
  clear(o: PyObject): void;
  /** Runs `__del__` (tp_finalize) if the type has one; returns false if it has none. */
  hasFinalizer(o: PyObject): boolean;
  finalize(o: PyObject): void;
  /** _PyTuple_MaybeUntrack / _PyDict_MaybeUntrack for exact tuples / dicts (no-ops otherwise). */
  maybeUntrackTuple(o: PyObject): void;
  maybeUntrackDict(o: PyObject): void;
  /**
   * Clears the weak references to `o` (they now point to None) and returns those whose callbacks
   * must run (weakrefs that are themselves garbage are not called back).
   */
  clearWeakrefs(
    o: PyObject,
    isGarbage: (wr: PyObject) => boolean,
  ): { weakref: PyObject; callback: PyObject }[];
  callWeakrefCallback(weakref: PyObject, callback: PyObject): void;
  incref(o: PyObject): void;
  decref(o: PyObject): void;
  /** Reports an exception raised by a callback or finalizer (sys.unraisablehook). */
  reportError(e: unknown, where: string, obj: PyObject | null): void;
  /** gc.callbacks: called with ("start" | "stop", info). */
  runCallbacks(phase: "start" | "stop", info: CollectionInfo): void;
  /** DEBUG_SAVEALL / uncollectable: append to gc.garbage. */
  appendGarbage(o: PyObject): void;
  /** DEBUG_* printing: a line to stderr. */
  debugPrint(line: string): void;
  describe(o: PyObject): string;
}

/**
 * The free lists a collection of the oldest generation empties (CPython's clear_freelists), in
 * CPython's order: tuples (by size), floats, lists, dicts, dict keys. Each returns its parked
 * blocks to the allocator most recently parked first, as CPython's loops do, so the blocks'
 * order in their pools (and so later id() reuse) follows CPython's.
 */
const freeListClearers: { order: number; clear: () => void }[] = [];

export const FREE_LIST_ORDER = { tuple: 0, float: 1, list: 2, dict: 3, dictKeys: 4 } as const;

export function registerFreeList(order: number, clear: () => void): void {
  let i = freeListClearers.length;
  while (i > 0 && freeListClearers[i - 1]!.order > order) i--;
  freeListClearers.splice(i, 0, { order, clear });
}

function clearFreeLists(): void {
  for (const f of freeListClearers) f.clear();
}

export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32;
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

export class GarbageCollector {
  readonly generations: GcList[] = [new GcList(), new GcList(), new GcList()];
  readonly permanent: GcList = new GcList();
  readonly thresholds = [700, 10, 10];
  readonly counts = [0, 0, 0];
  readonly stats: GenerationStats[] = [0, 1, 2].map(() => ({
    collections: 0,
    collected: 0,
    uncollectable: 0,
  }));
  enabled = true;
  collecting = false;
  debug = 0;
  longLivedTotal = 0;
  longLivedPending = 0;
  /**
   * Tracked objects CPython's startup leaves that heapstack's does not have (about 11,000
   * modules, classes, functions...): they count in long_lived_total after a full collection.
   */
  startupLongLived = 0;
  hooks: GcObjectHooks | null = null;
  /**
   * How many more automatic collections may run, or null: no limit (an import whose collections
   * are CPython's number, import_counts.ts).
   */
  automaticBudget: number | null = null;
  /** Observers of collections (the trace recorder), called after each one. */
  onCollection: ((info: CollectionInfo, freed: number) => void) | null = null;

  track(o: PyObject): void {
    const h = gcHeadOf(o);
    const flags = h.flags;
    if (h.list !== null || (flags & INLINE_VALUES) !== 0) return;
    // A tracked object outside a collection never has COLLECTING set (deduceUnreachable
    // relies on it); one untracked mid-collection may have kept it.
    if ((flags & COLLECTING) !== 0) h.flags = flags & ~COLLECTING;
    this.generations[0]!.append(h);
  }

  /**
   * CPython 3.11 keeps the attributes of instances of classes with a managed dict in a values
   * array that is no object at all until something asks for `__dict__`. Our dict that holds them
   * is marked: never tracked, not counted as a GC allocation; its owner's traverse visits the
   * values themselves. `materialize` clears the mark when it becomes the dict object CPython
   * would create then.
   */
  markInlineValues(o: PyObject): void {
    this.untrack(o);
    (o as GcObject).gc_head = INLINE_VALUES_HEAD;
  }

  isInlineValues(o: PyObject): boolean {
    return (o as GcObject).gc_head === INLINE_VALUES_HEAD;
  }

  /** The inline values become a dict object (the caller allocates it and tracks it if needed). */
  materialize(o: PyObject): void {
    const g = o as GcObject;
    if (g.gc_head === INLINE_VALUES_HEAD) g.gc_head = null;
  }

  untrack(o: PyObject): void {
    const h = (o as GcObject).gc_head;
    if (h !== undefined && h !== null) {
      const list = h.list;
      if (list !== null) list.remove(h);
    }
  }

  isTracked(o: PyObject): boolean {
    const h = headOf(o);
    return h !== null && h.list !== null;
  }

  isFinalized(o: PyObject): boolean {
    const h = headOf(o);
    return h !== null && (h.flags & FINALIZED) !== 0;
  }

  markFinalized(o: PyObject): void {
    const h = gcHeadOf(o);
    if (h !== INLINE_VALUES_HEAD) h.flags |= FINALIZED;
  }

  /**
   * Moves the objects tracked in generation 0 after `tail` (a head in it, or the list itself:
   * GcList.last() taken earlier) to the oldest generation, as if they had survived CPython's
   * startup collections.
   */
  ageSince(tail: GcHead | GcList | null): void {
    const young = this.generations[0]!;
    const t = tail instanceof GcList ? tail.head : tail;
    if (t === null || t.list !== young) return;
    const sentinel = young.head;
    for (let h = t.next!; h !== sentinel; ) {
      const cur = h;
      h = h.next!;
      this.moveTo(cur, this.generations[2]!);
    }
  }

  /** A GC object was allocated (_PyObject_GC_Link): count it and maybe collect. */
  linked(): void {
    this.counts[0]!++;
    heap.gen0Count = this.counts[0]!;
    if (
      this.counts[0]! > this.thresholds[0]! &&
      this.enabled &&
      this.thresholds[0] !== 0 &&
      !this.collecting &&
      this.automaticBudget !== 0
    ) {
      if (this.automaticBudget !== null) this.automaticBudget--;
      this.collecting = true;
      try {
        this.collectGenerations();
      } finally {
        this.collecting = false;
      }
    }
  }

  /**
   * The collection an allocation that finds the generation-0 count above its threshold starts
   * (collect_generations), when CPython's count gets there where heapstack's does not (in an
   * import whose allocations are CPython's numbers, import_counts.ts). Returns whether one ran.
   */
  collectAsCountExceeded(): boolean {
    if (!this.enabled || this.thresholds[0] === 0 || this.collecting) return false;
    this.counts[0] = this.thresholds[0]! + 1;
    this.collecting = true;
    try {
      this.collectGenerations();
    } finally {
      this.collecting = false;
    }
    return true;
  }

  /**
   * `n` collections as collectAsCountExceeded runs them, with the objects tracked in generation 0
   * after `tail` (GcList.last() taken earlier; one no longer in generation 0: all of it) set
   * aside, as if made after them: they stay, unexamined, in generation 0.
   */
  collectAsCountExceededBefore(tail: GcHead, n: number): void {
    const young = this.generations[0]!;
    const aside = new GcList();
    const start = tail.list === young ? tail : young.head;
    for (let h = start.next!; h !== young.head; ) {
      const cur = h;
      h = h.next!;
      this.moveTo(cur, aside);
    }
    try {
      for (let i = 0; i < n; i++) this.collectAsCountExceeded();
    } finally {
      for (let h = aside.head.next!; h !== aside.head; ) {
        const cur = h;
        h = h.next!;
        this.moveTo(cur, young);
      }
    }
  }

  /** A GC object's memory is being released (PyObject_GC_Del). */
  unlinked(o: PyObject | null = null): void {
    if (o !== null && this.isInlineValues(o)) return;
    if (this.counts[0]! > 0) this.counts[0]!--;
    heap.gen0Count = this.counts[0]!;
  }

  private collectGenerations(): number {
    for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
      if (this.counts[i]! > this.thresholds[i]!) {
        if (i === NUM_GENERATIONS - 1 && this.longLivedPending < this.longLivedTotal / 4) continue;
        return this.collectWithCallback(i);
      }
    }
    return 0;
  }

  /** gc.collect(generation): returns the number of unreachable objects found. */
  collect(generation: number): number {
    if (this.collecting) return 0;
    this.collecting = true;
    try {
      return this.collectWithCallback(generation);
    } finally {
      this.collecting = false;
    }
  }

  /** _PyGC_CollectNoFail (interpreter shutdown): a full collection that calls no gc.callbacks. */
  collectNoFail(): number {
    if (this.collecting) return 0;
    this.collecting = true;
    try {
      const { collected, uncollectable } = this.collectMain(NUM_GENERATIONS - 1);
      this.onCollection?.({ generation: NUM_GENERATIONS - 1, collected, uncollectable }, collected);
      return collected + uncollectable;
    } finally {
      this.collecting = false;
    }
  }

  private collectWithCallback(generation: number): number {
    const hooks = this.hooks!;
    hooks.runCallbacks("start", { generation, collected: 0, uncollectable: 0 });
    const { collected, uncollectable } = this.collectMain(generation);
    const info = { generation, collected, uncollectable };
    hooks.runCallbacks("stop", info);
    this.onCollection?.(info, collected);
    return collected + uncollectable;
  }

  private collectMain(generation: number): { collected: number; uncollectable: number } {
    const hooks = this.hooks!;
    if (this.debug & DEBUG_STATS) {
      hooks.debugPrint(`gc: collecting generation ${generation}...`);
      hooks.debugPrint(`gc: objects in each generation: ${this.generations.map((g) => g.size).join(" ")}`);
      hooks.debugPrint(`gc: objects in permanent generation: ${this.permanent.size}`);
    }
    const t0 = this.debug & DEBUG_STATS ? performance.now() : 0;
    if (generation + 1 < NUM_GENERATIONS) this.counts[generation + 1]!++;
    for (let i = 0; i <= generation; i++) this.counts[i] = 0;
    heap.gen0Count = this.counts[0]!;

    // Merge younger generations into the one being collected.
    const young = this.generations[generation]!;
    for (let i = 0; i < generation; i++) this.merge(this.generations[i]!, young);
    const old = generation < NUM_GENERATIONS - 1 ? this.generations[generation + 1]! : young;

    const unreachable = new GcList();
    // untrack_tuples is done by deduceUnreachable's last walk (see there), which also relabels
    // the survivors as members of `old`: the merge below then only splices the lists.
    this.deduceUnreachable(young, unreachable, true, young !== old ? old : null);

    if (young !== old) {
      const before = old.size;
      this.splice(young, old);
      if (generation === NUM_GENERATIONS - 2) this.longLivedPending += old.size - before;
    } else {
      // untrack_dicts: a walk that saves the next object first, as the call may unlink the
      // current one (and only that one).
      const sentinel = young.head;
      for (let h = sentinel.next!; h !== sentinel; ) {
        const cur = h;
        h = h.next!;
        hooks.maybeUntrackDict(cur.obj!);
      }
      this.longLivedPending = 0;
      this.longLivedTotal = young.size + this.startupLongLived;
    }

    // No legacy (tp_del) finalizers exist among our types: every unreachable object is collectable.
    for (let h = unreachable.head.next!; h !== unreachable.head; h = h.next!) h.flags &= ~UNREACHABLE;
    if (this.debug & DEBUG_COLLECTABLE) {
      for (const o of unreachable) hooks.debugPrint(`gc: collectable <${hooks.describe(o)}>`);
    }

    let m = this.handleWeakrefs(unreachable, old);
    this.finalizeGarbage(unreachable);
    const finalUnreachable = new GcList();
    this.handleResurrected(unreachable, finalUnreachable, old);
    m += finalUnreachable.size;
    this.deleteGarbage(finalUnreachable, old);
    if (generation === NUM_GENERATIONS - 1) clearFreeLists();

    const n = 0;
    if (this.debug & DEBUG_STATS) {
      const dt = (performance.now() - t0) / 1000;
      hooks.debugPrint(`gc: done, ${m} unreachable, ${n} uncollectable, ${dt.toFixed(4)}s elapsed`);
    }
    const s = this.stats[generation]!;
    s.collections++;
    s.collected += m;
    s.uncollectable += n;
    return { collected: m, uncollectable: n };
  }

  /** gc_list_merge: appends every object of `from` to `to`, in order; `from` ends empty. */
  private merge(from: GcList, to: GcList): void {
    if (from === to || from.size === 0) return;
    for (let h = from.head.next!; h !== from.head; h = h.next!) h.list = to;
    this.splice(from, to);
  }

  /**
   * merge() for lists whose objects already name `to` as their list (gc_list), as the survivors
   * deduceUnreachable relabelled: O(1). Objects relabelled and then untracked were counted out
   * of `to`, not `from`: the sum of the sizes is still right.
   */
  private splice(from: GcList, to: GcList): void {
    const fromHead = from.head;
    const toHead = to.head;
    if (fromHead.next !== fromHead) {
      const first = fromHead.next!;
      const last = fromHead.prev!;
      const tail = toHead.prev!;
      tail.next = first;
      first.prev = tail;
      last.next = toHead;
      toHead.prev = last;
    }
    to.size += from.size;
    fromHead.next = fromHead;
    fromHead.prev = fromHead;
    from.size = 0;
  }

  private moveTo(h: GcHead, to: GcList): void {
    h.list?.remove(h);
    to.append(h);
  }

  /**
   * update_refs + subtract_refs + move_unreachable; with `untrackTuples`, also untrack_tuples
   * over what stays in `base`. That walk is folded into move_unreachable's: its cursor passes
   * the reachable objects in their final order (one it has passed is never moved again, and
   * what it finds unreachable but is reached later goes to the end, ahead of the cursor), so
   * each tuple is looked at with the same objects before it already looked at, and those
   * after it not yet, as in CPython's separate walk after it. With `survivorsTo`, the same walk
   * relabels each object it passes as a member of that list (see splice).
   *
   * update_refs is folded into the other walks rather than being a walk of its own: an object's
   * gc_refs is set from its refcount the first time subtract_refs sees it, as a referent of an
   * object of `base` (COLLECTING marks it set), or when move_unreachable's cursor reaches it
   * never seen (then it is referenced from outside only: reachable). Each walk over a big
   * generation touches every object and costs cache misses, so fewer walks save most of the
   * time; the outcome is the same as CPython's.
   */
  private deduceUnreachable(
    base: GcList,
    unreachable: GcList,
    untrackTuples = false,
    survivorsTo: GcList | null = null,
  ): void {
    const hooks = this.hooks!;
    // Members of `base` are told apart by their gc_list (objects that are no GC objects have
    // none). COLLECTING is never set on an object outside a collection (see track), so it
    // means "gc_refs set in this walk". UNREACHABLE never outlives the walk that sets it.
    const visitDecref = (child: PyObject) => {
      const c = (child as GcObject).gc_head;
      if (c === undefined || c === null || c.list !== base) return;
      const flags = c.flags;
      if ((flags & COLLECTING) === 0) {
        c.flags = flags | COLLECTING;
        c.refs = child.ob_refcnt - 1;
      } else {
        c.refs--;
      }
    };
    const sentinel = base.head;
    for (let h = sentinel.next!; h !== sentinel; h = h.next!) hooks.traverse(h.obj!, visitDecref);
    // move_unreachable: objects with gc_refs > 0 are reachable from outside; so is everything
    // they reference. The walk also visits objects moved back to the end of `base` on the way.
    // An object the cursor has passed has COLLECTING clear, and every member of `base` that
    // is referenced from `base` has it set until then.
    const visitReachable = (child: PyObject) => {
      const c = (child as GcObject).gc_head;
      if (c === undefined || c === null) return;
      const flags = c.flags;
      if ((flags & COLLECTING) === 0) return;
      if ((flags & UNREACHABLE) !== 0) {
        c.flags = flags & ~UNREACHABLE;
        this.moveTo(c, base);
        c.refs = 1;
      } else if (c.refs === 0) {
        c.refs = 1;
      }
    };
    let h = sentinel.next!;
    while (h !== sentinel) {
      const cur = h;
      const flags = cur.flags;
      if ((flags & COLLECTING) === 0 || cur.refs > 0) {
        hooks.traverse(cur.obj!, visitReachable);
        cur.flags = flags & ~COLLECTING;
        h = cur.next!;
        if (survivorsTo !== null) cur.list = survivorsTo;
        if (untrackTuples) hooks.maybeUntrackTuple(cur.obj!);
      } else {
        h = cur.next!;
        this.moveTo(cur, unreachable);
        cur.flags = flags | UNREACHABLE;
      }
    }
  }

  private handleWeakrefs(unreachable: GcList, old: GcList): number {
    const hooks = this.hooks!;
    const toCall: { weakref: PyObject; callback: PyObject }[] = [];
    for (const o of unreachable.toArray()) {
      const calls = hooks.clearWeakrefs(o, (wr) => headOf(wr)?.list === unreachable);
      for (const c of calls) {
        hooks.incref(c.weakref);
        toCall.push(c);
      }
    }
    let freed = 0;
    for (const { weakref, callback } of toCall) {
      try {
        hooks.callWeakrefCallback(weakref, callback);
      } catch (e) {
        hooks.reportError(e, "weakref callback", callback);
      }
      const alive = weakref.ob_refcnt > 1;
      hooks.decref(weakref);
      if (alive) {
        const h = headOf(weakref);
        if (h !== null && h.list !== null) this.moveTo(h, old);
      } else {
        freed++;
      }
    }
    return freed;
  }

  private finalizeGarbage(collectable: GcList): void {
    const hooks = this.hooks!;
    for (const o of collectable.toArray()) {
      if (headOf(o)?.list !== collectable) continue;
      if (!this.isFinalized(o) && hooks.hasFinalizer(o)) {
        this.markFinalized(o);
        hooks.incref(o);
        try {
          hooks.finalize(o);
        } catch (e) {
          hooks.reportError(e, "finalizer", o);
        }
        hooks.decref(o);
      }
    }
  }

  private handleResurrected(unreachable: GcList, stillUnreachable: GcList, old: GcList): void {
    for (let h = unreachable.head.next!; h !== unreachable.head; h = h.next!) h.flags &= ~COLLECTING;
    this.deduceUnreachable(unreachable, stillUnreachable);
    const still = stillUnreachable.head;
    for (let h = still.next!; h !== still; h = h.next!) h.flags &= ~(UNREACHABLE | COLLECTING);
    this.merge(unreachable, old);
  }

  private deleteGarbage(collectable: GcList, old: GcList): void {
    const hooks = this.hooks!;
    while (collectable.size > 0) {
      const o = collectable.first()!;
      if (this.debug & DEBUG_SAVEALL) {
        hooks.appendGarbage(o);
      } else {
        hooks.incref(o);
        try {
          hooks.clear(o);
        } catch (e) {
          hooks.reportError(e, "tp_clear", o);
        }
        hooks.decref(o);
      }
      const h = headOf(o);
      if (h !== null && h.list === collectable) this.moveTo(h, old);
    }
  }

  /** gc.get_objects(generation): tracked objects, generation 0 first. */
  objects(generation: number | null): PyObject[] {
    if (generation !== null) return this.generations[generation]!.toArray();
    return this.generations.flatMap((g) => g.toArray());
  }

  freeze(): void {
    for (const g of this.generations) this.merge(g, this.permanent);
    this.counts[0] = 0;
    heap.gen0Count = 0;
  }

  unfreeze(): void {
    this.merge(this.permanent, this.generations[NUM_GENERATIONS - 1]!);
  }
}

export let gc = new GarbageCollector();

export function resetGc(): GarbageCollector {
  const hooks = gc.hooks;
  gc = new GarbageCollector();
  gc.hooks = hooks;
  return gc;
}
