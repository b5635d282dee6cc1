import type { CodeUnit, CompiledConst, ExceptionTableEntry } from "../compiler/code.js";
import { constKey } from "../compiler/consts.js";
import { CodeFlag, FastKind, Op } from "../compiler/opcodes.js";
import { addressHex, PyObject_GetAttrString, PyObject_Hash, PyObject_RichCompareBool } from "./abstract.js";
import { Py_False, Py_True, PyBool_FromBool } from "./bool.js";
import { PyBytes_FromBytes } from "./bytes.js";
import { PyComplex_FromDoubles } from "./complex.js";
import { PyExc_SystemError, PyExc_TypeError, PyExc_ValueError, raise } from "./exceptions.js";
import { PyFloat_FromDouble } from "./float.js";
import { PyInt, PyInt_FromBigInt, PyInt_FromNumber } from "./int.js";
import { defineGetSets, defineMethods } from "./methods.js";
import { Py_Ellipsis, Py_None, Py_NotImplemented } from "./none.js";
import { allocateObject, freeObject, Py_DECREF, Py_NewRef, PyObject } from "./object.js";
import { PyFrozenSet_New } from "./set.js";
import type { Hash } from "./slots_types.js";
import { argTypeName, isInternedText, PyStr, PyStr_FromString, PyStr_InternFromString } from "./str.js";
import { PyObject_SelfIter, PySequence_Tuple, PyTuple, PyTuple_New } from "./tuple.js";
import { newStaticType, type PyType } from "./type.js";

/**
 * `code` (CPython's Objects/codeobject.c): a compiled scope. Wraps the compiler's CodeUnit;
 * the constants become Python objects once, here, and the VM reads the plain arrays below
 * (`consts`, `names`, `instrs`) directly. Also holds the VM's per-instruction inline caches.
 */
export class PyCode extends PyObject {
  readonly unit: CodeUnit;
  co_name: PyStr;
  co_qualname: PyStr;
  co_filename: PyStr;
  readonly co_firstlineno: number;
  readonly co_argcount: number;
  readonly co_posonlyargcount: number;
  readonly co_kwonlyargcount: number;
  readonly co_flags: number;
  readonly co_stacksize: number;
  /** co_consts as a tuple (owns the constants) and as a plain array for LOAD_CONST. */
  co_consts: PyTuple;
  readonly consts: PyObject[];
  /** co_names as a tuple and a plain array. */
  co_names: PyTuple;
  readonly names: PyStr[];
  /** co_localsplusnames as interned strs. */
  readonly localsplusnames: PyStr[];
  readonly localspluskinds: number[];
  readonly nlocalsplus: number;
  /** co_nlocals: slots that are plain locals or arguments (LOCAL kind). */
  readonly nlocals: number;
  readonly ncellvars: number;
  readonly nfreevars: number;
  /** (op, arg) pairs. */
  readonly instrs: Int32Array;
  readonly positions: Int32Array;
  readonly exceptionTable: ExceptionTableEntry[];
  /** Instruction count. */
  readonly ninstrs: number;
  /** nlocalsplus + stacksize: the size of a frame's localsplus array. */
  readonly framesize: number;
  /** True for generator, coroutine and async generator code. */
  readonly isGenerator: boolean;
  /**
   * Inline caches for LOAD_GLOBAL / LOAD_ATTR / LOAD_METHOD / STORE_ATTR, one slot per
   * instruction, created lazily by the VM.
   */
  caches: unknown[] | null = null;
  /** KW_NAMES tuples as JS string arrays, by constant index. */
  kwnamesCache: (readonly string[])[] | null = null;
  /** Spare frames of this code, reused by the VM to avoid allocating per call. */
  readonly framePool: unknown[] = [];
  /** Frames started (_PyCode_Warmup's count): from 8 on, CPython runs the code quickened. */
  warmup = 0;
  /** No *args, **kwargs or keyword-only parameters: a call with exactly co_argcount positional arguments binds by copying. */
  readonly simpleArgs: boolean;
  /** Index of the first RESUME (CPython's _co_firsttraceable), for line tracing. */
  readonly firstTraceable: number;
  /** The code runs where CPython runs C (isCModuleStandIn): no traceback entries; undefined until asked. */
  hiddenFromTracebacks: boolean | undefined = undefined;
  /** Identity-unique id for JIT-like caches keyed by code. */
  co_version: number;

  constructor(unit: CodeUnit, consts: PyTuple, names: PyTuple) {
    super(PyCode_Type);
    this.unit = unit;
    this.co_name = PyStr_InternFromString(unit.name);
    this.co_qualname = PyStr_InternFromString(unit.qualname);
    this.co_filename = PyStr_InternFromString(unit.filename);
    this.co_firstlineno = unit.firstlineno;
    this.co_argcount = unit.argcount;
    this.co_posonlyargcount = unit.posonlyargcount;
    this.co_kwonlyargcount = unit.kwonlyargcount;
    this.co_flags = unit.flags;
    this.co_stacksize = unit.stacksize;
    this.co_consts = consts;
    this.consts = consts.items;
    this.co_names = names;
    this.names = names.items as PyStr[];
    this.localsplusnames = unit.localsplusnames.map((n) => PyStr_InternFromString(n));
    this.localspluskinds = unit.localspluskinds;
    this.nlocalsplus = unit.localsplusnames.length;
    let nlocals = 0;
    let ncells = 0;
    let nfrees = 0;
    for (const k of unit.localspluskinds) {
      if (k & FastKind.LOCAL) nlocals++;
      if (k & FastKind.CELL) ncells++;
      if (k & FastKind.FREE) nfrees++;
    }
    this.nlocals = nlocals;
    this.ncellvars = ncells;
    this.nfreevars = nfrees;
    this.instrs = unit.code;
    this.positions = unit.positions;
    this.exceptionTable = unit.exceptionTable;
    this.ninstrs = unit.code.length >> 1;
    this.framesize = this.nlocalsplus + unit.stacksize;
    this.isGenerator =
      (unit.flags & (CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR)) !== 0;
    this.co_version = nextCodeVersion++;
    let first = 0;
    while (first < this.ninstrs && unit.code[2 * first] !== Op.RESUME) first++;
    this.firstTraceable = first;
    this.simpleArgs =
      (unit.flags & (CodeFlag.VARARGS | CodeFlag.VARKEYWORDS)) === 0 && unit.kwonlyargcount === 0;
  }

  /** Line number of instruction `i` (-1 when it has none). */
  lineOf(i: number): number {
    return i >= 0 && i < this.ninstrs ? this.positions[i * 4]! : -1;
  }

  /** Names of the slots of one kind, in slot order (co_varnames, co_cellvars, co_freevars). */
  namesOfKind(kind: number): string[] {
    const out: string[] = [];
    const names = this.unit.localsplusnames;
    for (let i = 0; i < names.length; i++) if (this.localspluskinds[i]! & kind) out.push(names[i]!);
    return out;
  }
}

let nextCodeVersion = 1;

export const PyCode_Type = newStaticType({ name: "code", basicsize: 184, itemsize: 2 });

/**
 * Turns constants into Python objects, sharing equal constants within one compilation (as
 * CPython's merge_consts does: `"abc" is "abc"` across functions of one module).
 */
class ConstMaterializer {
  private readonly cache = new Map<string, PyObject>();

  constant(c: CompiledConst): PyObject {
    if (c === null) return Py_NewRef(Py_None);
    switch (typeof c) {
      case "boolean":
        return Py_NewRef(c ? Py_True : Py_False);
      case "bigint": {
        if (c >= -5n && c <= 256n) return PyInt_FromNumber(Number(c));
        return this.shared(`i${c}`, () => PyInt_FromBigInt(c));
      }
      case "number":
        return this.shared(`f${Object.is(c, -0) ? "-0" : String(c)}`, () => PyFloat_FromDouble(c));
      case "string":
        return this.shared(`s${c}`, () =>
          isIdentifierLike(c) ? PyStr_InternFromString(c) : PyStr_FromString(c),
        );
      default:
        break;
    }
    switch (c.kind) {
      case "str": // a parse with exactStrings (not the compiler's): the merged text
        return this.constant(c.text);
      case "ellipsis":
        return Py_NewRef(Py_Ellipsis);
      case "bytes":
        return this.shared(`b${Array.from(c.value).join(",")}`, () => PyBytes_FromBytes(c.value));
      case "complex":
        return PyComplex_FromDoubles("real" in c ? c.real : 0, c.imag);
      case "code":
        return PyCode_FromUnit(c, this);
      case "tuple":
        // merge_consts_recursive shares equal tuples too (a default (1, 2) and a leftover
        // constant (1, 2) are one object)
        return this.shared(constKey(c), () => PyTuple_New(c.items.map((x) => this.constant(x))));
      case "frozenset": {
        // _PyCode_New's intern_string_constants rebuilds it once more when interning replaces
        // one of its str items: one of name characters that was interned already (a name of
        // the program, of the runtime, any one-letter name...); one interned for the first time
        // stays the same object
        const reinterned = c.items.some(
          (x) =>
            typeof x === "string" && x !== "" && isIdentifierLike(x) && (x.length === 1 || isInternedText(x)),
        );
        const items = c.items.map((x) => this.constant(x));
        const t = PyTuple_New(items);
        let first: PyObject;
        try {
          first = PyFrozenSet_New(t);
        } finally {
          Py_DECREF(t);
        }
        if (items.length === 0) return first;
        // CPython's merge_consts_recursive rebuilds a frozenset constant from the iteration
        // order of the first one, which can change the table order (and so the literal's).
        const set = rebuildFrozenSet(first);
        return reinterned ? rebuildFrozenSet(set) : set;
      }
    }
  }

  private shared(key: string, make: () => PyObject): PyObject {
    const found = this.cache.get(key);
    if (found !== undefined) return Py_NewRef(found);
    const o = make();
    this.cache.set(key, o);
    return o;
  }
}

/** A frozenset made again from its own iteration order (steals `set`; a new reference). */
function rebuildFrozenSet(set: PyObject): PyObject {
  try {
    const again = PySequence_Tuple(set);
    try {
      return PyFrozenSet_New(again);
    } finally {
      Py_DECREF(again);
    }
  } finally {
    Py_DECREF(set);
  }
}

/** CPython interns string constants made only of name characters (all_name_chars). */
function isIdentifierLike(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

/** Creates the code object for a compiled unit (and, recursively, its nested code objects). */
export function PyCode_FromUnit(
  unit: CodeUnit,
  materializer: ConstMaterializer = new ConstMaterializer(),
): PyCode {
  const consts = PyTuple_New(unit.consts.map((c) => materializer.constant(c)));
  const names = PyTuple_New(unit.names.map((n) => PyStr_InternFromString(n)));
  const co = new PyCode(unit, consts, names);
  allocateObject(co, 184 + 2 * co.ninstrs * 2);
  return co;
}

function code_dealloc(o: PyObject): void {
  const co = o as PyCode;
  Py_DECREF(co.co_consts);
  Py_DECREF(co.co_names);
  for (const n of co.localsplusnames) Py_DECREF(n);
  Py_DECREF(co.co_name);
  Py_DECREF(co.co_qualname);
  Py_DECREF(co.co_filename);
  co.caches = null;
  co.framePool.length = 0;
  freeObject(co);
}

function code_repr(o: PyObject): PyObject {
  const co = o as PyCode;
  return PyStr_FromString(
    `<code object ${co.co_name.value} at ${addressHex(co)}, file "${co.co_filename.value}", line ${co.co_firstlineno}>`,
  );
}

function code_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if ((op !== 2 && op !== 3) || !(a instanceof PyCode) || !(b instanceof PyCode)) {
    return Py_NewRef(Py_NotImplemented);
  }
  let eq = a === b;
  if (!eq) {
    const ua = a.unit;
    const ub = b.unit;
    eq =
      ua.name === ub.name &&
      ua.argcount === ub.argcount &&
      ua.posonlyargcount === ub.posonlyargcount &&
      ua.kwonlyargcount === ub.kwonlyargcount &&
      ua.flags === ub.flags &&
      ua.firstlineno === ub.firstlineno &&
      sameInts(ua.code, ub.code) &&
      PyObject_RichCompareBool(a.co_consts, b.co_consts, 2) &&
      PyObject_RichCompareBool(a.co_names, b.co_names, 2) &&
      ua.localsplusnames.join("\0") === ub.localsplusnames.join("\0") &&
      sameInts(ua.positions, ub.positions);
  }
  return PyBool_FromBool(op === 2 ? eq : !eq);
}

function sameInts(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function code_hash(o: PyObject): Hash {
  const co = o as PyCode;
  const h1 = PyObject_Hash(co.co_name);
  const h2 = PyObject_Hash(co.co_names);
  const x = BigInt.asIntN(64, BigInt(h1) ^ BigInt(h2) ^ BigInt(co.co_argcount) ^ BigInt(co.co_flags));
  const r = x === -1n ? -2n : x;
  return Number.isSafeInteger(Number(r)) ? Number(r) : r;
}

PyCode_Type.tp_dealloc = code_dealloc;
PyCode_Type.tp_repr = code_repr;
PyCode_Type.tp_richcompare = code_richcompare;
PyCode_Type.tp_hash = code_hash;

function strTuple(names: string[]): PyTuple {
  return PyTuple_New(names.map((n) => PyStr_InternFromString(n)));
}

function intOrNone(v: number): PyObject {
  return v < 0 ? Py_NewRef(Py_None) : PyInt_FromNumber(v);
}

/** co_positions()'s item for instruction `i`: (lineno, end_lineno, col, end_col). */
function positionAt(co: PyCode, i: number): PyObject {
  const p = co.positions;
  return PyTuple_New([
    intOrNone(p[4 * i]!),
    intOrNone(p[4 * i + 1]!),
    intOrNone(p[4 * i + 2]!),
    intOrNone(p[4 * i + 3]!),
  ]);
}

/**
 * co_lines(): (start, end, lineno) ranges over "byte offsets" 2*i (our f_lasti unit), merging
 * consecutive instructions on the same line as CPython does.
 */
export function codeLines(co: PyCode): [number, number, number][] {
  const out: [number, number, number][] = [];
  const p = co.positions;
  for (let i = 0; i < co.ninstrs; i++) {
    const line = p[4 * i]!;
    const last = out[out.length - 1];
    if (last !== undefined && last[2] === line) last[1] = 2 * (i + 1);
    else out.push([2 * i, 2 * (i + 1), line]);
  }
  return out;
}

defineGetSets(PyCode_Type, [
  { name: "co_name", get: (o) => Py_NewRef((o as PyCode).co_name), kind: "member" },
  { name: "co_qualname", get: (o) => Py_NewRef((o as PyCode).co_qualname), kind: "member" },
  { name: "co_filename", get: (o) => Py_NewRef((o as PyCode).co_filename), kind: "member" },
  { name: "co_firstlineno", get: (o) => PyInt_FromNumber((o as PyCode).co_firstlineno), kind: "member" },
  { name: "co_argcount", get: (o) => PyInt_FromNumber((o as PyCode).co_argcount), kind: "member" },
  {
    name: "co_posonlyargcount",
    get: (o) => PyInt_FromNumber((o as PyCode).co_posonlyargcount),
    kind: "member",
  },
  {
    name: "co_kwonlyargcount",
    get: (o) => PyInt_FromNumber((o as PyCode).co_kwonlyargcount),
    kind: "member",
  },
  { name: "co_stacksize", get: (o) => PyInt_FromNumber((o as PyCode).co_stacksize), kind: "member" },
  { name: "co_flags", get: (o) => PyInt_FromNumber((o as PyCode).co_flags), kind: "member" },
  { name: "co_nlocals", get: (o) => PyInt_FromNumber((o as PyCode).nlocals), kind: "member" },
  { name: "co_consts", get: (o) => Py_NewRef((o as PyCode).co_consts), kind: "member" },
  { name: "co_names", get: (o) => Py_NewRef((o as PyCode).co_names), kind: "member" },
  { name: "co_varnames", get: (o) => strTuple((o as PyCode).namesOfKind(FastKind.LOCAL)) },
  { name: "co_cellvars", get: (o) => strTuple((o as PyCode).namesOfKind(FastKind.CELL)) },
  { name: "co_freevars", get: (o) => strTuple((o as PyCode).namesOfKind(FastKind.FREE)) },
  {
    name: "co_code",
    get: (o) => {
      const co = o as PyCode;
      const bytes = new Uint8Array(co.ninstrs * 2);
      for (let i = 0; i < co.ninstrs; i++) {
        bytes[2 * i] = co.instrs[2 * i]! & 0xff;
        bytes[2 * i + 1] = co.instrs[2 * i + 1]! & 0xff;
      }
      return PyBytes_FromBytes(bytes);
    },
  },
]);

const REPLACE_INT_FIELDS = [
  "co_argcount",
  "co_posonlyargcount",
  "co_kwonlyargcount",
  "co_nlocals",
  "co_stacksize",
  "co_flags",
  "co_firstlineno",
];
const REPLACE_OTHER_FIELDS = [
  "co_code",
  "co_consts",
  "co_names",
  "co_varnames",
  "co_freevars",
  "co_cellvars",
  "co_filename",
  "co_name",
  "co_qualname",
  "co_linetable",
  "co_exceptiontable",
];

/**
 * code.replace(**changes): a new code object. The names, flags, first line, constants and names
 * tuple can change freely; the fields tied to the instructions (heapstack's own instruction set,
 * not CPython's bytecode) can only be given their current values.
 */
function code_replace(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const co = self as PyCode;
  const nkw = kwnames?.length ?? 0;
  if (args.length > nkw) raise(PyExc_TypeError, "replace() takes no positional arguments");
  const kw = new Map<string, PyObject>();
  kwnames?.forEach((k, i) => {
    if (!REPLACE_INT_FIELDS.includes(k) && !REPLACE_OTHER_FIELDS.includes(k)) {
      raise(PyExc_TypeError, `'${k}' is an invalid keyword argument for replace()`);
    }
    kw.set(k, args[args.length - nkw + i]!);
  });
  const intOf = (k: string, cur: number): number => {
    const v = kw.get(k);
    if (v === undefined) return cur;
    if (!(v instanceof PyInt)) {
      raise(PyExc_TypeError, `'${v.ob_type.tp_name}' object cannot be interpreted as an integer`);
    }
    return Number(v.value);
  };
  const strOf = (k: string, cur: PyStr): string => {
    const v = kw.get(k);
    if (v === undefined) return cur.value;
    if (!(v instanceof PyStr))
      raise(PyExc_TypeError, `replace() argument '${k}' must be str, not ${argTypeName(v)}`);
    return v.value;
  };
  const tupleOf = (k: string, cur: PyTuple): PyTuple => {
    const v = kw.get(k);
    if (v === undefined) return cur;
    if (!(v instanceof PyTuple))
      raise(PyExc_TypeError, `replace() argument '${k}' must be tuple, not ${argTypeName(v)}`);
    return v;
  };
  const unit = co.unit;
  const fixed: [string, number][] = [
    ["co_argcount", co.co_argcount],
    ["co_posonlyargcount", co.co_posonlyargcount],
    ["co_kwonlyargcount", co.co_kwonlyargcount],
    ["co_nlocals", co.nlocals],
    ["co_stacksize", co.co_stacksize],
  ];
  for (const [k, cur] of fixed) {
    if (intOf(k, cur) !== cur) raise(PyExc_ValueError, `code.replace(): heapstack cannot change ${k}`);
  }
  for (const k of [
    "co_code",
    "co_varnames",
    "co_freevars",
    "co_cellvars",
    "co_linetable",
    "co_exceptiontable",
  ]) {
    const v = kw.get(k);
    if (v === undefined) continue;
    const cur = PyObject_GetAttrString(co, k);
    try {
      if (!PyObject_RichCompareBool(v, cur, 2)) {
        raise(PyExc_ValueError, `code.replace(): heapstack cannot change ${k}`);
      }
    } finally {
      Py_DECREF(cur);
    }
  }
  const names = tupleOf("co_names", co.co_names);
  for (const n of names.items)
    if (!(n instanceof PyStr)) raise(PyExc_SystemError, "non-string found in code slot");
  const consts = tupleOf("co_consts", co.co_consts);
  const newUnit: CodeUnit = {
    ...unit,
    name: strOf("co_name", co.co_name),
    qualname: strOf("co_qualname", co.co_qualname),
    filename: strOf("co_filename", co.co_filename),
    flags: intOf("co_flags", co.co_flags),
    firstlineno: intOf("co_firstlineno", co.co_firstlineno),
    names: names.items.map((n) => (n as PyStr).value),
  };
  const result = new PyCode(newUnit, Py_NewRef(consts), Py_NewRef(names));
  allocateObject(result, 184 + 2 * result.ninstrs * 2);
  return result;
}

/** CPython 3.11's inline cache entries (code units after the instruction) per opcode. */
function cacheEntries(op: number): number {
  switch (op) {
    case Op.LOAD_METHOD:
      return 10;
    case Op.LOAD_GLOBAL:
      return 5;
    case Op.BINARY_SUBSCR:
    case Op.STORE_ATTR:
    case Op.LOAD_ATTR:
      return 4;
    case Op.CALL:
      return 4 + 2; // and the PRECALL (with its one cache entry) CPython puts before it
    case Op.COMPARE_OP:
      return 2;
    case Op.STORE_SUBSCR:
    case Op.UNPACK_SEQUENCE:
    case Op.BINARY_OP:
      return 1;
    default:
      return 0;
  }
}

function isJump(op: number): boolean {
  switch (op) {
    case Op.JUMP:
    case Op.JUMP_BACKWARD:
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE:
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP:
    case Op.FOR_ITER:
    case Op.SEND:
      return true;
    default:
      return false;
  }
}

function extendedArgs(arg: number): number {
  return arg > 0xffffff ? 3 : arg > 0xffff ? 2 : arg > 0xff ? 1 : 0;
}

/**
 * The length in code units of CPython's encoding of this code (Py_SIZE of a 3.11 code object):
 * every instruction with its inline caches, a PRECALL before each CALL, and the EXTENDED_ARG
 * prefixes that large arguments and relative jump distances need, found by iterating to a
 * fixed point as CPython's assembler does.
 */
function cpythonCodeUnits(co: PyCode): number {
  const n = co.ninstrs;
  const code = co.instrs;
  const ext = new Uint8Array(n);
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) if (!isJump(code[2 * i]!)) ext[i] = extendedArgs(code[2 * i + 1]! >>> 0);
  for (;;) {
    for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + ext[i]! + 1 + cacheEntries(code[2 * i]!);
    let changed = false;
    for (let i = 0; i < n; i++) {
      if (!isJump(code[2 * i]!)) continue;
      const target = offsets[code[2 * i + 1]!]!;
      const after = offsets[i + 1]!;
      const e = extendedArgs(target < after ? after - target : target - after);
      if (e > ext[i]!) {
        ext[i] = e;
        changed = true;
      }
    }
    if (!changed) return offsets[n]!;
  }
}

defineMethods(PyCode_Type, {
  // code_sizeof: the object and its code units (CPython's adaptive bytecode), 8-byte aligned.
  __sizeof__: (self) =>
    PyInt_FromNumber(((PyCode_Type.tp_basicsize + 2 * cpythonCodeUnits(self as PyCode) + 7) >> 3) << 3),
  replace: { impl: (self, args, kwnames) => code_replace(self!, args, kwnames) },
  co_positions: (self) => newCodeIter(PyPositionsIter_Type, self as PyCode, (self as PyCode).ninstrs),
  co_lines: (self) => {
    const it = newCodeIter(PyLineIter_Type, self as PyCode, 0);
    it.ranges = codeLines(self as PyCode);
    it.end = it.ranges.length;
    return it;
  },
});

/**
 * co_positions()'s positions_iterator and co_lines()'s line_iterator (CPython's codeobject.c):
 * plain objects (PyObject_New: not tracked by the collector) of 80 and 64 bytes that hold a
 * reference to their code and make each item's tuple when asked, not all of them up front.
 */
class PyCodeIter extends PyObject {
  index = 0;
  /** co_lines' (start, end, lineno) ranges; empty for co_positions */
  ranges: [number, number, number][] = [];
  constructor(
    type: PyType,
    public code: PyCode,
    public end: number,
  ) {
    super(type);
  }
}

const PyPositionsIter_Type = newStaticType({ name: "positions_iterator", basicsize: 80 });
const PyLineIter_Type = newStaticType({ name: "line_iterator", basicsize: 64 });

function newCodeIter(type: PyType, code: PyCode, end: number): PyCodeIter {
  const it = new PyCodeIter(type, Py_NewRef(code), end);
  allocateObject(it, type.tp_basicsize);
  return it;
}

function codeiter_dealloc(o: PyObject): void {
  Py_DECREF((o as PyCodeIter).code);
  freeObject(o);
}

PyPositionsIter_Type.tp_iternext = (o) => {
  const it = o as PyCodeIter;
  if (it.index >= it.end) return null;
  return positionAt(it.code, it.index++);
};

PyLineIter_Type.tp_iternext = (o) => {
  const it = o as PyCodeIter;
  if (it.index >= it.end) return null;
  const [start, end, line] = it.ranges[it.index++]!;
  return PyTuple_New([PyInt_FromNumber(start), PyInt_FromNumber(end), intOrNone(line)]);
};

for (const t of [PyPositionsIter_Type, PyLineIter_Type]) {
  t.tp_dealloc = codeiter_dealloc;
  t.tp_iter = PyObject_SelfIter;
}
