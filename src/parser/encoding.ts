// Source decoding as CPython 3.11's string tokenizer does it (decode_str in Parser/tokenizer.c):
// newline translation, UTF-8 BOM, PEP 263 coding cookie on line 1 or 2, and the errors raised
// when that fails. Bytes that are not valid UTF-8 (when no cookie asks for re-decoding) are kept
// as lone surrogates U+DC80..U+DCFF, like Python's "surrogateescape", so that later stages can
// report the same errors CPython reports.

import { CODEC_ALIASES, MULTI_BYTE_CODECS, SINGLE_BYTE_CODECS } from "./codec_tables.generated.js";
import { PySyntaxError } from "./syntax_error.js";

export interface DecodedSource {
  /** The text the tokenizer reads ("\n" line ends; a final "\n" appended for exec input). */
  text: string;
  /** CPython's tok->encoding: null for bytes with neither BOM nor cookie. */
  encoding: string | null;
}

/** An error raised while setting up the tokenizer: SyntaxError(msg, (filename, 0, -1, None)). */
export function tokenizerInitError(msg: string, filename: string): PySyntaxError {
  return new PySyntaxError("SyntaxError", msg, filename, 0, -1, null, null, null);
}

export function nullBytesError(filename: string): PySyntaxError {
  return new PySyntaxError(
    "SyntaxError",
    "source code string cannot contain null bytes",
    filename,
    null,
    null,
    null,
    null,
    null,
  );
}

/** translate_newlines for text: "\r\n" and "\r" become "\n"; exec input gets a final "\n". */
export function translateNewlines(s: string, execInput: boolean): string {
  // CPython's loop ends with c == '\0' when the input ends with "\r\n", so such input gets an
  // extra newline (an empty last line) too.
  const endsCrLf = s.endsWith("\r\n");
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  if (execInput && (s.length === 0 || s.charCodeAt(s.length - 1) !== 10 || endsCrLf)) s += "\n";
  return s;
}

function translateNewlinesBytes(b: Uint8Array, execInput: boolean): Uint8Array {
  let hasCr = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 13) {
      hasCr = true;
      break;
    }
  }
  let out = b;
  const n0 = b.length;
  const endsCrLf = n0 >= 2 && b[n0 - 2] === 13 && b[n0 - 1] === 10;
  if (hasCr) {
    const buf = new Uint8Array(b.length);
    let n = 0;
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (c === 13) {
        buf[n++] = 10;
        if (b[i + 1] === 10) i++;
      } else buf[n++] = c;
    }
    out = buf.subarray(0, n);
  }
  if (execInput && (out.length === 0 || out[out.length - 1] !== 10 || endsCrLf)) {
    const buf = new Uint8Array(out.length + 1);
    buf.set(out);
    buf[out.length] = 10;
    out = buf;
  }
  return out;
}

/** get_normal_name: canonical spellings for utf-8 and latin-1. */
function getNormalName(s: string): string {
  const buf = s.slice(0, 12).toLowerCase().replace(/_/g, "-");
  if (buf === "utf-8" || buf.startsWith("utf-8-")) return "utf-8";
  if (
    buf === "latin-1" ||
    buf === "iso-8859-1" ||
    buf === "iso-latin-1" ||
    buf.startsWith("latin-1-") ||
    buf.startsWith("iso-8859-1-") ||
    buf.startsWith("iso-latin-1-")
  ) {
    return "iso-8859-1";
  }
  return s;
}

/** get_coding_spec: the cookie of one line (bytes, without the "\n"), or null. */
function getCodingSpec(line: Uint8Array): string | null {
  const size = line.length;
  let i = 0;
  for (; i < size - 6; i++) {
    const c = line[i];
    if (c === 35) break; // '#'
    if (c !== 32 && c !== 9 && c !== 12) return null;
  }
  for (; i < size - 6; i++) {
    if (
      line[i] === 99 &&
      line[i + 1] === 111 &&
      line[i + 2] === 100 &&
      line[i + 3] === 105 &&
      line[i + 4] === 110 &&
      line[i + 5] === 103
    ) {
      let t = i + 6;
      if (line[t] !== 58 && line[t] !== 61) continue;
      do {
        t++;
      } while (line[t] === 32 || line[t] === 9);
      const begin = t;
      while (t < size) {
        const c = line[t];
        const ok =
          (c >= 48 && c <= 57) ||
          (c >= 65 && c <= 90) ||
          (c >= 97 && c <= 122) ||
          c === 45 ||
          c === 95 ||
          c === 46;
        if (!ok) break;
        t++;
      }
      if (begin < t) {
        let name = "";
        for (let k = begin; k < t; k++) name += String.fromCharCode(line[k]);
        return getNormalName(name);
      }
    }
  }
  return null;
}

/** Whether a line holds only whitespace and/or a comment (the cookie may then be on line 2). */
function isBlankOrComment(line: Uint8Array): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === 35 || c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 12) return false;
  }
  return true;
}

/** UTF-8 decoding that keeps undecodable bytes as U+DC80..U+DCFF. */
export function decodeUtf8Escaped(b: Uint8Array): string {
  // Fast path: valid UTF-8.
  try {
    return strictUtf8.decode(b);
  } catch {
    // fall through
  }
  let out = "";
  let i = 0;
  const n = b.length;
  let runStart = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else need = -1;
    let ok = need > 0 && i + need < n + 0;
    if (ok) {
      for (let j = 1; j <= need; j++) {
        const d = b[i + j];
        if (d === undefined || d < (j === 1 ? lo : 0x80) || d > (j === 1 ? hi : 0xbf)) {
          ok = false;
          break;
        }
      }
    }
    if (ok) {
      i += need + 1;
      continue;
    }
    out += strictUtf8.decode(b.subarray(runStart, i));
    out += String.fromCharCode(0xdc00 + c);
    i++;
    runStart = i;
  }
  out += strictUtf8.decode(b.subarray(runStart, n));
  return out;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** encodings.normalize_encoding + lowercasing, as codecs.lookup does. */
function normalizeCodecName(name: string): string {
  let out = "";
  let punct = false;
  for (const c of name.toLowerCase()) {
    if (/[a-z0-9.]/.test(c)) {
      if (punct && out.length > 0) out += "_";
      out += c;
      punct = false;
    } else punct = true;
  }
  return out;
}

/** Decodes `b` with the codec a cookie named; codec failures are tokenizer init errors. */
function decodeWithCodec(b: Uint8Array, name: string, filename: string): string {
  const codec = CODEC_ALIASES[normalizeCodecName(name)];
  if (codec === undefined) throw tokenizerInitError(`unknown encoding: ${name}`, filename);
  if (codec === "utf_8") {
    const s = decodeUtf8Escaped(b);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xdc80 && c <= 0xdcff) {
        const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
        if (prev >= 0xd800 && prev <= 0xdbff) continue;
        throw tokenizerInitError(utf8ErrorAt(b, filename), filename);
      }
    }
    return s;
  }
  if (codec === "ascii") {
    for (let i = 0; i < b.length; i++) {
      if (b[i] >= 0x80) {
        throw tokenizerInitError(
          `'ascii' codec can't decode byte 0x${b[i].toString(16)} in position ${i}: ordinal not in range(128)`,
          filename,
        );
      }
    }
    return decodeUtf8Escaped(b);
  }
  const table = SINGLE_BYTE_CODECS[codec];
  if (table !== undefined) {
    const parts: string[] = [];
    let run = 0;
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (c < 0x80) continue;
      const ch = table[c - 0x80];
      if (ch === "\ufffe") {
        throw tokenizerInitError(
          `'charmap' codec can't decode byte 0x${c.toString(16)} in position ${i}: character maps to <undefined>`,
          filename,
        );
      }
      parts.push(asciiText(b.subarray(run, i)), ch);
      run = i + 1;
    }
    parts.push(asciiText(b.subarray(run)));
    return parts.join("");
  }
  try {
    return new TextDecoder(MULTI_BYTE_CODECS[codec], { fatal: true }).decode(b);
  } catch {
    throw tokenizerInitError(`'${codec}' codec can't decode bytes`, filename);
  }
}

/** Bytes below 0x80 as characters. */
function asciiText(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

function utf8ErrorAt(b: Uint8Array, _filename: string): string {
  // Reuse the escaped decoding to find the first bad byte.
  const s = decodeUtf8Escaped(b);
  let pos = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff) {
      return `'utf-8' codec can't decode byte 0x${(c - 0xdc00).toString(16)} in position ${pos}: invalid start byte`;
    }
    pos += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return "'utf-8' codec can't decode bytes";
}

/** decode_str: bytes source to the tokenizer's text. */
export function decodeSourceBytes(input: Uint8Array, execInput: boolean, filename: string): DecodedSource {
  if (input.includes(0)) throw nullBytesError(filename);
  let b = translateNewlinesBytes(input, execInput);
  let encoding: string | null = null;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    b = b.subarray(3);
    encoding = "utf-8";
  }
  // The first two lines, for the coding cookie.
  const nl1 = b.indexOf(10);
  let cookie: string | null = null;
  if (nl1 >= 0) {
    const line1 = b.subarray(0, nl1);
    cookie = getCodingSpec(line1);
    if (cookie === null && isBlankOrComment(line1)) {
      const nl2 = b.indexOf(10, nl1 + 1);
      if (nl2 >= 0) cookie = getCodingSpec(b.subarray(nl1 + 1, nl2));
    }
  }
  if (cookie !== null) {
    if (encoding !== null) {
      if (cookie !== "utf-8") throw tokenizerInitError(`encoding problem: ${cookie} with BOM`, filename);
    } else if (cookie === "utf-8") {
      encoding = "utf-8";
    } else {
      return { text: decodeWithCodec(b, cookie, filename), encoding: cookie };
    }
  }
  return { text: decodeUtf8Escaped(b), encoding };
}

/** Decodes a line read back from the source file for an error message (null if that fails). */
export function decodeLineWith(encoding: string | null): (raw: Uint8Array) => string | null {
  return (raw) => {
    if (encoding === null) {
      try {
        return strictUtf8.decode(raw);
      } catch {
        return null;
      }
    }
    try {
      return decodeWithCodec(raw, encoding, "").replace(/[\udc80-\udcff]/g, "\ufffd");
    } catch {
      return new TextDecoder("utf-8").decode(raw);
    }
  };
}

/** An error of the file tokenizer's decoding setup: a SyntaxError without location. */
function fileDecodingError(msg: string, filename: string): PySyntaxError {
  return new PySyntaxError("SyntaxError", msg, filename, null, null, null, null, null);
}

/**
 * How CPython's file tokenizer (a script run as `python3 FILE`) decodes: BOM and cookie as for
 * strings, but a bad cookie is an "encoding problem", lines are read with universal newlines
 * (no extra line after a final "\r\n"), and without a declared encoding each line is checked
 * for UTF-8 as the tokenizer reads it (see Tokenizer.checkFileLine).
 */
export function decodeSourceFile(input: Uint8Array, filename: string): DecodedSource {
  let b = input;
  let encoding: string | null = null;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    b = b.subarray(3);
    encoding = "utf-8";
  }
  b = translateNewlinesBytes(b, false);
  if (b.length > 0 && b[b.length - 1] !== 10) {
    const buf = new Uint8Array(b.length + 1);
    buf.set(b);
    buf[b.length] = 10;
    b = buf;
  }
  const nl1 = b.indexOf(10);
  let cookie: string | null = null;
  if (nl1 >= 0) {
    const line1 = b.subarray(0, nl1);
    cookie = getCodingSpec(line1);
    if (cookie === null && isBlankOrComment(line1)) {
      const nl2 = b.indexOf(10, nl1 + 1);
      if (nl2 >= 0) cookie = getCodingSpec(b.subarray(nl1 + 1, nl2));
    }
  }
  if (cookie !== null) {
    if (encoding !== null) {
      if (cookie !== "utf-8") throw fileDecodingError(`encoding problem: ${cookie} with BOM`, filename);
    } else if (cookie === "utf-8") {
      encoding = "utf-8";
    } else {
      try {
        return { text: decodeWithCodec(b, cookie, filename), encoding: cookie };
      } catch {
        throw fileDecodingError(`encoding problem: ${cookie}`, filename);
      }
    }
  }
  return { text: decodeUtf8Escaped(b), encoding };
}
