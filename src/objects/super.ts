/**
 * `super` (CPython's Objects/typeobject.c, superobject): attribute lookup that starts after
 * `__thisclass__` in the MRO of `__self_class__`. The zero-argument form reads the calling
 * VM's current frame's first argument and its `__class__` cell (`superFromFrame`).
 */

import { heap } from "../memory/heap.js";
import { tstate } from "../vm/state.js";
import { PyObject_Call, PyObject_LookupAttrString } from "./abstract.js";
import { PyCell } from "./cell.js";
import { PyDict_GetItem } from "./dict.js";
import { PyExc_RuntimeError, PyExc_TypeError, raise } from "./exceptions.js";
import { defineGetSets } from "./methods.js";
import { Py_None } from "./none.js";
import {
  notifyAlloc,
  notifyFree,
  objectFree,
  objectMalloc,
  Py_DECREF,
  Py_INCREF,
  Py_NewRef,
  Py_XDECREF,
  PyObject,
} from "./object.js";
import { type PyStr, PyStr_FromString } from "./str.js";
import { containerHooks, gcAlloc, gcFree, PyObject_GC_Track, PyObject_GC_UnTrack } from "./tuple.js";
import { newStaticType, PyType, PyType_IsSubtype, TypeFlag } from "./type.js";
import { instanceAllocSize, PyObject_GenericGetAttr } from "./typeobject.js";

export class PySuper extends PyObject {
  declare type: PyType | null;
  declare obj: PyObject | null;
  declare obj_type: PyType | null;
  constructor(t: PyType) {
    // The header here rather than in PyObject's shared constructor, then the collector's fields
    // (memory/gc.ts): one hidden class for every super object (see PyObject's constructor).
    super(t, true);
    this.ob_refcnt = 1;
    this.ob_type = t;
    this.ob_addr = 0;
    this.ob_size_alloc = 0;
    this.type = null;
    this.obj = null;
    this.obj_type = null;
    this.gc_head = null;
  }
}

export const PySuper_Type = newStaticType({
  name: "super",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 40,
});

/**
 * What zero-argument super() needs from the innermost Python frame: the code's argument
 * count and slot names/kinds, and the frame's localsplus values (a captured first argument
 * is a cell there, as in CPython).
 */
export interface SuperFrameView {
  argcount: number;
  localsplusnames: readonly PyStr[];
  /** FastKind bits per slot (LOCAL 0x20, CELL 0x40, FREE 0x80). */
  localspluskinds: readonly number[];
  /** The frame's localsplus array (null = unbound). */
  localsplus: readonly (PyObject | null)[];
  /** Has the frame run its MAKE_CELL prologue (CPython: `_PyInterpreterFrame_LASTI(frame) >= 0`)? */
  started: boolean;
}

const FAST_CELL = 0x40;
const FAST_FREE = 0x80;

/** super_init_without_args: [__class__, first argument] of the frame, with CPython's errors. */
export function superFromFrame(frame: SuperFrameView | null): [PyType, PyObject] {
  const first = superFirstArg(frame);
  return [superClassCell(frame!), first];
}

/** The frame's first argument (through its cell when captured), or CPython's RuntimeError. */
function superFirstArg(frame: SuperFrameView | null): PyObject {
  if (frame === null) raise(PyExc_RuntimeError, "super(): no current frame");
  if (frame.argcount === 0) raise(PyExc_RuntimeError, "super(): no arguments");
  let first = frame.localsplus[0] ?? null;
  if (first !== null && (frame.localspluskinds[0]! & FAST_CELL) !== 0 && frame.started) {
    first = (first as PyCell).ob_ref ?? null;
  }
  if (first === null) raise(PyExc_RuntimeError, "super(): arg[0] deleted");
  return first;
}

/** The class in the frame's `__class__` cell, or CPython's RuntimeError. */
function superClassCell(frame: SuperFrameView): PyType {
  const names = frame.localsplusnames;
  const kinds = frame.localspluskinds;
  for (let i = 0; i < names.length; i++) {
    if ((kinds[i]! & FAST_FREE) === 0 || names[i]!.value !== "__class__") continue;
    const cell = frame.localsplus[i] ?? null;
    if (!(cell instanceof PyCell)) raise(PyExc_RuntimeError, "super(): bad __class__ cell");
    const type = cell.ob_ref;
    if (type === null) raise(PyExc_RuntimeError, "super(): empty __class__ cell");
    if (!(type instanceof PyType)) {
      raise(PyExc_RuntimeError, `super(): __class__ is not a type (${type.ob_type.tp_name})`);
    }
    return type;
  }
  raise(PyExc_RuntimeError, "super(): __class__ cell not found");
}

/**
 * The VM's current frame seen as a SuperFrameView without building one: the frame object has
 * the fields under other names, so a reusable view is refreshed in place.
 */
const frameView = {
  argcount: 0,
  localsplusnames: [] as readonly PyStr[],
  localspluskinds: [] as readonly number[],
  localsplus: [] as readonly (PyObject | null)[],
  started: false,
};
function refreshFrameView(): SuperFrameView | null {
  const f = tstate.frame;
  if (f === null) return null;
  const v = frameView;
  v.argcount = f.code.co_argcount;
  v.localsplusnames = f.code.localsplusnames;
  v.localspluskinds = f.code.localspluskinds;
  v.localsplus = f.fast;
  v.started = f.pc > 0;
  return v;
}

/** Checks that super(type, obj) makes sense and returns the type to search (new reference). */
function supercheck(type: PyType, obj: PyObject): PyType {
  if (obj instanceof PyType && PyType_IsSubtype(obj, type)) return Py_NewRef(obj);
  if (PyType_IsSubtype(obj.ob_type, type)) return Py_NewRef(obj.ob_type);
  const classAttr = PyObject_LookupAttrString(obj, "__class__");
  if (classAttr !== null) {
    if (classAttr instanceof PyType && classAttr !== obj.ob_type && PyType_IsSubtype(classAttr, type)) {
      return classAttr;
    }
    Py_DECREF(classAttr);
  }
  raise(PyExc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
}

function super_new(type: PyObject, _args: PyObject[], _kwnames: string[] | null): PyObject {
  const t = type as PyType;
  const s = new PySuper(t);
  gcAlloc(s, t === PySuper_Type ? 40 + 16 : instanceAllocSize(t));
  if (t !== PySuper_Type) {
    Py_INCREF(t);
    if (t.tp_dictoffset !== 0) s.ob_dict = null;
  }
  PyObject_GC_Track(s);
  return s;
}

function super_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, "super() takes no keyword arguments");
  if (args.length > 2) {
    // super_vectorcall's _PyArg_CheckPositional for super itself; super_init's for subclasses
    raise(
      PyExc_TypeError,
      self.ob_type === PySuper_Type
        ? `super() expected at most 2 arguments, got ${args.length}`
        : `super() takes at most 2 arguments (${args.length} given)`,
    );
  }
  let type: PyType;
  let obj: PyObject | null;
  if (args.length === 0) {
    const view = refreshFrameView();
    obj = superFirstArg(view);
    type = superClassCell(view!);
    // the view must not keep the frame's arrays alive
    frameView.localsplus = frameView.localsplusnames = frameView.localspluskinds = [];
  } else {
    const t = args[0]!;
    if (!(t instanceof PyType))
      raise(PyExc_TypeError, `super() argument 1 must be a type, not ${t.ob_type.tp_name}`);
    type = t;
    obj = args.length > 1 ? args[1]! : null;
  }
  if (obj === Py_None) obj = null;
  const objType = obj !== null ? supercheck(type, obj) : null;
  const su = self as PySuper;
  const oldType = su.type;
  const oldObj = su.obj;
  const oldObjType = su.obj_type;
  su.type = Py_NewRef(type);
  su.obj = obj === null ? null : Py_NewRef(obj);
  su.obj_type = objType;
  Py_XDECREF(oldType);
  Py_XDECREF(oldObj);
  Py_XDECREF(oldObjType);
}

/**
 * `super()` called with no arguments from the VM's CALL (CPython's super_vectorcall): the new
 * object, initialised from the current frame, without type.__call__'s generic path (argument
 * array, tp_new/tp_init dispatch, subtype check). Same allocation, errors and references.
 */
export function superZeroArgs(): PyObject {
  const s = new PySuper(PySuper_Type);
  // gcAlloc inlined (see objectMalloc in object.ts): these accesses see one class
  s.ob_size_alloc = 40 + 16;
  s.ob_addr = objectMalloc(40 + 16);
  if (heap.listener !== null) notifyAlloc(s);
  containerHooks.gcLinked(s);
  PyObject_GC_Track(s);
  try {
    const f = tstate.frame;
    let obj: PyObject | null;
    let type: PyType;
    if (f === null) {
      obj = superFirstArg(null);
    } else {
      const code = f.code;
      const view = frameView;
      view.argcount = code.co_argcount;
      view.localsplusnames = code.localsplusnames;
      view.localspluskinds = code.localspluskinds;
      view.localsplus = f.fast;
      view.started = f.pc > 0;
      try {
        obj = superFirstArg(view);
        type = superClassCell(view);
      } finally {
        // the view must not keep the frame's arrays alive
        view.localsplus = view.localsplusnames = view.localspluskinds = NO_SLOTS;
      }
    }
    if (obj === Py_None) obj = null;
    let objType: PyType | null = null;
    if (obj !== null) {
      // supercheck's usual case (an instance of the class, not a class) without its call
      const ot = obj.ob_type;
      if (!(obj instanceof PyType) && PyType_IsSubtype(ot, type!)) {
        ot.ob_refcnt++;
        objType = ot;
      } else objType = supercheck(type!, obj);
    }
    type!.ob_refcnt++;
    s.type = type!;
    if (obj !== null) obj.ob_refcnt++;
    s.obj = obj;
    s.obj_type = objType;
  } catch (e) {
    Py_DECREF(s);
    throw e;
  }
  return s;
}

/** What the frame view holds between uses (never written to). */
const NO_SLOTS: readonly never[] = [];

function super_clear(o: PyObject): void {
  const su = o as PySuper;
  const oldType = su.type;
  const oldObj = su.obj;
  const oldObjType = su.obj_type;
  su.type = su.obj = su.obj_type = null;
  Py_XDECREF(oldType);
  Py_XDECREF(oldObj);
  Py_XDECREF(oldObjType);
}

function super_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  if (o.ob_type !== PySuper_Type) {
    super_clear(o);
    if (o.ob_dict) {
      const d = o.ob_dict;
      o.ob_dict = null;
      Py_DECREF(d);
    }
    gcFree(o);
    return;
  }
  // An exact super (the usual one): super_clear and gcFree written out, so that these accesses
  // see one class.
  const su = o as PySuper;
  const type = su.type;
  const obj = su.obj;
  const objType = su.obj_type;
  su.type = su.obj = su.obj_type = null;
  if (type !== null && --type.ob_refcnt === 0) type.ob_type.tp_dealloc(type);
  if (obj !== null && --obj.ob_refcnt === 0) obj.ob_type.tp_dealloc(obj);
  if (objType !== null && --objType.ob_refcnt === 0) objType.ob_type.tp_dealloc(objType);
  containerHooks.gcUnlinked(su);
  const size = su.ob_size_alloc;
  if (size !== 0) {
    objectFree(su.ob_addr, size);
    if (heap.listener !== null) notifyFree(su);
    su.ob_size_alloc = 0;
  }
}

function super_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const su = o as PySuper;
  if (su.obj !== null) visit(su.obj);
  if (su.type !== null) visit(su.type);
  if (su.obj_type !== null) visit(su.obj_type);
}

function super_repr(o: PyObject): PyObject {
  const su = o as PySuper;
  const tname = su.type !== null ? su.type.tp_name : "NULL";
  if (su.obj_type !== null)
    return PyStr_FromString(`<super: <class '${tname}'>, <${su.obj_type.tp_name} object>>`);
  return PyStr_FromString(`<super: <class '${tname}'>, NULL>`);
}

/** super_getattro: search the MRO of obj_type after `type`; `__class__` is the super object's own. */
export function super_getattro(self: PyObject, nameObj: PyObject): PyObject {
  const su = self as PySuper;
  const name = nameObj as PyStr;
  const start = su.obj_type;
  if (start !== null && name.value !== "__class__") {
    const mro = start.tp_mro;
    const n = mro.length;
    let i = 0;
    for (; i + 1 < n; i++) if (mro[i] === su.type) break;
    i++;
    for (; i < n; i++) {
      const dict = mro[i]!.tp_dict;
      if (dict === null) continue;
      const res = PyDict_GetItem(dict, name);
      if (res === null) continue;
      const f = res.ob_type.tp_descr_get;
      if (f === null) return Py_NewRef(res);
      Py_INCREF(res);
      try {
        return f(res, su.obj === start ? null : su.obj, start);
      } finally {
        Py_DECREF(res);
      }
    }
  }
  return PyObject_GenericGetAttr(self, name);
}

function super_descr_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const su = self as PySuper;
  if (obj === null || obj === Py_None || su.obj !== null) return Py_NewRef(self);
  if (su.ob_type !== PySuper_Type) {
    // a super subclass: type(self)(self.__thisclass__, obj)
    return PyObject_Call(su.ob_type, [su.type ?? Py_None, obj], null);
  }
  const objType = supercheck(su.type!, obj);
  const nw = super_new(PySuper_Type, [], null) as PySuper;
  nw.type = Py_NewRef(su.type!);
  nw.obj = Py_NewRef(obj);
  nw.obj_type = objType;
  return nw;
}

export function initSuperType(): void {
  const T = PySuper_Type;
  T.tp_new = super_new;
  T.tp_init = super_init;
  T.tp_dealloc = super_dealloc;
  T.tp_traverse = super_traverse;
  T.tp_clear = super_clear;
  T.tp_repr = super_repr;
  T.tp_getattro = super_getattro;
  T.tp_descr_get = super_descr_get;
  const member = (name: string, get: (s: PySuper) => PyObject | null) => ({
    name,
    kind: "member" as const,
    get: (self: PyObject) => Py_NewRef(get(self as PySuper) ?? Py_None),
  });
  defineGetSets(T, [
    member("__thisclass__", (s) => s.type),
    member("__self__", (s) => s.obj),
    member("__self_class__", (s) => s.obj_type),
  ]);
}
