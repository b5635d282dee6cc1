/**
 * The entry point of the worker bundle (dist/worker.js): the big-stack thread on which the CLI
 * runs or records a program. The main thread (dist/cli.js) never loads the interpreter.
 */
import { workerData } from "node:worker_threads";
import { isRunRequest } from "../vm/thread.js";
import { runRequestedProgram } from "../vm/thread_worker.js";
import { runRecordRequest } from "./record_thread.js";
import { isRecordRequest } from "./record_worker.js";

if (isRunRequest(workerData)) runRequestedProgram(workerData);
else if (isRecordRequest(workerData)) runRecordRequest(workerData);
else throw new Error("heapstack worker: unknown request");
