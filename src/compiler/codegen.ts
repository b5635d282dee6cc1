/**
 * Code generation: AST -> control-flow graph -> CodeUnit, following CPython 3.11's
 * Python/compile.c function by function (compiler_visit_stmt, compiler_visit_expr,
 * compiler_call_helper, compiler_try_except, compiler_comprehension, compiler_pattern_*...),
 * so that the instruction stream, co_consts, co_names, co_varnames, co_stacksize, positions
 * and exception table equal python3's for the same source.
 *
 * Deliberate differences from CPython's *encoding* (not its instruction sequence):
 * - No CACHE entries, no EXTENDED_ARG, no PRECALL (CALL alone does PRECALL+CALL's work; the
 *   compiler keeps a PRECALL pseudo-instruction internally so CFG optimizations see the same
 *   blocks CPython sees, and drops it when emitting).
 * - Jump arguments are absolute instruction indices. JUMP_FORWARD and
 *   JUMP_BACKWARD_NO_INTERRUPT both become JUMP (which may therefore jump backwards, without
 *   an interrupt check: the SEND/YIELD_VALUE loop of `await` / `yield from`); JUMP_BACKWARD is
 *   only the loop back edge. POP_JUMP_FORWARD_IF_X / POP_JUMP_BACKWARD_IF_X are POP_JUMP_IF_X.
 * - Exception table entries are [start, end) instruction index ranges.
 * - Positions are stored per instruction exactly as co_positions() reports them (-1 = None).
 * - SyntaxWarnings (e.g. `is` with a literal) go to `options.warn`, if given.
 */
import type * as ast from "../parser/index.js";
import { assemble } from "./assembler.js";
import type { CodeUnit, CompiledConst } from "./code.js";
import { compilePattern, type PatternContext } from "./codegen_patterns.js";
import { constKey, frozenset, isCode, isTuple, tuple } from "./consts.js";
import { getDocString } from "./docstring.js";
import { type ErrorContext, syntaxErrorAt } from "./errors.js";
import {
  type Block,
  Graph,
  type Instr,
  isJumpOp,
  JUMP,
  JUMP_NO_INTERRUPT,
  POP_BLOCK,
  PRECALL,
  SETUP_CLEANUP,
  SETUP_FINALLY,
  SETUP_WITH,
} from "./flowgraph.js";
import { CO_FUTURE_ANNOTATIONS, type FutureFeatures } from "./future.js";
import { mangle } from "./mangle.js";
import { CmpOp, CodeFlag, NbOp, Op } from "./opcodes.js";
import {
  CELL,
  FREE,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  LOCAL,
  type SymbolTable,
  type SymbolTableEntry,
} from "./symtable.js";
import { unparseAnnotation } from "./unparse.js";

const STACK_USE_GUIDELINE = 30;

export enum ScopeType {
  MODULE,
  CLASS,
  FUNCTION,
  ASYNC_FUNCTION,
  LAMBDA,
  COMPREHENSION,
}

enum FBlockType {
  WHILE_LOOP,
  FOR_LOOP,
  TRY_EXCEPT,
  FINALLY_TRY,
  FINALLY_END,
  WITH,
  ASYNC_WITH,
  HANDLER_CLEANUP,
  POP_VALUE,
  EXCEPTION_HANDLER,
  EXCEPTION_GROUP_HANDLER,
  ASYNC_COMPREHENSION_GENERATOR,
}

interface FBlock {
  type: FBlockType;
  block: Block | null;
  exit: Block | null;
  datum: unknown;
}

enum Comp {
  GENEXP,
  LISTCOMP,
  SETCOMP,
  DICTCOMP,
}

export interface Loc {
  lineno: number;
  endLineno: number;
  col: number;
  endCol: number;
}

interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** A dict name -> index, in insertion order (compiler_add_o). */
class IndexMap {
  readonly map = new Map<string, number>();
  add(name: string): number {
    let i = this.map.get(name);
    if (i === undefined) {
      i = this.map.size;
      this.map.set(name, i);
    }
    return i;
  }
  get(name: string): number | undefined {
    return this.map.get(name);
  }
  keys(): string[] {
    return [...this.map.keys()];
  }
  get size(): number {
    return this.map.size;
  }
}

export class Unit {
  readonly graph = new Graph();
  curblock: Block;
  readonly consts: CompiledConst[] = [];
  readonly constIndex = new Map<string, number>();
  readonly names = new IndexMap();
  readonly varnames = new IndexMap();
  readonly cellvars = new IndexMap();
  readonly freevars = new IndexMap();
  private_: string | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  readonly fblocks: FBlock[] = [];
  qualname = "";
  loc: Loc;
  needNewImplicitBlock = false;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly name: string,
    readonly scopeType: ScopeType,
    public firstlineno: number,
  ) {
    for (const v of ste.varnames) this.varnames.add(v);
    const cells = [...ste.symbols.keys()].filter((n) => ste.getScope(n) === CELL).sort(cmpStr);
    for (const n of cells) this.cellvars.add(n);
    if (ste.needsClassClosure) this.cellvars.add("__class__");
    const frees = [...ste.symbols.entries()]
      .filter(([n, f]) => ste.getScope(n) === FREE || (f & 64) !== 0)
      .map(([n]) => n)
      .sort(cmpStr);
    for (const n of frees) this.freevars.add(n);
    this.curblock = this.graph.newBlock();
    this.loc = { lineno: firstlineno, endLineno: firstlineno, col: 0, endCol: 0 };
  }
}

/** Python's default str ordering (by code point). */
function cmpStr(a: string, b: string): number {
  if (a === b) return 0;
  const ia = Array.from(a);
  const ib = Array.from(b);
  const n = Math.min(ia.length, ib.length);
  for (let i = 0; i < n; i++) {
    const x = ia[i]!.codePointAt(0)!;
    const y = ib[i]!.codePointAt(0)!;
    if (x !== y) return x - y;
  }
  return ia.length - ib.length;
}

export interface CodegenOptions {
  filename: string;
  optimize: number;
  flags: number;
  interactive: boolean;
  /**
   * Receives SyntaxWarnings (message, line). Returning true means the warning was turned into
   * an exception of its own category (a warnings filter says "error"): the compiler then raises
   * a SyntaxError with that message at the construct, as CPython's compiler_warn does.
   */
  warn?: (msg: string, lineno: number) => boolean | undefined;
  /**
   * Filled with the keys of the constants whose first use in this compilation is one the code
   * generator made (a list or set display of constants becomes a tuple or frozenset): CPython's
   * const cache then keeps that object, not the parse arena's equal constant.
   */
  madeConsts?: Set<string>;
}

const BINOPS: Record<string, [NbOp, NbOp]> = {
  Add: [NbOp.ADD, NbOp.INPLACE_ADD],
  Sub: [NbOp.SUBTRACT, NbOp.INPLACE_SUBTRACT],
  Mult: [NbOp.MULTIPLY, NbOp.INPLACE_MULTIPLY],
  MatMult: [NbOp.MATRIX_MULTIPLY, NbOp.INPLACE_MATRIX_MULTIPLY],
  Div: [NbOp.TRUE_DIVIDE, NbOp.INPLACE_TRUE_DIVIDE],
  Mod: [NbOp.REMAINDER, NbOp.INPLACE_REMAINDER],
  Pow: [NbOp.POWER, NbOp.INPLACE_POWER],
  LShift: [NbOp.LSHIFT, NbOp.INPLACE_LSHIFT],
  RShift: [NbOp.RSHIFT, NbOp.INPLACE_RSHIFT],
  BitOr: [NbOp.OR, NbOp.INPLACE_OR],
  BitXor: [NbOp.XOR, NbOp.INPLACE_XOR],
  BitAnd: [NbOp.AND, NbOp.INPLACE_AND],
  FloorDiv: [NbOp.FLOOR_DIVIDE, NbOp.INPLACE_FLOOR_DIVIDE],
};

const UNARYOPS: Record<string, Op> = {
  Invert: Op.UNARY_INVERT,
  Not: Op.UNARY_NOT,
  UAdd: Op.UNARY_POSITIVE,
  USub: Op.UNARY_NEGATIVE,
};

export class Compiler {
  u!: Unit;
  private readonly stack: Unit[] = [];
  nestlevel = 0;

  constructor(
    readonly st: SymbolTable,
    readonly future: FutureFeatures,
    readonly opts: CodegenOptions,
    readonly ectx: ErrorContext,
  ) {}

  // --- errors ----------------------------------------------------------------------------

  error(msg: string): never {
    const l = this.u.loc;
    throw syntaxErrorAt(this.ectx, msg, {
      lineno: l.lineno,
      col_offset: l.col,
      end_lineno: l.endLineno,
      end_col_offset: l.endCol,
    });
  }

  warn(msg: string): void {
    if (this.opts.warn?.(msg, this.u.loc.lineno) === true) this.error(msg);
  }

  // --- locations ------------------------------------------------------------------------

  setLoc(n: Located): void {
    this.u.loc = {
      lineno: n.lineno,
      col: n.col_offset,
      endLineno: n.end_lineno ?? n.lineno,
      endCol: n.end_col_offset ?? n.col_offset,
    };
  }

  unsetLoc(): void {
    this.u.loc = { lineno: -1, col: -1, endLineno: -1, endCol: -1 };
  }

  // --- blocks and instructions ------------------------------------------------------------

  newBlock(): Block {
    return this.u.graph.newBlock();
  }

  useNextBlock(b: Block): Block {
    this.u.curblock.next = b;
    this.u.curblock = b;
    this.u.needNewImplicitBlock = false;
    return b;
  }

  private emit(op: number, arg: number, target: Block | null, l: Loc): void {
    if (this.u.needNewImplicitBlock) this.useNextBlock(this.newBlock());
    const b = this.u.curblock;
    const ins: Instr = {
      op,
      arg,
      target,
      except: null,
      lineno: l.lineno,
      endLineno: l.endLineno,
      col: l.col,
      endCol: l.endCol,
    };
    b.instrs.push(ins);
    if (op === Op.RETURN_VALUE) b.isReturn = true;
    if (isJumpOp(op) || op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE) {
      this.u.needNewImplicitBlock = true;
    }
  }

  addop(op: number, arg = 0): void {
    this.emit(op, arg, null, this.u.loc);
  }

  addopNoline(op: number, arg = 0): void {
    this.emit(op, arg, null, { lineno: -1, endLineno: 0, col: 0, endCol: 0 });
  }

  addopJ(op: number, target: Block): void {
    this.emit(op, 0, target, this.u.loc);
  }

  addopJNoline(op: number, target: Block): void {
    this.emit(op, 0, target, { lineno: -1, endLineno: 0, col: 0, endCol: 0 });
  }

  /** Keys of the constants added so far in the whole compilation (with opts.madeConsts). */
  private readonly seenConsts = new Set<string>();

  addConst(c: CompiledConst, made = false): number {
    const u = this.u;
    const k = constKey(c);
    const madeConsts = this.opts.madeConsts;
    if (madeConsts !== undefined && !this.seenConsts.has(k)) {
      this.seenConsts.add(k);
      if (made) madeConsts.add(k);
    }
    let i = u.constIndex.get(k);
    if (i === undefined) {
      i = u.consts.length;
      u.consts.push(c);
      u.constIndex.set(k, i);
    }
    return i;
  }

  loadConst(c: CompiledConst, made = false): void {
    this.addop(Op.LOAD_CONST, this.addConst(c, made));
  }

  addName(op: Op, name: string): void {
    this.addop(op, this.u.names.add(mangle(this.u.private_, name)));
  }

  addCall(argc: number): void {
    this.addop(PRECALL, argc);
    this.addop(Op.CALL, argc);
  }

  // --- scopes ---------------------------------------------------------------------------

  enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const ste = this.st.lookup(key);
    const u = new Unit(ste, name, scopeType, lineno);
    if (this.stack.length > 0 || this.u) {
      if (this.u) {
        this.stack.push(this.u);
        u.private_ = this.u.private_;
      }
    }
    this.u = u;
    this.nestlevel++;
    if (scopeType === ScopeType.MODULE) {
      u.loc.lineno = 0;
    } else {
      this.setQualname();
    }
    this.addop(Op.RESUME, 0);
    if (scopeType === ScopeType.MODULE) u.loc.lineno = -1;
  }

  exitScope(): void {
    this.nestlevel--;
    const parent = this.stack.pop();
    if (parent) this.u = parent;
  }

  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    const parent = this.stack.length > 1 ? this.stack[this.stack.length - 1] : undefined;
    if (parent) {
      let forceGlobal = false;
      if (
        u.scopeType === ScopeType.FUNCTION ||
        u.scopeType === ScopeType.ASYNC_FUNCTION ||
        u.scopeType === ScopeType.CLASS
      ) {
        const mangled = mangle(parent.private_, u.name);
        if (parent.ste.getScope(mangled) === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (
          parent.scopeType === ScopeType.FUNCTION ||
          parent.scopeType === ScopeType.ASYNC_FUNCTION ||
          parent.scopeType === ScopeType.LAMBDA
        ) {
          base = `${parent.qualname}.<locals>`;
        } else {
          base = parent.qualname;
        }
      }
    }
    u.qualname = base !== null ? `${base}.${u.name}` : u.name;
  }

  private computeCodeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.type === "function") {
      flags |= CodeFlag.NEWLOCALS | CodeFlag.OPTIMIZED;
      if (ste.nested) flags |= CodeFlag.NESTED;
      if (ste.generator && !ste.coroutine) flags |= CodeFlag.GENERATOR;
      if (!ste.generator && ste.coroutine) flags |= CodeFlag.COROUTINE;
      if (ste.generator && ste.coroutine) flags |= CodeFlag.ASYNC_GENERATOR;
      if (ste.varargs) flags |= CodeFlag.VARARGS;
      if (ste.varkeywords) flags |= CodeFlag.VARKEYWORDS;
    }
    flags |= this.opts.flags & PYCF_MASK;
    return flags;
  }

  /** assemble(c, addNone). */
  assembleUnit(addNone: boolean): CodeUnit {
    const u = this.u;
    if (!u.curblock.isReturn) {
      this.unsetLoc();
      if (addNone) this.loadConst(null);
      this.addop(Op.RETURN_VALUE);
    }
    const ste = u.ste;
    const code = assemble({
      graph: u.graph,
      name: u.name,
      qualname: u.qualname || u.name,
      filename: this.opts.filename,
      firstlineno: u.firstlineno,
      consts: u.consts,
      names: u.names.keys(),
      varnames: u.varnames.keys(),
      cellvars: u.cellvars.keys(),
      freevars: u.freevars.keys(),
      argcount: u.posonlyargcount + u.argcount,
      posonlyargcount: u.posonlyargcount,
      kwonlyargcount: u.kwonlyargcount,
      flags: this.computeCodeFlags(),
      generatorLike: ste.generator || ste.coroutine,
    });
    return code;
  }

  // --- module ---------------------------------------------------------------------------

  compileMod(mod: ast.mod): CodeUnit {
    let addNone = true;
    this.enterScope("<module>", ScopeType.MODULE, mod, 1);
    this.u.loc.lineno = 1;
    switch (mod._type) {
      case "Module":
        this.body(mod.body);
        break;
      case "Interactive":
        if (findAnn(mod.body)) this.addop(Op.SETUP_ANNOTATIONS);
        this.opts.interactive = true;
        for (const s of mod.body) this.visitStmt(s);
        break;
      case "Expression":
        this.visitExpr(mod.body);
        addNone = false;
        break;
      default:
        throw new Error("compile: FunctionType is not supported");
    }
    const co = this.assembleUnit(addNone);
    this.exitScope();
    return co;
  }

  /** compiler_body: docstring, SETUP_ANNOTATIONS, statements. */
  body(stmts: ast.stmt[]): void {
    let i = 0;
    if (this.u.scopeType === ScopeType.MODULE && stmts.length) this.setLoc(stmts[0]!);
    if (findAnn(stmts)) this.addop(Op.SETUP_ANNOTATIONS);
    if (!stmts.length) return;
    if (this.opts.optimize < 2) {
      const doc = getDocString(stmts);
      if (doc !== null) {
        i = 1;
        const st = stmts[0] as ast.Expr;
        this.visitExpr(st.value);
        this.unsetLoc();
        this.nameop("__doc__", "Store");
      }
    }
    for (; i < stmts.length; i++) this.visitStmt(stmts[i]!);
  }

  // --- names ----------------------------------------------------------------------------

  private forbiddenName(name: string, ctx: string): boolean {
    if (ctx === "Store" && name === "__debug__") this.error("cannot assign to __debug__");
    if (ctx === "Del" && name === "__debug__") this.error("cannot delete __debug__");
    return false;
  }

  nameop(name: string, ctx: "Load" | "Store" | "Del"): void {
    const u = this.u;
    this.forbiddenName(name, ctx);
    const mangled = mangle(u.private_, name);
    let optype: "fast" | "global" | "deref" | "name" = "name";
    let dict: IndexMap = u.names;
    const scope = u.ste.getScope(mangled);
    switch (scope) {
      case FREE:
        dict = u.freevars;
        optype = "deref";
        break;
      case CELL:
        dict = u.cellvars;
        optype = "deref";
        break;
      case LOCAL:
        if (u.ste.type === "function") optype = "fast";
        break;
      case GLOBAL_IMPLICIT:
        if (u.ste.type === "function") optype = "global";
        break;
      case GLOBAL_EXPLICIT:
        optype = "global";
        break;
    }
    let op: Op;
    switch (optype) {
      case "deref":
        op =
          ctx === "Load"
            ? u.ste.type === "class"
              ? Op.LOAD_CLASSDEREF
              : Op.LOAD_DEREF
            : ctx === "Store"
              ? Op.STORE_DEREF
              : Op.DELETE_DEREF;
        break;
      case "fast":
        op = ctx === "Load" ? Op.LOAD_FAST : ctx === "Store" ? Op.STORE_FAST : Op.DELETE_FAST;
        this.addop(op, u.varnames.add(mangled));
        return;
      case "global":
        op = ctx === "Load" ? Op.LOAD_GLOBAL : ctx === "Store" ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
        break;
      default:
        op = ctx === "Load" ? Op.LOAD_NAME : ctx === "Store" ? Op.STORE_NAME : Op.DELETE_NAME;
        break;
    }
    let arg: number;
    if (optype === "deref") {
      const a = dict.get(mangled);
      if (a === undefined) throw new Error(`compiler: no cell/free slot for ${mangled}`);
      arg = dict === u.freevars ? a + u.cellvars.size : a;
    } else {
      arg = dict.add(mangled);
    }
    if (op === Op.LOAD_GLOBAL) arg <<= 1;
    this.addop(op, arg);
  }

  // --- frame blocks ---------------------------------------------------------------------

  pushFBlock(type: FBlockType, block: Block | null, exit: Block | null, datum: unknown): void {
    if (this.u.fblocks.length >= 20) this.error("too many statically nested blocks");
    this.u.fblocks.push({ type, block, exit, datum });
  }

  popFBlock(): void {
    this.u.fblocks.pop();
  }

  private callExitWithNones(): void {
    this.loadConst(null);
    this.loadConst(null);
    this.loadConst(null);
    this.addCall(2);
  }

  addYieldFrom(isAwait: boolean): void {
    const start = this.newBlock();
    const resume = this.newBlock();
    const exit = this.newBlock();
    this.useNextBlock(start);
    this.addopJ(Op.SEND, exit);
    this.useNextBlock(resume);
    this.addop(Op.YIELD_VALUE);
    this.addop(Op.RESUME, isAwait ? 3 : 2);
    this.addopJ(JUMP_NO_INTERRUPT, start);
    this.useNextBlock(exit);
  }

  private popExceptAndReraise(): void {
    this.addop(Op.COPY, 3);
    this.addop(Op.POP_EXCEPT);
    this.addop(Op.RERAISE, 1);
  }

  private unwindFBlock(info: FBlock, preserveTos: boolean): void {
    switch (info.type) {
      case FBlockType.WHILE_LOOP:
      case FBlockType.EXCEPTION_HANDLER:
      case FBlockType.EXCEPTION_GROUP_HANDLER:
      case FBlockType.ASYNC_COMPREHENSION_GENERATOR:
        return;
      case FBlockType.FOR_LOOP:
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        return;
      case FBlockType.TRY_EXCEPT:
        this.addop(POP_BLOCK);
        return;
      case FBlockType.FINALLY_TRY:
        this.addop(POP_BLOCK);
        if (preserveTos) this.pushFBlock(FBlockType.POP_VALUE, null, null, null);
        for (const s of info.datum as ast.stmt[]) this.visitStmt(s);
        if (preserveTos) this.popFBlock();
        this.unsetLoc();
        return;
      case FBlockType.FINALLY_END:
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        return;
      case FBlockType.WITH:
      case FBlockType.ASYNC_WITH:
        this.setLoc(info.datum as ast.stmt);
        this.addop(POP_BLOCK);
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.callExitWithNones();
        if (info.type === FBlockType.ASYNC_WITH) {
          this.addop(Op.GET_AWAITABLE, 2);
          this.loadConst(null);
          this.addYieldFrom(true);
        }
        this.addop(Op.POP_TOP);
        this.unsetLoc();
        return;
      case FBlockType.HANDLER_CLEANUP: {
        const name = info.datum as string | null;
        if (name) this.addop(POP_BLOCK);
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        if (name) {
          this.loadConst(null);
          this.nameop(name, "Store");
          this.nameop(name, "Del");
        }
        return;
      }
      case FBlockType.POP_VALUE:
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        return;
    }
  }

  /** compiler_unwind_fblock_stack; returns the innermost loop if `wantLoop`. */
  private unwindFBlockStack(preserveTos: boolean, wantLoop: boolean): FBlock | null {
    const fb = this.u.fblocks;
    if (fb.length === 0) return null;
    const top = fb[fb.length - 1]!;
    if (top.type === FBlockType.EXCEPTION_GROUP_HANDLER) {
      this.error("'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (wantLoop && (top.type === FBlockType.WHILE_LOOP || top.type === FBlockType.FOR_LOOP)) return top;
    fb.pop();
    this.unwindFBlock(top, preserveTos);
    const loop = this.unwindFBlockStack(preserveTos, wantLoop);
    fb.push(top);
    return loop;
  }

  // --- statements -----------------------------------------------------------------------

  visitStmts(stmts: ast.stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  visitStmt(s: ast.stmt): void {
    this.setLoc(s);
    switch (s._type) {
      case "FunctionDef":
        this.compileFunction(s, false);
        return;
      case "AsyncFunctionDef":
        this.compileFunction(s, true);
        return;
      case "ClassDef":
        this.compileClass(s);
        return;
      case "Return":
        this.compileReturn(s);
        return;
      case "Delete":
        for (const t of s.targets) this.visitExpr(t);
        return;
      case "Assign": {
        const n = s.targets.length;
        this.visitExpr(s.value);
        for (let i = 0; i < n; i++) {
          if (i < n - 1) this.addop(Op.COPY, 1);
          this.visitExpr(s.targets[i]!);
        }
        return;
      }
      case "AugAssign":
        this.compileAugAssign(s);
        return;
      case "AnnAssign":
        this.compileAnnAssign(s);
        return;
      case "For":
        this.compileFor(s);
        return;
      case "While":
        this.compileWhile(s);
        return;
      case "If":
        this.compileIf(s);
        return;
      case "Match":
        this.compileMatch(s);
        return;
      case "Raise": {
        let n = 0;
        if (s.exc) {
          this.visitExpr(s.exc);
          n++;
          if (s.cause) {
            this.visitExpr(s.cause);
            n++;
          }
        }
        this.addop(Op.RAISE_VARARGS, n);
        return;
      }
      case "Try":
        s.finalbody.length ? this.compileTryFinally(s) : this.compileTryExcept(s);
        return;
      case "TryStar":
        s.finalbody.length ? this.compileTryStarFinally(s) : this.compileTryStarExcept(s);
        return;
      case "Assert":
        this.compileAssert(s);
        return;
      case "Import":
        this.compileImport(s);
        return;
      case "ImportFrom":
        this.compileFromImport(s);
        return;
      case "Global":
      case "Nonlocal":
        return;
      case "Expr":
        this.compileStmtExpr(s.value);
        return;
      case "Pass":
        this.addop(Op.NOP);
        return;
      case "Break":
        this.compileBreak();
        return;
      case "Continue":
        this.compileContinue();
        return;
      case "With":
        this.compileWith(s, 0);
        return;
      case "AsyncWith":
        this.compileAsyncWith(s, 0);
        return;
      case "AsyncFor":
        this.compileAsyncFor(s);
        return;
    }
  }

  private compileStmtExpr(value: ast.expr): void {
    if (this.opts.interactive && this.nestlevel <= 1) {
      this.visitExpr(value);
      this.addop(Op.PRINT_EXPR);
      return;
    }
    if (value._type === "Constant") {
      this.addop(Op.NOP);
      return;
    }
    this.visitExpr(value);
    this.unsetLoc();
    this.addop(Op.POP_TOP);
  }

  // functions and classes

  private checkDebugArgs(args: ast.arguments): void {
    for (const a of [...args.posonlyargs, ...args.args]) this.forbiddenName(a.arg, "Store");
    if (args.vararg) this.forbiddenName(args.vararg.arg, "Store");
    for (const a of args.kwonlyargs) this.forbiddenName(a.arg, "Store");
    if (args.kwarg) this.forbiddenName(args.kwarg.arg, "Store");
  }

  private defaultArguments(args: ast.arguments): number {
    let funcflags = 0;
    if (args.defaults.length > 0) {
      for (const d of args.defaults) this.visitExpr(d);
      this.addop(Op.BUILD_TUPLE, args.defaults.length);
      funcflags |= 0x01;
    }
    if (args.kwonlyargs.length) {
      const keys: string[] = [];
      const kwDefaults = args.kw_defaults as (ast.expr | null)[];
      for (let i = 0; i < args.kwonlyargs.length; i++) {
        const d = kwDefaults[i];
        if (d) {
          keys.push(mangle(this.u.private_, args.kwonlyargs[i]!.arg));
          this.visitExpr(d);
        }
      }
      if (keys.length) {
        this.loadConst(tuple(keys));
        this.addop(Op.BUILD_CONST_KEY_MAP, keys.length);
        funcflags |= 0x02;
      }
    }
    return funcflags;
  }

  private visitArgAnnotation(id: string, annotation: ast.expr | null, len: { n: number }): void {
    if (!annotation) return;
    this.loadConst(mangle(this.u.private_, id));
    if (this.future.features & CO_FUTURE_ANNOTATIONS) {
      this.loadConst(unparseAnnotation(annotation));
    } else if (annotation._type === "Starred") {
      this.visitExpr(annotation.value);
      this.addop(Op.UNPACK_SEQUENCE, 1);
    } else {
      this.visitExpr(annotation);
    }
    len.n += 2;
  }

  private visitAnnotations(args: ast.arguments, returns: ast.expr | null): boolean {
    const len = { n: 0 };
    for (const a of args.args) this.visitArgAnnotation(a.arg, a.annotation, len);
    for (const a of args.posonlyargs) this.visitArgAnnotation(a.arg, a.annotation, len);
    if (args.vararg?.annotation) this.visitArgAnnotation(args.vararg.arg, args.vararg.annotation, len);
    for (const a of args.kwonlyargs) this.visitArgAnnotation(a.arg, a.annotation, len);
    if (args.kwarg?.annotation) this.visitArgAnnotation(args.kwarg.arg, args.kwarg.annotation, len);
    this.visitArgAnnotation("return", returns, len);
    if (len.n) {
      this.addop(Op.BUILD_TUPLE, len.n);
      return true;
    }
    return false;
  }

  private applyDecorators(decos: ast.expr[]): void {
    const old = this.u.loc;
    for (let i = decos.length - 1; i >= 0; i--) {
      this.setLoc(decos[i]!);
      this.addCall(0);
    }
    this.u.loc = old;
  }

  makeClosure(co: CodeUnit, flags: number, qualname: string | null): void {
    const nfree = co.localspluskinds.filter((k) => k & 0x80).length;
    if (nfree) {
      for (let i = 0; i < co.localsplusnames.length; i++) {
        if (!(co.localspluskinds[i]! & 0x80)) continue;
        const name = co.localsplusnames[i]!;
        const reftype = this.getRefType(name);
        const free = this.u.freevars.get(name);
        const arg =
          reftype === CELL
            ? this.u.cellvars.get(name)
            : free === undefined
              ? undefined
              : free + this.u.cellvars.size;
        if (arg === undefined) throw new Error(`compiler_lookup_arg(name=${name}) failed in ${this.u.name}`);
        this.addop(Op.LOAD_CLOSURE, arg);
      }
      flags |= 0x08;
      this.addop(Op.BUILD_TUPLE, nfree);
    }
    void qualname;
    this.loadConst(co);
    this.addop(Op.MAKE_FUNCTION, flags);
  }

  private getRefType(name: string): number {
    if (this.u.scopeType === ScopeType.CLASS && name === "__class__") return CELL;
    const scope = this.u.ste.getScope(name);
    if (scope === 0) throw new Error(`_PyST_GetScope(name=${name}) failed`);
    return scope;
  }

  private compileFunction(s: ast.FunctionDef | ast.AsyncFunctionDef, isAsync: boolean): void {
    const { args, returns, decorator_list: decos, name, body } = s;
    const scopeType = isAsync ? ScopeType.ASYNC_FUNCTION : ScopeType.FUNCTION;
    this.checkDebugArgs(args);
    for (const d of decos) this.visitExpr(d);
    const firstlineno = decos.length ? decos[0]!.lineno : s.lineno;
    let funcflags = this.defaultArguments(args);
    if (this.visitAnnotations(args, returns)) funcflags |= 0x04;
    this.enterScope(name, scopeType, s, firstlineno);
    const docstring = this.opts.optimize < 2 ? getDocString(body) : null;
    this.addConst(docstring ?? null);
    this.u.argcount = args.args.length;
    this.u.posonlyargcount = args.posonlyargs.length;
    this.u.kwonlyargcount = args.kwonlyargs.length;
    for (let i = docstring !== null ? 1 : 0; i < body.length; i++) this.visitStmt(body[i]!);
    const co = this.assembleUnit(true);
    const qualname = this.u.qualname;
    this.exitScope();
    this.makeClosure(co, funcflags, qualname);
    this.applyDecorators(decos);
    this.nameop(name, "Store");
  }

  private compileClass(s: ast.ClassDef): void {
    const decos = s.decorator_list;
    for (const d of decos) this.visitExpr(d);
    const firstlineno = decos.length ? decos[0]!.lineno : s.lineno;
    this.enterScope(s.name, ScopeType.CLASS, s, firstlineno);
    this.u.private_ = s.name;
    this.nameop("__name__", "Load");
    this.nameop("__module__", "Store");
    this.loadConst(this.u.qualname);
    this.nameop("__qualname__", "Store");
    this.body(s.body);
    this.unsetLoc();
    if (this.u.ste.needsClassClosure) {
      const i = this.u.cellvars.get("__class__")!;
      this.addop(Op.LOAD_CLOSURE, i);
      this.addop(Op.COPY, 1);
      this.nameop("__classcell__", "Store");
    } else {
      this.loadConst(null);
    }
    this.addop(Op.RETURN_VALUE);
    const co = this.assembleUnit(true);
    this.exitScope();
    this.addop(Op.PUSH_NULL);
    this.addop(Op.LOAD_BUILD_CLASS);
    this.makeClosure(co, 0, null);
    this.loadConst(s.name);
    this.callHelper(2, s.bases, s.keywords);
    this.applyDecorators(decos);
    this.nameop(s.name, "Store");
  }

  private compileLambda(e: ast.Lambda): void {
    const args = e.args;
    this.checkDebugArgs(args);
    const funcflags = this.defaultArguments(args);
    this.enterScope("<lambda>", ScopeType.LAMBDA, e, e.lineno);
    this.addConst(null);
    this.u.argcount = args.args.length;
    this.u.posonlyargcount = args.posonlyargs.length;
    this.u.kwonlyargcount = args.kwonlyargs.length;
    this.visitExpr(e.body);
    let co: CodeUnit;
    if (this.u.ste.generator) {
      co = this.assembleUnit(false);
    } else {
      this.addop(Op.RETURN_VALUE);
      co = this.assembleUnit(true);
    }
    const qualname = this.u.qualname;
    this.exitScope();
    this.makeClosure(co, funcflags, qualname);
  }

  // control flow

  private compileReturn(s: ast.Return): void {
    const value = s.value;
    const preserveTos = value !== null && value._type !== "Constant";
    if (this.u.ste.type !== "function") this.error("'return' outside function");
    if (value !== null && this.u.ste.coroutine && this.u.ste.generator) {
      this.error("'return' with value in async generator");
    }
    if (preserveTos) {
      this.visitExpr(value!);
    } else if (value !== null) {
      this.setLoc(value);
      this.addop(Op.NOP);
    }
    if (value === null || value.lineno !== s.lineno) {
      this.setLoc(s);
      this.addop(Op.NOP);
    }
    this.unwindFBlockStack(preserveTos, false);
    if (value === null) this.loadConst(null);
    else if (!preserveTos) this.loadConst((value as ast.Constant).value as CompiledConst);
    this.addop(Op.RETURN_VALUE);
  }

  private compileBreak(): void {
    const saved = this.u.loc;
    this.addop(Op.NOP);
    const loop = this.unwindFBlockStack(false, true);
    if (!loop) {
      this.u.loc = saved;
      this.error("'break' outside loop");
    }
    this.unwindFBlock(loop, false);
    this.addopJ(JUMP, loop.exit!);
  }

  private compileContinue(): void {
    const saved = this.u.loc;
    this.addop(Op.NOP);
    const loop = this.unwindFBlockStack(false, true);
    if (!loop) {
      this.u.loc = saved;
      this.error("'continue' not properly in loop");
    }
    this.addopJ(JUMP, loop.block!);
  }

  jumpIf(e: ast.expr, next: Block, cond: boolean): void {
    switch (e._type) {
      case "UnaryOp":
        if (e.op._type === "Not") {
          this.jumpIf(e.operand, next, !cond);
          return;
        }
        break;
      case "BoolOp": {
        const s = e.values;
        const n = s.length - 1;
        const cond2 = e.op._type === "Or";
        let next2 = next;
        if (cond2 !== cond) next2 = this.newBlock();
        for (let i = 0; i < n; i++) this.jumpIf(s[i]!, next2, cond2);
        this.jumpIf(s[n]!, next, cond);
        if (next2 !== next) this.useNextBlock(next2);
        return;
      }
      case "IfExp": {
        const end = this.newBlock();
        const next2 = this.newBlock();
        this.jumpIf(e.test, next2, false);
        this.jumpIf(e.body, next, cond);
        this.addopJNoline(JUMP, end);
        this.useNextBlock(next2);
        this.jumpIf(e.orelse, next, cond);
        this.useNextBlock(end);
        return;
      }
      case "Compare": {
        this.setLoc(e);
        const n = e.ops.length - 1;
        if (n > 0) {
          this.checkCompare(e);
          const cleanup = this.newBlock();
          this.visitExpr(e.left);
          for (let i = 0; i < n; i++) {
            this.visitExpr(e.comparators[i]!);
            this.addop(Op.SWAP, 2);
            this.addop(Op.COPY, 2);
            this.addCompare(e.ops[i]!);
            this.addopJ(Op.POP_JUMP_IF_FALSE, cleanup);
          }
          this.visitExpr(e.comparators[n]!);
          this.addCompare(e.ops[n]!);
          this.addopJ(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
          const end = this.newBlock();
          this.addopJNoline(JUMP, end);
          this.useNextBlock(cleanup);
          this.addop(Op.POP_TOP);
          if (!cond) this.addopJNoline(JUMP, next);
          this.useNextBlock(end);
          return;
        }
        break;
      }
      default:
        break;
    }
    this.visitExpr(e);
    this.addopJ(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
  }

  private compileIf(s: ast.If): void {
    const end = this.newBlock();
    const next = s.orelse.length ? this.newBlock() : end;
    this.jumpIf(s.test, next, false);
    this.visitStmts(s.body);
    if (s.orelse.length) {
      this.addopJNoline(JUMP, end);
      this.useNextBlock(next);
      this.visitStmts(s.orelse);
    }
    this.useNextBlock(end);
  }

  private compileFor(s: ast.For): void {
    const start = this.newBlock();
    const body = this.newBlock();
    const cleanup = this.newBlock();
    const end = this.newBlock();
    this.pushFBlock(FBlockType.FOR_LOOP, start, end, null);
    this.visitExpr(s.iter);
    this.addop(Op.GET_ITER);
    this.useNextBlock(start);
    this.addopJ(Op.FOR_ITER, cleanup);
    this.useNextBlock(body);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.unsetLoc();
    this.addopJ(JUMP, start);
    this.useNextBlock(cleanup);
    this.popFBlock();
    this.visitStmts(s.orelse);
    this.useNextBlock(end);
  }

  private checkAsyncAllowed(what: string): void {
    if (this.u.scopeType !== ScopeType.ASYNC_FUNCTION) this.error(`'${what}' outside async function`);
  }

  private compileAsyncFor(s: ast.AsyncFor): void {
    this.checkAsyncAllowed("async for");
    const start = this.newBlock();
    const except = this.newBlock();
    const end = this.newBlock();
    this.visitExpr(s.iter);
    this.addop(Op.GET_AITER);
    this.useNextBlock(start);
    this.pushFBlock(FBlockType.FOR_LOOP, start, end, null);
    this.addopJ(SETUP_FINALLY, except);
    this.addop(Op.GET_ANEXT);
    this.loadConst(null);
    this.addYieldFrom(true);
    this.addop(POP_BLOCK);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.unsetLoc();
    this.addopJ(JUMP, start);
    this.popFBlock();
    this.useNextBlock(except);
    this.setLoc(s.iter);
    this.addop(Op.END_ASYNC_FOR);
    this.visitStmts(s.orelse);
    this.useNextBlock(end);
  }

  private compileWhile(s: ast.While): void {
    const loop = this.newBlock();
    const body = this.newBlock();
    const anchor = this.newBlock();
    const end = this.newBlock();
    this.useNextBlock(loop);
    this.pushFBlock(FBlockType.WHILE_LOOP, loop, end, null);
    this.jumpIf(s.test, anchor, false);
    this.useNextBlock(body);
    this.visitStmts(s.body);
    this.setLoc(s);
    this.jumpIf(s.test, body, true);
    this.popFBlock();
    this.useNextBlock(anchor);
    this.visitStmts(s.orelse);
    this.useNextBlock(end);
  }

  private compileTryFinally(s: ast.Try): void {
    const body = this.newBlock();
    const end = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.addopJ(SETUP_FINALLY, end);
    this.useNextBlock(body);
    this.pushFBlock(FBlockType.FINALLY_TRY, body, end, s.finalbody);
    if (s.handlers.length) this.compileTryExcept(s);
    else this.visitStmts(s.body);
    this.addopNoline(POP_BLOCK);
    this.popFBlock();
    this.visitStmts(s.finalbody);
    this.addopJNoline(JUMP, exit);
    this.useNextBlock(end);
    this.unsetLoc();
    this.addopJ(SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.pushFBlock(FBlockType.FINALLY_END, end, null, null);
    this.visitStmts(s.finalbody);
    this.popFBlock();
    this.addop(Op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(exit);
  }

  private compileTryStarFinally(s: ast.TryStar): void {
    const body = this.newBlock();
    const end = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.addopJ(SETUP_FINALLY, end);
    this.useNextBlock(body);
    this.pushFBlock(FBlockType.FINALLY_TRY, body, end, s.finalbody);
    if (s.handlers.length) this.compileTryStarExcept(s);
    else this.visitStmts(s.body);
    this.addopNoline(POP_BLOCK);
    this.popFBlock();
    this.visitStmts(s.finalbody);
    this.addopJNoline(JUMP, exit);
    this.useNextBlock(end);
    this.unsetLoc();
    this.addopJ(SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.pushFBlock(FBlockType.FINALLY_END, end, null, null);
    this.visitStmts(s.finalbody);
    this.popFBlock();
    this.addop(Op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(exit);
  }

  private compileTryExcept(s: ast.Try): void {
    const body = this.newBlock();
    let except = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    this.addopJ(SETUP_FINALLY, except);
    this.useNextBlock(body);
    this.pushFBlock(FBlockType.TRY_EXCEPT, body, null, null);
    this.visitStmts(s.body);
    this.popFBlock();
    this.addopNoline(POP_BLOCK);
    if (s.orelse.length) this.visitStmts(s.orelse);
    this.addopJNoline(JUMP, end);
    const n = s.handlers.length;
    this.useNextBlock(except);
    this.unsetLoc();
    this.addopJ(SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.pushFBlock(FBlockType.EXCEPTION_HANDLER, null, null, null);
    for (let i = 0; i < n; i++) {
      const handler = s.handlers[i]!;
      this.setLoc(handler);
      if (!handler.type && i < n - 1) this.error("default 'except:' must be last");
      except = this.newBlock();
      if (handler.type) {
        this.visitExpr(handler.type);
        this.addop(Op.CHECK_EXC_MATCH);
        this.addopJ(Op.POP_JUMP_IF_FALSE, except);
      }
      if (handler.name) {
        const cleanupEnd = this.newBlock();
        const cleanupBody = this.newBlock();
        this.nameop(handler.name, "Store");
        this.addopJ(SETUP_CLEANUP, cleanupEnd);
        this.useNextBlock(cleanupBody);
        this.pushFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, handler.name);
        this.visitStmts(handler.body);
        this.popFBlock();
        this.unsetLoc();
        this.addop(POP_BLOCK);
        this.addop(POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        this.loadConst(null);
        this.nameop(handler.name, "Store");
        this.nameop(handler.name, "Del");
        this.addopJ(JUMP, end);
        this.useNextBlock(cleanupEnd);
        this.unsetLoc();
        this.loadConst(null);
        this.nameop(handler.name, "Store");
        this.nameop(handler.name, "Del");
        this.addop(Op.RERAISE, 1);
      } else {
        const cleanupBody = this.newBlock();
        this.addop(Op.POP_TOP);
        this.useNextBlock(cleanupBody);
        this.pushFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, null);
        this.visitStmts(handler.body);
        this.popFBlock();
        this.unsetLoc();
        this.addop(POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        this.addopJ(JUMP, end);
      }
      this.useNextBlock(except);
    }
    this.unsetLoc();
    this.popFBlock();
    this.addop(Op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(end);
  }

  private compileTryStarExcept(s: ast.TryStar): void {
    const body = this.newBlock();
    let except = this.newBlock();
    const orelse = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    const reraiseStar = this.newBlock();
    this.addopJ(SETUP_FINALLY, except);
    this.useNextBlock(body);
    this.pushFBlock(FBlockType.TRY_EXCEPT, body, null, null);
    this.visitStmts(s.body);
    this.popFBlock();
    this.addopNoline(POP_BLOCK);
    this.addopJNoline(JUMP, orelse);
    const n = s.handlers.length;
    this.useNextBlock(except);
    this.unsetLoc();
    this.addopJ(SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.pushFBlock(FBlockType.EXCEPTION_GROUP_HANDLER, null, null, "except handler");
    for (let i = 0; i < n; i++) {
      const handler = s.handlers[i]!;
      this.setLoc(handler);
      except = this.newBlock();
      const exceptWithError = this.newBlock();
      const noMatch = this.newBlock();
      if (i === 0) {
        this.addop(Op.COPY, 1);
        this.addop(Op.BUILD_LIST, 0);
        this.addop(Op.SWAP, 2);
      }
      if (handler.type) {
        this.visitExpr(handler.type);
        this.addop(Op.CHECK_EG_MATCH);
        this.addop(Op.COPY, 1);
        this.addopJ(Op.POP_JUMP_IF_NONE, noMatch);
      }
      const cleanupEnd = this.newBlock();
      const cleanupBody = this.newBlock();
      if (handler.name) this.nameop(handler.name, "Store");
      else this.addop(Op.POP_TOP);
      this.addopJ(SETUP_CLEANUP, cleanupEnd);
      this.useNextBlock(cleanupBody);
      this.pushFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, handler.name);
      this.visitStmts(handler.body);
      this.popFBlock();
      this.unsetLoc();
      this.addop(POP_BLOCK);
      if (handler.name) {
        this.loadConst(null);
        this.nameop(handler.name, "Store");
        this.nameop(handler.name, "Del");
      }
      this.addopJ(JUMP, except);
      this.useNextBlock(cleanupEnd);
      this.unsetLoc();
      if (handler.name) {
        this.loadConst(null);
        this.nameop(handler.name, "Store");
        this.nameop(handler.name, "Del");
      }
      this.addop(Op.LIST_APPEND, 3);
      this.addop(Op.POP_TOP);
      this.addopJ(JUMP, exceptWithError);
      this.useNextBlock(except);
      this.addop(Op.NOP);
      this.addopJ(JUMP, exceptWithError);
      this.useNextBlock(noMatch);
      this.addop(Op.POP_TOP);
      this.useNextBlock(exceptWithError);
      if (i === n - 1) {
        this.addop(Op.LIST_APPEND, 1);
        this.addopJ(JUMP, reraiseStar);
      }
    }
    this.unsetLoc();
    this.popFBlock();
    const reraise = this.newBlock();
    this.useNextBlock(reraiseStar);
    this.addop(Op.PREP_RERAISE_STAR);
    this.addop(Op.COPY, 1);
    this.addopJ(Op.POP_JUMP_IF_NOT_NONE, reraise);
    this.addop(Op.POP_TOP);
    this.addop(POP_BLOCK);
    this.addop(Op.POP_EXCEPT);
    this.addopJ(JUMP, end);
    this.useNextBlock(reraise);
    this.addop(POP_BLOCK);
    this.addop(Op.SWAP, 2);
    this.addop(Op.POP_EXCEPT);
    this.addop(Op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(orelse);
    this.visitStmts(s.orelse);
    this.useNextBlock(end);
  }

  private compileImportAs(name: string, asname: string): void {
    let dot = name.indexOf(".");
    if (dot !== -1) {
      for (;;) {
        const pos = dot + 1;
        dot = name.indexOf(".", pos);
        const attr = name.slice(pos, dot !== -1 ? dot : name.length);
        this.addop(Op.IMPORT_FROM, this.u.names.add(attr));
        if (dot === -1) break;
        this.addop(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
      }
      this.nameop(asname, "Store");
      this.addop(Op.POP_TOP);
      return;
    }
    this.nameop(asname, "Store");
  }

  private compileImport(s: ast.Import): void {
    for (const alias of s.names) {
      this.loadConst(0n);
      this.loadConst(null);
      this.addName(Op.IMPORT_NAME, alias.name);
      if (alias.asname) {
        this.compileImportAs(alias.name, alias.asname);
      } else {
        const dot = alias.name.indexOf(".");
        this.nameop(dot !== -1 ? alias.name.slice(0, dot) : alias.name, "Store");
      }
    }
  }

  private compileFromImport(s: ast.ImportFrom): void {
    this.loadConst(BigInt(s.level ?? 0));
    const names = tuple(s.names.map((a) => a.name));
    if (s.lineno > this.future.lineno && s.module === "__future__") {
      this.error("from __future__ imports must occur at the beginning of the file");
    }
    this.loadConst(names);
    this.addName(Op.IMPORT_NAME, s.module ?? "");
    for (let i = 0; i < s.names.length; i++) {
      const alias = s.names[i]!;
      if (i === 0 && alias.name.startsWith("*")) {
        this.addop(Op.IMPORT_STAR);
        return;
      }
      this.addName(Op.IMPORT_FROM, alias.name);
      this.nameop(alias.asname ?? alias.name, "Store");
    }
    this.addop(Op.POP_TOP);
  }

  private compileAssert(s: ast.Assert): void {
    const t = s.test;
    if (
      (t._type === "Tuple" && t.elts.length > 0) ||
      (t._type === "Constant" &&
        isTuple(t.value as CompiledConst) &&
        (t.value as unknown as { items: unknown[] }).items.length > 0)
    ) {
      this.warn("assertion is always true, perhaps remove parentheses?");
    }
    if (this.opts.optimize) return;
    const end = this.newBlock();
    this.jumpIf(s.test, end, true);
    this.addop(Op.LOAD_ASSERTION_ERROR);
    if (s.msg) {
      this.visitExpr(s.msg);
      this.addCall(0);
    }
    this.addop(Op.RAISE_VARARGS, 1);
    this.useNextBlock(end);
  }

  private withExceptFinish(cleanup: Block): void {
    this.unsetLoc();
    const exit = this.newBlock();
    this.addopJ(Op.POP_JUMP_IF_TRUE, exit);
    this.addop(Op.RERAISE, 2);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(exit);
    this.addop(Op.POP_TOP);
    this.addop(POP_BLOCK);
    this.addop(Op.POP_EXCEPT);
    this.addop(Op.POP_TOP);
    this.addop(Op.POP_TOP);
  }

  private compileAsyncWith(s: ast.AsyncWith, pos: number): void {
    const item = s.items[pos]!;
    this.checkAsyncAllowed("async with");
    const block = this.newBlock();
    const final = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.visitExpr(item.context_expr);
    this.addop(Op.BEFORE_ASYNC_WITH);
    this.addop(Op.GET_AWAITABLE, 1);
    this.loadConst(null);
    this.addYieldFrom(true);
    this.addopJ(SETUP_WITH, final);
    this.useNextBlock(block);
    this.pushFBlock(FBlockType.ASYNC_WITH, block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addop(Op.POP_TOP);
    pos++;
    if (pos === s.items.length) this.visitStmts(s.body);
    else this.compileAsyncWith(s, pos);
    this.popFBlock();
    this.addop(POP_BLOCK);
    this.setLoc(s);
    this.callExitWithNones();
    this.addop(Op.GET_AWAITABLE, 2);
    this.loadConst(null);
    this.addYieldFrom(true);
    this.addop(Op.POP_TOP);
    this.addopJ(JUMP, exit);
    this.useNextBlock(final);
    this.addopJ(SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.addop(Op.WITH_EXCEPT_START);
    this.addop(Op.GET_AWAITABLE, 2);
    this.loadConst(null);
    this.addYieldFrom(true);
    this.withExceptFinish(cleanup);
    this.useNextBlock(exit);
  }

  private compileWith(s: ast.With, pos: number): void {
    const item = s.items[pos]!;
    const block = this.newBlock();
    const final = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.visitExpr(item.context_expr);
    this.addop(Op.BEFORE_WITH);
    this.addopJ(SETUP_WITH, final);
    this.useNextBlock(block);
    this.pushFBlock(FBlockType.WITH, block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addop(Op.POP_TOP);
    pos++;
    if (pos === s.items.length) this.visitStmts(s.body);
    else this.compileWith(s, pos);
    this.unsetLoc();
    this.addop(POP_BLOCK);
    this.popFBlock();
    this.setLoc(s);
    this.callExitWithNones();
    this.addop(Op.POP_TOP);
    this.addopJ(JUMP, exit);
    this.useNextBlock(final);
    this.addopJ(SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.addop(Op.WITH_EXCEPT_START);
    this.withExceptFinish(cleanup);
    this.useNextBlock(exit);
  }

  // assignments

  private updateStartLocationToMatchAttr(attr: ast.Attribute): void {
    const l = this.u.loc;
    if (l.lineno !== attr.end_lineno) {
      const nl = { ...l };
      nl.lineno = attr.end_lineno ?? attr.lineno;
      const len = Array.from(attr.attr).length;
      const endCol = attr.end_col_offset ?? -1;
      if (len <= endCol) {
        nl.col = endCol - len;
      } else {
        nl.col = -1;
        nl.endCol = -1;
      }
      nl.endLineno = Math.max(nl.lineno, nl.endLineno);
      if (nl.lineno === nl.endLineno) nl.endCol = Math.max(nl.col, nl.endCol);
      this.u.loc = nl;
    }
  }

  private compileAugAssign(s: ast.AugAssign): void {
    const e = s.target;
    const old = this.u.loc;
    this.setLoc(e);
    switch (e._type) {
      case "Attribute":
        this.visitExpr(e.value);
        this.addop(Op.COPY, 1);
        this.updateStartLocationToMatchAttr(e);
        this.addName(Op.LOAD_ATTR, e.attr);
        break;
      case "Subscript":
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        this.addop(Op.COPY, 2);
        this.addop(Op.COPY, 2);
        this.addop(Op.BINARY_SUBSCR);
        break;
      case "Name":
        this.nameop(e.id, "Load");
        break;
      default:
        throw new Error(`invalid node type (${e._type}) for augmented assignment`);
    }
    this.u.loc = old;
    this.visitExpr(s.value);
    this.addop(Op.BINARY_OP, BINOPS[s.op._type]![1]);
    this.setLoc(e);
    switch (e._type) {
      case "Attribute":
        this.updateStartLocationToMatchAttr(e);
        this.addop(Op.SWAP, 2);
        this.addName(Op.STORE_ATTR, e.attr);
        break;
      case "Subscript":
        this.addop(Op.SWAP, 3);
        this.addop(Op.SWAP, 2);
        this.addop(Op.STORE_SUBSCR);
        break;
      case "Name":
        this.nameop(e.id, "Store");
        break;
    }
  }

  private checkAnnExpr(e: ast.expr): void {
    this.visitExpr(e);
    this.addop(Op.POP_TOP);
  }

  private checkAnnSubscr(e: ast.expr): void {
    switch (e._type) {
      case "Slice":
        if (e.lower) this.checkAnnExpr(e.lower);
        if (e.upper) this.checkAnnExpr(e.upper);
        if (e.step) this.checkAnnExpr(e.step);
        return;
      case "Tuple":
        for (const x of e.elts) this.checkAnnSubscr(x);
        return;
      default:
        this.checkAnnExpr(e);
    }
  }

  private compileAnnAssign(s: ast.AnnAssign): void {
    const targ = s.target;
    if (s.value) {
      this.visitExpr(s.value);
      this.visitExpr(targ);
    }
    const moduleOrClass = this.u.scopeType === ScopeType.MODULE || this.u.scopeType === ScopeType.CLASS;
    switch (targ._type) {
      case "Name":
        this.forbiddenName(targ.id, "Store");
        if (s.simple && moduleOrClass) {
          if (this.future.features & CO_FUTURE_ANNOTATIONS) this.loadConst(unparseAnnotation(s.annotation));
          else this.visitExpr(s.annotation);
          this.addName(Op.LOAD_NAME, "__annotations__");
          this.loadConst(mangle(this.u.private_, targ.id));
          this.addop(Op.STORE_SUBSCR);
        }
        break;
      case "Attribute":
        this.forbiddenName(targ.attr, "Store");
        if (!s.value) this.checkAnnExpr(targ.value);
        break;
      case "Subscript":
        if (!s.value) {
          this.checkAnnExpr(targ.value);
          this.checkAnnSubscr(targ.slice);
        }
        break;
      default:
        throw new Error(`invalid node type (${targ._type}) for annotated assignment`);
    }
    if (!s.simple) {
      if (!(this.future.features & CO_FUTURE_ANNOTATIONS) && moduleOrClass) this.checkAnnExpr(s.annotation);
    }
  }

  // --- expressions ----------------------------------------------------------------------

  visitExpr(e: ast.expr): void {
    const old = this.u.loc;
    this.setLoc(e);
    this.visitExpr1(e);
    this.u.loc = old;
  }

  private visitExpr1(e: ast.expr): void {
    switch (e._type) {
      case "NamedExpr":
        this.visitExpr(e.value);
        this.addop(Op.COPY, 1);
        this.visitExpr(e.target);
        return;
      case "BoolOp":
        this.compileBoolOp(e);
        return;
      case "BinOp":
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        this.addop(Op.BINARY_OP, BINOPS[e.op._type]![0]);
        return;
      case "UnaryOp":
        this.visitExpr(e.operand);
        this.addop(UNARYOPS[e.op._type]!);
        return;
      case "Lambda":
        this.compileLambda(e);
        return;
      case "IfExp": {
        const end = this.newBlock();
        const next = this.newBlock();
        this.jumpIf(e.test, next, false);
        this.visitExpr(e.body);
        this.addopJNoline(JUMP, end);
        this.useNextBlock(next);
        this.visitExpr(e.orelse);
        this.useNextBlock(end);
        return;
      }
      case "Dict":
        this.compileDict(e);
        return;
      case "Set":
        this.starunpackHelper(e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
        return;
      case "GeneratorExp":
        this.compileComprehension(e, Comp.GENEXP, "<genexpr>", e.generators, e.elt, null);
        return;
      case "ListComp":
        this.compileComprehension(e, Comp.LISTCOMP, "<listcomp>", e.generators, e.elt, null);
        return;
      case "SetComp":
        this.compileComprehension(e, Comp.SETCOMP, "<setcomp>", e.generators, e.elt, null);
        return;
      case "DictComp":
        this.compileComprehension(e, Comp.DICTCOMP, "<dictcomp>", e.generators, e.key, e.value);
        return;
      case "Yield":
        if (this.u.ste.type !== "function") this.error("'yield' outside function");
        if (e.value) this.visitExpr(e.value);
        else this.loadConst(null);
        this.addopYield();
        return;
      case "YieldFrom":
        if (this.u.ste.type !== "function") this.error("'yield' outside function");
        if (this.u.scopeType === ScopeType.ASYNC_FUNCTION) this.error("'yield from' inside async function");
        this.visitExpr(e.value);
        this.addop(Op.GET_YIELD_FROM_ITER);
        this.loadConst(null);
        this.addYieldFrom(false);
        return;
      case "Await":
        if (this.u.ste.type !== "function") this.error("'await' outside function");
        if (this.u.scopeType !== ScopeType.ASYNC_FUNCTION && this.u.scopeType !== ScopeType.COMPREHENSION) {
          this.error("'await' outside async function");
        }
        this.visitExpr(e.value);
        this.addop(Op.GET_AWAITABLE, 0);
        this.loadConst(null);
        this.addYieldFrom(true);
        return;
      case "Compare":
        this.compileCompare(e);
        return;
      case "Call":
        this.compileCall(e);
        return;
      case "Constant":
        this.loadConst(e.value as CompiledConst);
        return;
      case "JoinedStr":
        this.compileJoinedStr(e);
        return;
      case "FormattedValue":
        this.compileFormattedValue(e);
        return;
      case "Attribute":
        this.visitExpr(e.value);
        this.updateStartLocationToMatchAttr(e);
        switch (e.ctx._type) {
          case "Load":
            this.addName(Op.LOAD_ATTR, e.attr);
            break;
          case "Store":
            this.forbiddenName(e.attr, "Store");
            this.addName(Op.STORE_ATTR, e.attr);
            break;
          case "Del":
            this.addName(Op.DELETE_ATTR, e.attr);
            break;
        }
        return;
      case "Subscript":
        this.compileSubscript(e);
        return;
      case "Starred":
        if (e.ctx._type === "Store") this.error("starred assignment target must be in a list or tuple");
        this.error("can't use starred expression here");
        return;
      case "Slice":
        this.compileSlice(e);
        return;
      case "Name":
        this.nameop(e.id, e.ctx._type);
        return;
      case "List":
        if (e.ctx._type === "Store") {
          this.assignmentHelper(e.elts);
          return;
        }
        if (e.ctx._type === "Load") {
          this.starunpackHelper(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
          return;
        }
        for (const x of e.elts) this.visitExpr(x);
        return;
      case "Tuple":
        if (e.ctx._type === "Store") {
          this.assignmentHelper(e.elts);
          return;
        }
        if (e.ctx._type === "Load") {
          this.starunpackHelper(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
          return;
        }
        for (const x of e.elts) this.visitExpr(x);
        return;
    }
  }

  addopYield(): void {
    if (this.u.ste.generator && this.u.ste.coroutine) this.addop(Op.ASYNC_GEN_WRAP);
    this.addop(Op.YIELD_VALUE);
    this.addop(Op.RESUME, 1);
  }

  private compileBoolOp(e: ast.BoolOp): void {
    const jumpi = e.op._type === "And" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
    const end = this.newBlock();
    const s = e.values;
    const n = s.length - 1;
    for (let i = 0; i < n; i++) {
      this.visitExpr(s[i]!);
      this.addopJ(jumpi, end);
      this.useNextBlock(this.newBlock());
    }
    this.visitExpr(s[n]!);
    this.useNextBlock(end);
  }

  starunpackHelper(
    elts: ast.expr[],
    pushed: number,
    build: Op,
    add: Op,
    extend: Op,
    isTupleOut: boolean,
  ): void {
    const n = elts.length;
    if (n > 2 && elts.every((x) => x._type === "Constant")) {
      const items = elts.map((x) => (x as ast.Constant).value as CompiledConst);
      if (isTupleOut && !pushed) {
        this.loadConst(tuple(items), true);
      } else {
        const folded: CompiledConst = add === Op.SET_ADD ? frozenset(items) : tuple(items);
        this.addop(build, pushed);
        this.loadConst(folded, true);
        this.addop(extend, 1);
        if (isTupleOut) this.addop(Op.LIST_TO_TUPLE);
      }
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((x) => x._type === "Starred");
    if (!seenStar && !big) {
      for (const x of elts) this.visitExpr(x);
      this.addop(isTupleOut ? Op.BUILD_TUPLE : build, n + pushed);
      return;
    }
    let sequenceBuilt = false;
    if (big) {
      this.addop(build, pushed);
      sequenceBuilt = true;
    }
    for (let i = 0; i < n; i++) {
      const elt = elts[i]!;
      if (elt._type === "Starred") {
        if (!sequenceBuilt) {
          this.addop(build, i + pushed);
          sequenceBuilt = true;
        }
        this.visitExpr(elt.value);
        this.addop(extend, 1);
      } else {
        this.visitExpr(elt);
        if (sequenceBuilt) this.addop(add, 1);
      }
    }
    if (isTupleOut) this.addop(Op.LIST_TO_TUPLE);
  }

  private unpackHelper(elts: ast.expr[]): void {
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const elt = elts[i]!;
      if (elt._type === "Starred" && !seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) {
          this.error("too many expressions in star-unpacking assignment");
        }
        this.addop(Op.UNPACK_EX, i + ((n - i - 1) << 8));
        seenStar = true;
      } else if (elt._type === "Starred") {
        this.error("multiple starred expressions in assignment");
      }
    }
    if (!seenStar) this.addop(Op.UNPACK_SEQUENCE, n);
  }

  private assignmentHelper(elts: ast.expr[]): void {
    this.unpackHelper(elts);
    for (const elt of elts) this.visitExpr(elt._type === "Starred" ? elt.value : elt);
  }

  private subdict(e: ast.Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const keys = e.keys as (ast.expr | null)[];
    let allConst = true;
    for (let i = begin; i < end; i++) if (keys[i]?._type !== "Constant") allConst = false;
    if (n > 1 && !big && allConst) {
      for (let i = begin; i < end; i++) this.visitExpr(e.values[i]!);
      const t: CompiledConst[] = [];
      for (let i = begin; i < end; i++) t.push((keys[i] as ast.Constant).value as CompiledConst);
      this.loadConst(tuple(t));
      this.addop(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addop(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.visitExpr(keys[i]!);
      this.visitExpr(e.values[i]!);
      if (big) this.addop(Op.MAP_ADD, 1);
    }
    if (!big) this.addop(Op.BUILD_MAP, n);
  }

  private compileDict(e: ast.Dict): void {
    const n = e.values.length;
    const keys = e.keys as (ast.expr | null)[];
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      const isUnpacking = keys[i] === null;
      if (isUnpacking) {
        if (elements) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.addop(Op.DICT_UPDATE, 1);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.addop(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        this.visitExpr(e.values[i]!);
        this.addop(Op.DICT_UPDATE, 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.subdict(e, i - elements, i + 1);
        if (haveDict) this.addop(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.addop(Op.DICT_UPDATE, 1);
      haveDict = true;
    }
    if (!haveDict) this.addop(Op.BUILD_MAP, 0);
  }

  addCompare(op: ast.cmpop): void {
    switch (op._type) {
      case "Eq":
        this.addop(Op.COMPARE_OP, CmpOp.EQ);
        return;
      case "NotEq":
        this.addop(Op.COMPARE_OP, CmpOp.NE);
        return;
      case "Lt":
        this.addop(Op.COMPARE_OP, CmpOp.LT);
        return;
      case "LtE":
        this.addop(Op.COMPARE_OP, CmpOp.LE);
        return;
      case "Gt":
        this.addop(Op.COMPARE_OP, CmpOp.GT);
        return;
      case "GtE":
        this.addop(Op.COMPARE_OP, CmpOp.GE);
        return;
      case "Is":
        this.addop(Op.IS_OP, 0);
        return;
      case "IsNot":
        this.addop(Op.IS_OP, 1);
        return;
      case "In":
        this.addop(Op.CONTAINS_OP, 0);
        return;
      case "NotIn":
        this.addop(Op.CONTAINS_OP, 1);
        return;
    }
  }

  private checkCompare(e: ast.Compare): void {
    const isArg = (x: ast.expr): boolean => {
      if (x._type !== "Constant") return true;
      const v = x.value as CompiledConst;
      return v === null || v === true || v === false || (typeof v === "object" && v?.kind === "ellipsis");
    };
    let left = isArg(e.left);
    for (let i = 0; i < e.ops.length; i++) {
      const op = e.ops[i]!._type;
      const right = isArg(e.comparators[i]!);
      if ((op === "Is" || op === "IsNot") && (!right || !left)) {
        this.warn(
          op === "Is"
            ? '"is" with a literal. Did you mean "=="?'
            : '"is not" with a literal. Did you mean "!="?',
        );
      }
      left = right;
    }
  }

  private compileCompare(e: ast.Compare): void {
    this.checkCompare(e);
    this.visitExpr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.visitExpr(e.comparators[0]!);
      this.addCompare(e.ops[0]!);
      return;
    }
    const cleanup = this.newBlock();
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.comparators[i]!);
      this.addop(Op.SWAP, 2);
      this.addop(Op.COPY, 2);
      this.addCompare(e.ops[i]!);
      this.addopJ(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.visitExpr(e.comparators[n]!);
    this.addCompare(e.ops[n]!);
    const end = this.newBlock();
    this.addopJNoline(JUMP, end);
    this.useNextBlock(cleanup);
    this.addop(Op.SWAP, 2);
    this.addop(Op.POP_TOP);
    this.useNextBlock(end);
  }

  private isImportOriginated(e: ast.expr): boolean {
    if (e._type !== "Name") return false;
    return (this.st.top.getSymbol(e.id) & 128) !== 0;
  }

  private maybeOptimizeMethodCall(e: ast.Call): boolean {
    const meth = e.func;
    const args = e.args;
    const kwds = e.keywords;
    if (meth._type !== "Attribute" || meth.ctx._type !== "Load") return false;
    if (this.isImportOriginated(meth.value)) return false;
    const argsl = args.length;
    const kwdsl = kwds.length;
    if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (args.some((a) => a._type === "Starred")) return false;
    if (kwds.some((k) => k.arg === null)) return false;
    this.visitExpr(meth.value);
    this.setLoc(meth);
    this.updateStartLocationToMatchAttr(meth);
    this.addName(Op.LOAD_METHOD, meth.attr);
    for (const a of args) this.visitExpr(a);
    if (kwdsl) {
      for (const k of kwds) this.visitExpr(k.value);
      this.callSimpleKwHelper(kwds);
    }
    this.setLoc(e);
    this.updateStartLocationToMatchAttr(meth);
    this.addCall(argsl + kwdsl);
    return true;
  }

  private validateKeywords(keywords: ast.keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const key = keywords[i]!;
      if (key.arg === null) continue;
      this.forbiddenName(key.arg, "Store");
      for (let j = i + 1; j < keywords.length; j++) {
        const other = keywords[j]!;
        if (other.arg !== null && other.arg === key.arg) {
          this.setLoc(other);
          this.error(`keyword argument repeated: ${key.arg}`);
        }
      }
    }
  }

  private checkCaller(e: ast.expr): void {
    const t = inferTypeName(e);
    switch (e._type) {
      case "Constant":
      case "Tuple":
      case "List":
      case "ListComp":
      case "Dict":
      case "DictComp":
      case "Set":
      case "SetComp":
      case "GeneratorExp":
      case "JoinedStr":
      case "FormattedValue":
        this.warn(`'${t}' object is not callable; perhaps you missed a comma?`);
    }
  }

  private compileCall(e: ast.Call): void {
    this.validateKeywords(e.keywords);
    if (this.maybeOptimizeMethodCall(e)) return;
    this.checkCaller(e.func);
    this.setLoc(e.func);
    this.addop(Op.PUSH_NULL);
    this.setLoc(e);
    this.visitExpr(e.func);
    this.callHelper(0, e.args, e.keywords);
  }

  private compileJoinedStr(e: ast.JoinedStr): void {
    const values = e.values;
    if (values.length > STACK_USE_GUIDELINE) {
      this.loadConst("");
      this.addName(Op.LOAD_METHOD, "join");
      this.addop(Op.BUILD_LIST, 0);
      for (const v of values) {
        this.visitExpr(v);
        this.addop(Op.LIST_APPEND, 1);
      }
      this.addCall(1);
    } else {
      for (const v of values) this.visitExpr(v);
      if (values.length !== 1) this.addop(Op.BUILD_STRING, values.length);
    }
  }

  private compileFormattedValue(e: ast.FormattedValue): void {
    this.visitExpr(e.value);
    let oparg: number;
    switch (e.conversion) {
      case 115:
        oparg = 1;
        break;
      case 114:
        oparg = 2;
        break;
      case 97:
        oparg = 3;
        break;
      case -1:
        oparg = 0;
        break;
      default:
        throw new Error(`Unrecognized conversion character ${e.conversion}`);
    }
    if (e.format_spec) {
      this.visitExpr(e.format_spec);
      oparg |= 0x04;
    }
    this.addop(Op.FORMAT_VALUE, oparg);
  }

  private subkwargs(keywords: ast.keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.visitExpr(keywords[i]!.value);
      const keys: string[] = [];
      for (let i = begin; i < end; i++) keys.push(keywords[i]!.arg!);
      this.loadConst(tuple(keys));
      this.addop(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addopNoline(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      const kw = keywords[i]!;
      this.loadConst(kw.arg!);
      this.visitExpr(kw.value);
      if (big) this.addopNoline(Op.MAP_ADD, 1);
    }
    if (!big) this.addop(Op.BUILD_MAP, n);
  }

  private callSimpleKwHelper(keywords: ast.keyword[]): void {
    const names = tuple(keywords.map((k) => k.arg!));
    this.addop(Op.KW_NAMES, this.addConst(names));
  }

  callHelper(n: number, args: ast.expr[], keywords: ast.keyword[]): void {
    this.validateKeywords(keywords);
    const nelts = args.length;
    const nkwelts = keywords.length;
    let exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
    if (!exCall && args.some((a) => a._type === "Starred")) exCall = true;
    if (!exCall && keywords.some((k) => k.arg === null)) exCall = true;
    if (!exCall) {
      for (const a of args) this.visitExpr(a);
      if (nkwelts) {
        for (const k of keywords) this.visitExpr(k.value);
        this.callSimpleKwHelper(keywords);
      }
      this.addCall(n + nelts + nkwelts);
      return;
    }
    if (n === 0 && nelts === 1 && args[0]!._type === "Starred") {
      this.visitExpr((args[0] as ast.Starred).value);
    } else {
      this.starunpackHelper(args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    }
    if (nkwelts) {
      let haveDict = false;
      let nseen = 0;
      for (let i = 0; i < nkwelts; i++) {
        const kw = keywords[i]!;
        if (kw.arg === null) {
          if (nseen) {
            this.subkwargs(keywords, i - nseen, i);
            if (haveDict) this.addop(Op.DICT_MERGE, 1);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            this.addop(Op.BUILD_MAP, 0);
            haveDict = true;
          }
          this.visitExpr(kw.value);
          this.addop(Op.DICT_MERGE, 1);
        } else {
          nseen++;
        }
      }
      if (nseen) {
        this.subkwargs(keywords, nkwelts - nseen, nkwelts);
        if (haveDict) this.addop(Op.DICT_MERGE, 1);
        haveDict = true;
      }
    }
    this.addop(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
  }

  // comprehensions

  private comprehensionGenerator(
    generators: ast.comprehension[],
    genIndex: number,
    depth: number,
    elt: ast.expr,
    val: ast.expr | null,
    type: Comp,
  ): void {
    const gen = generators[genIndex]!;
    if (gen.is_async) this.asyncComprehensionGenerator(generators, genIndex, depth, elt, val, type);
    else this.syncComprehensionGenerator(generators, genIndex, depth, elt, val, type);
  }

  private comprehensionElement(elt: ast.expr, val: ast.expr | null, type: Comp, depth: number): void {
    switch (type) {
      case Comp.GENEXP:
        this.visitExpr(elt);
        this.addopYield();
        this.addop(Op.POP_TOP);
        break;
      case Comp.LISTCOMP:
        this.visitExpr(elt);
        this.addop(Op.LIST_APPEND, depth + 1);
        break;
      case Comp.SETCOMP:
        this.visitExpr(elt);
        this.addop(Op.SET_ADD, depth + 1);
        break;
      case Comp.DICTCOMP:
        this.visitExpr(elt);
        this.visitExpr(val!);
        this.addop(Op.MAP_ADD, depth + 1);
        break;
    }
  }

  private syncComprehensionGenerator(
    generators: ast.comprehension[],
    genIndex: number,
    depth: number,
    elt: ast.expr,
    val: ast.expr | null,
    type: Comp,
  ): void {
    let start: Block | null = this.newBlock();
    const ifCleanup = this.newBlock();
    const anchor = this.newBlock();
    const gen = generators[genIndex]!;
    if (genIndex === 0) {
      this.u.argcount = 1;
      this.addop(Op.LOAD_FAST, 0);
    } else {
      const it = gen.iter;
      const elts = it._type === "List" || it._type === "Tuple" ? it.elts : null;
      if (elts && elts.length === 1 && elts[0]!._type !== "Starred") {
        this.visitExpr(elts[0]!);
        start = null;
      }
      if (start) {
        this.visitExpr(gen.iter);
        this.addop(Op.GET_ITER);
      }
    }
    if (start) {
      depth++;
      this.useNextBlock(start);
      this.addopJ(Op.FOR_ITER, anchor);
    }
    this.visitExpr(gen.target);
    for (const e of gen.ifs) this.jumpIf(e, ifCleanup, false);
    if (++genIndex < generators.length) {
      this.comprehensionGenerator(generators, genIndex, depth, elt, val, type);
    }
    if (genIndex >= generators.length) this.comprehensionElement(elt, val, type, depth);
    this.useNextBlock(ifCleanup);
    if (start) {
      this.addopJ(JUMP, start);
      this.useNextBlock(anchor);
    }
  }

  private asyncComprehensionGenerator(
    generators: ast.comprehension[],
    genIndex: number,
    depth: number,
    elt: ast.expr,
    val: ast.expr | null,
    type: Comp,
  ): void {
    const start = this.newBlock();
    const except = this.newBlock();
    const ifCleanup = this.newBlock();
    const gen = generators[genIndex]!;
    if (genIndex === 0) {
      this.u.argcount = 1;
      this.addop(Op.LOAD_FAST, 0);
    } else {
      this.visitExpr(gen.iter);
      this.addop(Op.GET_AITER);
    }
    this.useNextBlock(start);
    this.pushFBlock(FBlockType.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
    this.addopJ(SETUP_FINALLY, except);
    this.addop(Op.GET_ANEXT);
    this.loadConst(null);
    this.addYieldFrom(true);
    this.addop(POP_BLOCK);
    this.visitExpr(gen.target);
    for (const e of gen.ifs) this.jumpIf(e, ifCleanup, false);
    depth++;
    if (++genIndex < generators.length) {
      this.comprehensionGenerator(generators, genIndex, depth, elt, val, type);
    }
    if (genIndex >= generators.length) this.comprehensionElement(elt, val, type, depth);
    this.useNextBlock(ifCleanup);
    this.addopJ(JUMP, start);
    this.popFBlock();
    this.useNextBlock(except);
    this.addop(Op.END_ASYNC_FOR);
  }

  private compileComprehension(
    e: ast.expr,
    type: Comp,
    name: string,
    generators: ast.comprehension[],
    elt: ast.expr,
    val: ast.expr | null,
  ): void {
    const scopeType = this.u.scopeType;
    const outermost = generators[0]!;
    this.enterScope(name, ScopeType.COMPREHENSION, e, e.lineno);
    this.setLoc(e);
    const isAsyncGenerator = this.u.ste.coroutine;
    if (
      isAsyncGenerator &&
      type !== Comp.GENEXP &&
      scopeType !== ScopeType.ASYNC_FUNCTION &&
      scopeType !== ScopeType.COMPREHENSION
    ) {
      this.error("asynchronous comprehension outside of an asynchronous function");
    }
    if (type !== Comp.GENEXP) {
      this.addop(
        type === Comp.LISTCOMP ? Op.BUILD_LIST : type === Comp.SETCOMP ? Op.BUILD_SET : Op.BUILD_MAP,
        0,
      );
    }
    this.comprehensionGenerator(generators, 0, 0, elt, val, type);
    if (type !== Comp.GENEXP) this.addop(Op.RETURN_VALUE);
    const co = this.assembleUnit(true);
    const qualname = this.u.qualname;
    this.exitScope();
    this.makeClosure(co, 0, qualname);
    this.visitExpr(outermost.iter);
    this.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
    this.addCall(0);
    if (isAsyncGenerator && type !== Comp.GENEXP) {
      this.addop(Op.GET_AWAITABLE, 0);
      this.loadConst(null);
      this.addYieldFrom(true);
    }
  }

  // subscripts

  private checkSubscripter(e: ast.expr): void {
    switch (e._type) {
      case "Constant": {
        const v = e.value as CompiledConst;
        const kind = typeof v === "object" && v !== null ? (v as { kind: string }).kind : null;
        if (
          !(
            v === null ||
            kind === "ellipsis" ||
            typeof v === "bigint" ||
            typeof v === "boolean" ||
            typeof v === "number" ||
            kind === "complex" ||
            kind === "frozenset"
          )
        ) {
          return;
        }
        break;
      }
      case "Set":
      case "SetComp":
      case "GeneratorExp":
      case "Lambda":
        break;
      default:
        return;
    }
    this.warn(`'${inferTypeName(e)}' object is not subscriptable; perhaps you missed a comma?`);
  }

  private checkIndex(e: ast.expr, s: ast.expr): void {
    const indexType = inferTypeName(s);
    if (indexType === null || indexType === "int" || indexType === "bool" || indexType === "slice") return;
    switch (e._type) {
      case "Constant": {
        const v = e.value as CompiledConst;
        const kind = typeof v === "object" && v !== null ? (v as { kind: string }).kind : null;
        if (!(typeof v === "string" || kind === "bytes" || kind === "tuple")) return;
        break;
      }
      case "Tuple":
      case "List":
      case "ListComp":
      case "JoinedStr":
      case "FormattedValue":
        break;
      default:
        return;
    }
    this.warn(
      `${inferTypeName(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`,
    );
  }

  private compileSubscript(e: ast.Subscript): void {
    const ctx = e.ctx._type;
    if (ctx === "Load") {
      this.checkSubscripter(e.value);
      this.checkIndex(e.value, e.slice);
    }
    this.visitExpr(e.value);
    this.visitExpr(e.slice);
    this.addop(ctx === "Load" ? Op.BINARY_SUBSCR : ctx === "Store" ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
  }

  private compileSlice(s: ast.Slice): void {
    let n = 2;
    if (s.lower) this.visitExpr(s.lower);
    else this.loadConst(null);
    if (s.upper) this.visitExpr(s.upper);
    else this.loadConst(null);
    if (s.step) {
      n++;
      this.visitExpr(s.step);
    }
    this.addop(Op.BUILD_SLICE, n);
  }

  // match

  private compileMatch(s: ast.Match): void {
    this.visitExpr(s.subject);
    const end = this.newBlock();
    const cases = s.cases.length;
    let m = s.cases[cases - 1]!;
    const hasDefault = isWildcard(m.pattern) && cases > 1 ? 1 : 0;
    const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
    for (let i = 0; i < cases - hasDefault; i++) {
      m = s.cases[i]!;
      this.setLoc(m.pattern);
      if (i !== cases - hasDefault - 1) this.addop(Op.COPY, 1);
      pc.stores = [];
      pc.allowIrrefutable = m.guard !== null || i === cases - 1;
      pc.failPop = [];
      pc.onTop = 0;
      compilePattern(this, m.pattern, pc);
      for (const name of pc.stores) this.nameop(name, "Store");
      if (m.guard) {
        ensureFailPop(this, pc, 0);
        this.jumpIf(m.guard, pc.failPop[0]!, false);
      }
      if (i !== cases - hasDefault - 1) this.addop(Op.POP_TOP);
      this.visitStmts(m.body);
      this.unsetLoc();
      this.addopJ(JUMP, end);
      this.setLoc(m.pattern);
      emitAndResetFailPop(this, pc);
    }
    if (hasDefault) {
      m = s.cases[cases - 1]!;
      this.setLoc(m.pattern);
      if (cases === 1) this.addop(Op.POP_TOP);
      else this.addop(Op.NOP);
      if (m.guard) this.jumpIf(m.guard, end, false);
      this.visitStmts(m.body);
      this.unsetLoc();
    }
    this.useNextBlock(end);
  }
}

export function isWildcard(p: ast.pattern): boolean {
  return p._type === "MatchAs" && !p.name;
}

export function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  const size = n + 1;
  while (pc.failPop.length < size) pc.failPop.push(c.newBlock());
}

export function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  if (!pc.failPop.length) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useNextBlock(pc.failPop[i]!);
    c.addop(Op.POP_TOP);
  }
  c.useNextBlock(pc.failPop[0]!);
  pc.failPop = [];
}

/** The PyCF_MASK part of compile flags that code objects inherit. */
export const PYCF_MASK =
  CodeFlag.FUTURE_DIVISION |
  CodeFlag.FUTURE_ABSOLUTE_IMPORT |
  CodeFlag.FUTURE_WITH_STATEMENT |
  CodeFlag.FUTURE_PRINT_FUNCTION |
  CodeFlag.FUTURE_UNICODE_LITERALS |
  CodeFlag.FUTURE_BARRY_AS_BDFL |
  CodeFlag.FUTURE_GENERATOR_STOP |
  CodeFlag.FUTURE_ANNOTATIONS;

/** find_ann: does a block contain a (possibly nested) annotated assignment? */
function findAnn(stmts: ast.stmt[]): boolean {
  for (const st of stmts) {
    let res = false;
    switch (st._type) {
      case "AnnAssign":
        return true;
      case "For":
      case "AsyncFor":
      case "While":
      case "If":
        res = findAnn(st.body) || findAnn(st.orelse);
        break;
      case "With":
      case "AsyncWith":
        res = findAnn(st.body);
        break;
      case "Try":
      case "TryStar":
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        res = findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse);
        break;
      case "Match":
        for (const c of st.cases) if (findAnn(c.body)) return true;
        break;
      default:
        res = false;
    }
    if (res) return true;
  }
  return false;
}

/** infer_type(e)->tp_name, for warnings; null when unknown. */
function inferTypeName(e: ast.expr): string | null {
  switch (e._type) {
    case "Tuple":
      return "tuple";
    case "List":
    case "ListComp":
      return "list";
    case "Dict":
    case "DictComp":
      return "dict";
    case "Set":
    case "SetComp":
      return "set";
    case "GeneratorExp":
      return "generator";
    case "Lambda":
      return "function";
    case "JoinedStr":
    case "FormattedValue":
      return "str";
    case "Slice":
      return null;
    case "Constant": {
      const v = e.value as CompiledConst;
      if (v === null) return "NoneType";
      switch (typeof v) {
        case "boolean":
          return "bool";
        case "bigint":
          return "int";
        case "number":
          return "float";
        case "string":
          return "str";
      }
      if (isCode(v)) return "code";
      return (
        {
          ellipsis: "ellipsis",
          bytes: "bytes",
          complex: "complex",
          tuple: "tuple",
          frozenset: "frozenset",
        } as Record<string, string>
      )[(v as { kind: string }).kind]!;
    }
    default:
      return null;
  }
}

export type { Instr };
