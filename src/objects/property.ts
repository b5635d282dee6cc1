/**
 * `property` (CPython's Objects/descrobject.c, propertyobject): a data descriptor calling
 * fget/fset/fdel, with `getter`/`setter`/`deleter` copies, `__set_name__` (the name used in
 * 3.11's "property 'x' of 'C' object has no setter" messages) and `__isabstractmethod__`.
 */

import {
  PyObject_Call,
  PyObject_IsTrue,
  PyObject_LookupAttrString,
  PyObject_SetAttrString,
  reprOf,
} from "./abstract.js";
import { noKeywords, oneArg } from "./args.js";
import { PyBool_FromBool } from "./bool.js";
import { PyExc_AttributeError, PyExc_TypeError, raise } from "./exceptions.js";
import { defineGetSets, defineMethods } from "./methods.js";
import { Py_None } from "./none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, PyObject } from "./object.js";
import { gcAlloc, gcFree, PyObject_GC_Track, PyObject_GC_UnTrack } from "./tuple.js";
import { newStaticType, type PyType, TypeFlag } from "./type.js";
import { instanceAllocSize, PyObject_GenericGetAttr } from "./typeobject.js";

export class PyProperty extends PyObject {
  prop_get: PyObject | null = null;
  prop_set: PyObject | null = null;
  prop_del: PyObject | null = null;
  prop_doc: PyObject | null = null;
  prop_name: PyObject | null = null;
  /** The doc came from the getter's `__doc__` (then copies take the new getter's doc). */
  getter_doc = false;
}

export const PyProperty_Type = newStaticType({
  name: "property",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 64,
});

function property_new(type: PyObject, _args: PyObject[], _kwnames: string[] | null): PyObject {
  const t = type as PyType;
  const p = new PyProperty(t);
  gcAlloc(p, t === PyProperty_Type ? 64 + 16 : instanceAllocSize(t));
  if (t !== PyProperty_Type) {
    Py_INCREF(t);
    if (t.tp_dictoffset !== 0) p.ob_dict = null;
  }
  PyObject_GC_Track(p);
  return p;
}

function setField(
  p: PyProperty,
  key: "prop_get" | "prop_set" | "prop_del" | "prop_doc" | "prop_name",
  v: PyObject | null,
): void {
  const old = p[key];
  if (v !== null) Py_INCREF(v);
  p[key] = v;
  Py_XDECREF(old);
}

function property_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const p = self as PyProperty;
  const a = parseOldStyle("property", args, kwnames, ["fget", "fset", "fdel", "doc"]);
  const noneToNull = (o: PyObject | null) => (o === Py_None ? null : o);
  const fget = noneToNull(a[0]!);
  const fset = noneToNull(a[1]!);
  const fdel = noneToNull(a[2]!);
  let doc = a[3];
  setField(p, "prop_get", fget);
  setField(p, "prop_set", fset);
  setField(p, "prop_del", fdel);
  p.getter_doc = false;
  let ownDoc: PyObject | null = null; // new reference when set
  if (doc !== null && doc !== Py_None) {
    ownDoc = Py_NewRef(doc);
  } else if (fget !== null) {
    const gdoc = PyObject_LookupAttrString(fget, "__doc__");
    if (gdoc !== null) {
      if (p.ob_type !== PyProperty_Type && gdoc !== Py_None) {
        try {
          PyObject_SetAttrString(p, "__doc__", gdoc);
        } catch (e) {
          Py_DECREF(gdoc);
          throw e;
        }
      }
      // (a getter without a docstring gives None, which the property then holds: it is one
      // of its referents, as in CPython 3.11)
      ownDoc = gdoc;
      p.getter_doc = true;
    }
  }
  doc = ownDoc;
  if (p.ob_type === PyProperty_Type) {
    const old = p.prop_doc;
    p.prop_doc = doc;
    Py_XDECREF(old);
  } else {
    const d = doc ?? Py_NewRef(Py_None);
    try {
      PyObject_SetAttrString(p, "__doc__", d);
    } finally {
      Py_DECREF(d);
    }
  }
}

function property_dealloc(o: PyObject): void {
  const p = o as PyProperty;
  PyObject_GC_UnTrack(p);
  property_clear(p);
  if (p.ob_dict) {
    const d = p.ob_dict;
    p.ob_dict = null;
    Py_DECREF(d);
  }
  gcFree(p);
}

function property_clear(o: PyObject): void {
  const p = o as PyProperty;
  const fields = [p.prop_get, p.prop_set, p.prop_del, p.prop_doc, p.prop_name];
  p.prop_get = p.prop_set = p.prop_del = p.prop_doc = p.prop_name = null;
  for (const f of fields) Py_XDECREF(f);
}

function property_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const p = o as PyProperty;
  for (const f of [p.prop_get, p.prop_set, p.prop_del, p.prop_doc, p.prop_name]) if (f !== null) visit(f);
}

/** `'C'` (repr of the instance type's qualname) for the error messages. */
function qualnameRepr(obj: PyObject): string {
  return pyStrRepr(obj.ob_type.ht_qualname);
}

function pyStrRepr(s: string): string {
  // Python's repr of a simple str: prefer single quotes unless the text contains one and no double.
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = "";
  for (const ch of s) {
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else out += ch;
  }
  return quote + out + quote;
}

function missing(p: PyProperty, obj: PyObject, what: "getter" | "setter" | "deleter"): never {
  if (p.prop_name !== null) {
    raise(
      PyExc_AttributeError,
      `property ${reprOf(p.prop_name)} of ${qualnameRepr(obj)} object has no ${what}`,
    );
  }
  raise(PyExc_AttributeError, `property of ${qualnameRepr(obj)} object has no ${what}`);
}

function property_descr_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  if (obj === null || obj === Py_None) return Py_NewRef(self);
  const p = self as PyProperty;
  if (p.prop_get === null) missing(p, obj, "getter");
  return PyObject_Call(p.prop_get, [obj], null);
}

function property_descr_set(self: PyObject, obj: PyObject, value: PyObject | null): void {
  const p = self as PyProperty;
  const func = value === null ? p.prop_del : p.prop_set;
  if (func === null) missing(p, obj, value === null ? "deleter" : "setter");
  const r = value === null ? PyObject_Call(func, [obj], null) : PyObject_Call(func, [obj, value], null);
  Py_DECREF(r);
}

/** getter()/setter()/deleter(): a copy of the property with one function replaced. */
function property_copy(
  old: PyProperty,
  get: PyObject | null,
  set: PyObject | null,
  del: PyObject | null,
): PyObject {
  const type = old.ob_type;
  const g = get === null || get === Py_None ? (old.prop_get ?? Py_None) : get;
  const s = set === null || set === Py_None ? (old.prop_set ?? Py_None) : set;
  const d = del === null || del === Py_None ? (old.prop_del ?? Py_None) : del;
  const doc = old.getter_doc && g !== Py_None ? Py_None : (old.prop_doc ?? Py_None);
  const nw = PyObject_Call(type, [g, s, d, doc], null);
  if (nw instanceof PyProperty) setField(nw, "prop_name", old.prop_name);
  return nw;
}

function isAbstract(f: PyObject | null): boolean {
  if (f === null) return false;
  const v = PyObject_LookupAttrString(f, "__isabstractmethod__");
  if (v === null) return false;
  try {
    return PyObject_IsTrue(v);
  } finally {
    Py_DECREF(v);
  }
}

export function initPropertyType(): void {
  const T = PyProperty_Type;
  T.tp_new = property_new;
  T.tp_init = property_init;
  T.tp_dealloc = property_dealloc;
  T.tp_traverse = property_traverse;
  T.tp_clear = property_clear;
  T.tp_descr_get = property_descr_get;
  T.tp_descr_set = property_descr_set;
  T.tp_getattro = PyObject_GenericGetAttr;
  defineMethods(T, {
    getter: (self, args, kw) => {
      oneArg("property.getter", args, kw);
      return property_copy(self as PyProperty, args[0]!, null, null);
    },
    setter: (self, args, kw) => {
      oneArg("property.setter", args, kw);
      return property_copy(self as PyProperty, null, args[0]!, null);
    },
    deleter: (self, args, kw) => {
      oneArg("property.deleter", args, kw);
      return property_copy(self as PyProperty, null, null, args[0]!);
    },
    __set_name__: (self, args, kw) => {
      noKeywords("__set_name__", kw);
      if (args.length !== 2) {
        raise(PyExc_TypeError, `__set_name__() takes 2 positional arguments but ${args.length} were given`);
      }
      setField(self as PyProperty, "prop_name", args[1]!);
      return Py_NewRef(Py_None);
    },
  });
  const member = (name: string, key: "prop_get" | "prop_set" | "prop_del") => ({
    name,
    kind: "member" as const,
    get: (self: PyObject) => Py_NewRef((self as PyProperty)[key] ?? Py_None),
  });
  defineGetSets(T, [
    member("fget", "prop_get"),
    member("fset", "prop_set"),
    member("fdel", "prop_del"),
    {
      name: "__doc__",
      kind: "member",
      get: (self) => Py_NewRef((self as PyProperty).prop_doc ?? Py_None),
      set: (self, v) => setField(self as PyProperty, "prop_doc", v),
    },
    {
      name: "__isabstractmethod__",
      get: (self) => {
        const p = self as PyProperty;
        return PyBool_FromBool(isAbstract(p.prop_get) || isAbstract(p.prop_set) || isAbstract(p.prop_del));
      },
    },
  ]);
}

/**
 * PyArg_ParseTupleAndKeywords-style matching for optional parameters, with its messages
 * ("property() takes at most 4 arguments (5 given)").
 */
export function parseOldStyle(
  fname: string,
  args: PyObject[],
  kwnames: string[] | null,
  names: string[],
): (PyObject | null)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (args.length > names.length) {
    raise(
      PyExc_TypeError,
      `${fname}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${args.length} given)`,
    );
  }
  const out: (PyObject | null)[] = names.map((_, i) => (i < npos ? args[i]! : null));
  for (let k = 0; k < nkw; k++) {
    const kw = kwnames![k]!;
    const idx = names.indexOf(kw);
    if (idx < 0) raise(PyExc_TypeError, `'${kw}' is an invalid keyword argument for ${fname}()`);
    if (out[idx] !== null) {
      raise(PyExc_TypeError, `argument for ${fname}() given by name ('${kw}') and position (${idx + 1})`);
    }
    out[idx] = args[npos + k]!;
  }
  return out;
}
