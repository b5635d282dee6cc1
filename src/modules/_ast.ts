/**
 * The `_ast` module behind lib/ast.py: the node specs of CPython 3.11's Python.asdl (fields and
 * attributes of every concrete node class, from the parser's NODE_SPECS) and `_parse`, which runs
 * heapstack's parser and turns its syntax tree into instances of the Python node classes that
 * lib/ast.py defines (CPython's Python/Python-ast.c ast2obj_* functions).
 */
import { PyObject_Call, PyObject_SetAttrString } from "../objects/abstract.js";
import { Py_False, Py_True } from "../objects/bool.js";
import { bufferBytes, PyBytes_FromBytes } from "../objects/bytes.js";
import { PyComplex_FromDoubles } from "../objects/complex.js";
import { PyDict, PyDict_GetItemString } from "../objects/dict.js";
import { PyExc_KeyError, PyExc_TypeError, PyExc_ValueError, raise } from "../objects/exceptions.js";
import { PyFloat_FromDouble } from "../objects/float.js";
import { PyInt_FromBigInt, PyInt_FromNumber } from "../objects/int.js";
import { PyList_New } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import { type PyModule, PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/module.js";
import { Py_Ellipsis, Py_None } from "../objects/none.js";
import { Py_DECREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { PyStr, PyStr_FromString } from "../objects/str.js";
import { PyTuple_New } from "../objects/tuple.js";
import type { ConstantValue } from "../parser/constant.js";
import { NODE_SPECS, type ParseMode, parse } from "../parser/index.js";
import { isSyntaxErrorLike, syntaxErrorObject } from "./builtins/code.js";
import { registerBuiltinModule } from "./importlib.js";

/** A Constant's value as a Python object (new reference). */
function constantObject(c: ConstantValue): PyObject {
  if (c === null) return Py_NewRef(Py_None);
  if (typeof c === "boolean") return Py_NewRef(c ? Py_True : Py_False);
  if (typeof c === "bigint") return PyInt_FromBigInt(c);
  if (typeof c === "number") return PyFloat_FromDouble(c);
  if (typeof c === "string") return PyStr_FromString(c);
  switch (c.kind) {
    case "str":
      return PyStr_FromString(c.text);
    case "bytes":
      return PyBytes_FromBytes(c.value.slice());
    case "complex":
      return PyComplex_FromDoubles(0, c.imag);
    case "ellipsis":
      return Py_NewRef(Py_Ellipsis);
  }
  raise(PyExc_ValueError, "unknown constant kind");
}

/** A plain field value (identifier, string, int) or a Constant's value (new reference). */
function valueObject(v: unknown, isConstant: boolean): PyObject {
  if (isConstant) return constantObject(v as ConstantValue);
  if (v === null || v === undefined) return Py_NewRef(Py_None);
  if (typeof v === "string") return PyStr_FromString(v);
  if (typeof v === "number") return PyInt_FromNumber(v);
  if (typeof v === "bigint") return PyInt_FromBigInt(v);
  if (typeof v === "boolean") return Py_NewRef(v ? Py_True : Py_False);
  return constantObject(v as ConstantValue);
}

/** The parser's node (or list of nodes, or value) as Python objects of `classes` (new reference). */
function toPython(v: unknown, classes: PyDict, isConstant: boolean): PyObject {
  if (Array.isArray(v)) return PyList_New(v.map((x) => toPython(x, classes, false)));
  if (v !== null && typeof v === "object" && "_type" in v) {
    const node = v as Record<string, unknown> & { _type: string };
    const cls = PyDict_GetItemString(classes, node._type);
    if (cls === null) raise(PyExc_KeyError, `no ast class ${node._type}`);
    const obj = PyObject_Call(cls, [], null);
    const spec = NODE_SPECS[node._type]!;
    try {
      for (const f of spec.fields) {
        const fv = node[f.name];
        const item = toPython(fv === undefined ? null : fv, classes, f.type === "constant");
        try {
          PyObject_SetAttrString(obj, f.name, item);
        } finally {
          Py_DECREF(item);
        }
      }
      for (const a of spec.attributes) {
        const av = node[a];
        if (av === undefined) continue;
        const item = valueObject(av, false);
        try {
          PyObject_SetAttrString(obj, a, item);
        } finally {
          Py_DECREF(item);
        }
      }
    } catch (e) {
      Py_DECREF(obj);
      throw e;
    }
    return obj;
  }
  return valueObject(v, isConstant);
}

const MODES: readonly string[] = ["exec", "eval", "single", "func_type"];

/** _parse(source, filename, mode, type_comments, classes): the tree of `source` as ast nodes. */
function ast_parse(_m: PyObject | null, args: PyObject[]): PyObject {
  if (args.length !== 5) raise(PyExc_TypeError, "_parse() takes exactly 5 arguments");
  const [sourceObj, filenameObj, modeObj, typeComments, classes] = args as [
    PyObject,
    PyObject,
    PyObject,
    PyObject,
    PyObject,
  ];
  let source: string | Uint8Array;
  if (sourceObj instanceof PyStr) source = sourceObj.value;
  else {
    const b = bufferBytes(sourceObj);
    if (b === null) raise(PyExc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    source = b;
  }
  let filename: string;
  if (filenameObj instanceof PyStr) filename = filenameObj.value;
  else {
    const b = bufferBytes(filenameObj);
    if (b === null)
      raise(PyExc_TypeError, `expected str, bytes or os.PathLike object, not ${filenameObj.ob_type.tp_name}`);
    filename = new TextDecoder().decode(b);
  }
  if (!(modeObj instanceof PyStr))
    raise(PyExc_TypeError, `compile() argument 'mode' must be str, not ${modeObj.ob_type.tp_name}`);
  if (!MODES.includes(modeObj.value))
    raise(PyExc_ValueError, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
  if (!(classes instanceof PyDict)) raise(PyExc_TypeError, "_parse() classes must be a dict");
  let tree: unknown;
  try {
    tree = parse(source, modeObj.value as ParseMode, {
      filename,
      typeComments: typeComments === Py_True,
      exactStrings: false,
    });
  } catch (e) {
    if (isSyntaxErrorLike(e)) throw syntaxErrorObject(e);
    throw e;
  }
  return toPython(tree, classes, false);
}

/** {name: (fields, attributes)} for every concrete node class. */
function specsDict(): PyObject {
  const names = Object.keys(NODE_SPECS);
  const items: PyObject[] = names.map((name) => {
    const spec = NODE_SPECS[name]!;
    return PyTuple_New([
      PyStr_FromString(name),
      PyTuple_New(spec.fields.map((f) => PyStr_FromString(f.name))),
      PyTuple_New(spec.attributes.map((a) => PyStr_FromString(a))),
      PyTuple_New(spec.fields.map((f) => PyStr_FromString(f.qualifier))),
    ]);
  });
  return PyTuple_New(items);
}

const AST_FUNCTIONS: MethodDef[] = [{ name: "_parse", impl: (m, args) => ast_parse(m, args) }];

function createAstModule(): PyModule {
  const m = PyModule_New("_ast");
  PyModule_Add(m, "_specs", specsDict());
  PyModule_Add(m, "PyCF_ONLY_AST", PyInt_FromNumber(0x400));
  PyModule_Add(m, "PyCF_TYPE_COMMENTS", PyInt_FromNumber(0x1000));
  PyModule_Add(m, "PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt_FromNumber(0x2000));
  PyModule_AddFunctions(m, AST_FUNCTIONS);
  return m;
}

export function registerAstModule(): void {
  registerBuiltinModule("_ast", createAstModule);
}
