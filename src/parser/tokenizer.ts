// The tokenizer: CPython 3.11's Parser/tokenizer.c (tok_get and friends) over a JS string.
//
// It is pulled one token at a time by the parser, like CPython's, so that the tokenizer state an
// error message reads (current line, buffer start, position) is the state CPython would be in.
// The source is the decoded text with newlines already translated to "\n" (and, for "exec"
// input, a final "\n" appended), exactly the buffer CPython's string tokenizer works on.

import { isPrintable } from "../util/repr.js";
import { codePointCount, utf8Length } from "./source_text.js";
import { isRawByteAt, replaceRawBytes } from "./string_escapes.js";
import { PySyntaxError } from "./syntax_error.js";
import * as T from "./tokens.js";
import { isIdentifierContinue, isIdentifierStart } from "./unicode_identifiers.js";

const EOF = -1;

/** Tokenizer status (CPython's tok->done / errcode.h). */
export const E_OK = 10;
export const E_EOF = 11;
export const E_TOKEN = 13;
export const E_TABSPACE = 18;
export const E_DEDENT = 21;
export const E_TOODEEP = 20;
export const E_LINECONT = 25;
export const E_DECODE = 22;
export const E_EOFS = 23;
export const E_EOLS = 24;
export const E_ERROR = 17;

const TABSIZE = 8;
const ALTTABSIZE = 1;
const MAXINDENT = 100;
const MAXLEVEL = 200;

/** ASCII characters that may continue an identifier (the tokenizer also accepts any >= 128). */
const ID_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) ID_CHAR[c] = 1;
}

function isPotentialIdentifierStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}

function isPotentialIdentifierChar(c: number): boolean {
  return c >= 128 || (c >= 0 && ID_CHAR[c] === 1);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isXDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** PyToken_OneChar. */
function oneChar(c: number): number {
  switch (c) {
    case 37:
      return T.PERCENT;
    case 38:
      return T.AMPER;
    case 40:
      return T.LPAR;
    case 41:
      return T.RPAR;
    case 42:
      return T.STAR;
    case 43:
      return T.PLUS;
    case 44:
      return T.COMMA;
    case 45:
      return T.MINUS;
    case 46:
      return T.DOT;
    case 47:
      return T.SLASH;
    case 58:
      return T.COLON;
    case 59:
      return T.SEMI;
    case 60:
      return T.LESS;
    case 61:
      return T.EQUAL;
    case 62:
      return T.GREATER;
    case 64:
      return T.AT;
    case 91:
      return T.LSQB;
    case 93:
      return T.RSQB;
    case 94:
      return T.CIRCUMFLEX;
    case 123:
      return T.LBRACE;
    case 124:
      return T.VBAR;
    case 125:
      return T.RBRACE;
    case 126:
      return T.TILDE;
  }
  return T.OP;
}

/** PyToken_TwoChars. */
function twoChars(c1: number, c2: number): number {
  switch (c1) {
    case 33: // !
      if (c2 === 61) return T.NOTEQUAL;
      break;
    case 37: // %
      if (c2 === 61) return T.PERCENTEQUAL;
      break;
    case 38: // &
      if (c2 === 61) return T.AMPEREQUAL;
      break;
    case 42: // *
      if (c2 === 42) return T.DOUBLESTAR;
      if (c2 === 61) return T.STAREQUAL;
      break;
    case 43: // +
      if (c2 === 61) return T.PLUSEQUAL;
      break;
    case 45: // -
      if (c2 === 61) return T.MINEQUAL;
      if (c2 === 62) return T.RARROW;
      break;
    case 47: // /
      if (c2 === 47) return T.DOUBLESLASH;
      if (c2 === 61) return T.SLASHEQUAL;
      break;
    case 58: // :
      if (c2 === 61) return T.COLONEQUAL;
      break;
    case 60: // <
      if (c2 === 60) return T.LEFTSHIFT;
      if (c2 === 61) return T.LESSEQUAL;
      if (c2 === 62) return T.NOTEQUAL;
      break;
    case 61: // =
      if (c2 === 61) return T.EQEQUAL;
      break;
    case 62: // >
      if (c2 === 61) return T.GREATEREQUAL;
      if (c2 === 62) return T.RIGHTSHIFT;
      break;
    case 64: // @
      if (c2 === 61) return T.ATEQUAL;
      break;
    case 94: // ^
      if (c2 === 61) return T.CIRCUMFLEXEQUAL;
      break;
    case 124: // |
      if (c2 === 61) return T.VBAREQUAL;
      break;
  }
  return T.OP;
}

/** PyToken_ThreeChars. */
function threeChars(c1: number, c2: number, c3: number): number {
  if (c3 !== 61) {
    if (c1 === 46 && c2 === 46 && c3 === 46) return T.ELLIPSIS;
    return T.OP;
  }
  if (c1 === 42 && c2 === 42) return T.DOUBLESTAREQUAL;
  if (c1 === 47 && c2 === 47) return T.DOUBLESLASHEQUAL;
  if (c1 === 60 && c2 === 60) return T.LEFTSHIFTEQUAL;
  if (c1 === 62 && c2 === 62) return T.RIGHTSHIFTEQUAL;
  return T.OP;
}

function hex4Upper(cp: number): string {
  const h = cp.toString(16).toUpperCase();
  return h.length >= 4 ? h : "0".repeat(4 - h.length) + h;
}

export class Tokenizer {
  /** tok->cur */
  pos = 0;
  /** tok->inp: end of the text read so far (just past the current line's "\n"). */
  inp = 0;
  /** tok->line_start */
  lineStart = 0;
  /** tok->buf: where the current buffer starts (a token spanning lines keeps earlier lines). */
  bufStart = 0;
  /** tok->lineno */
  lineno = 0;
  /** tok->done */
  done = E_OK;
  /** tok->start, -1 for NULL. */
  start = -1;
  /** Token bounds reported by the last get() (*p_start, *p_end), -1 for NULL. */
  pStart = -1;
  pEnd = -1;
  /** For STRING tokens: the line and line start where the token began. */
  firstLineno = 0;
  multiLineStart = 0;
  /** The exception a tokenizer error raised (syntaxerror()), if any. */
  error: PySyntaxError | null = null;
  level = 0;
  parenStack: number[] = [];
  parenLinenoStack: number[] = [];
  /** Where each open bracket is: its line's start and its own offset in `src`. */
  parenLineStartStack: number[] = [];
  parenPosStack: number[] = [];
  /** Whether the last NAME token had non-ASCII characters. */
  nameNonAscii = false;
  /** Where SyntaxWarnings go (parser_warn); true back means "raise it as a SyntaxError". */
  onWarning: ((msg: string, lineno: number) => boolean | undefined) | null = null;
  /** Offsets already warned about: a second tokenization of the same text stays silent. */
  private warnedAt = new Set<number>();

  /** The byte column of the open bracket at nesting depth `i` (tok->parencolstack[i]). */
  parenCol(i: number): number {
    return this.byteCol(this.parenLineStartStack[i], this.parenPosStack[i]);
  }

  private atbol = true;
  private pendin = 0;
  private indent = 0;
  private indstack: number[] = [0];
  private altindstack: number[] = [0];

  constructor(
    readonly src: string,
    readonly filename: string,
    readonly typeComments: boolean,
    /** CPython's file tokenizer (a script run as `python3 FILE`) rather than the string one. */
    readonly fileInput = false,
    /** Whether an encoding was declared or implied (tok->encoding != NULL). */
    readonly encodingKnown = true,
  ) {}

  /** Single-input mode at end of input: close all open indented blocks with DEDENTs. */
  closeOpenBlocks(): void {
    if (this.indent) {
      this.pendin = -this.indent;
      this.indent = 0;
    }
  }

  /** tok_nextc: the next character (UTF-16 unit), reading a new line when needed. */
  nextc(): number {
    for (;;) {
      if (this.pos !== this.inp) return this.src.charCodeAt(this.pos++);
      if (this.done !== E_OK) return EOF;
      // tok_underflow_string (tok_underflow_file for file input)
      const src = this.src;
      let end = src.indexOf("\n", this.inp);
      if (end >= 0) end++;
      else {
        end = src.length;
        if (end === this.inp) {
          this.done = E_EOF;
          this.pos = this.inp;
          // The file tokenizer empties its buffer before trying to read another line.
          if (this.fileInput && this.start < 0) this.bufStart = this.lineStart = this.pos;
          return EOF;
        }
      }
      if (this.fileInput && !this.checkFileLine(this.inp, end)) return EOF;
      if (this.start < 0) this.bufStart = this.pos;
      this.lineStart = this.pos;
      this.lineno++;
      this.inp = end;
      if (
        this.fileInput &&
        src.indexOf("\0", this.lineStart) >= 0 &&
        src.indexOf("\0", this.lineStart) < end
      ) {
        this.syntaxError("source code cannot contain null bytes");
        this.pos = this.inp;
        return EOF;
      }
    }
  }

  /**
   * The file tokenizer checks each line it reads: without a declared encoding, it must be valid
   * UTF-8 (ensure_utf8). Returns false after raising the error.
   */
  private checkFileLine(from: number, to: number): boolean {
    if (this.encodingKnown) return true;
    const src = this.src;
    for (let i = from; i < to; i++) {
      const c = src.charCodeAt(i);
      if (c === 0) break; // a C string ends here
      if (c >= 0xdc80 && c <= 0xdcff && isRawByteAt(src, i)) {
        const hex = (c - 0xdc00).toString(16).padStart(2, "0");
        this.error = new PySyntaxError(
          "SyntaxError",
          `Non-UTF-8 code starting with '\\x${hex}' in file ${this.filename} on line ${this.lineno + 1}, ` +
            "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
          this.filename,
          null,
          null,
          null,
          null,
          null,
        );
        this.done = E_DECODE;
        this.pos = this.inp;
        return false;
      }
    }
    return true;
  }

  /** tok_backup */
  private backup(c: number): void {
    if (c !== EOF) this.pos--;
  }

  /** Byte column of `pos` on the line starting at `lineStart`. */
  byteCol(lineStart: number, pos: number): number {
    return utf8Length(this.src, lineStart, pos);
  }

  /** The current line from line_start up to (not including) its "\n". */
  private currentLineText(): string {
    let end = this.src.indexOf("\n", this.lineStart);
    if (end < 0) end = this.src.length;
    // A C string ends at a NUL byte.
    const nul = this.src.indexOf("\0", this.lineStart);
    if (nul >= 0 && nul < end) end = nul;
    return replaceRawBytes(this.src.slice(this.lineStart, end));
  }

  /**
   * _syntaxerror_range: raises SyntaxError at the tokenizer's position. Offsets default to the
   * number of characters from the line start to the current position.
   */
  syntaxError(msg: string, colOffset = -1, endColOffset = -1): number {
    if (colOffset === -1) {
      // CPython decodes the line prefix with errors="replace" and counts its characters.
      const prefix = replaceRawBytes(this.src.slice(this.lineStart, this.pos));
      colOffset = codePointCount(prefix, 0, prefix.length);
    }
    if (endColOffset === -1) endColOffset = colOffset;
    this.error = new PySyntaxError(
      "SyntaxError",
      msg,
      this.filename,
      this.lineno,
      colOffset,
      this.currentLineText(),
      this.lineno,
      endColOffset,
    );
    this.done = E_ERROR;
    return T.ERRORTOKEN;
  }

  private indentError(): number {
    this.done = E_TABSPACE;
    this.pos = this.inp;
    return T.ERRORTOKEN;
  }

  /** tok_continuation_line: after a backslash; returns the next character or -2 on error. */
  private continuationLine(): number {
    let c = this.nextc();
    if (c !== 10) {
      this.done = E_LINECONT;
      return -2;
    }
    c = this.nextc();
    if (c === EOF) {
      this.done = E_EOF;
      this.pos = this.inp;
      return -2;
    }
    this.backup(c);
    return c;
  }

  /** verify_identifier: PEP 3131 check of the identifier in [start, pos). */
  private verifyIdentifier(): boolean {
    const s = this.src.slice(this.start, this.pos);
    // Raw (undecodable) bytes make the UTF-8 decode fail.
    for (let i = 0; i < s.length; i++) {
      if (isRawByteAt(s, i)) {
        this.done = E_DECODE;
        this.decodeErrorAt = this.start + i;
        return false;
      }
    }
    let invalid = -1;
    let i = 0;
    let first = true;
    while (i < s.length) {
      const cp = s.codePointAt(i)!;
      const ok = first ? cp === 95 || isIdentifierStart(cp) : isIdentifierContinue(cp);
      if (!ok) {
        invalid = i;
        break;
      }
      first = false;
      i += cp > 0xffff ? 2 : 1;
    }
    if (invalid < 0) return true;
    const ch = s.codePointAt(invalid)!;
    const chEnd = invalid + (ch > 0xffff ? 2 : 1);
    if (chEnd < s.length) this.pos = this.start + chEnd;
    if (isPrintable(ch)) {
      this.syntaxError(`invalid character '${String.fromCodePoint(ch)}' (U+${hex4Upper(ch)})`);
    } else {
      this.syntaxError(`invalid non-printable character U+${hex4Upper(ch)}`);
    }
    return false;
  }

  /** Where an E_DECODE error was found (the offending raw byte). */
  decodeErrorAt = -1;

  /** tok_decimal_tail: digits with single underscores; returns the next char or -2 on error. */
  private decimalTail(): number {
    let c: number;
    for (;;) {
      do {
        c = this.nextc();
      } while (isDigit(c));
      if (c !== 95) break;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.syntaxError("invalid decimal literal");
        return -2;
      }
    }
    return c;
  }

  /** lookahead: does the text continue with `test` followed by a non-identifier character? */
  private lookahead(test: string): boolean {
    const p = this.pos;
    const src = this.src;
    for (let i = 0; i < test.length; i++) {
      if (p + i >= this.inp || src.charCodeAt(p + i) !== test.charCodeAt(i)) return false;
    }
    const after = p + test.length < this.inp ? src.charCodeAt(p + test.length) : EOF;
    return !isPotentialIdentifierChar(after);
  }

  /**
   * verify_end_of_number: a number directly followed by a keyword is accepted (CPython only
   * warns); followed by another identifier character it is an "invalid <kind> literal".
   */
  private verifyEndOfNumber(c: number, kind: string): boolean {
    let r = false;
    if (c === 97) r = this.lookahead("nd");
    else if (c === 101) r = this.lookahead("lse");
    else if (c === 102) r = this.lookahead("or");
    else if (c === 105) {
      const c2 = this.pos < this.inp ? this.src.charCodeAt(this.pos) : EOF;
      r = c2 === 102 || c2 === 110 || c2 === 115;
    } else if (c === 111) r = this.lookahead("r");
    else if (c === 110) r = this.lookahead("ot");
    if (r) {
      // CPython 3.11 accepts the number and emits "SyntaxWarning: invalid <kind> literal".
      if (this.onWarning !== null && !this.warnedAt.has(this.pos)) {
        this.warnedAt.add(this.pos);
        if (this.onWarning(`invalid ${kind} literal`, this.lineno) === true) {
          this.backup(c);
          this.syntaxError(`invalid ${kind} literal`);
          return false;
        }
      }
      return true;
    }
    if (c >= 0 && c < 128 && isPotentialIdentifierChar(c)) {
      this.backup(c);
      this.syntaxError(`invalid ${kind} literal`);
      return false;
    }
    return true;
  }

  /** tok_get: the next token's kind; its bounds are left in pStart/pEnd. */
  get(): number {
    let c: number;
    let blankline = false;
    this.pStart = this.pEnd = -1;
    nextline: for (;;) {
      this.start = -1;
      blankline = false;

      // Get indentation level
      if (this.atbol) {
        let col = 0;
        let altcol = 0;
        let contLineCol = 0;
        this.atbol = false;
        for (;;) {
          c = this.nextc();
          if (c === 32) {
            col++;
            altcol++;
          } else if (c === 9) {
            col = ((col / TABSIZE) | 0) * TABSIZE + TABSIZE;
            altcol = ((altcol / ALTTABSIZE) | 0) * ALTTABSIZE + ALTTABSIZE;
          } else if (c === 12) {
            col = altcol = 0;
          } else if (c === 92) {
            // Indentation cannot be split over physical lines with backslashes: the first
            // backslash found determines the indentation of what follows.
            contLineCol = contLineCol ? contLineCol : col;
            if ((c = this.continuationLine()) === -2) return T.ERRORTOKEN;
          } else {
            break;
          }
        }
        this.backup(c);
        if (c === 35 || c === 10) {
          // Lines with only whitespace and/or comments don't affect the indentation.
          blankline = true;
        }
        if (!blankline && this.level === 0) {
          col = contLineCol ? contLineCol : col;
          altcol = contLineCol ? contLineCol : altcol;
          const ind = this.indent;
          if (col === this.indstack[ind]) {
            if (altcol !== this.altindstack[ind]) return this.indentError();
          } else if (col > this.indstack[ind]) {
            if (ind + 1 >= MAXINDENT) {
              this.done = E_TOODEEP;
              this.pos = this.inp;
              return T.ERRORTOKEN;
            }
            if (altcol <= this.altindstack[ind]) return this.indentError();
            this.pendin++;
            this.indent = ind + 1;
            this.indstack[ind + 1] = col;
            this.altindstack[ind + 1] = altcol;
          } else {
            while (this.indent > 0 && col < this.indstack[this.indent]) {
              this.pendin--;
              this.indent--;
            }
            if (col !== this.indstack[this.indent]) {
              this.done = E_DEDENT;
              this.pos = this.inp;
              return T.ERRORTOKEN;
            }
            if (altcol !== this.altindstack[this.indent]) return this.indentError();
          }
        }
      }

      this.start = this.pos;

      // Return pending indents/dedents
      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          this.pendin++;
          return T.DEDENT;
        }
        this.pendin--;
        return T.INDENT;
      }

      for (;;) {
        this.start = -1;
        // Skip spaces
        do {
          c = this.nextc();
        } while (c === 32 || c === 9 || c === 12);

        // Set start of current token
        this.start = this.pos - 1;

        // Skip comment, unless it's a type comment
        if (c === 35) {
          const lineEnd = this.inp;
          const src = this.src;
          let p = this.pos;
          while (p < lineEnd && src.charCodeAt(p) !== 10) p++;
          if (p < lineEnd) {
            this.pos = p + 1;
            c = 10;
          } else {
            this.pos = p;
            c = this.nextc();
            while (c !== EOF && c !== 10) c = this.nextc();
          }
          if (this.typeComments) {
            const tc = this.typeComment(c, blankline);
            if (tc !== 0) return tc;
          }
        }

        // Check for EOF and errors now
        if (c === EOF) {
          if (this.level) return T.ERRORTOKEN;
          return this.done === E_EOF ? T.ENDMARKER : T.ERRORTOKEN;
        }

        // Identifier (most frequent token!)
        if (isPotentialIdentifierStart(c)) {
          // Process the various legal combinations of b"", r"", u"", and f"".
          let sawB = false;
          let sawR = false;
          let sawU = false;
          let sawF = false;
          for (;;) {
            if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
            else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
            else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
            else break;
            c = this.nextc();
            if (c === 34 || c === 39) return this.letterQuote(c);
          }
          let nonascii = false;
          const src = this.src;
          const lineEnd = this.inp;
          let p = this.pos;
          if (c >= 128) nonascii = true;
          if (isPotentialIdentifierChar(c)) {
            for (; p < lineEnd; p++) {
              const d = src.charCodeAt(p);
              if (d < 128) {
                if (ID_CHAR[d] !== 1) break;
              } else nonascii = true;
            }
            this.pos = p;
          } else {
            this.backup(c);
          }
          if (nonascii && !this.verifyIdentifier()) return T.ERRORTOKEN;
          this.nameNonAscii = nonascii;
          this.pStart = this.start;
          this.pEnd = this.pos;
          if (this.pos - this.start === 5 && src.charCodeAt(this.start) === 97) {
            const w = src.slice(this.start, this.pos);
            if (w === "async") return T.ASYNC;
            if (w === "await") return T.AWAIT;
          }
          return T.NAME;
        }

        // Newline
        if (c === 10) {
          this.atbol = true;
          if (blankline || this.level > 0) continue nextline;
          this.pStart = this.start;
          this.pEnd = this.pos - 1; // Leave '\n' out of the string
          return T.NEWLINE;
        }

        // Period or number starting with period?
        if (c === 46) {
          c = this.nextc();
          if (isDigit(c)) {
            return this.number(c, true);
          } else if (c === 46) {
            c = this.nextc();
            if (c === 46) {
              this.pStart = this.start;
              this.pEnd = this.pos;
              return T.ELLIPSIS;
            }
            this.backup(c);
            this.backup(46);
          } else {
            this.backup(c);
          }
          this.pStart = this.start;
          this.pEnd = this.pos;
          return T.DOT;
        }

        // Number
        if (isDigit(c)) return this.number(c, false);

        // String
        if (c === 39 || c === 34) return this.letterQuote(c);

        // Line continuation
        if (c === 92) {
          if (this.continuationLine() === -2) return T.ERRORTOKEN;
          continue;
        }
        break;
      }
      break;
    }

    // Check for two-character token
    {
      const c2 = this.nextc();
      let token = twoChars(c, c2);
      if (token !== T.OP) {
        const c3 = this.nextc();
        const token3 = threeChars(c, c2, c3);
        if (token3 !== T.OP) token = token3;
        else this.backup(c3);
        this.pStart = this.start;
        this.pEnd = this.pos;
        return token;
      }
      this.backup(c2);
    }

    // Keep track of parentheses nesting level
    switch (c) {
      case 40:
      case 91:
      case 123:
        if (this.level >= MAXLEVEL) return this.syntaxError("too many nested parentheses");
        this.parenStack[this.level] = c;
        this.parenLinenoStack[this.level] = this.lineno;
        this.parenLineStartStack[this.level] = this.lineStart;
        this.parenPosStack[this.level] = this.start;
        this.level++;
        break;
      case 41:
      case 93:
      case 125: {
        if (!this.level) return this.syntaxError(`unmatched '${String.fromCharCode(c)}'`);
        this.level--;
        const opening = this.parenStack[this.level];
        if (
          !((opening === 40 && c === 41) || (opening === 91 && c === 93) || (opening === 123 && c === 125))
        ) {
          const o = String.fromCharCode(opening);
          const cl = String.fromCharCode(c);
          if (this.parenLinenoStack[this.level] !== this.lineno) {
            return this.syntaxError(
              `closing parenthesis '${cl}' does not match opening parenthesis '${o}' on line ${this.parenLinenoStack[this.level]}`,
            );
          }
          return this.syntaxError(`closing parenthesis '${cl}' does not match opening parenthesis '${o}'`);
        }
        break;
      }
    }

    if (c < 128 && !isPrintable(c)) {
      return this.syntaxError(`invalid non-printable character U+${hex4Upper(c)}`);
    }

    // Punctuation character
    this.pStart = this.start;
    this.pEnd = this.pos;
    return oneChar(c);
  }

  /**
   * After a comment was skipped (c is the "\n" or EOF that ended it): recognise "# type: ..."
   * comments. Returns TYPE_COMMENT / TYPE_IGNORE, or 0 for an ordinary comment.
   */
  private typeComment(c: number, blankline: boolean): number {
    const src = this.src;
    const prefix = "# type: ";
    let p = this.start;
    const end = c === 10 ? this.pos - 1 : this.pos; // tok->cur before backing up the newline
    let k = 0;
    while (k < prefix.length && p < this.pos) {
      const pc = prefix.charCodeAt(k);
      if (pc === 32) {
        while (p < end && (src.charCodeAt(p) === 32 || src.charCodeAt(p) === 9)) p++;
      } else if (pc === src.charCodeAt(p)) {
        p++;
      } else {
        break;
      }
      k++;
    }
    if (k < prefix.length) return 0;
    this.backup(c); // don't eat the newline or EOF
    const typeStart = p;
    const ignoreEnd = p + 6;
    const isTypeIgnore =
      this.pos >= ignoreEnd &&
      src.startsWith("ignore", p) &&
      !(
        this.pos > ignoreEnd &&
        (src.charCodeAt(ignoreEnd) >= 128 ||
          (ID_CHAR[src.charCodeAt(ignoreEnd)] === 1 && src.charCodeAt(ignoreEnd) !== 95))
      );
    if (isTypeIgnore) {
      this.pStart = ignoreEnd;
      this.pEnd = this.pos;
      // If this type ignore is the only thing on the line, consume the newline also.
      if (blankline) {
        this.nextc();
        this.atbol = true;
      }
      return T.TYPE_IGNORE;
    }
    this.pStart = typeStart;
    this.pEnd = this.pos;
    return T.TYPE_COMMENT;
  }

  /** The number part of tok_get; `c` is the first digit (or the digit after a leading '.'). */
  private number(c: number, fraction: boolean): number {
    if (fraction) return this.numberFraction(c);
    if (c === 48) {
      // Hex, octal or binary -- maybe.
      c = this.nextc();
      if (c === 120 || c === 88) {
        c = this.nextc();
        do {
          if (c === 95) c = this.nextc();
          if (!isXDigit(c)) {
            this.backup(c);
            return this.syntaxError("invalid hexadecimal literal");
          }
          do {
            c = this.nextc();
          } while (isXDigit(c));
        } while (c === 95);
        if (!this.verifyEndOfNumber(c, "hexadecimal")) return T.ERRORTOKEN;
      } else if (c === 111 || c === 79) {
        c = this.nextc();
        do {
          if (c === 95) c = this.nextc();
          if (c < 48 || c >= 56) {
            if (isDigit(c))
              return this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
            this.backup(c);
            return this.syntaxError("invalid octal literal");
          }
          do {
            c = this.nextc();
          } while (c >= 48 && c < 56);
        } while (c === 95);
        if (isDigit(c)) return this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
        if (!this.verifyEndOfNumber(c, "octal")) return T.ERRORTOKEN;
      } else if (c === 98 || c === 66) {
        c = this.nextc();
        do {
          if (c === 95) c = this.nextc();
          if (c !== 48 && c !== 49) {
            if (isDigit(c))
              return this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
            this.backup(c);
            return this.syntaxError("invalid binary literal");
          }
          do {
            c = this.nextc();
          } while (c === 48 || c === 49);
        } while (c === 95);
        if (isDigit(c))
          return this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
        if (!this.verifyEndOfNumber(c, "binary")) return T.ERRORTOKEN;
      } else {
        let nonzero = false;
        // maybe old-style octal; in any case, allow '0' as a literal
        for (;;) {
          if (c === 95) {
            c = this.nextc();
            if (!isDigit(c)) {
              this.backup(c);
              return this.syntaxError("invalid decimal literal");
            }
          }
          if (c !== 48) break;
          c = this.nextc();
        }
        const zerosEnd = this.pos;
        if (isDigit(c)) {
          nonzero = true;
          c = this.decimalTail();
          if (c === -2) return T.ERRORTOKEN;
        }
        if (c === 46) {
          c = this.nextc();
          return this.numberFraction(c);
        } else if (c === 101 || c === 69) {
          return this.numberExponent(c);
        } else if (c === 106 || c === 74) {
          return this.numberImaginary();
        } else if (nonzero) {
          // Old-style octal: now disallowed.
          this.backup(c);
          return this.syntaxError(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            this.byteCol(this.lineStart, this.start + 1),
            this.byteCol(this.lineStart, zerosEnd),
          );
        }
        if (!this.verifyEndOfNumber(c, "decimal")) return T.ERRORTOKEN;
      }
    } else {
      // Decimal
      c = this.decimalTail();
      if (c === -2) return T.ERRORTOKEN;
      if (c === 46) {
        c = this.nextc();
        return this.numberFraction(c);
      }
      if (c === 101 || c === 69) return this.numberExponent(c);
      if (c === 106 || c === 74) return this.numberImaginary();
      if (!this.verifyEndOfNumber(c, "decimal")) return T.ERRORTOKEN;
    }
    this.backup(c);
    this.pStart = this.start;
    this.pEnd = this.pos;
    return T.NUMBER;
  }

  /** `fraction:` label — c is the character after the '.'. */
  private numberFraction(c: number): number {
    if (isDigit(c)) {
      c = this.decimalTail();
      if (c === -2) return T.ERRORTOKEN;
    }
    if (c === 101 || c === 69) return this.numberExponent(c);
    if (c === 106 || c === 74) return this.numberImaginary();
    if (!this.verifyEndOfNumber(c, "decimal")) return T.ERRORTOKEN;
    this.backup(c);
    this.pStart = this.start;
    this.pEnd = this.pos;
    return T.NUMBER;
  }

  /** `exponent:` label — c is the 'e' or 'E'. */
  private numberExponent(e: number): number {
    let c = this.nextc();
    if (c === 43 || c === 45) {
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        return this.syntaxError("invalid decimal literal");
      }
    } else if (!isDigit(c)) {
      this.backup(c);
      if (!this.verifyEndOfNumber(e, "decimal")) return T.ERRORTOKEN;
      this.backup(e);
      this.pStart = this.start;
      this.pEnd = this.pos;
      return T.NUMBER;
    }
    c = this.decimalTail();
    if (c === -2) return T.ERRORTOKEN;
    if (c === 106 || c === 74) return this.numberImaginary();
    if (!this.verifyEndOfNumber(c, "decimal")) return T.ERRORTOKEN;
    this.backup(c);
    this.pStart = this.start;
    this.pEnd = this.pos;
    return T.NUMBER;
  }

  /** `imaginary:` label — the 'j' has been read. */
  private numberImaginary(): number {
    const c = this.nextc();
    if (!this.verifyEndOfNumber(c, "imaginary")) return T.ERRORTOKEN;
    this.backup(c);
    this.pStart = this.start;
    this.pEnd = this.pos;
    return T.NUMBER;
  }

  /** `letter_quote:` — a string literal whose opening quote `quote` has just been read. */
  private letterQuote(quote: number): number {
    let quoteSize = 1;
    let endQuoteSize = 0;
    // Nodes of type STRING, especially multi line strings, must be handled differently in
    // order to get both the starting line number and the column offset right.
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;

    // Find the quote size and start of string
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1; // empty string found
    }
    if (c !== quote) this.backup(c);

    // Get rest of string
    const src = this.src;
    while (endQuoteSize !== quoteSize) {
      // Fast path inside the current line.
      if (endQuoteSize === 0) {
        let p = this.pos;
        const lineEnd = this.inp;
        while (p < lineEnd) {
          const d = src.charCodeAt(p);
          if (d === quote || d === 92 || d === 10) break;
          p++;
        }
        this.pos = p;
      }
      c = this.nextc();
      if (c === EOF || (quoteSize === 1 && c === 10)) {
        // Report the error from the initial quote character.
        this.pos = this.start + 1;
        this.lineStart = this.multiLineStart;
        const startLine = this.lineno;
        this.lineno = this.firstLineno;
        if (quoteSize === 3) {
          this.syntaxError(`unterminated triple-quoted string literal (detected at line ${startLine})`);
          if (c !== 10) this.done = E_EOFS;
        } else {
          this.syntaxError(`unterminated string literal (detected at line ${startLine})`);
          if (c !== 10) this.done = E_EOLS;
        }
        return T.ERRORTOKEN;
      }
      if (c === quote) {
        endQuoteSize += 1;
      } else {
        endQuoteSize = 0;
        if (c === 92) this.nextc(); // skip escaped char
      }
    }
    this.pStart = this.start;
    this.pEnd = this.pos;
    return T.STRING;
  }
}
