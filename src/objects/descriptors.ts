/**
 * Descriptor helpers owned by the builtins/descriptor layer (CPython's Objects/descrobject.c):
 * `mappingproxy` (the read-only view `type.__dict__` returns) and the `member_descriptor`s
 * that `__slots__` entries become. The getset/member/wrapper descriptor types themselves live
 * in typeobject.ts.
 */
import {
  PyNumber_Or,
  PyObject_CallMethod,
  PyObject_GetItem,
  PyObject_GetIter,
  PyObject_HashNotImplemented,
  PyObject_RichCompare,
  PyObject_Size,
  PyObject_Str,
  PySequence_Contains,
  reprOf,
} from "./abstract.js";
import { parseArgs } from "./args.js";
import { PyBool_FromBool } from "./bool.js";
import { type PyDict, PyDict_Contains, PyDict_Type } from "./dict.js";
import { PyExc_AttributeError, PyExc_TypeError, raise } from "./exceptions.js";
import { defineMethods, type GetSetDef } from "./methods.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { Py_DECREF, Py_NewRef, PyObject } from "./object.js";
import { PyStr_FromString } from "./str.js";
import {
  gcAlloc,
  gcFree,
  Py_GenericAlias,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyTuple,
} from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";
import { newGetSetDescr, PyObject_GenericGetAttr } from "./typeobject.js";

// ---------------------------------------------------------------------------------------------
// mappingproxy

export class PyMappingProxy extends PyObject {
  constructor(readonly mapping: PyObject) {
    super(PyDictProxy_Type);
  }
}

export const PyDictProxy_Type = newStaticType({
  name: "mappingproxy",
  flags: TypeFlag.HAVE_GC,
  basicsize: 24,
});

/** A read-only view of `mapping` (borrowed; the proxy takes its own reference). */
export function PyDictProxy_New(mapping: PyObject): PyMappingProxy {
  const t = mapping.ob_type;
  const isMapping = t.mp_subscript !== null && !(mapping instanceof PyTuple) && t.tp_name !== "list";
  if (!isMapping || t.tp_name === "list" || mapping instanceof PyTuple) {
    raise(PyExc_TypeError, `mappingproxy() argument must be a mapping, not ${t.tp_name}`);
  }
  const p = new PyMappingProxy(Py_NewRef(mapping));
  gcAlloc(p, 24 + 16);
  PyObject_GC_Track(p);
  return p;
}

function mp(o: PyObject): PyObject {
  return (o as PyMappingProxy).mapping;
}

function mappingproxy_new(_type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [mapping] = parseArgs("mappingproxy", args, kwnames, { names: ["mapping"], required: 1 });
  return PyDictProxy_New(mapping!);
}

function mappingproxy_or(a: PyObject, b: PyObject): PyObject {
  const l = a instanceof PyMappingProxy ? a.mapping : a;
  const r = b instanceof PyMappingProxy ? b.mapping : b;
  return PyNumber_Or(l, r);
}

function delegate(name: string) {
  return (self: PyObject | null, args: PyObject[], kwnames: string[] | null) => {
    if (args.length > 0 || (kwnames !== null && kwnames.length > 0)) {
      raise(PyExc_TypeError, `mappingproxy.${name}() takes no arguments (${args.length} given)`);
    }
    return PyObject_CallMethod(mp(self!), name, []);
  };
}

export function initMappingProxyType(): void {
  const T = PyDictProxy_Type;
  T.tp_new = mappingproxy_new;
  T.tp_dealloc = (o) => {
    PyObject_GC_UnTrack(o);
    const m = mp(o);
    gcFree(o);
    Py_DECREF(m);
  };
  T.tp_traverse = (o, visit) => visit(mp(o));
  T.tp_repr = (o) => PyStr_FromString(`mappingproxy(${reprOf(mp(o))})`);
  T.tp_str = (o) => PyObject_Str(mp(o));
  T.tp_getattro = PyObject_GenericGetAttr;
  T.tp_richcompare = (a, b, op) => PyObject_RichCompare(mp(a), b, op);
  T.tp_hash = PyObject_HashNotImplemented;
  T.tp_iter = (o) => PyObject_GetIter(mp(o));
  T.mp_length = (o) => PyObject_Size(mp(o));
  T.mp_subscript = (o, k) => PyObject_GetItem(mp(o), k);
  T.sq_contains = (o, k) => {
    const m = mp(o);
    if (m.ob_type === PyDict_Type) return PyDict_Contains(m as PyDict, k);
    return PySequence_Contains(m, k);
  };
  T.nb_or = mappingproxy_or;
  T.nb_inplace_or = (a, _b) =>
    raise(PyExc_TypeError, `'|=' is not supported by ${a.ob_type.tp_name}; use '|' instead`);
  defineMethods(T, {
    get: (self, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, "get() takes no keyword arguments");
      if (args.length < 1 || args.length > 2) {
        raise(
          PyExc_TypeError,
          `get expected at ${args.length < 1 ? "least 1" : "most 2"} arguments, got ${args.length}`,
        );
      }
      return PyObject_CallMethod(mp(self!), "get", args);
    },
    keys: delegate("keys"),
    values: delegate("values"),
    items: delegate("items"),
    copy: delegate("copy"),
    __reversed__: delegate("__reversed__"),
    __class_getitem__: { impl: Py_GenericAlias, kind: "class", doc: "See PEP 585" },
  });
}

// ---------------------------------------------------------------------------------------------
// member_descriptor for __slots__

/** The descriptor a `__slots__` name becomes: reads/writes `obj.ob_slots[index]`. */
export function slotMember(owner: PyType, name: string, index: number): PyObject {
  const def: GetSetDef = {
    name,
    kind: "member",
    slotIndex: index,
    get: (self) => {
      const v = self.ob_slots?.[index] ?? null;
      if (v === null)
        raise(PyExc_AttributeError, `'${self.ob_type.tp_name}' object has no attribute '${name}'`);
      return Py_NewRef(v);
    },
    set: (self, value) => {
      const slots = (self.ob_slots ??= []);
      while (slots.length <= index) slots.push(null);
      const old = slots[index] ?? null;
      if (value === null) {
        if (old === null) raise(PyExc_AttributeError, name);
        slots[index] = null;
        Py_DECREF(old);
        return;
      }
      slots[index] = Py_NewRef(value);
      if (old !== null) Py_DECREF(old);
    },
  };
  return newGetSetDescr(owner, def);
}

export { Py_None, Py_NotImplemented, PyBool_FromBool };
