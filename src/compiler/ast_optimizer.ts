/**
 * CPython 3.11's AST optimizer (Python/ast_opt.c), run before the symbol table: folds
 * constant expressions (`1+2`, `-1`, `"a"*3`, `(1, 2)`, `"abc"[0]`, `__debug__`) with the same
 * size limits, turns `not (a is b)` into `a is not b`, makes the right operand of `in` / the
 * iterable of `for` a tuple / frozenset when it is a literal list / set, and rewrites
 * `"%s" % (x,)` into an f-string. Nodes are rewritten in place (the caller passes a copy).
 */
import type * as ast from "../parser/index.js";
import type { CompiledConst } from "./code.js";
import { foldBinop, foldSubscr, foldUnaryop, frozenset, isTuple, tuple } from "./consts.js";
import { getDocString } from "./docstring.js";
import { CO_FUTURE_ANNOTATIONS } from "./future.js";

export interface OptimizeState {
  optimize: number;
  features: number;
  /**
   * Told of each constant the optimizer makes (CPython adds each to the parse arena, which keeps
   * a reference to it while the code runs); `item` when it is an item of a folded tuple taken
   * by a subscript (the same object as the tuple's item, not a new one).
   */
  onFold?: (value: CompiledConst, item: boolean) => void;
}

let foldObserver: OptimizeState["onFold"] | null = null;

type AnyNode = Record<string, unknown>;

/** COPY_NODE: overwrite `node` with the contents of `repl` (keeps object identity). */
function copyNode(node: object, repl: object): void {
  const n = node as AnyNode;
  for (const k of Object.keys(n)) delete n[k];
  Object.assign(n, repl);
}

function makeConst(node: ast.expr, value: CompiledConst | undefined, item = false): void {
  if (value === undefined) return;
  foldObserver?.(value, item);
  copyNode(node, {
    _type: "Constant",
    value,
    kind: null,
    lineno: node.lineno,
    col_offset: node.col_offset,
    end_lineno: node.end_lineno,
    end_col_offset: node.end_col_offset,
  });
}

function constValue(e: ast.expr): CompiledConst {
  return (e as ast.Constant).value as CompiledConst;
}

function hasStarred(elts: ast.expr[]): boolean {
  return elts.some((e) => e._type === "Starred");
}

function makeConstTuple(elts: ast.expr[]): CompiledConst[] | undefined {
  for (const e of elts) if (e._type !== "Constant") return undefined;
  return elts.map(constValue);
}

class Optimizer {
  constructor(private readonly state: OptimizeState) {}

  private get futureAnnotations(): boolean {
    return (this.state.features & CO_FUTURE_ANNOTATIONS) !== 0;
  }

  mod(m: ast.mod): void {
    switch (m._type) {
      case "Module":
        this.body(m.body);
        break;
      case "Interactive":
        this.stmts(m.body);
        break;
      case "Expression":
        this.expr(m.body);
        break;
      default:
        break;
    }
  }

  private body(stmts: ast.stmt[]): void {
    const docstring = getDocString(stmts) !== null;
    this.stmts(stmts);
    if (!docstring && getDocString(stmts) !== null) {
      const st = stmts[0] as ast.Expr;
      st.value = {
        _type: "JoinedStr",
        values: [st.value],
        lineno: st.lineno,
        col_offset: st.col_offset,
        end_lineno: st.end_lineno,
        end_col_offset: st.end_col_offset,
      } as ast.JoinedStr;
    }
  }

  private stmts(stmts: ast.stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  private exprs(es: (ast.expr | null)[]): void {
    for (const e of es) if (e) this.expr(e);
  }

  private opt(e: ast.expr | null): void {
    if (e) this.expr(e);
  }

  private arguments(a: ast.arguments): void {
    for (const p of a.posonlyargs) this.arg(p);
    for (const p of a.args) this.arg(p);
    if (a.vararg) this.arg(a.vararg);
    for (const p of a.kwonlyargs) this.arg(p);
    this.exprs(a.kw_defaults as (ast.expr | null)[]);
    if (a.kwarg) this.arg(a.kwarg);
    this.exprs(a.defaults);
  }

  private arg(a: ast.arg): void {
    if (!this.futureAnnotations) this.opt(a.annotation);
  }

  private stmt(s: ast.stmt): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.arguments(s.args);
        this.body(s.body);
        this.exprs(s.decorator_list);
        if (!this.futureAnnotations) this.opt(s.returns);
        break;
      case "ClassDef":
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.body(s.body);
        this.exprs(s.decorator_list);
        break;
      case "Return":
        this.opt(s.value);
        break;
      case "Delete":
        this.exprs(s.targets);
        break;
      case "Assign":
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case "AugAssign":
        this.expr(s.target);
        this.expr(s.value);
        break;
      case "AnnAssign":
        this.expr(s.target);
        if (!this.futureAnnotations) this.expr(s.annotation);
        this.opt(s.value);
        break;
      case "For":
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        this.foldIter(s.iter);
        break;
      case "AsyncFor":
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case "While":
      case "If":
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case "With":
      case "AsyncWith":
        for (const it of s.items) {
          this.expr(it.context_expr);
          this.opt(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case "Raise":
        this.opt(s.exc);
        this.opt(s.cause);
        break;
      case "Try":
      case "TryStar":
        this.stmts(s.body);
        for (const h of s.handlers) {
          this.opt(h.type);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case "Assert":
        this.expr(s.test);
        this.opt(s.msg);
        break;
      case "Expr":
        this.expr(s.value);
        break;
      case "Match":
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          this.opt(c.guard);
          this.stmts(c.body);
        }
        break;
      default:
        break;
    }
  }

  private pattern(p: ast.pattern): void {
    switch (p._type) {
      case "MatchValue":
        this.expr(p.value);
        break;
      case "MatchSequence":
        for (const q of p.patterns) this.pattern(q);
        break;
      case "MatchMapping":
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        break;
      case "MatchClass":
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case "MatchAs":
        if (p.pattern) this.pattern(p.pattern);
        break;
      case "MatchOr":
        for (const q of p.patterns) this.pattern(q);
        break;
      default:
        break;
    }
  }

  private comprehension(g: ast.comprehension): void {
    this.expr(g.target);
    this.expr(g.iter);
    this.exprs(g.ifs);
    this.foldIter(g.iter);
  }

  expr(e: ast.expr): void {
    switch (e._type) {
      case "BoolOp":
        this.exprs(e.values);
        break;
      case "BinOp":
        this.expr(e.left);
        this.expr(e.right);
        this.foldBinop(e);
        break;
      case "UnaryOp":
        this.expr(e.operand);
        this.foldUnaryop(e);
        break;
      case "Lambda":
        this.arguments(e.args);
        this.expr(e.body);
        break;
      case "IfExp":
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case "Dict":
        this.exprs(e.keys as (ast.expr | null)[]);
        this.exprs(e.values);
        break;
      case "Set":
        this.exprs(e.elts);
        break;
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
        this.expr(e.elt);
        for (const g of e.generators) this.comprehension(g);
        break;
      case "DictComp":
        this.expr(e.key);
        this.expr(e.value);
        for (const g of e.generators) this.comprehension(g);
        break;
      case "Await":
      case "YieldFrom":
        this.expr(e.value);
        break;
      case "Yield":
        this.opt(e.value);
        break;
      case "Compare":
        this.expr(e.left);
        this.exprs(e.comparators);
        this.foldCompare(e);
        break;
      case "Call":
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case "FormattedValue":
        this.expr(e.value);
        this.opt(e.format_spec);
        break;
      case "JoinedStr":
        this.exprs(e.values);
        break;
      case "Attribute":
        this.expr(e.value);
        break;
      case "Subscript":
        this.expr(e.value);
        this.expr(e.slice);
        if (e.ctx._type === "Load" && e.value._type === "Constant" && e.slice._type === "Constant") {
          const container = constValue(e.value);
          makeConst(e, foldSubscr(container, constValue(e.slice)), isTuple(container));
        }
        break;
      case "Starred":
        this.expr(e.value);
        break;
      case "Slice":
        this.opt(e.lower);
        this.opt(e.upper);
        this.opt(e.step);
        break;
      case "List":
        this.exprs(e.elts);
        break;
      case "Tuple":
        this.exprs(e.elts);
        if (e.ctx._type === "Load") {
          const items = makeConstTuple(e.elts);
          if (items) makeConst(e, tuple(items));
        }
        break;
      case "Name":
        if (e.ctx._type === "Load" && e.id === "__debug__") makeConst(e, !this.state.optimize);
        break;
      case "NamedExpr":
        this.expr(e.value);
        break;
      default:
        break;
    }
  }

  private foldUnaryop(e: ast.UnaryOp): void {
    const arg = e.operand;
    if (arg._type !== "Constant") {
      if (e.op._type === "Not" && arg._type === "Compare" && arg.ops.length === 1) {
        const inv: Record<string, string> = { Is: "IsNot", IsNot: "Is", In: "NotIn", NotIn: "In" };
        const op = inv[arg.ops[0]!._type];
        if (op) {
          arg.ops[0] = { _type: op } as ast.cmpop;
          copyNode(e, arg);
        }
      }
      return;
    }
    makeConst(e, foldUnaryop(e.op._type, constValue(arg)));
  }

  private foldBinop(e: ast.BinOp): void {
    const lhs = e.left;
    const rhs = e.right;
    if (lhs._type !== "Constant") return;
    const lv = constValue(lhs);
    if (e.op._type === "Mod" && rhs._type === "Tuple" && typeof lv === "string" && !hasStarred(rhs.elts)) {
      optimizeFormat(e, lv, rhs.elts);
      return;
    }
    if (rhs._type !== "Constant") return;
    if (e.op._type === "MatMult") return;
    makeConst(e, foldBinop(e.op._type, lv, constValue(rhs)));
  }

  private foldIter(arg: ast.expr): void {
    let items: CompiledConst[] | undefined;
    if (arg._type === "List") {
      if (hasStarred(arg.elts)) return;
      (arg as unknown as ast.Tuple)._type = "Tuple";
      items = makeConstTuple(arg.elts);
      if (items) makeConst(arg, tuple(items));
    } else if (arg._type === "Set") {
      items = makeConstTuple(arg.elts);
      if (items) makeConst(arg, frozenset(items));
    }
  }

  private foldCompare(e: ast.Compare): void {
    const i = e.ops.length - 1;
    const op = e.ops[i]!._type;
    if (op === "In" || op === "NotIn") this.foldIter(e.comparators[i]!);
  }
}

// --- "%s" % (x, y) -> f"{x!s}{y!s}" (optimize_format) -------------------------------------

const MAXDIGITS = 3;

function constNode(value: string): ast.Constant {
  foldObserver?.(value, false);
  return {
    _type: "Constant",
    value,
    kind: null,
    lineno: -1,
    col_offset: -1,
    end_lineno: -1,
    end_col_offset: -1,
  } as ast.Constant;
}

function parseLiteral(cps: string[], pos: { v: number }): ast.Constant | null {
  const start = pos.v;
  let p = start;
  let hasPercents = false;
  while (p < cps.length) {
    if (cps[p] !== "%") p++;
    else if (p + 1 < cps.length && cps[p + 1] === "%") {
      hasPercents = true;
      p += 2;
    } else break;
  }
  pos.v = p;
  if (p === start) return null;
  let s = cps.slice(start, p).join("");
  if (hasPercents) s = s.replaceAll("%%", "%");
  return constNode(s);
}

function parseFormat(cps: string[], pos: { v: number }, arg: ast.expr): ast.expr | null {
  let p = pos.v;
  let ch = "";
  const next = (): boolean => {
    if (p >= cps.length) return false;
    ch = cps[p++]!;
    return true;
  };
  let ljust = false;
  let width = -1;
  let prec = -1;
  for (;;) {
    if (!next()) return null;
    if (ch === "-") {
      ljust = true;
      continue;
    }
    if (ch === "+" || ch === " " || ch === "#" || ch === "0") continue;
    break;
  }
  if (ch >= "0" && ch <= "9") {
    width = 0;
    let digits = 0;
    while (ch >= "0" && ch <= "9") {
      width = width * 10 + (ch.charCodeAt(0) - 48);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch === ".") {
    if (!next()) return null;
    prec = 0;
    if (ch >= "0" && ch <= "9") {
      let digits = 0;
      while (ch >= "0" && ch <= "9") {
        prec = prec * 10 + (ch.charCodeAt(0) - 48);
        if (!next()) return null;
        if (++digits >= MAXDIGITS) return null;
      }
    }
  }
  const spec = ch;
  pos.v = p;
  if (spec !== "s" && spec !== "r" && spec !== "a") return null;
  let buf = "";
  if (!ljust && width > 0) buf += ">";
  if (width >= 0) buf += String(width);
  if (prec >= 0) buf += `.${prec}`;
  return {
    _type: "FormattedValue",
    value: arg,
    conversion: spec.charCodeAt(0),
    format_spec: buf ? constNode(buf) : null,
    lineno: arg.lineno,
    col_offset: arg.col_offset,
    end_lineno: arg.end_lineno,
    end_col_offset: arg.end_col_offset,
  } as ast.FormattedValue;
}

function optimizeFormat(node: ast.BinOp, fmt: string, elts: ast.expr[]): void {
  const cps = Array.from(fmt);
  const pos = { v: 0 };
  let cnt = 0;
  const seq: ast.expr[] = [];
  for (;;) {
    const lit = parseLiteral(cps, pos);
    if (lit) seq.push(lit);
    if (pos.v >= cps.length) break;
    if (cnt >= elts.length) return;
    pos.v++;
    const e = parseFormat(cps, pos, elts[cnt]!);
    cnt++;
    if (!e) return;
    seq.push(e);
  }
  if (cnt < elts.length) return;
  copyNode(node, {
    _type: "JoinedStr",
    values: seq,
    lineno: node.lineno,
    col_offset: node.col_offset,
    end_lineno: node.end_lineno,
    end_col_offset: node.end_col_offset,
  });
}

/** _PyAST_Optimize (in place). */
export function optimizeAst(mod: ast.mod, state: OptimizeState): void {
  foldObserver = state.onFold ?? null;
  try {
    new Optimizer(state).mod(mod);
  } finally {
    foldObserver = null;
  }
}
