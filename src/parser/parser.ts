// parse(): source text to an AST, as CPython 3.11's ast.parse / compile(..., PyCF_ONLY_AST).
// This is the driver of Parser/pegen.c: decode, tokenize on demand, parse, and on failure a
// second pass with the invalid_* rules to find CPython's error message and location.

import type * as A from "./ast.js";
import {
  decodeLineWith,
  decodeSourceBytes,
  decodeSourceFile,
  nullBytesError,
  translateNewlines,
} from "./encoding.js";
import { setFstringExpressionCompiler } from "./fstring.js";
import {
  EVAL_INPUT,
  FILE_INPUT,
  FSTRING_INPUT,
  FUNC_TYPE_INPUT,
  type ParserBase,
  type ParserConfig,
  SINGLE_INPUT,
} from "./parser_base.js";
import { StatementParser } from "./parser_statements.js";
import { PySyntaxError } from "./syntax_error.js";
import { E_EOF, Tokenizer } from "./tokenizer.js";
import type { Token } from "./tokens.js";
import * as T from "./tokens.js";

export type ParseMode = "exec" | "eval" | "single" | "func_type";

export interface ParseOptions {
  /** Produce TYPE_COMMENT / TypeIgnore information (ast.parse's type_comments; default false). */
  typeComments?: boolean;
  /** The file name errors are reported against (default "<unknown>"). */
  filename?: string;
  /**
   * Read the source as CPython reads a script it runs (`python3 FILE`, its file tokenizer)
   * instead of as ast.parse/compile read a string or bytes object. The differences are all in
   * errors: encoding problems ("Non-UTF-8 code starting with ..."), null bytes, and a few
   * positions at the end of the file. Only for "exec" mode. Default false.
   */
  fileInput?: boolean;
  /**
   * Keep str constants exact where a JS string cannot: a str holding an escaped high surrogate
   * followed by an escaped low one becomes a SplitSurrogatesStr instead of one astral character.
   * For ast.dump's text (`heapstack ast`, the differential tests); the compiler wants JS strings.
   * Default false.
   */
  exactStrings?: boolean;
  /**
   * Receives the tokenizer's SyntaxWarnings (parser_warn: a number directly followed by a
   * keyword, "invalid decimal literal") with their line. Returning true means a warnings filter
   * turned the warning into an error: the tokenizer then raises a SyntaxError with the same text.
   */
  warn?: (msg: string, lineno: number, category?: "DeprecationWarning") => boolean | undefined;
}

const START_RULES: Record<ParseMode, number> = {
  exec: FILE_INPUT,
  eval: EVAL_INPUT,
  single: SINGLE_INPUT,
  func_type: FUNC_TYPE_INPUT,
};

/**
 * Parses Python source into an AST exactly like CPython 3.11's `ast.parse(source, filename, mode,
 * type_comments=...)`. A `Uint8Array` is decoded as CPython decodes source bytes (BOM, PEP 263
 * cookie); a string is used as is. Throws PySyntaxError with CPython's message and location.
 */
export function parse(
  source: string | Uint8Array,
  mode: ParseMode = "exec",
  options: ParseOptions = {},
): A.mod {
  const filename = options.filename ?? "<unknown>";
  const startRule = START_RULES[mode];
  if (startRule === undefined)
    throw new TypeError(`parse() mode must be 'exec', 'eval', 'single' or 'func_type'`);
  const execInput = startRule === FILE_INPUT;
  const fileInput = (options.fileInput ?? false) && execInput;
  let text: string;
  let encoding: string | null;
  if (typeof source === "string") {
    checkEncodable(source);
    if (!fileInput && source.includes("\0")) throw nullBytesError(filename);
    text = fileInput
      ? translateNewlines(source.replace(/\r\n$/, "\n"), true)
      : translateNewlines(source, execInput);
    encoding = "utf-8";
  } else if (fileInput) {
    const decoded = decodeSourceFile(source, filename);
    text = decoded.text;
    encoding = decoded.encoding;
  } else {
    const decoded = decodeSourceBytes(source, execInput, filename);
    text = decoded.text;
    encoding = decoded.encoding;
  }
  const config: ParserConfig = {
    filename,
    typeComments: options.typeComments ?? false,
    exactStrings: options.exactStrings ?? false,
    encodingKnown: encoding !== null,
    decodeLine: decodeLineWith(encoding),
    warn: options.warn ?? null,
  };
  const tok = new Tokenizer(text, filename, config.typeComments, fileInput, encoding !== null);
  tok.onWarning = options.warn ?? null;
  const p = new StatementParser(tok, startRule, config);
  try {
    return runParser(p) as A.mod;
  } catch (e) {
    // Nesting too deep for the JS stack: CPython's parser gives up with MemoryError when its
    // own stack (6000 levels) overflows.
    if (e instanceof RangeError) throw parserStackOverflow();
    throw e;
  }
}

/** The error CPython raises when the parser's stack overflows ("too complex to parse"). */
function parserStackOverflow(): Error {
  const err = new Error("");
  err.name = "MemoryError";
  return err;
}

/** A str with lone surrogates cannot be encoded to UTF-8, so CPython refuses it. */
function checkEncodable(s: string): void {
  let cp = 0; // position in code points
  for (let i = 0; i < s.length; i++, cp++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    // The error covers the whole run of lone surrogates.
    let n = 1;
    for (let j = i + 1; j < s.length; j++) {
      const e = s.charCodeAt(j);
      if (e < 0xd800 || e > 0xdfff) break;
      if (e <= 0xdbff && j + 1 < s.length) {
        const f = s.charCodeAt(j + 1);
        if (f >= 0xdc00 && f <= 0xdfff) break;
      }
      n++;
    }
    const err = new Error(
      n === 1
        ? `'utf-8' codec can't encode character '\\u${c.toString(16)}' in position ${cp}: surrogates not allowed`
        : `'utf-8' codec can't encode characters in position ${cp}-${cp + n - 1}: surrogates not allowed`,
    );
    err.name = "UnicodeEncodeError";
    throw err;
  }
}

/** Runs the start rule of `p`. */
function startRule(p: StatementParser): unknown {
  switch (p.startRule) {
    case FILE_INPUT:
      return p.file();
    case SINGLE_INPUT:
      return p.interactive();
    case EVAL_INPUT:
      return p.eval();
    case FUNC_TYPE_INPUT:
      return p.func_type();
    default:
      return p.fstring();
  }
}

/** _PyPegen_run_parser */
function runParser(p: StatementParser): unknown {
  let res: unknown = null;
  try {
    res = startRule(p);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    // An error raised in the first pass is final, unless the tokenizer finds one later on.
    if (p.tokenizerOk()) throw p.checkRestForTokenizerErrors(e);
    throw e;
  }
  if (res === null) {
    const lastToken = p.tokens[p.tokens.length - 1];
    p.resetForErrorPass();
    try {
      startRule(p);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      if (p.tokenizerOk()) throw p.checkRestForTokenizerErrors(e);
      throw e;
    }
    throw setSyntaxError(p, lastToken);
  }
  if (p.startRule === SINGLE_INPUT && badSingleStatement(p)) {
    p.raiseSyntaxError("multiple statements found while compiling a single statement");
  }
  return res;
}

/** Runs an error-raising step and returns the PySyntaxError it raised. */
function captureError(raise: () => void): PySyntaxError {
  try {
    raise();
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error("expected a SyntaxError");
}

/** _Pypegen_set_syntax_error: the error for a parse that failed without raising. */
function setSyntaxError(p: ParserBase, lastToken: Token | undefined): PySyntaxError {
  if (p.tokens.length === 0 || lastToken === undefined) {
    return captureError(() => p.raiseSyntaxError("error at start before reading any input"));
  }
  if (lastToken.type === T.ERRORTOKEN && p.tok.done === E_EOF) {
    if (p.tok.level) return captureError(() => p.raiseUnclosedParenthesesError());
    return captureError(() => p.raiseSyntaxError("unexpected EOF while parsing"));
  }
  if (lastToken.type === T.INDENT || lastToken.type === T.DEDENT) {
    const msg = lastToken.type === T.INDENT ? "unexpected indent" : "unexpected unindent";
    return captureError(() => p.raiseIndentationError(msg));
  }
  // The generic error is reported at the last token of the first pass.
  const err = captureError(() => p.raiseSyntaxErrorKnownLocation(lastToken, "invalid syntax"));
  return p.checkRestForTokenizerErrors(err);
}

/**
 * bad_single_statement: in "single" mode, anything but whitespace and comments left in the buffer
 * after the statement is a second statement.
 */
function badSingleStatement(p: ParserBase): boolean {
  const src = p.tok.src;
  let cur = p.tok.pos;
  for (;;) {
    let c = src.charCodeAt(cur);
    while (c === 32 || c === 9 || c === 10 || c === 12) c = src.charCodeAt(++cur);
    if (cur >= src.length) return false;
    if (c !== 35) return true;
    while (cur < src.length && src.charCodeAt(cur) !== 10) cur++;
  }
}

// f-string expressions are parsed by a sub-parser over "(<expression>)".
setFstringExpressionCompiler((parent, source, t, lines, cols) => {
  const tok = new Tokenizer(
    translateNewlines(`(${source})`, true),
    parent.config.filename,
    parent.config.typeComments,
  );
  tok.lineno = t.lineno + lines - 1;
  const config: ParserConfig = { ...parent.config, encodingKnown: false };
  const p = new StatementParser(tok, FSTRING_INPUT, config);
  p.startingLineno = t.lineno + lines;
  p.startingColOffset = lines !== 0 ? cols : t.col + cols;
  return runParser(p) as A.expr;
});
