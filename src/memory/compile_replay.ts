/**
 * What compiling the main script allocates in CPython 3.11, replayed for the collector and the
 * free lists. python3 compiles the whole script before its first line runs, and its compiler
 * works with Python objects: dicts, lists and sets for the symbol table and each code unit,
 * tuples for every code object's names, constants and local names and for the keys of its
 * constant cache (Python/compile.c, Python/symtable.c). Those are GC allocations, so they move
 * gc.get_count() at the first line (a `def` by about 8, a class by about 13) and with it the
 * moment of every automatic collection after; and the free lists they leave decide which of
 * the program's first dicts, lists and tuples are new allocations.
 *
 * heapstack's own compiler makes no such objects, so the replay makes them here, in
 * CPython's order, from the finished code objects (whose co_consts, co_names and local names
 * are CPython's): real objects of the interpreter's own, counted and taking free-list blocks
 * as CPython's do, then freed (or, for what CPython's code objects keep, held out of the
 * collector's lists for the rest of the run).
 */
import { FastKind, Op } from "../compiler/opcodes.js";
import { PyCode } from "../objects/code.js";
import { PyDict_New } from "../objects/dict.js";
import { PyFloat_FromDouble, PyFloat_Type } from "../objects/float.js";
import { PyBool_Type, PyInt } from "../objects/int.js";
import { PyList_New } from "../objects/list.js";
import { Py_Ellipsis, Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, type PyObject } from "../objects/object.js";
import { PyFrozenSet_New, PyFrozenSet_Type, type PySet, PySet_New } from "../objects/set.js";
import { PyStr } from "../objects/str.js";
import { PyTuple, PyTuple_New } from "../objects/tuple.js";
import { gc } from "./gc.js";

/** A tuple of `n` placeholders (the replay's tuples hold nothing the program could see). */
function tuple(n: number): PyTuple {
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) {
    Py_INCREF(Py_None);
    items.push(Py_None);
  }
  return PyTuple_New(items);
}

function setItem(t: PyTuple, i: number, v: PyObject): void {
  const old = t.items[i]!;
  t.items[i] = v;
  Py_DECREF(old);
}

/** Constants whose _PyCode_ConstantKey is the object itself (no allocation). */
function isSelfKeyed(o: PyObject): boolean {
  return (
    o === Py_None ||
    o === Py_Ellipsis ||
    o instanceof PyStr ||
    (o instanceof PyInt && o.ob_type !== PyBool_Type) ||
    o instanceof PyCode
  );
}

class Replay {
  /** c_const_cache: key signature -> the key object (kept until the end of the compile) */
  private readonly cache = new Map<string, PyObject>();
  /** what outlives the compile: the parse arena's list and constants, the code objects' tuples */
  readonly kept: PyObject[] = [];
  private readonly codeIds = new Map<PyCode, number>();
  /** symbol table entries: symbols dict, varnames list, children list (+ directives) per scope */
  private readonly entries: PyObject[][] = [];

  sig(o: PyObject): string {
    if (o === Py_None) return "N";
    if (o instanceof PyStr) return `s${o.value.length}:${o.value}`;
    if (o instanceof PyCode) {
      let id = this.codeIds.get(o);
      if (id === undefined) this.codeIds.set(o, (id = this.codeIds.size));
      return `c${id}`;
    }
    if (o instanceof PyTuple) return this.tupleSig(o.items);
    if (o instanceof PyInt) return `${o.ob_type.tp_name}${String(o.value)}`;
    if (o.ob_type === PyFloat_Type) {
      const v = (o as unknown as { value: number }).value;
      return Object.is(v, -0) ? "f-0" : `f${v}`;
    }
    return `${o.ob_type.tp_name}@${o.ob_addr}`;
  }

  tupleSig(items: readonly PyObject[]): string {
    return `(${items.map((x) => this.sig(x)).join(",")})`;
  }

  /** _PyCode_ConstantKey of a tuple of `items`: (tuple of the items' keys, the tuple). */
  tupleKey(items: readonly PyObject[]): PyObject {
    const keys = tuple(items.length);
    items.forEach((item, i) => {
      const k = this.constantKey(item);
      if (k !== null) setItem(keys, i, k);
    });
    const key = tuple(2);
    setItem(key, 0, keys);
    return key;
  }

  /** _PyCode_ConstantKey(o): a new key object, or null when the key is `o` itself. */
  constantKey(o: PyObject): PyObject | null {
    if (isSelfKeyed(o)) return null;
    if (o instanceof PyTuple) return this.tupleKey(o.items);
    if (o.ob_type === PyFrozenSet_Type) {
      const keys = tuple((o as PySet).used);
      const set = PyFrozenSet_New(null);
      Py_DECREF(keys);
      const key = tuple(2);
      setItem(key, 0, set);
      return key;
    }
    // bool, bytes, float (-0.0: a third item), complex, anything else: (type, o) or (id, o)
    const v = o.ob_type === PyFloat_Type ? (o as unknown as { value: number }).value : 1;
    return tuple(Object.is(v, -0) ? 3 : 2);
  }

  /** merge_consts_recursive / merge_const_one: true when `o` was new to the cache. */
  merge(o: PyObject, recursive: boolean): boolean {
    if (o === Py_None || o === Py_Ellipsis) return false;
    return this.mergeKey(
      this.sig(o),
      () => this.constantKey(o),
      recursive && o instanceof PyTuple ? o.items : null,
    );
  }

  private mergeKey(sig: string, makeKey: () => PyObject | null, items: readonly PyObject[] | null): boolean {
    const key = makeKey();
    if (this.cache.has(sig)) {
      if (key !== null) Py_DECREF(key);
      return false;
    }
    this.cache.set(sig, key ?? Py_None);
    if (key === null) Py_INCREF(Py_None);
    if (items !== null) for (const item of items) this.merge(item, true);
    return true;
  }

  /** A shadow of a constant the parser or the AST optimizer made (kept by the arena). */
  shadow(o: PyObject): PyObject | null {
    if (o instanceof PyTuple) {
      const inner = o.items.map((x) => this.shadow(x));
      const t = tuple(o.items.length);
      for (const x of inner) if (x !== null) this.kept.push(x);
      return t;
    }
    if (o.ob_type === PyFrozenSet_Type) return PyFrozenSet_New(null);
    if (o.ob_type === PyFloat_Type) return PyFloat_FromDouble(0.5);
    return null;
  }

  /** symtable_enter_block's PySTEntry: symbols, varnames, children (and directives). */
  symtable(co: PyCode): void {
    const entry: PyObject[] = [PyDict_New(), PyList_New(), PyList_New()];
    this.entries.push(entry);
    const directives = countDirectives(co);
    if (directives > 0) {
      entry.push(PyList_New());
      // one (name, lineno, col_offset, end_lineno, end_col_offset) tuple per declared name
      for (let i = 0; i < directives; i++) entry.push(tuple(5));
    }
    for (const c of co.consts) if (c instanceof PyCode) this.symtable(c);
  }

  /** analyze_block (with analyze_child_block's copies of the sets around each child). */
  analyze(co: PyCode): void {
    const local = PySet_New(null);
    const scopes = PyDict_New();
    const newglobal = PySet_New(null);
    const newfree = PySet_New(null);
    const newbound = PySet_New(null);
    const allfree = PySet_New(null);
    for (const c of co.consts) {
      if (!(c instanceof PyCode)) continue;
      const temps = [PySet_New(null), PySet_New(null), PySet_New(null)];
      this.analyze(c);
      for (const t of temps) Py_DECREF(t);
    }
    for (const o of [scopes, local, newbound, newglobal, newfree, allfree]) Py_DECREF(o);
  }

  /** compiler_enter_scope ... assemble ... compiler_exit_scope for one code object. */
  unit(co: PyCode, madeByCompiler: Set<number>): void {
    const varnames = PyDict_New();
    const cellvars = PyDict_New();
    Py_DECREF(PyList_New()); // dictbytype's sorted keys
    const freevars = PyDict_New();
    Py_DECREF(PyList_New());
    const consts = PyDict_New();
    const names = PyDict_New();
    co.consts.forEach((c, i) => {
      if (c instanceof PyCode) {
        this.unit(c, compilerMadeConsts(c));
      } else if (madeByCompiler.has(i)) {
        // a keyword-names or from-import names tuple, made where the compiler needs it
        const t = this.shadow(c)!;
        if (this.merge(c, true)) this.kept.push(t);
        else Py_DECREF(t);
      } else {
        this.merge(c, true);
      }
    });
    // assemble: the constants as a list, then makecode's tuples, each merged
    const constsList = PyList_New();
    // the exception table, the line table and the bytecode are merged as constants too
    // (bytes: a (type, bytes) key each); equal ones (same shape, same relative lines) share
    this.mergeKey(`E${JSON.stringify(co.exceptionTable)}`, () => tuple(2), null);
    this.mergeKey(`L${lineTable(co)}`, () => tuple(2), null);
    this.mergeKey(`B${co.instrs.join(",")}`, () => tuple(2), null);
    this.codeTuple(co.names);
    this.codeTuple(co.consts);
    this.codeTuple(co.localsplusnames);
    Py_DECREF(constsList);
    for (const o of [consts, names, varnames, freevars, cellvars]) Py_DECREF(o);
  }

  /** One of makecode's tuples (names, consts, localsplusnames): made, then merged. */
  private codeTuple(items: readonly PyObject[]): void {
    const t = items.length === 0 ? null : tuple(items.length);
    const isNew = this.mergeKey(this.tupleSig(items), () => this.tupleKey(items), null);
    if (t === null) return;
    if (isNew) this.kept.push(t);
    else Py_DECREF(t);
  }

  /** _PySymtable_Free: st_blocks releases the entries in the order they were made. */
  freeSymtable(): void {
    for (const entry of this.entries) for (const o of entry) Py_DECREF(o);
    this.entries.length = 0;
  }

  /** compiler_free's release of the constant cache: the keys in the order they were added. */
  freeConstCache(): void {
    for (const key of this.cache.values()) Py_DECREF(key);
    this.cache.clear();
  }
}

/** What the line table encodes: each instruction's position relative to the first line. */
function lineTable(co: PyCode): string {
  const p = co.positions;
  const out: number[] = [];
  for (let i = 0; i < p.length; i += 4)
    out.push(p[i]! - co.co_firstlineno, p[i + 1]! - p[i]!, p[i + 2]!, p[i + 3]!);
  return out.join(",");
}

/** Names a scope declares global or nonlocal (each a recorded directive in CPython's symtable). */
function countDirectives(co: PyCode): number {
  const names = new Set<string>();
  const code = co.instrs;
  const isModule = co.co_name.value === "<module>";
  for (let i = 0; i < code.length; i += 2) {
    const op = code[i]!;
    const arg = code[i + 1]!;
    if ((op === Op.STORE_GLOBAL || op === Op.DELETE_GLOBAL) && !isModule) names.add(`g${arg}`);
    else if (
      (op === Op.STORE_DEREF || op === Op.DELETE_DEREF) &&
      (co.localspluskinds[arg]! & FastKind.FREE) !== 0
    )
      names.add(`n${arg}`);
  }
  return names.size;
}

/** Constants the code generator makes itself (keyword names, from-import names). */
function compilerMadeConsts(co: PyCode): Set<number> {
  const out = new Set<number>();
  const code = co.instrs;
  for (let i = 0; i < code.length; i += 2) {
    const op = code[i]!;
    if (op === Op.KW_NAMES) out.add(code[i + 1]!);
    else if (
      op === Op.LOAD_CONST &&
      code[i + 2] === Op.IMPORT_NAME &&
      co.consts[code[i + 1]!] instanceof PyTuple
    )
      out.add(code[i + 1]!);
  }
  return out;
}

/**
 * Replays CPython's compilation of `code` (the main script's module code): counted
 * allocations, free-list blocks taken and returned, and the tuples the code objects keep.
 * Returns the objects that stay alive for the run.
 */
export function replayCompile(code: PyCode): PyObject[] {
  const r = new Replay();
  // _PyArena_New: the list that keeps the parser's objects
  r.kept.push(PyList_New());
  // compiler_init
  const constCache = PyDict_New();
  const stack = PyList_New();
  // _PyAST_Optimize: folded constant tuples (and frozensets, floats) live in the arena
  const arena = (co: PyCode): void => {
    const made = compilerMadeConsts(co);
    co.consts.forEach((c, i) => {
      if (c instanceof PyCode) arena(c);
      else if (!made.has(i)) {
        const s = r.shadow(c);
        if (s !== null) r.kept.push(s);
      }
    });
  };
  arena(code);
  // _PySymtable_Build: st_blocks, st_stack, one entry per scope, then the analysis
  const blocks = PyDict_New();
  const stStack = PyList_New();
  r.symtable(code);
  const free = PySet_New(null);
  const global = PySet_New(null);
  r.analyze(code);
  Py_DECREF(free);
  Py_DECREF(global);
  r.unit(code, compilerMadeConsts(code));
  // compiler_free
  r.freeSymtable();
  Py_DECREF(blocks);
  Py_DECREF(stStack);
  r.freeConstCache();
  Py_DECREF(constCache);
  Py_DECREF(stack);
  for (const o of r.kept) gc.untrack(o);
  return r.kept;
}
