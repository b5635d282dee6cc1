/**
 * The trace recorder: listens to the VM, the heap and the collector while a program runs and
 * keeps, for every step, only what changed since the previous one (src/trace/records.ts), plus
 * a checkpoint of the whole state every few hundred KiB of changes, so that any step can be
 * rebuilt by loading the checkpoint before it and replaying the changes after it
 * (src/trace/rebuild.ts).
 *
 * A step is a trace event in the program's own code (not heapstack's Python library): a line
 * about to run, a call, a return or an exception, as Python Tutor's traces have them. The state
 * of a step is what the program could see at that moment: its frames and their locals, every
 * object it created that is still alive (type, value summary, size, reference count, address,
 * references), the allocator's totals and the output written so far.
 *
 * How changes are found without scanning the heap at every step:
 * - allocations and frees come from the heap listener; objects still alive at the next step are
 *   captured whole;
 * - the VM reports the instructions that may mutate objects before they run (`onInstruction`,
 *   filtered per code object by `watches`; the others never leave the VM's loop), and the
 *   recorder marks the objects an instruction can mutate (the owner of STORE_ATTR, the container of
 *   STORE_SUBSCR, the `self` and arguments of a call to native code, the namespace of
 *   STORE_NAME...) as dirty; dirty objects are captured again and compared with the model;
 * - frames that ran since the last step have their slots compared with the model;
 * - reference counts are re-read for every object whose referrers changed;
 * - at each checkpoint every live object is captured again and anything the rules above missed
 *   is recorded as a repair, so an error never outlives one checkpoint interval (`verify: true`
 *   does this at every step, which is how the tests prove the rules complete).
 */
import { NbOp, Op } from "../compiler/opcodes.js";
import { realAddress } from "../memory/allocator.js";
import { type CollectionInfo, gc } from "../memory/gc.js";
import { heap } from "../memory/heap.js";
import { flushStdStreams } from "../modules/io_files.js";
import { recursion } from "../objects/abstract.js";
import { PyCell } from "../objects/cell.js";
import type { PyCode } from "../objects/code.js";
import { _PyDict_EntryIndexNoCall, PyDict, PyDict_GetItemString, PyDict_Type } from "../objects/dict.js";
import { PyEnum_Type, type PyEnumerate } from "../objects/enumerate.js";
import type { PyBaseException } from "../objects/exceptions.js";
import { type PyFloat, PyFloat_Type } from "../objects/float.js";
import { PyFunction, PyFunction_Type } from "../objects/function.js";
import { PyGen } from "../objects/generator.js";
import { PyBool_Type, type PyInt, PyInt_Type } from "../objects/int.js";
import { PyList, PyList_Type, PyListIter_Type } from "../objects/list.js";
import { PyMethod } from "../objects/method.js";
import { PyCFunction, PyMethodDescr } from "../objects/methods.js";
import { PyModule } from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { IMMORTAL_REFCNT, type PyObject } from "../objects/object.js";
import { PyRangeIter_Type } from "../objects/range.js";
import { PySet, PySet_Type } from "../objects/set.js";
import {
  PyStr,
  PyStr_InternedTwin,
  PyStr_Type,
  PyStrAsciiIter_Type,
  PyStrIter_Type,
} from "../objects/str.js";
import { PyTraceback } from "../objects/traceback.js";
import { PyTuple, PyTuple_Type, PyTupleIter_Type } from "../objects/tuple.js";
import { PyType, TypeFlag } from "../objects/type.js";
import { PyMethodWrapper } from "../objects/typeobject.js";
import { PyWeakReference } from "../objects/weakref.js";
import { stopNotice } from "../vm/budget.js";
import type { VMListener } from "../vm/events.js";
import type { Frame } from "../vm/frame.js";
import { type ExcStackItem, tstate } from "../vm/state.js";
import { ByteWriter, U32List } from "./bytes.js";
import type { TraceEvent } from "./events.js";
import {
  captureRefs,
  EdgeMode,
  frameBytes,
  isImmutableAtom,
  newRefBuffer,
  type RefBuffer,
  type Summary,
  SummaryKind,
  sizeOfObject,
  summarize,
} from "./inspect.js";
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
  StepKind,
} from "./records.js";
import { StringTable } from "./strings.js";

/** Why a run stopped before the program ended. */
export type StopReason = "max-steps" | "timeout" | "max-memory" | "trace-size" | "incomplete";

/** Thrown through the interpreter to stop a run; never a Python exception, so nothing catches it. */
export class StopRun {
  constructor(
    readonly reason: StopReason,
    readonly message: string,
  ) {
    stopNotice.listener?.(reason);
  }
}

export interface RecorderLimits {
  /** Stop after recording this many steps. */
  maxSteps?: number;
  /** Stop after this many milliseconds of running. */
  timeoutMs?: number;
  /** Stop when the program's heap (allocator bytes in use beyond the start) exceeds this. */
  maxMemory?: number;
  /** Stop when the recorded trace itself retains more than this many bytes (default 1 GiB). */
  maxTraceBytes?: number;
}

export interface RecorderOptions {
  /** co_filename of the program: its frames (and those of files outside heapstack's lib/) make steps. */
  mainFile: string;
  /** heapstack's Python library directory: code there is not the program's. */
  libDir: string | null;
  /** Flush sys.stdout at each step, so that each step's output is exact (traces); off for reports. */
  flushOutputEachStep?: boolean;
  /**
   * Bytes of changes between checkpoints (default 512 KiB, or the size of the last checkpoint
   * when that is larger: a large heap makes checkpoints rarer).
   */
  checkpointBytes?: number;
  /**
   * Bytes of changes between delta checkpoints, which hold only the objects made or changed
   * since the last full checkpoint (default 512 KiB when `checkpointBytes` is not given; 0:
   * none). They are taken only while full checkpoints are further apart (a large heap).
   */
  deltaCheckpointBytes?: number;
  /** Capture every object again at every step and count what the change rules missed (tests). */
  verify?: boolean;
  /**
   * Compare a large dict stored into only at the keys stored (default true; false: capture it
   * whole, which the tests compare with).
   */
  dictFastPath?: boolean;
  limits?: RecorderLimits;
  /** Called about every 100 ms with the steps recorded so far. */
  onProgress?: (steps: number, elapsedMs: number) => void;
  /** Receives typed events as they happen (costs an object per event; leave unset for speed). */
  onEvent?: (event: TraceEvent) => void;
  /** Also send onEvent the reference-count changes of each step ("refcount" events). */
  refcountEvents?: boolean;
}

/** A code object as the trace shows it: where it is and what its frames hold. */
export interface CodeInfo {
  index: number;
  /** co_qualname ("<module>", "f", "C.method", "f.<locals>.g"). */
  qualname: string;
  name: string;
  file: string;
  firstLine: number;
  /** co_varnames + co_cellvars + co_freevars in slot order. */
  names: string[];
  /** Per slot: 0 plain local, 1 cell, 2 free variable. */
  kinds: number[];
  nlocalsplus: number;
  stacksize: number;
  /** Bytes of one frame of this code on CPython's data stack. */
  frameBytes: number;
  /** The program's own code (a step is recorded for its events). */
  user: boolean;
}

/** An allocation site (file, line) with what was allocated there over the run. */
export interface SiteInfo {
  index: number;
  file: string;
  line: number;
  func: string;
  /** Objects allocated here over the whole run. */
  count: number;
  /** Their bytes, and the item storage allocated or grown here (Recorder.onResize). */
  bytes: number;
}

/** One collection: when, what it collected, and the objects it freed. */
export interface GcRecord {
  /** The step during which it ran (its frees belong to that step). */
  step: number;
  generation: number;
  collected: number;
  uncollectable: number;
  /** gc.get_count() when it started, and the objects in each generation. */
  countsBefore: number[];
  sizesBefore: number[];
  /** Freed objects of the program by type name. */
  freedByType: Map<string, number>;
  /** Reference cycles among the freed objects, by shape ("Node -> dict -> Node"), with counts. */
  cycles: Map<string, number>;
}

/** What an output write looked like: at which step it became visible, which stream, the text. */
export interface OutputChunk {
  step: number;
  stream: 0 | 1;
  text: string;
}

/** A checkpoint: the full state after step `step`. */
export interface Checkpoint {
  step: number;
  nextId: number;
  /** The id of the last NEW/EXT record before the checkpoint (ids are delta-coded). */
  prevNewId: number;
  lastAddr: number;
  allocBytes: number;
  allocBlocks: number;
  ids: Int32Array;
  ext: Uint8Array;
  types: Int32Array;
  addrs: Float64Array;
  sizes: Float64Array;
  rcs: Float64Array;
  sk: Uint8Array;
  sn: Float64Array;
  st: Int32Array;
  modes: Uint8Array;
  sites: Int32Array;
  refStart: Uint32Array;
  refLabels: Int32Array;
  refTargets: Int32Array;
  frames: { code: number; uid: number; line: number; slots: Int32Array; ns: Int32Array | null }[];
  /** Frames pushed before the checkpoint (the next FPUSH's uid). */
  framePushes: number;
  bytes: number;
  /**
   * A delta checkpoint: the checkpoint before it (full or delta), of which this one holds only
   * the objects made or changed since (its rows, sorted by id; an id of both is this one's) and
   * `freed`, the ids of its objects freed since (sorted). Null: a full checkpoint.
   */
  base: Checkpoint | null;
  freed: Int32Array | null;
}

/**
 * A list of objects to look at, reused from step to step (a Set's clear() allocates). Duplicates
 * are allowed: processing is idempotent. `skipImmortal` drops None, small ints and the like,
 * whose reference counts are never recorded.
 */
class Bag {
  items: PyObject[] = [];
  size = 0;
  constructor(private readonly skipImmortal: boolean) {}
  add(o: PyObject): void {
    if (this.skipImmortal && o.ob_refcnt >= IMMORTAL_HALF) return;
    this.items[this.size++] = o;
  }
  /**
   * (Lists the recorder empties often are counted, not truncated: truncating an array frees its
   * backing store, which the next push allocates again.)
   */
  clear(): void {
    // stale entries past `size` are overwritten later (a large one is dropped)
    if (this.size > 4096) this.items = [];
    this.size = 0;
  }
}

/**
 * The marks of in-flight instructions: objects to capture again (dirty), or, for those added
 * with addRc, only to look at the reference count of (a value stored into an attribute or an
 * item, a tuple unpacked: the instruction changes nothing else about them).
 */
class MarkBag {
  items: PyObject[] = [];
  /** Per entry: 1 if only its reference count may change. */
  rcOnly = new Uint8Array(64);
  size = 0;
  add(o: PyObject): void {
    this.push(o, 0);
  }
  addRc(o: PyObject): void {
    this.push(o, 1);
  }
  private push(o: PyObject, rc: number): void {
    const n = this.size;
    if (n === this.rcOnly.length) {
      const next = new Uint8Array(n * 2);
      next.set(this.rcOnly);
      this.rcOnly = next;
    }
    this.rcOnly[n] = rc;
    this.items[n] = o;
    this.size = n + 1;
  }
}

/** Bytes a checkpoint of `n` objects with `nrefs` references in all retains (its typed arrays). */
function estimateBytes(n: number, nrefs: number): number {
  return 200 + n * (4 + 1 + 4 + 8 + 8 + 8 + 1 + 8 + 4 + 1 + 4 + 4) + nrefs * 8;
}

const IMMORTAL_HALF = IMMORTAL_REFCNT / 2;

/**
 * A Bag of records (objects of the program whose records were at hand): looking at them needs no
 * lookup. A record may be freed meanwhile (its `obj` is POOLED then) or reused for a new object,
 * which costs a needless look, nothing more.
 */
class RecBag {
  items: Rec[] = [];
  size = 0;
  add(r: Rec): void {
    this.items[this.size++] = r;
  }
  clear(): void {
    if (this.size > 4096) this.items = [];
    this.size = 0;
  }
}

/** Ends an EXT record whose object's references are not recorded. */
export const NO_REFS = 255;

const EMPTY_LABELS: number[] = [];
const EMPTY_IDS = new Int32Array(0);
/** What a pooled record points at (it holds no program object meanwhile). */
const POOLED = { ob_refcnt: 0 } as unknown as PyObject;
const EMPTY_TARGETS: PyObject[] = [];

/**
 * A record's fields that only some objects need (an instance's attribute keys, a list's, dict's
 * or set's hints): apart, so that the commonest records (numbers, strings, tuples) are small (a
 * traced run allocates a record for every object that lives to a step, and keeps those of the
 * live ones: their size is most of what the collector copies and promotes for the recorder).
 */
class RecX {
  /** With Rec.inline: the key of each attribute reference, in order (see Recorder.recaptureInline). */
  keys: PyObject[] | null = null;
  /**
   * An exact list only appended to since the last step (list.append, LIST_APPEND): its length
   * before the first append, from which it is compared; -1: no such hint.
   */
  tailFrom = -1;
  /**
   * A large exact dict stored into (STORE_SUBSCR with an exact str or int key) since the last
   * step: the keys, which Recorder.recordDictStores compares alone; null or empty: no such hint.
   */
  dstores: PyObject[] | null = null;
  /** Keys in dstores (the array is kept, not truncated: truncating frees its backing store). */
  dn = 0;
  /** A large exact dict's keys (as in `targets`) to their pair index there; null: not built. */
  kmap: Map<PyObject, number> | null = null;
  /**
   * An exact set added to (set.add with a key whose hash and equality run no Python code) since
   * the last step: its length before the first add (if it is the same at the step, no add
   * changed it); -1: no such hint.
   */
  setUsed = -1;
  /** An exact set's recorded keys all hash and compare without Python code: 1 yes, 0 no, -1 not known. */
  setSafe = -1;
}

const REC_FIN = 1;
const REC_WEAK = 2;
const REC_SPLIT = 4;

/** The record's RecX, made if it has none. */
function recX(r: Rec): RecX {
  const x = r.x;
  return x !== null ? x : (r.x = new RecX());
}

/** The model's view of one object: its id and what was last recorded about it. */
class Rec {
  type = 0;
  /**
   * The allocator's block handle when recorded (ob_addr; realAddress(block) is the address the
   * trace shows): a small integer, where the address, above 2^31, would be a number V8 boxes.
   */
  block = 0;
  size = 0;
  /** ob_refcnt + 1 as last recorded; 0 = immortal. */
  rc = 0;
  sk: SummaryKind = SummaryKind.NONE;
  sn = 0;
  st = -1;
  mode: EdgeMode = EdgeMode.NAMED;
  labels: number[] = EMPTY_LABELS;
  targets: PyObject[] = EMPTY_TARGETS;
  /** A dict's ma_version_tag when last captured (-1: not a dict). */
  ver = -1;
  /** An instance of a class with only a __dict__ and its class as references. */
  plain = false;
  /** An exact int, float or str: nothing about it but its reference count ever changes. */
  atom = false;
  /**
   * An instance of a class whose attributes are inline values (no __dict__ object yet): the
   * values' holder, whose version (in `ver`) changes with any attribute set or deleted.
   */
  inline: PyDict | null = null;
  site = 0;
  /** Recorder.laterGen when last added to the recorder's rcLater list. */
  later = 0;
  /** Recorder.rcGen when last listed to have its reference count looked at. */
  rcSeen = 0;
  /** Recorder.fullGen when last added to the recorder's list of records changed since the full checkpoint. */
  cpMark = -1;
  /**
   * REC_FIN: its death may run Python code: its type has a finalizer (tp_finalize: __del__, a
   * generator's close), or it is a weak reference with a callback (counted in
   * Recorder.finalizable). REC_WEAK: in the recorder's weakrefs (a weak reference of the
   * program); REC_SPLIT: in its splitDicts (maybe no longer).
   */
  flags = 0;
  /** The fields only lists, dicts, sets and instances need (null until one is set). */
  x: RecX | null = null;
  /** Where RecMap lists it (-1: not listed). */
  pos = -1;
  constructor(
    public id: number,
    public obj: PyObject,
    public ext: boolean,
  ) {}

  /** Makes a record of a freed object (from the pool) the record of a new one. */
  reset(id: number, obj: PyObject): void {
    this.id = id;
    this.obj = obj;
    this.ext = false;
    this.type = 0;
    this.block = 0;
    this.size = 0;
    this.rc = 0;
    this.sk = SummaryKind.NONE;
    this.sn = 0;
    this.st = -1;
    this.mode = EdgeMode.NAMED;
    this.labels = EMPTY_LABELS;
    this.targets = EMPTY_TARGETS;
    this.ver = -1;
    this.plain = false;
    this.atom = false;
    this.inline = null;
    this.site = 0;
    this.cpMark = -1;
    this.flags = 0;
    this.rcSeen = 0;
    // (its RecX is kept for the new object; its keys are read only once Recorder.checkPlain has
    // written them again, and stay meanwhile: truncating would free their backing store)
    const x = this.x;
    if (x !== null) {
      x.tailFrom = -1;
      x.dn = 0;
      x.kmap = null;
      x.setUsed = -1;
      x.setSafe = -1;
    }
  }
}

/**
 * The model's records by object. An object in the allocator's arenas (ob_addr a block handle
 * below 2^31, see src/memory/allocator.ts) is found by its block: a table per arena, a slot per
 * 16 bytes, holding the record of the live object there (a Map keyed by objects costs a hash
 * lookup per read and, for each object recorded and freed, an insert and a delete that
 * hashed a fresh object and reshaped the table: a record is made about every fourth step).
 * Others (static objects, system blocks) are in a Map. Records are listed in the order they were
 * added, which is id order (records are added with the next id), as Map iteration was.
 */
class RecMap {
  private readonly arenas: (Rec | undefined)[][] = [];
  private readonly others = new Map<PyObject, Rec>();
  /** Records in `others` of objects in the arenas (moved out of their block's slot). */
  private displaced = 0;
  /**
   * Records in the order added (the first `count` entries); null: deleted since (`holes` of
   * them). Compacting keeps the array (truncating it would free its backing store, which the
   * pushes after would allocate again).
   */
  private readonly order: (Rec | null)[] = [];
  private count = 0;
  private holes = 0;

  get(o: PyObject): Rec | undefined {
    const a = o.ob_addr;
    if (a > 0 && a < BLOCK_TABLE_LIMIT) {
      const t = this.arenas[a >>> ARENA_SHIFT];
      if (t !== undefined) {
        const r = t[(a & ARENA_MASK) >>> 4];
        if (r !== undefined && r.obj === o) return r;
      }
      // (most objects looked up have no record: temporaries freed, shared objects)
      return this.displaced > 0 ? this.others.get(o) : undefined;
    }
    return this.others.get(o);
  }

  has(o: PyObject): boolean {
    return this.get(o) !== undefined;
  }

  /** Adds the record of `o` (which has none). */
  set(o: PyObject, r: Rec): void {
    const a = o.ob_addr;
    if (a > 0 && a < BLOCK_TABLE_LIMIT) {
      const hi = a >>> ARENA_SHIFT;
      let t = this.arenas[hi];
      if (t === undefined) {
        for (let i = this.arenas.length; i < hi; i++) this.arenas[i] = undefined as unknown as Rec[];
        t = this.arenas[hi] = new Array<Rec | undefined>(ARENA_SLOTS).fill(undefined);
      }
      const i = (a & ARENA_MASK) >>> 4;
      const old = t[i];
      // (two live records for one block would mean an object the recorder was not told died:
      // the older one stays findable, as it would in a Map)
      if (old !== undefined && old.obj !== o && old.pos >= 0) {
        this.others.set(old.obj, old);
        this.displaced++;
      }
      t[i] = r;
    } else this.others.set(o, r);
    r.pos = this.count;
    this.order[this.count++] = r;
  }

  /** Removes `o`'s record `r`. */
  delete(o: PyObject, r: Rec): void {
    const a = o.ob_addr;
    if (a > 0 && a < BLOCK_TABLE_LIMIT) {
      const t = this.arenas[a >>> ARENA_SHIFT];
      const i = (a & ARENA_MASK) >>> 4;
      if (t !== undefined && t[i] === r) t[i] = undefined;
      else if (this.displaced > 0 && this.others.delete(o)) this.displaced--;
    } else this.others.delete(o);
    const order = this.order;
    if (r.pos >= 0 && order[r.pos] === r) {
      order[r.pos] = null;
      this.holes++;
    }
    r.pos = -1;
    if (this.holes > 1024 && this.holes * 2 > this.count) this.compact();
  }

  private compact(): void {
    const order = this.order;
    const count = this.count;
    let n = 0;
    for (let i = 0; i < count; i++) {
      const r = order[i];
      if (r === null || r === undefined) continue;
      r.pos = n;
      order[n++] = r;
    }
    order.fill(null, n, count);
    this.count = n;
    this.holes = 0;
  }

  /** Every record, in the order added. */
  values(): Rec[] {
    if (this.holes > 0) this.compact();
    return this.order.slice(0, this.count) as Rec[];
  }
}

/** Handles at or above this go to RecMap's Map (a table index must fit in 32 bits). */
const BLOCK_TABLE_LIMIT = 2 ** 31;
const ARENA_SHIFT = 20;
const ARENA_MASK = (1 << ARENA_SHIFT) - 1;
/** Slots of 16 bytes (the allocator's alignment) per arena. */
const ARENA_SLOTS = 1 << (ARENA_SHIFT - 4);

/** An instruction that has not finished (see Recorder.inflight). */
interface Inflight {
  frame: Frame;
  /** recursion.depth when it started. */
  depth: number;
  /** Where its marks and young objects start in the recorder's arrays. */
  marks: number;
  young: number;
  /** A call of native code: follows the containers that code creates. */
  native: boolean;
  /** Follows everything created meanwhile (__build_class__: the class body's objects). */
  allYoung: boolean;
}

/** The model's view of a frame on the stack. */
interface FrameRec {
  frame: Frame;
  /** The step (epoch) at which it was last compared. */
  checked: number;
  /** Which activation: frames are numbered in the order they were first seen at a step. */
  uid: number;
  /** Entered from native code (a nested evaluation loop). */
  entry: boolean;
  /** The Python frame object made for it (sys._getframe, tracebacks), which shows its locals. */
  frameObj: PyObject | null;
  /** The frame's function, code and locals mapping: the frame holds references to them. */
  func: PyObject;
  codeObj: PyObject;
  locals: PyObject | null;
  code: CodeInfo;
  line: number;
  slots: (PyObject | null)[];
  /**
   * The record of each slot's object (its first `slots.length` entries; null where the slot is
   * empty; the rest null): a slot's old value is looked at through it when the slot changes or
   * the frame is popped, without looking the object up. (A record freed since is pooled, or
   * reused for a new object: a needless look at that one, nothing more.)
   */
  slotRecs: (Rec | null)[];
  /**
   * The value stack as last seen (its first `stackLen` entries): its references count in
   * reference counts too. (Counted, not truncated: a stack empties and fills at every few
   * instructions, and truncating the array frees its backing store, which filling allocates again.)
   */
  stack: (PyObject | null)[];
  stackLen: number;
  /**
   * References a call keeps while the frame runs (the callable and arguments of CALL): the
   * first `nExtra` (counted, the array kept for the record's next frame).
   */
  extra: (PyObject | null)[];
  nExtra: number;
  /** Objects to look at again once the frame has run its next instruction. */
  pendingRc: RecBag;
  /** Module and class bodies: the namespace mapping, its version, and its names. */
  ns: PyDict | null;
  nsVer: number;
  nsNames: Map<number, PyObject> | null;
}

/** Opcodes whose operands the recorder looks at (1 = interesting). */
const WATCHED = new Uint8Array(Op.COUNT);
for (const op of [
  Op.STORE_ATTR,
  Op.DELETE_ATTR,
  Op.STORE_SUBSCR,
  Op.DELETE_SUBSCR,
  Op.BINARY_SUBSCR,
  Op.STORE_NAME,
  Op.DELETE_NAME,
  Op.STORE_GLOBAL,
  Op.DELETE_GLOBAL,
  Op.STORE_DEREF,
  Op.DELETE_DEREF,
  Op.LIST_APPEND,
  Op.SET_ADD,
  Op.MAP_ADD,
  Op.LIST_EXTEND,
  Op.SET_UPDATE,
  Op.DICT_UPDATE,
  Op.DICT_MERGE,
  Op.BINARY_OP,
  Op.CALL,
  Op.CALL_FUNCTION_EX,
  Op.BEFORE_WITH,
  Op.IMPORT_STAR,
  Op.IMPORT_NAME,
  Op.SETUP_ANNOTATIONS,
  Op.RAISE_VARARGS,
  Op.FOR_ITER,
  Op.LOAD_ATTR,
  Op.BUILD_SET,
  Op.BUILD_MAP,
  Op.BUILD_CONST_KEY_MAP,
  Op.UNPACK_SEQUENCE,
  Op.UNPACK_EX,
  Op.CONTAINS_OP,
  Op.SEND,
]) {
  WATCHED[op] = 1;
}

/** Attributes whose reading materializes them: an instance's __dict__, an exception's args. */
const MATERIALIZED_ATTRS = new Set([
  "__dict__",
  "args",
  "f_locals",
  "__annotations__",
  "__defaults__",
  "__kwdefaults__",
]);

/** Builtins that never change their arguments' references. */
const PURE_BUILTINS = new Set([
  "abs",
  "all",
  "any",
  "ascii",
  "bin",
  "callable",
  "chr",
  "divmod",
  "format",
  "hasattr",
  "hash",
  "hex",
  "id",
  "isinstance",
  "issubclass",
  "len",
  "max",
  "min",
  "oct",
  "ord",
  "pow",
  "print",
  "repr",
  "round",
  "sorted",
  "sum",
  "getattr",
]);

/**
 * Pure builtins that create no list, dict, set or cell in their caller's frame (what an in-flight
 * native call follows): a call of one needs no in-flight entry. (Python code they may call, a
 * __len__ or __hash__, runs in frames of its own.)
 */
const NO_CONTAINER_BUILTINS = new Set([
  "len",
  "ord",
  "chr",
  "abs",
  "id",
  "hash",
  "isinstance",
  "issubclass",
  "callable",
]);

/** Pure builtins that hold references to their argument's items while they call comparisons. */
const ITEM_HOLDING_BUILTINS = new Set(["sorted", "min", "max"]);

const CHECK_EVERY_ALLOCS = 4095;
const CHECK_EVERY_INSTRS = 0xffff;
/** Dicts with fewer entries are captured whole when stored into (see Recorder.noteDictStore). */
const DICT_FAST_MIN = 32;
/**
 * Bytes of changes between checkpoints, and between delta checkpoints, unless the options say.
 * A rebuild replays at most this much (a few ms: bench/trace.mjs); each checkpoint costs the
 * recording a capture of the objects it saves. At 128 KiB checkpoints were about a quarter of
 * a traced run's time on bench/trace/objects_dicts.py (a growing heap) and 6% on million_steps.py.
 */
const DEFAULT_CHECKPOINT_BYTES = 512 * 1024;

export class Recorder implements VMListener {
  readonly strings = new StringTable();
  readonly codes: CodeInfo[] = [];
  readonly sites: SiteInfo[] = [];
  readonly gcs: GcRecord[] = [];
  readonly output: OutputChunk[] = [];
  readonly checkpoints: Checkpoint[] = [];
  /** The delta stream and where each step starts in it. */
  readonly w = new ByteWriter(1 << 16);
  readonly offsets = new U32List(1 << 12);
  steps = 0;
  /** Set once the run stopped early. */
  stopped: StopRun | null = null;
  /** Objects (program-created, not counting externals) alive at the last step. */
  liveObjects = 0;
  /** Peak of allocator bytes in use beyond the start, sampled at every allocation. */
  peakBytesAbsolute = 0;
  peakBytesAbsoluteStep = 0;
  /** Largest allocator bytes beyond the start at a step, and that step. */
  peakBytes = 0;
  peakStep = 0;
  /** Most frames on the stack at a step, and that step. */
  maxDepth = 0;
  maxDepthStep = 0;
  /** The last step recorded while the main module was still running (the program's end). */
  exitStep = -1;
  /** Records repaired at checkpoints (or, with verify, at every step): changes the rules missed. */
  repairs = 0;
  /** Descriptions of the first repairs (verify mode). */
  readonly repairNotes: string[] = [];
  baselineBytes = 0;
  baselineBlocks = 0;
  startTime = 0;
  endTime = 0;
  /** Allocations and frees the program made, temporaries included. */
  totalAllocs = 0;
  totalAllocBytes = 0;

  private started = false;
  private mainCode: PyCode | null = null;
  private readonly opts: RecorderOptions;
  /** opts.flushOutputEachStep, opts.verify and opts.onEvent (read at every step and allocation). */
  private readonly flushEachStep: boolean;
  private readonly verifyAll: boolean;
  /** opts.dictFastPath. */
  private readonly dictFastPath: boolean;
  private readonly onEvent: ((event: TraceEvent) => void) | undefined;
  /** Where "refcount" events go (null: not asked for). */
  private readonly rcEvents: ((event: TraceEvent) => void) | null;
  /** The step being recorded (a checkpoint's repairs after it still belong to it). */
  private curStep = 0;
  private readonly map = new RecMap();
  private readonly codeIndex = new Map<PyCode, CodeInfo>();
  private readonly siteIndex = new Map<number, number>();
  private readonly typeNames = new Map<PyType, number>();
  private nextId = 0;
  private lastAddr = 0;
  private lastAllocBytes = 0;
  private lastAllocBlocks = 0;
  /** Objects allocated since the last step (the first `newCount` entries). */
  private newObjs: PyObject[] = [];
  private newCount = 0;
  private newSites = new Int32Array(1024);
  /** Ids of objects freed since the last step (the first `freeCount` entries). */
  private readonly pendingFrees: number[] = [];
  private freeCount = 0;
  private readonly dirty = new Bag(false);
  private readonly rcCand = new Bag(true);
  /** Like rcCand, for objects whose records are at hand (no lookup when they are looked at). */
  private rcRecs: Rec[] = [];
  private rcRecCount = 0;
  private candRec(r: Rec): void {
    // (immortal and external objects have no counts recorded; a record is listed once a step:
    // about half the candidates of a step are listed more than once)
    if (r.rc !== 0 && !r.ext && r.rcSeen !== this.rcGen) {
      r.rcSeen = this.rcGen;
      this.rcRecs[this.rcRecCount++] = r;
    }
  }
  /** Stamp of the records looked at by the next recordRefcounts (Rec.rcSeen). */
  private rcGen = 1;
  /** Frames that ran an instruction, and frames (re)entered, since the last step: frame -> epoch. */
  /**
   * Bumped at each step: a frame's traceTouched/traceActivated (the epoch at which it last ran an
   * instruction, and last started or resumed) from before are stale. Epochs are unique across
   * recorders, so what an earlier recording left on a (pooled) frame never matches.
   */
  private epoch = nextEpoch();
  private lastFrame: Frame | null = null;
  private shadow: FrameRec[] = [];
  private lastCheckpointOffset = 0;
  /** Offset of the last checkpoint of either kind. */
  private lastAnyCheckpointOffset = 0;
  private readonly deltaBytes: number;
  /** Checkpoints taken (a record's cpMark says whether it is in `changed` already). */
  private cpGen = 0;
  /**
   * Records written (made, changed) since the last checkpoint, with their ids then (the first
   * `nChanged` entries: counted, as the recorder's other scratch lists).
   */
  private readonly changed: Rec[] = [];
  private readonly changedIds: number[] = [];
  private nChanged = 0;
  /** Ids of the last checkpoint's objects freed since (its ids are <= cpMaxId). */
  private freedSinceCp: number[] = [];
  private cpMaxId = -1;
  private lastFull: Checkpoint | null = null;
  /** Delta checkpoints since the last full one. */
  private chain = 0;
  /** Bytes of the delta checkpoints since the last full one. */
  private chainBytes = 0;
  /** Whether the next delta checkpoint may be taken (changed records are noted only then). */
  private deltaOn = false;
  /** Notes that a record was written about r (for the next delta checkpoint). */
  private changedRec(r: Rec): void {
    if (this.deltaOn && r.cpMark !== this.cpGen) {
      r.cpMark = this.cpGen;
      this.changed[this.nChanged] = r;
      this.changedIds[this.nChanged++] = r.id;
    }
  }
  private readonly checkpointBytes: number;
  /** Bytes of changes after the last checkpoint that make the next one. */
  private checkpointDue: number;
  private allocTick = 0;
  private instrTick = 0;
  private lastProgress = 0;
  private deadline: number;
  private readonly maxSteps: number;
  private readonly maxMemory: number;
  private readonly maxTraceBytes: number;
  private siteFrame: Frame | null = null;
  private siteLine = -1;
  private sitePc = -1;
  private siteCode: PyCode | null = null;
  /** Per code (CodeInfo.index): site + 1 by line - firstLine (0: none yet). */
  private readonly sitesByCode: (Int32Array | undefined)[] = [];
  private siteId = 0;
  private inGc: {
    rec: GcRecord;
    found: { obj: PyObject; type: string; targets: readonly PyObject[] }[];
    fresh: Map<PyObject, readonly PyObject[]>;
  } | null = null;
  private readonly summary: Summary = { kind: SummaryKind.NONE, num: 0, text: "" };
  private readonly refBuf: RefBuffer = newRefBuffer();
  private readonly idBuf: number[] = [];
  private mainDepth = -1;
  private freedSinceStep = false;
  /** The handled-exception stack as last seen: it holds references to exceptions. */
  private excShadow: PyObject[] = [];
  /** Objects to look at again at the next step (frames popped down to an empty stack). */
  private readonly pendingRcRoot = new RecBag();
  /**
   * Objects whose reference counts are looked at again at every step until a step outside any
   * Python code called from native code: a deallocation interrupted by a __del__ releases the
   * rest of what it held only afterwards.
   */
  private readonly rcLater = new RecBag();
  private addLater(o: PyObject): void {
    const r = this.rec(o);
    if (r !== undefined) this.addLaterRec(r);
  }
  private addLaterRec(r: Rec): void {
    if (r.rc === 0 || r.ext) return;
    // kept across steps inside Python code called from native code: no duplicates (a record
    // is in the list when its stamp is the list's)
    if (r.later === this.laterGen) return;
    r.later = this.laterGen;
    this.rcLater.add(r);
  }
  /** Stamp of the records in rcLater (a new one each time the list is emptied). */
  private laterGen = 1;

  constructor(opts: RecorderOptions) {
    this.opts = opts;
    this.rcEvents = opts.refcountEvents && opts.onEvent !== undefined ? opts.onEvent : null;
    this.flushEachStep = opts.flushOutputEachStep === true;
    this.verifyAll = opts.verify === true;
    this.dictFastPath = opts.dictFastPath !== false;
    this.onEvent = opts.onEvent;
    this.checkpointBytes = opts.checkpointBytes ?? DEFAULT_CHECKPOINT_BYTES;
    this.checkpointDue = this.checkpointBytes;
    this.deltaBytes = this.verifyAll
      ? 0
      : (opts.deltaCheckpointBytes ?? (opts.checkpointBytes === undefined ? DEFAULT_CHECKPOINT_BYTES : 0));
    const limits = opts.limits ?? {};
    this.maxSteps = limits.maxSteps ?? Number.POSITIVE_INFINITY;
    this.deadline = Number.POSITIVE_INFINITY;
    this.maxMemory = limits.maxMemory ?? Number.POSITIVE_INFINITY;
    this.maxTraceBytes = limits.maxTraceBytes ?? 1024 * 1024 * 1024;
    this.startTime = performance.now();
    if (limits.timeoutMs !== undefined) this.deadline = this.startTime + limits.timeoutMs;
    // Site 0: allocations with no Python frame running (interpreter start-up and shutdown).
    this.sites.push({ index: 0, file: "<runtime>", line: 0, func: "", count: 0, bytes: 0 });
  }

  // ----------------------------------------------------------------------------------------
  // code objects and sites

  /** The last two codes looked up (a step's code is mostly one of the last two). */
  private lastCode: PyCode | null = null;
  private lastInfo: CodeInfo | null = null;
  private prevCode: PyCode | null = null;
  private prevInfo: CodeInfo | null = null;

  codeInfo(code: PyCode): CodeInfo {
    if (code === this.lastCode) return this.lastInfo!;
    if (code === this.prevCode) {
      const info = this.prevInfo!;
      this.prevCode = this.lastCode;
      this.prevInfo = this.lastInfo;
      this.lastCode = code;
      this.lastInfo = info;
      return info;
    }
    const info = this.lookupCode(code);
    this.prevCode = this.lastCode;
    this.prevInfo = this.lastInfo;
    this.lastCode = code;
    this.lastInfo = info;
    return info;
  }

  private lookupCode(code: PyCode): CodeInfo {
    let info = this.codeIndex.get(code);
    if (info === undefined) {
      const file = code.co_filename.value;
      const lib = this.opts.libDir;
      const user =
        file === this.opts.mainFile || !(file.startsWith("<") || (lib !== null && file.startsWith(lib)));
      const kinds = code.localspluskinds.map((k) => (k & 0x40 ? 1 : k & 0x80 ? 2 : 0));
      info = {
        index: this.codes.length,
        qualname: code.co_qualname.value,
        name: code.co_name.value,
        file,
        firstLine: code.co_firstlineno,
        names: code.localsplusnames.map((n) => n.value),
        kinds,
        nlocalsplus: code.nlocalsplus,
        stacksize: code.co_stacksize,
        frameBytes: frameBytes(code),
        user,
      };
      this.codes.push(info);
      this.codeIndex.set(code, info);
    }
    return info;
  }

  /** The site of an allocation made now: the innermost Python frame's current line. */
  private currentSite(): number {
    const f = tstate.frame;
    if (f === null) return 0;
    const pc = f.traceLast;
    // (the same instruction as the last allocation's: a loop allocating, or one instruction
    // allocating several objects)
    // (frames are reused by the VM: the code is compared too)
    if (f === this.siteFrame && pc === this.sitePc && f.code === this.siteCode) return this.siteId;
    // A native module made on first import (`import gc`) is the runtime's, not the program's:
    // CPython has it ready before the program starts.
    if (pc >= 0 && f.code.instrs[pc << 1] === Op.IMPORT_NAME) return 0;
    const line = pc >= 0 ? f.code.lineOf(pc) : -1;
    if (f === this.siteFrame && line === this.siteLine && f.code === this.siteCode) {
      this.sitePc = pc;
      return this.siteId;
    }
    const info = this.codeInfo(f.code);
    // per code object, line -> site + 1 (lines from the code's first line on)
    let byLine = this.sitesByCode[info.index];
    const li = line - info.firstLine;
    let site = byLine !== undefined && li >= 0 && li < byLine.length ? byLine[li]! - 1 : -1;
    if (site < 0) site = this.siteIndex.get(info.index * 0x100000 + Math.max(line, 0)) ?? -1;
    if (site < 0) {
      const key = info.index * 0x100000 + Math.max(line, 0);
      site = this.sites.length;
      this.sites.push({
        index: site,
        file: info.file,
        line: line < 0 ? info.firstLine : line,
        func: info.qualname,
        count: 0,
        bytes: 0,
      });
      this.siteIndex.set(key, site);
      if (li >= 0 && li < 4096) {
        if (byLine === undefined || byLine.length <= li) {
          const next = new Int32Array(Math.max(li + 1, 16, (byLine?.length ?? 0) * 2));
          if (byLine !== undefined) next.set(byLine);
          byLine = next;
          this.sitesByCode[info.index] = byLine;
        }
        byLine[li] = site + 1;
      }
    }
    this.siteFrame = f;
    this.siteCode = f.code;
    this.siteLine = line;
    this.sitePc = pc;
    this.siteId = site;
    return site;
  }

  private lastType: PyType | null = null;
  private lastTypeName = 0;

  private typeName(t: PyType): number {
    if (t === this.lastType) return this.lastTypeName;
    let i = this.typeNames.get(t);
    if (i === undefined) {
      i = this.strings.intern(t.tp_name);
      this.typeNames.set(t, i);
    }
    this.lastType = t;
    this.lastTypeName = i;
    return i;
  }

  // ----------------------------------------------------------------------------------------
  // heap listener

  onAlloc(o: object, _address: number, size: number): void {
    // (a load of a module CPython had imported at startup makes no object of the program's)
    if (!this.started || heap.untraced > 0) return;
    const obj = o as PyObject;
    const n = this.newCount;
    if (n === this.newSites.length) {
      const next = new Int32Array(n * 2);
      next.set(this.newSites);
      this.newSites = next;
    }
    const site = this.currentSite();
    this.newSites[n] = site;
    this.newObjs[this.newCount++] = obj;
    if (this.inflightCount > 0) {
      const e = this.inflight[this.inflightCount - 1]!;
      if (
        this.allYoungCount > 0 ||
        (e.native && (obj instanceof PyCell || (tstate.frame === e.frame && isNativelyFilled(obj))))
      ) {
        this.young.add(obj);
      }
    }
    const s = this.sites[site]!;
    s.count++;
    s.bytes += size;
    this.totalAllocs++;
    this.totalAllocBytes += size;
    const used = this.notePeak();
    this.onEvent?.({
      kind: "alloc",
      step: this.steps,
      address: realAddress(obj.ob_addr),
      size,
      type: obj.ob_type.tp_name,
    });
    if (this.stopped !== null) throw this.stopped;
    if (used > this.maxMemory) this.stopMemory();
    if ((++this.allocTick & CHECK_EVERY_ALLOCS) === 0) this.checkTime();
  }

  /** The allocator's bytes in use beyond the start, with the highest value so far. */
  private notePeak(): number {
    const used = heap.allocator.programBytesInUse() - this.baselineBytes + heap.allocator.baselineFreedBytes;
    if (used > this.peakBytesAbsolute) {
      this.peakBytesAbsolute = used;
      this.peakBytesAbsoluteStep = this.steps;
    }
    return used;
  }

  /**
   * Item storage allocated or grown (a list appended to, a dict's or set's table replaced, a
   * bytearray extended): the growth is allocated by the line running, as tracemalloc traces a
   * reallocated block at the line that reallocated it. (No stop for --max-memory here: the
   * caller has not stored the block's new address yet; the next step or allocation stops.)
   */
  onResize(oldSize: number, newSize: number): void {
    if (!this.started || newSize <= oldSize || heap.untraced > 0) return;
    const grown = newSize - oldSize;
    this.sites[this.currentSite()]!.bytes += grown;
    this.totalAllocBytes += grown;
    this.notePeak();
  }

  onChange(o: object): void {
    if (this.started) this.dirty.add(o as PyObject);
  }

  /**
   * A startup module's load (whose objects are not the program's) may have stored references to
   * the program's objects: an interned str the program made first is then a key of the load's
   * dicts or a name in its code. Every count is looked at the next step (a load is rare).
   */
  onUntracedEnd(): void {
    if (this.started) this.untracedLoadEnded = true;
  }
  private untracedLoadEnded = false;

  onFree(o: object, address: number, size: number): void {
    if (!this.started) return;
    this.freedSinceStep = true;
    const obj = o as PyObject;
    if (this.onEvent)
      this.onEvent({
        kind: "free",
        step: this.steps,
        address: realAddress(address),
        size,
        type: obj.ob_type.tp_name,
      });
    const g = this.inGc;
    const r = this.rec(obj);
    if (r === undefined) {
      if (g !== null) {
        const targets = g.fresh.get(obj);
        if (targets !== undefined) g.found.push({ obj, type: obj.ob_type.tp_name, targets });
      }
      return;
    }
    this.map.delete(obj, r);
    this.pendingFrees[this.freeCount++] = r.id;
    // (most programs have neither: no instanceof for every free then)
    const flags = r.flags;
    if (flags !== 0) {
      if ((flags & REC_WEAK) !== 0) this.weakrefs.delete(obj);
      else if ((flags & REC_SPLIT) !== 0 && this.splitDicts.delete(obj as PyDict)) this.splitList = null;
    }
    if (!r.ext) {
      this.liveObjects--;
      if ((flags & REC_FIN) !== 0) this.finalizable--;
      if (this.rcEvents !== null && r.rc > 0)
        this.rcEvents({ kind: "refcount", step: this.steps, id: r.id, old: r.rc - 1, new: 0 });
    }
    // What it referenced loses a reference, possibly only after Python code that its
    // deallocation runs (a __del__): look again until the instruction that freed it is done.
    const targets = r.targets;
    for (let i = 0; i < targets.length; i++) this.addLater(targets[i]!);
    if (g !== null && !r.ext) g.found.push({ obj, type: obj.ob_type.tp_name, targets });
    // reused for a new object (a record is made for about every fourth step); nothing keeps it
    // (a collection's `found` keeps the targets array, which a reused record replaces, never edits)
    else if (!r.ext && this.recPoolN < 1024) this.recPool[this.recPoolN++] = r;
    r.obj = POOLED; // (rcRecs may still hold the record)
  }

  /**
   * Records of freed objects, for new ones (the first `recPoolN`; counted: popping an array
   * shrinks its backing store, which pushing allocates again).
   */
  private readonly recPool: Rec[] = [];
  private recPoolN = 0;

  private rec(o: PyObject): Rec | undefined {
    return this.map.get(o);
  }

  // ----------------------------------------------------------------------------------------
  // collector

  private gcStart(info: CollectionInfo): void {
    if (!this.started) return;
    const rec: GcRecord = {
      step: this.steps,
      generation: info.generation,
      collected: 0,
      uncollectable: 0,
      countsBefore: [...gc.counts],
      sizesBefore: gc.generations.map((g) => g.size),
      freedByType: new Map(),
      cycles: new Map(),
    };
    // Objects created since the last step are not in the model yet: note their references now,
    // so the cycles they form can be described once they are freed.
    const fresh = new Map<PyObject, readonly PyObject[]>();
    for (let i = 0; i < this.newCount; i++) {
      const o = this.newObjs[i]!;
      if (o.ob_size_alloc === 0 || this.map.has(o)) continue;
      const buf = newRefBuffer();
      captureRefs(o, this.strings, buf);
      fresh.set(o, buf.targets.slice(0, buf.n));
    }
    this.inGc = { rec, found: [], fresh };
    this.onEvent?.({
      kind: "gc-start",
      step: this.steps,
      generation: info.generation,
      counts: rec.countsBefore,
      sizes: rec.sizesBefore,
    });
  }

  private gcStop(info: CollectionInfo): void {
    const g = this.inGc;
    if (g === null) return;
    this.inGc = null;
    const rec = g.rec;
    rec.collected = info.collected;
    rec.uncollectable = info.uncollectable;
    for (const f of g.found) rec.freedByType.set(f.type, (rec.freedByType.get(f.type) ?? 0) + 1);
    for (const shape of cycleShapes(g.found)) rec.cycles.set(shape, (rec.cycles.get(shape) ?? 0) + 1);
    this.gcs.push(rec);
    this.onEvent?.({
      kind: "gc-stop",
      step: this.steps,
      generation: info.generation,
      collected: info.collected,
      uncollectable: info.uncollectable,
      freed: g.found.length,
    });
  }

  private savedRunCallbacks: ((phase: "start" | "stop", info: CollectionInfo) => void) | null = null;
  private savedClear: ((o: PyObject) => void) | null = null;

  /** Starts observing: the heap listener (the VM listener is attached by the caller). */
  attach(): void {
    heap.listener = this;
  }

  /** Observes the collector's start/stop and tp_clear (its hooks exist once the runtime is up). */
  private hookCollector(): void {
    const hooks = gc.hooks;
    if (hooks !== null && this.savedRunCallbacks === null) {
      const original = hooks.runCallbacks;
      this.savedRunCallbacks = original;
      hooks.runCallbacks = (phase, info) => {
        if (phase === "start") this.gcStart(info);
        try {
          original(phase, info);
        } finally {
          if (phase === "stop") this.gcStop(info);
        }
      };
      // tp_clear empties objects of a cycle; one that survives (resurrected) has changed.
      const clear = hooks.clear;
      this.savedClear = clear;
      hooks.clear = (o) => {
        if (this.started) this.dirty.add(o);
        clear(o);
      };
    }
  }

  detach(): void {
    if (heap.listener === this) heap.listener = null;
    const hooks = gc.hooks;
    if (hooks !== null && this.savedRunCallbacks !== null) {
      hooks.runCallbacks = this.savedRunCallbacks;
      this.savedRunCallbacks = null;
    }
    if (hooks !== null && this.savedClear !== null) {
      hooks.clear = this.savedClear;
      this.savedClear = null;
    }
    this.inGc = null;
  }

  // ----------------------------------------------------------------------------------------
  // output

  onOutput(stream: 0 | 1, text: string): void {
    if (text.length === 0) return;
    const last = this.output[this.output.length - 1];
    if (last !== undefined && last.step === this.steps && last.stream === stream) last.text += text;
    else this.output.push({ step: this.steps, stream, text });
    this.onEvent?.({
      kind: "output",
      step: this.steps,
      stream: stream === 0 ? "stdout" : "stderr",
      text,
    });
  }

  // ----------------------------------------------------------------------------------------
  // VM listener

  /**
   * Is `frame` the main program's module code? For `-m MODULE` (mainFile "<module>") that is
   * the first module code run in __main__'s namespace (runpy's _run_code).
   */
  private isMainFile(frame: Frame): boolean {
    if (this.opts.mainFile !== "<module>") return frame.code.co_filename.value === this.opts.mainFile;
    const name = PyDict_GetItemString(frame.globals, "__name__");
    return (
      name instanceof PyStr && name.value === "__main__" && !frame.code.co_filename.value.startsWith("<")
    );
  }

  onCall(frame: Frame): void {
    if (!this.started) {
      if (frame.code.co_name.value !== "<module>" || !this.isMainFile(frame)) return;
      this.start(frame);
      return;
    }
    if (this.stopped !== null) throw this.stopped;
    frame.traceActivated = this.epoch;
    if (frame.gen !== null) this.dirty.add(frame.gen);
    const info = this.codeInfo(frame.code);
    if (info.user) {
      this.boundary(StepKind.CALL, frame, info.firstLine, null);
    }
  }

  onLine(frame: Frame, lineno: number): void {
    if (!this.started) return;
    if (this.stopped !== null) throw this.stopped;
    if (this.codeInfo(frame.code).user) {
      this.boundary(StepKind.LINE, frame, lineno, null);
    }
  }

  onReturn(frame: Frame, value: PyObject | null, raising?: PyBaseException): void {
    this.before(frame, -1);
    if (!this.started) return;
    const gen = frame.gen;
    if (gen !== null) this.dirty.add(gen);
    if (this.codeInfo(frame.code).user) {
      this.raising = raising ?? null;
      this.boundary(StepKind.RETURN, frame, lineOf(frame), value);
      this.raising = null;
    }
    // A generator suspends (or finishes, releasing its locals) after its return event.
    if (gen !== null) this.dirty.add(gen);
    // The caller runs next (the frame that called the native code that called this one, for
    // an entry frame); its instructions do not all reach onInstruction.
    const back = frame.back;
    if (back !== null) this.before(back, -1);
  }

  /** The exception leaving the frame of the return step being recorded (onReturn). */
  private raising: PyBaseException | null = null;

  onException(frame: Frame, exc: PyBaseException): void {
    this.before(frame, -1);
    if (!this.started) return;
    this.lastExc = exc;
    this.dirty.add(exc);
    if (this.codeInfo(frame.code).user) {
      this.boundary(StepKind.EXCEPTION, frame, lineOf(frame), exc);
    }
    // Its traceback grows as it leaves the frame.
    this.dirty.add(exc);
  }

  /**
   * Instructions in flight. The objects an instruction may change are noted before it runs (its
   * operands are on the stack then). Until it has finished (its frame runs its next instruction,
   * at the same recursion depth, or a shallower frame runs) they are captured again at every
   * step, since the instruction may be running Python code meanwhile: a `__hash__` during a dict
   * store, a key function during sorted(), a class body during __build_class__, a generator
   * during list(gen). Once it has finished they are dirty one last time. A native call also
   * follows the containers its native code creates (the list that list(gen) fills), and cells
   * (__build_class__ fills `__class__` cells).
   */
  private readonly inflight: Inflight[] = [];
  private inflightCount = 0;
  /** In-flight entries following everything created meanwhile. */
  private allYoungCount = 0;
  /** The marks of all in-flight instructions, in order (each entry knows where its own start). */
  private readonly marks = new MarkBag();
  private readonly young = new Bag(false);
  /** Live weak references of the program: a referent's death clears their callback. */
  private readonly weakrefs = new Set<PyObject>();
  /**
   * Live split dicts of the program (instance __dict__s sharing their class's keys): their size
   * follows the class's shared keys, which change with other instances, so they are compared at
   * every step.
   */
  private readonly splitDicts = new Set<PyDict>();
  /** Live objects of the program whose death may run Python code (records with `fin`). */
  private finalizable = 0;
  /** splitDicts as an array (iterating a Set allocates an iterator, at every step); null: stale. */
  private splitList: PyDict[] | null = null;

  /** Ends the in-flight instructions of frames at `depth` or deeper: they have finished. */
  private endInflight(depth: number): void {
    const stack = this.inflight;
    const marks = this.marks;
    const young = this.young;
    const dirty = this.dirty;
    while (this.inflightCount > 0 && stack[this.inflightCount - 1]!.depth >= depth) {
      const e = stack[--this.inflightCount]!;
      if (e.allYoung) this.allYoungCount--;
      const rcOnly = marks.rcOnly;
      for (let i = e.marks; i < marks.size; i++) {
        if (rcOnly[i] === 0) dirty.add(marks.items[i]!);
        else this.rcCand.add(marks.items[i]!);
      }
      marks.size = e.marks;
      for (let i = e.young; i < young.size; i++) dirty.add(young.items[i]!);
      // An enclosing native call still follows what was created inside this one.
      if (young.size !== e.young && (this.inflightCount === 0 || !stack[this.inflightCount - 1]!.native))
        young.size = e.young;
    }
  }

  private pushInflight(frame: Frame, marksStart: number, native: boolean, allYoung: boolean): void {
    let e = this.inflight[this.inflightCount];
    if (e === undefined) {
      e = { frame, depth: 0, marks: 0, young: 0, native: false, allYoung: false };
      this.inflight.push(e);
    }
    this.inflightCount++;
    e.frame = frame;
    e.depth = recursion.depth;
    e.marks = marksStart;
    e.young = this.young.size;
    e.native = native;
    e.allYoung = allYoung;
    if (allYoung) this.allYoungCount++;
  }

  /** At a step: what in-flight instructions may be changing must be captured now. */
  private markInflight(): void {
    const dirty = this.dirty;
    const marks = this.marks;
    const rcOnly = marks.rcOnly;
    for (let i = 0; i < marks.size; i++) {
      if (rcOnly[i] === 0) dirty.add(marks.items[i]!);
      else this.rcCand.add(marks.items[i]!);
    }
    const young = this.young;
    for (let i = 0; i < young.size; i++) dirty.add(young.items[i]!);
  }

  /** A sequence iterator stepped by FOR_ITER: it drops its sequence when exhausted (the jump). */
  private forIter: PyObject | null = null;
  /** The iterator an enumerate in forIter steps (it drops its sequence when exhausted). */
  private forIterInner: PyObject | null = null;
  /** The result tuple of that enumerate, which it refills while no one else holds it. */
  private forIterResult: PyObject | null = null;
  private forIterFrame: Frame | null = null;
  private forIterPc = -1;
  private forIterTarget = -1;

  /**
   * Which instructions onInstruction needs (VMListener.watches): those that may change objects
   * (WATCHED, narrowed by their argument). The VM calls onInstruction for these and for the
   * instructions that start a call or a line; the others run unseen (they can only change the
   * frame's own slots and stack, and the reference counts of what they touch, which the frame
   * comparison at the next step covers).
   */
  watches(code: PyCode, op: number, arg: number): boolean {
    if (WATCHED[op] === 0) return false;
    if (op === Op.BINARY_OP) return arg >= NbOp.INPLACE_ADD;
    if (op === Op.LOAD_ATTR) return MATERIALIZED_ATTRS.has(code.names[arg]!.value);
    return true;
  }

  /**
   * Bookkeeping before an instruction of `frame` runs (pc -1: the frame is returning or
   * unwinding): what earlier instructions had in flight and have finished now, the frames that
   * ran since the last step, the time limit.
   */
  private before(frame: Frame, pc: number): void {
    if (this.inflightCount > 0 && this.inflight[this.inflightCount - 1]!.depth >= recursion.depth) {
      this.endInflight(recursion.depth);
    }
    if (this.forIter !== null) {
      // exhausted (the jump, or the frame returned), or still inside FOR_ITER (a __del__ run by
      // what it released); the instructions between FOR_ITER and its target are the loop body
      if (frame !== this.forIterFrame || pc <= this.forIterPc || pc >= this.forIterTarget) {
        this.dirty.add(this.forIter);
        if (this.forIterInner !== null) this.dirty.add(this.forIterInner);
      }
      // (refilled by the FOR_ITER, which has run now)
      if (this.forIterResult !== null) this.dirty.add(this.forIterResult);
      this.forIter = null;
      this.forIterInner = null;
      this.forIterResult = null;
    }
    if (frame !== this.lastFrame) {
      if (frame.traceTouched !== this.epoch) {
        frame.traceTouched = this.epoch;
        this.touchedList[this.touchedCount++] = frame;
      }
      this.lastFrame = frame;
    }
    if ((++this.instrTick & CHECK_EVERY_INSTRS) === 0) this.checkTime();
  }

  onInstruction(frame: Frame, pc: number): void {
    this.before(frame, pc);
    const code = frame.code;
    const instrs = code.instrs;
    const op = instrs[pc << 1]!;
    if (WATCHED[op] === 0) return;
    const arg = instrs[(pc << 1) + 1]!;
    const fast = frame.fast;
    const sp = frame.sp;
    const marks = this.marks;
    const start = marks.size;
    switch (op) {
      case Op.STORE_ATTR: {
        this.markOwner(fast[sp - 1]);
        const v = fast[sp - 2];
        if (v) marks.addRc(v); // its reference count changes, whoever the owner is
        break;
      }
      case Op.DELETE_ATTR:
        this.markOwner(fast[sp - 1]);
        break;
      case Op.LOAD_ATTR: {
        // reading these materializes them: an instance's __dict__, an exception's args
        const name = code.names[arg]!.value;
        if (
          name === "__dict__" ||
          name === "args" ||
          name === "f_locals" ||
          name === "__annotations__" ||
          name === "__defaults__" ||
          name === "__kwdefaults__"
        )
          this.markOwner(fast[sp - 1]);
        break;
      }
      case Op.STORE_SUBSCR: {
        const c = fast[sp - 2];
        if (!(c && c.ob_type === PyDict_Type && this.noteDictStore(c as PyDict, fast[sp - 1])))
          this.markOwner(c);
        const v = fast[sp - 3];
        if (v) marks.addRc(v);
        break;
      }
      case Op.DELETE_SUBSCR:
        this.markOwner(fast[sp - 2]);
        break;
      case Op.BINARY_SUBSCR: {
        // dict subclasses with __missing__ (defaultdict) insert on lookup (an exact dict cannot)
        const c = fast[sp - 2];
        if (c instanceof PyDict && c.ob_type !== PyDict_Type) marks.add(c);
        break;
      }
      case Op.STORE_NAME:
      case Op.DELETE_NAME:
      case Op.IMPORT_STAR:
      case Op.SETUP_ANNOTATIONS:
        if (frame.locals !== null) marks.add(frame.locals);
        break;
      case Op.STORE_GLOBAL:
      case Op.DELETE_GLOBAL: {
        marks.add(frame.globals);
        const v = op === Op.STORE_GLOBAL ? fast[sp - 1] : null;
        if (v) marks.addRc(v);
        break;
      }
      case Op.STORE_DEREF:
      case Op.DELETE_DEREF: {
        const cell = fast[arg];
        if (cell) marks.add(cell);
        break;
      }
      case Op.LIST_APPEND: {
        const c = fast[sp - 1 - arg];
        if (c && c.ob_type === PyList_Type) {
          // the stack's item moves into the list (its reference with it): only the list's end changes
          this.noteAppend(c as PyList);
          break;
        }
        if (c) marks.add(c);
        break;
      }
      case Op.SET_ADD:
      case Op.LIST_EXTEND:
      case Op.SET_UPDATE:
      case Op.DICT_UPDATE:
      case Op.DICT_MERGE: {
        const c = fast[sp - 1 - arg];
        if (c) marks.add(c);
        const it = fast[sp - 1];
        if (it && isIteratorLike(it)) this.markIterator(it, 3);
        break;
      }
      case Op.SEND: {
        // the receiver (a generator, an asend/athrow object) is what the coroutine awaits meanwhile
        const r = fast[sp - 2];
        if (r) marks.add(r);
        break;
      }
      case Op.UNPACK_SEQUENCE:
      case Op.UNPACK_EX: {
        const it = fast[sp - 1];
        if (!it) break;
        if (isIteratorLike(it)) this.markIterator(it, 3);
        // popped and released: its reference count drops (a tuple zip() reuses lives on, and
        // is refilled by the zip, which its FOR_ITER marked). Unpacking an exact tuple or list
        // changes nothing else about it; other types run __iter__, which may.
        else if (it.ob_type === PyTuple_Type || it.ob_type === PyList_Type) marks.addRc(it);
        else marks.add(it);
        break;
      }
      case Op.CONTAINS_OP: {
        const it = fast[sp - 1];
        if (it && isIteratorLike(it)) this.markIterator(it, 3);
        break;
      }
      case Op.MAP_ADD: {
        const c = fast[sp - 2 - arg];
        if (c) marks.add(c);
        break;
      }
      case Op.BINARY_OP: {
        // (an exact int, float, str or tuple is never changed in place: `x += 1` makes a new one)
        const l = fast[sp - 2];
        if (arg >= NbOp.INPLACE_ADD && l) {
          const t = l.ob_type;
          if (t !== PyFloat_Type && t !== PyInt_Type && t !== PyStr_Type && t !== PyTuple_Type)
            this.markOwner(l);
        }
        break;
      }
      case Op.CALL:
        this.markCall(frame, fast, sp, arg);
        return;
      case Op.BUILD_SET:
      case Op.BUILD_MAP:
      case Op.BUILD_CONST_KEY_MAP:
        // hashing the items may run Python code while the new container fills
        this.pushInflight(frame, start, true, false);
        return;
      case Op.CALL_FUNCTION_EX: {
        const base = sp - 2 - (arg & 1);
        const f = fast[base];
        if (f && !isPythonCallable(f)) {
          this.markOwner(f);
          const args = fast[base + 1];
          if (args) this.markAll(args);
          this.pushInflight(frame, start, true, false);
          return;
        }
        break;
      }
      case Op.BEFORE_WITH:
      case Op.RAISE_VARARGS:
        this.markOwner(fast[sp - 1]);
        break;
      case Op.FOR_ITER: {
        const it = fast[sp - 1];
        if (!it) break;
        const t = it.ob_type;
        let inner: PyObject | null = null;
        if (t === PyEnum_Type) {
          // enumerate over a sequence iterator: its references (the iterator, its result
          // tuple) change only when the index outgrows a machine integer; the result tuple,
          // reused while no one else holds it, is refilled (looked at once the FOR_ITER has
          // run: the refill runs no Python code before it is done); the iterator, as below,
          // changes when exhausted
          const en = it as PyEnumerate;
          const sit = en.en_sit;
          if (en.en_longindex === null && sit !== null && isSequenceIterator(sit.ob_type)) inner = sit;
        }
        if (inner !== null || isSequenceIterator(t)) {
          // a sequence iterator changes only when exhausted (it drops its sequence): looked at
          // when the loop jumps out, or its frame leaves the loop's body (see before())
          this.forIter = it;
          this.forIterInner = inner;
          this.forIterResult = inner === null ? null : (it as PyEnumerate).en_result;
          this.forIterFrame = frame;
          this.forIterPc = pc;
          this.forIterTarget = arg;
        } else if (!(it instanceof PyGen)) this.markIterator(it, 3);
        break;
      }
      case Op.IMPORT_NAME:
        // `import a.b` binds b as an attribute of package a: look at every module afterwards.
        this.markModules = true;
        break;
    }
    if (marks.size > start) this.pushInflight(frame, start, false, false);
  }

  private markModules = false;

  /** Exact lists appended to since the last step, with their RecX.tailFrom set. */
  private readonly appended = new RecBag();

  /** Dicts compared at the keys stored only (recordDictStores), counted for the tests. */
  dictStoreSteps = 0;

  /** Large exact dicts stored into since the last step, with their RecX.dstores set. */
  private readonly dictStored = new RecBag();

  /**
   * `d[key] = v` on an exact dict: notes the key if the dict is large and the key an exact str or
   * int (whose hash and equality run no Python code); false: mark the dict dirty instead.
   */
  private noteDictStore(d: PyDict, key: PyObject | null | undefined): boolean {
    if (!this.dictFastPath || !key) return false;
    const kt = key.ob_type;
    if (kt !== PyStr_Type && kt !== PyInt_Type) return false;
    const r = this.map.get(d);
    if (r === undefined || r.ext || r.mode !== EdgeMode.DICT || r.targets.length < DICT_FAST_MIN * 2)
      return false;
    const x = recX(r);
    let ks = x.dstores;
    if (ks === null) ks = x.dstores = [];
    if (x.dn === 0) this.dictStored.add(r);
    else if (x.dn >= 64) return false; // (many keys: compared whole)
    ks[x.dn++] = key;
    return true;
  }

  /** Sets found unchanged after adds (recordSetAdds), counted for the tests. */
  setAddSteps = 0;

  /** Exact sets added to since the last step, with their RecX.setUsed set. */
  private readonly setAdded = new RecBag();

  /**
   * `s.add(x)` on an exact set: notes the set's length before the add (see RecX.setUsed) if x and
   * the set's keys are of types whose hash and equality run no Python code; false: mark the set
   * dirty instead.
   */
  private noteSetAdd(s: PySet, x: PyObject | null | undefined): boolean {
    if (!x || !isPlainKey(x, 2)) return false;
    const r = this.map.get(s);
    if (r === undefined || r.ext || r.mode !== EdgeMode.ITEMS) return false;
    const rx = recX(r);
    if (rx.setUsed >= 0) return true;
    // (changed since it was captured, by a call that marked it: captured whole)
    if (s.used !== r.targets.length) return false;
    if (rx.setSafe < 0) {
      const t = r.targets;
      let safe = 1;
      for (let i = 0; i < t.length; i++) {
        if (!isPlainKey(t[i]!, 2)) {
          safe = 0;
          break;
        }
      }
      rx.setSafe = safe;
    }
    if (rx.setSafe === 0) return false;
    rx.setUsed = s.used;
    this.setAdded.add(r);
    return true;
  }

  /** Sets only added to: captured again only if an add changed their length. */
  private recordSetAdds(): void {
    const bag = this.setAdded;
    for (let i = 0; i < bag.size; i++) {
      const r = bag.items[i]!;
      const x = r.x;
      const n = x === null ? -1 : x.setUsed;
      if (n < 0 || r.obj === POOLED || r.ext) continue;
      x!.setUsed = -1;
      this.candRec(r);
      if ((r.obj as PySet).used !== n) this.recapture(r);
      else this.setAddSteps++;
    }
    bag.clear();
  }

  private noteAppend(l: PyList): void {
    const r = this.map.get(l);
    // (a list made since the last step is captured whole)
    if (r === undefined) return;
    const n = l.items.length;
    const x = recX(r);
    if (x.tailFrom < 0) {
      x.tailFrom = n;
      this.appended.add(r);
    } else if (n < x.tailFrom) x.tailFrom = n;
  }

  /**
   * An iterator stepped by native code: it may drop what it iterates when exhausted, refill a
   * result tuple it holds (dict items, zip, enumerate), and step the iterators it wraps.
   */
  private markIterator(it: PyObject, depth: number): void {
    this.marks.add(it);
    const r = this.map.get(it);
    if (r === undefined || depth === 0 || r.mode !== EdgeMode.NAMED) return;
    for (const x of r.targets) {
      if (x instanceof PyTuple) {
        this.marks.add(x);
        for (const y of x.items) if (isIteratorLike(y)) this.markIterator(y, depth - 1); // zip's iterators
      } else if (isIteratorLike(x)) this.markIterator(x, depth - 1);
    }
  }

  /** An object that may change, with the namespace that holds its attributes. */
  private markOwner(o: PyObject | null | undefined): void {
    if (!o) return;
    this.marks.add(o);
    // an exact int, float, str, list, tuple, dict or set: no attributes, not an iterator, nothing
    // it forwards to
    const t = o.ob_type;
    if (
      t === PyFloat_Type ||
      t === PyInt_Type ||
      t === PyStr_Type ||
      t === PyList_Type ||
      t === PyTuple_Type ||
      t === PyDict_Type ||
      t === PySet_Type
    )
      return;
    const d = o instanceof PyType ? o.tp_dict : o.ob_dict;
    if (d) this.marks.add(d);
    if (o instanceof PyMethod) this.markOwner(o.im_self);
    else if (o instanceof PyCFunction && o.self !== null && !(o.self instanceof PyModule))
      this.markOwner(o.self);
    else if (o instanceof PyMethodWrapper)
      this.markOwner(o.self); // super().__init__(...)
    else if (isIteratorLike(o)) this.markIterator(o, 3);
    else if (o instanceof PyWeakReference && o.wr_object !== null && o.ob_type.tp_name.includes("Proxy")) {
      this.markOwner(o.wr_object); // a weakref.proxy forwards to its referent
    }
  }

  private markAll(args: PyObject): void {
    const t = args as { items?: PyObject[] };
    if (t.items) for (const a of t.items) this.markOwner(a);
  }

  /**
   * CALL argc: the stack holds [NULL|callable, callable|self, args...]. A Python function
   * changes objects only through its own instructions, which are watched; native code may change
   * its `self` and its arguments (list.append, dict.update, heapq.heappush...).
   */
  private markCall(frame: Frame, fast: (PyObject | null)[], sp: number, argc: number): void {
    const base = sp - 2 - argc;
    const f0 = fast[base];
    const f1 = fast[base + 1];
    const callable = f0 ?? f1;
    if (!callable) return;
    // (the common case first: see isPythonCallable; a function's type is never another)
    if (callable.ob_type === PyFunction_Type) return;
    // a method of list, set or dict called (as LOAD_METHOD leaves it) on an exact instance
    const owner = f0 instanceof PyMethodDescr && f1 !== null && f1.ob_type === f0.owner ? f0.owner : null;
    const method = owner === null ? "" : (f0 as PyMethodDescr).def.name;
    if (owner === PyList_Type && method === "append" && argc === 1) {
      // lst.append(x): runs no Python code and changes only the list's end and x's count
      this.noteAppend(f1 as PyList);
      const x = fast[sp - 1];
      if (x) this.rcCand.add(x);
      return;
    }
    if (
      owner === PySet_Type &&
      method === "add" &&
      argc === 1 &&
      this.noteSetAdd(f1 as PySet, fast[sp - 1])
    ) {
      // s.add(x) with a key of exact builtin types into a set of such keys: runs no Python code
      // and changes only the set (if x is new) and x's count
      this.rcCand.add(fast[sp - 1]!);
      return;
    }
    if (
      owner === PyDict_Type &&
      method === "setdefault" &&
      (argc === 2 || argc === 1) &&
      this.noteDictStore(f1 as PyDict, fast[sp - argc])
    ) {
      // d.setdefault(k, v) with an exact str or int key: runs no Python code, changes only the
      // dict at k and v's count
      const x = argc === 2 ? fast[sp - 1] : null;
      if (x) this.rcCand.add(x);
      return;
    }
    if (owner === PyDict_Type && method === "get" && (argc === 1 || argc === 2)) {
      // d.get(k[, default]) on an exact dict changes no object (a __hash__ or __eq__ it calls
      // runs in frames of its own; the value it returns is on the stack afterwards, where the
      // frame comparison sees it)
      return;
    }
    const start = this.marks.size;
    if (callable instanceof PyType) {
      // instantiation: __init__ in Python is watched; builtin constructors fill the new object
      // and consume iterators they are given (list(it), tuple(it)...)
      for (let i = sp - argc; i < sp; i++) {
        const a = fast[i];
        if (a && isIteratorLike(a)) this.markIterator(a, 3);
      }
      this.pushInflight(frame, start, true, false);
      return;
    }
    if (isPythonCallable(callable)) return;
    const builtin =
      callable instanceof PyCFunction && callable.module === "builtins" ? callable.def.name : null;
    if (builtin === null || !PURE_BUILTINS.has(builtin)) {
      // (a method descriptor, `lst.pop` called as LOAD_METHOD leaves it, changes only its self)
      if (!(callable instanceof PyMethodDescr)) this.markOwner(callable);
      if (f0 && f1) this.markOwner(f1);
      for (let i = sp - argc; i < sp; i++) this.markOwner(fast[i]);
    } else if (argc > 0 && ITEM_HOLDING_BUILTINS.has(builtin)) {
      // sorted() sorts a copy whose items are out of sight meanwhile; min()/max() hold the best
      // item so far: while their comparisons run Python code, the items' counts are not what
      // the containers show
      const a = fast[sp - argc];
      if (a instanceof PyList || a instanceof PyTuple) {
        const items = a.items;
        if (items.length <= 4096) for (let i = 0; i < items.length; i++) this.marks.addRc(items[i]!);
      }
    }
    if ((builtin === "setattr" || builtin === "delattr") && argc >= 2) {
      // they intern the name: an equal interned str the program made gains or loses the reference
      const name = fast[sp - argc + 1];
      const twin = name instanceof PyStr ? PyStr_InternedTwin(name) : undefined;
      if (twin !== undefined) this.marks.addRc(twin);
    }
    // (builtins that create no container and mark nothing have nothing in flight)
    if (builtin !== null && this.marks.size === start && NO_CONTAINER_BUILTINS.has(builtin)) return;
    this.pushInflight(frame, start, true, builtin === "__build_class__");
  }

  // ----------------------------------------------------------------------------------------
  // starting and stopping

  private start(frame: Frame): void {
    this.started = true;
    this.mainCode = frame.code;
    this.baselineBytes = heap.allocator.programBytesInUse();
    this.baselineBlocks = heap.allocator.programBlocksInUse();
    // blocks of the start freed later (the free lists a full collection empties) are no
    // allocation of the program's: the baseline shrinks by them
    heap.allocator.markBaseline();
    this.lastAllocBytes = 0;
    this.lastAllocBlocks = 0;
    this.startTime = performance.now();
    if (this.opts.limits?.timeoutMs !== undefined)
      this.deadline = this.startTime + this.opts.limits.timeoutMs;
    this.lastFrame = frame;
    frame.traceTouched = this.epoch;
    this.touchedList[this.touchedCount++] = frame;
    frame.traceActivated = this.epoch;
    this.codeInfo(frame.code);
    this.checkpoints.push(this.emptyCheckpoint());
    this.hookCollector();
  }

  private stopMemory(): never {
    this.stop("max-memory", `the program's heap grew past ${this.maxMemory} bytes (--max-memory)`);
  }

  private stop(reason: StopReason, message: string): never {
    if (this.stopped === null) this.stopped = new StopRun(reason, message);
    throw this.stopped;
  }

  private checkTime(): void {
    const now = performance.now();
    if (now > this.deadline) {
      this.stop(
        "timeout",
        `the program ran longer than ${((this.opts.limits?.timeoutMs ?? 0) / 1000).toFixed(3).replace(/\.?0+$/, "")} s (--timeout)`,
      );
    }
    if (this.opts.onProgress !== undefined && now - this.lastProgress >= 100) {
      this.lastProgress = now;
      this.opts.onProgress(this.steps, now - this.startTime);
    }
  }

  /** Called after the run: final bookkeeping (the run may have stopped early). */
  finish(): void {
    heap.allocator.clearBaseline();
    if (this.exitStep < 0) this.exitStep = this.steps - 1;
    this.endTime = performance.now();
    this.w.trim();
    this.offsets.trim();
    this.newObjs = [];
    this.newCount = 0;
    this.cpLabels = this.cpTargets = EMPTY_IDS;
  }

  // ----------------------------------------------------------------------------------------
  // steps

  /** Records step `this.steps`: everything that changed since the previous step. */
  private boundary(kind: StepKind, top: Frame, line: number, value: PyObject | null): void {
    if (this.lost !== null) return;
    // Deep native recursion (Python called from native code called from Python...) uses the
    // host's stack: make sure recording a step cannot run out of it half-way, which would
    // leave the recording inconsistent. A step that cannot be recorded now is skipped (its
    // changes show at the next one).
    if (tstate.evalDepth > 16 && !stackHeadroom()) return;
    // (a step's records stay in one chunk of the stream: rolled back below, read back as one)
    this.w.record();
    const start = this.w.length;
    try {
      this.recordStep(kind, top, line, value);
    } catch (e) {
      if (e instanceof StopRun) throw e;
      // Half a step is worse than none: keep the steps before it and stop recording.
      this.w.length = start;
      if (this.offsets.length > this.steps) this.offsets.length = this.steps;
      this.lost = `the recording stopped at step ${this.steps}: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  /** The last exception raised in a traced frame (followed once the program's frames are gone). */
  private lastExc: PyBaseException | null = null;

  /** Set when the recorder could not record a step and stopped: why. */
  lost: string | null = null;

  private recordStep(kind: StepKind, top: Frame, line: number, value: PyObject | null): void {
    if (this.flushEachStep) flushStdStreams();
    this.curStep = this.steps;
    const w = this.w;
    this.offsets.push(w.length);
    w.uv(line * 4 + kind);

    const frees = this.pendingFrees;
    const nFrees = this.freeCount;
    const hadFrees = nFrees > 0 || this.freedSinceStep;
    this.freedSinceStep = false;
    for (let i = 0; i < nFrees; i++) {
      const id = frees[i]!;
      w.u8(R_FREE);
      w.uv(id);
      if (id <= this.cpMaxId && this.deltaOn) this.freedSinceCp.push(id);
    }
    this.freeCount = 0;
    if (nFrees > 4096) frees.length = 0;

    this.recordNewObjects();
    if (this.inflightCount > 0) this.markInflight();
    const enteredFromNative = this.recordFrames(top, line);
    // A weak reference changes when its referent dies (cleared, its callback released): a free
    // since the last step may have been that death, and Python code entered from native code
    // may be a callback. One whose referent is alive did not see it die.
    if ((hadFrees || enteredFromNative) && this.weakrefs.size > 0) this.markWeakrefs(enteredFromNative);
    if (this.splitDicts.size > 0) {
      if (this.splitList === null) this.splitList = Array.from(this.splitDicts);
      const list = this.splitList;
      for (let i = 0; i < list.length; i++) {
        const d = list[i]!;
        this.dirty.add(d);
        if (d.ma_split === null) {
          this.splitDicts.delete(d); // it has a table of its own now
          this.splitList = null;
        }
      }
    }
    // Python code called from native code (a __del__, a weakref callback) may run in the middle
    // of a deallocation: the objects being destroyed (reference count 0) are emptied meanwhile.
    // Only a finalizer or a weak reference's callback runs Python code during a deallocation:
    // without a live object of the program that has either, none is in progress, and the walk
    // over every record (at every step inside a property getter, a key function...) is skipped.
    if (this.entryFrames > 0 && (hadFrees || enteredFromNative) && this.finalizable > 0) {
      for (const r of this.recs()) {
        if (r.obj.ob_refcnt === 0 && !r.ext) {
          r.ver = -1; // a dict being deallocated is emptied without a new version
          this.dirty.add(r.obj);
        }
      }
    }
    this.recordDirty();
    if (value !== null) {
      const vr = this.recOf(value);
      w.u8(R_VALUE);
      w.uv(vr.id);
      this.candRec(vr);
    } else if (this.raising !== null) {
      // A frame left by an exception (its return event has no value): the exception is still
      // the program's, on its way to a handler, with the traceback of every frame it has left.
      const r = this.rec(this.raising);
      if (r !== undefined) {
        w.u8(R_RAISING);
        w.uv(r.id);
      }
    }
    this.compareExcState();
    const later = this.rcLater;
    if (later.size > 0) {
      for (let i = 0; i < later.size; i++) this.candRec(later.items[i]!);
      if (this.entryFrames === 0) {
        later.clear();
        this.laterGen++;
      }
    }
    if (value !== null) {
      // The returned value (or the exception) is no frame's yet: the caller may drop it before
      // the next step (`if f() is not None:`), so its count is looked at again then.
      const r = this.rec(value);
      if (r !== undefined) this.addLaterRec(r);
    }
    // The program's frames are gone and an uncaught exception is being printed: the native
    // code printing it holds references to it and its traceback that no frame shows.
    if (this.mainDepth < 0 && this.lastExc !== null) {
      const cand = this.rcCand;
      cand.add(this.lastExc);
      let n = 0;
      for (let tb = this.lastExc.traceback; tb instanceof PyTraceback && n < 2000; tb = tb.tb_next, n++) {
        cand.add(tb);
        cand.add(tb.tb_frame);
      }
    }
    // (a step inside the load, of the program's code it calls or of code it compiles under the
    // program's file name, as namedtuple's "<string>": the load is changing counts meanwhile)
    if (this.untracedLoadEnded || heap.untraced > 0) {
      this.untracedLoadEnded = false;
      for (const r of this.recs()) this.candRec(r);
    }
    this.recordRefcounts();
    this.recordMemory();

    const step = this.steps++;
    if (this.onEvent !== undefined) this.emitStepEvent(kind, top, line, value, step);
    const depth = this.shadow.length;
    if (depth > this.maxDepth) {
      this.maxDepth = depth;
      this.maxDepthStep = step;
    }
    // (recordMemory has just brought it up to date)
    const used = this.lastAllocBytes;
    if (used > this.peakBytes) {
      this.peakBytes = used;
      this.peakStep = step;
    }
    if (this.mainDepth >= 0) this.exitStep = step;
    if (this.verifyAll) this.sweep(true);
    if (w.length - this.lastCheckpointOffset >= this.checkpointDue) this.checkpoint();
    else if (this.deltaOn && w.length - this.lastAnyCheckpointOffset >= this.deltaBytes)
      this.deltaCheckpoint();
    this.epoch = nextEpoch();
    top.traceTouched = this.epoch;
    // (entries past touchedCount are stale, overwritten later; frames are pooled by the VM)
    this.touchedList[0] = top;
    this.touchedCount = 1;
    this.lastFrame = top;

    if (this.steps >= this.maxSteps) {
      this.stop("max-steps", `stopped after ${this.maxSteps} steps (--max-steps)`);
    }
    // (a heap grows without allocating objects too: a list's or dict's table resized)
    if (used > this.maxMemory) this.stopMemory();
    if ((step & 0x3ff) === 0) {
      this.checkTime();
      if (this.retainedBytes() > this.maxTraceBytes) {
        this.stop("trace-size", `the trace grew past ${this.maxTraceBytes} bytes`);
      }
    }
  }

  private emitStepEvent(
    kind: StepKind,
    top: Frame,
    line: number,
    value: PyObject | null,
    step: number,
  ): void {
    const info = this.codeInfo(top.code);
    const base = { step, file: info.file, line, function: info.qualname };
    const emit = this.onEvent!;
    if (kind === StepKind.LINE) emit({ kind: "line", ...base });
    else if (kind === StepKind.CALL) emit({ kind: "call", ...base });
    else if (kind === StepKind.RETURN) emit({ kind: "return", ...base });
    else emit({ kind: "exception", ...base, type: value?.ob_type.tp_name ?? "" });
  }

  /**
   * Marks the weak references that may have changed. A dead one whose record already has no
   * references (its callback released) can only change its count: looked at for that alone,
   * as capturing it again would (a program keeping 2,000 dead weak references recaptured them
   * all at every step that freed anything: 530 us a step).
   */
  private markWeakrefs(all: boolean): void {
    for (const o of this.weakrefs) {
      if (all) {
        this.dirty.add(o);
        continue;
      }
      const wr = o as PyWeakReference;
      if (wr.wr_object !== null) continue;
      const r = wr.wr_callback === null ? this.rec(wr) : undefined;
      if (r !== undefined && !r.ext && r.targets.length === 0) this.candRec(r);
      else this.dirty.add(wr);
    }
  }

  /** Objects allocated since the last step and still alive: captured whole. */
  private recordNewObjects(): void {
    const fresh = this.newObjs;
    const count = this.newCount;
    if (count === 0) return;
    const sites = this.newSites;
    const created = this.createdBuf;
    let nCreated = 0;
    for (let i = 0; i < count; i++) {
      const o = fresh[i]!;
      if (o.ob_size_alloc === 0 || this.map.has(o)) continue;
      const pooled = this.recPoolN > 0 ? this.recPool[--this.recPoolN] : undefined;
      let r: Rec;
      if (pooled !== undefined) {
        r = pooled;
        r.reset(this.nextId++, o);
      } else r = new Rec(this.nextId++, o, false);
      r.site = sites[i]!;
      this.map.set(o, r);
      // (the commonest new objects are neither a weak reference nor a dict: decided without
      // walking their prototype chains)
      if (!isCommonExact(o.ob_type)) {
        if (o.ob_type.tp_finalize !== null || (o instanceof PyWeakReference && o.wr_callback !== null)) {
          r.flags |= REC_FIN;
          this.finalizable++;
        }
        if (o instanceof PyWeakReference) {
          this.weakrefs.add(o);
          r.flags |= REC_WEAK;
        } else if (o instanceof PyDict && o.ma_split !== null) {
          this.splitDicts.add(o);
          r.flags |= REC_SPLIT;
          this.splitList = null;
        }
      }
      created[nCreated++] = r;
      this.liveObjects++;
    }
    // drop the references (temporaries must not be kept alive), keep the array
    if (count > 1024) this.newObjs = [];
    else for (let i = 0; i < count; i++) fresh[i] = undefined as unknown as PyObject;
    this.newCount = 0;
    for (let i = 0; i < nCreated; i++) this.writeNew(created[i]!);
  }

  private writeNew(r: Rec): void {
    const o = r.obj;
    const ty = o.ob_type;
    r.type = this.typeName(ty);
    r.block = o.ob_addr;
    r.rc = rcOf(o);
    if (ty === PyFloat_Type) {
      // (the commonest new object, decided without the general checks below)
      r.size = o.ob_size_alloc;
      r.atom = true;
      r.sk = SummaryKind.FLOAT;
      r.sn = (o as PyFloat).value;
      r.st = -1;
    } else if (ty === PyInt_Type && isSmallNumber((o as PyInt).value)) {
      // (an exact int of a JS number below 2^51: what summarize and setSummary make of it)
      r.size = o.ob_size_alloc;
      r.atom = true;
      r.sk = SummaryKind.INT;
      r.sn = (o as PyInt).value as number;
      r.st = -1;
    } else {
      r.size = sizeOfObject(o);
      r.atom = isImmutableAtom(o) && !ty.hasFlag(TypeFlag.HEAPTYPE);
      summarize(o, this.summary);
      this.setSummary(r);
    }
    // (an int, float or str references nothing: the record's fresh empty references stand)
    if (!r.atom) this.captureInto(r);
    const ids = this.resolveTargets(r.targets);
    const w = this.w;
    this.changedRec(r);
    w.u8(R_NEW);
    w.sv(r.id - this.prevNewId - 1);
    this.prevNewId = r.id;
    w.uv(r.type);
    const addr = realAddress(r.block);
    w.sv(addr - this.lastAddr);
    this.lastAddr = addr;
    w.uv(r.size);
    w.uv(r.site);
    w.uv(r.rc);
    this.writeSummary(r);
    this.writeRefs(r, ids);
    if (this.rcEvents !== null && r.rc > 0)
      this.rcEvents({ kind: "refcount", step: this.curStep, id: r.id, old: 0, new: r.rc - 1 });
  }

  /** NEW and EXT ids are written relative to the previous one (they mostly increase by one). */
  private prevNewId = -1;

  private setSummary(r: Rec): void {
    const s = this.summary;
    r.sk = s.kind;
    r.sn = s.num;
    r.st = s.kind === SummaryKind.TEXT ? this.strings.intern(s.text) : -1;
    if (s.kind === SummaryKind.INT && Math.abs(s.num) >= 2 ** 51) {
      r.sk = SummaryKind.TEXT;
      r.st = this.strings.intern(String(s.num));
      r.sn = 0;
    }
  }

  private writeSummary(r: Rec): void {
    const w = this.w;
    w.u8(r.sk);
    switch (r.sk) {
      case SummaryKind.INT:
        w.sv(r.sn);
        break;
      case SummaryKind.FLOAT:
        w.f64(r.sn);
        break;
      case SummaryKind.TEXT:
        w.uv(r.st);
        break;
      case SummaryKind.LEN:
        w.uv(r.sn);
        break;
    }
  }

  /** Fills r.mode/labels/targets from the object. */
  private captureInto(r: Rec): void {
    const buf = this.refBuf;
    const mode = captureRefs(r.obj, this.strings, buf);
    const n = buf.n;
    r.mode = mode;
    r.labels = mode === EdgeMode.NAMED && n > 0 ? buf.labels.slice(0, n) : EMPTY_LABELS;
    r.targets = n > 0 ? buf.targets.slice(0, n) : EMPTY_TARGETS;
    if (r.x !== null) r.x.kmap = null;
    if (r.obj instanceof PyDict) r.ver = r.obj.ma_version_tag;
    this.checkPlain(r);
  }

  private checkPlain(r: Rec): void {
    const o = r.obj;
    if (r.x !== null) r.x.setSafe = -1; // (its references changed)
    if (!o.ob_type.hasFlag(TypeFlag.HEAPTYPE)) {
      // (a list, dict, float...: the common case, decided without the checks below)
      r.plain = false;
      r.inline = null;
      return;
    }
    const simple =
      !o.ob_slots &&
      o.ob_type.tp_base?.tp_name === "object" &&
      o.ob_type.hasFlag(TypeFlag.HEAPTYPE) &&
      !(o instanceof PyType);
    r.plain = simple && r.targets.length === 2 && r.targets[0] === o.ob_dict && r.targets[1] === o.ob_type;
    r.inline = null;
    const d = o.ob_dict;
    if (simple && d && gc.isInlineValues(d) && r.targets[r.targets.length - 1] === o.ob_type) {
      r.inline = d;
      r.ver = d.ma_version_tag;
      // the attributes' keys, as captureRefs walked them (present entries in order)
      const k = d.ma_keys;
      const x = recX(r);
      let keys = x.keys;
      if (keys === null) keys = x.keys = [];
      let j = 0;
      for (let i = 0; i < k.nentries; i++) if (k.ev[i]) keys[j++] = k.ek[i]!;
      if (keys.length !== j) keys.length = j;
      if (j !== r.targets.length - 1) r.inline = null; // (not the layout expected: no fast path)
    }
  }

  /**
   * Ids of `targets` (new externals get EXT records now, before the record that uses them),
   * newly referenced: their records are listed to have their counts looked at (through the
   * records just found: listing the objects would look each up again).
   */
  private resolveTargets(targets: readonly PyObject[], from = 0, to = targets.length): number[] {
    // a shared buffer: callers write the ids out before resolving anything else
    // (entries past to - from are stale; callers know how many they asked for)
    const ids = this.idBuf;
    for (let i = from; i < to; i++) {
      const r = this.recOf(targets[i]!);
      this.candRec(r);
      ids[i - from] = r.id;
    }
    return ids;
  }

  private idOf(o: PyObject): number {
    return this.recOf(o).id;
  }

  /** The record of `o` (a new EXT record if the program did not create it and it is new). */
  private recOf(o: PyObject): Rec {
    const r = this.rec(o);
    return r !== undefined ? r : this.external(o);
  }

  /** An object the program did not create, seen for the first time: recorded without its references. */
  private external(o: PyObject): Rec {
    const r = new Rec(this.nextId++, o, true);
    this.map.set(o, r);
    r.type = this.typeName(o.ob_type);
    r.block = o.ob_addr;
    r.size = sizeOfObject(o);
    // Reference counts of objects the interpreter shares (names, constants, builtins) move with
    // the interpreter's own bookkeeping: they are not tracked (shown as unknown).
    r.rc = 0;
    summarize(o, this.summary);
    this.setSummary(r);
    // Tuples and frozensets never change: their items are part of what they are (a constant
    // tuple of the code, say), so they are recorded with them. Other shared objects are not.
    // The items are resolved first: they may be recorded as externals themselves.
    let ids: number[] | null = null;
    if (o instanceof PyTuple || o.ob_type.tp_name === "frozenset") {
      const buf = newRefBuffer();
      r.mode = captureRefs(o, this.strings, buf);
      r.targets = buf.targets.slice(0, buf.n);
      r.labels = r.mode === EdgeMode.NAMED ? buf.labels.slice(0, buf.n) : EMPTY_LABELS;
      ids = r.targets.map((t) => this.idOf(t));
    }
    const w = this.w;
    this.changedRec(r);
    w.u8(R_EXT);
    w.sv(r.id - this.prevNewId - 1);
    this.prevNewId = r.id;
    w.uv(r.type);
    const addr = realAddress(r.block);
    w.sv(addr - this.lastAddr);
    this.lastAddr = addr;
    w.uv(r.size);
    w.uv(r.rc);
    this.writeSummary(r);
    if (ids !== null) this.writeExtRefs(r, ids);
    else w.u8(NO_REFS);
    return r;
  }

  /** The references of an external object, after its EXT record (NO_REFS: none recorded). */
  private writeExtRefs(r: Rec, ids: number[]): void {
    const w = this.w;
    w.u8(r.mode);
    w.uv(ids.length);
    const named = r.mode === EdgeMode.NAMED;
    for (let i = 0; i < ids.length; i++) {
      if (named) w.uv(r.labels[i]!);
      w.sv(ids[i]! - r.id);
    }
  }

  /** The whole reference list of `r` (NEW, REFS): layout, count, then (label,) target pairs. */
  private writeRefs(r: Rec, ids: number[]): void {
    const w = this.w;
    const n = r.targets.length;
    w.u8(r.mode);
    w.uv(n);
    const named = r.mode === EdgeMode.NAMED;
    for (let i = 0; i < n; i++) {
      if (named) w.uv(r.labels[i]!);
      w.sv(ids[i]! - r.id);
    }
  }

  /** Objects that may have changed: captured again and compared with the model. */
  private recordDirty(): void {
    if (this.markModules) {
      this.markModules = false;
      for (const r of this.recs()) if (!r.ext && r.obj.ob_type.tp_name === "module") this.markOwner(r.obj);
    }
    const dirty = this.dirty;
    if (dirty.size === 0) {
      if (this.setAdded.size > 0) this.recordSetAdds();
      if (this.appended.size > 0) this.recordAppended();
      if (this.dictStored.size > 0) this.recordDictStores();
      return;
    }
    // (the bag may grow while this loop runs: size is read each time)
    for (let i = 0; i < dirty.size; i++) {
      const o = dirty.items[i]!;
      const r = this.rec(o);
      if (r === undefined || r.ext) continue;
      this.candRec(r);
      this.recapture(r);
      // Iterators may refill a result tuple they still hold (dict items, zip, enumerate). They
      // do so only while no one else holds it (ob_refcnt 1): an instance of a class whose
      // references are its attributes (inline values) holds no such tuple.
      if (r.mode === EdgeMode.NAMED && r.inline === null) {
        for (const t of r.targets) {
          if (t instanceof PyTuple) {
            const tr = this.rec(t);
            if (tr !== undefined && !tr.ext) this.recapture(tr);
          }
        }
      }
    }
    dirty.clear();
    if (this.setAdded.size > 0) this.recordSetAdds();
    if (this.appended.size > 0) this.recordAppended();
    if (this.dictStored.size > 0) this.recordDictStores();
  }

  /** Dicts only stored into: compared at the keys stored (unless captured whole since). */
  private recordDictStores(): void {
    const bag = this.dictStored;
    for (let i = 0; i < bag.size; i++) {
      const r = bag.items[i]!;
      const x = r.x;
      const keys = x === null ? null : x.dstores;
      if (keys === null || x!.dn === 0 || r.obj === POOLED || r.ext) continue;
      this.candRec(r);
      if (this.recaptureStores(r, x!, keys, x!.dn)) this.dictStoreSteps++;
      else this.recapture(r);
      x!.dn = 0;
    }
    bag.clear();
  }

  /**
   * recapture() of an exact dict whose only changes since the last step are stores at `keys`:
   * new keys appended (in insertion order), values replaced in place. Records what a whole
   * recapture would (size, summary, the changed references), as splices at the changed pairs.
   * False (nothing recorded) if the dict is not as expected: the caller captures it whole.
   */
  private recaptureStores(r: Rec, x: RecX, keys: PyObject[], nKeys: number): boolean {
    const d = r.obj as PyDict;
    if (d.ob_type !== PyDict_Type || d.ma_split !== null || r.mode !== EdgeMode.DICT) return false;
    if (d.ma_version_tag === r.ver) return true;
    const ot = r.targets;
    const m = ot.length >> 1;
    let kmap = x.kmap;
    if (kmap === null) {
      kmap = new Map();
      for (let j = 0; j < m; j++) kmap.set(ot[2 * j]!, j);
      if (kmap.size !== m) return false;
      x.kmap = kmap;
    }
    const dk = d.ma_keys;
    const ek = dk.ek;
    const ev = dk.ev;
    // (the scratch arrays are counted, not truncated: see RecX.dn)
    const repl = this.dictRepl;
    let nRepl = 0;
    let fresh: Set<PyObject> | null = null;
    for (let i = 0; i < nKeys; i++) {
      const ix = _PyDict_EntryIndexNoCall(d, keys[i]!);
      if (ix < 0) return false;
      const sk = ek[ix]!;
      const v = ev[ix];
      if (!v) return false;
      const j = kmap.get(sk);
      if (j !== undefined) {
        if (ot[2 * j] !== sk) return false;
        if (ot[2 * j + 1] !== v) repl[nRepl++] = j;
      } else {
        if (fresh === null) fresh = new Set();
        fresh.add(sk);
      }
    }
    const nNew = fresh === null ? 0 : fresh.size;
    if (d.ma_used !== m + nNew) return false;
    // the new keys are the last entries present, in insertion order
    const tail = this.dictTail;
    let nTail = 0;
    if (nNew > 0) {
      let ix = dk.nentries - 1;
      const stop = ix - nNew - 16;
      while (nTail < nNew) {
        if (ix < 0 || ix < stop) return false;
        const v = ev[ix];
        if (v) {
          if (!fresh!.has(ek[ix]!)) return false;
          tail[nTail++] = ix;
        }
        ix--;
      }
    }
    this.recordSize(r, sizeOfObject(d));
    this.recordLength(r, d, d.ma_used);
    r.ver = d.ma_version_tag;
    const one = this.dictPair;
    for (let t = 0; t < nRepl; t++) {
      const j = repl[t]!;
      const p = 2 * j + 1;
      // (a key stored twice: replaced once)
      const v = ev[_PyDict_EntryIndexNoCall(d, ot[2 * j]!)]!;
      if (ot[p] === v) continue;
      one[0] = v;
      this.writeSplice(r, p, 1, one, 1);
      ot[p] = v;
    }
    if (nNew > 0) {
      const add = this.dictAdd;
      let nAdd = 0;
      for (let t = nTail - 1; t >= 0; t--) {
        const ix = tail[t]!;
        kmap.set(ek[ix]!, m + (nTail - 1 - t));
        add[nAdd++] = ek[ix]!;
        add[nAdd++] = ev[ix]!;
      }
      this.writeSplice(r, 2 * m, 0, add, nAdd);
      for (let t = 0; t < nAdd; t++) ot.push(add[t]!);
    }
    return true;
  }

  private readonly dictRepl: number[] = [];
  private readonly dictTail: number[] = [];
  private readonly dictPair: PyObject[] = [];
  private readonly dictAdd: PyObject[] = [];

  /**
   * An R_SPLICE of an unlabelled record at `p`: `del` references removed, the first `ins` of
   * `nt` inserted (the caller updates the model).
   */
  private writeSplice(r: Rec, p: number, del: number, nt: PyObject[], ins: number): void {
    const ot = r.targets;
    for (let i = p; i < p + del; i++) {
      const x = this.rec(ot[i]!);
      if (x !== undefined) {
        this.candRec(x);
        this.addLaterRec(x);
      }
    }
    const ids = this.resolveTargets(nt, 0, ins);
    const w = this.w;
    this.changedRec(r);
    w.u8(R_SPLICE);
    w.uv(r.id);
    w.uv(p);
    w.uv(del);
    w.uv(ins);
    for (let i = 0; i < ins; i++) w.sv(ids[i]! - r.id);
  }

  /** Lists only appended to: compared from where the appends began (unless captured whole since). */
  private recordAppended(): void {
    const bag = this.appended;
    for (let i = 0; i < bag.size; i++) {
      const r = bag.items[i]!;
      const x = r.x;
      const from = x === null ? -1 : x.tailFrom;
      if (from < 0 || r.obj === POOLED || r.ext) continue;
      x!.tailFrom = -1;
      this.candRec(r);
      this.recaptureFrom(r, from);
    }
    bag.clear();
  }

  /** Records `r`'s object's new size if it differs from the recorded one; true if it did. */
  private recordSize(r: Rec, size: number): boolean {
    if (size === r.size) return false;
    r.size = size;
    this.changedRec(r);
    const w = this.w;
    w.u8(R_SIZE);
    w.uv(r.id);
    w.uv(size);
    return true;
  }

  /** Records a list's or dict's summary (its length `n`) if it differs from the recorded one. */
  private recordLength(r: Rec, o: PyObject, n: number): void {
    if (r.sk === SummaryKind.LEN && r.sn === n) return;
    summarize(o, this.summary);
    this.setSummary(r);
    this.changedRec(r);
    const w = this.w;
    w.u8(R_SUM);
    w.uv(r.id);
    this.writeSummary(r);
  }

  /** recapture() of an exact list whose items before `from` are known to be as recorded. */
  private recaptureFrom(r: Rec, from: number): void {
    const o = r.obj as PyList;
    if (r.mode !== EdgeMode.ITEMS || o.ob_type !== PyList_Type) {
      this.recapture(r);
      return;
    }
    this.recordSize(r, sizeOfObject(o));
    const items = o.items;
    const n = items.length;
    this.recordLength(r, o, n);
    const ot = r.targets;
    const m = ot.length;
    const lim = Math.min(n, m);
    let p = Math.min(from, lim);
    while (p < lim && items[p] === ot[p]) p++;
    if (p === n && p === m) return;
    this.spliceRefs(r, EdgeMode.ITEMS, EMPTY_LABELS, items, n, p, 0);
  }

  /** Compares `r`'s object with the model and records the differences; true if anything changed. */
  private recapture(r: Rec): boolean {
    const x = r.x;
    if (x !== null) {
      x.tailFrom = -1; // (captured whole: an append hint of this step is moot)
      x.setUsed = -1;
      x.dn = 0;
    }
    if (r.atom) return false;
    const o = r.obj;
    const w = this.w;
    let changed = false;
    if (
      o instanceof PyDict &&
      o.ma_version_tag === r.ver &&
      (o.ma_split === null || sizeOfObject(o) === r.size)
    )
      return false;
    if (r.plain && o.ob_dict === r.targets[0] && o.ob_type === r.targets[1] && o.ob_size_alloc === r.size) {
      return false; // an instance whose attributes live in its __dict__ (captured on its own)
    }
    const ty = o.ob_type;
    if ((ty === PyTuple_Type || ty === PyList_Type) && r.mode === EdgeMode.ITEMS) {
      // an exact tuple or list: its references are its items, its summary their number; with
      // the same items and size nothing changed (no capture, no copy)
      const items = (o as PyTuple | PyList).items;
      const ot = r.targets;
      const n = items.length;
      if (n === ot.length && (ty === PyTuple_Type ? o.ob_size_alloc : sizeOfObject(o)) === r.size) {
        let i = 0;
        while (i < n && items[i] === ot[i]) i++;
        if (i === n) return false;
      }
    }
    const inline = r.inline;
    if (
      inline !== null &&
      o.ob_dict === inline &&
      gc.isInlineValues(inline) &&
      o.ob_type === r.targets[r.targets.length - 1] &&
      o.ob_size_alloc === r.size
    ) {
      if (inline.ma_version_tag === r.ver) return false; // its attributes, inline values, are as they were
      const res = this.recaptureInline(r, inline);
      if (res >= 0) return res === 1;
    }

    if (this.recordSize(r, sizeOfObject(o))) changed = true;
    summarize(o, this.summary);
    const s = this.summary;
    const st = s.kind === SummaryKind.TEXT ? this.strings.intern(s.text) : -1;
    if (s.kind !== r.sk || !Object.is(s.num, r.sn) || st !== r.st) {
      this.setSummary(r);
      this.changedRec(r);
      w.u8(R_SUM);
      w.uv(r.id);
      this.writeSummary(r);
      changed = true;
    }
    const buf = this.refBuf;
    const mode = captureRefs(o, this.strings, buf);
    if (o instanceof PyDict) r.ver = o.ma_version_tag;
    else if (r.inline !== null) r.ver = r.inline.ma_version_tag;
    const nt = buf.targets;
    const nl = buf.labels;
    const ot = r.targets;
    const ol = r.labels;
    const named = mode === EdgeMode.NAMED;
    const n = buf.n;
    if (mode !== r.mode) {
      this.replaceRefs(r, mode, nl, nt, n);
      return true;
    }
    const m = ot.length;
    let p = 0;
    const lim = Math.min(n, m);
    while (p < lim && nt[p] === ot[p] && (!named || nl[p] === ol[p])) p++;
    if (p === n && p === m) return changed;
    let s2 = 0;
    while (s2 < lim - p && nt[n - 1 - s2] === ot[m - 1 - s2] && (!named || nl[n - 1 - s2] === ol[m - 1 - s2]))
      s2++;
    this.spliceRefs(r, mode, nl, nt, n, p, s2);
    return true;
  }

  /**
   * recapture() of an instance whose attributes are inline values with the same keys as when
   * last captured (only values were set), or those keys followed by new ones (an `__init__`
   * setting its attributes one line at a time): its references are compared without capturing
   * them again (no summary, no size, no interning of the attribute names already recorded).
   * Returns 1 if a reference changed, 0 if none did, -1 if the keys differ otherwise (capture
   * it whole).
   */
  private recaptureInline(r: Rec, d: PyDict): number {
    const k = d.ma_keys;
    const ek = k.ek;
    const ev = k.ev;
    const nentries = k.nentries;
    const keys = r.x!.keys!;
    const ot = r.targets;
    const m = ot.length - 1;
    const nt = this.refBuf.targets;
    let j = 0;
    let i = 0;
    for (; i < nentries; i++) {
      const v = ev[i];
      if (!v) continue;
      if (j >= m) break; // (attributes added after the recorded ones)
      if (ek[i] !== keys[j]) return -1;
      nt[j++] = v;
    }
    if (j !== m) return -1;
    if (i < nentries) return this.recaptureAddedAttributes(r, d, i);
    const n = m + 1;
    nt[m] = ot[m]!; // its class (checked by the caller)
    r.ver = d.ma_version_tag;
    let p = 0;
    while (p < n && nt[p] === ot[p]) p++;
    if (p === n) return 0;
    let s2 = 0;
    while (s2 < n - p && nt[n - 1 - s2] === ot[n - 1 - s2]) s2++;
    // (the same attributes in the same order: the record's layout, its keys and `inline`, stand)
    this.spliceRefs(r, EdgeMode.NAMED, r.labels, nt, n, p, s2, true);
    return 1;
  }

  /**
   * recaptureInline() of an instance with attributes added after the recorded ones (the first
   * `m` of the refBuf's targets are the recorded attributes' values; the entries from `from`
   * on hold the new ones): records what a whole recapture would, the same splice (its size and
   * summary, an instance's, do not change with its attributes), interning only the new names.
   */
  private recaptureAddedAttributes(r: Rec, d: PyDict, from: number): number {
    const k = d.ma_keys;
    const ek = k.ek;
    const ev = k.ev;
    const ot = r.targets;
    const ol = r.labels;
    const m = ot.length - 1;
    const nt = this.refBuf.targets;
    const nl = this.refBuf.labels;
    for (let q = 0; q < m; q++) nl[q] = ol[q]!;
    let n = m;
    for (let i = from; i < k.nentries; i++) {
      const v = ev[i];
      if (!v) continue;
      const key = ek[i];
      if (!(key instanceof PyStr)) return -1;
      nl[n] = this.strings.intern(key.value);
      nt[n++] = v;
    }
    // its class, labelled as before
    nl[n] = ol[m]!;
    nt[n++] = ot[m]!;
    r.ver = d.ma_version_tag;
    // (as recapture() compares a whole capture with the model)
    const lim = Math.min(n, m + 1);
    let p = 0;
    while (p < lim && nt[p] === ot[p] && nl[p] === ol[p]) p++;
    let s2 = 0;
    while (s2 < lim - p && nt[n - 1 - s2] === ot[m - s2] && nl[n - 1 - s2] === ol[m - s2]) s2++;
    this.spliceRefs(r, EdgeMode.NAMED, nl, nt, n, p, s2);
    this.attributesAddedSteps++;
    return 1;
  }

  /** Instances compared by recaptureAddedAttributes, counted for the tests. */
  attributesAddedSteps = 0;

  /**
   * Records r's new references `nt` (`nl`), the same as the model's but for those between the
   * first `p` and the last `s2`, as a splice (or whole, when that is shorter).
   */
  private spliceRefs(
    r: Rec,
    mode: EdgeMode,
    nl: number[],
    nt: PyObject[],
    n: number,
    p: number,
    s2: number,
    sameLayout = false,
  ): void {
    const w = this.w;
    const ot = r.targets;
    const ol = r.labels;
    const m = ot.length;
    const named = mode === EdgeMode.NAMED;
    const del = m - p - s2;
    const ins = n - p - s2;
    if (r.x !== null) r.x.kmap = null;
    if (ins + del > n) {
      this.replaceRefs(r, mode, nl, nt, n);
      return;
    }
    for (let i = p; i < p + del; i++) {
      // removed before its reference is released, maybe
      const x = this.rec(ot[i]!);
      if (x !== undefined) {
        this.candRec(x);
        this.addLaterRec(x);
      }
    }
    const ids = this.resolveTargets(nt, p, p + ins);
    this.changedRec(r);
    w.u8(R_SPLICE);
    w.uv(r.id);
    w.uv(p);
    w.uv(del);
    w.uv(ins);
    for (let i = 0; i < ins; i++) {
      if (named) w.uv(nl[p + i]!);
      w.sv(ids[i]! - r.id);
    }
    // the model's arrays are the Rec's own: update them in place from the first difference
    if (ot === EMPTY_TARGETS) r.targets = nt.slice(0, n);
    else {
      for (let i = p; i < n; i++) ot[i] = nt[i]!;
      if (ot.length !== n) ot.length = n;
    }
    if (!named || n === 0) r.labels = EMPTY_LABELS;
    else if (ol === EMPTY_LABELS) r.labels = nl.slice(0, n);
    else {
      for (let i = p; i < n; i++) ol[i] = nl[i]!;
      if (ol.length !== n) ol.length = n;
    }
    if (!sameLayout) this.checkPlain(r);
  }

  private replaceRefs(r: Rec, mode: EdgeMode, nl: number[], nt: PyObject[], n: number): void {
    for (const t of r.targets) {
      const x = this.rec(t);
      if (x !== undefined) {
        this.candRec(x);
        this.addLaterRec(x);
      }
    }
    r.mode = mode;
    if (r.x !== null) r.x.kmap = null;
    r.targets = n > 0 ? nt.slice(0, n) : EMPTY_TARGETS;
    r.labels = mode === EdgeMode.NAMED && n > 0 ? nl.slice(0, n) : EMPTY_LABELS;
    this.checkPlain(r);
    const ids = this.resolveTargets(r.targets);
    this.changedRec(r);
    this.w.u8(R_REFS);
    this.w.uv(r.id);
    this.writeRefs(r, ids);
  }

  /** Brings the model's frame stack in line with the VM's and records the differences. */
  /** Frames on the model's stack entered from native code (the module's own frame is one). */
  private entryFrames = 0;
  private readonly aboveBuf: Frame[] = [];
  private readonly checkBuf: number[] = [];
  private nCheck = 0;

  private released(v: PyObject | null | undefined, later: RecBag): void {
    if (!v || v.ob_refcnt >= IMMORTAL_HALF) return;
    const r = this.rec(v);
    if (r !== undefined) this.releasedRec(r, later);
  }

  private releasedRec(r: Rec, later: RecBag): void {
    if (r.rc === 0 || r.ext || r.obj === POOLED) return;
    this.candRec(r);
    later.add(r);
    this.addLaterRec(r);
  }

  private want(i: number): void {
    const fr = this.shadow[i]!;
    if (fr.checked !== this.epoch) {
      fr.checked = this.epoch;
      this.checkBuf[this.nCheck++] = i;
    }
  }
  /** Depths of the frames with a namespace (module and class bodies), in order. */
  private readonly nsFrames: number[] = [];
  /** Frames that ran an instruction since the last step (with touchedAt). */
  private readonly touchedList: Frame[] = [];
  private touchedCount = 0;
  private readonly createdBuf: Rec[] = [];
  /** Records of popped frames, reused by later pushes (the first `framePoolN`). */
  private readonly framePool: FrameRec[] = [];
  private framePoolN = 0;

  /**
   * A pooled frame record, preferably one with `nslots` slots (its slots array then serves
   * as it is: calls alternate between a few functions, whose frames differ in size).
   */
  private pooledFrame(nslots: number): FrameRec | undefined {
    const pool = this.framePool;
    const n = this.framePoolN;
    if (n === 0) return undefined;
    let k = n - 1;
    for (let i = n - 1; i >= 0 && i >= n - 8; i--) {
      if (pool[i]!.slots.length === nslots) {
        k = i;
        break;
      }
    }
    const fr = pool[k]!;
    pool[k] = pool[n - 1]!;
    this.framePoolN = n - 1;
    return fr;
  }
  /**
   * Cleared slot arrays of pooled frame records, by length (the first slotArraysN[n] of
   * slotArrays[n]): a record reused for a frame of another size takes one of that size and
   * leaves its own. (Calls alternate between a few functions of different sizes, and the pool
   * holds only the records of the frames popped since the last step: a record of the right
   * size is often not there.)
   */
  private readonly slotArrays: (PyObject | null)[][][] = [];
  private readonly slotArraysN: number[] = [];

  private swapSlots(old: (PyObject | null)[], n: number): (PyObject | null)[] {
    const m = old.length;
    if (m < 64) {
      let list = this.slotArrays[m];
      if (list === undefined) {
        for (let i = this.slotArrays.length; i < m; i++) {
          this.slotArrays[i] = undefined as unknown as (PyObject | null)[][];
          this.slotArraysN[i] = 0;
        }
        list = this.slotArrays[m] = [];
        this.slotArraysN[m] = 0;
      }
      const k = this.slotArraysN[m]!;
      if (k < 16) {
        list[k] = old;
        this.slotArraysN[m] = k + 1;
      }
    }
    if (n < this.slotArrays.length) {
      const k = this.slotArraysN[n]!;
      if (k > 0) {
        const list = this.slotArrays[n]!;
        const a = list[k - 1]!;
        list[k - 1] = null as unknown as (PyObject | null)[];
        this.slotArraysN[n] = k - 1;
        return a;
      }
    }
    return new Array<PyObject | null>(n).fill(null);
  }

  /** Copies the frame's extraRefs into its record (the VM releases them before the pop is seen). */
  private copyExtra(fr: FrameRec, refs: PyObject[] | null): void {
    if (refs === null) return;
    const extra = fr.extra;
    for (let i = 0; i < refs.length; i++) extra[i] = refs[i]!;
    fr.nExtra = refs.length;
  }

  /** Frames pushed so far (FPUSH records): the next frame's uid. */
  private framePushes = 0;

  /** Returns true if a frame entered from native code was pushed. */
  private recordFrames(top: Frame, topLine: number): boolean {
    let entered = false;
    const root = this.pendingRcRoot;
    if (root.size > 0) {
      for (let i = 0; i < root.size; i++) this.candRec(root.items[i]!);
      root.clear();
    }
    const w = this.w;
    const shadow = this.shadow;
    // Walk down from the top to the first frame the model has at the same place that has not
    // been (re)entered since the last step: everything below it is unchanged.
    const above = this.aboveBuf;
    let nAbove = 0;
    let anchor = -1;
    const cur = tstate.frame;
    const last = shadow.length - 1;
    if (cur !== null && last >= 0 && shadow[last]!.frame === cur && cur.traceActivated !== this.epoch) {
      anchor = last; // the same frame as at the last step: nothing pushed or popped
    } else
      for (let f: Frame | null = cur; f !== null; f = f.back) {
        const idx = f.traceIndex;
        if (idx >= 0 && shadow[idx]?.frame === f && f.traceActivated !== this.epoch) {
          anchor = idx;
          break;
        }
        above[nAbove++] = f;
      }
    if (
      anchor === last &&
      cur === top &&
      this.touchedCount === 1 &&
      this.touchedList[0] === top &&
      !this.verifyAll
    ) {
      // The commonest step: only the top frame ran since the last one and nothing was pushed or
      // popped. What the general walk below would compare, in its order: the top frame, then
      // the namespaces below it that changed.
      this.checkFrame(last, last, top, topLine);
      const ns = this.nsFrames;
      for (let t = 0; t < ns.length; t++) {
        const i = ns[t]!;
        const fr = shadow[i]!;
        if (i !== last && (fr.ns!.ma_version_tag !== fr.nsVer || fr.frame.frameObj !== fr.frameObj))
          this.checkFrame(i, last, top, topLine);
      }
      return false;
    }
    const pop = shadow.length - (anchor + 1);
    if (pop > 0) {
      w.u8(R_FPOP);
      w.uv(pop);
      // A popped frame releases its references during the caller's instruction, possibly after
      // this step (a __del__ it triggers runs first): look again when the caller moves on.
      const later = anchor >= 0 ? shadow[anchor]!.pendingRc : this.pendingRcRoot;
      for (let i = anchor + 1; i < shadow.length; i++) {
        const fr = shadow[i]!;
        if (fr.frame.traceIndex === i) fr.frame.traceIndex = -1;
        this.released(fr.func, later);
        this.released(fr.codeObj, later);
        const slots = fr.slots;
        const slotRecs = fr.slotRecs;
        for (let j = 0; j < slots.length; j++) {
          const sr = slotRecs[j];
          if (sr !== null && sr !== undefined) this.releasedRec(sr, later);
        }
        const stack = fr.stack;
        for (let j = 0; j < fr.stackLen; j++) this.released(stack[j], later);
        const pending = fr.pendingRc;
        for (let j = 0; j < pending.size; j++) this.releasedRec(pending.items[j]!, later);
        const extra = fr.extra;
        for (let j = 0; j < fr.nExtra; j++) this.released(extra[j], later);
        if (fr.nsNames) for (const v of fr.nsNames.values()) this.released(v, later);
        this.released(fr.locals, later);
        if (fr.entry && fr.codeObj !== this.mainCode) this.entryFrames--;
        const fo = fr.frameObj ?? fr.frame.frameObj;
        if (fo !== null) {
          this.dirty.add(fo);
          this.released(fo, later);
        }
        // the record is reused for a later push (its arrays too: they hold no references then)
        if (this.framePoolN < 256) {
          for (let j = 0; j < slots.length; j++) {
            slots[j] = null;
            slotRecs[j] = null;
          }
          for (let j = 0; j < fr.stackLen; j++) stack[j] = null;
          fr.stackLen = 0;
          for (let j = 0; j < fr.nExtra; j++) extra[j] = null;
          fr.nExtra = 0;
          pending.clear();
          this.framePool[this.framePoolN++] = fr;
        }
      }
      shadow.length = anchor + 1;
    }
    // Frames below the anchor that ran since the last step, the anchor (frames above it may have
    // returned into it in the middle of an instruction), and namespaces (module and class
    // bodies, changed by any code): compare their slots and stacks. Others cannot have changed.
    const check = this.checkBuf;
    this.nCheck = 0;
    if (this.verifyAll) {
      for (let i = 0; i <= anchor; i++) this.want(i);
    } else {
      const touched = this.touchedList;
      const nTouched = this.touchedCount;
      for (let t = 0; t < nTouched; t++) {
        const f = touched[t]!;
        const i = f === top && anchor >= 0 && shadow[anchor]!.frame === f ? anchor : f.traceIndex;
        if (i >= 0 && i <= anchor && shadow[i]!.frame === f) this.want(i);
      }
      if (anchor >= 0) this.want(anchor);
      // (one whose namespace has the version last seen and whose frame object is the same needs
      // nothing unless it ran: see below)
      const ns = this.nsFrames;
      for (let t = 0; t < ns.length; t++) {
        const i = ns[t]!;
        const fr = shadow[i]!;
        if (i <= anchor && (fr.ns!.ma_version_tag !== fr.nsVer || fr.frame.frameObj !== fr.frameObj))
          this.want(i);
      }
    }
    const nCheck = this.nCheck;
    for (let c = 0; c < nCheck; c++) this.checkFrame(check[c]!, anchor, top, topLine);
    while (this.nsFrames.length > 0 && this.nsFrames[this.nsFrames.length - 1]! > anchor) this.nsFrames.pop();
    for (let k = nAbove - 1; k >= 0; k--) {
      const f = above[k]!;
      above[k] = null as unknown as Frame;
      const info = this.codeInfo(f.code);
      const depth = shadow.length;
      const line = f === top ? topLine : lineOf(f);
      const pooled = this.pooledFrame(info.nlocalsplus);
      let fr: FrameRec;
      if (pooled !== undefined) {
        fr = pooled;
        fr.frame = f;
        fr.checked = 0;
        fr.uid = this.framePushes++;
        fr.entry = f.isEntry;
        fr.frameObj = f.frameObj;
        fr.func = f.func;
        fr.codeObj = f.code;
        fr.locals = f.locals;
        fr.code = info;
        fr.line = line;
        // cleared when pooled; only the length may differ
        if (fr.slots.length !== info.nlocalsplus) fr.slots = this.swapSlots(fr.slots, info.nlocalsplus);
        // (cleared when pooled as far as it was used: longer than the slots is fine)
        for (let j = fr.slotRecs.length; j < info.nlocalsplus; j++) fr.slotRecs.push(null);
        this.copyExtra(fr, f.extraRefs);
        fr.ns = null;
        fr.nsVer = -1;
        fr.nsNames = null;
      } else {
        fr = {
          frame: f,
          checked: 0,
          uid: this.framePushes++,
          entry: f.isEntry,
          frameObj: f.frameObj,
          func: f.func,
          codeObj: f.code,
          locals: f.locals,
          code: info,
          line,
          slots: new Array<PyObject | null>(info.nlocalsplus).fill(null),
          slotRecs: new Array<Rec | null>(info.nlocalsplus).fill(null),
          stack: [],
          stackLen: 0,
          extra: [],
          nExtra: 0,
          pendingRc: new RecBag(),
          ns: null,
          nsVer: -1,
          nsNames: null,
        };
        this.copyExtra(fr, f.extraRefs);
      }
      const locals = f.locals;
      if (locals instanceof PyDict) {
        fr.ns = locals;
        fr.nsNames = new Map();
        this.nsFrames.push(depth);
      }
      shadow.push(fr);
      f.traceIndex = depth;
      if (fr.entry) {
        this.entryFrames++;
        entered = true;
      }
      if (f.code === this.mainCode && fr.entry) this.entryFrames--;
      if (f.gen !== null) this.dirty.add(f.gen);
      if (f.frameObj !== null) {
        this.dirty.add(f.frameObj);
        this.rcCand.add(f.frameObj);
      }
      this.rcCand.add(f.func);
      this.rcCand.add(f.code);
      if (f.locals !== null) this.rcCand.add(f.locals);
      w.u8(R_FPUSH);
      w.uv(info.index);
      w.uv(line);
      this.compareFrame(fr, depth, line);
    }
    if (this.mainCode !== null && (pop > 0 || nAbove > 0)) {
      this.mainDepth = shadow.length > 0 && shadow[0]!.frame.code === this.mainCode ? 0 : -1;
    }
    return entered;
  }

  /**
   * Compares the model's frame at depth `i` (one that ran since the last step, the anchor, or
   * a namespace that changed) with the VM's.
   */
  private checkFrame(i: number, anchor: number, top: Frame, topLine: number): void {
    const fr = this.shadow[i]!;
    const frame = fr.frame;
    const executed = frame.traceTouched === this.epoch;
    const fo = frame.frameObj;
    if (fo !== fr.frameObj) {
      if (fr.frameObj !== null) this.rcCand.add(fr.frameObj);
      if (fo !== null) this.rcCand.add(fo);
    }
    if (fo !== null) {
      fr.frameObj = fo;
      if (executed) this.dirty.add(fo);
    }
    // A running generator's references are its frame's slots and stack.
    const gen = frame.gen;
    if (gen !== null && executed) this.dirty.add(gen);
    if (executed || i === anchor || this.verifyAll) {
      // (a frame that ran no instruction is still on the line it was on)
      this.compareFrame(fr, i, frame === top ? topLine : executed ? lineOf(frame) : fr.line, executed);
      if (frame !== top) this.heldByInstruction(fr);
    } else if (fr.ns !== null) {
      // a namespace is changed by any code; the frame's slots and stack only by its own
      this.compareNamespace(fr, i);
    }
  }

  /**
   * `executed`: the frame ran an instruction since the last step, so whatever its previous
   * instruction was releasing has been released.
   */
  private compareFrame(fr: FrameRec, depth: number, line: number, executed = true): void {
    const w = this.w;
    const pending = fr.pendingRc;
    if (executed && pending.size > 0) {
      for (let i = 0; i < pending.size; i++) this.candRec(pending.items[i]!);
      pending.clear();
    }
    if (line !== fr.line) {
      fr.line = line;
      w.u8(R_FLINE);
      w.uv(depth);
      w.uv(line);
    }
    const fast = fr.frame.fast;
    const slots = fr.slots;
    const slotRecs = fr.slotRecs;
    for (let i = 0; i < slots.length; i++) {
      const v = fast[i] ?? null;
      const old = slots[i]!;
      if (v !== old) {
        slots[i] = v;
        const oldRec = slotRecs[i]!;
        let id = 0;
        if (v !== null) {
          const vr = this.recOf(v);
          id = vr.id + 1;
          this.candRec(vr);
          slotRecs[i] = vr;
        } else slotRecs[i] = null;
        w.u8(R_SLOT);
        w.uv(depth);
        w.uv(i);
        w.uv(id);
        if (oldRec !== null) this.candRec(oldRec);
      }
    }
    // The value stack: not shown, but its references are part of reference counts.
    const stack = fr.stack;
    const base = slots.length;
    const sp = fr.frame.sp;
    const depthNow = sp > base ? sp - base : 0;
    const depthThen = fr.stackLen;
    if (depthNow !== depthThen || depthNow > 0) {
      let same = depthNow === depthThen;
      for (let i = 0; same && i < depthNow; i++) same = fast[base + i] === stack[i];
      if (!same) {
        for (let i = 0; i < depthThen; i++) {
          const v = stack[i];
          if (v === null || v === undefined) continue;
          this.rcCand.add(v);
          // In the middle of an instruction a stack entry may be gone before its reference is
          // released: look again once the frame runs its next instruction.
          if (!executed) {
            const r = this.rec(v);
            if (r !== undefined) pending.add(r);
          }
        }
        // (written in place; entries past the new depth are cleared: they must not keep
        // objects alive)
        for (let i = 0; i < depthNow; i++) {
          const v = fast[base + i] ?? null;
          stack[i] = v;
          if (v !== null) this.rcCand.add(v);
        }
        for (let i = depthNow; i < depthThen; i++) stack[i] = null;
        fr.stackLen = depthNow;
      }
    }
    if (fr.ns !== null) this.compareNamespace(fr, depth);
  }

  /**
   * A frame below the top is in the middle of an instruction (a comparison, a call...) whose
   * operands native code may still hold above the stack pointer the frame last saved; they are
   * released when the instruction ends, after this step: look at them again then.
   */
  private heldByInstruction(fr: FrameRec): void {
    const frame = fr.frame;
    const fast = frame.fast;
    const end = Math.min(fast.length, fr.slots.length + frame.code.co_stacksize);
    for (let i = Math.max(frame.sp, fr.slots.length); i < end; i++) {
      const v = fast[i];
      if (v === null || v === undefined) continue;
      const r = this.rec(v);
      if (r !== undefined) fr.pendingRc.add(r);
    }
  }

  /** A module or class body's namespace (its frame's `ns`) against the model. */
  private compareNamespace(fr: FrameRec, depth: number): void {
    const w = this.w;
    const ns = fr.ns!;
    if (ns.ma_version_tag !== fr.nsVer) {
      fr.nsVer = ns.ma_version_tag;
      const names = fr.nsNames!;
      const seen = new Set<number>();
      const k = ns.ma_keys;
      for (let i = 0; i < k.nentries; i++) {
        const v = k.ev[i];
        const key = k.ek[i];
        if (!v || !(key instanceof PyStr)) continue;
        const name = this.strings.intern(key.value);
        seen.add(name);
        const old = names.get(name);
        if (old !== v) {
          names.set(name, v);
          const id = this.idOf(v);
          w.u8(R_NSLOT);
          w.uv(depth);
          w.uv(name);
          w.uv(id + 1);
          if (old) this.rcCand.add(old);
          this.rcCand.add(v);
        }
      }
      if (seen.size !== names.size) {
        for (const [name, old] of names) {
          if (seen.has(name)) continue;
          names.delete(name);
          w.u8(R_NSLOT);
          w.uv(depth);
          w.uv(name);
          w.uv(0);
          this.rcCand.add(old);
        }
      }
    }
  }

  /** Exceptions being handled are referenced by the thread's exception stack. */
  private compareExcState(): void {
    const shadow = this.excShadow;
    let i = 0;
    let same = true;
    for (let item: ExcStackItem | null = tstate.excInfo; item !== null; item = item.previous) {
      const v = item.exc_value;
      if (v === null) continue;
      if (i >= shadow.length || shadow[i] !== v) same = false;
      i++;
    }
    if (same && i === shadow.length) return;
    for (const v of shadow) this.rcCand.add(v);
    shadow.length = 0;
    for (let item: ExcStackItem | null = tstate.excInfo; item !== null; item = item.previous) {
      const v = item.exc_value;
      if (v === null) continue;
      shadow.push(v);
      this.rcCand.add(v);
    }
  }

  private recordRefcounts(): void {
    const recs = this.rcRecs;
    const nRecs = this.rcRecCount;
    for (let i = 0; i < nRecs; i++) {
      const r = recs[i]!;
      // (a record freed since is pooled: its object is gone)
      if (r.obj !== POOLED) this.recordRefcount(r);
    }
    this.rcRecCount = 0;
    if (nRecs > 4096) this.rcRecs = [];
    const cand = this.rcCand;
    const gen = this.rcGen++;
    if (cand.size === 0) return;
    for (let i = 0; i < cand.size; i++) {
      const o = cand.items[i]!;
      const r = this.rec(o);
      if (r !== undefined && !r.ext && r.rcSeen !== gen) {
        r.rcSeen = gen;
        this.recordRefcount(r);
      }
    }
    cand.clear();
  }

  private recordRefcount(r: Rec): void {
    const rc = rcOf(r.obj);
    if (rc !== r.rc) {
      if (this.rcEvents !== null && rc > 0 && r.rc > 0)
        this.rcEvents({ kind: "refcount", step: this.curStep, id: r.id, old: r.rc - 1, new: rc - 1 });
      r.rc = rc;
      this.changedRec(r);
      const w = this.w;
      w.u8(R_RC);
      w.uv(r.id);
      w.uv(rc);
    }
  }

  private recordMemory(): void {
    const a = heap.allocator;
    const bytes = a.programBytesInUse() - this.baselineBytes + a.baselineFreedBytes;
    const blocks = a.programBlocksInUse() - this.baselineBlocks + a.baselineFreedBlocks;
    if (bytes !== this.lastAllocBytes || blocks !== this.lastAllocBlocks) {
      const w = this.w;
      w.u8(R_MEM);
      w.sv(bytes - this.lastAllocBytes);
      w.sv(blocks - this.lastAllocBlocks);
      this.lastAllocBytes = bytes;
      this.lastAllocBlocks = blocks;
    }
  }

  /**
   * Captures every live object again (and every frame) and records whatever differs from the
   * model: the repair that bounds the effect of a change the rules missed. Returns the count.
   */
  private sweep(note: boolean): number {
    let fixed = 0;
    const recs = this.recs();
    // One pass over the records (they are most of what a checkpoint reads from memory, and
    // with a large heap none is still in the cache at a second pass): each is compared, then
    // its count is. (A comparison changes no count, and the counts found different are
    // recorded after the pass: the same repairs as two passes make.)
    for (let i = 0; i < recs.length; i++) {
      const r = recs[i]!;
      if (r.ext) continue;
      // (an int, float or str never changes but for its count)
      if (!r.atom) {
        // (versions say what changed; a repair looks at everything)
        if (r.obj instanceof PyDict || r.inline !== null) r.ver = -1;
        const before = note ? this.describeRefs(r) : "";
        if (this.recapture(r)) {
          fixed++;
          if (note && this.repairNotes.length < 20) {
            this.repairNotes.push(
              `step ${this.steps - 1}: ${r.obj.ob_type.tp_name} #${r.id} (rc ${r.obj.ob_refcnt}) changed unseen: ${before} => ${this.describeRefs(r)}`,
            );
          }
        }
      }
      if (rcOf(r.obj) !== r.rc) {
        fixed++;
        if (note && this.repairNotes.length < 20) {
          this.repairNotes.push(
            `step ${this.steps - 1}: refcount of ${r.obj.ob_type.tp_name} #${r.id}${r.obj instanceof PyStr ? ` ${JSON.stringify(r.obj.value.slice(0, 40))}` : ""} changed unseen (${r.rc} -> ${rcOf(r.obj)})`,
          );
        }
        this.rcCand.add(r.obj);
      }
    }
    this.recordRefcounts();
    const shadow = this.shadow;
    const len = this.w.length;
    for (let i = 0; i < shadow.length; i++) {
      const fr = shadow[i]!;
      this.compareFrame(fr, i, fr.line, false);
    }
    if (this.w.length !== len) {
      fixed++;
      if (note && this.repairNotes.length < 20)
        this.repairNotes.push(`step ${this.steps - 1}: frame slots changed unseen`);
    }
    this.recordRefcounts();
    this.repairs += fixed;
    return fixed;
  }

  private describeRefs(r: Rec): string {
    const parts: string[] = [];
    for (let i = 0; i < r.targets.length && i < 8; i++) {
      const label = r.mode === EdgeMode.NAMED ? this.strings.get(r.labels[i]!) : String(i);
      parts.push(`${label}:${r.targets[i]!.ob_type.tp_name}`);
    }
    return `[${parts.join(" ")}${r.targets.length > 8 ? " ..." : ""}] size=${r.size}`;
  }

  // ----------------------------------------------------------------------------------------
  // checkpoints

  private emptyCheckpoint(): Checkpoint {
    return {
      step: -1,
      nextId: 0,
      prevNewId: -1,
      lastAddr: 0,
      allocBytes: 0,
      allocBlocks: 0,
      ids: new Int32Array(0),
      ext: new Uint8Array(0),
      types: new Int32Array(0),
      addrs: new Float64Array(0),
      sizes: new Float64Array(0),
      rcs: new Float64Array(0),
      sk: new Uint8Array(0),
      sn: new Float64Array(0),
      st: new Int32Array(0),
      modes: new Uint8Array(0),
      sites: new Int32Array(0),
      refStart: new Uint32Array(1),
      refLabels: new Int32Array(0),
      refTargets: new Int32Array(0),
      frames: [],
      framePushes: 0,
      bytes: 0,
      base: null,
      freed: null,
    };
  }

  /** Repairs the model against the program, then saves the state after the current step. */
  private checkpoint(): void {
    if (!this.verifyAll) this.sweep(false);
    const cp = this.saveState(this.recs(), null, null);
    this.checkpoints.push(cp);
    this.lastCheckpointOffset = this.w.length;
    this.lastAnyCheckpointOffset = this.w.length;
    this.lastFull = cp;
    this.chain = 0;
    this.chainBytes = 0;
    this.newWindow();
    // A checkpoint costs time and memory in proportion to the live objects (each is captured
    // again, then saved): with many of them the next one waits for as many bytes of changes
    // as this one took, so checkpoints stay at most about half of what the recording retains
    // and their cost per step stays the same whatever the heap's size.
    // With delta checkpoints in between (a rebuild then replays at most deltaBytes of changes),
    // full ones wait for twice as many: they stay about a quarter of the recording.
    // (An interval given in the options is kept as it is: tests ask for many checkpoints.)
    if (this.opts.checkpointBytes === undefined)
      this.checkpointDue = Math.max(this.checkpointBytes, cp.bytes * (this.deltaBytes > 0 ? 2 : 1));
    // Changed records are noted only when a delta checkpoint can come before the next full one
    // (a small heap's full checkpoints come first: noting would only fill lists they drop).
    this.deltaOn = this.deltaBytes > 0 && this.deltaBytes < this.checkpointDue;
  }

  /** What changed is now counted from the checkpoint just taken. */
  private newWindow(): void {
    this.cpGen++;
    this.nChanged = 0;
    this.freedSinceCp = [];
    this.cpMaxId = this.nextId - 1;
  }

  /**
   * Saves the objects made or changed since the last checkpoint (and which of its objects were
   * freed since), so that a rebuild between two full checkpoints far apart (a large heap)
   * replays at most about `deltaBytes` of changes: it loads the full checkpoint and the delta
   * checkpoints after it. The model is not repaired first (that looks at every object): the
   * rows are what the records say, as a replay would rebuild them. None is taken, until the next
   * full one, when they are more than a quarter of the full checkpoint or (past 64 KiB) than
   * twice the bytes of changes since the last checkpoint.
   */
  private deltaCheckpoint(): void {
    const window = this.w.length - this.lastAnyCheckpointOffset;
    this.lastAnyCheckpointOffset = this.w.length;
    const full = this.lastFull;
    if (full === null) return;
    const changed = this.changed;
    const nrefs = this.keepLiveChanged();
    const nLive = this.nChanged;
    const freed = this.freedSinceCp;
    const bytes = estimateBytes(nLive, nrefs) + freed.length * 4;
    // A rebuild loads the full checkpoint and the whole chain after it (about 50 ns a row), then
    // replays the changes since the last one (about 16 ns a byte): the chain may hold as much as
    // the full checkpoint, so a rebuild loads at most about twice its rows, and a growing heap
    // keeps taking delta checkpoints meanwhile. (Refusing any delta larger than a quarter of the
    // full checkpoint left a growing heap's rebuilds replaying up to half the full checkpoint's
    // size: 1 MiB, 20 ms, in bench/trace/objects_dicts.py.)
    if (this.chainBytes + bytes > full.bytes || (bytes > 2 * window && bytes > 64 * 1024)) {
      // Much is new or changed (a heap growing, a large container changed at every step, whose
      // every reference a delta checkpoint would hold again): no delta checkpoint until the next
      // full one, which then comes after half its size in changes (a rebuild's replay stays
      // short; a growing heap's full checkpoints are soon outgrown). (What changed only grows meanwhile: looking
      // at it again every deltaBytes would cost the square of the objects made.)
      if (this.opts.checkpointBytes === undefined)
        this.checkpointDue = Math.min(this.checkpointDue, Math.max(this.checkpointBytes, full.bytes / 2));
      this.deltaOn = false;
      this.nChanged = 0;
      this.freedSinceCp = [];
      return;
    }
    // (a rebuild sorts its chain's entries by id and age: at most 4096 delta checkpoints a chain)
    if (++this.chain >= 4000) {
      this.checkpoint();
      return;
    }
    const rows = changed.slice(0, nLive).sort((a, b) => a.id - b.id);
    const f = Int32Array.from(freed).sort();
    const cp = this.saveState(rows, this.checkpoints[this.checkpoints.length - 1]!, f);
    this.checkpoints.push(cp);
    this.chainBytes += cp.bytes;
    this.newWindow();
  }

  /**
   * Keeps, of the records changed since the last checkpoint, those whose objects are still
   * alive (what was made and freed since needs no row), in place; returns their references'
   * count. (A function of its own: as part of deltaCheckpoint, called a few dozen times a run,
   * the loop was compiled on stack and the code after it deoptimized at nearly every call.)
   */
  private keepLiveChanged(): number {
    const changed = this.changed;
    const ids = this.changedIds;
    const n = this.nChanged;
    let nLive = 0;
    let nrefs = 0;
    for (let i = 0; i < n; i++) {
      const r = changed[i]!;
      // (a freed record is pooled, maybe reused for another object: its id then differs)
      if (r.obj !== POOLED && r.id === ids[i]) {
        changed[nLive] = r;
        ids[nLive++] = r.id;
        nrefs += r.targets.length;
      }
    }
    this.nChanged = nLive;
    return nrefs;
  }

  /** saveState's scratch arrays for the references of a checkpoint (kept: grown to the largest). */
  private cpLabels = new Int32Array(1024);
  private cpTargets = new Int32Array(1024);

  /** A checkpoint of `recs` (sorted by id) and the frames, after the current step. */
  private saveState(recs: readonly Rec[], base: Checkpoint | null, freed: Int32Array | null): Checkpoint {
    const n = recs.length;
    const cp: Checkpoint = {
      step: this.steps - 1,
      nextId: this.nextId,
      prevNewId: this.prevNewId,
      lastAddr: this.lastAddr,
      allocBytes: this.lastAllocBytes,
      allocBlocks: this.lastAllocBlocks,
      ids: new Int32Array(n),
      ext: new Uint8Array(n),
      types: new Int32Array(n),
      addrs: new Float64Array(n),
      sizes: new Float64Array(n),
      rcs: new Float64Array(n),
      sk: new Uint8Array(n),
      sn: new Float64Array(n),
      st: new Int32Array(n),
      modes: new Uint8Array(n),
      sites: new Int32Array(n),
      refStart: new Uint32Array(n + 1),
      refLabels: EMPTY_IDS,
      refTargets: EMPTY_IDS,
      frames: [],
      framePushes: this.framePushes,
      bytes: 0,
      base,
      freed,
    };
    // (the arrays in locals: one row is a dozen stores, for every live object at a full checkpoint)
    const { ids, ext, types, addrs, sizes, rcs, sk, sn, st, modes, sites, refStart } = cp;
    // The references go to scratch arrays first, copied out at the end: counting them first was
    // a pass of its own over every record, which with a large heap reads each from memory again.
    let refLabels = this.cpLabels;
    let refTargets = this.cpTargets;
    const map = this.map;
    let k = 0;
    for (let i = 0; i < n; i++) {
      const r = recs[i]!;
      ids[i] = r.id;
      ext[i] = r.ext ? 1 : 0;
      types[i] = r.type;
      addrs[i] = realAddress(r.block);
      sizes[i] = r.size;
      rcs[i] = r.rc;
      sk[i] = r.sk;
      sn[i] = r.sn;
      st[i] = r.st;
      modes[i] = r.mode;
      sites[i] = r.site;
      refStart[i] = k;
      const targets = r.targets;
      const nt = targets.length;
      if (nt === 0) continue;
      if (k + nt > refTargets.length) {
        let size = Math.max(1024, refTargets.length * 2);
        while (size < k + nt) size *= 2;
        const t = new Int32Array(size);
        t.set(refTargets.subarray(0, k));
        const l = new Int32Array(size);
        l.set(refLabels.subarray(0, k));
        refTargets = this.cpTargets = t;
        refLabels = this.cpLabels = l;
      }
      if (r.mode === EdgeMode.NAMED) {
        const labels = r.labels;
        for (let j = 0; j < nt; j++) {
          const t = map.get(targets[j]!);
          refTargets[k] = t === undefined ? -1 : t.id;
          refLabels[k++] = labels[j]!;
        }
      } else {
        for (let j = 0; j < nt; j++) {
          const t = map.get(targets[j]!);
          refTargets[k] = t === undefined ? -1 : t.id;
          refLabels[k++] = -1;
        }
      }
    }
    refStart[n] = k;
    cp.refLabels = refLabels.slice(0, k);
    cp.refTargets = refTargets.slice(0, k);
    const nrefs = k;
    for (const fr of this.shadow) {
      const slots = new Int32Array(fr.slots.length);
      for (let i = 0; i < slots.length; i++) {
        const v = fr.slots[i];
        slots[i] = v ? (this.map.get(v)?.id ?? -1) : -1;
      }
      let ns: Int32Array | null = null;
      if (fr.nsNames !== null) {
        ns = new Int32Array(fr.nsNames.size * 2);
        let j = 0;
        for (const [name, v] of fr.nsNames) {
          ns[j++] = name;
          ns[j++] = this.map.get(v)?.id ?? -1;
        }
      }
      cp.frames.push({ code: fr.code.index, uid: fr.uid, line: fr.line, slots, ns });
    }
    let bytes = estimateBytes(n, nrefs) + (freed === null ? 0 : freed.byteLength);
    for (const f of cp.frames) bytes += 64 + f.slots.byteLength + (f.ns?.byteLength ?? 0);
    cp.bytes = bytes;
    return cp;
  }

  /** Bytes the recorded trace retains (what grows with the number of steps). */
  retainedBytes(): number {
    let cps = 0;
    for (const c of this.checkpoints) cps += c.bytes;
    let out = 0;
    for (const c of this.output) out += 32 + 2 * c.text.length;
    return (
      this.w.length +
      this.offsets.byteLength +
      cps +
      this.strings.bytes +
      out +
      this.gcs.length * 200 +
      this.sites.length * 64
    );
  }

  /** Breakdown of retainedBytes(). */
  memoryUsage(): {
    deltas: number;
    stepIndex: number;
    checkpoints: number;
    strings: number;
    other: number;
    total: number;
  } {
    let cps = 0;
    for (const c of this.checkpoints) cps += c.bytes;
    const total = this.retainedBytes();
    return {
      deltas: this.w.length,
      stepIndex: this.offsets.byteLength,
      checkpoints: cps,
      strings: this.strings.bytes,
      other: total - this.w.length - this.offsets.byteLength - cps - this.strings.bytes,
      total,
    };
  }

  /** Every record of the model, in id order (the order in which objects were first seen). */
  private recs(): Rec[] {
    // (in the order added, which is id order: records are made with the next id)
    return this.map.values();
  }

  /** Sites of live objects (for reports at the end): id -> site, from the model. */
  liveSites(): Map<number, number> {
    const m = new Map<number, number>();
    for (const r of this.recs()) if (!r.ext) m.set(r.id, r.site);
    return m;
  }
}

let epochs = 0;
function nextEpoch(): number {
  return ++epochs;
}

/**
 * Iterators of a list, tuple, range or str, stepped by FOR_ITER: they run no Python code and
 * change (drop their sequence) only when exhausted.
 */
function isSequenceIterator(t: PyType): boolean {
  return (
    t === PyListIter_Type ||
    t === PyTupleIter_Type ||
    t === PyRangeIter_Type ||
    t === PyStrAsciiIter_Type ||
    t === PyStrIter_Type
  );
}

/** An exact float, int, str, tuple or list. */
function isCommonExact(t: PyType): boolean {
  return (
    t === PyFloat_Type || t === PyInt_Type || t === PyStr_Type || t === PyTuple_Type || t === PyList_Type
  );
}

/** A JS number whose summary is an INT (setSummary writes larger ones as text). */
function isSmallNumber(v: number | bigint): boolean {
  return typeof v === "number" && Math.abs(v) < 2 ** 51;
}

function rcOf(o: PyObject): number {
  const n = o.ob_refcnt;
  return n >= IMMORTAL_REFCNT / 2 ? 0 : n + 1;
}

/** True if the host stack has room for recording a step (about 400 nested calls). */
function stackHeadroom(): boolean {
  try {
    return probe(400) > 0;
  } catch {
    return false;
  }
}

function probe(n: number): number {
  return n === 0 ? 1 : probe(n - 1) + 0;
}

/** A frame's current line: that of the last instruction traced in it. */
function lineOf(f: Frame): number {
  const pc = f.traceLast;
  const line = pc >= 0 ? f.code.lineOf(pc) : -1;
  return line > 0 ? line : f.code.co_firstlineno;
}

/** Objects whose type name says they iterate (list_iterator, zip, enumerate, map...). */
function isIteratorLike(o: PyObject): boolean {
  // (asked for every owner an instruction marks: the last two names' answers are kept; a name
  // is compared by identity first, as the same type gives the same string)
  const n = o.ob_type.tp_name;
  if (n === iterName1) return iterLike1;
  if (n === iterName2) return iterLike2;
  const like =
    n.endsWith("iterator") ||
    n === "zip" ||
    n === "enumerate" ||
    n === "map" ||
    n === "filter" ||
    n === "reversed";
  iterName2 = iterName1;
  iterLike2 = iterLike1;
  iterName1 = n;
  iterLike1 = like;
  return like;
}
let iterName1 = "";
let iterLike1 = false;
let iterName2 = "";
let iterLike2 = false;

/**
 * A key whose hash and equality with keys like it run no Python code: an exact str, int, float,
 * bool or None, or a tuple of such (`depth` levels of tuples).
 */
function isPlainKey(x: PyObject, depth: number): boolean {
  const t = x.ob_type;
  if (t === PyStr_Type || t === PyInt_Type || t === PyFloat_Type || t === PyBool_Type || x === Py_None)
    return true;
  if (t !== PyTuple_Type || depth === 0) return false;
  const items = (x as PyTuple).items;
  for (let i = 0; i < items.length; i++) if (!isPlainKey(items[i]!, depth - 1)) return false;
  return true;
}

/** Containers builtins fill in place (the result of list(), sorted(), dict(), set()...). */
function isNativelyFilled(o: PyObject): boolean {
  return o instanceof PyList || o instanceof PyDict || o instanceof PySet;
}

function isPythonCallable(o: PyObject): boolean {
  if (o instanceof PyFunction || o instanceof PyType) return true;
  if (o instanceof PyMethod) return o.im_func instanceof PyFunction;
  return false;
}

/**
 * The reference cycles among objects a collection freed, each described by its shape: the type
 * names around the cycle starting from the first object of a class the program defined (or the
 * first object found), e.g. "Node -> dict -> Node".
 */
export function cycleShapes(
  found: readonly { obj: PyObject; type: string; targets: readonly PyObject[] }[],
): string[] {
  const index = new Map<PyObject, number>();
  found.forEach((f, i) => {
    index.set(f.obj, i);
  });
  const n = found.length;
  const adj: number[][] = found.map((f) => {
    const out: number[] = [];
    for (const t of f.targets) {
      const j = index.get(t);
      if (j !== undefined) out.push(j);
    }
    return out;
  });
  // Tarjan's strongly connected components (iterative).
  const idx = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const comps: number[][] = [];
  let counter = 0;
  for (let s = 0; s < n; s++) {
    if (idx[s] !== -1) continue;
    const work: [number, number][] = [[s, 0]];
    idx[s] = low[s] = counter++;
    stack.push(s);
    onStack[s] = 1;
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const [v, i] = top;
      const edges = adj[v]!;
      if (i < edges.length) {
        top[1]++;
        const u = edges[i]!;
        if (idx[u] === -1) {
          idx[u] = low[u] = counter++;
          stack.push(u);
          onStack[u] = 1;
          work.push([u, 0]);
        } else if (onStack[u]) {
          low[v] = Math.min(low[v]!, idx[u]!);
        }
      } else {
        work.pop();
        if (work.length > 0) {
          const p = work[work.length - 1]![0];
          low[p] = Math.min(low[p]!, low[v]!);
        }
        if (low[v] === idx[v]) {
          const comp: number[] = [];
          let u: number;
          do {
            u = stack.pop()!;
            onStack[u] = 0;
            comp.push(u);
          } while (u !== v);
          if (comp.length > 1 || adj[v]!.includes(v)) comps.push(comp);
        }
      }
    }
  }
  const shapes: string[] = [];
  for (const comp of comps) {
    const inComp = new Set(comp);
    // Start from an instance of a program class if there is one: that is what the user named.
    const builtin = new Set([
      "dict",
      "list",
      "tuple",
      "set",
      "cell",
      "function",
      "method",
      "frame",
      "traceback",
    ]);
    let start = comp[0]!;
    for (const c of comp.slice().sort((a, b) => a - b)) {
      if (!builtin.has(found[c]!.type)) {
        start = c;
        break;
      }
    }
    // Shortest cycle through `start` within the component (BFS).
    const prev = new Map<number, number>();
    const queue = [start];
    let end = -1;
    for (let qi = 0; qi < queue.length && end < 0; qi++) {
      const v = queue[qi]!;
      for (const u of adj[v]!) {
        if (!inComp.has(u)) continue;
        if (u === start) {
          end = v;
          break;
        }
        if (!prev.has(u)) {
          prev.set(u, v);
          queue.push(u);
        }
      }
    }
    const path: number[] = [];
    for (let v = end; v !== start && v >= 0; v = prev.get(v)!) path.push(v);
    path.reverse();
    const names = [start, ...path, start].map((i) => found[i]!.type);
    shapes.push(names.join(" -> "));
  }
  return shapes;
}
