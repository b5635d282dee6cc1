/**
 * sys.settrace / sys.setprofile (CPython's sysmodule.c trace_trampoline / profile_trampoline
 * and ceval.c call_trace): Python-level trace and profile functions, fed by the VM's event
 * listener (src/vm/events.ts). Setting either attaches a SysTracer as the thread's listener,
 * in front of the listener that was there (the trace recorder), which keeps getting every
 * event; clearing both detaches it again, so untraced code pays nothing.
 *
 * The trace function is called with (frame, 'call', None) when a frame starts or a generator
 * resumes; what it returns (unless None) becomes the frame's f_trace, which gets the frame's
 * 'line', 'return' and 'exception' events. The profile function gets 'call' and 'return' (and
 * 'c_call' / 'c_return' / 'c_exception' around calls of builtins). Neither sees the events of
 * code it runs itself (CPython's tstate->tracing). A trace or profile function that raises is
 * unset, and its exception propagates from the traced frame.
 */
import { PyObject_Call } from "../objects/abstract.js";
import type { PyCode } from "../objects/code.js";
import type { PyBaseException } from "../objects/exceptions.js";
import { PyFrame_GetFrameObject } from "../objects/frame.js";
import { PyCFunction_Type, PyMethodDescr_Type } from "../objects/methods.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from "../objects/object.js";
import { PyStr_InternFromString } from "../objects/str.js";
import { PyTuple_Pack } from "../objects/tuple.js";
import type { VMListener } from "./events.js";
import { toPyException } from "./exceptions_unwind.js";
import type { Frame } from "./frame.js";
import { tstate } from "./state.js";

let eventNames: Record<string, PyObject> | null = null;

function eventName(what: string): PyObject {
  if (eventNames === null) eventNames = {};
  let s = eventNames[what];
  if (s === undefined) s = eventNames[what] = PyStr_InternFromString(what);
  return s;
}

export class SysTracer implements VMListener {
  /** sys.settrace's function (a strong reference), or null. */
  traceFunc: PyObject | null = null;
  /** sys.setprofile's function (a strong reference), or null. */
  profileFunc: PyObject | null = null;
  /** A trace or profile function is running: its own code is not traced. */
  busy = false;
  /** The listener attached before this one, which gets every event first. */
  readonly inner: VMListener | null;

  constructor(inner: VMListener | null) {
    this.inner = inner;
  }

  /**
   * Calls `func(frame, what, arg)` with tracing off. The frame's pc names instruction `pc` so
   * that f_lineno is the line being reported. Returns the result (a new reference).
   */
  private invoke(func: PyObject, frame: Frame, what: string, arg: PyObject, pc: number): PyObject {
    const fo = PyFrame_GetFrameObject(frame);
    if (pc >= 0) frame.pc = pc + 1;
    this.busy = true;
    try {
      return func.ob_type.tp_call!(func, [fo, eventName(what), arg], null);
    } finally {
      this.busy = false;
      Py_DECREF(fo);
    }
  }

  /** The trace function's (or the frame's f_trace's) event; a raise unsets tracing. */
  private trace(frame: Frame, what: string, arg: PyObject, pc: number): void {
    const fo = frame.frameObj;
    const callback = what === "call" ? this.traceFunc : fo === null ? null : fo.f_trace;
    if (callback === null) return;
    Py_NewRef(callback);
    let result: PyObject;
    try {
      result = this.invoke(callback, frame, what, arg, pc);
    } catch (e) {
      setTrace(null);
      const f = frame.frameObj;
      if (f !== null && f.f_trace !== null) {
        const old = f.f_trace;
        f.f_trace = null;
        Py_DECREF(old);
      }
      throw e;
    } finally {
      Py_DECREF(callback);
    }
    if (result !== Py_None) {
      // (the frame object exists now: invoke made it)
      const f = frame.frameObj!;
      const old = f.f_trace;
      f.f_trace = result;
      Py_XDECREF(old);
    } else {
      Py_DECREF(result);
    }
  }

  private profile(frame: Frame, what: string, arg: PyObject, pc: number): void {
    const func = this.profileFunc!;
    Py_NewRef(func);
    try {
      Py_DECREF(this.invoke(func, frame, what, arg, pc));
    } catch (e) {
      setProfile(null);
      throw e;
    } finally {
      Py_DECREF(func);
    }
  }

  onCall(frame: Frame): void {
    this.inner?.onCall?.(frame);
    if (this.busy) return;
    const pc = frame.traceLast;
    if (this.traceFunc !== null) this.trace(frame, "call", Py_None, pc);
    if (this.profileFunc !== null) this.profile(frame, "call", Py_None, pc);
  }

  onLine(frame: Frame, lineno: number): void {
    this.inner?.onLine?.(frame, lineno);
    if (this.busy || this.traceFunc === null) return;
    const fo = frame.frameObj;
    if (fo === null || fo.f_trace === null || !fo.f_trace_lines) return;
    this.trace(frame, "line", Py_None, frame.traceLast);
  }

  onReturn(frame: Frame, value: PyObject | null, raising?: PyBaseException): void {
    this.inner?.onReturn?.(frame, value, raising);
    if (this.busy) return;
    const arg = value ?? Py_None;
    if (this.traceFunc !== null) this.trace(frame, "return", arg, -1);
    if (this.profileFunc !== null) this.profile(frame, "return", arg, -1);
  }

  /**
   * The frame's f_trace gets (type, value, traceback). When it raises, its exception replaces
   * the one being raised (returned, a new reference; `exc` is left to the caller).
   */
  onException(frame: Frame, exc: PyBaseException): PyBaseException | undefined {
    this.inner?.onException?.(frame, exc);
    if (this.busy || this.traceFunc === null) return undefined;
    const fo = frame.frameObj;
    if (fo === null || fo.f_trace === null) return undefined;
    const arg = PyTuple_Pack(exc.ob_type, exc, exc.traceback ?? Py_None);
    try {
      this.trace(frame, "exception", arg, -1);
    } catch (e) {
      return toPyException(e);
    } finally {
      Py_DECREF(arg);
    }
    return undefined;
  }

  onInstruction(frame: Frame, pc: number): void {
    this.inner?.onInstruction?.(frame, pc);
  }

  watches(code: PyCode, op: number, arg: number): boolean {
    const inner = this.inner;
    if (inner === null || inner.onInstruction === undefined) return false;
    return inner.watches === undefined ? true : inner.watches(code, op, arg);
  }

  /** Around a call of a builtin: the profile function's 'c_call' etc. (arg: the builtin). */
  profileC(what: "c_call" | "c_return" | "c_exception", callable: PyObject): void {
    if (this.busy || this.profileFunc === null) return;
    const frame = tstate.frame;
    if (frame === null) return;
    this.profile(frame, what, callable, -1);
  }
}

/**
 * Whether sys.settrace or sys.setprofile is in effect (a SysTracer is the listener). The CALL
 * instruction's fast paths for builtins are then off: a profile function gets c_call/c_return
 * around each builtin (profiledCall), and CPython runs traced code unspecialized. The trace
 * recorder alone is neither: a recorded run takes the same paths as an unrecorded one.
 */
export function pythonTracing(): boolean {
  return tstate.listener instanceof SysTracer;
}

/** The thread's SysTracer, if one is attached. */
export function sysTracer(): SysTracer | null {
  const l = tstate.listener;
  return l instanceof SysTracer ? l : null;
}

function attach(): SysTracer {
  let t = sysTracer();
  if (t === null) {
    t = new SysTracer(tstate.listener);
    tstate.listener = t;
    // Frames already running had no call event; one given an f_trace (bdb's set_trace does
    // that for its callers) still gets line events, as in CPython.
    for (let f = tstate.frame; f !== null; f = f.back) f.traceCalled = true;
  }
  return t;
}

function detachIfIdle(t: SysTracer): void {
  if (t.traceFunc === null && t.profileFunc === null && tstate.listener === t) tstate.listener = t.inner;
}

/** sys.settrace(func): `func` borrowed (null or None: none). */
export function setTrace(func: PyObject | null): void {
  if (func === Py_None) func = null;
  const t = func === null ? sysTracer() : attach();
  if (t === null) return;
  const old = t.traceFunc;
  t.traceFunc = func === null ? null : Py_NewRef(func);
  Py_XDECREF(old);
  detachIfIdle(t);
}

/** sys.setprofile(func): `func` borrowed (null or None: none). */
export function setProfile(func: PyObject | null): void {
  if (func === Py_None) func = null;
  const t = func === null ? sysTracer() : attach();
  if (t === null) return;
  const old = t.profileFunc;
  t.profileFunc = func === null ? null : Py_NewRef(func);
  Py_XDECREF(old);
  detachIfIdle(t);
}

/** sys.gettrace() (new reference). */
export function getTrace(): PyObject {
  return Py_NewRef(sysTracer()?.traceFunc ?? Py_None);
}

/** sys.getprofile() (new reference). */
export function getProfile(): PyObject {
  return Py_NewRef(sysTracer()?.profileFunc ?? Py_None);
}

/**
 * A call made by the CALL instruction while a listener is attached: around a builtin function
 * (or a method descriptor called with its self), the profile function gets 'c_call', then
 * 'c_return' or 'c_exception', with the builtin (a bound one for a descriptor) as argument
 * (ceval.c trace_call_function / C_TRACE).
 */
export function profiledCall(callable: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const t = sysTracer();
  if (t === null || t.profileFunc === null || t.busy) return PyObject_Call(callable, args, kwnames);
  const type = callable.ob_type;
  let shown: PyObject;
  if (type === PyCFunction_Type) shown = Py_NewRef(callable);
  else if (type === PyMethodDescr_Type && args.length > 0)
    shown = type.tp_descr_get!(callable, args[0]!, args[0]!.ob_type);
  else return PyObject_Call(callable, args, kwnames);
  try {
    t.profileC("c_call", shown);
    let res: PyObject;
    try {
      res = PyObject_Call(callable, args, kwnames);
    } catch (e) {
      sysTracer()?.profileC("c_exception", shown);
      throw e;
    }
    try {
      sysTracer()?.profileC("c_return", shown);
    } catch (e) {
      Py_DECREF(res);
      throw e;
    }
    return res;
  } finally {
    Py_DECREF(shown);
  }
}
