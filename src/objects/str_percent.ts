/**
 * printf-style formatting: `str % args` (CPython's PyUnicode_Format) and `bytes % args`
 * (_PyBytes_FormatEx), one engine with the two flavours' conversions and messages.
 *
 * The engine walks the format like CPython (fmtpos/fmtcnt), takes the argument before it looks
 * at the conversion character (so `'%z' % ()` complains about arguments first), and pads with
 * CPython's sign / alternate-prefix placement rules.
 */

import {
  blockModel,
  holdBlock,
  releaseBlock,
  strBlockSize,
  UnicodeWriterModel,
} from "../memory/unicode_writer.js";
import { doubleToStringBuffer, Py_DTSF_ALT, PyOS_double_to_string } from "../util/float_format.js";
import { longToBaseString } from "../util/long_text.js";
import {
  lookupSpecial,
  PyNumber_Index,
  PyObject_CallNoArgs,
  PyObject_GetItem,
  PyObject_Repr,
  PyObject_Str,
} from "./abstract.js";
import { PyByteArray } from "./bytearray.js";
import { bufferBytes, PyBytes, PyBytes_FromBytes } from "./bytes.js";
import { latin1String } from "./codecs.js";
import {
  exceptionMatches,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "./exceptions.js";
import { PyFloat_AsDouble } from "./float.js";
import { decimalScratchSize, intToString, PyInt, PyInt_Type } from "./int.js";
import { Py_DECREF, Py_NewRef, type PyObject } from "./object.js";
import { checkResultLength, PyObject_ASCII, PyStr, PyStr_FromString, PyStr_Type } from "./str.js";
import { PyTuple } from "./tuple.js";

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

interface Flavor {
  bytes: boolean;
}

const STR: Flavor = { bytes: false };
const BYTES: Flavor = { bytes: true };

/** PyNumber_Check: int, float, complex or anything with __index__/__int__/__float__. */
function isNumber(o: PyObject): boolean {
  const t = o.ob_type;
  return t.nb_index !== null || t.nb_int !== null || t.nb_float !== null || t.tp_name === "complex";
}

/** PyNumber_Long for %d of non-ints (int(x)). */
function numberLong(v: PyObject): PyInt {
  const t = v.ob_type;
  if (t.nb_int !== null) {
    const r = t.nb_int(v);
    if (!(r instanceof PyInt)) {
      const name = r.ob_type.tp_name;
      Py_DECREF(r);
      raise(PyExc_TypeError, `__int__ returned non-int (type ${name})`);
    }
    return r;
  }
  if (t.nb_index !== null) return PyNumber_Index(v);
  raise(
    PyExc_TypeError,
    `int() argument must be a string, a bytes-like object or a real number, not '${t.tp_name}'`,
  );
}

/** _PyUnicode_FormatLong: the digits of an int for %d %o %x %X with precision and '#'. */
function formatLong(v: number | bigint, alt: boolean, prec: number, type: string): string {
  let base: 8 | 10 | 16 = 10;
  if (type === "o") base = 8;
  else if (type === "x" || type === "X") base = 16;
  let buf = longToBaseString(v, base, base !== 10);
  const sign = buf[0] === "-" ? 1 : 0;
  let numnondigits = (base === 10 ? 0 : 2) + sign;
  if (!alt && base !== 10) {
    buf = (sign ? "-" : "") + buf.slice(sign + 2);
    numnondigits -= 2;
  }
  const numdigits = buf.length - numnondigits;
  if (prec > numdigits) {
    buf = buf.slice(0, numnondigits) + "0".repeat(prec - numdigits) + buf.slice(numnondigits);
  }
  if (type === "X") buf = buf.replace(/[a-x]/g, (c) => c.toUpperCase());
  return buf;
}

/** A run of output: a JS string, or a str object written whole (kept for identity). */
type Piece = string | PyStr;

/**
 * The blocks PyUnicode_Format and str.format take while tracemalloc traces (blockModel.on):
 * their _PyUnicodeWriter's buffer of at least len(format) + 100 characters, overallocated until
 * the last piece is written, and what a conversion makes beside it (long_to_decimal_string's
 * scratch int, PyOS_double_to_string's buffer). A str that is the only piece becomes the result
 * itself (the writer's readonly case), without a buffer.
 */
export class FormatWriterModel {
  private readonly writer: UnicodeWriterModel;
  private written = false;

  /**
   * PyUnicode_Format's and build_string's writer: at least len(format) + 100 characters,
   * overallocated until the last piece.
   */
  constructor(formatLength: number);
  /**
   * int.__format__'s and float.__format__'s (_PyUnicodeWriter_Init): no minimum, no
   * overallocation, so the buffer is the result's block.
   */
  constructor(formatLength: null);
  constructor(formatLength: number | null) {
    this.writer = new UnicodeWriterModel(formatLength === null ? 0 : formatLength + 100);
    if (formatLength === null) this.writer.overallocate = false;
  }

  /** What is written next is the last piece: no more overallocation. */
  lastPiece(): void {
    this.writer.overallocate = false;
  }

  /** _PyUnicodeWriter_WriteStr of a str object: kept as the result when first and last. */
  str(text: string): void {
    if (text.length === 0) return;
    if (!this.written && !this.writer.overallocate) {
      this.written = true;
      return;
    }
    this.written = true;
    this.writer.writeStr(text);
  }

  /** Text written into the buffer (a substring of the format, padded output, digits). */
  text(text: string): void {
    if (text.length === 0) return;
    this.written = true;
    this.writer.writeStr(text);
  }

  /** _PyLong_FormatWriter in base 10: the digits written while the scratch int is alive. */
  decimalDigits(v: number | bigint, digits: string): void {
    const size = decimalScratchSize(v);
    const scratch = holdBlock(size);
    this.text(digits);
    releaseBlock(scratch, size);
  }

  /**
   * formatfloat's fast path: the text written from PyOS_double_to_string's buffer
   * (_PyUnicodeWriter_WriteASCIIString, which makes the result str itself, while the buffer is
   * alive, when it is the first and last piece).
   */
  floatText(text: string, bufferSize: number): void {
    const buffer = holdBlock(bufferSize);
    if (!this.written && !this.writer.overallocate) {
      this.written = true;
      const size = strBlockSize(text.length, 127);
      releaseBlock(holdBlock(size), size);
    } else this.text(text);
    releaseBlock(buffer, bufferSize);
  }

  /**
   * Text written while a temporary str (`strSize`) is alive; a raw buffer (`bufferSize`) and a
   * scratch int (`scratchSize`) are alive only while that str is made.
   */
  textBeside(text: string, scratchSize: number, bufferSize: number, strSize: number): void {
    const buffer = holdBlock(bufferSize);
    const scratch = holdBlock(scratchSize);
    const str = holdBlock(strSize);
    releaseBlock(scratch, scratchSize);
    releaseBlock(buffer, bufferSize);
    this.text(text);
    releaseBlock(str, strSize);
  }

  release(): void {
    this.writer.release();
  }
}

/** A block booked while tracemalloc traces (holdBlock's address, 0 when off) and its size. */
interface HeldBlock {
  address: number;
  size: number;
}

function holdSized(size: number): HeldBlock {
  return { address: holdBlock(size), size };
}

function releaseHeld(b: HeldBlock): void {
  releaseBlock(b.address, b.size);
}

/**
 * The temporary strs _PyUnicode_FormatLong makes of an int for %d %o %x %X with a width, a
 * precision or a sign flag: PyNumber_ToBase's text (base 10 of a scratch int; 8 and 16 with
 * their 0o/0x prefix), then, when the prefix is dropped, a str of the rest, or with zeros to
 * add a bytes buffer of them and a str of that. Returns the last one, held until written.
 */
function holdFormattedLong(v: number | bigint, type: string, alt: boolean, prec: number): HeldBlock {
  const base = type === "o" ? 8 : type === "x" || type === "X" ? 16 : 10;
  const negative = v < 0;
  const magnitude = negative ? -v : v;
  const digits = magnitude.toString(base).length;
  let nondigits = (base === 10 ? 0 : 2) + (negative ? 1 : 0);
  const scratch = holdSized(base === 10 ? decimalScratchSize(v) : 0);
  const first = holdSized(strBlockSize(nondigits + digits, 127));
  releaseHeld(scratch);
  const strip = !alt && base !== 10;
  if (strip) nondigits -= 2;
  if (prec > digits) {
    const zeros = holdSized(33 + nondigits + prec);
    releaseHeld(first);
    const last = holdSized(strBlockSize(nondigits + prec, 127));
    releaseHeld(zeros);
    return last;
  }
  if (!strip) return first;
  const last = holdSized(strBlockSize(nondigits + digits, 127));
  releaseHeld(first);
  return last;
}

/** A str of a formatted float's text (_PyUnicode_FromASCII), made while its buffer is alive. */
function holdFloatText(text: string, bufferSize: number): HeldBlock {
  const buffer = holdSized(bufferSize);
  const str = holdSized(strBlockSize(text.length, 127));
  releaseHeld(buffer);
  return str;
}

/**
 * The shared engine. `fmt` is the format (a latin-1 string for bytes). Returns the pieces.
 */
function percentFormat(fmt: string, args: PyObject, fl: Flavor): Piece[] {
  const out: Piece[] = [];
  const model = !fl.bytes && blockModel.on ? new FormatWriterModel(cpLen(fmt)) : null;
  let arglen: number;
  let argidx: number;
  let curArgs: PyObject = args;
  let argsOwned = false;
  const isTuple = args instanceof PyTuple;
  if (isTuple) {
    arglen = (args as PyTuple).items.length;
    argidx = 0;
  } else {
    arglen = -1;
    argidx = -2;
  }
  const t = args.ob_type;
  let dict: PyObject | null = null;
  if (t.mp_subscript !== null && !isTuple && !(args instanceof PyStr)) {
    if (!fl.bytes || (!(args instanceof PyBytes) && !(args instanceof PyByteArray))) dict = args;
  }
  const what = fl.bytes ? "bytes" : "string";
  const getnextarg = (): PyObject => {
    if (argidx < arglen) {
      const i = argidx++;
      if (arglen < 0) return curArgs;
      return (curArgs as PyTuple).items[i]!;
    }
    raise(PyExc_TypeError, "not enough arguments for format string");
  };
  try {
    let fmtcnt = fmt.length;
    let fmtpos = 0;
    while (--fmtcnt >= 0) {
      if (fmt.charCodeAt(fmtpos) !== 37) {
        let j = fmt.indexOf("%", fmtpos);
        if (j < 0) j = fmt.length;
        const literal = fmt.slice(fmtpos, j);
        if (model !== null) {
          if (j === fmt.length) model.lastPiece();
          // (the whole format is written as a str: WriteSubstring's shortcut)
          if (fmtpos === 0 && j === fmt.length) model.str(literal);
          else model.text(literal);
        }
        out.push(literal);
        fmtcnt -= j - fmtpos - 1;
        fmtpos = j;
        continue;
      }
      fmtpos++;
      // One conversion specifier.
      let ch = fmtpos < fmt.length ? fmt[fmtpos]! : "\0";
      if (ch === "%") {
        fmtpos++;
        fmtcnt--;
        model?.text("%");
        out.push("%");
        continue;
      }
      let flags = 0;
      let width = -1;
      let prec = -1;
      if (ch === "(") {
        if (dict === null) raise(PyExc_TypeError, "format requires a mapping");
        fmtpos++;
        fmtcnt--;
        const keystart = fmtpos;
        let pcount = 1;
        while (pcount > 0 && --fmtcnt >= 0) {
          ch = fmt[fmtpos]!;
          if (ch === ")") pcount--;
          else if (ch === "(") pcount++;
          fmtpos++;
        }
        const keylen = fmtpos - keystart - 1;
        if (fmtcnt < 0 || pcount > 0) raise(PyExc_ValueError, "incomplete format key");
        const keyText = fmt.slice(keystart, keystart + keylen);
        const key: PyObject = fl.bytes ? PyBytes_FromBytes(latin1Bytes(keyText)) : PyStr_FromString(keyText);
        let v: PyObject;
        try {
          v = PyObject_GetItem(dict, key);
        } finally {
          Py_DECREF(key);
        }
        if (argsOwned) Py_DECREF(curArgs);
        curArgs = v;
        argsOwned = true;
        arglen = -1;
        argidx = -2;
      }
      // Flags.
      while (--fmtcnt >= 0) {
        ch = fmt[fmtpos++]!;
        if (ch === "-") flags |= F_LJUST;
        else if (ch === "+") flags |= F_SIGN;
        else if (ch === " ") flags |= F_BLANK;
        else if (ch === "#") flags |= F_ALT;
        else if (ch === "0") flags |= F_ZERO;
        else break;
      }
      // Width.
      if (ch === "*") {
        const v = getnextarg();
        if (!(v instanceof PyInt)) raise(PyExc_TypeError, "* wants int");
        width = ssize(v);
        if (width < 0) {
          flags |= F_LJUST;
          width = -width;
        }
        if (--fmtcnt >= 0) ch = fmt[fmtpos++]!;
      } else if (ch >= "0" && ch <= "9") {
        width = ch.charCodeAt(0) - 48;
        while (--fmtcnt >= 0) {
          ch = fmt[fmtpos++]!;
          if (ch < "0" || ch > "9") break;
          if (width > (2 ** 63 - 1 - (ch.charCodeAt(0) - 48)) / 10) raise(PyExc_ValueError, "width too big");
          width = width * 10 + (ch.charCodeAt(0) - 48);
        }
      }
      // Precision.
      if (ch === ".") {
        prec = 0;
        if (--fmtcnt >= 0) ch = fmt[fmtpos++]!;
        if (ch === "*") {
          const v = getnextarg();
          if (!(v instanceof PyInt)) raise(PyExc_TypeError, "* wants int");
          const p = v.value;
          if (typeof p === "bigint" || p > 2147483647 || p < -2147483648) {
            raise(PyExc_OverflowError, `Python int too large to convert to C int`);
          }
          prec = Math.max(p, 0);
          if (--fmtcnt >= 0) ch = fmt[fmtpos++]!;
        } else if (ch >= "0" && ch <= "9") {
          prec = ch.charCodeAt(0) - 48;
          while (--fmtcnt >= 0) {
            ch = fmt[fmtpos++]!;
            if (ch < "0" || ch > "9") break;
            if (prec > (2147483647 - (ch.charCodeAt(0) - 48)) / 10)
              raise(PyExc_ValueError, "precision too big");
            prec = prec * 10 + (ch.charCodeAt(0) - 48);
          }
        }
      }
      if (fmtcnt >= 0 && (ch === "h" || ch === "l" || ch === "L")) {
        if (--fmtcnt >= 0) ch = fmt[fmtpos++]!;
      }
      if (fmtcnt < 0) raise(PyExc_ValueError, "incomplete format");
      // A str character may be astral: read the whole code point.
      if (!fl.bytes && (ch.charCodeAt(0) & 0xfc00) === 0xd800 && fmtpos < fmt.length) {
        const lo = fmt.charCodeAt(fmtpos);
        if ((lo & 0xfc00) === 0xdc00) {
          ch += fmt[fmtpos]!;
          fmtpos++;
          fmtcnt--;
        }
      }
      // The conversion.
      if (fmtcnt === 0) model?.lastPiece();
      const v = getnextarg();
      let text: string | PyStr;
      let sign = false;
      let fill = " ";
      // the block of a temporary str CPython makes of a number before it writes it (model only)
      let temporary: HeldBlock | null = null;
      // the text went straight into the writer (a fast path): no padding, no temporary
      let direct = false;
      switch (ch) {
        case "s":
        case "r":
        case "a":
        case "b":
          if (fl.bytes) {
            text = ch === "r" || ch === "a" ? asciiOf(v) : bytesOf(v);
          } else {
            if (ch === "b") unsupported(ch, fmtpos);
            if (v.ob_type === PyInt_Type && width === -1 && prec === -1) {
              // an exact int's digits go straight into the writer (_PyLong_FormatWriter)
              text = intToString(v as PyInt);
              model?.decimalDigits((v as PyInt).value, text);
              direct = true;
              break;
            }
            if (v.ob_type === PyStr_Type && ch === "s") {
              v.ob_refcnt++;
              text = v as PyStr;
            } else {
              const r = ch === "s" ? PyObject_Str(v) : ch === "r" ? PyObject_Repr(v) : PyObject_ASCII(v);
              text = r;
            }
          }
          break;
        case "i":
        case "d":
        case "u":
        case "o":
        case "x":
        case "X": {
          let iv: number | bigint;
          if (v instanceof PyInt) iv = v.value;
          else {
            if (!isNumber(v)) wrongType(ch, v);
            let iobj: PyInt;
            try {
              iobj = ch === "o" || ch === "x" || ch === "X" ? PyNumber_Index(v) : numberLong(v);
            } catch (e) {
              if (exceptionMatches(e, PyExc_TypeError)) {
                Py_DECREF(e as PyObject);
                wrongType(ch, v);
              }
              throw e;
            }
            iv = iobj.value;
            Py_DECREF(iobj);
          }
          text = formatLong(iv, (flags & F_ALT) !== 0, prec, ch === "i" || ch === "u" ? "d" : ch);
          if (model !== null) {
            const decimal = ch !== "o" && ch !== "x" && ch !== "X";
            if (
              v.ob_type === PyInt_Type &&
              width === -1 &&
              prec === -1 &&
              !(flags & (F_SIGN | F_BLANK)) &&
              ch !== "X"
            ) {
              // mainformatlong's fast path: the digits go straight into the writer
              if (decimal) model.decimalDigits(iv, text);
              else model.text(text);
              direct = true;
              break;
            }
            temporary = holdFormattedLong(iv, ch, (flags & F_ALT) !== 0, prec);
          }
          sign = true;
          if (flags & F_ZERO) fill = "0";
          break;
        }
        case "e":
        case "E":
        case "f":
        case "F":
        case "g":
        case "G": {
          let x: number;
          try {
            x = PyFloat_AsDouble(v);
          } catch (e) {
            if (fl.bytes && exceptionMatches(e, PyExc_TypeError)) {
              Py_DECREF(e as PyObject);
              raise(PyExc_TypeError, `float argument required, not ${v.ob_type.tp_name}`);
            }
            throw e;
          }
          text = PyOS_double_to_string(x, ch, prec < 0 ? 6 : prec, flags & F_ALT ? Py_DTSF_ALT : 0);
          if (model !== null) {
            const bufferSize = doubleToStringBuffer.size;
            if (width === -1 && prec === -1 && !(flags & (F_SIGN | F_BLANK))) {
              // formatfloat's fast path: written from the buffer
              model.floatText(text, bufferSize);
              direct = true;
              break;
            }
            temporary = holdFloatText(text, bufferSize);
          }
          sign = true;
          if (flags & F_ZERO) fill = "0";
          break;
        }
        case "c":
          text = fl.bytes ? String.fromCharCode(byteChar(v)) : String.fromCodePoint(unicodeChar(v));
          break;
        default:
          unsupported(ch, fmtpos);
      }
      const written = direct ? text : output(text, ch, flags, width, prec, sign, fill);
      if (model !== null && !direct) {
        if (typeof written === "string") model.text(written);
        else model.str(written.value);
        if (temporary !== null) releaseHeld(temporary);
      }
      // a str object stays a piece only when it may be the result itself (CPython writes and
      // releases each one at once)
      if (typeof written !== "string" && !(out.length === 0 && fmtcnt === 0)) {
        out.push(written.value);
        Py_DECREF(written);
      } else out.push(written);
      if (dict !== null && argidx < arglen) {
        raise(PyExc_TypeError, `not all arguments converted during ${what} formatting`);
      }
    }
    if (argidx < arglen && dict === null) {
      raise(PyExc_TypeError, `not all arguments converted during ${what} formatting`);
    }
    return out;
  } catch (e) {
    for (const p of out) if (typeof p !== "string") Py_DECREF(p);
    throw e;
  } finally {
    model?.release();
    if (argsOwned) Py_DECREF(curArgs);
  }
}

function ssize(v: PyInt): number {
  const n = v.value;
  if (typeof n === "bigint" && (n > 9223372036854775807n || n < -9223372036854775808n)) {
    raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  return Number(n);
}

function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function unsupported(ch: string, fmtpos: number): never {
  const c = ch.codePointAt(0)!;
  raise(
    PyExc_ValueError,
    `unsupported format character '${c >= 31 && c <= 126 ? ch : "?"}' (0x${c.toString(16)}) at index ${fmtpos - 1}`,
  );
}

function wrongType(ch: string, v: PyObject): never {
  const what = ch === "o" || ch === "x" || ch === "X" ? "an integer" : "a real number";
  raise(PyExc_TypeError, `%${ch} format: ${what} is required, not ${v.ob_type.tp_name}`);
}

/** %c for str: a one-character str or an int code point. */
function unicodeChar(v: PyObject): number {
  if (v instanceof PyStr) {
    if (v.length === 1) return v.value.codePointAt(0)!;
    raise(PyExc_TypeError, "%c requires int or char");
  }
  let n: number | bigint;
  try {
    if (v instanceof PyInt) n = v.value;
    else {
      const i = PyNumber_Index(v);
      n = i.value;
      Py_DECREF(i);
    }
  } catch (e) {
    if (exceptionMatches(e, PyExc_TypeError)) {
      Py_DECREF(e as PyObject);
      raise(PyExc_TypeError, "%c requires int or char");
    }
    throw e;
  }
  if (typeof n === "bigint" || n < 0 || n > 0x10ffff)
    raise(PyExc_OverflowError, "%c arg not in range(0x110000)");
  return n;
}

/** %c for bytes: a one-byte bytes/bytearray or an int in range(256). */
function byteChar(v: PyObject): number {
  if (v instanceof PyBytes || v instanceof PyByteArray) {
    const b = bufferBytes(v)!;
    if (b.length === 1) return b[0]!;
  }
  let n: number | bigint;
  try {
    if (v instanceof PyInt) n = v.value;
    else {
      const i = PyNumber_Index(v);
      n = i.value;
      Py_DECREF(i);
    }
  } catch (e) {
    if (exceptionMatches(e, PyExc_TypeError)) {
      Py_DECREF(e as PyObject);
      raise(PyExc_TypeError, "%c requires an integer in range(256) or a single byte");
    }
    throw e;
  }
  if (typeof n === "bigint" || n < 0 || n > 255) raise(PyExc_OverflowError, "%c arg not in range(256)");
  return n;
}

/** %s / %b for bytes: bytes, bytearray, __bytes__, or a buffer (as a latin-1 string). */
function bytesOf(v: PyObject): string {
  if (v instanceof PyBytes) return latin1String(v.value);
  if (v instanceof PyByteArray) return latin1String(v.value);
  const f = lookupSpecial(v, "__bytes__");
  if (f !== null) {
    let r: PyObject;
    try {
      r = PyObject_CallNoArgs(f);
    } finally {
      Py_DECREF(f);
    }
    try {
      if (!(r instanceof PyBytes))
        raise(PyExc_TypeError, `__bytes__ returned non-bytes (type ${r.ob_type.tp_name})`);
      return latin1String(r.value);
    } finally {
      Py_DECREF(r);
    }
  }
  const b = bufferBytes(v);
  if (b !== null) return latin1String(b);
  raise(
    PyExc_TypeError,
    `%b requires a bytes-like object, or an object that implements __bytes__, not '${v.ob_type.tp_name}'`,
  );
}

/** %r / %a for bytes: ascii(v). */
function asciiOf(v: PyObject): string {
  const r = PyObject_ASCII(v);
  const s = r.value;
  Py_DECREF(r);
  return s;
}

/** unicode_format_arg_output / the bytes equivalent: sign, prefix and padding. */
function output(
  textIn: string | PyStr,
  ch: string,
  flags: number,
  width: number,
  prec: number,
  sign: boolean,
  fill: string,
): Piece {
  const isObj = typeof textIn !== "string";
  const s = isObj ? textIn.value : textIn;
  let len = isObj ? textIn.length : cpLen(s);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) {
    return textIn;
  }
  if (isObj) Py_DECREF(textIn);
  // the writer is made as wide as asked before anything is written
  checkResultLength(Math.max(width, prec));
  let body = s;
  if ((ch === "s" || ch === "r" || ch === "a" || ch === "b") && prec >= 0 && len > prec) {
    body = sliceCp(s, prec);
    len = prec;
  }
  let signchar = "";
  if (sign) {
    const c0 = body[0];
    if (c0 === "-" || c0 === "+") {
      signchar = c0;
      body = body.slice(1);
      len--;
    } else if (flags & F_SIGN) signchar = "+";
    else if (flags & F_BLANK) signchar = " ";
    else sign = false;
  }
  if (width < len) width = len;
  let res = "";
  if (sign) {
    if (fill !== " ") res += signchar;
    if (width > len) width--;
  }
  const altPrefix = (flags & F_ALT) !== 0 && (ch === "x" || ch === "X" || ch === "o");
  if (altPrefix) {
    if (fill !== " ") {
      res += body.slice(0, 2);
      body = body.slice(2);
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    res += fill.repeat(width - len);
    width = len;
  }
  if (fill === " ") {
    if (sign) res += signchar;
    if (altPrefix) {
      res += body.slice(0, 2);
      body = body.slice(2);
    }
  }
  res += body;
  if (width > len) res += " ".repeat(width - len);
  return res;
}

export function cpLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c & 0xfc00) === 0xd800 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

function sliceCp(s: string, n: number): string {
  if (cpLen(s) === s.length) return s.slice(0, n);
  return Array.from(s).slice(0, n).join("");
}

/** `fmt % args` for str. New reference. */
export function percentFormatStr(fmt: PyStr, args: PyObject): PyObject {
  const pieces = percentFormat(fmt.value, args, STR);
  if (pieces.length === 1 && typeof pieces[0] !== "string") return pieces[0]!;
  // with no conversion CPython's writer hands back the format string itself (even a subclass's)
  if (pieces.length === 1 && !fmt.value.includes("%")) return Py_NewRef(fmt);
  let out = "";
  for (const p of pieces) {
    if (typeof p === "string") out += p;
    else {
      out += p.value;
      Py_DECREF(p);
    }
  }
  return PyStr_FromString(out);
}

/** `fmt % args` for bytes and bytearray: the resulting bytes. */
export function percentFormatBytes(fmt: Uint8Array, args: PyObject): Uint8Array {
  const pieces = percentFormat(latin1String(fmt), args, BYTES);
  let out = "";
  for (const p of pieces) out += typeof p === "string" ? p : p.value;
  return latin1Bytes(out);
}
