// Public face of the parser layer. Everything to the right (compiler, VM, CLI) imports from here.
export type * from "./ast.js";
export { NODE_SPECS } from "./ast.js";
export * from "./constant.js";
export { parse, type ParseMode, type ParseOptions } from "./parser.js";
export { dump, type DumpOptions } from "./dump.js";
export { PySyntaxError, type SyntaxErrorKind } from "./syntax_error.js";
