/**
 * The `marshal` module (CPython 3.11's Python/marshal.c format, versions 0 to 4): dumps/loads,
 * dump/load on files. Objects are written with the same type codes, sizes and byte order, and
 * with FLAG_REF / TYPE_REF back-references decided as CPython decides them (version >= 3: an
 * object is shared when its reference count is not 1, or it is an interned str), so the bytes
 * match python3's for the same program. Code objects are not marshallable here.
 */
import { iterateToArray, PyObject_CallMethod } from "../objects/abstract.js";
import { Py_False, Py_True } from "../objects/bool.js";
import { bufferBytes, type PyBytes, PyBytes_FromBytes } from "../objects/bytes.js";
import { type PyComplex, PyComplex_FromDoubles, PyComplex_Type } from "../objects/complex.js";
import {
  dictKeyAt,
  dictValueAt,
  type PyDict,
  PyDict_New,
  PyDict_NextIndex,
  PyDict_SetItem,
  PyDict_Type,
} from "../objects/dict.js";
import {
  PyExc_EOFError,
  PyExc_StopIteration,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "../objects/exceptions.js";
import { type PyFloat, PyFloat_FromDouble, PyFloat_Type } from "../objects/float.js";
import { PyInt, PyInt_FromBigInt, PyInt_FromNumber, PyInt_Type } from "../objects/int.js";
import { type PyList, PyList_New, PyList_Type } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import { type PyModule, PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/module.js";
import { Py_Ellipsis, Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, type PyObject } from "../objects/object.js";
import {
  PyFrozenSet_New,
  PyFrozenSet_Type,
  type PySet,
  PySet_Add,
  PySet_New,
  PySet_Type,
} from "../objects/set.js";
import { Interned, PyStr, PyStr_FromString, PyStr_InternFromString, PyStr_Type } from "../objects/str.js";
import { type PyTuple, PyTuple_New, PyTuple_Type } from "../objects/tuple.js";
import { registerBuiltinModule } from "./importlib.js";

const VERSION = 4;
const FLAG_REF = 0x80;
const MAX_DEPTH = 2000;

const T = {
  NULL: 0x30, // '0'
  NONE: 0x4e, // 'N'
  FALSE: 0x46, // 'F'
  TRUE: 0x54, // 'T'
  STOPITER: 0x53, // 'S'
  ELLIPSIS: 0x2e, // '.'
  INT: 0x69, // 'i'
  LONG: 0x6c, // 'l'
  FLOAT: 0x66, // 'f'
  BINARY_FLOAT: 0x67, // 'g'
  COMPLEX: 0x78, // 'x'
  BINARY_COMPLEX: 0x79, // 'y'
  STRING: 0x73, // 's'
  INTERNED: 0x74, // 't'
  REF: 0x72, // 'r'
  TUPLE: 0x28, // '('
  LIST: 0x5b, // '['
  DICT: 0x7b, // '{'
  CODE: 0x63, // 'c'
  UNICODE: 0x75, // 'u'
  SET: 0x3c, // '<'
  FROZENSET: 0x3e, // '>'
  ASCII: 0x61, // 'a'
  ASCII_INTERNED: 0x41, // 'A'
  SMALL_TUPLE: 0x29, // ')'
  SHORT_ASCII: 0x7a, // 'z'
  SHORT_ASCII_INTERNED: 0x5a, // 'Z'
} as const;

// ---------------------------------------------------------------------------------------------
// writing

class Writer {
  out: number[] = [];
  refs = new Map<PyObject, number>();
  depth = 0;
  constructor(readonly version: number) {}

  byte(b: number): void {
    this.out.push(b & 0xff);
  }
  long(n: number): void {
    for (let i = 0; i < 4; i++) this.out.push((n >>> (8 * i)) & 0xff);
  }
  bytes(b: Uint8Array): void {
    for (const x of b) this.out.push(x);
  }
  pstring(b: Uint8Array): void {
    this.long(b.length);
    this.bytes(b);
  }
  double(x: number): void {
    const buf = new DataView(new ArrayBuffer(8));
    buf.setFloat64(0, x, true);
    for (let i = 0; i < 8; i++) this.out.push(buf.getUint8(i));
  }
  floatText(x: number): void {
    const s = new TextEncoder().encode(formatG17(x));
    this.byte(s.length);
    this.bytes(s);
  }

  /** w_ref: true when `o` was written as a back-reference; else `flag` says whether to mark it. */
  ref(o: PyObject): { done: boolean; flag: number } {
    if (this.version < 3) return { done: false, flag: 0 };
    const interned = o instanceof PyStr && o.ob_type === PyStr_Type && isInterned(o);
    if (o.ob_refcnt === 1 && !interned) return { done: false, flag: 0 };
    const index = this.refs.get(o);
    if (index !== undefined) {
      this.byte(T.REF);
      this.long(index);
      return { done: true, flag: 0 };
    }
    this.refs.set(o, this.refs.size);
    return { done: false, flag: FLAG_REF };
  }

  object(o: PyObject): void {
    this.depth++;
    try {
      if (this.depth > MAX_DEPTH) raise(PyExc_ValueError, "object too deeply nested to marshal");
      if (o === Py_None) this.byte(T.NONE);
      else if (o === PyExc_StopIteration) this.byte(T.STOPITER);
      else if (o === Py_Ellipsis) this.byte(T.ELLIPSIS);
      else if (o === Py_False) this.byte(T.FALSE);
      else if (o === Py_True) this.byte(T.TRUE);
      else {
        const { done, flag } = this.ref(o);
        if (!done) this.complex(o, flag);
      }
    } finally {
      this.depth--;
    }
  }

  complex(o: PyObject, flag: number): void {
    const t = o.ob_type;
    if (t === PyInt_Type) {
      const v = BigInt((o as PyInt).value);
      if (v >= -(2n ** 31n) && v < 2n ** 31n) {
        this.byte(T.INT | flag);
        this.long(Number(v));
      } else {
        this.byte(T.LONG | flag);
        let a = v < 0n ? -v : v;
        const digits: number[] = [];
        while (a > 0n) {
          digits.push(Number(a & 0x7fffn));
          a >>= 15n;
        }
        this.long(v < 0n ? -digits.length : digits.length);
        for (const d of digits) {
          this.byte(d);
          this.byte(d >> 8);
        }
      }
    } else if (t === PyFloat_Type) {
      const x = (o as PyFloat).value;
      if (this.version > 1) {
        this.byte(T.BINARY_FLOAT | flag);
        this.double(x);
      } else {
        this.byte(T.FLOAT | flag);
        this.floatText(x);
      }
    } else if (t === PyComplex_Type) {
      const c = o as PyComplex;
      if (this.version > 1) {
        this.byte(T.BINARY_COMPLEX | flag);
        this.double(c.real);
        this.double(c.imag);
      } else {
        this.byte(T.COMPLEX | flag);
        this.floatText(c.real);
        this.floatText(c.imag);
      }
    } else if (t === PyStr_Type) {
      const s = o as PyStr;
      const interned = isInterned(s);
      if (this.version >= 4 && s.ascii) {
        const b = Uint8Array.from(s.value, (ch) => ch.charCodeAt(0));
        if (b.length < 256) {
          this.byte((interned ? T.SHORT_ASCII_INTERNED : T.SHORT_ASCII) | flag);
          this.byte(b.length);
          this.bytes(b);
        } else {
          this.byte((interned ? T.ASCII_INTERNED : T.ASCII) | flag);
          this.pstring(b);
        }
      } else {
        this.byte((this.version >= 3 && interned ? T.INTERNED : T.UNICODE) | flag);
        this.pstring(utf8SurrogatePass(s.value));
      }
    } else if (t === PyTuple_Type) {
      const items = (o as PyTuple).items;
      if (this.version >= 4 && items.length < 256) {
        this.byte(T.SMALL_TUPLE | flag);
        this.byte(items.length);
      } else {
        this.byte(T.TUPLE | flag);
        this.long(items.length);
      }
      for (const item of items) this.object(item);
    } else if (t === PyList_Type) {
      const items = (o as PyList).items;
      this.byte(T.LIST | flag);
      this.long(items.length);
      for (let i = 0; i < items.length; i++) this.object(items[i]!);
    } else if (t === PyDict_Type) {
      const d = o as PyDict;
      this.byte(T.DICT | flag);
      for (let i = PyDict_NextIndex(d, 0); i >= 0; i = PyDict_NextIndex(d, i + 1)) {
        this.object(dictKeyAt(d, i));
        this.object(dictValueAt(d, i));
      }
      this.byte(T.NULL);
    } else if (t === PySet_Type || t === PyFrozenSet_Type) {
      const items = iterateToArray(o);
      try {
        this.byte((t === PySet_Type ? T.SET : T.FROZENSET) | flag);
        this.long(items.length);
        // the array holds a reference of its own (the set keeps the items alive meanwhile):
        // give it back while writing, so the counts are the ones C sees
        for (const item of items) Py_DECREF(item);
        try {
          for (const item of items) this.object(item);
        } finally {
          for (const item of items) Py_INCREF(item);
        }
      } finally {
        for (const item of items) Py_DECREF(item);
      }
    } else {
      const b = bufferBytes(o);
      if (b === null) raise(PyExc_ValueError, "unmarshallable object");
      this.byte(T.STRING | flag);
      this.pstring(b.slice());
    }
  }
}

/**
 * PyUnicode_CHECK_INTERNED. Our one-character latin-1 singletons are all marked interned;
 * CPython 3.11's are interned only once some code interns them, which its compiler does for
 * constants made of name characters only, so only those count here.
 */
function isInterned(s: PyStr): boolean {
  if (s.interned === Interned.NOT) return false;
  if (s.length === 1 && s.value.charCodeAt(0) < 256) return /^[A-Za-z0-9_]$/.test(s.value);
  return true;
}

/** UTF-8 with lone surrogates encoded as three bytes each ("surrogatepass"). */
function utf8SurrogatePass(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

function decodeUtf8SurrogatePass(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; ) {
    const x = b[i]!;
    let c: number;
    if (x < 0x80) {
      c = x;
      i += 1;
    } else if (x >> 5 === 6 && i + 1 < b.length) {
      c = ((x & 31) << 6) | (b[i + 1]! & 63);
      i += 2;
    } else if (x >> 4 === 14 && i + 2 < b.length) {
      c = ((x & 15) << 12) | ((b[i + 1]! & 63) << 6) | (b[i + 2]! & 63);
      i += 3;
    } else if (x >> 3 === 30 && i + 3 < b.length) {
      c = ((x & 7) << 18) | ((b[i + 1]! & 63) << 12) | ((b[i + 2]! & 63) << 6) | (b[i + 3]! & 63);
      i += 4;
    } else {
      raise(PyExc_ValueError, "bad marshal data (invalid UTF-8)");
    }
    s += String.fromCodePoint(c);
  }
  return s;
}

/** C's "%.17g". */
function formatG17(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  const exp = Math.floor(Math.log10(Math.abs(x)));
  let text = x.toExponential(16);
  const [mant, e] = text.split("e");
  const e10 = Number(e);
  if (e10 < -4 || e10 >= 17) {
    const m = mant!.includes(".") ? mant!.replace(/0+$/, "").replace(/\.$/, "") : mant!;
    return `${m}e${e10 < 0 ? "-" : "+"}${String(Math.abs(e10)).padStart(2, "0")}`;
  }
  text = x.toFixed(Math.max(0, 16 - e10));
  void exp;
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

// ---------------------------------------------------------------------------------------------
// reading

class Reader {
  pos = 0;
  refs: (PyObject | null)[] = [];
  depth = 0;
  constructor(
    private data: Uint8Array,
    private readonly file: PyObject | null,
  ) {}

  /** The next n bytes (from the file when reading one). */
  take(n: number): Uint8Array {
    if (this.file !== null) {
      const got = PyObject_CallMethod(this.file, "read", [PyInt_FromNumber(n)]);
      try {
        const b = bufferBytes(got);
        if (b === null) raise(PyExc_TypeError, `file.read() returned not bytes but ${got.ob_type.tp_name}`);
        if (b.length !== n) raise(PyExc_EOFError, "marshal data too short");
        return b.slice();
      } finally {
        Py_DECREF(got);
      }
    }
    if (this.pos + n > this.data.length) raise(PyExc_EOFError, "marshal data too short");
    const out = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  byte(): number {
    if (this.file === null && this.pos >= this.data.length)
      raise(PyExc_EOFError, "EOF read where object expected");
    if (this.file !== null) {
      const got = PyObject_CallMethod(this.file, "read", [PyInt_FromNumber(1)]);
      try {
        const b = bufferBytes(got);
        if (b === null || b.length === 0) raise(PyExc_EOFError, "EOF read where object expected");
        return b[0]!;
      } finally {
        Py_DECREF(got);
      }
    }
    return this.data[this.pos++]!;
  }
  long(): number {
    const b = this.take(4);
    return b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24);
  }
  size(what: string): number {
    const n = this.long();
    if (n < 0) raise(PyExc_ValueError, `bad marshal data (${what} size out of range)`);
    return n;
  }
  double(): number {
    const b = this.take(8);
    return new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true);
  }
  floatText(): number {
    const n = this.byte();
    const text = new TextDecoder().decode(this.take(n));
    const v = Number(text.replace(/^(-?)inf$/, "$1Infinity"));
    if (Number.isNaN(v) && text !== "nan") raise(PyExc_ValueError, "bad marshal data (float)");
    return v;
  }

  /** Registers a flagged object (new reference kept by the table). */
  keep(o: PyObject, flag: number, slot = -1): PyObject {
    if (flag) {
      if (slot >= 0) this.refs[slot] = o;
      else this.refs.push(o);
      Py_INCREF(o);
    }
    return o;
  }

  object(): PyObject {
    return this.fromCode(this.byte());
  }

  fromCode(code: number): PyObject {
    this.depth++;
    try {
      if (this.depth > MAX_DEPTH) raise(PyExc_ValueError, "recursion limit exceeded");
      const flag = code & FLAG_REF;
      const type = code & ~FLAG_REF;
      switch (type) {
        case T.NULL:
          raise(PyExc_TypeError, "NULL object in marshal data for object");
          break;
        case T.NONE:
          return Py_NewRef(Py_None);
        case T.STOPITER:
          return Py_NewRef(PyExc_StopIteration);
        case T.ELLIPSIS:
          return Py_NewRef(Py_Ellipsis);
        case T.FALSE:
          return Py_NewRef(Py_False);
        case T.TRUE:
          return Py_NewRef(Py_True);
        case T.INT:
          return this.keep(PyInt_FromNumber(this.long()), flag);
        case T.LONG: {
          const n = this.long();
          const count = Math.abs(n);
          let v = 0n;
          const digits = this.take(count * 2);
          for (let i = count - 1; i >= 0; i--) {
            const d = digits[2 * i]! | (digits[2 * i + 1]! << 8);
            if (d > 0x7fff) raise(PyExc_ValueError, "bad marshal data (digit out of range in long)");
            v = (v << 15n) | BigInt(d);
          }
          return this.keep(PyInt_FromBigInt(n < 0 ? -v : v), flag);
        }
        case T.FLOAT:
          return this.keep(PyFloat_FromDouble(this.floatText()), flag);
        case T.BINARY_FLOAT:
          return this.keep(PyFloat_FromDouble(this.double()), flag);
        case T.COMPLEX: {
          const re = this.floatText();
          return this.keep(PyComplex_FromDoubles(re, this.floatText()), flag);
        }
        case T.BINARY_COMPLEX: {
          const re = this.double();
          return this.keep(PyComplex_FromDoubles(re, this.double()), flag);
        }
        case T.STRING:
          return this.keep(PyBytes_FromBytes(this.take(this.size("bytes object")).slice()), flag);
        case T.UNICODE:
        case T.INTERNED: {
          const text = decodeUtf8SurrogatePass(this.take(this.size("string")));
          const s = type === T.INTERNED ? PyStr_InternFromString(text) : PyStr_FromString(text);
          return this.keep(s, flag);
        }
        case T.ASCII:
        case T.ASCII_INTERNED:
        case T.SHORT_ASCII:
        case T.SHORT_ASCII_INTERNED: {
          const short = type === T.SHORT_ASCII || type === T.SHORT_ASCII_INTERNED;
          const n = short ? this.byte() : this.size("string");
          const text = String.fromCharCode(...this.take(n));
          const interned = type === T.ASCII_INTERNED || type === T.SHORT_ASCII_INTERNED;
          return this.keep(interned ? PyStr_InternFromString(text) : PyStr_FromString(text), flag);
        }
        case T.TUPLE:
        case T.SMALL_TUPLE: {
          const n = type === T.SMALL_TUPLE ? this.byte() : this.size("tuple");
          const slot = flag ? this.refs.push(null) - 1 : -1;
          const items: PyObject[] = [];
          try {
            for (let i = 0; i < n; i++) items.push(this.object());
          } catch (e) {
            for (const item of items) Py_DECREF(item);
            throw e;
          }
          return this.keep(PyTuple_New(items), flag, slot);
        }
        case T.LIST: {
          const n = this.size("list");
          const list = this.keep(PyList_New([]), flag) as PyList;
          for (let i = 0; i < n; i++) list.items.push(this.object());
          return list;
        }
        case T.DICT: {
          const d = this.keep(PyDict_New(), flag) as PyDict;
          for (;;) {
            const code = this.byte();
            if (code === T.NULL) break;
            const k = this.fromCode(code);
            const v = this.object();
            PyDict_SetItem(d, k, v);
            Py_DECREF(k);
            Py_DECREF(v);
          }
          return d;
        }
        case T.SET:
        case T.FROZENSET: {
          const n = this.size("set");
          if (type === T.FROZENSET) {
            const slot = flag ? this.refs.push(null) - 1 : -1;
            const tmp = PySet_New(null);
            for (let i = 0; i < n; i++) {
              const item = this.object();
              PySet_Add(tmp, item);
              Py_DECREF(item);
            }
            const fs = PyFrozenSet_New(tmp);
            Py_DECREF(tmp);
            return this.keep(fs, flag, slot);
          }
          const s = this.keep(PySet_New(null), flag) as PySet;
          for (let i = 0; i < n; i++) {
            const item = this.object();
            PySet_Add(s, item);
            Py_DECREF(item);
          }
          return s;
        }
        case T.REF: {
          const n = this.long();
          const o = n >= 0 && n < this.refs.length ? this.refs[n] : null;
          if (o === null || o === undefined) raise(PyExc_ValueError, "bad marshal data (invalid reference)");
          return Py_NewRef(o);
        }
        default:
          raise(PyExc_ValueError, "bad marshal data (unknown type code)");
      }
    } finally {
      this.depth--;
    }
  }

  release(): void {
    for (const o of this.refs) if (o !== null) Py_DECREF(o);
    this.refs = [];
  }
}

function readOne(data: Uint8Array, file: PyObject | null): PyObject {
  const r = new Reader(data, file);
  try {
    return r.object();
  } finally {
    r.release();
  }
}

function versionArg(fname: string, args: PyObject[], at: number): number {
  const v = args[at];
  if (v === undefined) return VERSION;
  if (!(v instanceof PyInt))
    raise(PyExc_TypeError, `'${v.ob_type.tp_name}' object cannot be interpreted as an integer`);
  void fname;
  return Number(v.value);
}

function argCount(fname: string, args: PyObject[], kwnames: unknown, min: number, max: number): void {
  if (kwnames !== null && kwnames !== undefined && (kwnames as unknown[]).length > 0)
    raise(PyExc_TypeError, `marshal.${fname}() takes no keyword arguments`);
  if (min === max) {
    // METH_O
    if (args.length !== 1)
      raise(PyExc_TypeError, `marshal.${fname}() takes exactly one argument (${args.length} given)`);
    return;
  }
  if (args.length < min)
    raise(
      PyExc_TypeError,
      `${fname} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`,
    );
  if (args.length > max)
    raise(PyExc_TypeError, `${fname} expected at most ${max} arguments, got ${args.length}`);
}

function dumpBytes(value: PyObject, version: number): PyBytes {
  const w = new Writer(version);
  w.object(value);
  return PyBytes_FromBytes(Uint8Array.from(w.out));
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "dumps",
    doc: "Return the bytes object that would be written to a file by dump(value, file).\n\n  value\n    Must be a supported type.\n  version\n    Indicates the data format that dumps should use.\n\nRaise a ValueError exception if value has (or contains an object that has) an\nunsupported type.",
    textSignature: "($module, value, version=version, /)",
    impl: (_m, args, kwnames) => {
      argCount("dumps", args, kwnames, 1, 2);
      return dumpBytes(args[0]!, versionArg("dumps", args, 1));
    },
  },
  {
    name: "loads",
    doc: "Convert the bytes-like object to a value.\n\nIf no valid value is found, raise EOFError, ValueError or TypeError.  Extra\nbytes in the input are ignored.",
    textSignature: "($module, bytes, /)",
    impl: (_m, args, kwnames) => {
      argCount("loads", args, kwnames, 1, 1);
      const b = bufferBytes(args[0]!);
      if (b === null || args[0] instanceof PyStr)
        raise(PyExc_TypeError, `a bytes-like object is required, not '${args[0]!.ob_type.tp_name}'`);
      return readOne(b.slice(), null);
    },
  },
  {
    name: "dump",
    doc: "Write the value on the open file.\n\n  value\n    Must be a supported type.\n  file\n    Must be a writeable binary file.\n  version\n    Indicates the data format that dump should use.\n\nIf the value has (or contains an object that has) an unsupported type, a\nValueError exception is raised - but garbage data will also be written\nto the file. The object will not be properly read back by load().",
    textSignature: "($module, value, file, version=version, /)",
    impl: (_m, args, kwnames) => {
      argCount("dump", args, kwnames, 2, 3);
      const data = dumpBytes(args[0]!, versionArg("dump", args, 2));
      try {
        return PyObject_CallMethod(args[1]!, "write", [data]);
      } finally {
        Py_DECREF(data);
      }
    },
  },
  {
    name: "load",
    doc: "Read one value from the open file and return it.\n\n  file\n    Must be readable binary file.\n\nIf no valid value is read (e.g. because the data has a different Python\nversion's incompatible marshal format), raise EOFError, ValueError or\nTypeError.\n\nNote: If an object containing an unsupported type was marshalled with\ndump(), load() will substitute None for the unmarshallable type.",
    textSignature: "($module, file, /)",
    impl: (_m, args, kwnames) => {
      argCount("load", args, kwnames, 1, 1);
      return readOne(new Uint8Array(0), args[0]!);
    },
  },
];

function createMarshalModule(): PyModule {
  const m = PyModule_New("marshal");
  PyModule_Add(
    m,
    "__doc__",
    PyStr_FromString(
      "This module contains functions that can read and write Python values in\na binary format. The format is specific to Python, but independent of\nmachine architecture issues.\n\nNot all Python object types are supported; in general, only objects\nwhose value is independent from a particular invocation of Python can be\nwritten and read by this module. The following types are supported:\nNone, integers, floating point numbers, strings, bytes, bytearrays,\ntuples, lists, sets, dictionaries, and code objects, where it\nis understood that tuples, lists and dictionaries are only supported as\nlong as the values contained therein are themselves supported; and\nrecursive lists and dictionaries should not be written (they will cause\ninfinite loops).\n\nVariables:\n\nversion -- indicates the format that the module uses. Version 0 is the\n    historical format, version 1 shares interned strings and version 2\n    uses a binary format for floating point numbers.\n    Version 3 shares common object references (New in version 3.4).\n\nFunctions:\n\ndump() -- write value to a file\nload() -- read value from a file\ndumps() -- marshal value as a bytes object\nloads() -- read value from a bytes-like object",
    ),
  );
  PyModule_Add(m, "version", PyInt_FromNumber(VERSION));
  PyModule_AddFunctions(m, FUNCTIONS);
  return m;
}

export function registerMarshalModule(): void {
  registerBuiltinModule("marshal", createMarshalModule);
}
