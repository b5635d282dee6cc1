/**
 * The `builtins` module (CPython's Python/bltinmodule.c): every builtin function, the builtin
 * types and constants, and the exception classes. The functions live in src/modules/builtins/
 * grouped by topic; this file assembles the module and wires the hooks other layers need.
 */

import { PyObject_Call, PyObject_GetAttrString } from "../objects/abstract.js";
import { PyBool_FromBool } from "../objects/bool.js";
import { initBuiltinDocs } from "../objects/builtin_docs.js";
import { PyCell, PyCell_Set } from "../objects/cell.js";
import { initClassMethodType, PyClassMethod_New } from "../objects/classmethod.js";
import { initMappingProxyType, PyDictProxy_New, slotMember } from "../objects/descriptors.js";
import { type PyDict, PyDict_GetItemString, PyDict_New, PyDict_SetItemString } from "../objects/dict.js";
import {
  BUILTIN_EXCEPTION_TYPES,
  PyExc_OSError,
  PyExc_SystemExit,
  PyExc_TypeError,
  raise,
} from "../objects/exceptions.js";
import { PyInt_FromNumber } from "../objects/int.js";
import { PyList_New } from "../objects/list.js";
import { defineGetSets } from "../objects/methods.js";
import { initModuleType, type PyModule, PyModule_AddFunctions, PyModule_New } from "../objects/module.js";
import { initNamespaceType } from "../objects/namespace.js";
import { Py_Ellipsis, Py_None, Py_NotImplemented } from "../objects/none.js";
import { allocateObject, Py_DECREF, Py_NewRef, PyObject } from "../objects/object.js";
import { initPropertyType } from "../objects/property.js";
import { initStaticMethodType, PyStaticMethod_New } from "../objects/staticmethod.js";
import { PyStr, PyStr_FromString } from "../objects/str.js";
import { initSuperType } from "../objects/super.js";
import { setBuiltinLookup } from "../objects/tuple.js";
import { newStaticType, PyBaseObject_Type, type PyType, PyType_Type, staticTypes } from "../objects/type.js";
import { dictGetSet, setClassCreationHooks, setTypeObjectHooks } from "../objects/typeobject.js";
import { CODE_BUILTINS, setBuiltinsDictHook } from "./builtins/code.js";
import { IO_BUILTINS } from "./builtins/io.js";
import { ITERATION_BUILTINS, initIterationTypes } from "./builtins/iteration.js";
import { NUMERIC_BUILTINS } from "./builtins/numeric.js";
import { dirHook, OBJECT_BUILTINS, object_isinstance, recursive_issubclass } from "./builtins/objects.js";
import {
  BuiltinImporter_Type,
  builtinModuleNames,
  importState,
  initImportTypes,
  ModuleSpec_Type,
  newBag,
  PyImport_ImportModule,
  registerBuiltinModule,
  SourceFileLoader_Type,
  setBuiltinsModuleHook,
} from "./importlib.js";
import { runFlags } from "./interpreter_flags.js";
import { initFileTypes } from "./io_files.js";
import { registerStdlibModules } from "./stdlib.js";
import { initSys, PYTHON_COPYRIGHT, setDisplayBuiltins } from "./sys.js";

/** Names of the builtin types exported by `builtins`, in CPython's order. */
const BUILTIN_TYPE_NAMES = [
  "bool",
  "memoryview",
  "bytearray",
  "bytes",
  "classmethod",
  "complex",
  "dict",
  "enumerate",
  "filter",
  "float",
  "frozenset",
  "property",
  "int",
  "list",
  "map",
  "object",
  "range",
  "reversed",
  "set",
  "slice",
  "staticmethod",
  "str",
  "super",
  "tuple",
  "type",
  "zip",
];

/** `exit` / `quit` as the site module installs them (_sitebuiltins.Quitter). */
const Quitter_Type = newStaticType({ name: "_sitebuiltins.Quitter", basicsize: 16 });
Quitter_Type.tp_dictoffset = 1;

function newQuitter(name: string): PyObject {
  const q = new PyObject(Quitter_Type);
  allocateObject(q, 16 + 16);
  q.ob_dict = PyDict_New();
  const n = PyStr_FromString(name);
  PyDict_SetItemString(q.ob_dict, "name", n);
  Py_DECREF(n);
  const eof = PyStr_FromString("Ctrl-D (i.e. EOF)");
  PyDict_SetItemString(q.ob_dict, "eof", eof);
  Py_DECREF(eof);
  return q;
}

/**
 * `copyright`, `credits`, `license` (_sitebuiltins._Printer) and `help` (_sitebuiltins._Helper)
 * as the site module installs them. A printer's repr is its text when it fits in MAXLINES lines;
 * license's full text is a file of CPython's installation that heapstack does not ship, so
 * license() prints CPython's own fallback line. help() imports pydoc as CPython does; there is
 * no pydoc module yet, so it fails with that ImportError.
 */
const Printer_Type = newStaticType({ name: "_sitebuiltins._Printer", basicsize: 16 });
Printer_Type.tp_dictoffset = 1;
Printer_Type.tp_weaklistoffset = 1;
const Helper_Type = newStaticType({ name: "_sitebuiltins._Helper", basicsize: 16 });
Helper_Type.tp_dictoffset = 1;
Helper_Type.tp_weaklistoffset = 1;

const PRINTER_MAXLINES = 23;
const CREDITS =
  "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n    for supporting Python development.  See www.python.org for more information.";
const LICENSE_FALLBACK = "See https://www.python.org/psf/license/";

function newSiteObject(type: PyType, attrs: [string, PyObject][]): PyObject {
  const o = new PyObject(type);
  allocateObject(o, 16 + 16);
  o.ob_dict = PyDict_New();
  for (const [k, v] of attrs) {
    PyDict_SetItemString(o.ob_dict, k, v);
    Py_DECREF(v);
  }
  return o;
}

function newPrinter(name: string, data: string): PyObject {
  return newSiteObject(Printer_Type, [
    ["_Printer__name", PyStr_FromString(name)],
    ["_Printer__data", PyStr_FromString(data)],
    ["_Printer__lines", Py_NewRef(Py_None)],
    ["_Printer__filenames", PyList_New([])],
  ]);
}

/** The printer's name and text; the first use splits the text into `__lines` (_Printer__setup). */
function printerText(o: PyObject): { name: string; text: string } {
  const d = o.ob_dict!;
  const name = PyDict_GetItemString(d, "_Printer__name");
  const data = PyDict_GetItemString(d, "_Printer__data");
  const text = data instanceof PyStr ? data.value : "";
  if (PyDict_GetItemString(d, "_Printer__lines") === Py_None) {
    const lines = text.split("\n");
    const list = PyList_New(lines.map((l) => PyStr_FromString(l)));
    PyDict_SetItemString(d, "_Printer__lines", list);
    Py_DECREF(list);
    const count = PyInt_FromNumber(lines.length);
    PyDict_SetItemString(d, "_Printer__linecnt", count);
    Py_DECREF(count);
  }
  return { name: name instanceof PyStr ? name.value : "", text };
}

function initSiteTypes(): void {
  // Python classes in CPython: their instances have a __dict__.
  for (const t of [Printer_Type, Helper_Type, Quitter_Type]) defineGetSets(t, [dictGetSet]);
  const T = Printer_Type;
  T.tp_repr = (o) => {
    const { name, text } = printerText(o);
    if (name === "license" || text.split("\n").length > PRINTER_MAXLINES) {
      return PyStr_FromString(`Type ${name}() to see the full ${name} text`);
    }
    return PyStr_FromString(text);
  };
  T.tp_call = (o, args, kwnames) => {
    if (args.length > 0 || (kwnames?.length ?? 0) > 0) {
      raise(
        PyExc_TypeError,
        `_Printer.__call__() takes 1 positional argument but ${args.length + 1} were given`,
      );
    }
    const { name, text } = printerText(o);
    const line = PyStr_FromString(name === "license" ? LICENSE_FALLBACK : text);
    try {
      const print = PyDict_GetItemString(runtime().builtins.md_dict, "print")!;
      Py_DECREF(PyObject_Call(print, [line], null));
    } finally {
      Py_DECREF(line);
    }
    return Py_NewRef(Py_None);
  };
  const maxlines = PyInt_FromNumber(PRINTER_MAXLINES);
  Printer_Type.tp_dict ??= PyDict_New();
  PyDict_SetItemString(Printer_Type.tp_dict, "MAXLINES", maxlines);
  Py_DECREF(maxlines);
  Helper_Type.tp_repr = () =>
    PyStr_FromString("Type help() for interactive help, or help(object) for help about object.");
  Helper_Type.tp_call = (_o, args, kwnames) => {
    const pydoc = PyImport_ImportModule("pydoc");
    try {
      const help = PyObject_GetAttrString(pydoc, "help");
      try {
        return PyObject_Call(help, args, kwnames);
      } finally {
        Py_DECREF(help);
      }
    } finally {
      Py_DECREF(pydoc);
    }
  };
}

let typesInitialised = false;

/**
 * Wires the types owned by the builtins/descriptor layer and the hooks the type system calls
 * (classmethod/staticmethod/slots for class creation, mappingproxy, isinstance, dir). Must run
 * before the static types are readied (src/objects/bootstrap.ts).
 */
export function initBuiltinTypes(): void {
  if (typesInitialised) return;
  typesInitialised = true;
  initModuleType();
  initBuiltinDocs();
  initPropertyType();
  initClassMethodType();
  initStaticMethodType();
  initSuperType();
  initMappingProxyType();
  initNamespaceType();
  initIterationTypes();
  initFileTypes();
  initImportTypes();
  registerStdlibModules();
  initSiteTypes();
  Quitter_Type.tp_repr = (o) => {
    const name = PyDict_GetItemString(o.ob_dict!, "name");
    const eof = PyDict_GetItemString(o.ob_dict!, "eof");
    const n = name instanceof PyStr ? name.value : "exit";
    return PyStr_FromString(
      `Use ${n}() or ${eof instanceof PyStr ? eof.value : "Ctrl-D (i.e. EOF)"} to exit`,
    );
  };
  Quitter_Type.tp_call = (_o, args) => {
    throw PyObject_Call(PyExc_SystemExit, args.length > 0 ? [args[0]!] : [], null);
  };
  setClassCreationHooks({
    staticmethod: PyStaticMethod_New,
    classmethod: PyClassMethod_New,
    slotMember,
    setCell(cell, value) {
      if (!(cell instanceof PyCell)) return false;
      PyCell_Set(cell, value);
      return true;
    },
  });
  setTypeObjectHooks({
    mappingProxy: (d) => PyDictProxy_New(d),
    isinstance: object_isinstance,
    issubclass: recursive_issubclass,
    dir: dirHook,
  });
}

export interface RuntimeConfig {
  /** sys.argv */
  argv: string[];
  /** sys.path: the script's directory (or "" for -c / stdin) first, then PYTHONPATH entries. */
  path: string[];
  /**
   * Where python3's start found the modules it imports before the script runs: sys.path without
   * the script's entry, which is put first only after site's imports.
   */
  startupPath?: string[];
}

export interface Runtime {
  builtins: PyModule;
  sys: PyModule;
  modules: PyDict;
}

let current: Runtime | null = null;

/** The builtins, sys and sys.modules of the current run. */
export function runtime(): Runtime {
  if (current === null) throw new Error("initRuntime() has not been called");
  return current;
}

/** Creates the builtins module (new reference). */
export function createBuiltinsModule(): PyModule {
  const m = PyModule_New("builtins");
  const d = m.md_dict;
  const doc = PyStr_FromString(
    "Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in modules that provide\nobjects with the same name as a built-in identifier.",
  );
  PyDict_SetItemString(d, "__doc__", doc);
  Py_DECREF(doc);
  const empty = PyStr_FromString("");
  PyDict_SetItemString(d, "__package__", empty);
  Py_DECREF(empty);
  PyDict_SetItemString(d, "__loader__", BuiltinImporter_Type);
  PyModule_AddFunctions(m, [
    ...CODE_BUILTINS.filter((f) => f.name === "__build_class__" || f.name === "__import__"),
    ...NUMERIC_BUILTINS,
    ...OBJECT_BUILTINS,
    ...ITERATION_BUILTINS,
    ...IO_BUILTINS,
    ...CODE_BUILTINS.filter((f) => f.name !== "__build_class__" && f.name !== "__import__"),
  ]);
  PyDict_SetItemString(d, "None", Py_None);
  PyDict_SetItemString(d, "Ellipsis", Py_Ellipsis);
  PyDict_SetItemString(d, "NotImplemented", Py_NotImplemented);
  const f = PyBool_FromBool(false);
  const t = PyBool_FromBool(true);
  PyDict_SetItemString(d, "False", f);
  PyDict_SetItemString(d, "True", t);
  Py_DECREF(f);
  Py_DECREF(t);
  for (const name of BUILTIN_TYPE_NAMES) {
    const type =
      name === "object"
        ? PyBaseObject_Type
        : name === "type"
          ? PyType_Type
          : staticTypes.find((ty) => ty.tp_name === name);
    if (type !== undefined) PyDict_SetItemString(d, name, type);
  }
  // -O: __debug__ is False (the compiler folds it to a constant too)
  const dbg = PyBool_FromBool(runFlags.optimize === 0);
  PyDict_SetItemString(d, "__debug__", dbg);
  Py_DECREF(dbg);
  for (const exc of BUILTIN_EXCEPTION_TYPES) PyDict_SetItemString(d, exc.tp_name, exc);
  PyDict_SetItemString(d, "EnvironmentError", PyExc_OSError);
  PyDict_SetItemString(d, "IOError", PyExc_OSError);
  // site.py's order: setquit, setcopyright, sethelper
  const siteObjects: [string, PyObject][] = [
    ["quit", newQuitter("quit")],
    ["exit", newQuitter("exit")],
    ["copyright", newPrinter("copyright", PYTHON_COPYRIGHT)],
    ["credits", newPrinter("credits", CREDITS)],
    ["license", newPrinter("license", LICENSE_FALLBACK)],
    ["help", newSiteObject(Helper_Type, [])],
  ];
  // -S: no site module, so none of what it adds to the builtins
  if (runFlags.noSite) siteObjects.length = 0;
  for (const [name, o] of siteObjects) {
    PyDict_SetItemString(d, name, o);
    Py_DECREF(o);
  }
  return m;
}

/**
 * Sets up a run's module state: sys.modules, the builtins and sys modules (registered as
 * built-in modules too). Call after the static types are readied.
 */
export function initRuntime(config: RuntimeConfig): Runtime {
  initBuiltinTypes();
  const modules = PyDict_New();
  importState.modules = modules;
  importState.startupPath = config.startupPath ?? null;
  importState.startupLoaded = new Set();
  const builtins = createBuiltinsModule();
  registerBuiltinModule("builtins", () => Py_NewRef(runtime().builtins));
  registerBuiltinModule("sys", () => Py_NewRef(runtime().sys));
  const sys = initSys({
    argv: config.argv,
    path: config.path,
    modules,
    builtinModuleNames: builtinModuleNames(),
  });
  importState.sys = sys;
  current = { builtins, sys, modules };
  PyDict_SetItemString(modules, "sys", sys);
  PyDict_SetItemString(modules, "builtins", builtins);
  setDisplayBuiltins(() => builtins.md_dict);
  setBuiltinsDictHook(() => builtins.md_dict);
  setBuiltinsModuleHook(() => builtins);
  setBuiltinLookup((name) => PyDict_GetItemString(builtins.md_dict, name));
  for (const m of [builtins, sys]) {
    const spec = specFor(m);
    PyDict_SetItemString(m.md_dict, "__spec__", spec);
    Py_DECREF(spec);
    PyDict_SetItemString(m.md_dict, "__loader__", BuiltinImporter_Type);
  }
  return current;
}

function specFor(m: PyModule): PyObject {
  const name = PyDict_GetItemString(m.md_dict, "__name__")!;
  const spec = new PyObject(ModuleSpec_Type);
  allocateObject(spec, 48);
  spec.ob_dict = PyDict_New();
  const set = (k: string, v: PyObject) => PyDict_SetItemString(spec.ob_dict!, k, v);
  set("name", name);
  set("loader", BuiltinImporter_Type);
  const origin = PyStr_FromString("built-in");
  set("origin", origin);
  Py_DECREF(origin);
  set("submodule_search_locations", Py_None);
  set("cached", Py_None);
  const parent = PyStr_FromString("");
  set("parent", parent);
  Py_DECREF(parent);
  const no = PyBool_FromBool(false);
  set("has_location", no);
  set("_initializing", no);
  Py_DECREF(no);
  return spec;
}

/** A `__main__` module for a program (new reference; also stored in sys.modules). */
export function createMainModule(filename: string | null): PyModule {
  const rt = runtime();
  const m = PyModule_New("__main__");
  const d = m.md_dict;
  const ann = PyDict_New();
  PyDict_SetItemString(d, "__annotations__", ann);
  Py_DECREF(ann);
  PyDict_SetItemString(d, "__builtins__", rt.builtins);
  // python3 gives a script read from stdin __file__ '<stdin>' too; only -c code has none
  if (filename !== null && filename !== "<string>") {
    const f = PyStr_FromString(filename);
    PyDict_SetItemString(d, "__file__", f);
    Py_DECREF(f);
    PyDict_SetItemString(d, "__cached__", Py_None);
  }
  // pymain's add_main_module gives __main__ BuiltinImporter as its loader; running a file
  // replaces it with a SourceFileLoader for the file (set_main_loader), except from stdin
  let loader: PyObject = Py_NewRef(BuiltinImporter_Type);
  if (filename !== null && filename !== "<string>" && filename !== "<stdin>") {
    Py_DECREF(loader);
    loader = newBag(SourceFileLoader_Type, [
      ["name", PyStr_FromString("__main__")],
      ["path", PyStr_FromString(filename)],
    ]);
  }
  PyDict_SetItemString(d, "__loader__", loader);
  Py_DECREF(loader);
  PyDict_SetItemString(rt.modules, "__main__", m);
  return m;
}
