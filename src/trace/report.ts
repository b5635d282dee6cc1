/**
 * The memory report of a recorded run (`heapstack run --report`, `trace(...).report()`): what a
 * Python developer needs to act on, computed from the recording.
 */
import { SUBCLASS_KEY_REF } from "./inspect.js";
import type { StepState, TraceObject } from "./rebuild.js";
import type { Trace } from "./session.js";

export const REPORT_VERSION = 1;

export interface SiteStat {
  file: string;
  line: number;
  /** Bytes (sys.getsizeof) and number of objects. */
  size: number;
  count: number;
  /** The largest types among them. */
  types: { type: string; count: number; size: number }[];
}

export interface TypeStat {
  type: string;
  count: number;
  size: number;
}

export interface ReportFrame {
  function: string;
  file: string;
  line: number;
  bytes: number;
}

export interface GenerationStat {
  generation: number;
  collections: number;
  collected: number;
  uncollectable: number;
  /** What its collections freed, by type. */
  found: TypeStat[];
}

export interface CollectionStat {
  step: number;
  /** Ran after the program's last step: the interpreter's shutdown collection. */
  atExit: boolean;
  line: number;
  file: string;
  generation: number;
  collected: number;
  found: TypeStat[];
  cycles: { shape: string; count: number }[];
}

export interface Report {
  version: typeof REPORT_VERSION;
  file: string;
  status: number;
  stopped: { reason: string; message: string } | null;
  steps: number;
  elapsedMs: number;
  peak: {
    /** Allocator bytes in use beyond the interpreter's own, at the step where they were highest. */
    bytes: number;
    objects: number;
    objectBytes: number;
    step: number;
    file: string;
    line: number;
    function: string;
    /** The highest value seen at any allocation (temporaries between steps included). */
    absoluteBytes: number;
    absoluteStep: number;
  };
  /** Live objects at the peak grouped by the line that allocated them (tracemalloc's 'lineno'). */
  topSites: SiteStat[];
  /** Every allocation of the run, by line (temporaries included). */
  allocatedSites: { file: string; line: number; size: number; count: number }[];
  typesAtPeak: TypeStat[];
  typesAtExit: TypeStat[];
  exitStep: number;
  deepest: { depth: number; step: number; bytes: number; frames: ReportFrame[] };
  gc: GenerationStat[];
  collections: CollectionStat[];
  cycles: { shape: string; count: number; collections: number }[];
  /** Objects created by the program and alive at its end, by allocation site (leak candidates). */
  leaks: SiteStat[];
  totals: { allocations: number; allocatedBytes: number; traceBytes: number };
}

/** Objects that define the program's structure rather than hold its data. */
const DEFINITION_TYPES = new Set([
  "function",
  "type",
  "code",
  "module",
  "cell",
  "getset_descriptor",
  "member_descriptor",
  "method_descriptor",
  "wrapper_descriptor",
  "classmethod_descriptor",
  "builtin_function_or_method",
  "property",
  "classmethod",
  "staticmethod",
  "weakref.ReferenceType",
  "ABCMeta",
  "EnumType",
]);

function byType(objs: Iterable<TraceObject>): TypeStat[] {
  const m = new Map<string, TypeStat>();
  for (const o of objs) {
    let t = m.get(o.type);
    if (t === undefined) m.set(o.type, (t = { type: o.type, count: 0, size: 0 }));
    t.count++;
    t.size += o.size;
  }
  return Array.from(m.values()).sort(
    (a, b) => b.size - a.size || b.count - a.count || a.type.localeCompare(b.type),
  );
}

function bySite(objs: Iterable<TraceObject>): SiteStat[] {
  const m = new Map<string, { file: string; line: number; objs: TraceObject[] }>();
  for (const o of objs) {
    if (o.site === null) continue;
    const k = `${o.site.file}\0${o.site.line}`;
    let s = m.get(k);
    if (s === undefined) m.set(k, (s = { file: o.site.file, line: o.site.line, objs: [] }));
    s.objs.push(o);
  }
  return Array.from(m.values())
    .map((s) => ({
      file: s.file,
      line: s.line,
      size: s.objs.reduce((a, o) => a + o.size, 0),
      count: s.objs.length,
      types: byType(s.objs).slice(0, 4),
    }))
    .sort((a, b) => b.size - a.size || b.count - a.count || a.file.localeCompare(b.file) || a.line - b.line);
}

function programObjects(state: StepState): TraceObject[] {
  const out: TraceObject[] = [];
  for (const o of state.objects.values()) if (!o.external) out.push(o);
  return out;
}

/**
 * Objects alive at the end that look like data the program kept, not definitions: not
 * functions, classes, modules or descriptors, and not the namespaces, names and defaults that
 * hang directly off them.
 */
function leakCandidates(state: StepState): TraceObject[] {
  const definitional = new Set<number>();
  for (const o of state.objects.values()) {
    if (!DEFINITION_TYPES.has(o.type)) continue;
    definitional.add(o.id);
    for (const r of o.refs) {
      const t = state.objects.get(r.to);
      if (t === undefined) continue;
      // a class's or module's namespace, a function's defaults, names and annotations
      if (
        r.name === "__dict__" ||
        r.name === "__bases__" ||
        r.name === "__mro__" ||
        r.name === "__qualname__" ||
        r.name === "__name__" ||
        r.name === "__doc__" ||
        r.name === "__annotations__" ||
        r.name === "__kwdefaults__" ||
        r.name === "__defaults__" ||
        r.name === "__closure__" ||
        r.name === "__slots__" ||
        r.name === SUBCLASS_KEY_REF
      ) {
        definitional.add(t.id);
        if (r.name === "__dict__" && o.type !== "function") {
          // the namespace's keys are names
          for (const e of t.refs) if (e.kind === "key") definitional.add(e.to);
        }
      }
    }
  }
  return programObjects(state).filter((o) => !definitional.has(o.id));
}

export function buildReport(t: Trace): Report {
  const rec = t.recorder;
  const steps = t.steps;
  const empty = steps === 0;
  const peakState = empty ? null : t.step(rec.peakStep);
  const exitStep = Math.max(0, Math.min(rec.exitStep, steps - 1));
  const exitState = empty ? null : t.step(exitStep);
  const deepState = empty ? null : t.step(rec.maxDepthStep);

  const peakObjs = peakState === null ? [] : programObjects(peakState);
  const exitObjs = exitState === null ? [] : programObjects(exitState);

  // Collections per generation and the cycles they broke.
  const gens: GenerationStat[] = [0, 1, 2].map((g) => ({
    generation: g,
    collections: 0,
    collected: 0,
    uncollectable: 0,
    found: [],
  }));
  const foundByGen = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  const cycles = new Map<string, { shape: string; count: number; collections: number }>();
  const collections: CollectionStat[] = [];
  for (const g of rec.gcs) {
    const s = gens[g.generation]!;
    s.collections++;
    s.collected += g.collected;
    s.uncollectable += g.uncollectable;
    for (const [type, n] of g.freedByType)
      foundByGen[g.generation]!.set(type, (foundByGen[g.generation]!.get(type) ?? 0) + n);
    // the program's cycles: the shutdown collection's (classes, modules) are listed with it only
    const atExit = rec.exitStep >= 0 && g.step > rec.exitStep;
    for (const [shape, n] of atExit ? [] : g.cycles) {
      let c = cycles.get(shape);
      if (c === undefined) cycles.set(shape, (c = { shape, count: 0, collections: 0 }));
      c.count += n;
      c.collections++;
    }
    // the recorder notes the next step to be recorded: the collection ran during the one before
    const at = Math.min(g.step - 1, steps - 1);
    let file = "";
    let line = 0;
    if (at >= 0) {
      const loc = stepLocation(t, at);
      file = loc.file;
      line = loc.line;
    }
    collections.push({
      step: Math.max(at, 0),
      atExit,
      file,
      line,
      generation: g.generation,
      collected: g.collected,
      found: Array.from(g.freedByType, ([type, count]) => ({ type, count, size: 0 })).sort(
        (a, b) => b.count - a.count,
      ),
      cycles: Array.from(g.cycles, ([shape, count]) => ({ shape, count })).sort((a, b) => b.count - a.count),
    });
  }
  gens.forEach((s, i) => {
    s.found = Array.from(foundByGen[i]!, ([type, count]) => ({ type, count, size: 0 })).sort(
      (a, b) => b.count - a.count,
    );
  });

  const deepFrames: ReportFrame[] =
    deepState === null
      ? []
      : deepState.frames.map((f) => ({ function: f.function, file: f.file, line: f.line, bytes: f.bytes }));
  // by line, as tracemalloc's 'lineno' (a line's comprehension is its own code object)
  const allocatedByLine = new Map<string, { file: string; line: number; size: number; count: number }>();
  for (const s of rec.sites) {
    if ((s.count === 0 && s.bytes === 0) || s.index === 0) continue;
    const k = `${s.file}\0${s.line}`;
    const a = allocatedByLine.get(k);
    if (a === undefined)
      allocatedByLine.set(k, { file: s.file, line: s.line, size: s.bytes, count: s.count });
    else {
      a.size += s.bytes;
      a.count += s.count;
    }
  }
  const allocated = Array.from(allocatedByLine.values()).sort((a, b) => b.size - a.size || b.count - a.count);
  const userFiles = new Set(rec.codes.filter((c) => c.user).map((c) => c.file));

  return {
    version: REPORT_VERSION,
    file: t.filename,
    status: t.outcome.status,
    stopped: t.outcome.stopped,
    steps,
    elapsedMs: Math.round(t.outcome.elapsedMs),
    peak: {
      bytes: peakState?.memory.heapBytes ?? 0,
      objects: peakState?.memory.objects ?? 0,
      objectBytes: peakState?.memory.objectBytes ?? 0,
      step: rec.peakStep,
      file: peakState?.file ?? "",
      line: peakState?.line ?? 0,
      function: peakState?.function ?? "",
      absoluteBytes: rec.peakBytesAbsolute,
      absoluteStep: rec.peakBytesAbsoluteStep,
    },
    topSites: bySite(peakObjs),
    allocatedSites: allocated,
    typesAtPeak: byType(peakObjs),
    typesAtExit: byType(exitObjs),
    exitStep,
    deepest: {
      depth: deepFrames.length,
      step: rec.maxDepthStep,
      bytes: deepFrames.reduce((a, f) => a + f.bytes, 0),
      frames: deepFrames,
    },
    gc: gens,
    collections,
    cycles: Array.from(cycles.values()).sort((a, b) => b.count - a.count),
    // what the program's own lines allocated (not heapstack's Python library's)
    leaks:
      exitState === null
        ? []
        : bySite(leakCandidates(exitState).filter((o) => o.site !== null && userFiles.has(o.site.file))),
    totals: {
      allocations: rec.totalAllocs,
      allocatedBytes: rec.totalAllocBytes,
      traceBytes: rec.retainedBytes(),
    },
  };
}

/** Where the program was at a step (cheap: the header of the step's records). */
function stepLocation(t: Trace, step: number): { file: string; line: number } {
  let file = "";
  let line = 0;
  t.forEachStep(
    (v) => {
      file = v.file;
      line = v.line;
    },
    step,
    step + 1,
  );
  return { file, line };
}
