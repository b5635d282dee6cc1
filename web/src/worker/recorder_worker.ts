/**
 * The Web Worker that runs the interpreter: it records the program with the trace recorder (the
 * page stays responsive, and Stop simply terminates this worker), then answers step requests.
 * Python sees a virtual file system holding heapstack's lib/ and the program; nothing else.
 */
import sqliteWasmUrl from "@sqlite.org/sqlite-wasm/sqlite3.wasm?url";
import { setSqliteWasmBytesProvider } from "../../../src/modules/_sqlite3/wasm.js";
import { memoryHost } from "../../../src/modules/host.js";
import { setStdlibCodeCache, setStdlibPath } from "../../../src/modules/stdlib_path.js";
import { Work } from "../../../src/trace/rebuild.js";
import { STATUS_STOPPED, type Trace, trace } from "../../../src/trace/session.js";
import type { RunSummary } from "../types.js";
import { libraryCodeCache, libraryFiles } from "./library.js";
import { StepServer } from "./step_server.js";

// `import sqlite3` instantiates SQLite synchronously in the middle of a run, so its wasm is
// fetched with a synchronous request (allowed in a worker), and only by a program that asks.
setSqliteWasmBytesProvider(() => {
  const request = new XMLHttpRequest();
  request.open("GET", sqliteWasmUrl, false);
  request.responseType = "arraybuffer";
  request.send();
  if (request.status !== 200) throw new Error(`sqlite3.wasm: HTTP ${request.status}`);
  return new Uint8Array(request.response as ArrayBuffer);
});

export const LIB_DIR = "/lib";
/** The program's name in tracebacks and in the trace. */
export const PROGRAM_FILE = "main.py";

export interface RunRequest {
  type: "run";
  source: string;
  maxSteps: number;
  timeoutSeconds: number;
}
export interface StepRequest {
  type: "step";
  id: number;
  n: number;
}
export interface ExportRequest {
  type: "export";
  id: number;
}
export type WorkerRequest = RunRequest | StepRequest | ExportRequest;

export type WorkerReply =
  | { type: "progress"; steps: number; elapsedMs: number }
  | { type: "done"; summary: RunSummary }
  | { type: "step"; id: number; data: import("../types.js").StepData }
  | { type: "export"; id: number; text: string }
  | { type: "error"; id?: number; message: string };

let current: Trace | null = null;
let server: StepServer | null = null;

function post(reply: WorkerReply, transfer: Transferable[] = []): void {
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(reply, transfer);
}

function summarize(t: Trace): RunSummary {
  const rec = t.recorder;
  const n = rec.steps;
  const lines = new Int32Array(n);
  const events = new Uint8Array(n);
  const depth = new Uint16Array(n);
  const heapBytes = new Float64Array(n);
  const objects = new Int32Array(n);
  if (n > 0) {
    const w = new Work(rec, rec.checkpoints[0]!);
    for (let s = 0; s < n; s++) {
      while (w.step < s) w.advance();
      lines[s] = w.line;
      events[s] = w.kind;
      depth[s] = w.frames.length;
      heapBytes[s] = w.allocBytes;
      objects[s] = w.liveObjects;
    }
  }
  return {
    file: t.filename,
    source: t.source,
    steps: n,
    status: t.outcome.status,
    stopped: t.outcome.stopped,
    elapsedMs: t.outcome.elapsedMs,
    lines,
    events,
    depth,
    heapBytes,
    objects,
    collections: rec.gcs.map((g) => ({
      step: g.step,
      generation: g.generation,
      collected: g.collected,
      uncollectable: g.uncollectable,
    })),
    output: rec.output.map((c) => ({
      step: c.step,
      stream: c.stream === 0 ? "stdout" : "stderr",
      text: c.text,
    })),
    stdout: t.outcome.stdout,
    stderr: t.outcome.stderr,
  };
}

function run(req: RunRequest): void {
  const files: Record<string, string> = { [`/${PROGRAM_FILE}`]: req.source };
  for (const [path, text] of Object.entries(libraryFiles())) files[`${LIB_DIR}/${path}`] = text;
  setStdlibPath(LIB_DIR);
  setStdlibCodeCache(libraryCodeCache());
  current = trace(req.source, {
    filename: PROGRAM_FILE,
    argv: [PROGRAM_FILE],
    host: memoryHost(files),
    maxSteps: req.maxSteps > 0 ? req.maxSteps : undefined,
    timeout: req.timeoutSeconds > 0 ? req.timeoutSeconds : undefined,
    // checkpoints every 16 KiB of changes: any step is a short replay away (backward as fast as forward)
    checkpointBytes: 16 * 1024,
    onProgress: (steps, elapsedMs) => post({ type: "progress", steps, elapsedMs }),
  });
  server = new StepServer(current.recorder);
  const summary = summarize(current);
  post({ type: "done", summary }, [
    summary.lines.buffer,
    summary.events.buffer,
    summary.depth.buffer,
    summary.heapBytes.buffer,
    summary.objects.buffer,
  ]);
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  try {
    if (req.type === "run") run(req);
    else if (req.type === "step") {
      if (server === null) throw new Error("nothing has run yet");
      post({ type: "step", id: req.id, data: server.step(req.n) });
    } else if (req.type === "export") {
      if (current === null) throw new Error("nothing has run yet");
      post({ type: "export", id: req.id, text: JSON.stringify(current.toJSON()) });
    }
  } catch (err) {
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    post({ type: "error", id: "id" in req ? req.id : undefined, message });
  }
};

export { STATUS_STOPPED };
