/**
 * `types.SimpleNamespace` (CPython's Objects/namespaceobject.c): attributes in a `__dict__`,
 * repr `namespace(a=1, b=2)`, equality by dict. `sys.implementation` is one.
 */

import { iterateToArray, Py_ReprEnter, Py_ReprLeave, PyObject_RichCompare, reprOf } from "./abstract.js";
import { noArgs } from "./args.js";
import { type PyDict, PyDict_GetItem, PyDict_New, PyDict_SetItem, PyDict_SetItemString } from "./dict.js";
import { PyExc_TypeError, raise } from "./exceptions.js";
import { defineGetSets, defineMethods } from "./methods.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, PyObject } from "./object.js";
import { PyStr, PyStr_FromString } from "./str.js";
import { gcAlloc, gcFree, PyObject_GC_Track, PyObject_GC_UnTrack, PyTuple_New } from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";
import { instanceAllocSize, PyObject_GenericGetAttr, PyObject_GenericSetAttr } from "./typeobject.js";

export const PyNamespace_Type = newStaticType({
  name: "types.SimpleNamespace",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 24,
});
PyNamespace_Type.tp_dictoffset = 1;

function namespace_new(type: PyObject, _args: PyObject[], _kw: string[] | null): PyObject {
  const t = type as PyType;
  const o = new PyObject(t);
  gcAlloc(o, t === PyNamespace_Type ? 24 + 16 : instanceAllocSize(t));
  if (t !== PyNamespace_Type) Py_INCREF(t);
  o.ob_dict = PyDict_New();
  PyObject_GC_Track(o);
  return o;
}

/** A new SimpleNamespace with these attributes (values stolen). */
export function newNamespace(entries: [string, PyObject][]): PyObject {
  const o = namespace_new(PyNamespace_Type, [], null);
  for (const [k, v] of entries) {
    PyDict_SetItemString(o.ob_dict!, k, v);
    Py_DECREF(v);
  }
  return o;
}

export function initNamespaceType(): void {
  const T = PyNamespace_Type;
  T.tp_new = namespace_new;
  T.tp_init = (self, args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (args.length - nkw > 0) raise(PyExc_TypeError, "no positional arguments expected");
    for (let i = 0; i < nkw; i++) {
      const k = PyStr_FromString(kwnames![i]!);
      PyDict_SetItem(self.ob_dict!, k, args[args.length - nkw + i]!);
      Py_DECREF(k);
    }
  };
  T.tp_getattro = PyObject_GenericGetAttr;
  T.tp_setattro = PyObject_GenericSetAttr;
  T.tp_dealloc = (o) => {
    PyObject_GC_UnTrack(o);
    const d = o.ob_dict;
    o.ob_dict = null;
    if (d) Py_DECREF(d);
    gcFree(o);
  };
  T.tp_traverse = (o, visit) => {
    if (o.ob_dict) visit(o.ob_dict);
  };
  T.tp_clear = (o) => {
    const d = o.ob_dict;
    o.ob_dict = null;
    if (d) Py_DECREF(d);
  };
  // namespace_members: the dict itself, read-only.
  defineGetSets(T, [
    {
      name: "__dict__",
      kind: "member",
      get: (o) => Py_NewRef(o.ob_dict ?? Py_None),
    },
  ]);
  defineMethods(T, {
    __reduce__: {
      impl: (self, args, kwnames) => {
        noArgs("__reduce__", args, kwnames);
        const o = self!;
        return PyTuple_New([Py_NewRef(o.ob_type), PyTuple_New([]), Py_NewRef(o.ob_dict ?? Py_None)]);
      },
      doc: "Return state information for pickling",
    },
  });
  T.tp_repr = (o) => {
    const name = o.ob_type === PyNamespace_Type ? "namespace" : o.ob_type.ht_qualname;
    if (Py_ReprEnter(o)) return PyStr_FromString(`${name}(...)`);
    try {
      const d = o.ob_dict as PyDict;
      const keys = iterateToArray(d);
      const parts: string[] = [];
      try {
        for (const k of keys) {
          if (k instanceof PyStr) parts.push(`${k.value}=${reprOf(PyDict_GetItem(d, k)!)}`);
        }
      } finally {
        for (const k of keys) Py_DECREF(k);
      }
      return PyStr_FromString(`${name}(${parts.join(", ")})`);
    } finally {
      Py_ReprLeave(o);
    }
  };
  T.tp_richcompare = (a, b, op) => {
    if ((op === 2 || op === 3) && b.ob_dict && (b.ob_type === T || b.ob_type.tp_mro.includes(T))) {
      return PyObject_RichCompare(a.ob_dict!, b.ob_dict, op);
    }
    return Py_NewRef(Py_NotImplemented);
  };
}
