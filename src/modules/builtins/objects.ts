/**
 * Builtins about objects and names (CPython's Python/bltinmodule.c and Objects/abstract.c):
 * attribute access, hash/id/len/repr/ascii/format, chr/ord, isinstance/issubclass with
 * tuples, unions and the __instancecheck__/__subclasscheck__ hooks, dir, vars, globals, locals.
 */
import { realAddress } from "../../memory/allocator.js";
import {
  iterateToArray,
  lengthObject,
  lookupSpecial,
  Py_EnterRecursiveCall,
  Py_LeaveRecursiveCall,
  PyNumber_Index,
  PyObject_CallMethod,
  PyObject_CallNoArgs,
  PyObject_CallOneArg,
  PyObject_Format,
  PyObject_GetAttr,
  PyObject_Hash,
  PyObject_IsTrue,
  PyObject_LookupAttr,
  PyObject_LookupAttrString,
  PyObject_Repr,
  PyObject_SetAttr,
  PyObject_Size,
} from "../../objects/abstract.js";
import { noArgs, oneArg, positional } from "../../objects/args.js";
import { PyBool_FromBool } from "../../objects/bool.js";
import { PyDictProxy_Type, type PyMappingProxy } from "../../objects/descriptors.js";
import { PyDict, PyDict_GetItem, PyDict_New, PyDict_SetItem, PyDict_Type } from "../../objects/dict.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError, raise } from "../../objects/exceptions.js";
import { PyFrame_FastToLocals } from "../../objects/frame.js";
import { PyInt_FromBigInt, PyInt_FromNumber, PyInt_FromSsize_t } from "../../objects/int.js";
import { type PyList, PyList_New, PyList_Sort, PySequence_List } from "../../objects/list.js";
import type { MethodDef } from "../../objects/methods.js";
import { Py_None } from "../../objects/none.js";
import { Py_DECREF, Py_NewRef, type PyObject } from "../../objects/object.js";
import {
  argTypeName,
  PyObject_ASCII,
  PyStr,
  PyStr_FromCodePoint,
  PyStr_InternFromString,
  strCodePointAt,
  strLength,
} from "../../objects/str.js";
import { PyTuple } from "../../objects/tuple.js";
import { PyType, PyType_IsSubtype, PyType_Type } from "../../objects/type.js";
import { tstate } from "../../vm/state.js";
import { ctypesNoteId } from "../_ctypes_heap.js";

// ---------------------------------------------------------------------------------------------
// attributes

function requireName(name: PyObject, fname: string | null): PyStr {
  if (!(name instanceof PyStr)) {
    if (fname !== null)
      raise(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
    raise(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  }
  return name;
}

function builtin_getattr(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("getattr", args, kwnames, 2, 3);
  const name = requireName(args[1]!, "getattr");
  if (args.length > 2) {
    const r = PyObject_LookupAttr(args[0]!, name);
    return r ?? Py_NewRef(args[2]!);
  }
  return PyObject_GetAttr(args[0]!, name);
}

function builtin_hasattr(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("hasattr", args, kwnames, 2, 2);
  const name = requireName(args[1]!, "hasattr");
  const r = PyObject_LookupAttr(args[0]!, name);
  if (r === null) return PyBool_FromBool(false);
  Py_DECREF(r);
  return PyBool_FromBool(true);
}

function builtin_setattr(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("setattr", args, kwnames, 3, 3);
  PyObject_SetAttr(args[0]!, requireName(args[1]!, "setattr"), args[2]!);
  return Py_NewRef(Py_None);
}

function builtin_delattr(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("delattr", args, kwnames, 2, 2);
  PyObject_SetAttr(args[0]!, requireName(args[1]!, "delattr"), null);
  return Py_NewRef(Py_None);
}

// ---------------------------------------------------------------------------------------------
// isinstance / issubclass (Objects/abstract.c)

function isUnion(o: PyObject): boolean {
  return o.ob_type.tp_name === "types.UnionType";
}

function unionArgs(o: PyObject): PyObject {
  return PyObject_GetAttr(o, internName("__args__"));
}

function internName(s: string): PyStr {
  return PyStr_InternFromString(s);
}

/** abstract_get_bases: `cls.__bases__` when it is a tuple, else null (new reference). */
function abstractGetBases(cls: PyObject): PyTuple | null {
  const b = PyObject_LookupAttrString(cls, "__bases__");
  if (b === null) return null;
  if (!(b instanceof PyTuple)) {
    Py_DECREF(b);
    return null;
  }
  return b;
}

function checkClass(cls: PyObject, error: string): void {
  const b = abstractGetBases(cls);
  if (b === null) raise(PyExc_TypeError, error);
  Py_DECREF(b);
}

function abstractIsSubclass(derived: PyObject, cls: PyObject): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = abstractGetBases(derived);
    if (bases === null) return false;
    try {
      const n = bases.items.length;
      if (n === 0) return false;
      if (n === 1) {
        derived = bases.items[0]!;
        continue;
      }
      Py_EnterRecursiveCall(" in __issubclass__");
      try {
        for (const b of bases.items) if (abstractIsSubclass(b, cls)) return true;
      } finally {
        Py_LeaveRecursiveCall();
      }
      return false;
    } finally {
      Py_DECREF(bases);
    }
  }
}

/** object_isinstance: the default isinstance check (also `type.__instancecheck__`). */
export function object_isinstance(inst: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType) {
    if (PyType_IsSubtype(inst.ob_type, cls)) return true;
    const icls = PyObject_LookupAttrString(inst, "__class__");
    if (icls === null) return false;
    try {
      return icls !== inst.ob_type && icls instanceof PyType && PyType_IsSubtype(icls, cls);
    } finally {
      Py_DECREF(icls);
    }
  }
  checkClass(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  const icls = PyObject_LookupAttrString(inst, "__class__");
  if (icls === null) return false;
  try {
    return abstractIsSubclass(icls, cls);
  } finally {
    Py_DECREF(icls);
  }
}

export function PyObject_IsInstance(inst: PyObject, cls: PyObject): boolean {
  if (inst.ob_type === cls) return true;
  if (cls.ob_type === PyType_Type) return object_isinstance(inst, cls);
  if (isUnion(cls)) {
    const a = unionArgs(cls);
    try {
      return PyObject_IsInstance(inst, a);
    } finally {
      Py_DECREF(a);
    }
  }
  if (cls instanceof PyTuple) {
    Py_EnterRecursiveCall(" in __instancecheck__");
    try {
      for (const item of cls.items) if (PyObject_IsInstance(inst, item)) return true;
      return false;
    } finally {
      Py_LeaveRecursiveCall();
    }
  }
  const checker = lookupSpecial(cls, "__instancecheck__");
  if (checker !== null) {
    Py_EnterRecursiveCall(" in __instancecheck__");
    try {
      const r = PyObject_CallOneArg(checker, inst);
      try {
        return PyObject_IsTrue(r);
      } finally {
        Py_DECREF(r);
      }
    } finally {
      Py_LeaveRecursiveCall();
      Py_DECREF(checker);
    }
  }
  return object_isinstance(inst, cls);
}

/** recursive_issubclass: the default issubclass check (also `type.__subclasscheck__`). */
export function recursive_issubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType && derived instanceof PyType) return PyType_IsSubtype(derived, cls);
  checkClass(derived, "issubclass() arg 1 must be a class");
  if (!isUnion(cls)) checkClass(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return abstractIsSubclass(derived, cls);
}

export function PyObject_IsSubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls.ob_type === PyType_Type) {
    if (derived === cls) return true;
    return recursive_issubclass(derived, cls);
  }
  if (isUnion(cls)) {
    const a = unionArgs(cls);
    try {
      return PyObject_IsSubclass(derived, a);
    } finally {
      Py_DECREF(a);
    }
  }
  if (cls instanceof PyTuple) {
    Py_EnterRecursiveCall(" in __subclasscheck__");
    try {
      for (const item of cls.items) if (PyObject_IsSubclass(derived, item)) return true;
      return false;
    } finally {
      Py_LeaveRecursiveCall();
    }
  }
  const checker = lookupSpecial(cls, "__subclasscheck__");
  if (checker !== null) {
    Py_EnterRecursiveCall(" in __subclasscheck__");
    try {
      const r = PyObject_CallOneArg(checker, derived);
      try {
        return PyObject_IsTrue(r);
      } finally {
        Py_DECREF(r);
      }
    } finally {
      Py_LeaveRecursiveCall();
      Py_DECREF(checker);
    }
  }
  return recursive_issubclass(derived, cls);
}

// ---------------------------------------------------------------------------------------------
// dir

function dictKeysInto(target: PyDict, src: PyObject): void {
  const mapping = src.ob_type === PyDictProxy_Type ? (src as PyMappingProxy).mapping : src;
  const keys = iterateToArray(mapping);
  try {
    for (const k of keys) {
      const v = mapping instanceof PyDict ? (PyDict_GetItem(mapping, k) ?? Py_None) : Py_None;
      PyDict_SetItem(target, k, v);
    }
  } finally {
    for (const k of keys) Py_DECREF(k);
  }
}

/** merge_class_dict: the class's __dict__ and, recursively, its bases'. */
function mergeClassDict(dict: PyDict, aclass: PyObject): void {
  const classdict = PyObject_LookupAttrString(aclass, "__dict__");
  if (classdict !== null) {
    try {
      dictKeysInto(dict, classdict);
    } finally {
      Py_DECREF(classdict);
    }
  }
  const bases = PyObject_LookupAttrString(aclass, "__bases__");
  if (bases !== null) {
    try {
      if (bases instanceof PyTuple) for (const b of bases.items) mergeClassDict(dict, b);
    } finally {
      Py_DECREF(bases);
    }
  }
}

function dictKeysList(d: PyDict): PyList {
  return PyList_New(iterateToArray(d));
}

/** object.__dir__: instance __dict__ keys plus everything reachable from __class__. */
export function object_dir(self: PyObject): PyObject {
  const d = PyDict_New();
  try {
    const own = PyObject_LookupAttrString(self, "__dict__");
    if (own !== null) {
      try {
        if (own instanceof PyDict) dictKeysInto(d, own);
      } finally {
        Py_DECREF(own);
      }
    }
    const cls = PyObject_LookupAttrString(self, "__class__");
    if (cls !== null) {
      try {
        mergeClassDict(d, cls);
      } finally {
        Py_DECREF(cls);
      }
    }
    return dictKeysList(d);
  } finally {
    Py_DECREF(d);
  }
}

/** type.__dir__: the merged class dicts of the type and its bases. */
export function type_dir(self: PyObject): PyObject {
  const d = PyDict_New();
  try {
    mergeClassDict(d, self);
    return dictKeysList(d);
  } finally {
    Py_DECREF(d);
  }
}

/** The `__dir__` behaviour used by the type system's hook: type.__dir__ for classes. */
export function dirHook(o: PyObject): PyObject {
  return o instanceof PyType ? type_dir(o) : object_dir(o);
}

function sortedListOf(o: PyObject): PyObject {
  const l = PySequence_List(o);
  try {
    PyList_Sort(l);
  } catch (e) {
    Py_DECREF(l);
    throw e;
  }
  return l;
}

function builtin_dir(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("dir", args, kwnames, 0, 1);
  if (args.length === 0) {
    const locals = currentLocals();
    try {
      const keys = PyObject_CallMethodKeys(locals);
      try {
        return sortedListOf(keys);
      } finally {
        Py_DECREF(keys);
      }
    } finally {
      Py_DECREF(locals);
    }
  }
  return PyObject_Dir(args[0]!);
}

/** PyObject_Dir(obj): the sorted list of obj.__dir__() (dir(obj)); a new reference. */
export function PyObject_Dir(obj: PyObject): PyObject {
  const dirfunc = lookupSpecial(obj, "__dir__");
  if (dirfunc === null) raise(PyExc_TypeError, "object does not provide __dir__");
  try {
    const r = PyObject_CallNoArgs(dirfunc);
    try {
      return sortedListOf(r);
    } finally {
      Py_DECREF(r);
    }
  } finally {
    Py_DECREF(dirfunc);
  }
}

function PyObject_CallMethodKeys(mapping: PyObject): PyObject {
  if (mapping.ob_type === PyDict_Type) return PyList_New(iterateToArray(mapping));
  return PyObject_CallMethod(mapping, "keys", []);
}

// ---------------------------------------------------------------------------------------------
// globals / locals / vars

/** PyEval_GetGlobals (new reference) or null without a running frame. */
export function currentGlobals(): PyDict | null {
  const f = tstate.frame;
  return f === null ? null : Py_NewRef(f.globals);
}

/** PyEval_GetLocals: the frame's locals mapping, refreshed from its fast locals (new reference). */
export function currentLocals(): PyObject {
  const f = tstate.frame;
  if (f === null) raise(PyExc_TypeError, "no current frame");
  return Py_NewRef(PyFrame_FastToLocals(f));
}

/** PyEval_GetBuiltins (borrowed) or null. */
export function currentBuiltins(): PyObject | null {
  const f = tstate.frame;
  return f === null ? null : f.builtins;
}

function builtin_vars(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("vars", args, kwnames, 0, 1);
  if (args.length === 0) return currentLocals();
  const d = PyObject_LookupAttrString(args[0]!, "__dict__");
  if (d === null) raise(PyExc_TypeError, "vars() argument must have __dict__ attribute");
  return d;
}

// ---------------------------------------------------------------------------------------------
// chr / ord

function builtin_chr(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const o = oneArg("chr", args, kwnames);
  const i = indexValue(o);
  if (typeof i === "bigint" || i > 2147483647 || i < -2147483648) {
    raise(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  if (i < 0 || i > 0x10ffff) raise(PyExc_ValueError, "chr() arg not in range(0x110000)");
  return PyStr_FromCodePoint(i);
}

function indexValue(o: PyObject): number | bigint {
  const i = PyNumber_Index(o);
  const v = i.value;
  Py_DECREF(i);
  return v;
}

function builtin_ord(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const c = oneArg("ord", args, kwnames);
  if (c instanceof PyStr) {
    const n = strLength(c);
    if (n === 1) return PyInt_FromNumber(strCodePointAt(c, 0));
    raise(PyExc_TypeError, `ord() expected a character, but string of length ${n} found`);
  }
  const bytes = bytesValue(c);
  if (bytes !== null) {
    if (bytes.length === 1) return PyInt_FromNumber(bytes[0]!);
    raise(PyExc_TypeError, `ord() expected a character, but string of length ${bytes.length} found`);
  }
  raise(PyExc_TypeError, `ord() expected string of length 1, but ${c.ob_type.tp_name} found`);
}

/** The contents of a bytes or bytearray object (null for anything else). */
export function bytesValue(o: PyObject): Uint8Array | null {
  for (const t of o.ob_type.tp_mro) {
    if ((t.tp_name === "bytes" || t.tp_name === "bytearray") && !t.hasFlag(1 << 9)) {
      const v = (o as unknown as { value?: unknown }).value;
      if (v instanceof Uint8Array) return v;
      const items = (o as unknown as { items?: unknown; length?: number }).items;
      if (items instanceof Uint8Array) return items.subarray(0, (o as unknown as { length: number }).length);
      return null;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------

function builtin_format(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("format", args, kwnames, 1, 2);
  const spec = args[1] ?? null;
  if (spec !== null && !(spec instanceof PyStr)) {
    raise(PyExc_TypeError, `format() argument 2 must be str, not ${argTypeName(spec)}`);
  }
  return PyObject_Format(args[0]!, spec);
}

function hashToInt(h: number | bigint): PyObject {
  return typeof h === "number" ? PyInt_FromSsize_t(h) : PyInt_FromBigInt(h);
}

export const OBJECT_BUILTINS: MethodDef[] = [
  {
    name: "callable",
    impl: (_s, a, k) => PyBool_FromBool(oneArg("callable", a, k).ob_type.tp_call !== null),
  },
  { name: "getattr", impl: builtin_getattr },
  { name: "hasattr", impl: builtin_hasattr },
  { name: "setattr", impl: builtin_setattr },
  { name: "delattr", impl: builtin_delattr },
  { name: "hash", impl: (_s, a, k) => hashToInt(PyObject_Hash(oneArg("hash", a, k))) },
  {
    name: "id",
    impl: (_s, a, k) => {
      const o = oneArg("id", a, k);
      ctypesNoteId(o); // lets ctypes.from_address/cast find the object again
      return PyInt_FromNumber(realAddress(o.ob_addr));
    },
  },
  { name: "len", impl: builtin_len },
  { name: "repr", impl: (_s, a, k) => PyObject_Repr(oneArg("repr", a, k)) },
  { name: "ascii", impl: (_s, a, k) => PyObject_ASCII(oneArg("ascii", a, k)) },
  { name: "format", impl: builtin_format },
  { name: "chr", impl: builtin_chr },
  { name: "ord", impl: builtin_ord },
  {
    name: "isinstance",
    impl: (_s, a, k) => {
      positional("isinstance", a, k, 2, 2);
      return PyBool_FromBool(PyObject_IsInstance(a[0]!, a[1]!));
    },
  },
  {
    name: "issubclass",
    impl: (_s, a, k) => {
      positional("issubclass", a, k, 2, 2);
      return PyBool_FromBool(PyObject_IsSubclass(a[0]!, a[1]!));
    },
  },
  { name: "dir", impl: builtin_dir },
  { name: "vars", impl: builtin_vars },
  {
    name: "globals",
    impl: (_s, a, k) => {
      noArgs("globals", a, k);
      return currentGlobals() ?? Py_NewRef(Py_None);
    },
  },
  {
    name: "locals",
    impl: (_s, a, k) => {
      noArgs("locals", a, k);
      return currentLocals();
    },
  },
];

/**
 * len(o). Lengths are JS numbers, exact up to 2**53; a range longer than that (up to
 * sys.maxsize, as in CPython) answers with its exact length.
 */
function builtin_len(_s: PyObject | null, a: PyObject[], k: string[] | null): PyObject {
  const o = oneArg("len", a, k);
  return lengthObject(PyObject_Size(o));
}
