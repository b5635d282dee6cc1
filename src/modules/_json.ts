/**
 * The `_json` accelerator module (CPython 3.11's Modules/_json.c, the interface lib/json/ uses):
 * `scanstring`, `encode_basestring(_ascii)`, the `Scanner` type behind `JSONDecoder.scan_once`
 * and the `Encoder` type `JSONEncoder.iterencode` uses for one-shot encoding without indent.
 *
 * Indices given to and returned from Python are code point indices; internally the scanner
 * works on the JS string's UTF-16 units and converts at the boundaries when the text holds
 * astral characters.
 */
import { realAddress } from "../memory/allocator.js";
import {
  iterateToArray,
  Py_EnterRecursiveCall,
  Py_LeaveRecursiveCall,
  PyIter_Next,
  PyNumber_AsSsize_t,
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_CallOneArg,
  PyObject_GetAttrString,
  PyObject_GetIter,
  PyObject_IsTrue,
  PyObject_Repr,
} from "../objects/abstract.js";
import { parseArgs } from "../objects/args.js";
import { Py_False, Py_True, PyBool_FromBool } from "../objects/bool.js";
import { bufferBytes } from "../objects/bytes.js";
import {
  dictItems,
  dictItemsFlat,
  PyDict,
  PyDict_Contains,
  PyDict_DelItem,
  PyDict_New,
  PyDict_SetItem,
  PyDict_Size,
  PyDict_Type,
} from "../objects/dict.js";
import {
  PyExc_OverflowError,
  PyExc_RuntimeError,
  PyExc_StopIteration,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "../objects/exceptions.js";
import { floatRepr, PyFloat, PyFloat_FromDouble, PyFloat_Type } from "../objects/float.js";
import { intFromString, intToString, PyInt, PyInt_FromNumber, PyInt_Type } from "../objects/int.js";
import { PyList, PyList_New, PyList_Sort, PyList_Type } from "../objects/list.js";
import { defineGetSets, type MethodDef, PyCFunction } from "../objects/methods.js";
import {
  type PyModule,
  PyModule_AddFunctions,
  PyModule_AddObjectRef,
  PyModule_New,
} from "../objects/module.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, PyObject } from "../objects/object.js";
import type { VisitProc } from "../objects/slots_types.js";
import { argTypeName, cpToUnit, PyStr, PyStr_FromString, unitToCp } from "../objects/str.js";
import {
  gcAlloc,
  gcFree,
  PyObject_GC_Track,
  PyObject_GC_UnTrack,
  PyTuple,
  PyTuple_New,
  PyTuple_Type,
} from "../objects/tuple.js";
import { newStaticType, type PyType, TypeFlag } from "../objects/type.js";
import { PyObject_GenericGetAttr } from "../objects/typeobject.js";
import { PyImport_ImportModule, registerBuiltinModule } from "./importlib.js";

// ---------------------------------------------------------------------------------------------
// string escaping

const HEX = "0123456789abcdef";

function hex4(c: number): string {
  return HEX[(c >> 12) & 15]! + HEX[(c >> 8) & 15]! + HEX[(c >> 4) & 15]! + HEX[c & 15]!;
}

/** encode_basestring_ascii: a JSON string literal using only ASCII (astral chars as surrogate pairs). */
export function escapeAscii(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e && c !== 0x5c && c !== 0x22) continue;
    if (i > start) out += s.slice(start, i);
    start = i + 1;
    switch (c) {
      case 0x5c:
        out += "\\\\";
        break;
      case 0x22:
        out += '\\"';
        break;
      case 0x08:
        out += "\\b";
        break;
      case 0x0c:
        out += "\\f";
        break;
      case 0x0a:
        out += "\\n";
        break;
      case 0x0d:
        out += "\\r";
        break;
      case 0x09:
        out += "\\t";
        break;
      default:
        // JS strings already hold astral characters as their UTF-16 surrogate pair.
        out += `\\u${hex4(c)}`;
    }
  }
  if (start < s.length) out += s.slice(start);
  return `${out}"`;
}

/** encode_basestring: a JSON string literal escaping only what JSON requires. */
export function escapeUnicode(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x1f && c !== 0x5c && c !== 0x22) continue;
    if (i > start) out += s.slice(start, i);
    start = i + 1;
    switch (c) {
      case 0x5c:
        out += "\\\\";
        break;
      case 0x22:
        out += '\\"';
        break;
      case 0x08:
        out += "\\b";
        break;
      case 0x0c:
        out += "\\f";
        break;
      case 0x0a:
        out += "\\n";
        break;
      case 0x0d:
        out += "\\r";
        break;
      case 0x09:
        out += "\\t";
        break;
      default:
        out += `\\u00${HEX[(c >> 4) & 15]}${HEX[c & 15]}`;
    }
  }
  if (start < s.length) out += s.slice(start);
  return `${out}"`;
}

function requireStr(o: PyObject): PyStr {
  if (!(o instanceof PyStr))
    raise(PyExc_TypeError, `first argument must be a string, not ${o.ob_type.tp_name}`);
  return o;
}

function py_encode_basestring_ascii(
  _m: PyObject | null,
  args: PyObject[],
  kwnames: string[] | null,
): PyObject {
  const s = oneArgNamed("encode_basestring_ascii", args, kwnames);
  return PyStr_FromString(escapeAscii(requireStr(s).value));
}

function py_encode_basestring(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const s = oneArgNamed("encode_basestring", args, kwnames);
  return PyStr_FromString(escapeUnicode(requireStr(s).value));
}

function oneArgNamed(name: string, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) raise(PyExc_TypeError, `${name}() takes no keyword arguments`);
  if (args.length !== 1)
    raise(PyExc_TypeError, `${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

// ---------------------------------------------------------------------------------------------
// errors

/** raise_errmsg: json.decoder.JSONDecodeError(msg, doc, pos) with pos in UTF-16 units of doc. */
function decodeError(msg: string, doc: PyStr, unitPos: number): never {
  const mod = PyImport_ImportModule("json.decoder");
  let cls: PyObject;
  try {
    cls = PyObject_GetAttrString(mod, "JSONDecodeError");
  } finally {
    Py_DECREF(mod);
  }
  const m = PyStr_FromString(msg);
  const pos = PyInt_FromNumber(doc.kind === 4 ? unitToCp(doc, unitPos) : unitPos);
  let exc: PyObject;
  try {
    exc = PyObject_Call(cls, [m, doc, pos], null);
  } finally {
    Py_DECREF(m);
    Py_DECREF(pos);
    Py_DECREF(cls);
  }
  throw exc;
}

function stopIteration(doc: PyStr, unitPos: number): never {
  const v = PyInt_FromNumber(doc.kind === 4 ? unitToCp(doc, unitPos) : unitPos);
  let exc: PyObject;
  try {
    exc = PyObject_Call(PyExc_StopIteration, [v], null);
  } finally {
    Py_DECREF(v);
  }
  throw exc;
}

// ---------------------------------------------------------------------------------------------
// scanstring

/**
 * Scans a JSON string whose opening quote is just before unit `end`. Returns the decoded text
 * and the unit index after the closing quote.
 */
function scanString(doc: PyStr, end: number, strict: boolean): [string, number] {
  const s = doc.value;
  const len = s.length;
  const begin = end - 1;
  if (end < 0 || len < end) raise(PyExc_ValueError, "end is out of bounds");
  let out = "";
  for (;;) {
    let next = end;
    let c = 0;
    for (; next < len; next++) {
      c = s.charCodeAt(next);
      if (c === 0x22 || c === 0x5c) break;
      if (c <= 0x1f && strict) decodeError("Invalid control character at", doc, next);
    }
    if (next >= len) decodeError("Unterminated string starting at", doc, begin);
    if (next !== end) out += s.slice(end, next);
    next++;
    if (c === 0x22) {
      end = next;
      break;
    }
    if (next === len) decodeError("Unterminated string starting at", doc, begin);
    c = s.charCodeAt(next);
    if (c !== 0x75) {
      end = next + 1;
      switch (c) {
        case 0x22:
        case 0x5c:
        case 0x2f:
          break;
        case 0x62:
          c = 8;
          break;
        case 0x66:
          c = 12;
          break;
        case 0x6e:
          c = 10;
          break;
        case 0x72:
          c = 13;
          break;
        case 0x74:
          c = 9;
          break;
        default:
          c = 0;
      }
      if (c === 0) decodeError("Invalid \\escape", doc, end - 2);
      out += String.fromCharCode(c);
      continue;
    }
    next++;
    end = next + 4;
    if (end >= len) decodeError("Invalid \\uXXXX escape", doc, next - 1);
    c = hexValue(s, next);
    if (c < 0) decodeError("Invalid \\uXXXX escape", doc, end - 5);
    next = end;
    if (
      c >= 0xd800 &&
      c <= 0xdbff &&
      end + 6 < len &&
      s.charCodeAt(next) === 0x5c &&
      s.charCodeAt(next + 1) === 0x75
    ) {
      const c2 = hexValue(s, next + 2);
      if (c2 < 0) decodeError("Invalid \\uXXXX escape", doc, end + 1);
      if (c2 >= 0xdc00 && c2 <= 0xdfff) {
        out += String.fromCharCode(c, c2);
        end += 6;
        continue;
      }
    }
    out += String.fromCharCode(c);
  }
  return [out, end];
}

function hexValue(s: string, at: number): number {
  let v = 0;
  for (let i = at; i < at + 4; i++) {
    const d = s.charCodeAt(i);
    v <<= 4;
    if (d >= 0x30 && d <= 0x39) v |= d - 0x30;
    else if (d >= 0x61 && d <= 0x66) v |= d - 0x61 + 10;
    else if (d >= 0x41 && d <= 0x46) v |= d - 0x41 + 10;
    else return -1;
  }
  return v;
}

function py_scanstring(_m: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0)
    raise(PyExc_TypeError, "scanstring() takes no keyword arguments");
  if (args.length < 2 || args.length > 3) {
    raise(
      PyExc_TypeError,
      args.length < 2
        ? `scanstring() takes at least 2 arguments (${args.length} given)`
        : `scanstring() takes at most 3 arguments (${args.length} given)`,
    );
  }
  const doc = args[0]!;
  const endCp = PyNumber_AsSsize_t(args[1]!, PyExc_OverflowError);
  const strict = args.length > 2 ? PyObject_IsTrue(args[2]!) : true;
  const str = requireStr(doc);
  if (endCp < 0 || endCp > str.length) raise(PyExc_ValueError, "end is out of bounds");
  const [text, next] = scanString(str, str.kind === 4 ? cpToUnit(str, endCp) : endCp, strict);
  return PyTuple_New([PyStr_FromString(text), PyInt_FromNumber(str.kind === 4 ? unitToCp(str, next) : next)]);
}

// ---------------------------------------------------------------------------------------------
// Scanner

class PyScanner extends PyObject {
  strict = true;
  object_hook: PyObject = Py_None;
  object_pairs_hook: PyObject = Py_None;
  parse_float: PyObject = Py_None;
  parse_int: PyObject = Py_None;
  parse_constant: PyObject = Py_None;
}

// PyScannerObject: strict, the five hooks and the memo dict (the keys' memo is a Map of the
// scan here, not a dict the scanner keeps)
const Scanner_Type = newStaticType({
  name: "_json.Scanner",
  flags: TypeFlag.HAVE_GC | TypeFlag.BASETYPE,
  basicsize: 72,
  doc: "JSON scanner object",
});

const CTX_FIELDS = [
  "object_hook",
  "object_pairs_hook",
  "parse_float",
  "parse_int",
  "parse_constant",
] as const;

function scanner_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [ctx] = parseArgs("make_scanner", args, kwnames, { names: ["context"], required: 1 });
  const type = typeObj as PyType;
  const sc = new PyScanner(type);
  gcAlloc(sc, type.tp_basicsize + 16);
  if (type.hasFlag(TypeFlag.HEAPTYPE)) Py_INCREF(type);
  try {
    const strict = PyObject_GetAttrString(ctx!, "strict");
    try {
      sc.strict = PyObject_IsTrue(strict);
    } finally {
      Py_DECREF(strict);
    }
    for (const f of CTX_FIELDS) sc[f] = PyObject_GetAttrString(ctx!, f);
  } catch (e) {
    Py_DECREF(sc);
    throw e;
  }
  PyObject_GC_Track(sc);
  return sc;
}

function scanner_clear(o: PyObject): void {
  const sc = o as PyScanner;
  for (const f of CTX_FIELDS) {
    const v = sc[f];
    sc[f] = Py_None;
    Py_DECREF(v);
  }
}

function scanner_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  const sc = o as PyScanner;
  // Fields hold None (borrowed, immortal) until the context's values are stored.
  for (const f of CTX_FIELDS) {
    const v = sc[f];
    sc[f] = Py_None;
    if (v !== Py_None) Py_DECREF(v);
  }
  gcFree(o);
}

function scanner_traverse(o: PyObject, visit: VisitProc): void {
  const sc = o as PyScanner;
  for (const f of CTX_FIELDS) visit(sc[f]);
}

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

interface ScanState {
  sc: PyScanner;
  doc: PyStr;
  s: string;
  memo: Map<string, PyStr>;
  next: number;
}

function scanOnce(st: ScanState, idx: number): PyObject {
  const s = st.s;
  const length = s.length;
  if (idx < 0) raise(PyExc_ValueError, "idx cannot be negative");
  if (idx >= length) stopIteration(st.doc, idx);
  const c = s.charCodeAt(idx);
  switch (c) {
    case 0x22: {
      const [text, next] = scanString(st.doc, idx + 1, st.sc.strict);
      st.next = next;
      return PyStr_FromString(text);
    }
    case 0x7b: {
      Py_EnterRecursiveCall(" while decoding a JSON object from a unicode string");
      try {
        return parseObject(st, idx + 1);
      } finally {
        Py_LeaveRecursiveCall();
      }
    }
    case 0x5b: {
      Py_EnterRecursiveCall(" while decoding a JSON array from a unicode string");
      try {
        return parseArray(st, idx + 1);
      } finally {
        Py_LeaveRecursiveCall();
      }
    }
    case 0x6e:
      if (s.startsWith("null", idx)) {
        st.next = idx + 4;
        return Py_NewRef(Py_None);
      }
      break;
    case 0x74:
      if (s.startsWith("true", idx)) {
        st.next = idx + 4;
        return Py_NewRef(Py_True);
      }
      break;
    case 0x66:
      if (s.startsWith("false", idx)) {
        st.next = idx + 5;
        return Py_NewRef(Py_False);
      }
      break;
    case 0x4e:
      if (s.startsWith("NaN", idx)) return parseConstant(st, "NaN", idx);
      break;
    case 0x49:
      if (s.startsWith("Infinity", idx)) return parseConstant(st, "Infinity", idx);
      break;
    case 0x2d:
      if (s.startsWith("-Infinity", idx)) return parseConstant(st, "-Infinity", idx);
      break;
  }
  return matchNumber(st, idx);
}

function parseConstant(st: ScanState, name: string, idx: number): PyObject {
  const cstr = PyStr_FromString(name);
  try {
    const r = PyObject_CallOneArg(st.sc.parse_constant, cstr);
    st.next = idx + name.length;
    return r;
  } finally {
    Py_DECREF(cstr);
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function matchNumber(st: ScanState, start: number): PyObject {
  const s = st.s;
  const endIdx = s.length - 1;
  let idx = start;
  if (s.charCodeAt(idx) === 0x2d) {
    idx++;
    if (idx > endIdx) stopIteration(st.doc, start);
  }
  const c = s.charCodeAt(idx);
  if (c >= 0x31 && c <= 0x39) {
    idx++;
    while (idx <= endIdx && isDigit(s.charCodeAt(idx))) idx++;
  } else if (c === 0x30) {
    idx++;
  } else {
    stopIteration(st.doc, start);
  }
  let isFloat = false;
  if (idx < endIdx && s.charCodeAt(idx) === 0x2e && isDigit(s.charCodeAt(idx + 1))) {
    isFloat = true;
    idx += 2;
    while (idx <= endIdx && isDigit(s.charCodeAt(idx))) idx++;
  }
  if (idx < endIdx && (s.charCodeAt(idx) === 0x65 || s.charCodeAt(idx) === 0x45)) {
    const eStart = idx;
    idx++;
    if (idx < endIdx && (s.charCodeAt(idx) === 0x2d || s.charCodeAt(idx) === 0x2b)) idx++;
    while (idx <= endIdx && isDigit(s.charCodeAt(idx))) idx++;
    if (isDigit(s.charCodeAt(idx - 1))) isFloat = true;
    else idx = eStart;
  }
  const text = s.slice(start, idx);
  st.next = idx;
  const custom = isFloat
    ? st.sc.parse_float !== PyFloat_Type
      ? st.sc.parse_float
      : null
    : st.sc.parse_int !== PyInt_Type
      ? st.sc.parse_int
      : null;
  if (custom !== null) {
    const numstr = PyStr_FromString(text);
    try {
      return PyObject_CallOneArg(custom, numstr);
    } finally {
      Py_DECREF(numstr);
    }
  }
  if (isFloat) return PyFloat_FromDouble(Number(text));
  return intFromString(text, 10);
}

function skipWs(s: string, idx: number): number {
  const end = s.length;
  while (idx < end && isWs(s.charCodeAt(idx))) idx++;
  return idx;
}

function parseObject(st: ScanState, idx: number): PyObject {
  const s = st.s;
  const endIdx = s.length - 1;
  const sc = st.sc;
  const hasPairsHook = sc.object_pairs_hook !== Py_None;
  const pairs: PyObject[] = [];
  const dict: PyDict | null = hasPairsHook ? null : PyDict_New();
  try {
    idx = skipWs(s, idx);
    if (idx > endIdx || s.charCodeAt(idx) !== 0x7d) {
      for (;;) {
        if (idx > endIdx || s.charCodeAt(idx) !== 0x22) {
          decodeError("Expecting property name enclosed in double quotes", st.doc, idx);
        }
        const [keyText, afterKey] = scanString(st.doc, idx + 1, sc.strict);
        let key = st.memo.get(keyText);
        if (key === undefined) {
          key = PyStr_FromString(keyText);
          st.memo.set(keyText, key);
        }
        Py_INCREF(key);
        let val: PyObject;
        try {
          idx = skipWs(s, afterKey);
          if (idx > endIdx || s.charCodeAt(idx) !== 0x3a) decodeError("Expecting ':' delimiter", st.doc, idx);
          idx = skipWs(s, idx + 1);
          val = scanOnce(st, idx);
        } catch (e) {
          Py_DECREF(key);
          throw e;
        }
        if (dict === null) {
          pairs.push(PyTuple_New([key, val]));
        } else {
          try {
            PyDict_SetItem(dict, key, val);
          } finally {
            Py_DECREF(key);
            Py_DECREF(val);
          }
        }
        idx = skipWs(s, st.next);
        if (idx <= endIdx && s.charCodeAt(idx) === 0x7d) break;
        if (idx > endIdx || s.charCodeAt(idx) !== 0x2c) decodeError("Expecting ',' delimiter", st.doc, idx);
        idx = skipWs(s, idx + 1);
      }
    }
  } catch (e) {
    for (const p of pairs) Py_DECREF(p);
    if (dict !== null) Py_DECREF(dict);
    throw e;
  }
  st.next = idx + 1;
  if (dict === null) {
    const list = PyList_New(pairs);
    try {
      return PyObject_CallOneArg(sc.object_pairs_hook, list);
    } finally {
      Py_DECREF(list);
    }
  }
  if (sc.object_hook !== Py_None) {
    try {
      return PyObject_CallOneArg(sc.object_hook, dict);
    } finally {
      Py_DECREF(dict);
    }
  }
  return dict;
}

function parseArray(st: ScanState, idx: number): PyObject {
  const s = st.s;
  const endIdx = s.length - 1;
  const items: PyObject[] = [];
  try {
    idx = skipWs(s, idx);
    if (idx > endIdx || s.charCodeAt(idx) !== 0x5d) {
      for (;;) {
        items.push(scanOnce(st, idx));
        idx = skipWs(s, st.next);
        if (idx <= endIdx && s.charCodeAt(idx) === 0x5d) break;
        if (idx > endIdx || s.charCodeAt(idx) !== 0x2c) decodeError("Expecting ',' delimiter", st.doc, idx);
        idx = skipWs(s, idx + 1);
      }
    }
  } catch (e) {
    for (const x of items) Py_DECREF(x);
    throw e;
  }
  st.next = idx + 1;
  return PyList_New(items);
}

function scanner_call(o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [docObj, idxObj] = parseArgs("scan_once", args, kwnames, { names: ["string", "idx"], required: 2 });
  const doc = docObj!;
  if (!(doc instanceof PyStr)) {
    raise(PyExc_TypeError, `first argument must be a string, not ${doc.ob_type.tp_name}`);
  }
  const idxCp = PyNumber_AsSsize_t(idxObj!, PyExc_OverflowError);
  if (idxCp < 0) raise(PyExc_ValueError, "idx cannot be negative");
  const st: ScanState = { sc: o as PyScanner, doc, s: doc.value, memo: new Map(), next: 0 };
  const unit =
    idxCp >= doc.length
      ? doc.value.length + (idxCp - doc.length)
      : doc.kind === 4
        ? cpToUnit(doc, idxCp)
        : idxCp;
  if (unit >= doc.value.length) {
    const v = PyInt_FromNumber(idxCp);
    let exc: PyObject;
    try {
      exc = PyObject_Call(PyExc_StopIteration, [v], null);
    } finally {
      Py_DECREF(v);
    }
    throw exc;
  }
  let value: PyObject;
  try {
    value = scanOnce(st, unit);
  } finally {
    for (const k of st.memo.values()) Py_DECREF(k);
  }
  const next = doc.kind === 4 ? unitToCp(doc, st.next) : st.next;
  return PyTuple_New([value, PyInt_FromNumber(next)]);
}

Scanner_Type.tp_new = scanner_new;
Scanner_Type.tp_call = scanner_call;
Scanner_Type.tp_dealloc = scanner_dealloc;
Scanner_Type.tp_traverse = scanner_traverse;
Scanner_Type.tp_clear = scanner_clear;
Scanner_Type.tp_getattro = PyObject_GenericGetAttr;
defineGetSets(Scanner_Type, [
  { name: "strict", get: (o) => PyBool_FromBool((o as PyScanner).strict), kind: "member", doc: "strict" },
  ...CTX_FIELDS.map((f) => ({
    name: f,
    get: (o: PyObject) => Py_NewRef((o as PyScanner)[f]),
    kind: "member" as const,
    doc: f,
  })),
]);

// ---------------------------------------------------------------------------------------------
// Encoder

class PyEncoder extends PyObject {
  markers: PyObject = Py_None;
  defaultfn: PyObject = Py_None;
  encoder: PyObject = Py_None;
  indent: PyObject = Py_None;
  key_separator: PyObject = Py_None;
  item_separator: PyObject = Py_None;
  sort_keys = false;
  skipkeys = false;
  allow_nan = true;
  fast: ((s: string) => string) | null = null;
}

const ENCODER_FIELDS = [
  "markers",
  "defaultfn",
  "encoder",
  "indent",
  "key_separator",
  "item_separator",
] as const;

const Encoder_Type = newStaticType({
  name: "_json.Encoder",
  flags: TypeFlag.HAVE_GC | TypeFlag.BASETYPE,
  basicsize: 80,
  doc: "_iterencode(obj, _current_indent_level) -> iterable",
});

function encoder_new(typeObj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const a = parseArgs("make_encoder", args, kwnames, {
    names: [
      "markers",
      "default",
      "encoder",
      "indent",
      "key_separator",
      "item_separator",
      "sort_keys",
      "skipkeys",
      "allow_nan",
    ],
    required: 9,
  });
  const markers = a[0]!;
  if (markers !== Py_None && !(markers instanceof PyDict)) {
    raise(PyExc_TypeError, `make_encoder() argument 1 must be dict or None, not ${markers.ob_type.tp_name}`);
  }
  for (const i of [4, 5]) {
    if (!(a[i] instanceof PyStr)) {
      raise(PyExc_TypeError, `make_encoder() argument ${i + 1} must be str, not ${argTypeName(a[i]!)}`);
    }
  }
  const flags = [a[6]!, a[7]!, a[8]!].map((x) => PyObject_IsTrue(x));
  const type = typeObj as PyType;
  const en = new PyEncoder(type);
  gcAlloc(en, type.tp_basicsize + 16);
  if (type.hasFlag(TypeFlag.HEAPTYPE)) Py_INCREF(type);
  en.markers = Py_NewRef(markers);
  en.defaultfn = Py_NewRef(a[1]!);
  en.encoder = Py_NewRef(a[2]!);
  en.indent = Py_NewRef(a[3]!);
  en.key_separator = Py_NewRef(a[4]!);
  en.item_separator = Py_NewRef(a[5]!);
  en.sort_keys = flags[0]!;
  en.skipkeys = flags[1]!;
  en.allow_nan = flags[2]!;
  const enc = en.encoder;
  if (enc instanceof PyCFunction) {
    if (enc.def.impl === py_encode_basestring_ascii) en.fast = escapeAscii;
    else if (enc.def.impl === py_encode_basestring) en.fast = escapeUnicode;
  }
  PyObject_GC_Track(en);
  return en;
}

function encoder_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  encoder_clear(o);
  gcFree(o);
}

function encoder_clear(o: PyObject): void {
  const en = o as PyEncoder;
  for (const f of ENCODER_FIELDS) {
    const v = en[f];
    en[f] = Py_None;
    if (v !== Py_None) Py_DECREF(v);
  }
}

function encoder_traverse(o: PyObject, visit: VisitProc): void {
  const en = o as PyEncoder;
  for (const f of ENCODER_FIELDS) visit(en[f]);
}

/**
 * What one encoding run needs. `py` selects the observable behaviour of CPython's pure-Python
 * encoder (json/encoder.py's `_make_iterencode`, the path taken with `indent`): subclasses of
 * list/tuple/dict are tested for emptiness by truth value and iterated through `__iter__` /
 * `items()`, lists are iterated live, and a non-finite float's message ends with its repr.
 */
interface EncodeRun {
  markers: PyObject;
  defaultfn: PyObject;
  encoder: PyObject;
  fast: ((s: string) => string) | null;
  sortKeys: boolean;
  skipKeys: boolean;
  allowNan: boolean;
  keySep: string;
  itemSep: string;
  /** Indentation unit (python mode only); null for no newlines. */
  unit: string | null;
  py: boolean;
  /** Whether the next nesting level goes uncounted (see enterNested). */
  uncountedLevel: boolean;
}

function encodeString(en: EncodeRun, s: PyStr): string {
  if (en.fast !== null) return en.fast(s.value);
  const r = PyObject_CallOneArg(en.encoder, s);
  try {
    if (!(r instanceof PyStr)) {
      raise(PyExc_TypeError, `encoder() must return a string, not ${r.ob_type.tp_name}`);
    }
    return r.value;
  } finally {
    Py_DECREF(r);
  }
}

function encodeFloat(en: EncodeRun, o: PyFloat): string {
  const x = o.value;
  if (!Number.isFinite(x)) {
    if (!en.allowNan) {
      let msg = "Out of range float values are not JSON compliant";
      if (en.py) {
        const r = PyObject_Repr(o);
        msg += `: ${r.value}`;
        Py_DECREF(r);
      }
      raise(PyExc_ValueError, msg);
    }
    return x > 0 ? "Infinity" : x < 0 ? "-Infinity" : "NaN";
  }
  return floatRepr(x);
}

/** Marks `o` as being encoded (circular reference check); returns the marker key or null. */
function markEnter(en: EncodeRun, o: PyObject): PyObject | null {
  const markers = en.markers;
  if (!(markers instanceof PyDict)) return null;
  const ident = PyInt_FromNumber(realAddress(o.ob_addr));
  try {
    if (PyDict_Contains(markers, ident)) raise(PyExc_ValueError, "Circular reference detected");
    PyDict_SetItem(markers, ident, o);
  } catch (e) {
    Py_DECREF(ident);
    throw e;
  }
  return ident;
}

function markLeave(en: EncodeRun, ident: PyObject | null): void {
  if (ident === null) return;
  try {
    PyDict_DelItem(en.markers as PyDict, ident);
  } finally {
    Py_DECREF(ident);
  }
}

/**
 * Counts one nesting level against the recursion limit; false when not counted. The Python
 * encoder's generator frames stand in for json.encoder.iterencode's, which has already
 * returned by the time they run: the outermost level is that frame's (python mode).
 */
function enterNested(en: EncodeRun): boolean {
  if (en.uncountedLevel) {
    en.uncountedLevel = false;
    return false;
  }
  Py_EnterRecursiveCall(en.py ? " while calling a Python object" : " while encoding a JSON object");
  return true;
}

function leaveNested(entered: boolean): void {
  if (entered) Py_LeaveRecursiveCall();
}

function encodeObj(en: EncodeRun, out: string[], o: PyObject, level: number): void {
  if (o === Py_None) out.push("null");
  else if (o === Py_True) out.push("true");
  else if (o === Py_False) out.push("false");
  else if (o instanceof PyStr) out.push(encodeString(en, o));
  else if (o instanceof PyInt) out.push(intToString(o));
  else if (o instanceof PyFloat) out.push(encodeFloat(en, o));
  else if (o instanceof PyList || o instanceof PyTuple) {
    const entered = enterNested(en);
    try {
      encodeList(en, out, o, level);
    } finally {
      leaveNested(entered);
    }
  } else if (o instanceof PyDict) {
    const entered = enterNested(en);
    try {
      encodeDict(en, out, o, level);
    } finally {
      leaveNested(entered);
    }
  } else {
    const ident = markEnter(en, o);
    try {
      const newobj = PyObject_CallOneArg(en.defaultfn, o);
      try {
        const entered = enterNested(en);
        try {
          encodeObj(en, out, newobj, level);
        } finally {
          leaveNested(entered);
        }
      } finally {
        Py_DECREF(newobj);
      }
    } catch (e) {
      if (ident !== null) Py_DECREF(ident);
      throw e;
    }
    markLeave(en, ident);
  }
}

function isExact(o: PyObject): boolean {
  const t = o.ob_type;
  return t === PyList_Type || t === PyTuple_Type || t === PyDict_Type;
}

/**
 * Encodes a list or tuple. Exact lists are walked live (items added by `default` are seen),
 * like both of CPython's encoders. Subclasses are iterated through `__iter__`: the C encoder
 * collects the items first (PySequence_Fast) and tests that for emptiness; the Python encoder
 * tests the object's truth value and iterates lazily.
 */
function encodeList(en: EncodeRun, out: string[], seq: PyList | PyTuple, level: number): void {
  const exact = isExact(seq);
  let collected: PyObject[] | null = null;
  if (!exact && !en.py) collected = iterateToArray(seq);
  try {
    const empty =
      collected !== null ? collected.length === 0 : exact ? seq.items.length === 0 : !PyObject_IsTrue(seq);
    if (empty) {
      out.push("[]");
      return;
    }
    const ident = markEnter(en, seq);
    try {
      out.push("[");
      let sep = en.itemSep;
      if (en.unit !== null) {
        level++;
        const newline = `\n${en.unit.repeat(level)}`;
        sep += newline;
        out.push(newline);
      }
      if (collected !== null) {
        for (let i = 0; i < collected.length; i++) {
          if (i > 0) out.push(sep);
          encodeObj(en, out, collected[i]!, level);
        }
      } else if (exact) {
        for (let i = 0; i < seq.items.length; i++) {
          if (i > 0) out.push(sep);
          const x = Py_NewRef(seq.items[i]!);
          try {
            encodeObj(en, out, x, level);
          } finally {
            Py_DECREF(x);
          }
        }
      } else {
        const it = PyObject_GetIter(seq);
        try {
          for (let i = 0; ; i++) {
            const x = PyIter_Next(it);
            if (x === null) break;
            if (i > 0) out.push(sep);
            try {
              encodeObj(en, out, x, level);
            } finally {
              Py_DECREF(x);
            }
          }
        } finally {
          Py_DECREF(it);
        }
      }
      if (en.unit !== null) out.push(`\n${en.unit.repeat(level - 1)}`);
      out.push("]");
    } catch (e) {
      Py_XDECREF(ident);
      throw e;
    }
    markLeave(en, ident);
  } finally {
    if (collected !== null) for (const x of collected) Py_DECREF(x);
  }
}

function isEmpty(en: EncodeRun, d: PyDict): boolean {
  if (en.py && !isExact(d)) return !PyObject_IsTrue(d);
  return PyDict_Size(d) === 0;
}

/** Unpacks `for key, value in items` (python mode) or checks for a 2-tuple (C mode), then calls `each`. */
function withPair(en: EncodeRun, item: PyObject, each: (k: PyObject, v: PyObject) => void): void {
  if (item instanceof PyTuple && item.items.length === 2) {
    each(item.items[0]!, item.items[1]!);
    return;
  }
  if (!en.py) raise(PyExc_ValueError, "items must return 2-tuples");
  if (item.ob_type.tp_iter === null && item.ob_type.sq_item === null) {
    raise(PyExc_TypeError, `cannot unpack non-iterable ${item.ob_type.tp_name} object`);
  }
  const parts = PyTuple_New(iterateToArray(item));
  try {
    const n = parts.items.length;
    if (n < 2) raise(PyExc_ValueError, `not enough values to unpack (expected 2, got ${n})`);
    if (n > 2) raise(PyExc_ValueError, "too many values to unpack (expected 2)");
    each(parts.items[0]!, parts.items[1]!);
  } finally {
    Py_DECREF(parts);
  }
}

/** The text of a dict key, or null to skip it. */
function keyText(en: EncodeRun, key: PyObject): string | null {
  if (key instanceof PyStr) return encodeString(en, key);
  let text: string;
  if (key instanceof PyFloat) text = encodeFloat(en, key);
  else if (key === Py_True) text = "true";
  else if (key === Py_False) text = "false";
  else if (key === Py_None) text = "null";
  else if (key instanceof PyInt) text = intToString(key);
  else if (en.skipKeys) return null;
  else {
    raise(
      PyExc_TypeError,
      `keys must be str, int, float, bool or None, not ${key.ob_type.tp_name.slice(0, 100)}`,
    );
  }
  if (en.fast !== null) return en.fast(text);
  const ks = PyStr_FromString(text);
  try {
    return encodeString(en, ks);
  } finally {
    Py_DECREF(ks);
  }
}

/**
 * Calls `each` on every (key, value) of the mapping: `dict.items()` (called as a method on
 * subclasses), sorted as tuples when sort_keys is set. An exact dict not being sorted is
 * walked without building item tuples.
 */
function forEachPair(en: EncodeRun, d: PyDict, each: (k: PyObject, v: PyObject) => void): void {
  const exact = isExact(d);
  if (exact && !en.sortKeys) {
    // The entries as they are now, keys and values alternating in one array (a [key, value]
    // array per entry was most of this function's cost).
    const pairs = dictItemsFlat(d);
    const size = PyDict_Size(d);
    for (let i = 0; i < pairs.length; i++) Py_INCREF(pairs[i]!);
    try {
      for (let i = 0; i < pairs.length; i += 2) {
        if (en.py && PyDict_Size(d) !== size)
          raise(PyExc_RuntimeError, "dictionary changed size during iteration");
        each(pairs[i]!, pairs[i + 1]!);
      }
    } finally {
      for (let i = 0; i < pairs.length; i++) Py_DECREF(pairs[i]!);
    }
    return;
  }
  let items: PyObject[];
  if (exact) items = dictItems(d).map(([k, v]) => PyTuple_New([Py_NewRef(k), Py_NewRef(v)]));
  else {
    const view = PyObject_CallMethod(d, "items", []);
    try {
      if (en.py && !en.sortKeys) {
        const it = PyObject_GetIter(view);
        try {
          for (;;) {
            const item = PyIter_Next(it);
            if (item === null) return;
            try {
              withPair(en, item, each);
            } finally {
              Py_DECREF(item);
            }
          }
        } finally {
          Py_DECREF(it);
        }
      }
      items = iterateToArray(view);
    } finally {
      Py_DECREF(view);
    }
  }
  if (en.sortKeys) {
    const l = PyList_New(items);
    try {
      PyList_Sort(l);
      items = l.items.slice();
      for (const x of items) Py_INCREF(x);
    } finally {
      Py_DECREF(l);
    }
  }
  try {
    for (const item of items) withPair(en, item, each);
  } finally {
    for (const x of items) Py_DECREF(x);
  }
}

function encodeDict(en: EncodeRun, out: string[], d: PyDict, level: number): void {
  if (isEmpty(en, d)) {
    out.push("{}");
    return;
  }
  const ident = markEnter(en, d);
  try {
    out.push("{");
    let sep = en.itemSep;
    if (en.unit !== null) {
      level++;
      const newline = `\n${en.unit.repeat(level)}`;
      sep += newline;
      out.push(newline);
    }
    let first = true;
    forEachPair(en, d, (key, value) => {
      const kstr = keyText(en, key);
      if (kstr === null) return;
      if (!first) out.push(sep);
      first = false;
      out.push(kstr);
      out.push(en.keySep);
      encodeObj(en, out, value, level);
    });
    if (en.unit !== null) out.push(`\n${en.unit.repeat(level - 1)}`);
    out.push("}");
  } catch (e) {
    Py_XDECREF(ident);
    throw e;
  }
  markLeave(en, ident);
}

function encoder_call(o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [obj, levelObj] = parseArgs("_iterencode", args, kwnames, {
    names: ["obj", "_current_indent_level"],
    required: 2,
  });
  const level = PyNumber_AsSsize_t(levelObj!, PyExc_OverflowError);
  const en = o as PyEncoder;
  const run: EncodeRun = {
    markers: en.markers,
    defaultfn: en.defaultfn,
    encoder: en.encoder,
    fast: en.fast,
    sortKeys: en.sort_keys,
    skipKeys: en.skipkeys,
    allowNan: en.allow_nan,
    keySep: (en.key_separator as PyStr).value,
    itemSep: (en.item_separator as PyStr).value,
    unit: null,
    py: false,
    uncountedLevel: false,
  };
  const out: string[] = [];
  encodeObj(run, out, obj!, level);
  return PyList_New([PyStr_FromString(out.join(""))]);
}

/**
 * The index of the first character at or after `index` of `text` that is not JSON whitespace
 * (what json.decoder's WHITESPACE.match(text, index).end() gives, with that regex's TypeErrors
 * for a non-str): json.decoder's decode skips the whitespace around a document with it.
 */
export function py_skip_ws(_self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [text, indexObj] = parseArgs("skip_ws", args, kwnames, { names: ["text", "index"], required: 2 });
  if (!(text instanceof PyStr)) {
    if (bufferBytes(text!) !== null)
      raise(PyExc_TypeError, "cannot use a string pattern on a bytes-like object");
    raise(PyExc_TypeError, `expected string or bytes-like object, got '${text!.ob_type.tp_name}'`);
  }
  const index = PyNumber_AsSsize_t(indexObj!, PyExc_OverflowError);
  const value = text.value;
  const n = value.length;
  let u = text.kind === 4 ? cpToUnit(text, index) : index;
  while (u < n) {
    const c = value.charCodeAt(u);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
    u++;
  }
  if (u === index) return Py_NewRef(indexObj!);
  return PyInt_FromNumber(text.kind === 4 ? unitToCp(text, u) : u);
}

/**
 * One-shot encoding with the pure-Python encoder's observable behaviour (used by
 * json.encoder for `indent`); arguments as `_make_iterencode`'s, the indent already a str.
 */
export function py_encode_pretty(
  _self: PyObject | null,
  args: PyObject[],
  kwnames: string[] | null,
): PyObject {
  const a = parseArgs("encode_pretty", args, kwnames, {
    names: [
      "obj",
      "markers",
      "default",
      "encoder",
      "indent",
      "key_separator",
      "item_separator",
      "sort_keys",
      "skipkeys",
      "allow_nan",
    ],
    required: 10,
  });
  const strArg = (i: number): string => {
    const v = a[i]!;
    if (!(v instanceof PyStr))
      raise(PyExc_TypeError, `encode_pretty() argument ${i + 1} must be str, not ${argTypeName(v)}`);
    return v.value;
  };
  const markers = a[1]!;
  if (markers !== Py_None && !(markers instanceof PyDict)) {
    raise(PyExc_TypeError, `encode_pretty() argument 2 must be dict or None, not ${markers.ob_type.tp_name}`);
  }
  const enc = a[3]!;
  let fast: ((s: string) => string) | null = null;
  if (enc instanceof PyCFunction) {
    if (enc.def.impl === py_encode_basestring_ascii) fast = escapeAscii;
    else if (enc.def.impl === py_encode_basestring) fast = escapeUnicode;
  }
  // The pure-Python encoder joins whatever the escape function returns; only the builtin
  // escapers are certain to give str, so anything else stays on that path.
  if (fast === null) raise(PyExc_TypeError, "encode_pretty() needs a builtin string escaper");
  const run: EncodeRun = {
    markers,
    defaultfn: a[2]!,
    encoder: enc,
    fast,
    unit: a[4] === Py_None ? null : strArg(4),
    keySep: strArg(5),
    itemSep: strArg(6),
    sortKeys: PyObject_IsTrue(a[7]!),
    skipKeys: PyObject_IsTrue(a[8]!),
    allowNan: PyObject_IsTrue(a[9]!),
    py: true,
    uncountedLevel: true,
  };
  const out: string[] = [];
  encodeObj(run, out, a[0]!, 0);
  return PyStr_FromString(out.join(""));
}

Encoder_Type.tp_new = encoder_new;
Encoder_Type.tp_call = encoder_call;
Encoder_Type.tp_dealloc = encoder_dealloc;
Encoder_Type.tp_traverse = encoder_traverse;
Encoder_Type.tp_clear = encoder_clear;
Encoder_Type.tp_getattro = PyObject_GenericGetAttr;
defineGetSets(Encoder_Type, [
  ...(["markers", "default", "encoder", "indent", "key_separator", "item_separator"] as const).map((f) => ({
    name: f,
    get: (o: PyObject) => Py_NewRef((o as PyEncoder)[f === "default" ? "defaultfn" : f]),
    kind: "member" as const,
    doc: f,
  })),
  {
    name: "sort_keys",
    get: (o) => PyBool_FromBool((o as PyEncoder).sort_keys),
    kind: "member",
    doc: "sort_keys",
  },
  {
    name: "skipkeys",
    get: (o) => PyBool_FromBool((o as PyEncoder).skipkeys),
    kind: "member",
    doc: "skipkeys",
  },
]);

// ---------------------------------------------------------------------------------------------
// the module

const FUNCTIONS: MethodDef[] = [
  {
    name: "encode_basestring_ascii",
    impl: py_encode_basestring_ascii,
    doc: "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string",
  },
  {
    name: "encode_basestring",
    impl: py_encode_basestring,
    doc: "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string",
  },
  {
    name: "scanstring",
    impl: py_scanstring,
    doc:
      "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string. End is the index of the\n" +
      "character in s after the quote that started the JSON string.\nUnescapes all valid JSON string escape sequences and raises ValueError\n" +
      "on attempt to decode an invalid string. If strict is False then literal\ncontrol characters are allowed in the string.\n\n" +
      "Returns a tuple of the decoded string and the index of the character in s\nafter the end quote.",
  },
];

function createJsonModule(): PyModule {
  const m = PyModule_New("_json");
  PyModule_AddFunctions(m, FUNCTIONS);
  PyModule_AddObjectRef(m, "make_scanner", Scanner_Type);
  PyModule_AddObjectRef(m, "make_encoder", Encoder_Type);
  const doc = PyStr_FromString("json speedups\n");
  PyModule_AddObjectRef(m, "__doc__", doc);
  Py_DECREF(doc);
  return m;
}

export function registerJsonModule(): void {
  registerBuiltinModule("_json", createJsonModule);
}
