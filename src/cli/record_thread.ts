/**
 * The worker side of src/cli/record_worker.ts: records the program, shows progress on a
 * terminal, writes the trace or the report, and ends the thread with the status (started by
 * src/cli/worker_main.ts, the worker bundle's entry point).
 */
import { closeSync, openSync } from "node:fs";
import { isatty } from "node:tty";
import { parentPort } from "node:worker_threads";
import { nodeHost } from "../modules/host.js";
import { lastLine } from "../trace/export_pytutor.js";
import { writeHeapSnapshot, writePyTutor, writeTraceJson } from "../trace/export_stream.js";
import { formatReport } from "../trace/report_text.js";
import { type RunOutcome, record, STATUS_STOPPED, Trace } from "../trace/session.js";
import { writeAllSync } from "../util/write_all_node.js";
import { stopNotice } from "../vm/budget.js";
import { STOPPING_MESSAGE } from "../vm/thread.js";
import type { RecordRequest } from "./record_worker.js";

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
      module: req.module,
      mainPath: req.mainPath,
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
  const stoppedLine = (message: string, steps: string) =>
    writeAllSync(
      2,
      `heapstack: stopped: ${message}; the ${tracing ? "trace" : "report"} covers the ${steps} steps recorded\n`,
    );
  if (!tracing) {
    if (outcome.stopped !== null) stoppedLine(outcome.stopped.message, trace.steps.toLocaleString("en-US"));
  } else {
    // One stop line: the written trace's size limit, when reached, else the recording's.
    let cut: { message: string } | null = null;
    const fd = req.output === undefined || req.output === "-" ? 1 : openSync(req.output, "w");
    try {
      const limits = { maxBytes: req.maxTraceBytes };
      if (req.format === "pytutor") cut = writePyTutor(trace, fd, limits);
      else if (req.format === "heapsnapshot") {
        const at = req.atStep ?? trace.steps - 1;
        if (trace.steps === 0) {
          writeAllSync(2, outcome.stderr);
          throw new Error(
            `the program recorded no steps${outcome.status === 0 ? "" : `: it${exitedWith(outcome)}`}`,
          );
        }
        writeHeapSnapshot(trace, at, fd);
      } else
        cut = writeTraceJson(trace, fd, { atStep: req.atStep, heap: req.heap, events: req.events }, limits);
    } finally {
      if (fd !== 1) closeSync(fd);
      if (cut !== null) writeAllSync(2, `heapstack: stopped: ${cut.message}\n`);
      else if (outcome.stopped !== null)
        stoppedLine(outcome.stopped.message, trace.steps.toLocaleString("en-US"));
    }
    if (outcome.stopped === null && outcome.status !== 0) {
      // The trace holds the output written until the last step; what python3 would have printed
      // at the end (a traceback, a SyntaxError) is said here, or the failure goes unnoticed.
      if (trace.steps === 0) writeAllSync(2, outcome.stderr);
      writeAllSync(2, `heapstack trace: the program${exitedWith(outcome)}\n`);
    }
    return outcome.stopped !== null || cut !== null ? STATUS_STOPPED : 0;
  }
  const report = trace.report();
  const text = req.reportFormat === "json" ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report);
  writeAllTo(req.reportFile, text);
  return outcome.status;
}

/** " exited with status 1 (ValueError: boom)" for a failed run; "" for a successful one. */
function exitedWith(o: RunOutcome): string {
  if (o.status === 0) return "";
  const last = lastLine(o.stderr);
  return ` exited with status ${o.status}${last === "" ? "" : ` (${last})`}`;
}

/** Inside the worker: records the request's program, writes what it asked for, exits with the status. */
export function runRecordRequest(workerData: RecordRequest): never {
  let status: number;
  stopNotice.listener = () => parentPort?.postMessage(STOPPING_MESSAGE);
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
