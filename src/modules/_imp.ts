/**
 * `_imp` and the Python face of the import system's objects: what lib/importlib/ is built on.
 *
 * The import statement itself is native (src/modules/importlib.ts); this file makes its spec and
 * loader objects usable from Python the way importlib's are in CPython: `ModuleSpec(...)` and
 * `SourceFileLoader(name, path)` can be constructed, loaders have `create_module`,
 * `exec_module`, `get_code`, `get_source`, `get_filename`, `get_data`, `is_package`, and
 * BuiltinImporter/FrozenImporter answer `find_spec` — so `importlib.util.spec_from_file_location`
 * + `module_from_spec` + `spec.loader.exec_module(module)`, `importlib.reload` and `runpy` work.
 */
import { PyObject_GetAttrString, PyObject_IsTrue, PyObject_LookupAttrString } from "../objects/abstract.js";
import { parseArgs } from "../objects/args.js";
import { PyBool_FromBool } from "../objects/bool.js";
import { PyBytes_FromBytes } from "../objects/bytes.js";
import { decodeBytes } from "../objects/codecs.js";
import { PyDict_GetItemString, PyDict_SetItemString } from "../objects/dict.js";
import { PyExc_ImportError, PyExc_TypeError, raise } from "../objects/exceptions.js";
import { PyInt, PyInt_FromNumber } from "../objects/int.js";
import { PyList, PyList_New } from "../objects/list.js";
import { defineMethods, type MethodDef } from "../objects/methods.js";
import { type PyModule, PyModule_AddFunctions, PyModule_Check, PyModule_New } from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { PyStr, PyStr_FromString } from "../objects/str.js";
import { compileSource } from "./builtins/code.js";
import {
  BuiltinImporter_Type,
  builtinModuleNames,
  type FoundSpec,
  FrozenImporter_Type,
  findSpec,
  frozenFilename,
  gcdImport,
  hostRead,
  importState,
  isFrozenStdlib,
  ModuleSpec_Type,
  NamespaceLoader_Type,
  newBag,
  newSpec,
  registerBuiltinModule,
  runFileInModule,
  SourceFileLoader_Type,
} from "./importlib.js";

function strOf(o: PyObject | null | undefined, what: string): string {
  if (o instanceof PyStr) return o.value;
  raise(PyExc_TypeError, `${what} must be str, not ${o?.ob_type.tp_name ?? "NoneType"}`);
}

function attrString(o: PyObject, name: string): string | null {
  const v = PyObject_LookupAttrString(o, name);
  if (v === null) return null;
  try {
    return v instanceof PyStr ? v.value : null;
  } finally {
    Py_DECREF(v);
  }
}

function readFile(path: string): Uint8Array {
  return hostRead(path, path);
}

/** exec_module: the file's code run in the module's namespace. */
function execSource(module: PyObject, path: string, filename: string): PyObject {
  if (!PyModule_Check(module)) raise(PyExc_TypeError, "exec_module() argument must be a module");
  runFileInModule(path, path, filename, module as PyModule);
  return Py_NewRef(Py_None);
}

function loaderPath(self: PyObject): string {
  const p = attrString(self, "path");
  if (p === null) raise(PyExc_ImportError, "loader has no path");
  return p;
}

const none = () => Py_NewRef(Py_None);

// SourceFileLoader(fullname, path)
SourceFileLoader_Type.tp_new = (_type, args, kwnames) => {
  const [name, path] = parseArgs("SourceFileLoader", args, kwnames, {
    names: ["fullname", "path"],
    required: 2,
  });
  return newBag(SourceFileLoader_Type, [
    ["name", Py_NewRef(name!)],
    ["path", Py_NewRef(path!)],
  ]);
};

defineMethods(SourceFileLoader_Type, {
  create_module: { impl: () => none(), textSignature: "($self, spec, /)" },
  exec_module: (self, args) => {
    const path = loaderPath(self!);
    return execSource(args[0]!, path, path);
  },
  get_filename: (self) => PyStr_FromString(loaderPath(self!)),
  get_data: (_self, args) => PyBytes_FromBytes(readFile(strOf(args[0], "path"))),
  get_source: (self) => {
    const data = readFile(loaderPath(self!));
    return PyStr_FromString(decodeBytes(data, "utf-8", "strict", null).replace(/\r\n?/g, "\n"));
  },
  get_code: (self) => {
    const path = loaderPath(self!);
    return compileSource(readFile(path), path, "exec");
  },
  is_package: (self) => PyBool_FromBool(/(^|\/)__init__\.py$/.test(loaderPath(self!))),
  load_module: (self, args) => loadModule(self!, args[0] ?? null),
});

/** The deprecated load_module(): a module made, registered in sys.modules and executed. */
function loadModule(loader: PyObject, nameArg: PyObject | null): PyObject {
  const name = nameArg === null || nameArg === Py_None ? attrString(loader, "name") : strOf(nameArg, "name");
  if (name === null) raise(PyExc_ImportError, "loader cannot handle an unnamed module");
  const modules = importState.modules;
  if (modules === null) raise(PyExc_ImportError, "sys.modules is not available");
  const existing = PyDict_GetItemString(modules, name);
  const module = existing !== null ? Py_NewRef(existing) : PyModule_New(name);
  try {
    const d = (module as PyModule).md_dict;
    const path = loaderPath(loader);
    PyDict_SetItemString(d, "__file__", PyObject_GetAttrString(loader, "path"));
    Py_DECREF(PyDict_GetItemString(d, "__file__")!);
    PyDict_SetItemString(d, "__loader__", loader);
    PyDict_SetItemString(modules, name, module);
    Py_DECREF(execSource(module, path, path));
    return Py_NewRef(PyDict_GetItemString(modules, name) ?? module);
  } finally {
    Py_DECREF(module);
  }
}

NamespaceLoader_Type.tp_new = (_type, args, kwnames) => {
  const [name, path] = parseArgs("NamespaceLoader", args, kwnames, {
    names: ["name", "path", "path_finder"],
    required: 3,
  });
  return newBag(NamespaceLoader_Type, [
    ["_name", Py_NewRef(name!)],
    ["_path", Py_NewRef(path!)],
  ]);
};

defineMethods(NamespaceLoader_Type, {
  create_module: () => none(),
  exec_module: () => none(),
  is_package: () => PyBool_FromBool(true),
  get_source: () => PyStr_FromString(""),
  get_code: () => compileSource("", "<string>", "exec"),
});

/** Methods of BuiltinImporter and FrozenImporter, which are used as classes. */
function importerMethods(kind: "builtin" | "frozen"): Record<string, Omit<MethodDef, "name">> {
  const handles = (name: string) =>
    kind === "builtin" ? builtinModuleNames().includes(name) : isFrozenStdlib(name);
  return {
    find_spec: {
      kind: "class",
      impl: (_cls, args, kwnames) => {
        const [name] = parseArgs("find_spec", args, kwnames, {
          names: ["fullname", "path", "target"],
          required: 1,
        });
        const fullname = strOf(name, "fullname");
        if (!handles(fullname)) return none();
        const found = findSpec(fullname, null);
        if (found === null || found.kind !== kind) {
          if (found !== null) Py_DECREF(found.spec);
          return none();
        }
        return found.spec;
      },
    },
    create_module: {
      kind: "class",
      impl: (_cls, args) => {
        if (kind === "frozen") return none();
        const name = attrString(args[0]!, "name");
        if (name === null || !handles(name)) raise(PyExc_ImportError, `no built-in module named ${name}`);
        return gcdImport(name);
      },
    },
    exec_module: {
      kind: "class",
      impl: (_cls, args) => {
        if (kind === "builtin") return none();
        const module = args[0]!;
        const name = attrString(module, "__name__") ?? "";
        const spec = PyObject_GetAttrString(module, "__spec__");
        try {
          const state = PyObject_GetAttrString(spec, "loader_state");
          try {
            const file = attrString(state, "filename");
            if (file === null) raise(PyExc_ImportError, `${name} is not a frozen module`);
            return execSource(module, file, frozenFilename(name));
          } finally {
            Py_DECREF(state);
          }
        } finally {
          Py_DECREF(spec);
        }
      },
    },
    is_package: { kind: "class", impl: () => PyBool_FromBool(false) },
    get_code: { kind: "class", impl: () => none() },
    get_source: { kind: "class", impl: () => none() },
  };
}
defineMethods(BuiltinImporter_Type, importerMethods("builtin"));
defineMethods(FrozenImporter_Type, importerMethods("frozen"));

// ModuleSpec(name, loader, *, origin=None, loader_state=None, is_package=None)
ModuleSpec_Type.tp_new = (_type, args, kwnames) => {
  const [name, loader, origin, loaderState, isPackage] = parseArgs("ModuleSpec", args, kwnames, {
    names: ["name", "loader", "origin", "loader_state", "is_package"],
    required: 2,
    kwonlyFrom: 2,
  });
  const fullname = strOf(name, "name");
  const pkg = isPackage !== null && isPackage !== Py_None && PyObject_IsTrue(isPackage);
  const spec = newSpec(
    fullname,
    loader!,
    origin === null || origin === Py_None ? null : strOf(origin, "origin"),
    pkg ? [] : null,
    pkg,
  );
  const d = spec.ob_dict!;
  // Only spec_from_file_location says a spec has a location; the constructor never does.
  PyDict_SetItemString(d, "has_location", PyBool_FromBool(false));
  PyDict_SetItemString(d, "cached", Py_None);
  if (loaderState !== null) PyDict_SetItemString(d, "loader_state", loaderState);
  return spec;
};

const FUNCTIONS: MethodDef[] = [
  {
    name: "is_builtin",
    impl: (_m, args) => PyInt_FromNumber(builtinModuleNames().includes(strOf(args[0], "name")) ? 1 : 0),
  },
  { name: "is_frozen", impl: (_m, args) => PyBool_FromBool(isFrozenStdlib(strOf(args[0], "name"))) },
  { name: "extension_suffixes", impl: () => PyList_New([]) },
  {
    /**
     * CPython's test hook (1: import the frozen modules frozen, -1: from source, 0: the
     * default), called by test.support.import_helper.frozen_modules around
     * import_fresh_module. heapstack's frozen modules are always its own library files, so
     * the choice changes nothing; the argument is checked as CPython's int parameter is.
     */
    name: "_override_frozen_modules_for_tests",
    impl: (_m, args) => {
      if (args.length !== 1)
        raise(
          PyExc_TypeError,
          `_imp._override_frozen_modules_for_tests() takes exactly one argument (${args.length} given)`,
        );
      if (!(args[0] instanceof PyInt))
        raise(PyExc_TypeError, `'${args[0]!.ob_type.tp_name}' object cannot be interpreted as an integer`);
      return none();
    },
  },
  {
    /**
     * heapstack's own: the meta path's answer for `name` over `path` (None: sys.path); with a
     * true third argument, PathFinder's alone (no built-in or frozen modules).
     */
    name: "_find_spec",
    impl: (_m, args) => {
      const name = strOf(args[0], "name");
      const pathOnly = args[2] !== undefined && PyObject_IsTrue(args[2]);
      const pathArg = args[1] ?? Py_None;
      let paths: string[] | null = null;
      if (pathArg !== Py_None) {
        if (!(pathArg instanceof PyList)) raise(PyExc_TypeError, "path must be a list or None");
        paths = pathArg.items.filter((x): x is PyStr => x instanceof PyStr).map((x) => x.value);
      }
      const found: FoundSpec | null = findSpec(name, paths, pathOnly);
      return found === null ? none() : found.spec;
    },
  },
];

function createImpModule(): PyModule {
  const m = PyModule_New("_imp");
  PyModule_AddFunctions(m, FUNCTIONS);
  // heapstack's own: the classes lib/importlib/machinery.py re-exports.
  const classes: [string, PyObject][] = [
    ["_ModuleSpec", ModuleSpec_Type],
    ["_SourceFileLoader", SourceFileLoader_Type],
    ["_NamespaceLoader", NamespaceLoader_Type],
    ["_BuiltinImporter", BuiltinImporter_Type],
    ["_FrozenImporter", FrozenImporter_Type],
  ];
  for (const [name, cls] of classes) PyDict_SetItemString(m.md_dict, name, cls);
  return m;
}

export function registerImpModule(): void {
  registerBuiltinModule("_imp", createImpModule);
}
