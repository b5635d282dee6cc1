/**
 * Delivering VM events to the attached listener (src/vm/events.ts), with CPython 3.11's
 * tracing rules (ceval.c tracing_dispatch / maybe_call_line_trace). Called by the loop only
 * while a listener is attached.
 */
import { Op } from "../compiler/opcodes.js";
import type { PyObject } from "../objects/object.js";
import type { Frame } from "./frame.js";
import { tstate } from "./state.js";

/**
 * Before instruction `pc` of `frame` runs. RESUME (a frame starting, or a generator resumed)
 * is a "call" event. Any other instruction is a "line" event when its line differs from the
 * previously executed instruction's, or when it was reached by a backward jump (a loop), except
 * the jump back to SEND in `yield from` / `await`.
 */
export function traceInstruction(frame: Frame, pc: number): void {
  const listener = tstate.listener;
  if (listener === null) return;
  // Every instruction, before the call/line logic below (the trace recorder watches operands).
  listener.onInstruction?.(frame, pc);
  const code = frame.code;
  const prev = frame.traceLast;
  frame.traceLast = pc;
  const instrs = code.instrs;
  if (instrs[pc << 1] === Op.RESUME) {
    frame.traceCalled = true;
    listener.onCall?.(frame);
    return;
  }
  if (!frame.traceCalled) return;
  const line = code.lineOf(pc);
  if (line < 0) return;
  // Coming from the frame's first RESUME (or before it) counts as a new line (CPython's
  // _co_firsttraceable rule), so a function's first line is always reported.
  const lastLine = prev > code.firstTraceable ? code.lineOf(prev) : -1;
  if (line !== lastLine || (pc < prev && instrs[pc << 1] !== Op.SEND)) listener.onLine?.(frame, line);
}

export function traceReturn(frame: Frame, value: PyObject | null): void {
  const listener = tstate.listener;
  if (listener === null) return;
  listener.onReturn?.(frame, value);
}
