/**
 * The `_functools` module (CPython 3.11's Modules/_functoolsmodule.c): reduce, partial,
 * cmp_to_key (KeyWrapper objects) and the C core of lru_cache (`_lru_cache_wrapper` with its
 * three modes, key construction, hit/miss accounting and the linked list of `_lru_list_elem`
 * links). lib/functools.py builds the rest of the module on top, as CPython's Lib/functools.py.
 */
import { CmpOp } from "../compiler/opcodes.js";
import {
  Py_ReprEnter,
  Py_ReprLeave,
  PyIter_Next,
  PyObject_Call,
  PyObject_GetAttrString,
  PyObject_GetIter,
  PyObject_Hash,
  PyObject_HashNotImplemented,
  PyObject_IsTrue,
  PyObject_Repr,
  PyObject_RichCompare,
  PyObject_Str,
} from "../objects/abstract.js";
import { clinicArgs } from "../objects/args.js";
import {
  _PyDict_GetItem_KnownHash,
  _PyDict_Pop_KnownHash,
  _PyDict_SetItem_KnownHash,
  dictItems,
  PyDict,
  PyDict_Clear,
  PyDict_Copy,
  PyDict_New,
  PyDict_SetItem,
  PyDict_Size,
  PyDict_Type,
} from "../objects/dict.js";
import { exceptionMatches, PyExc_AttributeError, PyExc_TypeError, raise } from "../objects/exceptions.js";
import { PyFunction_Type } from "../objects/function.js";
import { PyInt, PyInt_FromNumber, PyInt_Type } from "../objects/int.js";
import { PyMethod_New } from "../objects/method.js";
import { defineGetSets, defineMethods, type GetSetDef, type MethodDef } from "../objects/methods.js";
import {
  type PyModule,
  PyModule_Add,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import {
  allocateObject,
  freeObject,
  Py_DECREF,
  Py_INCREF,
  Py_NewRef,
  Py_XDECREF,
  PyObject,
} from "../objects/object.js";
import type { Hash, VisitProc } from "../objects/slots_types.js";
import { PyStr, PyStr_FromString, PyStr_Type } from "../objects/str.js";
import {
  _PyObject_GC_IS_TRACKED,
  gcAlloc,
  gcFree,
  Py_GenericAlias,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  type PyTuple,
  PyTuple_Check,
  PyTuple_FromArray,
  PyTuple_New,
  PyTuple_Type,
} from "../objects/tuple.js";
import { newStaticType, PyBaseObject_Type, type PyType, TypeFlag } from "../objects/type.js";
import {
  callTuples,
  clearWeakrefsHook,
  instanceAllocSize,
  makeTpCallKeywords,
  makeTpCallTemporaries,
  releaseCallTemporaries,
  unpackDictTemporaries,
} from "../objects/typeobject.js";
import { registerBuiltinModule } from "./importlib.js";

function nkwOf(kwnames: string[] | null): number {
  return kwnames === null ? 0 : kwnames.length;
}

function isCallable(o: PyObject): boolean {
  return o.ob_type.tp_call !== null;
}

/** Splits vectorcall arguments into a tuple and a kwargs dict (null when none): _PyObject_MakeTpCall. */
function argsToTupleDict(args: PyObject[], kwnames: string[] | null): [PyTuple, PyDict | null] {
  const nkw = nkwOf(kwnames);
  const npos = args.length - nkw;
  const t = PyTuple_New(args.slice(0, npos).map((a) => Py_NewRef(a)));
  if (nkw === 0) return [t, null];
  const d = PyDict_New();
  for (let i = 0; i < nkw; i++) {
    const k = PyStr_FromString(kwnames![i]!);
    PyDict_SetItem(d, k, args[npos + i]!);
    Py_DECREF(k);
  }
  return [t, d];
}

/** PyObject_Call(func, tuple, dict) in vectorcall form. */
function callWithTupleDict(func: PyObject, args: PyTuple, kwargs: PyDict | null): PyObject {
  if (kwargs === null || PyDict_Size(kwargs) === 0) return PyObject_Call(func, args.items, null);
  const names: string[] = [];
  const vals: PyObject[] = [...args.items];
  for (const [k, v] of dictItems(kwargs)) {
    if (!(k instanceof PyStr)) raise(PyExc_TypeError, "keywords must be strings");
    names.push(k.value);
    vals.push(v);
  }
  return PyObject_Call(func, vals, names);
}

const dictGetSet: GetSetDef = {
  name: "__dict__",
  get(self) {
    let d = self.ob_dict;
    if (!d) d = self.ob_dict = PyDict_New();
    return Py_NewRef(d);
  },
  set(self, v) {
    if (v === null) raise(PyExc_TypeError, "cannot delete __dict__");
    if (!(v instanceof PyDict)) {
      raise(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
    }
    const old = self.ob_dict;
    self.ob_dict = Py_NewRef(v);
    Py_XDECREF(old);
  },
};

function readonly(): never {
  raise(PyExc_AttributeError, "readonly attribute");
}

// ---------------------------------------------------------------------------------------------
// reduce

function functools_reduce(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (nkwOf(kwnames) > 0) raise(PyExc_TypeError, "reduce() takes no keyword arguments");
  const n = args.length;
  if (n < 2) raise(PyExc_TypeError, `reduce expected at least 2 arguments, got ${n}`);
  if (n > 3) raise(PyExc_TypeError, `reduce expected at most 3 arguments, got ${n}`);
  const func = args[0]!;
  const seq = args[1]!;
  let result: PyObject | null = n === 3 ? Py_NewRef(args[2]!) : null;
  let it: PyObject;
  try {
    it = PyObject_GetIter(seq);
  } catch (e) {
    if (result !== null) Py_DECREF(result);
    if (exceptionMatches(e, PyExc_TypeError)) {
      Py_DECREF(e as PyObject);
      raise(PyExc_TypeError, "reduce() arg 2 must support iteration");
    }
    throw e;
  }
  // CPython calls func with one reused 2-tuple while nobody else holds it.
  let argsTuple = PyTuple_New([Py_NewRef(Py_None), Py_NewRef(Py_None)]);
  try {
    for (;;) {
      if (argsTuple.ob_refcnt > 1) {
        Py_DECREF(argsTuple);
        argsTuple = PyTuple_New([Py_NewRef(Py_None), Py_NewRef(Py_None)]);
      }
      const op2 = PyIter_Next(it);
      if (op2 === null) break;
      if (result === null) {
        result = op2;
        continue;
      }
      const items = argsTuple.items;
      const old0 = items[0]!;
      const old1 = items[1]!;
      items[0] = result;
      items[1] = op2;
      result = null;
      Py_DECREF(old0);
      Py_DECREF(old1);
      result = PyObject_Call(func, items, null);
      if (!_PyObject_GC_IS_TRACKED(argsTuple)) PyObject_GC_Track(argsTuple);
    }
  } catch (e) {
    if (result !== null) Py_DECREF(result);
    throw e;
  } finally {
    Py_DECREF(argsTuple);
    Py_DECREF(it);
  }
  if (result === null) raise(PyExc_TypeError, "reduce() of empty iterable with no initial value");
  return result;
}

// ---------------------------------------------------------------------------------------------
// partial

export class PyPartial extends PyObject {
  fn: PyObject | null = null;
  args: PyTuple | null = null;
  kw: PyDict | null = null;
}

export const Partial_Type = newStaticType({
  name: "functools.partial",
  flags: TypeFlag.HAVE_GC | TypeFlag.BASETYPE,
  basicsize: 64,
  doc: "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n",
});
Partial_Type.tp_dictoffset = 1;
Partial_Type.tp_weaklistoffset = 1;

function partial_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  const nkw = nkwOf(kwnames);
  const npos = args.length - nkw;
  if (npos < 1) raise(PyExc_TypeError, "type 'partial' takes at least one argument");
  let func = args[0]!;
  let pargs: PyTuple | null = null;
  let pkw: PyDict | null = null;
  if (func.ob_type.tp_call === partial_call && func instanceof PyPartial) {
    if (!func.ob_dict) {
      pargs = func.args;
      pkw = func.kw;
      func = func.fn!;
    }
  }
  if (!isCallable(func)) raise(PyExc_TypeError, "the first argument must be callable");
  const pto = new PyPartial(type);
  if (type === Partial_Type) gcAlloc(pto, 80);
  else {
    gcAlloc(pto, instanceAllocSize(type));
    Py_INCREF(type);
  }
  pto.fn = Py_NewRef(func);
  const nargs = args.slice(1, npos);
  if (pargs === null) pto.args = PyTuple_New(nargs.map((a) => Py_NewRef(a)));
  else pto.args = PyTuple_New([...pargs.items, ...nargs].map((a) => Py_NewRef(a)));
  const kw = PyDict_New();
  if (pkw !== null && PyDict_Size(pkw) > 0) {
    for (const [k, v] of dictItems(pkw)) PyDict_SetItem(kw, k, v);
  }
  for (let i = 0; i < nkw; i++) {
    const k = PyStr_FromString(kwnames![i]!);
    PyDict_SetItem(kw, k, args[npos + i]!);
    Py_DECREF(k);
  }
  pto.kw = kw;
  PyObject_GC_Track(pto);
  return pto;
}

function partial_call(o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const pto = o as PyPartial;
  const nkw = nkwOf(kwnames);
  const npos = args.length - nkw;
  const allPos =
    pto.args!.items.length === 0 ? args.slice(0, npos) : [...pto.args!.items, ...args.slice(0, npos)];
  if (PyDict_Size(pto.kw!) === 0) {
    return PyObject_Call(pto.fn!, [...allPos, ...args.slice(npos)], nkw === 0 ? null : kwnames);
  }
  // With keywords of its own, partial_vectorcall falls back to _PyObject_MakeTpCall: a tuple of
  // the call's positional arguments and a dict of its keywords (unless f(*t, **d) passed its
  // own), then partial_call joins its arguments to the call's in a new tuple when both have some
  const real = callTuples.unpacked === args;
  const argsTuple = real ? null : makeTpCallTemporaries(args, 0, args.length, kwnames, true);
  const kwargs = real ? null : makeTpCallKeywords(args, 0, args.length, kwnames);
  const joined = pto.args!.items.length > 0 && npos > 0 ? PyTuple_FromArray(allPos) : null;
  // pto.kw is copied and updated with the call's keywords (order: the partial's first)
  const merged = PyDict_Copy(pto.kw!);
  try {
    for (let i = 0; i < nkw; i++) {
      const k = PyStr_FromString(kwnames![i]!);
      PyDict_SetItem(merged, k, args[npos + i]!);
      Py_DECREF(k);
    }
    const names: string[] = [];
    const vals: PyObject[] = [];
    for (const [k, v] of dictItems(merged)) {
      if (!(k instanceof PyStr)) raise(PyExc_TypeError, "keywords must be strings");
      names.push(k.value);
      vals.push(v);
    }
    const callArgs = [...allPos, ...vals];
    // _PyObject_Call(fn, args2, kwargs2): a Python function, called through vectorcall, gets
    // the dict unpacked (_PyStack_UnpackDict): a tuple of the names and a copy of the
    // arguments holding a reference to each, alive while it runs
    const held =
      pto.fn!.ob_type === PyFunction_Type ? unpackDictTemporaries(allPos.length, names, callArgs) : null;
    try {
      return PyObject_Call(pto.fn!, callArgs, names);
    } finally {
      if (held !== null) releaseCallTemporaries(held);
    }
  } finally {
    if (joined !== null) Py_DECREF(joined);
    Py_DECREF(merged);
    if (argsTuple !== null) Py_DECREF(argsTuple);
    if (kwargs !== null) Py_DECREF(kwargs);
  }
}

function partial_repr(o: PyObject): PyObject {
  const pto = o as PyPartial;
  if (Py_ReprEnter(o)) return PyStr_FromString("...");
  try {
    let arglist = "";
    for (const a of pto.args!.items) {
      const r = PyObject_Repr(a);
      arglist += `, ${r.value}`;
      Py_DECREF(r);
    }
    for (const [k, v] of dictItems(pto.kw!)) {
      Py_INCREF(v);
      try {
        const ks = PyObject_Str(k);
        const vr = PyObject_Repr(v);
        arglist += `, ${ks.value}=${vr.value}`;
        Py_DECREF(ks);
        Py_DECREF(vr);
      } finally {
        Py_DECREF(v);
      }
    }
    const fr = PyObject_Repr(pto.fn!);
    const s = `${o.ob_type.tp_name}(${fr.value}${arglist})`;
    Py_DECREF(fr);
    return PyStr_FromString(s);
  } finally {
    Py_ReprLeave(o);
  }
}

function partial_dealloc(o: PyObject): void {
  const pto = o as PyPartial;
  PyObject_GC_UnTrack(pto);
  if (pto.ob_weakrefs && pto.ob_weakrefs.length > 0) clearWeakrefsHook(pto);
  partial_clear(pto);
  gcFree(pto);
}

function partial_clear(o: PyObject): void {
  const pto = o as PyPartial;
  const refs: (PyObject | null | undefined)[] = [pto.fn, pto.args, pto.kw, pto.ob_dict];
  pto.fn = null;
  pto.args = null;
  pto.kw = null;
  pto.ob_dict = null;
  for (const r of refs) if (r) Py_DECREF(r);
}

/**
 * CPython 3.11's _functools types are heap types whose traverse visits the object's type first;
 * ours are static, so the visit only shows in gc.get_referents (a subclass's type is visited by
 * the generic subtype traverse already).
 */
function visitOwnType(o: PyObject, visit: VisitProc): void {
  if (!o.ob_type.hasFlag(TypeFlag.HEAPTYPE)) visit(o.ob_type);
}

function partial_traverse(o: PyObject, visit: VisitProc): void {
  const pto = o as PyPartial;
  visitOwnType(o, visit);
  if (pto.fn !== null) visit(pto.fn);
  if (pto.args !== null) visit(pto.args);
  if (pto.kw !== null) visit(pto.kw);
  if (pto.ob_dict) visit(pto.ob_dict);
}

Partial_Type.tp_new = partial_new;
Partial_Type.tp_call = partial_call;
Partial_Type.tp_repr = partial_repr;
Partial_Type.tp_dealloc = partial_dealloc;
Partial_Type.tp_traverse = partial_traverse;
Partial_Type.tp_clear = partial_clear;

defineGetSets(Partial_Type, [
  {
    name: "func",
    get: (o) => Py_NewRef((o as PyPartial).fn!),
    set: readonly,
    kind: "member",
    doc: "function object to use in future partial calls",
  },
  {
    name: "args",
    get: (o) => Py_NewRef((o as PyPartial).args!),
    set: readonly,
    kind: "member",
    doc: "tuple of arguments to future partial calls",
  },
  {
    name: "keywords",
    get: (o) => Py_NewRef((o as PyPartial).kw!),
    set: readonly,
    kind: "member",
    doc: "dictionary of keyword arguments to future partial calls",
  },
  dictGetSet,
]);

defineMethods(Partial_Type, {
  __reduce__: {
    impl: (self) => {
      const pto = self as PyPartial;
      return PyTuple_New([
        Py_NewRef(pto.ob_type),
        PyTuple_New([Py_NewRef(pto.fn!)]),
        PyTuple_New([
          Py_NewRef(pto.fn!),
          Py_NewRef(pto.args!),
          Py_NewRef(pto.kw!),
          Py_NewRef(pto.ob_dict ?? Py_None),
        ]),
      ]);
    },
  },
  __setstate__: {
    impl: (self, args) => {
      const pto = self as PyPartial;
      const state = args[0]!;
      if (!PyTuple_Check(state) || state.items.length !== 4) raise(PyExc_TypeError, "invalid partial state");
      const [fn, fnargs, kw, dict] = state.items as [PyObject, PyObject, PyObject, PyObject];
      if (!isCallable(fn) || !PyTuple_Check(fnargs) || (kw !== Py_None && !(kw instanceof PyDict))) {
        raise(PyExc_TypeError, "invalid partial state");
      }
      // an exact tuple is shared, as partial_setstate does: copy.copy(p).args is p.args
      const newArgs =
        fnargs.ob_type === PyTuple_Type
          ? Py_NewRef(fnargs)
          : PyTuple_New(fnargs.items.map((x) => Py_NewRef(x)));
      const newKw =
        kw === Py_None
          ? PyDict_New()
          : kw.ob_type === PyDict_Type
            ? Py_NewRef(kw as PyDict)
            : PyDict_Copy(kw as PyDict);
      const oldRefs = [pto.fn, pto.args, pto.kw, pto.ob_dict];
      pto.fn = Py_NewRef(fn);
      pto.args = newArgs;
      pto.kw = newKw;
      pto.ob_dict = dict === Py_None ? null : (Py_NewRef(dict) as PyDict);
      for (const r of oldRefs) if (r) Py_DECREF(r);
      return Py_NewRef(Py_None);
    },
  },
  __class_getitem__: { impl: Py_GenericAlias, kind: "class", doc: "See PEP 585" },
});

// ---------------------------------------------------------------------------------------------
// cmp_to_key

class PyKeyObject extends PyObject {
  cmp: PyObject | null = null;
  object: PyObject | null = null;
}

const Key_Type = newStaticType({ name: "functools.KeyWrapper", flags: TypeFlag.HAVE_GC, basicsize: 32 });

function newKey(cmp: PyObject, object: PyObject | null): PyKeyObject {
  const ko = new PyKeyObject(Key_Type);
  gcAlloc(ko, 48);
  ko.cmp = Py_NewRef(cmp);
  ko.object = object === null ? null : Py_NewRef(object);
  PyObject_GC_Track(ko);
  return ko;
}

Key_Type.tp_hash = PyObject_HashNotImplemented;
Key_Type.tp_call = (o, args, kwnames) => {
  const ko = o as PyKeyObject;
  // PyArg_ParseTupleAndKeywords("O:K", {"obj"}): a missing argument is reported before an
  // unknown keyword.
  const nkw = nkwOf(kwnames);
  const npos = args.length - nkw;
  if (args.length > 1) raise(PyExc_TypeError, `K() takes at most 1 argument (${args.length} given)`);
  let obj: PyObject | null = npos === 1 ? args[0]! : null;
  if (obj === null && nkw === 1 && kwnames![0] === "obj") obj = args[0]!;
  if (obj === null) raise(PyExc_TypeError, "K() missing required argument 'obj' (pos 1)");
  if (npos === 0 && kwnames![0] !== "obj")
    raise(PyExc_TypeError, `'${kwnames![0]}' is an invalid keyword argument for K()`);
  return newKey(ko.cmp!, obj);
};
Key_Type.tp_richcompare = (o, other, op) => {
  const ko = o as PyKeyObject;
  if (other.ob_type !== ko.ob_type) raise(PyExc_TypeError, "other argument must be K instance");
  const compare = ko.cmp!;
  const x = ko.object;
  const y = (other as PyKeyObject).object;
  if (x === null || y === null) raise(PyExc_AttributeError, "object");
  const res = PyObject_Call(compare, [x, y], null);
  try {
    const zero = PyInt_FromNumber(0);
    try {
      return PyObject_RichCompare(res, zero, op);
    } finally {
      Py_DECREF(zero);
    }
  } finally {
    Py_DECREF(res);
  }
};
Key_Type.tp_dealloc = (o) => {
  const ko = o as PyKeyObject;
  PyObject_GC_UnTrack(ko);
  const c = ko.cmp;
  const ob = ko.object;
  ko.cmp = null;
  ko.object = null;
  if (c !== null) Py_DECREF(c);
  if (ob !== null) Py_DECREF(ob);
  gcFree(ko);
};
Key_Type.tp_traverse = (o, visit) => {
  const ko = o as PyKeyObject;
  visitOwnType(o, visit);
  if (ko.cmp !== null) visit(ko.cmp);
  if (ko.object !== null) visit(ko.object);
};
defineGetSets(Key_Type, [
  {
    name: "obj",
    get: (o) => {
      const ob = (o as PyKeyObject).object;
      if (ob === null) raise(PyExc_AttributeError, "obj");
      return Py_NewRef(ob);
    },
    set: (o, v) => {
      const ko = o as PyKeyObject;
      const old = ko.object;
      ko.object = v === null ? null : Py_NewRef(v);
      if (old !== null) Py_DECREF(old);
    },
    kind: "member",
    doc: "Value wrapped by a key function.",
  },
]);

function functools_cmp_to_key(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [mycmp] = clinicArgs("cmp_to_key", args, kwnames, { names: ["mycmp"], minpos: 1 });
  return newKey(mycmp!, null);
}

// ---------------------------------------------------------------------------------------------
// _lru_cache_wrapper

class LruListElem extends PyObject {
  prev: LruListElem | null = null;
  next: LruListElem | null = null;
  hash: Hash = 0;
  key: PyObject | null = null;
  result: PyObject | null = null;
}

const LruListElem_Type = newStaticType({ name: "functools._lru_list_elem", basicsize: 56 });
LruListElem_Type.tp_dealloc = (o) => {
  const link = o as LruListElem;
  const k = link.key;
  const r = link.result;
  link.key = null;
  link.result = null;
  if (k !== null) Py_DECREF(k);
  if (r !== null) Py_DECREF(r);
  freeObject(link);
};

type LruMode = "uncached" | "infinite" | "bounded";

class PyLruCache extends PyObject {
  /** The sentinel of the circular list (not a Python object). */
  root: LruListElem = new LruListElem(LruListElem_Type);
  mode: LruMode = "uncached";
  typed = false;
  cache: PyDict | null = null;
  func: PyObject | null = null;
  maxsize = 0;
  hits = 0;
  misses = 0;
  cacheInfoType: PyObject | null = null;
  kwdMark: PyObject | null = null;
}

export const LruCache_Type = newStaticType({
  name: "functools._lru_cache_wrapper",
  flags: TypeFlag.HAVE_GC,
  basicsize: 152,
  doc: "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n",
});
LruCache_Type.tp_dictoffset = 1;
LruCache_Type.tp_weaklistoffset = 1;

/** The module's kwd_mark: `object()` shared by every cache of a run. */
let kwdMark: PyObject | null = null;

function getKwdMark(): PyObject {
  if (kwdMark === null) {
    kwdMark = new PyObject(PyBaseObject_Type);
    allocateObject(kwdMark, 16);
  }
  return kwdMark;
}

function lru_cache_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = typeObj as PyType;
  const [func, maxsizeO, typedO, cacheInfoType] = clinicArgs("lru_cache", args, kwnames, {
    names: ["user_function", "maxsize", "typed", "cache_info_type"],
    minpos: 4,
  });
  if (!isCallable(func!)) raise(PyExc_TypeError, "the first argument must be callable");
  const typed = PyObject_IsTrue(typedO!);
  let mode: LruMode;
  let maxsize = 0;
  if (maxsizeO === Py_None) mode = "infinite";
  else if (maxsizeO instanceof PyInt) {
    const v = maxsizeO.value;
    maxsize = typeof v === "number" ? v : v > 0n ? Number.MAX_SAFE_INTEGER : -1;
    if (maxsize < 0) maxsize = 0;
    mode = maxsize === 0 ? "uncached" : "bounded";
  } else {
    raise(PyExc_TypeError, "maxsize should be integer or None");
  }
  const obj = new PyLruCache(type);
  if (type === LruCache_Type) gcAlloc(obj, 168);
  else {
    gcAlloc(obj, instanceAllocSize(type));
    Py_INCREF(type);
  }
  obj.root.prev = obj.root;
  obj.root.next = obj.root;
  obj.mode = mode;
  obj.typed = typed;
  obj.cache = PyDict_New();
  obj.func = Py_NewRef(func!);
  obj.maxsize = maxsize;
  obj.cacheInfoType = Py_NewRef(cacheInfoType!);
  obj.kwdMark = Py_NewRef(getKwdMark());
  PyObject_GC_Track(obj);
  return obj;
}

/** lru_cache_make_key: the cache key for a call (new reference). */
function makeKey(self: PyLruCache, args: PyTuple, kwds: PyDict | null): PyObject {
  const kwdsSize = kwds === null ? 0 : PyDict_Size(kwds);
  if (!self.typed && kwdsSize === 0) {
    if (args.items.length === 1) {
      const key = args.items[0]!;
      if (key.ob_type === PyStr_Type || key.ob_type === PyInt_Type) return Py_NewRef(key);
    }
    return Py_NewRef(args);
  }
  const items: PyObject[] = [...args.items];
  const kw = kwds === null ? [] : dictItems(kwds);
  if (kwdsSize > 0) {
    items.push(self.kwdMark!);
    for (const [k, v] of kw) items.push(k, v);
  }
  if (self.typed) {
    for (const a of args.items) items.push(a.ob_type);
    for (const [, v] of kw) items.push(v.ob_type);
  }
  return PyTuple_New(items.map((x) => Py_NewRef(x)));
}

function lru_unlink(link: LruListElem): void {
  const prev = link.prev!;
  const next = link.next!;
  prev.next = next;
  next.prev = prev;
}

function lru_append(self: PyLruCache, link: LruListElem): void {
  const root = self.root;
  const last = root.prev!;
  last.next = root.prev = link;
  link.prev = last;
  link.next = root;
}

function lru_cache_call(o: PyObject, argv: PyObject[], kwnames: string[] | null): PyObject {
  const self = o as PyLruCache;
  const [args, kwds] = argsToTupleDict(argv, kwnames);
  try {
    if (self.mode === "uncached") {
      self.misses++;
      return callWithTupleDict(self.func!, args, kwds);
    }
    if (self.mode === "infinite") return infiniteCall(self, args, kwds);
    return boundedCall(self, args, kwds);
  } finally {
    Py_DECREF(args);
    if (kwds !== null) Py_DECREF(kwds);
  }
}

function infiniteCall(self: PyLruCache, args: PyTuple, kwds: PyDict | null): PyObject {
  const key = makeKey(self, args, kwds);
  try {
    const hash = PyObject_Hash(key);
    const cache = self.cache!;
    const cached = _PyDict_GetItem_KnownHash(cache, key, hash);
    if (cached !== null) {
      self.hits++;
      return Py_NewRef(cached);
    }
    self.misses++;
    const result = callWithTupleDict(self.func!, args, kwds);
    try {
      _PyDict_SetItem_KnownHash(cache, key, result, hash);
    } catch (e) {
      Py_DECREF(result);
      throw e;
    }
    return result;
  } finally {
    Py_DECREF(key);
  }
}

/**
 * bounded_lru_cache_wrapper. The cache dict holds one reference to each link and the linked
 * list another (the one made when the link was created); keys move into the links.
 */
function boundedCall(self: PyLruCache, args: PyTuple, kwds: PyDict | null): PyObject {
  const key = makeKey(self, args, kwds);
  let hash: Hash;
  let found: LruListElem | null;
  const cache = self.cache!;
  try {
    hash = PyObject_Hash(key);
    found = _PyDict_GetItem_KnownHash(cache, key, hash) as LruListElem | null;
  } catch (e) {
    Py_DECREF(key);
    throw e;
  }
  if (found !== null) {
    lru_unlink(found);
    lru_append(self, found);
    self.hits++;
    Py_DECREF(key);
    return Py_NewRef(found.result!);
  }
  self.misses++;
  let result: PyObject;
  try {
    result = callWithTupleDict(self.func!, args, kwds);
  } catch (e) {
    Py_DECREF(key);
    throw e;
  }
  let again: PyObject | null;
  try {
    again = _PyDict_GetItem_KnownHash(cache, key, hash);
  } catch (e) {
    Py_DECREF(key);
    Py_DECREF(result);
    throw e;
  }
  if (again !== null) {
    // the same key was added during the call: just return the computed result
    Py_DECREF(key);
    return result;
  }
  const root = self.root;
  if (PyDict_Size(cache) < self.maxsize || root.next === root) {
    const link = new LruListElem(LruListElem_Type);
    allocateObject(link, 56);
    link.hash = hash;
    link.key = key;
    link.result = result;
    try {
      _PyDict_SetItem_KnownHash(cache, key, link, hash);
    } catch (e) {
      Py_DECREF(link);
      throw e;
    }
    lru_append(self, link);
    return Py_NewRef(result);
  }
  // The cache is full: reuse the oldest link for the new key and result.
  const link = root.next!;
  lru_unlink(link);
  let popresult: PyObject;
  try {
    popresult = _PyDict_Pop_KnownHash(cache, link.key!, link.hash, Py_None);
  } catch (e) {
    // put the link back as the oldest
    const first = root.next!;
    link.prev = root;
    link.next = first;
    first.prev = link;
    root.next = link;
    Py_DECREF(key);
    Py_DECREF(result);
    throw e;
  }
  if (popresult === Py_None) {
    // already removed (reentrancy): the link is an orphan now
    Py_DECREF(popresult);
    Py_DECREF(link);
    Py_DECREF(key);
    return result;
  }
  const oldkey = link.key!;
  const oldresult = link.result!;
  link.hash = hash;
  link.key = key;
  link.result = result;
  try {
    _PyDict_SetItem_KnownHash(cache, key, link, hash);
  } catch (e) {
    Py_DECREF(popresult);
    Py_DECREF(link);
    Py_DECREF(oldkey);
    Py_DECREF(oldresult);
    throw e;
  }
  lru_append(self, link);
  Py_INCREF(result);
  Py_DECREF(popresult);
  Py_DECREF(oldkey);
  Py_DECREF(oldresult);
  return result;
}

/** Detaches the linked list from the root (lru_cache_unlink_list); returns its links. */
function lru_cache_unlink_list(self: PyLruCache): LruListElem[] {
  const root = self.root;
  const links: LruListElem[] = [];
  let link = root.next!;
  while (link !== root) {
    links.push(link);
    link = link.next!;
  }
  root.next = root;
  root.prev = root;
  return links;
}

/** Drops the list's references (lru_cache_clear_list). */
function lru_cache_clear_list(links: LruListElem[]): void {
  for (const link of links) Py_DECREF(link);
}

function lru_cache_dealloc(o: PyObject): void {
  const self = o as PyLruCache;
  PyObject_GC_UnTrack(self);
  if (self.ob_weakrefs && self.ob_weakrefs.length > 0) clearWeakrefsHook(self);
  lru_cache_tp_clear(self);
  gcFree(self);
}

function lru_cache_tp_clear(o: PyObject): void {
  const self = o as PyLruCache;
  const links = lru_cache_unlink_list(self);
  const refs: (PyObject | null | undefined)[] = [
    self.cache,
    self.func,
    self.kwdMark,
    self.cacheInfoType,
    self.ob_dict,
  ];
  self.cache = null;
  self.func = null;
  self.kwdMark = null;
  self.cacheInfoType = null;
  self.ob_dict = null;
  for (const r of refs) if (r) Py_DECREF(r);
  lru_cache_clear_list(links);
}

LruCache_Type.tp_new = lru_cache_new;
LruCache_Type.tp_call = lru_cache_call;
LruCache_Type.tp_dealloc = lru_cache_dealloc;
LruCache_Type.tp_clear = lru_cache_tp_clear;
LruCache_Type.tp_traverse = (o, visit) => {
  const self = o as PyLruCache;
  visitOwnType(o, visit);
  const root = self.root;
  // (CPython 3.11's links and their type are heap objects: each link shows its key, its result
  // and its type, and the cache the type of its links, in gc.get_referents)
  for (let link = root.next; link !== null && link !== root; link = link.next) {
    if (link.key !== null) visit(link.key);
    if (link.result !== null) visit(link.result);
    visit(LruListElem_Type);
  }
  for (const r of [self.cache, self.func, self.kwdMark, LruListElem_Type, self.cacheInfoType, self.ob_dict])
    if (r) visit(r);
};
LruCache_Type.tp_descr_get = (self, obj) => {
  if (obj === null || obj === Py_None) return Py_NewRef(self);
  return PyMethod_New(self, obj);
};

defineGetSets(LruCache_Type, [dictGetSet]);
defineMethods(LruCache_Type, {
  cache_info: {
    impl: (o) => {
      const self = o as PyLruCache;
      const maxsize = self.mode === "infinite" ? Py_NewRef(Py_None) : PyInt_FromNumber(self.maxsize);
      const args = [
        PyInt_FromNumber(self.hits),
        PyInt_FromNumber(self.misses),
        maxsize,
        PyInt_FromNumber(PyDict_Size(self.cache!)),
      ];
      try {
        return PyObject_Call(self.cacheInfoType!, args, null);
      } finally {
        for (const a of args) Py_DECREF(a);
      }
    },
    doc: "Report cache statistics",
  },
  cache_clear: {
    impl: (o) => {
      const self = o as PyLruCache;
      const links = lru_cache_unlink_list(self);
      self.hits = 0;
      self.misses = 0;
      PyDict_Clear(self.cache!);
      lru_cache_clear_list(links);
      return Py_NewRef(Py_None);
    },
    doc: "Clear the cache and cache statistics",
  },
  __reduce__: { impl: (o) => PyObject_GetAttrString(o!, "__qualname__") },
  __copy__: { impl: (o) => Py_NewRef(o!) },
  __deepcopy__: { impl: (o) => Py_NewRef(o!) },
});

// ---------------------------------------------------------------------------------------------

const FUNCTOOLS_FUNCTIONS: MethodDef[] = [
  {
    name: "reduce",
    impl: functools_reduce,
    doc: "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the iterable in the calculation, and serves as a default when the\niterable is empty.",
  },
  {
    name: "cmp_to_key",
    impl: functools_cmp_to_key,
    doc: "Convert a cmp= function into a key= function.",
    textSignature: "($module, /, mycmp)",
  },
];

function createFunctoolsModule(): PyModule {
  const m = PyModule_New("_functools");
  PyModule_Add(m, "__doc__", PyStr_FromString("Tools that operate on functions."));
  PyModule_AddFunctions(m, FUNCTOOLS_FUNCTIONS);
  PyModule_AddObjectRef(m, "partial", Partial_Type);
  PyModule_AddObjectRef(m, "_lru_cache_wrapper", LruCache_Type);
  return m;
}

export function registerFunctoolsModule(): void {
  registerBuiltinModule("_functools", createFunctoolsModule);
}

void CmpOp;
