/**
 * Running a program on a thread with a large JavaScript stack.
 *
 * Python-to-Python calls never use the JavaScript stack, but native code calling back into
 * Python (a `__repr__` called by repr(), `__eq__` called by a comparison, a key function called
 * by sorted()) runs a nested evaluation loop. CPython lets such chains go as deep as the
 * recursion limit (1000 by default, more when raised); Node's main thread has a stack of about
 * 1 MB, which runs out first. A worker thread gets the stack we ask for, so the CLI runs the
 * program there and RecursionError fires where CPython's does. (A host stack overflow that
 * still happens becomes a RecursionError, never a crash.)
 *
 * The worker writes to the process's stdout/stderr and reads its stdin through the file
 * descriptors directly (src/modules/host.ts), so output order and interleaving are the same
 * as in-process.
 */
import { isMainThread, Worker, workerData } from "node:worker_threads";
import { lastRunKilledBySigint, type RunOptions, runMain } from "./interpreter.js";

/** Megabytes of stack for the interpreter thread (reserved lazily by the OS). */
const STACK_SIZE_MB = 1024;

/** The worker's exit code meaning "die by SIGINT", as python3 does after an uncaught KeyboardInterrupt. */
const EXIT_BY_SIGINT = 256 + 130;

interface WorkerRequest {
  heapstackRun: true;
  source: string | Uint8Array;
  filename: string;
  argv: string[];
}

function isRequest(d: unknown): d is WorkerRequest {
  return typeof d === "object" && d !== null && (d as { heapstackRun?: unknown }).heapstackRun === true;
}

function describe(e: unknown): string {
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return detail.split("\n")[0]!;
}

/**
 * Runs the program on a big-stack worker thread. `onExit` receives the exit status (2 with a
 * one-line report on stderr if the interpreter itself failed).
 */
export function runMainOnThread(opts: RunOptions, onExit: (status: number) => void): void {
  const request: WorkerRequest = {
    heapstackRun: true,
    source: opts.source,
    filename: opts.filename,
    argv: opts.argv,
  };
  const worker = new Worker(new URL(import.meta.url), {
    workerData: request,
    resourceLimits: { stackSizeMb: STACK_SIZE_MB },
  });
  let failed = false;
  worker.on("error", (e) => {
    process.stderr.write(`heapstack: internal error: ${describe(e)}\n`);
    failed = true;
  });
  // The worker ends with process.exit(status): its exit code is the program's status.
  worker.on("exit", (code) => {
    if (code === EXIT_BY_SIGINT) {
      process.kill(process.pid, "SIGINT");
      return;
    }
    onExit(failed ? 2 : code);
  });
}

// Inside the worker: run the program, report the status, and stop before anything else in the
// bundle (the CLI's own entry point) runs on this thread.
if (!isMainThread && isRequest(workerData)) {
  let status: number;
  try {
    status = runMain({ source: workerData.source, filename: workerData.filename, argv: workerData.argv });
  } catch (e) {
    process.stderr.write(`heapstack: internal error: ${describe(e)}\n`);
    if (process.env.HEAPSTACK_DEBUG && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    status = 2;
  }
  process.exit(lastRunKilledBySigint ? EXIT_BY_SIGINT : status);
}
