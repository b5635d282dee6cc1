/**
 * The `_ast` module behind lib/ast.py: the node specs of CPython 3.11's Python.asdl (fields and
 * attributes of every concrete node class, from the parser's NODE_SPECS) and `_parse`, which runs
 * heapstack's parser and turns its syntax tree into instances of the Python node classes that
 * lib/ast.py defines (CPython's Python/Python-ast.c ast2obj_* functions).
 */
import { compile as compileAst } from "../compiler/compile.js";
import {
  PyObject_Call,
  PyObject_GetAttrString,
  PyObject_LookupAttrString,
  PyObject_Repr,
  PyObject_SetAttrString,
} from "../objects/abstract.js";
import { Py_False, Py_True } from "../objects/bool.js";
import { bufferBytes, PyBytes, PyBytes_FromBytes } from "../objects/bytes.js";
import { PyCode_FromUnit } from "../objects/code.js";
import { PyComplex, PyComplex_FromDoubles } from "../objects/complex.js";
import { PyDict, PyDict_GetItemString } from "../objects/dict.js";
import { PyExc_KeyError, PyExc_TypeError, PyExc_ValueError, raise } from "../objects/exceptions.js";
import { PyFloat, PyFloat_FromDouble } from "../objects/float.js";
import { PyInt, PyInt_FromBigInt, PyInt_FromNumber } from "../objects/int.js";
import { PyList, PyList_New } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import { type PyModule, PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/module.js";
import { Py_Ellipsis, Py_None } from "../objects/none.js";
import { Py_DECREF, Py_NewRef, PyObject } from "../objects/object.js";
import { argTypeName, PyStr, PyStr_FromString } from "../objects/str.js";
import { PyTuple_New } from "../objects/tuple.js";
import { PyType } from "../objects/type.js";
import type { ConstantValue } from "../parser/constant.js";
import { type mod, NODE_SPECS, type ParseMode, parse } from "../parser/index.js";
import { isSyntaxErrorLike, syntaxErrorObject } from "./builtins/code.js";
import { PyImport_ImportModule, registerBuiltinModule } from "./importlib.js";

/** The CO_FUTURE_* bits compile() passes on (as builtins/code.ts FUTURE_MASK). */
const FUTURE_FLAGS = 0x1fe0000;

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
    if (!(cls instanceof PyType)) return Py_NewRef(cls);
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
    raise(PyExc_TypeError, `compile() argument 'mode' must be str, not ${argTypeName(modeObj)}`);
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

/** (name, fields, attributes, qualifiers, field types) for every concrete node class. */
function specsDict(): PyObject {
  const names = Object.keys(NODE_SPECS);
  const items: PyObject[] = names.map((name) => {
    const spec = NODE_SPECS[name]!;
    return PyTuple_New([
      PyStr_FromString(name),
      PyTuple_New(spec.fields.map((f) => PyStr_FromString(f.name))),
      PyTuple_New(spec.attributes.map((a) => PyStr_FromString(a))),
      PyTuple_New(spec.fields.map((f) => PyStr_FromString(f.qualifier))),
      PyTuple_New(spec.fields.map((f) => PyStr_FromString(f.type))),
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

// ---------------------------------------------------------------------------------------------
// Python nodes back to the parser's tree, for compile(tree) (CPython's obj2ast_* functions)

/** The ast class name of `obj` (its own class or the nearest ast base), or null. */
function nodeTypeName(obj: PyObject, classes: PyDict, expected: string): string | null {
  const mro = obj.ob_type.tp_mro;
  const shortName = (t: PyType): string => t.tp_name.slice(t.tp_name.lastIndexOf(".") + 1);
  // The node must be of the kind the field holds (an operator where an operator goes).
  if (!mro.some((t) => shortName(t) === expected)) return null;
  for (const t of mro) {
    const name = shortName(t);
    if (PyDict_GetItemString(classes, name) === t && NODE_SPECS[name] !== undefined) return name;
  }
  return null;
}

/** The attribute `name` of `obj`, or undefined (a borrowed view: the caller must not keep it). */
function optionalAttr(obj: PyObject, name: string): PyObject | undefined {
  const v = PyObject_LookupAttrString(obj, name);
  if (v === null) return undefined;
  Py_DECREF(v);
  return v;
}

function constantValue(v: PyObject): ConstantValue {
  if (v === Py_None) return null;
  if (v === Py_True || v === Py_False) return v === Py_True;
  if (v === Py_Ellipsis) return { kind: "ellipsis" } as ConstantValue;
  if (v instanceof PyInt) return BigInt(v.value);
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyStr) return v.value;
  if (v instanceof PyBytes) return { kind: "bytes", value: v.value.slice() } as ConstantValue;
  if (v instanceof PyComplex && v.real === 0 && !Object.is(v.real, -0))
    return { kind: "complex", imag: v.imag } as ConstantValue;
  if (v instanceof PyComplex)
    return { kind: "complex", imag: v.imag, real: v.real } as unknown as ConstantValue;
  raise(PyExc_TypeError, `got an invalid type in Constant: ${v.ob_type.tp_name}`);
}

function plainValue(v: PyObject, type: string): unknown {
  if (type === "constant") return constantValue(v);
  if (v === Py_None) return null;
  if (type === "int") {
    if (!(v instanceof PyInt)) raise(PyExc_ValueError, `invalid integer value: ${reprOf(v)}`);
    return Number(v.value);
  }
  if (!(v instanceof PyStr)) raise(PyExc_TypeError, "AST identifier must be of type str");
  return v.value;
}

function reprOf(v: PyObject): string {
  const r = PyObject_Repr(v);
  try {
    return (r as PyStr).value;
  } finally {
    Py_DECREF(r);
  }
}

const LOCATED_TYPES = new Set(["stmt", "expr", "excepthandler", "pattern", "arg", "keyword", "alias"]);

const PLAIN_TYPES = new Set(["identifier", "string", "int", "constant"]);

function fromPython(obj: PyObject, classes: PyDict, expected: string): Record<string, unknown> {
  // CPython reads a located node's position before looking at its class.
  if (LOCATED_TYPES.has(expected)) {
    for (const a of ["lineno", "col_offset"]) {
      const v = optionalAttr(obj, a);
      if (v === undefined || v === Py_None)
        raise(PyExc_TypeError, `required field "${a}" missing from ${expected}`);
    }
  }
  const typeName = nodeTypeName(obj, classes, expected);
  if (typeName === null) raise(PyExc_TypeError, `expected some sort of ${expected}, but got ${reprOf(obj)}`);
  const spec = NODE_SPECS[typeName]!;
  const node: Record<string, unknown> = { _type: typeName };
  for (const f of spec.fields) {
    const v = optionalAttr(obj, f.name);
    if (v === undefined || (v === Py_None && f.qualifier !== "")) {
      if (f.qualifier === "?") {
        node[f.name] = null;
        continue;
      }
      if (v === Py_None && f.type !== "constant")
        raise(PyExc_ValueError, `field '${f.name}' is required for ${typeName}`);
      if (v === undefined) raise(PyExc_TypeError, `required field "${f.name}" missing from ${typeName}`);
    }
    const convert = (item: PyObject): unknown =>
      PLAIN_TYPES.has(f.type) ? plainValue(item, f.type) : fromPython(item, classes, f.type);
    if (f.qualifier === "*") {
      if (!(v instanceof PyList))
        raise(PyExc_TypeError, `${typeName} field "${f.name}" must be a list, not a ${v!.ob_type.tp_name}`);
      node[f.name] = [...v.items].map((item) =>
        // Dict keys may be None (a ** entry), as may kw_defaults (a keyword-only parameter
        // without a default).
        item === Py_None && (f.name === "keys" || f.name === "kw_defaults") ? null : convert(item),
      );
    } else {
      node[f.name] = convert(v!);
    }
  }
  for (const a of spec.attributes) {
    const v = optionalAttr(obj, a);
    if (v === undefined || v === Py_None) {
      if (a === "end_lineno" || a === "end_col_offset") {
        node[a] = node[a === "end_lineno" ? "lineno" : "col_offset"];
        continue;
      }
      raise(PyExc_TypeError, `required field "${a}" missing from ${expected}`);
    }
    node[a] = plainValue(v, "int");
  }
  return node;
}

function astClasses(name = "_classes"): PyDict {
  const ast = PyImport_ImportModule("ast");
  try {
    const classes = PyObject_GetAttrString(ast, name);
    Py_DECREF(classes);
    if (!(classes instanceof PyDict)) raise(PyExc_TypeError, `ast.${name} must be a dict`);
    return classes;
  } finally {
    Py_DECREF(ast);
  }
}

function isAstObject(o: PyObject): boolean {
  return o.ob_type.tp_mro.some((t) => t.tp_name === "AST" || t.tp_name === "ast.AST");
}

// ---------------------------------------------------------------------------------------------
// a part of CPython's Python/ast.c validator: expression contexts and empty bodies

type Node = Record<string, unknown> & { _type: string };

const CONTEXT_NODES = new Set(["Name", "Attribute", "Subscript", "Starred", "List", "Tuple"]);
/** Statement fields whose list may not be empty. */
const NONEMPTY: Record<string, string[]> = {
  FunctionDef: ["body"],
  AsyncFunctionDef: ["body"],
  ClassDef: ["body"],
  Delete: ["targets"],
  Assign: ["targets"],
  For: ["body"],
  AsyncFor: ["body"],
  While: ["body"],
  If: ["body"],
  With: ["items", "body"],
  AsyncWith: ["items", "body"],
  Try: ["body"],
  TryStar: ["body"],
  ExceptHandler: ["body"],
  match_case: ["body"],
  Match: ["cases"],
  BoolOp: ["values"],
};
/** Fields that are assignment targets: the context they must have. */
const TARGETS: Record<string, Record<string, string>> = {
  Assign: { targets: "Store" },
  AugAssign: { target: "Store" },
  AnnAssign: { target: "Store" },
  Delete: { targets: "Del" },
  For: { target: "Store" },
  AsyncFor: { target: "Store" },
  withitem: { optional_vars: "Store" },
  comprehension: { target: "Store" },
  NamedExpr: { target: "Store" },
};

function validate(v: unknown, context: string): void {
  if (Array.isArray(v)) {
    for (const item of v) validate(item, context);
    return;
  }
  if (v === null || typeof v !== "object" || !("_type" in v)) return;
  const node = v as Node;
  for (const field of NONEMPTY[node._type] ?? []) {
    const list = node[field];
    if (Array.isArray(list) && list.length === 0) raise(PyExc_ValueError, `empty ${field} on ${node._type}`);
  }
  if (CONTEXT_NODES.has(node._type)) {
    const actual = (node.ctx as Node)._type;
    if (actual !== context)
      raise(PyExc_ValueError, `expression must have ${context} context but has ${actual} instead`);
  }
  const targets = TARGETS[node._type] ?? {};
  // Inside a target, the elements of a List/Tuple/Starred keep the target's context; the
  // value of an Attribute/Subscript and everything else is read.
  const inner =
    node._type === "List" || node._type === "Tuple" || node._type === "Starred" ? context : "Load";
  for (const f of NODE_SPECS[node._type]!.fields) {
    if (f.type === "constant" || f.name === "ctx") continue;
    validate(node[f.name], targets[f.name] ?? (f.name === "elts" || f.name === "value" ? inner : "Load"));
  }
}

/** A Constant complex with a real part is compiled as real + imag (the parser has no such constant). */
function splitComplexConstants(v: unknown): unknown {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = splitComplexConstants(v[i]);
    return v;
  }
  if (v === null || typeof v !== "object" || !("_type" in v)) return v;
  const node = v as Node;
  if (node._type === "Constant") {
    const c = node.value as { kind?: string; real?: number; imag?: number } | null;
    if (c === null || typeof c !== "object" || c.kind !== "complex" || c.real === undefined) return node;
    const at = {
      lineno: node.lineno,
      col_offset: node.col_offset,
      end_lineno: node.end_lineno,
      end_col_offset: node.end_col_offset,
    };
    return {
      _type: "BinOp",
      left: { _type: "Constant", value: c.real, kind: null, ...at },
      op: { _type: "Add" },
      right: { _type: "Constant", value: { kind: "complex", imag: c.imag }, kind: null, ...at },
      ...at,
    };
  }
  for (const f of NODE_SPECS[node._type]!.fields) {
    if (f.type !== "constant") node[f.name] = splitComplexConstants(node[f.name]);
  }
  return node;
}

const MOD_FOR_MODE: Record<string, string> = { exec: "Module", eval: "Expression", single: "Interactive" };

/**
 * compile()'s AST cases: with PyCF_ONLY_AST the tree of `source` (as ast.parse); given an AST
 * object, its code object. Null when neither applies (compile() goes on with source text).
 */
export function astCompileHook(
  source: PyObject,
  filename: string,
  mode: string,
  flags: number,
  optimize: number,
): PyObject | null {
  const onlyAst = (flags & 0x400) !== 0;
  if (isAstObject(source)) {
    if (onlyAst) return Py_NewRef(source);
    const classes = astClasses();
    const expected = MOD_FOR_MODE[mode]!;
    const tree = fromPython(source, classes, "mod");
    if (tree._type !== expected) raise(PyExc_TypeError, `expected ${expected} node, got ${tree._type}`);
    validate(tree, "Load");
    splitComplexConstants(tree);
    try {
      const unit = compileAst(tree as unknown as mod, filename, mode as "exec", {
        flags: flags & FUTURE_FLAGS,
        optimize,
      });
      return PyCode_FromUnit(unit);
    } catch (e) {
      if (isSyntaxErrorLike(e)) throw syntaxErrorObject(e);
      if (e instanceof Error && !(e instanceof PyObject))
        raise(PyExc_ValueError, `invalid AST: ${e.message}`);
      throw e;
    }
  }
  if (!onlyAst) return null;
  const typeComments = (flags & 0x1000) !== 0 ? Py_True : Py_False;
  const filenameObj = PyStr_FromString(filename);
  const modeObj = PyStr_FromString(mode);
  try {
    return ast_parse(null, [source, filenameObj, modeObj, typeComments, astClasses("_parse_targets")]);
  } finally {
    Py_DECREF(filenameObj);
    Py_DECREF(modeObj);
  }
}

export function registerAstModule(): void {
  registerBuiltinModule("_ast", createAstModule);
}
