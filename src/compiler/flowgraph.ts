/**
 * The control-flow graph the code generator emits into, and the passes CPython 3.11 runs on
 * it before assembly (the second half of Python/compile.c): block normalization, exit-block
 * extension, peephole optimization (constant conditions, jump threading, tuple folding,
 * SWAP elimination), dead block removal, line number propagation, stack depth and the
 * exception-handler labelling that becomes the exception table.
 *
 * Instructions use our Op numbers plus a few pseudo-instructions (negative) that exist only
 * here, as in CPython: SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH / POP_BLOCK (exception
 * regions), the direction-less JUMP / JUMP_NO_INTERRUPT, and PRECALL (kept so block sizes and
 * NOP elimination match CPython; dropped at emission).
 */
import type { CompiledConst } from "./code.js";
import { constKey, isTrue, tuple } from "./consts.js";
import { Op } from "./opcodes.js";

export const SETUP_FINALLY = -1;
export const SETUP_CLEANUP = -2;
export const SETUP_WITH = -3;
export const POP_BLOCK = -4;
export const JUMP = -5;
export const JUMP_NO_INTERRUPT = -6;
export const PRECALL = -7;

export interface Instr {
  op: number;
  arg: number;
  target: Block | null;
  except: Block | null;
  lineno: number;
  endLineno: number;
  col: number;
  endCol: number;
}

export class Block {
  instrs: Instr[] = [];
  next: Block | null = null;
  exceptStack: Block[] | null = null;
  predecessors = 0;
  startdepth = Number.MIN_SAFE_INTEGER;
  offset = 0;
  nofallthrough = false;
  preserveLasti = false;
  visited = false;
  exit = false;
  isReturn = false;
}

/** The graph of one code unit: blocks in allocation order (CPython's b_list is the reverse). */
export class Graph {
  readonly blocks: Block[] = [];

  newBlock(): Block {
    const b = new Block();
    this.blocks.push(b);
    return b;
  }

  get entry(): Block {
    return this.blocks[0]!;
  }
}

export function isBlockPush(i: Instr): boolean {
  return i.op === SETUP_FINALLY || i.op === SETUP_WITH || i.op === SETUP_CLEANUP;
}

export function isJumpOp(op: number): boolean {
  switch (op) {
    case JUMP:
    case JUMP_NO_INTERRUPT:
    case Op.JUMP:
    case Op.JUMP_BACKWARD:
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE:
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP:
    case Op.FOR_ITER:
    case Op.SEND:
      return true;
    default:
      return false;
  }
}

export function isJump(i: Instr): boolean {
  return isJumpOp(i.op);
}

function copyLoc(from: Instr, to: Instr): void {
  to.lineno = from.lineno;
  to.endLineno = from.endLineno;
  to.col = from.col;
  to.endCol = from.endCol;
}

/** stack_effect(opcode, oparg, jump): jump 0 = fall through, 1 = jump taken, -1 = max. */
export function stackEffect(op: number, oparg: number, jump: number): number {
  switch (op) {
    case Op.NOP:
    case Op.RESUME:
      return 0;
    case Op.POP_TOP:
      return -1;
    case Op.SWAP:
      return 0;
    case Op.UNARY_POSITIVE:
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_NOT:
    case Op.UNARY_INVERT:
      return 0;
    case Op.SET_ADD:
    case Op.LIST_APPEND:
      return -1;
    case Op.MAP_ADD:
      return -2;
    case Op.BINARY_SUBSCR:
      return -1;
    case Op.STORE_SUBSCR:
      return -3;
    case Op.DELETE_SUBSCR:
      return -2;
    case Op.GET_ITER:
      return 0;
    case Op.PRINT_EXPR:
      return -1;
    case Op.LOAD_BUILD_CLASS:
      return 1;
    case Op.RETURN_VALUE:
      return -1;
    case Op.IMPORT_STAR:
      return -1;
    case Op.SETUP_ANNOTATIONS:
      return 0;
    case Op.ASYNC_GEN_WRAP:
    case Op.YIELD_VALUE:
      return 0;
    case POP_BLOCK:
      return 0;
    case Op.POP_EXCEPT:
      return -1;
    case Op.STORE_NAME:
      return -1;
    case Op.DELETE_NAME:
      return 0;
    case Op.UNPACK_SEQUENCE:
      return oparg - 1;
    case Op.UNPACK_EX:
      return (oparg & 0xff) + (oparg >> 8);
    case Op.FOR_ITER:
      return jump > 0 ? -1 : 1;
    case Op.SEND:
      return jump > 0 ? -1 : 0;
    case Op.STORE_ATTR:
      return -2;
    case Op.DELETE_ATTR:
      return -1;
    case Op.STORE_GLOBAL:
      return -1;
    case Op.DELETE_GLOBAL:
      return 0;
    case Op.LOAD_CONST:
      return 1;
    case Op.LOAD_NAME:
      return 1;
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST:
    case Op.BUILD_SET:
    case Op.BUILD_STRING:
      return 1 - oparg;
    case Op.BUILD_MAP:
      return 1 - 2 * oparg;
    case Op.BUILD_CONST_KEY_MAP:
      return -oparg;
    case Op.LOAD_ATTR:
      return 0;
    case Op.COMPARE_OP:
    case Op.IS_OP:
    case Op.CONTAINS_OP:
      return -1;
    case Op.CHECK_EXC_MATCH:
    case Op.CHECK_EG_MATCH:
      return 0;
    case Op.IMPORT_NAME:
      return -1;
    case Op.IMPORT_FROM:
      return 1;
    case Op.JUMP:
    case Op.JUMP_BACKWARD:
    case JUMP:
    case JUMP_NO_INTERRUPT:
      return 0;
    case Op.JUMP_IF_TRUE_OR_POP:
    case Op.JUMP_IF_FALSE_OR_POP:
      return jump ? 0 : -1;
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE:
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
      return -1;
    case Op.LOAD_GLOBAL:
      return (oparg & 1) + 1;
    case SETUP_FINALLY:
      return jump ? 1 : 0;
    case SETUP_CLEANUP:
      return jump ? 2 : 0;
    case SETUP_WITH:
      return jump ? 1 : 0;
    case Op.PREP_RERAISE_STAR:
      return -1;
    case Op.RERAISE:
      return -1;
    case Op.PUSH_EXC_INFO:
      return 1;
    case Op.WITH_EXCEPT_START:
      return 1;
    case Op.LOAD_FAST:
      return 1;
    case Op.STORE_FAST:
      return -1;
    case Op.DELETE_FAST:
      return 0;
    case Op.RETURN_GENERATOR:
      return 0;
    case Op.RAISE_VARARGS:
      return -oparg;
    case PRECALL:
      return -oparg;
    case Op.KW_NAMES:
      return 0;
    case Op.CALL:
      return -1;
    case Op.CALL_FUNCTION_EX:
      return -2 - (oparg & 1 ? 1 : 0);
    case Op.MAKE_FUNCTION:
      return -((oparg & 1 ? 1 : 0) + (oparg & 2 ? 1 : 0) + (oparg & 4 ? 1 : 0) + (oparg & 8 ? 1 : 0));
    case Op.BUILD_SLICE:
      return oparg === 3 ? -2 : -1;
    case Op.MAKE_CELL:
    case Op.COPY_FREE_VARS:
      return 0;
    case Op.LOAD_CLOSURE:
      return 1;
    case Op.LOAD_DEREF:
    case Op.LOAD_CLASSDEREF:
      return 1;
    case Op.STORE_DEREF:
      return -1;
    case Op.DELETE_DEREF:
      return 0;
    case Op.GET_AWAITABLE:
      return 0;
    case Op.BEFORE_ASYNC_WITH:
    case Op.BEFORE_WITH:
      return 1;
    case Op.GET_AITER:
      return 0;
    case Op.GET_ANEXT:
      return 1;
    case Op.GET_YIELD_FROM_ITER:
      return 0;
    case Op.END_ASYNC_FOR:
      return -2;
    case Op.FORMAT_VALUE:
      return (oparg & 0x04) === 0x04 ? -1 : 0;
    case Op.LOAD_METHOD:
      return 1;
    case Op.LOAD_ASSERTION_ERROR:
      return 1;
    case Op.LIST_TO_TUPLE:
      return 0;
    case Op.LIST_EXTEND:
    case Op.SET_UPDATE:
    case Op.DICT_MERGE:
    case Op.DICT_UPDATE:
      return -1;
    case Op.MATCH_CLASS:
      return -2;
    case Op.GET_LEN:
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE:
    case Op.MATCH_KEYS:
      return 1;
    case Op.COPY:
    case Op.PUSH_NULL:
      return 1;
    case Op.BINARY_OP:
      return -1;
    default:
      throw new Error(`compiler: no stack effect for opcode ${op}`);
  }
}

// ---------------------------------------------------------------------------------------
// Passes, in the order `assemble` runs them.

/** normalize_basic_block: mark exits / no-fallthrough, skip jumps over empty blocks. */
export function normalizeBasicBlock(bb: Block): void {
  for (let i = 0; i < bb.instrs.length; i++) {
    const ins = bb.instrs[i]!;
    switch (ins.op) {
      case Op.RETURN_VALUE:
      case Op.RAISE_VARARGS:
      case Op.RERAISE:
        bb.exit = true;
        bb.nofallthrough = true;
        break;
      case JUMP:
      case JUMP_NO_INTERRUPT:
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP:
      case Op.FOR_ITER:
        if (ins.op === JUMP || ins.op === JUMP_NO_INTERRUPT) bb.nofallthrough = true;
        if (i !== bb.instrs.length - 1) throw new Error("malformed control flow graph.");
        while (ins.target!.instrs.length === 0) ins.target = ins.target!.next;
        break;
    }
  }
}

const MAX_COPY_SIZE = 4;

function blockHasLineno(bb: Block): boolean {
  for (const i of bb.instrs) if (i.lineno > 0) return true;
  return false;
}

/** extend_block: an unconditional jump to a small exit block without line numbers is replaced by a copy of it. */
export function extendBlock(bb: Block): void {
  const n = bb.instrs.length;
  if (n === 0) return;
  const last = bb.instrs[n - 1]!;
  if (last.op !== JUMP) return;
  const target = last.target!;
  if (target.exit && target.instrs.length <= MAX_COPY_SIZE) {
    if (blockHasLineno(target)) return;
    last.op = Op.NOP;
    for (const ins of target.instrs) bb.instrs.push({ ...ins });
    bb.exit = true;
  }
}

/** The constants of the unit being assembled (co_consts in the making). */
export class ConstList {
  readonly items: CompiledConst[];
  private readonly keys: Map<string, number>;

  constructor(items: CompiledConst[]) {
    this.items = items;
    this.keys = new Map();
    items.forEach((c, i) => {
      const k = constKey(c);
      if (!this.keys.has(k)) this.keys.set(k, i);
    });
  }

  /** Index of `c`, appended if absent (fold_tuple_on_constants' search). */
  indexOf(c: CompiledConst): number {
    const k = constKey(c);
    const i = this.keys.get(k);
    if (i !== undefined) return i;
    this.items.push(c);
    this.keys.set(k, this.items.length - 1);
    return this.items.length - 1;
  }

  truncate(n: number): void {
    if (n >= this.items.length) return;
    for (let i = n; i < this.items.length; i++) {
      const k = constKey(this.items[i]!);
      if (this.keys.get(k) === i) this.keys.delete(k);
    }
    this.items.length = n;
  }
}

function foldTupleOnConstants(instrs: Instr[], start: number, n: number, consts: ConstList): void {
  for (let i = 0; i < n; i++) if (instrs[start + i]!.op !== Op.LOAD_CONST) return;
  const items: CompiledConst[] = [];
  for (let i = 0; i < n; i++) items.push(consts.items[instrs[start + i]!.arg]!);
  const index = consts.indexOf(tuple(items));
  for (let i = 0; i < n; i++) instrs[start + i]!.op = Op.NOP;
  const b = instrs[start + n]!;
  b.op = Op.LOAD_CONST;
  b.arg = index;
}

/** swaptimize: replace a run of SWAPs/NOPs by an optimal equivalent. Returns the new index. */
function swaptimize(bb: Block, ix: number): number {
  const instrs = bb.instrs;
  let depth = instrs[ix]!.arg;
  let len = 0;
  let more = false;
  const limit = instrs.length - ix;
  while (++len < limit) {
    const op = instrs[ix + len]!.op;
    if (op === Op.SWAP) {
      depth = Math.max(depth, instrs[ix + len]!.arg);
      more = true;
    } else if (op !== Op.NOP) {
      break;
    }
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const ins = instrs[ix + i]!;
    if (ins.op === Op.SWAP) {
      const top = stack[0]!;
      stack[0] = stack[ins.arg - 1]!;
      stack[ins.arg - 1] = top;
    }
  }
  const VISITED = -1;
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        const ins = instrs[ix + current--]!;
        ins.op = Op.SWAP;
        ins.arg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j]!;
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) instrs[ix + current--]!.op = Op.NOP;
  return ix + len - 1;
}

function swappable(op: number): boolean {
  return op === Op.STORE_FAST || op === Op.POP_TOP;
}

function storesTo(i: Instr): number {
  return i.op === Op.STORE_FAST ? i.arg : -1;
}

function nextSwappableInstruction(bb: Block, i: number, lineno: number): number {
  while (++i < bb.instrs.length) {
    const ins = bb.instrs[i]!;
    if (lineno >= 0 && ins.lineno !== lineno) return -1;
    if (ins.op === Op.NOP) continue;
    if (swappable(ins.op)) return i;
    return -1;
  }
  return -1;
}

function applyStaticSwaps(bb: Block, i: number): void {
  for (; i >= 0; i--) {
    const swap = bb.instrs[i]!;
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappableInstruction(bb, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = bb.instrs[j]!.lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappableInstruction(bb, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(bb.instrs[j]!);
    const storeK = storesTo(bb.instrs[k]!);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(bb.instrs[idx]!);
        if (s >= 0 && (s === storeJ || s === storeK)) return;
      }
    }
    swap.op = Op.NOP;
    const tmp = bb.instrs[j]!;
    bb.instrs[j] = bb.instrs[k]!;
    bb.instrs[k] = tmp;
  }
}

function jumpThread(inst: Instr, target: Instr, op: number): boolean {
  if (inst.lineno === target.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.op = op;
    return true;
  }
  return false;
}

const NOP_INSTR: Instr = {
  op: Op.NOP,
  arg: 0,
  target: null,
  except: null,
  lineno: -1,
  endLineno: -1,
  col: -1,
  endCol: -1,
};

function optimizeBasicBlock(bb: Block, consts: ConstList): void {
  for (let i = 0; i < bb.instrs.length; i++) {
    const inst = bb.instrs[i]!;
    const oparg = inst.arg;
    const nextop = i + 1 < bb.instrs.length ? bb.instrs[i + 1]!.op : 0;
    let target: Instr;
    if (isJump(inst) || isBlockPush(inst)) {
      while (inst.target!.instrs.length === 0) inst.target = inst.target!.next;
      target = inst.target!.instrs[0]!;
    } else {
      target = NOP_INSTR;
    }
    switch (inst.op) {
      case Op.LOAD_CONST:
        switch (nextop) {
          case Op.POP_JUMP_IF_FALSE:
          case Op.POP_JUMP_IF_TRUE: {
            const t = isTrue(consts.items[oparg]!);
            inst.op = Op.NOP;
            const jumpIfTrue = nextop === Op.POP_JUMP_IF_TRUE;
            if (t === jumpIfTrue) {
              bb.instrs[i + 1]!.op = JUMP;
              bb.nofallthrough = true;
            } else {
              bb.instrs[i + 1]!.op = Op.NOP;
            }
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.JUMP_IF_TRUE_OR_POP: {
            const t = isTrue(consts.items[oparg]!);
            const jumpIfTrue = nextop === Op.JUMP_IF_TRUE_OR_POP;
            if (t === jumpIfTrue) {
              bb.instrs[i + 1]!.op = JUMP;
              bb.nofallthrough = true;
            } else {
              inst.op = Op.NOP;
              bb.instrs[i + 1]!.op = Op.NOP;
            }
            break;
          }
          case Op.IS_OP: {
            const cnt = consts.items[oparg];
            const jumpOp = i + 2 < bb.instrs.length ? bb.instrs[i + 2]!.op : 0;
            if (cnt === null && (jumpOp === Op.POP_JUMP_IF_FALSE || jumpOp === Op.POP_JUMP_IF_TRUE)) {
              const nextarg = bb.instrs[i + 1]!.arg & 0xff;
              inst.op = Op.NOP;
              bb.instrs[i + 1]!.op = Op.NOP;
              bb.instrs[i + 2]!.op =
                nextarg ^ (jumpOp === Op.POP_JUMP_IF_FALSE ? 1 : 0)
                  ? Op.POP_JUMP_IF_NOT_NONE
                  : Op.POP_JUMP_IF_NONE;
            }
            break;
          }
        }
        break;
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === bb.instrs[i + 1]!.arg) {
          if (oparg === 1) {
            inst.op = Op.NOP;
            bb.instrs[i + 1]!.op = Op.NOP;
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            inst.op = Op.NOP;
            bb.instrs[i + 1]!.op = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(bb.instrs, i - oparg, oparg, consts);
        break;
      case Op.JUMP_IF_FALSE_OR_POP:
        switch (target.op) {
          case Op.POP_JUMP_IF_FALSE:
            i -= jumpThread(inst, target, Op.POP_JUMP_IF_FALSE) ? 1 : 0;
            break;
          case JUMP:
          case Op.JUMP_IF_FALSE_OR_POP:
            i -= jumpThread(inst, target, Op.JUMP_IF_FALSE_OR_POP) ? 1 : 0;
            break;
          case Op.JUMP_IF_TRUE_OR_POP:
          case Op.POP_JUMP_IF_TRUE:
            if (inst.lineno === target.lineno) {
              inst.op = Op.POP_JUMP_IF_FALSE;
              inst.target = inst.target!.next;
              --i;
            }
            break;
        }
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
        switch (target.op) {
          case Op.POP_JUMP_IF_TRUE:
            i -= jumpThread(inst, target, Op.POP_JUMP_IF_TRUE) ? 1 : 0;
            break;
          case JUMP:
          case Op.JUMP_IF_TRUE_OR_POP:
            i -= jumpThread(inst, target, Op.JUMP_IF_TRUE_OR_POP) ? 1 : 0;
            break;
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.POP_JUMP_IF_FALSE:
            if (inst.lineno === target.lineno) {
              inst.op = Op.POP_JUMP_IF_TRUE;
              inst.target = inst.target!.next;
              --i;
            }
            break;
        }
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case JUMP:
        if (target.op === JUMP) i -= jumpThread(inst, target, inst.op) ? 1 : 0;
        break;
      case Op.SWAP:
        if (oparg === 1) {
          inst.op = Op.NOP;
          break;
        }
        i = swaptimize(bb, i);
        applyStaticSwaps(bb, i);
        break;
      case Op.PUSH_NULL:
        if (nextop === Op.LOAD_GLOBAL) {
          // CPython tests the *opcode*'s low bit here, which is always clear for LOAD_GLOBAL.
          inst.op = Op.NOP;
          inst.arg = 0;
          bb.instrs[i + 1]!.arg |= 1;
        }
        break;
    }
  }
}

/** clean_basic_block: remove NOPs that carry no needed line number. */
export function cleanBasicBlock(bb: Block): void {
  const instrs = bb.instrs;
  let dest = 0;
  let prevLineno = -1;
  for (let src = 0; src < instrs.length; src++) {
    const ins = instrs[src]!;
    const lineno = ins.lineno;
    if (ins.op === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < instrs.length - 1) {
        const nextLineno = instrs[src + 1]!.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          copyLoc(ins, instrs[src + 1]!);
          continue;
        }
      } else {
        let next: Block | null = bb.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next && lineno === next.instrs[0]!.lineno) continue;
      }
    }
    instrs[dest++] = ins;
    prevLineno = lineno;
  }
  instrs.length = dest;
}

function markReachable(entry: Block): void {
  const stack: Block[] = [];
  entry.predecessors = 1;
  stack.push(entry);
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && !b.nofallthrough) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const ins of b.instrs) {
      if (isJump(ins) || isBlockPush(ins)) {
        const t = ins.target!;
        if (t.predecessors === 0) stack.push(t);
        t.predecessors++;
      }
    }
  }
}

function eliminateEmptyBasicBlocks(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    let next: Block | null = b.next;
    if (next) {
      while (next.instrs.length === 0 && next.next) next = next.next;
      b.next = next;
    }
  }
  for (let b: Block | null = entry; b; b = b.next) {
    const n = b.instrs.length;
    if (n === 0) continue;
    const last = b.instrs[n - 1]!;
    if (isJump(last)) {
      let t = last.target!;
      while (t.instrs.length === 0) t = t.next!;
      last.target = t;
    }
  }
}

/** optimize_cfg. */
export function optimizeCfg(g: Graph, consts: ConstList): void {
  for (let b: Block | null = g.entry; b; b = b.next) {
    optimizeBasicBlock(b, consts);
    cleanBasicBlock(b);
  }
  for (let k = g.blocks.length - 1; k >= 0; k--) extendBlock(g.blocks[k]!);
  markReachable(g.entry);
  for (let b: Block | null = g.entry; b; b = b.next) {
    if (b.predecessors === 0) {
      b.instrs.length = 0;
      b.nofallthrough = false;
    }
  }
  eliminateEmptyBasicBlocks(g.entry);
  for (let b: Block | null = g.entry; b; b = b.next) cleanBasicBlock(b);
  let maybeEmpty = false;
  for (let b: Block | null = g.entry; b; b = b.next) {
    const n = b.instrs.length;
    if (n > 0) {
      const last: Instr = b.instrs[n - 1]!;
      if ((last.op === JUMP || last.op === JUMP_NO_INTERRUPT) && last.target === b.next) {
        b.nofallthrough = false;
        last.op = Op.NOP;
        maybeEmpty = true;
      }
    }
  }
  if (maybeEmpty) eliminateEmptyBasicBlocks(g.entry);
}

function isExitWithoutLineno(b: Block): boolean {
  if (!b.exit) return false;
  for (const i of b.instrs) if (i.lineno >= 0) return false;
  return true;
}

/** duplicate_exits_without_lineno. */
export function duplicateExitsWithoutLineno(g: Graph): void {
  // CPython walks b_list, newest block first; copies are allocated (and so visited) as it goes.
  const snapshot = g.blocks.slice().reverse();
  for (const b of snapshot) {
    const n = b.instrs.length;
    if (n > 0 && isJump(b.instrs[n - 1]!)) {
      const last = b.instrs[n - 1]!;
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const nt = g.newBlock();
        for (const ins of target.instrs) nt.instrs.push({ ...ins });
        nt.exit = target.exit;
        nt.nofallthrough = true;
        copyLoc(last, nt.instrs[0]!);
        last.target = nt;
        target.predecessors--;
        nt.predecessors = 1;
        nt.next = target.next;
        target.next = nt;
      }
    }
  }
  for (let k = g.blocks.length - 1; k >= 0; k--) {
    const b = g.blocks[k]!;
    while (b.next && b.next.instrs.length === 0) b.next = b.next.next;
  }
  for (let k = g.blocks.length - 1; k >= 0; k--) {
    const b = g.blocks[k]!;
    if (!b.nofallthrough && b.next && b.instrs.length > 0) {
      if (isExitWithoutLineno(b.next)) copyLoc(b.instrs[b.instrs.length - 1]!, b.next.instrs[0]!);
    }
  }
}

/** trim_unused_consts: drop trailing constants nothing loads (the first one, maybe a docstring, stays). */
export function trimUnusedConsts(entry: Block, consts: ConstList): void {
  let max = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    for (const i of b.instrs) {
      if ((i.op === Op.LOAD_CONST || i.op === Op.KW_NAMES) && i.arg > max) max = i.arg;
    }
  }
  consts.truncate(max + 1);
}

/** propagate_line_numbers. */
export function propagateLineNumbers(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    const n = b.instrs.length;
    if (n === 0) continue;
    const prev: Instr = { ...NOP_INSTR };
    for (const ins of b.instrs) {
      if (ins.lineno < 0) copyLoc(prev, ins);
      else copyLoc(ins, prev);
    }
    if (!b.nofallthrough && b.next!.predecessors === 1) {
      const first = b.next!.instrs[0]!;
      if (first.lineno < 0) copyLoc(prev, first);
    }
    const last = b.instrs[n - 1]!;
    if (isJump(last)) {
      const t = last.target!;
      if (t.predecessors === 1 && t.instrs[0]!.lineno < 0) copyLoc(prev, t.instrs[0]!);
    }
  }
}

/** guarantee_lineno_for_exits. */
export function guaranteeLinenoForExits(entry: Block, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: Block | null = entry; b; b = b.next) {
    const n = b.instrs.length;
    if (n === 0) continue;
    const last = b.instrs[n - 1]!;
    if (last.lineno < 0) {
      if (last.op === Op.RETURN_VALUE) for (const i of b.instrs) i.lineno = lineno;
    } else {
      lineno = last.lineno;
    }
  }
}

/** stackdepth: the deepest value stack any path needs. */
export function stackdepth(g: Graph, startDepth: number): number {
  for (const b of g.blocks) b.startdepth = Number.MIN_SAFE_INTEGER;
  const stack: Block[] = [];
  let maxdepth = 0;
  const push = (b: Block, depth: number) => {
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  push(g.entry, startDepth);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next: Block | null = b.next;
    for (const ins of b.instrs) {
      const effect = stackEffect(ins.op, ins.arg, 0);
      const newDepth = depth + effect;
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (isJump(ins) || isBlockPush(ins)) {
        const targetDepth = depth + stackEffect(ins.op, ins.arg, 1);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(ins.target!, targetDepth);
      }
      depth = newDepth;
      if (
        ins.op === JUMP_NO_INTERRUPT ||
        ins.op === JUMP ||
        ins.op === Op.RETURN_VALUE ||
        ins.op === Op.RAISE_VARARGS ||
        ins.op === Op.RERAISE
      ) {
        next = null;
        break;
      }
    }
    if (next) push(next, depth);
  }
  return maxdepth;
}

/** label_exception_targets: give every instruction the handler block active where it runs. */
export function labelExceptionTargets(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  const todo: Block[] = [entry];
  entry.visited = true;
  entry.exceptStack = [];
  while (todo.length) {
    const b = todo.pop()!;
    const stack: Block[] = b.exceptStack!;
    let stackGiven = false;
    b.exceptStack = null;
    let handler: Block | null = stack.length ? stack[stack.length - 1]! : null;
    for (const ins of b.instrs) {
      if (isBlockPush(ins)) {
        const t = ins.target!;
        if (!t.visited) {
          t.exceptStack = stack.slice();
          todo.push(t);
          t.visited = true;
        }
        if (ins.op === SETUP_WITH || ins.op === SETUP_CLEANUP) t.preserveLasti = true;
        stack.push(t);
        handler = t;
      } else if (ins.op === POP_BLOCK) {
        stack.pop();
        handler = stack.length ? stack[stack.length - 1]! : null;
      } else if (isJump(ins)) {
        ins.except = handler;
        const t = ins.target!;
        if (!t.visited) {
          if (!b.nofallthrough) {
            t.exceptStack = stack.slice();
          } else {
            t.exceptStack = stack;
            stackGiven = true;
          }
          todo.push(t);
          t.visited = true;
        }
      } else {
        ins.except = handler;
      }
    }
    if (!b.nofallthrough && !b.next!.visited && !stackGiven) {
      b.next!.exceptStack = stack;
      todo.push(b.next!);
      b.next!.visited = true;
    }
  }
}

export function convertExceptionHandlersToNops(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) if (isBlockPush(ins) || ins.op === POP_BLOCK) ins.op = Op.NOP;
  }
}

/** normalize_jumps: direction-less jumps become JUMP (forward) / JUMP_BACKWARD. */
export function normalizeJumps(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  for (let b: Block | null = entry; b; b = b.next) {
    b.visited = true;
    const n = b.instrs.length;
    if (n === 0) continue;
    const last = b.instrs[n - 1]!;
    if (last.op === JUMP) last.op = last.target!.visited ? Op.JUMP_BACKWARD : Op.JUMP;
    else if (last.op === JUMP_NO_INTERRUPT) last.op = Op.JUMP;
  }
}
