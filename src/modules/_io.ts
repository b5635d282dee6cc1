/**
 * The `_io` builtin module (CPython 3.11's Modules/_io): the abstract bases `_IOBase`,
 * `_RawIOBase`, `_BufferedIOBase`, `_TextIOBase` with their default methods (iobase.c,
 * bufferedio.c, textio.c), the in-memory streams `StringIO` (stringio.c) and `BytesIO`
 * (bytesio.c, with `getbuffer()` views), `IncrementalNewlineDecoder`, and re-exports of the
 * file objects `open()` returns (src/modules/io_files.ts). lib/io.py builds the ABCs on top.
 */

import { holdBlock, MemBlockModel, releaseBlock } from "../memory/unicode_writer.js";
import {
  iterateToArray,
  PyIter_Next,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  PyObject_CallMethod,
  PyObject_CallOneArg,
  PyObject_GetIter,
  PyObject_IsTrue,
  PyObject_LookupAttrString,
  PyObject_SetAttrString,
  PyObject_Size,
} from "../objects/abstract.js";
import { parseArgs } from "../objects/args.js";
import { Py_False, Py_True, PyBool_FromBool } from "../objects/bool.js";
import { PyByteArray, PyByteArray_FromBytes } from "../objects/bytearray.js";
import { bufferBytes, PyBytes, PyBytes_FromBytes, PyBytes_Type } from "../objects/bytes.js";
import { PyDict, PyDict_Copy, PyDict_GetItemString, PyDict_New, PyDict_Update } from "../objects/dict.js";
import {
  isPyException,
  PyExc_BlockingIOError,
  PyExc_BufferError,
  PyExc_NotImplementedError,
  PyExc_OSError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "../objects/exceptions.js";
import { PyInt, PyInt_FromNumber, PyInt_FromSsize_t } from "../objects/int.js";
import { type PyList, PyList_Append, PyList_New } from "../objects/list.js";
import { PyMemoryView_FromObject } from "../objects/memoryview.js";
import {
  defineGetSets,
  defineMethods,
  type GetSetDef,
  type MethodDef,
  type NativeImpl,
} from "../objects/methods.js";
import {
  type PyModule,
  PyModule_Add,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, PyObject } from "../objects/object.js";
import type { VisitProc } from "../objects/slots_types.js";
import { argTypeName, PyStr, PyStr_FromString, PyStr_Type } from "../objects/str.js";
import {
  gcAlloc,
  gcFree,
  getBuiltin,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyTuple,
  PyTuple_New,
} from "../objects/tuple.js";
import { newStaticType, type PyType, TypeFlag } from "../objects/type.js";
import {
  instanceAllocSize,
  object_new,
  PyObject_GenericGetAttr,
  PyObject_GenericSetAttr,
} from "../objects/typeobject.js";
import { PyObject_ClearWeakRefs } from "../objects/weakref.js";
import { registerBuiltinModule } from "./importlib.js";
import { DESCRIPTOR_FUNCTIONS } from "./io_descriptors.js";
import {
  builtin_open,
  newlineKinds,
  newlinesValue,
  PyBufferedRandom_Type,
  PyBufferedReader_Type,
  PyBufferedWriter_Type,
  PyExc_UnsupportedOperation,
  PyFileIO_Type,
  PyTextIOWrapper_Type,
} from "./io_files.js";

const DEFAULT_BUFFER_SIZE = 8192;

// ---------------------------------------------------------------------------------------------
// small helpers

function none(): PyObject {
  return Py_NewRef(Py_None);
}

function unsupported(what: string): never {
  raise(PyExc_UnsupportedOperation, what);
}

/** _Py_convert_optional_to_ssize_t: None or an index. */
function optionalSize(o: PyObject | null): number {
  if (o === null || o === Py_None) return -1;
  if (!(o instanceof PyInt) && o.ob_type.nb_index === null) {
    raise(PyExc_TypeError, `argument should be integer or None, not '${o.ob_type.tp_name}'`);
  }
  return PyNumber_AsSsize_t(o, PyExc_OverflowError);
}

function ssize(o: PyObject): number {
  return PyNumber_AsSsize_t(o, PyExc_OverflowError);
}

/** An `int` argument converted like the "i" format (whence). */
function cInt(o: PyObject): number {
  if (o.ob_type.nb_index === null && !(o instanceof PyInt)) {
    raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  const v = PyNumber_Index(o);
  try {
    const n = Number(v.value);
    if (n > 2147483647 || n < -2147483648)
      raise(PyExc_OverflowError, "Python int too large to convert to C int");
    return n;
  } finally {
    Py_DECREF(v);
  }
}

function dictGetter(): GetSetDef {
  return {
    name: "__dict__",
    get: (self) => {
      let d = self.ob_dict;
      if (!d) d = self.ob_dict = PyDict_New();
      return Py_NewRef(d);
    },
    set: (self, v) => {
      if (v === null) raise(PyExc_TypeError, "cannot delete __dict__");
      if (!(v instanceof PyDict)) {
        raise(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
      }
      const old = self.ob_dict;
      self.ob_dict = Py_NewRef(v);
      Py_XDECREF(old);
    },
  };
}

/** Releases what every io object owns: weakrefs and the instance dict. */
function releaseCommon(o: PyObject): void {
  if (o.ob_weakrefs && o.ob_weakrefs.length > 0) PyObject_ClearWeakRefs(o);
  const d = o.ob_dict;
  if (d) {
    o.ob_dict = null;
    Py_DECREF(d);
  }
}

function callMethod(o: PyObject, name: string, args: PyObject[] = []): PyObject {
  return PyObject_CallMethod(o, name, args);
}

function lookupBool(o: PyObject, name: string): boolean | null {
  const v = PyObject_LookupAttrString(o, name);
  if (v === null) return null;
  try {
    return PyObject_IsTrue(v);
  } finally {
    Py_DECREF(v);
  }
}

// ---------------------------------------------------------------------------------------------
// _IOBase (iobase.c)

export const PyIOBase_Type = newStaticType({
  name: "_io._IOBase",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 32,
  doc: "The abstract base class for all I/O classes.",
});
PyIOBase_Type.tp_dictoffset = 1;
PyIOBase_Type.tp_weaklistoffset = 1;

export const PyRawIOBase_Type = newStaticType({
  name: "_io._RawIOBase",
  base: PyIOBase_Type,
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 32,
  doc: "Base class for raw binary I/O.",
});
export const PyBufferedIOBase_Type = newStaticType({
  name: "_io._BufferedIOBase",
  base: PyIOBase_Type,
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 32,
  doc: "Base class for buffered IO objects.",
});
export const PyTextIOBase_Type = newStaticType({
  name: "_io._TextIOBase",
  base: PyIOBase_Type,
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 32,
  doc: "Base class for text I/O.",
});

/** iobase_is_closed: the `__IOBase_closed` marker in the instance dict. */
function iobaseIsClosed(o: PyObject): boolean {
  const d = o.ob_dict;
  if (!d) return false;
  return PyDict_GetItemString(d, "__IOBase_closed") !== null;
}

function closedError(): never {
  raise(PyExc_ValueError, "I/O operation on closed file.");
}

/** iobase_check_closed: `self.closed` must be false. */
function iobaseCheckClosed(o: PyObject): void {
  const closed = lookupBool(o, "closed");
  if (closed) closedError();
}

function iobase_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  releaseCommon(o);
  gcFree(o);
}

function iobase_traverse(o: PyObject, visit: VisitProc): void {
  if (o.ob_dict) visit(o.ob_dict);
}

function iobase_clear(o: PyObject): void {
  const d = o.ob_dict;
  if (d) {
    o.ob_dict = null;
    Py_DECREF(d);
  }
}

/** iobase_finalize: close() an object that is being destroyed while still open. */
function iobase_finalize(o: PyObject): void {
  let closed: boolean | null;
  try {
    closed = lookupBool(o, "closed");
  } catch (e) {
    if (!isPyException(e)) throw e;
    Py_DECREF(e);
    closed = null;
  }
  if (closed !== false) return;
  try {
    PyObject_SetAttrString(o, "_finalizing", Py_True);
    Py_DECREF(callMethod(o, "close"));
  } catch (e) {
    // CPython reports it only in development mode.
    if (!isPyException(e)) throw e;
    Py_DECREF(e);
  }
}

/** _PyIOBase_check_readable & co. */
function checkCapability(o: PyObject, method: string, what: string): void {
  const r = callMethod(o, method);
  try {
    if (r !== Py_True) unsupported(`File or stream is not ${what}.`);
  } finally {
    Py_DECREF(r);
  }
}

function iobase_readline(self: PyObject, limit: number): PyObject {
  const peek = PyObject_LookupAttrString(self, "peek");
  const out: number[] = [];
  try {
    while (limit < 0 || out.length < limit) {
      let nreadahead = 1;
      if (peek !== null) {
        const one = PyInt_FromNumber(1);
        let ahead: PyObject;
        try {
          ahead = PyObject_CallOneArg(peek, one);
        } finally {
          Py_DECREF(one);
        }
        try {
          if (!(ahead instanceof PyBytes)) {
            raise(
              PyExc_OSError,
              `peek() should have returned a bytes object, not '${ahead.ob_type.tp_name}'`,
            );
          }
          const buf = ahead.value;
          if (buf.length > 0) {
            let n = 0;
            for (;;) {
              if (n >= buf.length || (limit >= 0 && n >= limit)) break;
              if (buf[n++] === 10) break;
            }
            nreadahead = n;
          }
        } finally {
          Py_DECREF(ahead);
        }
      }
      const n = PyInt_FromNumber(nreadahead);
      let b: PyObject;
      try {
        b = callMethod(self, "read", [n]);
      } finally {
        Py_DECREF(n);
      }
      try {
        if (!(b instanceof PyBytes)) {
          raise(PyExc_OSError, `read() should have returned a bytes object, not '${b.ob_type.tp_name}'`);
        }
        if (b.value.length === 0) break;
        for (const x of b.value) out.push(x);
      } finally {
        Py_DECREF(b);
      }
      if (out[out.length - 1] === 10) break;
    }
  } finally {
    Py_XDECREF(peek);
  }
  return PyBytes_FromBytes(Uint8Array.from(out));
}

function iobase_iternext(self: PyObject): PyObject | null {
  const line = callMethod(self, "readline");
  if (PyObject_Size(line) <= 0) {
    Py_DECREF(line);
    return null;
  }
  return line;
}

function iobase_readlines(self: PyObject, hint: number): PyObject {
  const result = PyList_New([]);
  try {
    if (hint <= 0) {
      Py_DECREF(callMethod(result, "extend", [self]));
      return result;
    }
    const it = PyObject_GetIter(self);
    try {
      let length = 0;
      for (;;) {
        const line = PyIter_Next(it);
        if (line === null) break;
        result.items.push(line);
        length += PyObject_Size(line);
        if (length > hint) break;
      }
    } finally {
      Py_DECREF(it);
    }
    // Keep the list's bookkeeping consistent with its items.
    const fixed = PyList_New(result.items.splice(0));
    Py_DECREF(result);
    return fixed;
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
}

const IOBASE_METHODS: Record<string, NativeImpl | Omit<MethodDef, "name">> = {
  seek: () => unsupported("seek"),
  tell: (self, args, kw) => {
    parseArgs("tell", args, kw, { names: [], required: 0 });
    const zero = PyInt_FromNumber(0);
    const one = PyInt_FromNumber(1);
    try {
      return callMethod(self!, "seek", [zero, one]);
    } finally {
      Py_DECREF(zero);
      Py_DECREF(one);
    }
  },
  truncate: () => unsupported("truncate"),
  flush: (self, args, kw) => {
    parseArgs("flush", args, kw, { names: [], required: 0 });
    if (iobaseIsClosed(self!)) closedError();
    return none();
  },
  close: (self, args, kw) => {
    parseArgs("close", args, kw, { names: [], required: 0 });
    if (iobaseIsClosed(self!)) return none();
    let err: unknown = null;
    try {
      Py_DECREF(callMethod(self!, "flush"));
    } catch (e) {
      err = e;
    }
    PyObject_SetAttrString(self!, "__IOBase_closed", Py_True);
    if (err !== null) throw err;
    return none();
  },
  seekable: () => Py_NewRef(Py_False),
  readable: () => Py_NewRef(Py_False),
  writable: () => Py_NewRef(Py_False),
  _checkClosed: (self) => {
    iobaseCheckClosed(self!);
    return none();
  },
  _checkSeekable: (self) => {
    checkCapability(self!, "seekable", "seekable");
    return Py_NewRef(Py_True);
  },
  _checkReadable: (self) => {
    checkCapability(self!, "readable", "readable");
    return Py_NewRef(Py_True);
  },
  _checkWritable: (self) => {
    checkCapability(self!, "writable", "writable");
    return Py_NewRef(Py_True);
  },
  fileno: () => unsupported("fileno"),
  isatty: (self, args, kw) => {
    parseArgs("isatty", args, kw, { names: [], required: 0 });
    iobaseCheckClosed(self!);
    return Py_NewRef(Py_False);
  },
  __enter__: (self) => {
    iobaseCheckClosed(self!);
    return Py_NewRef(self!);
  },
  __exit__: (self) => callMethod(self!, "close"),
  readline: (self, args, kw) => {
    const [size] = parseArgs("readline", args, kw, { names: ["size"], required: 0, posonly: 1 });
    return iobase_readline(self!, optionalSize(size));
  },
  readlines: (self, args, kw) => {
    const [hint] = parseArgs("readlines", args, kw, { names: ["hint"], required: 0, posonly: 1 });
    return iobase_readlines(self!, optionalSize(hint));
  },
  writelines: (self, args, kw) => {
    const [lines] = parseArgs("writelines", args, kw, { names: ["lines"], required: 1, posonly: 1 });
    iobaseCheckClosed(self!);
    const it = PyObject_GetIter(lines!);
    try {
      for (;;) {
        const line = PyIter_Next(it);
        if (line === null) break;
        try {
          Py_DECREF(callMethod(self!, "write", [line]));
        } finally {
          Py_DECREF(line);
        }
      }
    } finally {
      Py_DECREF(it);
    }
    return none();
  },
};

// _RawIOBase

function rawiobase_read(self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  const [sizeObj] = parseArgs("read", args, kw, { names: ["size"], required: 0, posonly: 1 });
  const size = sizeObj === null ? -1 : ssize(sizeObj);
  if (size < 0) return callMethod(self!, "readall");
  const b = PyByteArray_FromBytes(new Uint8Array(size));
  try {
    const res = callMethod(self!, "readinto", [b]);
    if (res === Py_None) return res;
    let n: number;
    try {
      n = ssize(res);
    } finally {
      Py_DECREF(res);
    }
    if (n < 0 || n > size) {
      raise(PyExc_ValueError, `readinto returned ${n} outside buffer size ${size}`);
    }
    return PyBytes_FromBytes(b.value.slice(0, n));
  } finally {
    Py_DECREF(b);
  }
}

function rawiobase_readall(self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  parseArgs("readall", args, kw, { names: [], required: 0 });
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const n = PyInt_FromNumber(DEFAULT_BUFFER_SIZE);
    let data: PyObject;
    try {
      data = callMethod(self!, "read", [n]);
    } finally {
      Py_DECREF(n);
    }
    if (data === Py_None) {
      if (chunks.length === 0) return data;
      Py_DECREF(data);
      break;
    }
    try {
      if (!(data instanceof PyBytes)) raise(PyExc_TypeError, "read() should return bytes");
      if (data.value.length === 0) break;
      chunks.push(data.value.slice());
      total += data.value.length;
    } finally {
      Py_DECREF(data);
    }
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return PyBytes_FromBytes(out);
}

// _BufferedIOBase

function writableBuffer(o: PyObject, fname: string): Uint8Array {
  if (o instanceof PyByteArray) return o.getBuffer();
  const g = (o as { getWritableBuffer?: () => Uint8Array }).getWritableBuffer;
  if (typeof g === "function") return g.call(o);
  if (bufferBytes(o) !== null) {
    raise(PyExc_TypeError, `${fname}() argument must be read-write bytes-like object, not ${argTypeName(o)}`);
  }
  raise(PyExc_TypeError, `${fname}() argument must be read-write bytes-like object, not ${argTypeName(o)}`);
}

function bufferediobase_readinto_generic(
  self: PyObject,
  b: PyObject,
  method: string,
  fname: string,
): PyObject {
  const target = writableBuffer(b, fname);
  const n = PyInt_FromNumber(target.length);
  let data: PyObject;
  try {
    data = callMethod(self, method, [n]);
  } finally {
    Py_DECREF(n);
  }
  try {
    if (!(data instanceof PyBytes)) raise(PyExc_TypeError, "read() should return bytes");
    const len = data.value.length;
    if (len > target.length) {
      raise(
        PyExc_ValueError,
        `read() returned too much data: ${target.length} bytes requested, ${len} returned`,
      );
    }
    target.set(data.value, 0);
    return PyInt_FromNumber(len);
  } finally {
    Py_DECREF(data);
  }
}

// ---------------------------------------------------------------------------------------------
// StringIO (stringio.c)

/** The newline kinds in `s` (for `newlines`), as IncrementalNewlineDecoder records them. */
function seenNewlines(s: string): number {
  return newlineKinds((i) => s.charCodeAt(i), 0, s.length);
}

const ASTRAL = /[\ud800-\udbff][\udc00-\udfff]/;

class PyStringIO extends PyObject {
  ok = false;
  closed = false;
  /** The text (JS string); positions are code points. */
  buf = "";
  /** Length in code points. */
  size = 0;
  /** buf holds astral characters (code point index != UTF-16 index). */
  astral = false;
  pos = 0;
  /** newline argument: null = None. */
  readnl: string | null = "\n";
  writenl: string | null = null;
  readuniversal = false;
  readtranslate = false;
  /** The IncrementalNewlineDecoder's state, when newline is None or "". */
  hasDecoder = false;
  seennl = 0;
  /**
   * CPython 3.11's memory for the text (stringio.c): an empty StringIO accumulates the str
   * objects written at its end in a list (_PyAccu's `small`: the very objects, referenced);
   * whatever needs characters by index (writing elsewhere, readline, truncate...) joins them
   * into a Py_UCS4 buffer of `bufAlloc` characters (realize), which then stays. getvalue() while
   * accumulating joins the list and starts a new one holding the result. `accu` is that list
   * (null once realized); the buffer's block is booked while tracemalloc traces.
   */
  accu: PyList | null = null;
  bufAlloc = 0;
  bufBlock = new MemBlockModel();

  unit(cp: number): number {
    if (!this.astral) return cp;
    let u = 0;
    const s = this.buf;
    for (let i = 0; i < cp && u < s.length; i++) {
      const c = s.charCodeAt(u);
      u +=
        c >= 0xd800 && c <= 0xdbff && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    return u;
  }

  slice(from: number, to: number): string {
    return this.buf.slice(this.unit(from), this.unit(to));
  }
}

export const PyStringIO_Type = newStaticType({
  name: "_io.StringIO",
  base: PyTextIOBase_Type,
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 120,
  doc: "Text I/O implementation using an in-memory buffer.\n\nThe initial_value argument sets the value of object.  The newline\nargument is like the one of TextIOWrapper's constructor.",
});

function cpLen(s: string, astral: boolean): number {
  if (!astral) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n;
}

function sio(o: PyObject | null): PyStringIO {
  const s = o as PyStringIO;
  if (!s.ok) raise(PyExc_ValueError, "I/O operation on uninitialized object");
  return s;
}

function sioChecked(o: PyObject | null): PyStringIO {
  const s = sio(o);
  if (s.closed) raise(PyExc_ValueError, "I/O operation on closed file");
  return s;
}

function stringio_new(typeObj: PyObject, _args: PyObject[], _kw: string[] | null): PyObject {
  const type = typeObj as PyType;
  const s = new PyStringIO(type);
  gcAlloc(s, type === PyStringIO_Type ? 120 + 16 : instanceAllocSize(type));
  if (type.tp_dictoffset !== 0) s.ob_dict = null;
  if (type.hasFlag(TypeFlag.HEAPTYPE)) Py_INCREF(type);
  PyObject_GC_Track(s);
  s.bufBlock.resize(0); // PyMem_Malloc(0)
  return s;
}

/** stringio.c resize_buffer: the Py_UCS4 buffer for `size` characters and one more. */
function stringioResizeBuffer(s: PyStringIO, size: number): void {
  let alloc = s.bufAlloc;
  const n = size + 1;
  if (n < Math.floor(alloc / 2)) alloc = n + 1;
  else if (n < alloc) return;
  else if (n <= alloc * 1.125) alloc = n + (n >> 3) + (n < 9 ? 3 : 6);
  else alloc = n + 1;
  s.bufAlloc = alloc;
  s.bufBlock.resize(alloc * 4);
}

/**
 * _PyAccu_Finish: the accumulated strs joined (the only one itself, as PyUnicode_Join returns
 * it), the list released. A new reference.
 */
function stringioJoinAccu(s: PyStringIO): PyObject {
  const list = s.accu!;
  s.accu = null;
  const items = list.items;
  const joined =
    items.length === 1 && items[0]!.ob_type === PyStr_Type ? Py_NewRef(items[0]!) : PyStr_FromString(s.buf);
  Py_DECREF(list);
  return joined;
}

/** realize: the accumulated text moves into the Py_UCS4 buffer (the joined str alive meanwhile). */
function stringioRealize(s: PyStringIO): void {
  if (s.accu === null) return;
  const intermediate = stringioJoinAccu(s);
  stringioResizeBuffer(s, s.size);
  Py_DECREF(intermediate);
}

/** getvalue(): make_intermediate while accumulating (a new list starts with the joined str). */
function stringioGetvalue(s: PyStringIO): PyObject {
  if (s.accu === null) return PyStr_FromString(s.buf);
  const intermediate = stringioJoinAccu(s);
  s.accu = PyList_New();
  PyList_Append(s.accu, intermediate);
  return intermediate;
}

/** _PyAccu_Destroy. */
function stringioDropAccu(s: PyStringIO): void {
  const list = s.accu;
  s.accu = null;
  if (list !== null) Py_DECREF(list);
}

/**
 * write_str: newline translation, then overwrite at the position (padding with NULs). `obj`:
 * the str object of `text` when there is one (what the accumulator keeps).
 */
function stringioWrite(s: PyStringIO, text: string, obj: PyStr | null): void {
  let decoded = text;
  if (s.hasDecoder) {
    s.seennl |= seenNewlines(decoded);
    if (s.readtranslate) decoded = decoded.replace(/\r\n?/g, "\n");
  }
  if (s.writenl !== null) decoded = decoded.replace(/\n/g, s.writenl);
  if (!s.astral && ASTRAL.test(decoded)) s.astral = true;
  const len = cpLen(decoded, s.astral);
  if (len === 0) return;
  if (s.accu !== null && s.pos !== s.size) stringioRealize(s);
  if (s.accu !== null) {
    // the written str itself (a translated one is a new str)
    const item = obj !== null && decoded === text ? Py_NewRef(obj) : PyStr_FromString(decoded);
    PyList_Append(s.accu, item);
    Py_DECREF(item);
  } else if (s.pos + len > s.size) stringioResizeBuffer(s, s.pos + len);
  if (s.pos > s.size) {
    s.buf += "\0".repeat(s.pos - s.size);
    s.size = s.pos;
  }
  const start = s.unit(s.pos);
  const end = s.pos + len >= s.size ? s.buf.length : s.unit(s.pos + len);
  s.buf = s.buf.slice(0, start) + decoded + s.buf.slice(end);
  s.pos += len;
  if (s.pos > s.size) s.size = s.pos;
}

function stringio_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const [value, newlineObj] = parseArgs("StringIO", args, kwnames, {
    names: ["initial_value", "newline"],
    required: 0,
  });
  const s = self as PyStringIO;
  let newline: string | null = "\n";
  if (newlineObj !== null) {
    if (newlineObj === Py_None) newline = null;
    else if (newlineObj instanceof PyStr) newline = newlineObj.value;
    else raise(PyExc_TypeError, `newline must be str or None, not ${newlineObj.ob_type.tp_name}`);
  }
  if (newline !== null && !["", "\n", "\r", "\r\n"].includes(newline)) {
    const r = PyObject_CallMethod(newlineObj!, "__repr__", []);
    try {
      raise(PyExc_ValueError, `illegal newline value: ${(r as PyStr).value}`);
    } finally {
      Py_DECREF(r);
    }
  }
  if (value !== null && value !== Py_None && !(value instanceof PyStr)) {
    raise(PyExc_TypeError, `initial_value must be str or None, not ${value.ob_type.tp_name}`);
  }
  s.ok = false;
  stringioDropAccu(s);
  s.closed = false;
  s.buf = "";
  s.size = 0;
  s.astral = false;
  s.pos = 0;
  s.readnl = newline;
  s.readuniversal = newline === null || newline === "";
  s.readtranslate = newline === null;
  s.writenl = newline?.startsWith("\r") ? newline : null;
  s.hasDecoder = s.readuniversal;
  s.seennl = 0;
  stringioResizeBuffer(s, 0);
  // an initial value is written into the buffer; an empty StringIO accumulates
  if (value instanceof PyStr && value.length > 0) stringioWrite(s, value.value, value);
  else s.accu = PyList_New();
  s.pos = 0;
  s.ok = true;
}

/** _stringio_readline: the next line (up to `limit` characters) and the position after it. */
function stringioReadline(s: PyStringIO, limit: number): string {
  if (s.pos >= s.size) return "";
  const start = s.unit(s.pos);
  const text = s.buf;
  let end: number; // UTF-16 index just after the line ending, or the end of the text
  if (s.readtranslate) {
    const i = text.indexOf("\n", start);
    end = i < 0 ? text.length : i + 1;
  } else if (s.readuniversal) {
    end = text.length;
    for (let i = start; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        end = i + 1;
        break;
      }
      if (c === 13) {
        end = text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        break;
      }
    }
  } else {
    const nl = s.readnl!;
    const i = text.indexOf(nl, start);
    end = i < 0 ? text.length : i + nl.length;
  }
  let line = text.slice(start, end);
  let n = cpLen(line, s.astral);
  if (limit >= 0 && n > limit) {
    line = s.astral ? Array.from(line).slice(0, limit).join("") : line.slice(0, limit);
    n = limit;
  }
  s.pos += n;
  return line;
}

function stringio_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  const s = o as PyStringIO;
  s.ok = false;
  s.buf = "";
  s.bufBlock.free();
  stringioDropAccu(s);
  releaseCommon(o);
  gcFree(o);
}

function stringio_iternext(o: PyObject): PyObject | null {
  const s = sioChecked(o);
  stringioRealize(s);
  if (o.ob_type === PyStringIO_Type) {
    const line = stringioReadline(s, -1);
    return line.length === 0 ? null : PyStr_FromString(line);
  }
  const line = callMethod(o, "readline");
  if (!(line instanceof PyStr)) {
    const t = line.ob_type.tp_name;
    Py_DECREF(line);
    raise(PyExc_OSError, `readline() should have returned a str object, not '${t}'`);
  }
  if (line.length === 0) {
    Py_DECREF(line);
    return null;
  }
  return line;
}

const STRINGIO_METHODS: Record<string, NativeImpl | Omit<MethodDef, "name">> = {
  getvalue: (self, args, kw) => {
    parseArgs("getvalue", args, kw, { names: [], required: 0 });
    return stringioGetvalue(sioChecked(self));
  },
  read: (self, args, kw) => {
    const [sizeObj] = parseArgs("read", args, kw, { names: ["size"], required: 0, posonly: 1 });
    sio(self);
    const size0 = optionalSize(sizeObj);
    const s = sioChecked(self);
    let size = size0;
    const avail = Math.max(0, s.size - s.pos);
    if (size < 0 || size > avail) size = avail;
    if (s.accu !== null && s.pos === 0 && size === s.size - s.pos) {
      // seek(0); read(): make_intermediate, as getvalue()
      s.pos = s.size;
      return stringioGetvalue(s);
    }
    stringioRealize(s);
    const text = s.slice(s.pos, s.pos + size);
    s.pos += size;
    return PyStr_FromString(text);
  },
  readline: (self, args, kw) => {
    const [sizeObj] = parseArgs("readline", args, kw, { names: ["size"], required: 0, posonly: 1 });
    sio(self);
    const limit = optionalSize(sizeObj);
    const s = sioChecked(self);
    stringioRealize(s);
    return PyStr_FromString(stringioReadline(s, limit));
  },
  truncate: (self, args, kw) => {
    const [posObj] = parseArgs("truncate", args, kw, { names: ["pos"], required: 0, posonly: 1 });
    const s = sioChecked(self);
    const size = posObj === null || posObj === Py_None ? s.pos : ssize(posObj);
    if (size < 0) raise(PyExc_ValueError, `Negative size value ${size}`);
    if (size < s.size) {
      stringioRealize(s);
      stringioResizeBuffer(s, size);
      s.buf = s.slice(0, size);
      s.size = size;
      if (s.astral) s.astral = ASTRAL.test(s.buf);
    }
    return PyInt_FromNumber(size);
  },
  seek: (self, args, kw) => {
    const [posObj, whenceObj] = parseArgs("seek", args, kw, {
      names: ["pos", "whence"],
      required: 1,
      posonly: 2,
    });
    const pos0 = ssize(posObj!);
    const whence = whenceObj === null ? 0 : cInt(whenceObj);
    const s = sioChecked(self);
    let pos = pos0;
    if (whence !== 0 && whence !== 1 && whence !== 2) {
      raise(PyExc_ValueError, `Invalid whence (${whence}, should be 0, 1 or 2)`);
    } else if (pos < 0 && whence === 0) {
      raise(PyExc_ValueError, `Negative seek position ${pos}`);
    } else if (whence !== 0 && pos !== 0) {
      raise(PyExc_OSError, "Can't do nonzero cur-relative seeks");
    }
    if (whence === 1) pos = s.pos;
    else if (whence === 2) pos = s.size;
    s.pos = pos;
    return PyInt_FromNumber(pos);
  },
  write: (self, args, kw) => {
    if (kw !== null && kw.length > 0) raise(PyExc_TypeError, "write() takes no keyword arguments");
    if (args.length !== 1)
      raise(PyExc_TypeError, `write() takes exactly one argument (${args.length} given)`);
    sio(self);
    const obj = args[0]!;
    if (!(obj instanceof PyStr))
      raise(PyExc_TypeError, `string argument expected, got '${obj.ob_type.tp_name}'`);
    const s = sioChecked(self);
    if (obj.length > 0) stringioWrite(s, obj.value, obj);
    return PyInt_FromNumber(obj.length);
  },
  tell: (self, args, kw) => {
    parseArgs("tell", args, kw, { names: [], required: 0 });
    return PyInt_FromNumber(sioChecked(self).pos);
  },
  close: (self, args, kw) => {
    parseArgs("close", args, kw, { names: [], required: 0 });
    const s = self as PyStringIO;
    s.closed = true;
    // "Free up some memory"
    stringioResizeBuffer(s, 0);
    stringioDropAccu(s);
    s.buf = "";
    s.size = 0;
    return none();
  },
  readable: (self) => (sioChecked(self), Py_NewRef(Py_True)),
  writable: (self) => (sioChecked(self), Py_NewRef(Py_True)),
  seekable: (self) => (sioChecked(self), Py_NewRef(Py_True)),
  __getstate__: (self) => {
    const s = sioChecked(self);
    const value = stringioGetvalue(s);
    const dict = self!.ob_dict ? PyDict_Copy(self!.ob_dict) : none();
    return PyTuple_New([
      value,
      s.readnl === null ? none() : PyStr_FromString(s.readnl),
      PyInt_FromNumber(s.pos),
      dict,
    ]);
  },
  __setstate__: (self, args, kw) => {
    const [state] = parseArgs("__setstate__", args, kw, { names: ["state"], required: 1, posonly: 1 });
    const s = self as PyStringIO;
    if (s.closed) raise(PyExc_ValueError, "I/O operation on closed file");
    if (!(state instanceof PyTuple) || state.items.length < 4) {
      raise(
        PyExc_TypeError,
        `${s.ob_type.tp_name}.__setstate__ argument should be 4-tuple, got ${state!.ob_type.tp_name}`,
      );
    }
    const [value, nl, pos, dict] = state.items as [PyObject, PyObject, PyObject, PyObject];
    stringio_init(s, [Py_None, nl], null);
    if (!(value instanceof PyStr)) raise(PyExc_TypeError, "initial_value must be str");
    s.buf = value.value;
    s.astral = ASTRAL.test(s.buf);
    s.size = cpLen(s.buf, s.astral);
    // the state's text replaces the buffer's (its Py_UCS4 copy alive meanwhile)
    const copy = holdBlock((s.size + 1) * 4);
    stringioDropAccu(s);
    stringioResizeBuffer(s, s.size);
    releaseBlock(copy, (s.size + 1) * 4);
    if (!(pos instanceof PyInt))
      raise(PyExc_TypeError, `third item of state must be an integer, got ${pos.ob_type.tp_name}`);
    const p = ssize(pos);
    if (p < 0) raise(PyExc_ValueError, "position value cannot be negative");
    s.pos = p;
    if (dict !== Py_None) {
      if (!(dict instanceof PyDict)) {
        raise(PyExc_TypeError, `fourth item of state should be a dict, got a ${dict.ob_type.tp_name}`);
      }
      if (!s.ob_dict) s.ob_dict = PyDict_New();
      PyDict_Update(s.ob_dict, dict);
    }
    return none();
  },
};

// ---------------------------------------------------------------------------------------------
// BytesIO (bytesio.c)

class PyBytesIO extends PyObject {
  closed = false;
  buf: Uint8Array = new Uint8Array(0);
  size = 0;
  pos = 0;
  exports = 0;
  /**
   * Whether the buffer is a bytes object something else holds too (SHARED_BUF: the empty bytes
   * of a new BytesIO, the bytes it was made from): __sizeof__ leaves it out, and the next write
   * copies it (unshare_buffer).
   */
  shared = true;

  getBuffer(): Uint8Array {
    return this.buf.subarray(0, this.size);
  }
}

export const PyBytesIO_Type = newStaticType({
  name: "_io.BytesIO",
  base: PyBufferedIOBase_Type,
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 64,
  doc: "Buffered I/O implementation using an in-memory bytes buffer.",
});

function bio(o: PyObject | null): PyBytesIO {
  const b = o as PyBytesIO;
  if (b.closed) closedError();
  return b;
}

function checkExports(b: PyBytesIO): void {
  if (b.exports > 0) raise(PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
}

function bytesio_new(typeObj: PyObject, _args: PyObject[], _kw: string[] | null): PyObject {
  const type = typeObj as PyType;
  const b = new PyBytesIO(type);
  gcAlloc(b, type.tp_basicsize + 16);
  if (type.tp_dictoffset !== 0) b.ob_dict = null;
  if (type.hasFlag(TypeFlag.HEAPTYPE)) Py_INCREF(type);
  PyObject_GC_Track(b);
  return b;
}

function requireBytesLike(o: PyObject): Uint8Array {
  const data = bufferBytes(o);
  if (data === null) raise(PyExc_TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return data;
}

function bytesioWrite(b: PyBytesIO, data: Uint8Array): number {
  const n = data.length;
  if (n === 0) return 0;
  const end = b.pos + n;
  if (end > b.buf.length) {
    // resize_buffer: a growth of at most an eighth overallocates, a bigger one takes end + 1
    const alloc = b.buf.length;
    const next = new Uint8Array(end <= alloc * 1.125 ? end + (end >> 3) + (end < 9 ? 3 : 6) : end + 1);
    next.set(b.buf.subarray(0, b.size));
    b.buf = next;
    b.shared = false;
  } else if (b.shared) {
    // unshare_buffer
    const next = new Uint8Array(Math.max(end, b.size));
    next.set(b.buf.subarray(0, b.size));
    b.buf = next;
    b.shared = false;
  }
  if (b.pos > b.size) b.buf.fill(0, b.size, b.pos);
  b.buf.set(data, b.pos);
  b.pos = end;
  if (end > b.size) b.size = end;
  return n;
}

function bytesio_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const [init] = parseArgs("BytesIO", args, kwnames, { names: ["initial_bytes"], required: 0 });
  const b = self as PyBytesIO;
  checkExports(b);
  b.closed = false;
  b.size = 0;
  b.pos = 0;
  b.buf = new Uint8Array(0);
  b.shared = true;
  if (init !== null && init !== Py_None) {
    const data = requireBytesLike(init);
    if (init.ob_type === PyBytes_Type) {
      // the bytes object itself becomes the buffer
      b.buf = data.slice();
      b.size = data.length;
    } else {
      bytesioWrite(b, data);
      b.pos = 0;
    }
  }
}

function scanEol(b: PyBytesIO, limit: number): number {
  if (b.pos >= b.size) return 0;
  let maxlen = b.size - b.pos;
  if (limit >= 0 && limit < maxlen) maxlen = limit;
  const i = b.buf.subarray(b.pos, b.pos + maxlen).indexOf(10);
  return i < 0 ? maxlen : i + 1;
}

function bytesioRead(b: PyBytesIO, size: number): PyObject {
  const avail = Math.max(0, b.size - b.pos);
  if (size < 0 || size > avail) size = avail;
  const out = b.buf.slice(b.pos, b.pos + size);
  b.pos += size;
  return PyBytes_FromBytes(out);
}

function bytesio_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  releaseCommon(o);
  gcFree(o);
}

function bytesio_iternext(o: PyObject): PyObject | null {
  const b = bio(o);
  const n = scanEol(b, -1);
  if (n === 0) return null;
  return bytesioRead(b, n);
}

const BYTESIO_METHODS: Record<string, NativeImpl | Omit<MethodDef, "name">> = {
  getvalue: (self, args, kw) => {
    parseArgs("getvalue", args, kw, { names: [], required: 0 });
    const b = bio(self);
    // the buffer is cut to the data (returned itself: shared while the caller keeps it)
    if (b.size > 1 && b.exports === 0 && b.size !== b.buf.length) b.buf = b.buf.slice(0, b.size);
    return PyBytes_FromBytes(b.buf.slice(0, b.size));
  },
  getbuffer: (self, args, kw) => {
    parseArgs("getbuffer", args, kw, { names: [], required: 0 });
    return newBufferView(bio(self));
  },
  read: (self, args, kw) => {
    const [sizeObj] = parseArgs("read", args, kw, { names: ["size"], required: 0, posonly: 1 });
    const b = bio(self);
    return bytesioRead(b, optionalSize(sizeObj));
  },
  read1: (self, args, kw) => {
    const [sizeObj] = parseArgs("read1", args, kw, { names: ["size"], required: 0, posonly: 1 });
    const b = bio(self);
    return bytesioRead(b, optionalSize(sizeObj));
  },
  readline: (self, args, kw) => {
    const [sizeObj] = parseArgs("readline", args, kw, { names: ["size"], required: 0, posonly: 1 });
    const b = bio(self);
    return bytesioRead(b, scanEol(b, optionalSize(sizeObj)));
  },
  readlines: (self, args, kw) => {
    const [hintObj] = parseArgs("readlines", args, kw, { names: ["size"], required: 0, posonly: 1 });
    const b = bio(self);
    let maxsize = -1;
    if (hintObj !== null && hintObj !== Py_None) {
      if (!(hintObj instanceof PyInt)) {
        raise(PyExc_TypeError, `integer argument expected, got '${hintObj.ob_type.tp_name}'`);
      }
      maxsize = ssize(hintObj);
    }
    const lines: PyObject[] = [];
    let size = 0;
    for (;;) {
      const n = scanEol(b, -1);
      if (n === 0) break;
      lines.push(bytesioRead(b, n));
      size += n;
      if (maxsize > 0 && size >= maxsize) break;
    }
    return PyList_New(lines);
  },
  readinto: (self, args, kw) => {
    const [buffer] = parseArgs("readinto", args, kw, { names: ["buffer"], required: 1, posonly: 1 });
    const target = writableBuffer(buffer!, "readinto");
    const b = bio(self);
    const avail = Math.max(0, b.size - b.pos);
    const n = Math.min(avail, target.length);
    target.set(b.buf.subarray(b.pos, b.pos + n), 0);
    b.pos += n;
    return PyInt_FromNumber(n);
  },
  truncate: (self, args, kw) => {
    const [sizeObj] = parseArgs("truncate", args, kw, { names: ["size"], required: 0, posonly: 1 });
    const b = bio(self);
    checkExports(b);
    const size = sizeObj === null || sizeObj === Py_None ? b.pos : ssize(sizeObj);
    if (size < 0) raise(PyExc_ValueError, `negative size value ${size}`);
    if (size < b.size) b.size = size;
    return PyInt_FromNumber(size);
  },
  seek: (self, args, kw) => {
    const [posObj, whenceObj] = parseArgs("seek", args, kw, {
      names: ["pos", "whence"],
      required: 1,
      posonly: 2,
    });
    const pos0 = ssize(posObj!);
    const whence = whenceObj === null ? 0 : cInt(whenceObj);
    const b = bio(self);
    let pos = pos0;
    if (pos < 0 && whence === 0) raise(PyExc_ValueError, `negative seek value ${pos}`);
    if (whence === 1) pos += b.pos;
    else if (whence === 2) pos += b.size;
    else if (whence !== 0) raise(PyExc_ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
    if (pos < 0) pos = 0;
    b.pos = pos;
    return PyInt_FromNumber(pos);
  },
  tell: (self, args, kw) => {
    parseArgs("tell", args, kw, { names: [], required: 0 });
    return PyInt_FromNumber(bio(self).pos);
  },
  write: (self, args, kw) => {
    if (kw !== null && kw.length > 0) raise(PyExc_TypeError, "write() takes no keyword arguments");
    if (args.length !== 1)
      raise(PyExc_TypeError, `write() takes exactly one argument (${args.length} given)`);
    const b = bio(self);
    checkExports(b);
    return PyInt_FromNumber(bytesioWrite(b, requireBytesLike(args[0]!)));
  },
  writelines: (self, args, kw) => {
    const [lines] = parseArgs("writelines", args, kw, { names: ["lines"], required: 1, posonly: 1 });
    const b = bio(self);
    const items = iterateToArray(lines!);
    try {
      for (const item of items) {
        checkExports(b);
        bytesioWrite(b, requireBytesLike(item));
      }
    } finally {
      for (const x of items) Py_DECREF(x);
    }
    return none();
  },
  close: (self, args, kw) => {
    parseArgs("close", args, kw, { names: [], required: 0 });
    const b = self as PyBytesIO;
    checkExports(b);
    b.closed = true;
    b.buf = new Uint8Array(0);
    b.size = 0;
    return none();
  },
  flush: (self) => (bio(self), none()),
  isatty: (self) => (bio(self), Py_NewRef(Py_False)),
  readable: (self) => (bio(self), Py_NewRef(Py_True)),
  writable: (self) => (bio(self), Py_NewRef(Py_True)),
  seekable: (self) => (bio(self), Py_NewRef(Py_True)),
  __getstate__: (self) => {
    const b = bio(self);
    const dict = self!.ob_dict ? PyDict_Copy(self!.ob_dict) : none();
    return PyTuple_New([PyBytes_FromBytes(b.buf.slice(0, b.size)), PyInt_FromNumber(b.pos), dict]);
  },
  __setstate__: (self, args, kw) => {
    const [state] = parseArgs("__setstate__", args, kw, { names: ["state"], required: 1, posonly: 1 });
    const b = self as PyBytesIO;
    if (!(state instanceof PyTuple) || state.items.length < 3) {
      raise(
        PyExc_TypeError,
        `${b.ob_type.tp_name}.__setstate__ argument should be 3-tuple, got ${state!.ob_type.tp_name}`,
      );
    }
    const [value, pos, dict] = state.items as [PyObject, PyObject, PyObject];
    checkExports(b);
    const data = requireBytesLike(value);
    b.buf = data.slice();
    b.size = data.length;
    if (!(pos instanceof PyInt))
      raise(PyExc_TypeError, `second item of state must be an integer, not ${pos.ob_type.tp_name}`);
    const p = ssize(pos);
    if (p < 0) raise(PyExc_ValueError, "position value cannot be negative");
    b.pos = p;
    if (dict !== Py_None) {
      if (!(dict instanceof PyDict)) {
        raise(PyExc_TypeError, `third item of state should be a dict, got a ${dict.ob_type.tp_name}`);
      }
      if (!b.ob_dict) b.ob_dict = PyDict_New();
      PyDict_Update(b.ob_dict, dict);
    }
    return none();
  },
  __sizeof__: (self) => {
    const b = self as PyBytesIO;
    // basicsize + the bytes object holding the data (PyBytesObject header 33 + size)
    return PyInt_FromSsize_t(b.ob_type.tp_basicsize + (b.shared ? 0 : 33 + b.buf.length));
  },
};

// ---------------------------------------------------------------------------------------------
// BytesIO.getbuffer(): a memoryview over a `_io._BytesIOBuffer`, the exporter that locks the
// BytesIO's size while views exist (bytesiobuf in bytesio.c)

class PyBytesIOBuffer extends PyObject {
  source: PyBytesIO | null = null;

  getBuffer(): Uint8Array {
    const b = this.source!;
    return b.buf.subarray(0, b.size);
  }

  getWritableBuffer(): Uint8Array {
    return this.getBuffer();
  }

  bufferAcquire(): void {
    this.source!.exports++;
  }

  bufferRelease(): void {
    this.source!.exports--;
  }
}

const BytesIOBuffer_Type = newStaticType({
  name: "_io._BytesIOBuffer",
  flags: TypeFlag.HAVE_GC,
  basicsize: 24,
});

function newBufferView(b: PyBytesIO): PyObject {
  const exporter = new PyBytesIOBuffer(BytesIOBuffer_Type);
  gcAlloc(exporter, 24 + 16);
  exporter.source = Py_NewRef(b);
  PyObject_GC_Track(exporter);
  try {
    return PyMemoryView_FromObject(exporter);
  } finally {
    Py_DECREF(exporter);
  }
}

function bytesiobuf_dealloc(o: PyObject): void {
  const e = o as PyBytesIOBuffer;
  PyObject_GC_UnTrack(e);
  const src = e.source;
  e.source = null;
  if (src !== null) Py_DECREF(src);
  gcFree(e);
}

// ---------------------------------------------------------------------------------------------
// IncrementalNewlineDecoder (textio.c)

class PyNewlineDecoder extends PyObject {
  ok = false;
  decoder: PyObject = Py_None;
  translate = false;
  pendingcr = false;
  seennl = 0;
}

const NewlineDecoder_Type = newStaticType({
  name: "_io.IncrementalNewlineDecoder",
  flags: TypeFlag.BASETYPE | TypeFlag.HAVE_GC,
  basicsize: 56,
  doc: "Codec used when reading a file in universal newlines mode.\n\nIt wraps another incremental decoder, translating \\r\\n and \\r into \\n.\nIt also records the types of newlines encountered.  When used with\ntranslate=False, it ensures that the newline sequence is returned in\none piece. When used with decoder=None, it expects unicode strings as\ndecode input and translates newlines without first invoking an external\ndecoder.",
});

function nld(o: PyObject | null): PyNewlineDecoder {
  const d = o as PyNewlineDecoder;
  if (!d.ok) raise(PyExc_ValueError, "IncrementalNewlineDecoder.__init__() not called");
  return d;
}

function nld_new(typeObj: PyObject, _a: PyObject[], _k: string[] | null): PyObject {
  const type = typeObj as PyType;
  const d = new PyNewlineDecoder(type);
  gcAlloc(d, type.tp_basicsize + 16);
  if (type.tp_dictoffset !== 0) d.ob_dict = null;
  if (type.hasFlag(TypeFlag.HEAPTYPE)) Py_INCREF(type);
  PyObject_GC_Track(d);
  return d;
}

function nld_init(self: PyObject, args: PyObject[], kw: string[] | null): void {
  const [decoder, translate] = parseArgs("IncrementalNewlineDecoder", args, kw, {
    names: ["decoder", "translate", "errors"],
    required: 2,
  });
  const d = self as PyNewlineDecoder;
  const old = d.decoder;
  d.decoder = Py_NewRef(decoder!);
  if (old !== Py_None) Py_DECREF(old);
  d.translate = PyObject_IsTrue(translate!);
  d.pendingcr = false;
  d.seennl = 0;
  d.ok = true;
}

function nld_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  const d = o as PyNewlineDecoder;
  const dec = d.decoder;
  d.decoder = Py_None;
  if (dec !== Py_None) Py_DECREF(dec);
  releaseCommon(o);
  gcFree(o);
}

function nldDecode(d: PyNewlineDecoder, input: PyObject, final: boolean): string {
  let output: string;
  if (d.decoder === Py_None) {
    if (!(input instanceof PyStr)) {
      raise(PyExc_TypeError, `decoder should return a string result, not '${input.ob_type.tp_name}'`);
    }
    output = input.value;
  } else {
    const r = callMethod(d.decoder, "decode", [input, final ? Py_True : Py_False]);
    try {
      if (!(r instanceof PyStr)) {
        raise(PyExc_TypeError, `decoder should return a string result, not '${r.ob_type.tp_name}'`);
      }
      output = r.value;
    } finally {
      Py_DECREF(r);
    }
  }
  if (d.pendingcr && (final || output.length > 0)) {
    output = `\r${output}`;
    d.pendingcr = false;
  }
  if (!final && output.length > 0 && output.endsWith("\r")) {
    output = output.slice(0, -1);
    d.pendingcr = true;
  }
  d.seennl |= seenNewlines(output);
  if (d.translate) output = output.replace(/\r\n?/g, "\n");
  return output;
}

const NLD_METHODS: Record<string, NativeImpl | Omit<MethodDef, "name">> = {
  decode: (self, args, kw) => {
    const [input, final] = parseArgs("decode", args, kw, { names: ["input", "final"], required: 1 });
    const d = nld(self);
    return PyStr_FromString(nldDecode(d, input!, final !== null && PyObject_IsTrue(final)));
  },
  getstate: (self) => {
    const d = nld(self);
    let buffer: PyObject;
    let flag = 0;
    if (d.decoder !== Py_None) {
      const st = callMethod(d.decoder, "getstate");
      try {
        if (!(st instanceof PyTuple) || st.items.length !== 2)
          raise(PyExc_TypeError, "illegal decoder state");
        buffer = Py_NewRef(st.items[0]!);
        flag = ssize(st.items[1]!);
      } finally {
        Py_DECREF(st);
      }
    } else {
      buffer = PyBytes_FromBytes(new Uint8Array(0));
    }
    flag <<= 1;
    if (d.pendingcr) flag |= 1;
    return PyTuple_New([buffer, PyInt_FromNumber(flag)]);
  },
  setstate: (self, args, kw) => {
    const [state] = parseArgs("setstate", args, kw, { names: ["state"], required: 1, posonly: 1 });
    const d = nld(self);
    if (!(state instanceof PyTuple) || state.items.length !== 2)
      raise(PyExc_TypeError, "state argument must be a tuple");
    const flag = ssize(state.items[1]!);
    d.pendingcr = (flag & 1) !== 0;
    if (d.decoder !== Py_None) {
      const t = PyTuple_New([Py_NewRef(state.items[0]!), PyInt_FromNumber(flag >> 1)]);
      try {
        Py_DECREF(callMethod(d.decoder, "setstate", [t]));
      } finally {
        Py_DECREF(t);
      }
    }
    return none();
  },
  reset: (self) => {
    const d = nld(self);
    d.seennl = 0;
    d.pendingcr = false;
    if (d.decoder !== Py_None) return callMethod(d.decoder, "reset");
    return none();
  },
};

// ---------------------------------------------------------------------------------------------
// wiring

let typesReady = false;

function initIoTypes(): void {
  if (typesReady) return;
  typesReady = true;
  for (const T of [PyIOBase_Type, PyRawIOBase_Type, PyBufferedIOBase_Type, PyTextIOBase_Type]) {
    T.tp_getattro = PyObject_GenericGetAttr;
    T.tp_setattro = PyObject_GenericSetAttr;
  }
  PyIOBase_Type.tp_new = object_new;
  PyIOBase_Type.tp_dealloc = iobase_dealloc;
  PyIOBase_Type.tp_traverse = iobase_traverse;
  PyIOBase_Type.tp_clear = iobase_clear;
  PyIOBase_Type.tp_finalize = iobase_finalize;
  PyIOBase_Type.tp_iter = (o) => {
    iobaseCheckClosed(o);
    return Py_NewRef(o);
  };
  PyIOBase_Type.tp_iternext = iobase_iternext;
  defineMethods(PyIOBase_Type, IOBASE_METHODS);
  defineGetSets(PyIOBase_Type, [
    { name: "closed", get: (o) => PyBool_FromBool(iobaseIsClosed(o)) },
    dictGetter(),
  ]);

  defineMethods(PyRawIOBase_Type, {
    read: rawiobase_read,
    readall: rawiobase_readall,
    readinto: () => raise(PyExc_NotImplementedError, ""),
    write: () => raise(PyExc_NotImplementedError, ""),
  });

  defineMethods(PyBufferedIOBase_Type, {
    detach: () => unsupported("detach"),
    read: () => unsupported("read"),
    read1: () => unsupported("read1"),
    write: () => unsupported("write"),
    readinto: (self, args, kw) => {
      const [b] = parseArgs("readinto", args, kw, { names: ["buffer"], required: 1, posonly: 1 });
      return bufferediobase_readinto_generic(self!, b!, "read", "readinto");
    },
    readinto1: (self, args, kw) => {
      const [b] = parseArgs("readinto1", args, kw, { names: ["buffer"], required: 1, posonly: 1 });
      return bufferediobase_readinto_generic(self!, b!, "read1", "readinto1");
    },
  });

  defineMethods(PyTextIOBase_Type, {
    detach: () => unsupported("detach"),
    read: () => unsupported("read"),
    readline: () => unsupported("readline"),
    write: () => unsupported("write"),
  });
  defineGetSets(PyTextIOBase_Type, [
    {
      name: "encoding",
      get: () => none(),
      doc: "Encoding of the text stream.\n\nSubclasses should override.",
    },
    {
      name: "newlines",
      get: () => none(),
      doc: "Line endings translated so far.\n\nOnly line endings translated during reading are considered.\n\nSubclasses should override.",
    },
    {
      name: "errors",
      get: () => none(),
      doc: "The error setting of the decoder or encoder.\n\nSubclasses should override.",
    },
  ]);

  PyStringIO_Type.tp_new = stringio_new;
  PyStringIO_Type.tp_init = stringio_init;
  PyStringIO_Type.tp_dealloc = stringio_dealloc;
  PyStringIO_Type.tp_iternext = stringio_iternext;
  defineMethods(PyStringIO_Type, STRINGIO_METHODS);
  defineGetSets(PyStringIO_Type, [
    { name: "closed", get: (o) => PyBool_FromBool(sio(o).closed) },
    {
      name: "line_buffering",
      get: (o) => (sioChecked(o), Py_NewRef(Py_False)),
    },
    {
      name: "newlines",
      get: (o) => {
        const s = sioChecked(o);
        return s.hasDecoder ? newlinesValue(s.seennl) : none();
      },
    },
  ]);

  PyBytesIO_Type.tp_new = bytesio_new;
  PyBytesIO_Type.tp_init = bytesio_init;
  PyBytesIO_Type.tp_dealloc = bytesio_dealloc;
  PyBytesIO_Type.tp_iter = (o) => Py_NewRef(o);
  PyBytesIO_Type.tp_iternext = bytesio_iternext;
  defineMethods(PyBytesIO_Type, BYTESIO_METHODS);
  defineGetSets(PyBytesIO_Type, [
    {
      name: "closed",
      get: (o) => PyBool_FromBool((o as PyBytesIO).closed),
      doc: "True if the file is closed.",
    },
  ]);

  BytesIOBuffer_Type.tp_dealloc = bytesiobuf_dealloc;
  BytesIOBuffer_Type.tp_getattro = PyObject_GenericGetAttr;
  BytesIOBuffer_Type.tp_traverse = (o, visit) => {
    const e = o as PyBytesIOBuffer;
    if (e.source !== null) visit(e.source);
  };

  NewlineDecoder_Type.tp_new = nld_new;
  NewlineDecoder_Type.tp_init = nld_init;
  NewlineDecoder_Type.tp_dealloc = nld_dealloc;
  NewlineDecoder_Type.tp_getattro = PyObject_GenericGetAttr;
  NewlineDecoder_Type.tp_traverse = (o, visit) => {
    const d = o as PyNewlineDecoder;
    if (d.decoder !== Py_None) visit(d.decoder);
  };
  defineMethods(NewlineDecoder_Type, NLD_METHODS);
  defineGetSets(NewlineDecoder_Type, [{ name: "newlines", get: (o) => newlinesValue(nld(o).seennl) }]);
}

initIoTypes();

function createIoModule(): PyModule {
  const m = PyModule_New("_io");
  PyModule_Add(
    m,
    "__doc__",
    PyStr_FromString(
      "The io module provides the Python interfaces to stream handling. The\nbuiltin open function is defined in this module.\n",
    ),
  );
  // builtins.open is io.open itself.
  const open = getBuiltin("open");
  PyModule_AddObjectRef(m, "open", open);
  Py_DECREF(open);
  PyModule_AddFunctions(m, [
    {
      name: "open_code",
      impl: (_m, args, kw) => {
        const [path] = parseArgs("open_code", args, kw, { names: ["path"], required: 1 });
        if (!(path instanceof PyStr)) {
          raise(PyExc_TypeError, `open_code() argument 'path' must be str, not ${argTypeName(path!)}`);
        }
        const mode = PyStr_FromString("rb");
        try {
          return builtin_open(null, [path, mode], null);
        } finally {
          Py_DECREF(mode);
        }
      },
    },
    {
      name: "text_encoding",
      impl: (_m, args, kw) => {
        const [enc] = parseArgs("text_encoding", args, kw, {
          names: ["encoding", "stacklevel"],
          required: 1,
        });
        if (enc !== Py_None) return Py_NewRef(enc!);
        return PyStr_FromString("locale");
      },
    },
  ]);
  PyModule_AddFunctions(m, DESCRIPTOR_FUNCTIONS);
  PyModule_Add(m, "DEFAULT_BUFFER_SIZE", PyInt_FromNumber(DEFAULT_BUFFER_SIZE));
  PyModule_AddObjectRef(m, "UnsupportedOperation", PyExc_UnsupportedOperation);
  PyModule_AddObjectRef(m, "BlockingIOError", PyExc_BlockingIOError);
  const types: [string, PyType][] = [
    ["_IOBase", PyIOBase_Type],
    ["_RawIOBase", PyRawIOBase_Type],
    ["_BufferedIOBase", PyBufferedIOBase_Type],
    ["_TextIOBase", PyTextIOBase_Type],
    ["StringIO", PyStringIO_Type],
    ["BytesIO", PyBytesIO_Type],
    ["IncrementalNewlineDecoder", NewlineDecoder_Type],
    ["TextIOWrapper", PyTextIOWrapper_Type],
    ["BufferedReader", PyBufferedReader_Type],
    ["BufferedWriter", PyBufferedWriter_Type],
    ["BufferedRandom", PyBufferedRandom_Type],
    ["FileIO", PyFileIO_Type],
  ];
  for (const [name, t] of types) PyModule_AddObjectRef(m, name, t);
  return m;
}

export function registerIoModule(): void {
  registerBuiltinModule("_io", createIoModule);
}
