// Decoding the escape sequences of string and bytes literals as CPython 3.11 does
// (decode_unicode_with_escapes in Parser/string_parser.c, _PyUnicode_DecodeUnicodeEscapeInternal
// and _PyBytes_DecodeEscape), including the exact text of the errors they raise.
//
// Literal bodies arrive as JS strings in which bytes that were not valid UTF-8 in the source are
// lone surrogates U+DC80..U+DCFF (see source_text.ts).

import type { StrValue } from "./constant.js";
import { lookupUnicodeName } from "./unicode_names.js";

/** A decoding failure: CPython's UnicodeDecodeError / ValueError text, with its kind. */
export class LiteralDecodeError extends Error {
  constructor(
    /** "unicode error" or "value error", as the parser prefixes it. */
    readonly errtype: "unicode error" | "value error",
    message: string,
  ) {
    super(message);
  }
}

const RAW_BYTE = /[\udc80-\udcff]/;

/** Is s[i] an escaped raw byte (a low surrogate U+DC80..U+DCFF that is not half of a pair)? */
export function isRawByteAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xdc80 || c > 0xdcff) return false;
  const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
  return !(prev >= 0xd800 && prev <= 0xdbff);
}

/**
 * Decodes the escaped raw bytes of `s` as UTF-8 with errors="replace" does: each maximal
 * invalid subsequence (a lead byte and the continuation bytes that could still follow it, or
 * one stray byte) becomes one U+FFFD.
 */
export function replaceRawBytes(s: string): string {
  if (!RAW_BYTE.test(s)) return s;
  let out = "";
  let i = 0;
  while (i < s.length) {
    if (!isRawByteAt(s, i)) {
      out += s[i];
      i++;
      continue;
    }
    const b = s.charCodeAt(i) - 0xdc00;
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    }
    i++;
    for (let k = 1; k <= need && i < s.length && isRawByteAt(s, i); k++) {
      const c = s.charCodeAt(i) - 0xdc00;
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) break;
      i++;
    }
    out += "\ufffd";
  }
  return out;
}

/** The source bytes of a string (escaped raw bytes restored). */
export function sourceBytes(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) out.push(c);
    else if (isRawByteAt(s, i)) out.push(c - 0xdc00);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
          out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
          continue;
        }
      }
      out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
  }
  return out;
}

/**
 * The message of the UnicodeDecodeError CPython's strict UTF-8 decoder raises for `bytes`, or null
 * if they decode. Error ranges follow CPython's decoder (maximal invalid subsequence).
 */
export function utf8DecodeErrorMessage(bytes: number[]): string | null {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else {
      return fmt(bytes, i, i + 1, "invalid start byte");
    }
    let j = 1;
    for (; j <= need; j++) {
      if (i + j >= n) return fmt(bytes, i, n, "unexpected end of data");
      const c = bytes[i + j];
      const l = j === 1 ? lo : 0x80;
      const h = j === 1 ? hi : 0xbf;
      if (c < l || c > h) return fmt(bytes, i, i + j, "invalid continuation byte");
    }
    i += need + 1;
  }
  return null;
}

function fmt(bytes: number[], start: number, end: number, reason: string): string {
  if (end - start === 1) {
    return `'utf-8' codec can't decode byte 0x${bytes[start].toString(16).padStart(2, "0")} in position ${start}: ${reason}`;
  }
  return `'utf-8' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
}

/** PyUnicode_DecodeUTF8 (strict) of a literal body without escapes. */
export function decodeRawString(body: string): string {
  if (!RAW_BYTE.test(body)) return body;
  for (let i = 0; i < body.length; i++) {
    if (isRawByteAt(body, i)) {
      throw new LiteralDecodeError("unicode error", utf8DecodeErrorMessage(sourceBytes(body))!);
    }
  }
  return body;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * decode_unicode_with_escapes: non-ASCII characters are first rewritten as \UXXXXXXXX escapes
 * (error positions refer to that rewritten buffer), then unicode-escape decoding runs.
 */
export function decodeUnicodeWithEscapes(body: string, splits?: number[]): string {
  // Build the rewritten ASCII buffer.
  let buf = "";
  let i = 0;
  const n = body.length;
  while (i < n) {
    if (body.charCodeAt(i) === 92) {
      buf += "\\";
      i++;
      if (i >= n || body.charCodeAt(i) >= 0x80) {
        buf += "u005c";
        if (i >= n) break;
      }
    }
    const c = body.charCodeAt(i);
    if (c >= 0x80) {
      // decode_utf8: a run of non-ASCII characters
      let j = i;
      while (j < n && body.charCodeAt(j) >= 0x80) j++;
      const run = body.slice(i, j);
      for (let k = 0; k < run.length; k++) {
        if (isRawByteAt(run, k)) {
          throw new LiteralDecodeError("unicode error", utf8DecodeErrorMessage(sourceBytes(run))!);
        }
      }
      for (const ch of run) buf += "\\U" + ch.codePointAt(0)!.toString(16).padStart(8, "0");
      i = j;
    } else {
      // Copy a run of ASCII up to the next backslash or non-ASCII character.
      let j = i + 1;
      while (j < n) {
        const d = body.charCodeAt(j);
        if (d === 92 || d >= 0x80) break;
        j++;
      }
      buf += body.slice(i, j);
      i = j;
    }
  }
  return decodeUnicodeEscape(buf, splits);
}

/** A non-raw str literal's body, exact (see ParseOptions.exactStrings) when `exact`. */
export function decodeStr(body: string, exact: boolean): StrValue {
  if (!exact) return decodeUnicodeWithEscapes(body);
  const splits: number[] = [];
  const text = decodeUnicodeWithEscapes(body, splits);
  return splits.length > 0 ? { kind: "str", text, splits } : text;
}

function escapeError(buf: string, start: number, end: number, message: string): LiteralDecodeError {
  if (end - start === 1) {
    const b = buf.charCodeAt(start).toString(16).padStart(2, "0");
    return new LiteralDecodeError(
      "unicode error",
      `'unicodeescape' codec can't decode byte 0x${b} in position ${start}: ${message}`,
    );
  }
  return new LiteralDecodeError(
    "unicode error",
    `'unicodeescape' codec can't decode bytes in position ${start}-${end - 1}: ${message}`,
  );
}

/**
 * The warning for the first invalid escape of the last literal decoded (first_invalid_escape
 * of CPython's decoders), or null: "invalid escape sequence '\\d'", or for an octal escape
 * above 0o377 "invalid octal escape sequence '\\777'". The parser reports it
 * (warn_invalid_escape_sequence).
 */
export let invalidEscapeMessage: string | null = null;

function noteInvalidEscape(octal: boolean, text: string): void {
  if (invalidEscapeMessage === null)
    invalidEscapeMessage = `invalid ${octal ? "octal " : ""}escape sequence '\\${text}'`;
}

/** _PyUnicode_DecodeUnicodeEscapeInternal over an ASCII buffer. */
/**
 * `splits`, when given, receives the indices of the result where an escaped low surrogate follows
 * an escaped high one: two code points in Python, one character once in a JS string.
 */
function decodeUnicodeEscape(buf: string, splits?: number[]): string {
  invalidEscapeMessage = null;
  let i = buf.indexOf("\\");
  if (i < 0) return buf;
  let out = buf.slice(0, i);
  const n = buf.length;
  while (i < n) {
    const c0 = buf.charCodeAt(i);
    if (c0 !== 92) {
      const next = buf.indexOf("\\", i);
      const stop = next < 0 ? n : next;
      out += buf.slice(i, stop);
      i = stop;
      continue;
    }
    const start = i;
    i++;
    if (i >= n) throw escapeError(buf, start, n, "\\ at end of string");
    const c = buf.charCodeAt(i++);
    switch (c) {
      case 10: // \<newline>
        break;
      case 92:
        out += "\\";
        break;
      case 39:
        out += "'";
        break;
      case 34:
        out += '"';
        break;
      case 98:
        out += "\b";
        break;
      case 102:
        out += "\f";
        break;
      case 116:
        out += "\t";
        break;
      case 110:
        out += "\n";
        break;
      case 114:
        out += "\r";
        break;
      case 118:
        out += "\v";
        break;
      case 97:
        out += "\x07";
        break;
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55: {
        let ch = c - 48;
        if (i < n && buf.charCodeAt(i) >= 48 && buf.charCodeAt(i) <= 55) {
          ch = (ch << 3) + buf.charCodeAt(i++) - 48;
          if (i < n && buf.charCodeAt(i) >= 48 && buf.charCodeAt(i) <= 55) {
            ch = (ch << 3) + buf.charCodeAt(i++) - 48;
          }
        }
        if (ch > 0o377) noteInvalidEscape(true, buf.slice(i - 3, i));
        out += String.fromCharCode(ch);
        break;
      }
      case 120: // \xXX
      case 117: // \uXXXX
      case 85: {
        // \UXXXXXXXX
        let count = c === 120 ? 2 : c === 117 ? 4 : 8;
        const message =
          c === 120
            ? "truncated \\xXX escape"
            : c === 117
              ? "truncated \\uXXXX escape"
              : "truncated \\UXXXXXXXX escape";
        let ch = 0;
        for (; count; ++i, --count) {
          if (i >= n) throw escapeError(buf, start, i, message);
          const h = hexValue(buf.charCodeAt(i));
          if (h < 0) throw escapeError(buf, start, i, message);
          ch = ch * 16 + h;
        }
        if (ch > 0x10ffff) throw escapeError(buf, start, i, "illegal Unicode character");
        if (splits !== undefined && ch >= 0xdc00 && ch <= 0xdfff && out.length > 0) {
          const previous = out.charCodeAt(out.length - 1);
          if (previous >= 0xd800 && previous <= 0xdbff) splits.push(out.length);
        }
        out += String.fromCodePoint(ch);
        break;
      }
      case 78: {
        // \N{name}
        const message = "malformed \\N character escape";
        if (i >= n) throw escapeError(buf, start, i, message);
        if (buf.charCodeAt(i) === 123) {
          const nameStart = ++i;
          while (i < n && buf.charCodeAt(i) !== 125) i++;
          if (i >= n) throw escapeError(buf, start, i, message);
          const name = buf.slice(nameStart, i);
          if (name.length > 0) {
            i++;
            const cp = lookupUnicodeName(name);
            if (cp >= 0) {
              out += String.fromCodePoint(cp);
              break;
            }
            throw escapeError(buf, start, i, "unknown Unicode character name");
          }
        }
        throw escapeError(buf, start, i, message);
      }
      default:
        // An invalid escape is kept as is (CPython only warns).
        noteInvalidEscape(false, String.fromCharCode(c));
        out += "\\" + String.fromCharCode(c);
    }
  }
  return out;
}

/** _PyBytes_DecodeEscape over an ASCII body. */
export function decodeBytesWithEscapes(body: string): Uint8Array {
  invalidEscapeMessage = null;
  const out = new Uint8Array(body.length);
  let p = 0;
  const n = body.length;
  let i = 0;
  while (i < n) {
    const c0 = body.charCodeAt(i);
    if (c0 !== 92) {
      out[p++] = c0;
      i++;
      continue;
    }
    const start = i;
    i++;
    if (i >= n) throw new LiteralDecodeError("value error", "Trailing \\ in string");
    const c = body.charCodeAt(i++);
    switch (c) {
      case 10:
        break;
      case 92:
        out[p++] = 92;
        break;
      case 39:
        out[p++] = 39;
        break;
      case 34:
        out[p++] = 34;
        break;
      case 98:
        out[p++] = 8;
        break;
      case 102:
        out[p++] = 12;
        break;
      case 116:
        out[p++] = 9;
        break;
      case 110:
        out[p++] = 10;
        break;
      case 114:
        out[p++] = 13;
        break;
      case 118:
        out[p++] = 11;
        break;
      case 97:
        out[p++] = 7;
        break;
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55: {
        let ch = c - 48;
        if (i < n && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 55) {
          ch = (ch << 3) + body.charCodeAt(i++) - 48;
          if (i < n && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 55) {
            ch = (ch << 3) + body.charCodeAt(i++) - 48;
          }
        }
        if (ch > 0o377) noteInvalidEscape(true, body.slice(i - 3, i));
        out[p++] = ch & 0xff;
        break;
      }
      case 120: {
        if (i + 1 < n) {
          const d1 = hexValue(body.charCodeAt(i));
          const d2 = hexValue(body.charCodeAt(i + 1));
          if (d1 >= 0 && d2 >= 0) {
            out[p++] = (d1 << 4) + d2;
            i += 2;
            break;
          }
        }
        throw new LiteralDecodeError("value error", `invalid \\x escape at position ${start}`);
      }
      default:
        noteInvalidEscape(false, String.fromCharCode(c));
        out[p++] = 92;
        out[p++] = c;
    }
  }
  return out.slice(0, p);
}
