/**
 * The typed events of a traced run, for observers of the library API (`trace(source,
 * { onEvent })`). The recorder itself listens to the VM, the heap and the collector directly
 * (src/vm/events.ts, src/memory/heap.ts, src/memory/gc.ts) and builds these objects only when
 * someone asked for them, so an unobserved run pays nothing for them.
 *
 * `step` is the index of the step the event belongs to: events between two steps belong to the
 * later one (their effects are first visible there).
 */
export interface LineEvent {
  kind: "line";
  step: number;
  file: string;
  line: number;
  function: string;
}

export interface CallEvent {
  kind: "call";
  step: number;
  file: string;
  line: number;
  function: string;
}

export interface ReturnEvent {
  kind: "return";
  step: number;
  file: string;
  line: number;
  function: string;
}

export interface ExceptionEvent {
  kind: "exception";
  step: number;
  file: string;
  line: number;
  function: string;
  /** The exception's type name. */
  type: string;
}

export interface AllocEvent {
  kind: "alloc";
  step: number;
  address: number;
  size: number;
  type: string;
}

export interface FreeEvent {
  kind: "free";
  step: number;
  address: number;
  size: number;
  type: string;
}

export interface GcStartEvent {
  kind: "gc-start";
  step: number;
  generation: number;
  /** gc.get_count() before the collection. */
  counts: number[];
  /** Objects tracked in each generation before the collection. */
  sizes: number[];
}

export interface GcStopEvent {
  kind: "gc-stop";
  step: number;
  generation: number;
  collected: number;
  uncollectable: number;
  /** Objects of the program the collection freed. */
  freed: number;
}

/**
 * A reference count that changed (only with the `events: ["refcount"]` option): of the
 * program's object `id` (the trace's object id), from `old` to `new` as `sys.getrefcount(o) - 1`
 * counts. `old` is 0 for an object created since the
 * previous step, `new` 0 for one freed since. Counts are compared at steps, so a count that went
 * up and down between two steps shows no event.
 */
export interface RefcountEvent {
  kind: "refcount";
  step: number;
  id: number;
  old: number;
  new: number;
}

export interface OutputEvent {
  kind: "output";
  step: number;
  stream: "stdout" | "stderr";
  text: string;
}

export type TraceEvent =
  | LineEvent
  | CallEvent
  | ReturnEvent
  | ExceptionEvent
  | AllocEvent
  | FreeEvent
  | GcStartEvent
  | GcStopEvent
  | RefcountEvent
  | OutputEvent;
