// Public face of the parser layer. Everything to the right (compiler, VM, CLI) imports from here.
export type * from "./ast.js";
export { NODE_SPECS } from "./ast.js";
export * from "./constant.js";
export { type DumpOptions, dump } from "./dump.js";
export { type ParseMode, type ParseOptions, parse } from "./parser.js";
export { PySyntaxError, type SyntaxErrorKind } from "./syntax_error.js";
