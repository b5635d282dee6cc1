/** What the viewer shows, independent of where the trace comes from (a live worker or a saved document). */
import type { TraceFrame, TraceObject } from "../../src/trace/rebuild.js";

export type { TraceFrame, TraceObject };

export type StepEventName = "line" | "call" | "return" | "exception";

/** One size class of the allocator at a step: blocks of the trace's objects in it, and its pools. */
export interface AllocClass {
  /** Block size in bytes (16, 32, ... 512). */
  blockSize: number;
  blocks: number;
  /** Pools holding those blocks, each with how many blocks it holds of its capacity. */
  pools: { address: number; arena: number; used: number; capacity: number }[];
}

export interface AllocView {
  classes: AllocClass[];
  arenas: number;
  /** Objects over 512 bytes (the system allocator). */
  largeBlocks: number;
  largeBytes: number;
}

/** One step as the panels draw it. */
export interface StepData {
  step: number;
  event: StepEventName;
  line: number;
  function: string;
  /** Outermost first. */
  frames: TraceFrame[];
  /** The returned value (return steps) or the exception (exception steps). */
  value: number | null;
  memory: { heapBytes: number; heapBlocks: number; objects: number; objectBytes: number };
  /** Every object the trace knows at this step (or only the reachable ones, for saved documents). */
  objects: TraceObject[];
  /** Ids of objects that did not exist at the step before. */
  created: number[];
  /** Objects that existed at the step before and are gone now (freed during this step). */
  freed: TraceObject[];
  alloc: AllocView | null;
}

export interface Collection {
  step: number;
  generation: number;
  collected: number;
  uncollectable: number;
}

export interface OutputChunk {
  step: number;
  stream: "stdout" | "stderr";
  text: string;
}

/** The whole run at a glance: per-step series for the timeline, output, collections. */
export interface RunSummary {
  file: string;
  source: string;
  steps: number;
  status: number;
  stopped: { reason: string; message: string } | null;
  elapsedMs: number;
  /** Per step: line, event (index into STEP_EVENTS), stack depth, heap bytes, object count. */
  lines: Int32Array;
  events: Uint8Array;
  depth: Uint16Array;
  heapBytes: Float64Array;
  objects: Int32Array;
  collections: Collection[];
  output: OutputChunk[];
  /** Everything the program wrote (also when it recorded no steps, e.g. a SyntaxError). */
  stdout: string;
  stderr: string;
}

export const STEP_EVENTS: readonly StepEventName[] = ["line", "call", "return", "exception"];

/** Where steps come from. */
export interface StepSource {
  readonly summary: RunSummary;
  getStep(n: number): Promise<StepData>;
  /** The JSON trace (docs/trace-format.md) as text. */
  exportJson(): Promise<string>;
}
