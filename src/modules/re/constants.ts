/**
 * The regular expression engine's constants (CPython 3.11's Lib/re/_constants.py and
 * Modules/_sre/sre_constants.h): opcode numbers, position and category codes, flags.
 *
 * The numbering is CPython's: compiled programs are word-for-word the code CPython's compiler
 * emits, so `re.DEBUG` output and `sys.getsizeof(pattern)` agree.
 */

export const MAGIC = 20220615;
export const CODESIZE = 4;
/** SRE_MAXREPEAT: "no upper bound" in repeats (2**32 - 1). */
export const MAXREPEAT = 0xffffffff;
/** SRE_MAXGROUPS. */
export const MAXGROUPS = 0x3fffffff;

export const OPCODE_NAMES = [
  "FAILURE",
  "SUCCESS",
  "ANY",
  "ANY_ALL",
  "ASSERT",
  "ASSERT_NOT",
  "AT",
  "BRANCH",
  "CATEGORY",
  "CHARSET",
  "BIGCHARSET",
  "GROUPREF",
  "GROUPREF_EXISTS",
  "IN",
  "INFO",
  "JUMP",
  "LITERAL",
  "MARK",
  "MAX_UNTIL",
  "MIN_UNTIL",
  "NOT_LITERAL",
  "NEGATE",
  "RANGE",
  "REPEAT",
  "REPEAT_ONE",
  "SUBPATTERN",
  "MIN_REPEAT_ONE",
  "ATOMIC_GROUP",
  "POSSESSIVE_REPEAT",
  "POSSESSIVE_REPEAT_ONE",
  "GROUPREF_IGNORE",
  "IN_IGNORE",
  "LITERAL_IGNORE",
  "NOT_LITERAL_IGNORE",
  "GROUPREF_LOC_IGNORE",
  "IN_LOC_IGNORE",
  "LITERAL_LOC_IGNORE",
  "NOT_LITERAL_LOC_IGNORE",
  "GROUPREF_UNI_IGNORE",
  "IN_UNI_IGNORE",
  "LITERAL_UNI_IGNORE",
  "NOT_LITERAL_UNI_IGNORE",
  "RANGE_UNI_IGNORE",
  // Parser-only operators (never in compiled code).
  "MIN_REPEAT",
  "MAX_REPEAT",
] as const;

export enum Op {
  FAILURE = 0,
  SUCCESS = 1,
  ANY = 2,
  ANY_ALL = 3,
  ASSERT = 4,
  ASSERT_NOT = 5,
  AT = 6,
  BRANCH = 7,
  CATEGORY = 8,
  CHARSET = 9,
  BIGCHARSET = 10,
  GROUPREF = 11,
  GROUPREF_EXISTS = 12,
  IN = 13,
  INFO = 14,
  JUMP = 15,
  LITERAL = 16,
  MARK = 17,
  MAX_UNTIL = 18,
  MIN_UNTIL = 19,
  NOT_LITERAL = 20,
  NEGATE = 21,
  RANGE = 22,
  REPEAT = 23,
  REPEAT_ONE = 24,
  SUBPATTERN = 25,
  MIN_REPEAT_ONE = 26,
  ATOMIC_GROUP = 27,
  POSSESSIVE_REPEAT = 28,
  POSSESSIVE_REPEAT_ONE = 29,
  GROUPREF_IGNORE = 30,
  IN_IGNORE = 31,
  LITERAL_IGNORE = 32,
  NOT_LITERAL_IGNORE = 33,
  GROUPREF_LOC_IGNORE = 34,
  IN_LOC_IGNORE = 35,
  LITERAL_LOC_IGNORE = 36,
  NOT_LITERAL_LOC_IGNORE = 37,
  GROUPREF_UNI_IGNORE = 38,
  IN_UNI_IGNORE = 39,
  LITERAL_UNI_IGNORE = 40,
  NOT_LITERAL_UNI_IGNORE = 41,
  RANGE_UNI_IGNORE = 42,
  MIN_REPEAT = 43,
  MAX_REPEAT = 44,
}

export const AT_NAMES = [
  "AT_BEGINNING",
  "AT_BEGINNING_LINE",
  "AT_BEGINNING_STRING",
  "AT_BOUNDARY",
  "AT_NON_BOUNDARY",
  "AT_END",
  "AT_END_LINE",
  "AT_END_STRING",
  "AT_LOC_BOUNDARY",
  "AT_LOC_NON_BOUNDARY",
  "AT_UNI_BOUNDARY",
  "AT_UNI_NON_BOUNDARY",
] as const;

export enum At {
  BEGINNING = 0,
  BEGINNING_LINE = 1,
  BEGINNING_STRING = 2,
  BOUNDARY = 3,
  NON_BOUNDARY = 4,
  END = 5,
  END_LINE = 6,
  END_STRING = 7,
  LOC_BOUNDARY = 8,
  LOC_NON_BOUNDARY = 9,
  UNI_BOUNDARY = 10,
  UNI_NON_BOUNDARY = 11,
}

export const CH_NAMES = [
  "CATEGORY_DIGIT",
  "CATEGORY_NOT_DIGIT",
  "CATEGORY_SPACE",
  "CATEGORY_NOT_SPACE",
  "CATEGORY_WORD",
  "CATEGORY_NOT_WORD",
  "CATEGORY_LINEBREAK",
  "CATEGORY_NOT_LINEBREAK",
  "CATEGORY_LOC_WORD",
  "CATEGORY_LOC_NOT_WORD",
  "CATEGORY_UNI_DIGIT",
  "CATEGORY_UNI_NOT_DIGIT",
  "CATEGORY_UNI_SPACE",
  "CATEGORY_UNI_NOT_SPACE",
  "CATEGORY_UNI_WORD",
  "CATEGORY_UNI_NOT_WORD",
  "CATEGORY_UNI_LINEBREAK",
  "CATEGORY_UNI_NOT_LINEBREAK",
] as const;

export enum Ch {
  DIGIT = 0,
  NOT_DIGIT = 1,
  SPACE = 2,
  NOT_SPACE = 3,
  WORD = 4,
  NOT_WORD = 5,
  LINEBREAK = 6,
  NOT_LINEBREAK = 7,
  LOC_WORD = 8,
  LOC_NOT_WORD = 9,
  UNI_DIGIT = 10,
  UNI_NOT_DIGIT = 11,
  UNI_SPACE = 12,
  UNI_NOT_SPACE = 13,
  UNI_WORD = 14,
  UNI_NOT_WORD = 15,
  UNI_LINEBREAK = 16,
  UNI_NOT_LINEBREAK = 17,
}

/** CH_LOCALE / CH_UNICODE of _constants.py, indexed by the plain category. */
export const CH_LOCALE: readonly number[] = [0, 1, 2, 3, Ch.LOC_WORD, Ch.LOC_NOT_WORD, 6, 7];
export const CH_UNICODE: readonly number[] = [
  Ch.UNI_DIGIT,
  Ch.UNI_NOT_DIGIT,
  Ch.UNI_SPACE,
  Ch.UNI_NOT_SPACE,
  Ch.UNI_WORD,
  Ch.UNI_NOT_WORD,
  Ch.UNI_LINEBREAK,
  Ch.UNI_NOT_LINEBREAK,
];

export enum Flag {
  TEMPLATE = 1,
  IGNORECASE = 2,
  LOCALE = 4,
  MULTILINE = 8,
  DOTALL = 16,
  UNICODE = 32,
  VERBOSE = 64,
  DEBUG = 128,
  ASCII = 256,
}

export const TYPE_FLAGS = Flag.ASCII | Flag.LOCALE | Flag.UNICODE;
export const GLOBAL_FLAGS = Flag.DEBUG | Flag.TEMPLATE;

export enum Info {
  PREFIX = 1,
  LITERAL = 2,
  CHARSET = 4,
}
