/**
 * Exception propagation through frames (CPython 3.11's `error:` / `exception_unwind:` /
 * `exit_unwind:` labels in ceval.c): traceback entries, the zero-cost exception table,
 * implicit chaining (`__context__`), and turning host errors into Python ones.
 */
import type { ExceptionTableEntry } from "../compiler/code.js";
import { Op } from "../compiler/opcodes.js";
import { isCModuleStandIn } from "../modules/stdlib_path.js";
import { recursion } from "../objects/abstract.js";
import type { PyCode } from "../objects/code.js";
import {
  isPyException,
  type PyBaseException,
  PyErr_Format,
  PyErr_NoArgs,
  PyExc_MemoryError,
  PyExc_RecursionError,
  setAttributeErrorContext,
} from "../objects/exceptions.js";
import { PyInt_FromNumber } from "../objects/int.js";
import { Py_DECREF, Py_INCREF, type PyObject } from "../objects/object.js";
import { PyTraceBack_Here, type PyTraceback } from "../objects/traceback.js";
import { clearFrame, type Frame, linkEntryFrameBack } from "./frame.js";
import { genFailInline } from "./generators.js";
import { topmostException, tstate } from "./state.js";

/**
 * Thrown by instructions that re-raise an exception object without a new traceback entry and
 * without chaining (END_ASYNC_FOR's `goto exception_unwind`).
 */
export class Reraise {
  constructor(readonly exc: PyBaseException) {}
}

/** The exception table entry covering instruction `i`, or null (CPython's get_exception_handler). */
export function findHandler(code: PyCode, i: number): ExceptionTableEntry | null {
  const table = code.exceptionTable;
  for (let k = 0; k < table.length; k++) {
    const e = table[k]!;
    if (i >= e.start && i < e.end) return e;
  }
  return null;
}

/**
 * Whatever the loop caught, as a Python exception (a reference the caller owns). A host stack
 * overflow becomes RecursionError; any other JS error is an interpreter bug and is re-thrown.
 */
export function toPyException(e: unknown): PyBaseException {
  if (isPyException(e)) return e;
  if (isHostStackOverflow(e)) return PyErr_Format(PyExc_RecursionError, "maximum recursion depth exceeded");
  if (isHostAllocationFailure(e)) return PyErr_NoArgs(PyExc_MemoryError);
  throw e;
}

export function isHostStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message.includes("call stack");
}

/**
 * A string, array, buffer or BigInt larger than the host can make ('x'.zfill(10**12)): where
 * CPython's allocation fails, so does ours, and the program sees a MemoryError.
 */
export function isHostAllocationFailure(e: unknown): boolean {
  return (
    e instanceof RangeError &&
    /^(Invalid (string|array|typed array) length|Array buffer allocation failed|Maximum BigInt size exceeded)/.test(
      e.message,
    )
  );
}

/**
 * Implicit exception chaining as CPython's _PyErr_SetObject does when an exception is raised:
 * the exception being handled becomes `__context__`, breaking any cycle this would create.
 */
export function chainContext(exc: PyBaseException, handled: PyObject | null = topmostException()): void {
  if (handled === null || handled === exc || !isPyException(handled)) return;
  const h = handled;
  // Avoid creating a cycle through the context chain (Floyd's algorithm, as CPython).
  let o: PyBaseException = h;
  let slow: PyBaseException = h;
  let toggle = false;
  for (;;) {
    const context = o.context;
    if (context === null) break;
    if (context === exc) {
      o.context = null;
      Py_DECREF(context);
      break;
    }
    o = context;
    if (o === slow) break;
    if (toggle) slow = slow.context!;
    toggle = !toggle;
  }
  Py_INCREF(h);
  const old = exc.context;
  exc.context = h;
  if (old !== null) Py_DECREF(old);
}

/** Prepends a traceback entry for `frame` at its current instruction (PyTraceBack_Here). */
export function addTraceback(frame: Frame, exc: PyBaseException): void {
  exc.traceback = PyTraceBack_Here(frame, exc.traceback as PyTraceback | null);
}

/** Frames of lib/ code that stands in for a C module add no traceback entry, as C calls add none. */
export function hiddenFromTracebacks(code: PyCode): boolean {
  let hidden = code.hiddenFromTracebacks;
  if (hidden === undefined)
    hidden = code.hiddenFromTracebacks = isCModuleStandIn(code.co_filename.value, code.co_qualname.value);
  return hidden;
}

/** The exception that left an entry frame which returns exceptions (set by unwind). */
let entryException: PyBaseException | null = null;

/** The exception evalFrameCatching's null result stands for (a new reference; taken once). */
export function takeEntryException(): PyBaseException {
  const exc = entryException!;
  entryException = null;
  return exc;
}

/**
 * Handles an exception raised in `frame` (its `pc - 1` is the instruction that raised): adds
 * traceback entries, and returns the frame whose handler will run, with its stack cut to the
 * handler's depth, `[lasti,] exc` pushed and `pc` at the handler. Frames without a handler are
 * popped and released. When the exception leaves the loop's entry frame it is thrown, or, when
 * that frame returns exceptions (evalFrameCatching), kept for takeEntryException and null returned.
 *
 * `reraise`: the exception is re-raised (RERAISE, bare `raise`): no new traceback entry and no
 * chaining. `thrown`: it was thrown into a generator (gen.throw), chained with the generator's
 * own handled exception only. `restoredLasti`: RERAISE's saved instruction, which becomes the
 * frame's lasti once the handler lookup (done at RERAISE itself) is over.
 */
export function unwind(
  frame: Frame,
  e: unknown,
  reraise: boolean,
  thrown = false,
  restoredLasti = -1,
): Frame | null {
  const ts = tstate;
  if (e instanceof Reraise) {
    e = e.exc;
    reraise = true;
  }
  let exc = toPyException(e);
  // A thrown exception is chained even when it already has a traceback (gen_send_ex2's
  // _PyErr_ChainStackItem): one that ended the delegate of a `yield from` meets the handled one.
  if (!reraise && (thrown || exc.traceback === null)) {
    if (thrown) {
      const own = frame.gen?.excState.exc_value ?? null;
      chainContext(exc, own);
    } else {
      chainContext(exc);
    }
  }
  for (;;) {
    if (!reraise) {
      if (!hiddenFromTracebacks(frame.code)) addTraceback(frame, exc);
      const listener = ts.listener;
      if (listener !== null) {
        const replaced = listener.onException?.(frame, exc);
        if (isPyException(replaced) && replaced !== exc) {
          // A trace function raised: its exception goes on instead (CPython's call_exc_trace).
          Py_DECREF(exc);
          exc = replaced;
          if (!hiddenFromTracebacks(frame.code)) addTraceback(frame, exc);
        }
      }
    }
    reraise = false;
    const handler = findHandler(frame.code, frame.pc - 1);
    if (restoredLasti >= 0) {
      frame.pc = restoredLasti + 1;
      restoredLasti = -1;
    }
    const lasti = frame.pc - 1;
    const fast = frame.fast;
    const base = frame.code.nlocalsplus;
    let sp = frame.sp;
    if (handler !== null) {
      const level = base + handler.depth;
      while (sp > level) {
        const v = fast[--sp];
        if (v !== null && v !== undefined) Py_DECREF(v);
      }
      if (handler.lasti) fast[sp++] = PyInt_FromNumber(lasti);
      fast[sp++] = exc;
      frame.sp = sp;
      frame.pc = handler.target;
      return frame;
    }
    // No handler here: pop the stack and leave the frame.
    while (sp > base) {
      const v = fast[--sp];
      if (v !== null && v !== undefined) Py_DECREF(v);
    }
    frame.sp = base;
    const listener = ts.listener;
    if (listener !== null) listener.onReturn?.(frame, null, exc);
    recursion.depth--;
    if (frame.initInstance !== null) recursion.depth--; // the level type.__call__ took
    if (frame.isEntry) {
      if (frame.frameObj !== null) linkEntryFrameBack(frame);
      ts.frame = frame.back;
      frame.back = null;
      if (frame.returnsException) {
        entryException = exc;
        return null;
      }
      throw exc;
    }
    const back = frame.back!;
    ts.frame = back;
    if (frame.gen !== null) {
      exc = genFailInline(frame.gen, exc);
      // Resumed by gen.send() (genSendInline): the send method's recursion level ends too.
      if (back.code.instrs[(back.pc - 1) << 1] === Op.CALL) recursion.depth--;
    } else {
      clearFrame(frame);
      const at = (back.pc - 1) << 1;
      const callerOp = back.code.instrs[at];
      // A Python __eq__ (...) run by COMPARE_OP (eval.ts): the comparison's level ends too.
      if (callerOp === Op.COMPARE_OP) recursion.depth--;
      // A property's Python getter run by LOAD_ATTR: its AttributeError learns the name and
      // the owner (still on the caller's stack), as leaving PyObject_GetAttr.
      else if (callerOp === Op.LOAD_ATTR)
        setAttributeErrorContext(exc, back.fast[back.sp - 1]!, back.code.names[back.code.instrs[at + 1]!]!);
    }
    frame = back;
  }
}
