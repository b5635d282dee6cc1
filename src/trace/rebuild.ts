/**
 * Rebuilding a step's state from the recording: load the last checkpoint at or before the step
 * and replay the delta records after it (src/trace/records.ts describes them).
 */
import { ByteReader } from "./bytes.js";
import { EdgeMode, SummaryKind, summaryText } from "./inspect.js";
import { type Checkpoint, type CodeInfo, NO_REFS, type Recorder } from "./recorder.js";
import {
  R_EXT,
  R_FLINE,
  R_FPOP,
  R_FPUSH,
  R_FREE,
  R_MEM,
  R_NEW,
  R_NSLOT,
  R_RAISING,
  R_RC,
  R_REFS,
  R_SIZE,
  R_SLOT,
  R_SPLICE,
  R_SUM,
  R_VALUE,
  STEP_KIND_NAMES,
  type StepEvent,
} from "./records.js";

/** A reference from one object to another. */
export interface TraceRef {
  /** item: position in a sequence or set; key/value: of the n-th dict entry; attr: a named reference. */
  kind: "item" | "key" | "value" | "attr";
  /** The position (item, key, value) or the name (attr). */
  name: string | number;
  /** Id of the referenced object. */
  to: number;
}

export interface TraceObject {
  id: number;
  type: string;
  /** What id() returns in the program. */
  address: number;
  /** What sys.getsizeof() returns. */
  size: number;
  /** The reference count; null for immortal objects (None, small ints, interned strings...). */
  refcount: number | null;
  /** Short value: the repr of numbers and strings, a name for functions and classes, `len=N` for containers. */
  value: string;
  /** Not created by the program (a builtin, a constant of the code, an interned name): shown without references. */
  external: boolean;
  /** Where the program allocated it. */
  site: { file: string; line: number } | null;
  refs: TraceRef[];
}

export interface TraceLocal {
  name: string;
  /** local/cell/free: a slot of a function frame; name: an entry of a module or class namespace. */
  kind: "local" | "cell" | "free" | "name";
  /** Id of the value (for cells: of the cell object), null when unbound. */
  ref: number | null;
}

export interface TraceFrame {
  /** The activation: the same frame keeps its id from step to step. */
  id: number;
  /** The code's qualified name ("<module>", "f", "C.method"). */
  function: string;
  file: string;
  line: number;
  firstLine: number;
  /** The program's own code (not heapstack's Python library). */
  user: boolean;
  /** Bytes on CPython's data stack: 72 + (nlocalsplus + co_stacksize) * 8. */
  bytes: number;
  locals: TraceLocal[];
}

export interface StepMemory {
  /** Allocator bytes and blocks in use beyond what the interpreter used before the program started. */
  heapBytes: number;
  heapBlocks: number;
  /** Live objects the program created, and the sum of their sizes. */
  objects: number;
  objectBytes: number;
}

/** A step's state, with objects fetched on demand. */
export interface StepView {
  step: number;
  event: StepEvent;
  file: string;
  line: number;
  function: string;
  /** Outermost frame first. */
  frames: TraceFrame[];
  /** The returned value (return steps) or the exception (exception steps). */
  value: number | null;
  /**
   * The exception a return step's frame is left by (null when it returns normally, and at other
   * steps): it is still alive and the program's, on its way to a handler.
   */
  raising: number | null;
  memory: StepMemory;
  stdout: string;
  stderr: string;
  object(id: number): TraceObject | undefined;
  /** Ids of every object alive at this step (created by the program or referenced by it). */
  objectIds(): number[];
  /** The reference counts that changed at this step (only when asked for: forEachStep's `refcounts`). */
  refcounts?: RefcountChange[];
  /**
   * Only when asked for (forEachStep's `touched`): the objects this step changed (since the
   * previous step), each with the first index of its `refs` that may differ (NO_REFS_CHANGED:
   * none). Objects not in it are as they were; new objects are not in it.
   */
  touched?: ReadonlyMap<number, number>;
  /** With `touched`: object `id` with only its references from index `from` on, and their number. */
  objectFrom?(id: number, from: number): { object: TraceObject; refsLength: number } | undefined;
}

/**
 * A reference count that changed between the previous step and this one (`sys.getrefcount(o) - 1`
 * as the object's `refcount` shows it): `old` is 0 for an object created since the previous step,
 * `new` is 0 for one freed since. Objects the program did not create are not tracked.
 */
export interface RefcountChange {
  id: number;
  old: number;
  new: number;
}

/** A step's state with every object materialized. */
export interface StepState extends Omit<StepView, "object" | "objectIds"> {
  objects: Map<number, TraceObject>;
}

class WObj {
  constructor(
    public id: number,
    public ext: boolean,
    public type: number,
    public addr: number,
    public size: number,
    public rc: number,
    public sk: number,
    public sn: number,
    public st: number,
    public mode: number,
    public labels: number[] | null,
    /** null: still the checkpoint's (`cp`, entry `ci`), copied out when first needed. */
    public targets: number[] | null,
    public site: number,
    public cp: Checkpoint | null = null,
    public ci = 0,
  ) {}
  /** Taken out of the checkpoint the state was loaded from (its place in the order is the row's). */
  base = false;
}

/** Entry `i` of a checkpoint (its references stay in the checkpoint until read). */
function rowObj(cp: Checkpoint, i: number): WObj {
  return new WObj(
    cp.ids[i]!,
    cp.ext[i] === 1,
    cp.types[i]!,
    cp.addrs[i]!,
    cp.sizes[i]!,
    cp.rcs[i]!,
    cp.sk[i]!,
    cp.sn[i]!,
    cp.st[i]!,
    cp.modes[i]!,
    null,
    null,
    cp.sites[i]!,
    cp,
    i,
  );
}

/** The row of `id` in the id-sorted `ids`, or -1. */
function rowOf(ids: Int32Array, id: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  if (hi < 0 || id > ids[hi]! || id < ids[0]!) return -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = ids[mid]!;
    if (v < id) lo = mid + 1;
    else if (v > id) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** A row's state in an ObjTable: still read in place, taken out (a WObj now, or freed since), or not live at all. */
/** Work.touched's value for an object whose references the step did not change. */
export const NO_REFS_CHANGED = Number.MAX_SAFE_INTEGER;

const IN_ROW = 0;
const TAKEN = 1;
const DEAD = 2;

/**
 * The objects of a rebuilt state. Loading a checkpoint makes no object: its rows (sorted by id)
 * are read in place, and a row becomes a WObj of its own only when a record or a reader asks for
 * it (most objects of a large heap are neither changed nor looked at by one rebuild). Delta
 * checkpoints' rows lie over their full checkpoint's: the newest row of an id counts, and the
 * full checkpoint's rows they replace or free are DEAD.
 * Iteration gives the order a Map filled from a full checkpoint and then the records would: id
 * order for the checkpoints' objects (ids are given in order), then the objects made since, in
 * the order they were made.
 */
export class ObjTable {
  private readonly over = new Map<number, WObj>();
  /** The full checkpoint. */
  private readonly f: Checkpoint;
  private readonly fState: Uint8Array;
  /** The live rows of the delta checkpoints over it, by id: their ids, checkpoints and rows. */
  private readonly dIds: Int32Array;
  private readonly dCps: Checkpoint[];
  private readonly dRows: Int32Array;
  private readonly dState: Uint8Array;
  private live: number;

  constructor(cp: Checkpoint) {
    const deltas: Checkpoint[] = [];
    let f = cp;
    while (f.base !== null) {
      deltas.push(f);
      f = f.base;
    }
    this.f = f;
    const fState = new Uint8Array(f.ids.length);
    this.fState = fState;
    this.live = f.ids.length;
    if (deltas.length === 0) {
      this.dIds = new Int32Array(0);
      this.dCps = [];
      this.dRows = new Int32Array(0);
      this.dState = new Uint8Array(0);
      return;
    }
    // An id's newest entry counts: its row, or its free. The entries of all the delta
    // checkpoints as one sorted array of id * 8192 + age * 2 + freed (age 0: the newest
    // checkpoint), so that each id's first entry is its newest.
    let total = 0;
    for (const d of deltas) total += d.ids.length + d.freed!.length;
    const keys = new Float64Array(total);
    let p = 0;
    for (let k = 0; k < deltas.length; k++) {
      const d = deltas[k]!;
      const ids = d.ids;
      for (let i = 0; i < ids.length; i++) keys[p++] = ids[i]! * 8192 + k * 2;
      const freed = d.freed!;
      for (let i = 0; i < freed.length; i++) keys[p++] = freed[i]! * 8192 + k * 2 + 1;
    }
    keys.sort();
    const dIds = new Int32Array(total);
    const dCps: Checkpoint[] = [];
    const dRows = new Int32Array(total);
    const fIds = f.ids;
    const nf = fIds.length;
    let fi = 0;
    let dead = 0;
    let n = 0;
    let last = -1;
    for (let q = 0; q < total; q++) {
      const key = keys[q]!;
      const id = Math.floor(key / 8192);
      if (id === last) continue;
      last = id;
      // the full checkpoint's row of the id, if any, is replaced or freed
      while (fi < nf && fIds[fi]! < id) fi++;
      if (fi < nf && fIds[fi] === id) {
        fState[fi] = DEAD;
        dead++;
      }
      const low = key - id * 8192;
      if ((low & 1) === 1) continue;
      const d = deltas[low >> 1]!;
      dIds[n] = id;
      dCps.push(d);
      dRows[n] = rowOf(d.ids, id);
      n++;
    }
    this.dIds = dIds.subarray(0, n);
    this.dCps = dCps;
    this.dRows = dRows.subarray(0, n);
    this.dState = new Uint8Array(n);
    this.live += n - dead;
  }

  get size(): number {
    return this.live;
  }

  /** Each live checkpoint row, in id order, as (checkpoint, row); f's and d's rows merged. */
  private *rows(): Generator<number> {
    // yields row indexes: >= 0 for f's rows, -1 - j for d's row j
    const fIds = this.f.ids;
    const fState = this.fState;
    const dIds = this.dIds;
    let i = 0;
    let j = 0;
    const nf = fIds.length;
    const nd = dIds.length;
    while (i < nf || j < nd) {
      if (j >= nd || (i < nf && fIds[i]! < dIds[j]!)) {
        if (fState[i] !== DEAD) yield i;
        i++;
      } else {
        yield -1 - j;
        j++;
      }
    }
  }

  get(id: number): WObj | undefined {
    const o = this.over.get(id);
    if (o !== undefined) return o;
    const j = rowOf(this.dIds, id);
    if (j >= 0) {
      if (this.dState[j] !== IN_ROW) return undefined;
      this.dState[j] = TAKEN;
      return this.take(rowObj(this.dCps[j]!, this.dRows[j]!));
    }
    const i = rowOf(this.f.ids, id);
    if (i < 0 || this.fState[i] !== IN_ROW) return undefined;
    this.fState[i] = TAKEN;
    return this.take(rowObj(this.f, i));
  }

  private take(w: WObj): WObj {
    w.base = true;
    this.over.set(w.id, w);
    return w;
  }

  has(id: number): boolean {
    if (this.over.has(id)) return true;
    const j = rowOf(this.dIds, id);
    if (j >= 0) return this.dState[j] === IN_ROW;
    const i = rowOf(this.f.ids, id);
    return i >= 0 && this.fState[i] === IN_ROW;
  }

  /** Adds an object made since the checkpoint. */
  set(id: number, o: WObj): void {
    if (!this.has(id)) this.live++;
    else this.delete(id);
    this.over.set(id, o);
  }

  delete(id: number): boolean {
    if (this.over.delete(id)) {
      this.live--;
      return true;
    }
    const j = rowOf(this.dIds, id);
    if (j >= 0) {
      if (this.dState[j] !== IN_ROW) return false;
      this.dState[j] = TAKEN;
      this.live--;
      return true;
    }
    const i = rowOf(this.f.ids, id);
    if (i < 0 || this.fState[i] !== IN_ROW) return false;
    this.fState[i] = TAKEN;
    this.live--;
    return true;
  }

  /** What free() removed: external, size and count (+1, 0: immortal). */
  freedExt = false;
  freedSize = 0;
  freedRc = 0;

  /** Removes object `id`, reading what it was from its row without making a WObj. */
  free(id: number): boolean {
    const o = this.over.get(id);
    if (o !== undefined) {
      this.over.delete(id);
      this.live--;
      this.freedExt = o.ext;
      this.freedSize = o.size;
      this.freedRc = o.rc;
      return true;
    }
    let cp: Checkpoint;
    let i: number;
    const j = rowOf(this.dIds, id);
    if (j >= 0) {
      if (this.dState[j] !== IN_ROW) return false;
      this.dState[j] = TAKEN;
      cp = this.dCps[j]!;
      i = this.dRows[j]!;
    } else {
      i = rowOf(this.f.ids, id);
      if (i < 0 || this.fState[i] !== IN_ROW) return false;
      this.fState[i] = TAKEN;
      cp = this.f;
    }
    this.live--;
    this.freedExt = cp.ext[i] === 1;
    this.freedSize = cp.sizes[i]!;
    this.freedRc = cp.rcs[i]!;
    return true;
  }

  /** Each live object (a row not yet taken out comes as a WObj made for the occasion). */
  *values(): IterableIterator<WObj> {
    const { f, fState, dState, over } = this;
    for (const k of this.rows()) {
      if (k >= 0) {
        if (fState[k] === IN_ROW) yield rowObj(f, k);
        else {
          const o = over.get(f.ids[k]!);
          if (o !== undefined) yield o;
        }
      } else {
        const j = -1 - k;
        if (dState[j] === IN_ROW) yield rowObj(this.dCps[j]!, this.dRows[j]!);
        else {
          const o = over.get(this.dIds[j]!);
          if (o !== undefined) yield o;
        }
      }
    }
    for (const o of over.values()) if (!o.base) yield o;
  }

  *keys(): IterableIterator<number> {
    for (const id of this.idList()) yield id;
  }

  /** The ids in iteration order, as an array. */
  idList(): number[] {
    const out: number[] = [];
    const { f, fState, dState, over } = this;
    for (const k of this.rows()) {
      const id = k >= 0 ? f.ids[k]! : this.dIds[-1 - k]!;
      if ((k >= 0 ? fState[k] : dState[-1 - k]) === IN_ROW || over.has(id)) out.push(id);
    }
    for (const o of over.values()) if (!o.base) out.push(o.id);
    return out;
  }

  /** Live objects the program created (not external) and the sum of their sizes, in the rows. */
  rowTotals(): { objects: number; bytes: number } {
    let objects = 0;
    let bytes = 0;
    const { f, fState } = this;
    for (let i = 0; i < f.ids.length; i++) {
      if (fState[i] === IN_ROW && f.ext[i] === 0) {
        objects++;
        bytes += f.sizes[i]!;
      }
    }
    for (let j = 0; j < this.dIds.length; j++) {
      const d = this.dCps[j]!;
      const i = this.dRows[j]!;
      if (d.ext[i] === 0) {
        objects++;
        bytes += d.sizes[i]!;
      }
    }
    return { objects, bytes };
  }
}

/** o's references (its targets, and labels for NAMED), as arrays of its own. */
function refsOf(o: WObj): number[] {
  let t = o.targets;
  if (t === null) {
    const cp = o.cp!;
    const a = cp.refStart[o.ci]!;
    const b = cp.refStart[o.ci + 1]!;
    t = Array.from(cp.refTargets.subarray(a, b));
    o.targets = t;
    o.labels = o.mode === EdgeMode.NAMED ? Array.from(cp.refLabels.subarray(a, b)) : null;
    o.cp = null;
  }
  return t;
}

interface WFrame {
  uid: number;
  code: number;
  line: number;
  slots: number[];
  ns: Map<number, number> | null;
  /**
   * The frame's view as last made (null: changed since). A view, once handed out, is never
   * changed: a step whose records leave a frame alone gives the same TraceFrame (and locals
   * array) as the step before, which writers of deltas compare by identity.
   */
  view: TraceFrame | null;
  /** Its locals as last made (null: rebuild); `localsShared`: handed out in a view, copy before changing. */
  locals: TraceLocal[] | null;
  localsShared: boolean;
}

function newWFrame(
  uid: number,
  code: number,
  line: number,
  slots: number[],
  ns: Map<number, number> | null,
): WFrame {
  return { uid, code, line, slots, ns, view: null, locals: null, localsShared: false };
}

/** Slot `i`'s local of a frame of `info` holding object `id` (-1: unbound). */
function slotLocal(info: CodeInfo, i: number, id: number): TraceLocal {
  const k = info.kinds[i];
  const kind = k === 1 ? "cell" : k === 2 ? "free" : "local";
  return { name: info.names[i]!, kind, ref: id < 0 ? null : id };
}

/** The state being rebuilt: a checkpoint loaded, then records applied step by step. */
export class Work {
  readonly objs: ObjTable;
  frames: WFrame[] = [];
  prevNewId = -1;
  framePushes = 0;
  lastAddr = 0;
  allocBytes = 0;
  allocBlocks = 0;
  step = -1;
  kind = 0;
  line = 0;
  value = -1;
  /** The exception a return step's frame is left by (R_RAISING); -1: none. */
  raising = -1;
  liveObjects = 0;
  liveBytes = 0;
  /** When not null: the reference count changes of the step last applied. */
  rcChanges: RefcountChange[] | null = null;
  /**
   * When not null: the objects the step last applied changed (a record about them), each with
   * the first position of its references that may differ from before (NO_REFS_CHANGED: only its
   * size, count or summary). Writers of deltas (export_json.ts) compare only these.
   */
  touched: Map<number, number> | null = null;

  /** Notes that the step changed object `id` from reference `from` on. */
  private touch(id: number, from: number): void {
    const t = this.touched!;
    const was = t.get(id);
    if (was === undefined || from < was) t.set(id, from);
  }

  constructor(
    readonly rec: Recorder,
    cp: Checkpoint,
  ) {
    this.objs = new ObjTable(cp);
    this.load(cp);
  }

  private load(cp: Checkpoint): void {
    this.step = cp.step;
    this.prevNewId = cp.prevNewId;
    this.framePushes = cp.framePushes;
    this.lastAddr = cp.lastAddr;
    this.allocBytes = cp.allocBytes;
    this.allocBlocks = cp.allocBlocks;
    // (no object is made: the table reads the checkpoints' rows until one is asked for)
    const totals = this.objs.rowTotals();
    this.liveObjects = totals.objects;
    this.liveBytes = totals.bytes;
    for (const f of cp.frames) {
      let ns: Map<number, number> | null = null;
      if (f.ns !== null) {
        ns = new Map();
        for (let j = 0; j < f.ns.length; j += 2) ns.set(f.ns[j]!, f.ns[j + 1]!);
      }
      this.frames.push(newWFrame(f.uid, f.code, f.line, Array.from(f.slots), ns));
    }
  }

  /** Applies the records of the next step. */
  advance(): void {
    const rec = this.rec;
    const step = this.step + 1;
    const start = rec.offsets.get(step);
    // (a step's records are in one chunk of the stream)
    const chunk = rec.w.chunkAt(start);
    const end = (step + 1 < rec.offsets.length ? rec.offsets.get(step + 1) : rec.w.length) - chunk.base;
    const r = new ByteReader(chunk.buf, start - chunk.base);
    const head = r.uv();
    this.kind = head % 4;
    this.line = Math.floor(head / 4);
    this.value = -1;
    this.raising = -1;
    this.step = step;
    const objs = this.objs;
    const changes = this.rcChanges;
    if (changes !== null) changes.length = 0;
    const touched = this.touched;
    if (touched !== null) touched.clear();
    while (r.pos < end) {
      const op = r.u8();
      switch (op) {
        case R_FREE: {
          const id = r.uv();
          // (no WObj is made for a row freed: a program's exit frees its whole heap)
          if (objs.free(id) && !objs.freedExt) {
            this.liveObjects--;
            this.liveBytes -= objs.freedSize;
            const rc = objs.freedRc;
            if (changes !== null && rc > 0) changes.push({ id, old: rc - 1, new: 0 });
          }
          break;
        }
        case R_NEW:
        case R_EXT: {
          const id = this.prevNewId + 1 + r.sv();
          this.prevNewId = id;
          const type = r.uv();
          const addr = this.lastAddr + r.sv();
          this.lastAddr = addr;
          const size = r.uv();
          const site = op === R_NEW ? r.uv() : 0;
          const rc = r.uv();
          const o = new WObj(
            id,
            op === R_EXT,
            type,
            addr,
            size,
            rc,
            0,
            0,
            -1,
            EdgeMode.NAMED,
            null,
            [],
            site,
          );
          readSummary(r, o);
          if (op === R_NEW) readRefs(r, o);
          else if (r.buf[r.pos] === NO_REFS) r.pos++;
          else readRefs(r, o);
          objs.set(id, o);
          if (!o.ext) {
            this.liveObjects++;
            this.liveBytes += size;
            if (changes !== null && rc > 0) changes.push({ id, old: 0, new: rc - 1 });
          }
          break;
        }
        case R_SIZE: {
          const o = objs.get(r.uv())!;
          const size = r.uv();
          if (!o.ext) this.liveBytes += size - o.size;
          o.size = size;
          if (touched !== null) this.touch(o.id, NO_REFS_CHANGED);
          break;
        }
        case R_RC: {
          const o = objs.get(r.uv());
          const rc = r.uv();
          if (o !== undefined) {
            if (changes !== null && o.rc > 0 && rc > 0 && !o.ext) {
              // a count that changed back and forth within the step shows once, from the first old
              changes.push({ id: o.id, old: o.rc - 1, new: rc - 1 });
            }
            o.rc = rc;
            if (touched !== null) this.touch(o.id, NO_REFS_CHANGED);
          }
          break;
        }
        case R_SUM: {
          const o = objs.get(r.uv())!;
          readSummary(r, o);
          if (touched !== null) this.touch(o.id, NO_REFS_CHANGED);
          break;
        }
        case R_REFS: {
          const o = objs.get(r.uv())!;
          readRefs(r, o);
          if (touched !== null) this.touch(o.id, 0);
          break;
        }
        case R_SPLICE: {
          const o = objs.get(r.uv())!;
          const at = r.uv();
          const del = r.uv();
          const ins = r.uv();
          if (touched !== null) this.touch(o.id, at);
          const named = o.mode === EdgeMode.NAMED;
          const labels: number[] = [];
          const targets: number[] = [];
          for (let i = 0; i < ins; i++) {
            if (named) labels.push(r.uv());
            targets.push(o.id + r.sv());
          }
          // (the arrays are this rebuild's own: load() and readRefs() make them; a copy here
          // made appending to a long list cost its length at every step)
          const ot = refsOf(o);
          if (del === 0 && at === ot.length) for (let i = 0; i < ins; i++) ot.push(targets[i]!);
          else ot.splice(at, del, ...targets);
          if (named) {
            if (o.labels === null) o.labels = [];
            o.labels.splice(at, del, ...labels);
          }
          break;
        }
        case R_FPOP: {
          const n = r.uv();
          this.frames.length -= n;
          break;
        }
        case R_FPUSH: {
          const code = r.uv();
          const line = r.uv();
          const info = rec.codes[code]!;
          this.frames.push(
            newWFrame(this.framePushes++, code, line, new Array<number>(info.nlocalsplus).fill(-1), null),
          );
          break;
        }
        case R_FLINE: {
          const d = r.uv();
          const f = this.frames[d]!;
          f.line = r.uv();
          f.view = null;
          break;
        }
        case R_SLOT: {
          const d = r.uv();
          const slot = r.uv();
          const id = r.uv();
          const f = this.frames[d]!;
          f.slots[slot] = id - 1;
          f.view = null;
          let locals = f.locals;
          if (locals !== null) {
            // (slot i is local i: a namespace's names come after the slots)
            if (f.localsShared) {
              locals = f.locals = locals.slice();
              f.localsShared = false;
            }
            locals[slot] = slotLocal(rec.codes[f.code]!, slot, id - 1);
          }
          break;
        }
        case R_NSLOT: {
          const d = r.uv();
          const name = r.uv();
          const id = r.uv();
          const f = this.frames[d]!;
          if (f.ns === null) f.ns = new Map();
          f.view = null;
          f.locals = null;
          if (id === 0) f.ns.delete(name);
          else f.ns.set(name, id - 1);
          break;
        }
        case R_MEM:
          this.allocBytes += r.sv();
          this.allocBlocks += r.sv();
          break;
        case R_VALUE:
          this.value = r.uv();
          break;
        case R_RAISING:
          this.raising = r.uv();
          break;
        default:
          throw new Error(`trace: bad record ${op} at ${r.pos - 1} (step ${step})`);
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // views

  private readonly cache = new Map<number, TraceObject>();

  /** Forgets converted objects (call after advance() when reusing views). */
  resetCache(): void {
    this.cache.clear();
  }

  object(id: number): TraceObject | undefined {
    let t = this.cache.get(id);
    if (t !== undefined) return t;
    const o = this.objs.get(id);
    if (o === undefined) return undefined;
    t = this.convert(o);
    this.cache.set(id, t);
    return t;
  }

  /** `o` converted (from the cache when object() converted it already). */
  objectOf(o: WObj): TraceObject {
    return this.cache.get(o.id) ?? this.convert(o);
  }

  /** Every object, converted (without filling the cache: each is converted once). */
  allObjects(): Map<number, TraceObject> {
    const objects = new Map<number, TraceObject>();
    for (const o of this.objs.values()) objects.set(o.id, this.cache.get(o.id) ?? this.convert(o));
    return objects;
  }

  /**
   * Object `id` converted with only its references from index `from` on in `refs` (a writer of
   * deltas reads the tail of a long list that changed, not the whole list), and how many
   * references it has in all.
   */
  objectFrom(id: number, from: number): { object: TraceObject; refsLength: number } | undefined {
    const o = this.objs.get(id);
    if (o === undefined) return undefined;
    return { object: this.convert(o, from), refsLength: refsOf(o).length };
  }

  private convert(o: WObj, from = 0): TraceObject {
    const rec = this.rec;
    const strings = rec.strings;
    const refs: TraceRef[] = [];
    const t = refsOf(o);
    if (o.mode === EdgeMode.ITEMS) {
      for (let i = from; i < t.length; i++) refs.push({ kind: "item", name: i, to: t[i]! });
    } else if (o.mode === EdgeMode.DICT) {
      for (let i = from; i < t.length; i++)
        refs.push({ kind: i % 2 === 0 ? "key" : "value", name: i >> 1, to: t[i]! });
    } else {
      const labels = o.labels ?? [];
      for (let i = from; i < t.length; i++)
        refs.push({ kind: "attr", name: strings.get(labels[i]!), to: t[i]! });
    }
    const site = o.ext || o.site === 0 ? null : rec.sites[o.site]!;
    return {
      id: o.id,
      type: strings.get(o.type),
      address: o.addr,
      size: o.size,
      refcount: o.rc === 0 ? null : o.rc - 1,
      value: summaryText(o.sk as SummaryKind, o.sn, o.st >= 0 ? strings.get(o.st) : ""),
      external: o.ext,
      site: site === null ? null : { file: site.file, line: site.line },
      refs,
    };
  }

  frameViews(): TraceFrame[] {
    const frames = this.frames;
    const out = new Array<TraceFrame>(frames.length);
    for (let i = 0; i < frames.length; i++) {
      const f = frames[i]!;
      out[i] = f.view ?? this.frameView(f);
    }
    return out;
  }

  private frameView(f: WFrame): TraceFrame {
    const rec = this.rec;
    const info: CodeInfo = rec.codes[f.code]!;
    let locals = f.locals;
    if (locals === null) {
      locals = [];
      for (let i = 0; i < f.slots.length; i++) locals.push(slotLocal(info, i, f.slots[i]!));
      if (f.ns !== null) {
        for (const [name, id] of f.ns) locals.push({ name: rec.strings.get(name), kind: "name", ref: id });
      }
      f.locals = locals;
    }
    f.localsShared = true;
    const view: TraceFrame = {
      id: f.uid,
      function: info.qualname,
      file: info.file,
      line: f.line,
      firstLine: info.firstLine,
      user: info.user,
      bytes: info.frameBytes,
      locals,
    };
    f.view = view;
    return view;
  }

  memory(): StepMemory {
    return {
      heapBytes: this.allocBytes,
      heapBlocks: this.allocBlocks,
      objects: this.liveObjects,
      objectBytes: this.liveBytes,
    };
  }

  view(stdout: string, stderr: string): StepView {
    const frames = this.frameViews();
    const top = frames[frames.length - 1];
    return {
      step: this.step,
      event: STEP_KIND_NAMES[this.kind]!,
      file: top?.file ?? "",
      line: this.line,
      function: top?.function ?? "",
      frames,
      value: this.value < 0 ? null : this.value,
      raising: this.raising < 0 ? null : this.raising,
      memory: this.memory(),
      stdout,
      stderr,
      object: (id) => this.object(id),
      objectIds: () => this.objs.idList(),
      ...(this.rcChanges !== null ? { refcounts: mergeChanges(this.rcChanges) } : {}),
      ...(this.touched !== null
        ? { touched: this.touched, objectFrom: (id: number, from: number) => this.objectFrom(id, from) }
        : {}),
    };
  }
}

/** One change per object (a step's records may set a count twice: a checkpoint's repair). */
function mergeChanges(changes: RefcountChange[]): RefcountChange[] {
  const byId = new Map<number, RefcountChange>();
  for (const c of changes) {
    const prev = byId.get(c.id);
    if (prev === undefined) byId.set(c.id, { ...c });
    else prev.new = c.new;
  }
  return Array.from(byId.values()).filter((c) => c.old !== c.new);
}

function readSummary(r: ByteReader, o: WObj): void {
  const kind = r.u8();
  o.sk = kind;
  o.sn = 0;
  o.st = -1;
  switch (kind) {
    case SummaryKind.INT:
      o.sn = r.sv();
      break;
    case SummaryKind.FLOAT:
      o.sn = r.f64();
      break;
    case SummaryKind.TEXT:
      o.st = r.uv();
      break;
    case SummaryKind.LEN:
      o.sn = r.uv();
      break;
  }
}

function readRefs(r: ByteReader, o: WObj): void {
  const mode = r.u8();
  const n = r.uv();
  o.mode = mode;
  const named = mode === EdgeMode.NAMED;
  const labels: number[] | null = named ? [] : null;
  const targets: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (named) labels!.push(r.uv());
    targets[i] = o.id + r.sv();
  }
  o.labels = labels;
  o.targets = targets;
  o.cp = null;
}

/** The checkpoint to start from for step `n` (the last one at or before it). */
export function checkpointFor(rec: Recorder, n: number): Checkpoint {
  const cps = rec.checkpoints;
  let lo = 0;
  let hi = cps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cps[mid]!.step <= n) lo = mid;
    else hi = mid - 1;
  }
  return cps[lo]!;
}

/** Output written up to and including step `n`. */
export function outputAt(rec: Recorder, n: number): { stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  for (const c of rec.output) {
    if (c.step > n) break;
    if (c.stream === 0) stdout += c.text;
    else stderr += c.text;
  }
  return { stdout, stderr };
}

/**
 * A step's objects as a Map that converts them when read: get() and has() look at one object,
 * and the first call that needs them all (iteration, size aside, or a change) converts the rest.
 * A rebuild thus costs the replay, not one TraceObject per live object of a large heap.
 */
class StepObjects extends Map<number, TraceObject> {
  private work: Work | null;

  constructor(work: Work) {
    super();
    this.work = work;
  }

  /** Converts every object not yet read; from then on this is a plain Map. */
  private fill(): void {
    const w = this.work;
    if (w === null) return;
    this.work = null;
    for (const o of w.objs.values()) if (!super.has(o.id)) super.set(o.id, w.objectOf(o));
  }

  override get(id: number): TraceObject | undefined {
    let t = super.get(id);
    if (t !== undefined || this.work === null) return t;
    t = this.work.object(id);
    if (t !== undefined) super.set(id, t);
    return t;
  }

  override has(id: number): boolean {
    return this.work === null ? super.has(id) : this.work.objs.has(id);
  }

  override get size(): number {
    return this.work === null ? super.size : this.work.objs.size;
  }

  override set(id: number, o: TraceObject): this {
    this.fill();
    return super.set(id, o);
  }

  override delete(id: number): boolean {
    this.fill();
    return super.delete(id);
  }

  override clear(): void {
    this.work = null;
    super.clear();
  }

  override forEach(
    f: (value: TraceObject, key: number, map: Map<number, TraceObject>) => void,
    thisArg?: unknown,
  ): void {
    this.fill();
    super.forEach(f, thisArg);
  }

  override keys(): MapIterator<number> {
    this.fill();
    return super.keys();
  }

  override values(): MapIterator<TraceObject> {
    this.fill();
    return super.values();
  }

  override entries(): MapIterator<[number, TraceObject]> {
    this.fill();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[number, TraceObject]> {
    this.fill();
    return super[Symbol.iterator]();
  }
}

/** The full state of step `n` (its objects are converted as they are read: StepObjects). */
export function rebuildStep(rec: Recorder, n: number): StepState {
  if (!(n >= 0 && n < rec.steps)) throw new RangeError(`step ${n} is out of range (0..${rec.steps - 1})`);
  // (from the checkpoint before step n, never one taken at n: a checkpoint holds the state after
  // its step, not the step's event, line and value, which only its records give)
  const work = new Work(rec, checkpointFor(rec, n - 1));
  while (work.step < n) work.advance();
  const out = outputAt(rec, n);
  const view = work.view(out.stdout, out.stderr);
  const { object: _o, objectIds: _ids, ...rest } = view;
  return { ...rest, objects: new StepObjects(work) };
}

/** Calls `f` with every step's view in order (one pass over the recording). */
export function forEachStep(
  rec: Recorder,
  f: (view: StepView) => void,
  from = 0,
  to = rec.steps,
  options: { refcounts?: boolean; touched?: boolean } = {},
): void {
  if (to <= from) return;
  const work = new Work(rec, checkpointFor(rec, from - 1 < 0 ? -1 : from - 1));
  while (work.step < from - 1) work.advance();
  if (options.refcounts) work.rcChanges = [];
  if (options.touched) work.touched = new Map();
  const pre = outputAt(rec, from - 1);
  let stdout = pre.stdout;
  let stderr = pre.stderr;
  let chunk = 0;
  const chunks = rec.output;
  while (chunk < chunks.length && chunks[chunk]!.step < from) chunk++;
  for (let s = from; s < to; s++) {
    work.advance();
    work.resetCache();
    while (chunk < chunks.length && chunks[chunk]!.step <= s) {
      const c = chunks[chunk++]!;
      if (c.stream === 0) stdout += c.text;
      else stderr += c.text;
    }
    f(work.view(stdout, stderr));
  }
}
