import { CodeFlag, Op } from "../compiler/opcodes.js";
import { gc } from "../memory/gc.js";
import { clearFrame, type Frame, FrameOwner } from "../vm/frame.js";
import type { ExcStackItem } from "../vm/state.js";
import { addressHex } from "./abstract.js";
import { Py_False, Py_True } from "./bool.js";
import type { PyCode } from "./code.js";
import { PyExc_TypeError, raise } from "./exceptions.js";
import { PyFrame_GetFrameObject, visitFrame } from "./frame.js";
import { defineGetSets } from "./methods.js";
import { Py_None } from "./none.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF, PyObject } from "./object.js";
import { type PyStr, PyStr_FromString, PyStr_Type } from "./str.js";
import { gcAlloc, gcFree, PyObject_GC_Track, PyObject_GC_UnTrack } from "./tuple.js";
import { newStaticType, PyObject_TypeCheck, type PyType, TypeFlag } from "./type.js";
import { unraisableHook } from "./typeobject.js";

/** A generator's frame state (CPython's PyFrameState, 3.11). */
export enum GenState {
  CREATED = 0,
  SUSPENDED = 1,
  EXECUTING = 2,
  COMPLETED = 3,
  CLEARED = 4,
}

/**
 * Generators, coroutines and async generators (CPython's Objects/genobject.c): a suspended
 * interpreter frame plus the generator's own handled-exception item. The frame is owned by the
 * generator; resuming pushes it on the VM's frame stack (src/vm/generators.ts has send, throw,
 * close and the iteration protocol).
 */
export class PyGen extends PyObject {
  declare frame: Frame;
  declare state: GenState;
  declare code: PyCode;
  declare name: PyStr;
  declare qualname: PyStr;
  /** gi_exc_state: linked on top of the thread's stack while the generator runs. */
  declare readonly excState: ExcStackItem;
  /** tp_finalize already ran (PEP 442: at most once). */
  declare finalized: boolean;
  /** Async generators: an asend/athrow is running (ag_running_async) and the generator was closed. */
  declare runningAsync: boolean;
  declare closed: boolean;
  declare hooksInited: boolean;
  declare finalizer: PyObject | null;

  constructor(type: PyType, frame: Frame, name: PyStr, qualname: PyStr) {
    // The header here rather than in PyObject's shared constructor, no field initializers, and
    // the collector's fields up front: one hidden class per generator (see PyObject's constructor).
    super(type, true);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.ob_addr = 0;
    this.ob_size_alloc = 0;
    this.frame = frame;
    this.state = GenState.CREATED;
    this.code = frame.code;
    this.name = name;
    this.qualname = qualname;
    (this as { excState: ExcStackItem }).excState = { exc_value: null, previous: null };
    this.finalized = false;
    this.runningAsync = false;
    this.closed = false;
    this.hooksInited = false;
    this.finalizer = null;
    this.gc_head = null;
  }
}

const GEN_BASICSIZE = 152;

export const PyGen_Type = newStaticType({
  name: "generator",
  flags: TypeFlag.HAVE_GC,
  basicsize: GEN_BASICSIZE,
  itemsize: 8,
});
export const PyCoro_Type = newStaticType({
  name: "coroutine",
  flags: TypeFlag.HAVE_GC,
  basicsize: GEN_BASICSIZE,
  itemsize: 8,
});
export const PyAsyncGen_Type = newStaticType({
  name: "async_generator",
  flags: TypeFlag.HAVE_GC,
  basicsize: GEN_BASICSIZE,
  itemsize: 8,
});

/**
 * RETURN_GENERATOR: the generator/coroutine/async generator object that takes over `frame`.
 * Takes new references to the function's name and qualname.
 */
export function PyGen_NewFromFrame(frame: Frame): PyGen {
  const code = frame.code;
  const flags = code.co_flags;
  const type =
    flags & CodeFlag.COROUTINE
      ? PyCoro_Type
      : flags & CodeFlag.ASYNC_GENERATOR
        ? PyAsyncGen_Type
        : PyGen_Type;
  const func = frame.func;
  const gen = new PyGen(type, frame, Py_NewRef(func.func_name), Py_NewRef(func.func_qualname));
  gcAlloc(gen, GEN_BASICSIZE + 8 * code.framesize + 16);
  frame.owner = FrameOwner.GENERATOR;
  frame.gen = gen;
  PyObject_GC_Track(gen);
  return gen;
}

/** sys.getsizeof of a generator (CPython's gen_sizeof plus the GC header). */
export function gen_sizeof(gen: PyGen): number {
  return GEN_BASICSIZE + 8 * gen.code.framesize + 16;
}

/** The kind word CPython uses in messages: "generator", "coroutine" or "async generator". */
export function genKind(gen: PyGen): string {
  const t = gen.ob_type;
  return t === PyCoro_Type ? "coroutine" : t === PyAsyncGen_Type ? "async generator" : "generator";
}

/** Releases the generator's frame (CPython: gi_frame_state = FRAME_CLEARED + _PyFrame_Clear). */
export function genClearFrame(gen: PyGen): void {
  if (gen.state === GenState.CLEARED) return;
  gen.state = GenState.CLEARED;
  const exc = gen.excState.exc_value;
  gen.excState.exc_value = null;
  Py_XDECREF(exc);
  const frame = gen.frame;
  frame.gen = null;
  frame.owner = FrameOwner.THREAD;
  clearFrame(frame);
}

/** Set by src/vm/generators.ts: the PEP 442 finalizer (closes a suspended generator). */
let genFinalizer: ((gen: PyGen) => void) | null = null;
export function setGenFinalizer(f: (gen: PyGen) => void): void {
  genFinalizer = f;
}

/** _PyGen_Finalize called directly (frame.clear()): closes a generator that has not finished. */
export function PyGen_Finalize(gen: PyGen): void {
  if (genFinalizer !== null && gen.state < GenState.COMPLETED) genFinalizer(gen);
}

/** tp_finalize (CPython's _PyGen_Finalize): the cycle collector calls it too (PEP 442). */
function gen_finalize(o: PyObject): void {
  const gen = o as PyGen;
  gen.finalized = true;
  if (genFinalizer !== null && gen.state < GenState.COMPLETED) genFinalizer(gen);
}

function gen_dealloc(o: PyObject): void {
  const gen = o as PyGen;
  PyObject_GC_UnTrack(gen);
  if (!gc.isFinalized(gen) && genFinalizer !== null && gen.state < GenState.COMPLETED) {
    // PyObject_CallFinalizerFromDealloc: at most once, shared with the collector's flag.
    gc.markFinalized(gen);
    gen.finalized = true;
    PyObject_GC_Track(gen);
    gen.ob_refcnt = 1; // resurrect while the finalizer runs
    try {
      genFinalizer(gen);
    } catch (e) {
      unraisableHook(e, gen);
    }
    if (--gen.ob_refcnt !== 0) return; // resurrected
    PyObject_GC_UnTrack(gen);
  }
  genClearFrame(gen);
  const fin = gen.finalizer;
  gen.finalizer = null;
  Py_XDECREF(fin);
  Py_DECREF(gen.name);
  Py_DECREF(gen.qualname);
  gcFree(gen);
}

function gen_repr(o: PyObject): PyObject {
  const gen = o as PyGen;
  const kind = gen.ob_type.tp_name;
  return PyStr_FromString(`<${kind} object ${gen.qualname.value} at ${addressHex(gen)}>`);
}

function gen_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const gen = o as PyGen;
  visit(gen.code);
  visit(gen.name);
  visit(gen.qualname);
  if (gen.finalizer !== null) visit(gen.finalizer);
  if (gen.state < GenState.CLEARED) visitFrame(gen.frame, visit);
  if (gen.excState.exc_value !== null) visit(gen.excState.exc_value);
}

for (const t of [PyGen_Type, PyCoro_Type, PyAsyncGen_Type]) {
  t.tp_dealloc = gen_dealloc;
  t.tp_repr = gen_repr;
  t.tp_traverse = gen_traverse;
  t.tp_finalize = gen_finalize;
}

/** The frame object of a generator that has not finished, else None (gi_frame). */
function genFrame(o: PyObject): PyObject {
  const gen = o as PyGen;
  if (gen.state >= GenState.COMPLETED) return Py_NewRef(Py_None);
  return PyFrame_GetFrameObject(gen.frame);
}

/** The iterator a suspended `yield from` / `await` delegates to, or null (CPython's _PyGen_yf). */
export function genYieldFrom(gen: PyGen): PyObject | null {
  if (gen.state !== GenState.SUSPENDED) return null;
  const frame = gen.frame;
  const code = frame.code;
  const pc = frame.pc;
  if (pc >= code.ninstrs) return null;
  // Suspended in a delegation loop: the next instruction is RESUME with oparg >= 2.
  if (code.instrs[2 * pc] !== Op.RESUME || code.instrs[2 * pc + 1]! < 2) return null;
  return frame.fast[frame.sp - 1] ?? null;
}

function setName(o: PyObject, v: PyObject | null, what: "name" | "qualname"): void {
  if (v === null || !PyObject_TypeCheck(v, PyStr_Type)) {
    raise(PyExc_TypeError, `__${what}__ must be set to a string object`);
  }
  const gen = o as PyGen;
  const old = gen[what];
  gen[what] = Py_NewRef(v as PyStr);
  Py_DECREF(old);
}

function commonGetSets(prefix: "gi" | "cr" | "ag", awaitName: string) {
  return [
    {
      name: "__name__",
      get: (o: PyObject) => Py_NewRef((o as PyGen).name),
      set: (o: PyObject, v: PyObject | null) => setName(o, v, "name"),
    },
    {
      name: "__qualname__",
      get: (o: PyObject) => Py_NewRef((o as PyGen).qualname),
      set: (o: PyObject, v: PyObject | null) => setName(o, v, "qualname"),
    },
    { name: `${prefix}_frame`, get: genFrame },
    {
      name: `${prefix}_running`,
      get: (o: PyObject) => {
        const gen = o as PyGen;
        const running = prefix === "ag" ? gen.runningAsync : gen.state === GenState.EXECUTING;
        return Py_NewRef(running ? Py_True : Py_False);
      },
    },
    { name: `${prefix}_code`, get: (o: PyObject) => Py_NewRef((o as PyGen).code) },
    {
      name: awaitName,
      get: (o: PyObject) => Py_NewRef(genYieldFrom(o as PyGen) ?? Py_None),
    },
  ];
}

defineGetSets(PyGen_Type, [
  ...commonGetSets("gi", "gi_yieldfrom"),
  {
    name: "gi_suspended",
    get: (o) => Py_NewRef((o as PyGen).state === GenState.SUSPENDED ? Py_True : Py_False),
  },
]);
defineGetSets(PyCoro_Type, [
  ...commonGetSets("cr", "cr_await"),
  {
    name: "cr_suspended",
    get: (o) => Py_NewRef((o as PyGen).state === GenState.SUSPENDED ? Py_True : Py_False),
  },
  { name: "cr_origin", get: () => Py_NewRef(Py_None) },
]);
defineGetSets(PyAsyncGen_Type, [...commonGetSets("ag", "ag_await")]);
