/**
 * The depth limit CPython applies when it turns its C AST into Python `ast` objects (ast2obj in
 * Python/Python-ast.c). `parse` itself, like CPython's parser, builds arbitrarily deep trees from
 * left-recursive chains such as `a()()()...` or `a.b.b.b...`; `ast.parse` then raises
 * `RecursionError("maximum recursion depth exceeded during ast construction")`.
 *
 * CPython counts one level per node of a product or non-simple sum type (mod, stmt, expr,
 * arguments, keyword, comprehension, ..., the module included); operators and expression contexts
 * are singletons and don't count. The limit is `3 * sys.getrecursionlimit()` and the count starts
 * at `3 * (the thread's recursion depth)`, which in CPython 3.11 counts C-level evaluation
 * entries rather than Python frames: `ast.parse` called from a module's top level (depth 3)
 * accepts a tree of depth 2991.
 */
import { type AnyNode, NODE_SPECS } from "./ast.js";

export const AST_CONSTRUCTION_RECURSION_MESSAGE = "maximum recursion depth exceeded during ast construction";

/** COMPILER_STACK_FRAME_SCALE in CPython 3.11. */
export const COMPILER_STACK_FRAME_SCALE = 3;

const NON_NODE_TYPES = new Set([
  "identifier",
  "string",
  "int",
  "constant",
  "expr_context",
  "boolop",
  "operator",
  "unaryop",
  "cmpop",
]);

/** For each node type, the names of its fields that hold nodes (or lists of nodes). */
const NODE_FIELDS: Record<string, string[]> = {};
for (const [type, spec] of Object.entries(NODE_SPECS)) {
  NODE_FIELDS[type] = spec.fields.filter((f) => !NON_NODE_TYPES.has(f.type)).map((f) => f.name);
}

/**
 * The maximum depth ast2obj would reach from `root` given `limit` = recursionLimit * 3 minus the
 * starting depth: true when some node sits deeper than `limit` levels (the root is level 1).
 * Stops descending past the limit, so the walk's own recursion stays bounded.
 */
export function astDepthExceeds(root: AnyNode, limit: number): boolean {
  const visit = (node: AnyNode, depth: number): boolean => {
    if (depth > limit) return true;
    const fields = NODE_FIELDS[node._type];
    if (fields === undefined || fields.length === 0) return false;
    const obj = node as unknown as Record<string, unknown>;
    for (const name of fields) {
      const v = obj[name];
      if (v === null || v === undefined) continue;
      if (Array.isArray(v)) {
        for (const item of v) if (item !== null && visit(item as AnyNode, depth + 1)) return true;
      } else if (visit(v as AnyNode, depth + 1)) return true;
    }
    return false;
  };
  return visit(root, 1);
}

/**
 * Throws CPython's RecursionError (as an Error named "RecursionError") when converting `root` to
 * Python objects would exceed the recursion limit. `pythonDepth` is the Python call depth at the
 * point of the conversion (3 for `ast.parse` called from a module's top level).
 */
export function checkAstConstructionDepth(root: AnyNode, recursionLimit = 1000, pythonDepth = 3): void {
  const limit = recursionLimit * COMPILER_STACK_FRAME_SCALE - pythonDepth * COMPILER_STACK_FRAME_SCALE;
  if (astDepthExceeds(root, limit)) {
    const err = new Error(AST_CONSTRUCTION_RECURSION_MESSAGE);
    err.name = "RecursionError";
    throw err;
  }
}

export const COMPILATION_RECURSION_MESSAGE = "maximum recursion depth exceeded during compilation";

/**
 * Helper nodes CPython's AST optimizer and symbol table walk without counting a recursion level
 * (only statements, expressions and patterns count).
 */
const UNCOUNTED_IN_COMPILATION = new Set([
  "Module",
  "Interactive",
  "Expression",
  "FunctionType",
  "arguments",
  "arg",
  "keyword",
  "alias",
  "withitem",
  "match_case",
  "comprehension",
  "ExceptHandler",
  "TypeIgnore",
]);

/**
 * CPython 3.11's compiler (ast_opt.c, then symtable.c) counts one level per statement,
 * expression and pattern on the way down and raises
 * `RecursionError("maximum recursion depth exceeded during compilation")` past
 * `3 * sys.getrecursionlimit()`, starting from `3 * (the thread's recursion depth)`: 0 for the
 * main program, 2 for compile() or exec() called from a module's top level. `budget` is the
 * difference. Walks iteratively and stops at the budget, so deep trees cost no host stack.
 */
export function checkCompilationDepth(root: AnyNode, budget: number): void {
  const nodes: AnyNode[] = [root];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    let depth = depths.pop()!;
    if (!UNCOUNTED_IN_COMPILATION.has(node._type)) depth++;
    if (depth > budget) {
      const err = new Error(COMPILATION_RECURSION_MESSAGE);
      err.name = "RecursionError";
      throw err;
    }
    const fields = NODE_FIELDS[node._type];
    if (fields === undefined) continue;
    const obj = node as unknown as Record<string, unknown>;
    for (const name of fields) {
      const v = obj[name];
      if (v === null || v === undefined) continue;
      if (Array.isArray(v)) {
        for (const item of v) {
          if (item === null) continue;
          nodes.push(item as AnyNode);
          depths.push(depth);
        }
      } else {
        nodes.push(v as AnyNode);
        depths.push(depth);
      }
    }
  }
}
