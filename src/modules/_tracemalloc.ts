/**
 * `_tracemalloc` (CPython 3.11's Modules/_tracemalloc.c): traces every block the program's
 * allocator model hands out while tracing is on — its size and the Python frames that asked for
 * it — so that `tracemalloc` (lib/tracemalloc.py) can answer "which lines hold my memory?".
 *
 * Like CPython, which installs its hooks with PyMem_SetAllocator, tracing wraps the run's
 * allocator: `malloc` records a trace keyed by the block address, `free` forgets it. Blocks
 * reused from a free list are not allocations, so they are not traced (as in CPython). A
 * realloc forgets the old block before it records the new one (so the peak never counts both)
 * and a realloc in place updates the trace's size, as tracemalloc_realloc does.
 */
import type { Allocator } from "../memory/allocator.js";
import { heap } from "../memory/heap.js";
import { blockModel } from "../memory/unicode_writer.js";
import { PyBool_FromBool } from "../objects/bool.js";
import { PyExc_TypeError, PyExc_ValueError, raise } from "../objects/exceptions.js";
import { PyInt_FromNumber } from "../objects/int.js";
import { type PyList, PyList_Append, PyList_New } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import { type PyModule, PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { intArg, PyStr_FromString } from "../objects/str.js";
import { PyTuple_New } from "../objects/tuple.js";
import { TypeFlag } from "../objects/type.js";
import { FrameOwner } from "../vm/frame.js";
import { tstate } from "../vm/state.js";
import { importState, registerBuiltinModule } from "./importlib.js";

/** CPython's MAX_NFRAME: frames kept per traceback at most. */
const MAX_NFRAME = 65535;
/** The domain of every block the Python allocators hand out (DEFAULT_DOMAIN). */
const DEFAULT_DOMAIN = 0;

/** Where a block was allocated: frames most recent first, and how many there were in all. */
interface AllocationSite {
  frames: readonly (readonly [filename: string, lineno: number])[];
  totalFrames: number;
}

interface Trace {
  size: number;
  site: AllocationSite;
}

interface TracingState {
  /** The run this state belongs to (its sys.modules dict). */
  run: PyObject | null;
  allocator: Allocator | null;
  tracing: boolean;
  /** Frames kept per traceback (start()'s nframe). */
  limit: number;
  traces: Map<number, Trace>;
  /** Interned allocation sites, so equal tracebacks share one record. */
  sites: Map<string, AllocationSite>;
  current: number;
  peak: number;
  /** Set while this module builds Python objects of its own: they are not the program's. */
  suspended: boolean;
}

const state: TracingState = {
  run: null,
  allocator: null,
  tracing: false,
  limit: 1,
  traces: new Map(),
  sites: new Map(),
  current: 0,
  peak: 0,
  suspended: false,
};

/** The state of the current run: a new run starts untraced with the default limit. */
function tracingState(): TracingState {
  const run = importState.modules;
  if (state.run !== run) {
    if (state.tracing) unhookAllocator();
    state.run = run;
    state.tracing = false;
    blockModel.on = false;
    state.limit = 1;
    clearTraces();
  }
  return state;
}

function clearTraces(): void {
  state.traces = new Map();
  state.sites = new Map();
  state.current = 0;
  state.peak = 0;
}

/** The Python frames running now, most recent first, at most `limit` of them. */
function currentSite(limit: number): AllocationSite {
  const frames: [string, number][] = [];
  let total = 0;
  let key = "";
  for (let f = tstate.frame; f !== null; f = f.back) {
    // An incomplete frame (one that has not reached its first RESUME: making its cells, or the
    // generator it returns) is skipped, as _PyFrame_IsIncomplete frames are.
    if (f.owner !== FrameOwner.GENERATOR && f.pc - 1 < f.code.firstTraceable) continue;
    total++;
    if (frames.length < limit) {
      const filename = f.code.co_filename.value;
      const lineno = f.lineno;
      frames.push([filename, lineno]);
      key += `${lineno}\u0000${filename}\u0000`;
    }
  }
  if (frames.length === 0) {
    // No Python frame (startup, finalization): CPython records "<unknown>", line 0.
    frames.push(["<unknown>", 0]);
    key = "0\u0000<unknown>\u0000";
  }
  key += total;
  let site = state.sites.get(key);
  if (site === undefined) {
    site = { frames, totalFrames: total };
    state.sites.set(key, site);
  }
  return site;
}

function recordAllocation(address: number, size: number): void {
  if (state.suspended || heap.untraced > 0) return;
  const previous = state.traces.get(address);
  if (previous !== undefined) state.current -= previous.size;
  state.traces.set(address, { size, site: currentSite(state.limit) });
  state.current += size;
  if (state.current > state.peak) state.peak = state.current;
}

/**
 * A free list gave the block at `address` to a new object: a traced block's traceback becomes
 * the current one (_PyTraceMalloc_NewReference); its size stays.
 */
function renewTraceback(address: number): void {
  if (state.suspended || heap.untraced > 0) return;
  const trace = state.traces.get(address);
  if (trace !== undefined) trace.site = currentSite(state.limit);
}

function forgetAllocation(address: number): void {
  const trace = state.traces.get(address);
  if (trace === undefined) return;
  state.traces.delete(address);
  state.current -= trace.size;
}

/** Set while a traced realloc moves its block: the inner malloc and free are not traced. */
let inRealloc = false;

/** Installs the tracing hooks on the run's allocator (own properties shadow the class's methods). */
function hookAllocator(): void {
  const allocator = heap.allocator;
  const malloc = allocator.malloc;
  const free = allocator.free;
  const realloc = allocator.realloc;
  allocator.realloc = function tracedRealloc(
    this: Allocator,
    address: number,
    oldSize: number,
    newSize: number,
  ): number {
    if (address === 0) return this.malloc(newSize);
    // the block moves (or not) untraced; then the old trace goes and the new one comes
    let fresh: number;
    inRealloc = true;
    try {
      fresh = realloc.call(this, address, oldSize, newSize);
    } finally {
      inRealloc = false;
    }
    forgetAllocation(address);
    recordAllocation(fresh, newSize);
    return fresh;
  };
  allocator.malloc = function tracedMalloc(this: Allocator, size: number): number {
    const address = malloc.call(this, size);
    if (!inRealloc) recordAllocation(address, size);
    return address;
  };
  allocator.free = function tracedFree(this: Allocator, address: number, size: number): void {
    if (!inRealloc) forgetAllocation(address);
    free.call(this, address, size);
  };
  state.allocator = allocator;
  heap.reused = renewTraceback;
}

function unhookAllocator(): void {
  const allocator = state.allocator;
  if (allocator === null) return;
  delete (allocator as Partial<Pick<Allocator, "malloc" | "free" | "realloc">>).malloc;
  delete (allocator as Partial<Pick<Allocator, "malloc" | "free" | "realloc">>).free;
  delete (allocator as Partial<Pick<Allocator, "malloc" | "free" | "realloc">>).realloc;
  state.allocator = null;
  heap.reused = null;
}

/** The (filename, lineno) tuples of a site, most recent first, as _get_traces gives them. */
function siteFrames(site: AllocationSite): PyObject {
  return PyTuple_New(
    site.frames.map(([filename, lineno]) =>
      PyTuple_New([PyStr_FromString(filename), PyInt_FromNumber(lineno)]),
    ),
  );
}

/** Runs `build` without tracing the objects it makes for the caller. */
function untraced<T>(build: () => T): T {
  const was = state.suspended;
  state.suspended = true;
  try {
    return build();
  } finally {
    state.suspended = was;
  }
}

function none(): PyObject {
  return Py_NewRef(Py_None);
}

const TRACEMALLOC_FUNCTIONS: MethodDef[] = [
  {
    name: "start",
    textSignature: "($module, nframe=1, /)",
    doc: "Start tracing Python memory allocations.\n\nAlso set the maximum number of frames stored in the traceback of a\ntrace to nframe.",
    impl: (_m, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0)
        raise(PyExc_TypeError, "start() takes no keyword arguments");
      const nframe = args.length > 0 ? intArg(args[0]!) : 1;
      if (nframe < 1 || nframe > MAX_NFRAME) {
        raise(PyExc_ValueError, `the number of frames must be in range [1; ${MAX_NFRAME}]`);
      }
      const s = tracingState();
      s.limit = nframe;
      if (!s.tracing) {
        s.tracing = true;
        blockModel.on = true;
        hookAllocator();
      }
      return none();
    },
  },
  {
    name: "stop",
    textSignature: "($module, /)",
    doc: "Stop tracing Python memory allocations.\n\nAlso clear traces of memory blocks allocated by Python.",
    impl: () => {
      const s = tracingState();
      if (s.tracing) {
        s.tracing = false;
        blockModel.on = false;
        unhookAllocator();
      }
      clearTraces();
      return none();
    },
  },
  {
    name: "is_tracing",
    textSignature: "($module, /)",
    doc: "Return True if the tracemalloc module is tracing Python memory allocations.",
    impl: () => PyBool_FromBool(tracingState().tracing),
  },
  {
    name: "clear_traces",
    textSignature: "($module, /)",
    doc: "Clear traces of memory blocks allocated by Python.",
    impl: () => {
      if (tracingState().tracing) clearTraces();
      return none();
    },
  },
  {
    name: "get_traced_memory",
    textSignature: "($module, /)",
    doc: "Get the current size and peak size of memory blocks traced by tracemalloc.\n\nReturns a tuple: (current: int, peak: int).",
    impl: () => {
      const s = tracingState();
      // both read before the ints are made (their blocks would raise the peak)
      const { current, peak } = s;
      return PyTuple_New([PyInt_FromNumber(current), PyInt_FromNumber(peak)]);
    },
  },
  {
    name: "reset_peak",
    textSignature: "($module, /)",
    doc: "Set the peak size of memory blocks traced by tracemalloc to the current size.\n\nDo nothing if the tracemalloc module is not tracing memory allocations.",
    impl: () => {
      const s = tracingState();
      if (s.tracing) s.peak = s.current;
      return none();
    },
  },
  {
    name: "get_traceback_limit",
    textSignature: "($module, /)",
    doc: "Get the maximum number of frames stored in the traceback of a trace.\n\nBy default, a trace of an allocated memory block only stores\nthe most recent frame: the limit is 1.",
    impl: () => PyInt_FromNumber(tracingState().limit),
  },
  {
    name: "get_tracemalloc_memory",
    textSignature: "($module, /)",
    doc: "Get the memory usage in bytes of the tracemalloc module.\n\nThis memory is used internally to trace memory allocations.",
    impl: () => {
      // CPython's hash-table entries: a trace (address, size, traceback pointer) and a
      // traceback header plus its frames.
      const s = tracingState();
      let bytes = 0;
      for (const site of s.sites.values()) bytes += 16 + 16 * site.frames.length;
      bytes += 48 * s.traces.size;
      return PyInt_FromNumber(bytes);
    },
  },
  {
    name: "_get_traces",
    textSignature: "($module, /)",
    doc: "Get traces of all memory blocks allocated by Python.\n\nReturn a list of (size: int, traceback: tuple) tuples.\ntraceback is a tuple of (filename: str, lineno: int) tuples.\n\nReturn an empty list if the tracemalloc module is disabled.",
    impl: () => {
      const s = tracingState();
      // The list is made traced before the traces are copied, so the snapshot holds its block;
      // what fills it is made with tracing suspended (set_reentrant).
      const out: PyList = PyList_New([]);
      if (!s.tracing) return out;
      const traces = [...s.traces.values()];
      return untraced(() => {
        // One tuple per distinct site, shared by its traces, as CPython's tracebacks cache does.
        const built = new Map<AllocationSite, PyObject>();
        for (const trace of traces) {
          let frames = built.get(trace.site);
          if (frames === undefined) {
            frames = siteFrames(trace.site);
            built.set(trace.site, frames);
          }
          const item = PyTuple_New([
            PyInt_FromNumber(DEFAULT_DOMAIN),
            PyInt_FromNumber(trace.size),
            Py_NewRef(frames),
            PyInt_FromNumber(trace.site.totalFrames),
          ]);
          PyList_Append(out, item);
          Py_DECREF(item);
        }
        for (const frames of built.values()) Py_DECREF(frames);
        return out;
      });
    },
  },
  {
    name: "_get_object_traceback",
    textSignature: "($module, obj, /)",
    doc: "Get the traceback where the Python object obj was allocated.\n\nReturn a tuple of (filename: str, lineno: int) tuples.\nReturn None if the tracemalloc module is disabled or did not\ntrace the allocation of the object.",
    impl: (_m, args) => {
      const s = tracingState();
      const obj = args[0]!;
      // CPython 3.11 looks the block up at the object's address less the GC header only: for
      // an instance with a managed dict (whose block starts 16 bytes earlier) it finds nothing.
      const managed = obj.ob_type.hasFlag(TypeFlag.MANAGED_DICT);
      const trace = s.tracing && !managed ? s.traces.get(obj.ob_addr) : undefined;
      if (trace === undefined) return none();
      // Traced, as CPython's traceback_to_pyobject allocations are (a tuple made here may take a
      // block a program's tuple reuses later).
      return siteFrames(trace.site);
    },
  },
];

function createTracemallocModule(): PyModule {
  const m = PyModule_New("_tracemalloc");
  PyModule_Add(m, "__doc__", PyStr_FromString("Debug module to trace memory blocks allocated by Python."));
  PyModule_AddFunctions(m, TRACEMALLOC_FUNCTIONS);
  return m;
}

export function registerTracemallocModule(): void {
  registerBuiltinModule("_tracemalloc", createTracemallocModule);
}
