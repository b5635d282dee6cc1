/**
 * The JSON trace (docs/trace-format.md, docs/trace.schema.json): every step's frames, the
 * objects they can reach (or every live object), the allocator's totals and the output written
 * since the previous step, plus the run's collections.
 */
import { FRAME_HEADER_BYTES } from "./inspect.js";
import type { StepView, TraceFrame, TraceObject } from "./rebuild.js";
import type { Trace } from "./session.js";

export const TRACE_FORMAT = "heapstack-trace";
export const TRACE_FORMAT_VERSION = 1;

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

export interface JsonStep {
  step: number;
  event: "line" | "call" | "return" | "exception";
  file: string;
  line: number;
  function: string;
  frames: TraceFrame[];
  value: number | null;
  memory: { heapBytes: number; heapBlocks: number; objects: number; objectBytes: number };
  /** Output written since the previous step (what was printed before this line runs). */
  output: { stream: "stdout" | "stderr"; text: string }[];
  heap: JsonObject[];
  /** With events "refcount": the reference counts that changed since the previous step. */
  refcounts?: { id: number; old: number; new: number }[];
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

function jsonObject(o: TraceObject): JsonObject {
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

/** Ids of the objects reachable from the frames (and the step's value), in discovery order. */
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
  while (stack.length > 0) {
    const id = stack.pop()!;
    const o = view.object(id);
    if (o === undefined) continue;
    order.push(id);
    for (const r of o.refs) push(r.to);
  }
  return order.sort((a, b) => a - b);
}

function jsonStep(view: StepView, heap: "reachable" | "all", output: JsonStep["output"]): JsonStep {
  const ids = heap === "all" ? view.objectIds().sort((a, b) => a - b) : reachableIds(view);
  const objects: JsonObject[] = [];
  for (const id of ids) {
    const o = view.object(id);
    if (o !== undefined) objects.push(jsonObject(o));
  }
  return {
    step: view.step,
    event: view.event,
    file: view.file,
    line: view.line,
    function: view.function,
    frames: view.frames,
    value: view.value,
    memory: view.memory,
    output,
    heap: objects,
    ...(view.refcounts !== undefined ? { refcounts: view.refcounts } : {}),
  };
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
  const outputFor = (step: number, from: number): JsonStep["output"] => {
    const out: JsonStep["output"] = [];
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
    t.forEachStep((view) => onStep(jsonStep(view, heap, outputFor(view.step, 0))), at, at + 1, {
      refcounts,
    });
  } else {
    t.forEachStep((view) => onStep(jsonStep(view, heap, outputFor(view.step, view.step))), 0, t.steps, {
      refcounts,
    });
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
