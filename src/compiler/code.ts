import type { ConstantValue } from "../parser/index.js";

/**
 * What the compiler produces for one scope: everything a CPython 3.11 code object holds,
 * as plain data. The runtime wraps it in a `code` object (src/objects/code.ts) and turns the
 * constants into Python objects once, when the code is first loaded.
 */
export interface CodeUnit {
  readonly kind: "code";
  name: string; // co_name
  qualname: string; // co_qualname
  filename: string; // co_filename
  firstlineno: number; // co_firstlineno
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number; // CodeFlag bits
  /** co_localsplusnames: arguments and locals, then cells that aren't arguments, then free variables (3.11 layout). */
  localsplusnames: string[];
  /** co_localspluskinds: FastKind bits per slot (an argument that is also a cell has LOCAL|CELL). */
  localspluskinds: number[];
  names: string[]; // co_names
  consts: CompiledConst[]; // co_consts
  /** (opcode, arg) pairs: instruction i is code[2i], code[2i + 1]. */
  code: Int32Array;
  /** Four ints per instruction: lineno, end_lineno, col_offset, end_col_offset (UTF-8 bytes); -1 = none. */
  positions: Int32Array;
  exceptionTable: ExceptionTableEntry[];
  stacksize: number; // co_stacksize, equal to CPython's for the same source
}

/** A 3.11 exception table entry, in instruction indices: [start, end) handled by `target`. */
export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

/** A constant of co_consts: a parser constant, a nested code object, or a folded tuple/frozenset. */
export type CompiledConst = ConstantValue | CodeUnit | ConstTuple | ConstFrozenset | ConstComplex;

export interface ConstTuple {
  readonly kind: "tuple";
  readonly items: CompiledConst[];
}

export interface ConstFrozenset {
  readonly kind: "frozenset";
  readonly items: CompiledConst[];
}

/**
 * A complex constant made by constant folding (`1+2j`, `-1j`): unlike the parser's
 * ComplexConstant (an imaginary literal, real part 0) it carries a real part, which may be -0.0.
 */
export interface ConstComplex {
  readonly kind: "complex";
  readonly real: number;
  readonly imag: number;
}
