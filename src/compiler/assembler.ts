/**
 * `assemble()` of CPython 3.11's compile.c: runs the flow-graph passes in CPython's order,
 * inserts the prefix instructions (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR), maps cell and
 * free variable numbers to localsplus slots, and writes the CodeUnit: (op, arg) pairs with
 * absolute jump targets, per-instruction positions, the exception table in instruction indices.
 */
import type { CodeUnit, CompiledConst, ExceptionTableEntry } from "./code.js";
import {
  type Block,
  ConstList,
  cleanBasicBlock,
  convertExceptionHandlersToNops,
  duplicateExitsWithoutLineno,
  extendBlock,
  type Graph,
  guaranteeLinenoForExits,
  type Instr,
  isJump,
  labelExceptionTargets,
  normalizeBasicBlock,
  normalizeJumps,
  optimizeCfg,
  PRECALL,
  propagateLineNumbers,
  stackdepth,
  trimUnusedConsts,
} from "./flowgraph.js";
import { CodeFlag, FastKind, Op } from "./opcodes.js";

export interface AssemblyInput {
  graph: Graph;
  name: string;
  qualname: string;
  filename: string;
  /** 0 = take it from the first instruction. */
  firstlineno: number;
  consts: CompiledConst[];
  names: string[];
  /** Arguments and locals, in co_varnames order. */
  varnames: string[];
  /** Cell variables in cell-number order (CPython's u_cellvars). */
  cellvars: string[];
  /** Free variables in free-number order (numbered after the cells). */
  freevars: string[];
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  /** Generators and coroutines start with one value (the sent None) on the stack. */
  generatorLike: boolean;
}

function insertPrefixInstructions(inp: AssemblyInput, entry: Block, fixed: number[]): void {
  const flags = inp.flags;
  if (flags & (CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR)) {
    entry.instrs.splice(
      0,
      0,
      mk(Op.RETURN_GENERATOR, 0, inp.firstlineno, inp.firstlineno, -1, -1),
      mk(Op.POP_TOP, 0, -1, -1, -1, -1),
    );
  }
  const ncellvars = inp.cellvars.length;
  if (ncellvars) {
    const nvars = ncellvars + inp.varnames.length;
    const sorted = new Array<number>(nvars).fill(0);
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]!] = i + 1;
    for (let i = 0, used = 0; used < ncellvars; i++) {
      const oldindex = sorted[i]! - 1;
      if (oldindex === -1) continue;
      entry.instrs.splice(used, 0, mk(Op.MAKE_CELL, oldindex, -1, -1, -1, -1));
      used++;
    }
  }
  if (inp.freevars.length) {
    entry.instrs.splice(0, 0, mk(Op.COPY_FREE_VARS, inp.freevars.length, -1, -1, -1, -1));
  }
}

/** Opcodes without an argument (below HAVE_ARGUMENT in CPython): their arg is written as 0. */
const NO_ARG = new Set<number>([
  Op.NOP,
  Op.POP_TOP,
  Op.PUSH_NULL,
  Op.UNARY_POSITIVE,
  Op.UNARY_NEGATIVE,
  Op.UNARY_NOT,
  Op.UNARY_INVERT,
  Op.BINARY_SUBSCR,
  Op.STORE_SUBSCR,
  Op.DELETE_SUBSCR,
  Op.GET_ITER,
  Op.GET_YIELD_FROM_ITER,
  Op.PRINT_EXPR,
  Op.LOAD_BUILD_CLASS,
  Op.LOAD_ASSERTION_ERROR,
  Op.RETURN_VALUE,
  Op.IMPORT_STAR,
  Op.SETUP_ANNOTATIONS,
  Op.YIELD_VALUE,
  Op.ASYNC_GEN_WRAP,
  Op.PREP_RERAISE_STAR,
  Op.POP_EXCEPT,
  Op.PUSH_EXC_INFO,
  Op.CHECK_EXC_MATCH,
  Op.CHECK_EG_MATCH,
  Op.WITH_EXCEPT_START,
  Op.BEFORE_WITH,
  Op.BEFORE_ASYNC_WITH,
  Op.GET_AITER,
  Op.GET_ANEXT,
  Op.END_ASYNC_FOR,
  Op.RETURN_GENERATOR,
  Op.LIST_TO_TUPLE,
  Op.GET_LEN,
  Op.MATCH_MAPPING,
  Op.MATCH_SEQUENCE,
  Op.MATCH_KEYS,
  Op.LOAD_ASSERTION_ERROR,
]);

function mk(op: number, arg: number, lineno: number, endLineno: number, col: number, endCol: number): Instr {
  return { op, arg, target: null, except: null, lineno, endLineno, col, endCol };
}

function isDerefOp(op: number): boolean {
  return (
    op === Op.MAKE_CELL ||
    op === Op.LOAD_CLOSURE ||
    op === Op.LOAD_DEREF ||
    op === Op.STORE_DEREF ||
    op === Op.DELETE_DEREF ||
    op === Op.LOAD_CLASSDEREF
  );
}

/** Positions as co_positions() reports them after CPython's location table round trip. */
function finalPosition(i: Instr, out: Int32Array, k: number): void {
  if (i.lineno < 0) {
    out[k] = out[k + 1] = out[k + 2] = out[k + 3] = -1;
    return;
  }
  const line = i.lineno;
  const end = i.endLineno;
  let col = i.col;
  let endCol = i.endCol;
  if ((col < 0 || endCol < 0) && (end === line || end === -1)) {
    out[k] = line;
    out[k + 1] = line;
    out[k + 2] = -1;
    out[k + 3] = -1;
    return;
  }
  if (col < 0) col = -1;
  if (endCol < 0) endCol = -1;
  out[k] = line;
  out[k + 1] = end === -1 ? line : end;
  out[k + 2] = col;
  out[k + 3] = endCol;
}

export function assemble(inp: AssemblyInput): CodeUnit {
  const g = inp.graph;
  for (let k = g.blocks.length - 1; k >= 0; k--) normalizeBasicBlock(g.blocks[k]!);
  for (let k = g.blocks.length - 1; k >= 0; k--) extendBlock(g.blocks[k]!);
  const entry = g.entry;

  const nlocals = inp.varnames.length;
  const ncells = inp.cellvars.length;
  const nfrees = inp.freevars.length;
  // build_cellfixedoffsets
  const varIndex = new Map<string, number>();
  inp.varnames.forEach((n, i) => {
    varIndex.set(n, i);
  });
  const fixed: number[] = [];
  for (let i = 0; i < ncells + nfrees; i++) fixed.push(nlocals + i);
  inp.cellvars.forEach((n, i) => {
    const vi = varIndex.get(n);
    if (vi !== undefined) fixed[i] = vi;
  });

  if (!inp.firstlineno) {
    const first = entry.instrs[0];
    inp.firstlineno = first?.lineno ? first.lineno : 1;
  }

  insertPrefixInstructions(inp, entry, fixed);

  // fix_cell_offsets
  let numdropped = 0;
  for (let i = 0; i < ncells + nfrees; i++) {
    if (fixed[i] === i + nlocals) fixed[i]! -= numdropped;
    else numdropped++;
  }
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) if (isDerefOp(ins.op)) ins.arg = fixed[ins.arg]!;
  }

  const consts = new ConstList(inp.consts);
  optimizeCfg(g, consts);
  duplicateExitsWithoutLineno(g);
  trimUnusedConsts(entry, consts);
  propagateLineNumbers(entry);
  guaranteeLinenoForExits(entry, inp.firstlineno);
  const maxdepth = stackdepth(g, inp.generatorLike ? 1 : 0);

  labelExceptionTargets(entry);
  convertExceptionHandlersToNops(entry);
  for (let b: Block | null = entry; b; b = b.next) cleanBasicBlock(b);
  normalizeJumps(entry);

  // Instruction indices (PRECALL is not emitted: it belongs to the CALL after it).
  let total = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    b.offset = total;
    for (const ins of b.instrs) if (ins.op !== PRECALL) total++;
  }
  const code = new Int32Array(total * 2);
  const positions = new Int32Array(total * 4);
  const exceptionTable: ExceptionTableEntry[] = [];
  let k = 0;
  let handler: Block | null = null;
  let start = -1;
  const flush = (end: number) => {
    if (handler) {
      let depth = handler.startdepth - 1;
      if (handler.preserveLasti) depth -= 1;
      exceptionTable.push({ start, end, target: handler.offset, depth, lasti: handler.preserveLasti });
    }
  };
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      if (ins.op === PRECALL) continue;
      if (ins.except !== handler) {
        flush(k);
        start = k;
        handler = ins.except;
      }
      code[2 * k] = ins.op;
      code[2 * k + 1] = isJump(ins) ? ins.target!.offset : NO_ARG.has(ins.op) ? 0 : ins.arg;
      finalPosition(ins, positions, 4 * k);
      k++;
    }
  }
  flush(k);

  // compute_localsplus_info
  const localsplusnames: string[] = [];
  const localspluskinds: number[] = [];
  for (const n of inp.varnames) {
    localsplusnames.push(n);
    localspluskinds.push(FastKind.LOCAL);
  }
  const cellSet = new Set(inp.cellvars);
  inp.varnames.forEach((n, i) => {
    if (cellSet.has(n)) localspluskinds[i]! |= FastKind.CELL;
  });
  for (const n of inp.cellvars) {
    if (varIndex.has(n)) continue;
    localsplusnames.push(n);
    localspluskinds.push(FastKind.CELL);
  }
  for (const n of inp.freevars) {
    localsplusnames.push(n);
    localspluskinds.push(FastKind.FREE);
  }

  return {
    kind: "code",
    name: inp.name,
    qualname: inp.qualname,
    filename: inp.filename,
    firstlineno: inp.firstlineno,
    argcount: inp.argcount,
    posonlyargcount: inp.posonlyargcount,
    kwonlyargcount: inp.kwonlyargcount,
    flags: inp.flags,
    localsplusnames,
    localspluskinds,
    names: inp.names,
    consts: consts.items,
    code,
    positions,
    exceptionTable,
    stacksize: maxdepth,
  };
}
