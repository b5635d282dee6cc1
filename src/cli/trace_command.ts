import { InvalidArgumentError } from "commander";
import { TRACE_EVENT_OPTIONS, type TraceEventOption } from "../trace/export_json.js";
import { CliError } from "./cli_error.js";
import { EXIT_USAGE_OR_INTERNAL } from "./exit_codes.js";
import { type RecordRequest, recordOnThread, type TraceFormat } from "./record_worker.js";
import { fileProgram } from "./run.js";
import { checkOutputPath } from "./source.js";
import { htmlTempPath, writeTraceHtml } from "./view_command.js";

/** The limits both `trace` and `run --report` take. */
export interface LimitOptions {
  maxSteps?: number;
  timeout?: number;
  maxMemory?: number;
}

export interface TraceCommandOptions extends LimitOptions {
  output?: string;
  format: TraceFormat;
  atStep?: number;
  heap?: "reachable" | "all";
  /** Also (instead of JSON) write one self-contained HTML page showing the run. */
  html?: string;
  /** Optional events the JSON steps list (--events refcount). */
  events?: TraceEventOption[];
  /** Bytes of the written json / pytutor trace (default DEFAULT_MAX_TRACE_BYTES; 0: no limit). */
  maxTraceBytes?: number;
}

/** Steps a trace records unless --max-steps says otherwise (0 = no limit). */
export const DEFAULT_TRACE_MAX_STEPS = 100_000;
/** The --html page holds every step's objects: fewer steps by default keep it a few MB. */
export const DEFAULT_HTML_MAX_STEPS = 10_000;

/** Bytes a written json / pytutor trace may take unless --max-trace-bytes says otherwise. */
export const DEFAULT_MAX_TRACE_BYTES = 256 * 1024 ** 2;

export const TRACE_FORMATS: readonly TraceFormat[] = ["json", "pytutor", "heapsnapshot"];

/** A count: "1000", "1_000", "1e6". */
export function parseCount(value: string): number {
  const v = value.replaceAll("_", "").trim();
  const n = /^\d+(\.\d+)?(e\d+)?$/i.test(v) ? Number(v) : Number.NaN;
  if (!Number.isFinite(n) || !Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError(`expected a whole number, got '${value}'`);
  return n;
}

/** --events: a comma-separated list of optional events ("refcount"). */
export function parseTraceEvents(value: string): TraceEventOption[] {
  const out: TraceEventOption[] = [];
  for (const part of value.split(",")) {
    const name = part.trim();
    if (!(TRACE_EVENT_OPTIONS as readonly string[]).includes(name))
      throw new InvalidArgumentError(
        `expected a comma-separated list of ${TRACE_EVENT_OPTIONS.join(", ")}, got '${value}'`,
      );
    if (!out.includes(name as TraceEventOption)) out.push(name as TraceEventOption);
  }
  return out;
}

/** Seconds: "2", "0.5". */
export function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new InvalidArgumentError(`expected a number of seconds, got '${value}'`);
  return n;
}

/** Bytes: "1000000", "64M", "512KiB", "2G". */
export function parseBytes(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)\s*$/i.exec(value.replaceAll("_", ""));
  if (m === null)
    throw new InvalidArgumentError(`expected a size in bytes (like 1000000, 64M, 2G), got '${value}'`);
  const unit = m[2]!.toLowerCase()[0] ?? "b";
  const mult = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * mult);
}

/** `heapstack trace FILE`: records the program and writes its trace. */
export function traceCommand(
  file: string,
  args: string[],
  options: TraceCommandOptions,
  setExitCode: (code: number) => void,
): void {
  if (options.atStep !== undefined && options.format === "pytutor") {
    throw new CliError(
      "heapstack trace: --at-step applies to --format json and heapsnapshot",
      EXIT_USAGE_OR_INTERNAL,
    );
  }
  if (options.events !== undefined && options.format !== "json") {
    throw new CliError("heapstack trace: --events applies to --format json", EXIT_USAGE_OR_INTERNAL);
  }
  for (const out of [options.output, options.html])
    if (out !== undefined) checkOutputPath(out, "heapstack trace");
  const program = fileProgram(file, args);
  const maxSteps =
    options.maxSteps ?? (options.html !== undefined ? DEFAULT_HTML_MAX_STEPS : DEFAULT_TRACE_MAX_STEPS);
  const request: RecordRequest = {
    heapstackRecord: true,
    mode: "trace",
    source: program.source,
    filename: program.filename,
    argv: program.argv,
    module: program.module,
    mainPath: program.mainPath,
    maxSteps: maxSteps === 0 ? undefined : maxSteps,
    timeout: options.timeout,
    maxMemory: options.maxMemory,
    output: options.html !== undefined ? htmlTempPath(options.html) : options.output,
    format: options.html !== undefined ? "json" : options.format,
    atStep: options.atStep,
    heap: options.heap,
    events: options.events,
    maxTraceBytes:
      options.maxTraceBytes === 0 ? undefined : (options.maxTraceBytes ?? DEFAULT_MAX_TRACE_BYTES),
  };
  if (options.html !== undefined) {
    const html = options.html;
    if (options.format !== "json" || options.output !== undefined || options.atStep !== undefined)
      throw new CliError(
        "heapstack trace: --html writes the page only (no --output, --format or --at-step)",
        EXIT_USAGE_OR_INTERNAL,
      );
    recordOnThread(request, (status) => {
      writeTraceHtml(request.output!, html, file);
      setExitCode(status);
    });
    return;
  }
  recordOnThread(request, setExitCode);
}
