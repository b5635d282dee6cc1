/**
 * `_stdlib_helpers`: small services the Python-written stdlib modules in lib/ need from the
 * runtime and cannot compute themselves without modules heapstack lacks (`ast`, `unicodedata`):
 *
 * - `caret_anchors(segment)`: where traceback.py puts its `~~~^^^~~~` markers in a source
 *   segment (CPython 3.11's `_extract_caret_anchors_from_line_segment`, which parses the
 *   segment with `ast`): our parser does the parsing.
 * - `display_width(text, offset)`: columns taken by `text[:offset]` on a terminal, wide East
 *   Asian characters counting two (`unicodedata.east_asian_width` in 'WF', Unicode 14).
 * - `textwrap_chunks(text, words)`: textwrap's word splitting (its regular expressions' work).
 * - `json_encode_pretty(...)`: json's indent= encoding with the pure-Python encoder's behaviour.
 * - `protocol_members(cls, excluded)`, `only_methods(cls, members)`: typing's runtime-protocol
 *   member scan and its all-callable test, which every isinstance() against a protocol runs.
 * - `path_split(text)`: lib/pathlib.py's split of a POSIX path text into its root and names;
 *   `path_parse(args, PurePath)` the same over the arguments of PurePosixPath(...).
 * - `members_of(object, names, chain, predicate)`: inspect.getmembers' loop over dir()'s names.
 * - `c_type_name(cls, "module.Name")`: a Python class that stands for a C type gets the C type's
 *   dotted tp_name for messages while its __name__ stays "Name".
 * - `format_exception(exc)`: traceback.format_exception's text, joined, for lib code that also
 *   runs while the interpreter shuts down (asyncio's handler of a Task destroyed at exit), when
 *   sys.modules is empty and importing traceback fails.
 * - `c_layout(cls, basicsize, gc=False)`: a Python class that stands for a C type gets the C
 *   type's instance size and, unless `gc`, is not a GC type (see declareCLayout).
 */

import { Op } from "../compiler/opcodes.js";
import {
  PyObject_CallOneArg,
  PyObject_GetAttrString,
  PyObject_GetItem,
  PyObject_IsTrue,
  PyObject_LookupAttr,
  PyObject_LookupAttrString,
  PySequence_Contains,
} from "../objects/abstract.js";
import { parseArgs } from "../objects/args.js";
import { Py_False, PyBool_FromBool } from "../objects/bool.js";
import { PyCode } from "../objects/code.js";
import { type PyDict, PyDict_CheckExact, PyDict_GetItemString } from "../objects/dict.js";
import { PyExc_TypeError, raise } from "../objects/exceptions.js";
import { PyInt, PyInt_FromNumber } from "../objects/int.js";
import { type PyList, PyList_Append, PyList_New, PyList_SetSlice, PyList_Type } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, type PyObject } from "../objects/object.js";
import { PySet, PySet_Add, PySet_Contains, PySet_New, PySet_Type, setKeys } from "../objects/set.js";
import {
  argTypeName,
  cpLength,
  isUnicodeSpace,
  PyStr,
  PyStr_FromString,
  PyStr_Type,
} from "../objects/str.js";
import { type PyTuple, PyTuple_New, PyTuple_Type } from "../objects/tuple.js";
import { PyType, TypeFlag } from "../objects/type.js";
import { declareCLayout, nameLikeStaticType } from "../objects/typeobject.js";
import { isDecimal } from "../objects/unicode_data.js";
import type * as ast from "../parser/index.js";
import { parse } from "../parser/index.js";
import { formatException } from "../vm/traceback_print.js";
import { py_encode_pretty, py_skip_ws } from "./_json.js";
import { PyObject_IsInstance } from "./builtins/objects.js";
import { registerFunctionModule } from "./importlib.js";
import { isUnicodeWord } from "./re/chars.js";

const utf8 = new TextEncoder();

/** _byte_offset_to_character_offset: code points of the UTF-8 prefix (invalid bytes count one each). */
function byteToChar(text: string, offset: number): number {
  const bytes = utf8.encode(text);
  const prefix = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, Math.max(0, offset)));
  return Array.from(prefix).length;
}

/** str.isspace() of one character. */
function isSpace(c: string | undefined): boolean {
  return (
    c !== undefined &&
    /^[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u.test(c)
  );
}

/**
 * Anchors for a BinOp (the operator) or a Subscript (the brackets), as code point offsets in
 * the segment; null when the segment is not a single such expression.
 */
export function caretAnchors(segment: string): [number, number] | null {
  let mod: ast.mod;
  try {
    mod = parse(segment, "exec", { filename: "<unknown>" });
  } catch {
    return null;
  }
  const body = (mod as ast.Module).body;
  if (body.length !== 1) return null;
  const stmt = body[0]!;
  if (stmt._type !== "Expr") return null;
  const expr = (stmt as ast.Expr).value;
  const chars = Array.from(segment);
  const n = chars.length;
  if (expr._type === "BinOp") {
    const b = expr as ast.BinOp;
    const opStart = byteToChar(segment, b.left.end_col_offset!);
    const opEnd = byteToChar(segment, b.right.col_offset);
    const opText = chars.slice(opStart, opEnd);
    let lead = 0;
    while (lead < opText.length && isSpace(opText[lead])) lead++;
    // CPython 3.11.7 adds a character count to a byte offset here (only equal for ASCII).
    let left = b.left.end_col_offset! + lead;
    let right = left + 1;
    if (lead + 1 < opText.length && !isSpace(opText[lead + 1])) right++;
    while (left < n && (isSpace(chars[left]) || chars[left] === ")" || chars[left] === "#")) {
      left++;
      right++;
    }
    return [byteToChar(segment, left), byteToChar(segment, right)];
  }
  if (expr._type === "Subscript") {
    const s = expr as ast.Subscript;
    let left = byteToChar(segment, s.value.end_col_offset!);
    let right = byteToChar(segment, s.slice.end_col_offset! + 1);
    while (left < n && (isSpace(chars[left]) || chars[left] !== "[")) left++;
    while (right < n && (isSpace(chars[right]) || chars[right] !== "]")) right++;
    if (right < n) right++;
    return [left, right];
  }
  return null;
}

// East Asian Wide and Fullwidth ranges (Unicode 14, as CPython 3.11's unicodedata): pairs of
// (gap from the previous range's end, length), hexadecimal.
const WIDE_RANGES_TEXT =
  "378,2,6,4,7,1,1,1,14,1,18d,1,26,2,32,2,3,1,37,8,1b,4,6,b,10e,1,3c,2,65,e,3b,2,31,2,f,1,1c,2,1,1," +
  "b,5,1f,1,2,6,ec,1,8,2,2,2,16,1,7,1,1,3,4,2,9,2,2,2,4,8,1,4,2,1,5,2,19,2,3,1,6,4,2,2,16,1,7,1,2," +
  "1,2,1,2,2,1,1,5,4,2,2,3,3,1,7,4,1,1,7,11,a,3,1,9,1,3,1,16,1,7,1,2,1,5,2,a,1,3,1,3,2,1,f,4,2,c,7," +
  "7,1,3,1,8,2,2,2,16,1,7,1,2,1,5,2,9,2,2,2,3,7,3,4,2,1,5,2,12,a,2,1,6,3,3,1,4,3,2,1,1,1,2,3,2,3,3," +
  "3,c,4,5,3,3,1,4,2,1,6,1,e,15,5,d,1,3,1,17,1,10,2,9,1,3,1,4,7,2,1,3,2,1,2,4,2,a,7,16,1,3,1,17,1," +
  "a,1,5,2,9,1,3,1,4,7,2,6,2,1,4,2,a,1,2,d,d,1,3,1,33,1,3,1,6,4,10,2,1a,1,3,1,12,3,18,1,9,1,1,2,7," +
  "3,1,4,6,1,1,1,8,6,a,2,3,c,3a,4,1d,25,2,1,1,1,5,1,18,1,1,1,17,2,5,1,1,1,6,2,a,2,4,20,48,1,24,4," +
  "27,1,24,1,f,1,d,25,c6,1,1,5,1,2,30,60,e9,1,4,2,7,1,1,1,4,2,29,1,4,2,21,1,4,2,7,1,1,1,4,2,f,1,39," +
  "1,4,2,43,2,20,3,1a,6,56,2,6,2,29d,3,59,7,16,9,18,9,14,c,d,1,3,1,2,c,5e,2,a,6,a,6,1a,6,59,7,2b,5," +
  "46,a,1f,1,c,4,c,4,1,3,2a,2,5,b,2c,4,1a,6,b,3,3e,2,41,1,1d,2,b,6,a,6,e,2,1f,31,4d,3,2f,1,74,8,3c," +
  "3,f,3,3c,7,2b,2,b,8,2b,5,216,2,6,2,26,2,6,2,8,1,1,1,1,1,1,1,1f,2,35,1,f,1,e,2,6,1,13,2,3,1,9,1," +
  "65,1,c,2,1b,1,d,3,21,f,21,f,8c,4,18a,2,d,2,be,4,3,1,2,1,33,19,b,15,19d,2,15,2,32,c,2b,1,13,1,d," +
  "1,8,2,11,2,5,2,8,1,5,1,15,1,7,2,1,1,4,1,2,1,7,1,4,2,1c,1,23,1,1,1,4,3,1,1,3d,3,18,1,e,1,35b,2," +
  "33,1,4,1,1e,2,20,1,15d,5,2d,1,1,5,1,2,38,7,2,e,18,9,7,1,7,1,7,1,7,1,7,1,7,1,7,1,7,1,7e,1e1,1," +
  "208,8,1b70,40,56d0,15c,14,b8,8,cb,5,2,1,1,1,5,18,3b,3,a,6,38,8,46,8,c,6,74,b,1,20,4e,1,b,4,21,1," +
  "37,9,e,2,a,2,67,18,1c,a,6,2,6,2,6,9,7,1,7,1,3c,4,7e,2,a,2bb6,17,4,31,4,2100,200,7,c,5,5,1a,1,5," +
  "1,1,1,2,1,2,1,7d,10,1bd,2,36,7,1,20,20,10,10,40,5,1,87,2,1,61,5e,3,6,2,6,2,6,2,3,b,7,a,5,2,c,1," +
  "1a,1,13,1,2,1,f,2,e,22,7b,5,3,4,2d,3,58,1,d,3,1,2f,2e,82,1d,3,31,f,1c,4,24,9,1e,5,2b,5,1e,1,25," +
  "4,e,2a,9e,2,a,6,24,4,24,4,28,8,34,b,c,1,f,1,7,1,2,1,b,1,f,1,7,1,2,43,137,9,16,a,8,18,6,1,2a,1,9," +
  "45,6,2,1,1,2c,1,2,3,1,2,17,1,48,8,9,30,13,1,2,5,21,3,1b,5,1,40,38,4,14,2,32,1,2,5,8,1,3,1,1d,2," +
  "3,4,a,7,9,7,40,20,27,4,c,9,36,3,1d,2,1b,5,1a,7,4,c,7,50,49,37,33,d,33,7,2e,8,a,126,1f,1,2a,1,3," +
  "2,2,4e,28,8,2a,16,1a,26,1c,14,17,9,4e,4,24,9,44,a,1,2,19,7,a,6,35,1,12,8,27,9,60,1,14,b,12,1,2c," +
  "41,7,1,1,1,4,1,f,1,b,6,3b,5,a,6,4,1,8,2,2,2,16,1,7,1,2,1,5,1,a,2,2,2,3,2,1,6,1,5,7,2,7,3,5,8b," +
  "5c,1,5,1e,48,8,a,a6,36,2,26,22,45,b,a,6,d,13,3a,6,a,36,1b,2,f,4,17,b9,3c,64,53,c,8,2,1,2,8,1,2," +
  "1,1e,1,2,2,c,9,a,46,8,2,2e,2,b,1b,48,8,53,d,49,107,9,1,2d,1,e,a,1d,3,20,2,16,1,e,49,7,1,2,1,2c," +
  "3,1,1,2,1,9,8,a,6,6,1,2,1,25,1,2,1,6,7,a,136,19,b7,1,f,32,d,39b,66,6f,1,5,b,c4,a4c,63,d,42f,1,9," +
  "fc7,247,21b9,239,7,1f,1,a,4,51,1,a,6,1e,2,6,a,46,a,a,1,7,1,15,5,13,2b0,5b,65,4b,4,39,7,11,4c60," +
  "6b,5,d,3,9,7,a,2,8,125c,2e,2,17,9,74,3c,f6,a,27,2,c2,15,46,9a,14,c,57,9,19,87,55,1,47,1,2,2,1,2," +
  "2,2,4,1,c,1,1,1,7,1,41,1,4,2,8,1,7,1,1c,1,4,1,5,1,1,3,7,1,154,2,124,2,2be,f,5,1,f,450,1f,e1,7,1," +
  "11,2,7,1,2,1,5,d5,2d,3,e,2,a,4,2,140,1f,11,3a,5,1,4e0,7,1,4,1,2,1,f,1,c5,2,10,29,4c,4,a,4,2,311," +
  "44,4c,3d,c2,4,1,1b,1,2,1,1,2,1,1,a,1,4,1,1,1,1,6,1,4,1,1,1,1,1,1,3,1,2,1,1,2,1,1,1,1,1,1,1,1,1," +
  "1,2,1,1,2,4,1,7,1,4,1,4,1,1,1,a,1,11,5,3,1,5,1,11,34,2,10e,4,1,27,4,64,c,f,2,f,1,e,2,25,a,8e,1," +
  "2,a,13,38,1a,121,c,9,1,46,1,16,c,2b,4,5,c,11,3,1,3,47,1,1,1,bb,2,3f,d,4,1,18,12,1,1a,2,d,1,56," +
  "55,30,46,6,1,3,3,2,b,b,5,4,c,74,c,59,27,c,4,38,8,a,6,28,8,1e,2,2,4e,c,2f,1,a,1,b9,54,c,e,92,93," +
  "1,37,25,a,c0407,1,1e,60,80,f0,fe10,fffe,2,fffe,2";

let wideRanges: Uint32Array | null = null;

/** East Asian Width W or F: two columns on a terminal (also used by traceback carets). */
export function wide(cp: number): boolean {
  if (wideRanges === null) {
    const parts = WIDE_RANGES_TEXT.split(",").map((h) => Number.parseInt(h, 16));
    wideRanges = new Uint32Array(parts.length);
    let at = 0;
    for (let i = 0; i < parts.length; i += 2) {
      const start = at + parts[i]!;
      wideRanges[i] = start;
      wideRanges[i + 1] = start + parts[i + 1]!;
      at = start + parts[i + 1]!;
    }
  }
  const r = wideRanges;
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]!) hi = mid - 1;
    else if (cp >= r[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** _display_width(line, offset). */
export function displayWidth(text: string, offset: number): number {
  const chars = Array.from(text);
  if (chars.every((c) => c.codePointAt(0)! < 128)) return offset;
  let width = 0;
  for (const c of chars.slice(0, Math.max(0, offset))) width += wide(c.codePointAt(0)!) ? 2 : 1;
  return width;
}

// ---------------------------------------------------------------------------------------------
// textwrap's chunking (the work of CPython's wordsep_re / wordsep_simple_re)

/** The whitespace textwrap breaks on: "\t\n\x0b\x0c\r " only. */
function twSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function twLetter(c: number): boolean {
  return isUnicodeWord(c) && !isDecimal(c);
}

/** \w or one of !"'&.,? */
function twWordPunct(c: number): boolean {
  return isUnicodeWord(c) || c === 33 || c === 34 || c === 39 || c === 38 || c === 46 || c === 44 || c === 63;
}

const DASH = 45;

/** Whether cps[j:] is two or more '-' followed by a word character. */
function dashRunThenWord(cps: number[], j: number): boolean {
  let k = j;
  while (k < cps.length && cps[k] === DASH) k++;
  return k - j >= 2 && k < cps.length && isUnicodeWord(cps[k]!);
}

/** End of the wordsep_re chunk starting at i. */
function chunkEnd(cps: number[], i: number): number {
  const n = cps.length;
  const c = cps[i]!;
  if (twSpace(c)) {
    let j = i + 1;
    while (j < n && twSpace(cps[j]!)) j++;
    return j;
  }
  // an em-dash between words
  if (c === DASH && i > 0 && twWordPunct(cps[i - 1]!)) {
    let k = i;
    while (k < n && cps[k] === DASH) k++;
    if (k - i >= 2 && k < n && isUnicodeWord(cps[k]!)) return k;
  }
  // a word, possibly ending just after a hyphen of a hyphenated word
  for (let j = i + 1; ; j++) {
    if (j < n && cps[j] === DASH) {
      const letters =
        (j >= 2 && twLetter(cps[j - 1]!) && twLetter(cps[j - 2]!)) ||
        (j >= 3 && twLetter(cps[j - 1]!) && cps[j - 2] === DASH && twLetter(cps[j - 3]!));
      if (letters && j + 1 < n && twLetter(cps[j + 1]!)) {
        if (
          j + 2 < n &&
          (twLetter(cps[j + 2]!) || (cps[j + 2] === DASH && j + 3 < n && twLetter(cps[j + 3]!)))
        ) {
          return j + 1;
        }
      }
    }
    if (j >= n || twSpace(cps[j]!)) return j;
    if (twWordPunct(cps[j - 1]!) && dashRunThenWord(cps, j)) return j;
  }
}

/**
 * The non-empty pieces of textwrap's split of `text`: words (hyphenated ones split after
 * their hyphens), whitespace runs and em-dashes when `words`; otherwise whitespace runs and
 * what lies between them.
 */
export function textwrapChunks(text: string, words: boolean): string[] {
  const cps: number[] = [];
  const units: number[] = [];
  for (let u = 0; u < text.length; ) {
    const c = text.codePointAt(u)!;
    cps.push(c);
    units.push(u);
    u += c > 0xffff ? 2 : 1;
  }
  units.push(text.length);
  const out: string[] = [];
  const n = cps.length;
  for (let i = 0; i < n; ) {
    let j: number;
    if (words) j = chunkEnd(cps, i);
    else {
      const ws = twSpace(cps[i]!);
      j = i + 1;
      while (j < n && twSpace(cps[j]!) === ws) j++;
    }
    out.push(text.slice(units[i], units[j]));
    i = j;
  }
  return out;
}

function strArg(fname: string, o: PyObject | null): string {
  if (!(o instanceof PyStr))
    raise(PyExc_TypeError, `${fname}() argument must be str, not ${argTypeName(o!)}`);
  return o.value;
}

/** s.strip() == '' (no whitespace character is astral). */
function allSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isUnicodeSpace(s.charCodeAt(i))) return false;
  return true;
}

/**
 * The root ('', '/', or '//' but not '///') of a POSIX path text; its names, '' and '.' left
 * out, are appended to `names` as new strs.
 */
function splitPosixPath(text: string, names: PyObject[]): string {
  let root = "";
  if (text.startsWith("/")) root = text.startsWith("//") && !text.startsWith("///") ? "//" : "/";
  for (const name of text.split("/")) if (name !== "" && name !== ".") names.push(PyStr_FromString(name));
  return root;
}

/**
 * lib/pathlib.py's _parse(args) when every argument is an exact str or a POSIX PurePath
 * (`pathType`) whose _root is an exact str and _names an exact list: (root, names), an
 * anchored argument restarting the names. Null for anything else (the Python loop then runs,
 * with its os.fspath calls and errors).
 */
function parsePosixPathArgs(args: PyTuple, pathType: PyObject): PyTuple | null {
  let root = "";
  const names: PyObject[] = [];
  const restart = (): void => {
    for (const n of names) Py_DECREF(n);
    names.length = 0;
  };
  for (const arg of args.items) {
    if (arg.ob_type === PyStr_Type) {
      const parts: PyObject[] = [];
      const argRoot = splitPosixPath((arg as PyStr).value, parts);
      if (argRoot !== "") {
        root = argRoot;
        restart();
      }
      names.push(...parts);
      continue;
    }
    const pathParts = PyObject_IsInstance(arg, pathType) ? posixPathParts(arg) : null;
    if (pathParts === null) {
      restart();
      return null;
    }
    const [argRoot, argNames] = pathParts;
    if (argRoot !== "") {
      root = argRoot;
      restart();
    }
    for (const n of argNames) {
      Py_INCREF(n);
      names.push(n);
    }
  }
  return PyTuple_New([PyStr_FromString(root), PyList_New(names)]);
}

/** A POSIX PurePath's root text and names (borrowed), or null when it is a Windows path or unusual. */
function posixPathParts(path: PyObject): [string, PyObject[]] | null {
  const windows = PyObject_GetAttrString(path, "_windows");
  Py_DECREF(windows);
  if (windows !== Py_False) return null;
  const root = PyObject_LookupAttrString(path, "_root");
  const names = PyObject_LookupAttrString(path, "_names");
  try {
    if (root === null || root.ob_type !== PyStr_Type || names === null || names.ob_type !== PyList_Type)
      return null;
    return [(root as PyStr).value, (names as PyList).items];
  } finally {
    if (root !== null) Py_DECREF(root);
    if (names !== null) Py_DECREF(names);
  }
}

/**
 * inspect.getmembers' loop: for each name, getattr(object, name) (a name met before, or an
 * AttributeError, falls back to the first class of `chain` whose __dict__ has it, else the name
 * is skipped), kept when `predicate` is null or says true; the (name, value) pairs unsorted.
 * The same calls in the same order as the Python loop, and the same `processed` set; null
 * when a name is not an exact str (the Python loop then runs).
 */
function membersOf(obj: PyObject, names: PyList, chain: PyTuple, predicate: PyObject | null): PyList | null {
  for (const key of names.items) if (key.ob_type !== PyStr_Type) return null;
  const found = PyList_New([]);
  const processed = PySet_New(null);
  try {
    for (let i = 0; i < names.items.length; i++) {
      const key = names.items[i] as PyStr;
      let value = PyObject_LookupAttr(obj, key);
      if (value !== null && PySet_Contains(processed, key)) {
        Py_DECREF(value);
        value = null;
      }
      if (value === null) {
        value = classDictValue(chain, key);
        if (value === null) continue;
      }
      let keep = true;
      if (predicate !== null) {
        const verdict = PyObject_CallOneArg(predicate, value);
        try {
          keep = PyObject_IsTrue(verdict);
        } finally {
          Py_DECREF(verdict);
        }
      }
      if (keep) {
        Py_INCREF(key);
        const pair = PyTuple_New([key, value]);
        PyList_Append(found, pair);
        Py_DECREF(pair);
      } else Py_DECREF(value);
      PySet_Add(processed, key);
    }
  } catch (e) {
    Py_DECREF(found);
    throw e;
  } finally {
    Py_DECREF(processed);
  }
  return found;
}

/** `klass.__dict__[key]` of the first class of `chain` whose __dict__ has the key (new reference), or null. */
function classDictValue(chain: PyTuple, key: PyStr): PyObject | null {
  for (const klass of chain.items) {
    const namespace = PyObject_GetAttrString(klass, "__dict__");
    try {
      if (PySequence_Contains(namespace, key)) return PyObject_GetItem(namespace, key);
    } finally {
      Py_DECREF(namespace);
    }
  }
  return null;
}

/**
 * lib/typing.py's _protocol_members(cls) for the usual case: a class whose __mro__ is a tuple of
 * classes with exact-str __name__s, exact-dict __annotations__ and exact-str attribute names.
 * The same set, built by the same additions in the same order; null when anything is unusual
 * (the Python code then runs, and raises what it raises).
 */
function protocolMembers(cls: PyObject, excluded: PySet): PySet | null {
  if (!(cls instanceof PyType)) return null;
  const mro = PyObject_GetAttrString(cls, "__mro__");
  const names: PyObject[] = [];
  try {
    if (mro.ob_type !== PyTuple_Type) return null;
    const bases = (mro as PyTuple).items;
    for (let i = 0; i < bases.length - 1; i++) {
      const base = bases[i]!;
      if (!(base instanceof PyType) || base.tp_dict === null) return null;
      const nm = PyObject_GetAttrString(base, "__name__");
      const plain = nm.ob_type === PyStr_Type;
      const skip = plain && ((nm as PyStr).value === "Protocol" || (nm as PyStr).value === "Generic");
      Py_DECREF(nm);
      if (!plain) return null;
      if (skip) continue;
      const dicts: PyDict[] = [base.tp_dict];
      const ann = PyDict_GetItemString(base.tp_dict, "__annotations__");
      if (ann !== null) {
        if (!PyDict_CheckExact(ann)) return null;
        dicts.push(ann);
      }
      for (const d of dicts) {
        const k = d.ma_keys;
        for (let j = 0; j < k.nentries; j++) {
          if (!k.ev[j]) continue;
          const name = k.ek[j]!;
          if (name.ob_type !== PyStr_Type) return null;
          names.push(name);
        }
      }
    }
  } finally {
    Py_DECREF(mro);
  }
  const members = PySet_New(null);
  try {
    for (const name of names) {
      if (!(name as PyStr).value.startsWith("_abc_") && !PySet_Contains(excluded, name))
        PySet_Add(members, name);
    }
  } catch (e) {
    Py_DECREF(members);
    throw e;
  }
  return members;
}

/** all(callable(getattr(cls, name, None)) for name in members), members an exact set. */
function onlyMethods(cls: PyObject, members: PySet): boolean {
  for (const name of setKeys(members)) {
    const v = name instanceof PyStr ? PyObject_LookupAttr(cls, name) : null;
    if (v === null) return false;
    const ok = v.ob_type.tp_call !== null;
    Py_DECREF(v);
    if (!ok) return false;
  }
  return true;
}

/**
 * lib/textwrap.py's TextWrapper._wrap_chunks with max_lines None and its own _handle_long_word,
 * over `chunks`, a list of exact strs that it empties as the Python code does; null (list left
 * alone) when a chunk is not an exact str.
 */
function textwrapWrap(
  list: PyList,
  width: number,
  initialIndent: string,
  subsequentIndent: string,
  dropWhitespace: boolean,
  breakLongWords: boolean,
  breakOnHyphens: boolean,
): PyObject | null {
  const pending: string[] = [];
  for (let i = list.items.length - 1; i >= 0; i--) {
    const c = list.items[i]!;
    if (c.ob_type !== PyStr_Type) return null;
    pending.push((c as PyStr).value);
  }
  PyList_SetSlice(list, 0, list.items.length, null);
  const lines: string[] = [];
  const initialLen = cpLength(initialIndent);
  const subsequentLen = cpLength(subsequentIndent);
  while (pending.length > 0) {
    const indent = lines.length > 0 ? subsequentIndent : initialIndent;
    const room = width - (lines.length > 0 ? subsequentLen : initialLen);
    const line: string[] = [];
    let size = 0;
    if (dropWhitespace && lines.length > 0 && allSpace(pending[pending.length - 1]!)) pending.pop();
    while (pending.length > 0) {
      const n = cpLength(pending[pending.length - 1]!);
      if (size + n > room) break;
      size += n;
      line.push(pending.pop()!);
    }
    if (pending.length > 0 && cpLength(pending[pending.length - 1]!) > room) {
      // _handle_long_word(pending, line, size, room)
      const space = room < 1 ? 1 : room - size;
      if (breakLongWords) {
        const word = pending[pending.length - 1]!;
        const cps = Array.from(word);
        let cut = space;
        if (breakOnHyphens && cps.length > space) {
          let dash = -1;
          for (let k = Math.min(space, cps.length) - 1; k >= 0; k--) {
            if (cps[k] === "-") {
              dash = k;
              break;
            }
          }
          if (dash > 0 && cps.slice(0, dash).some((ch) => ch !== "-")) cut = dash + 1;
        }
        const at = cut < 0 ? Math.max(0, cps.length + cut) : cut;
        line.push(cps.slice(0, at).join(""));
        pending[pending.length - 1] = cps.slice(at).join("");
      } else if (line.length === 0) line.push(pending.pop()!);
      size = 0;
      for (const piece of line) size += cpLength(piece);
    }
    if (dropWhitespace && line.length > 0 && allSpace(line[line.length - 1]!)) size -= cpLength(line.pop()!);
    if (line.length === 0) continue;
    lines.push(indent + line.join(""));
  }
  return PyList_New(lines.map((l) => PyStr_FromString(l)));
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "format_exception",
    impl: (_m, args, kw) => {
      const [exc] = parseArgs("format_exception", args, kw, { names: ["exc"], required: 1 });
      return PyStr_FromString(formatException(exc!, true));
    },
    doc: "''.join(traceback.format_exception(exc)), also while the interpreter shuts down.",
  },
  {
    name: "caret_anchors",
    impl: (_m, args, kw) => {
      const [seg] = parseArgs("caret_anchors", args, kw, { names: ["segment"], required: 1 });
      const a = caretAnchors(strArg("caret_anchors", seg));
      if (a === null) return Py_NewRef(Py_None);
      return PyTuple_New([PyInt_FromNumber(a[0]), PyInt_FromNumber(a[1])]);
    },
    doc: "(left_end_offset, right_start_offset) of traceback's caret anchors, or None.",
  },
  {
    name: "display_width",
    impl: (_m, args, kw) => {
      const [text, offset] = parseArgs("display_width", args, kw, { names: ["text", "offset"], required: 2 });
      if (!(offset instanceof PyInt)) raise(PyExc_TypeError, "display_width() offset must be int");
      return PyInt_FromNumber(displayWidth(strArg("display_width", text), Number(offset.value)));
    },
    doc: "Terminal columns taken by text[:offset] (wide East Asian characters count two).",
  },
  {
    name: "textwrap_chunks",
    impl: (_m, args, kw) => {
      const [text, words] = parseArgs("textwrap_chunks", args, kw, { names: ["text", "words"], required: 2 });
      const chunks = textwrapChunks(strArg("textwrap_chunks", text), PyObject_IsTrue(words!));
      return PyList_New(chunks.map((c) => PyStr_FromString(c)));
    },
    doc: "textwrap's chunks of text: by words and hyphens when words is true, else on whitespace.",
  },
  {
    name: "textwrap_wrap",
    impl: (_m, args) => {
      const [chunks, width, initial, subsequent, drop, breakLong, breakHyphens] = args;
      if (args.length !== 7) raise(PyExc_TypeError, "textwrap_wrap() takes 7 arguments");
      // anything but a list, int options and str indents: None, for the Python code
      if (
        chunks!.ob_type !== PyList_Type ||
        !(width instanceof PyInt) ||
        typeof width.value !== "number" ||
        !(initial instanceof PyStr) ||
        !(subsequent instanceof PyStr) ||
        !(drop instanceof PyInt) ||
        !(breakLong instanceof PyInt) ||
        !(breakHyphens instanceof PyInt)
      ) {
        return Py_NewRef(Py_None);
      }
      const r = textwrapWrap(
        chunks as PyList,
        width.value,
        initial.value,
        subsequent.value,
        PyObject_IsTrue(drop!),
        PyObject_IsTrue(breakLong!),
        PyObject_IsTrue(breakHyphens!),
      );
      return r ?? Py_NewRef(Py_None);
    },
    doc: "TextWrapper._wrap_chunks for max_lines None: the lines, or None when a chunk is not an exact str.",
  },
  {
    name: "protocol_members",
    impl: (_m, args, kw) => {
      const [cls, excluded] = parseArgs("protocol_members", args, kw, {
        names: ["cls", "excluded"],
        required: 2,
      });
      if (!(excluded instanceof PySet))
        raise(PyExc_TypeError, "protocol_members() argument 2 must be a frozenset");
      return protocolMembers(cls!, excluded) ?? Py_NewRef(Py_None);
    },
    doc: "typing's _protocol_members(cls) as a set, or None when the class is unusual (the Python code then runs).",
  },
  {
    name: "only_methods",
    impl: (_m, args, kw) => {
      const [cls, members] = parseArgs("only_methods", args, kw, { names: ["cls", "members"], required: 2 });
      if (!(members instanceof PySet) || members.ob_type !== PySet_Type) {
        raise(PyExc_TypeError, "only_methods() argument 2 must be a set");
      }
      return PyBool_FromBool(onlyMethods(cls!, members));
    },
    doc: "all(callable(getattr(cls, name, None)) for name in members) over a set of names.",
  },
  {
    name: "path_split",
    impl: (_m, args, kw) => {
      const [text] = parseArgs("path_split", args, kw, { names: ["text"], required: 1 });
      if (text!.ob_type !== PyStr_Type) raise(PyExc_TypeError, "path_split() argument must be str");
      const names: PyObject[] = [];
      const root = splitPosixPath((text as PyStr).value, names);
      return PyTuple_New([PyStr_FromString(root), PyList_New(names)]);
    },
    doc: "pathlib's _split_text of a str: (root, [names]) with '' and '.' names dropped.",
  },
  {
    name: "path_parse",
    impl: (_m, args, kw) => {
      const [pathArgs, pathType] = parseArgs("path_parse", args, kw, {
        names: ["args", "path_type"],
        required: 2,
      });
      if (pathArgs!.ob_type !== PyTuple_Type)
        raise(PyExc_TypeError, "path_parse() argument 1 must be a tuple");
      return parsePosixPathArgs(pathArgs as PyTuple, pathType!) ?? Py_NewRef(Py_None);
    },
    doc: "pathlib's _parse(args) over exact strs and POSIX paths: (root, [names]), or None for anything else.",
  },
  {
    name: "members_of",
    impl: (_m, args, kw) => {
      const [obj, names, chain, predicate] = parseArgs("members_of", args, kw, {
        names: ["object", "names", "chain", "predicate"],
        required: 4,
      });
      if (names!.ob_type !== PyList_Type) raise(PyExc_TypeError, "members_of() argument 2 must be a list");
      if (chain!.ob_type !== PyTuple_Type) raise(PyExc_TypeError, "members_of() argument 3 must be a tuple");
      const pred = predicate === Py_None ? null : predicate!;
      return membersOf(obj!, names as PyList, chain as PyTuple, pred) ?? Py_NewRef(Py_None);
    },
    doc: "inspect.getmembers' loop: the unsorted (name, value) list, or None when a name is not an exact str.",
  },
  {
    name: "c_type_name",
    impl: (_m, args, kw) => {
      const [cls, name] = parseArgs("c_type_name", args, kw, { names: ["cls", "name"], required: 2 });
      if (!(cls instanceof PyType) || !cls.hasFlag(TypeFlag.HEAPTYPE)) {
        raise(PyExc_TypeError, "c_type_name() argument 1 must be a class defined in Python");
      }
      nameLikeStaticType(cls, strArg("c_type_name", name));
      return Py_NewRef(Py_None);
    },
    doc: "Name a Python class like the C type it stands for: 'module.Name' in messages, __name__ 'Name'.",
  },
  {
    name: "c_layout",
    impl: (_m, args, kw) => {
      const [cls, size, gcType] = parseArgs("c_layout", args, kw, {
        names: ["cls", "basicsize", "gc"],
        required: 2,
      });
      if (!(cls instanceof PyType) || !cls.hasFlag(TypeFlag.HEAPTYPE)) {
        raise(PyExc_TypeError, "c_layout() argument 1 must be a class defined in Python");
      }
      if (!(size instanceof PyInt) || typeof size.value !== "number" || size.value < 16) {
        raise(PyExc_TypeError, "c_layout() argument 2 must be an int >= 16");
      }
      declareCLayout(cls, size.value, gcType !== null && PyObject_IsTrue(gcType));
      return Py_NewRef(cls);
    },
    doc: "Give a Python class the instance size of the C type it stands for (a GC type when gc is true), before any instance exists.",
  },
  {
    name: "code_instructions",
    impl: (_m, args, kw) => {
      const [code] = parseArgs("code_instructions", args, kw, { names: ["code"], required: 1 });
      if (!(code instanceof PyCode))
        raise(PyExc_TypeError, "code_instructions() argument must be a code object");
      const ints = (...xs: number[]) => PyTuple_New(xs.map((x) => PyInt_FromNumber(x)));
      const instrs: PyObject[] = [];
      for (let i = 0; i < code.ninstrs; i++) {
        const op = code.instrs[2 * i]!;
        const p = code.positions;
        instrs.push(
          PyTuple_New([
            PyStr_FromString(Op[op] ?? `<${op}>`),
            PyInt_FromNumber(code.instrs[2 * i + 1]!),
            ints(p[4 * i]!, p[4 * i + 1]!, p[4 * i + 2]!, p[4 * i + 3]!),
          ]),
        );
      }
      const table = code.exceptionTable.map((e) => ints(e.start, e.end, e.target, e.depth, e.lasti ? 1 : 0));
      return PyTuple_New([PyList_New(instrs), PyList_New(table)]);
    },
    doc: "([(opname, arg, (line, end_line, col, end_col)), ...], [(start, end, target, depth, lasti), ...]) of a code object, in heapstack's instruction indices (dis translates them to CPython's layout).",
  },
  {
    name: "json_skip_ws",
    impl: py_skip_ws,
    doc: "json_skip_ws(text, index) -> the index of the first non-whitespace character of text at or after index.",
  },
  {
    name: "json_encode_pretty",
    impl: py_encode_pretty,
    doc: "One-shot JSON encoding with the pure-Python encoder's behaviour (json.encoder with indent).",
  },
];

export function registerStdlibHelpersModule(): void {
  registerFunctionModule("_stdlib_helpers", FUNCTIONS);
}
