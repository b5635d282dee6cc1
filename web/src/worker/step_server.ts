/**
 * Serves steps of a recorded run: rebuilds a step from the recorder's checkpoints and deltas, and
 * keeps the rebuilt state so that the next step (or any later one before the next checkpoint) is
 * one replay away. Going back loads the checkpoint at or before the step, so backward is as fast
 * as forward.
 */

import type { TraceObject } from "../../../src/trace/rebuild.js";
import { checkpointFor, Work } from "../../../src/trace/rebuild.js";
import type { Recorder } from "../../../src/trace/recorder.js";
import { allocatorView } from "../alloc.js";
import type { StepData, StepEventName } from "../types.js";

export class StepServer {
  private work: Work | null = null;
  /** The objects of `work`'s step, converted (to find what the next step freed). */
  private last: Map<number, TraceObject> | null = null;

  constructor(readonly rec: Recorder) {}

  private objectsOf(work: Work): Map<number, TraceObject> {
    work.resetCache();
    const out = new Map<number, TraceObject>();
    for (const id of work.objs.keys()) out.set(id, work.object(id)!);
    return out;
  }

  /** Positions the rebuilt state at step `n - 1` (or before the first step). */
  private seekBefore(n: number): void {
    const target = n - 1;
    const w = this.work;
    if (w !== null && w.step <= target) {
      const cp = checkpointFor(this.rec, target);
      // replaying from here is no longer than from the checkpoint: keep going
      if (cp.step <= w.step) {
        if (w.step === target && this.last !== null) return;
        while (w.step < target) w.advance();
        this.last = this.objectsOf(w);
        return;
      }
    }
    const fresh = new Work(this.rec, checkpointFor(this.rec, target));
    while (fresh.step < target) fresh.advance();
    this.work = fresh;
    this.last = this.objectsOf(fresh);
  }

  step(n: number): StepData {
    if (!(n >= 0 && n < this.rec.steps)) throw new RangeError(`step ${n} is out of range`);
    this.seekBefore(n);
    const w = this.work!;
    const before = this.last!;
    w.advance();
    const now = this.objectsOf(w);
    this.last = now;
    const created: number[] = [];
    for (const id of now.keys()) if (!before.has(id)) created.push(id);
    const freed: TraceObject[] = [];
    for (const [id, o] of before) if (!now.has(id)) freed.push(o);
    const view = w.view("", "");
    return {
      step: n,
      event: view.event as StepEventName,
      line: view.line,
      function: view.function,
      frames: view.frames,
      value: view.value,
      memory: view.memory,
      objects: Array.from(now.values()),
      created,
      freed,
      alloc: allocatorView(now.values()),
    };
  }
}
