/**
 * The matching engine (CPython 3.11's Modules/_sre/sre_lib.h): a backtracking interpreter of
 * the compiled word code. Like CPython's it never recurses on the host stack: every nested
 * match ("DO_JUMP") pushes a context record on an explicit stack and resumes the caller at a
 * numbered continuation when the callee returns, and capture marks are saved and restored on a
 * separate data stack exactly where CPython saves them (MARK_PUSH/MARK_POP, LASTMARK_SAVE/
 * RESTORE), so group captures, `lastindex` and backtracking order are CPython's. Pathological
 * patterns are as slow as in CPython, and as deep as memory allows.
 *
 * The subject is an Int32Array of code points (bytes for bytes-like subjects); positions are
 * indexes into it. NULL marks are -1.
 */

import { pollBudget } from "../../vm/budget.js";
import {
  category,
  charLocIgnore,
  isAsciiWord,
  isLocaleWord,
  isUnicodeWord,
  lowerAscii,
  lowerLocale,
  lowerUnicode,
  upperLocale,
  upperUnicode,
} from "./chars.js";
import { At, Info, MAXREPEAT, Op } from "./constants.js";

/*
 * Match contexts (SRE(match_context)) and repeat contexts (SRE_REPEAT) are records in Int32Arrays
 * shared by every match (the engine never runs Python code, so one match runs to completion
 * before another starts): no objects to allocate or collect however deep the backtracking goes.
 * A context or repeat is the offset of its record; -1 is NULL.
 */
const C_COUNT = 0;
const C_CHR = 1;
/** The repeat context (u.rep). */
const C_REP = 2;
const C_LASTMARK = 3;
const C_LASTINDEX = 4;
const C_PATTERN = 5;
const C_PTR = 6;
const C_TOPLEVEL = 7;
const C_JUMP = 8;
const CTX_SIZE = 9;

const R_COUNT = 0;
/** Position of the REPEAT's skip word. */
const R_PATTERN = 1;
const R_PREV = 2;
const R_LASTPTR = 3;
const REP_SIZE = 4;

/** Records kept between matches (a deep match shrinks the arrays back to this). */
const KEEP_RECORDS = 1 << 14;

let CTX = new Int32Array(CTX_SIZE * 256);
let REP = new Int32Array(REP_SIZE * 64);
/** Offset of the next free repeat record (repeats live and die in LIFO order). */
let repTop = 0;

const EMPTY_STACK = new Int32Array(0);

export class MatchState {
  /** The subject's characters. */
  str: Int32Array;
  /** Slice bounds (state->start/end as indexes; beginning is 0). */
  start: number;
  end: number;
  pos: number;
  endpos: number;
  ptr: number;
  mark: number[];
  lastmark = -1;
  lastindex = -1;
  /** The current repeat context (-1: none). */
  repeat = -1;
  matchAll = false;
  mustAdvance = false;
  /** The data stack (saved marks and repeat last_ptr values) and its top. */
  data: Int32Array = EMPTY_STACK;
  dtop = 0;
  depth = -1;
  /** Where runMatchSteps paused (its loop's variables): see sreMatch. */
  resumeCtx = 0;
  resumePattern = 0;
  resumePtr = 0;
  resumeRet = false;
  resumeLabel = 0;

  constructor(str: Int32Array, groups: number, start: number, end: number) {
    this.str = str;
    this.mark = new Array<number>(groups * 2).fill(-1);
    const length = str.length;
    if (start < 0) start = 0;
    else if (start > length) start = length;
    if (end < 0) end = 0;
    else if (end > length) end = length;
    this.start = start;
    this.end = end;
    this.pos = start;
    this.endpos = end;
    this.ptr = start;
  }

  /** state_reset. */
  reset(): void {
    this.lastmark = -1;
    this.lastindex = -1;
    this.repeat = -1;
    this.dtop = 0;
  }
}

// Continuation labels (CPython's JUMP_* values, plus the loop heads we resume at).
const L_ENTRANCE = 100;
const L_DISPATCH = 101;
const L_EXIT = 102;
const L_BRANCH_LOOP = 103;
const L_REPEAT_ONE_1_LOOP = 104;
const L_REPEAT_ONE_2_LOOP = 105;
const L_MIN_REPEAT_ONE_LOOP = 106;
const L_MAX_UNTIL_B = 107;
const L_MAX_UNTIL_C = 108;
const L_MIN_UNTIL_B = 109;
const L_POSS_1_LOOP = 110;
const L_POSS_2_LOOP = 111;
const L_POSS_TAIL = 112;

const JUMP_NONE = 0;
const JUMP_MAX_UNTIL_1 = 1;
const JUMP_MAX_UNTIL_2 = 2;
const JUMP_MAX_UNTIL_3 = 3;
const JUMP_MIN_UNTIL_1 = 4;
const JUMP_MIN_UNTIL_2 = 5;
const JUMP_MIN_UNTIL_3 = 6;
const JUMP_REPEAT = 7;
const JUMP_REPEAT_ONE_1 = 8;
const JUMP_REPEAT_ONE_2 = 9;
const JUMP_MIN_REPEAT_ONE = 10;
const JUMP_BRANCH = 11;
const JUMP_ASSERT = 12;
const JUMP_ASSERT_NOT = 13;
const JUMP_POSS_REPEAT_1 = 14;
const JUMP_POSS_REPEAT_2 = 15;
const JUMP_ATOMIC_GROUP = 16;

/** The engine detected inconsistent code (CPython's SRE_ERROR_STATE / SRE_ERROR_ILLEGAL). */
export class EngineError {
  constructor(readonly code: number) {}
}

/** SRE(charset): is `ch` in the set starting at `set`? */
export function inCharset(code: Int32Array, set: number, ch: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[set++]) {
      case Op.FAILURE:
        return !ok;
      case Op.LITERAL:
        if (ch === code[set]) return ok;
        set++;
        break;
      case Op.CATEGORY:
        if (category(code[set]!, ch)) return ok;
        set++;
        break;
      case Op.CHARSET:
        if (ch < 256 && (code[set + (ch >> 5)]! >>> (ch & 31)) & 1) return ok;
        set += 8;
        break;
      case Op.RANGE:
        if (code[set]! <= ch && ch <= code[set + 1]!) return ok;
        set += 2;
        break;
      case Op.RANGE_UNI_IGNORE: {
        if (code[set]! <= ch && ch <= code[set + 1]!) return ok;
        const uch = upperUnicode(ch);
        if (code[set]! <= uch && uch <= code[set + 1]!) return ok;
        set += 2;
        break;
      }
      case Op.NEGATE:
        ok = !ok;
        break;
      case Op.BIGCHARSET: {
        const count = code[set++]!;
        let block = -1;
        if (ch < 0x10000) {
          const hi = ch >> 8;
          block = (code[set + (hi >> 2)]! >>> ((hi & 3) * 8)) & 0xff;
        }
        set += 64;
        if (block >= 0 && (code[set + ((block * 256 + (ch & 255)) >> 5)]! >>> (ch & 31)) & 1) return ok;
        set += count * 8;
        break;
      }
      default:
        // internal error -- pretend it didn't match
        return false;
    }
  }
}

function charsetLocIgnore(code: Int32Array, set: number, ch: number): boolean {
  const lo = lowerLocale(ch);
  if (inCharset(code, set, lo)) return true;
  const up = upperLocale(ch);
  return up !== lo && inCharset(code, set, up);
}

/** SRE(at). */
function atPosition(state: MatchState, ptr: number, at: number): boolean {
  const str = state.str;
  const end = state.end;
  let thisp: boolean;
  let thatp: boolean;
  switch (at) {
    case At.BEGINNING:
    case At.BEGINNING_STRING:
      return ptr === 0;
    case At.BEGINNING_LINE:
      return ptr === 0 || str[ptr - 1] === 10;
    case At.END:
      return (end - ptr === 1 && str[ptr] === 10) || ptr === end;
    case At.END_LINE:
      return ptr === end || str[ptr] === 10;
    case At.END_STRING:
      return ptr === end;
    case At.BOUNDARY:
    case At.NON_BOUNDARY:
      if (end === 0) return false;
      thatp = ptr > 0 ? isAsciiWord(str[ptr - 1]!) : false;
      thisp = ptr < end ? isAsciiWord(str[ptr]!) : false;
      return at === At.BOUNDARY ? thisp !== thatp : thisp === thatp;
    case At.LOC_BOUNDARY:
    case At.LOC_NON_BOUNDARY:
      if (end === 0) return false;
      thatp = ptr > 0 ? isLocaleWord(str[ptr - 1]!) : false;
      thisp = ptr < end ? isLocaleWord(str[ptr]!) : false;
      return at === At.LOC_BOUNDARY ? thisp !== thatp : thisp === thatp;
    case At.UNI_BOUNDARY:
    case At.UNI_NON_BOUNDARY:
      if (end === 0) return false;
      thatp = ptr > 0 ? isUnicodeWord(str[ptr - 1]!) : false;
      thisp = ptr < end ? isUnicodeWord(str[ptr]!) : false;
      return at === At.UNI_BOUNDARY ? thisp !== thatp : thisp === thatp;
  }
  return false;
}

/** Does the one-character item at `pc` match `ch`? (SRE(match) on a REPEAT_ONE body.) */
function matchOne(code: Int32Array, pc: number, ch: number): boolean {
  switch (code[pc]) {
    case Op.LITERAL:
      return ch === code[pc + 1];
    case Op.NOT_LITERAL:
      return ch !== code[pc + 1];
    case Op.ANY:
      return ch !== 10;
    case Op.ANY_ALL:
      return true;
    case Op.IN:
      return inCharset(code, pc + 2, ch);
    case Op.IN_IGNORE:
      return inCharset(code, pc + 2, lowerAscii(ch));
    case Op.IN_UNI_IGNORE:
      return inCharset(code, pc + 2, lowerUnicode(ch));
    case Op.IN_LOC_IGNORE:
      return charsetLocIgnore(code, pc + 2, ch);
    case Op.LITERAL_IGNORE:
      return lowerAscii(ch) === code[pc + 1];
    case Op.NOT_LITERAL_IGNORE:
      return lowerAscii(ch) !== code[pc + 1];
    case Op.LITERAL_UNI_IGNORE:
      return lowerUnicode(ch) === code[pc + 1];
    case Op.NOT_LITERAL_UNI_IGNORE:
      return lowerUnicode(ch) !== code[pc + 1];
    case Op.LITERAL_LOC_IGNORE:
      return charLocIgnore(code[pc + 1]!, ch);
    case Op.NOT_LITERAL_LOC_IGNORE:
      return !charLocIgnore(code[pc + 1]!, ch);
    case Op.CATEGORY:
      return category(code[pc + 1]!, ch);
  }
  throw new EngineError(-1);
}

/** SRE(count): how many times the one-character item at `pc` matches from state.ptr. */
function count(state: MatchState, code: Int32Array, pc: number, maxcount: number): number {
  const str = state.str;
  let ptr = state.ptr;
  let end = state.end;
  if (maxcount < end - ptr && maxcount !== MAXREPEAT) end = ptr + maxcount;
  const start = ptr;
  switch (code[pc]) {
    case Op.IN:
      while (ptr < end && inCharset(code, pc + 2, str[ptr]!)) ptr++;
      break;
    case Op.ANY:
      while (ptr < end && str[ptr] !== 10) ptr++;
      break;
    case Op.ANY_ALL:
      ptr = end;
      break;
    case Op.LITERAL: {
      const c = code[pc + 1]!;
      while (ptr < end && str[ptr] === c) ptr++;
      break;
    }
    case Op.LITERAL_IGNORE: {
      const c = code[pc + 1]!;
      while (ptr < end && lowerAscii(str[ptr]!) === c) ptr++;
      break;
    }
    case Op.LITERAL_UNI_IGNORE: {
      const c = code[pc + 1]!;
      while (ptr < end && lowerUnicode(str[ptr]!) === c) ptr++;
      break;
    }
    case Op.LITERAL_LOC_IGNORE: {
      const c = code[pc + 1]!;
      while (ptr < end && charLocIgnore(c, str[ptr]!)) ptr++;
      break;
    }
    case Op.NOT_LITERAL: {
      const c = code[pc + 1]!;
      while (ptr < end && str[ptr] !== c) ptr++;
      break;
    }
    case Op.NOT_LITERAL_IGNORE: {
      const c = code[pc + 1]!;
      while (ptr < end && lowerAscii(str[ptr]!) !== c) ptr++;
      break;
    }
    case Op.NOT_LITERAL_UNI_IGNORE: {
      const c = code[pc + 1]!;
      while (ptr < end && lowerUnicode(str[ptr]!) !== c) ptr++;
      break;
    }
    case Op.NOT_LITERAL_LOC_IGNORE: {
      const c = code[pc + 1]!;
      while (ptr < end && !charLocIgnore(c, str[ptr]!)) ptr++;
      break;
    }
    default:
      // repeated single character pattern
      while (ptr < end && matchOne(code, pc, str[ptr]!)) ptr++;
      break;
  }
  return ptr - start;
}

/** Room for `n` more words on the data stack. */
function dataReserve(state: MatchState, n: number): Int32Array {
  let d = state.data;
  if (state.dtop + n > d.length) {
    const bigger = new Int32Array(Math.max(d.length * 2, state.dtop + n + 64));
    bigger.set(d.subarray(0, state.dtop));
    state.data = d = bigger;
  }
  return d;
}

function dataPush(state: MatchState, v: number): void {
  const d = dataReserve(state, 1);
  d[state.dtop++] = v;
}

function dataPop(state: MatchState): number {
  return state.data[--state.dtop]!;
}

/** MARK_PUSH(lastmark). */
function markPush(state: MatchState, lastmark: number): void {
  if (lastmark >= 0) {
    const n = lastmark + 1;
    const d = dataReserve(state, n);
    const m = state.mark;
    let top = state.dtop;
    for (let i = 0; i < n; i++) d[top++] = m[i]!;
    state.dtop = top;
  }
}

/** MARK_POP(lastmark) (discard = true) / MARK_POP_KEEP (discard = false). */
function markPop(state: MatchState, lastmark: number, discard: boolean): void {
  if (lastmark >= 0) {
    const d = state.data;
    const m = state.mark;
    const base = state.dtop - (lastmark + 1);
    for (let i = 0; i <= lastmark; i++) m[i] = d[base + i]!;
    if (discard) state.dtop = base;
  }
}

function markPopDiscard(state: MatchState, lastmark: number): void {
  if (lastmark >= 0) state.dtop -= lastmark + 1;
}

/** Pushes a fresh context (CPython's DATA_ALLOC of a match_context); returns its offset. */
function allocCtx(state: MatchState): number {
  const c = ++state.depth * CTX_SIZE;
  if (c + CTX_SIZE > CTX.length) {
    const bigger = new Int32Array(CTX.length * 2);
    bigger.set(CTX);
    CTX = bigger;
  }
  return c;
}

/**
 * DO_JUMP: saves where context `c` is (pattern, ptr) and pushes the context of a nested match
 * of the code at `next`, which returns to `c` at continuation `jumpValue`.
 */
function pushCtx(
  state: MatchState,
  c: number,
  pattern: number,
  ptr: number,
  jumpValue: number,
  next: number,
  toplevel: number,
): number {
  CTX[c + C_PATTERN] = pattern;
  CTX[c + C_PTR] = ptr;
  const n = allocCtx(state);
  const C = CTX;
  C[n + C_PATTERN] = next;
  C[n + C_TOPLEVEL] = toplevel;
  C[n + C_JUMP] = jumpValue;
  return n;
}

/** After a top-level match: gives back what a deep match took beyond the records kept. */
function shrinkRecords(): void {
  if (CTX.length > KEEP_RECORDS * CTX_SIZE) CTX = new Int32Array(KEEP_RECORDS * CTX_SIZE);
  if (REP.length > KEEP_RECORDS * REP_SIZE) REP = new Int32Array(KEEP_RECORDS * REP_SIZE);
}

/** Allocates a repeat record. */
function allocRep(): number {
  const r = repTop;
  repTop += REP_SIZE;
  if (repTop > REP.length) {
    const bigger = new Int32Array(REP.length * 2);
    bigger.set(REP);
    REP = bigger;
  }
  return r;
}

/**
 * SRE(match): does the code at `pc` match at state.ptr? On success state.ptr is the end of
 * the match and the marks hold the groups.
 */
export function sreMatch(state: MatchState, code: Int32Array, pc: number, toplevel: boolean): boolean {
  // Every call is a fresh top-level match (nothing in the engine calls it recursively).
  state.depth = -1;
  repTop = 0;
  const ctx = allocCtx(state);
  CTX[ctx + C_JUMP] = JUMP_NONE;
  CTX[ctx + C_TOPLEVEL] = toplevel ? 1 : 0;
  state.resumeCtx = ctx;
  state.resumePattern = pc;
  state.resumePtr = 0;
  state.resumeRet = false;
  state.resumeLabel = L_ENTRANCE;
  // The matching loop returns every 4096 steps and is called again: a long match (deep
  // backtracking) takes V8's optimized code at its next call, with or without on-stack
  // replacement (without it, one long call stayed in baseline code: 12 times slower).
  for (;;) {
    const status = runMatchSteps(state, code);
    if (status !== MATCH_PAUSED) return status === MATCH_FOUND;
  }
}

/** runMatchSteps' results. */
const MATCH_FAILED = 0;
const MATCH_FOUND = 1;
const MATCH_PAUSED = 2;

/** SRE(match)'s loop from where sreMatch set up or where it last paused, for up to 4096 steps. */
function runMatchSteps(state: MatchState, code: Int32Array): number {
  const str = state.str;
  const end = state.end;
  const base = 0;

  let ctx = state.resumeCtx;
  let C = CTX;
  let R = REP;
  let pattern = state.resumePattern;
  let ptr = state.resumePtr;
  let ret = state.resumeRet;
  let lbl = state.resumeLabel;

  let sigcount = 0;
  main: for (;;) {
    // As _sre's SRE(match): every 4096 steps, a look at the clock and at Ctrl-C (a catastrophic
    // pattern stops with --timeout or KeyboardInterrupt instead of hanging).
    if ((++sigcount & 0xfff) === 0) {
      pollBudget();
      state.resumeCtx = ctx;
      state.resumePattern = pattern;
      state.resumePtr = ptr;
      state.resumeRet = ret;
      state.resumeLabel = lbl;
      return MATCH_PAUSED;
    }
    switch (lbl) {
      case L_ENTRANCE: {
        ptr = state.ptr;
        if (code[pattern] === Op.INFO) {
          // <INFO> <1=skip> <2=flags> <3=min> ...
          const min = code[pattern + 3]! >>> 0;
          if (min && end - ptr < min) {
            ret = false;
            lbl = L_EXIT;
            continue;
          }
          pattern += code[pattern + 1]! + 1;
        }
        lbl = L_DISPATCH;
        continue;
      }

      case L_DISPATCH: {
        // Runs ops until one fails, succeeds or needs a nested match.
        dispatch: for (;;) {
          switch (code[pattern++]) {
            case Op.MARK: {
              const i = code[pattern]!;
              if (i & 1) state.lastindex = (i >> 1) + 1;
              if (i > state.lastmark) {
                let j = state.lastmark + 1;
                while (j < i) state.mark[j++] = -1;
                state.lastmark = i;
              }
              state.mark[i] = ptr;
              pattern++;
              continue dispatch;
            }
            case Op.LITERAL:
              if (ptr >= end || str[ptr] !== code[pattern]) break dispatch;
              pattern++;
              ptr++;
              continue dispatch;
            case Op.NOT_LITERAL:
              if (ptr >= end || str[ptr] === code[pattern]) break dispatch;
              pattern++;
              ptr++;
              continue dispatch;
            case Op.SUCCESS:
              if (
                C[ctx + C_TOPLEVEL] &&
                ((state.matchAll && ptr !== state.end) || (state.mustAdvance && ptr === state.start))
              ) {
                break dispatch;
              }
              state.ptr = ptr;
              ret = true;
              lbl = L_EXIT;
              continue main;
            case Op.AT:
              if (!atPosition(state, ptr, code[pattern]!)) break dispatch;
              pattern++;
              continue dispatch;
            case Op.CATEGORY:
              if (ptr >= end || !category(code[pattern]!, str[ptr]!)) break dispatch;
              pattern++;
              ptr++;
              continue dispatch;
            case Op.ANY:
              if (ptr >= end || str[ptr] === 10) break dispatch;
              ptr++;
              continue dispatch;
            case Op.ANY_ALL:
              if (ptr >= end) break dispatch;
              ptr++;
              continue dispatch;
            case Op.IN:
              if (ptr >= end || !inCharset(code, pattern + 1, str[ptr]!)) break dispatch;
              pattern += code[pattern]!;
              ptr++;
              continue dispatch;
            case Op.LITERAL_IGNORE:
              if (ptr >= end || lowerAscii(str[ptr]!) !== code[pattern]) break dispatch;
              pattern++;
              ptr++;
              continue dispatch;
            case Op.LITERAL_UNI_IGNORE:
              if (ptr >= end || lowerUnicode(str[ptr]!) !== code[pattern]) break dispatch;
              pattern++;
              ptr++;
              continue dispatch;
            case Op.LITERAL_LOC_IGNORE:
              if (ptr >= end || !charLocIgnore(code[pattern]!, str[ptr]!)) break dispatch;
              pattern++;
              ptr++;
              continue dispatch;
            case Op.NOT_LITERAL_IGNORE:
              if (ptr >= end || lowerAscii(str[ptr]!) === code[pattern]) break dispatch;
              pattern++;
              ptr++;
              continue dispatch;
            case Op.NOT_LITERAL_UNI_IGNORE:
              if (ptr >= end || lowerUnicode(str[ptr]!) === code[pattern]) break dispatch;
              pattern++;
              ptr++;
              continue dispatch;
            case Op.NOT_LITERAL_LOC_IGNORE:
              if (ptr >= end || charLocIgnore(code[pattern]!, str[ptr]!)) break dispatch;
              pattern++;
              ptr++;
              continue dispatch;
            case Op.IN_IGNORE:
              if (ptr >= end || !inCharset(code, pattern + 1, lowerAscii(str[ptr]!))) break dispatch;
              pattern += code[pattern]!;
              ptr++;
              continue dispatch;
            case Op.IN_UNI_IGNORE:
              if (ptr >= end || !inCharset(code, pattern + 1, lowerUnicode(str[ptr]!))) break dispatch;
              pattern += code[pattern]!;
              ptr++;
              continue dispatch;
            case Op.IN_LOC_IGNORE:
              if (ptr >= end || !charsetLocIgnore(code, pattern + 1, str[ptr]!)) break dispatch;
              pattern += code[pattern]!;
              ptr++;
              continue dispatch;
            case Op.JUMP:
            case Op.INFO:
              pattern += code[pattern]!;
              continue dispatch;

            case Op.BRANCH:
              // <BRANCH> <0=skip> code <JUMP> ... <NULL>
              C[ctx + C_LASTMARK] = state.lastmark;
              C[ctx + C_LASTINDEX] = state.lastindex;
              if (state.repeat >= 0) markPush(state, C[ctx + C_LASTMARK]);
              lbl = L_BRANCH_LOOP;
              continue main;

            case Op.REPEAT_ONE: {
              // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
              const min = code[pattern + 1]! >>> 0;
              if (min > end - ptr) break dispatch;
              state.ptr = ptr;
              C[ctx + C_COUNT] = count(state, code, pattern + 3, code[pattern + 2]! >>> 0);
              ptr += C[ctx + C_COUNT];
              if (C[ctx + C_COUNT] < min) break dispatch;
              const tail = pattern + code[pattern]!;
              if (
                code[tail] === Op.SUCCESS &&
                ptr === state.end &&
                !(C[ctx + C_TOPLEVEL] && state.mustAdvance && ptr === state.start)
              ) {
                state.ptr = ptr;
                ret = true;
                lbl = L_EXIT;
                continue main;
              }
              C[ctx + C_LASTMARK] = state.lastmark;
              C[ctx + C_LASTINDEX] = state.lastindex;
              if (state.repeat >= 0) markPush(state, C[ctx + C_LASTMARK]);
              if (code[tail] === Op.LITERAL) {
                C[ctx + C_CHR] = code[tail + 1]!;
                lbl = L_REPEAT_ONE_1_LOOP;
              } else {
                lbl = L_REPEAT_ONE_2_LOOP;
              }
              continue main;
            }

            case Op.MIN_REPEAT_ONE: {
              // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
              const min = code[pattern + 1]! >>> 0;
              if (min > end - ptr) break dispatch;
              state.ptr = ptr;
              if (min === 0) {
                C[ctx + C_COUNT] = 0;
              } else {
                const n = count(state, code, pattern + 3, min);
                if (n < min) break dispatch;
                C[ctx + C_COUNT] = n;
                ptr += n;
              }
              if (
                code[pattern + code[pattern]!] === Op.SUCCESS &&
                !(
                  C[ctx + C_TOPLEVEL] &&
                  ((state.matchAll && ptr !== state.end) || (state.mustAdvance && ptr === state.start))
                )
              ) {
                state.ptr = ptr;
                ret = true;
                lbl = L_EXIT;
                continue main;
              }
              C[ctx + C_LASTMARK] = state.lastmark;
              C[ctx + C_LASTINDEX] = state.lastindex;
              if (state.repeat >= 0) markPush(state, C[ctx + C_LASTMARK]);
              lbl = L_MIN_REPEAT_ONE_LOOP;
              continue main;
            }

            case Op.POSSESSIVE_REPEAT_ONE: {
              const min = code[pattern + 1]! >>> 0;
              if (ptr + min > end) break dispatch;
              state.ptr = ptr;
              C[ctx + C_COUNT] = count(state, code, pattern + 3, code[pattern + 2]! >>> 0);
              ptr += C[ctx + C_COUNT];
              if (C[ctx + C_COUNT] < min) break dispatch;
              pattern += code[pattern]!;
              if (
                code[pattern] === Op.SUCCESS &&
                ptr === state.end &&
                !(C[ctx + C_TOPLEVEL] && state.mustAdvance && ptr === state.start)
              ) {
                state.ptr = ptr;
                ret = true;
                lbl = L_EXIT;
                continue main;
              }
              continue dispatch;
            }

            case Op.REPEAT: {
              // <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail
              const r = allocRep();
              R = REP;
              R[r + R_COUNT] = -1;
              R[r + R_PATTERN] = pattern;
              R[r + R_PREV] = state.repeat;
              R[r + R_LASTPTR] = -1;
              C[ctx + C_REP] = r;
              state.repeat = r;
              state.ptr = ptr;
              ctx = pushCtx(
                state,
                ctx,
                pattern,
                ptr,
                JUMP_REPEAT,
                pattern + code[pattern]!,
                C[ctx + C_TOPLEVEL],
              );
              C = CTX;
              pattern = C[ctx + C_PATTERN]!;
              lbl = L_ENTRANCE;
              continue main;
            }

            case Op.MAX_UNTIL: {
              const rep = state.repeat;
              if (rep < 0) throw new EngineError(-2);
              C[ctx + C_REP] = rep;
              state.ptr = ptr;
              C[ctx + C_COUNT] = R[rep + R_COUNT] + 1;
              if (C[ctx + C_COUNT] < code[R[rep + R_PATTERN]! + 1]! >>> 0) {
                // not enough matches
                R[rep + R_COUNT] = C[ctx + C_COUNT];
                ctx = pushCtx(
                  state,
                  ctx,
                  pattern,
                  ptr,
                  JUMP_MAX_UNTIL_1,
                  R[rep + R_PATTERN]! + 3,
                  C[ctx + C_TOPLEVEL],
                );
                C = CTX;
                pattern = C[ctx + C_PATTERN]!;
                lbl = L_ENTRANCE;
                continue main;
              }
              lbl = L_MAX_UNTIL_B;
              continue main;
            }

            case Op.MIN_UNTIL: {
              const rep = state.repeat;
              if (rep < 0) throw new EngineError(-2);
              C[ctx + C_REP] = rep;
              state.ptr = ptr;
              C[ctx + C_COUNT] = R[rep + R_COUNT] + 1;
              if (C[ctx + C_COUNT] < code[R[rep + R_PATTERN]! + 1]! >>> 0) {
                R[rep + R_COUNT] = C[ctx + C_COUNT];
                ctx = pushCtx(
                  state,
                  ctx,
                  pattern,
                  ptr,
                  JUMP_MIN_UNTIL_1,
                  R[rep + R_PATTERN]! + 3,
                  C[ctx + C_TOPLEVEL],
                );
                C = CTX;
                pattern = C[ctx + C_PATTERN]!;
                lbl = L_ENTRANCE;
                continue main;
              }
              lbl = L_MIN_UNTIL_B;
              continue main;
            }

            case Op.POSSESSIVE_REPEAT:
              state.ptr = ptr;
              C[ctx + C_COUNT] = 0;
              lbl = L_POSS_1_LOOP;
              continue main;

            case Op.ATOMIC_GROUP:
              state.ptr = ptr;
              ctx = pushCtx(state, ctx, pattern, ptr, JUMP_ATOMIC_GROUP, pattern + 1, 0);
              C = CTX;
              pattern = C[ctx + C_PATTERN]!;
              lbl = L_ENTRANCE;
              continue main;

            case Op.GROUPREF:
            case Op.GROUPREF_IGNORE:
            case Op.GROUPREF_UNI_IGNORE:
            case Op.GROUPREF_LOC_IGNORE: {
              const op = code[pattern - 1]!;
              const groupref = code[pattern]! * 2;
              if (groupref >= state.lastmark) break dispatch;
              let p = state.mark[groupref]!;
              const e = state.mark[groupref + 1]!;
              if (p < 0 || e < 0 || e < p) break dispatch;
              let ok = true;
              while (p < e) {
                if (ptr >= end) {
                  ok = false;
                  break;
                }
                const a = str[ptr]!;
                const b = str[p]!;
                if (op === Op.GROUPREF) {
                  if (a !== b) ok = false;
                } else if (op === Op.GROUPREF_IGNORE) {
                  if (lowerAscii(a) !== lowerAscii(b)) ok = false;
                } else if (op === Op.GROUPREF_UNI_IGNORE) {
                  if (lowerUnicode(a) !== lowerUnicode(b)) ok = false;
                } else if (lowerLocale(a) !== lowerLocale(b)) {
                  ok = false;
                }
                if (!ok) break;
                p++;
                ptr++;
              }
              if (!ok) break dispatch;
              pattern++;
              continue dispatch;
            }

            case Op.GROUPREF_EXISTS: {
              // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
              const groupref = code[pattern]! * 2;
              if (groupref >= state.lastmark) {
                pattern += code[pattern + 1]!;
                continue dispatch;
              }
              const p = state.mark[groupref]!;
              const e = state.mark[groupref + 1]!;
              if (p < 0 || e < 0 || e < p) {
                pattern += code[pattern + 1]!;
                continue dispatch;
              }
              pattern += 2;
              continue dispatch;
            }

            case Op.ASSERT: {
              // <ASSERT> <skip> <back> <pattern>
              const back = code[pattern + 1]! >>> 0;
              if (ptr < back) break dispatch;
              state.ptr = ptr - back;
              ctx = pushCtx(state, ctx, pattern, ptr, JUMP_ASSERT, pattern + 2, 0);
              C = CTX;
              pattern = C[ctx + C_PATTERN]!;
              lbl = L_ENTRANCE;
              continue main;
            }

            case Op.ASSERT_NOT: {
              const back = code[pattern + 1]! >>> 0;
              if (ptr >= back) {
                state.ptr = ptr - back;
                C[ctx + C_LASTMARK] = state.lastmark;
                C[ctx + C_LASTINDEX] = state.lastindex;
                if (state.repeat >= 0) markPush(state, C[ctx + C_LASTMARK]);
                ctx = pushCtx(state, ctx, pattern, ptr, JUMP_ASSERT_NOT, pattern + 2, 0);
                C = CTX;
                pattern = C[ctx + C_PATTERN]!;
                lbl = L_ENTRANCE;
                continue main;
              }
              pattern += code[pattern]!;
              continue dispatch;
            }

            case Op.FAILURE:
              break dispatch;

            default:
              throw new EngineError(-1);
          }
        }
        // an op failed
        ret = false;
        lbl = L_EXIT;
        continue main;
      }

      case L_EXIT: {
        const jumpValue = C[ctx + C_JUMP]!;
        state.depth--;
        if (state.depth < base) {
          shrinkRecords();
          return ret ? MATCH_FOUND : MATCH_FAILED;
        }
        ctx = state.depth * CTX_SIZE;
        pattern = C[ctx + C_PATTERN]!;
        ptr = C[ctx + C_PTR]!;
        lbl = jumpValue;
        continue;
      }

      // ---- BRANCH
      case L_BRANCH_LOOP: {
        let started = false;
        while (code[pattern]) {
          const op1 = code[pattern + 1];
          if (op1 === Op.LITERAL && (ptr >= end || str[ptr] !== code[pattern + 2])) {
            pattern += code[pattern]!;
            continue;
          }
          if (op1 === Op.IN && (ptr >= end || !inCharset(code, pattern + 3, str[ptr]!))) {
            pattern += code[pattern]!;
            continue;
          }
          state.ptr = ptr;
          ctx = pushCtx(state, ctx, pattern, ptr, JUMP_BRANCH, pattern + 1, C[ctx + C_TOPLEVEL]);
          C = CTX;
          pattern = C[ctx + C_PATTERN]!;
          lbl = L_ENTRANCE;
          started = true;
          break;
        }
        if (started) continue;
        if (state.repeat >= 0) markPopDiscard(state, C[ctx + C_LASTMARK]);
        ret = false;
        lbl = L_EXIT;
        continue;
      }
      case JUMP_BRANCH:
        if (ret) {
          if (state.repeat >= 0) markPopDiscard(state, C[ctx + C_LASTMARK]);
          lbl = L_EXIT;
          continue;
        }
        if (state.repeat >= 0) markPop(state, C[ctx + C_LASTMARK], false);
        state.lastmark = C[ctx + C_LASTMARK];
        state.lastindex = C[ctx + C_LASTINDEX];
        pattern += code[pattern]!;
        lbl = L_BRANCH_LOOP;
        continue;

      // ---- REPEAT_ONE
      case L_REPEAT_ONE_1_LOOP: {
        const min = code[pattern + 1]! >>> 0;
        while (C[ctx + C_COUNT] >= min && (ptr >= end || str[ptr] !== C[ctx + C_CHR])) {
          ptr--;
          C[ctx + C_COUNT]--;
        }
        if (C[ctx + C_COUNT] < min) {
          if (state.repeat >= 0) markPopDiscard(state, C[ctx + C_LASTMARK]);
          ret = false;
          lbl = L_EXIT;
          continue;
        }
        state.ptr = ptr;
        ctx = pushCtx(
          state,
          ctx,
          pattern,
          ptr,
          JUMP_REPEAT_ONE_1,
          pattern + code[pattern]!,
          C[ctx + C_TOPLEVEL],
        );
        C = CTX;
        pattern = C[ctx + C_PATTERN]!;
        lbl = L_ENTRANCE;
        continue;
      }
      case JUMP_REPEAT_ONE_1:
      case JUMP_REPEAT_ONE_2:
        if (ret) {
          if (state.repeat >= 0) markPopDiscard(state, C[ctx + C_LASTMARK]);
          lbl = L_EXIT;
          continue;
        }
        if (state.repeat >= 0) markPop(state, C[ctx + C_LASTMARK], false);
        state.lastmark = C[ctx + C_LASTMARK];
        state.lastindex = C[ctx + C_LASTINDEX];
        ptr--;
        C[ctx + C_COUNT]--;
        lbl = lbl === JUMP_REPEAT_ONE_1 ? L_REPEAT_ONE_1_LOOP : L_REPEAT_ONE_2_LOOP;
        continue;
      case L_REPEAT_ONE_2_LOOP: {
        const min = code[pattern + 1]! >>> 0;
        if (C[ctx + C_COUNT] >= min) {
          state.ptr = ptr;
          ctx = pushCtx(
            state,
            ctx,
            pattern,
            ptr,
            JUMP_REPEAT_ONE_2,
            pattern + code[pattern]!,
            C[ctx + C_TOPLEVEL],
          );
          C = CTX;
          pattern = C[ctx + C_PATTERN]!;
          lbl = L_ENTRANCE;
          continue;
        }
        if (state.repeat >= 0) markPopDiscard(state, C[ctx + C_LASTMARK]);
        ret = false;
        lbl = L_EXIT;
        continue;
      }

      // ---- MIN_REPEAT_ONE
      case L_MIN_REPEAT_ONE_LOOP: {
        const max = code[pattern + 2]! >>> 0;
        if (max === MAXREPEAT || C[ctx + C_COUNT] <= max) {
          state.ptr = ptr;
          ctx = pushCtx(
            state,
            ctx,
            pattern,
            ptr,
            JUMP_MIN_REPEAT_ONE,
            pattern + code[pattern]!,
            C[ctx + C_TOPLEVEL]!,
          );
          pattern = C[ctx + C_PATTERN]!;
          lbl = L_ENTRANCE;
          continue;
        }
        if (state.repeat >= 0) markPopDiscard(state, C[ctx + C_LASTMARK]);
        ret = false;
        lbl = L_EXIT;
        continue;
      }
      case JUMP_MIN_REPEAT_ONE: {
        if (ret) {
          if (state.repeat >= 0) markPopDiscard(state, C[ctx + C_LASTMARK]);
          lbl = L_EXIT;
          continue;
        }
        if (state.repeat >= 0) markPop(state, C[ctx + C_LASTMARK], false);
        state.lastmark = C[ctx + C_LASTMARK];
        state.lastindex = C[ctx + C_LASTINDEX];
        state.ptr = ptr;
        const n = count(state, code, pattern + 3, 1);
        if (n === 0) {
          if (state.repeat >= 0) markPopDiscard(state, C[ctx + C_LASTMARK]);
          ret = false;
          lbl = L_EXIT;
          continue;
        }
        ptr++;
        C[ctx + C_COUNT]++;
        lbl = L_MIN_REPEAT_ONE_LOOP;
        continue;
      }

      // ---- REPEAT
      case JUMP_REPEAT:
        state.repeat = R[C[ctx + C_REP]! + R_PREV]!;
        repTop -= REP_SIZE;
        lbl = L_EXIT;
        continue;

      // ---- MAX_UNTIL
      case JUMP_MAX_UNTIL_1:
        if (ret) {
          lbl = L_EXIT;
          continue;
        }
        R[C[ctx + C_REP]! + R_COUNT] = C[ctx + C_COUNT] - 1;
        state.ptr = ptr;
        lbl = L_EXIT;
        continue;
      case L_MAX_UNTIL_B: {
        const rep = C[ctx + C_REP]!;
        const max = code[R[rep + R_PATTERN]! + 2]! >>> 0;
        if ((C[ctx + C_COUNT] < max || max === MAXREPEAT) && state.ptr !== R[rep + R_LASTPTR]) {
          // we may have enough matches, but if we can match another item, do so
          R[rep + R_COUNT] = C[ctx + C_COUNT];
          C[ctx + C_LASTMARK] = state.lastmark;
          C[ctx + C_LASTINDEX] = state.lastindex;
          markPush(state, C[ctx + C_LASTMARK]);
          // zero-width match protection
          dataPush(state, R[rep + R_LASTPTR]);
          R[rep + R_LASTPTR] = state.ptr;
          ctx = pushCtx(
            state,
            ctx,
            pattern,
            ptr,
            JUMP_MAX_UNTIL_2,
            R[rep + R_PATTERN]! + 3,
            C[ctx + C_TOPLEVEL],
          );
          C = CTX;
          pattern = C[ctx + C_PATTERN]!;
          lbl = L_ENTRANCE;
          continue;
        }
        lbl = L_MAX_UNTIL_C;
        continue;
      }
      case JUMP_MAX_UNTIL_2: {
        const rep = C[ctx + C_REP]!;
        R[rep + R_LASTPTR] = dataPop(state);
        if (ret) {
          markPopDiscard(state, C[ctx + C_LASTMARK]);
          lbl = L_EXIT;
          continue;
        }
        markPop(state, C[ctx + C_LASTMARK], true);
        state.lastmark = C[ctx + C_LASTMARK];
        state.lastindex = C[ctx + C_LASTINDEX];
        R[rep + R_COUNT] = C[ctx + C_COUNT] - 1;
        state.ptr = ptr;
        lbl = L_MAX_UNTIL_C;
        continue;
      }
      case L_MAX_UNTIL_C:
        // cannot match more repeated items here. make sure the tail matches
        state.repeat = R[C[ctx + C_REP]! + R_PREV]!;
        ctx = pushCtx(state, ctx, pattern, ptr, JUMP_MAX_UNTIL_3, pattern, C[ctx + C_TOPLEVEL]);
        C = CTX;
        pattern = C[ctx + C_PATTERN]!;
        lbl = L_ENTRANCE;
        continue;
      case JUMP_MAX_UNTIL_3:
        state.repeat = C[ctx + C_REP]!;
        if (ret) {
          lbl = L_EXIT;
          continue;
        }
        state.ptr = ptr;
        lbl = L_EXIT;
        continue;

      // ---- MIN_UNTIL
      case JUMP_MIN_UNTIL_1:
        if (ret) {
          lbl = L_EXIT;
          continue;
        }
        R[C[ctx + C_REP]! + R_COUNT] = C[ctx + C_COUNT] - 1;
        state.ptr = ptr;
        lbl = L_EXIT;
        continue;
      case L_MIN_UNTIL_B:
        // see if the tail matches
        state.repeat = R[C[ctx + C_REP]! + R_PREV]!;
        C[ctx + C_LASTMARK] = state.lastmark;
        C[ctx + C_LASTINDEX] = state.lastindex;
        if (state.repeat >= 0) markPush(state, C[ctx + C_LASTMARK]);
        ctx = pushCtx(state, ctx, pattern, ptr, JUMP_MIN_UNTIL_2, pattern, C[ctx + C_TOPLEVEL]);
        C = CTX;
        pattern = C[ctx + C_PATTERN]!;
        lbl = L_ENTRANCE;
        continue;
      case JUMP_MIN_UNTIL_2: {
        const rep = C[ctx + C_REP]!;
        const repeatOfTail = state.repeat;
        state.repeat = rep;
        if (ret) {
          if (repeatOfTail >= 0) markPopDiscard(state, C[ctx + C_LASTMARK]);
          lbl = L_EXIT;
          continue;
        }
        if (repeatOfTail >= 0) markPop(state, C[ctx + C_LASTMARK], true);
        state.lastmark = C[ctx + C_LASTMARK];
        state.lastindex = C[ctx + C_LASTINDEX];
        state.ptr = ptr;
        const max = code[R[rep + R_PATTERN]! + 2]! >>> 0;
        if ((C[ctx + C_COUNT] >= max && max !== MAXREPEAT) || state.ptr === R[rep + R_LASTPTR]) {
          ret = false;
          lbl = L_EXIT;
          continue;
        }
        R[rep + R_COUNT] = C[ctx + C_COUNT];
        // zero-width match protection
        dataPush(state, R[rep + R_LASTPTR]);
        R[rep + R_LASTPTR] = state.ptr;
        ctx = pushCtx(
          state,
          ctx,
          pattern,
          ptr,
          JUMP_MIN_UNTIL_3,
          R[rep + R_PATTERN]! + 3,
          C[ctx + C_TOPLEVEL],
        );
        C = CTX;
        pattern = C[ctx + C_PATTERN]!;
        lbl = L_ENTRANCE;
        continue;
      }
      case JUMP_MIN_UNTIL_3: {
        const rep = C[ctx + C_REP]!;
        R[rep + R_LASTPTR] = dataPop(state);
        if (ret) {
          lbl = L_EXIT;
          continue;
        }
        R[rep + R_COUNT] = C[ctx + C_COUNT] - 1;
        state.ptr = ptr;
        lbl = L_EXIT;
        continue;
      }

      // ---- POSSESSIVE_REPEAT
      case L_POSS_1_LOOP:
        if (C[ctx + C_COUNT] < code[pattern + 1]! >>> 0) {
          ctx = pushCtx(state, ctx, pattern, ptr, JUMP_POSS_REPEAT_1, pattern + 3, 0);
          C = CTX;
          pattern = C[ctx + C_PATTERN]!;
          lbl = L_ENTRANCE;
          continue;
        }
        ptr = -1;
        lbl = L_POSS_2_LOOP;
        continue;
      case JUMP_POSS_REPEAT_1:
        if (ret) {
          C[ctx + C_COUNT]++;
          lbl = L_POSS_1_LOOP;
          continue;
        }
        state.ptr = ptr;
        lbl = L_EXIT;
        continue;
      case L_POSS_2_LOOP: {
        const max = code[pattern + 2]! >>> 0;
        if ((C[ctx + C_COUNT] < max || max === MAXREPEAT) && state.ptr !== ptr) {
          C[ctx + C_LASTMARK] = state.lastmark;
          C[ctx + C_LASTINDEX] = state.lastindex;
          markPush(state, C[ctx + C_LASTMARK]);
          ptr = state.ptr;
          ctx = pushCtx(state, ctx, pattern, ptr, JUMP_POSS_REPEAT_2, pattern + 3, 0);
          C = CTX;
          pattern = C[ctx + C_PATTERN]!;
          lbl = L_ENTRANCE;
          continue;
        }
        lbl = L_POSS_TAIL;
        continue;
      }
      case JUMP_POSS_REPEAT_2:
        if (ret) {
          markPopDiscard(state, C[ctx + C_LASTMARK]);
          C[ctx + C_COUNT]++;
          lbl = L_POSS_2_LOOP;
          continue;
        }
        markPop(state, C[ctx + C_LASTMARK], true);
        state.lastmark = C[ctx + C_LASTMARK];
        state.lastindex = C[ctx + C_LASTINDEX];
        state.ptr = ptr;
        lbl = L_POSS_TAIL;
        continue;
      case L_POSS_TAIL:
        pattern += code[pattern]! + 1;
        ptr = state.ptr;
        lbl = L_DISPATCH;
        continue;

      // ---- ATOMIC_GROUP
      case JUMP_ATOMIC_GROUP:
        if (!ret) {
          state.ptr = ptr;
          lbl = L_EXIT;
          continue;
        }
        pattern += code[pattern]!;
        ptr = state.ptr;
        lbl = L_DISPATCH;
        continue;

      // ---- ASSERT / ASSERT_NOT
      case JUMP_ASSERT:
        if (!ret) {
          lbl = L_EXIT;
          continue;
        }
        pattern += code[pattern]!;
        lbl = L_DISPATCH;
        continue;
      case JUMP_ASSERT_NOT:
        if (ret) {
          if (state.repeat >= 0) markPopDiscard(state, C[ctx + C_LASTMARK]);
          ret = false;
          lbl = L_EXIT;
          continue;
        }
        if (state.repeat >= 0) markPop(state, C[ctx + C_LASTMARK], true);
        state.lastmark = C[ctx + C_LASTMARK];
        state.lastindex = C[ctx + C_LASTINDEX];
        pattern += code[pattern]!;
        lbl = L_DISPATCH;
        continue;

      default:
        throw new EngineError(-2);
    }
  }
}

/**
 * Where the code at `pc` starts with a test of one character (an item that must consume the
 * character at the start position), the position of that item; else -1.
 */
function firstCharTest(code: Int32Array, pc: number): number {
  switch (code[pc]) {
    case Op.LITERAL:
    case Op.NOT_LITERAL:
    case Op.LITERAL_IGNORE:
    case Op.NOT_LITERAL_IGNORE:
    case Op.LITERAL_UNI_IGNORE:
    case Op.NOT_LITERAL_UNI_IGNORE:
    case Op.LITERAL_LOC_IGNORE:
    case Op.NOT_LITERAL_LOC_IGNORE:
    case Op.IN:
    case Op.IN_IGNORE:
    case Op.IN_UNI_IGNORE:
    case Op.IN_LOC_IGNORE:
    case Op.ANY:
    case Op.CATEGORY:
      return pc;
    case Op.REPEAT_ONE:
    case Op.MIN_REPEAT_ONE:
    case Op.POSSESSIVE_REPEAT_ONE:
      if (code[pc + 2]! >>> 0 >= 1) return firstCharTest(code, pc + 4);
      return -1;
  }
  return -1;
}

/** SRE(search): the leftmost match at or after state.start. */
export function sreSearch(state: MatchState, code: Int32Array): boolean {
  const str = state.str;
  let ptr = state.start;
  let end = state.end;
  let prefixLen = 0;
  let prefixSkip = 0;
  let prefix = 0;
  let charset = -1;
  let overlap = 0;
  let flags = 0;
  let pattern = 0;

  if (ptr > end) return false;

  if (code[0] === Op.INFO) {
    // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
    flags = code[2]!;
    const min = code[3]! >>> 0;
    if (min && end - ptr < min) return false;
    if (min > 1) {
      // adjust end point (but make sure we leave at least one character in there)
      end -= min - 1;
      if (end <= ptr) end = ptr;
    }
    if (flags & Info.PREFIX) {
      prefixLen = code[5]!;
      prefixSkip = code[6]!;
      prefix = 7;
      overlap = prefix + prefixLen - 1;
    } else if (flags & Info.CHARSET) {
      charset = 5;
    }
    pattern = 1 + code[1]!;
  }

  if (prefixLen === 1) {
    // pattern starts with a literal character
    const c = code[prefix]!;
    end = state.end;
    state.mustAdvance = false;
    while (ptr < end) {
      while (str[ptr] !== c) {
        if (++ptr >= end) return false;
      }
      state.start = ptr;
      state.ptr = ptr + prefixSkip;
      if (flags & Info.LITERAL) return true;
      if (sreMatch(state, code, pattern + 2 * prefixSkip, false)) return true;
      ++ptr;
      state.lastmark = state.lastindex = -1;
    }
    return false;
  }

  if (prefixLen > 1) {
    // pattern starts with a known prefix: use the overlap table to skip forward
    end = state.end;
    if (prefixLen > end - ptr) return false;
    while (ptr < end) {
      const c = code[prefix]!;
      while (str[ptr++] !== c) {
        if (ptr >= end) return false;
      }
      if (ptr >= end) return false;
      let i = 1;
      state.mustAdvance = false;
      do {
        if (str[ptr] === code[prefix + i]) {
          if (++i !== prefixLen) {
            if (++ptr >= end) return false;
            continue;
          }
          // found a potential match
          state.start = ptr - (prefixLen - 1);
          state.ptr = ptr - (prefixLen - prefixSkip - 1);
          if (flags & Info.LITERAL) return true;
          if (sreMatch(state, code, pattern + 2 * prefixSkip, false)) return true;
          // close but no cigar -- try again
          if (++ptr >= end) return false;
          state.lastmark = state.lastindex = -1;
        }
        i = code[overlap + i]!;
      } while (i !== 0);
    }
    return false;
  }

  if (charset >= 0) {
    // pattern starts with a character from a known set
    end = state.end;
    state.mustAdvance = false;
    for (;;) {
      while (ptr < end && !inCharset(code, charset, str[ptr]!)) ptr++;
      if (ptr >= end) return false;
      state.start = ptr;
      state.ptr = ptr;
      if (sreMatch(state, code, pattern, false)) return true;
      ptr++;
      state.lastmark = state.lastindex = -1;
    }
  }

  // general case
  state.start = state.ptr = ptr;
  let status = sreMatch(state, code, pattern, true);
  state.mustAdvance = false;
  if (
    !status &&
    code[pattern] === Op.AT &&
    (code[pattern + 1] === At.BEGINNING || code[pattern + 1] === At.BEGINNING_STRING)
  ) {
    state.start = state.ptr = end;
    return false;
  }
  // Positions where the first item cannot match fail at once in CPython without touching the
  // state: skip them here without starting the engine.
  const first = firstCharTest(code, pattern);
  while (!status && ptr < end) {
    ptr++;
    if (first >= 0) {
      // (the position ptr == end is still tried, as CPython does)
      while (ptr < end && !matchOne(code, first, str[ptr]!)) ptr++;
    }
    state.lastmark = state.lastindex = -1;
    state.start = state.ptr = ptr;
    status = sreMatch(state, code, pattern, false);
  }
  return status;
}
