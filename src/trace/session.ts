/**
 * Running a program with the recorder attached: the library API (`trace`, `run`) and what the
 * CLI commands use.
 */
import { resetGc } from "../memory/gc.js";
import type { Host } from "../modules/host.js";
import { flushStdStreams } from "../modules/io_files.js";
import { stdlibPath } from "../modules/stdlib_path.js";
import type { BudgetReason } from "../vm/budget.js";
import { STATUS_BUDGET_EXCEEDED } from "../vm/exit_status.js";
import { lastRunStopped, runMain } from "../vm/interpreter.js";
import { setInitialListener } from "../vm/state.js";
import type { RefcountEvent, TraceEvent } from "./events.js";
import { type HeapSnapshot, heapSnapshot } from "./export_heapsnapshot.js";
import {
  type TraceDocument,
  type TraceEventOption,
  type TraceJsonOptions,
  traceDocument,
} from "./export_json.js";
import { type PyTutorTrace, pytutorTrace } from "./export_pytutor.js";
import { forEachStep, rebuildStep, type StepState, type StepView } from "./rebuild.js";
import { Recorder, type StopReason, StopRun } from "./recorder.js";
import { buildReport, type Report } from "./report.js";

export interface RecordOptions {
  /** co_filename of the program (default "<string>"). */
  filename?: string;
  /** sys.argv (default [filename]). */
  argv?: string[];
  /** `-m MODULE`: run this module as __main__ instead of `source`. */
  module?: string;
  /** With `module`: sys.path[0], where the module is found (a directory run as a script). */
  mainPath?: string;
  /** Standard input for input() and sys.stdin. */
  stdin?: string;
  /**
   * Stop after this many steps (recorded line/call/return/exception events; `run()` without
   * `report`: calls plus loop iterations, as `heapstack run --max-steps`). A stopped run's
   * status is 124 and `stopped` says why.
   */
  maxSteps?: number;
  /** Stop after this many seconds. */
  timeout?: number;
  /** Stop when the program's heap grows past this many bytes. */
  maxMemory?: number;
  /** Also receive the program's output as it is written. */
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** Called about every 100 ms while the program runs. */
  onProgress?: (steps: number, elapsedMs: number) => void;
  /** Typed events as they happen (line, call, return, exception, alloc, free, gc, output). */
  onEvent?: (event: TraceEvent) => void;
  /**
   * Optional events: "refcount" adds the reference-count changes of each step to `toJSON()`'s
   * steps and, with `onEvent`, delivers them as "refcount" events. Off, they cost nothing.
   */
  events?: readonly TraceEventOption[];
  /** Capture every object at every step and count what the change rules missed (slow; for tests). */
  verify?: boolean;
  /** false: capture a large dict whole when stored into (tests compare with the default, true). */
  dictFastPath?: boolean;
  /** Bytes of changes between checkpoints (default 512 KiB). */
  checkpointBytes?: number;
  /** Bytes of changes between delta checkpoints (default 512 KiB without `checkpointBytes`; 0: none). */
  deltaCheckpointBytes?: number;
  /** The host the program runs on (files, imports); default: Node's. The browser passes a virtual one. */
  host?: Host;
}

/** How a recorded run ended. */
export interface RunOutcome {
  /** The exit status python3 would give (0, 1 for an uncaught exception, SystemExit's code). */
  status: number;
  stdout: string;
  stderr: string;
  /** Set when a limit stopped the run before the program ended. */
  stopped: { reason: StopReason | BudgetReason; message: string } | null;
  /** Wall-clock milliseconds the run took. */
  elapsedMs: number;
}

/** Exit status of a run stopped by a limit (like `timeout`'s). */
export const STATUS_STOPPED = STATUS_BUDGET_EXCEEDED;

function decode(source: string | Uint8Array): string {
  return typeof source === "string" ? source : new TextDecoder().decode(source);
}

/** Runs `source` with a recorder attached; the recorder ends up holding the whole trace. */
export function record(
  source: string | Uint8Array,
  opts: RecordOptions,
  flushOutputEachStep: boolean,
): { recorder: Recorder; outcome: RunOutcome } {
  const filename = opts.filename ?? "<string>";
  const recorder = new Recorder({
    mainFile: filename,
    libDir: stdlibPath(),
    flushOutputEachStep,
    verify: opts.verify,
    dictFastPath: opts.dictFastPath,
    checkpointBytes: opts.checkpointBytes,
    deltaCheckpointBytes: opts.deltaCheckpointBytes,
    limits: {
      maxSteps: opts.maxSteps,
      timeoutMs: opts.timeout === undefined ? undefined : opts.timeout * 1000,
      maxMemory: opts.maxMemory,
    },
    onProgress: opts.onProgress,
    onEvent: opts.onEvent,
    refcountEvents: opts.events?.includes("refcount") ?? false,
  });
  let stdout = "";
  let stderr = "";
  let status: number;
  let stopped: RunOutcome["stopped"] = null;
  const t0 = performance.now();
  recorder.attach();
  setInitialListener(recorder);
  try {
    status = runMain({
      source,
      filename,
      argv: opts.argv ?? [filename],
      module: opts.module,
      mainPath: opts.mainPath,
      stdin: opts.stdin,
      host: opts.host,
      stdout: (t) => {
        stdout += t;
        recorder.onOutput(0, t);
        opts.stdout?.(t);
      },
      stderr: (t) => {
        stderr += t;
        recorder.onOutput(1, t);
        opts.stderr?.(t);
      },
    });
  } catch (e) {
    if (!(e instanceof StopRun)) throw e;
    stopped = { reason: e.reason, message: e.message };
    status = STATUS_STOPPED;
    // What the program printed before it was stopped is still owed to its reader.
    recorder.detach();
    try {
      flushStdStreams();
    } catch {
      // the streams may be half torn down; nothing more to show
    }
    // The interrupted run left frames and objects half used: the next run starts a fresh collector.
    resetGc();
  } finally {
    setInitialListener(null);
    recorder.detach();
  }
  recorder.finish();
  if (stopped === null && recorder.lost !== null) stopped = { reason: "incomplete", message: recorder.lost };
  return { recorder, outcome: { status, stdout, stderr, stopped, elapsedMs: performance.now() - t0 } };
}

/** A recorded run: any step's state, a report, and the exporters. */
export class Trace {
  constructor(
    readonly recorder: Recorder,
    readonly outcome: RunOutcome,
    readonly source: string,
    readonly filename: string,
    /** The optional events asked for when recording (toJSON's default). */
    readonly events: readonly TraceEventOption[] = [],
  ) {}

  /** Number of steps recorded (line, call, return and exception events of the program's code). */
  get steps(): number {
    return this.recorder.steps;
  }

  /** The full state at step `n` (0-based), rebuilt from the checkpoint before it. */
  step(n: number): StepState {
    return rebuildStep(this.recorder, n);
  }

  /** Calls `f` with each step in order (much faster than step(n) for every n). */
  forEachStep(
    f: (view: StepView) => void,
    from = 0,
    to = this.steps,
    options: { refcounts?: boolean; touched?: boolean } = {},
  ): void {
    forEachStep(this.recorder, f, from, to, options);
  }

  /** The reference-count changes of every step, as "refcount" events (derived from the recording). */
  refcountEvents(from = 0, to = this.steps): RefcountEvent[] {
    const out: RefcountEvent[] = [];
    forEachStep(
      this.recorder,
      (view) => {
        for (const c of view.refcounts!) out.push({ kind: "refcount", step: view.step, ...c });
      },
      from,
      to,
      { refcounts: true },
    );
    return out;
  }

  report(): Report {
    return buildReport(this);
  }

  /** The JSON trace (docs/trace.schema.json). */
  toJSON(options: TraceJsonOptions = {}): TraceDocument {
    return traceDocument(this, options);
  }

  /** Python Tutor's trace format ({code, trace}). */
  toPyTutor(): PyTutorTrace {
    return pytutorTrace(this);
  }

  /** A Chrome DevTools heap snapshot of the Python heap at step `n`. */
  toHeapSnapshot(n: number): HeapSnapshot {
    return heapSnapshot(this, n);
  }

  /** Bytes the recording retains, by part. */
  memoryUsage(): ReturnType<Recorder["memoryUsage"]> {
    return this.recorder.memoryUsage();
  }
}

/**
 * Refuses limits the CLI's flags would refuse (--max-steps, --max-memory: a whole number;
 * --timeout: seconds above 0), before the program runs: a TypeError for what is no number, a
 * RangeError for a number out of range. (0 steps is a limit: the run stops at once.)
 */
function checkLimits(opts: RecordOptions): void {
  checkLimit(
    "maxSteps",
    opts.maxSteps,
    (n) => Number.isInteger(n) && n >= 0,
    "a whole number of steps (0 or more)",
  );
  checkLimit(
    "maxMemory",
    opts.maxMemory,
    (n) => Number.isInteger(n) && n >= 0,
    "a whole number of bytes (0 or more)",
  );
  checkLimit(
    "timeout",
    opts.timeout,
    (n) => n > 0 && n < Number.POSITIVE_INFINITY,
    "a number of seconds above 0",
  );
}

function checkLimit(name: string, value: unknown, valid: (n: number) => boolean, what: string): void {
  if (value === undefined) return;
  if (typeof value !== "number") {
    const got =
      value === null ? "null" : typeof value === "string" ? `a string ('${value}')` : `a ${typeof value}`;
    throw new TypeError(`${name} must be a number, got ${got}`);
  }
  if (!valid(value)) throw new RangeError(`${name} must be ${what}, got ${value}`);
}

/** Runs `source` and records it: `trace(src).step(10).frames`, `.report()`, `.toJSON()`. */
export function trace(source: string | Uint8Array, options: RecordOptions = {}): Trace {
  checkLimits(options);
  const { recorder, outcome } = record(source, options, true);
  return new Trace(recorder, outcome, decode(source), options.filename ?? "<string>", options.events ?? []);
}

export interface RunResult extends RunOutcome {
  /** The report (when `report: true`). */
  report: Report | null;
}

/**
 * Runs `source`; with `report: true` the recorder is attached and a report is built at the end
 * (output stays exactly as the program wrote it).
 */
export function run(
  source: string | Uint8Array,
  options: RecordOptions & { report?: boolean } = {},
): RunResult {
  checkLimits(options);
  if (!options.report) {
    let stdout = "";
    let stderr = "";
    const t0 = performance.now();
    const status = runMain({
      source,
      filename: options.filename ?? "<string>",
      argv: options.argv ?? [options.filename ?? "<string>"],
      module: options.module,
      mainPath: options.mainPath,
      host: options.host,
      stdin: options.stdin,
      // the plain run's budgets, as `heapstack run`'s: maxSteps counts calls plus loop iterations
      budget: {
        maxSteps: options.maxSteps,
        timeoutMs: options.timeout === undefined ? undefined : options.timeout * 1000,
        maxMemory: options.maxMemory,
      },
      stdout: (t) => {
        stdout += t;
        options.stdout?.(t);
      },
      stderr: (t) => {
        stderr += t;
        options.stderr?.(t);
      },
    });
    const stop = lastRunStopped;
    const stopped = stop === null ? null : { reason: stop.reason, message: stop.message };
    return { status, stdout, stderr, stopped, elapsedMs: performance.now() - t0, report: null };
  }
  const { recorder, outcome } = record(source, options, false);
  const t = new Trace(recorder, outcome, decode(source), options.filename ?? "<string>");
  return { ...outcome, report: t.report() };
}
