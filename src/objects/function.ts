import { addressHex } from "./abstract.js";
import { PyCode, PyCode_Type } from "./code.js";
import { type PyDict, PyDict_New, PyDict_SetItem, PyDict_Type } from "./dict.js";
import { PyExc_AttributeError, PyExc_TypeError, PyExc_ValueError, raise } from "./exceptions.js";
import { PyMethod_New } from "./method.js";
import { defineGetSets } from "./methods.js";
import { Py_None } from "./none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, PyObject } from "./object.js";
import { type PyStr, PyStr_FromString, PyStr_Type } from "./str.js";
import { gcAlloc, gcFree, PyObject_GC_Track, PyObject_GC_UnTrack, PyTuple, PyTuple_Type } from "./tuple.js";
import { newStaticType, PyObject_TypeCheck, TypeFlag } from "./type.js";
import { dictGetStr } from "./typeobject.js";

/**
 * `function` (CPython's Objects/funcobject.c): a code object plus the environment it runs in
 * (globals, builtins, defaults, closure cells). Calling one pushes a frame on the VM's frame
 * stack; `PyFunction_Type.tp_call`, the entry used by native code, is installed by
 * src/vm/call.ts because running code is the VM's business.
 */
export class PyFunction extends PyObject {
  declare func_code: PyCode;
  declare func_globals: PyDict;
  /** CPython's func_builtins: globals' __builtins__ (usually a dict, any object is kept). */
  declare func_builtins: PyObject;
  declare func_name: PyStr;
  declare func_qualname: PyStr;
  declare func_defaults: PyTuple | null;
  declare func_kwdefaults: PyDict | null;
  declare func_closure: PyTuple | null;
  declare func_doc: PyObject;
  declare func_module: PyObject | null;
  /** A dict, or (as MAKE_FUNCTION leaves it in 3.11) a flat tuple of name/value pairs turned into a dict on first access. */
  declare func_annotations: PyObject | null;
  /** Bumped when __code__ or __defaults__ change: keys the VM's call caches. */
  declare func_version: number;

  constructor(code: PyCode, globals: PyDict, builtins: PyObject, qualname: PyStr | null) {
    // The header here rather than in PyObject's shared constructor, no field initializers (see
    // PyObject's constructor): one hidden class for every function.
    super(PyFunction_Type, true);
    this.ob_refcnt = 1;
    this.ob_type = PyFunction_Type;
    this.ob_addr = 0;
    this.ob_size_alloc = 0;
    this.func_defaults = null;
    this.func_kwdefaults = null;
    this.func_closure = null;
    this.func_annotations = null;
    this.func_code = code;
    this.func_globals = globals;
    this.func_builtins = builtins;
    this.func_name = code.co_name;
    this.func_qualname = qualname ?? code.co_qualname;
    const c0 = code.consts.length > 0 ? code.consts[0]! : null;
    this.func_doc = c0 !== null && c0.ob_type === PyStr_Type ? c0 : Py_None;
    this.func_module = dictGetStr(globals, "__name__");
    this.func_version = nextFuncVersion++;
    this.ob_dict = null;
    this.gc_head = null;
  }
}

let nextFuncVersion = 1;

export const PyFunction_Type = newStaticType({
  name: "function",
  flags: TypeFlag.HAVE_GC | TypeFlag.IMMUTABLETYPE,
  basicsize: 136,
});
PyFunction_Type.tp_dictoffset = 1;
PyFunction_Type.tp_weaklistoffset = 1;

/**
 * MAKE_FUNCTION / PyFunction_NewWithQualName: a new function for `code` (borrowed) running in
 * `globals` (borrowed). `builtins` is what the frame creating the function uses (a dict, or
 * whatever object globals' `__builtins__` held).
 */
export function PyFunction_New(
  code: PyCode,
  globals: PyDict,
  builtins: PyObject,
  qualname: PyStr | null = null,
): PyFunction {
  const f = new PyFunction(code, globals, builtins, qualname);
  gcAlloc(f, 136 + 16);
  Py_INCREF(code);
  Py_INCREF(globals);
  Py_INCREF(builtins);
  Py_INCREF(f.func_name);
  Py_INCREF(f.func_qualname);
  Py_INCREF(f.func_doc);
  if (f.func_module !== null) Py_INCREF(f.func_module);
  PyObject_GC_Track(f);
  return f;
}

function func_clear(o: PyObject): void {
  const f = o as PyFunction;
  const fields = [
    f.func_defaults,
    f.func_kwdefaults,
    f.func_closure,
    f.func_module,
    f.func_annotations,
    f.ob_dict,
  ];
  f.func_defaults = null;
  f.func_kwdefaults = null;
  f.func_closure = null;
  f.func_module = null;
  f.func_annotations = null;
  f.ob_dict = null;
  for (const x of fields) Py_XDECREF(x);
}

function func_dealloc(o: PyObject): void {
  const f = o as PyFunction;
  PyObject_GC_UnTrack(f);
  func_clear(f);
  // CPython's func_dealloc also drops the code, globals, builtins, names and doc.
  Py_DECREF(f.func_code);
  Py_DECREF(f.func_globals);
  Py_DECREF(f.func_builtins);
  Py_DECREF(f.func_name);
  Py_DECREF(f.func_qualname);
  Py_DECREF(f.func_doc);
  gcFree(f);
}

function func_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const f = o as PyFunction;
  visit(f.func_code);
  visit(f.func_globals);
  visit(f.func_builtins);
  if (f.func_module !== null) visit(f.func_module);
  if (f.func_defaults !== null) visit(f.func_defaults);
  if (f.func_kwdefaults !== null) visit(f.func_kwdefaults);
  visit(f.func_doc);
  visit(f.func_name);
  if (f.ob_dict) visit(f.ob_dict);
  if (f.func_closure !== null) visit(f.func_closure);
  if (f.func_annotations !== null) visit(f.func_annotations);
  visit(f.func_qualname);
}

function func_repr(o: PyObject): PyObject {
  const f = o as PyFunction;
  return PyStr_FromString(`<function ${f.func_qualname.value} at ${addressHex(f)}>`);
}

/** function.__get__: the function itself from the class, a bound method from an instance. */
function func_descr_get(func: PyObject, obj: PyObject | null): PyObject {
  if (obj === null || obj === Py_None) return Py_NewRef(func);
  return PyMethod_New(func, obj);
}

PyFunction_Type.tp_dealloc = func_dealloc;
PyFunction_Type.tp_traverse = func_traverse;
PyFunction_Type.tp_clear = func_clear;
PyFunction_Type.tp_repr = func_repr;
PyFunction_Type.tp_descr_get = func_descr_get;

/** The annotations dict, converting 3.11's (name, value, ...) tuple on first access. */
export function func_get_annotations(f: PyFunction): PyDict {
  const ann = f.func_annotations;
  if (ann === null) {
    f.func_annotations = PyDict_New();
    return f.func_annotations as PyDict;
  }
  if (ann instanceof PyTuple) {
    const d = PyDict_New();
    const items = ann.items;
    for (let i = 0; i + 1 < items.length; i += 2) PyDict_SetItem(d, items[i]!, items[i + 1]!);
    f.func_annotations = d;
    Py_DECREF(ann);
    return d;
  }
  return ann as PyDict;
}

function setField<K extends keyof PyFunction>(f: PyFunction, key: K, value: PyFunction[K]): void {
  const old = f[key] as PyObject | null;
  if (value !== null) Py_INCREF(value as PyObject);
  f[key] = value;
  Py_XDECREF(old);
}

function readonly(): never {
  raise(PyExc_AttributeError, "readonly attribute");
}

defineGetSets(PyFunction_Type, [
  {
    name: "__code__",
    get: (o) => Py_NewRef((o as PyFunction).func_code),
    set: (o, v) => {
      const f = o as PyFunction;
      if (v === null || !(v instanceof PyCode) || v.ob_type !== PyCode_Type) {
        raise(PyExc_TypeError, "__code__ must be set to a code object");
      }
      const nfree = v.nfreevars;
      const nclosure = f.func_closure === null ? 0 : f.func_closure.items.length;
      if (nclosure !== nfree) {
        raise(
          PyExc_ValueError,
          `${f.func_name.value}() requires a code object with ${nclosure} free vars, not ${nfree}`,
        );
      }
      f.func_version = nextFuncVersion++;
      setField(f, "func_code", v);
    },
  },
  {
    name: "__defaults__",
    get: (o) => Py_NewRef((o as PyFunction).func_defaults ?? Py_None),
    set: (o, v) => {
      const f = o as PyFunction;
      if (v === Py_None) v = null;
      if (v !== null && !PyObject_TypeCheck(v, PyTuple_Type)) {
        raise(PyExc_TypeError, "__defaults__ must be set to a tuple object");
      }
      f.func_version = nextFuncVersion++;
      setField(f, "func_defaults", v as PyTuple | null);
    },
  },
  {
    name: "__kwdefaults__",
    get: (o) => Py_NewRef((o as PyFunction).func_kwdefaults ?? Py_None),
    set: (o, v) => {
      const f = o as PyFunction;
      if (v === Py_None) v = null;
      if (v !== null && !PyObject_TypeCheck(v, PyDict_Type)) {
        raise(PyExc_TypeError, "__kwdefaults__ must be set to a dict object");
      }
      f.func_version = nextFuncVersion++;
      setField(f, "func_kwdefaults", v as PyDict | null);
    },
  },
  {
    name: "__annotations__",
    get: (o) => Py_NewRef(func_get_annotations(o as PyFunction)),
    set: (o, v) => {
      const f = o as PyFunction;
      if (v === Py_None) v = null;
      if (v !== null && !PyObject_TypeCheck(v, PyDict_Type)) {
        raise(PyExc_TypeError, "__annotations__ must be set to a dict object");
      }
      setField(f, "func_annotations", v);
    },
  },
  {
    name: "__name__",
    get: (o) => Py_NewRef((o as PyFunction).func_name),
    set: (o, v) => {
      if (v === null || !PyObject_TypeCheck(v, PyStr_Type)) {
        raise(PyExc_TypeError, "__name__ must be set to a string object");
      }
      const f = o as PyFunction;
      const old = f.func_name;
      f.func_name = Py_NewRef(v as PyStr);
      Py_DECREF(old);
    },
  },
  {
    name: "__qualname__",
    get: (o) => Py_NewRef((o as PyFunction).func_qualname),
    set: (o, v) => {
      if (v === null || !PyObject_TypeCheck(v, PyStr_Type)) {
        raise(PyExc_TypeError, "__qualname__ must be set to a string object");
      }
      const f = o as PyFunction;
      const old = f.func_qualname;
      f.func_qualname = Py_NewRef(v as PyStr);
      Py_DECREF(old);
    },
  },
  {
    name: "__closure__",
    get: (o) => Py_NewRef((o as PyFunction).func_closure ?? Py_None),
    set: readonly,
    kind: "member",
  },
  {
    name: "__doc__",
    get: (o) => Py_NewRef((o as PyFunction).func_doc),
    set: (o, v) => {
      const f = o as PyFunction;
      const old = f.func_doc;
      f.func_doc = Py_NewRef(v ?? Py_None);
      Py_DECREF(old);
    },
    kind: "member",
  },
  {
    name: "__globals__",
    get: (o) => Py_NewRef((o as PyFunction).func_globals),
    set: readonly,
    kind: "member",
  },
  {
    name: "__module__",
    get: (o) => Py_NewRef((o as PyFunction).func_module ?? Py_None),
    set: (o, v) => setField(o as PyFunction, "func_module", v),
    kind: "member",
  },
  {
    name: "__builtins__",
    get: (o) => Py_NewRef((o as PyFunction).func_builtins),
    set: readonly,
    kind: "member",
  },
  {
    name: "__dict__",
    get: (o) => {
      if (!o.ob_dict) o.ob_dict = PyDict_New();
      return Py_NewRef(o.ob_dict);
    },
    set: (o, v) => {
      if (v === null) raise(PyExc_TypeError, "cannot delete __dict__");
      if (!PyObject_TypeCheck(v, PyDict_Type)) {
        raise(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
      }
      const old = o.ob_dict ?? null;
      o.ob_dict = Py_NewRef(v as PyDict);
      Py_XDECREF(old);
    },
  },
]);
