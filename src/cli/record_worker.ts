/**
 * Recording a program for `heapstack trace` and `heapstack run --report` on a worker thread with
 * a large stack (as src/vm/thread.ts does for plain runs, so deep native recursion behaves the
 * same). The worker writes the program's output, the progress line, the trace or the report
 * itself, and exits with the status (src/cli/record_thread.ts). The main thread only waits, and
 * stops a worker stuck in a single long operation past its --timeout.
 */
import { Worker } from "node:worker_threads";
import { STATUS_BUDGET_EXCEEDED } from "../vm/exit_status.js";
import { STACK_SIZE_MB, STOPPING_MESSAGE, TEARDOWN_GRACE_MS, WORKER_URL } from "../vm/thread.js";

/** Exit status of a recording stopped by a limit (session.ts's STATUS_STOPPED). */
const STATUS_STOPPED = STATUS_BUDGET_EXCEEDED;

export type TraceFormat = "json" | "pytutor" | "heapsnapshot";

export interface RecordRequest {
  heapstackRecord: true;
  mode: "trace" | "report";
  source: Uint8Array | string;
  filename: string;
  argv: string[];
  /** `-m MODULE`: the module to run as __main__ (source is then unused). */
  module?: string;
  /** A directory run as a script: sys.path[0], where `module` ("__main__") is found. */
  mainPath?: string;
  maxSteps?: number;
  timeout?: number;
  maxMemory?: number;
  /** trace: where to write ("-" = stdout), the format, one step, which objects. */
  output?: string;
  format?: TraceFormat;
  atStep?: number;
  heap?: "reachable" | "all";
  /** trace: bytes of the written json / pytutor trace past which no step is added. */
  maxTraceBytes?: number;
  /** Optional events the JSON steps list. */
  events?: "refcount"[];
  /** report: text or json, and where ("-" = stdout, undefined = stderr). */
  reportFormat?: "text" | "json";
  reportFile?: string;
}

export function isRecordRequest(d: unknown): d is RecordRequest {
  return typeof d === "object" && d !== null && (d as { heapstackRecord?: unknown }).heapstackRecord === true;
}

/** Runs the request on a big-stack worker; `onExit` gets the exit status. */
export function recordOnThread(request: RecordRequest, onExit: (status: number) => void): void {
  const worker = new Worker(WORKER_URL, {
    workerData: request,
    resourceLimits: { stackSizeMb: STACK_SIZE_MB },
  });
  let failed = false;
  let timer: NodeJS.Timeout | null = null;
  const arm = (ms: number) => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      process.stderr.write(
        `\nheapstack: stopped: the program ran longer than ${request.timeout} s (--timeout) inside a single operation; nothing could be saved\n`,
      );
      failed = true;
      void worker.terminate();
    }, ms);
    timer.unref();
  };
  // The worker stops itself at the deadline between instructions; this is for one operation
  // that runs far past it (say 10 ** 10 ** 7).
  if (request.timeout !== undefined) arm(request.timeout * 1000 + 5000);
  worker.on("message", (m) => {
    // A limit stopped the program: unwinding a deep stack and writing the trace or report take
    // a while, but the worker is no longer stuck in one operation.
    if (m === STOPPING_MESSAGE && timer !== null) arm(TEARDOWN_GRACE_MS);
  });
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
