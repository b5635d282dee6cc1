/**
 * CPython 3.11's display of an uncaught SyntaxError (and its subclasses IndentationError and
 * TabError), as printed by `print_exception` / `print_exception_file_and_line` /
 * `print_error_text` in Python/pythonrun.c. That C code — not Lib/traceback.py — is what
 * python3 3.11 runs for the default `sys.excepthook`, so it is what `python3 bad.py` prints.
 *
 * The C code has quirks we reproduce on purpose, because users compare our output with
 * python3's byte for byte:
 * - `offset`/`end_offset` are 1-based *character* columns, but the caret line is computed on
 *   the line's UTF-8 *bytes*, so the carets drift right on lines with non-ASCII text before the
 *   error (python3 3.11 really does this).
 * - Only exact `SyntaxError` honours `end_offset`; for IndentationError/TabError the C code
 *   forces `end_offset = -1`, i.e. a single caret.
 * - Leading spaces, tabs and form feeds are stripped from the shown line; if the error column
 *   falls inside that indentation, no caret line is printed at all (`unexpected indent`).
 * - Without a `lineno` there is no `File` line and no source line; the last line is then
 *   `str(exc)`, which for a SyntaxError may append `(filename)`.
 *
 * Pure: no I/O, so the runtime's traceback printer can reuse it.
 */

/** The attributes of a SyntaxError instance that its display reads. */
export interface SyntaxErrorFields {
  /** The exception class name: "SyntaxError", "IndentationError" or "TabError". */
  kind: string;
  msg: string;
  filename: string | null;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
}

const SPACE = 0x20;
const TAB = 0x09;
const FORM_FEED = 0x0c;
const NEWLINE = 0x0a;
const NUL = 0x00;

const utf8Encoder = new TextEncoder();
// ignoreBOM keeps a U+FEFF that starts the text: CPython prints it (python3 shows the BOM of
// line 1 when it re-reads the line from the file).
const utf8Decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** Returns the full text python3 writes to stderr for this exception (ends with "\n"). */
export function formatSyntaxError(error: SyntaxErrorFields): string {
  if (error.lineno === null) {
    // parse_syntax_error() fails without a lineno, so the C code falls back to str(exc).
    return formatExceptionLine(error.kind, syntaxErrorStr(error));
  }
  const filename = error.filename ?? "<string>";
  let out = `  File "${filename}", line ${error.lineno}\n`;
  if (error.text !== null) {
    const offset = error.offset ?? -1;
    const exact = error.kind === "SyntaxError";
    const endLineno = exact ? (error.end_lineno ?? error.lineno) : error.lineno;
    let endOffset = exact ? (error.end_offset ?? -1) : -1;
    const textBytes = utf8Encoder.encode(error.text);
    const lineSize = textBytes.length;
    // A multi-line error location is shown as its first line, highlighted to the end.
    if (endLineno > error.lineno) endOffset = lineSize;
    // Never more carets than the source line has bytes.
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out += formatErrorText(offset, endOffset, textBytes);
  }
  return out + formatExceptionLine(error.kind, error.msg);
}

/** `print_error_text`: the stripped source line and the caret line, on UTF-8 bytes. */
function formatErrorText(offset: number, endOffset: number, text: Uint8Array): string {
  const caretRepetitions = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  // PyUnicode_AsUTF8 gives a C string: anything after an embedded NUL is invisible to strlen.
  const nul = text.indexOf(NUL);
  const cEnd = nul === -1 ? text.length : nul;

  let start = 0;
  let column = offset - 1; // 1-based to 0-based
  while (start < cEnd && (text[start] === SPACE || text[start] === TAB || text[start] === FORM_FEED)) {
    start++;
    column--;
  }
  let len = cEnd - start;
  if (len > 0 && text[start + len - 1] === NEWLINE) len--;
  if (column > len) column = len;

  // When the text holds several lines, show the one the column points into.
  for (;;) {
    const nl = text.subarray(start, cEnd).indexOf(NEWLINE);
    if (nl === -1 || nl >= column) break;
    const skipped = nl + 1;
    start += skipped;
    len -= skipped;
    column -= skipped;
  }

  let out = "    " + utf8Decoder.decode(text.subarray(start, cEnd));
  if (start + len >= cEnd || text[start + len] !== NEWLINE) out += "\n";
  if (column < 0) return out;
  return out + "    " + " ".repeat(column) + "^".repeat(caretRepetitions) + "\n";
}

/** The final `Type: message` line; the colon is omitted for an empty message, as in CPython. */
function formatExceptionLine(kind: string, message: string): string {
  return message === "" ? `${kind}\n` : `${kind}: ${message}\n`;
}

/** `SyntaxError.__str__` (Objects/exceptions.c `SyntaxError_str`) for the no-lineno case. */
function syntaxErrorStr(error: SyntaxErrorFields): string {
  if (error.filename === null) return error.msg;
  const basename = error.filename.slice(error.filename.lastIndexOf("/") + 1);
  return `${error.msg} (${basename})`;
}
