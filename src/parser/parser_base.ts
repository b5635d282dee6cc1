// The parser's machinery: the token buffer filled on demand from the tokenizer, memoization,
// locations, and raising SyntaxErrors with CPython's locations (Parser/pegen.c and
// Parser/pegen_errors.c of CPython 3.11). The grammar rules live in the subclasses.

import { normalizeIdentifier } from "./action_helpers.js";
import type * as A from "./ast.js";
import { ByteColumns, utf8Length } from "./source_text.js";
import { replaceRawBytes, sourceBytes, utf8DecodeErrorMessage } from "./string_escapes.js";
import { PySyntaxError, readProgramTextLine, type SyntaxErrorKind } from "./syntax_error.js";
import {
  E_DECODE,
  E_DEDENT,
  E_EOF,
  E_LINECONT,
  E_OK,
  E_TABSPACE,
  E_TOODEEP,
  type Tokenizer,
} from "./tokenizer.js";
import * as T from "./tokens.js";
import { type Memo, Token } from "./tokens.js";

/** CPython's start rules. */
export const FILE_INPUT = 0;
export const SINGLE_INPUT = 1;
export const EVAL_INPUT = 2;
export const FUNC_TYPE_INPUT = 3;
export const FSTRING_INPUT = 4;

/** RAISE_ERROR_KNOWN_LOCATION's marker for "the tokenizer's current position". */
export const CURRENT_POS = -5;

/** Anything carrying a location (AST nodes and tokens alike). */
export interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** Decodes raw bytes of a source line for the SyntaxError text (set by the caller). */
export type LineDecoder = (raw: Uint8Array) => string | null;

/** Options shared by a parser and the f-string sub-parsers it starts. */
export interface ParserConfig {
  filename: string;
  typeComments: boolean;
  /** ParseOptions.exactStrings: str constants may be SplitSurrogatesStr. */
  exactStrings: boolean;
  /** Whether CPython's tokenizer has an encoding (tok->encoding != NULL): then error columns are
   * converted from bytes to characters. It is NULL for bytes input without BOM or cookie. */
  encodingKnown: boolean;
  /** Decoder for lines read back from the file on disk (error texts in "exec" mode). */
  decodeLine: LineDecoder;
  /** ParseOptions.warn: where the invalid escape sequence DeprecationWarnings go. */
  warn?: ((msg: string, lineno: number, category?: "DeprecationWarning") => boolean | undefined) | null;
}

/** _PyPegen_byte_offset_to_character_offset: a 1-based byte column of `line` to characters. */
export function byteOffsetToCharacterOffset(line: string, colOffset: number): number {
  const len = utf8Length(line, 0, line.length);
  if (colOffset > len + 1) colOffset = len + 1;
  // Decode the first colOffset bytes (a trailing NUL counts as one more character).
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < line.length && bytes < colOffset; i++) {
    const c = line.charCodeAt(i);
    let n: number;
    if (c < 0x80) n = 1;
    else if (c < 0x800) n = 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      n = 4;
      i++;
    } else n = 3;
    bytes += n;
    chars++;
  }
  if (bytes < colOffset) chars += colOffset - bytes; // the NUL terminator
  return chars;
}

/** MAXSTACK in CPython's Parser/parser.c. */
const PARSER_MAXSTACK = 6000;
/**
 * Rule levels between the start rule and the innermost operand of a top-level expression
 * statement (file, exec, single input) or of an eval() expression.
 */
const PARSER_BASE_LEVELS = 31;
const PARSER_BASE_LEVELS_EVAL = 25;

export class ParserBase {
  /** The tokens read so far (CPython's p->tokens; fill == tokens.length). */
  tokens: Token[] = [];
  mark = 0;
  /** Second pass: the invalid_* rules are active. */
  callInvalidRules = false;
  /**
   * The second (error-reporting) pass is running. Some memoized rules skip their memo in the first
   * pass, where it only costs time; in the second pass CPython's memoization is reproduced exactly
   * because results memoized with the invalid_* rules switched off are reused with them on.
   */
  errorPass = false;
  /**
   * Levels of the self-recursive expression rules (unary operators, `not`, `**`, conditional
   * expressions, lambdas) the parser is inside; see enterNesting.
   */
  nesting = 0;
  /** `# type: ignore` comments seen: [lineno, tag]. */
  typeIgnores: [number, string][] = [];
  /** For f-string sub-parsers: where the expression sits in the enclosing source. */
  startingLineno = 0;
  startingColOffset = 0;
  private parsingStarted = false;
  private readonly colCache: ByteColumns;

  constructor(
    readonly tok: Tokenizer,
    readonly startRule: number,
    readonly config: ParserConfig,
  ) {
    this.colCache = new ByteColumns(tok.src);
  }

  // ---------------------------------------------------------------- tokens

  /** _PyPegen_fill_token: reads one more token; tokenizer errors are raised here. */
  fillToken(): Token {
    const tok = this.tok;
    let type = tok.get();
    // Record and skip '# type: ignore' comments
    while (type === T.TYPE_IGNORE) {
      this.typeIgnores.push([tok.lineno, tok.src.slice(tok.pStart, tok.pEnd)]);
      type = tok.get();
    }
    // In single input mode, the end of input becomes a NEWLINE (and closes open blocks).
    if (this.startRule === SINGLE_INPUT && type === T.ENDMARKER && this.parsingStarted) {
      type = T.NEWLINE;
      this.parsingStarted = false;
      tok.closeOpenBlocks();
    } else {
      this.parsingStarted = true;
    }
    const start = tok.pStart;
    const end = tok.pEnd;
    if (type === T.NAME) type = T.keywordKind(tok.src, start, end);
    const isString = type === T.STRING;
    const lineStart = isString ? tok.multiLineStart : tok.lineStart;
    const lineno = isString ? tok.firstLineno : tok.lineno;
    const endLineno = tok.lineno;
    let col = start >= 0 && start >= lineStart ? this.colCache.col(lineStart, start) : -1;
    let endCol = end >= 0 && end >= tok.lineStart ? this.colCache.col(tok.lineStart, end) : -1;
    if (tok.lineno === this.startingLineno) {
      col += this.startingColOffset;
      endCol += this.startingColOffset;
    }
    const nonAscii = type === T.NAME && tok.nameNonAscii;
    const t = new Token(type, start, end, lineno, col, endLineno, endCol, tok.level, tok.src, nonAscii);
    this.tokens.push(t);
    if (type === T.ERRORTOKEN) {
      if (tok.error !== null) throw tok.error;
      if (tok.done === E_DECODE) this.raiseDecodeError();
      this.tokenizerError();
    }
    return t;
  }

  /** The token at the current position, reading it if needed. */
  peek(): Token {
    const m = this.mark;
    return m < this.tokens.length ? this.tokens[m] : this.fillToken();
  }

  /** _PyPegen_expect_token */
  expect(type: number): Token | null {
    const m = this.mark;
    const t = m < this.tokens.length ? this.tokens[m] : this.fillToken();
    if (t.type === type) {
      this.mark = m + 1;
      return t;
    }
    return null;
  }

  /** _PyPegen_expect_forced_token: the token must be there, else "expected '...'". */
  expectForced(type: number, expected: string): Token {
    const t = this.peek();
    if (t.type !== type) return this.raiseSyntaxErrorKnownLocation(t, `expected '${expected}'`);
    this.mark++;
    return t;
  }

  /** _PyPegen_expect_soft_keyword */
  expectSoftKeyword(keyword: string): Token | null {
    const t = this.peek();
    if (t.type === T.NAME && t.text === keyword) {
      this.mark++;
      return t;
    }
    return null;
  }

  /** Lookahead for one token kind, without consuming it. */
  at(type: number): boolean {
    return this.peek().type === type;
  }

  /** _PyPegen_get_last_nonnwhitespace_token: the end of the node just parsed. */
  lastToken(): Token {
    let t: Token | null = null;
    for (let m = this.mark - 1; m >= 0; m--) {
      t = this.tokens[m];
      const ty = t.type;
      if (ty !== T.ENDMARKER && (ty < T.NEWLINE || ty > T.DEDENT)) break;
    }
    return t!;
  }

  /** _PyPegen_name_token: a NAME as a Name(Load) node. */
  name(): A.Name | null {
    const t = this.expect(T.NAME);
    if (t === null) return null;
    return {
      _type: "Name",
      id: t.nonAscii ? normalizeIdentifier(t.text) : t.text,
      ctx: LOAD,
      lineno: t.lineno,
      col_offset: t.col,
      end_lineno: t.endLineno,
      end_col_offset: t.endCol,
    };
  }

  // ---------------------------------------------------------------- memo

  /** _PyPegen_is_memoized: the memo entry for rule `type` at the current position. */
  memoGet(type: number): Memo | null {
    let m = this.peek().memo;
    while (m !== null) {
      if (m.type === type) {
        this.mark = m.mark;
        return m;
      }
      m = m.next;
    }
    return null;
  }

  /** _PyPegen_insert_memo */
  memoSet(startMark: number, type: number, node: unknown): void {
    const t = this.tokens[startMark];
    t.memo = { type, node, mark: this.mark, next: t.memo };
  }

  /**
   * CPython's parser counts every rule call against MAXSTACK (6000) and fails with a bare
   * MemoryError beyond it. Only the rules that can recurse without consuming a bracket count
   * here (brackets stop at 200 in the tokenizer), each with the levels CPython's recursion
   * through it costs; PARSER_BASE_LEVELS stands for the rules from the file down to the
   * innermost one, so `-` * 5969 + `1` as a statement parses and `-` * 5970 does not. Approximate elsewhere
   * (`x = -...-1` overflows 2 levels sooner in CPython; brackets add levels not counted here).
   */
  enterNesting(levels: number): void {
    this.nesting += levels;
    const base = this.startRule === EVAL_INPUT ? PARSER_BASE_LEVELS_EVAL : PARSER_BASE_LEVELS;
    if (this.nesting + base > PARSER_MAXSTACK) {
      const err = new Error("");
      err.name = "MemoryError";
      throw err;
    }
  }

  /** Prepares the second (error-reporting) pass. */
  resetForErrorPass(): void {
    this.nesting = 0;
    for (const t of this.tokens) t.memo = null;
    this.mark = 0;
    this.callInvalidRules = true;
    this.errorPass = true;
  }

  // ---------------------------------------------------------------- errors

  /** _PyPegen_raise_error_known_location (columns here are 1-based byte columns). */
  raiseErrorKnownLocationRaw(
    kind: SyntaxErrorKind,
    lineno: number,
    colOffset: number,
    endLineno: number,
    endColOffset: number,
    msg: string,
  ): never {
    const tok = this.tok;
    if (endLineno === CURRENT_POS) endLineno = tok.lineno;
    if (endColOffset === CURRENT_POS) endColOffset = utf8Length(tok.src, tok.lineStart, tok.pos);
    if (this.startRule === FSTRING_INPUT) msg = "f-string: " + msg;
    let errorLine: string | null = null;
    if (this.startRule === FILE_INPUT) {
      errorLine = readProgramTextLine(this.config.filename, lineno, this.config.decodeLine);
    }
    if (errorLine === null) {
      if (tok.lineno <= lineno && tok.inp > tok.bufStart) {
        errorLine = replaceRawBytes(tok.src.slice(tok.bufStart, tok.inp));
      } else {
        errorLine = this.errorLineFromTokenizerBuffers(lineno);
      }
    }
    if (this.startRule === FSTRING_INPUT) {
      colOffset -= this.startingColOffset;
      endColOffset -= this.startingColOffset;
    }
    let colNumber = colOffset;
    let endColNumber = endColOffset;
    if (this.config.encodingKnown) {
      colNumber = byteOffsetToCharacterOffset(errorLine, colOffset);
      if (endColNumber > 0) endColNumber = byteOffsetToCharacterOffset(errorLine, endColNumber);
    }
    throw new PySyntaxError(
      kind,
      msg,
      this.config.filename,
      lineno,
      colNumber,
      errorLine,
      endLineno,
      endColNumber,
    );
  }

  /** get_error_line_from_tokenizer_buffers */
  private errorLineFromTokenizerBuffers(lineno: number): string {
    const src = this.tok.src;
    const relative = this.startingLineno ? lineno - this.startingLineno + 1 : lineno;
    let cur = 0;
    for (let i = 0; i < relative - 1; i++) {
      const nl = src.indexOf("\n", cur);
      if (nl < 0 || nl + 1 > this.tok.inp) break;
      cur = nl + 1;
    }
    let next = src.indexOf("\n", cur);
    if (next < 0) next = src.length;
    return replaceRawBytes(src.slice(cur, next));
  }

  /** RAISE_ERROR_KNOWN_LOCATION (0-based byte columns, or CURRENT_POS). */
  raiseErrorKnownLocation(
    kind: SyntaxErrorKind,
    lineno: number,
    colOffset: number,
    endLineno: number,
    endColOffset: number,
    msg: string,
  ): never {
    return this.raiseErrorKnownLocationRaw(
      kind,
      lineno,
      colOffset === CURRENT_POS ? CURRENT_POS : colOffset + 1,
      endLineno,
      endColOffset === CURRENT_POS ? CURRENT_POS : endColOffset + 1,
      msg,
    );
  }

  /** Token offsets already warned about (an action run again must not warn twice). */
  private warnedEscapes: Set<string> | null = null;

  /**
   * warn_invalid_escape_sequence: the DeprecationWarning for the literal just decoded in token
   * `t`, if it had an invalid escape; a filter turning it into an error gives a SyntaxError at t.
   */
  warnInvalidEscape(t: Token, message: string | null, at = 0): void {
    const warn = this.config.warn;
    if (message === null || warn === undefined || warn === null) return;
    const key = `${t.start}:${at}`;
    this.warnedEscapes ??= new Set();
    if (this.warnedEscapes.has(key)) return;
    this.warnedEscapes.add(key);
    if (warn(message, t.lineno, "DeprecationWarning") === true)
      this.raiseSyntaxErrorKnownLocation(t, message);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg) */
  raiseSyntaxErrorKnownLocation(a: Loc | Token, msg: string): never {
    const [l, c, el, ec] = locOf(a);
    return this.raiseErrorKnownLocation("SyntaxError", l, c, el, ec, msg);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg) */
  raiseSyntaxErrorKnownRange(a: Loc | Token, b: Loc | Token, msg: string): never {
    const [l, c] = locOf(a);
    const [, , el, ec] = locOf(b);
    return this.raiseErrorKnownLocation("SyntaxError", l, c, el, ec, msg);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg) */
  raiseSyntaxErrorStartingFrom(a: Loc | Token, msg: string): never {
    const [l, c] = locOf(a);
    return this.raiseErrorKnownLocation("SyntaxError", l, c, CURRENT_POS, CURRENT_POS, msg);
  }

  /** _PyPegen_raise_error: at the last token read (RAISE_SYNTAX_ERROR, RAISE_INDENTATION_ERROR). */
  raiseError(kind: SyntaxErrorKind, msg: string): never {
    if (this.tokens.length === 0) return this.raiseErrorKnownLocationRaw(kind, 0, 0, 0, -1, msg);
    const t = this.tokens[this.tokens.length - 1];
    let colOffset: number;
    let endColOffset = -1;
    if (t.col === -1) {
      const tok = this.tok;
      if (tok.pos === tok.bufStart) colOffset = 0;
      else colOffset = utf8Length(tok.src, tok.lineStart, tok.pos);
    } else {
      colOffset = t.col + 1;
    }
    if (t.endCol !== -1) endColOffset = t.endCol + 1;
    return this.raiseErrorKnownLocationRaw(kind, t.lineno, colOffset, t.endLineno, endColOffset, msg);
  }

  raiseSyntaxError(msg: string): never {
    return this.raiseError("SyntaxError", msg);
  }

  raiseIndentationError(msg: string): never {
    return this.raiseError("IndentationError", msg);
  }

  /** raise_unclosed_parentheses_error */
  raiseUnclosedParenthesesError(): never {
    const tok = this.tok;
    const lineno = tok.parenLinenoStack[tok.level - 1];
    const col = tok.parenCol(tok.level - 1);
    const ch = String.fromCharCode(tok.parenStack[tok.level - 1]);
    return this.raiseErrorKnownLocation("SyntaxError", lineno, col, lineno, -1, `'${ch}' was never closed`);
  }

  /** tokenizer_error: turns the tokenizer's failure status into the SyntaxError CPython raises. */
  tokenizerError(): never {
    const tok = this.tok;
    if (tok.error !== null) throw tok.error;
    let kind: SyntaxErrorKind = "SyntaxError";
    let msg: string;
    let colOffset = -1;
    switch (tok.done) {
      case E_EOF:
        if (tok.level) return this.raiseUnclosedParenthesesError();
        return this.raiseSyntaxError("unexpected EOF while parsing");
      case E_DEDENT:
        return this.raiseIndentationError("unindent does not match any outer indentation level");
      case E_TABSPACE:
        kind = "TabError";
        msg = "inconsistent use of tabs and spaces in indentation";
        break;
      case E_TOODEEP:
        kind = "IndentationError";
        msg = "too many levels of indentation";
        break;
      case E_LINECONT:
        colOffset = utf8Length(tok.src, tok.bufStart, tok.pos) - 1;
        msg = "unexpected character after line continuation character";
        break;
      default:
        msg = "unknown parsing error";
    }
    return this.raiseErrorKnownLocation(kind, tok.lineno, Math.max(colOffset, 0), tok.lineno, -1, msg);
  }

  /** raise_decode_error for an identifier holding bytes that are not UTF-8. */
  raiseDecodeError(): never {
    const tok = this.tok;
    const message = utf8DecodeErrorMessage(sourceBytes(tok.src.slice(tok.start, tok.pos)));
    return this.raiseSyntaxError(`(unicode error) ${message}`);
  }

  /** Whether the tokenizer is still healthy (tok->done is E_OK or E_DONE). */
  tokenizerOk(): boolean {
    return this.tok.done === E_OK;
  }

  /**
   * _PyPegen_tokenize_full_source_to_check_for_errors: after a parser error, tokenize the rest of
   * the source; a tokenizer error found there replaces `err` (an unclosed bracket only if it
   * opened on a line before the error's).
   */
  checkRestForTokenizerErrors(err: PySyntaxError): PySyntaxError {
    const tok = this.tok;
    const current = this.tokens[this.tokens.length - 1];
    const currentErrLine = current ? current.lineno : 0;
    for (;;) {
      const type = tok.get();
      if (type === T.ERRORTOKEN) {
        if (tok.error !== null) return tok.error;
        // An identifier that is not UTF-8: here CPython lets the UnicodeDecodeError through.
        if (tok.done === E_DECODE) throw unicodeDecodeError(tok.src.slice(tok.start, tok.pos));
        if (tok.level !== 0) {
          const errorLineno = tok.parenLinenoStack[tok.level - 1];
          if (currentErrLine > errorLineno) {
            try {
              this.raiseUnclosedParenthesesError();
            } catch (e) {
              if (e instanceof PySyntaxError) return e;
              throw e;
            }
          }
        }
        return err;
      }
      if (type === T.ENDMARKER) return err;
    }
  }
}

/** The UnicodeDecodeError of decoding `s` (with escaped raw bytes) as UTF-8. */
function unicodeDecodeError(s: string): Error {
  const err = new Error(utf8DecodeErrorMessage(sourceBytes(s)) ?? "'utf-8' codec can't decode bytes");
  err.name = "UnicodeDecodeError";
  return err;
}

/** The location of a node or token as (lineno, col_offset, end_lineno, end_col_offset). */
export function locOf(a: Loc | Token): [number, number, number, number] {
  if (a instanceof Token) return [a.lineno, a.col, a.endLineno, a.endCol];
  return [a.lineno, a.col_offset, a.end_lineno ?? 0, a.end_col_offset ?? 0];
}

export const LOAD: A.Load = Object.freeze({ _type: "Load" });
export const STORE: A.Store = Object.freeze({ _type: "Store" });
export const DEL: A.Del = Object.freeze({ _type: "Del" });
