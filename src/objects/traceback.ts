import type { Frame } from "../vm/frame.js";
import { PyNumber_AsSsize_t } from "./abstract.js";
import { noArgs, parseArgs } from "./args.js";
import { PyExc_TypeError, PyExc_ValueError, raise } from "./exceptions.js";
import { PyFrame_GetFrameObject, PyFrame_Type, type PyFrameObject } from "./frame.js";
import { PyInt_FromNumber } from "./int.js";
import { PyList_New } from "./list.js";
import { defineGetSets, defineMethods } from "./methods.js";
import { Py_None } from "./none.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF, PyObject } from "./object.js";
import { argTypeName, PyStr_FromString } from "./str.js";
import { gcAlloc, gcFree, PyObject_GC_Track, PyObject_GC_UnTrack } from "./tuple.js";
import { newStaticType, TypeFlag } from "./type.js";

/**
 * `traceback` (CPython's Python/traceback.c): one entry per frame an exception passed through,
 * outermost first; built as the exception propagates (PyTraceBack_Here).
 */
export class PyTraceback extends PyObject {
  constructor(
    public tb_next: PyTraceback | null,
    public tb_frame: PyFrameObject,
    /** CPython's tb_lasti: a code-unit offset; ours is instruction index * 2 (see co_positions). */
    public tb_lasti: number,
    public tb_lineno: number,
  ) {
    super(PyTraceBack_Type);
  }
}

export const PyTraceBack_Type = newStaticType({ name: "traceback", flags: TypeFlag.HAVE_GC, basicsize: 40 });

/** A new traceback entry for `frame` at its current instruction, in front of `next` (stolen). */
export function PyTraceBack_Here(frame: Frame, next: PyTraceback | null): PyTraceback {
  const fo = PyFrame_GetFrameObject(frame);
  const lasti = frame.pc - 1;
  const tb = new PyTraceback(next, fo, lasti * 2, frame.code.lineOf(lasti));
  gcAlloc(tb, 40 + 16);
  PyObject_GC_Track(tb);
  return tb;
}

/** The line of a traceback entry as CPython reports it (the frame's first line when unknown). */
export function tracebackLine(tb: PyTraceback): number {
  return tb.tb_lineno;
}

function tb_dealloc(o: PyObject): void {
  const tb = o as PyTraceback;
  PyObject_GC_UnTrack(tb);
  const next = tb.tb_next;
  tb.tb_next = null;
  Py_XDECREF(next);
  Py_DECREF(tb.tb_frame);
  gcFree(tb);
}

PyTraceBack_Type.tp_dealloc = tb_dealloc;
PyTraceBack_Type.tp_traverse = (o, visit) => {
  const tb = o as PyTraceback;
  if (tb.tb_next !== null) visit(tb.tb_next);
  visit(tb.tb_frame);
};

/** types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno). */
PyTraceBack_Type.tp_new = (_type, args, kwnames) => {
  const [next, frame, lasti, lineno] = parseArgs("traceback", args, kwnames, {
    names: ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"],
    required: 4,
  });
  if (next !== Py_None && !(next instanceof PyTraceback)) {
    raise(PyExc_TypeError, `expected traceback object or None, got '${next!.ob_type.tp_name}'`);
  }
  if (frame!.ob_type !== PyFrame_Type) {
    raise(PyExc_TypeError, `TracebackType() argument 'tb_frame' must be frame, not ${argTypeName(frame!)}`);
  }
  const tb = new PyTraceback(
    next === Py_None ? null : Py_NewRef(next as PyTraceback),
    Py_NewRef(frame as PyFrameObject),
    PyNumber_AsSsize_t(lasti!, null),
    PyNumber_AsSsize_t(lineno!, null),
  );
  gcAlloc(tb, 40 + 16);
  PyObject_GC_Track(tb);
  return tb;
};

defineGetSets(PyTraceBack_Type, [
  {
    name: "tb_next",
    get: (o) => Py_NewRef((o as PyTraceback).tb_next ?? Py_None),
    set: (o, v) => {
      const tb = o as PyTraceback;
      if (v === null) raise(PyExc_TypeError, "can't delete tb_next attribute");
      let next: PyTraceback | null;
      if (v === Py_None) next = null;
      else if (v instanceof PyTraceback) next = v;
      else raise(PyExc_TypeError, `expected traceback object, got '${v.ob_type.tp_name}'`);
      for (let c: PyTraceback | null = next; c !== null; c = c.tb_next) {
        if (c === tb) raise(PyExc_ValueError, "traceback loop detected");
      }
      const old = tb.tb_next;
      tb.tb_next = next === null ? null : Py_NewRef(next);
      Py_XDECREF(old);
    },
  },
  { name: "tb_frame", get: (o) => Py_NewRef((o as PyTraceback).tb_frame), kind: "member" },
  { name: "tb_lasti", get: (o) => PyInt_FromNumber((o as PyTraceback).tb_lasti), kind: "member" },
  { name: "tb_lineno", get: (o) => PyInt_FromNumber((o as PyTraceback).tb_lineno), kind: "member" },
]);

// tb_dir: dir(tb) lists the four fields only
defineMethods(PyTraceBack_Type, {
  __dir__: (_self, args, kwnames) => {
    noArgs("traceback.__dir__", args, kwnames);
    return PyList_New(["tb_frame", "tb_next", "tb_lasti", "tb_lineno"].map((n) => PyStr_FromString(n)));
  },
});
