/**
 * The dict views `dict_keys`, `dict_values` and `dict_items` (CPython's dictobject.c, "View
 * objects"): live views of a dict with len/iter/contains/reversed, and the set operations of
 * keys and items views (`-`, `&`, `|`, `^`, comparisons, isdisjoint) built on set.ts exactly as
 * CPython builds them (so the resulting sets iterate in python3's order).
 */
import { CmpOp } from "../compiler/opcodes.js";
import {
  Py_ReprEnter,
  Py_ReprLeave,
  PyIter_Next,
  PyObject_CallMethod,
  PyObject_GetIter,
  PyObject_HashNotImplemented,
  PyObject_RichCompareBool,
  PyObject_Size,
  PySequence_Contains,
  reprOf,
} from "./abstract.js";
import { noArgs, oneArg } from "./args.js";
import { PyBool_FromBool } from "./bool.js";
import { PyDictProxy_New } from "./descriptors.js";
import {
  _PyDict_DelItem_KnownHash,
  _PyDict_GetItem_KnownHash,
  dictHashAt,
  dictiter_new,
  dictKeyAt,
  dictValueAt,
  type PyDict,
  PyDict_Contains,
  PyDict_Copy,
  PyDict_GetItemWithError,
  PyDict_NextIndex,
  PyDict_Type,
  PyDictIterItem_Type,
  PyDictIterKey_Type,
  PyDictIterValue_Type,
  PyDictRevIterItem_Type,
  PyDictRevIterKey_Type,
  PyDictRevIterValue_Type,
} from "./dict.js";
import { PySequence_List } from "./list.js";
import { defineGetSets, defineMethods } from "./methods.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { Py_DECREF, Py_INCREF, PyObject } from "./object.js";
import { _PySet_Update, PySet, PySet_Add, PySet_New, setTypes } from "./set.js";
import type { VisitProc } from "./slots_types.js";
import { PyStr_FromString } from "./str.js";
import { gcAlloc, gcFree, PyObject_GC_Track, PyObject_GC_UnTrack, PyTuple, PyTuple_Pack } from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";

export class PyDictView extends PyObject {
  constructor(
    type: PyType,
    public dv_dict: PyDict | null,
  ) {
    super(type);
  }
}

export const PyDictKeys_Type = newStaticType({ name: "dict_keys", flags: TypeFlag.HAVE_GC, basicsize: 24 });
export const PyDictValues_Type = newStaticType({
  name: "dict_values",
  flags: TypeFlag.HAVE_GC,
  basicsize: 24,
});
export const PyDictItems_Type = newStaticType({ name: "dict_items", flags: TypeFlag.HAVE_GC, basicsize: 24 });

function newView(d: PyDict, type: PyType): PyDictView {
  const dv = new PyDictView(type, d);
  gcAlloc(dv, 40);
  Py_INCREF(d);
  PyObject_GC_Track(dv);
  return dv;
}

export function PyDictKeys_New(d: PyDict): PyDictView {
  return newView(d, PyDictKeys_Type);
}
export function PyDictValues_New(d: PyDict): PyDictView {
  return newView(d, PyDictValues_Type);
}
export function PyDictItems_New(d: PyDict): PyDictView {
  return newView(d, PyDictItems_Type);
}

export function PyDictKeys_Check(o: PyObject): o is PyDictView {
  return o.ob_type === PyDictKeys_Type;
}
export function PyDictItems_Check(o: PyObject): o is PyDictView {
  return o.ob_type === PyDictItems_Type;
}
export function PyDictViewSet_Check(o: PyObject): o is PyDictView {
  return o.ob_type === PyDictKeys_Type || o.ob_type === PyDictItems_Type;
}

function PyAnySet_Check(o: PyObject): boolean {
  return o instanceof PySet;
}

// ---------------------------------------------------------------------------------------------
// common slots

function dictview_dealloc(o: PyObject): void {
  const dv = o as PyDictView;
  PyObject_GC_UnTrack(dv);
  const d = dv.dv_dict;
  dv.dv_dict = null;
  if (d !== null) Py_DECREF(d);
  gcFree(dv);
}

function dictview_traverse(o: PyObject, visit: VisitProc): void {
  const d = (o as PyDictView).dv_dict;
  if (d !== null) visit(d);
}

function dictview_len(o: PyObject): number {
  const d = (o as PyDictView).dv_dict;
  return d === null ? 0 : d.ma_used;
}

function dictview_repr(o: PyObject): PyObject {
  const dv = o as PyDictView;
  if (Py_ReprEnter(dv)) return PyStr_FromString("...");
  try {
    const seq = PySequence_List(dv);
    try {
      return PyStr_FromString(`${dv.ob_type.tp_name}(${reprOf(seq)})`);
    } finally {
      Py_DECREF(seq);
    }
  } finally {
    Py_ReprLeave(dv);
  }
}

/** all_contained_in: is every item of self in other (iterating self)? */
function all_contained_in(self: PyObject, other: PyObject): boolean {
  const it = PyObject_GetIter(self);
  try {
    for (;;) {
      const next = PyIter_Next(it);
      if (next === null) return true;
      let ok: boolean;
      try {
        ok = PySequence_Contains(other, next);
      } finally {
        Py_DECREF(next);
      }
      if (!ok) return false;
    }
  } finally {
    Py_DECREF(it);
  }
}

function dictview_richcompare(self: PyObject, other: PyObject, op: number): PyObject {
  if (!PyAnySet_Check(other) && !PyDictViewSet_Check(other)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const lenSelf = PyObject_Size(self);
  const lenOther = PyObject_Size(other);
  let ok = false;
  switch (op) {
    case CmpOp.NE:
    case CmpOp.EQ:
      if (lenSelf === lenOther) ok = all_contained_in(self, other);
      if (op === CmpOp.NE) ok = !ok;
      break;
    case CmpOp.LT:
      if (lenSelf < lenOther) ok = all_contained_in(self, other);
      break;
    case CmpOp.LE:
      if (lenSelf <= lenOther) ok = all_contained_in(self, other);
      break;
    case CmpOp.GT:
      if (lenSelf > lenOther) ok = all_contained_in(other, self);
      break;
    case CmpOp.GE:
      if (lenSelf >= lenOther) ok = all_contained_in(other, self);
      break;
  }
  return PyBool_FromBool(ok);
}

// ---------------------------------------------------------------------------------------------
// set operations

/** dictviews_to_set: set(view), using the dict itself for keys views of exact dicts. */
function dictviews_to_set(self: PyObject): PySet {
  let left = self;
  if (PyDictKeys_Check(self)) {
    const d = self.dv_dict;
    if (d !== null && d.ob_type === PyDict_Type) left = d;
  }
  return PySet_New(left);
}

function dictviews_sub(self: PyObject, other: PyObject): PyObject {
  const result = dictviews_to_set(self);
  try {
    const tmp = PyObject_CallMethod(result, "difference_update", [other]);
    Py_DECREF(tmp);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function dictkeys_contains(dv: PyDictView, obj: PyObject): boolean {
  if (dv.dv_dict === null) return false;
  return PyDict_Contains(dv.dv_dict, obj);
}

function dictitems_contains(dv: PyDictView, obj: PyObject): boolean {
  const d = dv.dv_dict;
  if (d === null) return false;
  if (!(obj instanceof PyTuple) || obj.items.length !== 2) return false;
  const key = obj.items[0]!;
  const value = obj.items[1]!;
  const found = PyDict_GetItemWithError(d, key);
  if (found === null) return false;
  found.ob_refcnt++;
  try {
    return PyObject_RichCompareBool(found, value, CmpOp.EQ);
  } finally {
    Py_DECREF(found);
  }
}

function _PyDictView_Intersect(self: PyObject, other: PyObject): PyObject {
  if (!PyDictViewSet_Check(self)) {
    const tmp = other;
    other = self;
    self = tmp;
  }
  const lenSelf = dictview_len(self);
  if (other.ob_type === setTypes().set && lenSelf <= PyObject_Size(other)) {
    return PyObject_CallMethod(other, "intersection", [self]);
  }
  if (PyDictViewSet_Check(other)) {
    const lenOther = dictview_len(other);
    if (lenOther > lenSelf) {
      const tmp = other;
      other = self;
      self = tmp;
    }
  }
  const result = PySet_New(null);
  try {
    const it = PyObject_GetIter(other);
    try {
      const contains = PyDictKeys_Check(self) ? dictkeys_contains : dictitems_contains;
      for (;;) {
        const key = PyIter_Next(it);
        if (key === null) break;
        try {
          if (contains(self as PyDictView, key)) PySet_Add(result, key);
        } finally {
          Py_DECREF(key);
        }
      }
    } finally {
      Py_DECREF(it);
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function dictviews_or(self: PyObject, other: PyObject): PyObject {
  const result = dictviews_to_set(self);
  try {
    _PySet_Update(result, other);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function dictitems_xor(self: PyDictView, other: PyDictView): PyObject {
  const d1 = self.dv_dict!;
  const d2 = other.dv_dict!;
  const tempDict = PyDict_Copy(d1);
  const resultSet = PySet_New(null);
  try {
    for (let pos = PyDict_NextIndex(d2, 0); pos >= 0; pos = PyDict_NextIndex(d2, pos + 1)) {
      const key = dictKeyAt(d2, pos);
      const val2 = dictValueAt(d2, pos);
      const hash = dictHashAt(d2, pos);
      key.ob_refcnt++;
      val2.ob_refcnt++;
      let val1: PyObject | null = null;
      try {
        val1 = _PyDict_GetItem_KnownHash(tempDict, key, hash);
        let toDelete = false;
        if (val1 !== null) {
          val1.ob_refcnt++;
          toDelete = PyObject_RichCompareBool(val1, val2, CmpOp.EQ);
        }
        if (toDelete) _PyDict_DelItem_KnownHash(tempDict, key, hash);
        else {
          const pair = PyTuple_Pack(key, val2);
          try {
            PySet_Add(resultSet, pair);
          } finally {
            Py_DECREF(pair);
          }
        }
      } finally {
        Py_DECREF(key);
        if (val1 !== null) Py_DECREF(val1);
        Py_DECREF(val2);
      }
    }
    const remaining = PyObject_CallMethod(tempDict, "items", []);
    try {
      _PySet_Update(resultSet, remaining);
    } finally {
      Py_DECREF(remaining);
    }
  } catch (e) {
    Py_DECREF(resultSet);
    throw e;
  } finally {
    Py_DECREF(tempDict);
  }
  return resultSet;
}

function dictviews_xor(self: PyObject, other: PyObject): PyObject {
  if (PyDictItems_Check(self) && PyDictItems_Check(other)) return dictitems_xor(self, other);
  const result = dictviews_to_set(self);
  try {
    const tmp = PyObject_CallMethod(result, "symmetric_difference_update", [other]);
    Py_DECREF(tmp);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function dictviews_isdisjoint(self: PyObject, other: PyObject): PyObject {
  if (self === other) return PyBool_FromBool(dictview_len(self) === 0);
  if (PyAnySet_Check(other) || PyDictViewSet_Check(other)) {
    const lenSelf = dictview_len(self);
    const lenOther = PyObject_Size(other);
    if (lenOther > lenSelf) {
      const tmp = other;
      other = self;
      self = tmp;
    }
  }
  const it = PyObject_GetIter(other);
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) break;
      let contains: boolean;
      try {
        contains = PySequence_Contains(self, item);
      } finally {
        Py_DECREF(item);
      }
      if (contains) return PyBool_FromBool(false);
    }
  } finally {
    Py_DECREF(it);
  }
  return PyBool_FromBool(true);
}

// ---------------------------------------------------------------------------------------------
// the three types

/** The iterator types live in dict.ts: resolve them at call time (module cycle). */
function viewIter(type: () => PyType): (o: PyObject) => PyObject {
  return (o) => {
    const d = (o as PyDictView).dv_dict;
    if (d === null) {
      Py_INCREF(Py_None);
      return Py_None;
    }
    return dictiter_new(d, type());
  };
}

for (const t of [PyDictKeys_Type, PyDictValues_Type, PyDictItems_Type]) {
  t.tp_dealloc = dictview_dealloc;
  t.tp_traverse = dictview_traverse;
  t.tp_repr = dictview_repr;
  t.sq_length = dictview_len;
}
for (const t of [PyDictKeys_Type, PyDictItems_Type]) {
  t.tp_richcompare = dictview_richcompare;
  t.tp_hash = PyObject_HashNotImplemented;
  t.nb_subtract = dictviews_sub;
  t.nb_and = _PyDictView_Intersect;
  t.nb_or = dictviews_or;
  t.nb_xor = dictviews_xor;
}
PyDictKeys_Type.tp_iter = viewIter(() => PyDictIterKey_Type);
PyDictValues_Type.tp_iter = viewIter(() => PyDictIterValue_Type);
PyDictItems_Type.tp_iter = viewIter(() => PyDictIterItem_Type);
PyDictKeys_Type.sq_contains = (o, v) => dictkeys_contains(o as PyDictView, v);
PyDictItems_Type.sq_contains = (o, v) => dictitems_contains(o as PyDictView, v);

function reversedMethod(type: () => PyType, name: string, doc: string) {
  return {
    impl: (self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject => {
      noArgs(`${name}.__reversed__`, args, kwnames);
      const d = (self as PyDictView).dv_dict;
      if (d === null) {
        Py_INCREF(Py_None);
        return Py_None;
      }
      return dictiter_new(d, type());
    },
    doc,
  };
}

defineMethods(PyDictKeys_Type, {
  isdisjoint: {
    impl: (self, args, kwnames) => dictviews_isdisjoint(self!, oneArg("dict_keys.isdisjoint", args, kwnames)),
    doc: "Return True if the view and the given iterable have a null intersection.",
  },
  __reversed__: reversedMethod(
    () => PyDictRevIterKey_Type,
    "dict_keys",
    "Return a reverse iterator over the dict keys.",
  ),
});
defineMethods(PyDictItems_Type, {
  isdisjoint: {
    impl: (self, args, kwnames) =>
      dictviews_isdisjoint(self!, oneArg("dict_items.isdisjoint", args, kwnames)),
    doc: "Return True if the view and the given iterable have a null intersection.",
  },
  __reversed__: reversedMethod(
    () => PyDictRevIterItem_Type,
    "dict_items",
    "Return a reverse iterator over the dict items.",
  ),
});
defineMethods(PyDictValues_Type, {
  __reversed__: reversedMethod(
    () => PyDictRevIterValue_Type,
    "dict_values",
    "Return a reverse iterator over the dict values.",
  ),
});

const mappingGetSet = {
  name: "mapping",
  get: (o: PyObject): PyObject => {
    const d = (o as PyDictView).dv_dict;
    if (d === null) {
      Py_INCREF(Py_None);
      return Py_None;
    }
    return PyDictProxy_New(d);
  },
  doc: "dictionary that this view refers to",
};
for (const t of [PyDictKeys_Type, PyDictValues_Type, PyDictItems_Type]) defineGetSets(t, [mappingGetSet]);
