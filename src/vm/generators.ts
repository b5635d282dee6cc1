/**
 * Running generators and coroutines (CPython's Objects/genobject.c: gen_send_ex2, gen_throw,
 * gen_close, the PEP 479 and PEP 492 rules). A generator's frame is resumed either inline by
 * the evaluation loop (FOR_ITER, SEND and a `gen.send(v)` CALL over a generator push its frame
 * on the same stack) or by native code (next(), send(), throw(), close()) through a nested loop.
 */
import { PyObject_CallOneArg, PyObject_LookupAttrString, recursion, reprOf } from "../objects/abstract.js";
import {
  exceptionMatches,
  isPyException,
  type PyBaseException,
  PyErr_Format,
  PyErr_WithArgs,
  PyExc_GeneratorExit,
  PyExc_RuntimeError,
  PyExc_StopAsyncIteration,
  PyExc_StopIteration,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "../objects/exceptions.js";
import {
  GenState,
  gen_sizeof,
  genClearFrame,
  genKind,
  genYieldFrom,
  PyAsyncGen_Type,
  PyCoro_Type,
  type PyGen,
  PyGen_Type,
  setGenFinalizer,
} from "../objects/generator.js";
import { PyInt_FromNumber } from "../objects/int.js";
import { defineMethods } from "../objects/methods.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, PyObject } from "../objects/object.js";
import { PyTraceBack_Here, PyTraceback } from "../objects/traceback.js";
import { gcAlloc, gcFree, PyObject_GC_Track, PyObject_GC_UnTrack, PyTuple_New } from "../objects/tuple.js";
import { amSendResult, newStaticType, PyType, PyType_IsSubtype, TypeFlag } from "../objects/type.js";
import { iternextKeepingStop, typeLookupString, unraisableHook } from "../objects/typeobject.js";
import { evalFrameCatching } from "./eval.js";
import { chainContext, findHandler, hiddenFromTracebacks, takeEntryException } from "./exceptions_unwind.js";
import type { Frame } from "./frame.js";
import { recursionError } from "./ops.js";
import { topmostException, tstate } from "./state.js";

// ---------------------------------------------------------------------------------------------
// Inline resumption by the evaluation loop

/**
 * FOR_ITER / SEND over a generator: pushes `value` (borrowed) on the generator's stack and
 * links its frame above `caller`. Returns the frame to run, or null when the generator is
 * already finished (only possible for FOR_ITER: the loop ends).
 */
export function genResumeInline(gen: PyGen, caller: Frame, value: PyObject, forIter: boolean): Frame | null {
  const state = gen.state;
  if (state >= GenState.COMPLETED) {
    if (!forIter && gen.ob_type === PyCoro_Type)
      raise(PyExc_RuntimeError, "cannot reuse already awaited coroutine");
    return null;
  }
  if (state === GenState.CREATED && value !== Py_None) {
    raise(PyExc_TypeError, `can't send non-None value to a just-started ${genKind(gen)}`);
  }
  const ts = tstate;
  if (recursion.depth >= recursion.limit) {
    // CPython fails the new frame's recursion check after the generator was entered: it is lost.
    genClearFrame(gen);
    throw recursionError("");
  }
  recursion.depth++;
  const frame = gen.frame;
  Py_INCREF(value);
  frame.fast[frame.sp++] = value;
  frame.back = caller;
  frame.isEntry = false;
  gen.excState.previous = ts.excInfo;
  ts.excInfo = gen.excState;
  gen.state = GenState.EXECUTING;
  ts.frame = frame;
  return frame;
}

/** The `send` method descriptors of generator and coroutine (looked up once the types are ready). */
let genSendDescr: PyObject | null = null;
let coroSendDescr: PyObject | null = null;

/**
 * CALL of `gen.send(value)` through LOAD_METHOD (`descr` is the unbound method found on the
 * type, `self` and `value` are on the caller's stack, which keeps them): resumes the generator's
 * frame on the same stack, as FOR_ITER does, instead of a nested loop. The caller's CALL is
 * completed by YIELD_VALUE (the call operands popped, the value pushed) or RETURN_VALUE
 * (StopIteration raised at the CALL). As in the native call it replaces, the method takes one
 * recursion level and the frame another; when that would overflow, or the send would raise
 * (a finished or running generator, a value sent to a just-started one), returns null and the
 * caller makes the ordinary call.
 */
export function genSendInline(descr: PyObject, self: PyObject, value: PyObject, caller: Frame): Frame | null {
  if (genSendDescr === null) {
    genSendDescr = typeLookupString(PyGen_Type, "send");
    coroSendDescr = typeLookupString(PyCoro_Type, "send");
  }
  const t = self.ob_type;
  if (descr === genSendDescr ? t !== PyGen_Type : descr !== coroSendDescr || t !== PyCoro_Type) return null;
  const gen = self as PyGen;
  const state = gen.state;
  if (state !== GenState.SUSPENDED && (state !== GenState.CREATED || value !== Py_None)) return null;
  if (recursion.depth + 2 > recursion.limit) return null;
  recursion.depth++; // the method's level (callSlow's countsRecursion); the frame's is taken below
  return genResumeInline(gen, caller, value, false);
}

/** YIELD_VALUE in an inline generator frame: unlinks it and returns the frame that resumed it. */
export function genYieldInline(gen: PyGen): Frame {
  const ts = tstate;
  ts.excInfo = gen.excState.previous!;
  gen.excState.previous = null;
  const frame = gen.frame;
  const back = frame.back!;
  frame.back = null;
  return back;
}

/**
 * The generator's frame is done without a Python exception to report (RETURN_VALUE in an inline
 * frame, or a host error out of gen_send_ex2): the generator is finished.
 */
export function genFinishInline(gen: PyGen): void {
  const ts = tstate;
  ts.excInfo = gen.excState.previous!;
  gen.excState.previous = null;
  gen.frame.back = null;
  gen.state = GenState.COMPLETED;
  genClearFrame(gen);
}

/**
 * An exception left a generator's frame (inline, or entered by gen_send_ex2): the generator is
 * finished, and a StopIteration escaping it becomes RuntimeError (PEP 479). Returns the
 * exception to propagate.
 */
export function genFailInline(gen: PyGen, exc: PyBaseException): PyBaseException {
  const ts = tstate;
  ts.excInfo = gen.excState.previous!;
  gen.excState.previous = null;
  gen.frame.back = null;
  gen.state = GenState.COMPLETED;
  const out = pep479(gen, exc);
  genClearFrame(gen);
  return out;
}

/** PEP 479: StopIteration (and StopAsyncIteration in async generators) must not escape. */
function pep479(gen: PyGen, exc: PyBaseException): PyBaseException {
  let msg: string | null = null;
  if (exceptionMatches(exc, PyExc_StopIteration)) msg = `${genKind(gen)} raised StopIteration`;
  else if (gen.ob_type === PyAsyncGen_Type && exceptionMatches(exc, PyExc_StopAsyncIteration)) {
    msg = "async generator raised StopAsyncIteration";
  }
  if (msg === null) return exc;
  const err = PyErr_Format(PyExc_RuntimeError, msg);
  // _PyErr_FormatFromCause: the original becomes both __cause__ and __context__.
  Py_INCREF(exc);
  err.cause = exc;
  err.context = exc;
  err.suppressContext = true;
  return err;
}

// ---------------------------------------------------------------------------------------------
// Resumption from native code

/** Result of gen_send_ex2: `returned` tells a return (true) from a yield (false). */
let lastReturned = false;

/**
 * CPython's gen_send_ex2: resumes `gen` with `arg` (null: next()) or with `exc` thrown in (a
 * reference that is consumed). Returns the yielded or returned value (new reference) and sets
 * `lastReturned`; returns null when the generator is exhausted and there is nothing to say.
 * `handBack`: an exception that leaves the generator's frame is not thrown but kept in
 * `sendException` and null returned (close() expects GeneratorExit back: no JS throw for it).
 */
function genSendEx2(
  gen: PyGen,
  arg: PyObject | null,
  exc: PyBaseException | null,
  closing: boolean,
  handBack = false,
): PyObject | null {
  const kind = genKind(gen);
  if (gen.state === GenState.CREATED && arg !== null && arg !== Py_None) {
    if (exc !== null) Py_DECREF(exc);
    raise(PyExc_TypeError, `can't send non-None value to a just-started ${kind}`);
  }
  if (gen.state === GenState.EXECUTING) {
    if (exc !== null) Py_DECREF(exc);
    raise(PyExc_ValueError, `${kind} already executing`);
  }
  if (gen.state >= GenState.COMPLETED) {
    if (gen.ob_type === PyCoro_Type && !closing) {
      if (exc !== null) Py_DECREF(exc);
      raise(PyExc_RuntimeError, "cannot reuse already awaited coroutine");
    }
    if (exc !== null) throw exc;
    if (arg !== null) {
      lastReturned = true;
      return Py_NewRef(Py_None);
    }
    return null;
  }
  const ts = tstate;
  const frame = gen.frame;
  const v = arg ?? Py_None;
  Py_INCREF(v);
  frame.fast[frame.sp++] = v;
  gen.excState.previous = ts.excInfo;
  ts.excInfo = gen.excState;
  gen.state = GenState.EXECUTING;
  let result: PyObject | null;
  try {
    result = evalFrameCatching(frame, exc);
  } catch (e) {
    if (isPyException(e)) throw genFailInline(gen, e);
    genFinishInline(gen);
    throw e;
  }
  if (result === null) {
    const out = genFailInline(gen, takeEntryException());
    if (handBack) {
      sendException = out;
      return null;
    }
    throw out;
  }
  ts.excInfo = gen.excState.previous!;
  gen.excState.previous = null;
  if ((gen.state as GenState) === GenState.SUSPENDED) {
    lastReturned = false;
    return result;
  }
  gen.state = GenState.COMPLETED;
  genClearFrame(gen);
  if (gen.ob_type === PyAsyncGen_Type) {
    Py_DECREF(result);
    throw newNoArgs(PyExc_StopAsyncIteration);
  }
  lastReturned = true;
  return result;
}

/** The exception genSendEx2 handed back (a new reference), else null. */
let sendException: PyBaseException | null = null;

/** An exception with no arguments (CPython's PyErr_SetNone), a new reference. */
function newNoArgs(type: PyType): PyBaseException {
  return PyErr_WithArgs(type, PyTuple_New([]));
}

/** StopIteration carrying `value` (CPython's _PyGen_SetStopIterationValue), a new reference. */
export function stopIterationWithValue(value: PyObject): PyBaseException {
  if (value === Py_None) return PyErr_WithArgs(PyExc_StopIteration, PyTuple_New([]));
  Py_INCREF(value);
  const e = PyErr_WithArgs(PyExc_StopIteration, PyTuple_New([value]));
  Py_INCREF(value);
  e.fields = { value };
  return e;
}

/** gen.send(value): the next yielded value, or StopIteration(return value). */
export function genSend(gen: PyGen, arg: PyObject): PyObject {
  return sendResult(gen, genSendEx2(gen, arg, null, false));
}

/** tp_iternext of generators: null when exhausted (StopIteration(value) for a non-None return). */
export function genIterNext(o: PyObject): PyObject | null {
  const gen = o as PyGen;
  const r = genSendEx2(gen, null, null, false);
  if (r === null) return null;
  if (lastReturned) {
    if (r === Py_None) {
      Py_DECREF(r);
      return null;
    }
    try {
      throw stopIterationWithValue(r);
    } finally {
      Py_DECREF(r);
    }
  }
  return r;
}

/** Closes a sub-iterator we delegate to with `yield from` (CPython's gen_close_iter). */
function genCloseIter(yf: PyObject): void {
  if (yf.ob_type === PyGen_Type || yf.ob_type === PyCoro_Type) {
    const r = genClose(yf as PyGen);
    Py_DECREF(r);
    return;
  }
  const meth = PyObject_LookupAttrString(yf, "close");
  if (meth !== null) {
    try {
      const r = callNoArgs(meth);
      Py_DECREF(r);
    } finally {
      Py_DECREF(meth);
    }
  }
}

function callNoArgs(f: PyObject): PyObject {
  const call = f.ob_type.tp_call;
  if (call === null) raise(PyExc_TypeError, `'${f.ob_type.tp_name}' object is not callable`);
  return call(f, [], null);
}

/** gen.close() after the generator raised `e`: None for StopIteration or GeneratorExit. */
function closeFailed(e: unknown): PyObject {
  if (exceptionMatches(e, PyExc_StopIteration) || exceptionMatches(e, PyExc_GeneratorExit)) {
    Py_DECREF(e as PyBaseException);
    return Py_NewRef(Py_None);
  }
  throw e;
}

/**
 * gen.close() where CPython never makes the GeneratorExit object: PyErr_SetNone leaves it
 * unnormalized unless an exception is being handled (then it is made to be chained), and
 * nothing normalizes it on its way out of a frame with no handler at the yield, no exception of
 * its own being handled and no trace function. For a finished generator, nothing happens; for
 * a suspended or just-created one, what the error path does for it: a traceback entry (making
 * the frame object), the value stack popped, the frame cleared (the frame object, held by the
 * entry, takes the locals), then the entry dropped. Returns false when the full throw is needed.
 */
function closeWithoutException(gen: PyGen): boolean {
  const state = gen.state;
  if (state >= GenState.COMPLETED) return true;
  if (state === GenState.EXECUTING) return false;
  const ts = tstate;
  const frame = gen.frame;
  const code = frame.code;
  if (
    ts.listener !== null ||
    recursion.depth >= recursion.limit ||
    topmostException(ts) !== null ||
    (gen.excState.exc_value !== null && gen.excState.exc_value !== Py_None) ||
    findHandler(code, frame.pc - 1) !== null
  ) {
    return false;
  }
  const tb = hiddenFromTracebacks(code) ? null : PyTraceBack_Here(frame, null);
  const fast = frame.fast;
  const base = code.nlocalsplus;
  let sp = frame.sp;
  try {
    while (sp > base) {
      const v = fast[--sp];
      fast[sp] = null;
      frame.sp = sp;
      if (v !== null && v !== undefined) Py_DECREF(v);
    }
    gen.state = GenState.COMPLETED;
    genClearFrame(gen);
  } finally {
    if (tb !== null) Py_DECREF(tb);
  }
  return true;
}

/** gen.close(). */
export function genClose(gen: PyGen): PyObject {
  const yf = genYieldFrom(gen);
  if (yf === null && closeWithoutException(gen)) return Py_NewRef(Py_None);
  let err: unknown = null;
  if (yf !== null) {
    Py_INCREF(yf);
    const state = gen.state;
    gen.state = GenState.EXECUTING;
    try {
      genCloseIter(yf);
    } catch (e) {
      err = e;
    } finally {
      gen.state = state;
      Py_DECREF(yf);
    }
  }
  if (err !== null && !isPyException(err)) throw err;
  let exc: PyBaseException;
  if (err !== null) exc = err as PyBaseException;
  else {
    // PyErr_SetNone(PyExc_GeneratorExit): chained with the exception being handled, if any.
    exc = newNoArgs(PyExc_GeneratorExit);
    chainContext(exc);
  }
  let r: PyObject | null;
  try {
    r = genSendEx2(gen, Py_None, exc, true, true);
  } catch (e) {
    return closeFailed(e);
  }
  if (r === null) {
    const e = sendException;
    if (e === null) return Py_NewRef(Py_None);
    sendException = null;
    return closeFailed(e);
  }
  if (lastReturned) {
    Py_DECREF(r);
    return Py_NewRef(Py_None);
  }
  Py_DECREF(r);
  const kind = genKind(gen);
  raise(
    PyExc_RuntimeError,
    gen.ob_type === PyAsyncGen_Type
      ? "async generator ignored GeneratorExit"
      : `${kind} ignored GeneratorExit`,
  );
}

/**
 * gen.throw(typ[, val[, tb]]) (CPython's _gen_throw): delegates to a sub-iterator first when
 * suspended in `yield from` / `await`.
 */
export function genThrow(
  gen: PyGen,
  typ: PyObject,
  val: PyObject | null,
  tb: PyObject | null,
  closeOnGenExit = true,
): PyObject {
  const yf = genYieldFrom(gen);
  if (yf !== null) {
    Py_INCREF(yf);
    let ret: PyObject | null = null;
    let failure: unknown = null;
    if (isGeneratorExitType(typ) && closeOnGenExit) {
      const state = gen.state;
      gen.state = GenState.EXECUTING;
      try {
        genCloseIter(yf);
      } catch (e) {
        gen.state = state;
        Py_DECREF(yf);
        if (!isPyException(e)) throw e;
        return sendResult(gen, genSendEx2(gen, Py_None, e, false));
      }
      gen.state = state;
      Py_DECREF(yf);
      return throwHere(gen, typ, val, tb);
    }
    const state = gen.state;
    gen.state = GenState.EXECUTING;
    try {
      if (yf.ob_type === PyGen_Type || yf.ob_type === PyCoro_Type) {
        // Keep the frame stack looking like CPython's while the sub-generator runs.
        const ts = tstate;
        const prev = ts.frame;
        gen.frame.back = prev;
        ts.frame = gen.frame;
        try {
          ret = genThrow(yf as PyGen, typ, val, tb, closeOnGenExit);
        } finally {
          ts.frame = prev;
          gen.frame.back = null;
        }
      } else {
        const meth = PyObject_LookupAttrString(yf, "throw");
        if (meth === null) {
          gen.state = state;
          Py_DECREF(yf);
          return throwHere(gen, typ, val, tb);
        }
        try {
          const args = [typ];
          if (val !== null) args.push(val);
          if (tb !== null) args.push(tb);
          const call = meth.ob_type.tp_call!;
          ret = call(meth, args, null);
        } finally {
          Py_DECREF(meth);
        }
      }
    } catch (e) {
      failure = e;
    } finally {
      gen.state = state;
      Py_DECREF(yf);
    }
    if (failure === null) return ret!;
    if (!isPyException(failure)) throw failure;
    // The sub-iterator raised: pop it and continue after the delegation loop (SEND's target).
    const frame = gen.frame;
    const popped = frame.fast[--frame.sp]!;
    Py_DECREF(popped);
    const code = frame.code;
    // frame.pc is the RESUME after YIELD_VALUE; SEND is two instructions before it.
    const sendIdx = frame.pc - 2;
    frame.pc = code.instrs[2 * sendIdx + 1]!;
    if (exceptionMatches(failure, PyExc_StopIteration)) {
      const value = (failure.fields?.value as PyObject | undefined) ?? Py_None;
      Py_INCREF(value);
      Py_DECREF(failure);
      try {
        return sendResult(gen, genSendEx2(gen, value, null, false));
      } finally {
        Py_DECREF(value);
      }
    }
    return sendResult(gen, genSendEx2(gen, Py_None, failure, false));
  }
  return throwHere(gen, typ, val, tb);
}

function isGeneratorExitType(typ: PyObject): boolean {
  if (typ instanceof PyType) return PyType_IsSubtype(typ, PyExc_GeneratorExit);
  return isPyException(typ) && PyType_IsSubtype(typ.ob_type, PyExc_GeneratorExit);
}

/** Converts a genSendEx2 result into a method result (StopIteration on return). */
/**
 * gen_send_ex: a yielded value is the result; a return becomes StopIteration(value), or
 * StopAsyncIteration for an async generator (even one that had already finished).
 */
function sendResult(gen: PyGen, r: PyObject | null): PyObject {
  if (r === null) throw PyErr_WithArgs(PyExc_StopIteration, PyTuple_New([]));
  if (lastReturned) {
    try {
      if (gen.ob_type === PyAsyncGen_Type) throw newNoArgs(PyExc_StopAsyncIteration);
      throw stopIterationWithValue(r);
    } finally {
      Py_DECREF(r);
    }
  }
  return r;
}

/** Raises the given exception inside the generator (the `throw_here` part of _gen_throw). */
function throwHere(gen: PyGen, typ: PyObject, val: PyObject | null, tb: PyObject | null): PyObject {
  if (tb === Py_None) tb = null;
  else if (tb !== null && !(tb instanceof PyTraceback)) {
    raise(PyExc_TypeError, "throw() third argument must be a traceback object");
  }
  let exc: PyBaseException;
  if (typ instanceof PyType && PyType_IsSubtype(typ, PyExc_BaseExceptionType())) {
    // PyErr_NormalizeException: an error making the instance is what the generator receives
    try {
      exc = instantiateException(typ, val);
    } catch (e) {
      if (!isPyException(e)) throw e;
      exc = e;
    }
  } else if (isPyException(typ)) {
    if (val !== null && val !== Py_None) {
      raise(PyExc_TypeError, "instance exception may not have a separate value");
    }
    Py_INCREF(typ);
    exc = typ;
  } else {
    raise(
      PyExc_TypeError,
      `exceptions must be classes or instances deriving from BaseException, not ${typ.ob_type.tp_name}`,
    );
  }
  if (tb !== null) {
    const old = exc.traceback;
    Py_INCREF(tb);
    exc.traceback = tb;
    if (old !== null) Py_DECREF(old);
  }
  return sendResult(gen, genSendEx2(gen, Py_None, exc, false));
}

let baseExcType: PyType | null = null;
function PyExc_BaseExceptionType(): PyType {
  if (baseExcType === null) baseExcType = PyExc_GeneratorExit.tp_base!;
  return baseExcType;
}

/** Instantiates exception class `typ` from `val` as PyErr_NormalizeException does. */
function instantiateException(typ: PyType, val: PyObject | null): PyBaseException {
  if (val !== null && isPyException(val) && PyType_IsSubtype(val.ob_type, typ)) {
    Py_INCREF(val);
    return val;
  }
  let r: PyObject;
  const call = typ.ob_type.tp_call!;
  if (val === null || val === Py_None) r = call(typ, [], null);
  else if (val.ob_type.tp_name === "tuple")
    r = call(typ, (val as unknown as { items: PyObject[] }).items, null);
  else r = PyObject_CallOneArg(typ, val);
  if (!isPyException(r)) {
    const name = r.ob_type.tp_name;
    Py_DECREF(r);
    raise(
      PyExc_TypeError,
      `calling ${reprOf(typ)} should have returned an instance of BaseException, not ${name}`,
    );
  }
  return r;
}

/** PEP 442 finalizer: closes a generator that is still suspended when it dies. */
function genFinalize(gen: PyGen): void {
  if (gen.state >= GenState.COMPLETED) return;
  if (gen.ob_type === PyAsyncGen_Type && gen.finalizer !== null && !gen.closed) {
    try {
      const r = PyObject_CallOneArg(gen.finalizer, gen);
      Py_DECREF(r);
    } catch (e) {
      unraisableHook(e, gen);
    }
    return;
  }
  if (gen.ob_type === PyCoro_Type && gen.state === GenState.CREATED) {
    warnNeverAwaited(gen);
    return;
  }
  try {
    const r = genClose(gen);
    Py_DECREF(r);
  } catch (e) {
    unraisableHook(e, gen);
  }
}

/** Set by the warnings machinery: reports "coroutine '...' was never awaited". */
let neverAwaitedHook: ((gen: PyGen) => void) | null = null;
export function setNeverAwaitedHook(f: (gen: PyGen) => void): void {
  neverAwaitedHook = f;
}
function warnNeverAwaited(gen: PyGen): void {
  if (neverAwaitedHook !== null) neverAwaitedHook(gen);
}

// ---------------------------------------------------------------------------------------------
// coroutine.__await__() -> coroutine_wrapper

class PyCoroWrapper extends PyObject {
  constructor(public coro: PyGen) {
    super(PyCoroWrapper_Type);
  }
}

export const PyCoroWrapper_Type = newStaticType({
  name: "coroutine_wrapper",
  flags: TypeFlag.HAVE_GC,
  basicsize: 24,
});
PyCoroWrapper_Type.tp_dealloc = (o) => {
  PyObject_GC_UnTrack(o);
  Py_DECREF((o as PyCoroWrapper).coro);
  gcFree(o);
};
PyCoroWrapper_Type.tp_iter = (o) => Py_NewRef(o);
PyCoroWrapper_Type.tp_iternext = (o) => genIterNext((o as PyCoroWrapper).coro);
PyCoroWrapper_Type.tp_traverse = (o, visit) => visit((o as PyCoroWrapper).coro);

function coroAwait(coro: PyGen): PyObject {
  const w = new PyCoroWrapper(coro);
  gcAlloc(w, 24 + 16);
  Py_INCREF(coro);
  PyObject_GC_Track(w);
  return w;
}

// ---------------------------------------------------------------------------------------------
// Awaiting and sending (ceval's helpers)

/** _PyCoro_GetAwaitableIter: what `await o` iterates (new reference). */
export function getAwaitableIter(o: PyObject): PyObject {
  if (o.ob_type === PyCoro_Type || isIterableCoroutine(o)) return Py_NewRef(o);
  const getter = o.ob_type.am_await;
  if (getter !== null) {
    const res = getter(o);
    if (res.ob_type === PyCoro_Type || isIterableCoroutine(res)) {
      Py_DECREF(res);
      raise(PyExc_TypeError, "__await__() returned a coroutine");
    }
    if (res.ob_type.tp_iternext === null) {
      const name = res.ob_type.tp_name;
      Py_DECREF(res);
      raise(PyExc_TypeError, `__await__() returned non-iterator of type '${name}'`);
    }
    return res;
  }
  raise(PyExc_TypeError, `object ${o.ob_type.tp_name} can't be used in 'await' expression`);
}

/** A generator decorated with @types.coroutine (CO_ITERABLE_COROUTINE). */
function isIterableCoroutine(o: PyObject): boolean {
  return o.ob_type === PyGen_Type && ((o as PyGen).code.co_flags & 0x0100) !== 0;
}

let sendReturned = false;

/** Whether the last iterSend returned (true) or yielded (false). */
export function lastSendReturned(): boolean {
  return sendReturned;
}

/**
 * PyIter_Send: sends `arg` into `iter` (a generator, coroutine or any iterator with send());
 * returns the yielded or the returned value (new reference); lastSendReturned() tells which.
 */
export function iterSend(iter: PyObject, arg: PyObject): PyObject {
  const t = iter.ob_type;
  if (t === PyGen_Type || t === PyCoro_Type) {
    const r = genSendEx2(iter as PyGen, arg, null, false);
    if (r === null) {
      sendReturned = true;
      return Py_NewRef(Py_None);
    }
    sendReturned = lastReturned;
    return r;
  }
  const amSend = t.am_send;
  if (amSend !== null) {
    // an iterator with am_send (an awaited future's): its return value comes back without a
    // StopIteration thrown and caught here
    amSendResult.returned = false;
    const r = amSend(iter, arg);
    sendReturned = amSendResult.returned;
    return r;
  }
  let r: PyObject | null;
  try {
    if (arg === Py_None && t.tp_iternext !== null) {
      r = iternextKeepingStop(t.tp_iternext, iter);
    } else {
      const send = PyObject_LookupAttrString(iter, "send");
      if (send === null) raise(PyExc_TypeError, `'${t.tp_name}' object has no attribute 'send'`);
      try {
        r = PyObject_CallOneArg(send, arg);
      } finally {
        Py_DECREF(send);
      }
    }
  } catch (e) {
    if (exceptionMatches(e, PyExc_StopIteration)) {
      const exc = e as PyBaseException;
      const v = (exc.fields?.value as PyObject | undefined) ?? stopIterationArg(exc);
      Py_INCREF(v);
      Py_DECREF(exc);
      sendReturned = true;
      return v;
    }
    throw e;
  }
  if (r === null) {
    sendReturned = true;
    return Py_NewRef(Py_None);
  }
  sendReturned = false;
  return r;
}

function stopIterationArg(exc: PyBaseException): PyObject {
  const args = exc.args as { items?: PyObject[] } | null;
  return args?.items?.[0] ?? Py_None;
}

// ---------------------------------------------------------------------------------------------
// Async generators (asend / athrow awaitables, wrapped values)

/** ASYNC_GEN_WRAP: the marker a value yielded by an async generator travels in. */
class PyAsyncGenWrappedValue extends PyObject {
  constructor(public value: PyObject) {
    super(PyAsyncGenWrappedValue_Type);
  }
}

export const PyAsyncGenWrappedValue_Type = newStaticType({
  name: "async_generator_wrapped_value",
  flags: TypeFlag.HAVE_GC,
  basicsize: 24,
});
PyAsyncGenWrappedValue_Type.tp_dealloc = (o) => {
  PyObject_GC_UnTrack(o);
  Py_DECREF((o as PyAsyncGenWrappedValue).value);
  gcFree(o);
};
PyAsyncGenWrappedValue_Type.tp_traverse = (o, visit) => visit((o as PyAsyncGenWrappedValue).value);

/** Wraps `v` (borrowed), as ASYNC_GEN_WRAP does before YIELD_VALUE (new reference). */
export function asyncGenWrap(v: PyObject): PyObject {
  const w = new PyAsyncGenWrappedValue(v);
  gcAlloc(w, 24 + 16);
  Py_INCREF(v);
  PyObject_GC_Track(w);
  return w;
}

enum AwaitableState {
  INIT = 0,
  ITER = 1,
  CLOSED = 2,
}

class PyAsyncGenASend extends PyObject {
  state = AwaitableState.INIT;
  constructor(
    public gen: PyGen,
    public sendval: PyObject,
  ) {
    super(PyAsyncGenASend_Type);
  }
}

class PyAsyncGenAThrow extends PyObject {
  state = AwaitableState.INIT;
  constructor(
    public gen: PyGen,
    /** The athrow() arguments, or null for aclose(). */
    public args: PyObject[] | null,
  ) {
    super(PyAsyncGenAThrow_Type);
  }
}

export const PyAsyncGenASend_Type = newStaticType({
  name: "async_generator_asend",
  flags: TypeFlag.HAVE_GC,
  basicsize: 40,
});
export const PyAsyncGenAThrow_Type = newStaticType({
  name: "async_generator_athrow",
  flags: TypeFlag.HAVE_GC,
  basicsize: 40,
});

PyAsyncGenASend_Type.tp_dealloc = (o) => {
  PyObject_GC_UnTrack(o);
  const a = o as PyAsyncGenASend;
  Py_DECREF(a.gen);
  Py_DECREF(a.sendval);
  gcFree(o);
};
PyAsyncGenASend_Type.tp_traverse = (o, visit) => {
  const a = o as PyAsyncGenASend;
  visit(a.gen);
  visit(a.sendval);
};
PyAsyncGenAThrow_Type.tp_traverse = (o, visit) => {
  const a = o as PyAsyncGenAThrow;
  visit(a.gen);
  if (a.args !== null) for (const x of a.args) visit(x);
};
PyAsyncGenAThrow_Type.tp_dealloc = (o) => {
  PyObject_GC_UnTrack(o);
  const a = o as PyAsyncGenAThrow;
  Py_DECREF(a.gen);
  if (a.args !== null) for (const x of a.args) Py_DECREF(x);
  gcFree(o);
};

function newASend(gen: PyGen, sendval: PyObject): PyObject {
  const a = new PyAsyncGenASend(gen, sendval);
  gcAlloc(a, 40 + 16);
  Py_INCREF(gen);
  Py_INCREF(sendval);
  PyObject_GC_Track(a);
  return a;
}

function newAThrow(gen: PyGen, args: PyObject[] | null): PyObject {
  const a = new PyAsyncGenAThrow(gen, args);
  gcAlloc(a, 40 + 16);
  Py_INCREF(gen);
  if (args !== null) for (const x of args) Py_INCREF(x);
  PyObject_GC_Track(a);
  return a;
}

/**
 * async_gen_unwrap_value: a wrapped value means the async generator yielded (the awaitable
 * finishes with StopIteration(value)); a finished generator raises StopAsyncIteration.
 */
function asyncGenUnwrap(gen: PyGen, run: () => PyObject): PyObject {
  const result = asyncGenRun(gen, run);
  if (result instanceof PyAsyncGenWrappedValue) {
    const v = result.value;
    gen.runningAsync = false;
    try {
      throw stopIterationWithValue(v);
    } finally {
      Py_DECREF(result);
    }
  }
  return result;
}

/** Runs one step of the async generator; a failure (its end included) stops it running. */
function asyncGenRun(gen: PyGen, run: () => PyObject): PyObject {
  try {
    return run();
  } catch (e) {
    if (exceptionMatches(e, PyExc_StopAsyncIteration) || exceptionMatches(e, PyExc_GeneratorExit))
      gen.closed = true;
    gen.runningAsync = false;
    throw e;
  }
}

/** asend's checks before a step: the value to send into the generator. */
function asendStart(a: PyAsyncGenASend, arg: PyObject | null): PyObject {
  if (a.state === AwaitableState.CLOSED) {
    raise(PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  }
  if (a.state === AwaitableState.INIT) {
    if (a.gen.runningAsync) raise(PyExc_RuntimeError, "anext(): asynchronous generator is already running");
    if (arg === null || arg === Py_None) arg = a.sendval;
    a.state = AwaitableState.ITER;
  }
  a.gen.runningAsync = true;
  return arg ?? Py_None;
}

function asendSend(a: PyAsyncGenASend, arg: PyObject | null): PyObject {
  const v = asendStart(a, arg);
  try {
    return asyncGenUnwrap(a.gen, () => genSend(a.gen, v));
  } catch (e) {
    a.state = AwaitableState.CLOSED;
    throw e;
  }
}

/**
 * asend's am_send (the SEND of `await agen.asend(v)` / `async for`): a value the generator
 * yielded is returned as the awaitable's result (amSendResult.returned) instead of being made
 * into a StopIteration, thrown and caught, once per item.
 */
function asendAmSend(a: PyAsyncGenASend, arg: PyObject): PyObject {
  const v = asendStart(a, arg);
  let result: PyObject;
  try {
    result = asyncGenRun(a.gen, () => genSend(a.gen, v));
  } catch (e) {
    a.state = AwaitableState.CLOSED;
    throw e;
  }
  if (!(result instanceof PyAsyncGenWrappedValue)) return result;
  const value = Py_NewRef(result.value);
  Py_DECREF(result);
  a.gen.runningAsync = false;
  a.state = AwaitableState.CLOSED;
  amSendResult.returned = true;
  return value;
}

function asendThrow(a: PyAsyncGenASend, typ: PyObject, val: PyObject | null, tb: PyObject | null): PyObject {
  if (a.state === AwaitableState.CLOSED) {
    raise(PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  }
  try {
    return asyncGenUnwrap(a.gen, () => genThrow(a.gen, typ, val, tb));
  } catch (e) {
    a.state = AwaitableState.CLOSED;
    throw e;
  }
}

function athrowSend(o: PyAsyncGenAThrow, arg: PyObject): PyObject {
  const gen = o.gen;
  if (o.state === AwaitableState.CLOSED)
    raise(PyExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (gen.state >= GenState.COMPLETED) {
    o.state = AwaitableState.CLOSED;
    throw PyErr_WithArgs(PyExc_StopIteration, PyTuple_New([]));
  }
  const yieldClose = (): never => {
    gen.runningAsync = false;
    o.state = AwaitableState.CLOSED;
    raise(PyExc_RuntimeError, "async generator ignored GeneratorExit");
  };
  const checkError = (e: unknown): never => {
    gen.runningAsync = false;
    o.state = AwaitableState.CLOSED;
    if (
      o.args === null &&
      (exceptionMatches(e, PyExc_StopAsyncIteration) || exceptionMatches(e, PyExc_GeneratorExit))
    ) {
      Py_DECREF(e as PyBaseException);
      throw PyErr_WithArgs(PyExc_StopIteration, PyTuple_New([]));
    }
    throw e;
  };
  if (o.state === AwaitableState.INIT) {
    if (gen.runningAsync) {
      o.state = AwaitableState.CLOSED;
      raise(
        PyExc_RuntimeError,
        o.args === null
          ? "aclose(): asynchronous generator is already running"
          : "athrow(): asynchronous generator is already running",
      );
    }
    if (gen.closed) {
      o.state = AwaitableState.CLOSED;
      throw newNoArgs(PyExc_StopAsyncIteration);
    }
    if (arg !== Py_None) raise(PyExc_RuntimeError, "can't send non-None value to a just-started coroutine");
    o.state = AwaitableState.ITER;
    gen.runningAsync = true;
    let retval: PyObject;
    try {
      if (o.args === null) {
        gen.closed = true;
        retval = genThrow(gen, PyExc_GeneratorExit, null, null, false);
        if (retval instanceof PyAsyncGenWrappedValue) {
          Py_DECREF(retval);
          yieldClose();
        }
      } else {
        const [typ, val, tb] = [o.args[0]!, o.args[1] ?? null, o.args[2] ?? null];
        retval = asyncGenUnwrap(gen, () => genThrow(gen, typ, val, tb, false));
      }
    } catch (e) {
      if (e instanceof PyObject && !exceptionMatches(e, PyExc_StopIteration)) return checkError(e);
      if (exceptionMatches(e, PyExc_StopIteration) && o.args !== null) throw e;
      return checkError(e);
    }
    return retval;
  }
  try {
    if (o.args !== null) return asyncGenUnwrap(gen, () => genSend(gen, arg));
    const retval = genSend(gen, arg);
    if (retval instanceof PyAsyncGenWrappedValue) {
      Py_DECREF(retval);
      yieldClose();
    }
    return retval;
  } catch (e) {
    if (o.args !== null) throw e;
    return checkError(e);
  }
}

function athrowThrow(
  o: PyAsyncGenAThrow,
  typ: PyObject,
  val: PyObject | null,
  tb: PyObject | null,
): PyObject {
  const gen = o.gen;
  if (o.state === AwaitableState.CLOSED)
    raise(PyExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (o.args !== null) return asyncGenUnwrap(gen, () => genThrow(gen, typ, val, tb));
  let retval: PyObject;
  try {
    retval = genThrow(gen, typ, val, tb);
  } catch (e) {
    if (exceptionMatches(e, PyExc_StopAsyncIteration) || exceptionMatches(e, PyExc_GeneratorExit)) {
      Py_DECREF(e as PyBaseException);
      throw PyErr_WithArgs(PyExc_StopIteration, PyTuple_New([]));
    }
    throw e;
  }
  if (retval instanceof PyAsyncGenWrappedValue) {
    gen.runningAsync = false;
    o.state = AwaitableState.CLOSED;
    Py_DECREF(retval);
    raise(PyExc_RuntimeError, "async generator ignored GeneratorExit");
  }
  return retval;
}

/**
 * async_gen_init_hooks: on an async generator's first __anext__/asend/athrow/aclose it keeps the
 * thread's finalizer hook (called instead of closing it when it dies unfinished) and is passed
 * to the firstiter hook; this is how an event loop learns of the generators it must close.
 */
function asyncGenInitHooks(gen: PyGen): void {
  if (gen.hooksInited) return;
  gen.hooksInited = true;
  const finalizer = tstate.asyncGenFinalizer;
  if (finalizer !== null) gen.finalizer = Py_NewRef(finalizer);
  const firstiter = tstate.asyncGenFirstiter;
  if (firstiter !== null) {
    Py_INCREF(firstiter);
    try {
      Py_DECREF(PyObject_CallOneArg(firstiter, gen));
    } finally {
      Py_DECREF(firstiter);
    }
  }
}

function installAsyncGenMethods(): void {
  PyAsyncGen_Type.am_aiter = (o) => Py_NewRef(o);
  PyAsyncGen_Type.am_anext = (o) => {
    asyncGenInitHooks(o as PyGen);
    return newASend(o as PyGen, Py_None);
  };
  defineMethods(PyAsyncGen_Type, {
    asend: (self, args, kw) => {
      const value = oneArgOnly(args, kw, "asend");
      asyncGenInitHooks(self as PyGen);
      return newASend(self as PyGen, value);
    },
    athrow: (self, args, kw) => {
      const throwArgsGiven = throwArgs(args, kw, "athrow").filter((x) => x !== null) as PyObject[];
      asyncGenInitHooks(self as PyGen);
      return newAThrow(self as PyGen, throwArgsGiven);
    },
    aclose: (self, args, kw) => {
      noArgsOnly(args, kw, "aclose");
      asyncGenInitHooks(self as PyGen);
      return newAThrow(self as PyGen, null);
    },
  });
  for (const t of [PyAsyncGenASend_Type, PyAsyncGenAThrow_Type]) {
    t.tp_iter = (o) => Py_NewRef(o);
    t.am_await = (o) => Py_NewRef(o);
  }
  PyAsyncGenASend_Type.tp_iternext = (o) => asendSend(o as PyAsyncGenASend, null);
  PyAsyncGenASend_Type.am_send = (o, arg) => asendAmSend(o as PyAsyncGenASend, arg);
  PyAsyncGenAThrow_Type.tp_iternext = (o) => athrowSend(o as PyAsyncGenAThrow, Py_None);
  defineMethods(PyAsyncGenASend_Type, {
    send: (self, args, kw) => asendSend(self as PyAsyncGenASend, oneArgOnly(args, kw, "send")),
    throw: (self, args, kw) => {
      const [typ, val, tb] = throwArgs(args, kw, "throw");
      return asendThrow(self as PyAsyncGenASend, typ, val, tb);
    },
    close: (self, args, kw) => {
      noArgsOnly(args, kw, "close");
      (self as PyAsyncGenASend).state = AwaitableState.CLOSED;
      return Py_NewRef(Py_None);
    },
  });
  defineMethods(PyAsyncGenAThrow_Type, {
    send: (self, args, kw) => athrowSend(self as PyAsyncGenAThrow, oneArgOnly(args, kw, "send")),
    throw: (self, args, kw) => {
      const [typ, val, tb] = throwArgs(args, kw, "throw");
      return athrowThrow(self as PyAsyncGenAThrow, typ, val, tb);
    },
    close: (self, args, kw) => {
      noArgsOnly(args, kw, "close");
      (self as PyAsyncGenAThrow).state = AwaitableState.CLOSED;
      return Py_NewRef(Py_None);
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Installing the methods

function throwArgs(
  args: PyObject[],
  kwnames: string[] | null,
  name: string,
): [PyObject, PyObject | null, PyObject | null] {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, `${name}() takes no keyword arguments`);
  if (args.length < 1 || args.length > 3) {
    raise(
      PyExc_TypeError,
      args.length < 1
        ? `${name} expected at least 1 argument, got ${args.length}`
        : `${name} expected at most 3 arguments, got ${args.length}`,
    );
  }
  return [args[0]!, args[1] ?? null, args[2] ?? null];
}

function oneArgOnly(args: PyObject[], kwnames: string[] | null, name: string): PyObject {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, `${name}() takes no keyword arguments`);
  if (args.length !== 1)
    raise(PyExc_TypeError, `${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

function noArgsOnly(args: PyObject[], kwnames: string[] | null, name: string): void {
  if ((kwnames !== null && kwnames.length > 0) || args.length !== 0) {
    raise(PyExc_TypeError, `${name}() takes no arguments (${args.length} given)`);
  }
}

export function installGeneratorMethods(): void {
  setGenFinalizer(genFinalize);
  installAsyncGenMethods();
  PyGen_Type.tp_iter = (o) => Py_NewRef(o);
  PyGen_Type.tp_iternext = genIterNext;
  for (const [t, prefix] of [
    [PyGen_Type, "generator"],
    [PyCoro_Type, "coroutine"],
  ] as const) {
    defineMethods(t, {
      send: (self, args, kw) => genSend(self as PyGen, oneArgOnly(args, kw, `${prefix}.send`)),
      throw: (self, args, kw) => {
        const [typ, val, tb] = throwArgs(args, kw, "throw");
        return genThrow(self as PyGen, typ, val, tb);
      },
      close: (self, args, kw) => {
        noArgsOnly(args, kw, `${prefix}.close`);
        return genClose(self as PyGen);
      },
    });
  }
  // gen_sizeof: the object with its frame (locals and value stack) embedded, as in 3.11.
  for (const t of [PyGen_Type, PyCoro_Type, PyAsyncGen_Type]) {
    defineMethods(t, {
      __sizeof__: (self, args, kw) => {
        noArgsOnly(args, kw, "__sizeof__");
        return PyInt_FromNumber(gen_sizeof(self as PyGen) - 16); // sys.getsizeof adds the 16-byte GC header
      },
    });
  }
  PyCoro_Type.am_await = (o) => coroAwait(o as PyGen);
  defineMethods(PyCoroWrapper_Type, {
    send: (self, args, kw) => genSend((self as PyCoroWrapper).coro, oneArgOnly(args, kw, "send")),
    throw: (self, args, kw) => {
      const [typ, val, tb] = throwArgs(args, kw, "throw");
      return genThrow((self as PyCoroWrapper).coro, typ, val, tb);
    },
    close: (self, args, kw) => {
      noArgsOnly(args, kw, "close");
      return genClose((self as PyCoroWrapper).coro);
    },
  });
}
