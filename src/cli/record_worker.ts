/**
 * Recording a program for `heapstack trace` and `heapstack run --report` on a worker thread with
 * a large stack (as src/vm/thread.ts does for plain runs, so deep native recursion behaves the
 * same). The worker writes the program's output, the progress line, the trace or the report
 * itself, and exits with the status. The main thread only waits, and stops a worker stuck in a
 * single long operation past its --timeout.
 */
import { closeSync, openSync } from "node:fs";
import { isatty } from "node:tty";
import { isMainThread, Worker, workerData } from "node:worker_threads";
import { nodeHost } from "../modules/host.js";
import { writeHeapSnapshot, writePyTutor, writeTraceJson } from "../trace/export_stream.js";
import { formatReport } from "../trace/report_text.js";
import { record, STATUS_STOPPED, Trace } from "../trace/session.js";
import { writeAllSync } from "../util/write_all.js";

/** Megabytes of stack for the interpreter thread (reserved lazily by the OS). */
const STACK_SIZE_MB = 1024;

export type TraceFormat = "json" | "pytutor" | "heapsnapshot";

export interface RecordRequest {
  heapstackRecord: true;
  mode: "trace" | "report";
  source: Uint8Array | string;
  filename: string;
  argv: string[];
  maxSteps?: number;
  timeout?: number;
  maxMemory?: number;
  /** trace: where to write ("-" = stdout), the format, one step, which objects. */
  output?: string;
  format?: TraceFormat;
  atStep?: number;
  heap?: "reachable" | "all";
  /** report: text or json, and where ("-" = stdout, undefined = stderr). */
  reportFormat?: "text" | "json";
  reportFile?: string;
}

function isRequest(d: unknown): d is RecordRequest {
  return typeof d === "object" && d !== null && (d as { heapstackRecord?: unknown }).heapstackRecord === true;
}

/** Runs the request on a big-stack worker; `onExit` gets the exit status. */
export function recordOnThread(request: RecordRequest, onExit: (status: number) => void): void {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: request,
    resourceLimits: { stackSizeMb: STACK_SIZE_MB },
  });
  let failed = false;
  let timer: NodeJS.Timeout | null = null;
  if (request.timeout !== undefined) {
    // The worker stops itself at the deadline between instructions; this is for one operation
    // that runs far past it (say 10 ** 10 ** 7).
    timer = setTimeout(
      () => {
        process.stderr.write(
          `\nheapstack: stopped: the program ran longer than ${request.timeout} s (--timeout) inside a single operation; nothing could be saved\n`,
        );
        failed = true;
        void worker.terminate();
      },
      request.timeout * 1000 + 5000,
    );
    timer.unref();
  }
  worker.on("error", (e) => {
    const detail = e instanceof Error ? `${e.message}` : String(e);
    if (/out of memory|ERR_WORKER_OUT_OF_MEMORY/i.test(`${detail} ${(e as { code?: string }).code ?? ""}`)) {
      process.stderr.write(
        "heapstack: stopped: heapstack itself ran out of memory (use --max-steps or --max-memory)\n",
      );
    } else {
      process.stderr.write(`heapstack: internal error: ${detail.split("\n")[0]}\n`);
    }
    failed = true;
  });
  worker.on("exit", (code) => {
    if (timer !== null) clearTimeout(timer);
    const status = failed ? (request.timeout !== undefined && code === 1 ? STATUS_STOPPED : 2) : code;
    // The command's action has returned long ago: the status goes on the process itself.
    process.exitCode = status;
    onExit(status);
  });
}

/** The progress line on a terminal: shown after a second, rewritten in place, erased at the end. */
class Progress {
  private shown = false;
  private readonly enabled = isatty(2);

  update(steps: number, elapsedMs: number, what: string): void {
    if (!this.enabled || elapsedMs < 1000) return;
    this.shown = true;
    writeAllSync(
      2,
      `\r\x1b[K${what}: ${steps.toLocaleString("en-US")} steps, ${(elapsedMs / 1000).toFixed(1)} s`,
    );
  }

  clear(): void {
    if (this.shown) {
      writeAllSync(2, "\r\x1b[K");
      this.shown = false;
    }
  }
}

function writeAllTo(target: string | undefined, text: string): void {
  if (target === undefined) writeAllSync(2, text);
  else if (target === "-") writeAllSync(1, text);
  else {
    const fd = openSync(target, "w");
    try {
      writeAllSync(fd, text);
    } finally {
      closeSync(fd);
    }
  }
}

function runRequest(req: RecordRequest): number {
  const progress = new Progress();
  const host = nodeHost();
  const tracing = req.mode === "trace";
  const what = tracing ? "heapstack trace: recording" : "heapstack: recording";
  const { recorder, outcome } = record(
    req.source,
    {
      filename: req.filename,
      argv: req.argv,
      maxSteps: req.maxSteps,
      timeout: req.timeout,
      maxMemory: req.maxMemory,
      onProgress: (steps, ms) => progress.update(steps, ms, what),
      // a trace keeps the output in the trace; a report run shows it as the program writes it
      stdout: tracing
        ? undefined
        : (t) => {
            progress.clear();
            host.writeStdout(t);
          },
      stderr: tracing
        ? undefined
        : (t) => {
            progress.clear();
            host.writeStderr(t);
          },
    },
    tracing,
  );
  progress.clear();
  const source = typeof req.source === "string" ? req.source : new TextDecoder().decode(req.source);
  const trace = new Trace(recorder, outcome, source, req.filename);
  if (outcome.stopped !== null)
    writeAllSync(
      2,
      `heapstack: stopped: ${outcome.stopped.message}; the ${tracing ? "trace" : "report"} covers the ${trace.steps.toLocaleString("en-US")} steps recorded\n`,
    );
  if (tracing) {
    const fd = req.output === undefined || req.output === "-" ? 1 : openSync(req.output, "w");
    try {
      if (req.format === "pytutor") writePyTutor(trace, fd);
      else if (req.format === "heapsnapshot") {
        const at = req.atStep ?? trace.steps - 1;
        if (trace.steps === 0) throw new Error("the program recorded no steps");
        writeHeapSnapshot(trace, at, fd);
      } else writeTraceJson(trace, fd, { atStep: req.atStep, heap: req.heap });
    } finally {
      if (fd !== 1) closeSync(fd);
    }
    return outcome.stopped !== null ? STATUS_STOPPED : 0;
  }
  const report = trace.report();
  const text = req.reportFormat === "json" ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report);
  writeAllTo(req.reportFile, text);
  return outcome.status;
}

// Inside the worker: run the request and stop before the CLI's own entry point runs here.
if (!isMainThread && isRequest(workerData)) {
  let status: number;
  try {
    status = runRequest(workerData);
  } catch (e) {
    const detail =
      e instanceof Error
        ? `${e.name === "RangeError" || e.name === "Error" ? "" : `${e.name}: `}${e.message}`
        : String(e);
    writeAllSync(2, `heapstack: ${detail.split("\n")[0]}\n`);
    if (process.env.HEAPSTACK_DEBUG && e instanceof Error && e.stack) writeAllSync(2, `${e.stack}\n`);
    status = 2;
  }
  process.exit(status);
}
