import { CodeFlag, FastKind, Op } from "../compiler/opcodes.js";
import { type Frame, FrameOwner, releaseFrameReferences } from "../vm/frame.js";
import { addressHex, PyObject_DelItem, PyObject_SetItem } from "./abstract.js";
import { noArgs } from "./args.js";
import { PyCell } from "./cell.js";
import { PyDict, PyDict_DelItem, PyDict_GetItem, PyDict_New, PyDict_SetItem } from "./dict.js";
import type { PyBaseException } from "./exceptions.js";
import { exceptionMatches, PyExc_KeyError, PyExc_RuntimeError, raise } from "./exceptions.js";
import { GenState, PyGen_Finalize } from "./generator.js";
import { PyInt_FromNumber } from "./int.js";
import { defineGetSets, defineMethods } from "./methods.js";
import { Py_None } from "./none.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF, PyObject } from "./object.js";
import { PyStr_FromString } from "./str.js";
import { gcAlloc, gcFree, PyObject_GC_UnTrack } from "./tuple.js";
import { newStaticType, TypeFlag } from "./type.js";

/**
 * `frame` (CPython's Objects/frameobject.c): the Python-visible view of an interpreter frame,
 * created lazily (sys._getframe(), tracebacks, generators' gi_frame). While the frame runs the
 * object just points at it; if the object outlives the call it takes the frame over, keeping
 * its locals alive (that is why a stored traceback keeps the locals of every frame in it).
 */
export class PyFrameObject extends PyObject {
  /** The interpreter frame; null once released. */
  frame: Frame | null;
  /** Set when the frame finished while this object was alive (CPython's f_back after take_ownership). */
  f_back: PyFrameObject | null = null;
  f_trace: PyObject | null = null;
  f_trace_lines = true;
  f_trace_opcodes = false;
  /** Locals, cells, free variables and stack slots of the code (kept after the frame is released). */
  readonly frameSlots: number;

  constructor(frame: Frame) {
    super(PyFrame_Type);
    this.frame = frame;
    this.frameSlots = frame.code.framesize;
  }
}

// a frame object's own copy of the interpreter frame's locals, cells and stack (pointers) follows it
export const PyFrame_Type = newStaticType({
  name: "frame",
  flags: TypeFlag.HAVE_GC,
  basicsize: 120,
  itemsize: 8,
});

/** The frame object of `frame`, created on first use (new reference). */
export function PyFrame_GetFrameObject(frame: Frame): PyFrameObject {
  let fo = frame.frameObj;
  if (fo === null) {
    fo = new PyFrameObject(frame);
    gcAlloc(fo, frameObjectSize(frame) + 16);
    frame.frameObj = fo; // the frame's own reference
  }
  return Py_NewRef(fo);
}

/**
 * The frame object's size, as _PyFrame_New_NoTrack requests it (PyObject_GC_NewVar with one item per
 * local, cell, free variable and stack slot; tp_basicsize already holds the interpreter frame's
 * header): what frame_sizeof reports, without the GC header.
 */
function frameObjectSize(frame: Frame): number {
  return PyFrame_Type.tp_basicsize + 8 * (frame.code.nlocalsplus + frame.code.co_stacksize);
}

function frame_dealloc(o: PyObject): void {
  const fo = o as PyFrameObject;
  PyObject_GC_UnTrack(fo);
  const frame = fo.frame;
  fo.frame = null;
  if (frame !== null) {
    if (frame.owner === FrameOwner.FRAME_OBJECT) {
      // We own the frame's data: release it as _PyFrame_Clear would have.
      frame.owner = FrameOwner.CLEARED;
      releaseFrameReferences(frame);
      Py_DECREF(frame.code);
    } else if (frame.frameObj === fo) {
      frame.frameObj = null;
    }
  }
  const back = fo.f_back;
  fo.f_back = null;
  Py_XDECREF(back);
  const trace = fo.f_trace;
  fo.f_trace = null;
  Py_XDECREF(trace);
  gcFree(fo);
}

function frame_repr(o: PyObject): PyObject {
  const fo = o as PyFrameObject;
  const f = fo.frame;
  if (f === null) return PyStr_FromString(`<frame at ${addressHex(fo)}, cleared>`);
  return PyStr_FromString(
    `<frame at ${addressHex(fo)}, file '${f.code.co_filename.value}', line ${f.lineno}, code ${f.code.co_name.value}>`,
  );
}

PyFrame_Type.tp_dealloc = frame_dealloc;
PyFrame_Type.tp_repr = frame_repr;
PyFrame_Type.tp_traverse = (o, visit) => {
  const fo = o as PyFrameObject;
  if (fo.f_back !== null) visit(fo.f_back);
  if (fo.f_trace !== null) visit(fo.f_trace);
  const f = fo.frame;
  if (f !== null && f.owner === FrameOwner.FRAME_OBJECT) visitFrame(f, visit);
};
// frame_tp_clear: drops f_trace and the locals and stack (not the function, code or locals dict).
PyFrame_Type.tp_clear = (o) => {
  const fo = o as PyFrameObject;
  const trace = fo.f_trace;
  fo.f_trace = null;
  Py_XDECREF(trace);
  const f = fo.frame;
  if (f === null || f.owner === FrameOwner.CLEARED) return;
  const fast = f.fast;
  const top = f.sp;
  f.sp = 0;
  for (let i = 0; i < top; i++) {
    const v = fast[i];
    if (v !== null && v !== undefined) {
      fast[i] = null;
      Py_DECREF(v);
    }
  }
};

/** Visits the references a frame owns (for the cycle collector), in _PyFrame_Traverse's order. */
export function visitFrame(f: Frame, visit: (o: PyObject) => void): void {
  if (f.frameObj !== null) visit(f.frameObj);
  if (f.locals !== null) visit(f.locals);
  visit(f.func);
  visit(f.code);
  const fast = f.fast;
  for (let i = 0; i < f.sp; i++) {
    const v = fast[i];
    if (v !== null && v !== undefined) visit(v);
  }
}

/** The frame that called `f` (skipping none), as a new reference or null. */
function frameBack(fo: PyFrameObject): PyObject | null {
  if (fo.f_back !== null) return Py_NewRef(fo.f_back);
  const f = fo.frame;
  if (f === null) return null;
  const back = f.back;
  if (back === null) return null;
  return PyFrame_GetFrameObject(back);
}

/**
 * Copies the fast locals into the frame's locals dict and returns it (borrowed): CPython's
 * _PyFrame_FastToLocalsWithError, used by f_locals and locals().
 */
export function PyFrame_FastToLocals(f: Frame): PyObject {
  let locals = f.locals;
  if (locals === null) {
    locals = f.locals = PyDict_New();
  }
  const code = f.code;
  const optimized = (code.co_flags & CodeFlag.OPTIMIZED) !== 0;
  const fast = f.fast;
  const started = f.pc > 0;
  let freeInit = false;
  if (!started && code.ninstrs > 0 && code.instrs[0] === Op.COPY_FREE_VARS) freeInit = true;
  for (let i = 0; i < code.nlocalsplus; i++) {
    const kind = code.localspluskinds[i]!;
    if (kind & FastKind.FREE && !optimized) continue;
    const name = code.localsplusnames[i]!;
    let value: PyObject | null = fast[i] ?? null;
    if (kind & FastKind.FREE) {
      if (freeInit) {
        const closure = f.func.func_closure;
        const nfree = code.nfreevars;
        const cell = closure === null ? null : (closure.items[i - (code.nlocalsplus - nfree)] as PyCell);
        value = cell === null ? null : cell.ob_ref;
      } else if (value instanceof PyCell) {
        value = value.ob_ref;
      }
    } else if (kind & FastKind.CELL) {
      if (value instanceof PyCell && started) value = value.ob_ref;
    }
    if (value === null) {
      if (locals instanceof PyDict) {
        if (PyDict_GetItem(locals, name) !== null) PyDict_DelItem(locals, name);
      } else {
        try {
          PyObject_DelItem(locals, name);
        } catch (e) {
          if (!exceptionMatches(e, PyExc_KeyError)) throw e;
          Py_DECREF(e as PyBaseException);
        }
      }
    } else if (locals instanceof PyDict) {
      PyDict_SetItem(locals, name, value);
    } else {
      PyObject_SetItem(locals, name, value);
    }
  }
  return locals;
}

function liveFrame(o: PyObject): Frame | null {
  return (o as PyFrameObject).frame;
}

defineGetSets(PyFrame_Type, [
  {
    name: "f_back",
    get: (o) => frameBack(o as PyFrameObject) ?? Py_NewRef(Py_None),
  },
  {
    name: "f_code",
    get: (o) => {
      const f = liveFrame(o);
      return f === null ? Py_NewRef(Py_None) : Py_NewRef(f.code);
    },
  },
  {
    name: "f_globals",
    get: (o) => {
      const f = liveFrame(o);
      return f === null ? Py_NewRef(Py_None) : Py_NewRef(f.globals);
    },
  },
  {
    name: "f_builtins",
    get: (o) => {
      const f = liveFrame(o);
      return f === null ? Py_NewRef(Py_None) : Py_NewRef(f.builtins);
    },
  },
  {
    name: "f_locals",
    get: (o) => {
      const f = liveFrame(o);
      if (f === null || f.owner === FrameOwner.CLEARED) return PyDict_New();
      return Py_NewRef(PyFrame_FastToLocals(f));
    },
  },
  {
    name: "f_lineno",
    get: (o) => {
      const f = liveFrame(o);
      return f === null ? Py_NewRef(Py_None) : PyInt_FromNumber(f.lineno);
    },
  },
  {
    name: "f_lasti",
    get: (o) => {
      const f = liveFrame(o);
      return PyInt_FromNumber(f === null ? -1 : f.lasti * 2);
    },
  },
  {
    name: "f_trace",
    get: (o) => Py_NewRef((o as PyFrameObject).f_trace ?? Py_None),
    set: (o, v) => {
      const fo = o as PyFrameObject;
      const old = fo.f_trace;
      fo.f_trace = v === null || v === Py_None ? null : Py_NewRef(v);
      Py_XDECREF(old);
    },
  },
]);

defineMethods(PyFrame_Type, {
  // frame_sizeof: the object's header and the interpreter frame's data, whoever owns it.
  __sizeof__: (self) => PyInt_FromNumber(PyFrame_Type.tp_basicsize + 8 * (self as PyFrameObject).frameSlots),
  // frame_clear: a finished frame loses its locals and stack (frame_tp_clear) but keeps its code,
  // globals and line, so a traceback through it still prints; a suspended generator's frame is
  // finalized (the generator closed); a running frame cannot be cleared.
  clear: (self, args, kwnames) => {
    noArgs("frame.clear", args, kwnames);
    const fo = self as PyFrameObject;
    const f = fo.frame;
    if (f === null || f.owner === FrameOwner.CLEARED) return Py_NewRef(Py_None);
    if (f.owner === FrameOwner.GENERATOR && f.gen !== null) {
      if (f.gen.state === GenState.EXECUTING) raise(PyExc_RuntimeError, "cannot clear an executing frame");
      PyGen_Finalize(f.gen);
    } else if (f.owner === FrameOwner.THREAD) {
      raise(PyExc_RuntimeError, "cannot clear an executing frame");
    } else {
      PyFrame_Type.tp_clear!(fo);
    }
    return Py_NewRef(Py_None);
  },
});
