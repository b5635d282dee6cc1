/**
 * Delivering VM events to the attached listener (src/vm/events.ts), with CPython 3.11's
 * tracing rules (ceval.c tracing_dispatch / maybe_call_line_trace). Called by the loop only
 * while a listener is attached.
 */
import { Op } from "../compiler/opcodes.js";
import type { PyCode } from "../objects/code.js";
import type { PyObject } from "../objects/object.js";
import type { VMListener } from "./events.js";
import type { Frame } from "./frame.js";
import { tstate } from "./state.js";

/** The instruction may cause a call or line event (or `onInstruction` wants it). */
const CHECK = 1;
/** The listener's `onInstruction` wants the instruction. */
const WATCH = 2;

/**
 * Per code object, which instructions need a look (CHECK, WATCH), for the listener they were
 * made for. An instruction needs none when it can only be reached from the one before it, on
 * the same line, and the listener does not watch it: it can cause no event, and skipping it
 * leaves `frame.traceLast` on an instruction of the same line.
 */
let maps = new WeakMap<PyCode, Uint8Array>();
let mapsFor: VMListener | null = null;
let lastCode: PyCode | null = null;
let lastMap: Uint8Array = new Uint8Array(0);
/** The one before (calls and returns alternate between two code objects). */
let prevCode: PyCode | null = null;
let prevMap: Uint8Array = lastMap;

function isJump(op: number): boolean {
  return (op >= Op.JUMP && op <= Op.JUMP_IF_TRUE_OR_POP) || op === Op.FOR_ITER || op === Op.SEND;
}

function buildMap(code: PyCode, listener: VMListener): Uint8Array {
  const n = code.ninstrs;
  const m = new Uint8Array(n);
  const watches = listener.watches;
  if (watches === undefined || listener.onInstruction === undefined) {
    m.fill(listener.onInstruction === undefined ? CHECK : CHECK | WATCH);
    return m;
  }
  const instrs = code.instrs;
  for (let pc = 0; pc < n; pc++) {
    const op = instrs[pc << 1]!;
    const arg = instrs[(pc << 1) + 1]!;
    if (watches.call(listener, code, op, arg)) m[pc]! |= CHECK | WATCH;
    if (pc === 0 || code.lineOf(pc) !== code.lineOf(pc - 1)) m[pc]! |= CHECK;
    if (op === Op.RESUME || op === Op.IMPORT_NAME) {
      // (the instruction after an import: allocation sites read frame.traceLast)
      m[pc]! |= CHECK;
      if (pc + 1 < n) m[pc + 1]! |= CHECK;
    } else if (isJump(op)) {
      // a backward jump is a line event: its source must be the frame's traceLast
      m[pc]! |= CHECK;
      if (arg >= 0 && arg < n) m[arg]! |= CHECK;
    }
  }
  for (const e of code.exceptionTable) if (e.target >= 0 && e.target < n) m[e.target]! |= CHECK;
  return m;
}

function mapOf(code: PyCode, listener: VMListener): Uint8Array {
  let m: Uint8Array | undefined;
  if (listener !== mapsFor) {
    maps = new WeakMap();
    mapsFor = listener;
    lastCode = prevCode = null;
  } else if (code === prevCode) m = prevMap;
  else m = maps.get(code);
  if (m === undefined) {
    m = buildMap(code, listener);
    maps.set(code, m);
  }
  prevCode = lastCode;
  prevMap = lastMap;
  lastCode = code;
  lastMap = m;
  return m;
}

/**
 * The evaluation loop's view of `code` while a listener is attached: per instruction, nonzero
 * when traceInstruction must see it (null: no listener). The loop asks again whenever it
 * switches code objects, and after calls (a call may have attached or replaced the listener).
 */
export function traceMapFor(code: PyCode): Uint8Array | null {
  const listener = tstate.listener;
  if (listener === null) return null;
  return code === lastCode && listener === mapsFor ? lastMap : mapOf(code, listener);
}

/**
 * Before instruction `pc` of `frame` runs (the loop calls it when the instruction's `flags` in
 * traceMapFor's map are nonzero). RESUME (a frame starting, or a generator resumed) is a "call"
 * event. Any other instruction is a "line" event when its line differs from the previously
 * executed instruction's, or when it was reached by a backward jump (a loop), except the jump
 * back to SEND in `yield from` / `await`.
 */
export function traceInstruction(frame: Frame, pc: number, flags: number): void {
  const listener = tstate.listener;
  if (listener === null) return;
  const code = frame.code;
  // (`flags` come from the loop's map, made for the listener attached when it last looked)
  if (listener !== mapsFor) flags = mapOf(code, listener)[pc]!;
  if (flags === 0) return;
  const prev = frame.traceLast;
  frame.traceLast = pc;
  const instrs = code.instrs;
  if (instrs[pc << 1] === Op.RESUME) {
    listener.onInstruction?.(frame, pc);
    frame.traceCalled = true;
    listener.onCall?.(frame);
    return;
  }
  let line = -1;
  if (frame.traceCalled) {
    line = code.lineOf(pc);
    if (line >= 0) {
      // Coming from the frame's first RESUME (or before it) counts as a new line (CPython's
      // _co_firsttraceable rule), so a function's first line is always reported.
      const lastLine = prev > code.firstTraceable ? code.lineOf(prev) : -1;
      if (line === lastLine && (pc >= prev || instrs[pc << 1] === Op.SEND)) line = -1;
    }
  }
  // Before the line event: the recorder notes what the instruction may change, and ends what
  // the frame's previous instructions were doing.
  if (line >= 0 || (flags & WATCH) !== 0) listener.onInstruction?.(frame, pc);
  if (line >= 0) listener.onLine?.(frame, line);
}

export function traceReturn(frame: Frame, value: PyObject | null): void {
  const listener = tstate.listener;
  if (listener === null) return;
  listener.onReturn?.(frame, value);
}
