/**
 * The `_sre` builtin module (CPython 3.11's Modules/_sre/sre.c) behind lib/re/: the
 * `re.Pattern`, `re.Match` and `_sre.SRE_Scanner` types with CPython's methods, messages,
 * reprs, hashing and object sizes; `compile` (parser + compiler in TypeScript, see parser.ts
 * and compiler.ts) and the replacement templates of sub()/expand(), which CPython 3.11 runs in
 * Python (re._subx / re._expand) and we run here.
 *
 * Subjects are converted once to an Int32Array of code points (bytes-like subjects to their byte
 * values); long immutable subjects keep that array in a weak cache, so a tokenizer calling
 * `pattern.match(text, pos)` in a loop does not convert `text` each time.
 */
import {
  Py_EnterRecursiveCall,
  Py_LeaveRecursiveCall,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_CallOneArg,
  PyObject_GetAttrString,
  PyObject_GetItem,
  PyObject_Hash,
  PyObject_RichCompareBool,
  recursion,
  reprOf,
} from "../../objects/abstract.js";
import { noArgs, noKeywords, oneArg, parseArgs, positional } from "../../objects/args.js";
import { PyBool_FromBool } from "../../objects/bool.js";
import { bufferBytes, PyBytes, PyBytes_Empty, PyBytes_FromBytes, PyBytes_Type } from "../../objects/bytes.js";
import { PyDictProxy_New } from "../../objects/descriptors.js";
import {
  dictItems,
  PyDict,
  PyDict_GetItemWithError,
  PyDict_New,
  PyDict_SetItem,
} from "../../objects/dict.js";
import {
  exceptionMatches,
  PyExc_DeprecationWarning,
  PyExc_FutureWarning,
  PyExc_ImportError,
  PyExc_IndexError,
  PyExc_KeyError,
  PyExc_OverflowError,
  PyExc_RecursionError,
  PyExc_RuntimeError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "../../objects/exceptions.js";
import { PyInt, PyInt_FromNumber, PyInt_Type } from "../../objects/int.js";
import { PyList, PyList_Append, PyList_New } from "../../objects/list.js";
import { defineGetSets, defineMethods, type MethodDef } from "../../objects/methods.js";
import { type PyModule, PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../../objects/module.js";
import { Py_None, Py_NotImplemented } from "../../objects/none.js";
import { Py_DECREF, Py_NewRef, Py_XDECREF, PyObject } from "../../objects/object.js";
import { hashBytes } from "../../objects/siphash.js";
import type { Hash, VisitProc } from "../../objects/slots_types.js";
import { PyStr, PyStr_EmptyString, PyStr_FromString, PyUnicode_Join, strSlice } from "../../objects/str.js";
import {
  gcAlloc,
  gcFree,
  getBuiltin,
  Py_GenericAlias,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  type PyTuple,
  PyTuple_New,
} from "../../objects/tuple.js";
import { newStaticType, TypeFlag } from "../../objects/type.js";
import { PyObject_GenericGetAttr } from "../../objects/typeobject.js";
import { PyObject_ClearWeakRefs } from "../../objects/weakref.js";
import { PyCallIter_New } from "../builtins/iteration.js";
import { PyImport_ImportModule, registerBuiltinModule } from "../importlib.js";
import { asciiIsCased, lowerAscii, lowerUnicode, unicodeIsCased } from "./chars.js";
import { compileCode, disassemble } from "./compiler.js";
import { CODESIZE, Flag, MAGIC, MAXGROUPS, MAXREPEAT, Op } from "./constants.js";
import { EngineError, MatchState, sreMatch, sreSearch } from "./matcher.js";
import {
  dumpPattern,
  type Item,
  ParseState,
  parsePattern,
  parseTemplate,
  RegexError,
  RegexOtherError,
  type RegexWarning,
  type Source,
  SubPattern,
  setParserHooks,
  type Template,
} from "./parser.js";

// ---------------------------------------------------------------------------------------------
// Types

export class PyPattern extends PyObject {
  code: Int32Array = new Int32Array(0);
  /** Number of capturing groups (without group 0). */
  groups = 0;
  groupindex: PyDict | null = null;
  indexgroup: PyTuple | null = null;
  pattern: PyObject | null = null;
  flags = 0;
  /** 0 str, 1 bytes, -1 no pattern object. */
  isbytes = 0;
  /** groupindex as a JS map (for templates). */
  groupMap = new Map<string, number>();
  /** Compiled replacement templates by template text (CPython's lru_cache on _compile_repl). */
  templates = new Map<string, CompiledTemplate>();
}

const NO_MARKS: number[] = [];

export class PyMatch extends PyObject {
  pattern: PyPattern | null = null;
  string: PyObject | null = null;
  regs: PyTuple | null = null;
  pos = 0;
  endpos = 0;
  lastindex = -1;
  /** groups + 1 */
  ngroups = 0;
  /** Start and end of each group (-1 when it did not participate). A plain array: a typed
   * array per match (and one more from the initializer) was ~25% of a pat.match() call. */
  mark: number[] = NO_MARKS;
}

export class PyScanner extends PyObject {
  pattern: PyPattern | null = null;
  string: PyObject | null = null;
  state: MatchState | null = null;
  isbytes = false;
  /** state->start == NULL: the scanner is exhausted. */
  done = false;
  executing = false;
}

const IMMUTABLE = TypeFlag.HAVE_GC | TypeFlag.IMMUTABLETYPE;

export const Pattern_Type = newStaticType({
  name: "re.Pattern",
  flags: IMMUTABLE,
  basicsize: 96,
  // the compiled code's SRE_CODE words (uint32) follow the struct
  itemsize: 4,
  doc: "Compiled regular expression object.",
});
Pattern_Type.tp_weaklistoffset = 1;

export const Match_Type = newStaticType({
  name: "re.Match",
  flags: IMMUTABLE,
  basicsize: 88,
  // the group marks (Py_ssize_t pairs) follow the struct
  itemsize: 8,
  doc: "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.",
});

export const Scanner_Type = newStaticType({
  name: "_sre.SRE_Scanner",
  flags: IMMUTABLE,
  basicsize: 240,
});

// ---------------------------------------------------------------------------------------------
// Subjects

interface Subject {
  chars: Int32Array;
  isbytes: boolean;
}

const subjectCache = new WeakMap<PyObject, Int32Array>();
const CACHE_MIN = 256;

function strChars(s: PyStr): Int32Array {
  const v = s.value;
  if (s.kind !== 4) {
    const n = v.length;
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = v.charCodeAt(i);
    return out;
  }
  const out = new Int32Array(s.length);
  let j = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < v.length) {
      const d = v.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        out[j++] = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    out[j++] = c;
  }
  return out;
}

function cachedChars(o: PyStr): Int32Array {
  let c = subjectCache.get(o);
  if (c === undefined) {
    c = strChars(o);
    subjectCache.set(o, c);
  }
  return c;
}

/** getstring(): the characters of a str or bytes-like object, or null. */
function subjectOf(o: PyObject): Subject | null {
  if (o instanceof PyStr) {
    if (o.length >= CACHE_MIN) return { chars: cachedChars(o), isbytes: false };
    return { chars: strChars(o), isbytes: false };
  }
  const b = bufferBytes(o);
  if (b === null) return null;
  if (o instanceof PyBytes && b.length >= CACHE_MIN) {
    let c = subjectCache.get(o);
    if (c === undefined) {
      c = Int32Array.from(b);
      subjectCache.set(o, c);
    }
    return { chars: c, isbytes: true };
  }
  return { chars: Int32Array.from(b), isbytes: true };
}

function requireSubject(o: PyObject): Subject {
  const s = subjectOf(o);
  if (s === null) {
    raise(PyExc_TypeError, `expected string or bytes-like object, got '${o.ob_type.tp_name}'`);
  }
  return s;
}

/** getslice(): string[i:j] as str or bytes (new reference). */
function getslice(isbytes: boolean, string: PyObject, i: number, j: number): PyObject {
  if (isbytes) {
    const b = bufferBytes(string)!;
    if (string.ob_type === PyBytes_Type && i === 0 && j === b.length) return Py_NewRef(string);
    if (j <= i) return Py_NewRef(PyBytes_Empty);
    return PyBytes_FromBytes(b.slice(i, j));
  }
  const s = string as PyStr;
  return strSlice(s, i, 1, j - i);
}

// ---------------------------------------------------------------------------------------------
// Errors

/** The re.error class (defined in Python, lib/re/_constants.py). New reference. */
function errorClass(): PyObject {
  const mod = PyImport_ImportModule("re._constants");
  try {
    return PyObject_GetAttrString(mod, "error");
  } finally {
    Py_DECREF(mod);
  }
}

function raiseRegexError(e: RegexError): never {
  const cls = errorClass();
  const msg = PyStr_FromString(e.msg);
  const args: PyObject[] = [msg];
  let posObj: PyObject | null = null;
  if (e.source !== null && e.pos !== null) {
    args.push(e.source.object as PyObject);
    posObj = PyInt_FromNumber(e.pos);
    args.push(posObj);
  }
  let exc: PyObject;
  try {
    exc = PyObject_Call(cls, args, null);
  } finally {
    Py_DECREF(cls);
    Py_DECREF(msg);
    Py_XDECREF(posObj);
  }
  throw exc;
}

function raiseOther(e: RegexOtherError): never {
  switch (e.kind) {
    case "OverflowError":
      raise(PyExc_OverflowError, e.msg);
    case "ValueError":
      raise(PyExc_ValueError, e.msg);
    case "IndexError":
      raise(PyExc_IndexError, e.msg);
    default:
      raise(PyExc_TypeError, e.msg);
  }
}

/** Runs parser/compiler code, turning its errors into Python exceptions. */
function guarded<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RegexError) raiseRegexError(e);
    if (e instanceof RegexOtherError) raiseOther(e);
    throw e;
  }
}

/** Issues the parser's warnings through the warnings module (if there is one). */
function issueWarnings(warnings: RegexWarning[], stacklevel: number): void {
  if (warnings.length === 0) return;
  let mod: PyObject;
  try {
    mod = PyImport_ImportModule("warnings");
  } catch (e) {
    if (exceptionMatches(e, PyExc_ImportError)) {
      Py_DECREF(e as PyObject);
      return;
    }
    throw e;
  }
  try {
    for (const w of warnings) {
      const msg = PyStr_FromString(w.msg);
      const level = PyInt_FromNumber(stacklevel);
      const cat = w.category === "FutureWarning" ? PyExc_FutureWarning : PyExc_DeprecationWarning;
      try {
        const r = PyObject_CallMethod(mod, "warn", [msg, cat, level]);
        Py_DECREF(r);
      } finally {
        Py_DECREF(msg);
        Py_DECREF(level);
      }
    }
  } finally {
    Py_DECREF(mod);
  }
}

function engineFailure(e: unknown): never {
  if (e instanceof EngineError) raise(PyExc_RuntimeError, "internal error in regular expression engine");
  throw e;
}

// ---------------------------------------------------------------------------------------------
// Compiling patterns

function sourceOf(o: PyObject): Source {
  if (o instanceof PyStr) {
    return { chars: Array.from(o.value), istext: true, object: o };
  }
  const b = bufferBytes(o);
  if (b === null) raise(PyExc_TypeError, `expected string or bytes-like object, got '${o.ob_type.tp_name}'`);
  const chars = new Array<string>(b.length);
  for (let i = 0; i < b.length; i++) chars[i] = String.fromCharCode(b[i]!);
  return { chars, istext: false, object: o };
}

/** print(text, end='') on sys.stdout. */
function writeStdout(text: string): void {
  const print = getBuiltin("print");
  const s = PyStr_FromString(text);
  const end = PyStr_EmptyString;
  try {
    const r = PyObject_Call(print, [s, end], ["end"]);
    Py_DECREF(r);
  } finally {
    Py_DECREF(s);
  }
}

function newPattern(
  patternObj: PyObject,
  flags: number,
  code: number[],
  groups: number,
  groupdict: Map<string, number>,
): PyPattern {
  const p = new PyPattern(Pattern_Type);
  const n = code.length;
  gcAlloc(p, 16 + ((96 + 4 * n + 7) & ~7));
  p.code = Int32Array.from(code, (x) => x | 0);
  p.groups = groups;
  p.pattern = Py_NewRef(patternObj);
  p.flags = flags;
  p.isbytes = patternObj === Py_None ? -1 : patternObj instanceof PyStr ? 0 : 1;
  p.groupMap = groupdict;
  if (groupdict.size > 0) {
    const d = PyDict_New();
    const names: PyObject[] = new Array(groups + 1);
    for (let i = 0; i <= groups; i++) names[i] = Py_NewRef(Py_None);
    for (const [name, gid] of groupdict) {
      const k = PyStr_FromString(name);
      const v = PyInt_FromNumber(gid);
      PyDict_SetItem(d, k, v);
      Py_DECREF(v);
      Py_DECREF(names[gid]!);
      names[gid] = k;
    }
    p.groupindex = d;
    p.indexgroup = PyTuple_New(names);
  }
  PyObject_GC_Track(p);
  return p;
}

/**
 * Parses and compiles `patternObj` (str or bytes) with `flags`: CPython's _compiler.compile.
 * The flags are a Python int; only their low 32 bits mean anything to the parser, and the
 * pattern object stores a C int (OverflowError for larger values, after compiling, as CPython).
 */
export function compilePattern(patternObj: PyObject, flagsValue: number | bigint): PyPattern {
  const flags = typeof flagsValue === "bigint" ? Number(BigInt.asIntN(32, flagsValue)) : flagsValue | 0;
  const src = sourceOf(patternObj);
  const state = new ParseState();
  const p = guarded(() => {
    try {
      return parsePattern(src, flags, state);
    } catch (e) {
      issueWarnings(state.warnings, 3);
      throw e;
    }
  });
  issueWarnings(state.warnings, 3);
  if (flags & Flag.DEBUG) writeStdout(dumpPattern(p));
  const code = guarded(() => compileCode(p, flags));
  if (flags & Flag.DEBUG) writeStdout("\n" + disassemble(code));
  if (flagsValue > 0x7fffffff || flagsValue < -0x80000000) {
    raise(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return newPattern(patternObj, flags | p.state.flags, code, p.state.groups - 1, p.state.groupdict);
}

// ---------------------------------------------------------------------------------------------
// Argument helpers

/** Argument Clinic's Py_ssize_t converter. */
function ssize(o: PyObject | null, dflt: number): number {
  if (o === null) return dflt;
  const i = PyNumber_Index(o) as PyInt;
  const v = i.value;
  Py_DECREF(i);
  if (typeof v === "number") return v;
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) {
    raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  return Number(v);
}

const MAXSIZE = Number.MAX_SAFE_INTEGER;

function stringPosEndpos(name: string, args: PyObject[], kw: string[] | null): [PyObject, number, number] {
  const n = args.length;
  if ((kw === null || kw.length === 0) && n >= 1 && n <= 3) {
    // Positional only (the usual call): what parseArgs would give, without its bookkeeping.
    const pos = n > 1 ? ssize(args[1]!, 0) : 0;
    return [args[0]!, pos, n > 2 ? ssize(args[2]!, MAXSIZE) : MAXSIZE];
  }
  const [string, pos, endpos] = parseArgs(name, args, kw, {
    names: ["string", "pos", "endpos"],
    required: 1,
  });
  return [string!, ssize(pos, 0), ssize(endpos, MAXSIZE)];
}

function pat(o: PyObject | null): PyPattern {
  return o as PyPattern;
}

// ---------------------------------------------------------------------------------------------
// State and match objects

function stateInit(p: PyPattern, string: PyObject, start: number, end: number): MatchState {
  if (string instanceof PyStr) {
    // The common case, without the Subject record.
    if (p.isbytes > 0) raise(PyExc_TypeError, "cannot use a bytes pattern on a string-like object");
    return new MatchState(
      string.length >= CACHE_MIN ? cachedChars(string) : strChars(string),
      p.groups,
      start,
      end,
    );
  }
  const s = requireSubject(string);
  if (s.isbytes && p.isbytes === 0)
    raise(PyExc_TypeError, "cannot use a string pattern on a bytes-like object");
  if (!s.isbytes && p.isbytes > 0)
    raise(PyExc_TypeError, "cannot use a bytes pattern on a string-like object");
  return new MatchState(s.chars, p.groups, start, end);
}

function isBytesState(_state: MatchState, string: PyObject): boolean {
  return !(string instanceof PyStr);
}

/** pattern_new_match (status true). */
function newMatch(p: PyPattern, state: MatchState, string: PyObject): PyMatch {
  const m = new PyMatch(Match_Type);
  const ngroups = p.groups + 1;
  gcAlloc(m, 16 + 88 + 16 * ngroups);
  m.pattern = Py_NewRef(p);
  m.string = Py_NewRef(string);
  m.ngroups = ngroups;
  const mark: number[] = [state.start, state.ptr];
  for (let i = 0, j = 0; i < p.groups; i++, j += 2) {
    if (j + 1 <= state.lastmark && state.mark[j]! >= 0 && state.mark[j + 1]! >= 0) {
      mark.push(state.mark[j]!, state.mark[j + 1]!);
      if (mark[j + 2]! > mark[j + 3]!) {
        Py_DECREF(m);
        wrongSpan();
      }
    } else {
      mark.push(-1, -1);
    }
  }
  m.mark = mark;
  m.pos = state.pos;
  m.endpos = state.endpos;
  m.lastindex = state.lastindex;
  PyObject_GC_Track(m);
  return m;
}

function matchResult(p: PyPattern, state: MatchState, string: PyObject, status: boolean): PyObject {
  return status ? newMatch(p, state, string) : Py_NewRef(Py_None);
}

function runMatch(p: PyPattern, state: MatchState): boolean {
  try {
    return sreMatch(state, p.code, 0, true);
  } catch (e) {
    engineFailure(e);
  }
}

function runSearch(p: PyPattern, state: MatchState): boolean {
  try {
    return sreSearch(state, p.code);
  } catch (e) {
    engineFailure(e);
  }
}

function wrongSpan(): never {
  raise(PyExc_SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
}

/** state_getslice: group `index` (1-based) of the state, or None / '' when it did not match. */
function stateGetslice(state: MatchState, index: number, string: PyObject, empty: boolean): PyObject {
  const j = (index - 1) * 2;
  const isbytes = isBytesState(state, string);
  if (j >= state.lastmark || state.mark[j]! < 0 || state.mark[j + 1]! < 0) {
    if (empty) return getslice(isbytes, string, 0, 0);
    return Py_NewRef(Py_None);
  }
  if (state.mark[j]! > state.mark[j + 1]!) wrongSpan();
  return getslice(isbytes, string, state.mark[j]!, state.mark[j + 1]!);
}

// ---------------------------------------------------------------------------------------------
// Pattern methods

function pattern_match(self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const p = pat(self);
  const [string, pos, endpos] = stringPosEndpos("match", args, kw);
  const state = stateInit(p, string, pos, endpos);
  state.ptr = state.start;
  return matchResult(p, state, string, runMatch(p, state));
}

function pattern_fullmatch(self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const p = pat(self);
  const [string, pos, endpos] = stringPosEndpos("fullmatch", args, kw);
  const state = stateInit(p, string, pos, endpos);
  state.ptr = state.start;
  state.matchAll = true;
  return matchResult(p, state, string, runMatch(p, state));
}

function pattern_search(self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const p = pat(self);
  const [string, pos, endpos] = stringPosEndpos("search", args, kw);
  const state = stateInit(p, string, pos, endpos);
  return matchResult(p, state, string, runSearch(p, state));
}

function pattern_findall(self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const p = pat(self);
  const [string, pos, endpos] = stringPosEndpos("findall", args, kw);
  const state = stateInit(p, string, pos, endpos);
  const isbytes = isBytesState(state, string);
  const list = PyList_New();
  try {
    while (state.start <= state.end) {
      state.reset();
      state.ptr = state.start;
      if (!runSearch(p, state)) break;
      let item: PyObject;
      if (p.groups === 0) {
        item = getslice(isbytes, string, state.start, state.ptr);
      } else if (p.groups === 1) {
        item = stateGetslice(state, 1, string, true);
      } else {
        const items: PyObject[] = [];
        try {
          for (let i = 0; i < p.groups; i++) items.push(stateGetslice(state, i + 1, string, true));
        } catch (e) {
          for (const o of items) Py_DECREF(o);
          throw e;
        }
        item = PyTuple_New(items);
      }
      PyList_Append(list, item);
      Py_DECREF(item);
      state.mustAdvance = state.ptr === state.start;
      state.start = state.ptr;
    }
  } catch (e) {
    Py_DECREF(list);
    throw e;
  }
  return list;
}

function newScanner(p: PyPattern, string: PyObject, pos: number, endpos: number): PyScanner {
  const state = stateInit(p, string, pos, endpos);
  const sc = new PyScanner(Scanner_Type);
  gcAlloc(sc, 16 + 240);
  sc.state = state;
  sc.isbytes = !(string instanceof PyStr);
  sc.string = Py_NewRef(string);
  sc.pattern = Py_NewRef(p);
  PyObject_GC_Track(sc);
  return sc;
}

function pattern_finditer(self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const p = pat(self);
  const [string, pos, endpos] = stringPosEndpos("finditer", args, kw);
  const scanner = newScanner(p, string, pos, endpos);
  let search: PyObject;
  try {
    search = PyObject_GetAttrString(scanner, "search");
  } finally {
    Py_DECREF(scanner);
  }
  try {
    return PyCallIter_New(search, Py_None);
  } finally {
    Py_DECREF(search);
  }
}

function pattern_scanner(self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const p = pat(self);
  const [string, pos, endpos] = stringPosEndpos("scanner", args, kw);
  return newScanner(p, string, pos, endpos);
}

function pattern_split(self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const p = pat(self);
  const [string, maxsplitObj] = parseArgs("split", args, kw, { names: ["string", "maxsplit"], required: 1 });
  const maxsplit = ssize(maxsplitObj, 0);
  const state = stateInit(p, string!, 0, MAXSIZE);
  const isbytes = isBytesState(state, string!);
  const list = PyList_New();
  try {
    let n = 0;
    let last = state.start;
    while (!maxsplit || n < maxsplit) {
      state.reset();
      state.ptr = state.start;
      if (!runSearch(p, state)) break;
      // get segment before this match
      let item = getslice(isbytes, string!, last, state.start);
      PyList_Append(list, item);
      Py_DECREF(item);
      // add groups (if any)
      for (let i = 0; i < p.groups; i++) {
        item = stateGetslice(state, i + 1, string!, false);
        PyList_Append(list, item);
        Py_DECREF(item);
      }
      n = n + 1;
      state.mustAdvance = state.ptr === state.start;
      last = state.start = state.ptr;
    }
    // get segment following last match (even if empty)
    const item = getslice(isbytes, string!, last, state.endpos);
    PyList_Append(list, item);
    Py_DECREF(item);
  } catch (e) {
    Py_DECREF(list);
    throw e;
  }
  return list;
}

// ---------------------------------------------------------------------------------------------
// Replacement templates

/** A parsed template: literal chunks (str/bytes objects) and group numbers, in order. */
interface CompiledTemplate {
  /** Pieces: a PyObject literal or a group number. */
  pieces: (PyObject | number)[];
  /** The single literal when the template has no group reference. */
  literal: PyObject | null;
  /** The template is bytes (literals are bytes). */
  bytes: boolean;
}

const TEMPLATE_CACHE_MAX = 512;

function releaseTemplate(t: CompiledTemplate): void {
  for (const x of t.pieces) if (typeof x !== "number") Py_DECREF(x);
  Py_XDECREF(t.literal);
}

/** re._compile_repl / _parser.parse_template: parses a replacement template. */
function compileTemplate(p: PyPattern, template: PyObject, forSub: boolean): CompiledTemplate {
  let istext: boolean;
  let chars: string[];
  if (template instanceof PyStr) {
    istext = true;
    chars = Array.from(template.value);
  } else {
    const b = bufferBytes(template);
    if (b === null) {
      raise(PyExc_TypeError, `decoding to str: need a bytes-like object, ${template.ob_type.tp_name} found`);
    }
    istext = false;
    chars = new Array<string>(b.length);
    for (let i = 0; i < b.length; i++) chars[i] = String.fromCharCode(b[i]!);
  }
  const key = forSub ? (istext ? "s" : "b") + chars.join("") : null;
  if (key !== null) {
    const hit = p.templates.get(key);
    if (hit !== undefined) return hit;
  }
  const src: Source = { chars, istext, object: template };
  const warnings: RegexWarning[] = [];
  let parsed: Template;
  try {
    parsed = guarded(() => parseTemplate(src, p.groups, p.groupMap, warnings));
  } finally {
    issueWarnings(warnings, 2);
  }
  const mk = (s: string): PyObject => {
    if (istext) return PyStr_FromString(s);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return PyBytes_FromBytes(out);
  };
  const pieces: (PyObject | number)[] = [];
  const groupAt = new Map<number, number>();
  for (const [idx, g] of parsed.groups) groupAt.set(idx, g);
  parsed.literals.forEach((lit, idx) => {
    if (lit === null) pieces.push(groupAt.get(idx)!);
    else pieces.push(mk(lit));
  });
  let literal: PyObject | null = null;
  if (parsed.groups.length === 0 && parsed.literals.length === 1) literal = Py_NewRef(pieces[0] as PyObject);
  const t: CompiledTemplate = { pieces, literal, bytes: !istext };
  if (key !== null) {
    if (p.templates.size >= TEMPLATE_CACHE_MAX) {
      const first = p.templates.keys().next().value as string;
      releaseTemplate(p.templates.get(first)!);
      p.templates.delete(first);
    }
    p.templates.set(key, t);
  }
  return t;
}

/** `empty.join(pieces)` where empty is string[:0] (str or bytes). New reference. */
function joinPieces(empty: PyObject, items: PyObject[]): PyObject {
  if (empty instanceof PyStr && empty.ob_type === PyStr_EmptyString.ob_type) {
    let allStr = true;
    for (const x of items) {
      if (!(x instanceof PyStr)) {
        allStr = false;
        break;
      }
    }
    if (allStr) {
      if (items.length === 1 && items[0]!.ob_type === PyStr_EmptyString.ob_type) return Py_NewRef(items[0]!);
      return PyStr_FromString(items.map((x) => (x as PyStr).value).join(""));
    }
  }
  const list = PyList_New();
  try {
    for (const x of items) PyList_Append(list, x);
    return PyObject_CallMethod(empty, "join", [list]);
  } finally {
    Py_DECREF(list);
  }
}

/** _parser.expand_template(template, match) over a match's group getter. */
function expandTemplate(t: CompiledTemplate, group: (i: number) => PyObject, empty: PyObject): PyObject {
  const items: PyObject[] = [];
  try {
    for (const x of t.pieces) {
      if (typeof x === "number") {
        const g = group(x);
        if (g === Py_None) {
          Py_DECREF(g);
          items.push(Py_NewRef(empty));
        } else {
          items.push(g);
        }
      } else {
        items.push(Py_NewRef(x));
      }
    }
    return joinPieces(empty, items);
  } finally {
    for (const o of items) Py_DECREF(o);
  }
}

function pattern_subx(
  p: PyPattern,
  ptemplate: PyObject,
  string: PyObject,
  count: number,
  subn: boolean,
): PyObject {
  let filter: PyObject | null = null;
  let template: CompiledTemplate | null = null;
  if (ptemplate.ob_type.tp_call !== null) {
    // sub/subn takes either a function or a template
    filter = Py_NewRef(ptemplate);
  } else {
    // if not callable, check if it's a literal string
    let literal = false;
    if (ptemplate instanceof PyStr) {
      literal = !ptemplate.value.includes("\\");
    } else {
      const b = bufferBytes(ptemplate);
      literal = b !== null && !b.includes(92);
    }
    if (literal) {
      filter = Py_NewRef(ptemplate);
    } else {
      // not a literal; hand it over to the template compiler (re._subx)
      if (!(ptemplate instanceof PyStr)) PyObject_Hash(ptemplate); // the lru_cache key
      template = compileTemplate(p, ptemplate, true);
      if (template.literal !== null) {
        filter = Py_NewRef(template.literal);
        template = null;
      }
    }
  }
  const filterIsCallable = filter !== null && filter.ob_type.tp_call !== null;

  let state: MatchState;
  try {
    state = stateInit(p, string, 0, MAXSIZE);
  } catch (e) {
    Py_XDECREF(filter);
    throw e;
  }
  const isbytes = isBytesState(state, string);
  const list: PyObject[] = [];
  let n = 0;
  try {
    let i = 0;
    const empty = getslice(isbytes, string, 0, 0);
    try {
      while (!count || n < count) {
        state.reset();
        state.ptr = state.start;
        if (!runSearch(p, state)) break;
        const b = state.start;
        const e = state.ptr;
        if (i < b) list.push(getslice(isbytes, string, i, b));
        let item: PyObject;
        if (template !== null) {
          // CPython 3.11 hands a Match object to the template filter (re._subx).
          const match = newMatch(p, state, string);
          try {
            item = expandTemplate(template, (g) => matchGetsliceByIndex(match, g, Py_None), empty);
          } finally {
            Py_DECREF(match);
          }
        } else if (filterIsCallable) {
          const match = newMatch(p, state, string);
          try {
            item = PyObject_CallOneArg(filter!, match);
          } finally {
            Py_DECREF(match);
          }
        } else {
          item = Py_NewRef(filter!);
        }
        if (item !== Py_None) list.push(item);
        else Py_DECREF(item);
        i = e;
        n = n + 1;
        state.mustAdvance = state.ptr === state.start;
        state.start = state.ptr;
      }
      // get segment following last match
      if (i < state.endpos) list.push(getslice(isbytes, string, i, state.endpos));
    } finally {
      Py_DECREF(empty);
    }
    const joiner = getslice(isbytes, string, 0, 0);
    let result: PyObject;
    try {
      if (list.length === 0) {
        result = Py_NewRef(joiner);
      } else if (!isbytes && joiner instanceof PyStr) {
        const l = PyList_New();
        try {
          for (const x of list) PyList_Append(l, x);
          result = PyUnicode_Join(joiner, l);
        } finally {
          Py_DECREF(l);
        }
      } else {
        result = joinPieces(joiner, list);
      }
    } finally {
      Py_DECREF(joiner);
    }
    if (subn) {
      return PyTuple_New([result, PyInt_FromNumber(n)]);
    }
    return result;
  } finally {
    for (const o of list) Py_DECREF(o);
    Py_XDECREF(filter);
  }
}

function pattern_sub(self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const [repl, string, count] = parseArgs("sub", args, kw, {
    names: ["repl", "string", "count"],
    required: 2,
  });
  return pattern_subx(pat(self), repl!, string!, ssize(count, 0), false);
}

function pattern_subn(self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const [repl, string, count] = parseArgs("subn", args, kw, {
    names: ["repl", "string", "count"],
    required: 2,
  });
  return pattern_subx(pat(self), repl!, string!, ssize(count, 0), true);
}

const FLAG_NAMES: [string, number][] = [
  ["re.IGNORECASE", Flag.IGNORECASE],
  ["re.LOCALE", Flag.LOCALE],
  ["re.MULTILINE", Flag.MULTILINE],
  ["re.DOTALL", Flag.DOTALL],
  ["re.UNICODE", Flag.UNICODE],
  ["re.VERBOSE", Flag.VERBOSE],
  ["re.DEBUG", Flag.DEBUG],
  ["re.ASCII", Flag.ASCII],
];

/** %.NR: repr truncated to N code points. */
function reprTruncated(o: PyObject, n: number): string {
  const r = reprOf(o);
  const cps = Array.from(r);
  return cps.length > n ? cps.slice(0, n).join("") : r;
}

function pattern_repr(o: PyObject): PyObject {
  const p = o as PyPattern;
  let flags = p.flags;
  // Omit re.UNICODE for valid string patterns.
  if (p.isbytes === 0 && (flags & (Flag.LOCALE | Flag.UNICODE | Flag.ASCII)) === Flag.UNICODE)
    flags &= ~Flag.UNICODE;
  const items: string[] = [];
  for (const [name, v] of FLAG_NAMES) {
    if (flags & v) {
      items.push(name);
      flags &= ~v;
    }
  }
  if (flags) items.push("0x" + (flags >>> 0).toString(16));
  const pr = reprTruncated(p.pattern!, 200);
  if (items.length > 0) return PyStr_FromString(`re.compile(${pr}, ${items.join("|")})`);
  return PyStr_FromString(`re.compile(${pr})`);
}

function toBig(h: Hash): bigint {
  return typeof h === "bigint" ? h : BigInt(h);
}

function pattern_hash(o: PyObject): Hash {
  const p = o as PyPattern;
  let hash = toBig(PyObject_Hash(p.pattern!));
  const bytes = new Uint8Array(p.code.buffer, p.code.byteOffset, p.code.byteLength);
  hash ^= toBig(hashBytes(bytes));
  hash ^= BigInt(p.flags);
  hash ^= BigInt(p.isbytes);
  hash ^= BigInt(p.code.length);
  hash = BigInt.asIntN(64, hash);
  if (hash === -1n) hash = -2n;
  const n = Number(hash);
  return Number.isSafeInteger(n) ? n : hash;
}

function pattern_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  // op: 2 == EQ, 3 == NE
  if (op !== 2 && op !== 3) return Py_NewRef(Py_NotImplemented);
  if (b.ob_type !== Pattern_Type) return Py_NewRef(Py_NotImplemented);
  if (a === b) return PyBool_FromBool(op === 2);
  const l = a as PyPattern;
  const r = b as PyPattern;
  let cmp = l.flags === r.flags && l.isbytes === r.isbytes && l.code.length === r.code.length;
  if (cmp) {
    for (let i = 0; i < l.code.length; i++) {
      if (l.code[i] !== r.code[i]) {
        cmp = false;
        break;
      }
    }
  }
  if (cmp) cmp = PyObject_RichCompareBool(l.pattern!, r.pattern!, 2);
  if (op === 3) cmp = !cmp;
  return PyBool_FromBool(cmp);
}

function pattern_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  if (o.ob_weakrefs && o.ob_weakrefs.length > 0) PyObject_ClearWeakRefs(o);
  const p = o as PyPattern;
  const gi = p.groupindex;
  const ig = p.indexgroup;
  const po = p.pattern;
  p.groupindex = null;
  p.indexgroup = null;
  p.pattern = null;
  Py_XDECREF(gi);
  Py_XDECREF(ig);
  Py_XDECREF(po);
  for (const t of p.templates.values()) releaseTemplate(t);
  p.templates.clear();
  gcFree(o);
}

function pattern_traverse(o: PyObject, visit: VisitProc): void {
  const p = o as PyPattern;
  if (p.groupindex !== null) visit(p.groupindex);
  if (p.indexgroup !== null) visit(p.indexgroup);
  if (p.pattern !== null) visit(p.pattern);
}

// ---------------------------------------------------------------------------------------------
// Match methods

function m(o: PyObject | null): PyMatch {
  return o as PyMatch;
}

/** match_getslice_by_index (new reference). */
function matchGetsliceByIndex(self: PyMatch, index: number, def: PyObject): PyObject {
  const j = index * 2;
  if (self.string === Py_None || self.mark[j]! < 0) return Py_NewRef(def);
  const string = self.string!;
  let length: number;
  let isbytes: boolean;
  if (string instanceof PyStr) {
    length = string.length;
    isbytes = false;
  } else {
    const b = bufferBytes(string);
    if (b === null)
      raise(PyExc_TypeError, `expected string or bytes-like object, got '${string.ob_type.tp_name}'`);
    length = b.length;
    isbytes = true;
  }
  const i = Math.min(self.mark[j]!, length);
  const k = Math.min(self.mark[j + 1]!, length);
  return getslice(isbytes, string, i, k);
}

/** match_getindex: a group number or name to an index, or IndexError. */
function matchGetindex(self: PyMatch, index: PyObject | null): number {
  if (index === null) return 0;
  let i = -1;
  if (index.ob_type.nb_index !== null) {
    i = PyNumber_AsSsize_t(index, null);
  } else if (self.pattern!.groupindex !== null) {
    const v = PyDict_GetItemWithError(self.pattern!.groupindex, index);
    if (v !== null && v instanceof PyInt) i = PyNumber_AsSsize_t(v, null);
  }
  if (i < 0 || i >= self.ngroups) raise(PyExc_IndexError, "no such group");
  return i;
}

function matchGetslice(self: PyMatch, index: PyObject | null, def: PyObject): PyObject {
  return matchGetsliceByIndex(self, matchGetindex(self, index), def);
}

function match_group(self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  noKeywords("Match.group", kw);
  const mm = m(self);
  if (args.length === 0) return matchGetsliceByIndex(mm, 0, Py_None);
  if (args.length === 1) return matchGetslice(mm, args[0]!, Py_None);
  const items: PyObject[] = [];
  try {
    for (const a of args) items.push(matchGetslice(mm, a, Py_None));
  } catch (e) {
    for (const o of items) Py_DECREF(o);
    throw e;
  }
  return PyTuple_New(items);
}

function match_groups(self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const [dflt] = parseArgs("groups", args, kw, { names: ["default"], required: 0 });
  const mm = m(self);
  const def = dflt ?? Py_None;
  const items: PyObject[] = [];
  try {
    for (let i = 1; i < mm.ngroups; i++) items.push(matchGetsliceByIndex(mm, i, def));
  } catch (e) {
    for (const o of items) Py_DECREF(o);
    throw e;
  }
  return PyTuple_New(items);
}

function match_groupdict(self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const [dflt] = parseArgs("groupdict", args, kw, { names: ["default"], required: 0 });
  const mm = m(self);
  const def = dflt ?? Py_None;
  const result = PyDict_New();
  const gi = mm.pattern!.groupindex;
  if (gi === null) return result;
  try {
    for (const [name] of mm.pattern!.groupMap) {
      const key = PyStr_FromString(name);
      try {
        const value = matchGetslice(mm, key, def);
        PyDict_SetItem(result, key, value);
        Py_DECREF(value);
      } finally {
        Py_DECREF(key);
      }
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function groupArg(name: string, args: PyObject[], kw: string[] | null): PyObject | null {
  noKeywords(`Match.${name}`, kw);
  positional(name, args, kw, 0, 1);
  return args.length > 0 ? args[0]! : null;
}

function match_start(self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const mm = m(self);
  const index = matchGetindex(mm, groupArg("start", args, kw));
  return PyInt_FromNumber(mm.mark[index * 2]!);
}

function match_end(self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const mm = m(self);
  const index = matchGetindex(mm, groupArg("end", args, kw));
  return PyInt_FromNumber(mm.mark[index * 2 + 1]!);
}

function pair(a: number, b: number): PyObject {
  return PyTuple_New([PyInt_FromNumber(a), PyInt_FromNumber(b)]);
}

function match_span(self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const mm = m(self);
  const index = matchGetindex(mm, groupArg("span", args, kw));
  return pair(mm.mark[index * 2]!, mm.mark[index * 2 + 1]!);
}

function match_expand(self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const [template] = parseArgs("expand", args, kw, { names: ["template"], required: 1 });
  const mm = m(self);
  const t = compileTemplate(mm.pattern!, template!, false);
  try {
    const sl = emptySlice();
    let empty: PyObject;
    try {
      empty = PyObject_GetItem(mm.string!, sl);
    } finally {
      Py_DECREF(sl);
    }
    try {
      return expandTemplate(
        t,
        (g) => {
          if (g >= mm.ngroups) raise(PyExc_IndexError, "no such group");
          return matchGetsliceByIndex(mm, g, Py_None);
        },
        empty,
      );
    } finally {
      Py_DECREF(empty);
    }
  } finally {
    releaseTemplate(t);
  }
}

/** slice(None, 0): string[:0]. */
function emptySlice(): PyObject {
  const sliceType = getBuiltin("slice");
  const zero = PyInt_FromNumber(0);
  try {
    return PyObject_Call(sliceType, [Py_None, zero], null);
  } finally {
    Py_DECREF(zero);
  }
}

function match_repr(o: PyObject): PyObject {
  const mm = o as PyMatch;
  const group0 = matchGetsliceByIndex(mm, 0, Py_None);
  try {
    return PyStr_FromString(
      `<${mm.ob_type.tp_name} object; span=(${mm.mark[0]}, ${mm.mark[1]}), match=${reprTruncated(group0, 50)}>`,
    );
  } finally {
    Py_DECREF(group0);
  }
}

function match_regs(mm: PyMatch): PyObject {
  if (mm.regs !== null) return Py_NewRef(mm.regs);
  const items: PyObject[] = [];
  for (let i = 0; i < mm.ngroups; i++) items.push(pair(mm.mark[i * 2]!, mm.mark[i * 2 + 1]!));
  const regs = PyTuple_New(items);
  mm.regs = Py_NewRef(regs);
  return regs;
}

function match_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  const mm = o as PyMatch;
  const s = mm.string;
  const r = mm.regs;
  const p = mm.pattern;
  mm.string = null;
  mm.regs = null;
  mm.pattern = null;
  Py_XDECREF(s);
  Py_XDECREF(r);
  Py_XDECREF(p);
  gcFree(o);
}

function match_traverse(o: PyObject, visit: VisitProc): void {
  const mm = o as PyMatch;
  if (mm.string !== null) visit(mm.string);
  if (mm.regs !== null) visit(mm.regs);
  if (mm.pattern !== null) visit(mm.pattern);
}

// ---------------------------------------------------------------------------------------------
// Scanner

function scannerStep(
  self: PyObject | null,
  args: PyObject[],
  kw: string[] | null,
  search: boolean,
): PyObject {
  const sc = self as PyScanner;
  if (args.length - (kw?.length ?? 0) > 0)
    raise(PyExc_TypeError, `${search ? "search" : "match"}() takes no arguments`);
  if (sc.executing) raise(PyExc_ValueError, "regular expression scanner already executing");
  sc.executing = true;
  try {
    if (sc.done || sc.state === null) return Py_NewRef(Py_None);
    const state = sc.state;
    const p = sc.pattern!;
    state.reset();
    state.ptr = state.start;
    const status = search ? runSearch(p, state) : runMatch(p, state);
    const match = matchResult(p, state, sc.string!, status);
    if (!status) {
      sc.done = true;
    } else {
      state.mustAdvance = state.ptr === state.start;
      state.start = state.ptr;
    }
    return match;
  } finally {
    sc.executing = false;
  }
}

function scanner_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  const sc = o as PyScanner;
  const p = sc.pattern;
  const s = sc.string;
  sc.pattern = null;
  sc.string = null;
  sc.state = null;
  Py_XDECREF(s);
  Py_XDECREF(p);
  gcFree(o);
}

// ---------------------------------------------------------------------------------------------
// Module functions

function intArg(name: string, args: PyObject[], kw: string[] | null): number {
  positional(name, args, kw, 1, 1);
  const o = PyNumber_Index(args[0]!);
  try {
    return PyNumber_AsSsize_t(o, PyExc_OverflowError);
  } finally {
    Py_DECREF(o);
  }
}

/**
 * _sre.compile(pattern, flags): parse and compile (our own entry point; CPython's takes the
 * code from Lib/re/_compiler.py). Also accepts CPython's six-argument form.
 */
function sre_compile(_m: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  if (args.length - (kw?.length ?? 0) === 6) return sreCompileCode(args, kw);
  const [pattern, flagsObj] = parseArgs("compile", args, kw, { names: ["pattern", "flags"], required: 1 });
  let flags: number | bigint = 0;
  if (flagsObj !== null) {
    const f = PyNumber_Index(flagsObj) as PyInt;
    flags = f.value;
    Py_DECREF(f);
  }
  return compilePattern(pattern!, flags);
}

/** CPython's _sre.compile(pattern, flags, code, groups, groupindex, indexgroup). */
function sreCompileCode(args: PyObject[], kw: string[] | null): PyObject {
  const [pattern, flags, code, groups, groupindex] = parseArgs("compile", args, kw, {
    names: ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"],
    required: 6,
  });
  if (!(code instanceof PyList)) raise(PyExc_TypeError, "compile() argument 'code' must be list");
  if (!(groupindex instanceof PyDict)) raise(PyExc_TypeError, "compile() argument 'groupindex' must be dict");
  const words: number[] = [];
  for (const o of code.items) {
    const v = PyNumber_AsSsize_t(o, PyExc_OverflowError);
    if (v < 0 || v > MAXREPEAT) raise(PyExc_OverflowError, "regular expression code size limit exceeded");
    words.push(v);
  }
  const map = new Map<string, number>();
  for (const [k, v] of dictItems(groupindex)) {
    if (k instanceof PyStr) map.set(k.value, PyNumber_AsSsize_t(v, PyExc_OverflowError));
  }
  return newPattern(
    pattern!,
    PyNumber_AsSsize_t(flags!, PyExc_OverflowError),
    words,
    PyNumber_AsSsize_t(groups!, PyExc_OverflowError),
    map,
  );
}

/**
 * _sre._compile_scanner(phrases, flags): the combined pattern of re.Scanner, a branch of one
 * capturing group per phrase (CPython builds it in Python from _parser.SubPatterns).
 */
function sre_compile_scanner(_m: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  positional("_compile_scanner", args, kw, 2, 2);
  const phrases = args[0] as PyList;
  const flags = PyNumber_AsSsize_t(args[1]!, PyExc_OverflowError);
  const s = new ParseState();
  s.flags = flags;
  const alternatives: SubPattern[] = [];
  for (const phrase of phrases.items) {
    const gid = s.opengroup(null);
    const parsed = guarded(() => parsePattern(sourceOf(phrase), flags));
    const sp = new SubPattern(s, [[Op.SUBPATTERN, [gid, 0, 0, parsed]] as Item]);
    alternatives.push(sp);
    s.closegroup(gid, sp);
  }
  const p = new SubPattern(s, [[Op.BRANCH, [null, alternatives]] as Item]);
  const code = guarded(() => compileCode(p, 0));
  return newPattern(Py_None, p.state.flags, code, s.groups - 1, s.groupdict);
}

const FUNCTIONS: MethodDef[] = [
  { name: "compile", impl: sre_compile },
  { name: "_compile_scanner", impl: sre_compile_scanner },
  { name: "getcodesize", impl: () => PyInt_FromNumber(CODESIZE) },
  {
    name: "ascii_iscased",
    impl: (_m, args, kw) => PyBool_FromBool(asciiIsCased(intArg("ascii_iscased", args, kw))),
  },
  {
    name: "unicode_iscased",
    impl: (_m, args, kw) => PyBool_FromBool(unicodeIsCased(intArg("unicode_iscased", args, kw))),
  },
  {
    name: "ascii_tolower",
    impl: (_m, args, kw) => PyInt_FromNumber(lowerAscii(intArg("ascii_tolower", args, kw))),
  },
  {
    name: "unicode_tolower",
    impl: (_m, args, kw) => PyInt_FromNumber(lowerUnicode(intArg("unicode_tolower", args, kw))),
  },
];

// ---------------------------------------------------------------------------------------------
// Parser hooks into the runtime

function pyParseInt(s: string): number | bigint | null {
  const str = PyStr_FromString(s);
  let r: PyObject;
  try {
    r = PyObject_Call(PyInt_Type, [str], null);
  } catch (e) {
    if (exceptionMatches(e, PyExc_ValueError)) {
      Py_DECREF(e as PyObject);
      return null;
    }
    throw e;
  } finally {
    Py_DECREF(str);
  }
  const v = (r as PyInt).value;
  Py_DECREF(r);
  return v;
}

function lookupName(name: string): number | null {
  const mod = PyImport_ImportModule("unicodedata");
  try {
    const arg = PyStr_FromString(name);
    try {
      const r = PyObject_CallMethod(mod, "lookup", [arg]);
      try {
        const s = r as PyStr;
        return s.value.codePointAt(0) ?? null;
      } finally {
        Py_DECREF(r);
      }
    } catch (e) {
      if (exceptionMatches(e, PyExc_KeyError) || exceptionMatches(e, PyExc_TypeError)) {
        Py_DECREF(e as PyObject);
        return null;
      }
      throw e;
    } finally {
      Py_DECREF(arg);
    }
  } finally {
    Py_DECREF(mod);
  }
}

setParserHooks({
  parseInt: pyParseInt,
  lookupName,
  enter: () => Py_EnterRecursiveCall(""),
  leave: Py_LeaveRecursiveCall,
  probe: (k) => {
    if (recursion.depth + k > recursion.limit)
      raise(PyExc_RecursionError, "maximum recursion depth exceeded");
  },
});

// ---------------------------------------------------------------------------------------------
// Type setup

let typesReady = false;

function initSreTypes(): void {
  if (typesReady) return;
  typesReady = true;

  // Py_TPFLAGS_DISALLOW_INSTANTIATION
  for (const t of [Pattern_Type, Match_Type, Scanner_Type]) {
    t.tp_new = () => raise(PyExc_TypeError, `cannot create '${t.tp_name}' instances`);
  }
  Pattern_Type.tp_dealloc = pattern_dealloc;
  Pattern_Type.tp_traverse = pattern_traverse;
  Pattern_Type.tp_repr = pattern_repr;
  Pattern_Type.tp_hash = pattern_hash;
  Pattern_Type.tp_richcompare = pattern_richcompare;
  Pattern_Type.tp_getattro = PyObject_GenericGetAttr;
  defineMethods(Pattern_Type, {
    match: {
      impl: pattern_match,
      doc: "Matches zero or more characters at the beginning of the string.",
      textSignature: "($self, /, string, pos=0, endpos=sys.maxsize)",
    },
    fullmatch: {
      impl: pattern_fullmatch,
      doc: "Matches against all of the string.",
      textSignature: "($self, /, string, pos=0, endpos=sys.maxsize)",
    },
    search: {
      impl: pattern_search,
      doc: "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches.",
      textSignature: "($self, /, string, pos=0, endpos=sys.maxsize)",
    },
    sub: {
      impl: pattern_sub,
      doc: "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl.",
      textSignature: "($self, /, repl, string, count=0)",
    },
    subn: {
      impl: pattern_subn,
      doc: "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl.",
      textSignature: "($self, /, repl, string, count=0)",
    },
    findall: {
      impl: pattern_findall,
      doc: "Return a list of all non-overlapping matches of pattern in string.",
      textSignature: "($self, /, string, pos=0, endpos=sys.maxsize)",
    },
    split: {
      impl: pattern_split,
      doc: "Split string by the occurrences of pattern.",
      textSignature: "($self, /, string, maxsplit=0)",
    },
    finditer: {
      impl: pattern_finditer,
      doc: "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object.",
      textSignature: "($self, /, string, pos=0, endpos=sys.maxsize)",
    },
    scanner: { impl: pattern_scanner, textSignature: "($self, /, string, pos=0, endpos=sys.maxsize)" },
    __copy__: {
      impl: (self, args, kw) => {
        noArgs("Pattern.__copy__", args, kw);
        return Py_NewRef(self!);
      },
      textSignature: "($self, /)",
    },
    __deepcopy__: {
      impl: (self, args, kw) => {
        oneArg("Pattern.__deepcopy__", args, kw);
        return Py_NewRef(self!);
      },
      textSignature: "($self, memo, /)",
    },
    __sizeof__: (self) => PyInt_FromNumber(96 + 4 * pat(self).code.length),
    __class_getitem__: { impl: Py_GenericAlias, kind: "class", doc: "See PEP 585" },
  });
  defineGetSets(Pattern_Type, [
    {
      name: "pattern",
      kind: "member",
      get: (o) => Py_NewRef(pat(o).pattern ?? Py_None),
      doc: "The pattern string from which the RE object was compiled.",
    },
    {
      name: "flags",
      kind: "member",
      get: (o) => PyInt_FromNumber(pat(o).flags),
      doc: "The regex matching flags.",
    },
    {
      name: "groups",
      kind: "member",
      get: (o) => PyInt_FromNumber(pat(o).groups),
      doc: "The number of capturing groups in the pattern.",
    },
    {
      name: "groupindex",
      get: (o) => {
        const p = pat(o);
        if (p.groupindex === null) return PyDict_New();
        return PyDictProxy_New(p.groupindex);
      },
      doc: "A dictionary mapping group names to group numbers.",
    },
  ]);

  Match_Type.tp_dealloc = match_dealloc;
  Match_Type.tp_traverse = match_traverse;
  Match_Type.tp_repr = match_repr;
  Match_Type.tp_getattro = PyObject_GenericGetAttr;
  Match_Type.mp_subscript = (o, key) => matchGetslice(o as PyMatch, key, Py_None);
  defineMethods(Match_Type, {
    group: {
      impl: match_group,
      doc: "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match.",
    },
    start: {
      impl: match_start,
      doc: "Return index of the start of the substring matched by group.",
      textSignature: "($self, group=0, /)",
    },
    end: {
      impl: match_end,
      doc: "Return index of the end of the substring matched by group.",
      textSignature: "($self, group=0, /)",
    },
    span: {
      impl: match_span,
      doc: "For match object m, return the 2-tuple (m.start(group), m.end(group)).",
      textSignature: "($self, group=0, /)",
    },
    groups: {
      impl: match_groups,
      doc: "Return a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match.",
      textSignature: "($self, /, default=None)",
    },
    groupdict: {
      impl: match_groupdict,
      doc: "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n  default\n    Is used for groups that did not participate in the match.",
      textSignature: "($self, /, default=None)",
    },
    expand: {
      impl: match_expand,
      doc: "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method.",
      textSignature: "($self, /, template)",
    },
    __copy__: {
      impl: (self, args, kw) => {
        noArgs("Match.__copy__", args, kw);
        return Py_NewRef(self!);
      },
      textSignature: "($self, /)",
    },
    __deepcopy__: {
      impl: (self, args, kw) => {
        oneArg("Match.__deepcopy__", args, kw);
        return Py_NewRef(self!);
      },
      textSignature: "($self, memo, /)",
    },
    __sizeof__: (self) => PyInt_FromNumber(88 + 16 * m(self).ngroups),
    __class_getitem__: { impl: Py_GenericAlias, kind: "class", doc: "See PEP 585" },
  });
  defineGetSets(Match_Type, [
    {
      name: "lastindex",
      get: (o) => (m(o).lastindex >= 0 ? PyInt_FromNumber(m(o).lastindex) : Py_NewRef(Py_None)),
      doc: "The integer index of the last matched capturing group.",
    },
    {
      name: "lastgroup",
      get: (o) => {
        const mm = m(o);
        const ig = mm.pattern!.indexgroup;
        if (ig !== null && mm.lastindex >= 0 && mm.lastindex < ig.items.length)
          return Py_NewRef(ig.items[mm.lastindex]!);
        return Py_NewRef(Py_None);
      },
      doc: "The name of the last matched capturing group.",
    },
    { name: "regs", get: (o) => match_regs(m(o)) },
    {
      name: "string",
      kind: "member",
      get: (o) => Py_NewRef(m(o).string ?? Py_None),
      doc: "The string passed to match() or search().",
    },
    {
      name: "re",
      kind: "member",
      get: (o) => Py_NewRef(m(o).pattern ?? Py_None),
      doc: "The regular expression object.",
    },
    {
      name: "pos",
      kind: "member",
      get: (o) => PyInt_FromNumber(m(o).pos),
      doc: "The index into the string at which the RE engine started looking for a match.",
    },
    {
      name: "endpos",
      kind: "member",
      get: (o) => PyInt_FromNumber(m(o).endpos),
      doc: "The index into the string beyond which the RE engine will not go.",
    },
  ]);

  Scanner_Type.tp_dealloc = scanner_dealloc;
  Scanner_Type.tp_traverse = (o, visit) => {
    const sc = o as PyScanner;
    if (sc.pattern !== null) visit(sc.pattern);
    if (sc.string !== null) visit(sc.string);
  };
  Scanner_Type.tp_getattro = PyObject_GenericGetAttr;
  defineMethods(Scanner_Type, {
    match: { impl: (self, args, kw) => scannerStep(self, args, kw, false), textSignature: "($self, /)" },
    search: { impl: (self, args, kw) => scannerStep(self, args, kw, true), textSignature: "($self, /)" },
    __sizeof__: () => PyInt_FromNumber(240),
  });
  defineGetSets(Scanner_Type, [
    { name: "pattern", kind: "member", get: (o) => Py_NewRef((o as PyScanner).pattern ?? Py_None) },
  ]);
}

initSreTypes();

function createSreModule(): PyModule {
  const mod = PyModule_New("_sre");
  PyModule_AddFunctions(mod, FUNCTIONS);
  PyModule_Add(mod, "MAGIC", PyInt_FromNumber(MAGIC));
  PyModule_Add(mod, "CODESIZE", PyInt_FromNumber(CODESIZE));
  PyModule_Add(mod, "MAXREPEAT", PyInt_FromNumber(MAXREPEAT));
  PyModule_Add(mod, "MAXGROUPS", PyInt_FromNumber(MAXGROUPS));
  PyModule_Add(mod, "copyright", PyStr_FromString(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
  return mod;
}

export function registerSreModule(): void {
  registerBuiltinModule("_sre", createSreModule);
}
