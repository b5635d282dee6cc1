import type { PyCode } from "../objects/code.js";
import type { PyBaseException } from "../objects/exceptions.js";
import type { PyObject } from "../objects/object.js";
import type { Frame } from "./frame.js";

/**
 * What the evaluation loop reports to an attached listener (DESIGN section 5). With no
 * listener attached the loop pays one boolean check per instruction.
 *
 * Events follow CPython's tracing model (sys.settrace): `call` when a frame starts or a
 * generator resumes, `line` when execution reaches a new line (or jumps backwards), `return`
 * when a frame returns or yields, `exception` when an exception is raised in or passes through
 * a frame.
 */
export interface VMListener {
  onCall?(frame: Frame): void;
  onLine?(frame: Frame, lineno: number): void;
  /**
   * `value` is null when an exception leaves the frame (CPython's return event then passes None);
   * `raising` is that exception.
   */
  onReturn?(frame: Frame, value: PyObject | null, raising?: PyBaseException): void;
  /**
   * A PyBaseException returned replaces `exc` from here on (a new reference: a trace
   * function that raised, src/vm/sys_trace.ts); anything else is ignored.
   */
  onException?(frame: Frame, exc: PyBaseException): unknown;
  /**
   * Before every instruction (and before the `onCall`/`onLine` it may cause): `pc` is the
   * instruction about to run and `frame.sp` the top of its value stack, so the operands are
   * `frame.fast[frame.sp - 1]`, `frame.fast[frame.sp - 2]`... The trace recorder uses it to
   * learn which objects an instruction may mutate.
   */
  onInstruction?(frame: Frame, pc: number): void;
  /**
   * With this, `onInstruction` is called only for the instructions it accepts (asked once per
   * code object and instruction) and for those that cause an `onCall` or `onLine`; other
   * instructions do not reach the listener at all, and `frame.traceLast` is then the last
   * instruction that did (one on the same line). A listener keeping per-instruction books
   * does them in `onReturn` and `onException` too.
   */
  watches?(code: PyCode, op: number, arg: number): boolean;
}
