import type { PyCode } from "../objects/code.js";
import type { PyDict } from "../objects/dict.js";
import { PyFrame_GetFrameObject, type PyFrameObject } from "../objects/frame.js";
import type { PyFunction } from "../objects/function.js";
import type { PyGen } from "../objects/generator.js";
import { Py_DECREF, Py_INCREF, type PyObject } from "../objects/object.js";
import { _PyObject_GC_IS_TRACKED, PyObject_GC_Track } from "../objects/tuple.js";
import { type CallTemporaries, releaseCallTemporaries } from "../objects/typeobject.js";

/** Who owns an interpreter frame (CPython's _PyFrameOwner). */
export enum FrameOwner {
  THREAD = 0,
  GENERATOR = 1,
  FRAME_OBJECT = 2,
  /** Cleared: its references are released and it may be reused. */
  CLEARED = 3,
}

/**
 * An interpreter frame (CPython's _PyInterpreterFrame): what a running call needs. The
 * `fast` array holds the localsplus slots (arguments, locals, cells, free variables) followed
 * by the value stack; `sp` is the index one past the top of the stack. Every non-null entry
 * below `sp` is a strong reference owned by the frame, as in CPython, so `sys.getrefcount`
 * sees the same counts.
 *
 * Frames are not heap objects (CPython keeps them in a per-thread data stack); a Python-visible
 * `frame` object (src/objects/frame.ts) is created only when someone asks for one.
 */
export class Frame {
  code: PyCode;
  /** The function being run (strong reference; CPython's f_func). */
  func: PyFunction;
  /** Borrowed from the function. */
  globals: PyDict;
  /** Borrowed from the function: a dict, or any object globals' `__builtins__` named (CPython's f_builtins). */
  builtins: PyObject;
  /** The locals mapping of module and class bodies (strong reference), null for functions. */
  locals: PyObject | null;
  fast: (PyObject | null)[];
  sp: number;
  /** Index of the next instruction to execute. The current one is `pc - 1`. */
  pc: number;
  /** The calling frame while this one is on the frame stack. */
  back: Frame | null = null;
  /** True when this frame was entered by a (nested) call of the evaluation loop. */
  isEntry = false;
  /**
   * On an entry frame: an exception leaving it is handed back (evalFrameCatching returns null,
   * takeEntryException gives it) instead of thrown.
   */
  returnsException = false;
  frameObj: PyFrameObject | null = null;
  owner: FrameOwner = FrameOwner.THREAD;
  /** The generator/coroutine that owns this frame. */
  gen: PyGen | null = null;
  /**
   * Set on the frame of an `__init__` pushed by CALL for `Class(...)`: the new instance (a strong
   * reference), pushed on the caller's stack when `__init__` returns None.
   */
  initInstance: PyObject | null = null;
  /**
   * References CPython's native call path would hold while this frame runs (the argument tuple
   * and the unpacked keyword arguments of type.__call__ or a `f(*a, **k)` call), released, in
   * order, when the frame is done: so sys.getrefcount sees CPython's counts.
   */
  extraRefs: PyObject[] | null = null;
  /**
   * Raw blocks the native call path would hold while this frame runs (_PyObject_Call_Prepend's
   * argument array, _PyStack_UnpackDict's), freed just before extraRefs are released. Set only
   * together with extraRefs.
   */
  callTemporaries: CallTemporaries | null = null;
  /** Instruction index of the last traced instruction (tracing only). */
  traceLast = -1;
  /**
   * A "call" event was delivered for this frame (its RESUME ran while tracing). As in CPython,
   * where line events go to the frame's f_trace that the call event installs, a frame gets line
   * events only after that (a generator's creation, before RESUME, gets none).
   */
  traceCalled = false;
  /**
   * The trace recorder's bookkeeping (src/trace/recorder.ts), kept here rather than in maps
   * keyed by frame because it is read at every step: the recorder epoch at which the frame last
   * ran an instruction and last started or resumed, and its depth on the recorder's frame stack.
   */
  traceTouched = 0;
  traceActivated = 0;
  traceIndex = -1;

  constructor(func: PyFunction, code: PyCode, locals: PyObject | null) {
    this.code = code;
    this.func = func;
    this.globals = func.func_globals;
    this.builtins = func.func_builtins;
    this.locals = locals;
    this.fast = new Array<PyObject | null>(code.framesize).fill(null);
    this.sp = code.nlocalsplus;
    this.pc = 0;
  }

  /** The instruction being executed (or last executed, for suspended frames). */
  get lasti(): number {
    return this.pc - 1;
  }

  /** Current line number (co_firstlineno before the first instruction ran). */
  get lineno(): number {
    const i = this.pc - 1;
    if (i < 0) return this.code.co_firstlineno;
    const line = this.code.lineOf(i);
    return line < 0 ? this.code.co_firstlineno : line;
  }
}

const FRAME_POOL_MAX = 32;

/**
 * A frame ready to run `func` (whose code is `code`): takes references to the function, its
 * code and `locals`. Argument binding fills `fast` afterwards.
 */
export function newFrame(func: PyFunction, code: PyCode, locals: PyObject | null): Frame {
  func.ob_refcnt++;
  return takeFrame(func, code, locals);
}

/** newFrame that takes over a reference to `func` the caller owns (the value stack's). */
export function takeFrame(func: PyFunction, code: PyCode, locals: PyObject | null): Frame {
  // Reference counts changed in place rather than through Py_INCREF/Py_DECREF: V8 inlines those
  // with the feedback of every caller (every hidden class: a megamorphic access, ~10x slower),
  // while an access written here sees one class (a code object, a function).
  code.ob_refcnt++;
  code.warmup++;
  if (locals !== null) Py_INCREF(locals);
  const pool = code.framePool as Frame[];
  if (pool.length > 0) {
    const f = pool.pop()!;
    f.func = func;
    f.globals = func.func_globals;
    f.builtins = func.func_builtins;
    f.locals = locals;
    f.sp = code.nlocalsplus;
    f.pc = 0;
    f.owner = FrameOwner.THREAD;
    return f;
  }
  return new Frame(func, code, locals);
}

/**
 * Releases what a finished frame owns, in CPython's order (_PyFrame_Clear): if a frame object
 * still has other references it takes the frame over (its locals stay alive, visible through
 * tracebacks); otherwise the localsplus slots and the stack are released in slot order, then
 * the locals mapping, the function and the code.
 */
export function clearFrame(frame: Frame): void {
  const inst = frame.initInstance;
  if (inst !== null) {
    // An __init__ frame that did not return normally: type.__call__ drops the instance after it.
    frame.initInstance = null;
    try {
      clearFrame(frame);
    } finally {
      Py_DECREF(inst);
    }
    return;
  }
  const extra = frame.extraRefs;
  if (extra !== null) {
    frame.extraRefs = null;
    const held = frame.callTemporaries;
    frame.callTemporaries = null;
    try {
      clearFrame(frame);
    } finally {
      if (held !== null) releaseCallTemporaries(held);
      for (const o of extra) Py_DECREF(o);
    }
    return;
  }
  const fo = frame.frameObj;
  if (fo !== null) {
    frame.frameObj = null;
    if (fo.ob_refcnt > 1) {
      takeOwnership(fo, frame);
      Py_DECREF(fo);
      return;
    }
    // The frame object dies with us; it must not try to clear the frame again.
    fo.frame = null;
    Py_DECREF(fo);
  }
  releaseFrameReferences(frame);
  const code = frame.code;
  frame.owner = FrameOwner.CLEARED;
  frame.back = null;
  frame.gen = null;
  frame.isEntry = false;
  frame.traceLast = -1;
  frame.traceCalled = false;
  const pool = code.framePool as Frame[];
  if (pool.length < FRAME_POOL_MAX && code.ob_refcnt > 1) pool.push(frame);
  if (--code.ob_refcnt === 0) code.ob_type.tp_dealloc(code);
}

/** Releases the slots, the stack, the locals mapping and the function (not the code). */
export function releaseFrameReferences(frame: Frame): void {
  const fast = frame.fast;
  const top = frame.sp;
  for (let i = 0; i < top; i++) {
    const v = fast[i];
    if (v !== null && v !== undefined) {
      fast[i] = null;
      if (--v.ob_refcnt === 0) v.ob_type.tp_dealloc(v);
    }
  }
  frame.sp = frame.code.nlocalsplus;
  const locals = frame.locals;
  if (locals !== null) {
    frame.locals = null;
    Py_DECREF(locals);
  }
  const func = frame.func;
  if (--func.ob_refcnt === 0) func.ob_type.tp_dealloc(func);
}

/**
 * A frame object that outlives its frame's execution keeps the frame's data (CPython's
 * take_ownership): it links f_back to the caller's frame object, and the frame's references
 * are released when the frame object is deallocated.
 */
function takeOwnership(fo: PyFrameObject, frame: Frame): void {
  frame.owner = FrameOwner.FRAME_OBJECT;
  if (!_PyObject_GC_IS_TRACKED(fo)) PyObject_GC_Track(fo);
  const back = frame.back;
  frame.back = null;
  if (back !== null && fo.f_back === null) {
    fo.f_back = frameObjectOf(back);
  }
}

/**
 * An entry frame (run from native code: exec, a key function, a dunder called by a builtin)
 * leaves its loop before its native caller clears it, and drops its link to the frame below
 * then. CPython keeps that link until the clear, where take_ownership sets f_back of a frame
 * object that outlives the frame (a traceback's, sys._getframe()'s) to the caller's frame
 * object, making it if need be: this links it now, as the clear would.
 */
export function linkEntryFrameBack(frame: Frame): void {
  const fo = frame.frameObj;
  if (fo !== null && fo.ob_refcnt > 1 && fo.f_back === null && frame.back !== null && frame.gen === null)
    fo.f_back = frameObjectOf(frame.back);
}

/** The frame object of `frame` (created on first use), as a new reference. */
export function frameObjectOf(frame: Frame): PyFrameObject {
  return PyFrame_GetFrameObject(frame);
}
