/**
 * Reading a JSON trace (docs/trace-format.md): every step is written as changes to the previous
 * one (version 3: its frames, memory and objects; version 2: its objects only), so a step whole
 * is the changes of every step before it applied in order, from the last checkpoint for the
 * frames and from the document's first step for the objects. This rebuilds any step, in any
 * order (the saved-trace viewer steps backwards too). Versions 2 and 3 are read.
 */
import {
  type JsonObject,
  type JsonObjectRecord,
  type JsonStep,
  type JsonStepState,
  objectFromRecord,
} from "./export_json.js";
import type { TraceFrame } from "./rebuild.js";

/** The trace versions this reader knows. */
export const READABLE_TRACE_VERSIONS: readonly number[] = [2, 3];

/** A step as a document of either version writes it. */
export type WrittenStep = JsonStep | JsonStepState;

/** What the reader needs of a document. */
export interface ReadableTrace {
  version: number;
  program: { file: string };
  steps: readonly WrittenStep[];
}

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
 * The frames of step `s` from the previous step's (`frames`, not changed: the result shares
 * the frames that did not change).
 */
export function applyFrameChanges(frames: readonly TraceFrame[], s: WrittenStep): TraceFrame[] {
  if (s.frames !== undefined) return s.frames;
  const fc = (s as JsonStep).frameChanges;
  const next = frames.slice(0, fc?.keep ?? frames.length);
  if (fc?.push !== undefined) for (const f of fc.push) next.push(f);
  const top = next.length - 1;
  if (top >= 0 && next[top]!.line !== s.line) next[top] = { ...next[top]!, line: s.line };
  if (fc === undefined) return next;
  // (a frame changed is copied once: `frames` and the frames it shares stay as they were)
  const copied = new Set<number>();
  const own = (i: number): TraceFrame => {
    if (!copied.has(i)) {
      copied.add(i);
      next[i] = { ...next[i]!, locals: next[i]!.locals.slice() };
    }
    return next[i]!;
  };
  if (fc.lines !== undefined) for (const [i, line] of fc.lines) own(i).line = line;
  if (fc.locals !== undefined)
    for (const [i, j, ref] of fc.locals) {
      const locals = own(i).locals;
      locals[j] = { ...locals[j]!, ref };
    }
  if (fc.tails !== undefined)
    for (const t of fc.tails) {
      const locals = own(t.index).locals;
      locals.length = t.from;
      for (const l of t.locals) locals.push(l);
    }
  return next;
}

/**
 * The steps of a document, whole. Objects: steps are applied forwards from the last snapshot
 * at or before the one asked for; a snapshot is kept whenever the changes applied since the
 * last one outweigh the listing (so snapshots cost about what the document's changes do, and
 * going back costs at most about one listing's worth of changes). Frames: from the last step
 * that writes them whole (a checkpoint), or from the step read before when that is nearer.
 */
export class TraceJsonReader {
  private readonly steps: readonly WrittenStep[];
  private readonly programFile: string;
  private heap: JsonHeap = new Map();
  /** Index in steps of the last step applied to `heap` (-1: none). */
  private at = -1;
  private readonly snapshots: Snapshot[] = [];
  /** Changes applied since the last snapshot, and the size of the last snapshot. */
  private work = 0;
  private weight = 0;
  /** The objects the last step applied removed, as they were before it. */
  private removedObjects: JsonObject[] = [];
  /** The frames of steps[framesAt] (-1: none read yet). */
  private frames: TraceFrame[] = [];
  private framesAt = -1;
  /** For each step, the index of the last step at or before it that writes its frames whole. */
  private readonly checkpointOf: Int32Array;
  /** Each step's number of frames and memory totals (whole, from the changes). */
  readonly depth: Uint32Array;
  readonly heapBytes: Float64Array;
  readonly heapBlocks: Float64Array;
  readonly objects: Float64Array;
  readonly objectBytes: Float64Array;

  constructor(doc: ReadableTrace) {
    if (!READABLE_TRACE_VERSIONS.includes(doc.version))
      throw new Error(`heapstack trace version ${doc.version} is not one this reader knows (2, 3)`);
    const steps = doc.steps;
    this.steps = steps;
    this.programFile = doc.program.file;
    const n = steps.length;
    this.checkpointOf = new Int32Array(n);
    this.depth = new Uint32Array(n);
    this.heapBytes = new Float64Array(n);
    this.heapBlocks = new Float64Array(n);
    this.objects = new Float64Array(n);
    this.objectBytes = new Float64Array(n);
    let checkpoint = -1;
    let depth = 0;
    const m = { heapBytes: 0, heapBlocks: 0, objects: 0, objectBytes: 0 };
    for (let i = 0; i < n; i++) {
      const s = steps[i]!;
      if (s.frames !== undefined) {
        checkpoint = i;
        depth = s.frames.length;
      } else {
        if (checkpoint < 0) throw new Error(`trace step ${s.step}: no frames written at or before it`);
        const fc = (s as JsonStep).frameChanges;
        if (fc !== undefined) depth = (fc.keep ?? depth) + (fc.push?.length ?? 0);
      }
      this.checkpointOf[i] = checkpoint;
      this.depth[i] = depth;
      if (s.memory !== undefined) Object.assign(m, s.memory);
      this.heapBytes[i] = m.heapBytes;
      this.heapBlocks[i] = m.heapBlocks;
      this.objects[i] = m.objects;
      this.objectBytes[i] = m.objectBytes;
    }
  }

  /** Step `index` whole (its frames and objects are the reader's: read them before the next call). */
  stepAt(index: number): JsonStepState {
    const s = this.steps[index];
    if (s === undefined) throw new RangeError(`step ${index} is out of range`);
    const frames = this.framesOf(index);
    const { objects } = this.objectsAt(index);
    const top = frames[frames.length - 1];
    const state: JsonStepState = {
      step: s.step,
      event: s.event ?? "line",
      file: top?.file ?? "",
      line: s.line,
      function: top?.function ?? "",
      frames,
      value: s.value ?? null,
      raising: s.raising ?? null,
      memory: {
        heapBytes: this.heapBytes[index]!,
        heapBlocks: this.heapBlocks[index]!,
        objects: this.objects[index]!,
        objectBytes: this.objectBytes[index]!,
      },
      output: s.output ?? [],
      heap: s.heap.map((o) => objects.get(o.id) ?? this.objectOf(o)),
      changed: s.changed ?? [],
      removed: s.removed ?? [],
    };
    if (s.refcounts !== undefined) state.refcounts = s.refcounts;
    return state;
  }

  /** The frames of steps[index], outermost first. */
  framesOf(index: number): TraceFrame[] {
    if (!(index >= 0 && index < this.steps.length)) throw new RangeError(`step ${index} is out of range`);
    const cp = this.checkpointOf[index]!;
    if (!(this.framesAt >= cp && this.framesAt <= index)) {
      this.framesAt = cp;
      this.frames = this.steps[cp]!.frames!;
    }
    while (this.framesAt < index) this.frames = applyFrameChanges(this.frames, this.steps[++this.framesAt]!);
    return this.frames;
  }

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

  private objectOf(o: JsonObjectRecord | JsonObject): JsonObject {
    return objectFromRecord(o as JsonObjectRecord, this.programFile);
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

  private apply(step: WrittenStep): void {
    const heap = this.heap;
    const removed: JsonObject[] = [];
    const removedIds = step.removed ?? [];
    for (const id of removedIds) {
      const o = heap.get(id);
      if (o === undefined) throw new Error(`trace step ${step.step}: removed object ${id} was not listed`);
      removed.push(o);
      heap.delete(id);
    }
    let work = removedIds.length;
    for (const r of step.heap) {
      // (a new object: the heap's objects are its own, changed in place below)
      const o = this.objectOf(r);
      heap.set(o.id, o);
      work += 1 + o.refs.length;
    }
    for (const c of step.changed ?? []) {
      const o = heap.get(c.id);
      if (o === undefined) throw new Error(`trace step ${step.step}: changed object ${c.id} was not listed`);
      // (changed in place: the heap's objects are its own, snapshots and removed ones apart)
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
