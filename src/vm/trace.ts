/**
 * Delivering VM events to the attached listener (src/vm/events.ts). Called by the loop only
 * while a listener is attached.
 */
import type { PyObject } from "../objects/object.js";
import type { VMListener } from "./events.js";
import type { Frame } from "./frame.js";
import { tstate } from "./state.js";

/**
 * Before instruction `pc` of `frame`: a "line" event when it starts a new line, or when a jump
 * went backwards to the start of a line (loops), as CPython's line tracing.
 */
export function traceInstruction(frame: Frame, pc: number): void {
  const listener = tstate.listener;
  if (listener === null) return;
  traceLine(listener, frame, pc);
  listener.onInstruction?.(frame, pc);
}

function traceLine(listener: VMListener, frame: Frame, pc: number): void {
  const code = frame.code;
  const line = code.lineOf(pc);
  const last = frame.traceLast;
  frame.traceLast = pc;
  if (line < 0) return;
  if (line !== frame.traceLine || pc <= last) {
    // A backwards jump only reports a line when it lands on the line's first instruction.
    if (line === frame.traceLine && pc > 0 && code.lineOf(pc - 1) === line) return;
    frame.traceLine = line;
    listener.onLine?.(frame, line);
  }
}

export function traceCall(frame: Frame): void {
  const listener = tstate.listener;
  if (listener === null) return;
  frame.traceLine = -1;
  frame.traceLast = -1;
  listener.onCall?.(frame);
}

export function traceReturn(frame: Frame, value: PyObject | null): void {
  const listener = tstate.listener;
  if (listener === null) return;
  listener.onReturn?.(frame, value);
}
