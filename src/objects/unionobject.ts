/**
 * `types.UnionType` (CPython 3.11's Objects/unionobject.c): what `int | str` evaluates to
 * (PEP 604). Arguments are flattened and deduplicated, `None` is stored as `NoneType`, a union of
 * one member is that member, equality and hashing ignore order. `isinstance`/`issubclass`
 * accept a union through its `__args__` (src/modules/builtins/objects.ts).
 *
 * `type.__or__` is `_Py_union_type_or`, as in CPython's typeobject.c: this module installs it as
 * `type`'s nb_or before the static types are readied.
 */
import {
  PyObject_GetAttr,
  PyObject_Hash,
  PyObject_RichCompare,
  PyObject_RichCompareBool,
  reprOf,
} from "./abstract.js";
import { PyExc_TypeError, raise } from "./exceptions.js";
import {
  genericReprItem,
  makeParameters,
  PyGenericAlias_Check,
  substituteParameters,
} from "./genericalias.js";
import { defineGetSets } from "./methods.js";
import { Py_None, Py_NotImplemented, PyNone_Type } from "./none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, PyObject } from "./object.js";
import { PyFrozenSet_New, PySet_New } from "./set.js";
import type { VisitProc } from "./slots_types.js";
import { PyStr, PyStr_FromString } from "./str.js";
import {
  gcAlloc,
  gcFree,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  type PyTuple,
  PyTuple_New,
} from "./tuple.js";
import { newStaticType, PyType, PyType_Type, TypeFlag } from "./type.js";
import { PyObject_GenericGetAttr } from "./typeobject.js";

export class PyUnion extends PyObject {
  args: PyTuple | null = null;
  parameters: PyTuple | null = null;
}

export const PyUnion_Type = newStaticType({
  name: "types.UnionType",
  flags: TypeFlag.HAVE_GC,
  basicsize: 32,
  doc: "Represent a PEP 604 union type\n\nE.g. for int | str",
});

export function PyUnion_Check(o: PyObject): o is PyUnion {
  return o instanceof PyUnion;
}

function isGenericAlias(o: PyObject): boolean {
  return PyGenericAlias_Check(o);
}

function isUnionable(o: PyObject): boolean {
  return o === Py_None || o instanceof PyType || isGenericAlias(o) || o instanceof PyUnion;
}

/** dedup_and_flatten_args: nested unions spliced in, None as NoneType, duplicates dropped. */
function dedupAndFlatten(args: PyObject[]): PyObject[] {
  const flat: PyObject[] = [];
  for (const a of args) {
    if (a instanceof PyUnion) flat.push(...a.args!.items);
    else flat.push(a === Py_None ? PyNone_Type : a);
  }
  const out: PyObject[] = [];
  for (const x of flat) {
    let dup = false;
    for (const y of out) {
      dup = isGenericAlias(x) && isGenericAlias(y) ? PyObject_RichCompareBool(x, y, 2) : x === y;
      if (dup) break;
    }
    if (!dup) out.push(x);
  }
  return out;
}

/** make_union: new reference (the single member itself when only one remains). */
function makeUnion(args: PyObject[]): PyObject {
  const items = dedupAndFlatten(args);
  if (items.length === 1) return Py_NewRef(items[0]!);
  const u = new PyUnion(PyUnion_Type);
  gcAlloc(u, 48);
  for (const x of items) Py_INCREF(x);
  u.args = PyTuple_New(items);
  PyObject_GC_Track(u);
  return u;
}

/** `X | Y` for types, None, aliases and unions (NotImplemented otherwise). */
export function _Py_union_type_or(self: PyObject, other: PyObject): PyObject {
  if (!isUnionable(self) || !isUnionable(other)) return Py_NewRef(Py_NotImplemented);
  return makeUnion([self, other]);
}

function unionParameters(u: PyUnion): PyTuple {
  if (u.parameters === null) u.parameters = makeParameters(u.args!);
  return u.parameters;
}

function union_repr(o: PyObject): PyObject {
  const u = o as PyUnion;
  const parts = u.args!.items.map((p) => (p === PyNone_Type ? "None" : genericReprItem(p)));
  return PyStr_FromString(parts.join(" | "));
}

function union_getitem(o: PyObject, item: PyObject): PyObject {
  const u = o as PyUnion;
  const newargs = substituteParameters(o, u.args!, unionParameters(u), item);
  try {
    for (const a of newargs.items) {
      if (!isUnionable(a)) raise(PyExc_TypeError, `Each union argument must be a type, got ${reprOf(a)}`);
    }
    return makeUnion(newargs.items);
  } finally {
    Py_DECREF(newargs);
  }
}

function union_hash(o: PyObject): number | bigint {
  const s = PyFrozenSet_New((o as PyUnion).args!);
  try {
    return PyObject_Hash(s);
  } finally {
    Py_DECREF(s);
  }
}

function union_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(b instanceof PyUnion) || (op !== 2 && op !== 3)) return Py_NewRef(Py_NotImplemented);
  const as = PySet_New((a as PyUnion).args!);
  try {
    const bs = PySet_New(b.args!);
    try {
      return PyObject_RichCompare(as, bs, op);
    } finally {
      Py_DECREF(bs);
    }
  } finally {
    Py_DECREF(as);
  }
}

/** union_getattro: typing reads `__module__` of what it wraps, so a union answers with its type's. */
function union_getattro(o: PyObject, name: PyObject): PyObject {
  if (name instanceof PyStr && name.value === "__module__") return PyObject_GetAttr(o.ob_type, name);
  return PyObject_GenericGetAttr(o, name);
}

PyUnion_Type.tp_repr = union_repr;
PyUnion_Type.tp_getattro = union_getattro;
PyUnion_Type.tp_hash = union_hash;
PyUnion_Type.tp_richcompare = union_richcompare;
PyUnion_Type.mp_subscript = union_getitem;
PyUnion_Type.nb_or = _Py_union_type_or;
PyUnion_Type.tp_dealloc = (o) => {
  const u = o as PyUnion;
  PyObject_GC_UnTrack(u);
  const { args, parameters } = u;
  u.args = u.parameters = null;
  if (args !== null) Py_DECREF(args);
  if (parameters !== null) Py_DECREF(parameters);
  gcFree(u);
};
PyUnion_Type.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const u = o as PyUnion;
  if (u.args !== null) visit(u.args);
  if (u.parameters !== null) visit(u.parameters);
};

defineGetSets(PyUnion_Type, [
  { name: "__args__", kind: "member", get: (self) => Py_NewRef((self as PyUnion).args!) },
  {
    name: "__parameters__",
    get: (self) => Py_NewRef(unionParameters(self as PyUnion)),
    doc: "Type variables in the types.Union.",
  },
]);

// type.__or__ / type.__ror__ (CPython's type_as_number.nb_or = _Py_union_type_or).
PyType_Type.nb_or = _Py_union_type_or;
