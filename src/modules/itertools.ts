/**
 * The `itertools` module (CPython 3.11's Modules/itertoolsmodule.c): every iterator type with
 * CPython's argument handling and messages, the same call order into user code (key functions,
 * predicates, comparisons), the shared-iterator semantics of groupby/_grouper and tee, result
 * tuple reuse in the combinatoric iterators and zip_longest, and the object sizes CPython
 * allocates.
 */
import { CmpOp } from "../compiler/opcodes.js";
import {
  PyIter_Next,
  PyNumber_Add,
  PyNumber_AsCInt,
  PyNumber_AsSsize_t,
  PyNumber_Check,
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_CallNoArgs,
  PyObject_CallOneArg,
  PyObject_GetIter,
  PyObject_IsTrue,
  PyObject_Repr,
  PyObject_RichCompareBool,
} from "../objects/abstract.js";
import { clinicArgs, noArgs, oneArg } from "../objects/args.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError, raise } from "../objects/exceptions.js";
import { PyInt, PyInt_FromNumber, PyInt_FromSsize_t, PyLong_AsSsize_t } from "../objects/int.js";
import { type PyList, PyList_Append, PyList_New, PyList_Type } from "../objects/list.js";
import { defineMethods, type MethodDef } from "../objects/methods.js";
import {
  type PyModule,
  PyModule_Add,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, PyObject } from "../objects/object.js";
import type { VisitProc } from "../objects/slots_types.js";
import { argTypeName, PyStr_FromString } from "../objects/str.js";
import {
  _PyObject_GC_IS_TRACKED,
  gcAlloc,
  gcFree,
  getBuiltin,
  PyMem_Free,
  PyMem_Malloc,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PySequence_Tuple,
  PyTuple,
  PyTuple_New,
  PyTuple_Type,
} from "../objects/tuple.js";
import { newStaticType, PyObject_TypeCheck, type PyType, TypeFlag } from "../objects/type.js";
import { clearWeakrefsHook, instanceAllocSize } from "../objects/typeobject.js";
import { registerBuiltinModule } from "./importlib.js";

// ---------------------------------------------------------------------------------------------
// shared machinery

const GC_BASE = TypeFlag.HAVE_GC | TypeFlag.BASETYPE;
const PY_SSIZE_T_MAX = 2 ** 63 - 1;

/** Each iterator object keeps its owned references in `refs` (slots by name) for traverse/dealloc. */
class ItObject extends PyObject {
  /** Owned references (null = empty slot). */
  r: (PyObject | null)[] = [];
}

function newIt(type: PyType, staticType: PyType, nslots: number, size: number): ItObject {
  const o = new ItObject(type);
  o.r = new Array(nslots).fill(null);
  if (type === staticType) gcAlloc(o, size);
  else {
    gcAlloc(o, instanceAllocSize(type));
    Py_INCREF(type);
  }
  return o;
}

function track(o: PyObject): PyObject {
  PyObject_GC_Track(o);
  return o;
}

function itDealloc(o: PyObject): void {
  const it = o as ItObject;
  PyObject_GC_UnTrack(it);
  const refs = it.r;
  it.r = [];
  for (const x of refs) if (x !== null) Py_DECREF(x);
  const extra = (it as { extraFree?: () => void }).extraFree;
  if (extra) extra.call(it);
  gcFree(it);
}

function itTraverse(o: PyObject, visit: VisitProc): void {
  for (const x of (o as ItObject).r) if (x !== null) visit(x);
}

function itClear(o: PyObject): void {
  const it = o as ItObject;
  for (let i = 0; i < it.r.length; i++) {
    const x = it.r[i];
    if (x !== null && x !== undefined) {
      it.r[i] = null;
      Py_DECREF(x);
    }
  }
}

/** Replaces slot i with `v` (a new reference, or null) and releases the old value. */
function setSlot(it: ItObject, i: number, v: PyObject | null): void {
  const old = it.r[i];
  it.r[i] = v;
  if (old !== null && old !== undefined) Py_DECREF(old);
}

function makeType(name: string, size: number, doc: string, base = true): PyType {
  const t = newStaticType({
    name: `itertools.${name}`,
    flags: base ? GC_BASE : TypeFlag.HAVE_GC,
    basicsize: size - 16,
    doc,
  });
  t.tp_dealloc = itDealloc;
  t.tp_traverse = itTraverse;
  t.tp_clear = itClear;
  t.tp_iter = (o) => Py_NewRef(o);
  return t;
}

function nkwOf(kwnames: string[] | null): number {
  return kwnames === null ? 0 : kwnames.length;
}

/** _PyArg_NoKeywords for exact types (or subclasses that keep the base __init__). */
function noKeywordsFor(name: string, type: PyType, staticType: PyType, kwnames: string[] | null): void {
  if (nkwOf(kwnames) > 0 && (type === staticType || type.tp_init === staticType.tp_init)) {
    raise(PyExc_TypeError, `${name}() takes no keyword arguments`);
  }
}

/** _PyArg_CheckPositional. */
function checkPositional(name: string, n: number, min: number, max: number): void {
  const plural = (k: number) => (k === 1 ? "" : "s");
  if (n < min) {
    raise(
      PyExc_TypeError,
      min === max
        ? `${name} expected ${min} argument${plural(min)}, got ${n}`
        : `${name} expected at least ${min} argument${plural(min)}, got ${n}`,
    );
  }
  if (n > max) {
    raise(
      PyExc_TypeError,
      min === max
        ? `${name} expected ${max} argument${plural(max)}, got ${n}`
        : `${name} expected at most ${max} argument${plural(max)}, got ${n}`,
    );
  }
}

/** _PyType_Name: the type's name after the last dot. */
function typeName(t: PyType): string {
  return t.tp_name.slice(t.tp_name.lastIndexOf(".") + 1);
}

function iternext(it: PyObject): PyObject | null {
  return it.ob_type.tp_iternext!(it);
}

function reprText(o: PyObject): string {
  const r = PyObject_Repr(o);
  const s = r.value;
  Py_DECREF(r);
  return s;
}

/** Replaces item i of a (privately owned) tuple. */
function tupleSet(t: PyTuple, i: number, v: PyObject): void {
  const old = t.items[i]!;
  t.items[i] = v;
  Py_DECREF(old);
}

// ---------------------------------------------------------------------------------------------
// groupby and _grouper

// groupby slots
const GB_IT = 0;
const GB_KEYFUNC = 1;
const GB_TGTKEY = 2;
const GB_CURRKEY = 3;
const GB_CURRVALUE = 4;

class GroupbyObject extends ItObject {
  /** The live _grouper (borrowed), as CPython's currgrouper. */
  currgrouper: PyObject | null = null;
}

const Groupby_Type = makeType(
  "groupby",
  80,
  "make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping.",
);
const Grouper_Type = makeType("_grouper", 48, "", false);

function groupby_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  const [iterable, key] = clinicArgs("groupby", args, kwnames, { names: ["iterable", "key"], minpos: 1 });
  const it = PyObject_GetIter(iterable!);
  const gbo = new GroupbyObject(type);
  gbo.r = [null, null, null, null, null];
  if (type === Groupby_Type) gcAlloc(gbo, 80);
  else {
    gcAlloc(gbo, instanceAllocSize(type));
    Py_INCREF(type);
  }
  gbo.r[GB_IT] = it;
  gbo.r[GB_KEYFUNC] = Py_NewRef(key ?? Py_None);
  return track(gbo);
}

/** groupby_step: advance the underlying iterator; false at its end. */
function groupby_step(gbo: GroupbyObject): boolean {
  const newvalue = PyIter_Next(gbo.r[GB_IT]!);
  if (newvalue === null) return false;
  let newkey: PyObject;
  const keyfunc = gbo.r[GB_KEYFUNC]!;
  if (keyfunc === Py_None) newkey = Py_NewRef(newvalue);
  else {
    try {
      newkey = PyObject_CallOneArg(keyfunc, newvalue);
    } catch (e) {
      Py_DECREF(newvalue);
      throw e;
    }
  }
  setSlot(gbo, GB_CURRVALUE, newvalue);
  setSlot(gbo, GB_CURRKEY, newkey);
  return true;
}

function groupby_next(o: PyObject): PyObject | null {
  const gbo = o as GroupbyObject;
  gbo.currgrouper = null;
  for (;;) {
    const currkey = gbo.r[GB_CURRKEY];
    if (currkey === null) {
      // pass
    } else if (gbo.r[GB_TGTKEY] === null) {
      break;
    } else {
      const eq = PyObject_RichCompareBool(gbo.r[GB_TGTKEY]!, currkey!, CmpOp.EQ);
      if (!eq) break;
    }
    if (!groupby_step(gbo)) return null;
  }
  setSlot(gbo, GB_TGTKEY, Py_NewRef(gbo.r[GB_CURRKEY]!));
  const grouper = grouper_create(gbo, gbo.r[GB_TGTKEY]!);
  return PyTuple_New([Py_NewRef(gbo.r[GB_CURRKEY]!), grouper]);
}

// _grouper slots
const GR_PARENT = 0;
const GR_TGTKEY = 1;

function grouper_create(parent: GroupbyObject, tgtkey: PyObject): PyObject {
  const igo = new ItObject(Grouper_Type);
  igo.r = [Py_NewRef(parent), Py_NewRef(tgtkey)];
  gcAlloc(igo, 48);
  parent.currgrouper = igo;
  return track(igo);
}

function grouper_next(o: PyObject): PyObject | null {
  const igo = o as ItObject;
  const gbo = igo.r[GR_PARENT] as GroupbyObject;
  if (gbo.currgrouper !== igo) return null;
  if (gbo.r[GB_CURRVALUE] === null) {
    if (!groupby_step(gbo)) return null;
  }
  const eq = PyObject_RichCompareBool(igo.r[GR_TGTKEY]!, gbo.r[GB_CURRKEY]!, CmpOp.EQ);
  if (!eq) return null;
  const r = gbo.r[GB_CURRVALUE]!;
  gbo.r[GB_CURRVALUE] = null;
  setSlot(gbo, GB_CURRKEY, null);
  return r;
}

Groupby_Type.tp_new = groupby_new;
Groupby_Type.tp_iternext = groupby_next;
Grouper_Type.tp_iternext = grouper_next;

// ---------------------------------------------------------------------------------------------
// _tee and _tee_dataobject

const LINKCELLS = 57;

class TeeDataObject extends PyObject {
  it: PyObject | null = null;
  values: PyObject[] = [];
  running = false;
  nextlink: TeeDataObject | null = null;
}

const TeeData_Type = newStaticType({
  name: "itertools._tee_dataobject",
  flags: TypeFlag.HAVE_GC,
  basicsize: 496,
  doc: "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.",
});

function teedata_new(it: PyObject): TeeDataObject {
  const tdo = new TeeDataObject(TeeData_Type);
  gcAlloc(tdo, 512);
  tdo.it = Py_NewRef(it);
  PyObject_GC_Track(tdo);
  return tdo;
}

function teedata_jumplink(tdo: TeeDataObject): TeeDataObject {
  if (tdo.nextlink === null) tdo.nextlink = teedata_new(tdo.it!);
  return Py_NewRef(tdo.nextlink);
}

function teedata_getitem(tdo: TeeDataObject, i: number): PyObject | null {
  if (i < tdo.values.length) return Py_NewRef(tdo.values[i]!);
  // this is the lead iterator, so fetch more data
  if (tdo.running) raise(PyExc_RuntimeError(), "cannot re-enter the tee iterator");
  tdo.running = true;
  let value: PyObject | null;
  try {
    value = PyIter_Next(tdo.it!);
  } finally {
    tdo.running = false;
  }
  if (value === null) return null;
  tdo.values.push(value);
  return Py_NewRef(value);
}

function PyExc_RuntimeError(): PyType {
  return RuntimeErrorType;
}

import { PyExc_RuntimeError as RuntimeErrorType } from "../objects/exceptions.js";

function teedata_clear(o: PyObject): void {
  const tdo = o as TeeDataObject;
  const it = tdo.it;
  tdo.it = null;
  if (it !== null) Py_DECREF(it);
  const vals = tdo.values;
  tdo.values = [];
  for (const v of vals) Py_DECREF(v);
  const next = tdo.nextlink;
  tdo.nextlink = null;
  if (next !== null) Py_DECREF(next);
}

TeeData_Type.tp_dealloc = (o) => {
  PyObject_GC_UnTrack(o);
  // Release the chain of links iteratively (teedataobject_safe_decref): a long tee would
  // otherwise recurse once per link.
  let next = (o as TeeDataObject).nextlink;
  (o as TeeDataObject).nextlink = null;
  teedata_clear(o);
  gcFree(o);
  while (next !== null && next.ob_refcnt === 1) {
    const link: TeeDataObject = next;
    next = link.nextlink;
    link.nextlink = null;
    link.ob_refcnt = 0;
    PyObject_GC_UnTrack(link);
    teedata_clear(link);
    gcFree(link);
  }
  if (next !== null) Py_DECREF(next);
};
TeeData_Type.tp_traverse = (o, visit) => {
  const tdo = o as TeeDataObject;
  if (tdo.it !== null) visit(tdo.it);
  for (const v of tdo.values) visit(v);
  if (tdo.nextlink !== null) visit(tdo.nextlink);
};
TeeData_Type.tp_clear = teedata_clear;

class TeeObject extends PyObject {
  dataobj: TeeDataObject | null = null;
  index = 0;
}

const Tee_Type = newStaticType({
  name: "itertools._tee",
  flags: TypeFlag.HAVE_GC,
  basicsize: 40,
  doc: "Iterator wrapped to make it copyable.",
});

function tee_fromiterable(iterable: PyObject): TeeObject {
  const it = PyObject_GetIter(iterable);
  try {
    if (it.ob_type === Tee_Type) return tee_copy(it as TeeObject);
    const to = new TeeObject(Tee_Type);
    to.dataobj = teedata_new(it);
    gcAlloc(to, 56);
    to.index = 0;
    PyObject_GC_Track(to);
    return to;
  } finally {
    Py_DECREF(it);
  }
}

function tee_copy(to: TeeObject): TeeObject {
  const newto = new TeeObject(Tee_Type);
  gcAlloc(newto, 56);
  newto.dataobj = Py_NewRef(to.dataobj!);
  newto.index = to.index;
  PyObject_GC_Track(newto);
  return newto;
}

function tee_next(o: PyObject): PyObject | null {
  const to = o as TeeObject;
  if (to.index >= LINKCELLS) {
    const link = teedata_jumplink(to.dataobj!);
    const old = to.dataobj!;
    to.dataobj = link;
    Py_DECREF(old);
    to.index = 0;
  }
  const value = teedata_getitem(to.dataobj!, to.index);
  if (value === null) return null;
  to.index++;
  return value;
}

Tee_Type.tp_new = (_t, args, kwnames) => {
  if (nkwOf(kwnames) > 0) raise(PyExc_TypeError, "_tee() takes no keyword arguments");
  checkPositional("_tee", args.length, 1, 1);
  return tee_fromiterable(args[0]!);
};
Tee_Type.tp_iter = (o) => Py_NewRef(o);
Tee_Type.tp_iternext = tee_next;
Tee_Type.tp_dealloc = (o) => {
  const to = o as TeeObject;
  PyObject_GC_UnTrack(to);
  if (to.ob_weakrefs && to.ob_weakrefs.length > 0) clearWeakrefsHook(to);
  const d = to.dataobj;
  to.dataobj = null;
  if (d !== null) Py_DECREF(d);
  gcFree(to);
};
Tee_Type.tp_traverse = (o, visit) => {
  const d = (o as TeeObject).dataobj;
  if (d !== null) visit(d);
};
Tee_Type.tp_clear = (o) => {
  const to = o as TeeObject;
  const d = to.dataobj;
  to.dataobj = null;
  if (d !== null) Py_DECREF(d);
};
Tee_Type.tp_weaklistoffset = 1;
defineMethods(Tee_Type, {
  __copy__: { impl: (self) => tee_copy(self as TeeObject), doc: "Returns an independent iterator." },
});

function itertools_tee(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (nkwOf(kwnames) > 0) raise(PyExc_TypeError, "itertools.tee() takes no keyword arguments");
  checkPositional("tee", args.length, 1, 2);
  const iterable = args[0]!;
  let n = 2;
  if (args.length > 1) n = PyNumber_AsSsize_t(args[1]!, PyExc_OverflowError);
  if (n < 0) raise(PyExc_ValueError, "n must be >= 0");
  if (n === 0) return PyTuple_New([]);
  const it = PyObject_GetIter(iterable);
  const result: PyObject[] = [];
  let copyfunc: PyObject | null = null;
  try {
    let copyable: PyObject;
    copyfunc = lookupAttrString(it, "__copy__");
    if (copyfunc !== null) {
      copyable = Py_NewRef(it);
    } else {
      copyable = tee_fromiterable(it);
      copyfunc = PyObject_GetAttrString(copyable, "__copy__");
    }
    result.push(copyable);
    for (let i = 1; i < n; i++) result.push(PyObject_CallNoArgs(copyfunc));
  } catch (e) {
    for (const x of result) Py_DECREF(x);
    throw e;
  } finally {
    if (copyfunc !== null) Py_DECREF(copyfunc);
    Py_DECREF(it);
  }
  return PyTuple_New(result);
}

import {
  PyObject_LookupAttrString as lookupAttrString,
  PyObject_GetAttrString,
} from "../objects/abstract.js";

// ---------------------------------------------------------------------------------------------
// cycle

// slots: it, saved (a list, as in CPython)
class CycleObject extends ItObject {
  index = 0;
  firstpass = false;
}

const Cycle_Type = makeType(
  "cycle",
  64,
  "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.",
);

function cycle_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  noKeywordsFor("cycle", type, Cycle_Type, kwnames);
  const npos = args.length - nkwOf(kwnames);
  checkPositional("cycle", npos, 1, 1);
  const it = PyObject_GetIter(args[0]!);
  const saved = PyList_New([]);
  const lz = new CycleObject(type);
  lz.r = [it, saved];
  if (type === Cycle_Type) gcAlloc(lz, 64);
  else {
    gcAlloc(lz, instanceAllocSize(type));
    Py_INCREF(type);
  }
  return track(lz);
}

function cycle_next(o: PyObject): PyObject | null {
  const lz = o as CycleObject;
  const it = lz.r[0];
  const saved = lz.r[1] as PyList;
  if (it !== null && it !== undefined) {
    const item = PyIter_Next(it);
    if (item !== null) {
      if (lz.firstpass) return item;
      PyList_Append(saved, item);
      return item;
    }
    setSlot(lz, 0, null);
  }
  const items = saved.items;
  if (items.length === 0) return null;
  const item = items[lz.index]!;
  lz.index++;
  if (lz.index >= items.length) lz.index = 0;
  return Py_NewRef(item);
}

Cycle_Type.tp_new = cycle_new;
Cycle_Type.tp_iternext = cycle_next;

// ---------------------------------------------------------------------------------------------
// dropwhile, takewhile, filterfalse, starmap, compress, pairwise

function predicateType(name: string, size: number, doc: string): PyType {
  return makeType(name, size, doc);
}

class WhileObject extends ItObject {
  flag = false;
}

const Dropwhile_Type = predicateType(
  "dropwhile",
  56,
  "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.",
);
const Takewhile_Type = predicateType(
  "takewhile",
  56,
  "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.",
);

function while_new(name: string, staticType: PyType) {
  return (typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject => {
    const type = typeObj as PyType;
    noKeywordsFor(name, type, staticType, kwnames);
    const npos = args.length - nkwOf(kwnames);
    checkPositional(name, npos, 2, 2);
    const it = PyObject_GetIter(args[1]!);
    const lz = new WhileObject(type);
    lz.r = [Py_NewRef(args[0]!), it];
    if (type === staticType) gcAlloc(lz, 56);
    else {
      gcAlloc(lz, instanceAllocSize(type));
      Py_INCREF(type);
    }
    return track(lz);
  };
}

Dropwhile_Type.tp_new = while_new("dropwhile", Dropwhile_Type);
Dropwhile_Type.tp_iternext = (o) => {
  const lz = o as WhileObject;
  const it = lz.r[1]!;
  for (;;) {
    const item = iternext(it);
    if (item === null) return null;
    if (lz.flag) return item;
    let good: PyObject;
    try {
      good = PyObject_CallOneArg(lz.r[0]!, item);
    } catch (e) {
      Py_DECREF(item);
      throw e;
    }
    let ok: boolean;
    try {
      ok = PyObject_IsTrue(good);
    } catch (e) {
      Py_DECREF(item);
      throw e;
    } finally {
      Py_DECREF(good);
    }
    if (!ok) {
      lz.flag = true;
      return item;
    }
    Py_DECREF(item);
  }
};

Takewhile_Type.tp_new = while_new("takewhile", Takewhile_Type);
Takewhile_Type.tp_iternext = (o) => {
  const lz = o as WhileObject;
  if (lz.flag) return null;
  const item = iternext(lz.r[1]!);
  if (item === null) return null;
  let good: PyObject;
  try {
    good = PyObject_CallOneArg(lz.r[0]!, item);
  } catch (e) {
    Py_DECREF(item);
    throw e;
  }
  let ok: boolean;
  try {
    ok = PyObject_IsTrue(good);
  } catch (e) {
    Py_DECREF(item);
    throw e;
  } finally {
    Py_DECREF(good);
  }
  if (ok) return item;
  Py_DECREF(item);
  lz.flag = true;
  return null;
};

const Filterfalse_Type = makeType(
  "filterfalse",
  48,
  "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.",
);
Filterfalse_Type.tp_new = (typeObj, args, kwnames) => {
  const type = typeObj as PyType;
  noKeywordsFor("filterfalse", type, Filterfalse_Type, kwnames);
  checkPositional("filterfalse", args.length - nkwOf(kwnames), 2, 2);
  const it = PyObject_GetIter(args[1]!);
  const lz = newIt(type, Filterfalse_Type, 2, 48);
  lz.r[0] = Py_NewRef(args[0]!);
  lz.r[1] = it;
  return track(lz);
};
Filterfalse_Type.tp_iternext = (o) => {
  const lz = o as ItObject;
  const func = lz.r[0]!;
  const it = lz.r[1]!;
  for (;;) {
    const item = iternext(it);
    if (item === null) return null;
    let ok: boolean;
    try {
      if (func === Py_None || func === boolType()) ok = PyObject_IsTrue(item);
      else {
        const good = PyObject_CallOneArg(func, item);
        try {
          ok = PyObject_IsTrue(good);
        } finally {
          Py_DECREF(good);
        }
      }
    } catch (e) {
      Py_DECREF(item);
      throw e;
    }
    if (!ok) return item;
    Py_DECREF(item);
  }
};

import { Py_False, Py_True, PyBool_Type } from "../objects/bool.js";

function boolType(): PyObject {
  return PyBool_Type;
}

const Starmap_Type = makeType(
  "starmap",
  48,
  "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.",
);
Starmap_Type.tp_new = (typeObj, args, kwnames) => {
  const type = typeObj as PyType;
  noKeywordsFor("starmap", type, Starmap_Type, kwnames);
  checkPositional("starmap", args.length - nkwOf(kwnames), 2, 2);
  const it = PyObject_GetIter(args[1]!);
  const lz = newIt(type, Starmap_Type, 2, 48);
  lz.r[0] = Py_NewRef(args[0]!);
  lz.r[1] = it;
  return track(lz);
};
Starmap_Type.tp_iternext = (o) => {
  const lz = o as ItObject;
  const args = iternext(lz.r[1]!);
  if (args === null) return null;
  let t: PyTuple;
  try {
    t =
      args instanceof PyTuple && args.ob_type.tp_name === "tuple"
        ? (Py_NewRef(args) as PyTuple)
        : PySequence_Tuple(args);
  } finally {
    Py_DECREF(args);
  }
  try {
    return PyObject_Call(lz.r[0]!, t.items, null);
  } finally {
    Py_DECREF(t);
  }
};

const Compress_Type = makeType(
  "compress",
  48,
  "Return data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected data elements using the selectors to\nchoose the data elements.",
);
Compress_Type.tp_new = (typeObj, args, kwnames) => {
  const type = typeObj as PyType;
  const [data, selectors] = clinicArgs("compress", args, kwnames, {
    names: ["data", "selectors"],
    minpos: 2,
  });
  const dataIt = PyObject_GetIter(data!);
  let selIt: PyObject;
  try {
    selIt = PyObject_GetIter(selectors!);
  } catch (e) {
    Py_DECREF(dataIt);
    throw e;
  }
  const lz = newIt(type, Compress_Type, 2, 48);
  lz.r[0] = dataIt;
  lz.r[1] = selIt;
  return track(lz);
};
Compress_Type.tp_iternext = (o) => {
  const lz = o as ItObject;
  for (;;) {
    const datum = iternext(lz.r[0]!);
    if (datum === null) return null;
    const selector = iternext(lz.r[1]!);
    if (selector === null) {
      Py_DECREF(datum);
      return null;
    }
    let ok: boolean;
    try {
      ok = PyObject_IsTrue(selector);
    } catch (e) {
      Py_DECREF(datum);
      throw e;
    } finally {
      Py_DECREF(selector);
    }
    if (ok) return datum;
    Py_DECREF(datum);
  }
};

// pairwise slots: it, old
const Pairwise_Type = makeType(
  "pairwise",
  48,
  "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...",
);
Pairwise_Type.tp_new = (typeObj, args, kwnames) => {
  const type = typeObj as PyType;
  noKeywordsFor("pairwise", type, Pairwise_Type, kwnames);
  checkPositional("pairwise", args.length - nkwOf(kwnames), 1, 1);
  const it = PyObject_GetIter(args[0]!);
  const po = newIt(type, Pairwise_Type, 2, 48);
  po.r[0] = it;
  return track(po);
};
Pairwise_Type.tp_iternext = (o) => {
  const po = o as ItObject;
  const it = po.r[0];
  if (it === null || it === undefined) return null;
  const next = (): PyObject | null => {
    try {
      return iternext(it);
    } catch (e) {
      setSlot(po, 0, null);
      setSlot(po, 1, null);
      throw e;
    }
  };
  let old = po.r[1];
  if (old === null || old === undefined) {
    old = next();
    setSlot(po, 1, old);
    if (old === null) {
      setSlot(po, 0, null);
      return null;
    }
    // the iterator may have called this pairwise again and ended it (gh-109786)
    if (po.r[0] === null) {
      setSlot(po, 1, null);
      return null;
    }
  }
  // held across the call, which may replace po.r[1] by re-entering
  Py_INCREF(old);
  let nw: PyObject | null;
  try {
    nw = next();
  } catch (e) {
    Py_DECREF(old);
    throw e;
  }
  if (nw === null) {
    setSlot(po, 0, null);
    setSlot(po, 1, null);
    Py_DECREF(old);
    return null;
  }
  const result = PyTuple_New([old, Py_NewRef(nw)]);
  setSlot(po, 1, nw);
  return result;
};

// ---------------------------------------------------------------------------------------------
// chain

// slots: source (iterator over iterables), active
const Chain_Type = makeType(
  "chain",
  48,
  "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.",
);

function chain_new_internal(type: PyType, source: PyObject): PyObject {
  const lz = newIt(type, Chain_Type, 2, 48);
  lz.r[0] = source;
  return track(lz);
}

Chain_Type.tp_new = (typeObj, args, kwnames) => {
  const type = typeObj as PyType;
  noKeywordsFor("chain", type, Chain_Type, kwnames);
  const t = PyTuple_New(args.slice(0, args.length - nkwOf(kwnames)).map((a) => Py_NewRef(a)));
  let source: PyObject;
  try {
    source = PyObject_GetIter(t);
  } finally {
    Py_DECREF(t);
  }
  return chain_new_internal(type, source);
};
Chain_Type.tp_iternext = (o) => {
  const lz = o as ItObject;
  for (;;) {
    const source = lz.r[0];
    if (source === null || source === undefined) return null;
    const active = lz.r[1];
    if (active === null || active === undefined) {
      let iterable: PyObject | null;
      try {
        iterable = iternext(source);
      } catch (e) {
        setSlot(lz, 0, null);
        throw e;
      }
      if (iterable === null) {
        setSlot(lz, 0, null);
        return null;
      }
      let it: PyObject;
      try {
        it = PyObject_GetIter(iterable);
      } catch (e) {
        setSlot(lz, 0, null);
        throw e;
      } finally {
        Py_DECREF(iterable);
      }
      lz.r[1] = it;
    }
    const item = iternext(lz.r[1]!);
    if (item !== null) return item;
    setSlot(lz, 1, null);
  }
};
defineMethods(Chain_Type, {
  from_iterable: {
    impl: (cls, args, kwnames) => {
      if (nkwOf(kwnames) > 0) raise(PyExc_TypeError, "chain.from_iterable() takes no keyword arguments");
      if (args.length !== 1)
        raise(PyExc_TypeError, `chain.from_iterable() takes exactly one argument (${args.length} given)`);
      const source = PyObject_GetIter(args[0]!);
      return chain_new_internal(cls as PyType, source);
    },
    kind: "class",
    doc: "Alternative chain() constructor taking a single iterable argument that evaluates lazily.",
  },
});

// ---------------------------------------------------------------------------------------------
// accumulate

// slots in accumulate_traverse's order: binop, it, total, initial (None when not given, and
// once given out: gc.get_referents shows it)
const Accumulate_Type = makeType(
  "accumulate",
  64,
  "Return series of accumulated sums (or other binary function results).",
);
Accumulate_Type.tp_new = (typeObj, args, kwnames) => {
  const type = typeObj as PyType;
  const [iterable, func, initial] = clinicArgs("accumulate", args, kwnames, {
    names: ["iterable", "func", "initial"],
    minpos: 1,
    maxpos: 2,
  });
  const it = PyObject_GetIter(iterable!);
  const lz = newIt(type, Accumulate_Type, 4, 64);
  if (func !== null && func !== Py_None) lz.r[0] = Py_NewRef(func);
  lz.r[1] = it;
  lz.r[3] = Py_NewRef(initial ?? Py_None);
  return track(lz);
};
Accumulate_Type.tp_iternext = (o) => {
  const lz = o as ItObject;
  const initial = lz.r[3];
  if (initial !== null && initial !== undefined && initial !== Py_None) {
    lz.r[2] = initial;
    lz.r[3] = Py_NewRef(Py_None);
    return Py_NewRef(initial);
  }
  const val = iternext(lz.r[1]!);
  if (val === null) return null;
  const total = lz.r[2];
  if (total === null || total === undefined) {
    lz.r[2] = Py_NewRef(val);
    return val;
  }
  let newtotal: PyObject;
  try {
    const binop = lz.r[0];
    newtotal =
      binop === null || binop === undefined
        ? PyNumber_Add(total, val)
        : PyObject_Call(binop, [total, val], null);
  } finally {
    Py_DECREF(val);
  }
  setSlot(lz, 2, Py_NewRef(newtotal));
  return newtotal;
};

// ---------------------------------------------------------------------------------------------
// islice

class IsliceObject extends ItObject {
  next = 0;
  stop = 0;
  step = 1;
  cnt = 0;
}

const Islice_Type = makeType(
  "islice",
  72,
  "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step determines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator.",
);

/** PyNumber_AsSsize_t(o, OverflowError) with errors turned into -1 (islice's conversions). */
function ssizeOrMinusOne(o: PyObject): number {
  try {
    return PyNumber_AsSsize_t(o, PyExc_OverflowError);
  } catch (e) {
    if (e instanceof PyObject) Py_DECREF(e);
    else throw e;
    return -1;
  }
}

Islice_Type.tp_new = (typeObj, args, kwnames) => {
  const type = typeObj as PyType;
  noKeywordsFor("islice", type, Islice_Type, kwnames);
  const n = args.length - nkwOf(kwnames);
  checkPositional("islice", n, 2, 4);
  const seq = args[0]!;
  const a1 = args[1]!;
  let start = 0;
  let stop = -1;
  let step = 1;
  const stopError = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  if (n === 2) {
    if (a1 !== Py_None) {
      stop = ssizeOrMinusOne(a1);
      if (stop === -1) raise(PyExc_ValueError, stopError);
    }
  } else {
    const a2 = args[2]!;
    if (a1 !== Py_None) start = ssizeOrMinusOne(a1);
    if (a2 !== Py_None) {
      stop = ssizeOrMinusOne(a2);
      if (stop === -1) raise(PyExc_ValueError, stopError);
    }
  }
  if (start < 0 || stop < -1) {
    raise(PyExc_ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  }
  if (n === 4) {
    const a3 = args[3]!;
    if (a3 !== Py_None) step = ssizeOrMinusOne(a3);
  }
  if (step < 1) raise(PyExc_ValueError, "Step for islice() must be a positive integer or None.");
  const it = PyObject_GetIter(seq);
  const lz = new IsliceObject(type);
  lz.r = [it];
  if (type === Islice_Type) gcAlloc(lz, 72);
  else {
    gcAlloc(lz, instanceAllocSize(type));
    Py_INCREF(type);
  }
  lz.next = start;
  lz.stop = stop;
  lz.step = step;
  lz.cnt = 0;
  return track(lz);
};
Islice_Type.tp_iternext = (o) => {
  const lz = o as IsliceObject;
  const it = lz.r[0];
  if (it === null || it === undefined) return null;
  const stop = lz.stop;
  const next = (): PyObject | null => {
    try {
      return iternext(it);
    } catch (e) {
      setSlot(lz, 0, null);
      throw e;
    }
  };
  while (lz.cnt < lz.next) {
    const item = next();
    if (item === null) {
      setSlot(lz, 0, null);
      return null;
    }
    Py_DECREF(item);
    lz.cnt++;
  }
  if (stop !== -1 && lz.cnt >= stop) {
    setSlot(lz, 0, null);
    return null;
  }
  const item = next();
  if (item === null) {
    setSlot(lz, 0, null);
    return null;
  }
  lz.cnt++;
  const oldnext = lz.next;
  lz.next += lz.step;
  if (lz.next < oldnext || lz.next > PY_SSIZE_T_MAX || (stop !== -1 && lz.next > stop)) lz.next = stop;
  return item;
};

// ---------------------------------------------------------------------------------------------
// count

class CountObject extends ItObject {
  /** Fast mode: the count as a JS integer (null in slow mode). */
  cnt: number | null = 0;
  // slow mode: r[0] = long_cnt, r[1] = long_step
}

const Count_Type = makeType(
  "count",
  56,
  "Return a count object whose .__next__() method returns consecutive values.\n\nEquivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n        while 1:\n            yield x\n            x += step",
);

function isExactOne(o: PyObject): boolean {
  return o instanceof PyInt && (o.value === 1 || o.value === 1n);
}

Count_Type.tp_new = (typeObj, args, kwnames) => {
  const type = typeObj as PyType;
  const [startArg, stepArg] = clinicArgs("count", args, kwnames, { names: ["start", "step"], minpos: 0 });
  const start = startArg ?? null;
  const step = stepArg ?? null;
  if ((start !== null && !PyNumber_Check(start)) || (step !== null && !PyNumber_Check(step))) {
    raise(PyExc_TypeError, "a number is required");
  }
  let fast = false;
  let cnt = 0;
  if (start !== null && start instanceof PyInt && typeof start.value === "number") {
    cnt = start.value;
    fast = true;
  } else if (start === null) {
    fast = true;
  }
  // fast mode only for an int step equal to 1 (int subclasses and bool included, as PyLong_Check)
  if (step !== null && !(step instanceof PyInt && isExactOne(step))) fast = false;
  const lz = new CountObject(type);
  lz.r = [null, null];
  if (type === Count_Type) gcAlloc(lz, 56);
  else {
    gcAlloc(lz, instanceAllocSize(type));
    Py_INCREF(type);
  }
  if (fast) {
    lz.cnt = cnt;
    lz.r[1] = step === null ? PyInt_FromNumber(1) : Py_NewRef(step);
  } else {
    lz.cnt = null;
    lz.r[0] = start === null ? PyInt_FromNumber(0) : Py_NewRef(start);
    lz.r[1] = step === null ? PyInt_FromNumber(1) : Py_NewRef(step);
  }
  return track(lz);
};
Count_Type.tp_iternext = (o) => {
  const lz = o as CountObject;
  if (lz.cnt !== null) {
    if (lz.cnt < Number.MAX_SAFE_INTEGER) {
      const v = PyInt_FromSsize_t(lz.cnt);
      lz.cnt++;
      return v;
    }
    // switch to slow mode
    lz.r[0] = PyInt_FromNumber(lz.cnt);
    lz.cnt = null;
  }
  const returned = lz.r[0]!;
  const next = PyNumber_Add(returned, lz.r[1]!);
  lz.r[0] = next;
  return returned;
};
Count_Type.tp_repr = (o) => {
  const lz = o as CountObject;
  const name = typeName(o.ob_type);
  if (lz.cnt !== null) return PyStr_FromString(`${name}(${lz.cnt})`);
  const cntRepr = reprText(lz.r[0]!);
  const step = lz.r[1]!;
  if (step instanceof PyInt && isExactOne(step)) return PyStr_FromString(`${name}(${cntRepr})`);
  return PyStr_FromString(`${name}(${cntRepr}, ${reprText(step)})`);
};
defineMethods(Count_Type, {
  __reduce__: {
    impl: (self, args, kwnames) => {
      noArgs("count.__reduce__", args, kwnames);
      const lz = self as CountObject;
      const newArgs =
        lz.cnt !== null
          ? PyTuple_New([PyInt_FromNumber(lz.cnt)])
          : PyTuple_New([Py_NewRef(lz.r[0]!), Py_NewRef(lz.r[1]!)]);
      return PyTuple_New([Py_NewRef(lz.ob_type), newArgs]);
    },
    doc: "Return state information for pickling.",
  },
});

// ---------------------------------------------------------------------------------------------
// repeat

class RepeatObject extends ItObject {
  cnt = -1;
}

const Repeat_Type = makeType(
  "repeat",
  48,
  "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.",
);
Repeat_Type.tp_new = (typeObj, args, kwnames) => {
  const type = typeObj as PyType;
  const [element, times] = clinicArgs("repeat", args, kwnames, { names: ["object", "times"], minpos: 1 });
  let cnt = -1;
  if (times !== null) {
    cnt = PyNumber_AsSsize_t(times, PyExc_OverflowError);
    if (cnt < 0) cnt = 0;
  }
  const ro = new RepeatObject(type);
  ro.r = [Py_NewRef(element!)];
  if (type === Repeat_Type) gcAlloc(ro, 48);
  else {
    gcAlloc(ro, instanceAllocSize(type));
    Py_INCREF(type);
  }
  ro.cnt = cnt;
  return track(ro);
};
Repeat_Type.tp_iternext = (o) => {
  const ro = o as RepeatObject;
  if (ro.cnt === 0) return null;
  if (ro.cnt > 0) ro.cnt--;
  return Py_NewRef(ro.r[0]!);
};
Repeat_Type.tp_repr = (o) => {
  const ro = o as RepeatObject;
  const name = typeName(o.ob_type);
  const e = reprText(ro.r[0]!);
  return PyStr_FromString(ro.cnt === -1 ? `${name}(${e})` : `${name}(${e}, ${ro.cnt})`);
};
defineMethods(Repeat_Type, {
  __length_hint__: {
    impl: (self) => {
      const ro = self as RepeatObject;
      if (ro.cnt === -1) raise(PyExc_TypeError, "len() of unsized object");
      return PyInt_FromNumber(ro.cnt);
    },
    doc: "Private method returning an estimate of len(list(it)).",
  },
  __reduce__: {
    impl: (self, args, kwnames) => {
      noArgs("repeat.__reduce__", args, kwnames);
      const ro = self as RepeatObject;
      const newArgs =
        ro.cnt >= 0
          ? PyTuple_New([Py_NewRef(ro.r[0]!), PyInt_FromNumber(ro.cnt)])
          : PyTuple_New([Py_NewRef(ro.r[0]!)]);
      return PyTuple_New([Py_NewRef(ro.ob_type), newArgs]);
    },
    doc: "Return state information for pickling.",
  },
});

// ---------------------------------------------------------------------------------------------
// zip_longest

class ZipLongestObject extends ItObject {
  // r[0] = ittuple (CPython's tuple of the iterators), r[1] = result tuple, r[2] = fillvalue:
  // zip_longest_traverse's order. An exhausted iterator is released at once, as CPython's
  // NULL in ittuple does; None stands in its place (a tuple item cannot be empty here).
  tuplesize = 0;
  numactive = 0;
}

/** zip_longest's i-th iterator, or null once exhausted. */
function zipLongestIter(lz: ZipLongestObject, i: number): PyObject | null {
  const it = (lz.r[0] as PyTuple).items[i]!;
  return it === Py_None ? null : it;
}

const ZipLongest_Type = makeType(
  "zip_longest",
  72,
  "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nReturn a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.  The .__next__()\nmethod continues until the longest iterable in the argument sequence\nis exhausted and then it raises StopIteration.  When the shorter iterables\nare exhausted, the fillvalue is substituted in their place.  The fillvalue\ndefaults to None or can be specified by a keyword argument.",
);
ZipLongest_Type.tp_new = (typeObj, args, kwnames) => {
  const type = typeObj as PyType;
  const nkw = nkwOf(kwnames);
  let fillvalue: PyObject = Py_None;
  if (nkw > 0) {
    if (nkw !== 1 || kwnames![0] !== "fillvalue") {
      raise(PyExc_TypeError, "zip_longest() got an unexpected keyword argument");
    }
    fillvalue = args[args.length - 1]!;
  }
  const n = args.length - nkw;
  const iters: PyObject[] = [];
  try {
    for (let i = 0; i < n; i++) iters.push(PyObject_GetIter(args[i]!));
  } catch (e) {
    for (const x of iters) Py_DECREF(x);
    throw e;
  }
  const ittuple = PyTuple_New(iters);
  const result = PyTuple_New(iters.map(() => Py_NewRef(Py_None)));
  const lz = new ZipLongestObject(type);
  lz.r = [ittuple, result, Py_NewRef(fillvalue)];
  if (type === ZipLongest_Type) gcAlloc(lz, 72);
  else {
    gcAlloc(lz, instanceAllocSize(type));
    Py_INCREF(type);
  }
  lz.tuplesize = n;
  lz.numactive = n;
  return track(lz);
};
ZipLongest_Type.tp_iternext = (o) => {
  const lz = o as ZipLongestObject;
  const n = lz.tuplesize;
  if (n === 0) return null;
  if (lz.numactive === 0) return null;
  const fill = lz.r[2]!;
  let result = lz.r[1] as PyTuple;
  const reuse = result.ob_refcnt === 1;
  const fresh: PyObject[] = [];
  if (reuse) Py_INCREF(result);
  for (let i = 0; i < n; i++) {
    const it = zipLongestIter(lz, i);
    let item: PyObject | null;
    if (it === null) item = Py_NewRef(fill);
    else {
      try {
        item = iternext(it);
      } catch (e) {
        lz.numactive = 0;
        if (reuse) Py_DECREF(result);
        for (const v of fresh) Py_DECREF(v);
        throw e;
      }
      if (item === null) {
        lz.numactive--;
        if (lz.numactive === 0) {
          if (reuse) Py_DECREF(result);
          for (const v of fresh) Py_DECREF(v);
          return null;
        }
        item = Py_NewRef(fill);
        const iters = (lz.r[0] as PyTuple).items;
        iters[i] = Py_NewRef(Py_None);
        Py_DECREF(it);
      }
    }
    if (reuse) tupleSet(result, i, item);
    else fresh.push(item);
  }
  if (reuse) {
    if (!_PyObject_GC_IS_TRACKED(result)) PyObject_GC_Track(result);
    return result;
  }
  result = PyTuple_New(fresh);
  return result;
};

// ---------------------------------------------------------------------------------------------
// product, combinations, combinations_with_replacement, permutations

class CombObject extends ItObject {
  // r[0] = pool (tuple) or pools (tuple of tuples), r[1] = result tuple (or null)
  indices: number[] = [];
  cycles: number[] = [];
  rr = 0;
  stopped = false;
  memAddr = 0;
  memSize = 0;
}

function combAlloc(o: CombObject, nbytes: number): void {
  if (nbytes > 0) {
    o.memAddr = PyMem_Malloc(nbytes);
    o.memSize = nbytes;
  }
}

function combFree(this: CombObject): void {
  if (this.memAddr !== 0) {
    PyMem_Free(this.memAddr, this.memSize);
    this.memAddr = 0;
  }
}

function newComb(type: PyType, staticType: PyType, size: number): CombObject {
  const o = new CombObject(type);
  o.r = [null, null];
  (o as { extraFree?: () => void }).extraFree = combFree;
  if (type === staticType) gcAlloc(o, size);
  else {
    gcAlloc(o, instanceAllocSize(type));
    Py_INCREF(type);
  }
  return o;
}

const Product_Type = makeType(
  "product",
  64,
  "Cartesian product of input iterables.  Equivalent to nested for-loops.\n\nFor example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\nThe leftmost iterators are in the outermost for-loop, so the output tuples\ncycle in a manner similar to an odometer (with the rightmost element changing\non every iteration).\n\nTo compute the product of an iterable with itself, specify the number\nof repetitions with the optional repeat keyword argument. For example,\nproduct(A, repeat=4) means the same as product(A, A, A, A).\n\nproduct('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\nproduct((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...",
);
Product_Type.tp_new = (typeObj, args, kwnames) => {
  const type = typeObj as PyType;
  const nkw = nkwOf(kwnames);
  let repeat = 1;
  if (nkw > 0) {
    for (const k of kwnames!) {
      if (k !== "repeat") raise(PyExc_TypeError, `'${k}' is an invalid keyword argument for product()`);
    }
    repeat = PyNumber_AsSsize_t(args[args.length - 1]!, PyExc_OverflowError);
    if (repeat < 0) raise(PyExc_ValueError, "repeat argument cannot be negative");
  }
  const nargs = args.length - nkw;
  const pools: PyTuple[] = [];
  try {
    for (let i = 0; i < nargs; i++) pools.push(PySequence_Tuple(args[i]!));
  } catch (e) {
    for (const p of pools) Py_DECREF(p);
    throw e;
  }
  const all: PyObject[] = [];
  for (let r = 0; r < repeat; r++) for (const p of pools) all.push(Py_NewRef(p));
  for (const p of pools) Py_DECREF(p);
  const npools = all.length;
  const lz = newComb(type, Product_Type, 64);
  lz.r[0] = PyTuple_New(all);
  lz.indices = new Array(npools).fill(0);
  combAlloc(lz, npools * 8);
  lz.stopped = false;
  return track(lz);
};
Product_Type.tp_iternext = (o) => {
  const lz = o as CombObject;
  if (lz.stopped) return null;
  const pools = (lz.r[0] as PyTuple).items as PyTuple[];
  const npools = pools.length;
  const result = lz.r[1] as PyTuple | null;
  const indices = lz.indices;
  if (result === null) {
    // first pass: initialize result tuple with pools[i][0]
    for (const p of pools) {
      if (p.items.length === 0) {
        lz.stopped = true;
        return null;
      }
    }
    const t = PyTuple_New(pools.map((p) => Py_NewRef(p.items[0]!)));
    lz.r[1] = t;
    return Py_NewRef(t);
  }
  let res = result;
  if (res.ob_refcnt > 1) {
    res = PyTuple_New(res.items.map((x) => Py_NewRef(x)));
    setSlot(lz, 1, res);
  }
  // update the pool indices right-to-left
  let i = npools - 1;
  for (; i >= 0; i--) {
    const pool = pools[i]!.items;
    indices[i]!++;
    if (indices[i] === pool.length) {
      indices[i] = 0;
      tupleSet(res, i, Py_NewRef(pool[0]!));
    } else {
      tupleSet(res, i, Py_NewRef(pool[indices[i]!]!));
      break;
    }
  }
  if (i < 0) {
    lz.stopped = true;
    return null;
  }
  if (!_PyObject_GC_IS_TRACKED(res)) PyObject_GC_Track(res);
  return Py_NewRef(res);
};
defineMethods(Product_Type, {
  __sizeof__: {
    impl: (self) => PyInt_FromNumber(48 + (self as CombObject).indices.length * 8),
    doc: "Returns size in memory, in bytes.",
  },
});

const Combinations_Type = makeType(
  "combinations",
  72,
  "Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)",
);

function combinationsNew(name: string, staticType: PyType) {
  return (typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject => {
    const type = typeObj as PyType;
    const [iterable, rObj] = clinicArgs(name, args, kwnames, { names: ["iterable", "r"], minpos: 2 });
    const pool = PySequence_Tuple(iterable!);
    let r: number;
    try {
      r = PyNumber_AsSsize_t(rObj!, PyExc_OverflowError);
      if (r < 0) raise(PyExc_ValueError, "r must be non-negative");
    } catch (e) {
      Py_DECREF(pool);
      throw e;
    }
    const n = pool.items.length;
    const co = newComb(type, staticType, 72);
    co.r[0] = pool;
    co.rr = r;
    co.stopped = name === "combinations" ? r > n : n === 0 && r > 0;
    // an iterator that yields nothing needs no indices (combinations("AA", 2**29) took the
    // process down allocating them)
    if (!co.stopped)
      co.indices = name === "combinations" ? Array.from({ length: r }, (_, i) => i) : new Array(r).fill(0);
    combAlloc(co, r * 8);
    return track(co);
  };
}

Combinations_Type.tp_new = combinationsNew("combinations", Combinations_Type);
Combinations_Type.tp_iternext = (o) => {
  const co = o as CombObject;
  if (co.stopped) return null;
  const pool = (co.r[0] as PyTuple).items;
  const n = pool.length;
  const r = co.rr;
  const indices = co.indices;
  const result = co.r[1] as PyTuple | null;
  if (result === null) {
    const t = PyTuple_New(indices.map((i) => Py_NewRef(pool[i]!)));
    co.r[1] = t;
    return Py_NewRef(t);
  }
  let res = result;
  if (res.ob_refcnt > 1) {
    res = PyTuple_New(res.items.map((x) => Py_NewRef(x)));
    setSlot(co, 1, res);
  }
  // scan indices right-to-left until finding one that is not at its maximum (i + n - r)
  let i = r - 1;
  while (i >= 0 && indices[i] === i + n - r) i--;
  if (i < 0) {
    co.stopped = true;
    return null;
  }
  indices[i]!++;
  for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1]! + 1;
  for (; i < r; i++) tupleSet(res, i, Py_NewRef(pool[indices[i]!]!));
  if (!_PyObject_GC_IS_TRACKED(res)) PyObject_GC_Track(res);
  return Py_NewRef(res);
};
defineMethods(Combinations_Type, {
  __sizeof__: {
    impl: (self) => PyInt_FromNumber(56 + (self as CombObject).rr * 8),
    doc: "Returns size in memory, in bytes.",
  },
});

const Cwr_Type = makeType(
  "combinations_with_replacement",
  72,
  "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')",
);
Cwr_Type.tp_new = combinationsNew("combinations_with_replacement", Cwr_Type);
Cwr_Type.tp_iternext = (o) => {
  const co = o as CombObject;
  if (co.stopped) return null;
  const pool = (co.r[0] as PyTuple).items;
  const n = pool.length;
  const r = co.rr;
  const indices = co.indices;
  const result = co.r[1] as PyTuple | null;
  if (result === null) {
    const t = PyTuple_New(indices.map(() => Py_NewRef(pool[0] ?? Py_None)));
    if (r > 0 && n === 0) {
      Py_DECREF(t);
      co.stopped = true;
      return null;
    }
    co.r[1] = t;
    return Py_NewRef(t);
  }
  let res = result;
  if (res.ob_refcnt > 1) {
    res = PyTuple_New(res.items.map((x) => Py_NewRef(x)));
    setSlot(co, 1, res);
  }
  let i = r - 1;
  while (i >= 0 && indices[i] === n - 1) i--;
  if (i < 0) {
    co.stopped = true;
    return null;
  }
  const index = indices[i]! + 1;
  const elem = pool[index]!;
  for (; i < r; i++) {
    indices[i] = index;
    tupleSet(res, i, Py_NewRef(elem));
  }
  if (!_PyObject_GC_IS_TRACKED(res)) PyObject_GC_Track(res);
  return Py_NewRef(res);
};
defineMethods(Cwr_Type, {
  __sizeof__: {
    impl: (self) => PyInt_FromNumber(56 + (self as CombObject).rr * 8),
    doc: "Returns size in memory, in bytes.",
  },
});

const Permutations_Type = makeType(
  "permutations",
  80,
  "Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)",
);
Permutations_Type.tp_new = (typeObj, args, kwnames) => {
  const type = typeObj as PyType;
  const [iterable, rObj] = clinicArgs("permutations", args, kwnames, {
    names: ["iterable", "r"],
    minpos: 1,
  });
  const pool = PySequence_Tuple(iterable!);
  const n = pool.items.length;
  let r = n;
  try {
    if (rObj !== null && rObj !== Py_None) {
      if (!(rObj instanceof PyInt)) raise(PyExc_TypeError, "Expected int as r");
      r = PyLong_AsSsize_t(rObj);
      if (r < 0) raise(PyExc_ValueError, "r must be non-negative");
    }
  } catch (e) {
    Py_DECREF(pool);
    throw e;
  }
  const po = newComb(type, Permutations_Type, 80);
  po.r[0] = pool;
  po.rr = r;
  po.indices = Array.from({ length: n }, (_, i) => i);
  po.stopped = r > n;
  if (!po.stopped) po.cycles = Array.from({ length: r }, (_, i) => n - i);
  combAlloc(po, n * 8 + r * 8);
  return track(po);
};
Permutations_Type.tp_iternext = (o) => {
  const po = o as CombObject;
  if (po.stopped) return null;
  const pool = (po.r[0] as PyTuple).items;
  const n = pool.length;
  const r = po.rr;
  const indices = po.indices;
  const cycles = po.cycles;
  const result = po.r[1] as PyTuple | null;
  if (result === null) {
    const t = PyTuple_New(indices.slice(0, r).map((i) => Py_NewRef(pool[i]!)));
    po.r[1] = t;
    return Py_NewRef(t);
  }
  if (n === 0) {
    po.stopped = true;
    return null;
  }
  let res = result;
  if (res.ob_refcnt > 1) {
    res = PyTuple_New(res.items.map((x) => Py_NewRef(x)));
    setSlot(po, 1, res);
  }
  let i = r - 1;
  for (; i >= 0; i--) {
    cycles[i]!--;
    if (cycles[i] === 0) {
      // rotate indices[i:] left by one
      const index = indices[i]!;
      for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1]!;
      indices[n - 1] = index;
      cycles[i] = n - i;
    } else {
      const j = cycles[i]!;
      const t = indices[i]!;
      indices[i] = indices[n - j]!;
      indices[n - j] = t;
      for (let k = i; k < r; k++) tupleSet(res, k, Py_NewRef(pool[indices[k]!]!));
      break;
    }
  }
  if (i < 0) {
    po.stopped = true;
    return null;
  }
  if (!_PyObject_GC_IS_TRACKED(res)) PyObject_GC_Track(res);
  return Py_NewRef(res);
};
defineMethods(Permutations_Type, {
  __sizeof__: {
    impl: (self) => {
      const po = self as CombObject;
      return PyInt_FromNumber(64 + po.indices.length * 8 + po.rr * 8);
    },
    doc: "Returns size in memory, in bytes.",
  },
});

// ---------------------------------------------------------------------------------------------
// pickling and copying: CPython 3.11's *_reduce and *_setstate (copy.copy shares the underlying
// iterators with the original, as there; pickle and deepcopy copy them)

/** A state that PyArg_ParseTuple reads: a tuple of min..max items. */
function stateItems(state: PyObject, min: number, max: number): PyObject[] {
  if (!(state instanceof PyTuple)) raise(PyExc_TypeError, "state is not a tuple");
  const n = state.items.length;
  if (n < min || n > max) {
    const bound = n < min ? min : max;
    const how = min === max ? "exactly" : n < min ? "at least" : "at most";
    raise(PyExc_TypeError, `function takes ${how} ${bound} argument${bound === 1 ? "" : "s"} (${n} given)`);
  }
  return state.items;
}

/** PyArg_ParseTuple's "O!": an instance of `type`. */
function stateOfType(o: PyObject, pos: number, type: PyType, what: string): PyObject {
  if (!PyObject_TypeCheck(o, type))
    raise(PyExc_TypeError, `argument ${pos} must be ${what}, not ${argTypeName(o)}`);
  return o;
}

/** PyLong_AsSsize_t as the setstate methods call it (no __index__). */
function stateSsize(o: PyObject): number {
  if (!(o instanceof PyInt)) raise(PyExc_TypeError, "an integer is required");
  return PyLong_AsSsize_t(o);
}

function ref(o: PyObject | null | undefined): PyObject {
  return Py_NewRef(o ?? Py_None);
}

/** (type(self), args[, state]) with new references. */
function reduction(self: PyObject, args: PyObject[], state?: PyObject): PyObject {
  const parts: PyObject[] = [Py_NewRef(self.ob_type), PyTuple_New(args)];
  if (state !== undefined) parts.push(state);
  return PyTuple_New(parts);
}

function intsTuple(values: number[]): PyObject {
  return PyTuple_New(values.map((v) => PyInt_FromNumber(v)));
}

const REDUCE_DOC = "Return state information for pickling.";
const SETSTATE_DOC = "Set state information for unpickling.";

function pickleMethods(
  type: PyType,
  reduce: (self: PyObject) => PyObject,
  setstate?: (self: PyObject, state: PyObject) => void,
): void {
  const owner = typeName(type);
  const defs: Record<string, Omit<MethodDef, "name">> = {
    __reduce__: {
      impl: (self, args, kwnames) => {
        noArgs(`${owner}.__reduce__`, args, kwnames);
        return reduce(self!);
      },
      doc: REDUCE_DOC,
    },
  };
  if (setstate !== undefined) {
    defs.__setstate__ = {
      impl: (self, args, kwnames) => {
        setstate(self!, oneArg(`${owner}.__setstate__`, args, kwnames));
        return Py_NewRef(Py_None);
      },
      doc: SETSTATE_DOC,
    };
  }
  defineMethods(type, defs);
}

pickleMethods(
  Groupby_Type,
  (self) => {
    const r = (self as GroupbyObject).r;
    const args = [ref(r[GB_IT]), ref(r[GB_KEYFUNC])];
    if (r[GB_TGTKEY] && r[GB_CURRKEY] && r[GB_CURRVALUE]) {
      return reduction(
        self,
        args,
        PyTuple_New([ref(r[GB_CURRKEY]), ref(r[GB_CURRVALUE]), ref(r[GB_TGTKEY])]),
      );
    }
    return reduction(self, args);
  },
  (self, state) => {
    const [currkey, currvalue, tgtkey] = stateItems(state, 3, 3);
    const gbo = self as GroupbyObject;
    setSlot(gbo, GB_CURRKEY, Py_NewRef(currkey!));
    setSlot(gbo, GB_CURRVALUE, Py_NewRef(currvalue!));
    setSlot(gbo, GB_TGTKEY, Py_NewRef(tgtkey!));
  },
);

Grouper_Type.tp_new = (_t, args, kwnames) => {
  if (nkwOf(kwnames) > 0) raise(PyExc_TypeError, "_grouper() takes no keyword arguments");
  checkPositional("_grouper", args.length, 2, 2);
  const parent = args[0]!;
  if (!PyObject_TypeCheck(parent, Groupby_Type)) {
    raise(PyExc_TypeError, `_grouper() argument 1 must be itertools.groupby, not ${argTypeName(parent)}`);
  }
  return grouper_create(parent as GroupbyObject, args[1]!);
};
pickleMethods(Grouper_Type, (self) => {
  const igo = self as ItObject;
  const parent = igo.r[GR_PARENT] as GroupbyObject;
  // a grouper its parent has moved past reduces to an empty iterator
  if (parent.currgrouper !== igo) return PyTuple_New([getBuiltin("iter"), PyTuple_New([PyTuple_New([])])]);
  return reduction(self, [ref(parent), ref(igo.r[GR_TGTKEY])]);
});

TeeData_Type.tp_new = (_t, args, kwnames) => {
  if (nkwOf(kwnames) > 0) raise(PyExc_TypeError, "teedataobject() takes no keyword arguments");
  checkPositional("teedataobject", args.length, 3, 3);
  const [it, values, next] = args as [PyObject, PyObject, PyObject];
  if (!PyObject_TypeCheck(values, PyList_Type)) {
    raise(PyExc_TypeError, `teedataobject() argument 2 must be list, not ${argTypeName(values)}`);
  }
  const tdo = teedata_new(it);
  const items = (values as PyList).items;
  const full = items.length === LINKCELLS;
  if (items.length > LINKCELLS || (next !== Py_None && (!full || next.ob_type !== TeeData_Type))) {
    Py_DECREF(tdo);
    raise(PyExc_ValueError, "Invalid arguments");
  }
  tdo.values = items.map((v) => Py_NewRef(v));
  if (full && next !== Py_None) tdo.nextlink = Py_NewRef(next) as TeeDataObject;
  return tdo;
};
pickleMethods(TeeData_Type, (self) => {
  const tdo = self as TeeDataObject;
  const values = PyList_New(tdo.values.map((v) => Py_NewRef(v)));
  return reduction(self, [ref(tdo.it), values, ref(tdo.nextlink)]);
});

pickleMethods(
  Tee_Type,
  (self) => {
    const to = self as TeeObject;
    return reduction(self, [PyTuple_New([])], PyTuple_New([ref(to.dataobj), PyInt_FromNumber(to.index)]));
  },
  (self, state) => {
    const [tdo, indexObj] = stateItems(state, 2, 2);
    stateOfType(tdo!, 1, TeeData_Type, "itertools._tee_dataobject");
    const index = PyNumber_AsCInt(indexObj!);
    if (index < 0 || index > LINKCELLS) raise(PyExc_ValueError, "Index out of range");
    const to = self as TeeObject;
    const old = to.dataobj;
    to.dataobj = Py_NewRef(tdo!) as TeeDataObject;
    if (old !== null) Py_DECREF(old);
    to.index = index;
  },
);

pickleMethods(
  Cycle_Type,
  (self) => {
    const lz = self as CycleObject;
    const [it, saved] = lz.r;
    if (it === null || it === undefined) {
      // past the first pass: an iterator over what was saved, at the next position
      const savedIt = PyObject_GetIter(saved!);
      if (lz.index !== 0) {
        const index = PyInt_FromNumber(lz.index);
        try {
          Py_DECREF(PyObject_CallMethod(savedIt, "__setstate__", [index]));
        } catch (e) {
          Py_DECREF(savedIt);
          throw e;
        } finally {
          Py_DECREF(index);
        }
      }
      return reduction(self, [savedIt], PyTuple_New([ref(saved), Py_NewRef(Py_True)]));
    }
    return reduction(
      self,
      [ref(it)],
      PyTuple_New([ref(saved), Py_NewRef(lz.firstpass ? Py_True : Py_False)]),
    );
  },
  (self, state) => {
    const [saved, firstpass] = stateItems(state, 2, 2);
    stateOfType(saved!, 1, PyList_Type, "list");
    const flag = PyNumber_AsCInt(firstpass!);
    const lz = self as CycleObject;
    setSlot(lz, 1, Py_NewRef(saved!));
    lz.firstpass = flag !== 0;
    lz.index = 0;
  },
);

for (const t of [Dropwhile_Type, Takewhile_Type]) {
  pickleMethods(
    t,
    (self) => {
      const lz = self as WhileObject;
      return reduction(self, [ref(lz.r[0]), ref(lz.r[1])], PyInt_FromNumber(lz.flag ? 1 : 0));
    },
    (self, state) => {
      (self as WhileObject).flag = PyObject_IsTrue(state);
    },
  );
}

// (func, it) in their slots, freed in that order, but CPython's traverse visits the iterator
// first: gc.get_referents lists it first
for (const t of [Dropwhile_Type, Takewhile_Type, Filterfalse_Type, Starmap_Type]) {
  t.tp_traverse = (o, visit) => {
    const [func, it] = (o as ItObject).r;
    if (it !== null && it !== undefined) visit(it);
    if (func !== null && func !== undefined) visit(func);
  };
}

for (const t of [Filterfalse_Type, Starmap_Type, Compress_Type]) {
  pickleMethods(t, (self) => {
    const lz = self as ItObject;
    return reduction(self, [ref(lz.r[0]), ref(lz.r[1])]);
  });
}

pickleMethods(
  Chain_Type,
  (self) => {
    const [source, active] = (self as ItObject).r;
    if (source === null || source === undefined) return reduction(self, []);
    const state = active ? [ref(source), ref(active)] : [ref(source)];
    return reduction(self, [], PyTuple_New(state));
  },
  (self, state) => {
    const [source, active] = stateItems(state, 1, 2);
    const isIter = (o: PyObject) => o.ob_type.tp_iternext !== null;
    if (!isIter(source!) || (active !== undefined && !isIter(active))) {
      raise(PyExc_TypeError, "Arguments must be iterators.");
    }
    const lz = self as ItObject;
    setSlot(lz, 0, Py_NewRef(source!));
    setSlot(lz, 1, active === undefined ? null : Py_NewRef(active));
  },
);

pickleMethods(
  Accumulate_Type,
  (self) => {
    const [binop, it, total, initial] = (self as ItObject).r;
    const chainWith = (first: PyObject): PyObject => {
      const head = PyTuple_New([Py_NewRef(first)]);
      try {
        return PyObject_Call(Chain_Type, [head, it!], null);
      } finally {
        Py_DECREF(head);
      }
    };
    if (initial && initial !== Py_None)
      return reduction(self, [chainWith(initial), ref(binop)], Py_NewRef(Py_None));
    if (total === Py_None) {
      // a total of None cannot be restored by __setstate__ (None means no state): replay it
      const chained = chainWith(Py_None);
      let again: PyObject;
      try {
        again = PyObject_Call(self.ob_type, [chained, binop ?? Py_None], null);
      } finally {
        Py_DECREF(chained);
      }
      return PyTuple_New([
        Py_NewRef(Islice_Type),
        PyTuple_New([again, PyInt_FromNumber(1), Py_NewRef(Py_None)]),
      ]);
    }
    return reduction(self, [ref(it), ref(binop)], ref(total));
  },
  (self, state) => setSlot(self as ItObject, 2, Py_NewRef(state)),
);

pickleMethods(
  Islice_Type,
  (self) => {
    const lz = self as IsliceObject;
    const it = lz.r[0];
    if (it === null || it === undefined) {
      const empty = PyList_New([]);
      let emptyIt: PyObject;
      try {
        emptyIt = PyObject_GetIter(empty);
      } finally {
        Py_DECREF(empty);
      }
      return reduction(self, [emptyIt, PyInt_FromNumber(0)], PyInt_FromNumber(0));
    }
    const stop = lz.stop === -1 ? Py_NewRef(Py_None) : PyInt_FromNumber(lz.stop);
    return reduction(
      self,
      [Py_NewRef(it), PyInt_FromNumber(lz.next), stop, PyInt_FromNumber(lz.step)],
      PyInt_FromNumber(lz.cnt),
    );
  },
  (self, state) => {
    (self as IsliceObject).cnt = stateSsize(state);
  },
);

pickleMethods(
  ZipLongest_Type,
  (self) => {
    const lz = self as ZipLongestObject;
    const args: PyObject[] = [];
    for (let i = 0; i < lz.tuplesize; i++) {
      const it = zipLongestIter(lz, i);
      args.push(it !== null ? Py_NewRef(it) : PyTuple_New([]));
    }
    return PyTuple_New([Py_NewRef(self.ob_type), PyTuple_New(args), ref(lz.r[2])]);
  },
  (self, state) => {
    const lz = self as ZipLongestObject;
    setSlot(lz, 2, Py_NewRef(state));
  },
);

/** The result tuple made from `indices` into `pool` after a setstate. */
function setResult(co: CombObject, pool: PyObject[], indices: number[]): void {
  setSlot(co, 1, PyTuple_New(indices.map((i) => Py_NewRef(pool[i]!))));
}

pickleMethods(
  Product_Type,
  (self) => {
    const lz = self as CombObject;
    if (lz.stopped) return reduction(self, [PyTuple_New([])]);
    const pools = lz.r[0] as PyTuple;
    const parts: PyObject[] = [Py_NewRef(self.ob_type), Py_NewRef(pools)];
    if (lz.r[1] !== null) parts.push(intsTuple(lz.indices));
    return PyTuple_New(parts);
  },
  (self, state) => {
    const lz = self as CombObject;
    const pools = (lz.r[0] as PyTuple).items as PyTuple[];
    const n = pools.length;
    if (!(state instanceof PyTuple) || state.items.length !== n) raise(PyExc_ValueError, "invalid arguments");
    for (let i = 0; i < n; i++) {
      const index = stateSsize(state.items[i]!);
      const size = pools[i]!.items.length;
      if (size === 0) {
        lz.stopped = true;
        return;
      }
      lz.indices[i] = Math.min(Math.max(index, 0), size - 1);
    }
    setSlot(lz, 1, PyTuple_New(pools.map((p, i) => Py_NewRef(p.items[lz.indices[i]!]!))));
  },
);

/** combinations, combinations_with_replacement and permutations reduce alike. */
function combReduce(self: PyObject, state: () => PyObject): PyObject {
  const co = self as CombObject;
  const r = PyInt_FromNumber(co.rr);
  if (co.r[1] === null) return reduction(self, [ref(co.r[0]), r]);
  if (co.stopped) return reduction(self, [PyTuple_New([]), r]);
  return reduction(self, [ref(co.r[0]), r], state());
}

function combIndicesState(
  self: PyObject,
  state: PyObject,
  clamp: (index: number, i: number, n: number) => number,
) {
  const co = self as CombObject;
  const pool = (co.r[0] as PyTuple).items;
  if (!(state instanceof PyTuple) || state.items.length !== co.rr)
    raise(PyExc_ValueError, "invalid arguments");
  const indices = new Array<number>(co.rr);
  for (let i = 0; i < co.rr; i++) indices[i] = clamp(stateSsize(state.items[i]!), i, pool.length);
  co.indices = indices;
  setResult(co, pool, indices);
}

pickleMethods(
  Combinations_Type,
  (self) => combReduce(self, () => intsTuple((self as CombObject).indices)),
  (self, state) =>
    combIndicesState(self, state, (index, i, n) =>
      Math.max(Math.min(index, i + n - (self as CombObject).rr), 0),
    ),
);

pickleMethods(
  Cwr_Type,
  (self) => combReduce(self, () => intsTuple((self as CombObject).indices)),
  (self, state) => combIndicesState(self, state, (index, _i, n) => (index < 0 ? 0 : Math.min(index, n - 1))),
);

pickleMethods(
  Permutations_Type,
  (self) => {
    const po = self as CombObject;
    return combReduce(self, () => PyTuple_New([intsTuple(po.indices), intsTuple(po.cycles)]));
  },
  (self, state) => {
    const [indices, cycles] = stateItems(state, 2, 2);
    stateOfType(indices!, 1, PyTuple_Type, "tuple");
    stateOfType(cycles!, 2, PyTuple_Type, "tuple");
    const po = self as CombObject;
    const pool = (po.r[0] as PyTuple).items;
    const n = pool.length;
    const idx = (indices as PyTuple).items;
    const cyc = (cycles as PyTuple).items;
    if (idx.length !== n || cyc.length !== po.rr) raise(PyExc_ValueError, "invalid arguments");
    const newIndices = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const index = stateSsize(idx[i]!);
      newIndices[i] = index < 0 ? 0 : Math.min(index, n - 1);
    }
    const newCycles = new Array<number>(po.rr);
    for (let i = 0; i < po.rr; i++) {
      const index = stateSsize(cyc[i]!);
      newCycles[i] = index < 1 ? 1 : Math.min(index, n - i);
    }
    po.indices = newIndices;
    po.cycles = newCycles;
    setResult(po, pool, newIndices.slice(0, po.rr));
  },
);

// ---------------------------------------------------------------------------------------------
// the module

const ITERTOOLS_FUNCTIONS: MethodDef[] = [
  {
    name: "tee",
    impl: itertools_tee,
    doc: "Returns a tuple of n independent iterators.",
    textSignature: "($module, iterable, n=2, /)",
  },
];

const MODULE_TYPES: [string, PyType][] = [
  ["accumulate", Accumulate_Type],
  ["combinations", Combinations_Type],
  ["combinations_with_replacement", Cwr_Type],
  ["cycle", Cycle_Type],
  ["dropwhile", Dropwhile_Type],
  ["takewhile", Takewhile_Type],
  ["islice", Islice_Type],
  ["starmap", Starmap_Type],
  ["permutations", Permutations_Type],
  ["product", Product_Type],
  ["repeat", Repeat_Type],
  ["groupby", Groupby_Type],
  ["_grouper", Grouper_Type],
  ["_tee", Tee_Type],
  ["_tee_dataobject", TeeData_Type],
  ["pairwise", Pairwise_Type],
  ["chain", Chain_Type],
  ["compress", Compress_Type],
  ["filterfalse", Filterfalse_Type],
  ["count", Count_Type],
  ["zip_longest", ZipLongest_Type],
];

function createItertoolsModule(): PyModule {
  const m = PyModule_New("itertools");
  PyModule_Add(
    m,
    "__doc__",
    PyStr_FromString(
      "Functional tools for creating and using iterators.\n\nInfinite iterators:\ncount(start=0, step=1) --> start, start+step, start+2*step, ...\ncycle(p) --> p0, p1, ... plast, p0, p1, ...\nrepeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\nIterators terminating on the shortest input sequence:\naccumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\nchain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\nchain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\ncompress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\ndropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\ngroupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\nfilterfalse(pred, seq) --> elements of seq where pred(elem) is False\nislice(seq, [start,] stop [, step]) --> elements from\n       seq[start:stop:step]\npairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\nstarmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\ntee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\ntakewhile(pred, seq) --> seq[0], seq[1], until pred fails\nzip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\nCombinatoric generators:\nproduct(p, q, ... [repeat=1]) --> cartesian product\npermutations(p[, r])\ncombinations(p, r)\ncombinations_with_replacement(p, r)\n",
    ),
  );
  for (const [name, t] of MODULE_TYPES) PyModule_AddObjectRef(m, name, t);
  PyModule_AddFunctions(m, ITERTOOLS_FUNCTIONS);
  return m;
}

export function registerItertoolsModule(): void {
  registerBuiltinModule("itertools", createItertoolsModule);
}
