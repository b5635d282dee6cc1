/**
 * The `_weakref` builtin module (CPython 3.11's Modules/_weakref.c): the low-level interface
 * that `lib/weakref.py` builds on — `ref`, `proxy`, `getweakrefcount`, `getweakrefs`, the three
 * weak reference types and `_remove_dead_weakref`.
 */
import { oneArg, positional } from "../objects/args.js";
import { PyDict, PyDict_DelItem, PyDict_GetItem } from "../objects/dict.js";
import { PyExc_TypeError, raise } from "../objects/exceptions.js";
import { PyInt_FromNumber } from "../objects/int.js";
import { PyList_New } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import {
  type PyModule,
  PyModule_Add,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_NewRef, type PyObject } from "../objects/object.js";
import { argTypeName, PyStr_FromString } from "../objects/str.js";
import {
  getWeakrefCount,
  PyWeakref_CallableProxyType,
  PyWeakref_Check,
  PyWeakref_NewProxy,
  PyWeakref_ProxyType,
  PyWeakref_RefType,
  weakrefsAsArray,
} from "../objects/weakref.js";
import { registerBuiltinModule } from "./importlib.js";

function weakref_proxy(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, "proxy() takes no keyword arguments");
  positional("proxy", args, null, 1, 2);
  return PyWeakref_NewProxy(args[0]!, args.length > 1 ? args[1]! : null);
}

/** _remove_dead_weakref(dct, key): delete dct[key] if it is a dead weak reference. */
function remove_dead_weakref(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  positional("_remove_dead_weakref", args, kwnames, 2, 2);
  const dct = args[0]!;
  if (!(dct instanceof PyDict)) {
    raise(PyExc_TypeError, `_remove_dead_weakref() argument 1 must be dict, not ${argTypeName(dct)}`);
  }
  const key = args[1]!;
  const v = PyDict_GetItem(dct, key);
  if (v !== null && PyWeakref_Check(v) && v.wr_object === null) PyDict_DelItem(dct, key);
  return Py_NewRef(Py_None);
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "getweakrefcount",
    impl: (_m, a, k) => PyInt_FromNumber(getWeakrefCount(oneArg("_weakref.getweakrefcount", a, k))),
  },
  {
    name: "getweakrefs",
    impl: (_m, a, k) => PyList_New(weakrefsAsArray(oneArg("_weakref.getweakrefs", a, k))),
  },
  { name: "proxy", impl: weakref_proxy },
  { name: "_remove_dead_weakref", impl: remove_dead_weakref },
];

function createWeakrefModule(): PyModule {
  const m = PyModule_New("_weakref");
  PyModule_Add(m, "__doc__", PyStr_FromString("Weak-reference support module."));
  PyModule_AddFunctions(m, FUNCTIONS);
  PyModule_AddObjectRef(m, "ref", PyWeakref_RefType);
  PyModule_AddObjectRef(m, "ReferenceType", PyWeakref_RefType);
  PyModule_AddObjectRef(m, "ProxyType", PyWeakref_ProxyType);
  PyModule_AddObjectRef(m, "CallableProxyType", PyWeakref_CallableProxyType);
  return m;
}

let registered = false;

/** Makes `import _weakref` available (once per process). */
export function registerWeakrefModule(): void {
  if (registered) return;
  registered = true;
  registerBuiltinModule("_weakref", createWeakrefModule);
}
