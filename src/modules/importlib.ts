/**
 * The import system (CPython's Python/import.c and Lib/importlib/_bootstrap.py): `import x`,
 * `import x.y`, `from x import y`, relative imports, `import *`, packages (`__init__.py`) and
 * namespace packages, sys.modules caching with partially initialised modules during circular
 * imports, and the registry of built-in modules written in TypeScript.
 *
 * The file system is reached only through the host (src/modules/host.ts).
 */

import {
  countCachedImport,
  finishCountedImport,
  startCountedImport,
  startForeignImport,
} from "../memory/import_counts.js";
import { finishImport, importedAtCPythonStartup, startImport, startupSubmodules } from "../memory/startup.js";
import {
  iterateToArray,
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_CallOneArg,
  PyObject_GetAttr,
  PyObject_GetAttrString,
  PyObject_IsTrue,
  PyObject_LookupAttr,
  PyObject_LookupAttrString,
  PyObject_SetAttrString,
  PyObject_SetItem,
  reprOf,
} from "../objects/abstract.js";
import { PyBool_FromBool } from "../objects/bool.js";
import { PyCode_FromUnit } from "../objects/code.js";
import {
  PyDict,
  PyDict_DelItemString,
  PyDict_GetItemString,
  PyDict_New,
  PyDict_SetItem,
  PyDict_SetItemString,
} from "../objects/dict.js";
import {
  exceptionMatches,
  type PyBaseException,
  PyErr_Format,
  PyExc_AttributeError,
  PyExc_ImportError,
  PyExc_KeyError,
  PyExc_ModuleNotFoundError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "../objects/exceptions.js";
import { PyList_New } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import { type PyModule, PyModule_AddFunctions, PyModule_Check, PyModule_New } from "../objects/module.js";
import { newNamespace } from "../objects/namespace.js";
import { Py_None } from "../objects/none.js";
import {
  allocateObject,
  freeObject,
  Py_DECREF,
  Py_INCREF,
  Py_NewRef,
  Py_XDECREF,
  PyObject,
} from "../objects/object.js";
import { PyStr, PyStr_FromString } from "../objects/str.js";
import { newStaticType, type PyType, TypeFlag } from "../objects/type.js";
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr } from "../objects/typeobject.js";
import { compileSource } from "./builtins/code.js";
import { host } from "./host.js";
import { runFlags } from "./interpreter_flags.js";
import { cachedStdlibCode, stdlibPath } from "./stdlib_path.js";
import { vm } from "./vm_bridge.js";

// ---------------------------------------------------------------------------------------------
// registry of built-in modules

export type BuiltinModuleInit = () => PyModule;
const builtinModules = new Map<string, BuiltinModuleInit>();

/** Makes `import name` create the module with `init` (once per run; the result is cached in sys.modules). */
export function registerBuiltinModule(name: string, init: BuiltinModuleInit): void {
  builtinModules.set(name, init);
}

/** A built-in module that is only functions (the native half of a lib/ module, an accelerator). */
export function registerFunctionModule(name: string, functions: MethodDef[]): void {
  registerBuiltinModule(name, () => {
    const m = PyModule_New(name);
    PyModule_AddFunctions(m, functions);
    return m;
  });
}

export function builtinModuleNames(): string[] {
  return [...builtinModules.keys()];
}

// ---------------------------------------------------------------------------------------------
// per-run state

export const importState = {
  /** sys.modules of the current run. */
  modules: null as PyDict | null,
  /** The sys module (for sys.path). */
  sys: null as PyObject | null,
  /** sys.path as python3's start searched it (RuntimeConfig.startupPath), or null: sys.path. */
  startupPath: null as string[] | null,
  /** The modules python3 had at startup that this run has loaded (a reload searches sys.path). */
  startupLoaded: new Set<string>(),
};

function sysModules(): PyDict {
  if (importState.modules === null) raise(PyExc_ImportError, "sys.modules is not initialised");
  return importState.modules;
}

// ---------------------------------------------------------------------------------------------
// ModuleSpec and loaders

/** `ModuleSpec`, `SourceFileLoader`, `NamespaceLoader`: attribute bags with a __dict__. */
export const ModuleSpec_Type = newStaticType({
  name: "_frozen_importlib.ModuleSpec",
  flags: TypeFlag.HAVE_GC,
  basicsize: 16,
});
ModuleSpec_Type.tp_dictoffset = 1;
export const SourceFileLoader_Type = newStaticType({
  name: "_frozen_importlib_external.SourceFileLoader",
  flags: TypeFlag.HAVE_GC,
  basicsize: 16,
});
SourceFileLoader_Type.tp_dictoffset = 1;
export const NamespaceLoader_Type = newStaticType({
  name: "_frozen_importlib_external.NamespaceLoader",
  flags: TypeFlag.HAVE_GC,
  basicsize: 16,
});
NamespaceLoader_Type.tp_dictoffset = 1;
/** FrozenImporter, like BuiltinImporter, is used as a class: the loader of frozen modules. */
export const FrozenImporter_Type = newStaticType({
  name: "_frozen_importlib.FrozenImporter",
  basicsize: 16,
});
/** BuiltinImporter is used as a class (the loader of built-in modules is the class itself). */
export const BuiltinImporter_Type = newStaticType({
  name: "_frozen_importlib.BuiltinImporter",
  basicsize: 16,
});

export function newBag(type: PyType, attrs: [string, PyObject][]): PyObject {
  const o = new PyObject(type);
  allocateObject(o, 16 + 16 + 16);
  o.ob_dict = PyDict_New();
  for (const [k, v] of attrs) {
    PyDict_SetItemString(o.ob_dict, k, v);
    Py_DECREF(v);
  }
  return o;
}

function bagGet(o: PyObject, name: string): PyObject | null {
  const d = o.ob_dict;
  return d ? PyDict_GetItemString(d, name) : null;
}

function specRepr(o: PyObject): PyObject {
  const parts = [
    `name=${reprOf(bagGet(o, "name") ?? Py_None)}`,
    `loader=${reprOf(bagGet(o, "loader") ?? Py_None)}`,
  ];
  const origin = bagGet(o, "origin");
  if (origin !== null && origin !== Py_None) parts.push(`origin=${reprOf(origin)}`);
  const subs = bagGet(o, "submodule_search_locations");
  if (subs !== null && subs !== Py_None) parts.push(`submodule_search_locations=${reprOf(subs)}`);
  return PyStr_FromString(`ModuleSpec(${parts.join(", ")})`);
}

export function newSpec(
  name: string,
  loader: PyObject,
  origin: string | null,
  searchLocations: string[] | null,
  isPackage: boolean,
): PyObject {
  const parent = isPackage ? name : name.slice(0, Math.max(0, name.lastIndexOf(".")));
  const hasLocation = origin !== null && origin !== "built-in";
  return newBag(ModuleSpec_Type, [
    ["name", PyStr_FromString(name)],
    ["loader", Py_NewRef(loader)],
    ["origin", origin === null ? Py_NewRef(Py_None) : PyStr_FromString(origin)],
    ["loader_state", Py_NewRef(Py_None)],
    [
      "submodule_search_locations",
      searchLocations === null
        ? Py_NewRef(Py_None)
        : PyList_New(searchLocations.map((s) => PyStr_FromString(s))),
    ],
    ["cached", hasLocation && origin !== null ? PyStr_FromString(cachedPath(origin)) : Py_NewRef(Py_None)],
    ["parent", PyStr_FromString(parent)],
    ["has_location", PyBool_FromBool(hasLocation)],
    ["_initializing", PyBool_FromBool(false)],
  ]);
}

/** importlib.util.cache_from_source: /dir/__pycache__/name.cpython-311.pyc */
function cachedPath(path: string): string {
  const slash = path.lastIndexOf("/");
  const dir = path.slice(0, slash);
  const base = path.slice(slash + 1).replace(/\.py$/, "");
  return `${dir}/__pycache__/${base}.cpython-311.pyc`;
}

// ---------------------------------------------------------------------------------------------
// finding

export interface FoundSpec {
  spec: PyObject;
  kind: "builtin" | "source" | "namespace" | "frozen";
  /** The file to read (source and frozen modules). */
  path: string | null;
}

/**
 * The standard-library modules CPython 3.11 freezes into its executable
 * (`_imp._frozen_module_names()`) that heapstack ships in lib/. A program can tell: their
 * functions' co_filename is `<frozen os>` (tracebacks show no source line for them), their spec
 * says origin='frozen' with FrozenImporter as loader, and they are found before sys.path is
 * searched, so a script's own `os.py` does not shadow them.
 */
const FROZEN_STDLIB = new Set([
  "abc",
  "codecs",
  "io",
  "_collections_abc",
  "_sitebuiltins",
  "genericpath",
  "ntpath",
  "posixpath",
  "os",
  "site",
  "stat",
  "importlib.util",
  "importlib.machinery",
  "runpy",
]);

export function isFrozenStdlib(name: string): boolean {
  return FROZEN_STDLIB.has(name);
}

/** The code objects of a frozen module carry this file name, as CPython's do. */
export function frozenFilename(name: string): string {
  return `<frozen ${name}>`;
}

/** FrozenImporter.find_spec, for the frozen modules whose source is in our lib/. */
function findFrozenSpec(fullname: string): FoundSpec | null {
  if (!FROZEN_STDLIB.has(fullname)) return null;
  const lib = stdlibPath();
  if (lib === null) return null;
  const file = joinPath(lib, `${fullname.replaceAll(".", "/")}.py`);
  if (host().fs.stat(file) !== "file") return null;
  const state = newNamespace([
    ["filename", PyStr_FromString(file)],
    ["origname", PyStr_FromString(fullname)],
  ]);
  const spec = newBag(ModuleSpec_Type, [
    ["name", PyStr_FromString(fullname)],
    ["loader", Py_NewRef(FrozenImporter_Type)],
    ["origin", PyStr_FromString("frozen")],
    ["loader_state", state],
    ["submodule_search_locations", Py_NewRef(Py_None)],
    ["cached", Py_NewRef(Py_None)],
    ["parent", PyStr_FromString(fullname.slice(0, Math.max(0, fullname.lastIndexOf("."))))],
    ["has_location", PyBool_FromBool(false)],
    ["_initializing", PyBool_FromBool(false)],
  ]);
  return { spec, kind: "frozen", path: file };
}

function joinPath(dir: string, name: string): string {
  if (dir === "") return name;
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

function absolutize(p: string): string {
  if (p.startsWith("/")) return p;
  const cwd = host().fs.cwd();
  return p === "" ? cwd : joinPath(cwd, p);
}

/**
 * The meta path's finders in CPython's order: BuiltinImporter, FrozenImporter, then
 * PathFinder.find_spec over `paths` (sys.path or a package's __path__; for a top-level module,
 * `topLevelPath` in place of sys.path when given).
 */
export function findSpec(
  fullname: string,
  paths: string[] | null,
  pathOnly = false,
  topLevelPath: string[] | null = null,
): FoundSpec | null {
  const frozen = pathOnly ? null : findFrozenSpec(fullname);
  if (frozen !== null) return frozen;
  if (paths === null && !pathOnly && builtinModules.has(fullname)) {
    return {
      spec: newSpec(fullname, BuiltinImporter_Type, "built-in", null, false),
      kind: "builtin",
      path: null,
    };
  }
  const tail = fullname.slice(fullname.lastIndexOf(".") + 1);
  const fs = host().fs;
  const searchPaths = paths ?? topLevelPath ?? sysPath();
  const namespacePortions: string[] = [];
  for (const entry of searchPaths) {
    const dir = absolutize(entry);
    if (fs.stat(dir) !== "dir") continue;
    const base = joinPath(dir, tail);
    const displayBase = entry === "" ? joinPath(host().fs.cwd(), tail) : joinPath(entry, tail);
    if (fs.stat(base) === "dir") {
      const init = joinPath(base, "__init__.py");
      if (fs.stat(init) === "file") {
        const origin = joinPath(displayBase, "__init__.py");
        const loader = newBag(SourceFileLoader_Type, [
          ["name", PyStr_FromString(fullname)],
          ["path", PyStr_FromString(origin)],
        ]);
        const spec = newSpec(fullname, loader, origin, [displayBase], true);
        Py_DECREF(loader);
        return { spec, kind: "source", path: init };
      }
      namespacePortions.push(displayBase);
    }
    const file = `${base}.py`;
    if (fs.stat(file) === "file") {
      const origin = `${displayBase}.py`;
      const loader = newBag(SourceFileLoader_Type, [
        ["name", PyStr_FromString(fullname)],
        ["path", PyStr_FromString(origin)],
      ]);
      const spec = newSpec(fullname, loader, origin, null, false);
      Py_DECREF(loader);
      return { spec, kind: "source", path: file };
    }
  }
  if (namespacePortions.length > 0) {
    const loader = newBag(NamespaceLoader_Type, []);
    const spec = newSpec(fullname, loader, null, namespacePortions, true);
    Py_DECREF(loader);
    return { spec, kind: "namespace", path: null };
  }
  return null;
}

function sysPath(): string[] {
  const sys = importState.sys;
  if (sys === null) return [];
  const p = PyObject_LookupAttrString(sys, "path");
  if (p === null) return [];
  try {
    const items = iterateToArray(p);
    const out = items.filter((x): x is PyStr => x instanceof PyStr).map((x) => x.value);
    for (const x of items) Py_DECREF(x);
    return out;
  } finally {
    Py_DECREF(p);
  }
}

// ---------------------------------------------------------------------------------------------
// loading

function setSpecInitializing(spec: PyObject, v: boolean): void {
  PyDict_SetItemString(spec.ob_dict!, "_initializing", v ? Py_NewRef(boolTrue()) : Py_NewRef(boolFalse()));
  Py_DECREF(v ? boolTrue() : boolFalse());
}

function boolTrue(): PyObject {
  return PyBool_FromBool(true);
}

function boolFalse(): PyObject {
  return PyBool_FromBool(false);
}

/** module_from_spec + _init_module_attrs. */
function moduleFromSpec(found: FoundSpec, name: string): PyModule {
  const spec = found.spec;
  let m: PyModule;
  if (found.kind === "builtin") {
    m = builtinModules.get(name)!();
  } else {
    m = PyModule_New(name);
  }
  const d = m.md_dict;
  const set = (k: string, v: PyObject | null) => {
    if (v !== null) PyDict_SetItemString(d, k, v);
  };
  const setIfMissing = (k: string, v: PyObject | null) => {
    if (v !== null && (PyDict_GetItemString(d, k) === null || PyDict_GetItemString(d, k) === Py_None)) {
      PyDict_SetItemString(d, k, v);
    }
  };
  setIfMissing("__name__", bagGet(spec, "name"));
  set("__loader__", bagGet(spec, "loader"));
  set("__package__", bagGet(spec, "parent"));
  set("__spec__", spec);
  const subs = bagGet(spec, "submodule_search_locations");
  if (subs !== null && subs !== Py_None) set("__path__", subs);
  if (found.kind === "frozen") {
    // _init_module_attrs for frozen stdlib modules: __file__ from loader_state, no __cached__.
    const file = PyStr_FromString(found.path!);
    set("__file__", file);
    Py_DECREF(file);
  } else if (found.kind === "source") {
    set("__file__", bagGet(spec, "origin"));
    set("__cached__", bagGet(spec, "cached"));
  } else if (found.kind === "namespace") {
    // _init_module_attrs' namespace-package branch: a __file__ that says there is no file.
    set("__file__", Py_None);
  }
  return m;
}

export function execModule(found: FoundSpec, m: PyModule): void {
  if (found.kind !== "source" && found.kind !== "frozen") return;
  const origin = (bagGet(found.spec, "origin") as PyStr).value;
  const frozen = found.kind === "frozen";
  const filename = frozen ? frozenFilename((bagGet(found.spec, "name") as PyStr).value) : origin;
  runFileInModule(found.path!, frozen ? found.path! : origin, filename, m);
}

/**
 * Runs the Python file at `path` in module `m`'s namespace, its code named `filename`: what
 * the import statement and loaders' exec_module do. `display` names the file in the error
 * when it cannot be read.
 */
export function runFileInModule(path: string, display: string, filename: string, m: PyModule): void {
  const d = m.md_dict;
  const source = hostRead(path, display);
  // A library module compiled by the build from these very bytes needs no compiling now.
  // (compiled without -O: under -O the module is compiled afresh, as python3 reads .opt-1.pyc)
  const cached = runFlags.optimize === 0 ? cachedStdlibCode(path, source, filename) : null;
  const code = cached !== null ? PyCode_FromUnit(cached) : compileSource(source, filename, "exec");
  try {
    if (PyDict_GetItemString(d, "__builtins__") === null && builtinsModuleHook !== null) {
      // exec(code, module.__dict__) as importlib does it: exec puts the builtins dict there
      // (only __main__ holds the builtins module itself)
      PyDict_SetItemString(d, "__builtins__", (builtinsModuleHook() as PyModule).md_dict);
    }
    const r = vm().evalCode(code, d, d);
    Py_DECREF(r);
  } finally {
    Py_DECREF(code);
  }
}

let builtinsModuleHook: (() => PyObject) | null = null;
/** The builtins module every imported module's `__builtins__` refers to (borrowed). */
export function setBuiltinsModuleHook(f: () => PyObject): void {
  builtinsModuleHook = f;
}

/** The bytes of a module's file; ImportError naming `display` when it cannot be read. */
export function hostRead(path: string, display: string): Uint8Array {
  try {
    return host().fs.readFile(path);
  } catch {
    raise(PyExc_ImportError, `could not read ${display}`);
  }
}

/** _load_unlocked: puts the module in sys.modules while it executes (circular imports see it). */
function loadUnlocked(found: FoundSpec, name: string): PyObject {
  const modules = sysModules();
  const m = moduleFromSpec(found, name);
  setSpecInitializing(found.spec, true);
  try {
    PyDict_SetItemString(modules, name, m);
    try {
      execModule(found, m);
    } catch (e) {
      if (PyDict_GetItemString(modules, name) !== null) PyDict_DelItemString(modules, name);
      throw e;
    }
    // The module may have replaced itself in sys.modules.
    const final = PyDict_GetItemString(modules, name);
    if (final === null) {
      raise(PyExc_ImportError, `Loaded module ${name} not found in sys.modules`);
    }
    Py_INCREF(final);
    PyDict_DelItemString(modules, name);
    PyDict_SetItemString(modules, name, final);
    return final;
  } finally {
    Py_DECREF(m);
    setSpecInitializing(found.spec, false);
  }
}

function moduleNotFound(msg: string, name: string): PyBaseException {
  const e = PyErr_Format(PyExc_ModuleNotFoundError, msg);
  setImportErrorName(e, name, null);
  return e;
}

function setImportErrorName(e: PyBaseException, name: string | null, path: string | null): void {
  const fields = (e.fields ??= {});
  fields.name = name === null ? null : PyStr_FromString(name);
  fields.path = path === null ? null : PyStr_FromString(path);
}

/**
 * The finders a program put on sys.meta_path (six's moves, import hooks), asked once the
 * built-in, frozen and path finders (which sys.meta_path does not list here) found nothing --
 * CPython's order for finders appended to sys.meta_path. find_spec(name, path, None) and the
 * loader's create_module/exec_module, or the legacy find_module/load_module; a new reference
 * to the module, or null when no finder knows `name`.
 */
function loadFromMetaPath(name: string, parentModule: PyObject | null): PyObject | null {
  const sys = importState.sys;
  if (sys === null) return null;
  const metaPath = PyObject_LookupAttrString(sys, "meta_path");
  if (metaPath === null) return null;
  let finders: PyObject[];
  try {
    finders = iterateToArray(metaPath);
  } finally {
    Py_DECREF(metaPath);
  }
  const parentPath = parentModule === null ? null : PyObject_LookupAttrString(parentModule, "__path__");
  const nameObj = PyStr_FromString(name);
  try {
    for (const finder of finders) {
      const findSpecFn = PyObject_LookupAttrString(finder, "find_spec");
      if (findSpecFn === null) {
        const findModule = PyObject_LookupAttrString(finder, "find_module");
        if (findModule === null) continue;
        let loader: PyObject;
        try {
          loader = PyObject_Call(findModule, [nameObj, parentPath ?? Py_None], null);
        } finally {
          Py_DECREF(findModule);
        }
        if (loader === Py_None) {
          Py_DECREF(loader);
          continue;
        }
        try {
          const m = PyObject_CallMethod(loader, "load_module", [nameObj]);
          Py_DECREF(m);
        } finally {
          Py_DECREF(loader);
        }
        return finalModule(name);
      }
      let spec: PyObject;
      try {
        spec = PyObject_Call(findSpecFn, [nameObj, parentPath ?? Py_None, Py_None], null);
      } finally {
        Py_DECREF(findSpecFn);
      }
      if (spec === Py_None) {
        Py_DECREF(spec);
        continue;
      }
      try {
        return loadFromHookSpec(name, nameObj, spec);
      } finally {
        Py_DECREF(spec);
      }
    }
    return null;
  } finally {
    Py_DECREF(nameObj);
    Py_XDECREF(parentPath);
    for (const f of finders) Py_DECREF(f);
  }
}

/** _load_unlocked for a spec a sys.meta_path finder returned. */
function loadFromHookSpec(name: string, nameObj: PyStr, spec: PyObject): PyObject {
  const modules = sysModules();
  const loader = PyObject_LookupAttrString(spec, "loader");
  if (loader === null || loader === Py_None) {
    Py_XDECREF(loader);
    raise(PyExc_ImportError, "missing loader");
  }
  try {
    const execFn = PyObject_LookupAttrString(loader, "exec_module");
    if (execFn === null) {
      const m = PyObject_CallMethod(loader, "load_module", [nameObj]);
      Py_DECREF(m);
      return finalModule(name);
    }
    try {
      let m: PyObject | null = null;
      const create = PyObject_LookupAttrString(loader, "create_module");
      if (create !== null) {
        try {
          m = PyObject_CallOneArg(create, spec);
        } finally {
          Py_DECREF(create);
        }
        if (m === Py_None) {
          Py_DECREF(m);
          m = null;
        }
      }
      m ??= PyModule_New(name);
      try {
        initHookModuleAttrs(m, spec, loader);
        PyDict_SetItemString(modules, name, m);
        try {
          const r = PyObject_CallOneArg(execFn, m);
          Py_DECREF(r);
        } catch (e) {
          if (PyDict_GetItemString(modules, name) !== null) PyDict_DelItemString(modules, name);
          throw e;
        }
      } finally {
        Py_DECREF(m);
      }
      return finalModule(name);
    } finally {
      Py_DECREF(execFn);
    }
  } finally {
    Py_DECREF(loader);
  }
}

/** _init_module_attrs (override=False): the spec's facts on a module a hook's loader made. */
function initHookModuleAttrs(m: PyObject, spec: PyObject, loader: PyObject): void {
  const setIfMissing = (attr: string, value: () => PyObject | null) => {
    const have = PyObject_LookupAttrString(m, attr);
    if (have !== null && have !== Py_None) {
      Py_DECREF(have);
      return;
    }
    Py_XDECREF(have);
    const v = value();
    if (v === null) return;
    try {
      PyObject_SetAttrString(m, attr, v);
    } catch (e) {
      if (!exceptionMatches(e, PyExc_AttributeError)) throw e;
      Py_DECREF(e as PyBaseException);
    } finally {
      Py_DECREF(v);
    }
  };
  setIfMissing("__name__", () => PyObject_LookupAttrString(spec, "name"));
  setIfMissing("__loader__", () => Py_NewRef(loader));
  setIfMissing("__package__", () => PyObject_LookupAttrString(spec, "parent"));
  try {
    PyObject_SetAttrString(m, "__spec__", spec);
  } catch (e) {
    if (!exceptionMatches(e, PyExc_AttributeError)) throw e;
    Py_DECREF(e as PyBaseException);
  }
  const subs = PyObject_LookupAttrString(spec, "submodule_search_locations");
  if (subs !== null && subs !== Py_None) setIfMissing("__path__", () => Py_NewRef(subs));
  Py_XDECREF(subs);
  const hasLocation = PyObject_LookupAttrString(spec, "has_location");
  const located = hasLocation !== null && PyObject_IsTrue(hasLocation);
  Py_XDECREF(hasLocation);
  if (located) setIfMissing("__file__", () => PyObject_LookupAttrString(spec, "origin"));
}

/** sys.modules[name] once a loader ran (it may have replaced itself), a new reference. */
function finalModule(name: string): PyObject {
  const final = PyDict_GetItemString(sysModules(), name);
  if (final === null) raise(PyExc_ImportError, `Loaded module ${name} not found in sys.modules`);
  return Py_NewRef(final);
}

function findAndLoadUnlocked(name: string): PyObject {
  const modules = sysModules();
  let path: string[] | null = null;
  const dot = name.lastIndexOf(".");
  const parent = dot < 0 ? "" : name.slice(0, dot);
  let parentSpec: PyObject | null = null;
  if (parent !== "") {
    if (PyDict_GetItemString(modules, parent) === null) {
      const p = gcdImport(parent);
      Py_DECREF(p);
    }
    const already = PyDict_GetItemString(modules, name);
    if (already !== null) return Py_NewRef(already);
    const parentModule = PyDict_GetItemString(modules, parent);
    if (parentModule === null) throw moduleNotFound(`No module named '${name}'`, name);
    const p = PyObject_LookupAttrString(parentModule, "__path__");
    if (p === null) throw moduleNotFound(`No module named '${name}'; '${parent}' is not a package`, name);
    try {
      path = iterateToArray(p)
        .map((x) => {
          const s = x instanceof PyStr ? x.value : null;
          Py_DECREF(x);
          return s;
        })
        .filter((x): x is string => x !== null);
    } finally {
      Py_DECREF(p);
    }
    parentSpec = PyObject_LookupAttrString(parentModule, "__spec__");
    Py_XDECREF(parentSpec);
  }
  // python3 had imported this module before the script's directory was put on sys.path, so a
  // program's own re.py or random.py (the script itself, often) does not stand in for it
  let startupPath: string[] | null = null;
  if (path === null && importedAtCPythonStartup(name) && !importState.startupLoaded.has(name)) {
    importState.startupLoaded.add(name);
    startupPath = importState.startupPath;
  }
  const found = findSpec(name, path, false, startupPath);
  let module: PyObject;
  if (found === null) {
    const viaHook = loadFromMetaPath(name, parent === "" ? null : PyDict_GetItemString(modules, parent));
    if (viaHook === null) throw moduleNotFound(`No module named '${name}'`, name);
    module = viaHook;
  } else {
    try {
      module = loadUnlocked(found, name);
    } finally {
      Py_DECREF(found.spec);
    }
  }
  if (parent !== "") {
    const parentModule = PyDict_GetItemString(modules, parent);
    if (parentModule !== null) {
      try {
        PyObject_SetAttrString(parentModule, name.slice(dot + 1), module);
      } catch (e) {
        if (!exceptionMatches(e, PyExc_ImportError)) Py_DECREF(e as PyBaseException);
      }
    }
  }
  return module;
}

/** _gcd_import / _find_and_load: the module named `name` (absolute), a new reference. */
export function gcdImport(name: string): PyObject {
  const modules = sysModules();
  const m = PyDict_GetItemString(modules, name);
  if (m !== null) {
    if (m === Py_None) throw moduleNotFound(`import of ${name} halted; None in sys.modules`, name);
    countCachedImport(name);
    return Py_NewRef(m);
  }
  const neutral = startImport(name);
  const counted =
    neutral === null ? startCountedImport(name) : startForeignImport(name, neutral.settle !== undefined);
  try {
    const module = findAndLoadUnlocked(name);
    if (neutral !== null && neutral.settle === undefined) {
      for (const sub of startupSubmodules(name)) {
        try {
          Py_DECREF(gcdImport(sub));
        } catch (e) {
          // (a CPython-internal module heapstack does not have)
          if (!exceptionMatches(e, PyExc_ModuleNotFoundError)) throw e;
          Py_DECREF(e as PyBaseException);
        }
      }
    }
    return module;
  } finally {
    finishImport(neutral, name);
    finishCountedImport(counted);
  }
}

// ---------------------------------------------------------------------------------------------
// __import__

function getItem(globals: PyObject, key: string): PyObject | null {
  if (globals instanceof PyDict) return PyDict_GetItemString(globals, key);
  return null;
}

/** _calc___package__ */
function calcPackage(globals: PyObject): PyObject {
  const pkg = getItem(globals, "__package__");
  const spec = getItem(globals, "__spec__");
  if (pkg !== null && pkg !== Py_None) {
    if (!(pkg instanceof PyStr)) raise(PyExc_TypeError, "package must be a string");
    return Py_NewRef(pkg);
  }
  if (spec !== null && spec !== Py_None) return PyObject_GetAttrString(spec, "parent");
  const name = getItem(globals, "__name__");
  if (name === null) raise(PyExc_KeyError, "'__name__' not in globals");
  if (!(name instanceof PyStr)) raise(PyExc_TypeError, "__name__ must be a string");
  if (getItem(globals, "__path__") !== null) return Py_NewRef(name);
  return PyStr_FromString(name.value.slice(0, Math.max(0, name.value.lastIndexOf("."))));
}

function resolveName(name: string, globals: PyObject | null, level: number): string {
  if (globals === null || !(globals instanceof PyDict)) raise(PyExc_KeyError, "'__name__' not in globals");
  const pkgObj = calcPackage(globals);
  let pkg: string;
  try {
    if (!(pkgObj instanceof PyStr)) raise(PyExc_TypeError, "__package__ not set to a string");
    pkg = pkgObj.value;
  } finally {
    Py_DECREF(pkgObj);
  }
  if (pkg === "") raise(PyExc_ImportError, "attempted relative import with no known parent package");
  const bits = pkg.split(".");
  if (bits.length < level) raise(PyExc_ImportError, "attempted relative import beyond top-level package");
  const base = bits.slice(0, bits.length - (level - 1)).join(".");
  return name === "" ? base : `${base}.${name}`;
}

/** PyImport_ImportModuleLevelObject: what `import` statements and `__import__` do (new reference). */
export function PyImport_ImportModuleLevelObject(
  nameObj: PyObject,
  globals: PyObject | null,
  fromlist: PyObject | null,
  level: number,
): PyObject {
  if (!(nameObj instanceof PyStr)) raise(PyExc_TypeError, "module name must be a string");
  if (level < 0) raise(PyExc_ValueError, "level must be >= 0");
  const name = nameObj.value;
  let absName: string;
  if (level > 0) absName = resolveName(name, globals, level);
  else {
    if (name === "") raise(PyExc_ValueError, "Empty module name");
    absName = name;
  }
  const module = gcdImport(absName);
  const hasFromlist = fromlist !== null && fromlist !== Py_None && PyObject_IsTrue(fromlist);
  if (!hasFromlist) {
    if (level === 0 || name.length > 0) {
      const dot = name.indexOf(".");
      if (dot < 0) return module;
      if (level === 0) {
        Py_DECREF(module);
        return gcdImport(name.slice(0, dot));
      }
      const cutOff = name.length - dot;
      const modName = absName.slice(0, absName.length - cutOff);
      Py_DECREF(module);
      const m = PyDict_GetItemString(sysModules(), modName);
      if (m === null) raise(PyExc_KeyError, `'${modName}' not in sys.modules as expected`);
      return Py_NewRef(m);
    }
    return module;
  }
  const path = PyObject_LookupAttrString(module, "__path__");
  if (path === null) return module;
  Py_DECREF(path);
  try {
    handleFromlist(module, fromlist!, false);
  } catch (e) {
    Py_DECREF(module);
    throw e;
  }
  return module;
}

function handleFromlist(module: PyObject, fromlist: PyObject, recursive: boolean): void {
  const items = iterateToArray(fromlist);
  try {
    for (const x of items) {
      if (!(x instanceof PyStr)) {
        const modName = recursive ? moduleName(module) : "";
        const where = recursive ? `${modName}.__all__` : "``from list''";
        raise(PyExc_TypeError, `Item in ${where} must be str, not ${x.ob_type.tp_name}`);
      }
      if (x.value === "*") {
        if (!recursive) {
          const all = PyObject_LookupAttrString(module, "__all__");
          if (all !== null) {
            try {
              handleFromlist(module, all, true);
            } finally {
              Py_DECREF(all);
            }
          }
        }
        continue;
      }
      const existing = PyObject_LookupAttr(module, x);
      if (existing !== null) {
        Py_DECREF(existing);
        continue;
      }
      const fromName = `${moduleName(module)}.${x.value}`;
      try {
        const m = gcdImport(fromName);
        Py_DECREF(m);
      } catch (e) {
        if (exceptionMatches(e, PyExc_ModuleNotFoundError)) {
          const ename = (e as PyBaseException).fields?.name;
          const cached = PyDict_GetItemString(sysModules(), fromName);
          if (ename instanceof PyStr && ename.value === fromName && cached !== Py_None) {
            Py_DECREF(e as PyBaseException);
            continue;
          }
        }
        throw e;
      }
    }
  } finally {
    for (const x of items) Py_DECREF(x);
  }
}

function moduleName(m: PyObject): string {
  const n = PyObject_LookupAttrString(m, "__name__");
  if (n === null) return "<unknown module name>";
  const s = n instanceof PyStr ? n.value : reprOf(n);
  Py_DECREF(n);
  return s;
}

// ---------------------------------------------------------------------------------------------
// IMPORT_FROM and IMPORT_STAR (called by the VM)

/** `from module import name`: the attribute, falling back to sys.modules for circular imports. */
export function importFrom(v: PyObject, name: PyStr): PyObject {
  const x = PyObject_LookupAttr(v, name);
  if (x !== null) return x;
  const pkgnameObj = PyObject_LookupAttrString(v, "__name__");
  let pkgname: string | null = null;
  if (pkgnameObj instanceof PyStr) {
    pkgname = pkgnameObj.value;
    const full = PyDict_GetItemString(sysModules(), `${pkgname}.${name.value}`);
    if (full !== null) {
      Py_DECREF(pkgnameObj);
      return Py_NewRef(full);
    }
  }
  Py_XDECREF(pkgnameObj);
  const shownPkg = pkgname ?? "<unknown module name>";
  const file = PyModule_Check(v) ? PyDict_GetItemString(v.md_dict, "__file__") : null;
  let msg: string;
  if (!(file instanceof PyStr)) {
    msg = `cannot import name ${reprOf(name)} from ${pyRepr(shownPkg)} (unknown location)`;
  } else {
    const spec = PyModule_Check(v) ? PyDict_GetItemString(v.md_dict, "__spec__") : null;
    if (specInitializing(spec)) {
      msg = `cannot import name ${reprOf(name)} from partially initialized module ${pyRepr(shownPkg)} (most likely due to a circular import) (${file.value})`;
    } else {
      msg = `cannot import name ${reprOf(name)} from ${pyRepr(shownPkg)} (${file.value})`;
    }
  }
  const e = PyErr_Format(PyExc_ImportError, msg);
  setImportErrorName(e, pkgname, file instanceof PyStr ? file.value : null);
  throw e;
}

function pyRepr(s: string): string {
  const o = PyStr_FromString(s);
  try {
    return reprOf(o);
  } finally {
    Py_DECREF(o);
  }
}

function specInitializing(spec: PyObject | null): boolean {
  if (spec === null || spec === Py_None) return false;
  const v = PyObject_LookupAttrString(spec, "_initializing");
  if (v === null) return false;
  try {
    return PyObject_IsTrue(v);
  } finally {
    Py_DECREF(v);
  }
}

/** `from module import *` into `locals` (a dict or mapping). */
export function importStar(v: PyObject, locals: PyObject): void {
  let all = PyObject_LookupAttrString(v, "__all__");
  let skipUnderscore = false;
  if (all === null) {
    const d = PyObject_LookupAttrString(v, "__dict__");
    if (d === null) raise(PyExc_ImportError, "from-import-* object has no __dict__ and no __all__");
    try {
      all = PyList_New(iterateToArray(d));
    } finally {
      Py_DECREF(d);
    }
    skipUnderscore = true;
  }
  try {
    const names = iterateToArray(all);
    try {
      for (const n of names) {
        if (!(n instanceof PyStr)) {
          const modname = moduleName(v);
          if (skipUnderscore)
            raise(PyExc_TypeError, `Key in ${modname}.__dict__ must be str, not ${n.ob_type.tp_name}`);
          raise(PyExc_TypeError, `Item in ${modname}.__all__ must be str, not ${n.ob_type.tp_name}`);
        }
        if (skipUnderscore && n.value.startsWith("_")) continue;
        const value = PyObject_GetAttr(v, n);
        try {
          if (locals instanceof PyDict) PyDict_SetItem(locals, n, value);
          else PyObject_SetItem(locals, n, value);
        } finally {
          Py_DECREF(value);
        }
      }
    } finally {
      for (const n of names) Py_DECREF(n);
    }
  } finally {
    Py_DECREF(all);
  }
}

/** import a module by name from TypeScript (PyImport_ImportModule), new reference. */
export function PyImport_ImportModule(name: string): PyObject {
  return gcdImport(name);
}

export function initImportTypes(): void {
  for (const T of [ModuleSpec_Type, SourceFileLoader_Type, NamespaceLoader_Type]) {
    T.tp_getattro = PyObject_GenericGetAttr;
    T.tp_setattro = PyObject_GenericSetAttr;
    T.tp_dealloc = (o) => {
      const d = o.ob_dict;
      o.ob_dict = null;
      if (d) Py_DECREF(d);
      freeObject(o);
    };
    T.tp_traverse = (o, visit) => {
      if (o.ob_dict) visit(o.ob_dict);
    };
  }
  ModuleSpec_Type.tp_repr = specRepr;
}
