// Helpers the grammar actions use to build nodes (CPython 3.11's Parser/action_helpers.c).

import type * as A from "./ast.js";

/** An identifier as CPython stores it: NFKC-normalized when it is not ASCII. */
export function normalizeIdentifier(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 128) return s.normalize("NFKC");
  }
  return s;
}

export type ExprContext = A.Load | A.Store | A.Del;

/** _PyPegen_set_expr_context: a copy of `e` (recursively for tuples/lists) with context `ctx`. */
export function setExprContext(e: A.expr, ctx: ExprContext): A.expr {
  switch (e._type) {
    case "Name":
      return { ...e, ctx };
    case "Tuple":
      return { ...e, elts: e.elts.map((x) => setExprContext(x, ctx)), ctx };
    case "List":
      return { ...e, elts: e.elts.map((x) => setExprContext(x, ctx)), ctx };
    case "Subscript":
      return { ...e, ctx };
    case "Attribute":
      return { ...e, ctx };
    case "Starred":
      return { ...e, value: setExprContext(e.value, ctx), ctx };
    default:
      return e;
  }
}

/** _PyPegen_get_expr_name: how error messages name an expression. */
export function getExprName(e: A.expr): string {
  switch (e._type) {
    case "Attribute":
      return "attribute";
    case "Subscript":
      return "subscript";
    case "Starred":
      return "starred";
    case "Name":
      return "name";
    case "List":
      return "list";
    case "Tuple":
      return "tuple";
    case "Lambda":
      return "lambda";
    case "Call":
      return "function call";
    case "BoolOp":
    case "BinOp":
    case "UnaryOp":
      return "expression";
    case "GeneratorExp":
      return "generator expression";
    case "Yield":
    case "YieldFrom":
      return "yield expression";
    case "Await":
      return "await expression";
    case "ListComp":
      return "list comprehension";
    case "SetComp":
      return "set comprehension";
    case "DictComp":
      return "dict comprehension";
    case "Dict":
      return "dict literal";
    case "Set":
      return "set display";
    case "JoinedStr":
    case "FormattedValue":
      return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v === null) return "None";
      if (v === false) return "False";
      if (v === true) return "True";
      if (typeof v === "object" && v.kind === "ellipsis") return "ellipsis";
      return "literal";
    }
    case "Compare":
      return "comparison";
    case "IfExp":
      return "conditional expression";
    case "NamedExpr":
      return "named expression";
    default:
      return "expression";
  }
}

export const STAR_TARGETS = 0;
export const DEL_TARGETS = 1;
export const FOR_TARGETS = 2;

/** _PyPegen_get_invalid_target: the first sub-expression that cannot be a target, if any. */
export function getInvalidTarget(e: A.expr | null, targetsType: number): A.expr | null {
  if (e === null) return null;
  switch (e._type) {
    case "List":
    case "Tuple":
      for (const x of e.elts) {
        const child = getInvalidTarget(x, targetsType);
        if (child !== null) return child;
      }
      return null;
    case "Starred":
      if (targetsType === DEL_TARGETS) return e;
      return getInvalidTarget(e.value, targetsType);
    case "Compare":
      // `a in b` in `for a in b` parses as a comparison: look at its left side.
      if (targetsType === FOR_TARGETS) {
        if (e.ops[0]._type === "In") return getInvalidTarget(e.left, targetsType);
        return null;
      }
      return e;
    case "Name":
    case "Subscript":
    case "Attribute":
      return null;
    default:
      return e;
  }
}

/** A parameter and its default (NameDefaultPair). */
export interface NameDefaultPair {
  arg: A.arg;
  value: A.expr | null;
}

/** SlashWithDefault */
export interface SlashWithDefault {
  plainNames: A.arg[];
  namesWithDefaults: NameDefaultPair[];
}

/** StarEtc */
export interface StarEtc {
  vararg: A.arg | null;
  kwonlyargs: NameDefaultPair[] | null;
  kwarg: A.arg | null;
}

/** _PyPegen_add_type_comment_to_arg */
export function addTypeCommentToArg(a: A.arg, tc: string | null): A.arg {
  if (tc === null) return a;
  return { ...a, type_comment: tc };
}

/** _PyPegen_make_arguments */
export function makeArguments(
  slashWithoutDefault: A.arg[] | null,
  slashWithDefault: SlashWithDefault | null,
  plainNames: A.arg[] | null,
  namesWithDefault: NameDefaultPair[] | null,
  starEtc: StarEtc | null,
): A.arguments {
  let posonlyargs: A.arg[];
  if (slashWithoutDefault !== null) posonlyargs = slashWithoutDefault;
  else if (slashWithDefault !== null) {
    posonlyargs = slashWithDefault.plainNames.concat(slashWithDefault.namesWithDefaults.map((p) => p.arg));
  } else posonlyargs = [];

  const args: A.arg[] = (plainNames ?? []).concat((namesWithDefault ?? []).map((p) => p.arg));

  const defaults: A.expr[] = [];
  if (slashWithDefault !== null) for (const p of slashWithDefault.namesWithDefaults) defaults.push(p.value!);
  if (namesWithDefault !== null) for (const p of namesWithDefault) defaults.push(p.value!);

  const kwonly = starEtc?.kwonlyargs ?? null;
  return {
    _type: "arguments",
    posonlyargs,
    args,
    vararg: starEtc?.vararg ?? null,
    kwonlyargs: kwonly ? kwonly.map((p) => p.arg) : [],
    kw_defaults: kwonly ? kwonly.map((p) => p.value as A.expr) : [],
    kwarg: starEtc?.kwarg ?? null,
    defaults,
  };
}

/** _PyPegen_empty_arguments */
export function emptyArguments(): A.arguments {
  return {
    _type: "arguments",
    posonlyargs: [],
    args: [],
    vararg: null,
    kwonlyargs: [],
    kw_defaults: [],
    kwarg: null,
    defaults: [],
  };
}

/** _PyPegen_check_legacy_stmt: is this the name `print` or `exec`? */
export function isLegacyStatementName(e: A.expr): boolean {
  return e._type === "Name" && (e.id === "print" || e.id === "exec");
}

/** _PyPegen_get_last_comprehension_item */
export function lastComprehensionItem(c: A.comprehension): A.expr {
  if (c.ifs.length === 0) return c.iter;
  return c.ifs[c.ifs.length - 1];
}
