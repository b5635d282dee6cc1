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
import { getHeapStatistics } from "node:v8";
import { Worker } from "node:worker_threads";
import type { InterpreterFlags } from "../modules/interpreter_flags.js";
import type { Budget } from "./budget.js";
import { STATUS_BUDGET_EXCEEDED } from "./exit_status.js";
import type { RunOptions } from "./interpreter.js";

/**
 * The worker's own bundle (dist/worker.cjs, beside the CLI's): only the worker loads the
 * interpreter, so the main thread, which just waits, starts fast.
 */
export const WORKER_URL = new URL("./worker.cjs", import.meta.url);

/** Megabytes of stack for the interpreter thread (reserved lazily by the OS). */
export const STACK_SIZE_MB = 1024;

/** Megabytes of JS heap for the interpreter thread: what the process itself may use. */
const HEAP_LIMIT_MB = Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20);

/**
 * Megabytes of V8 young generation for the interpreter thread (three times the largest
 * semi-space: 128 MB, V8's default being 16 MB). Python objects are JS objects that mostly die
 * young (ints, floats, bound methods, frames' arguments) while a program's live data survives
 * every scavenge; a larger nursery scavenges less often, so fewer of the short-lived ones are
 * still alive (copied) when it does. V8 grows the space to this only for programs that allocate
 * that much. Measured (CPU s, median of 3, alternating, load ~23): raytrace 9.89 -> 8.48,
 * xml_etree 8.81 -> 7.84, 300,000 small instances 5.02 -> 4.53; csv_stringio, unicode_text
 * unchanged.
 */
const YOUNG_GENERATION_MB = 384;

/** The worker's exit code meaning "die by SIGINT", as python3 does after an uncaught KeyboardInterrupt. */
export const EXIT_BY_SIGINT = 256 + 130;

export interface WorkerRequest {
  heapstackRun: true;
  source: string | Uint8Array;
  filename: string;
  argv: string[];
  /** `-m MODULE`: the module to run as __main__ (source and filename are then unused). */
  module?: string;
  /** `python3 DIR`: sys.path[0] (see RunOptions.mainPath). */
  mainPath?: string;
  /** python3's command-line options (see RunOptions.flags). */
  flags?: InterpreterFlags;
  /** The limits (without the interrupt flag, which is `interrupt`). */
  budget: Omit<Budget, "interrupt">;
  /** Set to 1 by the main thread on SIGINT; the program then gets a KeyboardInterrupt. */
  interrupt: SharedArrayBuffer;
}

/**
 * What a worker posts as a limit stops its program, before the stack unwinds (budget.ts's
 * stopNotice): the --timeout watchdog then stands down.
 */
export const STOPPING_MESSAGE = "heapstack:stopping";

/**
 * Grace time past --timeout before the main thread stops a worker stuck in one long native
 * operation (the worker stops itself between instructions).
 */
const WATCHDOG_GRACE_MS = 2000;

/** Time a worker stopped by a limit gets to unwind its stack and write what it owes. */
export const TEARDOWN_GRACE_MS = 120_000;

export function isRunRequest(d: unknown): d is WorkerRequest {
  return typeof d === "object" && d !== null && (d as { heapstackRun?: unknown }).heapstackRun === true;
}

export function describe(e: unknown): string {
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return detail.split("\n")[0]!;
}

/**
 * Runs the program on a big-stack worker thread. `onExit` receives the exit status (2 with a
 * one-line report on stderr if the interpreter itself failed). SIGINT (Ctrl-C) raises
 * KeyboardInterrupt in the program at its next call or loop iteration, as in CPython; a second
 * SIGINT while the first is still pending ends the process at once.
 */
export function runMainOnThread(
  opts: RunOptions,
  onExit: (status: number) => void,
  budget: Omit<Budget, "interrupt"> = {},
): void {
  const interrupt = new SharedArrayBuffer(4);
  const flag = new Int32Array(interrupt);
  const request: WorkerRequest = {
    heapstackRun: true,
    source: opts.source,
    filename: opts.filename,
    argv: opts.argv,
    module: opts.module,
    mainPath: opts.mainPath,
    flags: opts.flags,
    budget,
    interrupt,
  };
  const worker = new Worker(WORKER_URL, {
    workerData: request,
    // An explicit heap limit (the process's own) makes running out of host memory end the
    // worker with ERR_WORKER_OUT_OF_MEMORY, reported below, instead of aborting the process.
    resourceLimits: {
      stackSizeMb: STACK_SIZE_MB,
      maxOldGenerationSizeMb: HEAP_LIMIT_MB,
      maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
    },
  });
  const onSigint = () => {
    const wasSet = Atomics.exchange(flag, 0, 1) !== 0;
    // wakes a time.sleep waiting on the flag (sleepWithinBudget)
    Atomics.notify(flag, 0);
    if (wasSet) {
      // The program has not reached a check since the last Ctrl-C (blocked in input(), or in
      // one long native operation): stop it the way an unhandled SIGINT does.
      process.off("SIGINT", onSigint);
      process.kill(process.pid, "SIGINT");
    }
  };
  process.on("SIGINT", onSigint);
  let failed = false;
  let stoppedByWatchdog = false;
  let watchdog: NodeJS.Timeout | null = null;
  const armWatchdog = (ms: number) => {
    if (watchdog !== null) clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      stoppedByWatchdog = true;
      process.stderr.write(
        `heapstack: stopped: the program ran longer than ${budget.timeoutMs! / 1000} s (--timeout) inside a single operation\n`,
      );
      void worker.terminate();
    }, ms);
    watchdog.unref();
  };
  if (budget.timeoutMs !== undefined) armWatchdog(budget.timeoutMs + WATCHDOG_GRACE_MS);
  worker.on("message", (m) => {
    // Stopped by a limit and unwinding, which takes long for a deep stack: one stop line (the
    // worker's), and the watchdog only for a teardown that never ends.
    if (m === STOPPING_MESSAGE && watchdog !== null) armWatchdog(TEARDOWN_GRACE_MS);
  });
  worker.on("error", (e) => {
    const detail = describe(e);
    if (/out of memory|ERR_WORKER_OUT_OF_MEMORY/i.test(`${detail} ${(e as { code?: string }).code ?? ""}`)) {
      process.stderr.write("heapstack: stopped: heapstack itself ran out of memory (try --max-memory)\n");
    } else {
      process.stderr.write(`heapstack: internal error: ${detail}\n`);
    }
    failed = true;
  });
  // The worker ends with process.exit(status): its exit code is the program's status.
  worker.on("exit", (code) => {
    process.off("SIGINT", onSigint);
    if (watchdog !== null) clearTimeout(watchdog);
    if (code === EXIT_BY_SIGINT) {
      process.kill(process.pid, "SIGINT");
      return;
    }
    onExit(stoppedByWatchdog ? STATUS_BUDGET_EXCEEDED : failed ? 2 : code);
  });
}
