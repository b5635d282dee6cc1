// f-strings as CPython 3.11 parses them (Parser/string_parser.c): the STRING token's text is
// scanned for literal parts and "{...}" replacement fields; each expression is parsed by a
// sub-parser over "(<expression>)" whose positions are shifted into the enclosing source.

import type * as A from "./ast.js";
import { concatStr, type StrValue, strText } from "./constant.js";
import * as N from "./node_factory.js";
import type { ParserBase } from "./parser_base.js";
import { decodeRawString, decodeStr, invalidEscapeMessage, LiteralDecodeError } from "./string_escapes.js";
import type { Token } from "./tokens.js";

const MAXLEVEL = 200;

/** Parses one f-string expression (set up by parser.ts, which owns the full parser). */
export type FstringExpressionCompiler = (
  p: ParserBase,
  source: string,
  t: Token,
  lines: number,
  cols: number,
) => A.expr;

let compileExpression: FstringExpressionCompiler | null = null;

export function setFstringExpressionCompiler(f: FstringExpressionCompiler): void {
  compileExpression = f;
}

/** FstringParser: the string pieces and expressions gathered so far. */
export class FstringState {
  lastStr: StrValue | null = null;
  exprList: A.expr[] = [];
  fmode = false;

  /** ParseOptions.exactStrings: keep escaped surrogates apart across concatenations. */
  constructor(readonly exact: boolean) {}
}

/** _PyPegen_FstringParser_ConcatAndDel */
export function concatAndDel(state: FstringState, s: StrValue): void {
  if (typeof s === "string" && s.length === 0) return;
  state.lastStr = state.lastStr === null ? s : concatStr(state.lastStr, s, state.exact);
}

/** make_str_node_and_del: kind 'u' only when the first token starts with a lowercase 'u'. */
function makeStrNode(s: StrValue, first: Token, last: Token): A.expr {
  return N.Constant(s, first.text.charCodeAt(0) === 117 ? "u" : null, first, last);
}

/** _PyPegen_FstringParser_Finish */
export function finish(state: FstringState, first: Token, last: Token): A.expr {
  if (!state.fmode) return makeStrNode(state.lastStr ?? "", first, last);
  if (state.lastStr !== null) {
    state.exprList.push(makeStrNode(state.lastStr, first, last));
    state.lastStr = null;
  }
  return N.JoinedStr(state.exprList, first, last);
}

/** Decodes a literal part of an f-string; a decoding failure becomes a SyntaxError. */
function decodeLiteral(p: ParserBase, s: string, raw: boolean, t: Token | null = null, at = 0): StrValue {
  try {
    if (raw) return decodeRawString(s);
    const value = decodeStr(s, p.config.exactStrings);
    if (t !== null) p.warnInvalidEscape(t, invalidEscapeMessage, at);
    return value;
  } catch (e) {
    if (e instanceof LiteralDecodeError) return p.raiseSyntaxError(`(${e.errtype}) ${e.message}`);
    throw e;
  }
}

/** The scanner over one f-string token's text. `pos` is CPython's *str. */
class FstringScanner {
  pos: number;

  constructor(
    readonly p: ParserBase,
    /** The whole token text (prefix and quotes included). */
    readonly text: string,
    /** Index of the closing quote(s). */
    readonly end: number,
    readonly raw: boolean,
    readonly first: Token,
    readonly t: Token,
    readonly last: Token,
    start: number,
  ) {
    this.pos = start;
  }

  /** _PyPegen_FstringParser_ConcatFstring */
  concatFstring(state: FstringState, recurseLvl: number): void {
    state.fmode = true;
    for (;;) {
      const r = this.findLiteralAndExpr(recurseLvl);
      if (r.literal !== null) concatAndDel(state, r.literal);
      if (r.exprText !== null) concatAndDel(state, r.exprText);
      if (r.result === 1) continue;
      if (r.expression === null) break;
      if (state.lastStr !== null) {
        state.exprList.push(makeStrNode(state.lastStr, this.first, this.last));
        state.lastStr = null;
      }
      state.exprList.push(r.expression);
    }
    if (recurseLvl === 0 && this.pos < this.end - 1)
      this.p.raiseSyntaxError("f-string: unexpected end of string");
    if (recurseLvl !== 0 && this.text.charCodeAt(this.pos) !== 125)
      this.p.raiseSyntaxError("f-string: expecting '}'");
  }

  /** fstring_find_literal_and_expr */
  private findLiteralAndExpr(recurseLvl: number): {
    result: number;
    literal: StrValue | null;
    exprText: string | null;
    expression: A.expr | null;
  } {
    const lit = this.findLiteral(recurseLvl);
    if (lit.result === 1) return { result: 1, literal: lit.literal, exprText: null, expression: null };
    if (this.pos >= this.end || this.text.charCodeAt(this.pos) === 125) {
      return { result: 0, literal: lit.literal, exprText: null, expression: null };
    }
    const e = this.findExpr(recurseLvl);
    return { result: 0, literal: lit.literal, exprText: e.exprText, expression: e.expression };
  }

  /** fstring_find_literal */
  private findLiteral(recurseLvl: number): { result: number; literal: StrValue | null } {
    const text = this.text;
    const end = this.end;
    let s = this.pos;
    const literalStart = s;
    let result = 0;
    let done = false;
    while (s < end) {
      let ch = text.charCodeAt(s++);
      if (!this.raw && ch === 92 && s < end) {
        ch = text.charCodeAt(s++);
        if (ch === 78) {
          // Skip "\N{...}" so its brace does not start an expression.
          if (s < end && text.charCodeAt(s++) === 123) {
            while (s < end && text.charCodeAt(s++) !== 125) {}
          }
          continue;
        }
        // "\{": the backslash stays, the brace starts an expression
        if (ch === 123) this.p.warnInvalidEscape(this.t, "invalid escape sequence '\\{'", s - 1);
      }
      if (ch === 123 || ch === 125) {
        // Doubled braces are checked only at the top level.
        if (recurseLvl === 0) {
          if (s < end && text.charCodeAt(s) === ch) {
            this.pos = s + 1;
            result = 1;
            done = true;
            break;
          }
          if (ch === 125) {
            this.pos = s - 1;
            this.p.raiseSyntaxError("f-string: single '}' is not allowed");
          }
        }
        s--;
        break;
      }
    }
    if (!done) this.pos = s;
    let literal: StrValue | null = null;
    if (literalStart !== s)
      literal = decodeLiteral(this.p, text.slice(literalStart, s), this.raw, this.t, literalStart);
    return { result, literal };
  }

  /** fstring_find_expr */
  private findExpr(recurseLvl: number): { exprText: string | null; expression: A.expr } {
    const p = this.p;
    const text = this.text;
    const end = this.end;
    let quoteChar = 0;
    let stringType = 0;
    let nestedDepth = 0;
    const parenstack: number[] = [];
    let exprText: string | null = null;
    if (recurseLvl >= 2) p.raiseSyntaxError("f-string: expressions nested too deeply");
    this.pos += 1; // the '{'
    const exprStart = this.pos;
    for (; this.pos < end; this.pos++) {
      const ch = text.charCodeAt(this.pos);
      if (ch === 92) p.raiseSyntaxError("f-string expression part cannot include a backslash");
      if (quoteChar) {
        if (ch === quoteChar) {
          if (stringType === 3) {
            if (
              this.pos + 2 < end &&
              text.charCodeAt(this.pos + 1) === ch &&
              text.charCodeAt(this.pos + 2) === ch
            ) {
              this.pos += 2;
              stringType = 0;
              quoteChar = 0;
              continue;
            }
          } else {
            quoteChar = 0;
            stringType = 0;
            continue;
          }
        }
        continue;
      }
      if (ch === 39 || ch === 34) {
        if (
          this.pos + 2 < end &&
          text.charCodeAt(this.pos + 1) === ch &&
          text.charCodeAt(this.pos + 2) === ch
        ) {
          stringType = 3;
          this.pos += 2;
        } else {
          stringType = 1;
        }
        quoteChar = ch;
      } else if (ch === 91 || ch === 123 || ch === 40) {
        if (nestedDepth >= MAXLEVEL) p.raiseSyntaxError("f-string: too many nested parenthesis");
        parenstack[nestedDepth] = ch;
        nestedDepth++;
      } else if (ch === 35) {
        p.raiseSyntaxError("f-string expression part cannot include '#'");
      } else if (
        nestedDepth === 0 &&
        (ch === 33 || ch === 58 || ch === 125 || ch === 61 || ch === 62 || ch === 60)
      ) {
        if (this.pos + 1 < end) {
          const next = text.charCodeAt(this.pos + 1);
          if ((ch === 33 || ch === 61 || ch === 60 || ch === 62) && next === 61) {
            this.pos += 1;
            continue;
          }
        }
        if (ch === 62 || ch === 60) continue;
        break;
      } else if (ch === 93 || ch === 125 || ch === 41) {
        if (!nestedDepth) p.raiseSyntaxError(`f-string: unmatched '${String.fromCharCode(ch)}'`);
        nestedDepth--;
        const opening = parenstack[nestedDepth];
        if (
          !((opening === 40 && ch === 41) || (opening === 91 && ch === 93) || (opening === 123 && ch === 125))
        ) {
          p.raiseSyntaxError(
            `f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`,
          );
        }
      }
    }
    const exprEnd = this.pos;
    if (quoteChar) p.raiseSyntaxError("f-string: unterminated string");
    if (nestedDepth)
      p.raiseSyntaxError(`f-string: unmatched '${String.fromCharCode(parenstack[nestedDepth - 1])}'`);
    if (this.pos >= end) return p.raiseSyntaxError("f-string: expecting '}'");

    const simpleExpression = this.compileExpr(exprStart, exprEnd);

    // '=': the expression's text is kept, and the conversion defaults to repr.
    if (text.charCodeAt(this.pos) === 61) {
      this.pos += 1;
      while (isSpace(text.charCodeAt(this.pos))) this.pos += 1;
      if (this.pos >= end) return p.raiseSyntaxError("f-string: expecting '}'");
      exprText = strText(decodeLiteral(p, text.slice(exprStart, this.pos), true));
    }

    let conversion = -1;
    if (text.charCodeAt(this.pos) === 33) {
      this.pos += 1;
      if (this.pos >= end) return p.raiseSyntaxError("f-string: expecting '}'");
      conversion = text.charCodeAt(this.pos);
      this.pos += 1;
      if (!(conversion === 115 || conversion === 114 || conversion === 97)) {
        p.raiseSyntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }

    let formatSpec: A.expr | null = null;
    if (text.charCodeAt(this.pos) === 58) {
      this.pos += 1;
      if (this.pos >= end) return p.raiseSyntaxError("f-string: expecting '}'");
      const state = new FstringState(p.config.exactStrings);
      this.concatFstring(state, recurseLvl + 1);
      formatSpec = finish(state, this.t, this.t);
    }

    if (this.pos >= end || text.charCodeAt(this.pos) !== 125)
      return p.raiseSyntaxError("f-string: expecting '}'");
    this.pos += 1;

    if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114;
    const expression = N.FormattedValue(simpleExpression, conversion, formatSpec, this.first, this.last);
    return { exprText, expression };
  }

  /** fstring_compile_expr */
  private compileExpr(exprStart: number, exprEnd: number): A.expr {
    const text = this.text;
    let s = exprStart;
    for (; s < exprEnd; s++) {
      const c = text.charCodeAt(s);
      if (!(c === 32 || c === 9 || c === 10 || c === 12)) break;
    }
    if (s === exprEnd) {
      const c = text.charCodeAt(exprEnd);
      if (c === 33 || c === 58 || c === 61) {
        this.p.raiseSyntaxError(`f-string: expression required before '${String.fromCharCode(c)}'`);
      }
      this.p.raiseSyntaxError("f-string: empty expression not allowed");
    }
    const [lines, cols] = this.findExprLocation(exprStart - 1);
    return compileExpression!(this.p, text.slice(exprStart, exprEnd), this.t, lines, cols);
  }

  /**
   * fstring_find_expr_location: how many lines precede the '{' at `brace` in the token, and its
   * byte column (from the last newline, or the token start); 0 when only whitespace separates
   * the brace from a newline.
   */
  private findExprLocation(brace: number): [number, number] {
    const text = this.text;
    let lines = 0;
    let cols = 0;
    let newlineAfterBrace = true;
    let start = brace + 1;
    while (start < text.length) {
      const c = text.charCodeAt(start);
      if (c === 125 || c === 10) break;
      if (c !== 32 && c !== 9 && c !== 12) {
        newlineAfterBrace = false;
        break;
      }
      start++;
    }
    if (!newlineAfterBrace) {
      start = brace;
      while (start > 0 && text.charCodeAt(start) !== 10) start--;
      cols += utf8Bytes(text, start, brace);
      if (text.charCodeAt(start) === 10) cols -= 1;
    }
    for (let i = 0; i < brace; i++) if (text.charCodeAt(i) === 10) lines++;
    return [lines, cols];
  }
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function utf8Bytes(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else if (c >= 0xdc80 && c <= 0xdcff) n += 1;
    else n += 3;
  }
  return n;
}

/**
 * Adds the f-string token `t` (text[start, end) is its body) to `state`
 * (_PyPegen_FstringParser_ConcatFstring at recursion level 0).
 */
export function concatFstring(
  p: ParserBase,
  state: FstringState,
  t: Token,
  start: number,
  end: number,
  raw: boolean,
  first: Token,
  last: Token,
): void {
  const scanner = new FstringScanner(p, t.text, end, raw, first, t, last, start);
  scanner.concatFstring(state, 0);
}
