/**
 * The `_symtable` module (CPython 3.11's Modules/symtablemodule.c), built over our compiler's
 * own symbol tables (src/compiler/symtable.ts): `symtable(source, filename, mode)` parses the
 * source (without AST optimization, as CPython 3.11) and returns the top entry. An entry is a
 * tuple (id, name, type, lineno, nested, symbols, varnames, children) that lib/symtable.py
 * wraps; the DEF_* / scope constants are CPython's integers.
 */

import type { ErrorContext } from "../compiler/errors.js";
import { futureFromAst } from "../compiler/future.js";
import {
  buildSymtable,
  CELL,
  DEF_ANNOT,
  DEF_BOUND,
  DEF_FREE,
  DEF_FREE_CLASS,
  DEF_GLOBAL,
  DEF_IMPORT,
  DEF_LOCAL,
  DEF_NONLOCAL,
  DEF_PARAM,
  FREE,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  LOCAL,
  SCOPE_MASK,
  SCOPE_OFFSET,
  type SymbolTableEntry,
  USE,
} from "../compiler/symtable.js";
import { clinicArgs } from "../objects/args.js";
import { PyBool_FromBool } from "../objects/bool.js";
import { bufferBytes } from "../objects/bytes.js";
import { PyDict_New, PyDict_SetItem } from "../objects/dict.js";
import { PyExc_SyntaxError, PyExc_TypeError, PyExc_ValueError, raise } from "../objects/exceptions.js";
import { PyInt_FromNumber } from "../objects/int.js";
import { PyList_New } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import { type PyModule, PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/module.js";
import { Py_DECREF, type PyObject } from "../objects/object.js";
import { argTypeName, PyStr, PyStr_FromString } from "../objects/str.js";
import { PyTuple_New } from "../objects/tuple.js";
import type * as ast from "../parser/index.js";
import { parse } from "../parser/index.js";
import { isSyntaxErrorLike, syntaxErrorObject } from "./builtins/code.js";
import { registerBuiltinModule } from "./importlib.js";
import { PyOS_FSPath } from "./posix.js";

const TYPE_FUNCTION = 0;
const TYPE_CLASS = 1;
const TYPE_MODULE = 2;
const TYPE_ANNOTATION = 3;

let nextId = 1;

function blockType(ste: SymbolTableEntry): number {
  switch (ste.type) {
    case "function":
      return TYPE_FUNCTION;
    case "class":
      return TYPE_CLASS;
    case "module":
      return TYPE_MODULE;
    default:
      return TYPE_ANNOTATION;
  }
}

/** The tuple lib/symtable.py reads for one entry (new reference). */
function entryTuple(ste: SymbolTableEntry): PyObject {
  const symbols = PyDict_New();
  for (const [name, flags] of ste.symbols) {
    const k = PyStr_FromString(name);
    const v = PyInt_FromNumber(flags);
    PyDict_SetItem(symbols, k, v);
    Py_DECREF(k);
    Py_DECREF(v);
  }
  const varnames = PyList_New(ste.varnames.map((n) => PyStr_FromString(n)));
  const children = PyList_New(ste.children.map(entryTuple));
  return PyTuple_New([
    PyInt_FromNumber(nextId++),
    PyStr_FromString(ste.type === "module" ? "top" : ste.name),
    PyInt_FromNumber(blockType(ste)),
    PyInt_FromNumber(ste.lineno),
    PyBool_FromBool(ste.nested),
    symbols,
    varnames,
    children,
  ]);
}

function sourceText(o: PyObject): string | Uint8Array {
  if (o instanceof PyStr) return o.value;
  const b = bufferBytes(o);
  if (b === null) raise(PyExc_TypeError, "symtable() arg 1 must be a string or bytes object");
  return b;
}

function filenameText(o: PyObject): string {
  const p = PyOS_FSPath(o);
  try {
    if (p instanceof PyStr) return p.value;
    const b = bufferBytes(p);
    return b === null ? "" : new TextDecoder().decode(b);
  } finally {
    Py_DECREF(p);
  }
}

function symtable_symtable(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [srcObj, fnObj, modeObj] = clinicArgs("symtable", args, kwnames, {
    names: ["source", "filename", "startstr"],
    minpos: 3,
    maxpos: 3,
    posonly: 3,
  });
  const source = sourceText(srcObj!);
  const filename = filenameText(fnObj!);
  if (!(modeObj instanceof PyStr)) {
    raise(PyExc_TypeError, `symtable() argument 3 must be str, not ${argTypeName(modeObj!)}`);
  }
  const mode = modeObj.value;
  if (mode !== "exec" && mode !== "eval" && mode !== "single") {
    raise(PyExc_ValueError, "symtable() arg 3 must be 'exec' or 'eval' or 'single'");
  }
  if (typeof source === "string" && source.includes("\0"))
    raise(PyExc_SyntaxError, "source code string cannot contain null bytes");
  try {
    const mod = parse(source, mode, { filename }) as ast.mod;
    const ctx: ErrorContext = { filename, sourceLines: null };
    const st = buildSymtable(mod, ctx, futureFromAst(mod, ctx));
    return entryTuple(st.top);
  } catch (e) {
    if (isSyntaxErrorLike(e)) throw syntaxErrorObject(e);
    throw e;
  }
}

const SYMTABLE_FUNCTIONS: MethodDef[] = [
  {
    name: "symtable",
    impl: symtable_symtable,
    doc: "Return symbol and scope dictionaries used internally by compiler.",
    textSignature: "($module, source, filename, startstr, /)",
  },
];

const CONSTANTS: [string, number][] = [
  ["USE", USE],
  ["DEF_GLOBAL", DEF_GLOBAL],
  ["DEF_NONLOCAL", DEF_NONLOCAL],
  ["DEF_LOCAL", DEF_LOCAL],
  ["DEF_PARAM", DEF_PARAM],
  ["DEF_FREE", DEF_FREE],
  ["DEF_FREE_CLASS", DEF_FREE_CLASS],
  ["DEF_IMPORT", DEF_IMPORT],
  ["DEF_BOUND", DEF_BOUND],
  ["DEF_ANNOT", DEF_ANNOT],
  ["TYPE_FUNCTION", TYPE_FUNCTION],
  ["TYPE_CLASS", TYPE_CLASS],
  ["TYPE_MODULE", TYPE_MODULE],
  ["LOCAL", LOCAL],
  ["GLOBAL_EXPLICIT", GLOBAL_EXPLICIT],
  ["GLOBAL_IMPLICIT", GLOBAL_IMPLICIT],
  ["FREE", FREE],
  ["CELL", CELL],
  ["SCOPE_OFF", SCOPE_OFFSET],
  ["SCOPE_MASK", SCOPE_MASK],
];

function createSymtableModule(): PyModule {
  const m = PyModule_New("_symtable");
  PyModule_AddFunctions(m, SYMTABLE_FUNCTIONS);
  for (const [name, value] of CONSTANTS) PyModule_Add(m, name, PyInt_FromNumber(value));
  return m;
}

export function registerSymtableModule(): void {
  registerBuiltinModule("_symtable", createSymtableModule);
}
