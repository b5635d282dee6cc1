/**
 * Reading a JSON trace (version 2, docs/trace-format.md): a step lists its objects as changes
 * to the previous step's listing, so the objects of step n are the first step's, with every
 * later step's changes applied in order. This rebuilds them, for any step, in any order (the
 * saved-trace viewer steps backwards too).
 */
import type { JsonObject, JsonStep } from "./export_json.js";

/** One step's listing: objects by id. */
export type JsonHeap = Map<number, JsonObject>;

/** A listing kept to start from: the state after steps[index] was applied. */
interface Snapshot {
  index: number;
  heap: JsonHeap;
}

/** An object that may be changed in place: its own record and its own refs array. */
function copyObject(o: JsonObject): JsonObject {
  return { ...o, refs: o.refs.slice() };
}

/** A copy of `heap` whose objects are its own, and its size (objects and references). */
function copyHeap(heap: JsonHeap): { heap: JsonHeap; weight: number } {
  const copy: JsonHeap = new Map();
  let weight = 0;
  for (const [id, o] of heap) {
    copy.set(id, copyObject(o));
    weight += 1 + o.refs.length;
  }
  return { heap: copy, weight };
}

/**
 * The objects of each step of a document's `steps`. Steps are applied forwards from the last
 * snapshot at or before the one asked for; a snapshot is kept whenever the changes applied since
 * the last one outweigh the listing (so snapshots cost about what the document's changes do,
 * and going back costs at most about one listing's worth of changes).
 */
export class TraceJsonReader {
  private heap: JsonHeap = new Map();
  /** Index in steps of the last step applied to `heap` (-1: none). */
  private at = -1;
  private readonly snapshots: Snapshot[] = [];
  /** Changes applied since the last snapshot, and the size of the last snapshot. */
  private work = 0;
  private weight = 0;
  /** The objects the last step applied removed, as they were before it. */
  private removedObjects: JsonObject[] = [];

  constructor(private readonly steps: readonly JsonStep[]) {}

  /**
   * The objects of steps[index] (the reader's own map: read it before the next call), and the
   * objects that steps[index] removed from the previous step's listing, as they were there.
   */
  objectsAt(index: number): { objects: JsonHeap; removed: JsonObject[] } {
    if (!(index >= 0 && index < this.steps.length)) throw new RangeError(`step ${index} is out of range`);
    if (index < this.at || this.at < 0) this.restart(index);
    while (this.at < index) this.apply(this.steps[this.at + 1]!);
    return { objects: this.heap, removed: this.removedObjects };
  }

  /** Goes back to the last snapshot before `index` (or the start). */
  private restart(index: number): void {
    let snap: Snapshot | undefined;
    for (const s of this.snapshots) if (s.index < index) snap = s;
    if (snap === undefined) {
      this.heap = new Map();
      this.at = -1;
    } else {
      this.heap = copyHeap(snap.heap).heap;
      this.at = snap.index;
    }
    this.work = 0;
  }

  private apply(step: JsonStep): void {
    const heap = this.heap;
    const removed: JsonObject[] = [];
    for (const id of step.removed) {
      const o = heap.get(id);
      if (o === undefined) throw new Error(`trace step ${step.step}: removed object ${id} was not listed`);
      removed.push(o);
      heap.delete(id);
    }
    for (const o of step.heap) heap.set(o.id, copyObject(o));
    let work = step.removed.length;
    for (const o of step.heap) work += 1 + o.refs.length;
    for (const c of step.changed) {
      const was = heap.get(c.id);
      if (was === undefined)
        throw new Error(`trace step ${step.step}: changed object ${c.id} was not listed`);
      // (changed in place: the heap's objects are its own, snapshots and removed ones apart)
      const o = was;
      if (c.size !== undefined) o.size = c.size;
      if (c.refcount !== undefined) o.refcount = c.refcount;
      if (c.value !== undefined) o.value = c.value;
      if (c.refs !== undefined) {
        o.refs.length = c.refs.length;
        for (const [i, kind, name, to] of c.refs.set) o.refs[i] = [kind, name, to];
        work += c.refs.set.length;
      }
      work++;
    }
    this.removedObjects = removed;
    this.at++;
    this.work += work;
    const last = this.snapshots[this.snapshots.length - 1];
    if (this.work > Math.max(this.weight, heap.size) && (last === undefined || last.index < this.at)) {
      const copy = copyHeap(heap);
      this.snapshots.push({ index: this.at, heap: copy.heap });
      this.weight = copy.weight;
      this.work = 0;
    }
  }
}
