/**
 * `module` (CPython's Objects/moduleobject.c): a namespace object whose attributes live in its
 * `__dict__`. Attribute misses fall back to a module-level `__getattr__` (PEP 562) and then to
 * CPython's messages, including the "partially initialized module" hint for circular imports.
 */

import {
  iterateToArray,
  PyObject_CallNoArgs,
  PyObject_CallOneArg,
  PyObject_GetAttrString,
  PyObject_IsTrue,
  PyObject_LookupAttrString,
  reprOf,
} from "./abstract.js";
import { parseArgs } from "./args.js";
import { PyDict, PyDict_DelItem, PyDict_GetItemString, PyDict_New, PyDict_SetItemString } from "./dict.js";
import {
  exceptionMatches,
  type PyBaseException,
  PyExc_AttributeError,
  PyExc_TypeError,
  raise,
} from "./exceptions.js";
import { PyList_New } from "./list.js";
import { defineGetSets, defineMethods, type MethodDef, PyCFunction_New } from "./methods.js";
import { Py_None } from "./none.js";
import { Py_DECREF, Py_INCREF, Py_XDECREF, PyObject } from "./object.js";
import { argTypeName, PyStr, PyStr_FromString, PyStr_InternFromString } from "./str.js";
import { gcAlloc, gcFree, PyObject_GC_Track, PyObject_GC_UnTrack } from "./tuple.js";
import { newStaticType, type PyType, PyType_IsSubtype, TypeFlag } from "./type.js";
import { genericGetAttrOrNull, instanceAllocSize, PyObject_GenericSetAttr } from "./typeobject.js";

export class PyModule extends PyObject {
  constructor(type: PyType, dict: PyDict) {
    super(type);
    this.ob_dict = dict;
  }

  /** md_dict: the module's namespace, held as its ob_dict so generic attribute access sees it. */
  get md_dict(): PyDict {
    return this.ob_dict!;
  }
}

export const PyModule_Type = newStaticType({
  name: "module",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 56,
});
PyModule_Type.tp_dictoffset = 1;
PyModule_Type.tp_weaklistoffset = 1;

/** Size of a module's block: basicsize + GC header. */
const MODULE_ALLOC = 56 + 16;

/** Sets `__name__`, `__doc__`, `__package__`, `__loader__`, `__spec__` as CPython's module_init_dict. */
function initModuleDict(d: PyDict, name: PyObject, doc: PyObject): void {
  PyDict_SetItemString(d, "__name__", name);
  PyDict_SetItemString(d, "__doc__", doc);
  PyDict_SetItemString(d, "__package__", Py_None);
  PyDict_SetItemString(d, "__loader__", Py_None);
  PyDict_SetItemString(d, "__spec__", Py_None);
}

function allocModule(type: PyType): PyModule {
  const d = PyDict_New();
  const m = new PyModule(type, d);
  gcAlloc(m, type === PyModule_Type ? MODULE_ALLOC : instanceAllocSize(type));
  if (type !== PyModule_Type) Py_INCREF(type);
  PyObject_GC_Track(m);
  return m;
}

/** A new module object named `name` (new reference): CPython's PyModule_New. */
export function PyModule_New(name: string): PyModule {
  const m = allocModule(PyModule_Type);
  const n = PyStr_FromString(name);
  initModuleDict(m.md_dict, n, Py_None);
  Py_DECREF(n);
  return m;
}

/** The module's namespace (borrowed). */
export function PyModule_GetDict(m: PyModule): PyDict {
  return m.md_dict;
}

/** The module's `__name__` as a JS string, or null when missing / not a str. */
export function PyModule_GetName(m: PyModule): string | null {
  const n = PyDict_GetItemString(m.md_dict, "__name__");
  return n instanceof PyStr ? n.value : null;
}

/** Stores `value` (borrowed) as attribute `name` of the module. */
export function PyModule_AddObjectRef(m: PyModule, name: string, value: PyObject): void {
  PyDict_SetItemString(m.md_dict, name, value);
}

/** Stores `value` and releases the caller's reference (CPython's PyModule_Add). */
export function PyModule_Add(m: PyModule, name: string, value: PyObject): void {
  try {
    PyDict_SetItemString(m.md_dict, name, value);
  } finally {
    Py_DECREF(value);
  }
}

/** Adds builtin functions to a module: `PyModule_AddFunctions` over MethodDefs. */
export function PyModule_AddFunctions(m: PyModule, defs: MethodDef[]): void {
  const modname = PyModule_GetName(m);
  for (const def of defs) {
    const f = PyCFunction_New(def, m, modname);
    PyModule_Add(m, def.name, f);
  }
}

export function PyModule_Check(o: PyObject): o is PyModule {
  return o instanceof PyModule && (o.ob_type === PyModule_Type || PyType_IsSubtype(o.ob_type, PyModule_Type));
}

// ---------------------------------------------------------------------------------------------
// slots

function module_new(type: PyObject, _args: PyObject[], _kwnames: string[] | null): PyObject {
  return allocModule(type as PyType);
}

function module_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const [name, doc] = parseArgs("module", args, kwnames, { names: ["name", "doc"], required: 1 });
  if (!(name instanceof PyStr)) {
    raise(PyExc_TypeError, `module() argument 'name' must be str, not ${argTypeName(name!)}`);
  }
  const m = self as PyModule;
  initModuleDict(m.md_dict, name, doc ?? Py_None);
}

function module_dealloc(o: PyObject): void {
  // For a heap subclass, subtype_dealloc has already released the dict.
  const m = o as PyModule;
  PyObject_GC_UnTrack(m);
  const d = m.ob_dict;
  m.ob_dict = null;
  Py_XDECREF(d);
  gcFree(m);
}

function module_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const d = o.ob_dict;
  if (d) visit(d);
}

function module_clear(o: PyObject): void {
  // Modules keep their dict object; clearing it is the dict's business (gc breaks cycles there).
  void o;
}

/** Is `spec._initializing` true? (CPython's _PyModuleSpec_IsInitializing). */
export function moduleSpecIsInitializing(spec: PyObject | null): boolean {
  if (spec === null || spec === Py_None) return false;
  const v = PyObject_LookupAttrString(spec, "_initializing");
  if (v === null) return false;
  try {
    return PyObject_IsTrue(v);
  } finally {
    Py_DECREF(v);
  }
}

export function module_getattro(o: PyObject, nameObj: PyObject): PyObject {
  const m = o as PyModule;
  const name = nameObj as PyStr;
  const r = genericGetAttrOrNull(m, name);
  if (r !== null) return r;
  const d = m.md_dict;
  const getattr = PyDict_GetItemString(d, "__getattr__");
  if (getattr !== null) return PyObject_CallOneArg(getattr, name);
  const modName = PyDict_GetItemString(d, "__name__");
  if (modName instanceof PyStr) {
    const spec = PyDict_GetItemString(d, "__spec__");
    if (moduleSpecIsInitializing(spec)) {
      raise(
        PyExc_AttributeError,
        `partially initialized module '${modName.value}' has no attribute '${name.value}' (most likely due to a circular import)`,
      );
    }
    raise(PyExc_AttributeError, `module '${modName.value}' has no attribute '${name.value}'`);
  }
  raise(PyExc_AttributeError, `module has no attribute '${name.value}'`);
}

/** getattr(m, name, None)-style helper that swallows AttributeError (new reference or null). */
function lookupAttr(o: PyObject, name: string): PyObject | null {
  try {
    return PyObject_LookupAttrString(o, name);
  } catch (e) {
    if (exceptionMatches(e, PyExc_AttributeError)) {
      Py_DECREF(e as PyBaseException);
      return null;
    }
    throw e;
  }
}

/** importlib._bootstrap._module_repr_from_spec. */
function reprFromSpec(spec: PyObject): string {
  const nameObj = lookupAttr(spec, "name");
  const origin = lookupAttr(spec, "origin");
  try {
    const name = nameObj === null || nameObj === Py_None ? "?" : reprOf(nameObj);
    if (origin === null || origin === Py_None) {
      const loader = lookupAttr(spec, "loader");
      try {
        if (loader === null || loader === Py_None) return `<module ${name}>`;
        return `<module ${name} (${reprOf(loader)})>`;
      } finally {
        Py_XDECREF(loader);
      }
    }
    const hasLocation = lookupAttr(spec, "has_location");
    const located = hasLocation !== null && PyObject_IsTrue(hasLocation);
    Py_XDECREF(hasLocation);
    if (located) return `<module ${name} from ${reprOf(origin)}>`;
    const specName = nameObj === null ? "None" : reprOf(nameObj);
    return `<module ${specName} (${strOfPlain(origin)})>`;
  } finally {
    Py_XDECREF(nameObj);
    Py_XDECREF(origin);
  }
}

function strOfPlain(o: PyObject): string {
  return o instanceof PyStr ? o.value : reprOf(o);
}

/** importlib._bootstrap._module_repr. */
function module_repr(o: PyObject): PyObject {
  const loader = lookupAttr(o, "__loader__");
  try {
    const spec = lookupAttr(o, "__spec__");
    if (spec !== null) {
      try {
        if (PyObject_IsTrue(spec)) return PyStr_FromString(reprFromSpec(spec));
      } finally {
        Py_DECREF(spec);
      }
    }
    const nameObj = lookupAttr(o, "__name__");
    const name = nameObj === null ? "'?'" : reprOf(nameObj);
    Py_XDECREF(nameObj);
    const file = lookupAttr(o, "__file__");
    if (file === null) {
      if (loader === null || loader === Py_None) return PyStr_FromString(`<module ${name}>`);
      return PyStr_FromString(`<module ${name} (${reprOf(loader)})>`);
    }
    try {
      return PyStr_FromString(`<module ${name} from ${reprOf(file)}>`);
    } finally {
      Py_DECREF(file);
    }
  } finally {
    Py_XDECREF(loader);
  }
}

/** module.__dir__: `__dict__['__dir__']()` when defined, else the dict's keys. */
function module_dir(self: PyObject | null): PyObject {
  const m = self as PyModule;
  const d = PyObject_GetAttrString(m, "__dict__");
  try {
    if (!(d instanceof PyDict)) raise(PyExc_TypeError, "<module>.__dict__ is not a dictionary");
    const dirfunc = PyDict_GetItemString(d, "__dir__");
    if (dirfunc !== null) return PyObject_CallNoArgs(dirfunc);
    return PyList_New(iterateToArray(d));
  } finally {
    Py_DECREF(d);
  }
}

export function initModuleType(): void {
  const T = PyModule_Type;
  T.tp_new = module_new;
  T.tp_init = module_init;
  T.tp_dealloc = module_dealloc;
  T.tp_traverse = module_traverse;
  T.tp_clear = module_clear;
  T.tp_repr = module_repr;
  T.tp_getattro = module_getattro;
  T.tp_setattro = PyObject_GenericSetAttr;
  defineMethods(T, { __dir__: (self) => module_dir(self) });
  defineGetSets(T, [
    {
      name: "__dict__",
      kind: "member",
      get: (self) => {
        const d = (self as PyModule).md_dict;
        Py_INCREF(d);
        return d;
      },
    },
    {
      name: "__annotations__",
      get: (self) => {
        const d = (self as PyModule).md_dict;
        const ann = PyDict_GetItemString(d, "__annotations__");
        if (ann !== null) {
          Py_INCREF(ann);
          return ann;
        }
        const fresh = PyDict_New();
        PyDict_SetItemString(d, "__annotations__", fresh);
        return fresh;
      },
      set: (self, v) => {
        const d = (self as PyModule).md_dict;
        if (v === null) {
          if (PyDict_GetItemString(d, "__annotations__") === null)
            raise(PyExc_AttributeError, "__annotations__");
          const k = PyStr_InternFromString("__annotations__");
          try {
            PyDict_DelItem(d, k);
          } finally {
            Py_DECREF(k);
          }
          return;
        }
        PyDict_SetItemString(d, "__annotations__", v);
      },
    },
  ]);
}
