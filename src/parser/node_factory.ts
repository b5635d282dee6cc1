// Constructors for located AST nodes, in ASDL field order. Each takes the first token of the
// node and the last (CPython's EXTRA: start of the rule, end of the last non-whitespace token).
// Generated from NODE_SPECS; kept as plain functions so V8 sees one object shape per node kind.

import type * as A from "./ast.js";
import type { Token } from "./tokens.js";

export function FunctionDef(
  name: string,
  args: A.arguments,
  body: A.stmt[],
  decorator_list: A.expr[],
  returns: A.expr | null,
  type_comment: string | null,
  s: Token,
  e: Token,
): A.FunctionDef {
  return {
    _type: "FunctionDef",
    name,
    args,
    body,
    decorator_list,
    returns,
    type_comment,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function AsyncFunctionDef(
  name: string,
  args: A.arguments,
  body: A.stmt[],
  decorator_list: A.expr[],
  returns: A.expr | null,
  type_comment: string | null,
  s: Token,
  e: Token,
): A.AsyncFunctionDef {
  return {
    _type: "AsyncFunctionDef",
    name,
    args,
    body,
    decorator_list,
    returns,
    type_comment,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function ClassDef(
  name: string,
  bases: A.expr[],
  keywords: A.keyword[],
  body: A.stmt[],
  decorator_list: A.expr[],
  s: Token,
  e: Token,
): A.ClassDef {
  return {
    _type: "ClassDef",
    name,
    bases,
    keywords,
    body,
    decorator_list,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Return(value: A.expr | null, s: Token, e: Token): A.Return {
  return {
    _type: "Return",
    value,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Delete(targets: A.expr[], s: Token, e: Token): A.Delete {
  return {
    _type: "Delete",
    targets,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Assign(
  targets: A.expr[],
  value: A.expr,
  type_comment: string | null,
  s: Token,
  e: Token,
): A.Assign {
  return {
    _type: "Assign",
    targets,
    value,
    type_comment,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function AugAssign(target: A.expr, op: A.operator, value: A.expr, s: Token, e: Token): A.AugAssign {
  return {
    _type: "AugAssign",
    target,
    op,
    value,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function AnnAssign(
  target: A.expr,
  annotation: A.expr,
  value: A.expr | null,
  simple: number,
  s: Token,
  e: Token,
): A.AnnAssign {
  return {
    _type: "AnnAssign",
    target,
    annotation,
    value,
    simple,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function For(
  target: A.expr,
  iter: A.expr,
  body: A.stmt[],
  orelse: A.stmt[],
  type_comment: string | null,
  s: Token,
  e: Token,
): A.For {
  return {
    _type: "For",
    target,
    iter,
    body,
    orelse,
    type_comment,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function AsyncFor(
  target: A.expr,
  iter: A.expr,
  body: A.stmt[],
  orelse: A.stmt[],
  type_comment: string | null,
  s: Token,
  e: Token,
): A.AsyncFor {
  return {
    _type: "AsyncFor",
    target,
    iter,
    body,
    orelse,
    type_comment,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function While(test: A.expr, body: A.stmt[], orelse: A.stmt[], s: Token, e: Token): A.While {
  return {
    _type: "While",
    test,
    body,
    orelse,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function If(test: A.expr, body: A.stmt[], orelse: A.stmt[], s: Token, e: Token): A.If {
  return {
    _type: "If",
    test,
    body,
    orelse,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function With(
  items: A.withitem[],
  body: A.stmt[],
  type_comment: string | null,
  s: Token,
  e: Token,
): A.With {
  return {
    _type: "With",
    items,
    body,
    type_comment,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function AsyncWith(
  items: A.withitem[],
  body: A.stmt[],
  type_comment: string | null,
  s: Token,
  e: Token,
): A.AsyncWith {
  return {
    _type: "AsyncWith",
    items,
    body,
    type_comment,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Match(subject: A.expr, cases: A.match_case[], s: Token, e: Token): A.Match {
  return {
    _type: "Match",
    subject,
    cases,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Raise(exc: A.expr | null, cause: A.expr | null, s: Token, e: Token): A.Raise {
  return {
    _type: "Raise",
    exc,
    cause,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Try(
  body: A.stmt[],
  handlers: A.excepthandler[],
  orelse: A.stmt[],
  finalbody: A.stmt[],
  s: Token,
  e: Token,
): A.Try {
  return {
    _type: "Try",
    body,
    handlers,
    orelse,
    finalbody,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function TryStar(
  body: A.stmt[],
  handlers: A.excepthandler[],
  orelse: A.stmt[],
  finalbody: A.stmt[],
  s: Token,
  e: Token,
): A.TryStar {
  return {
    _type: "TryStar",
    body,
    handlers,
    orelse,
    finalbody,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Assert(test: A.expr, msg: A.expr | null, s: Token, e: Token): A.Assert {
  return {
    _type: "Assert",
    test,
    msg,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Import(names: A.alias[], s: Token, e: Token): A.Import {
  return {
    _type: "Import",
    names,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function ImportFrom(
  module: string | null,
  names: A.alias[],
  level: number | null,
  s: Token,
  e: Token,
): A.ImportFrom {
  return {
    _type: "ImportFrom",
    module,
    names,
    level,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Global(names: string[], s: Token, e: Token): A.Global {
  return {
    _type: "Global",
    names,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Nonlocal(names: string[], s: Token, e: Token): A.Nonlocal {
  return {
    _type: "Nonlocal",
    names,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Expr(value: A.expr, s: Token, e: Token): A.Expr {
  return {
    _type: "Expr",
    value,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Pass(s: Token, e: Token): A.Pass {
  return {
    _type: "Pass",
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Break(s: Token, e: Token): A.Break {
  return {
    _type: "Break",
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Continue(s: Token, e: Token): A.Continue {
  return {
    _type: "Continue",
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function BoolOp(op: A.boolop, values: A.expr[], s: Token, e: Token): A.BoolOp {
  return {
    _type: "BoolOp",
    op,
    values,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function NamedExpr(target: A.expr, value: A.expr, s: Token, e: Token): A.NamedExpr {
  return {
    _type: "NamedExpr",
    target,
    value,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function BinOp(left: A.expr, op: A.operator, right: A.expr, s: Token, e: Token): A.BinOp {
  return {
    _type: "BinOp",
    left,
    op,
    right,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function UnaryOp(op: A.unaryop, operand: A.expr, s: Token, e: Token): A.UnaryOp {
  return {
    _type: "UnaryOp",
    op,
    operand,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Lambda(args: A.arguments, body: A.expr, s: Token, e: Token): A.Lambda {
  return {
    _type: "Lambda",
    args,
    body,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function IfExp(test: A.expr, body: A.expr, orelse: A.expr, s: Token, e: Token): A.IfExp {
  return {
    _type: "IfExp",
    test,
    body,
    orelse,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Dict(keys: A.expr[], values: A.expr[], s: Token, e: Token): A.Dict {
  return {
    _type: "Dict",
    keys,
    values,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function SetNode(elts: A.expr[], s: Token, e: Token): A.Set {
  return {
    _type: "Set",
    elts,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function ListComp(elt: A.expr, generators: A.comprehension[], s: Token, e: Token): A.ListComp {
  return {
    _type: "ListComp",
    elt,
    generators,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function SetComp(elt: A.expr, generators: A.comprehension[], s: Token, e: Token): A.SetComp {
  return {
    _type: "SetComp",
    elt,
    generators,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function DictComp(
  key: A.expr,
  value: A.expr,
  generators: A.comprehension[],
  s: Token,
  e: Token,
): A.DictComp {
  return {
    _type: "DictComp",
    key,
    value,
    generators,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function GeneratorExp(elt: A.expr, generators: A.comprehension[], s: Token, e: Token): A.GeneratorExp {
  return {
    _type: "GeneratorExp",
    elt,
    generators,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Await(value: A.expr, s: Token, e: Token): A.Await {
  return {
    _type: "Await",
    value,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Yield(value: A.expr | null, s: Token, e: Token): A.Yield {
  return {
    _type: "Yield",
    value,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function YieldFrom(value: A.expr, s: Token, e: Token): A.YieldFrom {
  return {
    _type: "YieldFrom",
    value,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Compare(left: A.expr, ops: A.cmpop[], comparators: A.expr[], s: Token, e: Token): A.Compare {
  return {
    _type: "Compare",
    left,
    ops,
    comparators,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Call(func: A.expr, args: A.expr[], keywords: A.keyword[], s: Token, e: Token): A.Call {
  return {
    _type: "Call",
    func,
    args,
    keywords,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function FormattedValue(
  value: A.expr,
  conversion: number,
  format_spec: A.expr | null,
  s: Token,
  e: Token,
): A.FormattedValue {
  return {
    _type: "FormattedValue",
    value,
    conversion,
    format_spec,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function JoinedStr(values: A.expr[], s: Token, e: Token): A.JoinedStr {
  return {
    _type: "JoinedStr",
    values,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Constant(value: A.ConstantValue, kind: string | null, s: Token, e: Token): A.Constant {
  return {
    _type: "Constant",
    value,
    kind,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Attribute(value: A.expr, attr: string, ctx: A.expr_context, s: Token, e: Token): A.Attribute {
  return {
    _type: "Attribute",
    value,
    attr,
    ctx,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Subscript(
  value: A.expr,
  slice: A.expr,
  ctx: A.expr_context,
  s: Token,
  e: Token,
): A.Subscript {
  return {
    _type: "Subscript",
    value,
    slice,
    ctx,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Starred(value: A.expr, ctx: A.expr_context, s: Token, e: Token): A.Starred {
  return {
    _type: "Starred",
    value,
    ctx,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Name(id: string, ctx: A.expr_context, s: Token, e: Token): A.Name {
  return {
    _type: "Name",
    id,
    ctx,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function List(elts: A.expr[], ctx: A.expr_context, s: Token, e: Token): A.List {
  return {
    _type: "List",
    elts,
    ctx,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Tuple(elts: A.expr[], ctx: A.expr_context, s: Token, e: Token): A.Tuple {
  return {
    _type: "Tuple",
    elts,
    ctx,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function Slice(
  lower: A.expr | null,
  upper: A.expr | null,
  step: A.expr | null,
  s: Token,
  e: Token,
): A.Slice {
  return {
    _type: "Slice",
    lower,
    upper,
    step,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function ExceptHandler(
  type: A.expr | null,
  name: string | null,
  body: A.stmt[],
  s: Token,
  e: Token,
): A.ExceptHandler {
  return {
    _type: "ExceptHandler",
    type,
    name,
    body,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function MatchValue(value: A.expr, s: Token, e: Token): A.MatchValue {
  return {
    _type: "MatchValue",
    value,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function MatchSingleton(value: A.ConstantValue, s: Token, e: Token): A.MatchSingleton {
  return {
    _type: "MatchSingleton",
    value,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function MatchSequence(patterns: A.pattern[], s: Token, e: Token): A.MatchSequence {
  return {
    _type: "MatchSequence",
    patterns,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function MatchMapping(
  keys: A.expr[],
  patterns: A.pattern[],
  rest: string | null,
  s: Token,
  e: Token,
): A.MatchMapping {
  return {
    _type: "MatchMapping",
    keys,
    patterns,
    rest,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function MatchClass(
  cls: A.expr,
  patterns: A.pattern[],
  kwd_attrs: string[],
  kwd_patterns: A.pattern[],
  s: Token,
  e: Token,
): A.MatchClass {
  return {
    _type: "MatchClass",
    cls,
    patterns,
    kwd_attrs,
    kwd_patterns,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function MatchStar(name: string | null, s: Token, e: Token): A.MatchStar {
  return {
    _type: "MatchStar",
    name,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function MatchAs(pattern: A.pattern | null, name: string | null, s: Token, e: Token): A.MatchAs {
  return {
    _type: "MatchAs",
    pattern,
    name,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function MatchOr(patterns: A.pattern[], s: Token, e: Token): A.MatchOr {
  return {
    _type: "MatchOr",
    patterns,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function arg(
  arg: string,
  annotation: A.expr | null,
  type_comment: string | null,
  s: Token,
  e: Token,
): A.arg {
  return {
    _type: "arg",
    arg,
    annotation,
    type_comment,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function keyword(arg: string | null, value: A.expr, s: Token, e: Token): A.keyword {
  return {
    _type: "keyword",
    arg,
    value,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

export function alias(name: string, asname: string | null, s: Token, e: Token): A.alias {
  return {
    _type: "alias",
    name,
    asname,
    lineno: s.lineno,
    col_offset: s.col,
    end_lineno: e.endLineno,
    end_col_offset: e.endCol,
  };
}

// Operators carry no data: one frozen instance per kind is shared by all nodes.
export const AND_OP: A.And = Object.freeze({ _type: "And" });
export const OR_OP: A.Or = Object.freeze({ _type: "Or" });
export const ADD_OP: A.Add = Object.freeze({ _type: "Add" });
export const SUB_OP: A.Sub = Object.freeze({ _type: "Sub" });
export const MULT_OP: A.Mult = Object.freeze({ _type: "Mult" });
export const MATMULT_OP: A.MatMult = Object.freeze({ _type: "MatMult" });
export const DIV_OP: A.Div = Object.freeze({ _type: "Div" });
export const MOD_OP: A.Mod = Object.freeze({ _type: "Mod" });
export const POW_OP: A.Pow = Object.freeze({ _type: "Pow" });
export const LSHIFT_OP: A.LShift = Object.freeze({ _type: "LShift" });
export const RSHIFT_OP: A.RShift = Object.freeze({ _type: "RShift" });
export const BITOR_OP: A.BitOr = Object.freeze({ _type: "BitOr" });
export const BITXOR_OP: A.BitXor = Object.freeze({ _type: "BitXor" });
export const BITAND_OP: A.BitAnd = Object.freeze({ _type: "BitAnd" });
export const FLOORDIV_OP: A.FloorDiv = Object.freeze({ _type: "FloorDiv" });
export const INVERT_OP: A.Invert = Object.freeze({ _type: "Invert" });
export const NOT_OP: A.Not = Object.freeze({ _type: "Not" });
export const UADD_OP: A.UAdd = Object.freeze({ _type: "UAdd" });
export const USUB_OP: A.USub = Object.freeze({ _type: "USub" });
export const EQ_OP: A.Eq = Object.freeze({ _type: "Eq" });
export const NOTEQ_OP: A.NotEq = Object.freeze({ _type: "NotEq" });
export const LT_OP: A.Lt = Object.freeze({ _type: "Lt" });
export const LTE_OP: A.LtE = Object.freeze({ _type: "LtE" });
export const GT_OP: A.Gt = Object.freeze({ _type: "Gt" });
export const GTE_OP: A.GtE = Object.freeze({ _type: "GtE" });
export const IS_OP: A.Is = Object.freeze({ _type: "Is" });
export const ISNOT_OP: A.IsNot = Object.freeze({ _type: "IsNot" });
export const IN_OP: A.In = Object.freeze({ _type: "In" });
export const NOTIN_OP: A.NotIn = Object.freeze({ _type: "NotIn" });
