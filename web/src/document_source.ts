/** The step source of a saved trace document (`heapstack trace FILE --html`). */
import type { JsonObject, TraceDocument } from "../../src/trace/export_json.js";
import { TraceJsonReader } from "../../src/trace/read_json.js";
import { allocatorView } from "./alloc.js";
import {
  type OutputChunk,
  type RunSummary,
  STEP_EVENTS,
  type StepData,
  type StepSource,
  type TraceObject,
} from "./types.js";

function toObject(o: JsonObject): TraceObject {
  return { ...o, refs: o.refs.map(([kind, name, to]) => ({ kind, name, to })) };
}

/**
 * A saved trace (`heapstack trace FILE --html`): each step carries the changes to its frames,
 * memory and the objects reachable from its frames, which the reader applies.
 */
export class DocumentSource implements StepSource {
  readonly summary: RunSummary;
  private readonly reader: TraceJsonReader;

  constructor(private readonly doc: TraceDocument) {
    const steps = doc.steps;
    const n = steps.length;
    const reader = new TraceJsonReader(doc);
    this.reader = reader;
    const output: OutputChunk[] = [];
    let stdout = "";
    let stderr = "";
    for (const s of steps)
      for (const o of s.output ?? []) {
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
      events: Uint8Array.from(steps, (s) => STEP_EVENTS.indexOf(s.event ?? "line")),
      depth: Uint16Array.from(reader.depth),
      heapBytes: Float64Array.from(reader.heapBytes),
      objects: Int32Array.from(reader.objects),
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
    if (this.doc.steps[n] === undefined) throw new RangeError(`step ${n} is out of range`);
    const s = this.reader.stepAt(n);
    const { objects: heap, removed } = this.reader.objectsAt(n);
    const objects = Array.from(heap.values(), toObject).sort((a, b) => a.id - b.id);
    return {
      step: s.step,
      event: s.event,
      line: s.line,
      function: s.function,
      frames: s.frames,
      value: s.value,
      memory: s.memory,
      objects,
      // (a step's `heap` lists the objects new to the listing; at the first step: all of them)
      created: n > 0 ? s.heap.map((o) => o.id) : [],
      freed: removed.map(toObject),
      alloc: allocatorView(objects),
    };
  }

  async exportJson(): Promise<string> {
    return JSON.stringify(this.doc);
  }
}
