/**
 * The `_operator` module (CPython 3.11's Modules/_operator.c): the operators as functions, and
 * the `itemgetter`, `attrgetter` and `methodcaller` types. lib/operator.py re-exports it with the
 * dunder aliases, as CPython's Lib/operator.py does.
 */

import { CmpOp } from "../compiler/opcodes.js";
import {
  binary_op1,
  Py_ReprEnter,
  Py_ReprLeave,
  PyIter_Next,
  PyNumber_Absolute,
  PyNumber_Add,
  PyNumber_And,
  PyNumber_FloorDivide,
  PyNumber_Index,
  PyNumber_InPlaceAdd,
  PyNumber_InPlaceAnd,
  PyNumber_InPlaceFloorDivide,
  PyNumber_InPlaceLshift,
  PyNumber_InPlaceMatrixMultiply,
  PyNumber_InPlaceMultiply,
  PyNumber_InPlaceOr,
  PyNumber_InPlaceRemainder,
  PyNumber_InPlaceRshift,
  PyNumber_InPlaceSubtract,
  PyNumber_InPlaceTrueDivide,
  PyNumber_InPlaceXor,
  PyNumber_Invert,
  PyNumber_Lshift,
  PyNumber_MatrixMultiply,
  PyNumber_Multiply,
  PyNumber_Negative,
  PyNumber_Or,
  PyNumber_Positive,
  PyNumber_Power,
  PyNumber_Remainder,
  PyNumber_Rshift,
  PyNumber_Subtract,
  PyNumber_TrueDivide,
  PyNumber_Xor,
  PyObject_Call,
  PyObject_DelItem,
  PyObject_GetAttr,
  PyObject_GetAttrString,
  PyObject_GetItem,
  PyObject_GetIter,
  PyObject_IsTrue,
  PyObject_Repr,
  PyObject_RichCompare,
  PyObject_RichCompareBool,
  PyObject_SetItem,
  PySequence_Contains,
} from "../objects/abstract.js";
import { oneArg } from "../objects/args.js";
import { PyBool_FromBool } from "../objects/bool.js";
import { PyBytes } from "../objects/bytes.js";
import { PyDict, PyDict_Type } from "../objects/dict.js";
import { PyExc_TypeError, PyExc_ValueError, raise } from "../objects/exceptions.js";
import { PyInt_FromSsize_t } from "../objects/int.js";
import { PyObject_LengthHint } from "../objects/list.js";
import { defineMethods, type MethodDef } from "../objects/methods.js";
import {
  type PyModule,
  PyModule_Add,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/module.js";
import { Py_None, Py_NotImplemented } from "../objects/none.js";
import { Py_DECREF, Py_NewRef, PyObject } from "../objects/object.js";
import type { VisitProc } from "../objects/slots_types.js";
import { PyStr, PyStr_FromString, PyStr_InternFromString } from "../objects/str.js";
import {
  gcAlloc,
  gcFree,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  type PyTuple,
  PyTuple_New,
} from "../objects/tuple.js";
import { newStaticType, TypeFlag } from "../objects/type.js";
import { makeTpCallKeywords } from "../objects/typeobject.js";
import { PyImport_ImportModule, registerBuiltinModule } from "./importlib.js";
import { argPositional } from "./stdlib_args.js";

// ---------------------------------------------------------------------------------------------
// helpers

/** PySequence_Check: has sq_item and is not a dict. */
export function PySequence_Check(o: PyObject): boolean {
  if (o instanceof PyDict && (o.ob_type === PyDict_Type || o.ob_type.tp_mro.includes(PyDict_Type)))
    return false;
  return o.ob_type.sq_item !== null;
}

/** PySequence_Concat. */
export function PySequence_Concat(s: PyObject, o: PyObject): PyObject {
  const concat = s.ob_type.sq_concat;
  if (concat !== null) return concat(s, o);
  if (PySequence_Check(s) && PySequence_Check(o)) {
    const r = binary_op1(s, o, "nb_add");
    if (r !== Py_NotImplemented) return r;
    Py_DECREF(r);
  }
  raise(PyExc_TypeError, `'${s.ob_type.tp_name}' object can't be concatenated`);
}

/** PySequence_InPlaceConcat. */
function PySequence_InPlaceConcat(s: PyObject, o: PyObject): PyObject {
  const t = s.ob_type;
  if (t.sq_inplace_concat !== null) return t.sq_inplace_concat(s, o);
  if (t.sq_concat !== null) return t.sq_concat(s, o);
  if (PySequence_Check(s) && PySequence_Check(o)) {
    const f = t.nb_inplace_add;
    if (f !== null) {
      const x = f(s, o);
      if (x !== Py_NotImplemented) return x;
      Py_DECREF(x);
    }
    const r = binary_op1(s, o, "nb_add");
    if (r !== Py_NotImplemented) return r;
    Py_DECREF(r);
  }
  raise(PyExc_TypeError, `'${t.tp_name}' object can't be concatenated`);
}

/** _PySequence_IterSearch for countOf (count) and indexOf (index). */
function iterSearch(seq: PyObject, obj: PyObject, operation: "count" | "index"): number {
  const it = PyObject_GetIter(seq);
  let n = 0;
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) break;
      let cmp: boolean;
      try {
        cmp = PyObject_RichCompareBool(item, obj, CmpOp.EQ);
      } finally {
        Py_DECREF(item);
      }
      if (cmp) {
        if (operation === "index") return n;
        n++;
      } else if (operation === "index") {
        n++;
      }
    }
  } finally {
    Py_DECREF(it);
  }
  if (operation === "index") raise(PyExc_ValueError, "sequence.index(x): x not in sequence");
  return n;
}

// ---------------------------------------------------------------------------------------------
// module functions

function unary(name: string, f: (a: PyObject) => PyObject, doc: string): MethodDef {
  const qual = `_operator.${name}`;
  return { name, impl: (_m, a, k) => f(oneArg(qual, a, k)), doc, textSignature: "($module, a, /)" };
}

function binary(name: string, f: (a: PyObject, b: PyObject) => PyObject, doc: string): MethodDef {
  const qual = `_operator.${name}`;
  return {
    name,
    impl: (_m, a, k) => {
      argPositional(qual, name, a, k, 2, 2);
      return f(a[0]!, a[1]!);
    },
    doc,
    textSignature: "($module, a, b, /)",
  };
}

function compare(name: string, op: CmpOp, sym: string): MethodDef {
  return binary(name, (a, b) => PyObject_RichCompare(a, b, op), `Same as a ${sym} b.`);
}

function op_length_hint(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  argPositional("_operator.length_hint", "length_hint", args, kwnames, 1, 2);
  let dflt = 0;
  if (args.length > 1) {
    const d = PyNumber_Index(args[1]!);
    const v = d.value;
    Py_DECREF(d);
    dflt = typeof v === "number" ? v : Number(v);
  }
  return PyInt_FromSsize_t(PyObject_LengthHint(args[0]!, dflt));
}

function op_call(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw < 1) raise(PyExc_TypeError, "call expected at least 1 argument, got 0");
  return PyObject_Call(args[0]!, args.slice(1), kwnames);
}

function op_compare_digest(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  argPositional("_operator._compare_digest", "_compare_digest", args, kwnames, 2, 2);
  const a = args[0]!;
  const b = args[1]!;
  if (a instanceof PyStr && b instanceof PyStr) {
    for (const s of [a.value, b.value]) {
      for (let i = 0; i < s.length; i++) {
        if (s.charCodeAt(i) > 127)
          raise(PyExc_TypeError, "comparing strings with non-ASCII characters is not supported");
      }
    }
    return PyBool_FromBool(a.value === b.value);
  }
  const ab = bytesOf(a);
  if (ab === null) raise(PyExc_TypeError, `a bytes-like object is required, not '${a.ob_type.tp_name}'`);
  const bb = bytesOf(b);
  if (bb === null) raise(PyExc_TypeError, `a bytes-like object is required, not '${b.ob_type.tp_name}'`);
  let result = ab.length === bb.length ? 0 : 1;
  const n = Math.min(ab.length, bb.length);
  for (let i = 0; i < n; i++) result |= ab[i]! ^ bb[i]!;
  return PyBool_FromBool(result === 0);
}

function bytesOf(o: PyObject): Uint8Array | null {
  if (o instanceof PyStr) return null;
  if (o instanceof PyBytes) return o.value;
  const v = (o as { value?: unknown }).value;
  return v instanceof Uint8Array ? v : null;
}

const OPERATOR_FUNCTIONS: MethodDef[] = [
  unary("truth", (a) => PyBool_FromBool(PyObject_IsTrue(a)), "Return True if a is true, False otherwise."),
  binary(
    "contains",
    (a, b) => PyBool_FromBool(PySequence_Contains(a, b)),
    "Same as b in a (note reversed operands).",
  ),
  binary(
    "indexOf",
    (a, b) => PyInt_FromSsize_t(iterSearch(a, b, "index")),
    "Return the first index of b in a.",
  ),
  binary(
    "countOf",
    (a, b) => PyInt_FromSsize_t(iterSearch(a, b, "count")),
    "Return the number of items in a which are, or which equal, b.",
  ),
  unary("not_", (a) => PyBool_FromBool(!PyObject_IsTrue(a)), "Same as not a."),
  binary("is_", (a, b) => PyBool_FromBool(a === b), "Same as a is b."),
  binary("is_not", (a, b) => PyBool_FromBool(a !== b), "Same as a is not b."),
  unary("abs", PyNumber_Absolute, "Same as abs(a)."),
  binary("add", PyNumber_Add, "Same as a + b."),
  binary("and_", PyNumber_And, "Same as a & b."),
  binary("floordiv", PyNumber_FloorDivide, "Same as a // b."),
  unary("index", PyNumber_Index, "Same as a.__index__()"),
  unary("inv", PyNumber_Invert, "Same as ~a."),
  unary("invert", PyNumber_Invert, "Same as ~a."),
  binary("lshift", PyNumber_Lshift, "Same as a << b."),
  binary("mod", PyNumber_Remainder, "Same as a % b."),
  binary("mul", PyNumber_Multiply, "Same as a * b."),
  binary("matmul", PyNumber_MatrixMultiply, "Same as a @ b."),
  unary("neg", PyNumber_Negative, "Same as -a."),
  binary("or_", PyNumber_Or, "Same as a | b."),
  unary("pos", PyNumber_Positive, "Same as +a."),
  binary("pow", (a, b) => PyNumber_Power(a, b, Py_None), "Same as a ** b."),
  binary("rshift", PyNumber_Rshift, "Same as a >> b."),
  binary("sub", PyNumber_Subtract, "Same as a - b."),
  binary("truediv", PyNumber_TrueDivide, "Same as a / b."),
  binary("xor", PyNumber_Xor, "Same as a ^ b."),
  binary("concat", PySequence_Concat, "Same as a + b, for a and b sequences."),
  binary("iadd", PyNumber_InPlaceAdd, "Same as a += b."),
  binary("iand", PyNumber_InPlaceAnd, "Same as a &= b."),
  binary("iconcat", PySequence_InPlaceConcat, "Same as a += b, for a and b sequences."),
  binary("ifloordiv", PyNumber_InPlaceFloorDivide, "Same as a //= b."),
  binary("ilshift", PyNumber_InPlaceLshift, "Same as a <<= b."),
  binary("imod", PyNumber_InPlaceRemainder, "Same as a %= b."),
  binary("imul", PyNumber_InPlaceMultiply, "Same as a *= b."),
  binary("imatmul", PyNumber_InPlaceMatrixMultiply, "Same as a @= b."),
  binary("ior", PyNumber_InPlaceOr, "Same as a |= b."),
  binary("ipow", (a, b) => PyNumber_Power(a, b, Py_None, true), "Same as a **= b."),
  binary("irshift", PyNumber_InPlaceRshift, "Same as a >>= b."),
  binary("isub", PyNumber_InPlaceSubtract, "Same as a -= b."),
  binary("itruediv", PyNumber_InPlaceTrueDivide, "Same as a /= b."),
  binary("ixor", PyNumber_InPlaceXor, "Same as a ^= b."),
  binary("getitem", PyObject_GetItem, "Same as a[b]."),
  {
    name: "setitem",
    impl: (_m, a, k) => {
      argPositional("_operator.setitem", "setitem", a, k, 3, 3);
      PyObject_SetItem(a[0]!, a[1]!, a[2]!);
      return Py_NewRef(Py_None);
    },
    doc: "Same as a[b] = c.",
    textSignature: "($module, a, b, c, /)",
  },
  binary(
    "delitem",
    (a, b) => {
      PyObject_DelItem(a, b);
      return Py_NewRef(Py_None);
    },
    "Same as del a[b].",
  ),
  compare("lt", CmpOp.LT, "<"),
  compare("le", CmpOp.LE, "<="),
  compare("eq", CmpOp.EQ, "=="),
  compare("ne", CmpOp.NE, "!="),
  compare("gt", CmpOp.GT, ">"),
  compare("ge", CmpOp.GE, ">="),
  {
    name: "_compare_digest",
    impl: op_compare_digest,
    doc: "Return 'a == b'.",
    textSignature: "($module, a, b, /)",
  },
  {
    name: "length_hint",
    impl: op_length_hint,
    doc: "Return an estimate of the number of items in obj.\n\nThis is useful for presizing containers when building from an iterable.\n\nIf the object supports len(), the result will be exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0.",
    textSignature: "($module, obj, default=0, /)",
  },
  {
    name: "call",
    impl: op_call,
    doc: "Same as obj(*args, **kwargs).",
    textSignature: "($module, obj, /, *args, **kwargs)",
  },
];

// ---------------------------------------------------------------------------------------------
// itemgetter

/**
 * CPython 3.11's attrgetter, itemgetter and methodcaller are heap types whose traverse visits
 * the object's type; ours are static, so the visit only shows in gc.get_referents.
 */
function visitOwnType(o: PyObject, visit: VisitProc): void {
  visit(o.ob_type);
}

class PyItemGetter extends PyObject {
  nitems = 0;
  item: PyObject | null = null;
}

export const ItemGetter_Type = newStaticType({
  name: "operator.itemgetter",
  flags: TypeFlag.HAVE_GC,
  basicsize: 48,
  doc: "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])",
});

function itemgetter_new(_type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, "itemgetter() takes no keyword arguments");
  const n = args.length;
  if (n === 0) raise(PyExc_TypeError, "itemgetter expected 1 argument, got 0");
  const ig = new PyItemGetter(ItemGetter_Type);
  gcAlloc(ig, 64);
  ig.nitems = n;
  ig.item = n === 1 ? Py_NewRef(args[0]!) : PyTuple_New(args.map((a) => Py_NewRef(a)));
  PyObject_GC_Track(ig);
  return ig;
}

function itemgetter_call(o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const ig = o as PyItemGetter;
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, "itemgetter() takes no keyword arguments");
  if (args.length !== 1) raise(PyExc_TypeError, `itemgetter expected 1 argument, got ${args.length}`);
  const obj = args[0]!;
  if (ig.nitems === 1) return PyObject_GetItem(obj, ig.item!);
  const items = (ig.item as PyTuple).items;
  const out: PyObject[] = [];
  try {
    for (const it of items) out.push(PyObject_GetItem(obj, it));
  } catch (e) {
    for (const x of out) Py_DECREF(x);
    throw e;
  }
  return PyTuple_New(out);
}

function itemgetter_repr(o: PyObject): PyObject {
  const ig = o as PyItemGetter;
  const name = o.ob_type.tp_name;
  if (Py_ReprEnter(o)) return PyStr_FromString(`${name}(...)`);
  try {
    const r = PyObject_Repr(ig.item!);
    const s = ig.nitems === 1 ? `${name}(${r.value})` : `${name}${r.value}`;
    Py_DECREF(r);
    return PyStr_FromString(s);
  } finally {
    Py_ReprLeave(o);
  }
}

function itemgetter_dealloc(o: PyObject): void {
  const ig = o as PyItemGetter;
  PyObject_GC_UnTrack(ig);
  const item = ig.item;
  ig.item = null;
  if (item !== null) Py_DECREF(item);
  gcFree(ig);
}

ItemGetter_Type.tp_new = itemgetter_new;
ItemGetter_Type.tp_call = itemgetter_call;
ItemGetter_Type.tp_repr = itemgetter_repr;
ItemGetter_Type.tp_dealloc = itemgetter_dealloc;
ItemGetter_Type.tp_traverse = (o: PyObject, visit: VisitProc) => {
  visitOwnType(o, visit);
  const item = (o as PyItemGetter).item;
  if (item !== null) visit(item);
};
defineMethods(ItemGetter_Type, {
  __reduce__: {
    impl: (self) => {
      const ig = self as PyItemGetter;
      const args = ig.nitems === 1 ? PyTuple_New([Py_NewRef(ig.item!)]) : Py_NewRef(ig.item!);
      return PyTuple_New([Py_NewRef(self!.ob_type), args]);
    },
    doc: "Return state information for pickling",
  },
});

// ---------------------------------------------------------------------------------------------
// attrgetter

class PyAttrGetter extends PyObject {
  /** CPython's `attr` tuple: each attribute an interned name, or a tuple of names (dotted). */
  attr: PyTuple | null = null;
  /** attr's items */
  attrs: PyObject[] = [];
}

export const AttrGetter_Type = newStaticType({
  name: "operator.attrgetter",
  flags: TypeFlag.HAVE_GC,
  basicsize: 40,
  doc: "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).",
});

function attrgetter_new(_type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, "attrgetter() takes no keyword arguments");
  if (args.length === 0) raise(PyExc_TypeError, "attrgetter expected 1 argument, got 0");
  const attrs: PyObject[] = [];
  try {
    for (const a of args) {
      if (!(a instanceof PyStr)) raise(PyExc_TypeError, "attribute name must be a string");
      const parts = a.value.split(".");
      if (parts.length === 1) attrs.push(PyStr_InternFromString(a.value));
      else attrs.push(PyTuple_New(parts.map((p) => PyStr_InternFromString(p))));
    }
  } catch (e) {
    for (const x of attrs) Py_DECREF(x);
    throw e;
  }
  const attr = PyTuple_New(attrs);
  const ag = new PyAttrGetter(AttrGetter_Type);
  gcAlloc(ag, 48);
  ag.attr = attr;
  ag.attrs = attr.items;
  PyObject_GC_Track(ag);
  return ag;
}

function dottedGetattr(obj: PyObject, attr: PyObject): PyObject {
  if (attr instanceof PyStr) return PyObject_GetAttr(obj, attr);
  let cur = Py_NewRef(obj);
  for (const name of (attr as PyTuple).items) {
    try {
      const next = PyObject_GetAttr(cur, name as PyStr);
      Py_DECREF(cur);
      cur = next;
    } catch (e) {
      Py_DECREF(cur);
      throw e;
    }
  }
  return cur;
}

function attrgetter_call(o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const ag = o as PyAttrGetter;
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, "attrgetter() takes no keyword arguments");
  if (args.length !== 1) raise(PyExc_TypeError, `attrgetter expected 1 argument, got ${args.length}`);
  const obj = args[0]!;
  if (ag.attrs.length === 1) return dottedGetattr(obj, ag.attrs[0]!);
  const out: PyObject[] = [];
  try {
    for (const a of ag.attrs) out.push(dottedGetattr(obj, a));
  } catch (e) {
    for (const x of out) Py_DECREF(x);
    throw e;
  }
  return PyTuple_New(out);
}

function attrName(a: PyObject): string {
  if (a instanceof PyStr) return a.value;
  return (a as PyTuple).items.map((x) => (x as PyStr).value).join(".");
}

function attrgetter_args(ag: PyAttrGetter): PyObject[] {
  return ag.attrs.map((a) => (a instanceof PyStr ? Py_NewRef(a) : PyStr_FromString(attrName(a))));
}

function attrgetter_repr(o: PyObject): PyObject {
  const ag = o as PyAttrGetter;
  const name = o.ob_type.tp_name;
  if (Py_ReprEnter(o)) return PyStr_FromString(`${name}(...)`);
  try {
    const parts: string[] = [];
    for (const a of attrgetter_args(ag)) {
      const r = PyObject_Repr(a);
      parts.push(r.value);
      Py_DECREF(r);
      Py_DECREF(a);
    }
    return PyStr_FromString(`${name}(${parts.join(", ")})`);
  } finally {
    Py_ReprLeave(o);
  }
}

function attrgetter_dealloc(o: PyObject): void {
  const ag = o as PyAttrGetter;
  PyObject_GC_UnTrack(ag);
  const attr = ag.attr;
  ag.attr = null;
  ag.attrs = [];
  if (attr !== null) Py_DECREF(attr);
  gcFree(ag);
}

AttrGetter_Type.tp_new = attrgetter_new;
AttrGetter_Type.tp_call = attrgetter_call;
AttrGetter_Type.tp_repr = attrgetter_repr;
AttrGetter_Type.tp_dealloc = attrgetter_dealloc;
AttrGetter_Type.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const attr = (o as PyAttrGetter).attr;
  if (attr !== null) visit(attr);
  visitOwnType(o, visit);
};
defineMethods(AttrGetter_Type, {
  __reduce__: {
    impl: (self) =>
      PyTuple_New([Py_NewRef(self!.ob_type), PyTuple_New(attrgetter_args(self as PyAttrGetter))]),
    doc: "Return state information for pickling",
  },
});

// ---------------------------------------------------------------------------------------------
// methodcaller

class PyMethodCaller extends PyObject {
  name: PyStr | null = null;
  args: PyTuple | null = null;
  /** CPython's kwds: the keyword arguments' dict (null without any), which owns kwvalues */
  kwds: PyObject | null = null;
  kwnames: string[] = [];
  kwvalues: PyObject[] = [];
}

export const MethodCaller_Type = newStaticType({
  name: "operator.methodcaller",
  flags: TypeFlag.HAVE_GC,
  basicsize: 40,
  doc: "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).",
});

function methodcaller_new(_type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 1) raise(PyExc_TypeError, "methodcaller needs at least one argument, the method name");
  const name = args[0]!;
  if (!(name instanceof PyStr)) raise(PyExc_TypeError, "method name must be a string");
  const mc = new PyMethodCaller(MethodCaller_Type);
  gcAlloc(mc, 56);
  mc.name = PyStr_InternFromString(name.value);
  mc.args = PyTuple_New(args.slice(1, npos).map((a) => Py_NewRef(a)));
  mc.kwnames = kwnames === null ? [] : kwnames.slice();
  mc.kwvalues = args.slice(npos);
  mc.kwds = makeTpCallKeywords(args, 0, args.length, kwnames);
  PyObject_GC_Track(mc);
  return mc;
}

function methodcaller_call(o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const mc = o as PyMethodCaller;
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, "methodcaller() takes no keyword arguments");
  if (args.length !== 1) raise(PyExc_TypeError, `methodcaller expected 1 argument, got ${args.length}`);
  const method = PyObject_GetAttr(args[0]!, mc.name!);
  try {
    return PyObject_Call(
      method,
      [...mc.args!.items, ...mc.kwvalues],
      mc.kwnames.length > 0 ? mc.kwnames : null,
    );
  } finally {
    Py_DECREF(method);
  }
}

function methodcaller_repr(o: PyObject): PyObject {
  const mc = o as PyMethodCaller;
  const tname = o.ob_type.tp_name;
  if (Py_ReprEnter(o)) return PyStr_FromString(`${tname}(...)`);
  try {
    const parts: string[] = [];
    const rep = (x: PyObject) => {
      const r = PyObject_Repr(x);
      const s = r.value;
      Py_DECREF(r);
      return s;
    };
    parts.push(rep(mc.name!));
    for (const a of mc.args!.items) parts.push(rep(a));
    mc.kwnames.forEach((k, i) => {
      parts.push(`${k}=${rep(mc.kwvalues[i]!)}`);
    });
    return PyStr_FromString(`${tname}(${parts.join(", ")})`);
  } finally {
    Py_ReprLeave(o);
  }
}

function methodcaller_reduce(self: PyObject | null): PyObject {
  const mc = self! as PyMethodCaller;
  if (mc.kwnames.length === 0) {
    return PyTuple_New([
      Py_NewRef(mc.ob_type),
      PyTuple_New([Py_NewRef(mc.name!), ...mc.args!.items.map((a) => Py_NewRef(a))]),
    ]);
  }
  const functools = PyImport_ImportModule("functools");
  let partial: PyObject;
  try {
    partial = PyObject_GetAttrString(functools, "partial");
  } finally {
    Py_DECREF(functools);
  }
  let ctor: PyObject;
  try {
    ctor = PyObject_Call(partial, [mc.ob_type, mc.name!, ...mc.kwvalues], mc.kwnames);
  } finally {
    Py_DECREF(partial);
  }
  return PyTuple_New([ctor, Py_NewRef(mc.args!)]);
}

function methodcaller_dealloc(o: PyObject): void {
  const mc = o as PyMethodCaller;
  PyObject_GC_UnTrack(mc);
  const refs: (PyObject | null)[] = [mc.name, mc.args, mc.kwds];
  mc.name = null;
  mc.args = null;
  mc.kwds = null;
  mc.kwvalues = [];
  for (const r of refs) if (r !== null) Py_DECREF(r);
  gcFree(mc);
}

MethodCaller_Type.tp_new = methodcaller_new;
MethodCaller_Type.tp_call = methodcaller_call;
MethodCaller_Type.tp_repr = methodcaller_repr;
MethodCaller_Type.tp_dealloc = methodcaller_dealloc;
MethodCaller_Type.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const mc = o as PyMethodCaller;
  if (mc.name !== null) visit(mc.name);
  if (mc.args !== null) visit(mc.args);
  if (mc.kwds !== null) visit(mc.kwds);
  visitOwnType(o, visit);
};
defineMethods(MethodCaller_Type, {
  __reduce__: { impl: methodcaller_reduce, doc: "Return state information for pickling" },
});

// ---------------------------------------------------------------------------------------------

function createOperatorModule(): PyModule {
  const m = PyModule_New("_operator");
  PyModule_Add(
    m,
    "__doc__",
    PyStr_FromString(
      "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.",
    ),
  );
  PyModule_AddFunctions(m, OPERATOR_FUNCTIONS);
  PyModule_AddObjectRef(m, "itemgetter", ItemGetter_Type);
  PyModule_AddObjectRef(m, "attrgetter", AttrGetter_Type);
  PyModule_AddObjectRef(m, "methodcaller", MethodCaller_Type);
  return m;
}

export function registerOperatorModule(): void {
  registerBuiltinModule("_operator", createOperatorModule);
}
