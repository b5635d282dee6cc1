/**
 * The value of an `ast.Constant` as the parser produces it.
 *
 * Python's int and float are both "numbers" to JavaScript, so ints are always `bigint`
 * (arbitrary precision) and floats always `number`. str is a JS string (which, like a
 * Python str, may hold lone surrogates); the remaining kinds are tagged objects.
 */
export type ConstantValue =
  | null // None
  | boolean // True / False
  | bigint // int
  | number // float
  | string // str
  | SplitSurrogatesStr // str, only with ParseOptions.exactStrings
  | EllipsisConstant
  | BytesConstant
  | ComplexConstant;

/**
 * A str in which a high surrogate is followed by a low one as two separate code points (as
 * '\\ud800\\udc00' is in Python). A JS string cannot keep them apart — they read as one astral
 * character — so `splits` lists the indices into `text` where such a pair is not a pair.
 * The parser makes these only when asked (ParseOptions.exactStrings, for ast.dump's exact text);
 * otherwise such a str is its merged JS text.
 */
export interface SplitSurrogatesStr {
  readonly kind: "str";
  readonly text: string;
  readonly splits: readonly number[];
}

/** A decoded str literal: a JS string, or a SplitSurrogatesStr where a JS string cannot say it. */
export type StrValue = string | SplitSurrogatesStr;

export function strText(v: StrValue): string {
  return typeof v === "string" ? v : v.text;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * Python's str concatenation of two literals. A JS string ending in a high surrogate holds it
 * alone (a pair ends low), and one starting with a low surrogate likewise, so when `exact` such a
 * junction is recorded as a split instead of letting JS merge the two into one character.
 */
export function concatStr(a: StrValue, b: StrValue, exact: boolean): StrValue {
  const at = strText(a);
  const bt = strText(b);
  const splits = typeof a === "string" ? [] : [...a.splits];
  if (exact && at.length > 0 && bt.length > 0) {
    if (isHighSurrogate(at.charCodeAt(at.length - 1)) && isLowSurrogate(bt.charCodeAt(0)))
      splits.push(at.length);
  }
  if (typeof b !== "string") for (const s of b.splits) splits.push(s + at.length);
  const text = at + bt;
  return splits.length > 0 ? { kind: "str", text, splits } : text;
}

export interface EllipsisConstant {
  readonly kind: "ellipsis";
}

export interface BytesConstant {
  readonly kind: "bytes";
  readonly value: Uint8Array;
}

/** An imaginary literal such as `2j`: real part 0, imaginary part `imag`. */
export interface ComplexConstant {
  readonly kind: "complex";
  readonly imag: number;
}

export const ELLIPSIS: EllipsisConstant = Object.freeze({ kind: "ellipsis" });
