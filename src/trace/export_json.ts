/**
 * The JSON trace (docs/trace-format.md, docs/trace.schema.json): every step's frames, the
 * objects they can reach (or every live object), the allocator's totals and the output written
 * since the previous step, plus the run's collections.
 *
 * Everything a step writes is a change to the previous step (version 3): its objects as the
 * listing's changes (objects added, objects changed as the fields that changed, a container's
 * references as the slots that changed, ids removed), its frames as the frames pushed and popped
 * and the lines and locals that changed, with the whole frames now and then (a checkpoint, from
 * which a reader can start), its memory as the totals that changed; what did not change is left
 * out. A loop of a few lines writes a few dozen bytes per step (version 2 wrote every frame whole
 * at every step, about 900 bytes a step for a module's loop; version 1 every object as well).
 * src/trace/read_json.ts rebuilds any step whole from them.
 */
import { FRAME_HEADER_BYTES } from "./inspect.js";
import {
  NO_REFS_CHANGED,
  type StepMemory,
  type StepView,
  type TraceFrame,
  type TraceLocal,
  type TraceObject,
} from "./rebuild.js";
import type { StepEvent } from "./records.js";
import type { Trace } from "./session.js";

export const TRACE_FORMAT = "heapstack-trace";
export const TRACE_FORMAT_VERSION = 3;

export interface TraceJsonOptions {
  /** Only this step (0-based), with every live object. */
  atStep?: number;
  /** "reachable" (default): objects reachable from the frames; "all": every live object. */
  heap?: "reachable" | "all";
  /** Optional events each step lists: "refcount", the reference counts that changed at it. */
  events?: readonly TraceEventOption[];
}

/** Events a trace lists only when asked for (`--events`, trace()'s `events`). */
export type TraceEventOption = "refcount";
export const TRACE_EVENT_OPTIONS: readonly TraceEventOption[] = ["refcount"];

export type JsonRef = [kind: "item" | "key" | "value" | "attr", name: string | number, to: number];
/** A reference set at a position of an object's `refs`: [index, kind, name, to]. */
export type JsonRefSet = [index: number, kind: JsonRef[0], name: JsonRef[1], to: number];

/**
 * An object listed at the previous step too, with what changed since: the fields present are
 * the new values; `refs` says the new number of references and the positions set (the others,
 * below `length`, are as before).
 */
export interface JsonObjectChange {
  id: number;
  size?: number;
  refcount?: number | null;
  value?: string;
  refs?: { length: number; set: JsonRefSet[] };
}

/** An object as a reader gives it (and as version 2 wrote it): every field. */
export interface JsonObject {
  id: number;
  type: string;
  address: number;
  size: number;
  refcount: number | null;
  value: string;
  external: boolean;
  site: { file: string; line: number } | null;
  refs: JsonRef[];
}

/**
 * An object as version 3 writes it: `external` only when true, `refs` only when there are some,
 * `site.file` only when it is not the program's file.
 */
export interface JsonObjectRecord {
  id: number;
  type: string;
  address: number;
  size: number;
  refcount: number | null;
  value: string;
  external?: true;
  site: { file?: string; line: number } | null;
  refs?: JsonRef[];
}

/** Frame `index`'s locals from position `from` on: the locals there now, whole. */
export interface JsonLocalsTail {
  index: number;
  from: number;
  locals: TraceLocal[];
}

/**
 * A step's frames as changes to the previous step's: the first `keep` frames stay (absent: all
 * of them) and the frames in `push` follow, whole; the innermost frame's line becomes the step's
 * `line`; then `lines` sets frames' lines, `locals` the references of locals, and `tails` the
 * locals of a frame from a position on (a name added to or deleted from a namespace).
 */
export interface JsonFrameChanges {
  keep?: number;
  push?: TraceFrame[];
  /** [frame, line]. */
  lines?: [index: number, line: number][];
  /** [frame, position, ref]: a local's new reference (null: unbound). */
  locals?: [index: number, position: number, ref: number | null][];
  tails?: JsonLocalsTail[];
}

export type JsonOutput = { stream: "stdout" | "stderr"; text: string }[];
export type JsonRefcounts = { id: number; old: number; new: number }[];

/** A step as version 3 writes it: what changed since the document's previous step. */
export interface JsonStep {
  step: number;
  /** Absent: "line" (most steps). */
  event?: StepEvent;
  /** The innermost frame's line. */
  line: number;
  /** A checkpoint (the document's first step, and now and then): the frames whole, outermost first. */
  frames?: TraceFrame[];
  /** At other steps: the frames' changes (absent: only the innermost frame's line, to `line`). */
  frameChanges?: JsonFrameChanges;
  /** The returned value (return) or the exception (exception); absent: null. */
  value?: number;
  /** A return step's frame left by an exception: the exception (absent: null). */
  raising?: number;
  /** Whole at a checkpoint; at other steps the totals that changed (absent: none). */
  memory?: Partial<StepMemory>;
  /** Output written since the previous step (absent: none). */
  output?: JsonOutput;
  /** Objects listed now and not at the previous step of the document (at its first step: all). */
  heap: JsonObjectRecord[];
  /** Objects listed at both steps that changed, as their changes (absent: none). */
  changed?: JsonObjectChange[];
  /** Ids listed at the previous step and not now (freed, or no longer reachable; absent: none). */
  removed?: number[];
  /** With events "refcount": the reference counts that changed since the previous step. */
  refcounts?: JsonRefcounts;
}

/** A step whole: what a reader rebuilds (src/trace/read_json.ts), and what version 2 wrote. */
export interface JsonStepState {
  step: number;
  event: StepEvent;
  file: string;
  line: number;
  function: string;
  frames: TraceFrame[];
  value: number | null;
  raising: number | null;
  memory: StepMemory;
  output: JsonOutput;
  heap: JsonObject[];
  changed: JsonObjectChange[];
  removed: number[];
  refcounts?: JsonRefcounts;
}

export interface JsonCollection {
  step: number;
  generation: number;
  collected: number;
  uncollectable: number;
  countsBefore: number[];
  sizesBefore: number[];
  freedByType: Record<string, number>;
  cycles: { shape: string; count: number }[];
}

export interface TraceDocument {
  format: typeof TRACE_FORMAT;
  version: typeof TRACE_FORMAT_VERSION;
  program: { file: string; source: string };
  run: {
    status: number;
    steps: number;
    stopped: { reason: string; message: string } | null;
    elapsedMs: number;
    /** Steps in this document: all of them, or the one asked for with atStep. */
    firstStep: number;
    heap: "reachable" | "all";
    /** The optional events the steps list (absent: none). */
    events?: TraceEventOption[];
  };
  frameHeaderBytes: number;
  steps: JsonStep[];
  collections: JsonCollection[];
}

export function jsonObject(o: TraceObject): JsonObject {
  return {
    id: o.id,
    type: o.type,
    address: o.address,
    size: o.size,
    refcount: o.refcount,
    value: o.value,
    external: o.external,
    site: o.site,
    refs: o.refs.map((r) => [r.kind, r.name, r.to]),
  };
}

/** An object as version 3 writes it (JsonObjectRecord): fields at their usual values left out. */
export function objectRecord(o: JsonObject, programFile: string): JsonObjectRecord {
  // (fields in the order of JsonObject)
  const r = {
    id: o.id,
    type: o.type,
    address: o.address,
    size: o.size,
    refcount: o.refcount,
    value: o.value,
  } as JsonObjectRecord;
  if (o.external) r.external = true;
  r.site = o.site === null ? null : o.site.file === programFile ? { line: o.site.line } : o.site;
  if (o.refs.length > 0) r.refs = o.refs;
  return r;
}

/** An object record read back whole (version 3's left-out fields, at their usual values). */
export function objectFromRecord(r: JsonObjectRecord, programFile: string): JsonObject {
  const site = r.site;
  return {
    id: r.id,
    type: r.type,
    address: r.address,
    size: r.size,
    refcount: r.refcount,
    value: r.value,
    external: r.external === true,
    site: site === null ? null : { file: site.file ?? programFile, line: site.line },
    refs: r.refs === undefined ? [] : r.refs.map((x) => [x[0], x[1], x[2]]),
  };
}

/**
 * Ids of the objects reachable from the frames, the step's value and the exception a frame is
 * left by, in discovery order.
 */
export function reachableIds(view: StepView): number[] {
  const seen = new Set<number>();
  const order: number[] = [];
  const stack: number[] = [];
  const push = (id: number | null) => {
    if (id !== null && !seen.has(id)) {
      seen.add(id);
      stack.push(id);
    }
  };
  for (const f of view.frames) for (const l of f.locals) push(l.ref);
  push(view.value);
  push(view.raising);
  while (stack.length > 0) {
    const id = stack.pop()!;
    const o = view.object(id);
    if (o === undefined) continue;
    order.push(id);
    for (const r of o.refs) push(r.to);
  }
  return order.sort((a, b) => a - b);
}

/** What the writer keeps of an object listed at the previous step (to write only changes). */
interface Listed {
  size: number;
  refcount: number | null;
  value: string;
  refs: JsonRef[];
  /** The step at which it was last listed ("all") or marked (a full walk of "reachable"). */
  seen: number;
}

const EMPTY_LOCALS: readonly TraceLocal[] = [];
const byId = (x: { id: number }, y: { id: number }): number => x.id - y.id;

/**
 * How many referrers a candidate's proof of reachability may look at (and how many steps its
 * first-referrer walk may take) before walking everything.
 */
const PROOF_LIMIT = 256;

/**
 * The listing of the previous step, and the changes that make the next one from it. Objects a
 * step did not touch (view.touched) are not compared: they are as they were.
 *
 * With "reachable" the listing is kept up to date without walking the heap at every step (a
 * walk costs the heap's size, and a loop appending to a long list would cost its length at every
 * step): objects reached by a new reference (a frame's local, a changed container's slot) are
 * added with what they reach; an object that lost a reference stays if a short walk back along
 * its referrers finds a frame's local, is removed if nothing refers to it any more, and only
 * otherwise (a cycle cut loose, say) is the whole listing walked again from the frames.
 */
class Listing {
  private readonly listed = new Map<number, Listed>();
  private stamp = 0;
  /**
   * "reachable": the frames' locals, the step's value and the exception a frame is left by, with
   * how many times each is one. (Without the last, an exception unwinding n frames, with a
   * traceback through all of them, left the listing at each return step and came back whole at
   * the next exception step: a RecursionError's trace wrote about 3 x 1,000 objects 1,000 times.)
   */
  private readonly roots = new Map<number, number>();
  /** "reachable": for each object, the listed objects referring to it, with how many references. */
  private readonly by = new Map<number, Map<number, number>>();
  private heap: JsonObjectRecord[] = [];
  private queue: number[] = [];
  private candidates: number[] = [];

  constructor(
    private readonly reachable: boolean,
    private readonly programFile: string,
  ) {}

  step(view: StepView): Pick<JsonStep, "heap" | "changed" | "removed"> {
    this.heap = [];
    const changed: JsonObjectChange[] = [];
    const removed: number[] = [];
    if (!this.reachable) {
      const stamp = ++this.stamp;
      const ids = view.objectIds();
      const before = this.listed.size;
      for (const id of ids) {
        const l = this.listed.get(id);
        if (l === undefined) this.add(view, id);
        else {
          l.seen = stamp;
          this.compare(view, id, l, changed);
        }
      }
      const added = this.listed.size - before;
      // (ids are distinct: whether any was removed is known from the counts)
      if (before + added !== ids.length)
        for (const [id, l] of this.listed) if (l.seen !== stamp) removed.push(id);
      for (const id of removed) this.listed.delete(id);
    } else {
      this.updateRoots(view);
      // changed objects (their references lost and gained update `by` and the queue)
      const touched = view.touched;
      if (touched !== undefined)
        for (const id of touched.keys()) {
          const l = this.listed.get(id);
          if (l !== undefined) this.compare(view, id, l, changed);
        }
      // what the new references reach
      while (this.queue.length > 0) {
        const id = this.queue.pop()!;
        if (!this.listed.has(id)) this.add(view, id);
      }
      this.prune(removed);
    }
    if (this.heap.length > 1) this.heap.sort(byId);
    if (removed.length > 1) removed.sort((x, y) => x - y);
    // (an object changed and then found unreachable is only removed)
    const kept = removed.length === 0 ? changed : changed.filter((c) => this.listed.has(c.id));
    if (kept.length > 1) kept.sort(byId);
    const out: Pick<JsonStep, "heap" | "changed" | "removed"> = { heap: this.heap };
    if (kept.length > 0) out.changed = kept;
    if (removed.length > 0) out.removed = removed;
    return out;
  }

  /** The frames, value and exception the roots were counted from. */
  private rootFrames: readonly TraceFrame[] = [];
  private rootValue: number | null = null;
  private rootRaising: number | null = null;
  private readonly lost: (number | null)[] = [];
  private readonly gained: (number | null)[] = [];

  /**
   * The roots now, from the previous step's: a frame the rebuild gives as the same object (or
   * with the same locals array) as before has the same locals, so only the locals of frames that
   * changed are counted again. An id no longer a root is a candidate for removal, a new root is
   * queued; all losses are counted before the gains, so a reference that only moved (from one
   * local to another) is never both.
   */
  private updateRoots(view: StepView): void {
    const lost = this.lost;
    const gained = this.gained;
    const prev = this.rootFrames;
    const cur = view.frames;
    const n = Math.max(prev.length, cur.length);
    for (let i = 0; i < n; i++) {
      const a = i < prev.length ? prev[i]!.locals : EMPTY_LOCALS;
      const b = i < cur.length ? cur[i]!.locals : EMPTY_LOCALS;
      if (a === b) continue;
      // (the roots are a multiset of ids: locals are paired by position, whatever their names)
      const m = Math.min(a.length, b.length);
      for (let k = 0; k < m; k++) {
        const x = a[k]!.ref;
        const y = b[k]!.ref;
        if (x !== y) {
          lost.push(x);
          gained.push(y);
        }
      }
      for (let k = m; k < a.length; k++) lost.push(a[k]!.ref);
      for (let k = m; k < b.length; k++) gained.push(b[k]!.ref);
    }
    if (view.value !== this.rootValue) {
      lost.push(this.rootValue);
      gained.push(view.value);
    }
    if (view.raising !== this.rootRaising) {
      lost.push(this.rootRaising);
      gained.push(view.raising);
    }
    this.rootFrames = cur;
    this.rootValue = view.value;
    this.rootRaising = view.raising;
    const roots = this.roots;
    for (let k = 0; k < lost.length; k++) {
      const id = lost[k]!;
      if (id === null) continue;
      const c = roots.get(id)!;
      if (c > 1) roots.set(id, c - 1);
      else {
        roots.delete(id);
        this.candidates.push(id);
      }
    }
    for (let k = 0; k < gained.length; k++) {
      const id = gained[k]!;
      if (id === null) continue;
      const c = roots.get(id);
      if (c === undefined) {
        roots.set(id, 1);
        this.queue.push(id);
      } else roots.set(id, c + 1);
    }
    lost.length = 0;
    gained.length = 0;
  }

  /** Lists object `id` whole (with "reachable", queues what it references). */
  private add(view: StepView, id: number): void {
    const o = view.object(id);
    if (o === undefined) return;
    const j = jsonObject(o);
    this.heap.push(objectRecord(j, this.programFile));
    const refs = j.refs.slice();
    this.listed.set(id, { size: j.size, refcount: j.refcount, value: j.value, refs, seen: this.stamp });
    if (this.reachable) for (const r of refs) this.link(id, r[2]);
  }

  /** A reference from listed object `from` to `to`. */
  private link(from: number, to: number): void {
    let m = this.by.get(to);
    if (m === undefined) {
      m = new Map();
      this.by.set(to, m);
    }
    m.set(from, (m.get(from) ?? 0) + 1);
    if (!this.listed.has(to)) this.queue.push(to);
  }

  /** A reference from `from` to `to` gone: `to` may be unreachable now. */
  private unlink(from: number, to: number): void {
    const m = this.by.get(to);
    if (m !== undefined) {
      const n = (m.get(from) ?? 0) - 1;
      if (n > 0) m.set(from, n);
      else m.delete(from);
      if (m.size === 0) this.by.delete(to);
    }
    this.candidates.push(to);
  }

  /**
   * Whether a walk back from `id` along its referrers meets a root soon: true, null when it gave
   * up, or else the objects it met (`id`, its referrers, theirs...), none of which a root reaches:
   * whatever refers to one of them is one of them. The walk goes breadth first, so a short way
   * back to a root (a dict a local holds) is found before a long chain of referrers (a linked
   * list) is followed.
   */
  private rooted(id: number): true | null | Set<number> {
    if (this.rootedByFirstReferrers(id)) return true;
    const seen = new Set<number>([id]);
    const todo = [id];
    for (let head = 0; head < todo.length; head++) {
      const x = todo[head]!;
      if (this.roots.has(x)) return true;
      const m = this.by.get(x);
      if (m === undefined) continue;
      for (const from of m.keys()) {
        if (seen.has(from)) continue;
        // (a root is looked for as soon as it is met: an int in many tuples of a set a local
        // holds is proved reachable by the first tuple's set, not after every tuple's referrers)
        if (this.roots.has(from)) return true;
        if (seen.size >= PROOF_LIMIT) return null;
        seen.add(from);
        todo.push(from);
      }
    }
    // every referrer, and theirs, was looked at: none is reachable from a root
    return seen;
  }

  /**
   * Whether following one referrer at a time (the first not met yet) from `id` meets a root (as
   * one of the referrers looked at at each step) within PROOF_LIMIT steps: an object with more
   * referrers than a walk of all of them may look at (an int in hundreds of tuples of a set that
   * a local holds) is mostly reachable through any of them.
   */
  private rootedByFirstReferrers(id: number): boolean {
    let x = id;
    const met = this.met;
    met.clear();
    met.add(x);
    for (let n = 0; n < PROOF_LIMIT; n++) {
      const m = this.by.get(x);
      if (m === undefined) return false;
      // (any of them a root: the first PROOF_LIMIT looked at)
      let next = -1;
      let k = 0;
      for (const from of m.keys()) {
        if (this.roots.has(from)) return true;
        if (next < 0 && !met.has(from)) next = from;
        if (++k >= PROOF_LIMIT) break;
      }
      if (next < 0) return false;
      met.add(next);
      x = next;
    }
    return false;
  }

  private readonly met = new Set<number>();

  /** Removes the listed objects that are no longer reachable. */
  private prune(removed: number[]): void {
    let walk = false;
    while (this.candidates.length > 0) {
      const id = this.candidates.pop()!;
      if (!this.listed.has(id)) continue;
      const r = this.rooted(id);
      if (r === true) continue;
      if (r === null) {
        walk = true;
        continue;
      }
      for (const x of r) {
        const l = this.listed.get(x);
        if (l !== undefined) this.remove(x, l, removed);
      }
    }
    if (!walk) return;
    // a walk of the listing from the roots (every listed object's refs are current)
    const stamp = ++this.stamp;
    const todo = Array.from(this.roots.keys());
    while (todo.length > 0) {
      const id = todo.pop()!;
      const l = this.listed.get(id);
      if (l === undefined || l.seen === stamp) continue;
      l.seen = stamp;
      for (const r of l.refs) todo.push(r[2]);
    }
    for (const [id, l] of this.listed) if (l.seen !== stamp) this.remove(id, l, removed);
    this.candidates.length = 0;
  }

  private remove(id: number, l: Listed, removed: number[]): void {
    this.listed.delete(id);
    removed.push(id);
    for (const r of l.refs) this.unlink(id, r[2]);
  }

  /** Notes in `changed` what changed in listed object `id` (updating `l`). */
  private compare(view: StepView, id: number, l: Listed, changed: JsonObjectChange[]): void {
    const from = view.touched?.get(id);
    if (from === undefined) return;
    const part = view.objectFrom!(id, from === NO_REFS_CHANGED ? Number.MAX_SAFE_INTEGER : from);
    if (part === undefined) return;
    const o = part.object;
    const c: JsonObjectChange = { id };
    let any = false;
    if (o.size !== l.size) {
      c.size = l.size = o.size;
      any = true;
    }
    if (o.refcount !== l.refcount) {
      c.refcount = l.refcount = o.refcount;
      any = true;
    }
    if (o.value !== l.value) {
      c.value = l.value = o.value;
      any = true;
    }
    const n = part.refsLength;
    const refs = l.refs;
    if (from !== NO_REFS_CHANGED && (n !== refs.length || o.refs.length > 0)) {
      const set: JsonRefSet[] = [];
      for (let k = 0; k < o.refs.length; k++) {
        const i = from + k;
        const r = o.refs[k]!;
        const was = refs[i];
        if (was !== undefined && was[0] === r.kind && was[1] === r.name && was[2] === r.to) continue;
        if (this.reachable) {
          if (was !== undefined) this.unlink(id, was[2]);
          this.link(id, r.to);
        }
        refs[i] = [r.kind, r.name, r.to];
        set.push([i, r.kind, r.name, r.to]);
      }
      if (set.length > 0 || n !== refs.length) {
        if (this.reachable) for (let i = n; i < refs.length; i++) this.unlink(id, refs[i]![2]);
        refs.length = n;
        c.refs = { length: n, set };
        any = true;
      }
    }
    if (any) changed.push(c);
  }
}

/** How many times a checkpoint's size the frames' changes written after it may reach before the next. */
const FRAME_CHECKPOINT_RATIO = 16;

/** The size of frames as the number of frames and locals (a checkpoint's, or changes'). */
function framesWeight(frames: readonly TraceFrame[]): number {
  let w = 0;
  for (const f of frames) w += 1 + f.locals.length;
  return w;
}

/**
 * The previous step's frames and memory, and the changes that make the next step's from them;
 * the whole frames and memory at the first step and whenever the changes written since the
 * last checkpoint outweigh it FRAME_CHECKPOINT_RATIO times (so checkpoints cost a small part of
 * the changes, and a reader starting at one replays a bounded amount).
 */
class FrameWriter {
  private frames: TraceFrame[] = [];
  private memory: StepMemory | null = null;
  private checkpointWeight = 0;
  private changesWeight = 0;

  step(view: StepView, step: JsonStep): void {
    const frames = view.frames;
    const memory = view.memory;
    const prevFrames = this.frames;
    const prevMemory = this.memory;
    this.frames = frames;
    this.memory = memory;
    if (
      prevMemory === null ||
      this.changesWeight >= FRAME_CHECKPOINT_RATIO * Math.max(this.checkpointWeight, 4)
    ) {
      step.frames = frames;
      step.memory = memory;
      this.checkpointWeight = framesWeight(frames);
      this.changesWeight = 0;
      return;
    }
    const changes = this.frameChanges(prevFrames, frames, view.line);
    if (changes !== null) step.frameChanges = changes;
    const m: Partial<StepMemory> = {};
    let any = false;
    for (const k of MEMORY_FIELDS)
      if (memory[k] !== prevMemory[k]) {
        m[k] = memory[k];
        any = true;
      }
    if (any) step.memory = m;
  }

  /** The frames written as changes to `prev` (null: none beyond the innermost line). */
  private frameChanges(
    prev: readonly TraceFrame[],
    cur: readonly TraceFrame[],
    line: number,
  ): JsonFrameChanges | null {
    let keep = 0;
    while (keep < prev.length && keep < cur.length && sameActivation(prev[keep]!, cur[keep]!)) keep++;
    const out: JsonFrameChanges = {};
    if (keep < prev.length) out.keep = keep;
    if (keep < cur.length) out.push = cur.slice(keep);
    const lines: [number, number][] = [];
    const locals: [number, number, number | null][] = [];
    const tails: JsonLocalsTail[] = [];
    let weight = out.push === undefined ? 0 : framesWeight(out.push);
    for (let i = 0; i < cur.length; i++) {
      const f = cur[i]!;
      // what a reader has for frame i before the changes: kept or pushed, the innermost at the step's line
      const expectedLine = i === cur.length - 1 ? line : i < keep ? prev[i]!.line : f.line;
      if (f.line !== expectedLine) lines.push([i, f.line]);
      if (i >= keep) continue;
      const was = prev[i]!.locals;
      const now = f.locals;
      if (was === now) continue;
      let same = 0;
      const n = Math.min(was.length, now.length);
      while (same < n && was[same]!.name === now[same]!.name && was[same]!.kind === now[same]!.kind) same++;
      for (let j = 0; j < same; j++) if (was[j]!.ref !== now[j]!.ref) locals.push([i, j, now[j]!.ref]);
      if (same < was.length || same < now.length) {
        tails.push({ index: i, from: same, locals: now.slice(same) });
        weight += 1 + now.length - same;
      }
    }
    weight += lines.length + locals.length;
    if (lines.length > 0) out.lines = lines;
    if (locals.length > 0) out.locals = locals;
    if (tails.length > 0) out.tails = tails;
    this.changesWeight += weight;
    return weight === 0 && out.keep === undefined ? null : out;
  }
}

const MEMORY_FIELDS = ["heapBytes", "heapBlocks", "objects", "objectBytes"] as const;

/** The same activation at the same position (a frame's code never changes). */
function sameActivation(a: TraceFrame, b: TraceFrame): boolean {
  return a.id === b.id && a.function === b.function && a.file === b.file && a.firstLine === b.firstLine;
}

function jsonStep(view: StepView, output: JsonOutput, listing: Listing, frames: FrameWriter): JsonStep {
  // (fields in the order the format lists them; `heap` is set below)
  const step = { step: view.step } as JsonStep;
  if (view.event !== "line") step.event = view.event;
  step.line = view.line;
  frames.step(view, step);
  if (view.value !== null) step.value = view.value;
  if (view.raising !== null) step.raising = view.raising;
  if (output.length > 0) step.output = output;
  const objects = listing.step(view);
  step.heap = objects.heap;
  if (objects.changed !== undefined) step.changed = objects.changed;
  if (objects.removed !== undefined) step.removed = objects.removed;
  if (view.refcounts !== undefined) step.refcounts = view.refcounts;
  return step;
}

export function traceDocument(t: Trace, options: TraceJsonOptions): TraceDocument {
  const steps: JsonStep[] = [];
  const doc = traceDocumentWith(t, options, (s) => steps.push(s));
  doc.steps = steps;
  return doc;
}

/** The document without its steps, calling `onStep` with each step in order (for streaming). */
export function traceDocumentWith(
  t: Trace,
  options: TraceJsonOptions,
  onStep: ((step: JsonStep) => void) | null,
): TraceDocument {
  const rec = t.recorder;
  const at = options.atStep;
  const heap = options.heap ?? (at === undefined ? "reachable" : "all");
  const events = options.events ?? t.events;
  const refcounts = events.includes("refcount");
  const chunks = rec.output;
  let chunk = 0;
  const outputFor = (step: number, from: number): JsonOutput => {
    const out: JsonOutput = [];
    while (chunk < chunks.length && chunks[chunk]!.step < from) chunk++;
    while (chunk < chunks.length && chunks[chunk]!.step <= step) {
      const c = chunks[chunk++]!;
      out.push({ stream: c.stream === 0 ? "stdout" : "stderr", text: c.text });
    }
    return out;
  };
  if (at !== undefined && !(at >= 0 && at < t.steps)) {
    throw new RangeError(`step ${at} is out of range (the trace has ${t.steps} steps)`);
  }
  if (onStep === null) {
    // the header only
  } else if (at !== undefined) {
    const listing = new Listing(heap === "reachable", t.filename);
    const frames = new FrameWriter();
    t.forEachStep((view) => onStep(jsonStep(view, outputFor(view.step, 0), listing, frames)), at, at + 1, {
      refcounts,
      touched: true,
    });
  } else {
    const listing = new Listing(heap === "reachable", t.filename);
    const frames = new FrameWriter();
    t.forEachStep(
      (view) => onStep(jsonStep(view, outputFor(view.step, view.step), listing, frames)),
      0,
      t.steps,
      { refcounts, touched: true },
    );
  }
  return {
    format: TRACE_FORMAT,
    version: TRACE_FORMAT_VERSION,
    program: { file: t.filename, source: t.source },
    run: {
      status: t.outcome.status,
      steps: t.steps,
      stopped: t.outcome.stopped,
      elapsedMs: Math.round(t.outcome.elapsedMs),
      firstStep: at ?? 0,
      heap,
      ...(events.length > 0 ? { events: [...events] } : {}),
    },
    frameHeaderBytes: FRAME_HEADER_BYTES,
    steps: [],
    collections: rec.gcs.map((g) => ({
      step: g.step,
      generation: g.generation,
      collected: g.collected,
      uncollectable: g.uncollectable,
      countsBefore: g.countsBefore,
      sizesBefore: g.sizesBefore,
      freedByType: Object.fromEntries(g.freedByType),
      cycles: Array.from(g.cycles, ([shape, count]) => ({ shape, count })),
    })),
  };
}
