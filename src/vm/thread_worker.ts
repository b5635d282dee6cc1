/**
 * The worker side of src/vm/thread.ts: runs the program it was sent and exits the thread with
 * the program's status (started by src/cli/worker_main.ts, the worker bundle's entry point).
 */
import { parentPort } from "node:worker_threads";
import { stopNotice } from "./budget.js";
import { lastRunKilledBySigint, runMain } from "./interpreter.js";
import { describe, EXIT_BY_SIGINT, STOPPING_MESSAGE, type WorkerRequest } from "./thread.js";

/** Inside the worker: runs the program of a plain-run request, then ends the thread with its status. */
export function runRequestedProgram(workerData: WorkerRequest): never {
  let status: number;
  stopNotice.listener = () => parentPort?.postMessage(STOPPING_MESSAGE);
  try {
    status = runMain({
      source: workerData.source,
      filename: workerData.filename,
      argv: workerData.argv,
      module: workerData.module,
      mainPath: workerData.mainPath,
      flags: workerData.flags,
      budget: { ...workerData.budget, interrupt: new Int32Array(workerData.interrupt) },
      processExitsAfter: true,
    });
  } catch (e) {
    process.stderr.write(`heapstack: internal error: ${describe(e)}\n`);
    if (process.env.HEAPSTACK_DEBUG && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    status = 2;
  }
  process.exit(lastRunKilledBySigint ? EXIT_BY_SIGINT : status);
}
