/** The live step source: a program recorded in a Web Worker of this page. */
import type { RunSummary, StepData, StepSource } from "./types.js";
import type { WorkerReply, WorkerRequest } from "./worker/recorder_worker.js";

export interface RunLimits {
  maxSteps: number;
  timeoutSeconds: number;
}

/** A program recorded in a Web Worker; `stop()` terminates it at once. */
export class WorkerSource implements StepSource {
  summary!: RunSummary;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();

  private constructor(private readonly worker: Worker) {}

  static run(
    source: string,
    limits: RunLimits,
    onProgress: (steps: number, elapsedMs: number) => void,
  ): { done: Promise<WorkerSource>; stop: () => void } {
    const worker = new Worker(new URL("./worker/recorder_worker.ts", import.meta.url), { type: "module" });
    const src = new WorkerSource(worker);
    let settle: { resolve: (s: WorkerSource) => void; reject: (e: Error) => void } | null = null;
    const done = new Promise<WorkerSource>((resolve, reject) => {
      settle = { resolve, reject };
    });
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.type === "progress") onProgress(m.steps, m.elapsedMs);
      else if (m.type === "done") {
        src.summary = m.summary;
        settle?.resolve(src);
        settle = null;
      } else if (m.type === "error" && m.id === undefined) {
        settle?.reject(new Error(m.message));
        settle = null;
      } else if ("id" in m && m.id !== undefined) {
        const p = src.pending.get(m.id);
        src.pending.delete(m.id);
        if (p === undefined) return;
        if (m.type === "error") p.reject(new Error(m.message));
        else p.resolve((m.type === "step" ? m.data : m.type === "export" ? m.text : undefined) as never);
      }
    };
    worker.onerror = (e) => {
      settle?.reject(new Error(e.message || "the interpreter worker failed"));
      settle = null;
    };
    const req: WorkerRequest = { type: "run", source, ...limits };
    worker.postMessage(req);
    return {
      done,
      stop: () => {
        worker.terminate();
        settle?.reject(new StoppedError());
        settle = null;
      },
    };
  }

  private ask<T>(req: { type: "step"; n: number } | { type: "export" }): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: never) => void, reject });
      this.worker.postMessage({ ...req, id } as WorkerRequest);
    });
  }

  getStep(n: number): Promise<StepData> {
    return this.ask<StepData>({ type: "step", n });
  }

  exportJson(): Promise<string> {
    return this.ask<string>({ type: "export" });
  }

  dispose(): void {
    this.worker.terminate();
  }
}

export class StoppedError extends Error {
  constructor() {
    super("stopped");
  }
}
