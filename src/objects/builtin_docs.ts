/**
 * Docstrings and `__text_signature__`s of builtin functions, methods, descriptors and types:
 * CPython 3.11's own, generated from python3 by scripts/gen_builtin_docs.py into
 * builtin_docs.generated.ts (one JSON string, parsed on the first lookup so a run that never asks
 * for a docstring pays nothing). A definition's own `doc`/`textSignature` is the fallback for
 * callables CPython does not have.
 *
 * `inspect.signature(len)` reads `__text_signature__` ("($module, obj, /)"), so these getters
 * are what makes signatures of builtins work.
 */
import { BUILTIN_DOCS_JSON } from "./builtin_docs.generated.js";
import {
  defineGetSets,
  type MethodDef,
  type PyCFunction,
  PyCFunction_Type,
  PyClassMethodDescr_Type,
  type PyMethodDescr,
  PyMethodDescr_Type,
} from "./methods.js";
import { Py_None } from "./none.js";
import { Py_NewRef, type PyObject } from "./object.js";
import { PyStr_FromString } from "./str.js";
import { PyType, PyType_Type, TypeFlag } from "./type.js";
import {
  type PyGetSetDescr,
  PyGetSetDescr_Type,
  PyMemberDescr_Type,
  type PyMethodWrapper,
  PyMethodWrapper_Type,
  type PyWrapperDescr,
  PyWrapperDescr_Type,
} from "./typeobject.js";

/** [__doc__, __text_signature__ (absent when None)] */
type DocEntry = [string | null, string?];

interface DocTables {
  /** Slot wrapper docs shared by every type (CPython's slotdefs), by dunder name. */
  slots: Record<string, DocEntry>;
  /** Everything else, by "module.function", "tp_name.attribute" or "tp_name". */
  docs: Record<string, DocEntry>;
  /** A builtin type's nonzero [__dictoffset__, __weakrefoffset__], by tp_name. */
  layout: Record<string, [number, number]>;
}

let tables: DocTables | null = null;

function docTables(): DocTables {
  tables ??= JSON.parse(BUILTIN_DOCS_JSON) as DocTables;
  return tables;
}

/** CPython's entry for a key, or undefined when CPython has no such builtin. */
export function builtinDocEntry(key: string): DocEntry | undefined {
  const docs = docTables().docs;
  return Object.hasOwn(docs, key) ? docs[key] : undefined;
}

/** A static type's [__dictoffset__, __weakrefoffset__] in CPython ([0, 0] when it has neither). */
export function staticTypeOffsets(t: PyType): [number, number] {
  const layout = docTables().layout;
  return Object.hasOwn(layout, t.tp_name) ? layout[t.tp_name]! : [0, 0];
}

/** A static type's docstring from CPython (null when it has none or is not a CPython type). */
export function staticTypeDoc(t: PyType): string | null {
  if (t.hasFlag(TypeFlag.HEAPTYPE)) return null;
  return builtinDocEntry(t.tp_name)?.[0] ?? null;
}

/** The type a builtin method was declared on (recorded when its type is readied). */
export const methodOwners = new WeakMap<MethodDef, PyType>();

function strOrNone(s: string | null | undefined): PyObject {
  return s === null || s === undefined ? Py_NewRef(Py_None) : PyStr_FromString(s);
}

/** The table key of a builtin: its owner type's, its module's, or (for `T.__new__`) its type's. */
function defKey(def: MethodDef, module: string | null, self: PyObject | null): string | null {
  const owner = methodOwners.get(def);
  if (owner !== undefined) return `${owner.tp_name}.${def.name}`;
  if (module !== null) return `${module}.${def.name}`;
  return self instanceof PyType ? `${self.tp_name}.${def.name}` : null;
}

/**
 * CPython's entry for a definition. A method our type declares where CPython's type inherits
 * it (bytes.__sizeof__ is object's in CPython) takes the entry of the first class along the
 * MRO that CPython declares it on.
 */
function defEntry(def: MethodDef, module: string | null, self: PyObject | null): DocEntry | undefined {
  const key = defKey(def, module, self);
  if (key === null) return undefined;
  const e = builtinDocEntry(key);
  const owner = methodOwners.get(def);
  if (e !== undefined || owner === undefined || def.doc !== undefined) return e;
  for (const base of owner.tp_mro) {
    const inherited = builtinDocEntry(`${base.tp_name}.${def.name}`);
    if (inherited !== undefined) return inherited;
  }
  return undefined;
}

function defDoc(def: MethodDef, module: string | null, self: PyObject | null = null): PyObject {
  const e = defEntry(def, module, self);
  return strOrNone(e !== undefined ? e[0] : (def.doc ?? null));
}

function defSignature(def: MethodDef, module: string | null, self: PyObject | null = null): PyObject {
  const e = defEntry(def, module, self);
  return strOrNone(e !== undefined ? e[1] : (def.textSignature ?? null));
}

function slotEntry(d: PyWrapperDescr): DocEntry | undefined {
  return builtinDocEntry(`${d.owner.tp_name}.${d.name}`) ?? docTables().slots[d.name];
}

/** Wires `__doc__`/`__text_signature__` (and a method descriptor's names). Before types are readied. */
export function initBuiltinDocs(): void {
  defineGetSets(PyCFunction_Type, [
    {
      name: "__doc__",
      get: (o) => defDoc((o as PyCFunction).def, (o as PyCFunction).module, (o as PyCFunction).self),
    },
    {
      name: "__text_signature__",
      get: (o) => defSignature((o as PyCFunction).def, (o as PyCFunction).module, (o as PyCFunction).self),
    },
  ]);
  for (const T of [PyMethodDescr_Type, PyClassMethodDescr_Type]) {
    defineGetSets(T, [
      { name: "__doc__", get: (o) => defDoc((o as PyMethodDescr).def, null) },
      { name: "__text_signature__", get: (o) => defSignature((o as PyMethodDescr).def, null) },
      { name: "__name__", get: (o) => PyStr_FromString((o as PyMethodDescr).def.name) },
      {
        name: "__qualname__",
        get: (o) => {
          const d = o as PyMethodDescr;
          return PyStr_FromString(`${d.owner.ht_qualname}.${d.def.name}`);
        },
      },
      { name: "__objclass__", kind: "member", get: (o) => Py_NewRef((o as PyMethodDescr).owner) },
    ]);
  }
  for (const T of [PyGetSetDescr_Type, PyMemberDescr_Type]) {
    defineGetSets(T, [
      {
        name: "__doc__",
        get: (o) => {
          const d = o as PyGetSetDescr;
          const e = builtinDocEntry(`${d.owner.tp_name}.${d.def.name}`);
          return strOrNone(e !== undefined ? e[0] : (d.def.doc ?? null));
        },
      },
      { name: "__name__", get: (o) => PyStr_FromString((o as PyGetSetDescr).def.name) },
      {
        name: "__qualname__",
        get: (o) => {
          const d = o as PyGetSetDescr;
          return PyStr_FromString(`${d.owner.ht_qualname}.${d.def.name}`);
        },
      },
      { name: "__objclass__", kind: "member", get: (o) => Py_NewRef((o as PyGetSetDescr).owner) },
    ]);
  }
  defineGetSets(PyWrapperDescr_Type, [
    { name: "__doc__", get: (o) => strOrNone(slotEntry(o as PyWrapperDescr)?.[0]) },
    { name: "__text_signature__", get: (o) => strOrNone(slotEntry(o as PyWrapperDescr)?.[1]) },
    { name: "__name__", get: (o) => PyStr_FromString((o as PyWrapperDescr).name) },
    {
      name: "__qualname__",
      get: (o) => {
        const d = o as PyWrapperDescr;
        return PyStr_FromString(`${d.owner.ht_qualname}.${d.name}`);
      },
    },
    { name: "__objclass__", kind: "member", get: (o) => Py_NewRef((o as PyWrapperDescr).owner) },
  ]);
  defineGetSets(PyMethodWrapper_Type, [
    { name: "__doc__", get: (o) => strOrNone(slotEntry((o as PyMethodWrapper).descr)?.[0]) },
    { name: "__text_signature__", get: (o) => strOrNone(slotEntry((o as PyMethodWrapper).descr)?.[1]) },
  ]);
  defineGetSets(PyType_Type, [
    {
      name: "__text_signature__",
      get: (t) => {
        const ty = t as PyType;
        if (ty.hasFlag(TypeFlag.HEAPTYPE)) return Py_NewRef(Py_None);
        return strOrNone(builtinDocEntry(ty.tp_name)?.[1]);
      },
    },
  ]);
}
