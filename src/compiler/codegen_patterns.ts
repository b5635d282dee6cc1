/**
 * PEP 634 pattern matching, as compile.c's compiler_pattern_* routines: every routine
 * consumes the subject on top of the stack and jumps to a "fail_pop" block (which pops the
 * right number of items) on failure; captured values are kept on the stack below `onTop`
 * items and stored only once the whole pattern matched.
 */
import type * as ast from "../parser/index.js";
import type { CompiledConst } from "./code.js";
import { type Compiler, emitAndResetFailPop, ensureFailPop, isWildcard } from "./codegen.js";
import { complexReal, constKey, tuple } from "./consts.js";
import { JUMP } from "./flowgraph.js";
import { CmpOp, NbOp, Op } from "./opcodes.js";
import { reprConst } from "./unparse.js";

export interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: import("./flowgraph.js").Block[];
  onTop: number;
}

function isStarWildcard(p: ast.pattern): boolean {
  return p._type === "MatchStar" && !p.name;
}

function jumpToFailPop(c: Compiler, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addopJ(op, pc.failPop[pops]!);
}

function rotate(c: Compiler, count: number): void {
  while (1 < count) c.addop(Op.SWAP, count--);
}

function storeName(c: Compiler, n: string | null, pc: PatternContext): void {
  if (n === null) {
    c.addop(Op.POP_TOP);
    return;
  }
  if (n === "__debug__") c.error("cannot assign to __debug__");
  if (pc.stores.includes(n)) c.error(`multiple assignments to name '${n}' in pattern`);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(n);
}

function unpackHelper(c: Compiler, elts: ast.pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (elt._type === "MatchStar" && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) {
        c.error("too many expressions in star-unpacking sequence pattern");
      }
      c.addop(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elt._type === "MatchStar") {
      c.error("multiple starred expressions in sequence pattern");
    }
  }
  if (!seenStar) c.addop(Op.UNPACK_SEQUENCE, n);
}

function sequenceUnpack(c: Compiler, patterns: ast.pattern[], pc: PatternContext): void {
  unpackHelper(c, patterns);
  const size = patterns.length;
  pc.onTop += size;
  for (const p of patterns) {
    pc.onTop--;
    subpattern(c, p, pc);
  }
}

function sequenceSubscr(c: Compiler, patterns: ast.pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const p = patterns[i]!;
    if (isWildcard(p)) continue;
    if (i === star) continue;
    c.addop(Op.COPY, 1);
    if (i < star) {
      c.loadConst(BigInt(i));
    } else {
      c.addop(Op.GET_LEN);
      c.loadConst(BigInt(size - i));
      c.addop(Op.BINARY_OP, NbOp.SUBTRACT);
    }
    c.addop(Op.BINARY_SUBSCR);
    subpattern(c, p, pc);
  }
  pc.onTop--;
  c.addop(Op.POP_TOP);
}

function subpattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function patternAs(c: Compiler, p: ast.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name) c.error(`name capture '${p.name}' makes remaining patterns unreachable`);
      c.error("wildcard makes remaining patterns unreachable");
    }
    storeName(c, p.name, pc);
    return;
  }
  pc.onTop++;
  c.addop(Op.COPY, 1);
  compilePattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc);
}

function patternClass(c: Compiler, p: ast.MatchClass, pc: PatternContext): void {
  const patterns = p.patterns;
  const kwdAttrs = p.kwd_attrs;
  const kwdPatterns = p.kwd_patterns;
  const nargs = patterns.length;
  const nattrs = kwdAttrs.length;
  if (nattrs !== kwdPatterns.length) {
    c.error(`kwd_attrs (${nattrs}) / kwd_patterns (${kwdPatterns.length}) length mismatch in class pattern`);
  }
  if (nattrs) {
    for (let i = 0; i < nattrs; i++) {
      const attr = kwdAttrs[i]!;
      c.setLoc(kwdPatterns[i]!);
      if (attr === "__debug__") c.error("cannot assign to __debug__");
      for (let j = i + 1; j < nattrs; j++) {
        if (kwdAttrs[j] === attr) {
          c.setLoc(kwdPatterns[j]!);
          c.error(`attribute name repeated in class pattern: ${attr}`);
        }
      }
    }
    c.setLoc(p);
  }
  c.visitExpr(p.cls);
  c.loadConst(tuple(kwdAttrs.slice()));
  c.addop(Op.MATCH_CLASS, nargs);
  c.addop(Op.COPY, 1);
  c.loadConst(null);
  c.addop(Op.IS_OP, 1);
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.addop(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const q = i < nargs ? patterns[i]! : kwdPatterns[i - nargs]!;
    if (isWildcard(q)) {
      c.addop(Op.POP_TOP);
      continue;
    }
    subpattern(c, q, pc);
  }
}

function patternMapping(c: Compiler, p: ast.MatchMapping, pc: PatternContext): void {
  const keys = p.keys;
  const patterns = p.patterns;
  let size = keys.length;
  if (size !== patterns.length) {
    c.error(`keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`);
  }
  const starTarget = p.rest;
  pc.onTop++;
  c.addop(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (!size && !starTarget) {
    pc.onTop--;
    c.addop(Op.POP_TOP);
    return;
  }
  if (size) {
    c.addop(Op.GET_LEN);
    c.loadConst(BigInt(size));
    c.addop(Op.COMPARE_OP, CmpOp.GE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (let i = 0; i < size; i++) {
    const key = keys[i]!;
    if (key._type === "Constant") {
      const k = patternKeyEq(key.value as CompiledConst);
      if (seen.has(k))
        c.error(`mapping pattern checks duplicate key (${reprConst(key.value as CompiledConst)})`);
      seen.add(k);
    } else if (key._type !== "Attribute") {
      c.error("mapping pattern keys may only match literals and attribute lookups");
    }
    c.visitExpr(key);
  }
  c.addop(Op.BUILD_TUPLE, size);
  c.addop(Op.MATCH_KEYS);
  pc.onTop += 2;
  c.addop(Op.COPY, 1);
  c.loadConst(null);
  c.addop(Op.IS_OP, 1);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.addop(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    subpattern(c, patterns[i]!, pc);
  }
  pc.onTop -= 2;
  if (starTarget) {
    c.addop(Op.BUILD_MAP, 0);
    c.addop(Op.SWAP, 3);
    c.addop(Op.DICT_UPDATE, 2);
    c.addop(Op.UNPACK_SEQUENCE, size);
    while (size) {
      c.addop(Op.COPY, 1 + size--);
      c.addop(Op.SWAP, 2);
      c.addop(Op.DELETE_SUBSCR);
    }
    storeName(c, starTarget, pc);
  } else {
    c.addop(Op.POP_TOP);
    c.addop(Op.POP_TOP);
  }
}

function patternOr(c: Compiler, p: ast.MatchOr, pc: PatternContext): void {
  const end = c.newBlock();
  const size = p.patterns.length;
  const old: PatternContext = { ...pc, stores: pc.stores, failPop: pc.failPop };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i]!;
    c.setLoc(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addop(Op.COPY, 1);
    compilePattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (!i) {
      control = pc.stores;
    } else if (nstores !== control!.length) {
      c.error("alternative patterns bind different names");
    } else if (nstores) {
      let icontrol = nstores;
      while (icontrol--) {
        const name = control![icontrol]!;
        const istores = pc.stores.indexOf(name);
        if (istores < 0) c.error("alternative patterns bind different names");
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, icontrol + 1);
        }
      }
    }
    c.addopJ(JUMP, end);
    emitAndResetFailPop(c, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  c.addop(Op.POP_TOP);
  jumpToFailPop(c, pc, JUMP);
  c.useNextBlock(end);
  const nstores = control!.length;
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    rotate(c, nrots);
    const name = control![i]!;
    if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }
  c.addop(Op.POP_TOP);
}

function patternSequence(c: Compiler, p: ast.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const q = patterns[i]!;
    if (q._type === "MatchStar") {
      if (star >= 0) c.error("multiple starred names in sequence pattern");
      starWildcard = isStarWildcard(q);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(q);
  }
  pc.onTop++;
  c.addop(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addop(Op.GET_LEN);
    c.loadConst(BigInt(size));
    c.addop(Op.COMPARE_OP, CmpOp.EQ);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.addop(Op.GET_LEN);
    c.loadConst(BigInt(size - 1));
    c.addop(Op.COMPARE_OP, CmpOp.GE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.addop(Op.POP_TOP);
  else if (starWildcard) sequenceSubscr(c, patterns, star, pc);
  else sequenceUnpack(c, patterns, pc);
}

export function compilePattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  c.setLoc(p);
  switch (p._type) {
    case "MatchValue": {
      const v = p.value;
      if (v._type !== "Constant" && v._type !== "Attribute") {
        c.error("patterns may only match literals and attribute lookups");
      }
      c.visitExpr(v);
      c.addop(Op.COMPARE_OP, CmpOp.EQ);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      return;
    }
    case "MatchSingleton":
      c.loadConst(p.value as CompiledConst);
      c.addop(Op.IS_OP, 0);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case "MatchSequence":
      patternSequence(c, p, pc);
      return;
    case "MatchMapping":
      patternMapping(c, p, pc);
      return;
    case "MatchClass":
      patternClass(c, p, pc);
      return;
    case "MatchStar":
      storeName(c, p.name, pc);
      return;
    case "MatchAs":
      patternAs(c, p, pc);
      return;
    case "MatchOr":
      patternOr(c, p, pc);
      return;
  }
}

/**
 * A key equal for constants Python calls equal (0 == False == 0.0 == -0.0 == 0j): the set of
 * seen keys in compiler_pattern_mapping holds the constant objects themselves.
 */
function patternKeyEq(c: CompiledConst): string {
  const num = (v: number): string | null => {
    if (Number.isNaN(v)) return null;
    if (Number.isInteger(v)) return `n${BigInt(v)}`;
    return `n${v}`;
  };
  if (typeof c === "boolean") return c ? "n1" : "n0";
  if (typeof c === "bigint") return `n${c}`;
  if (typeof c === "number") return num(c) ?? constKey(c);
  if (c !== null && typeof c === "object" && c.kind === "complex") {
    if (c.imag === 0 || Object.is(c.imag, -0)) return num(complexReal(c)) ?? constKey(c);
  }
  return constKey(c);
}
