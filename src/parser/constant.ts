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
  | EllipsisConstant
  | BytesConstant
  | ComplexConstant;

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
