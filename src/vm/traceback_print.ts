/**
 * Printing an exception the way python3 3.11 does for an uncaught one: the C implementation
 * of sys.excepthook (Python/pythonrun.c print_exception_recursive and friends, and
 * Python/traceback.c tb_printinternal / tb_displayline with its caret "anchors"), including
 * chained exceptions, exception groups' boxes, notes and "Did you mean" suggestions
 * (Python/suggestions.c).
 */
import { formatSyntaxError } from "../cli/format_syntax_error.js";
import { optimizeAst } from "../compiler/ast_optimizer.js";
import { FastKind } from "../compiler/opcodes.js";
import { wide } from "../modules/_stdlib_helpers.js";
import { PyObject_Dir } from "../modules/builtins/objects.js";
import { host } from "../modules/host.js";
import { PySys_GetObject } from "../modules/sys.js";
import {
  iterateToArray,
  PyObject_LookupAttrString,
  PyObject_Repr,
  PyObject_Str,
} from "../objects/abstract.js";
import {
  isPyException,
  type PyBaseException,
  PyExc_AttributeError,
  PyExc_BaseExceptionGroup,
  PyExc_NameError,
  PyExc_SyntaxError,
} from "../objects/exceptions.js";
import { PyInt } from "../objects/int.js";
import { PyList } from "../objects/list.js";
import { Py_None } from "../objects/none.js";
import { Py_DECREF, type PyObject } from "../objects/object.js";
import { PyStr } from "../objects/str.js";
import { PyTraceback } from "../objects/traceback.js";
import { PyTuple } from "../objects/tuple.js";
import { PyObject_TypeCheck, type PyType } from "../objects/type.js";
import type * as ast from "../parser/index.js";
import { parse } from "../parser/index.js";
import { modulesGone } from "./state.js";

const TB_RECURSIVE_CUTOFF = 3;
const PyTraceBack_LIMIT = 1000;
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;
const SOURCE_INDENT = 4;

interface Ctx {
  out: string[];
  depth: number;
  needClose: boolean;
  seen: Set<PyObject>;
  lines: SourceCache;
  /** traceback.py's anchors come from `import ast`, which fails once sys.modules is empty. */
  noAnchors: boolean;
}

/** Source lines of the files a traceback mentions (read once per display, as CPython re-reads). */
class SourceCache {
  private readonly files = new Map<string, string[] | null>();

  /** afterShutdown: whether lines are still read once sys.modules is empty (see below). */
  constructor(private readonly afterShutdown: boolean) {}

  line(filename: string, lineno: number): string | null {
    // Once shutdown has emptied sys.modules, CPython's tb_displayline cannot import io to open
    // the source: tracebacks printed from then on (a failing __del__ of a global) have no lines.
    // traceback.py's linecache was imported before and still reads them.
    if (modulesGone !== null && !this.afterShutdown) return null;
    if (filename.startsWith("<") && filename.endsWith(">")) return null;
    let lines = this.files.get(filename);
    if (lines === undefined) {
      lines = readSourceLines(filename);
      this.files.set(filename, lines);
    }
    if (lines === null || lineno < 1 || lineno > lines.length) return null;
    return lines[lineno - 1]!;
  }
}

/** The file's lines as TextIOWrapper.readline() gives them (universal newlines, newline removed). */
function readSourceLines(filename: string): string[] | null {
  const fs = host().fs;
  let data: Uint8Array | null = null;
  try {
    data = fs.readFile(filename);
  } catch {
    // _Py_FindSourceFile: look for the file's tail in the sys.path directories.
    const tail = filename.slice(filename.lastIndexOf("/") + 1);
    const path = PySys_GetObject("path");
    if (path instanceof PyList) {
      for (const entry of path.items) {
        if (!(entry instanceof PyStr)) continue;
        const dir = entry.value;
        const candidate = dir.length > 0 && !dir.endsWith("/") ? `${dir}/${tail}` : `${dir}${tail}`;
        try {
          data = fs.readFile(candidate);
          break;
        } catch {
          // keep looking
        }
      }
    }
  }
  if (data === null) return null;
  let text = new TextDecoder("utf-8", { fatal: false }).decode(data);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function margin(ctx: Ctx): string {
  return " ".repeat(2 * ctx.depth) + (ctx.depth > 0 ? "| " : "");
}

function write(ctx: Ctx, s: string): void {
  ctx.out.push(s);
}

const utf8 = new TextEncoder();
const utf8dec = new TextDecoder();

/** _PyPegen_byte_offset_to_character_offset on a JS string. */
function byteToCharOffset(line: string, byteOffset: number): number {
  const bytes = utf8.encode(line);
  if (byteOffset > bytes.length + 1) byteOffset = bytes.length + 1;
  return utf8dec.decode(bytes.subarray(0, byteOffset)).length;
}

function isWs(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\f";
}

/**
 * extract_anchors_from_line: parses and constant-folds (as _PyAST_Optimize) the erroring
 * segment; for a binary operation or a subscript, returns [left_end, right_start] (character
 * offsets in the line) and the chars. A segment that folds to a constant, like the target of
 * `"abc"[0] = "x"`, has no anchors: its carets span it all.
 */
function extractAnchors(
  filename: string,
  line: string,
  start: number,
  end: number,
): { left: number; right: number; primary: string; secondary: string } | null {
  const segment = line.slice(start, end);
  let mod: ast.mod;
  try {
    mod = parse(segment, "exec", { filename });
    optimizeAst(mod, { optimize: 0, features: 0 });
  } catch {
    return null;
  }
  const body = (mod as ast.Module).body;
  if (body.length !== 1) return null;
  const stmt = body[0]!;
  if (stmt._type !== "Expr") return null;
  const expr = (stmt as ast.Expr).value;
  // extract_anchors_from_expr works on the segment's UTF-8 bytes (the AST's offsets).
  const segBytes = utf8.encode(segment);
  const n = segBytes.length;
  const seg = (i: number): string | undefined => (i < n ? String.fromCharCode(segBytes[i]!) : undefined);
  let left = -1;
  let right = -1;
  if (expr._type === "BinOp") {
    const b = expr as ast.BinOp;
    for (let i = b.left.end_col_offset!; i < b.right.col_offset; i++) {
      if (isWs(seg(i))) continue;
      left = i;
      right = i + 1;
      if (i + 1 < b.right.col_offset && !isWs(seg(i + 1))) right++;
      // A closing parenthesis of the left operand is not the operator: keep going.
      if (i + 1 < b.right.col_offset && seg(i) === ")") continue;
      break;
    }
    if (left < 0) return null;
  } else if (expr._type === "Subscript") {
    const sub = expr as ast.Subscript;
    left = sub.value.end_col_offset!;
    right = sub.slice.end_col_offset! + 1;
    // Move both to the brackets, past whitespace and closing parentheses.
    while (left < n && seg(left) !== "[") left++;
    while (right < n && seg(right) !== "]") right++;
    if (right < n) right++;
  } else {
    return null;
  }
  return {
    left: byteToCharOffset(segment, left) + start,
    right: byteToCharOffset(segment, right) + start,
    primary: "~",
    secondary: "^",
  };
}

/** tb_displayline: the "File ..." line, the source line and the carets. */
function displayLine(ctx: Ctx, tb: PyTraceback, filename: string, lineno: number, name: string): void {
  const m = margin(ctx);
  write(ctx, `${m}  File "${filename}", line ${lineno}, in ${name}\n`);
  const full = ctx.lines.line(filename, lineno);
  if (full === null) return;
  let ws = 0;
  while (ws < full.length && (full[ws] === " " || full[ws] === "\t" || full[ws] === "\f")) ws++;
  write(ctx, `${m}${" ".repeat(SOURCE_INDENT)}${full.slice(ws)}\n`);
  const truncation = ws - SOURCE_INDENT;
  const frame = tb.tb_frame.frame;
  if (frame === null) return;
  const code = frame.code;
  const i = tb.tb_lasti >> 1;
  if (i < 0 || i >= code.ninstrs) return;
  const p = code.positions;
  const startLine = p[4 * i]!;
  const endLine = p[4 * i + 1]!;
  const startCol = p[4 * i + 2]!;
  const endCol = p[4 * i + 3]!;
  if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0) return;
  const startOffset = byteToCharOffset(full, startCol);
  let endOffset = byteToCharOffset(full, endCol);
  let left = -1;
  let right = -1;
  let primary = "^";
  let secondary = "^";
  if (startLine === endLine) {
    const a = ctx.noAnchors ? null : extractAnchors(filename, full, startOffset, endOffset);
    if (a !== null) {
      left = a.left;
      right = a.right;
      primary = a.primary;
      secondary = a.secondary;
    }
  } else {
    // A multi-line expression: highlight to the last non-whitespace character.
    let k = full.length;
    while (--k >= 0) {
      const c = full.charCodeAt(k);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0c) break;
    }
    endOffset = k + 1;
  }
  const strippedLen = full.length - truncation - SOURCE_INDENT;
  const secondaryRanges = left !== -1 || right !== -1;
  if (endOffset - startOffset === strippedLen && !secondaryRanges) return;
  // Offsets count UTF-16 units of the line; each marks its character with as many columns as
  // a terminal gives it (wide East Asian characters and emoji take two, as 3.11's
  // _display_width), the second half of a surrogate pair with none.
  let s = m;
  let offset = truncation;
  while (++offset <= endOffset) {
    let cols = 1;
    if (offset - 1 < full.length) {
      const u = full.charCodeAt(offset - 1);
      if (u >= 0xdc00 && u <= 0xdfff && offset >= 2) {
        const h = full.charCodeAt(offset - 2);
        if (h >= 0xd800 && h <= 0xdbff) cols = 0;
      }
      if (cols === 1 && u >= 0x1100 && wide(full.codePointAt(offset - 1)!)) cols = 2;
    }
    const mark =
      offset <= startOffset ? " " : secondaryRanges && left < offset && offset <= right ? secondary : primary;
    s += mark.repeat(cols);
  }
  write(ctx, `${s}\n`);
}

/** tb_printinternal, with "[Previous line repeated N more times]". */
function printTraceback(ctx: Ctx, tb: PyTraceback, header: string, headerMargin: string): void {
  let limit = PyTraceBack_LIMIT;
  const limitv = PySys_GetObject("tracebacklimit");
  if (limitv instanceof PyInt) {
    const v = Number(limitv.value);
    if (v <= 0) return;
    limit = v;
  }
  write(ctx, `${" ".repeat(2 * ctx.depth)}${headerMargin}${header}`);
  let depth = 0;
  for (let t: PyTraceback | null = tb; t !== null; t = t.tb_next) depth++;
  let cur: PyTraceback | null = tb;
  while (cur !== null && depth > limit) {
    depth--;
    cur = cur.tb_next;
  }
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let cnt = 0;
  const repeated = (n: number) => {
    const k = n - TB_RECURSIVE_CUTOFF;
    write(
      ctx,
      k > 1 ? `  [Previous line repeated ${k} more times]\n` : `  [Previous line repeated ${k} more time]\n`,
    );
  };
  for (; cur !== null; cur = cur.tb_next) {
    const frame = cur.tb_frame.frame;
    const filename = frame !== null ? frame.code.co_filename.value : "<unknown>";
    const name = frame !== null ? frame.code.co_name.value : "<unknown>";
    if (
      lastFile === null ||
      filename !== lastFile ||
      lastLine === -1 ||
      cur.tb_lineno !== lastLine ||
      name !== lastName
    ) {
      if (cnt > TB_RECURSIVE_CUTOFF) repeated(cnt);
      lastFile = filename;
      lastLine = cur.tb_lineno;
      lastName = name;
      cnt = 0;
    }
    cnt++;
    if (cnt <= TB_RECURSIVE_CUTOFF) displayLine(ctx, cur, filename, cur.tb_lineno, name);
  }
  if (cnt > TB_RECURSIVE_CUTOFF) repeated(cnt);
}

function isGroup(o: PyObject): boolean {
  return PyObject_TypeCheck(o, PyExc_BaseExceptionGroup);
}

function typeModule(t: PyType): string | null {
  const m = PyObject_LookupAttrString(t, "__module__");
  if (m === null) return null;
  try {
    return m instanceof PyStr ? m.value : null;
  } finally {
    Py_DECREF(m);
  }
}

function strOrNull(o: PyObject): string | null {
  try {
    const s = PyObject_Str(o);
    const v = s.value;
    Py_DECREF(s);
    return v;
  } catch (e) {
    if (isPyException(e)) Py_DECREF(e);
    return null;
  }
}

/** print_exception_message: "module.Qualname: str(exc)". */
function printMessage(ctx: Ctx, type: PyType, value: PyObject): void {
  let s = margin(ctx);
  const mod = typeModule(type);
  if (mod === null) s += "<unknown>.";
  else if (mod !== "builtins" && mod !== "__main__") s += `${mod}.`;
  s += type.ht_qualname;
  const str = strOrNull(value);
  if (str === null) s += ": <exception str() failed>";
  else {
    if (str.length !== 0) s += ": ";
    s += str;
  }
  write(ctx, s);
}

/** The attributes SyntaxError's display uses (print_exception_file_and_line). */
function syntaxFields(e: PyBaseException): Parameters<typeof formatSyntaxError>[0] | null {
  const f = e.fields ?? {};
  const str = (o: PyObject | null | undefined): string | null => (o instanceof PyStr ? o.value : null);
  const num = (o: PyObject | null | undefined): number | null =>
    o instanceof PyInt ? Number(o.value) : null;
  const msgObj = f.msg ?? null;
  const msg = msgObj === null || msgObj === Py_None ? null : strOrNull(msgObj);
  if (msg === null) return null;
  const lineno = num(f.lineno);
  if (lineno === null) return null;
  return {
    kind:
      e.ob_type === PyExc_SyntaxError || !PyObject_TypeCheck(e, PyExc_SyntaxError)
        ? "SyntaxError"
        : e.ob_type.tp_name,
    msg,
    filename: str(f.filename) ?? "<string>",
    lineno,
    offset: num(f.offset),
    end_lineno: num(f.end_lineno),
    end_offset: num(f.end_offset),
    text: str(f.text),
  };
}

/** print_exception: traceback, message (or SyntaxError display), suggestion, notes. */
function printException(ctx: Ctx, value: PyObject): void {
  if (!isPyException(value)) {
    const r = PyObject_Repr(value.ob_type);
    write(
      ctx,
      `${margin(ctx)}TypeError: print_exception(): Exception expected for value, ${value.ob_type.tp_name} found\n`,
    );
    Py_DECREF(r);
    return;
  }
  const tb = value.traceback;
  if (tb instanceof PyTraceback) {
    let header = "Traceback (most recent call last):\n";
    let headerMargin = ctx.depth > 0 ? "| " : "";
    if (isGroup(value)) {
      header = "Exception Group Traceback (most recent call last):\n";
      if (ctx.depth === 1) headerMargin = "+ ";
    }
    printTraceback(ctx, tb, header, headerMargin);
  }
  const type = value.ob_type;
  if (PyObject_TypeCheck(value, PyExc_SyntaxError)) {
    const fields = syntaxFields(value);
    if (fields !== null) {
      // SyntaxError: "File ..., line N", the text with carets, then "Kind: msg".
      const kindName = type.ht_qualname;
      const text = formatSyntaxError({ ...fields, kind: kindName });
      const m = margin(ctx);
      const lines = text.split("\n");
      lines.pop();
      const last = lines.pop()!;
      for (const l of lines) write(ctx, `${m}${l}\n`);
      const mod = typeModule(type);
      const prefix = mod === null ? "<unknown>." : mod !== "builtins" && mod !== "__main__" ? `${mod}.` : "";
      write(ctx, `${m}${prefix}${last}`);
      write(ctx, "\n");
      printNotes(ctx, value);
      return;
    }
  }
  printMessage(ctx, type, value);
  const suggestion = offerSuggestions(value);
  if (suggestion !== null) write(ctx, `. Did you mean: '${suggestion}'?`);
  write(ctx, "\n");
  printNotes(ctx, value);
}

function printNotes(ctx: Ctx, value: PyBaseException): void {
  const notes = PyObject_LookupAttrString(value, "__notes__");
  if (notes === null) return;
  try {
    const m = margin(ctx);
    if (notes.ob_type.sq_item === null || notes instanceof PyStr) {
      const r = strOrNull(notes) === null ? "<__notes__ repr() failed>" : reprString(notes);
      write(ctx, `${m}${r}\n`);
      return;
    }
    const items = iterateToArray(notes);
    try {
      for (const note of items) {
        const s = strOrNull(note);
        if (s === null) write(ctx, "<note str() failed>");
        else {
          for (const line of splitLinesKeepEnds(s)) write(ctx, `${m}${line}`);
        }
        write(ctx, "\n");
      }
    } finally {
      for (const x of items) Py_DECREF(x);
    }
  } finally {
    Py_DECREF(notes);
  }
}

function reprString(o: PyObject): string {
  const r = PyObject_Repr(o);
  const v = r.value;
  Py_DECREF(r);
  return v;
}

/** str.splitlines(keepends=True). */
function splitLinesKeepEnds(s: string): string[] {
  const out: string[] = [];
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let last = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(s.slice(last, m.index + m[0].length));
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

function printChained(ctx: Ctx, value: PyObject, message: string): void {
  const needClose = ctx.needClose;
  printRecursive(ctx, value);
  ctx.needClose = needClose;
  const m = margin(ctx);
  write(ctx, `${m}\n${m}${message}${m}\n`);
}

function printCauseAndContext(ctx: Ctx, value: PyObject): void {
  ctx.seen.add(value);
  if (!isPyException(value)) return;
  const cause = value.cause;
  if (cause !== null) {
    if (!ctx.seen.has(cause)) {
      printChained(ctx, cause, "The above exception was the direct cause of the following exception:\n");
    }
    return;
  }
  if (value.suppressContext) return;
  const context = value.context;
  if (context !== null && !ctx.seen.has(context)) {
    printChained(ctx, context, "During handling of the above exception, another exception occurred:\n");
  }
}

function printRecursive(ctx: Ctx, value: PyObject): void {
  printCauseAndContext(ctx, value);
  if (!isGroup(value)) printException(ctx, value);
  else printGroup(ctx, value);
}

function groupExceptions(g: PyObject): PyObject[] {
  const t = PyObject_LookupAttrString(g, "exceptions");
  if (t === null) return [];
  try {
    return t instanceof PyTuple ? t.items.slice() : [];
  } finally {
    Py_DECREF(t);
  }
}

/** print_exception_group: the boxes around the members of an exception group. */
function printGroup(ctx: Ctx, value: PyObject): void {
  if (ctx.depth > MAX_GROUP_DEPTH) {
    write(ctx, `${margin(ctx)}... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    return;
  }
  if (ctx.depth === 0) ctx.depth++;
  printException(ctx, value);
  const excs = groupExceptions(value);
  const num = excs.length;
  const n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const indent = " ".repeat(2 * ctx.depth);
    const truncated = i >= MAX_GROUP_WIDTH;
    write(
      ctx,
      truncated
        ? `${indent}${i === 0 ? "+-" : "  "}+---------------- ... ----------------\n`
        : `${indent}${i === 0 ? "+-" : "  "}+---------------- ${i + 1} ----------------\n`,
    );
    ctx.depth++;
    if (!truncated) printRecursive(ctx, excs[i]!);
    else {
      const remaining = num - MAX_GROUP_WIDTH;
      write(ctx, `${margin(ctx)}and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`);
    }
    if (last && ctx.needClose) {
      write(ctx, `${" ".repeat(2 * ctx.depth)}+------------------------------------\n`);
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (ctx.depth === 1) ctx.depth--;
}

// ---------------------------------------------------------------------------------------------
// "Did you mean" (Python/suggestions.c)

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

function levenshtein(a: Uint8Array, b: Uint8Array, maxCost: number): number {
  let as = 0;
  let ae = a.length;
  let bs = 0;
  let be = b.length;
  while (as < ae && bs < be && a[as] === b[bs]) {
    as++;
    bs++;
  }
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) {
    ae--;
    be--;
  }
  let aSize = ae - as;
  let bSize = be - bs;
  if (aSize === 0 || bSize === 0) return (aSize + bSize) * MOVE_COST;
  if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
  let A = a.subarray(as, ae);
  let B = b.subarray(bs, be);
  if (bSize < aSize) {
    [A, B] = [B, A];
    [aSize, bSize] = [bSize, aSize];
  }
  if ((bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer = new Array<number>(aSize);
  let tmp = MOVE_COST;
  for (let i = 0; i < aSize; i++) {
    buffer[i] = tmp;
    tmp += MOVE_COST;
  }
  let result = 0;
  for (let bi = 0; bi < bSize; bi++) {
    const code = B[bi]!;
    let distance = (result = bi * MOVE_COST);
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let index = 0; index < aSize; index++) {
      const substitute = distance + substitutionCost(code, A[index]!);
      distance = buffer[index]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

function calculateSuggestions(dir: string[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  const nameBytes = utf8.encode(name);
  for (const item of dir) {
    if (item === name) continue;
    const itemBytes = utf8.encode(item);
    let maxDistance = Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function listOfStrings(o: PyObject): string[] {
  const items = iterateToArray(o);
  const out = items.map((x) => (x instanceof PyStr ? x.value : ""));
  for (const x of items) Py_DECREF(x);
  return out;
}

function dictKeys(d: PyObject): string[] {
  return listOfStrings(d);
}

/** _Py_Offer_Suggestions: for exact AttributeError and NameError only. */
function offerSuggestions(value: PyBaseException): string | null {
  try {
    if (value.ob_type === PyExc_AttributeError) {
      const name = value.fields?.name;
      const obj = value.fields?.obj;
      if (!(name instanceof PyStr) || obj === undefined || obj === null || obj === Py_None) return null;
      const dir = PyObject_Dir(obj); // sorted, as CPython: the first of equally close names wins
      try {
        return calculateSuggestions(listOfStrings(dir), name.value);
      } finally {
        Py_DECREF(dir);
      }
    }
    if (value.ob_type === PyExc_NameError) {
      const name = value.fields?.name;
      const first = value.traceback;
      if (!(name instanceof PyStr) || !(first instanceof PyTraceback)) return null;
      let tb: PyTraceback = first;
      while (tb.tb_next !== null) tb = tb.tb_next;
      const frame = tb.tb_frame.frame;
      if (frame === null) return null;
      const code = frame.code;
      const s =
        calculateSuggestions(code.namesOfKind(FastKind.LOCAL), name.value) ??
        calculateSuggestions(dictKeys(frame.globals), name.value) ??
        calculateSuggestions(dictKeys(frame.builtins), name.value);
      return s;
    }
  } catch (e) {
    if (isPyException(e)) Py_DECREF(e);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------

/**
 * The text python3 prints for an uncaught exception (PyErr_Display). asTracebackModule: the
 * text of traceback.format_exception instead, which differs only once the interpreter is
 * shutting down (source lines are still shown).
 */
export function formatException(value: PyObject, asTracebackModule = false): string {
  const ctx: Ctx = {
    out: [],
    depth: 0,
    needClose: false,
    seen: new Set(),
    lines: new SourceCache(asTracebackModule),
    noAnchors: asTracebackModule && modulesGone !== null,
  };
  try {
    printRecursive(ctx, value);
  } catch (e) {
    // As PyErr_Display: an error while printing is dropped; what was printed stays.
    if (!isPyException(e)) throw e;
    Py_DECREF(e);
  }
  return ctx.out.join("");
}
