/** The step source of a saved trace document (`heapstack trace FILE --html`). */
import type { JsonStep, TraceDocument } from "../../src/trace/export_json.js";
import { allocatorView } from "./alloc.js";
import {
  type OutputChunk,
  type RunSummary,
  STEP_EVENTS,
  type StepData,
  type StepSource,
  type TraceObject,
} from "./types.js";

function toObject(o: JsonStep["heap"][number]): TraceObject {
  return { ...o, refs: o.refs.map(([kind, name, to]) => ({ kind, name, to })) };
}

/** A saved trace (`heapstack trace FILE --html`): each step carries the objects reachable from its frames. */
export class DocumentSource implements StepSource {
  readonly summary: RunSummary;

  constructor(private readonly doc: TraceDocument) {
    const steps = doc.steps;
    const n = steps.length;
    const output: OutputChunk[] = [];
    let stdout = "";
    let stderr = "";
    for (const s of steps)
      for (const o of s.output) {
        output.push({ step: s.step, stream: o.stream, text: o.text });
        if (o.stream === "stdout") stdout += o.text;
        else stderr += o.text;
      }
    this.summary = {
      file: doc.program.file,
      source: doc.program.source,
      steps: n,
      status: doc.run.status,
      stopped: doc.run.stopped,
      elapsedMs: doc.run.elapsedMs,
      lines: Int32Array.from(steps, (s) => s.line),
      events: Uint8Array.from(steps, (s) => STEP_EVENTS.indexOf(s.event)),
      depth: Uint16Array.from(steps, (s) => s.frames.length),
      heapBytes: Float64Array.from(steps, (s) => s.memory.heapBytes),
      objects: Int32Array.from(steps, (s) => s.memory.objects),
      collections: doc.collections.map((c) => ({
        step: c.step,
        generation: c.generation,
        collected: c.collected,
        uncollectable: c.uncollectable,
      })),
      output,
      stdout,
      stderr,
    };
  }

  async getStep(n: number): Promise<StepData> {
    const s = this.doc.steps[n];
    if (s === undefined) throw new RangeError(`step ${n} is out of range`);
    const objects = s.heap.map(toObject);
    const prev = n > 0 ? this.doc.steps[n - 1]!.heap : [];
    const ids = new Set(s.heap.map((o) => o.id));
    const prevIds = new Set(prev.map((o) => o.id));
    return {
      step: s.step,
      event: s.event,
      line: s.line,
      function: s.function,
      frames: s.frames,
      value: s.value,
      memory: s.memory,
      objects,
      created: n > 0 ? s.heap.filter((o) => !prevIds.has(o.id)).map((o) => o.id) : [],
      freed: prev.filter((o) => !ids.has(o.id)).map(toObject),
      alloc: allocatorView(objects),
    };
  }

  async exportJson(): Promise<string> {
    return JSON.stringify(this.doc);
  }
}
