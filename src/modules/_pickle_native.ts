/**
 * `_pickle_native`: fast paths lib/pickle.py uses for plain data.
 *
 * - `dumps(obj, protocol)`: the bytes lib/pickle.py's Pickler writes for a graph made only of
 *   exact None/bool/int/float/str/bytes/bytearray/tuple/list/dict/set/frozenset (same memo
 *   numbering, batching and protocol-4 framing), or None when the graph holds anything else
 *   (the Python pickler then runs from the start, so the result is always the same).
 * - `loads(data)`: a 1-tuple holding the unpickled value for pickles made only of pure-data
 *   opcodes, or None on any other opcode or malformed input (the Python unpickler then runs
 *   from the start and reports the error).
 */

import { PyObject_GetAttrString, PyObject_SetAttrString } from "../objects/abstract.js";
import { parseArgs } from "../objects/args.js";
import { Py_False, Py_True } from "../objects/bool.js";
import { type PyByteArray, PyByteArray_FromBytes, PyByteArray_Type } from "../objects/bytearray.js";
import { PyBytes, PyBytes_FromBytes, PyBytes_Type } from "../objects/bytes.js";
import { type PyComplex, PyComplex_FromDoubles, PyComplex_Type } from "../objects/complex.js";
import {
  dictItems,
  type PyDict,
  PyDict_GetItem,
  PyDict_GetItemString,
  PyDict_New,
  PyDict_SetItem,
  PyDict_Size,
  PyDict_Type,
} from "../objects/dict.js";
import { isPyException, PyExc_TypeError, PyExc_ValueError, raise } from "../objects/exceptions.js";
import { floatRepr, type PyFloat, PyFloat_FromDouble, PyFloat_Type } from "../objects/float.js";
import { type PyInt, PyInt_FromBigInt, PyInt_FromNumber, PyInt_Type } from "../objects/int.js";
import { list_ass_slice, type PyList, PyList_Append, PyList_New, PyList_Type } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import { PyCFunction } from "../objects/methods.js";
import { type PyModule, PyModule_Type } from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, type PyObject } from "../objects/object.js";
import {
  _PySet_Update,
  PyFrozenSet_New,
  PyFrozenSet_Type,
  type PySet,
  PySet_New,
  PySet_Type,
  setKeys,
} from "../objects/set.js";
import { PyStr, PyStr_FromString, PyStr_Intern, PyStr_Type } from "../objects/str.js";
import { type PyTuple, PyTuple_New, PyTuple_Type } from "../objects/tuple.js";
import { PyBaseObject_Type, PyType, PyType_Type, TypeFlag } from "../objects/type.js";
import { object_new, typeLookupString } from "../objects/typeobject.js";
import { importState, registerFunctionModule } from "./importlib.js";

const FRAME_TARGET = 64 * 1024;
const BATCH = 1000;
const MAX_DEPTH = 400;

class Unsupported {}
const UNSUPPORTED = new Unsupported();

const utf8enc = new TextEncoder();
const utf8dec = new TextDecoder("utf-8", { fatal: true });
const f64 = new DataView(new ArrayBuffer(8));

/** The pickler's output buffer with lib/pickle.py's _Writer framing rules. */
class Writer {
  buf = new Uint8Array(256);
  len = 0;
  framing = false;
  frameStart = -1;
  limit = Infinity;
  /** Buffer offsets where a full frame was handed to the file (Pickler.dump). */
  cuts: number[] = [];

  ensure(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }
  byte(b: number): void {
    if (this.len >= this.buf.length) this.ensure(1);
    this.buf[this.len++] = b;
  }
  bytes(d: Uint8Array): void {
    this.ensure(d.length);
    this.buf.set(d, this.len);
    this.len += d.length;
  }
  ascii(s: string): void {
    this.ensure(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.len++] = s.charCodeAt(i) & 0xff;
  }
  le(v: number, n: number): void {
    this.ensure(n);
    for (let i = 0; i < n; i++) {
      this.buf[this.len++] = v % 256;
      v = Math.floor(v / 256);
    }
  }
  start(): void {
    if (!this.framing) return;
    this.frameStart = this.len;
    this.ensure(9);
    this.buf.fill(0, this.len, this.len + 9);
    this.len += 9;
    this.limit = this.frameStart + 9 + FRAME_TARGET;
  }
  commit(): void {
    const start = this.frameStart;
    if (start < 0) return;
    const length = this.len - start - 9;
    if (length >= 4) {
      this.buf[start] = 0x95;
      let v = length;
      for (let i = 1; i < 9; i++) {
        this.buf[start + i] = v % 256;
        v = Math.floor(v / 256);
      }
    } else {
      this.buf.copyWithin(start, start + 9, this.len);
      this.len -= 9;
    }
    this.frameStart = -1;
    this.limit = Infinity;
  }
  payload(header: () => void, data: Uint8Array): void {
    if (data.length >= FRAME_TARGET) {
      this.commit();
      header();
      this.bytes(data);
      this.start();
    } else {
      header();
      this.bytes(data);
    }
  }
}

function encodeLong(v: bigint): Uint8Array {
  if (v === 0n) return new Uint8Array(0);
  const abs = v < 0n ? -v : v;
  const bits = abs.toString(2).length; // x.bit_length() of a negative x is that of -x
  const size = (bits >> 3) + 1;
  const out = new Uint8Array(size);
  let x = BigInt.asUintN(size * 8, v);
  for (let i = 0; i < size; i++) {
    out[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  if (v < 0n && size > 1 && out[size - 1] === 0xff && (out[size - 2]! & 0x80) !== 0)
    return out.subarray(0, size - 1);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Instances of plain classes (protocol >= 4): what lib/pickle.py writes and reads for an object
// whose reduction is object.__reduce_ex__'s default (copyreg._reduce_newobj: __newobj__ of the
// class with no arguments, the instance __dict__ as state), its class saved by reference
// (STACK_GLOBAL). Anything that would run Python code or take another path makes us bail out.

/** object's own attribute `name` (its dict entry), or null. */
function objectAttr(name: string): PyObject | null {
  return PyDict_GetItemString(PyBaseObject_Type.tp_dict!, name);
}

/** A module's global `name` from sys.modules[module], or null. */
function moduleGlobal(module: string, name: string): PyObject | null {
  const modules = importState.modules;
  if (modules === null) return null;
  const m = PyDict_GetItemString(modules, module);
  if (m === null || m.ob_type !== PyModule_Type) return null;
  return PyDict_GetItemString((m as PyModule).md_dict, name);
}

/** builtins.__import__ is still the original (lib/pickle.py imports through it). */
function importIsOriginal(): boolean {
  const imp = moduleGlobal("builtins", "__import__");
  return imp instanceof PyCFunction && imp.def.name === "__import__";
}

/**
 * `t` is a class whose instances take the default reduction without running Python code: a
 * heap type of metaclass `type` derived from object through heap types only, without __slots__,
 * and with object's __reduce_ex__, __reduce__, __getstate__, __getattribute__ and __class__ and no
 * __getattr__, __getnewargs__ or __getnewargs_ex__ (for loads also: no __setstate__, object's
 * __new__).
 */
function isPlainClass(t: PyType): boolean {
  if (t.ob_type !== PyType_Type || !t.hasFlag(TypeFlag.HEAPTYPE) || t.tp_itemsize !== 0) return false;
  const mro = t.tp_mro;
  if (mro.length < 2 || mro[mro.length - 1] !== PyBaseObject_Type) return false;
  for (let i = 0; i < mro.length - 1; i++) if (!mro[i]!.hasFlag(TypeFlag.HEAPTYPE)) return false;
  if (t.tp_new !== object_new) return false;
  for (const name of [
    "__reduce_ex__",
    "__reduce__",
    "__getstate__",
    "__getattribute__",
    "__class__",
    "__new__",
  ])
    if (typeLookupString(t, name) !== objectAttr(name)) return false;
  for (const name of ["__getattr__", "__getnewargs__", "__getnewargs_ex__", "__slots__", "__setstate__"])
    if (typeLookupString(t, name) !== null) return false;
  return true;
}

/**
 * isPlainClass's answers during one dumps or loads call (cleared when it starts): no Python code
 * runs inside one, so a class cannot change between two of its instances; the check costs a
 * dozen lookups, which an instance would pay at NEWOBJ and again at BUILD.
 */
const plainClasses = new Map<PyType, boolean>();

function isPlainClassCached(t: PyType): boolean {
  let r = plainClasses.get(t);
  if (r === undefined) plainClasses.set(t, (r = isPlainClass(t)));
  return r;
}

const INSTANCE_HOOKS = ["__reduce_ex__", "__getnewargs_ex__", "__getnewargs__", "__setstate__"];

class NativePickler {
  w = new Writer();
  memo = new Map<PyObject, number>();
  /** References the pickle holds while it is written (the memoized class names), as the memo of lib/pickle.py. */
  keep: PyObject[] = [];
  depth = 0;
  constructor(
    readonly proto: number,
    readonly bin: boolean,
    /** Pickler.fix_imports: protocol < 3 and names mapped to Python 2's (_compat_pickle). */
    readonly fixImports: boolean,
  ) {}

  release(): void {
    for (const o of this.keep) Py_DECREF(o);
    this.keep = [];
  }

  memoize(o: PyObject): void {
    const idx = this.memo.size;
    this.memo.set(o, idx);
    const w = this.w;
    if (this.proto >= 4) w.byte(0x94);
    else if (!this.bin) w.ascii(`p${idx}\n`);
    else if (idx < 256) {
      w.byte(0x71);
      w.byte(idx);
    } else {
      w.byte(0x72);
      w.le(idx, 4);
    }
  }

  get(idx: number): void {
    const w = this.w;
    if (!this.bin) w.ascii(`g${idx}\n`);
    else if (idx < 256) {
      w.byte(0x68);
      w.byte(idx);
    } else {
      w.byte(0x6a);
      w.le(idx, 4);
    }
  }

  save(o: PyObject): void {
    const w = this.w;
    const t = o.ob_type;
    if (o === Py_None) w.byte(0x4e);
    else if (t === PyInt_Type) this.saveInt((o as PyInt).value);
    else if (o === Py_True || o === Py_False) {
      if (this.proto >= 2) w.byte(o === Py_True ? 0x88 : 0x89);
      else w.ascii(o === Py_True ? "I01\n" : "I00\n");
    } else if (t === PyFloat_Type) {
      const v = (o as PyFloat).value;
      if (this.bin) {
        f64.setFloat64(0, v, false);
        w.byte(0x47);
        for (let i = 0; i < 8; i++) w.byte(f64.getUint8(i));
      } else w.ascii(`F${floatRepr(v)}\n`);
    } else {
      const hit = this.memo.get(o);
      if (hit !== undefined) this.get(hit);
      else this.saveObject(o, t);
    }
    if (w.len >= w.limit) {
      w.commit();
      w.cuts.push(w.len);
      w.start();
    }
  }

  saveInt(v: number | bigint): void {
    const w = this.w;
    if (v >= -0x80000000 && v <= 0x7fffffff) {
      const n = Number(v);
      if (this.bin) {
        if (n >= 0 && n <= 0xff) {
          w.byte(0x4b);
          w.byte(n);
        } else if (n >= 0 && n <= 0xffff) {
          w.byte(0x4d);
          w.le(n, 2);
        } else {
          w.byte(0x4a);
          w.le(n < 0 ? n + 0x100000000 : n, 4);
        }
      } else w.ascii(`I${n}\n`);
    } else if (this.proto >= 2) {
      const data = encodeLong(BigInt(v));
      if (data.length < 256) {
        w.byte(0x8a);
        w.byte(data.length);
      } else {
        w.byte(0x8b);
        w.le(data.length, 4);
      }
      w.bytes(data);
    } else w.ascii(`L${BigInt(v).toString()}L\n`);
  }

  saveObject(o: PyObject, t: PyObject): void {
    const w = this.w;
    if (t === PyStr_Type) {
      const s = o as PyStr;
      if (s.lone) throw UNSUPPORTED;
      if (this.bin) {
        const data = s.ascii ? latin(s.value) : utf8enc.encode(s.value);
        const size = data.length;
        if (size <= 0xff && this.proto >= 4) {
          w.byte(0x8c);
          w.byte(size);
          w.bytes(data);
        } else
          w.payload(() => {
            w.byte(0x58);
            w.le(size, 4);
          }, data);
      } else {
        w.byte(0x56);
        rawEscape(w, s.value);
        w.byte(0x0a);
      }
      this.memoize(o);
      return;
    }
    if (++this.depth > MAX_DEPTH) throw UNSUPPORTED;
    if (t === PyTuple_Type) this.saveTuple(o as PyTuple);
    else if (t === PyList_Type) this.saveList(o as PyList);
    else if (t === PyDict_Type) this.saveDict(o as PyDict);
    else if (t === PyBytes_Type) {
      if (this.proto < 3) throw UNSUPPORTED;
      const data = (o as PyBytes).value;
      const size = data.length;
      w.payload(() => {
        if (size <= 0xff) {
          w.byte(0x43);
          w.byte(size);
        } else {
          w.byte(0x42);
          w.le(size, 4);
        }
      }, data);
      this.memoize(o);
    } else if (t === PyByteArray_Type) {
      if (this.proto < 5) throw UNSUPPORTED;
      const b = o as PyByteArray;
      const data = b.buf.slice(b.start, b.start + b.size);
      w.payload(() => {
        w.byte(0x96);
        w.le(data.length, 8);
      }, data);
      this.memoize(o);
    } else if (t === PySet_Type) {
      if (this.proto < 4) throw UNSUPPORTED;
      w.byte(0x8f);
      this.memoize(o);
      const keys = setKeys(o as PySet);
      if (keys.length > 0) this.batches(keys, 1, 0x90, true);
    } else if (t === PyFrozenSet_Type) {
      if (this.proto < 4) throw UNSUPPORTED;
      w.byte(0x28);
      for (const k of setKeys(o as PySet)) this.save(k);
      const hit = this.memo.get(o);
      if (hit !== undefined) {
        w.byte(0x31);
        this.get(hit);
      } else {
        w.byte(0x91);
        this.memoize(o);
      }
    } else if (t === PyType_Type) this.saveGlobal(o as PyType);
    else if (t === PyComplex_Type) this.saveComplex(o as PyComplex);
    else if (this.proto >= 2 && t instanceof PyType) this.saveInstance(o, t);
    else throw UNSUPPORTED;
    this.depth--;
  }

  /**
   * An instance of a plain class: Pickler.save_reduce of copyreg._reduce_newobj's
   * (__newobj__, (cls,), state) — the class by reference, EMPTY_TUPLE, NEWOBJ, MEMOIZE, then
   * the instance dict and BUILD when it is not empty.
   */
  saveInstance(o: PyObject, t: PyType): void {
    if (!isPlainClassCached(t)) throw UNSUPPORTED;
    const table = moduleGlobal("pickle", "dispatch_table");
    if (table === null || table.ob_type !== PyDict_Type) throw UNSUPPORTED;
    const cached = PyDict_GetItemString(t.tp_dict!, "__slotnames__");
    if (
      cached !== null &&
      cached !== Py_None &&
      !(cached.ob_type === PyList_Type && (cached as PyList).items.length === 0)
    )
      throw UNSUPPORTED;
    // dispatch_table.get(cls): a type hashes by identity, the lookup runs no code
    if (PyDict_GetItem(table as PyDict, t) !== null) throw UNSUPPORTED;
    const dict = PyObject_GetAttrString(o, "__dict__");
    try {
      if (dict.ob_type !== PyDict_Type) throw UNSUPPORTED;
      for (const name of INSTANCE_HOOKS)
        if (PyDict_GetItemString(dict as PyDict, name) !== null) throw UNSUPPORTED;
      if (cached === null || cached === Py_None) {
        // copyreg._slotnames caches the (empty) list of slot names on the class
        const found = PyList_New([]);
        try {
          PyObject_SetAttrString(t, "__slotnames__", found);
        } finally {
          Py_DECREF(found);
        }
      }
      const w = this.w;
      this.save(t);
      w.byte(0x29); // EMPTY_TUPLE (args[1:])
      w.byte(0x81); // NEWOBJ
      this.memoize(o);
      if (PyDict_Size(dict as PyDict) > 0) {
        this.save(dict);
        w.byte(0x62); // BUILD
      }
    } finally {
      Py_DECREF(dict);
    }
  }

  /**
   * A complex through copyreg.pickle_complex (the dispatch table's reducer): save_reduce of
   * (complex, (real, imag)) — the class, the argument tuple (memoized), REDUCE, MEMOIZE.
   */
  saveComplex(c: PyComplex): void {
    const table = moduleGlobal("pickle", "dispatch_table");
    if (table === null || table.ob_type !== PyDict_Type) throw UNSUPPORTED;
    const reducer = PyDict_GetItem(table as PyDict, PyComplex_Type);
    if (reducer === null || reducer !== moduleGlobal("copyreg", "pickle_complex")) throw UNSUPPORTED;
    if (moduleGlobal("copyreg", "complex") !== null) throw UNSUPPORTED;
    this.save(PyComplex_Type);
    const args = PyTuple_New([PyFloat_FromDouble(c.real), PyFloat_FromDouble(c.imag)]);
    this.keep.push(args);
    this.save(args);
    this.w.byte(0x52); // REDUCE
    this.memoize(c);
  }

  /**
   * Pickler.save_global of a class found as a module global: STACK_GLOBAL of the memoized
   * module and name strings (protocol >= 4), else GLOBAL with the names on lines (mapped to
   * Python 2's with fix_imports).
   */
  saveGlobal(t: PyType): void {
    const reg = moduleGlobal("pickle", "_extension_registry");
    if (reg === null || reg.ob_type !== PyDict_Type || PyDict_Size(reg as PyDict) !== 0) throw UNSUPPORTED;
    if (t === Py_None.ob_type) throw UNSUPPORTED;
    const qualname = PyObject_GetAttrString(t, "__qualname__");
    try {
      const module = PyObject_GetAttrString(t, "__module__");
      try {
        if (qualname.ob_type !== PyStr_Type || module.ob_type !== PyStr_Type) throw UNSUPPORTED;
        const name = (qualname as PyStr).value;
        if (name.includes(".") || !importIsOriginal()) throw UNSUPPORTED;
        if (moduleGlobal((module as PyStr).value, name) !== t) throw UNSUPPORTED;
        if (this.proto >= 4) {
          this.keep.push(Py_NewRef(module), Py_NewRef(qualname));
          this.save(module);
          this.save(qualname);
          this.w.byte(0x93); // STACK_GLOBAL
        } else {
          let [modText, nameText] = [(module as PyStr).value, name];
          if (this.fixImports) [modText, nameText] = python2Names(modText, nameText);
          // protocols 0-2 write ASCII, 3 UTF-8: anything else is the Python pickler's error
          const plain = this.proto === 3 ? /^[^\ud800-\udfff]*$/ : /^[\x00-\x7f]*$/;
          if (!plain.test(modText) || !plain.test(nameText)) throw UNSUPPORTED;
          const w = this.w;
          w.byte(0x63); // GLOBAL
          w.bytes(utf8enc.encode(modText));
          w.byte(0x0a);
          w.bytes(utf8enc.encode(nameText));
          w.byte(0x0a);
        }
        this.memoize(t);
      } finally {
        Py_DECREF(module);
      }
    } finally {
      Py_DECREF(qualname);
    }
  }

  /** MARK ... op batches of BATCH items (`step` objects each); `trailing`: the dict/set loop shape. */
  batches(flat: PyObject[], step: number, op: number, trailing: boolean): void {
    const w = this.w;
    const n = flat.length / step;
    let done = 0;
    for (;;) {
      w.byte(0x28);
      let count = 0;
      while (done < n && count < BATCH) {
        for (let j = 0; j < step; j++) this.save(flat[done * step + j]!);
        done++;
        count++;
      }
      w.byte(op);
      if (trailing ? count !== BATCH : done >= n) break;
    }
  }

  saveTuple(t: PyTuple): void {
    const w = this.w;
    const items = t.items;
    const size = items.length;
    if (size === 0) {
      if (this.bin) w.byte(0x29);
      else w.ascii("(t");
      return;
    }
    if (size <= 3 && this.proto >= 2) {
      for (const it of items) this.save(it);
      const hit = this.memo.get(t);
      if (hit !== undefined) {
        for (let i = 0; i < size; i++) w.byte(0x30);
        this.get(hit);
        return;
      }
      w.byte(0x84 + size);
    } else {
      w.byte(0x28);
      for (const it of items) this.save(it);
      const hit = this.memo.get(t);
      if (hit !== undefined) {
        if (this.bin) w.byte(0x31);
        else for (let i = 0; i <= size; i++) w.byte(0x30);
        this.get(hit);
        return;
      }
      w.byte(0x74);
    }
    this.memoize(t);
  }

  saveList(l: PyList): void {
    const w = this.w;
    if (this.bin) w.byte(0x5d);
    else w.ascii("(l");
    this.memoize(l);
    const items = l.items.slice();
    if (items.length === 0) return;
    if (this.proto === 0 || items.length === 1) {
      for (const it of items) {
        this.save(it);
        w.byte(0x61);
      }
      return;
    }
    this.batches(items, 1, 0x65, false);
  }

  saveDict(d: PyDict): void {
    const w = this.w;
    if (this.bin) w.byte(0x7d);
    else w.ascii("(d");
    this.memoize(d);
    const pairs = dictItems(d);
    if (pairs.length === 0) return;
    if (this.proto === 0 || pairs.length === 1) {
      for (const [k, v] of pairs) {
        this.save(k);
        this.save(v);
        w.byte(0x73);
      }
      return;
    }
    const flat: PyObject[] = [];
    for (const [k, v] of pairs) flat.push(k, v);
    this.batches(flat, 2, 0x75, true);
  }
}

/** A `_compat_pickle` table (dict) of the imported module, or null. */
function compatTable(name: string): PyDict | null {
  const table = moduleGlobal("_compat_pickle", name);
  return table !== null && table.ob_type === PyDict_Type ? (table as PyDict) : null;
}

/** Two exact strs from a mapping's value, or UNSUPPORTED. */
function strPair(v: PyObject): [string, string] {
  if (v.ob_type !== PyTuple_Type) throw UNSUPPORTED;
  const [a, b] = (v as PyTuple).items;
  if ((v as PyTuple).items.length !== 2 || a!.ob_type !== PyStr_Type || b!.ob_type !== PyStr_Type)
    throw UNSUPPORTED;
  return [(a as PyStr).value, (b as PyStr).value];
}

/** A (module, name) pair through one of _compat_pickle's pair and module tables, as lib/pickle.py. */
function mapNames(pairs: string, modules: string, module: string, name: string): [string, string] {
  const byPair = compatTable(pairs);
  const byModule = compatTable(modules);
  if (byPair === null || byModule === null) throw UNSUPPORTED;
  const key = PyTuple_New([PyStr_FromString(module), PyStr_FromString(name)]);
  let hit: PyObject | null;
  try {
    hit = PyDict_GetItem(byPair, key);
  } finally {
    Py_DECREF(key);
  }
  if (hit !== null) return strPair(hit);
  const mod = PyDict_GetItemString(byModule, module);
  if (mod === null) return [module, name];
  if (mod.ob_type !== PyStr_Type) throw UNSUPPORTED;
  return [(mod as PyStr).value, name];
}

/** Unpickler.find_class's fix_imports renaming (NAME_MAPPING, else IMPORT_MAPPING). */
function python3Names(module: string, name: string): [string, string] {
  try {
    return mapNames("NAME_MAPPING", "IMPORT_MAPPING", module, name);
  } catch (e) {
    if (e === UNSUPPORTED) throw BAIL;
    throw e;
  }
}

/** Pickler.save_global's fix_imports renaming (REVERSE_NAME_MAPPING, else REVERSE_IMPORT_MAPPING). */
function python2Names(module: string, name: string): [string, string] {
  return mapNames("REVERSE_NAME_MAPPING", "REVERSE_IMPORT_MAPPING", module, name);
}

function latin(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function rawEscape(w: Writer, s: string): void {
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x10000) w.ascii(`\\U${c.toString(16).padStart(8, "0")}`);
    else if (c >= 256 || c === 0x5c || c === 0 || c === 10 || c === 13 || c === 0x1a)
      w.ascii(`\\u${c.toString(16).padStart(4, "0")}`);
    else w.byte(c);
  }
}

function nativeDumps(obj: PyObject, proto: number, fixImports: boolean): NativePickler | null {
  const p = new NativePickler(proto, proto >= 1, fixImports && proto < 3);
  plainClasses.clear();
  const w = p.w;
  if (proto >= 2) {
    w.byte(0x80);
    w.byte(proto);
    if (proto >= 4) {
      w.framing = true;
      w.start();
    }
  }
  try {
    p.save(obj);
  } catch (e) {
    p.release();
    if (e === UNSUPPORTED) return null;
    throw e;
  }
  w.byte(0x2e);
  w.commit();
  return p;
}

// ---------------------------------------------------------------------------
// The unpickler

class Bail {}
const BAIL = new Bail();

function nativeLoads(data: Uint8Array, fixImports: boolean): PyObject | null {
  let stack: PyObject[] = [];
  const meta: PyObject[][] = [];
  const memo = new Map<number, PyObject>();
  const n = data.length;
  let pos = 0;
  let proto = 0;
  const need = (k: number): number => {
    if (pos + k > n) throw BAIL;
    const p = pos;
    pos += k;
    return p;
  };
  const u32 = (p: number): number =>
    data[p]! + data[p + 1]! * 0x100 + data[p + 2]! * 0x10000 + data[p + 3]! * 0x1000000;
  const u64 = (p: number): number => {
    const hi = u32(p + 4);
    if (hi >= 0x200000) throw BAIL;
    return u32(p) + hi * 0x100000000;
  };
  const line = (): string => {
    const end = data.indexOf(0x0a, pos);
    if (end < 0) throw BAIL;
    let s = "";
    for (let i = pos; i < end; i++) s += String.fromCharCode(data[i]!);
    pos = end + 1;
    return s;
  };
  const utf8Line = (): string => {
    const end = data.indexOf(0x0a, pos);
    if (end < 0) throw BAIL;
    let s: string;
    try {
      s = utf8dec.decode(data.subarray(pos, end));
    } catch {
      throw BAIL;
    }
    pos = end + 1;
    return s;
  };
  const pop = (): PyObject => {
    if (stack.length === 0) throw BAIL;
    return stack.pop()!;
  };
  const top = (): PyObject => {
    if (stack.length === 0) throw BAIL;
    return stack[stack.length - 1]!;
  };
  const popMark = (): PyObject[] => {
    if (meta.length === 0) throw BAIL;
    const items = stack;
    stack = meta.pop()!;
    return items;
  };
  const memoPut = (idx: number): void => {
    const v = top();
    Py_INCREF(v);
    const old = memo.get(idx);
    memo.set(idx, v);
    if (old !== undefined) Py_DECREF(old);
  };
  const memoGet = (idx: number): void => {
    const v = memo.get(idx);
    if (v === undefined) throw BAIL;
    stack.push(Py_NewRef(v));
  };
  const str = (p: number, k: number): PyObject => {
    const bytes = data.subarray(p, p + k);
    let ascii = true;
    for (let i = 0; i < k; i++)
      if (bytes[i]! >= 0x80) {
        ascii = false;
        break;
      }
    if (ascii) {
      let s = "";
      for (let i = 0; i < k; i++) s += String.fromCharCode(bytes[i]!);
      return PyStr_FromString(s);
    }
    let s: string;
    try {
      s = utf8dec.decode(bytes);
    } catch {
      throw BAIL; // surrogatepass input, or invalid: the Python unpickler decides
    }
    return PyStr_FromString(s);
  };
  const decInt = (s: string): PyObject => {
    if (!/^[-+]?(0|[1-9][0-9]*)$/.test(s)) throw BAIL;
    const b = BigInt(s);
    return PyInt_FromBigInt(b);
  };
  const listOf = (items: PyObject[]): PyList => PyList_New(items);
  plainClasses.clear();
  const release = (): void => {
    for (const s of [...meta, stack]) for (const o of s) Py_DECREF(o);
    for (const o of memo.values()) Py_DECREF(o);
  };
  try {
    for (;;) {
      if (pos >= n) throw BAIL;
      const code = data[pos++]!;
      switch (code) {
        case 0x80: {
          // PROTO
          const p = need(1);
          if (data[p]! > 5) throw BAIL;
          proto = data[p]!;
          break;
        }
        case 0x95: // FRAME (in memory: nothing to do but read the size)
          u64(need(8));
          break;
        case 0x4e:
          stack.push(Py_None);
          break;
        case 0x88:
          stack.push(Py_True);
          break;
        case 0x89:
          stack.push(Py_False);
          break;
        case 0x4a: {
          const p = need(4);
          const v = u32(p);
          stack.push(PyInt_FromNumber(v >= 0x80000000 ? v - 0x100000000 : v));
          break;
        }
        case 0x4b:
          stack.push(PyInt_FromNumber(data[need(1)]!));
          break;
        case 0x4d: {
          const p = need(2);
          stack.push(PyInt_FromNumber(data[p]! + data[p + 1]! * 256));
          break;
        }
        case 0x8a:
        case 0x8b: {
          let k: number;
          if (code === 0x8a) k = data[need(1)]!;
          else {
            const v = u32(need(4));
            if (v >= 0x80000000) throw BAIL;
            k = v;
          }
          const p = need(k);
          let x = 0n;
          for (let i = k - 1; i >= 0; i--) x = (x << 8n) | BigInt(data[p + i]!);
          if (k > 0) x = BigInt.asIntN(k * 8, x);
          stack.push(PyInt_FromBigInt(x));
          break;
        }
        case 0x47: {
          const p = need(8);
          for (let i = 0; i < 8; i++) f64.setUint8(i, data[p + i]!);
          stack.push(PyFloat_FromDouble(f64.getFloat64(0, false)));
          break;
        }
        case 0x43: {
          const k = data[need(1)]!;
          const p = need(k);
          stack.push(PyBytes_FromBytes(data.slice(p, p + k)));
          break;
        }
        case 0x42:
        case 0x8e: {
          const k = code === 0x42 ? u32(need(4)) : u64(need(8));
          const p = need(k);
          stack.push(PyBytes_FromBytes(data.slice(p, p + k)));
          break;
        }
        case 0x96: {
          const k = u64(need(8));
          const p = need(k);
          stack.push(PyByteArray_FromBytes(data.subarray(p, p + k)));
          break;
        }
        case 0x8c: {
          const k = data[need(1)]!;
          stack.push(str(need(k), k));
          break;
        }
        case 0x58:
        case 0x8d: {
          const k = code === 0x58 ? u32(need(4)) : u64(need(8));
          stack.push(str(need(k), k));
          break;
        }
        case 0x29:
          stack.push(PyTuple_New([]));
          break;
        case 0x74: {
          const items = popMark();
          stack.push(PyTuple_New(items));
          break;
        }
        case 0x85:
        case 0x86:
        case 0x87: {
          const k = code - 0x84;
          if (stack.length < k) throw BAIL;
          stack.push(PyTuple_New(stack.splice(stack.length - k, k)));
          break;
        }
        case 0x5d:
          stack.push(PyList_New());
          break;
        case 0x7d:
          stack.push(PyDict_New());
          break;
        case 0x8f:
          stack.push(PySet_New(null));
          break;
        case 0x91: {
          const tmp = listOf(popMark());
          try {
            stack.push(PyFrozenSet_New(tmp));
          } finally {
            Py_DECREF(tmp);
          }
          break;
        }
        case 0x6c: {
          // LIST
          const items = popMark();
          stack.push(listOf(items));
          break;
        }
        case 0x64: {
          // DICT
          const items = popMark();
          const d = PyDict_New();
          stack.push(d);
          try {
            if (items.length % 2) throw BAIL;
            for (let i = 0; i < items.length; i += 2) PyDict_SetItem(d, items[i]!, items[i + 1]!);
          } finally {
            for (const o of items) Py_DECREF(o);
          }
          break;
        }
        case 0x30: // POP
          if (stack.length) Py_DECREF(stack.pop()!);
          else if (meta.length) for (const o of popMark()) Py_DECREF(o);
          else throw BAIL;
          break;
        case 0x31: // POP_MARK
          for (const o of popMark()) Py_DECREF(o);
          break;
        case 0x32: // DUP
          stack.push(Py_NewRef(top()));
          break;
        case 0x68:
          memoGet(data[need(1)]!);
          break;
        case 0x6a:
          memoGet(u32(need(4)));
          break;
        case 0x71:
          memoPut(data[need(1)]!);
          break;
        case 0x72: {
          const idx = u32(need(4));
          if (idx >= 0x80000000) throw BAIL;
          memoPut(idx);
          break;
        }
        case 0x94:
          memoPut(memo.size);
          break;
        case 0x67: {
          // GET
          const s = line();
          if (!/^[0-9]+$/.test(s) || s.length > 9) throw BAIL;
          memoGet(Number(s));
          break;
        }
        case 0x70: {
          // PUT
          const s = line();
          if (!/^[0-9]+$/.test(s) || s.length > 9) throw BAIL;
          memoPut(Number(s));
          break;
        }
        case 0x49: {
          // INT
          const s = line();
          if (s === "00") stack.push(Py_False);
          else if (s === "01") stack.push(Py_True);
          else stack.push(decInt(s));
          break;
        }
        case 0x4c: {
          // LONG
          let s = line();
          if (s.endsWith("L")) s = s.slice(0, -1);
          stack.push(decInt(s));
          break;
        }
        case 0x46: {
          // FLOAT
          const s = line();
          let v: number;
          if (/^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/.test(s)) v = Number(s);
          else if (s === "inf") v = Infinity;
          else if (s === "-inf") v = -Infinity;
          else if (s === "nan") v = Number.NaN;
          else throw BAIL;
          stack.push(PyFloat_FromDouble(v));
          break;
        }
        case 0x56: {
          // UNICODE (raw-unicode-escape)
          const s = line();
          let out = "";
          for (let i = 0; i < s.length; i++) {
            const c = s.charCodeAt(i);
            if (c === 0x5c && (s[i + 1] === "u" || s[i + 1] === "U")) {
              // an odd run of backslashes only: keep it simple and let Python handle runs
              if (i > 0 && s.charCodeAt(i - 1) === 0x5c) throw BAIL;
              const k = s[i + 1] === "u" ? 4 : 8;
              const hex = s.slice(i + 2, i + 2 + k);
              if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== k) throw BAIL;
              const cp = Number.parseInt(hex, 16);
              if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw BAIL;
              out += String.fromCodePoint(cp);
              i += 1 + k;
            } else out += s[i];
          }
          stack.push(PyStr_FromString(out));
          break;
        }
        case 0x61: {
          // APPEND
          const v = pop();
          const l = top();
          if (l.ob_type !== PyList_Type) {
            stack.push(v);
            throw BAIL;
          }
          try {
            PyList_Append(l as PyList, v);
          } finally {
            Py_DECREF(v);
          }
          break;
        }
        case 0x65: {
          // APPENDS
          const items = popMark();
          const tmp = listOf(items);
          try {
            const l = top();
            if (l.ob_type !== PyList_Type) throw BAIL;
            const at = (l as PyList).items.length;
            list_ass_slice(l as PyList, at, at, tmp);
          } finally {
            Py_DECREF(tmp);
          }
          break;
        }
        case 0x73: {
          // SETITEM
          const v = pop();
          stack.push(v);
          if (stack.length < 3) throw BAIL;
          const k = stack[stack.length - 2]!;
          const d = stack[stack.length - 3]!;
          if (d.ob_type !== PyDict_Type) throw BAIL;
          PyDict_SetItem(d as PyDict, k, v);
          stack.length -= 2;
          Py_DECREF(k);
          Py_DECREF(v);
          break;
        }
        case 0x75: {
          // SETITEMS
          const items = popMark();
          try {
            if (items.length % 2) throw BAIL;
            const d = top();
            if (d.ob_type !== PyDict_Type) throw BAIL;
            for (let i = 0; i < items.length; i += 2) PyDict_SetItem(d as PyDict, items[i]!, items[i + 1]!);
          } finally {
            for (const o of items) Py_DECREF(o);
          }
          break;
        }
        case 0x90: {
          // ADDITEMS
          const tmp = listOf(popMark());
          try {
            const s = top();
            if (s.ob_type !== PySet_Type) throw BAIL;
            _PySet_Update(s as PySet, tmp);
          } finally {
            Py_DECREF(tmp);
          }
          break;
        }
        case 0x28:
          meta.push(stack);
          stack = [];
          break;
        case 0x63: {
          // GLOBAL: Unpickler.find_class of a module global (already imported), the names
          // mapped from Python 2's (NAME_MAPPING, else IMPORT_MAPPING) with fix_imports
          let module = utf8Line();
          let name = utf8Line();
          if (proto < 3 && fixImports) [module, name] = python3Names(module, name);
          if (name.includes(".") || !importIsOriginal()) throw BAIL;
          const v = moduleGlobal(module, name);
          if (v === null) throw BAIL;
          stack.push(Py_NewRef(v));
          break;
        }
        case 0x93: {
          // STACK_GLOBAL: Unpickler.find_class of a module global (already imported)
          if (proto < 4 || stack.length < 2) throw BAIL;
          const name = stack[stack.length - 1]!;
          const module = stack[stack.length - 2]!;
          if (name.ob_type !== PyStr_Type || module.ob_type !== PyStr_Type) throw BAIL;
          const nameStr = (name as PyStr).value;
          if (nameStr.includes(".") || !importIsOriginal()) throw BAIL;
          const v = moduleGlobal((module as PyStr).value, nameStr);
          if (v === null) throw BAIL;
          stack.length -= 2;
          Py_DECREF(name);
          Py_DECREF(module);
          stack.push(Py_NewRef(v));
          break;
        }
        case 0x52: {
          // REDUCE of complex(real, imag)
          if (stack.length < 2) throw BAIL;
          const args = stack[stack.length - 1]!;
          const func = stack[stack.length - 2]!;
          if (func !== PyComplex_Type || args.ob_type !== PyTuple_Type) throw BAIL;
          const items = (args as PyTuple).items;
          if (items.length !== 2 || items[0]!.ob_type !== PyFloat_Type || items[1]!.ob_type !== PyFloat_Type)
            throw BAIL;
          const c = PyComplex_FromDoubles((items[0] as PyFloat).value, (items[1] as PyFloat).value);
          stack.length -= 2;
          Py_DECREF(args);
          Py_DECREF(func);
          stack.push(c);
          break;
        }
        case 0x81: {
          // NEWOBJ with no arguments of a plain class: cls.__new__(cls) is object.__new__
          if (stack.length < 2) throw BAIL;
          const args = stack[stack.length - 1]!;
          const cls = stack[stack.length - 2]!;
          if (args.ob_type !== PyTuple_Type || (args as PyTuple).items.length !== 0) throw BAIL;
          if (!(cls instanceof PyType) || !isPlainClassCached(cls)) throw BAIL;
          const inst = object_new(cls, [], null);
          stack.length -= 2;
          Py_DECREF(args);
          Py_DECREF(cls);
          stack.push(inst);
          break;
        }
        case 0x62: {
          // BUILD of a plain instance with a dict state: its items go to the instance dict
          // (string keys interned), as lib/pickle.py's _load_build without __setstate__
          if (stack.length < 2) throw BAIL;
          const state = stack[stack.length - 1]!;
          const inst = stack[stack.length - 2]!;
          if (!isPlainClassCached(inst.ob_type)) throw BAIL;
          if (state.ob_type !== PyDict_Type || PyDict_Size(state as PyDict) === 0) throw BAIL;
          const ns = PyObject_GetAttrString(inst, "__dict__");
          try {
            if (ns.ob_type !== PyDict_Type) throw BAIL;
            for (const hook of INSTANCE_HOOKS)
              if (PyDict_GetItemString(ns as PyDict, hook) !== null) throw BAIL;
            for (const [k, v] of dictItems(state as PyDict)) {
              if (k.ob_type === PyStr_Type) {
                const key = PyStr_Intern(k as PyStr);
                try {
                  PyDict_SetItem(ns as PyDict, key, v);
                } finally {
                  Py_DECREF(key);
                }
              } else PyDict_SetItem(ns as PyDict, k, v);
            }
          } finally {
            Py_DECREF(ns);
          }
          stack.length -= 1;
          Py_DECREF(state);
          break;
        }
        case 0x2e: {
          // STOP
          const v = pop();
          release();
          return v;
        }
        default:
          throw BAIL;
      }
    }
  } catch (e) {
    release();
    if (e === BAIL) return null;
    if (isPyException(e)) {
      Py_DECREF(e);
      return null;
    }
    throw e;
  }
}

/** A name (one word: a str) or dotted pair (several words: a tuple of them) of a name table. */
function tableKey(text: string): PyObject {
  const words = text.split(/\s+/).filter((w) => w !== "");
  if (words.length === 1) return PyStr_FromString(words[0]!);
  return PyTuple_New(words.map((w) => PyStr_FromString(w)));
}

/**
 * lib/_compat_pickle.py's tables from their text, one "key -> value" row a line: parsed here
 * because running that per-row work as Python code cost every `import pickle` about 0.1 s.
 */
function nameTable(block: string): PyObject {
  const table = PyDict_New();
  try {
    for (const row of block.split("\n")) {
      if (row.trim() === "") continue;
      const sides = row.split(" -> ");
      if (sides.length !== 2) raise(PyExc_ValueError, `bad name table row: ${row}`);
      const key = tableKey(sides[0]!);
      const value = tableKey(sides[1]!);
      try {
        PyDict_SetItem(table, key, value);
      } finally {
        Py_DECREF(key);
        Py_DECREF(value);
      }
    }
  } catch (e) {
    Py_DECREF(table);
    throw e;
  }
  return table;
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "dumps",
    impl: (_m, args, kw) => {
      const [obj, proto, fix] = parseArgs("dumps", args, kw, {
        names: ["obj", "protocol", "fix_imports"],
        required: 2,
      });
      if (fix !== null && fix !== Py_True && fix !== Py_False) return Py_NewRef(Py_None);
      const p = Number((proto as PyInt).value);
      const out = nativeDumps(obj!, p, fix !== Py_False);
      if (out === null) return Py_NewRef(Py_None);
      out.release();
      return PyBytes_FromBytes(out.w.buf.slice(0, out.w.len));
    },
    doc: "The pickle of a plain-data object, or None.",
  },
  {
    name: "dump",
    impl: (_m, args, kw) => {
      const [obj, proto, fix] = parseArgs("dump", args, kw, {
        names: ["obj", "protocol", "fix_imports"],
        required: 2,
      });
      if (fix !== null && fix !== Py_True && fix !== Py_False) return Py_NewRef(Py_None);
      const out = nativeDumps(obj!, Number((proto as PyInt).value), fix !== Py_False);
      if (out === null) return Py_NewRef(Py_None);
      const memo: PyObject[] = [];
      for (const o of out.memo.keys()) memo.push(Py_NewRef(o));
      out.release();
      const cuts = PyTuple_New(out.w.cuts.map((c) => PyInt_FromNumber(c)));
      return PyTuple_New([PyBytes_FromBytes(out.w.buf.slice(0, out.w.len)), PyList_New(memo), cuts]);
    },
    doc: "Pickler.dump's fast path: (pickle, memoized objects in order, frame cut offsets), or None.",
  },
  {
    name: "loads",
    impl: (_m, args, kw) => {
      const [data, fix] = parseArgs("loads", args, kw, { names: ["data", "fix_imports"], required: 1 });
      if (!(data instanceof PyBytes)) return Py_NewRef(Py_None);
      if (fix !== null && fix !== Py_True && fix !== Py_False) return Py_NewRef(Py_None);
      const v = nativeLoads(data.value, fix !== Py_False);
      return v === null ? Py_NewRef(Py_None) : PyTuple_New([v]);
    },
    doc: "(value,) for a pure-data pickle, or None.",
  },
  {
    name: "name_table",
    impl: (_m, args, kw) => {
      const [block] = parseArgs("name_table", args, kw, { names: ["block"], required: 1 });
      if (!(block instanceof PyStr)) raise(PyExc_TypeError, "name_table() argument must be str");
      return nameTable(block.value);
    },
    doc: 'name_table(block) -> the dict of the rows "key -> value" (several words: a tuple)',
  },
];

export function registerPickleNativeModule(): void {
  registerFunctionModule("_pickle_native", FUNCTIONS);
}
