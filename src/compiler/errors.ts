import { PySyntaxError } from "../parser/index.js";

export { PySyntaxError };

/**
 * A source range in CPython's AST convention: 1-based lines, 0-based UTF-8 column offsets.
 * Compile-time errors report `offset = col_offset + 1`, `end_offset = end_col_offset + 1`
 * like CPython's compiler_error / PyErr_RangedSyntaxLocationObject.
 */
export interface ErrorLocation {
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** Context the compiler needs to build a SyntaxError like CPython's. */
export interface ErrorContext {
  filename: string;
  /** Source lines (without line ends), used to fill `text` as CPython does for a real file. */
  sourceLines: string[] | null;
}

/** fgets' buffer in CPython's err_programtext: it reads lines 999 bytes at a time. */
const PROGRAM_TEXT_CHUNK = 999;

/**
 * The text CPython reads back for a line of the file: err_programtext reads it with fgets into
 * a 1000-byte buffer, so of a longer line only its last chunk (999 bytes each) is left.
 */
function programTextLine(line: string): string {
  const bytes = new TextEncoder().encode(`${line}\n`);
  if (bytes.length <= PROGRAM_TEXT_CHUNK) return `${line}\n`;
  const start = Math.floor((bytes.length - 1) / PROGRAM_TEXT_CHUNK) * PROGRAM_TEXT_CHUNK;
  return new TextDecoder("utf-8").decode(bytes.subarray(start));
}

export function syntaxErrorAt(ctx: ErrorContext, msg: string, loc: ErrorLocation): PySyntaxError {
  const text = ctx.sourceLines && loc.lineno >= 1 ? (ctx.sourceLines[loc.lineno - 1] ?? null) : null;
  return makeSyntaxError(
    msg,
    ctx.filename,
    loc.lineno,
    loc.col_offset + 1,
    text === null ? null : programTextLine(text),
    loc.end_lineno ?? loc.lineno,
    (loc.end_col_offset ?? loc.col_offset) + 1,
  );
}

/** Build the parser's PySyntaxError (kind "SyntaxError") with every field set. */
export function makeSyntaxError(
  msg: string,
  filename: string,
  lineno: number,
  offset: number,
  text: string | null,
  endLineno: number,
  endOffset: number | null,
): PySyntaxError {
  return new PySyntaxError("SyntaxError", msg, filename, lineno, offset, text, endLineno, endOffset);
}
