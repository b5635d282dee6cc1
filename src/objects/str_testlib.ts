/**
 * Test support for the string types: evaluates small Python expressions (literals, method
 * calls, subscripts, %, +, *, comparisons and a few builtins) directly on the runtime's objects
 * without the VM, and evaluates the same expressions with python3 in one batch, so tests
 * compare our results with CPython's instead of hand-written values.
 */
import { spawnSync } from "node:child_process";
import "./bool.js";
import "./bytearray.js";
import "./complex.js";
import "./dict.js";
import "./float.js";
import "./int.js";
import "./list.js";
import "./range.js";
import "./set.js";
import "./slice.js";
import "./tuple.js";
import { CmpOp } from "../compiler/opcodes.js";
import { initBuiltinTypes, initRuntime as initRuntime_ } from "../modules/builtins.js";
import { sizeOf } from "../modules/sys.js";
import type * as A from "../parser/index.js";
import { parse } from "../parser/index.js";
import {
  iterateToArray,
  PyIter_Next,
  PyNumber_Add,
  PyNumber_Multiply,
  PyNumber_Negative,
  PyNumber_Power,
  PyNumber_Remainder,
  PyObject_Call,
  PyObject_Format,
  PyObject_GetAttr,
  PyObject_GetItem,
  PyObject_GetIter,
  PyObject_Hash,
  PyObject_Repr,
  PyObject_RichCompare,
  PyObject_Size,
  PySequence_Contains,
  reprOf,
  strOf,
} from "./abstract.js";
import { PyBool_FromBool } from "./bool.js";
import { PyByteArray_Type } from "./bytearray.js";
import { PyBytes_FromBytes, PyBytes_Type } from "./bytes.js";
import { PyComplex_FromDoubles } from "./complex.js";
import { PyDict_New, PyDict_SetItem } from "./dict.js";
import { initExceptionTypes, isPyException, PyErr_Format } from "./exceptions.js";
import { PyFloat_FromDouble, PyFloat_Type } from "./float.js";
import { PyInt_FromBigInt, PyInt_FromHash, PyInt_FromNumber, PyInt_Type } from "./int.js";
import { PyList_New } from "./list.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import type { PyObject } from "./object.js";
import { PyRange_Type } from "./range.js";
import { PySlice_New, PySlice_Type } from "./slice.js";
import { PyObject_ASCII, PyStr_FromCodePoint, PyStr_FromString, PyStr_Type } from "./str.js";
import { PyTuple_New } from "./tuple.js";
import { readyAllStaticTypes, setExceptionFactory, setIntConstructors } from "./typeobject.js";

let ready = false;

/** Readies the builtin types once (there is no interpreter in these tests). */
export function initRuntime(): void {
  if (ready) return;
  initExceptionTypes();
  setIntConstructors(PyInt_FromNumber, PyInt_FromHash);
  setExceptionFactory(PyErr_Format);
  initBuiltinTypes();
  readyAllStaticTypes();
  initRuntime_({ argv: [""], path: [] });
  ready = true;
}

/** The results python3 gives for `exprs` (repr of the value, or "Type: message"). */
export function pythonResults(exprs: string[], env: Record<string, string> = {}): string[] {
  const prog = [
    "import json, sys",
    "exprs = json.loads(sys.stdin.read())",
    "type_name = lambda x: type(x).__name__",
    "is_ = lambda a, b: a is b",
    "out = []",
    "for e in exprs:",
    "    try:",
    "        out.append(repr(eval(e)))",
    "    except Exception as x:",
    "        out.append(type(x).__name__ + ': ' + str(x))",
    "sys.stdout.write(json.dumps(out))",
  ].join("\n");
  const r = spawnSync("python3", ["-c", prog], {
    input: JSON.stringify(exprs),
    encoding: "utf-8",
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[];
}

/** Our result for one expression, in the same form as pythonResults. */
export function ourResult(expr: string): string {
  initRuntime();
  let v: PyObject;
  try {
    env.clear();
    const mod = parse(expr, "eval") as A.Expression;
    v = evaluate(mod.body);
  } catch (e) {
    if (isPyException(e)) return `${e.ob_type.tp_name}: ${strOf(e)}`;
    throw e;
  }
  return reprOf(v);
}

function constant(c: A.ConstantValue): PyObject {
  if (c === null) return Py_None;
  if (typeof c === "boolean") return PyBool_FromBool(c);
  if (typeof c === "bigint") return PyInt_FromBigInt(c);
  if (typeof c === "number") return PyFloat_FromDouble(c);
  if (typeof c === "string") return PyStr_FromString(c);
  if (c.kind === "bytes") return PyBytes_FromBytes(c.value.slice());
  if (c.kind === "complex") return PyComplex_FromDoubles(0, c.imag);
  throw new Error(`unsupported constant ${JSON.stringify(c)}`);
}

const BUILTIN_TYPES: Record<string, () => PyObject> = {
  str: () => PyStr_Type,
  bytes: () => PyBytes_Type,
  bytearray: () => PyByteArray_Type,
  int: () => PyInt_Type,
  float: () => PyFloat_Type,
  range: () => PyRange_Type,
  slice: () => PySlice_Type,
};

function callBuiltin(name: string, args: PyObject[], kwnames: string[] | null): PyObject {
  const a0 = args[0]!;
  switch (name) {
    case "len":
      return PyInt_FromNumber(PyObject_Size(a0));
    case "repr":
      return PyObject_Repr(a0);
    case "ascii":
      return PyObject_ASCII(a0);
    case "hash": {
      const h = PyObject_Hash(a0);
      return typeof h === "bigint" ? PyInt_FromBigInt(h) : PyInt_FromNumber(h);
    }
    case "format":
      return PyObject_Format(a0, args.length > 1 ? (args[1] as never) : null);
    case "list":
      return PyList_New(iterateToArray(a0));
    case "tuple":
      return PyTuple_New(iterateToArray(a0));
    case "iter":
      return PyObject_GetIter(a0);
    case "next": {
      const r = PyIter_Next(a0);
      if (r === null) throw new Error("StopIteration in test expression");
      return r;
    }
    case "chr":
      return PyStr_FromCodePoint(Number((a0 as unknown as { value: number }).value));
    case "getsizeof":
      return PyInt_FromNumber(sizeOf(a0));
    case "type_name":
      return PyStr_FromString(a0.ob_type.tp_name);
    case "is_":
      return PyBool_FromBool(a0 === args[1]);
  }
  const t = BUILTIN_TYPES[name];
  if (t !== undefined) return PyObject_Call(t(), args, kwnames);
  throw new Error(`unsupported builtin ${name}`);
}

const CMP: Record<string, number> = {
  Lt: CmpOp.LT,
  LtE: CmpOp.LE,
  Eq: CmpOp.EQ,
  NotEq: CmpOp.NE,
  Gt: CmpOp.GT,
  GtE: CmpOp.GE,
};

/** Variables bound by `:=` within the expression being evaluated. */
const env = new Map<string, PyObject>();

export function evaluate(e: A.expr): PyObject {
  switch (e._type) {
    case "NamedExpr": {
      const v = evaluate(e.value);
      env.set((e.target as A.Name).id, v);
      return v;
    }
    case "Constant":
      return constant(e.value);
    case "Tuple":
      return PyTuple_New(e.elts.map(evaluate));
    case "List":
      return PyList_New(e.elts.map(evaluate));
    case "Dict": {
      const d = PyDict_New();
      e.keys.forEach((k, i) => {
        PyDict_SetItem(d, evaluate(k!), evaluate(e.values[i]!));
      });
      return d;
    }
    case "UnaryOp":
      if (e.op._type === "USub") return PyNumber_Negative(evaluate(e.operand));
      break;
    case "BinOp": {
      const l = evaluate(e.left);
      const r = evaluate(e.right);
      if (e.op._type === "Mod") return PyNumber_Remainder(l, r);
      if (e.op._type === "Add") return PyNumber_Add(l, r);
      if (e.op._type === "Mult") return PyNumber_Multiply(l, r);
      if (e.op._type === "Pow") return PyNumber_Power(l, r, Py_None);
      break;
    }
    case "Compare": {
      const l = evaluate(e.left);
      const r = evaluate(e.comparators[0]!);
      const op = e.ops[0]!._type;
      if (op === "In") return PyBool_FromBool(PySequence_Contains(r, l));
      if (op === "NotIn") return PyBool_FromBool(!PySequence_Contains(r, l));
      if (op === "Is") return PyBool_FromBool(l === r);
      return PyObject_RichCompare(l, r, CMP[op]!);
    }
    case "Subscript": {
      const v = evaluate(e.value);
      return PyObject_GetItem(v, evaluate(e.slice));
    }
    case "Slice":
      return PySlice_New(
        e.lower ? evaluate(e.lower) : null,
        e.upper ? evaluate(e.upper) : null,
        e.step ? evaluate(e.step) : null,
      );
    case "Name": {
      const bound = env.get(e.id);
      if (bound !== undefined) return bound;
      if (e.id === "NotImplemented") return Py_NotImplemented;
      const t = BUILTIN_TYPES[e.id];
      if (t !== undefined) return t();
      break;
    }
    case "Attribute": {
      const v = evaluate(e.value);
      return PyObject_GetAttr(v, PyStr_FromString(e.attr));
    }
    case "Call": {
      const args = e.args.map(evaluate);
      const kwnames = e.keywords.map((k) => k.arg!);
      for (const k of e.keywords) args.push(evaluate(k.value));
      const kw = kwnames.length > 0 ? kwnames : null;
      if (e.func._type === "Name" && BUILTIN_TYPES[e.func.id] === undefined)
        return callBuiltin(e.func.id, args, kw);
      if (e.func._type === "Attribute" && e.func.value._type === "Name" && e.func.value.id === "sys") {
        return callBuiltin(e.func.attr, args, kw);
      }
      return PyObject_Call(evaluate(e.func), args, kw);
    }
  }
  throw new Error(`unsupported expression ${e._type}`);
}
