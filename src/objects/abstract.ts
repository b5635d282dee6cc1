/**
 * The abstract object protocol (CPython's Objects/abstract.c and Objects/object.c): the
 * operations the VM and every type use to work on objects they know nothing about, dispatching
 * through type slots with CPython's rules (reflected operands, NotImplemented, subclass
 * priority) and CPython's error messages. Every function returns a NEW reference unless it says
 * otherwise; arguments are borrowed.
 */

import { CmpOp } from "../compiler/opcodes.js";
import { firstReprEnter, reprList, run } from "../memory/startup.js";
import { reprItemsReset, reprItemsResize, type UnicodeWriterModel } from "../memory/unicode_writer.js";
import { Py_False, Py_True, PyBool_FromBool } from "./bool.js";
import { PyComplex } from "./complex.js";
import {
  exceptionMatches,
  type PyBaseException,
  PyExc_AttributeError,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_RecursionError,
  PyExc_StopIteration,
  PyExc_SystemError,
  PyExc_TypeError,
  raise,
  setAttributeErrorContext,
} from "./exceptions.js";
import { Py_GenericAliasNew } from "./genericalias.js";
import {
  PyInt,
  PyInt_FromBigInt,
  PyInt_FromSsize_t,
  PyInt_FromValue,
  PyInt_Type,
  warnDeprecation,
} from "./int.js";
import { PyCFunction_Type } from "./methods.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { Py_DECREF, Py_INCREF, type PyObject } from "./object.js";
import type { Hash } from "./slots_types.js";
import {
  Interned,
  PyStr,
  PyStr_FromString,
  PyStr_Intern,
  PyStr_InternFromString,
  PyStr_Type,
} from "./str.js";
import { PyObject_TypeCheck, PyType, PyType_IsSubtype, PyType_Type, TypeFlag } from "./type.js";
import {
  genericGetAttrOrNull,
  isNamedLikeStaticType,
  PyObject_GenericGetAttr,
  type_getattro,
  typeGetAttrOrNull,
} from "./typeobject.js";

// ---------------------------------------------------------------------------------------------
// Recursion accounting shared by the VM and native code that calls back into Python.

export const recursion = {
  /** Current depth: Python frames plus native re-entries (CPython's recursion_remaining). */
  depth: 0,
  limit: 1000,
};

export function Py_EnterRecursiveCall(where: string): void {
  if (++recursion.depth > recursion.limit) {
    recursion.depth--;
    raise(PyExc_RecursionError, `maximum recursion depth exceeded${where}`);
  }
}

export function Py_LeaveRecursiveCall(): void {
  recursion.depth--;
}

// ---------------------------------------------------------------------------------------------
// repr / str / format

const reprStack: PyObject[] = [];

/** Returns true if `o` is already being repr'd further up (the caller then prints `[...]`). */
export function Py_ReprEnter(o: PyObject): boolean {
  if (reprList.epoch !== run.epoch) {
    firstReprEnter();
    reprItemsReset();
  }
  for (let i = 0; i < reprStack.length; i++) if (reprStack[i] === o) return true;
  reprStack.push(o);
  reprItemsResize(reprStack.length);
  return false;
}

export function Py_ReprLeave(o: PyObject): void {
  for (let i = reprStack.length - 1; i >= 0; i--) {
    if (reprStack[i] === o) {
      reprStack.splice(i, 1);
      reprItemsResize(reprStack.length);
      return;
    }
  }
}

export function PyObject_Repr(o: PyObject): PyStr {
  const f = o.ob_type.tp_repr;
  if (f === null) return defaultRepr(o);
  Py_EnterRecursiveCall(" while getting the repr of an object");
  try {
    const r = f(o);
    if (!(r instanceof PyStr) || !PyObject_TypeCheck(r, PyStr_Type)) {
      const name = r.ob_type.tp_name;
      Py_DECREF(r);
      raise(PyExc_TypeError, `__repr__ returned non-string (type ${name})`);
    }
    return r;
  } finally {
    Py_LeaveRecursiveCall();
  }
}

export function PyObject_Str(o: PyObject): PyStr {
  if (o.ob_type === PyStr_Type) {
    Py_INCREF(o);
    return o as PyStr;
  }
  const f = o.ob_type.tp_str;
  if (f === null) return PyObject_Repr(o);
  Py_EnterRecursiveCall(" while getting the str of an object");
  try {
    const r = f(o);
    if (!(r instanceof PyStr)) {
      const name = r.ob_type.tp_name;
      Py_DECREF(r);
      raise(PyExc_TypeError, `__str__ returned non-string (type ${name})`);
    }
    return r;
  } finally {
    Py_LeaveRecursiveCall();
  }
}

/** repr(o) as a JS string. */
export function reprOf(o: PyObject): string {
  const r = PyObject_Repr(o);
  const s = r.value;
  Py_DECREF(r);
  return s;
}

/** repr(o) as a JS string, written to a container repr's writer model while the str exists. */
export function reprWritten(writer: UnicodeWriterModel, o: PyObject): string {
  const r = PyObject_Repr(o);
  const s = r.value;
  writer.writeStr(s);
  Py_DECREF(r);
  return s;
}

/** str(o) as a JS string. */
export function strOf(o: PyObject): string {
  const r = PyObject_Str(o);
  const s = r.value;
  Py_DECREF(r);
  return s;
}

/** `<module.Name object at 0x7f...>`: object.__repr__. */
export function defaultRepr(o: PyObject): PyStr {
  const t = o.ob_type;
  return PyStr_FromString(`<${typeQualifiedName(t)} object at ${addressHex(o)}>`);
}

export function addressHex(o: PyObject): string {
  return "0x" + realAddress(o.ob_addr).toString(16).padStart(12, "0");
}

/** `module.qualname` for heap types outside builtins, the plain name for builtins. */
export function typeQualifiedName(t: PyType): string {
  const mod = typeModuleName(t);
  const qual = t.ht_qualname;
  if (mod === null || mod === "builtins") return qual;
  return `${mod}.${qual}`;
}

/** The `__module__` of a type: from its dict for heap types, from tp_name's prefix for static ones. */
export function typeModuleName(t: PyType): string | null {
  const d = t.tp_dict;
  if (d !== null && t.hasFlag(1 << 9)) {
    const m = dictGetStr(d, "__module__");
    if (m instanceof PyStr) return m.value;
    return null;
  }
  const dot = t.tp_name.lastIndexOf(".");
  return dot < 0 ? "builtins" : t.tp_name.slice(0, dot);
}

export function PyObject_Format(o: PyObject, spec: PyStr | null): PyObject {
  if (spec === null || spec.value.length === 0) {
    if (o.ob_type === PyStr_Type) {
      Py_INCREF(o);
      return o;
    }
    if (o.ob_type === PyInt_Type) return PyObject_Str(o);
  }
  const fmt = lookupSpecial(o, "__format__");
  if (fmt === null) raise(PyExc_TypeError, `Type ${o.ob_type.tp_name} doesn't define __format__`);
  const s = spec ?? PyStr_InternFromString("");
  // A builtin __format__ (object's, int's...) is called through cfunction_vectorcall_*, which
  // takes a recursion level; a Python one is a bound method whose frame takes its own.
  const counted = fmt.ob_type === PyCFunction_Type;
  if (counted) {
    try {
      Py_EnterRecursiveCall(" while calling a Python object");
    } catch (e) {
      Py_DECREF(fmt);
      if (spec === null) Py_DECREF(s);
      throw e;
    }
  }
  try {
    const r = PyObject_CallOneArg(fmt, s);
    if (!(r instanceof PyStr)) {
      const name = r.ob_type.tp_name;
      Py_DECREF(r);
      raise(PyExc_TypeError, `__format__ must return a str, not ${name}`);
    }
    return r;
  } finally {
    if (counted) Py_LeaveRecursiveCall();
    Py_DECREF(fmt);
    if (spec === null) Py_DECREF(s);
  }
}

// ---------------------------------------------------------------------------------------------
// hashing, truth, comparison

export function PyObject_Hash(o: PyObject): Hash {
  const f = o.ob_type.tp_hash;
  if (f === null) raise(PyExc_TypeError, `unhashable type: '${o.ob_type.tp_name}'`);
  return f(o);
}

/** The tp_hash of types that set `__hash__ = None` (list, dict, set, classes defining __eq__ only). */
export function PyObject_HashNotImplemented(o: PyObject): Hash {
  raise(PyExc_TypeError, `unhashable type: '${o.ob_type.tp_name}'`);
}

export function PyObject_IsTrue(o: PyObject): boolean {
  if (o === Py_True) return true;
  if (o === Py_False || o === Py_None) return false;
  const t = o.ob_type;
  if (t.nb_bool !== null) return t.nb_bool(o);
  if (t.mp_length !== null) return t.mp_length(o) !== 0;
  if (t.sq_length !== null) return t.sq_length(o) !== 0;
  return true;
}

export function PyObject_Not(o: PyObject): boolean {
  return !PyObject_IsTrue(o);
}

const OPSTRINGS = ["<", "<=", "==", "!=", ">", ">="];
const SWAPPED = [CmpOp.GT, CmpOp.GE, CmpOp.EQ, CmpOp.NE, CmpOp.LT, CmpOp.LE];

export function PyObject_RichCompare(v: PyObject, w: PyObject, op: number): PyObject {
  Py_EnterRecursiveCall(" in comparison");
  try {
    return doRichCompare(v, w, op);
  } finally {
    Py_LeaveRecursiveCall();
  }
}

function doRichCompare(v: PyObject, w: PyObject, op: number): PyObject {
  const vt = v.ob_type;
  const wt = w.ob_type;
  let checkedReverse = false;
  if (vt !== wt && PyType_IsSubtype(wt, vt) && wt.tp_richcompare !== null) {
    checkedReverse = true;
    const r = wt.tp_richcompare(w, v, SWAPPED[op]!);
    if (r !== Py_NotImplemented) return r;
    Py_DECREF(r);
  }
  if (vt.tp_richcompare !== null) {
    const r = vt.tp_richcompare(v, w, op);
    if (r !== Py_NotImplemented) return r;
    Py_DECREF(r);
  }
  if (!checkedReverse && wt.tp_richcompare !== null) {
    const r = wt.tp_richcompare(w, v, SWAPPED[op]!);
    if (r !== Py_NotImplemented) return r;
    Py_DECREF(r);
  }
  switch (op) {
    case CmpOp.EQ:
      return PyBool_FromBool(v === w);
    case CmpOp.NE:
      return PyBool_FromBool(v !== w);
    default:
      raise(
        PyExc_TypeError,
        `'${OPSTRINGS[op]}' not supported between instances of '${vt.tp_name}' and '${wt.tp_name}'`,
      );
  }
}

/** Comparison as a boolean; identity implies equality for == and != (as CPython). */
export function PyObject_RichCompareBool(v: PyObject, w: PyObject, op: number): boolean {
  if (v === w) {
    if (op === CmpOp.EQ) return true;
    if (op === CmpOp.NE) return false;
  }
  const r = PyObject_RichCompare(v, w, op);
  if (r === Py_True) {
    Py_DECREF(r);
    return true;
  }
  if (r === Py_False) {
    Py_DECREF(r);
    return false;
  }
  try {
    return PyObject_IsTrue(r);
  } finally {
    Py_DECREF(r);
  }
}

// ---------------------------------------------------------------------------------------------
// attributes

export function PyObject_GetAttr(o: PyObject, name: PyStr): PyObject {
  const f = o.ob_type.tp_getattro;
  try {
    if (f === null) {
      raise(PyExc_AttributeError, `'${o.ob_type.tp_name}' object has no attribute '${name.value}'`);
    }
    return f(o, name);
  } catch (e) {
    setAttributeErrorContext(e, o, name);
    throw e;
  }
}

export function PyObject_GetAttrString(o: PyObject, name: string): PyObject {
  const n = PyStr_InternFromString(name);
  try {
    return PyObject_GetAttr(o, n);
  } finally {
    Py_DECREF(n);
  }
}

/** getattr without AttributeError: null when the attribute is missing (_PyObject_LookupAttr). */
export function PyObject_LookupAttr(o: PyObject, name: PyStr): PyObject | null {
  const f = o.ob_type.tp_getattro;
  try {
    // The two common getattro slots have a form that reports a miss without building an
    // AttributeError (CPython's suppress flag): getattr(x, name, None) misses cost ~3 us else.
    if (f === PyObject_GenericGetAttr) return genericGetAttrOrNull(o, name);
    if (f === type_getattro) return typeGetAttrOrNull(o as PyType, name);
    return PyObject_GetAttr(o, name);
  } catch (e) {
    if (exceptionMatches(e, PyExc_AttributeError)) {
      Py_DECREF(e as PyBaseException);
      return null;
    }
    throw e;
  }
}

export function PyObject_LookupAttrString(o: PyObject, name: string): PyObject | null {
  const n = PyStr_InternFromString(name);
  try {
    return PyObject_LookupAttr(o, n);
  } finally {
    Py_DECREF(n);
  }
}

export function PyObject_HasAttrString(o: PyObject, name: string): boolean {
  const r = PyObject_LookupAttrString(o, name);
  if (r === null) return false;
  Py_DECREF(r);
  return true;
}

export function PyObject_SetAttr(o: PyObject, name: PyStr, v: PyObject | null): void {
  const f = o.ob_type.tp_setattro;
  if (f === null) {
    const hasGet = o.ob_type.tp_getattro !== null;
    raise(
      PyExc_AttributeError,
      `'${o.ob_type.tp_name}' object has no attribute${hasGet ? "s" : ""} '${name.value}'`,
    );
  }
  if (name.interned === Interned.NOT && name.ob_type === PyStr_Type) {
    // PyUnicode_InternInPlace: the store keeps the interned name (setattr(o, "a%d" % i, v)
    // made a new str; an equal interned one replaces it and the new one is freed)
    const n = PyStr_Intern(name);
    try {
      f(o, n, v);
    } finally {
      Py_DECREF(n);
    }
    return;
  }
  f(o, name, v);
}

export function PyObject_SetAttrString(o: PyObject, name: string, v: PyObject | null): void {
  const n = PyStr_InternFromString(name);
  try {
    PyObject_SetAttr(o, n, v);
  } finally {
    Py_DECREF(n);
  }
}

/**
 * Looks a special method up on the TYPE (never the instance), binding it (CPython's
 * lookup_maybe_method / _PyObject_LookupSpecial). Returns a new reference to a bound callable or null.
 */
export function lookupSpecial(o: PyObject, name: string): PyObject | null {
  const descr = typeLookupString(o.ob_type, name);
  if (descr === null) return null;
  const get = descr.ob_type.tp_descr_get;
  if (get === null) {
    Py_INCREF(descr);
    return descr;
  }
  return get(descr, o, o.ob_type);
}

// ---------------------------------------------------------------------------------------------
// calls

export function PyObject_Call(callable: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const f = callable.ob_type.tp_call;
  if (f === null) raise(PyExc_TypeError, `'${callable.ob_type.tp_name}' object is not callable`);
  return f(callable, args, kwnames);
}

export function PyObject_CallNoArgs(callable: PyObject): PyObject {
  return PyObject_Call(callable, [], null);
}

export function PyObject_CallOneArg(callable: PyObject, arg: PyObject): PyObject {
  return PyObject_Call(callable, [arg], null);
}

export function PyObject_CallMethod(
  o: PyObject,
  name: string,
  args: PyObject[],
  kwnames: string[] | null = null,
): PyObject {
  const m = PyObject_GetAttrString(o, name);
  try {
    return PyObject_Call(m, args, kwnames);
  } finally {
    Py_DECREF(m);
  }
}

/** Calls a special method looked up on the type; null when the type doesn't define it. */
export function callSpecialMaybe(o: PyObject, name: string, args: PyObject[]): PyObject | null {
  const m = lookupSpecial(o, name);
  if (m === null) return null;
  try {
    return PyObject_Call(m, args, null);
  } finally {
    Py_DECREF(m);
  }
}

// ---------------------------------------------------------------------------------------------
// items, length, containment

/**
 * Sizes are JS numbers, exact up to 2**53. A length slot that returns more (a range's, or what a
 * __len__ returned, up to sys.maxsize) leaves the exact value here first, so that len() and the
 * __len__ wrapper (lengthObject) give back python3's int.
 */
export const exactLength = { value: 0n };

/** The int a length slot's result stands for (see exactLength). */
export function lengthObject(n: number): PyObject {
  // (PyLong_FromSsize_t's block, as len() and wrap_lenfunc make it)
  return n > Number.MAX_SAFE_INTEGER ? PyInt_FromBigInt(exactLength.value) : PyInt_FromSsize_t(n);
}

export function PyObject_Size(o: PyObject): number {
  const t = o.ob_type;
  if (t.sq_length !== null) return t.sq_length(o);
  if (t.mp_length !== null) return t.mp_length(o);
  raise(PyExc_TypeError, `object of type '${t.tp_name}' has no len()`);
}

export function PyObject_GetItem(o: PyObject, key: PyObject): PyObject {
  const t = o.ob_type;
  if (t.mp_subscript !== null) return t.mp_subscript(o, key);
  if (t.sq_item !== null) {
    if (key.ob_type.nb_index !== null) {
      let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
      if (i < 0 && t.sq_length !== null) i += t.sq_length(o);
      return t.sq_item(o, i);
    }
    raise(PyExc_TypeError, `sequence index must be integer, not '${key.ob_type.tp_name}'`);
  }
  if (o instanceof PyType) {
    // type[int] is a types.GenericAlias (CPython's special case: no __class_getitem__ on type,
    // so that int[str] still fails).
    if (o === PyType_Type) return Py_GenericAliasNew(o, key);
    // (an attribute lookup on the class, as _PyObject_LookupAttr: a metaclass's counts too, and
    // `__class_getitem__ = None` means not subscriptable)
    const meth = PyObject_LookupAttrString(o, "__class_getitem__");
    if (meth !== null && meth !== Py_None) {
      try {
        return PyObject_CallOneArg(meth, key);
      } finally {
        Py_DECREF(meth);
      }
    }
    if (meth !== null) Py_DECREF(meth);
    raise(PyExc_TypeError, `type '${o.tp_name}' is not subscriptable`);
  }
  raise(PyExc_TypeError, `'${t.tp_name}' object is not subscriptable`);
}

export function PyObject_SetItem(o: PyObject, key: PyObject, v: PyObject): void {
  const t = o.ob_type;
  if (t.mp_ass_subscript !== null) {
    t.mp_ass_subscript(o, key, v);
    return;
  }
  if (t.sq_ass_item !== null) {
    if (key.ob_type.nb_index !== null) {
      let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
      if (i < 0 && t.sq_length !== null) i += t.sq_length(o);
      t.sq_ass_item(o, i, v);
      return;
    }
    raise(PyExc_TypeError, `sequence index must be integer, not '${key.ob_type.tp_name}'`);
  }
  raise(PyExc_TypeError, `'${t.tp_name}' object does not support item assignment`);
}

export function PyObject_DelItem(o: PyObject, key: PyObject): void {
  const t = o.ob_type;
  if (t.mp_ass_subscript !== null) {
    t.mp_ass_subscript(o, key, null);
    return;
  }
  if (t.sq_ass_item !== null) {
    if (key.ob_type.nb_index !== null) {
      let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
      if (i < 0 && t.sq_length !== null) i += t.sq_length(o);
      t.sq_ass_item(o, i, null);
      return;
    }
    raise(PyExc_TypeError, `sequence index must be integer, not '${key.ob_type.tp_name}'`);
  }
  // An index into a type with tp_as_sequence fails in PySequence_DelItem, whose message differs
  // (every heap type has tp_as_sequence: a class's instance without __delitem__ says "doesn't";
  // not lib/'s stand-ins for static C types such as datetime.date).
  const isSequence =
    t.sq_item !== null ||
    t.sq_length !== null ||
    t.sq_contains !== null ||
    (t.hasFlag(TypeFlag.HEAPTYPE) && !isNamedLikeStaticType(t));
  const verb = isSequence && key.ob_type.nb_index !== null ? "doesn't" : "does not";
  raise(PyExc_TypeError, `'${t.tp_name}' object ${verb} support item deletion`);
}

export function PySequence_Contains(seq: PyObject, v: PyObject): boolean {
  const f = seq.ob_type.sq_contains;
  if (f !== null) return f(seq, v);
  // Fall back to iteration (CPython's _PySequence_IterSearch).
  const it = PyObject_GetIterWithMessage(seq, `argument of type '${seq.ob_type.tp_name}' is not iterable`);
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) return false;
      try {
        if (PyObject_RichCompareBool(item, v, CmpOp.EQ)) return true;
      } finally {
        Py_DECREF(item);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

// ---------------------------------------------------------------------------------------------
// iteration

export function PyObject_GetIter(o: PyObject): PyObject {
  return PyObject_GetIterWithMessage(o, `'${o.ob_type.tp_name}' object is not iterable`);
}

function PyObject_GetIterWithMessage(o: PyObject, message: string): PyObject {
  const t = o.ob_type;
  if (t.tp_iter !== null) {
    const it = t.tp_iter(o);
    if (it.ob_type.tp_iternext === null) {
      const name = it.ob_type.tp_name;
      Py_DECREF(it);
      raise(PyExc_TypeError, `iter() returned non-iterator of type '${name}'`);
    }
    return it;
  }
  if (t.sq_item !== null) return seqIterFactory(o);
  raise(PyExc_TypeError, message);
}

/** Set by the iterator module: makes the old-style `__getitem__` sequence iterator. */
export let seqIterFactory: (o: PyObject) => PyObject = () =>
  raise(PyExc_SystemError, "sequence iterator missing");
export function setSeqIterFactory(f: (o: PyObject) => PyObject): void {
  seqIterFactory = f;
}

/** Next item (new reference) or null when exhausted. A StopIteration raised inside is swallowed. */
export function PyIter_Next(it: PyObject): PyObject | null {
  const f = it.ob_type.tp_iternext;
  if (f === null) raise(PyExc_TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
  try {
    return f(it);
  } catch (e) {
    if (exceptionMatches(e, PyExc_StopIteration)) {
      Py_DECREF(e as PyBaseException);
      return null;
    }
    throw e;
  }
}

/** Collects an iterable into a JS array of new references. */
export function iterateToArray(o: PyObject): PyObject[] {
  const it = PyObject_GetIter(o);
  const out: PyObject[] = [];
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) return out;
      out.push(item);
    }
  } catch (e) {
    for (const x of out) Py_DECREF(x);
    throw e;
  } finally {
    Py_DECREF(it);
  }
}

// ---------------------------------------------------------------------------------------------
// numbers

type BinarySlot =
  | "nb_add"
  | "nb_subtract"
  | "nb_multiply"
  | "nb_remainder"
  | "nb_divmod"
  | "nb_lshift"
  | "nb_rshift"
  | "nb_and"
  | "nb_xor"
  | "nb_or"
  | "nb_floor_divide"
  | "nb_true_divide"
  | "nb_matrix_multiply";

/** CPython's binary_op1: try v's slot, w's slot (first if w's type is a subclass), NotImplemented. */
export function binary_op1(v: PyObject, w: PyObject, slot: BinarySlot): PyObject {
  const vt = v.ob_type;
  const wt = w.ob_type;
  const slotv = vt[slot];
  let slotw = wt !== vt ? wt[slot] : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && PyType_IsSubtype(wt, vt)) {
      const x = slotw(v, w);
      if (x !== Py_NotImplemented) return x;
      Py_DECREF(x);
      slotw = null;
    }
    const x = slotv(v, w);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  if (slotw !== null) {
    const x = slotw(v, w);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

function binopTypeError(v: PyObject, w: PyObject, opname: string): never {
  // binary_op's hint for Python 2's `print >> stream`
  const hint =
    opname === ">>" &&
    v.ob_type.tp_name === "builtin_function_or_method" &&
    (v as unknown as { def?: { name?: string } }).def?.name === "print"
      ? '. Did you mean "print(<message>, file=<output_stream>)"?'
      : "";
  raise(
    PyExc_TypeError,
    `unsupported operand type(s) for ${opname}: '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'${hint}`,
  );
}

function binaryOp(v: PyObject, w: PyObject, slot: BinarySlot, opname: string): PyObject {
  const r = binary_op1(v, w, slot);
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  binopTypeError(v, w, opname);
}

type InplaceSlot =
  | "nb_inplace_add"
  | "nb_inplace_subtract"
  | "nb_inplace_multiply"
  | "nb_inplace_remainder"
  | "nb_inplace_lshift"
  | "nb_inplace_rshift"
  | "nb_inplace_and"
  | "nb_inplace_xor"
  | "nb_inplace_or"
  | "nb_inplace_floor_divide"
  | "nb_inplace_true_divide"
  | "nb_inplace_matrix_multiply";

function inplaceOp(v: PyObject, w: PyObject, islot: InplaceSlot, slot: BinarySlot, opname: string): PyObject {
  const f = v.ob_type[islot];
  if (f !== null) {
    const x = f(v, w);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  const r = binary_op1(v, w, slot);
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  binopTypeError(v, w, opname);
}

export function PyNumber_Add(v: PyObject, w: PyObject): PyObject {
  const r = binary_op1(v, w, "nb_add");
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  const concat = v.ob_type.sq_concat;
  if (concat !== null) return concat(v, w);
  binopTypeError(v, w, "+");
}

export function PyNumber_InPlaceAdd(v: PyObject, w: PyObject): PyObject {
  const f = v.ob_type.nb_inplace_add;
  if (f !== null) {
    const x = f(v, w);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  const r = binary_op1(v, w, "nb_add");
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  const iconcat = v.ob_type.sq_inplace_concat ?? v.ob_type.sq_concat;
  if (iconcat !== null) return iconcat(v, w);
  binopTypeError(v, w, "+=");
}

function sequenceRepeat(seq: PyObject, n: PyObject, inplace: boolean): PyObject {
  if (n.ob_type.nb_index === null) {
    raise(PyExc_TypeError, `can't multiply sequence by non-int of type '${n.ob_type.tp_name}'`);
  }
  const count = PyNumber_AsSsize_t(n, PyExc_OverflowError);
  const f = inplace ? (seq.ob_type.sq_inplace_repeat ?? seq.ob_type.sq_repeat) : seq.ob_type.sq_repeat;
  return f!(seq, count);
}

export function PyNumber_Multiply(v: PyObject, w: PyObject): PyObject {
  const r = binary_op1(v, w, "nb_multiply");
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  if (v.ob_type.sq_repeat !== null) return sequenceRepeat(v, w, false);
  if (w.ob_type.sq_repeat !== null) return sequenceRepeat(w, v, false);
  binopTypeError(v, w, "*");
}

export function PyNumber_InPlaceMultiply(v: PyObject, w: PyObject): PyObject {
  const f = v.ob_type.nb_inplace_multiply;
  if (f !== null) {
    const x = f(v, w);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  const r = binary_op1(v, w, "nb_multiply");
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  if (v.ob_type.sq_inplace_repeat !== null || v.ob_type.sq_repeat !== null) return sequenceRepeat(v, w, true);
  if (w.ob_type.sq_repeat !== null) return sequenceRepeat(w, v, false);
  binopTypeError(v, w, "*=");
}

export const PyNumber_Subtract = (v: PyObject, w: PyObject) => binaryOp(v, w, "nb_subtract", "-");
export const PyNumber_Remainder = (v: PyObject, w: PyObject) => binaryOp(v, w, "nb_remainder", "%");
export const PyNumber_Divmod = (v: PyObject, w: PyObject) => binaryOp(v, w, "nb_divmod", "divmod()");
export const PyNumber_Lshift = (v: PyObject, w: PyObject) => binaryOp(v, w, "nb_lshift", "<<");
export const PyNumber_Rshift = (v: PyObject, w: PyObject) => binaryOp(v, w, "nb_rshift", ">>");
export const PyNumber_And = (v: PyObject, w: PyObject) => binaryOp(v, w, "nb_and", "&");
export const PyNumber_Xor = (v: PyObject, w: PyObject) => binaryOp(v, w, "nb_xor", "^");
export const PyNumber_Or = (v: PyObject, w: PyObject) => binaryOp(v, w, "nb_or", "|");
export const PyNumber_FloorDivide = (v: PyObject, w: PyObject) => binaryOp(v, w, "nb_floor_divide", "//");
export const PyNumber_TrueDivide = (v: PyObject, w: PyObject) => binaryOp(v, w, "nb_true_divide", "/");
export const PyNumber_MatrixMultiply = (v: PyObject, w: PyObject) =>
  binaryOp(v, w, "nb_matrix_multiply", "@");
export const PyNumber_InPlaceSubtract = (v: PyObject, w: PyObject) =>
  inplaceOp(v, w, "nb_inplace_subtract", "nb_subtract", "-=");
export const PyNumber_InPlaceRemainder = (v: PyObject, w: PyObject) =>
  inplaceOp(v, w, "nb_inplace_remainder", "nb_remainder", "%=");
export const PyNumber_InPlaceLshift = (v: PyObject, w: PyObject) =>
  inplaceOp(v, w, "nb_inplace_lshift", "nb_lshift", "<<=");
export const PyNumber_InPlaceRshift = (v: PyObject, w: PyObject) =>
  inplaceOp(v, w, "nb_inplace_rshift", "nb_rshift", ">>=");
export const PyNumber_InPlaceAnd = (v: PyObject, w: PyObject) =>
  inplaceOp(v, w, "nb_inplace_and", "nb_and", "&=");
export const PyNumber_InPlaceXor = (v: PyObject, w: PyObject) =>
  inplaceOp(v, w, "nb_inplace_xor", "nb_xor", "^=");
export const PyNumber_InPlaceOr = (v: PyObject, w: PyObject) =>
  inplaceOp(v, w, "nb_inplace_or", "nb_or", "|=");
export const PyNumber_InPlaceFloorDivide = (v: PyObject, w: PyObject) =>
  inplaceOp(v, w, "nb_inplace_floor_divide", "nb_floor_divide", "//=");
export const PyNumber_InPlaceTrueDivide = (v: PyObject, w: PyObject) =>
  inplaceOp(v, w, "nb_inplace_true_divide", "nb_true_divide", "/=");
export const PyNumber_InPlaceMatrixMultiply = (v: PyObject, w: PyObject) =>
  inplaceOp(v, w, "nb_inplace_matrix_multiply", "nb_matrix_multiply", "@=");

/** Ternary power (CPython's ternary_op with nb_power). */
export function PyNumber_Power(v: PyObject, w: PyObject, z: PyObject, inplace = false): PyObject {
  const vt = v.ob_type;
  const wt = w.ob_type;
  if (inplace && vt.nb_inplace_power !== null) {
    const x = vt.nb_inplace_power(v, w, z);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  const slotv = vt.nb_power;
  let slotw = wt !== vt ? wt.nb_power : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && PyType_IsSubtype(wt, vt)) {
      const x = slotw(v, w, z);
      if (x !== Py_NotImplemented) return x;
      Py_DECREF(x);
      slotw = null;
    }
    const x = slotv(v, w, z);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  if (slotw !== null) {
    const x = slotw(v, w, z);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  if (z !== Py_None) {
    const zt = z.ob_type;
    if (zt.nb_power !== null && zt.nb_power !== slotv && zt.nb_power !== slotw) {
      const x = zt.nb_power(v, w, z);
      if (x !== Py_NotImplemented) return x;
      Py_DECREF(x);
    }
    raise(
      PyExc_TypeError,
      `unsupported operand type(s) for ** or pow(): '${vt.tp_name}', '${wt.tp_name}', '${z.ob_type.tp_name}'`,
    );
  }
  raise(
    PyExc_TypeError,
    `unsupported operand type(s) for ${inplace ? "**=" : "** or pow()"}: '${vt.tp_name}' and '${wt.tp_name}'`,
  );
}

function unaryOp(
  o: PyObject,
  slot: "nb_negative" | "nb_positive" | "nb_invert" | "nb_absolute",
  what: string,
): PyObject {
  const f = o.ob_type[slot];
  if (f === null) raise(PyExc_TypeError, `bad operand type for ${what}: '${o.ob_type.tp_name}'`);
  return f(o);
}

export const PyNumber_Negative = (o: PyObject) => unaryOp(o, "nb_negative", "unary -");
export const PyNumber_Positive = (o: PyObject) => unaryOp(o, "nb_positive", "unary +");
export const PyNumber_Invert = (o: PyObject) => unaryOp(o, "nb_invert", "unary ~");
export const PyNumber_Absolute = (o: PyObject) => unaryOp(o, "nb_absolute", "abs()");

/** operator.index(o): an exact int (new reference). */
export function PyNumber_Index(o: PyObject): PyInt {
  if (o.ob_type === PyInt_Type) {
    Py_INCREF(o);
    return o as PyInt;
  }
  // An int subclass (bool included) is its own index, copied to an exact int; its __index__
  // is not called.
  if (o instanceof PyInt) return PyInt_FromValue(o.value);
  const f = o.ob_type.nb_index;
  if (f === null) {
    raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  const r = f(o);
  if (r.ob_type === PyInt_Type) return r as PyInt;
  if (!(r instanceof PyInt)) {
    const name = r.ob_type.tp_name;
    Py_DECREF(r);
    raise(PyExc_TypeError, `__index__ returned non-int (type ${name})`);
  }
  // an int subclass (True...): deprecated, and the result is an exact int
  try {
    warnDeprecation(
      `__index__ returned non-int (type ${r.ob_type.tp_name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`,
    );
  } catch (e) {
    Py_DECREF(r);
    throw e;
  }
  const copy = PyInt_FromValue(r.value);
  Py_DECREF(r);
  return copy;
}

/** PyNumber_Check: can the object be used as a number (index, int, float or complex)? */
export function PyNumber_Check(o: PyObject): boolean {
  const t = o.ob_type;
  return t.nb_index !== null || t.nb_int !== null || t.nb_float !== null || o instanceof PyComplex;
}

/**
 * The index value of `o` as a JS number (CPython's PyNumber_AsSsize_t). Values beyond
 * Py_ssize_t raise `excType` (OverflowError, IndexError...) or clamp when excType is null.
 */
export function PyNumber_AsSsize_t(o: PyObject, excType: PyType | null): number {
  const i = PyNumber_Index(o);
  const v = i.value;
  Py_DECREF(i);
  if (typeof v === "number") return v;
  const MAX = 9223372036854775807n;
  if (v > MAX || v < -MAX - 1n) {
    if (excType === null) return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
    raise(excType, `cannot fit '${o.ob_type.tp_name}' into an index-sized integer`);
  }
  return Number(v);
}

/**
 * Argument Clinic's Py_ssize_t ("n") converter: __index__, then PyLong_AsSsize_t's OverflowError
 * beyond 64 bits. An index between 2**53 and 2**63 clamps to the largest exact JS integer, which
 * every sequence's bound checks treat as CPython treats PY_SSIZE_T_MAX.
 */
export function ssizeArg(o: PyObject): number {
  let v: number | bigint;
  if (o instanceof PyInt) v = o.value;
  else {
    const i = PyNumber_Index(o);
    v = i.value;
    Py_DECREF(i);
  }
  if (typeof v === "number") return v;
  if (v > 9223372036854775807n || v < -9223372036854775808n) {
    raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/** The "i" argument converter (a C int, through __index__) with CPython's overflow messages. */
export function PyNumber_AsCInt(o: PyObject): number {
  const i = PyNumber_Index(o);
  const v = i.value;
  Py_DECREF(i);
  if (v > 2147483647) raise(PyExc_OverflowError, "signed integer is greater than maximum");
  if (v < -2147483648) raise(PyExc_OverflowError, "signed integer is less than minimum");
  return Number(v);
}

// ---------------------------------------------------------------------------------------------
// late-bound helpers provided by typeobject.ts / dict.ts (see docs/internals.md "Module cycles")

import { realAddress } from "../memory/allocator.js";
import { dictGetStr, typeLookupString } from "./typeobject.js";

export type { Hash };
export { Py_False, Py_None, Py_NotImplemented, Py_True };
