/**
 * Symbol tables, as CPython 3.11's Python/symtable.c builds them: one entry per scope
 * (module, class, function, lambda, comprehension / generator expression), each mapping
 * names to DEF_* flags plus the resolved scope (LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT,
 * FREE, CELL) in the bits above SCOPE_OFFSET — the same integers python3's `symtable`
 * module exposes, so tests compare them directly.
 *
 * Two passes, like CPython: a visitor that records definitions and uses, then
 * `analyzeBlock`, which decides scopes top-down (what is bound / global in enclosing
 * scopes) and propagates free variables bottom-up, turning locals into cells.
 */
import type * as ast from "../parser/index.js";
import { type ErrorContext, type ErrorLocation, syntaxErrorAt } from "./errors.js";
import { CO_FUTURE_ANNOTATIONS, type FutureFeatures } from "./future.js";
import { mangle } from "./mangle.js";

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const SCOPE_OFFSET = 11;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export type BlockType = "function" | "class" | "module" | "annotation";

export enum Comprehension {
  None = 0,
  List,
  Dict,
  Set,
  Generator,
}

type Directive = ErrorLocation;

/** PySTEntryObject. */
export class SymbolTableEntry {
  readonly symbols = new Map<string, number>();
  /** Parameters in order (ste_varnames); other locals are numbered by the code generator. */
  readonly varnames: string[] = [];
  readonly children: SymbolTableEntry[] = [];
  directives: Map<string, Directive> | null = null;
  nested: boolean;
  free = false;
  childFree = false;
  generator = false;
  coroutine = false;
  comprehension = Comprehension.None;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  compIterTarget = false;
  compIterExpr = 0;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly lineno: number,
    readonly colOffset: number,
    parent: SymbolTableEntry | null,
  ) {
    this.nested = parent !== null && (parent.nested || parent.type === "function");
  }

  /** _PyST_GetScope: 0 when the name is unknown in this block. */
  getScope(name: string): number {
    const flags = this.symbols.get(name);
    return flags === undefined ? 0 : (flags >> SCOPE_OFFSET) & SCOPE_MASK;
  }

  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
}

/** The result of the symbol table pass: entries looked up by the AST node that opened them. */
export class SymbolTable {
  constructor(
    readonly top: SymbolTableEntry,
    private readonly blocks: Map<object, SymbolTableEntry>,
  ) {}

  lookup(node: object): SymbolTableEntry {
    const ste = this.blocks.get(node);
    if (!ste) throw new Error("symtable: no entry for node");
    return ste;
  }
}

const NAMED_EXPR_COMP_IN_CLASS =
  "assignment expression within a comprehension cannot be used in a class body";
const NAMED_EXPR_COMP_CONFLICT = (n: string) =>
  `assignment expression cannot rebind comprehension iteration variable '${n}'`;
const NAMED_EXPR_COMP_INNER_LOOP_CONFLICT = (n: string) =>
  `comprehension inner loop cannot rebind assignment expression target '${n}'`;
const NAMED_EXPR_COMP_ITER_EXPR =
  "assignment expression cannot be used in a comprehension iterable expression";

type Loc = ErrorLocation;

function loc(n: {
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}): Loc {
  return n;
}

class Builder {
  private cur!: SymbolTableEntry;
  private readonly stack: SymbolTableEntry[] = [];
  private top!: SymbolTableEntry;
  private global!: Map<string, number>;
  private private_: string | null = null;
  readonly blocks = new Map<object, SymbolTableEntry>();

  constructor(
    private readonly ctx: ErrorContext,
    private readonly future: FutureFeatures,
  ) {}

  error(msg: string, l: Loc): never {
    throw syntaxErrorAt(this.ctx, msg, l);
  }

  build(mod: ast.mod): SymbolTable {
    this.enterBlock("top", "module", mod, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    this.top = this.cur;
    switch (mod._type) {
      case "Module":
        for (const s of mod.body) this.visitStmt(s);
        break;
      case "Interactive":
        for (const s of mod.body) this.visitStmt(s);
        break;
      case "Expression":
        this.visitExpr(mod.body);
        break;
      case "FunctionType":
        throw new Error("symtable: FunctionType is not supported");
    }
    this.exitBlock();
    analyzeBlock(this.ctx, this.top, null, new Set(), new Set());
    return new SymbolTable(this.top, this.blocks);
  }

  private enterBlock(name: string, type: BlockType, node: object, l: Loc): void {
    const prev = this.stack.length > 0 ? this.cur : null;
    const ste = new SymbolTableEntry(name, type, l.lineno, l.col_offset, prev);
    this.stack.push(ste);
    if (prev) ste.compIterExpr = prev.compIterExpr;
    this.cur = ste;
    this.blocks.set(node, ste);
    if (type === "annotation") return;
    if (type === "module") this.global = ste.symbols;
    if (prev) prev.children.push(ste);
  }

  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length > 0) this.cur = this.stack[this.stack.length - 1]!;
  }

  private lookup(name: string): number {
    return this.cur.getSymbol(mangle(this.private_, name));
  }

  addDef(name: string, flag: number, l: Loc, ste: SymbolTableEntry = this.cur): void {
    const mangled = mangle(this.private_, name);
    const dict = ste.symbols;
    let val = dict.get(mangled);
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM) {
        this.error(`duplicate argument '${name}' in function definition`, l);
      }
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) this.error(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT(name), l);
      val |= DEF_COMP_ITER;
    }
    dict.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      let g = flag;
      const o = this.global.get(mangled);
      if (o !== undefined) g |= o;
      this.global.set(mangled, g);
    }
  }

  private recordDirective(name: string, l: Loc): void {
    if (!this.cur.directives) this.cur.directives = new Map();
    const mangled = mangle(this.private_, name);
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, l);
  }

  private visitSeq(seq: readonly (ast.expr | null)[]): void {
    for (const e of seq) if (e) this.visitExpr(e);
  }

  private visitBody(body: readonly ast.stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  visitStmt(s: ast.stmt): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.addDef(s.name, DEF_LOCAL, loc(s));
        this.visitSeq(s.args.defaults);
        this.visitSeq(s.args.kw_defaults as (ast.expr | null)[]);
        this.visitAnnotations(s, s.args, s.returns);
        this.visitSeq(s.decorator_list);
        this.enterBlock(s.name, "function", s, loc(s));
        if (s._type === "AsyncFunctionDef") this.cur.coroutine = true;
        this.visitArguments(s.args);
        this.visitBody(s.body);
        this.exitBlock();
        break;
      case "ClassDef": {
        this.addDef(s.name, DEF_LOCAL, loc(s));
        this.visitSeq(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.visitSeq(s.decorator_list);
        this.enterBlock(s.name, "class", s, loc(s));
        const tmp = this.private_;
        this.private_ = s.name;
        this.visitBody(s.body);
        this.private_ = tmp;
        this.exitBlock();
        break;
      }
      case "Return":
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case "Delete":
        this.visitSeq(s.targets);
        break;
      case "Assign":
        this.visitSeq(s.targets);
        this.visitExpr(s.value);
        break;
      case "AnnAssign": {
        const t = s.target;
        if (t._type === "Name") {
          const cur = this.lookup(t.id);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.global && s.simple) {
            this.error(
              cur & DEF_GLOBAL
                ? `annotated name '${t.id}' can't be global`
                : `annotated name '${t.id}' can't be nonlocal`,
              loc(s),
            );
          }
          if (s.simple) {
            this.addDef(t.id, DEF_ANNOT | DEF_LOCAL, loc(t));
          } else if (s.value) {
            this.addDef(t.id, DEF_LOCAL, loc(t));
          }
        } else {
          this.visitExpr(t);
        }
        this.visitAnnotation(s.annotation);
        if (s.value) this.visitExpr(s.value);
        break;
      }
      case "AugAssign":
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case "For":
      case "AsyncFor":
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitBody(s.body);
        this.visitBody(s.orelse);
        break;
      case "While":
      case "If":
        this.visitExpr(s.test);
        this.visitBody(s.body);
        this.visitBody(s.orelse);
        break;
      case "Match":
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard) this.visitExpr(c.guard);
          this.visitBody(c.body);
        }
        break;
      case "Raise":
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case "Try":
      case "TryStar":
        this.visitBody(s.body);
        this.visitBody(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, loc(h));
          this.visitBody(h.body);
        }
        this.visitBody(s.finalbody);
        break;
      case "Assert":
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case "Import":
      case "ImportFrom":
        for (const a of s.names) this.visitAlias(a);
        break;
      case "Global":
      case "Nonlocal": {
        const isGlobal = s._type === "Global";
        const what = isGlobal ? "global" : "nonlocal";
        for (const name of s.names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${what}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${what} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${what}`;
            else msg = `name '${name}' is assigned to before ${what} declaration`;
            this.error(msg, loc(s));
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, loc(s));
          this.recordDirective(name, loc(s));
        }
        break;
      }
      case "Expr":
        this.visitExpr(s.value);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
      case "With":
      case "AsyncWith":
        for (const it of s.items) {
          this.visitExpr(it.context_expr);
          if (it.optional_vars) this.visitExpr(it.optional_vars);
        }
        this.visitBody(s.body);
        break;
    }
  }

  private visitAlias(a: ast.alias): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf(".");
    const storeName = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== "*") {
      this.addDef(storeName, DEF_IMPORT, loc(a));
    } else if (this.cur.type !== "module") {
      this.error("import * only allowed at module level", loc(a));
    }
  }

  private visitArguments(a: ast.arguments): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF_PARAM, loc(p));
    for (const p of a.args) this.addDef(p.arg, DEF_PARAM, loc(p));
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF_PARAM, loc(p));
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, loc(a.vararg));
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, loc(a.kwarg));
      this.cur.varkeywords = true;
    }
  }

  private visitAnnotations(s: ast.stmt, a: ast.arguments, returns: ast.expr | null): void {
    const future = (this.future.features & CO_FUTURE_ANNOTATIONS) !== 0;
    if (future) this.enterBlock("_annotation", "annotation", a, loc(s));
    for (const p of a.posonlyargs) if (p.annotation) this.visitExpr(p.annotation);
    for (const p of a.args) if (p.annotation) this.visitExpr(p.annotation);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    for (const p of a.kwonlyargs) if (p.annotation) this.visitExpr(p.annotation);
    if (future) this.exitBlock();
    if (returns) this.visitAnnotation(returns);
  }

  private visitAnnotation(e: ast.expr): void {
    const future = (this.future.features & CO_FUTURE_ANNOTATIONS) !== 0;
    if (future) this.enterBlock("_annotation", "annotation", e, loc(e));
    this.visitExpr(e);
    if (future) this.exitBlock();
  }

  private raiseIfAnnotationBlock(name: string, e: ast.expr): void {
    if (this.cur.type === "annotation") this.error(`'${name}' can not be used within an annotation`, loc(e));
  }

  private raiseIfComprehensionBlock(e: ast.expr): never {
    const t = this.cur.comprehension;
    this.error(
      t === Comprehension.List
        ? "'yield' inside list comprehension"
        : t === Comprehension.Set
          ? "'yield' inside set comprehension"
          : t === Comprehension.Dict
            ? "'yield' inside dict comprehension"
            : "'yield' inside generator expression",
      loc(e),
    );
  }

  visitExpr(e: ast.expr): void {
    switch (e._type) {
      case "NamedExpr":
        this.raiseIfAnnotationBlock("named expression", e);
        if (this.cur.compIterExpr > 0) this.error(NAMED_EXPR_COMP_ITER_EXPR, loc(e));
        if (this.cur.comprehension) this.extendNamedExprScope(e.target as ast.Name);
        this.visitExpr(e.value);
        this.visitExpr(e.target);
        break;
      case "BoolOp":
        this.visitSeq(e.values);
        break;
      case "BinOp":
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case "UnaryOp":
        this.visitExpr(e.operand);
        break;
      case "Lambda":
        this.visitSeq(e.args.defaults);
        this.visitSeq(e.args.kw_defaults as (ast.expr | null)[]);
        this.enterBlock("lambda", "function", e, loc(e));
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case "IfExp":
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case "Dict":
        this.visitSeq(e.keys as (ast.expr | null)[]);
        this.visitSeq(e.values);
        break;
      case "Set":
        this.visitSeq(e.elts);
        break;
      case "GeneratorExp":
        this.handleComprehension(e, "genexpr", e.generators, e.elt, null);
        break;
      case "ListComp":
        this.handleComprehension(e, "listcomp", e.generators, e.elt, null);
        break;
      case "SetComp":
        this.handleComprehension(e, "setcomp", e.generators, e.elt, null);
        break;
      case "DictComp":
        this.handleComprehension(e, "dictcomp", e.generators, e.key, e.value);
        break;
      case "Yield":
        this.raiseIfAnnotationBlock("yield expression", e);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) this.raiseIfComprehensionBlock(e);
        break;
      case "YieldFrom":
        this.raiseIfAnnotationBlock("yield expression", e);
        this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) this.raiseIfComprehensionBlock(e);
        break;
      case "Await":
        this.raiseIfAnnotationBlock("await expression", e);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case "Compare":
        this.visitExpr(e.left);
        this.visitSeq(e.comparators);
        break;
      case "Call":
        this.visitExpr(e.func);
        this.visitSeq(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case "FormattedValue":
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case "JoinedStr":
        this.visitSeq(e.values);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.visitExpr(e.value);
        break;
      case "Subscript":
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case "Starred":
        this.visitExpr(e.value);
        break;
      case "Slice":
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case "Name":
        this.addDef(e.id, e.ctx._type === "Load" ? USE : DEF_LOCAL, loc(e));
        if (e.ctx._type === "Load" && this.cur.type === "function" && e.id === "super") {
          this.addDef("__class__", USE, loc(e));
        }
        break;
      case "List":
      case "Tuple":
        this.visitSeq(e.elts);
        break;
    }
  }

  private extendNamedExprScope(target: ast.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i]!;
      if (ste.comprehension) {
        if (ste.getSymbol(name) & DEF_COMP_ITER) this.error(NAMED_EXPR_COMP_CONFLICT(name), loc(target));
        continue;
      }
      if (ste.type === "function") {
        if (ste.getSymbol(name) & DEF_GLOBAL) this.addDef(name, DEF_GLOBAL, loc(target));
        else this.addDef(name, DEF_NONLOCAL, loc(target));
        this.recordDirective(name, loc(target));
        this.addDef(name, DEF_LOCAL, loc(target), ste);
        return;
      }
      if (ste.type === "module") {
        this.addDef(name, DEF_GLOBAL, loc(target));
        this.recordDirective(name, loc(target));
        this.addDef(name, DEF_GLOBAL, loc(target), ste);
        return;
      }
      if (ste.type === "class") this.error(NAMED_EXPR_COMP_IN_CLASS, loc(target));
    }
    throw new Error("symtable: unreachable in extendNamedExprScope");
  }

  private handleComprehension(
    e: ast.expr,
    scopeName: string,
    generators: ast.comprehension[],
    elt: ast.expr,
    value: ast.expr | null,
  ): void {
    const isGenerator = e._type === "GeneratorExp";
    const outermost = generators[0]!;
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, "function", e, loc(e));
    this.cur.comprehension =
      e._type === "ListComp"
        ? Comprehension.List
        : e._type === "SetComp"
          ? Comprehension.Set
          : e._type === "DictComp"
            ? Comprehension.Dict
            : Comprehension.Generator;
    if (outermost.is_async) this.cur.coroutine = true;
    this.addDef(".0", DEF_PARAM, {
      lineno: this.cur.lineno,
      col_offset: this.cur.colOffset,
      end_lineno: null,
      end_col_offset: null,
    });
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    this.visitSeq(outermost.ifs);
    for (let i = 1; i < generators.length; i++) {
      const g = generators[i]!;
      this.cur.compIterTarget = true;
      this.visitExpr(g.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.visitExpr(g.iter);
      this.cur.compIterExpr--;
      this.visitSeq(g.ifs);
      if (g.is_async) this.cur.coroutine = true;
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    this.cur.generator = isGenerator;
    const isAsync = this.cur.coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.cur.coroutine = true;
  }

  private visitPattern(p: ast.pattern): void {
    switch (p._type) {
      case "MatchValue":
        this.visitExpr(p.value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case "MatchStar":
        if (p.name) this.addDef(p.name, DEF_LOCAL, loc(p));
        break;
      case "MatchMapping":
        this.visitSeq(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, loc(p));
        break;
      case "MatchClass":
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case "MatchAs":
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, loc(p));
        break;
      case "MatchOr":
        for (const q of p.patterns) this.visitPattern(q);
        break;
    }
  }
}

function errorAtDirective(ctx: ErrorContext, ste: SymbolTableEntry, name: string, msg: string): never {
  const d = ste.directives?.get(name);
  if (!d) throw new Error("BUG: internal directive bookkeeping broken");
  throw syntaxErrorAt(ctx, msg, d);
}

function analyzeName(
  ctx: ErrorContext,
  ste: SymbolTableEntry,
  scopes: Map<string, number>,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) errorAtDirective(ctx, ste, name, `name '${name}' is nonlocal and global`);
    scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    if (bound) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) errorAtDirective(ctx, ste, name, "nonlocal declaration not allowed at module level");
    if (!bound.has(name)) errorAtDirective(ctx, ste, name, `no binding for nonlocal '${name}' found`);
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  if (bound?.has(name)) {
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    scopes.set(name, GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.free = true;
  scopes.set(name, GLOBAL_IMPLICIT);
}

function updateSymbols(
  symbols: Map<string, number>,
  scopes: Map<string, number>,
  bound: Set<string> | null,
  free: Set<string>,
  classflag: boolean,
): void {
  for (const [name, flags] of symbols) {
    const scope = scopes.get(name)!;
    symbols.set(name, flags | (scope << SCOPE_OFFSET));
  }
  for (const name of free) {
    const v = symbols.get(name);
    if (v !== undefined) {
      if (classflag && v & (DEF_BOUND | DEF_GLOBAL)) symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue;
    symbols.set(name, FREE << SCOPE_OFFSET);
  }
}

function analyzeBlock(
  ctx: ErrorContext,
  ste: SymbolTableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string>,
): void {
  const local = new Set<string>();
  const scopes = new Map<string, number>();
  const newglobal = new Set<string>();
  const newfree = new Set<string>();
  const newbound = new Set<string>();

  if (ste.type === "class") {
    for (const n of global) newglobal.add(n);
    if (bound) for (const n of bound) newbound.add(n);
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(ctx, ste, scopes, name, flags, bound, local, free, global);
  }
  if (ste.type !== "class") {
    if (ste.type === "function") for (const n of local) newbound.add(n);
    if (bound) for (const n of bound) newbound.add(n);
    for (const n of global) newglobal.add(n);
  } else {
    newbound.add("__class__");
  }

  const allfree = new Set<string>();
  for (const child of ste.children) {
    const tempFree = new Set(newfree);
    analyzeBlock(ctx, child, new Set(newbound), tempFree, new Set(newglobal));
    for (const n of tempFree) allfree.add(n);
    if (child.free || child.childFree) ste.childFree = true;
  }
  for (const n of allfree) newfree.add(n);

  if (ste.type === "function") {
    // analyze_cells: locals that children need become cells.
    for (const [name, scope] of scopes) {
      if (scope !== LOCAL || !newfree.has(name)) continue;
      scopes.set(name, CELL);
      newfree.delete(name);
    }
  } else if (ste.type === "class") {
    if (newfree.delete("__class__")) ste.needsClassClosure = true;
  }
  updateSymbols(ste.symbols, scopes, bound, newfree, ste.type === "class");
  for (const n of newfree) free.add(n);
}

/** _PySymtable_Build. */
export function buildSymtable(mod: ast.mod, ctx: ErrorContext, future: FutureFeatures): SymbolTable {
  return new Builder(ctx, future).build(mod);
}
