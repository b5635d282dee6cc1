/**
 * The text codecs behind str.encode / bytes.decode / str(b, encoding) (CPython's
 * Objects/unicodeobject.c codecs and Python/codecs.c error handlers): utf-8, utf-8-sig, ascii,
 * latin-1, utf-16 and utf-32 (with BOM or explicit byte order), unicode_escape and
 * raw_unicode_escape, with the error handlers strict, ignore, replace, backslashreplace,
 * xmlcharrefreplace, surrogateescape and surrogatepass, plus handlers registered from Python
 * (codecs.register_error), and CPython's UnicodeEncodeError/UnicodeDecodeError ranges and
 * reasons ("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte").
 *
 * Positions in errors are code point indices for str and byte offsets for bytes.
 */
import { lookupUnicodeName } from "../parser/unicode_names.js";
import { PyObject_Call } from "./abstract.js";
import { PyBytes, PyBytes_FromBytes } from "./bytes.js";
import {
  type PyBaseException,
  PyExc_IndexError,
  PyExc_LookupError,
  PyExc_TypeError,
  PyExc_UnicodeDecodeError,
  PyExc_UnicodeEncodeError,
  raise,
} from "./exceptions.js";
import { PyInt, PyInt_FromNumber } from "./int.js";
import { Py_DECREF, type PyObject } from "./object.js";
import { PyStr, PyStr_FromString } from "./str.js";
import { PyTuple } from "./tuple.js";

// ---------------------------------------------------------------------------------------------
// Encoding names

/** Normalised alias → canonical codec name (from CPython's Lib/encodings/aliases.py). */
export const ALIASES: Record<string, string> = {
  utf_8: "utf_8",
  utf8: "utf_8",
  u8: "utf_8",
  utf: "utf_8",
  utf8_ucs2: "utf_8",
  utf8_ucs4: "utf_8",
  cp65001: "utf_8",
  utf_8_sig: "utf_8_sig",
  ascii: "ascii",
  "646": "ascii",
  "ansi_x3.4_1968": "ascii",
  ansi_x3_4_1968: "ascii",
  "ansi_x3.4_1986": "ascii",
  cp367: "ascii",
  csascii: "ascii",
  ibm367: "ascii",
  iso646_us: "ascii",
  "iso_646.irv_1991": "ascii",
  iso_ir_6: "ascii",
  us: "ascii",
  us_ascii: "ascii",
  latin_1: "latin_1",
  latin1: "latin_1",
  latin: "latin_1",
  l1: "latin_1",
  "8859": "latin_1",
  cp819: "latin_1",
  csisolatin1: "latin_1",
  ibm819: "latin_1",
  iso8859: "latin_1",
  iso8859_1: "latin_1",
  iso_8859_1: "latin_1",
  iso_8859_1_1987: "latin_1",
  iso_ir_100: "latin_1",
  utf_16: "utf_16",
  u16: "utf_16",
  utf16: "utf_16",
  utf_16_le: "utf_16_le",
  utf_16le: "utf_16_le",
  unicodelittleunmarked: "utf_16_le",
  utf_16_be: "utf_16_be",
  utf_16be: "utf_16_be",
  unicodebigunmarked: "utf_16_be",
  utf_32: "utf_32",
  u32: "utf_32",
  utf32: "utf_32",
  utf_32_le: "utf_32_le",
  utf_32le: "utf_32_le",
  utf_32_be: "utf_32_be",
  utf_32be: "utf_32_be",
  unicode_escape: "unicode_escape",
  raw_unicode_escape: "raw_unicode_escape",
};

/** Codecs that exist in CPython but are not text encodings (str.encode refuses them). */
const NON_TEXT: Record<string, string> = {
  // (the values are the codecs' canonical names; errors quote the name as given)
  base64: "base64",
  base64_codec: "base64",
  base_64: "base64",
  bz2: "bz2",
  bz2_codec: "bz2",
  hex: "hex",
  hex_codec: "hex",
  quopri: "quopri",
  quopri_codec: "quopri",
  quotedprintable: "quopri",
  quoted_printable: "quopri",
  rot13: "rot_13",
  rot_13: "rot_13",
  uu: "uu",
  uu_codec: "uu",
  zip: "zlib",
  zlib: "zlib",
  zlib_codec: "zlib",
};

/** encodings.normalize_encoding after lower-casing: punctuation runs become '_'. */
export function normalizeEncoding(name: string): string {
  let out = "";
  let punct = false;
  for (const ch of name.toLowerCase()) {
    const c = ch.charCodeAt(0);
    const alnum = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || ch === ".";
    if (alnum) {
      if (punct && out.length > 0) out += "_";
      out += ch;
      punct = false;
    } else if (c >= 128 && /[\p{L}\p{N}]/u.test(ch)) {
      punct = false; // non-ASCII alphanumerics are dropped, as normalize_encoding does
    } else punct = true;
  }
  return out;
}

/**
 * The 8-bit codecs written in Python (cp1252, cp437, koi8_r...: lib/_codecs.py's charmap codecs),
 * which the runtime reaches for names it does not implement itself; set by src/modules/_codecs_native.ts.
 */
export interface ExternalCodecs {
  /** A codec for `normalized` (`encoding` as given): an 8-bit table's name, or "@" + `encoding` for
   * one only the codec registry knows (registered by the program, or written in Python), when
   * `registry` allows asking it; null for none. */
  find(normalized: string, encoding: string, registry: boolean): string | null;
  encode(name: string, s: string, errors: string): Uint8Array;
  decode(name: string, data: Uint8Array, errors: string): string;
}
let externalCodecs: ExternalCodecs | null = null;
export function setExternalCodecs(codecs: ExternalCodecs): void {
  externalCodecs = codecs;
}

/**
 * The canonical codec name for `encoding`, or raises LookupError as codecs.lookup does.
 * `registry` false: only codecs the runtime implements (what the registry's own search asks).
 * `alternative`: what the message of a non-text codec suggests (default codecs.encode()/decode()).
 */
export function lookupCodec(
  encoding: string,
  forEncode: boolean,
  registry = true,
  alternative: string | null = null,
): string {
  // Fast path for the spellings CPython itself short-circuits.
  switch (encoding) {
    case "utf-8":
    case "utf8":
    case "UTF-8":
      return "utf_8";
    case "ascii":
      return "ascii";
    case "latin-1":
    case "latin1":
      return "latin_1";
  }
  const n = normalizeEncoding(encoding);
  const c = ALIASES[n];
  if (c !== undefined) return c;
  const nt = NON_TEXT[n];
  if (nt !== undefined) {
    raise(
      PyExc_LookupError,
      `'${encoding}' is not a text encoding; use ${alternative ?? `codecs.${forEncode ? "encode" : "decode"}()`} to handle arbitrary codecs`,
    );
  }
  const external = externalCodecs?.find(n, encoding, registry) ?? null;
  if (external !== null) return `charmap:${external}`;
  raise(PyExc_LookupError, `unknown encoding: ${encoding}`);
}

// ---------------------------------------------------------------------------------------------
// Error handlers

const BUILTIN_HANDLERS = new Set([
  "strict",
  "ignore",
  "replace",
  "backslashreplace",
  "xmlcharrefreplace",
  "namereplace",
  "surrogateescape",
  "surrogatepass",
]);

/** Handlers registered with codecs.register_error (name → callable). Owned references. */
export const customErrorHandlers = new Map<string, PyObject>();

function checkHandler(errors: string): void {
  if (!BUILTIN_HANDLERS.has(errors) && !customErrorHandlers.has(errors)) {
    raise(PyExc_LookupError, `unknown error handler name '${errors}'`);
  }
}

function makeException(
  type: typeof PyExc_UnicodeDecodeError,
  enc: string,
  obj: PyObject,
  start: number,
  end: number,
  reason: string,
): PyBaseException {
  const args = [
    PyStr_FromString(enc),
    obj,
    PyInt_FromNumber(start),
    PyInt_FromNumber(end),
    PyStr_FromString(reason),
  ];
  try {
    return PyObject_Call(type, args, null) as PyBaseException;
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

/** Calls a Python error handler: returns [replacement, newpos]. */
function callCustomHandler(errors: string, exc: PyBaseException, length: number): [PyObject, number] {
  const handler = customErrorHandlers.get(errors)!;
  const r = PyObject_Call(handler, [exc], null);
  try {
    if (!(r instanceof PyTuple) || r.items.length !== 2 || !(r.items[1] instanceof PyInt)) {
      const what = exc.ob_type === PyExc_UnicodeDecodeError ? "decoding" : "encoding";
      raise(PyExc_TypeError, `${what} error handler must return (str/bytes, int) tuple`);
    }
    let pos = Number((r.items[1] as PyInt).value);
    if (pos < 0) pos += length;
    if (pos < 0 || pos > length) raise(PyExc_IndexError, `position ${pos} from error handler out of bounds`);
    const rep = r.items[0]!;
    rep.ob_refcnt++;
    return [rep, pos];
  } finally {
    Py_DECREF(r);
  }
}

// ---------------------------------------------------------------------------------------------
// Byte writer

class ByteWriter {
  buf: Uint8Array;
  n = 0;
  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(16, capacity));
  }
  ensure(extra: number): void {
    if (this.n + extra > this.buf.length) {
      const nb = new Uint8Array(Math.max(this.buf.length * 2, this.n + extra));
      nb.set(this.buf.subarray(0, this.n));
      this.buf = nb;
    }
  }
  byte(b: number): void {
    if (this.n >= this.buf.length) this.ensure(1);
    this.buf[this.n++] = b;
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.n);
    this.n += b.length;
  }
  ascii(s: string): void {
    this.ensure(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.n++] = s.charCodeAt(i);
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

// ---------------------------------------------------------------------------------------------
// Encoding

type CharEncoder = (w: ByteWriter, cp: number) => boolean; // false = cannot encode

interface EncodeInfo {
  name: string; // as reported in errors: 'utf-8', 'ascii', 'latin-1', 'utf-16-le'...
  reason: string;
  /** Extent of an error run: CPython groups consecutive unencodable characters (utf-8, ascii, latin-1). */
  runs: boolean;
  canEncode: (cp: number) => boolean;
  encodeChar: CharEncoder;
  /** Bytes for a surrogate under surrogatepass (null: not a utf codec). */
  surrogatePass: ((w: ByteWriter, cp: number) => void) | null;
  /** Code unit size: bytes from an error handler must be a whole number of units (utf-16/32). */
  unit: number;
}

function hexN(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

/**
 * A code point's Unicode name, or null. The database lives in src/modules/unicodedata.ts, which
 * registers its lookup here when the runtime starts (as CPython's codecs reach unicodedata through
 * _PyUnicode_Name_CAPI), so the "namereplace" handler needs no import.
 */
let characterName: (cp: number) => string | null = () => null;

export function setCharacterNameLookup(lookup: (cp: number) => string | null): void {
  characterName = lookup;
}

function backslashEscape(cp: number): string {
  if (cp < 0x100) return "\\x" + hexN(cp, 2);
  if (cp < 0x10000) return "\\u" + hexN(cp, 4);
  return "\\U" + hexN(cp, 8);
}

function encodeWith(
  s: string,
  info: EncodeInfo,
  errors: string,
  source: PyStr | null,
  prefix: number[] | null,
): Uint8Array {
  const w = new ByteWriter(s.length + 8);
  if (prefix !== null) for (const b of prefix) w.byte(b);
  // Code points (astral characters are one element).
  const cps: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c & 0xfc00) === 0xd800 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      cps.push(s.codePointAt(i)!);
      i++;
    } else cps.push(c);
  }
  const n = cps.length;
  let i = 0;
  while (i < n) {
    const cp = cps[i]!;
    if (info.canEncode(cp)) {
      info.encodeChar(w, cp);
      i++;
      continue;
    }
    let end = i + 1;
    if (info.runs) while (end < n && !info.canEncode(cps[end]!)) end++;
    const start = i;
    const raiseIt = (st: number, en: number): never => {
      const obj = source ?? PyStr_FromString(s);
      try {
        throw makeException(PyExc_UnicodeEncodeError, info.name, obj, st, en, info.reason);
      } finally {
        if (source === null) Py_DECREF(obj);
      }
    };
    // CPython's encoders have no "namereplace" of their own: they call the registered handler,
    // the built-in one unless codecs.register_error replaced it (then the default case calls it)
    switch (errors === "namereplace" && customErrorHandlers.has(errors) ? "" : errors) {
      case "strict":
        raiseIt(start, end);
        break;
      case "ignore":
        i = end;
        continue;
      case "replace":
        for (let k = start; k < end; k++) info.encodeChar(w, 63);
        i = end;
        continue;
      case "backslashreplace":
        for (let k = start; k < end; k++)
          for (const ch of backslashEscape(cps[k]!)) info.encodeChar(w, ch.charCodeAt(0));
        i = end;
        continue;
      case "xmlcharrefreplace":
        for (let k = start; k < end; k++)
          for (const ch of `&#${cps[k]!};`) info.encodeChar(w, ch.charCodeAt(0));
        i = end;
        continue;
      case "namereplace":
        for (let k = start; k < end; k++) {
          const name = characterName(cps[k]!);
          const text = name === null ? backslashEscape(cps[k]!) : `\\N{${name}}`;
          for (let j = 0; j < text.length; j++) info.encodeChar(w, text.charCodeAt(j));
        }
        i = end;
        continue;
      case "surrogateescape": {
        let k = start;
        if (info.unit > 1) {
          // One byte per character: not a whole utf-16/32 code unit.
          if (cps[k]! >= 0xdc80 && cps[k]! <= 0xdcff) raiseIt(start, start + 1);
          raiseIt(start, end);
        }
        while (k < end && cps[k]! >= 0xdc80 && cps[k]! <= 0xdcff) w.byte(cps[k++]! & 0xff);
        if (k >= end) {
          i = end;
          continue;
        }
        raiseIt(k, end);
        break;
      }
      case "surrogatepass": {
        if (info.surrogatePass !== null) {
          let k = start;
          while (k < end && cps[k]! >= 0xd800 && cps[k]! < 0xe000) info.surrogatePass(w, cps[k++]!);
          if (k > start) {
            i = k;
            continue;
          }
        }
        raiseIt(start, end);
        break;
      }
      default: {
        checkHandler(errors);
        const obj = source ?? PyStr_FromString(s);
        const exc = makeException(PyExc_UnicodeEncodeError, info.name, obj, start, end, info.reason);
        if (source === null) Py_DECREF(obj);
        let rep: PyObject;
        let pos: number;
        try {
          [rep, pos] = callCustomHandler(errors, exc, n);
        } finally {
          Py_DECREF(exc);
        }
        try {
          if (rep instanceof PyBytes) {
            if (rep.value.length % info.unit !== 0) raiseIt(start, start + 1);
            w.bytes(rep.value);
          } else if (rep instanceof PyStr) {
            for (const ch of rep.value) {
              const c = ch.codePointAt(0)!;
              if (!info.canEncode(c)) raiseIt(start, end);
              info.encodeChar(w, c);
            }
          } else {
            raise(PyExc_TypeError, "encoding error handler must return (str/bytes, int) tuple");
          }
        } finally {
          Py_DECREF(rep);
        }
        i = pos;
      }
    }
  }
  return w.result();
}

const isSurrogate = (cp: number) => cp >= 0xd800 && cp < 0xe000;

function utf8Char(w: ByteWriter, cp: number): boolean {
  if (cp < 0x80) w.byte(cp);
  else if (cp < 0x800) {
    w.byte(0xc0 | (cp >> 6));
    w.byte(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    w.byte(0xe0 | (cp >> 12));
    w.byte(0x80 | ((cp >> 6) & 0x3f));
    w.byte(0x80 | (cp & 0x3f));
  } else {
    w.byte(0xf0 | (cp >> 18));
    w.byte(0x80 | ((cp >> 12) & 0x3f));
    w.byte(0x80 | ((cp >> 6) & 0x3f));
    w.byte(0x80 | (cp & 0x3f));
  }
  return true;
}

const UTF8_ENCODE: EncodeInfo = {
  name: "utf-8",
  reason: "surrogates not allowed",
  runs: true,
  canEncode: (cp) => !isSurrogate(cp),
  encodeChar: utf8Char,
  surrogatePass: utf8Char,
  unit: 1,
};

function singleByte(name: string, limit: number): EncodeInfo {
  return {
    name,
    reason: `ordinal not in range(${limit})`,
    runs: true,
    canEncode: (cp) => cp < limit,
    encodeChar: (w, cp) => {
      w.byte(cp);
      return true;
    },
    surrogatePass: null,
    unit: 1,
  };
}

const ASCII_ENCODE = singleByte("ascii", 128);
const LATIN1_ENCODE = singleByte("latin-1", 256);

function utf16Info(le: boolean, name: string): EncodeInfo {
  const unit = (w: ByteWriter, u: number) => {
    if (le) {
      w.byte(u & 0xff);
      w.byte(u >> 8);
    } else {
      w.byte(u >> 8);
      w.byte(u & 0xff);
    }
  };
  return {
    name,
    reason: "surrogates not allowed",
    runs: false,
    canEncode: (cp) => !isSurrogate(cp),
    encodeChar: (w, cp) => {
      if (cp >= 0x10000) {
        const v = cp - 0x10000;
        unit(w, 0xd800 | (v >> 10));
        unit(w, 0xdc00 | (v & 0x3ff));
      } else unit(w, cp);
      return true;
    },
    surrogatePass: unit,
    unit: 2,
  };
}

function utf32Info(le: boolean, name: string): EncodeInfo {
  const put = (w: ByteWriter, cp: number) => {
    if (le) {
      w.byte(cp & 0xff);
      w.byte((cp >> 8) & 0xff);
      w.byte(cp >> 16);
      w.byte(0);
    } else {
      w.byte(0);
      w.byte(cp >> 16);
      w.byte((cp >> 8) & 0xff);
      w.byte(cp & 0xff);
    }
  };
  return {
    name,
    reason: "surrogates not allowed",
    runs: false,
    canEncode: (cp) => !isSurrogate(cp),
    encodeChar: (w, cp) => {
      put(w, cp);
      return true;
    },
    surrogatePass: put,
    unit: 4,
  };
}

const UTF16 = utf16Info(true, "utf-16");
const UTF16LE = utf16Info(true, "utf-16-le");
const UTF16BE = utf16Info(false, "utf-16-be");
const UTF32 = utf32Info(true, "utf-32");
const UTF32LE = utf32Info(true, "utf-32-le");
const UTF32BE = utf32Info(false, "utf-32-be");

const textEncoder = new TextEncoder();

function isWellFormed(s: string): boolean {
  const f = (s as { isWellFormed?: () => boolean }).isWellFormed;
  if (f !== undefined) return f.call(s);
  return (
    !/[\ud800-\udfff]/.test(s) ||
    !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s)
  );
}

/**
 * str.encode(encoding, errors). `source` is the str reported by UnicodeEncodeError (its `object`).
 */
export function encodeString(s: string, encoding: string, errors: string, source: PyStr | null): Uint8Array {
  const codec = lookupCodec(encoding, true);
  switch (codec) {
    case "utf_8":
    case "utf_8_sig": {
      const bom = codec === "utf_8_sig";
      // a str knows whether it holds a lone surrogate: no scan of its text then
      if (source !== null && source.value === s ? !source.lone : isWellFormed(s)) {
        const b = textEncoder.encode(s);
        if (!bom) return b;
        const out = new Uint8Array(b.length + 3);
        out.set([0xef, 0xbb, 0xbf]);
        out.set(b, 3);
        return out;
      }
      return encodeWith(s, UTF8_ENCODE, errors, source, bom ? [0xef, 0xbb, 0xbf] : null);
    }
    case "ascii":
    case "latin_1": {
      // the str knows it is ASCII / latin-1: every char is encodable, no scan
      if (source !== null && source.value === s && (codec === "ascii" ? source.ascii : source.kind === 1))
        return latin1Bytes(s);
      const limit = codec === "ascii" ? 128 : 256;
      const out = new Uint8Array(s.length);
      let i = 0;
      for (; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= limit) break;
        out[i] = c;
      }
      if (i === s.length) return out;
      return encodeWith(s, codec === "ascii" ? ASCII_ENCODE : LATIN1_ENCODE, errors, source, null);
    }
    case "utf_16":
      return encodeWith(s, UTF16, errors, source, [0xff, 0xfe]);
    case "utf_16_le":
      return encodeWith(s, UTF16LE, errors, source, null);
    case "utf_16_be":
      return encodeWith(s, UTF16BE, errors, source, null);
    case "utf_32":
      return encodeWith(s, UTF32, errors, source, [0xff, 0xfe, 0, 0]);
    case "utf_32_le":
      return encodeWith(s, UTF32LE, errors, source, null);
    case "utf_32_be":
      return encodeWith(s, UTF32BE, errors, source, null);
    case "unicode_escape":
      return latin1Bytes(unicodeEscape(s, false));
    case "raw_unicode_escape":
      return latin1Bytes(unicodeEscape(s, true));
  }
  if (codec.startsWith("charmap:")) return externalCodecs!.encode(codec.slice(8), s, errors);
  raise(PyExc_LookupError, `unknown encoding: ${encoding}`);
}

/** unicode_escape / raw_unicode_escape encoding (the result is ASCII, or latin-1 for raw). */
function unicodeEscape(s: string, raw: boolean): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (raw) {
      out += c < 0x100 ? ch : backslashEscape(c);
      continue;
    }
    if (c === 0x5c) out += "\\\\";
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += backslashEscape(c);
    else out += ch;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Decoding

/** A decoding error: the codec reports [start, end) and a reason. */
interface DecodeState {
  data: Uint8Array;
  encoding: string;
  errors: string;
  out: string[];
}

/**
 * Applies the error handler to the error at [start, end). Returns the position to resume at.
 * `surrogatePass` decodes a surrogate encoded at `start` for this codec (returns [cp, length] or null).
 */
function decodeError(
  st: DecodeState,
  start: number,
  end: number,
  reason: string,
  surrogatePass: ((data: Uint8Array, pos: number) => [number, number] | null) | null,
): number {
  const { data, errors, out } = st;
  const fail = (): never => {
    const obj = PyBytes_FromBytes(data.slice());
    try {
      throw makeException(PyExc_UnicodeDecodeError, st.encoding, obj, start, end, reason);
    } finally {
      Py_DECREF(obj);
    }
  };
  switch (errors) {
    case "strict":
      return fail();
    case "ignore":
      return end;
    case "replace":
      out.push("\ufffd");
      return end;
    case "backslashreplace": {
      let r = "";
      for (let k = start; k < end; k++) r += "\\x" + hexN(data[k]!, 2);
      out.push(r);
      return end;
    }
    case "surrogateescape": {
      let consumed = 0;
      let r = "";
      while (consumed < 4 && consumed < end - start) {
        const b = data[start + consumed]!;
        if (b < 128) break;
        r += String.fromCharCode(0xdc00 + b);
        consumed++;
      }
      if (consumed === 0) return fail();
      out.push(r);
      return start + consumed;
    }
    case "surrogatepass": {
      const r = surrogatePass === null ? null : surrogatePass(data, start);
      if (r === null) return fail();
      out.push(String.fromCharCode(r[0]));
      return start + r[1];
    }
    case "xmlcharrefreplace":
    case "namereplace":
      raise(PyExc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
  }
  checkHandler(errors);
  const obj = PyBytes_FromBytes(data.slice());
  const exc = makeException(PyExc_UnicodeDecodeError, st.encoding, obj, start, end, reason);
  Py_DECREF(obj);
  let rep: PyObject;
  let pos: number;
  try {
    [rep, pos] = callCustomHandler(errors, exc, data.length);
  } finally {
    Py_DECREF(exc);
  }
  try {
    if (!(rep instanceof PyStr))
      raise(PyExc_TypeError, "decoding error handler must return (str, int) tuple");
    out.push(rep.value);
  } finally {
    Py_DECREF(rep);
  }
  return pos;
}

const utf8Decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function isCont(b: number): boolean {
  return (b & 0xc0) === 0x80;
}

/**
 * Decodes one UTF-8 sequence at `p` as CPython's stringlib utf8_decode: returns the code point
 * (>= 0), or -1 "unexpected end of data", -2 invalid start byte, -3/-4/-5 invalid continuation
 * byte at p+1/p+2/p+3 (error length 1/2/3). `utf8Len` receives the sequence length.
 */
let utf8Len = 0;
function utf8At(d: Uint8Array, p: number, end: number): number {
  const ch = d[p]!;
  if (ch < 0x80) {
    utf8Len = 1;
    return ch;
  }
  const avail = end - p;
  if (ch < 0xe0) {
    if (ch < 0xc2) return -2;
    if (avail < 2) return -1;
    if (!isCont(d[p + 1]!)) return -3;
    utf8Len = 2;
    return ((ch & 0x1f) << 6) | (d[p + 1]! & 0x3f);
  }
  if (ch < 0xf0) {
    if (avail < 3) {
      if (avail < 2) return -1;
      const c2 = d[p + 1]!;
      if (!isCont(c2) || (c2 < 0xa0 ? ch === 0xe0 : ch === 0xed)) return -3;
      return -1;
    }
    const c2 = d[p + 1]!;
    const c3 = d[p + 2]!;
    if (!isCont(c2)) return -3;
    if (ch === 0xe0 ? c2 < 0xa0 : ch === 0xed && c2 >= 0xa0) return -3;
    if (!isCont(c3)) return -4;
    utf8Len = 3;
    return ((ch & 0x0f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f);
  }
  if (ch < 0xf5) {
    if (avail < 4) {
      if (avail < 2) return -1;
      const c2 = d[p + 1]!;
      if (!isCont(c2) || (c2 < 0x90 ? ch === 0xf0 : ch === 0xf4)) return -3;
      if (avail < 3) return -1;
      if (!isCont(d[p + 2]!)) return -4;
      return -1;
    }
    const c2 = d[p + 1]!;
    const c3 = d[p + 2]!;
    const c4 = d[p + 3]!;
    if (!isCont(c2)) return -3;
    if (ch === 0xf0 ? c2 < 0x90 : ch === 0xf4 && c2 >= 0x90) return -3;
    if (!isCont(c3)) return -4;
    if (!isCont(c4)) return -5;
    utf8Len = 4;
    return ((ch & 0x07) << 18) | ((c2 & 0x3f) << 12) | ((c3 & 0x3f) << 6) | (c4 & 0x3f);
  }
  return -2;
}

function utf8SurrogatePass(d: Uint8Array, p: number): [number, number] | null {
  if (p + 3 <= d.length && d[p] === 0xed && (d[p + 1]! & 0xe0) === 0xa0 && isCont(d[p + 2]!)) {
    return [0xd000 | ((d[p + 1]! & 0x3f) << 6) | (d[p + 2]! & 0x3f), 3];
  }
  return null;
}

/**
 * Node's Buffer, when the host is Node: its latin-1 decoder copies the bytes into a one-byte
 * string directly, 13x faster than String.fromCharCode over chunks (10 MB: 12 ms vs 150 ms).
 * A browser has none and takes the chunked path.
 */
const nodeBuffer = (
  globalThis as {
    Buffer?: {
      from(b: ArrayBufferLike, offset: number, length: number): { toString(enc: "latin1"): string };
      from(s: string, enc: "latin1"): Uint8Array;
    };
  }
).Buffer;

/**
 * The bytes of a string whose chars are all below 256, one per char: through Node's Buffer for
 * a long one (a copy in C++; a 4 KB string and up gets an ArrayBuffer of its own, not a slice
 * of Buffer's pool), returned as a plain Uint8Array (Buffer's slice() would not copy).
 */
function latin1Bytes(s: string): Uint8Array {
  if (s.length >= 8192 && nodeBuffer !== undefined) {
    const b = nodeBuffer.from(s, "latin1");
    return new Uint8Array(b.buffer, b.byteOffset, b.length);
  }
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Decodes bytes as latin-1 into a JS string (one char per byte). */
export function latin1String(data: Uint8Array, start = 0, end = data.length): string {
  if (end - start >= 1024 && nodeBuffer !== undefined)
    return nodeBuffer.from(data.buffer, data.byteOffset + start, end - start).toString("latin1");
  if (end - start < 1024) {
    let s = "";
    for (let i = start; i < end; i++) s += String.fromCharCode(data[i]!);
    return s;
  }
  const parts: string[] = [];
  for (let i = start; i < end; i += 8192) {
    parts.push(
      String.fromCharCode.apply(null, data.subarray(i, Math.min(end, i + 8192)) as unknown as number[]),
    );
  }
  return parts.join("");
}

function decodeUtf8(data: Uint8Array, errors: string, start: number): string {
  const n = data.length;
  // Fast paths: short ASCII, then the platform decoder (same validity rules as CPython's).
  let i = start;
  let invalid = false;
  if (n - start < 64) {
    let s = "";
    for (; i < n; i++) {
      const b = data[i]!;
      if (b >= 0x80) break;
      s += String.fromCharCode(b);
    }
    if (i === n) return s;
    // A short text with a few non-ASCII characters ('café', 'event-1-é') is decoded here too:
    // a TextDecoder call costs about a microsecond however short its input. An invalid
    // sequence leaves it to the exact decoder below.
    for (; i < n; i += utf8Len) {
      const cp = utf8At(data, i, n);
      if (cp < 0) break;
      s += cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
    }
    if (i === n) return s;
    // An invalid sequence: the platform decoder would only throw (a few microseconds).
    invalid = true;
  }
  if (!invalid) {
    try {
      return utf8Decoder.decode(start === 0 ? data : data.subarray(start));
    } catch {
      // fall through to the exact decoder
    }
  }
  const st: DecodeState = { data, encoding: "utf-8", errors, out: [] };
  let s = "";
  let p = start;
  let runStart = p;
  while (p < n) {
    const b = data[p]!;
    if (b < 0x80) {
      p++;
      continue;
    }
    const cp = utf8At(data, p, n);
    if (cp >= 0) {
      p += utf8Len;
      continue;
    }
    // Flush the valid run, then handle the error.
    if (p > runStart) st.out.push(utf8Decoder.decode(data.subarray(runStart, p)));
    let end: number;
    let reason: string;
    if (cp === -1) {
      reason = "unexpected end of data";
      end = n;
    } else if (cp === -2) {
      reason = "invalid start byte";
      end = p + 1;
    } else {
      reason = "invalid continuation byte";
      end = p + (-cp - 2);
    }
    p = decodeError(st, p, end, reason, utf8SurrogatePass);
    runStart = p;
  }
  if (n > runStart) st.out.push(utf8Decoder.decode(data.subarray(runStart, n)));
  s = st.out.join("");
  return s;
}

/**
 * The index of the first byte >= 0x80 (data.length if none), testing four bytes at a time
 * where they are aligned: 4x fewer turns of the loop over a long text than byte by byte.
 */
function firstNonAscii(data: Uint8Array): number {
  const n = data.length;
  let i = 0;
  const offset = data.byteOffset;
  if (n >= 64) {
    while (((offset + i) & 3) !== 0) {
      if (data[i]! >= 0x80) return i;
      i++;
    }
    const words = (n - i) >> 2;
    const w = new Uint32Array(data.buffer, offset + i, words);
    let k = 0;
    while (k < words && (w[k]! & 0x80808080) === 0) k++;
    i += k * 4;
  }
  while (i < n && data[i]! < 0x80) i++;
  return i;
}

function decodeAscii(data: Uint8Array, errors: string): string {
  const n = data.length;
  const i = firstNonAscii(data);
  if (i === n) return latin1String(data);
  const st: DecodeState = { data, encoding: "ascii", errors, out: [latin1String(data, 0, i)] };
  let p = i;
  let runStart = p;
  while (p < n) {
    if (data[p]! < 0x80) {
      p++;
      continue;
    }
    if (p > runStart) st.out.push(latin1String(data, runStart, p));
    p = decodeError(st, p, p + 1, "ordinal not in range(128)", null);
    runStart = p;
  }
  if (n > runStart) st.out.push(latin1String(data, runStart, n));
  return st.out.join("");
}

function decodeUtf16(data: Uint8Array, errors: string, order: number): string {
  // order: 0 = detect BOM (default little-endian), -1 = LE, 1 = BE
  let p = 0;
  const n = data.length;
  if (order === 0) {
    order = -1;
    if (n >= 2) {
      if (data[0] === 0xff && data[1] === 0xfe) p = 2;
      else if (data[0] === 0xfe && data[1] === 0xff) {
        p = 2;
        order = 1;
      }
    }
  }
  const le = order < 0;
  const st: DecodeState = { data, encoding: le ? "utf-16-le" : "utf-16-be", errors, out: [] };
  const unitAt = (q: number) => (le ? data[q]! | (data[q + 1]! << 8) : (data[q]! << 8) | data[q + 1]!);
  const pass = (d: Uint8Array, q: number): [number, number] | null => {
    if (q + 2 > d.length) return null;
    const u = unitAt(q);
    return u >= 0xd800 && u < 0xe000 ? [u, 2] : null;
  };
  let chunk: number[] = [];
  const flush = () => {
    if (chunk.length > 0) {
      st.out.push(String.fromCharCode.apply(null, chunk));
      chunk = [];
    }
  };
  while (p < n) {
    if (n - p < 2) {
      flush();
      p = decodeError(st, p, n, "truncated data", pass);
      continue;
    }
    const u = unitAt(p);
    if (u < 0xd800 || u >= 0xe000) {
      chunk.push(u);
      if (chunk.length >= 8192) flush();
      p += 2;
      continue;
    }
    if (u >= 0xdc00) {
      flush();
      p = decodeError(st, p, p + 2, "illegal encoding", pass);
      continue;
    }
    if (n - p < 4) {
      flush();
      p = decodeError(st, p, n, "unexpected end of data", pass);
      continue;
    }
    const u2 = unitAt(p + 2);
    if (u2 < 0xdc00 || u2 >= 0xe000) {
      flush();
      p = decodeError(st, p, p + 2, "illegal UTF-16 surrogate", pass);
      continue;
    }
    chunk.push(u, u2);
    p += 4;
  }
  flush();
  return st.out.join("");
}

function decodeUtf32(data: Uint8Array, errors: string, order: number): string {
  let p = 0;
  const n = data.length;
  if (order === 0) {
    order = -1;
    if (n >= 4) {
      if (data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) p = 4;
      else if (data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) {
        p = 4;
        order = 1;
      }
    }
  }
  const le = order < 0;
  const st: DecodeState = { data, encoding: le ? "utf-32-le" : "utf-32-be", errors, out: [] };
  const at = (q: number) =>
    le
      ? (data[q]! | (data[q + 1]! << 8) | (data[q + 2]! << 16) | (data[q + 3]! << 24)) >>> 0
      : ((data[q]! << 24) | (data[q + 1]! << 16) | (data[q + 2]! << 8) | data[q + 3]!) >>> 0;
  const pass = (d: Uint8Array, q: number): [number, number] | null => {
    if (q + 4 > d.length) return null;
    const c = at(q);
    return c >= 0xd800 && c < 0xe000 ? [c, 4] : null;
  };
  while (p < n) {
    if (n - p < 4) {
      p = decodeError(st, p, n, "truncated data", pass);
      continue;
    }
    const c = at(p);
    if (c > 0x10ffff) {
      p = decodeError(st, p, p + 4, "code point not in range(0x110000)", pass);
      continue;
    }
    if (c >= 0xd800 && c < 0xe000) {
      p = decodeError(st, p, p + 4, "code point in surrogate code point range(0xd800, 0xe000)", pass);
      continue;
    }
    st.out.push(String.fromCodePoint(c));
    p += 4;
  }
  return st.out.join("");
}

/** unicode_escape / raw_unicode_escape decoding. */
function decodeUnicodeEscape(data: Uint8Array, errors: string, raw: boolean): string {
  const n = data.length;
  const st: DecodeState = { data, encoding: raw ? "rawunicodeescape" : "unicodeescape", errors, out: [] };
  let p = 0;
  const hexDigits = (q: number, count: number): number => {
    let v = 0;
    for (let k = 0; k < count; k++) {
      const b = data[q + k];
      if (b === undefined) return -1;
      const d = b >= 48 && b <= 57 ? b - 48 : b >= 97 && b <= 102 ? b - 87 : b >= 65 && b <= 70 ? b - 55 : -1;
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    return v;
  };
  while (p < n) {
    const b = data[p]!;
    if (b !== 0x5c) {
      st.out.push(String.fromCharCode(b));
      p++;
      continue;
    }
    const start = p;
    const c = data[p + 1];
    if (c === undefined) {
      if (raw) {
        st.out.push("\\");
        p++;
        continue;
      }
      p = decodeError(st, start, n, "\\ at end of string", null);
      continue;
    }
    if (raw && c !== 0x75 && c !== 0x55) {
      st.out.push("\\");
      p++;
      continue;
    }
    p += 2;
    const simple: Record<number, string> = {
      10: "",
      92: "\\",
      39: "'",
      34: '"',
      98: "\b",
      102: "\f",
      116: "\t",
      110: "\n",
      114: "\r",
      118: "\v",
      97: "\x07",
    };
    if (!raw && simple[c] !== undefined) {
      st.out.push(simple[c]);
      continue;
    }
    if (!raw && c >= 0x30 && c <= 0x37) {
      let v = c - 0x30;
      for (let k = 0; k < 2 && p < n && data[p]! >= 0x30 && data[p]! <= 0x37; k++)
        v = v * 8 + data[p++]! - 0x30;
      st.out.push(String.fromCodePoint(v));
      continue;
    }
    const count = c === 0x78 && !raw ? 2 : c === 0x75 ? 4 : c === 0x55 ? 8 : 0;
    if (count > 0) {
      const v = hexDigits(p, count);
      if (v < 0) {
        let end = p;
        while (end < n && end < p + count && hexDigits(end, 1) >= 0) end++;
        const what = count === 2 ? "\\xXX" : count === 4 ? "\\uXXXX" : "\\UXXXXXXXX";
        p = decodeError(st, start, end, `truncated ${what} escape`, null);
        continue;
      }
      if (v > 0x10ffff) {
        p = decodeError(
          st,
          start,
          p + count,
          raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character",
          null,
        );
        continue;
      }
      st.out.push(String.fromCodePoint(v));
      p += count;
      continue;
    }
    if (!raw && c === 0x4e) {
      // \N{name}: the error covers what was read, the closing brace included
      let message = "malformed \\N character escape";
      if (p < n && data[p] === 0x7b) {
        const nameStart = ++p;
        while (p < n && data[p] !== 0x7d) p++;
        if (p < n && p > nameStart) {
          const name = String.fromCharCode(...data.subarray(nameStart, p));
          p++;
          const cp = lookupUnicodeName(name);
          if (cp >= 0) {
            st.out.push(String.fromCodePoint(cp));
            continue;
          }
          message = "unknown Unicode character name";
        }
      }
      p = decodeError(st, start, p, message, null);
      continue;
    }
    st.out.push("\\" + String.fromCharCode(c));
  }
  return st.out.join("");
}

/**
 * bytes.decode(encoding, errors). `source` (unused except for identity) is the decoded object;
 * UnicodeDecodeError.object is always a bytes copy, as in CPython.
 */
export function decodeBytes(
  data: Uint8Array,
  encoding: string,
  errors: string,
  _source: PyObject | null,
): string {
  const codec = lookupCodec(encoding, false);
  switch (codec) {
    case "utf_8":
      return decodeUtf8(data, errors, 0);
    case "utf_8_sig":
      return decodeUtf8(
        data,
        errors,
        data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0,
      );
    case "ascii":
      return decodeAscii(data, errors);
    case "latin_1":
      return latin1String(data);
    case "utf_16":
      return decodeUtf16(data, errors, 0);
    case "utf_16_le":
      return decodeUtf16(data, errors, -1);
    case "utf_16_be":
      return decodeUtf16(data, errors, 1);
    case "utf_32":
      return decodeUtf32(data, errors, 0);
    case "utf_32_le":
      return decodeUtf32(data, errors, -1);
    case "utf_32_be":
      return decodeUtf32(data, errors, 1);
    case "unicode_escape":
      return decodeUnicodeEscape(data, errors, false);
    case "raw_unicode_escape":
      return decodeUnicodeEscape(data, errors, true);
  }
  if (codec.startsWith("charmap:")) return externalCodecs!.decode(codec.slice(8), data, errors);
  raise(PyExc_LookupError, `unknown encoding: ${encoding}`);
}
