// Token kinds produced by the tokenizer and consumed by the parser. The first seven have the
// meaning (and relative order) of CPython's Include/token.h; keywords get kinds of their own so
// the parser can compare kinds instead of strings.

export const ENDMARKER = 0;
export const NAME = 1;
export const NUMBER = 2;
export const STRING = 3;
export const NEWLINE = 4;
export const INDENT = 5;
export const DEDENT = 6;
export const LPAR = 7;
export const RPAR = 8;
export const LSQB = 9;
export const RSQB = 10;
export const COLON = 11;
export const COMMA = 12;
export const SEMI = 13;
export const PLUS = 14;
export const MINUS = 15;
export const STAR = 16;
export const SLASH = 17;
export const VBAR = 18;
export const AMPER = 19;
export const LESS = 20;
export const GREATER = 21;
export const EQUAL = 22;
export const DOT = 23;
export const PERCENT = 24;
export const LBRACE = 25;
export const RBRACE = 26;
export const EQEQUAL = 27;
export const NOTEQUAL = 28;
export const LESSEQUAL = 29;
export const GREATEREQUAL = 30;
export const TILDE = 31;
export const CIRCUMFLEX = 32;
export const LEFTSHIFT = 33;
export const RIGHTSHIFT = 34;
export const DOUBLESTAR = 35;
export const PLUSEQUAL = 36;
export const MINEQUAL = 37;
export const STAREQUAL = 38;
export const SLASHEQUAL = 39;
export const PERCENTEQUAL = 40;
export const AMPEREQUAL = 41;
export const VBAREQUAL = 42;
export const CIRCUMFLEXEQUAL = 43;
export const LEFTSHIFTEQUAL = 44;
export const RIGHTSHIFTEQUAL = 45;
export const DOUBLESTAREQUAL = 46;
export const DOUBLESLASH = 47;
export const DOUBLESLASHEQUAL = 48;
export const AT = 49;
export const ATEQUAL = 50;
export const RARROW = 51;
export const ELLIPSIS = 52;
export const COLONEQUAL = 53;
/** Any other single character (`$`, `?`, `!`, a backquote): CPython's generic OP. */
export const OP = 54;
export const AWAIT = 55;
export const ASYNC = 56;
export const TYPE_IGNORE = 57;
export const TYPE_COMMENT = 58;
export const ERRORTOKEN = 59;

// Keywords (CPython's reserved_keywords; 'async' and 'await' come from the tokenizer as
// ASYNC/AWAIT).
export const KW_FALSE = 60;
export const KW_NONE = 61;
export const KW_TRUE = 62;
export const KW_AND = 63;
export const KW_AS = 64;
export const KW_ASSERT = 65;
export const KW_BREAK = 66;
export const KW_CLASS = 67;
export const KW_CONTINUE = 68;
export const KW_DEF = 69;
export const KW_DEL = 70;
export const KW_ELIF = 71;
export const KW_ELSE = 72;
export const KW_EXCEPT = 73;
export const KW_FINALLY = 74;
export const KW_FOR = 75;
export const KW_FROM = 76;
export const KW_GLOBAL = 77;
export const KW_IF = 78;
export const KW_IMPORT = 79;
export const KW_IN = 80;
export const KW_IS = 81;
export const KW_LAMBDA = 82;
export const KW_NONLOCAL = 83;
export const KW_NOT = 84;
export const KW_OR = 85;
export const KW_PASS = 86;
export const KW_RAISE = 87;
export const KW_RETURN = 88;
export const KW_TRY = 89;
export const KW_WHILE = 90;
export const KW_WITH = 91;
export const KW_YIELD = 92;

export const FIRST_KEYWORD = KW_FALSE;

/** Keywords by length, for matching a NAME in place without taking a substring. */
const KEYWORDS_BY_LENGTH: [string, number][][] = [];

export const KEYWORDS: ReadonlyMap<string, number> = new Map([
  ["False", KW_FALSE],
  ["None", KW_NONE],
  ["True", KW_TRUE],
  ["and", KW_AND],
  ["as", KW_AS],
  ["assert", KW_ASSERT],
  ["break", KW_BREAK],
  ["class", KW_CLASS],
  ["continue", KW_CONTINUE],
  ["def", KW_DEF],
  ["del", KW_DEL],
  ["elif", KW_ELIF],
  ["else", KW_ELSE],
  ["except", KW_EXCEPT],
  ["finally", KW_FINALLY],
  ["for", KW_FOR],
  ["from", KW_FROM],
  ["global", KW_GLOBAL],
  ["if", KW_IF],
  ["import", KW_IMPORT],
  ["in", KW_IN],
  ["is", KW_IS],
  ["lambda", KW_LAMBDA],
  ["nonlocal", KW_NONLOCAL],
  ["not", KW_NOT],
  ["or", KW_OR],
  ["pass", KW_PASS],
  ["raise", KW_RAISE],
  ["return", KW_RETURN],
  ["try", KW_TRY],
  ["while", KW_WHILE],
  ["with", KW_WITH],
  ["yield", KW_YIELD],
]);

/** One token. Columns are UTF-8 byte offsets like CPython's (-1 when CPython has none). */
export class Token {
  /** Memoized rule results starting at this token (CPython's token->memo). */
  memo: Memo | null = null;
  private cachedText: string | null = null;

  constructor(
    /** Token kind (constants above). */
    public type: number,
    /** Start and end as offsets into `src` (-1 when absent). */
    public start: number,
    public end: number,
    public lineno: number,
    public col: number,
    public endLineno: number,
    public endCol: number,
    /** Bracket nesting level after this token (CPython's token->level). */
    public level: number,
    /** The tokenizer's source text. */
    private readonly src: string,
    /** A NAME with non-ASCII characters (its identifier is NFKC-normalized). */
    public nonAscii: boolean,
  ) {}

  /** Source text of the token. */
  get text(): string {
    if (this.cachedText === null)
      this.cachedText = this.start >= 0 ? this.src.slice(this.start, this.end) : "";
    return this.cachedText;
  }
}

/** One memoized result: rule `type` starting here produced `node` and ended at `mark`. */
export interface Memo {
  type: number;
  node: unknown;
  mark: number;
  next: Memo | null;
}

for (const [word, kind] of KEYWORDS) (KEYWORDS_BY_LENGTH[word.length] ??= []).push([word, kind]);

/** The keyword kind of src[start, end), or NAME. */
export function keywordKind(src: string, start: number, end: number): number {
  const candidates = KEYWORDS_BY_LENGTH[end - start];
  if (candidates === undefined) return NAME;
  const c0 = src.charCodeAt(start);
  for (const [word, kind] of candidates) {
    if (word.charCodeAt(0) === c0 && src.startsWith(word, start)) return kind;
  }
  return NAME;
}
