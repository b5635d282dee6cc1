/**
 * Builtins that run or build code (CPython's Python/bltinmodule.c): compile, eval, exec,
 * __build_class__, __import__, and the conversion of parser/compiler syntax errors into
 * Python SyntaxError objects.
 */

import type { CompiledConst } from "../../compiler/code.js";
import { compile as compileAst } from "../../compiler/compile.js";
import { constKey } from "../../compiler/consts.js";
import { CodeFlag } from "../../compiler/opcodes.js";
import {
  PyObject_Call,
  PyObject_CallOneArg,
  PyObject_GetAttrString,
  PyObject_IsTrue,
  PyObject_LookupAttrString,
  recursion,
  reprOf,
} from "../../objects/abstract.js";
import { parseArgs } from "../../objects/args.js";
import { bufferBytes } from "../../objects/bytes.js";
import { PyCell } from "../../objects/cell.js";
import { PyCode, PyCode_FromUnit } from "../../objects/code.js";
import { encodeString } from "../../objects/codecs.js";
import { PyDict, PyDict_GetItemString, PyDict_New, PyDict_SetItemString } from "../../objects/dict.js";
import {
  exceptionMatches,
  type PyBaseException,
  PyErr_NoArgs,
  PyExc_DeprecationWarning,
  PyExc_IndentationError,
  PyExc_MemoryError,
  PyExc_RecursionError,
  PyExc_RuntimeError,
  PyExc_SyntaxError,
  PyExc_SyntaxWarning,
  PyExc_SystemError,
  PyExc_TabError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "../../objects/exceptions.js";
import { PyFunction, PyFunction_New, PyFunction_Type } from "../../objects/function.js";
import { PyInt, PyInt_FromNumber } from "../../objects/int.js";
import type { MethodDef } from "../../objects/methods.js";
import { PyModule_Check } from "../../objects/module.js";
import { Py_None } from "../../objects/none.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from "../../objects/object.js";
import { argTypeName, PyStr, PyStr_FromString } from "../../objects/str.js";
import { PyTuple, PyTuple_New, PyTuple_Type } from "../../objects/tuple.js";
import { PyType, PyType_IsSubtype, PyType_Type } from "../../objects/type.js";
import { initSubclassKwargs } from "../../objects/typeobject.js";
import { COMPILATION_RECURSION_MESSAGE, COMPILER_STACK_FRAME_SCALE } from "../../parser/ast_depth.js";
import { parse } from "../../parser/index.js";
import { tstate } from "../../vm/state.js";
import { astCompileHook } from "../_ast.js";
import { host } from "../host.js";
import { PyImport_ImportModule, PyImport_ImportModuleLevelObject } from "../importlib.js";
import { runFlags } from "../interpreter_flags.js";
import { vm } from "../vm_bridge.js";
import { splitArgs } from "./args.js";
import { currentBuiltins, currentGlobals, currentLocals } from "./objects.js";

// ---------------------------------------------------------------------------------------------
// syntax errors

interface SyntaxErrorLike {
  kind: "SyntaxError" | "IndentationError" | "TabError";
  msg: string;
  filename: string;
  lineno: number | null;
  offset: number | null;
  text: string | null;
  end_lineno: number | null;
  end_offset: number | null;
}

export function isSyntaxErrorLike(e: unknown): e is SyntaxErrorLike {
  if (!(e instanceof Error)) return false;
  const k = (e as { kind?: unknown }).kind;
  return (
    (k === "SyntaxError" || k === "IndentationError" || k === "TabError") &&
    typeof (e as { msg?: unknown }).msg === "string"
  );
}

/** The Python SyntaxError (or subclass) object for a parser/compiler error: new reference. */
export function syntaxErrorObject(e: SyntaxErrorLike): PyBaseException {
  const type =
    e.kind === "TabError"
      ? PyExc_TabError
      : e.kind === "IndentationError"
        ? PyExc_IndentationError
        : PyExc_SyntaxError;
  if (e.lineno === null && e.offset === null && e.text === null) {
    // Errors with no location (source decoding problems) carry only their message, as CPython's.
    const only = PyStr_FromString(e.msg);
    try {
      return PyObject_Call(type, [only], null) as PyBaseException;
    } finally {
      Py_DECREF(only);
    }
  }
  const opt = (n: number | null) => (n === null ? Py_NewRef(Py_None) : PyInt_FromNumber(n));
  const details = PyTuple_New([
    PyStr_FromString(e.filename),
    opt(e.lineno),
    opt(e.offset),
    e.text === null ? Py_NewRef(Py_None) : PyStr_FromString(e.text),
    opt(e.end_lineno),
    opt(e.end_offset),
  ]);
  const msg = PyStr_FromString(e.msg);
  try {
    return PyObject_Call(type, [msg, details], null) as PyBaseException;
  } finally {
    Py_DECREF(msg);
    Py_DECREF(details);
  }
}

const FUTURE_MASK =
  CodeFlag.FUTURE_DIVISION |
  CodeFlag.FUTURE_ABSOLUTE_IMPORT |
  CodeFlag.FUTURE_WITH_STATEMENT |
  CodeFlag.FUTURE_PRINT_FUNCTION |
  CodeFlag.FUTURE_UNICODE_LITERALS |
  CodeFlag.FUTURE_BARRY_AS_BDFL |
  CodeFlag.FUTURE_GENERATOR_STOP |
  CodeFlag.FUTURE_ANNOTATIONS;

const PyCF_DONT_IMPLY_DEDENT = 0x200;
const PyCF_ONLY_AST = 0x400;
const PyCF_IGNORE_COOKIE = 0x800;
const PyCF_TYPE_COMMENTS = 0x1000;
const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
const PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
const PyCF_MASK_OBSOLETE = CodeFlag.NESTED;
const ALLOWED_FLAGS =
  FUTURE_MASK |
  PyCF_MASK_OBSOLETE |
  PyCF_DONT_IMPLY_DEDENT |
  PyCF_ONLY_AST |
  PyCF_IGNORE_COOKIE |
  PyCF_TYPE_COMMENTS |
  PyCF_ALLOW_TOP_LEVEL_AWAIT |
  PyCF_ALLOW_INCOMPLETE_INPUT;

/**
 * Source text to a code object (new reference): parse, compile, and wrap, turning syntax
 * errors into Python SyntaxError exceptions.
 *
 * `arena`, when given, receives a new reference to each constant the program's syntax tree
 * holds (see holdArenaConstants): CPython runs the main script, exec(str) and eval(str) while
 * their parse arena is alive, so each such constant has one reference more during the run.
 * The caller releases them (releaseArena) when the code has run.
 */
export function compileSource(
  source: string | Uint8Array,
  filename: string,
  mode: "exec" | "eval" | "single",
  flags = 0,
  optimize = runFlags.optimize,
  fileInput = false,
  arena: PyObject[] | null = null,
): PyCode {
  try {
    // fileInput: the program is a file run by `python3 FILE` (its tokenizer differs slightly).
    const warn = (msg: string, lineno: number, category?: "DeprecationWarning"): boolean =>
      warnSyntax(
        msg,
        filename,
        lineno,
        category === undefined ? PyExc_SyntaxWarning : PyExc_DeprecationWarning,
      );
    const tree = parse(source, mode, { filename, fileInput, warn });
    // A compile-time SyntaxError shows its line as CPython reads it back from the file named
    // `filename` (PyErr_ProgramTextObject): none when there is no such file. Read only when an
    // error needs it (not on every compile() or import).
    const folds: FoldedConstant[] = [];
    const madeConsts = new Set<string>();
    const unit = compileAst(tree as Parameters<typeof compileAst>[0], filename, mode, {
      flags: flags & FUTURE_MASK,
      optimize,
      source: () => programText(filename),
      warn,
      onFold: arena === null ? undefined : (value, item) => folds.push({ value, item }),
      recursionBudget: COMPILER_STACK_FRAME_SCALE * (recursion.limit - recursion.depth),
      // The parsed tree is ours alone, unless holdArenaConstants reads it afterwards.
      ownsTree: arena === null,
      madeConsts: arena === null ? undefined : madeConsts,
    });
    const code = PyCode_FromUnit(unit);
    if (arena !== null) holdArenaConstants(code, astConstantKeys(tree), folds, madeConsts, arena);
    return code;
  } catch (e) {
    if (isSyntaxErrorLike(e)) throw syntaxErrorObject(e);
    // The parser's stack overflow (MemoryError) and the compiler's recursion limit.
    if (e instanceof Error && e.name === "RecursionError" && e.message === COMPILATION_RECURSION_MESSAGE)
      raise(PyExc_RecursionError, e.message);
    if (e instanceof Error && e.name === "MemoryError" && !(e instanceof RangeError))
      throw PyErr_NoArgs(PyExc_MemoryError);
    if (typeof source === "string" && e instanceof Error && e.name === "UnicodeEncodeError") {
      // CPython encodes a str source to UTF-8 first: lone surrogates raise UnicodeEncodeError there.
      const s = PyStr_FromString(source);
      try {
        encodeString(source, "utf-8", "strict", s);
      } finally {
        Py_DECREF(s);
      }
    }
    throw e;
  }
}

/** The constKey of every Constant node's value in a syntax tree. */
function astConstantKeys(tree: unknown): Set<string> {
  const keys = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const n = node as { _type?: string; value?: unknown };
    if (n._type === "Constant") {
      keys.add(constKey(n.value as CompiledConst));
      return;
    }
    if (n._type === undefined) return;
    for (const field of Object.values(n)) walk(field);
  };
  walk(tree);
  return keys;
}

interface FoldedConstant {
  value: CompiledConst;
  /** An existing item of a tuple (a folded subscript), not a new object. */
  item: boolean;
}

/** Constants that are shared singletons, not objects of the program. */
function isSingletonConst(c: CompiledConst): boolean {
  return c === null || typeof c === "boolean" || (typeof c === "object" && c.kind === "ellipsis");
}

/** The first object of each constant key in `code`'s constants, nested tuples and nested code. */
function constantObjects(code: PyCode, out: Map<string, PyObject>, seen: Set<PyObject>): void {
  const add = (c: CompiledConst, o: PyObject): void => {
    if (o instanceof PyCode) {
      if (!seen.has(o)) {
        seen.add(o);
        constantObjects(o, out, seen);
      }
      return;
    }
    const key = constKey(c);
    if (!out.has(key)) out.set(key, o);
    if (c !== null && typeof c === "object" && c.kind === "tuple" && o instanceof PyTuple) {
      for (let i = 0; i < c.items.length; i++) add(c.items[i]!, o.items[i]!);
    }
  };
  const consts = code.unit.consts;
  const objects = code.co_consts.items;
  for (let i = 0; i < consts.length; i++) add(consts[i]!, objects[i]!);
}

/**
 * Takes the references CPython's parse arena holds on the constants `code` (and the code nested
 * in it) uses: one on each object that was a literal of the source (equal literals are merged
 * into one object, the others are not the code's), and one per constant the AST optimizer
 * made (make_const adds each to the arena). A folded constant the code does not use itself (a
 * tuple consumed by a subscript, equal to one made earlier, or equal to one the code generator
 * made first from a display of constants: `[1, 2, 3]` before `(1, 2, 3)`) is an object of its
 * own that keeps its items alive; a subscript of a tuple yields the tuple's item itself, one
 * more reference to it: ("a b",)[0] is held three times.
 */
function holdArenaConstants(
  code: PyCode,
  literalKeys: Set<string>,
  folds: FoldedConstant[],
  madeConsts: Set<string>,
  arena: PyObject[],
): void {
  const objects = new Map<string, PyObject>();
  constantObjects(code, objects, new Set());
  const hold = (o: PyObject): void => {
    arena.push(Py_NewRef(o));
  };
  for (const [key, o] of objects) {
    if (literalKeys.has(key) && !(o instanceof PyTuple)) hold(o);
  }
  const claimed = new Set<string>();
  // whether the latest fold of a key made the code's object (folds come inner first)
  const latestIsCode = new Map<string, boolean>();
  for (const { value, item } of folds) {
    if (isSingletonConst(value)) continue;
    const key = constKey(value);
    const o = objects.get(key);
    if (item) {
      if (o !== undefined) hold(o);
      continue;
    }
    const isCode = o !== undefined && !claimed.has(key) && !madeConsts.has(key);
    latestIsCode.set(key, isCode);
    // The code's object is the code generator's when a display of constants made it first.
    if (isCode) {
      claimed.add(key);
      // The code's object is the literal's when the source also has it as a literal.
      if (!literalKeys.has(key)) hold(o);
      continue;
    }
    if (
      value !== null &&
      typeof value === "object" &&
      (value.kind === "tuple" || value.kind === "frozenset")
    ) {
      for (const it of value.items) {
        // a nested tuple or frozenset item is the object its own fold made just before: the
        // code's only when that fold's was (a duplicate fold keeps a duplicate)
        const nested =
          it !== null && typeof it === "object" && (it.kind === "tuple" || it.kind === "frozenset");
        if (nested && latestIsCode.get(constKey(it)) !== true) continue;
        const io = isSingletonConst(it) ? undefined : objects.get(constKey(it));
        if (io !== undefined) hold(io);
      }
    }
  }
}

/** Drops the references compileSource's `arena` took (CPython's _PyArena_Free after the run). */
export function releaseArena(arena: PyObject[]): void {
  const held = arena.splice(0);
  for (const o of held) Py_DECREF(o);
}

/** The text of the file `filename`, if it can be read (compile()'s name may be anything). */
function programText(filename: string): string | null {
  if (filename.startsWith("<") && filename.endsWith(">")) return null;
  try {
    return new TextDecoder("utf-8", { fatal: false }).decode(host().fs.readFile(filename));
  } catch {
    return null;
  }
}

/**
 * A compile-time SyntaxWarning through the warnings module (PyErr_WarnExplicitObject with no
 * module and no registry). True when a filter turned it into a raised SyntaxWarning: the
 * compiler reports a SyntaxError instead. Any other exception propagates.
 */
function warnSyntax(message: string, filename: string, lineno: number, category: PyType): boolean {
  const warnings = PyImport_ImportModule("warnings");
  let warnExplicit: PyObject;
  try {
    warnExplicit = PyObject_GetAttrString(warnings, "warn_explicit");
  } finally {
    Py_DECREF(warnings);
  }
  const args = [
    PyStr_FromString(message),
    Py_NewRef(category),
    PyStr_FromString(filename),
    PyInt_FromNumber(lineno),
  ];
  try {
    Py_DECREF(PyObject_Call(warnExplicit, args, null));
    return false;
  } catch (e) {
    if (!exceptionMatches(e, category)) throw e;
    Py_DECREF(e as PyObject);
    return true;
  } finally {
    for (const a of args) Py_DECREF(a);
    Py_DECREF(warnExplicit);
  }
}

/** The future-feature flags of the running code (what compile()/exec() inherit). */
function inheritedFlags(): number {
  const f = tstate.frame;
  return f === null ? 0 : f.code.co_flags & FUTURE_MASK;
}

/** _Py_SourceAsString: str or bytes-like source for compile/exec/eval. */
function sourceOf(o: PyObject, funcname: string, what: string): string | Uint8Array | null {
  if (o instanceof PyStr) return o.value;
  const b = bufferBytes(o);
  if (b !== null) return b;
  void funcname;
  void what;
  return null;
}

function builtin_compile(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [source, filenameObj, modeObj, flagsObj, dontInherit, optimizeObj] = parseArgs(
    "compile",
    args,
    kwnames,
    {
      names: ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
      required: 3,
      kwonlyFrom: 6,
    },
  );
  let filename: string;
  if (filenameObj instanceof PyStr) filename = filenameObj.value;
  else {
    const b = bufferBytes(filenameObj!);
    if (b === null) {
      raise(
        PyExc_TypeError,
        `expected str, bytes or os.PathLike object, not ${filenameObj!.ob_type.tp_name}`,
      );
    }
    filename = new TextDecoder().decode(b);
  }
  if (!(modeObj instanceof PyStr)) {
    raise(PyExc_TypeError, `compile() argument 'mode' must be str, not ${argTypeName(modeObj!)}`);
  }
  let flags = flagsObj === null ? 0 : Number(intArg(flagsObj, "compile", "flags"));
  const optimize = optimizeObj === null ? -1 : Number(intArg(optimizeObj, "compile", "optimize"));
  if ((flags & ~ALLOWED_FLAGS) !== 0) raise(PyExc_ValueError, "compile(): unrecognised flags");
  if (optimize < -1 || optimize > 2) raise(PyExc_ValueError, "compile(): invalid optimize value");
  if (dontInherit === null || !PyObject_IsTrue(dontInherit)) flags |= inheritedFlags();
  const mode = modeObj.value;
  if (mode !== "exec" && mode !== "eval" && mode !== "single") {
    if (mode !== "func_type") raise(PyExc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    if (!(flags & PyCF_ONLY_AST))
      raise(PyExc_ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  }
  // -1: the interpreter's own level (python3 -O)
  const level = optimize === -1 ? runFlags.optimize : optimize;
  const viaAst = astCompileHook(source!, filename, mode, flags, level);
  if (viaAst !== null) return viaAst;
  const src = sourceOf(source!, "compile", "string, bytes or AST");
  if (src === null) raise(PyExc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
  if (typeof src === "string" && src.includes("\0"))
    raise(PyExc_SyntaxError, "source code string cannot contain null bytes");
  // 'func_type' came with PyCF_ONLY_AST, which astCompileHook has answered.
  return compileSource(src, filename, mode as "exec" | "eval" | "single", flags, level);
}

function intArg(o: PyObject, fname: string, arg: string): number | bigint {
  if (!(o instanceof PyInt)) {
    raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  void fname;
  void arg;
  return o.value;
}

function isMapping(o: PyObject): boolean {
  return o.ob_type.mp_subscript !== null;
}

function ensureBuiltins(globals: PyDict): void {
  if (PyDict_GetItemString(globals, "__builtins__") === null) {
    const b = currentBuiltins() ?? builtinsDictHook();
    if (b !== null) PyDict_SetItemString(globals, "__builtins__", b);
  }
}

let builtinsDictHook: () => PyDict | null = () => null;
export function setBuiltinsDictHook(f: () => PyDict | null): void {
  builtinsDictHook = f;
}

/**
 * _PyEval_BuiltinsFromGlobals (borrowed): globals' `__builtins__` (a module stands for its dict;
 * any other object is used as it is, so `{'__builtins__': 123}` makes name lookups fail with
 * "'int' object is not subscriptable"), else the running frame's builtins, else the run's.
 */
export function builtinsFromGlobals(globals: PyDict): PyObject {
  const b = PyDict_GetItemString(globals, "__builtins__");
  if (b !== null) return PyModule_Check(b) ? b.md_dict : b;
  const cur = currentBuiltins() ?? builtinsDictHook();
  if (cur === null) raise(PyExc_SystemError, "no builtins");
  return cur;
}

function stripLeading(src: string | Uint8Array): string | Uint8Array {
  if (typeof src === "string") return src.replace(/^[ \t]+/, "");
  let i = 0;
  while (i < src.length && (src[i] === 32 || src[i] === 9)) i++;
  return src.subarray(i);
}

function numFree(code: PyCode): number {
  return code.nfreevars;
}

function builtin_eval(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [source, g, l] = parseArgs("eval", args, kwnames, {
    names: ["source", "globals", "locals"],
    required: 1,
    posonly: 3,
  });
  let globals = g ?? Py_None;
  let locals = l ?? Py_None;
  if (locals !== Py_None && !isMapping(locals)) raise(PyExc_TypeError, "locals must be a mapping");
  if (globals !== Py_None && !(globals instanceof PyDict)) {
    raise(
      PyExc_TypeError,
      isMapping(globals)
        ? "globals must be a real dict; try eval(expr, {}, mapping)"
        : "globals must be a dict",
    );
  }
  const owned: PyObject[] = [];
  try {
    if (globals === Py_None) {
      const cg = currentGlobals();
      if (cg === null)
        raise(PyExc_TypeError, "eval must be given globals and locals when called without a frame");
      globals = cg;
      owned.push(cg);
      if (locals === Py_None) {
        locals = currentLocals();
        owned.push(locals);
      }
    } else if (locals === Py_None) {
      locals = globals;
    }
    ensureBuiltins(globals as PyDict);
    if (source instanceof PyCode) {
      if (numFree(source) > 0)
        raise(PyExc_TypeError, "code object passed to eval() may not contain free variables");
      return vm().evalCode(source, globals as PyDict, locals);
    }
    const src = sourceOf(source!, "eval", "string, bytes or code");
    if (src === null) raise(PyExc_TypeError, "eval() arg 1 must be a string, bytes or code object");
    if (typeof src === "string" && src.includes("\0"))
      raise(PyExc_SyntaxError, "source code string cannot contain null bytes");
    const arena: PyObject[] = [];
    const code = compileSource(
      stripLeading(src),
      "<string>",
      "eval",
      inheritedFlags(),
      runFlags.optimize,
      false,
      arena,
    );
    try {
      return vm().evalCode(code, globals as PyDict, locals);
    } finally {
      Py_DECREF(code);
      releaseArena(arena);
    }
  } finally {
    for (const o of owned) Py_DECREF(o);
  }
}

function builtin_exec(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [source, g, l, closure] = parseArgs("exec", args, kwnames, {
    names: ["source", "globals", "locals", "closure"],
    required: 1,
    posonly: 3,
    kwonlyFrom: 3,
  });
  let globals = g ?? Py_None;
  let locals = l ?? Py_None;
  const owned: PyObject[] = [];
  try {
    if (globals === Py_None) {
      const cg = currentGlobals();
      if (cg === null) raise(PyExc_SystemError, "globals and locals cannot be NULL");
      globals = cg;
      owned.push(cg);
      if (locals === Py_None) {
        locals = currentLocals();
        owned.push(locals);
      }
    } else if (locals === Py_None) {
      locals = globals;
    }
    if (!(globals instanceof PyDict))
      raise(PyExc_TypeError, `exec() globals must be a dict, not ${globals.ob_type.tp_name}`);
    if (!isMapping(locals))
      raise(PyExc_TypeError, `locals must be a mapping or None, not ${locals.ob_type.tp_name}`);
    ensureBuiltins(globals);
    let r: PyObject;
    if (source instanceof PyCode) {
      const nfree = numFree(source);
      const cells = closure === null || closure === Py_None ? null : closure;
      if (nfree === 0) {
        if (cells !== null) raise(PyExc_TypeError, "cannot use a closure with this code object");
      } else if (
        !(cells instanceof PyTuple) ||
        cells.ob_type !== PyTuple_Type ||
        cells.items.length !== nfree ||
        !cells.items.every((c) => c instanceof PyCell)
      ) {
        raise(PyExc_TypeError, `code object requires a closure of exactly length ${nfree}`);
      }
      r = vm().evalCode(source, globals, locals, cells as PyTuple | null);
    } else {
      if (closure !== null && closure !== Py_None)
        raise(PyExc_TypeError, "closure can only be used when source is a code object");
      const src = sourceOf(source!, "exec", "string, bytes or code");
      if (src === null) raise(PyExc_TypeError, "exec() arg 1 must be a string, bytes or code object");
      if (typeof src === "string" && src.includes("\0"))
        raise(PyExc_SyntaxError, "source code string cannot contain null bytes");
      const arena: PyObject[] = [];
      const code = compileSource(src, "<string>", "exec", inheritedFlags(), runFlags.optimize, false, arena);
      try {
        r = vm().evalCode(code, globals, locals);
      } finally {
        Py_DECREF(code);
        releaseArena(arena);
      }
    }
    Py_DECREF(r);
    return Py_NewRef(Py_None);
  } finally {
    for (const o of owned) Py_DECREF(o);
  }
}

// ---------------------------------------------------------------------------------------------
// __build_class__

/** _PyType_CalculateMetaclass. */
export function calculateMetaclass(meta: PyType, bases: PyObject[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const t = b.ob_type;
    if (PyType_IsSubtype(winner, t)) continue;
    if (PyType_IsSubtype(t, winner)) {
      winner = t;
      continue;
    }
    raise(
      PyExc_TypeError,
      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    );
  }
  return winner;
}

/** update_bases: applies `__mro_entries__` (PEP 560); returns null when nothing changed. */
function updateBases(bases: PyObject[], basesTuple: PyTuple): PyObject[] | null {
  let out: PyObject[] | null = null;
  for (let i = 0; i < bases.length; i++) {
    const base = bases[i]!;
    if (base instanceof PyType) {
      if (out !== null) out.push(Py_NewRef(base));
      continue;
    }
    const meth = PyObject_LookupAttrString(base, "__mro_entries__");
    if (meth === null) {
      if (out !== null) out.push(Py_NewRef(base));
      continue;
    }
    let nb: PyObject;
    try {
      nb = PyObject_CallOneArg(meth, basesTuple);
    } finally {
      Py_DECREF(meth);
    }
    if (!(nb instanceof PyTuple)) {
      Py_DECREF(nb);
      if (out !== null) for (const x of out) Py_DECREF(x);
      raise(PyExc_TypeError, "__mro_entries__ must return a tuple");
    }
    if (out === null) out = bases.slice(0, i).map((x) => Py_NewRef(x));
    for (const x of nb.items) out.push(Py_NewRef(x));
    Py_DECREF(nb);
  }
  return out;
}

function builtin___build_class__(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [pos, kw] = splitArgs(args, kwnames);
  if (pos.length < 2) raise(PyExc_TypeError, "__build_class__: not enough arguments");
  const func = pos[0]!;
  if (!(func instanceof PyFunction)) raise(PyExc_TypeError, "__build_class__: func must be a function");
  const name = pos[1]!;
  if (!(name instanceof PyStr)) raise(PyExc_TypeError, "__build_class__: name is not a string");
  const origBasesList = pos.slice(2);
  const origBases = PyTuple_New(origBasesList.map((b) => Py_NewRef(b)));
  const updated = updateBases(origBasesList, origBases);
  const bases = updated === null ? Py_NewRef(origBases) : PyTuple_New(updated);
  const mkwNames: string[] = [];
  const mkwValues: PyObject[] = [];
  let meta: PyObject | null = null;
  let isclass = false;
  for (const [k, v] of kw) {
    if (k === "metaclass") {
      meta = v;
      isclass = v instanceof PyType;
    } else {
      mkwNames.push(k);
      mkwValues.push(v);
    }
  }
  let ns: PyObject | null = null;
  let cell: PyObject | null = null;
  try {
    if (meta === null) {
      meta = bases.items.length === 0 ? PyType_Type : bases.items[0]!.ob_type;
      isclass = true;
    }
    if (isclass) meta = calculateMetaclass(meta as PyType, bases.items);
    const prep = PyObject_LookupAttrString(meta, "__prepare__");
    if (prep === null) {
      ns = PyDict_New();
    } else {
      try {
        ns = PyObject_Call(prep, [name, bases, ...mkwValues], mkwNames.length > 0 ? mkwNames : null);
      } finally {
        Py_DECREF(prep);
      }
    }
    if (!isMapping(ns)) {
      raise(
        PyExc_TypeError,
        `${isclass ? (meta as PyType).tp_name : "<metaclass>"}.__prepare__() must return a mapping, not ${ns.ob_type.tp_name}`,
      );
    }
    cell = vm().runClassBody(func, ns);
    if (updated !== null) {
      if (ns instanceof PyDict) PyDict_SetItemString(ns, "__orig_bases__", origBases);
      else {
        const k = PyStr_FromString("__orig_bases__");
        try {
          const setitem = ns.ob_type.mp_ass_subscript;
          if (setitem === null)
            raise(PyExc_TypeError, `'${ns.ob_type.tp_name}' object does not support item assignment`);
          setitem(ns, k, origBases);
        } finally {
          Py_DECREF(k);
        }
      }
    }
    const saved = { names: initSubclassKwargs.names, values: initSubclassKwargs.values };
    initSubclassKwargs.names = mkwNames;
    initSubclassKwargs.values = mkwValues;
    let cls: PyObject;
    try {
      cls = PyObject_Call(meta, [name, bases, ns, ...mkwValues], mkwNames.length > 0 ? mkwNames : null);
    } finally {
      initSubclassKwargs.names = saved.names;
      initSubclassKwargs.values = saved.values;
    }
    if (cls instanceof PyType && cell instanceof PyCell) {
      const cellCls = cell.ob_ref;
      if (cellCls !== cls) {
        Py_DECREF(cls);
        if (cellCls === null) {
          raise(
            PyExc_RuntimeError,
            `__class__ not set defining ${reprStr(name)} as ${reprObj(cls)}. Was __classcell__ propagated to type.__new__?`,
          );
        }
        raise(
          PyExc_TypeError,
          `__class__ set to ${reprObj(cellCls)} defining ${reprStr(name)} as ${reprObj(cls)}`,
        );
      }
    }
    return cls;
  } finally {
    Py_XDECREF(cell);
    Py_XDECREF(ns);
    Py_DECREF(bases);
    Py_DECREF(origBases);
  }
}

function reprObj(o: PyObject): string {
  return reprOf(o);
}
function reprStr(s: PyStr): string {
  return reprOf(s);
}

// ---------------------------------------------------------------------------------------------
// __import__

function builtin___import__(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [name, globals, locals, fromlist, levelObj] = parseArgs("__import__", args, kwnames, {
    names: ["name", "globals", "locals", "fromlist", "level"],
    required: 1,
  });
  void locals;
  let level = 0;
  if (levelObj !== null) {
    if (!(levelObj instanceof PyInt)) {
      raise(PyExc_TypeError, `'${levelObj.ob_type.tp_name}' object cannot be interpreted as an integer`);
    }
    level = Number(levelObj.value);
  }
  return PyImport_ImportModuleLevelObject(name!, globals ?? null, fromlist ?? null, level);
}

export const CODE_BUILTINS: MethodDef[] = [
  { name: "compile", impl: builtin_compile },
  { name: "eval", impl: builtin_eval },
  { name: "exec", impl: builtin_exec },
  { name: "__build_class__", impl: builtin___build_class__ },
  { name: "__import__", impl: builtin___import__ },
];

// ---------------------------------------------------------------------------------------------
// function(code, globals, name=None, argdefs=None, closure=None): types.FunctionType's constructor
// (CPython's func_new). Installed here rather than in objects/function.ts because the builtins a
// new function runs with come from the running frame when globals has no __builtins__.

PyFunction_Type.tp_new = (_type, args, kwnames) => {
  const [code, globals, name, defaults, closure] = parseArgs("function", args, kwnames, {
    names: ["code", "globals", "name", "argdefs", "closure"],
    required: 2,
  });
  if (!(code instanceof PyCode))
    raise(PyExc_TypeError, `function() argument 'code' must be code, not ${argTypeName(code!)}`);
  if (!(globals instanceof PyDict))
    raise(PyExc_TypeError, `function() argument 'globals' must be dict, not ${argTypeName(globals!)}`);
  if (name !== null && name !== Py_None && !(name instanceof PyStr))
    raise(PyExc_TypeError, "arg 3 (name) must be None or string");
  if (defaults !== null && defaults !== Py_None && !(defaults instanceof PyTuple))
    raise(PyExc_TypeError, "arg 4 (defaults) must be None or tuple");
  const nfree = numFree(code);
  let cells: PyTuple | null = null;
  if (closure instanceof PyTuple) cells = closure;
  else if (closure !== null && closure !== Py_None)
    raise(PyExc_TypeError, "arg 5 (closure) must be None or tuple");
  else if (nfree > 0) raise(PyExc_TypeError, "arg 5 (closure) must be tuple");
  const nclosure = cells === null ? 0 : cells.items.length;
  if (nfree !== nclosure)
    raise(PyExc_ValueError, `${code.co_name.value} requires closure of length ${nfree}, not ${nclosure}`);
  for (const c of cells?.items ?? []) {
    if (!(c instanceof PyCell))
      raise(PyExc_TypeError, `arg 5 (closure) expected cell, found ${c.ob_type.tp_name}`);
  }
  const f = PyFunction_New(code, globals, builtinsFromGlobals(globals));
  if (name instanceof PyStr) {
    const old = f.func_name;
    f.func_name = Py_NewRef(name);
    Py_DECREF(old);
  }
  if (defaults instanceof PyTuple) f.func_defaults = Py_NewRef(defaults);
  if (cells !== null) f.func_closure = Py_NewRef(cells);
  return f;
};
