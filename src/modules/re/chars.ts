/**
 * Character predicates and case mappings of the regular expression engine (CPython's
 * Modules/_sre/sre.c): the ASCII, locale and Unicode flavours of \d \s \w, line breaks, and the
 * simple case mappings `sre_lower_unicode`/`sre_upper_unicode` (Py_UNICODE_TOLOWER/TOUPPER:
 * the first character of the full mapping, as CPython's tables store it).
 *
 * The locale flavour is that of a UTF-8 (or C) LC_CTYPE, where tolower/toupper/isalnum only
 * know ASCII for byte values: Python 3 sets LC_CTYPE from the environment at startup, and the
 * usual UTF-8 locales classify no byte above 127.
 */
import {
  CharFlag,
  charFlags,
  isDecimal,
  isLineBreak,
  isSpace,
  toLowerFull,
  toUpperFull,
} from "../../objects/unicode_data.js";
import { Ch } from "./constants.js";

// ---------------------------------------------------------------------------------------------
// ASCII

/** sre_lower_ascii. */
export function lowerAscii(ch: number): number {
  return ch >= 65 && ch <= 90 ? ch + 32 : ch;
}

function upperAscii(ch: number): number {
  return ch >= 97 && ch <= 122 ? ch - 32 : ch;
}

export function isAsciiDigit(ch: number): boolean {
  return ch >= 48 && ch <= 57;
}

/** SRE_IS_SPACE: " \t\n\v\f\r" (not the \x1c-\x1f separators). */
export function isAsciiSpace(ch: number): boolean {
  return ch === 32 || (ch >= 9 && ch <= 13);
}

function isAsciiAlnum(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
}

/** SRE_IS_WORD. */
export function isAsciiWord(ch: number): boolean {
  return isAsciiAlnum(ch) || ch === 95;
}

/** _sre.ascii_iscased. */
export function asciiIsCased(ch: number): boolean {
  return ch < 128 && ((ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122));
}

// ---------------------------------------------------------------------------------------------
// Locale (a UTF-8 LC_CTYPE: only ASCII is classified)

export function lowerLocale(ch: number): number {
  return ch < 256 ? lowerAscii(ch) : ch;
}

export function upperLocale(ch: number): number {
  return ch < 256 ? upperAscii(ch) : ch;
}

/** SRE_LOC_IS_WORD. */
export function isLocaleWord(ch: number): boolean {
  return (ch < 256 && isAsciiAlnum(ch)) || ch === 95;
}

/** char_loc_ignore. */
export function charLocIgnore(pattern: number, ch: number): boolean {
  return ch === pattern || lowerLocale(ch) === pattern || upperLocale(ch) === pattern;
}

// ---------------------------------------------------------------------------------------------
// Unicode

/** Simple lower/upper mappings of the BMP, filled on demand (-1 = not computed yet). */
let lowerBmp: Int32Array | null = null;
let upperBmp: Int32Array | null = null;

function firstCodePoint(s: string): number {
  return s.codePointAt(0)!;
}

/** sre_lower_unicode (Py_UNICODE_TOLOWER). */
export function lowerUnicode(ch: number): number {
  if (ch < 128) return ch >= 65 && ch <= 90 ? ch + 32 : ch;
  if (ch < 0x10000) {
    const t = (lowerBmp ??= new Int32Array(0x10000).fill(-1));
    let r = t[ch]!;
    if (r < 0) t[ch] = r = firstCodePoint(toLowerFull(ch));
    return r;
  }
  return firstCodePoint(toLowerFull(ch));
}

/** sre_upper_unicode (Py_UNICODE_TOUPPER). */
export function upperUnicode(ch: number): number {
  if (ch < 128) return ch >= 97 && ch <= 122 ? ch - 32 : ch;
  if (ch < 0x10000) {
    const t = (upperBmp ??= new Int32Array(0x10000).fill(-1));
    let r = t[ch]!;
    if (r < 0) t[ch] = r = firstCodePoint(toUpperFull(ch));
    return r;
  }
  return firstCodePoint(toUpperFull(ch));
}

/** _sre.unicode_iscased. */
export function unicodeIsCased(ch: number): boolean {
  return ch !== lowerUnicode(ch) || ch !== upperUnicode(ch);
}

/** SRE_UNI_IS_WORD: str.isalnum() or '_'. */
export function isUnicodeWord(ch: number): boolean {
  if (ch < 128) return isAsciiWord(ch);
  return (charFlags(ch) & CharFlag.ALNUM) !== 0;
}

/** sre_category. */
export function category(code: number, ch: number): boolean {
  switch (code) {
    case Ch.DIGIT:
      return isAsciiDigit(ch);
    case Ch.NOT_DIGIT:
      return !isAsciiDigit(ch);
    case Ch.SPACE:
      return isAsciiSpace(ch);
    case Ch.NOT_SPACE:
      return !isAsciiSpace(ch);
    case Ch.WORD:
      return isAsciiWord(ch);
    case Ch.NOT_WORD:
      return !isAsciiWord(ch);
    case Ch.LINEBREAK:
      return ch === 10;
    case Ch.NOT_LINEBREAK:
      return ch !== 10;
    case Ch.LOC_WORD:
      return isLocaleWord(ch);
    case Ch.LOC_NOT_WORD:
      return !isLocaleWord(ch);
    case Ch.UNI_DIGIT:
      return ch < 128 ? isAsciiDigit(ch) : isDecimal(ch);
    case Ch.UNI_NOT_DIGIT:
      return !(ch < 128 ? isAsciiDigit(ch) : isDecimal(ch));
    case Ch.UNI_SPACE:
      return isSpace(ch);
    case Ch.UNI_NOT_SPACE:
      return !isSpace(ch);
    case Ch.UNI_WORD:
      return isUnicodeWord(ch);
    case Ch.UNI_NOT_WORD:
      return !isUnicodeWord(ch);
    case Ch.UNI_LINEBREAK:
      return isLineBreak(ch);
    case Ch.UNI_NOT_LINEBREAK:
      return !isLineBreak(ch);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// re._casefix._EXTRA_CASES: lower-case characters that share their upper case with other
// lower-case characters (generated from Unicode 14.0 as CPython 3.11 has it).

const EXTRA_CASES_DATA =
  "69:131,73:17f,b5:3bc,131:69,17f:73,345:3b9 1fbe,390:1fd3,3b0:1fe3,3b2:3d0,3b5:3f5,3b8:3d1," +
  "3b9:345 1fbe,3ba:3f0,3bc:b5,3c0:3d6,3c1:3f1,3c2:3c3,3c3:3c2,3c6:3d5,3d0:3b2,3d1:3b8,3d5:3c6," +
  "3d6:3c0,3f0:3ba,3f1:3c1,3f5:3b5,432:1c80,434:1c81,43e:1c82,441:1c83,442:1c84 1c85,44a:1c86," +
  "463:1c87,1c80:432,1c81:434,1c82:43e,1c83:441,1c84:442 1c85,1c85:442 1c84,1c86:44a,1c87:463," +
  "1c88:a64b,1e61:1e9b,1e9b:1e61,1fbe:345 3b9,1fd3:390,1fe3:3b0,a64b:1c88,fb05:fb06,fb06:fb05";

let extraCases: Map<number, number[]> | null = null;

export function getExtraCases(): Map<number, number[]> {
  if (extraCases === null) {
    extraCases = new Map();
    for (const entry of EXTRA_CASES_DATA.split(",")) {
      const [k, v] = entry.split(":");
      extraCases.set(
        parseInt(k!, 16),
        v!.split(" ").map((x) => parseInt(x, 16)),
      );
    }
  }
  return extraCases;
}
