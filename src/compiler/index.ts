// Public face of the compiler layer: the VM, CLI and tools import from here.
export type {
  CodeUnit,
  CompiledConst,
  ConstComplex,
  ConstFrozenset,
  ConstTuple,
  ExceptionTableEntry,
} from "./code.js";
export { type CompileOptions, compile } from "./compile.js";
export { disassemble } from "./disassembler.js";
export { PySyntaxError } from "./errors.js";
export { CmpOp, CodeFlag, FastKind, NbOp, Op } from "./opcodes.js";
