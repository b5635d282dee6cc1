/**
 * The compiler's entry point, like CPython's _PyAST_Compile: __future__ features, AST
 * optimization, symbol tables, code generation and assembly.
 */
import { checkCompilationDepth } from "../parser/ast_depth.js";
import type * as ast from "../parser/index.js";
import { optimizeAst } from "./ast_optimizer.js";
import type { CodeUnit, CompiledConst } from "./code.js";
import { Compiler } from "./codegen.js";
import type { ErrorContext } from "./errors.js";
import { futureFromAst } from "./future.js";
import { buildSymtable } from "./symtable.js";

export interface CompileOptions {
  /** Compiler flags (CO_FUTURE_* bits), as compile()'s `flags`. */
  flags?: number;
  /** Optimization level: 0 (default), 1 (-O: no asserts, __debug__ False), 2 (-OO: no docstrings). */
  optimize?: number;
  /** Accepted for compile() compatibility; there is no inherited state to ignore. */
  dontInherit?: boolean;
  /**
   * The source text, to fill SyntaxError.text as CPython does when it can read the file; a
   * function is called (once) only when an error needs the text.
   */
  source?: string | (() => string | null);
  /** Receives SyntaxWarnings (message, line); see CodegenOptions.warn. */
  warn?: (msg: string, lineno: number) => boolean | undefined;
  /** Told of each constant the AST optimizer folds (see OptimizeState.onFold). */
  onFold?: (value: CompiledConst, item: boolean) => void;
  /**
   * Statement/expression nesting levels the compiler may use before raising RecursionError
   * (see checkCompilationDepth); unlimited when absent.
   */
  recursionBudget?: number;
  /**
   * The caller hands over `module` (a tree nobody else holds): compiled in place (the AST
   * optimizer rewrites it) instead of on a copy.
   */
  ownsTree?: boolean;
  /** See CodegenOptions.madeConsts. */
  madeConsts?: Set<string>;
}

/** Deep copy of the AST nodes (constant values are immutable and shared). */
function cloneAst<T>(node: T): T {
  if (Array.isArray(node)) return node.map(cloneAst) as T;
  if (node === null || typeof node !== "object") return node;
  const o = node as Record<string, unknown>;
  if (!("_type" in o)) return node;
  const out: Record<string, unknown> = {};
  const isConst = o._type === "Constant" || o._type === "MatchSingleton";
  for (const k in o) {
    const v = o[k];
    out[k] = isConst && k === "value" ? v : cloneAst(v);
  }
  return out as T;
}

export function compile(
  module: ast.mod,
  filename: string,
  mode: "exec" | "eval" | "single",
  options: CompileOptions = {},
): CodeUnit {
  const expected = mode === "exec" ? "Module" : mode === "eval" ? "Expression" : "Interactive";
  if (module._type !== expected) {
    throw new TypeError(`compile() mode '${mode}' expects a ${expected} node, got ${module._type}`);
  }
  if (options.recursionBudget !== undefined) checkCompilationDepth(module, options.recursionBudget);
  const mod = options.ownsTree === true ? module : cloneAst(module);
  let lines: string[] | null | undefined;
  const ectx: ErrorContext = {
    filename,
    get sourceLines(): string[] | null {
      if (lines === undefined) {
        const src = typeof options.source === "function" ? options.source() : options.source;
        lines = src != null ? src.split(/\r\n|\r|\n/) : null;
      }
      return lines;
    },
  };
  const future = futureFromAst(mod, ectx);
  const merged = future.features | (options.flags ?? 0);
  future.features = merged;
  const optimize = options.optimize === undefined || options.optimize < 0 ? 0 : options.optimize;
  optimizeAst(mod, { optimize, features: merged, onFold: options.onFold });
  const st = buildSymtable(mod, ectx, future);
  const c = new Compiler(
    st,
    future,
    {
      filename,
      optimize,
      flags: merged,
      interactive: false,
      warn: options.warn,
      madeConsts: options.madeConsts,
    },
    ectx,
  );
  return c.compileMod(mod);
}
