/**
 * Compile-time constants: identity keys (CPython's _PyCode_ConstantKey: 1, 1.0, True and
 * -0.0 are different constants), truthiness (for folding `LOAD_CONST; POP_JUMP_IF_*`), and
 * Python's arithmetic on constants, as far as CPython 3.11's AST optimizer folds it.
 * "No fold" is `undefined`: whenever Python would raise, or a size limit applies, or we
 * cannot reproduce CPython's exact result.
 */
import type { BytesConstant, ComplexConstant } from "../parser/index.js";
import { c_pow } from "../util/libm_ext.js";
import type { CodeUnit, CompiledConst, ConstComplex, ConstFrozenset, ConstTuple } from "./code.js";

export type Complexish = ComplexConstant | ConstComplex;

export function isTuple(c: CompiledConst): c is ConstTuple {
  return typeof c === "object" && c !== null && (c as { kind?: string }).kind === "tuple";
}
export function isFrozenset(c: CompiledConst): c is ConstFrozenset {
  return typeof c === "object" && c !== null && (c as { kind?: string }).kind === "frozenset";
}
export function isBytes(c: CompiledConst): c is BytesConstant {
  return typeof c === "object" && c !== null && (c as { kind?: string }).kind === "bytes";
}
export function isComplex(c: CompiledConst): c is Complexish {
  return typeof c === "object" && c !== null && (c as { kind?: string }).kind === "complex";
}
export function isCode(c: CompiledConst): c is CodeUnit {
  return typeof c === "object" && c !== null && (c as { kind?: string }).kind === "code";
}
export function isEllipsis(c: CompiledConst): boolean {
  return typeof c === "object" && c !== null && (c as { kind?: string }).kind === "ellipsis";
}
export function complexReal(c: Complexish): number {
  return "real" in c ? c.real : 0;
}

const codeKeys = new WeakMap<CodeUnit, string>();

/**
 * Code objects are merged when code_richcompare finds them equal (same name, counts, flags,
 * first line, instructions, constants, names, locals, line table and exception table): this
 * happens when CPython compiles the same source twice (a `finally` body, a `while` test).
 */
function codeKey(c: CodeUnit): string {
  let k = codeKeys.get(c);
  if (k === undefined) {
    // The constants' keys are length-prefixed, not JSON-quoted: quoting a nested code object's
    // key again at every level doubled its escapes (lambda: lambda: ... took exponential time).
    const consts = c.consts.map((x) => {
      const ck = constKey(x);
      return `${ck.length}:${ck}`;
    });
    k = `k(${JSON.stringify([
      c.name,
      c.argcount,
      c.posonlyargcount,
      c.kwonlyargcount,
      c.flags,
      c.firstlineno,
      Array.from(c.code),
      c.names,
      c.localsplusnames,
      Array.from(c.positions),
      c.exceptionTable,
    ])}${consts.join("")})`;
    codeKeys.set(c, k);
  }
  return k;
}

let nextNanId = 0;

function floatKey(v: number): string {
  if (Object.is(v, -0)) return "-0";
  // Every NaN is its own constant: CPython's keys compare NaN objects by identity.
  if (Number.isNaN(v)) return `nan#${nextNanId++}`;
  return String(v);
}

function bytesHex(b: Uint8Array): string {
  let s = "";
  for (const x of b) s += (x < 16 ? "0" : "") + x.toString(16);
  return s;
}

/** A string that is equal for two constants exactly when CPython merges them in co_consts. */
export function constKey(c: CompiledConst): string {
  if (c === null) return "N";
  switch (typeof c) {
    case "boolean":
      return c ? "T" : "F";
    case "bigint":
      return `i${c}`;
    case "number":
      return `f${floatKey(c)}`;
    case "string":
      return `s${c}`;
  }
  switch (c.kind) {
    case "str": // never from the compiler's parse (exactStrings is off): its merged text
      return `s${c.text}`;
    case "ellipsis":
      return "E";
    case "bytes":
      return `y${bytesHex(c.value)}`;
    case "complex":
      return `c${floatKey(complexReal(c))},${floatKey(c.imag)}`;
    case "tuple":
      return `t(${c.items.map(constKey).join("|")})`;
    case "frozenset":
      return `z(${c.items.map(constKey).sort().join("|")})`;
    case "code":
      return codeKey(c);
  }
}

/** PyObject_IsTrue for a constant. */
export function isTrue(c: CompiledConst): boolean {
  if (c === null) return false;
  switch (typeof c) {
    case "boolean":
      return c;
    case "bigint":
      return c !== 0n;
    case "number":
      return c !== 0;
    case "string":
      return c.length > 0;
  }
  switch (c.kind) {
    case "str":
      return c.text.length > 0;
    case "ellipsis":
    case "code":
      return true;
    case "bytes":
      return c.value.length > 0;
    case "complex":
      return complexReal(c) !== 0 || c.imag !== 0;
    case "tuple":
    case "frozenset":
      return c.items.length > 0;
  }
}

export function tuple(items: CompiledConst[]): ConstTuple {
  return { kind: "tuple", items };
}

/** frozenset(items): duplicates (by Python equality of hashable constants) removed. */
export function frozenset(items: CompiledConst[]): ConstFrozenset {
  const seen = new Set<string>();
  const out: CompiledConst[] = [];
  for (const it of items) {
    const k = eqKey(it);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(it);
  }
  return { kind: "frozenset", items: out };
}

/** A key equal for constants that are == and hash alike in Python (1 == 1.0 == True). */
function eqKey(c: CompiledConst): string {
  if (typeof c === "boolean") return `n${c ? 1 : 0}`;
  if (typeof c === "bigint") return `n${c}`;
  if (typeof c === "number") {
    if (Number.isInteger(c)) return `n${BigInt(c)}`;
    return `f${String(c)}`;
  }
  if (c !== null && typeof c === "object" && c.kind === "complex" && c.imag === 0)
    return eqKey(complexReal(c));
  if (c !== null && typeof c === "object" && c.kind === "tuple") return `t(${c.items.map(eqKey).join("|")})`;
  return constKey(c);
}

// ---------------------------------------------------------------------------------------
// Python arithmetic on constants (the subset ast_opt.c can fold).

type Num = bigint | number | Complexish;

function asNumber(c: CompiledConst): Num | undefined {
  if (typeof c === "boolean") return c ? 1n : 0n;
  if (typeof c === "bigint" || typeof c === "number") return c;
  if (isComplex(c)) return c;
  return undefined;
}

export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

/** int -> float as Python does (round half even); undefined on OverflowError. */
function intToFloat(v: bigint): number | undefined {
  const f = Number(v);
  return Number.isFinite(f) ? f : undefined;
}

function complex(real: number, imag: number): ConstComplex {
  return { kind: "complex", real, imag };
}

function toComplex(n: Num): [number, number] | undefined {
  if (typeof n === "bigint") {
    const f = intToFloat(n);
    return f === undefined ? undefined : [f, 0];
  }
  if (typeof n === "number") return [n, 0];
  return [complexReal(n), n.imag];
}

function pyFloorDivMod(a: number, b: number): [number, number] | undefined {
  if (b === 0) return undefined;
  let mod = a % b;
  let div = (a - mod) / b;
  // C's `if (mod)` and `if (div)`: a NaN (inf // x, inf % x) counts as nonzero there.
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

function intFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function intMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

/** Correctly rounded int / int (Python's long_true_divide). */
function intTrueDivide(a: bigint, b: bigint): number | undefined {
  if (b === 0n) return undefined;
  const LIM = 1n << 53n;
  const aa = a < 0n ? -a : a;
  const bb = b < 0n ? -b : b;
  if (aa <= LIM && bb <= LIM) return Number(a) / Number(b);
  const negative = a < 0n !== b < 0n;
  // Scale so that the quotient has 55 significant bits, then round half to even.
  const shift = bitLength(aa) - bitLength(bb) - 55;
  let num = aa;
  let den = bb;
  if (shift > 0) den <<= BigInt(shift);
  else num <<= BigInt(-shift);
  let q = num / den;
  const rem = num % den;
  // q has 55 or 56 bits; keep 53 with correct rounding using a sticky bit.
  const qbits = bitLength(q);
  const extra = qbits - 53;
  let exp = shift + extra;
  const mask = (1n << BigInt(extra)) - 1n;
  const low = q & mask;
  q >>= BigInt(extra);
  const half = 1n << BigInt(extra - 1);
  if (low > half || (low === half && (rem !== 0n || (q & 1n) === 1n))) q += 1n;
  else if (low === half && rem !== 0n) q += 1n;
  if (q === 1n << 53n) {
    q >>= 1n;
    exp += 1;
  }
  const r = Number(q) * 2 ** exp;
  if (!Number.isFinite(r)) return undefined;
  return negative ? -r : r;
}

function floatPow(a: number, b: number): number | undefined {
  if (b === 0) return 1.0;
  if (Number.isNaN(a)) return a;
  if (Number.isNaN(b)) return a === 1.0 ? 1.0 : b;
  if (!Number.isFinite(b)) {
    const aa = Math.abs(a);
    if (aa === 1.0) return 1.0;
    if (b > 0 === aa > 1.0) return Number.POSITIVE_INFINITY;
    return 0.0;
  }
  if (!Number.isFinite(a)) return a ** b;
  if (a === 0) {
    if (b < 0) return undefined; // ZeroDivisionError
    const oddInt = Number.isInteger(b) && Math.abs(b) % 2 === 1;
    return oddInt ? a : 0.0;
  }
  if (a < 0 && !Number.isInteger(b)) return undefined; // complex result: not reproduced
  if (a === 1.0) return 1.0;
  // The runtime's pow (float_pow, glibc's algorithm), not JS `**`, which differs by an ulp at times.
  const negate = a < 0 && Math.abs(b) % 2 === 1;
  const m = Math.abs(a);
  const r = m === 1.0 ? 1.0 : c_pow(m, b);
  if (!Number.isFinite(r)) return undefined; // OverflowError
  return negate ? -r : r;
}

function numBinop(op: string, x: Num, y: Num): CompiledConst | undefined {
  if (typeof x === "bigint" && typeof y === "bigint") {
    switch (op) {
      case "Add":
        return x + y;
      case "Sub":
        return x - y;
      case "Mult":
        return x * y;
      case "Div":
        return intTrueDivide(x, y);
      case "FloorDiv":
        return y === 0n ? undefined : intFloorDiv(x, y);
      case "Mod":
        return y === 0n ? undefined : intMod(x, y);
      case "Pow":
        if (y < 0n) {
          if (x === 0n) return undefined;
          const fx = intToFloat(x);
          const fy = intToFloat(y);
          if (fx === undefined || fy === undefined) return undefined;
          return floatPow(fx, fy);
        }
        return x ** y;
      case "LShift":
        return y < 0n ? undefined : x << y;
      case "RShift":
        if (y < 0n) return undefined;
        return y > 100000n ? (x < 0n ? -1n : 0n) : x >> y;
      case "BitOr":
        return x | y;
      case "BitXor":
        return x ^ y;
      case "BitAnd":
        return x & y;
    }
    return undefined;
  }
  if (isComplex(x as CompiledConst) || isComplex(y as CompiledConst)) {
    const a = toComplex(x);
    const b = toComplex(y);
    if (!a || !b) return undefined;
    const [ar, ai] = a;
    const [br, bi] = b;
    switch (op) {
      case "Add":
        return complex(ar + br, ai + bi);
      case "Sub":
        return complex(ar - br, ai - bi);
      case "Mult":
        return complex(ar * br - ai * bi, ar * bi + ai * br);
      case "Div":
        return complexDiv(ar, ai, br, bi);
      case "Pow":
        return complexPow(ar, ai, br, bi);
    }
    return undefined;
  }
  // float arithmetic (at least one float)
  const fx = typeof x === "bigint" ? intToFloat(x) : (x as number);
  const fy = typeof y === "bigint" ? intToFloat(y) : (y as number);
  if (fx === undefined || fy === undefined) return undefined;
  switch (op) {
    case "Add":
      return fx + fy;
    case "Sub":
      return fx - fy;
    case "Mult":
      return fx * fy;
    case "Div":
      return fy === 0 ? undefined : fx / fy;
    case "FloorDiv":
      return pyFloorDivMod(fx, fy)?.[0];
    case "Mod":
      return pyFloorDivMod(fx, fy)?.[1];
    case "Pow":
      return floatPow(fx, fy);
  }
  return undefined;
}

function cprod(ar: number, ai: number, br: number, bi: number): [number, number] {
  return [ar * br - ai * bi, ar * bi + ai * br];
}

/** complex_pow: c_powi for small integral exponents, _Py_c_pow otherwise. */
function complexPow(ar: number, ai: number, br: number, bi: number): ConstComplex | undefined {
  let r: [number, number];
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    const n = br;
    const powu = (m: number): [number, number] => {
      let acc: [number, number] = [1, 0];
      let p: [number, number] = [ar, ai];
      let mask = 1;
      while (mask > 0 && m >= mask) {
        if (m & mask) acc = cprod(acc[0], acc[1], p[0], p[1]);
        mask <<= 1;
        p = cprod(p[0], p[1], p[0], p[1]);
      }
      return acc;
    };
    if (n > 0) {
      r = powu(n);
    } else {
      const d = powu(-n);
      const q = complexDiv(1, 0, d[0], d[1]);
      if (!q) return undefined;
      r = [q.real, q.imag];
    }
  } else if (br === 0 && bi === 0) {
    r = [1, 0];
  } else if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) return undefined;
    r = [0, 0];
  } else {
    const vabs = Math.hypot(ar, ai);
    let len = vabs ** br;
    const at = Math.atan2(ai, ar);
    let phase = at * br;
    if (bi !== 0) {
      len /= Math.exp(at * bi);
      phase += bi * Math.log(vabs);
    }
    r = [len * Math.cos(phase), len * Math.sin(phase)];
  }
  if (!Number.isFinite(r[0]) || !Number.isFinite(r[1])) return undefined;
  return complex(r[0], r[1]);
}

/** _Py_c_quot. */
function complexDiv(ar: number, ai: number, br: number, bi: number): ConstComplex | undefined {
  const absBr = Math.abs(br);
  const absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) return undefined;
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return complex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return complex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
  }
  return complex(Number.NaN, Number.NaN);
}

const MAX_INT_SIZE = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

function checkComplexity(obj: CompiledConst, limit: number): number {
  if (isTuple(obj) || isFrozenset(obj)) {
    limit -= obj.items.length;
    for (let i = 0; limit >= 0 && i < obj.items.length; i++) limit = checkComplexity(obj.items[i]!, limit);
  }
  return limit;
}

function asInt(c: CompiledConst): bigint | undefined {
  if (typeof c === "bigint") return c;
  if (typeof c === "boolean") return c ? 1n : 0n;
  return undefined;
}

function repeatSeq(n: bigint, w: CompiledConst): CompiledConst | undefined {
  const count = n < 0n ? 0 : Number(n);
  if (typeof w === "string") return w.repeat(count);
  if (isBytes(w)) {
    const out = new Uint8Array(w.value.length * count);
    for (let i = 0; i < count; i++) out.set(w.value, i * w.value.length);
    return { kind: "bytes", value: out };
  }
  if (isTuple(w)) {
    const items: CompiledConst[] = [];
    for (let i = 0; i < count; i++) items.push(...w.items);
    return tuple(items);
  }
  return undefined;
}

function safeMultiply(v: CompiledConst, w: CompiledConst): CompiledConst | undefined {
  const vi = asInt(v);
  const wi = asInt(w);
  if (vi !== undefined && wi !== undefined) {
    if (vi !== 0n && wi !== 0n && bitLength(vi) + bitLength(wi) > MAX_INT_SIZE) return undefined;
    return vi * wi;
  }
  if (vi !== undefined && (isTuple(w) || isFrozenset(w))) {
    const size = w.items.length;
    if (size) {
      if (vi < 0n || vi > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return undefined;
      if (vi && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / Number(vi))) < 0) return undefined;
    }
    return repeatSeq(vi, w);
  }
  if (vi !== undefined && (typeof w === "string" || isBytes(w))) {
    const size = typeof w === "string" ? codePointLength(w) : w.value.length;
    if (size) {
      if (vi < 0n || vi > BigInt(Math.floor(MAX_STR_SIZE / size))) return undefined;
    }
    return repeatSeq(vi, w);
  }
  if (wi !== undefined && (isTuple(v) || isFrozenset(v) || typeof v === "string" || isBytes(v))) {
    return safeMultiply(w, v);
  }
  const x = asNumber(v);
  const y = asNumber(w);
  if (x === undefined || y === undefined) return undefined;
  return numBinop("Mult", x, y);
}

/** fold_binop's arithmetic (everything but `str % tuple`, handled by the optimizer). */
export function foldBinop(op: string, lv: CompiledConst, rv: CompiledConst): CompiledConst | undefined {
  switch (op) {
    case "Mult":
      return safeMultiply(lv, rv);
    case "Mod":
      if (typeof lv === "string" || isBytes(lv)) return undefined;
      break;
    case "Pow": {
      const vi = asInt(lv);
      const wi = asInt(rv);
      if (vi !== undefined && wi !== undefined && vi !== 0n && wi > 0n) {
        if (bitLength(vi) > Math.floor(MAX_INT_SIZE / Number(wi > 1000n ? 1000n : wi))) return undefined;
        if (wi > 1000n) return undefined;
      }
      break;
    }
    case "LShift": {
      const vi = asInt(lv);
      const wi = asInt(rv);
      if (vi !== undefined && wi !== undefined && vi !== 0n && wi !== 0n) {
        if (wi < 0n) return undefined;
        if (wi > BigInt(MAX_INT_SIZE) || bitLength(vi) > MAX_INT_SIZE - Number(wi)) return undefined;
      }
      break;
    }
    case "Add":
      if (typeof lv === "string" && typeof rv === "string") return lv + rv;
      if (isBytes(lv) && isBytes(rv)) {
        const out = new Uint8Array(lv.value.length + rv.value.length);
        out.set(lv.value, 0);
        out.set(rv.value, lv.value.length);
        return { kind: "bytes", value: out };
      }
      if (isTuple(lv) && isTuple(rv)) return tuple([...lv.items, ...rv.items]);
      break;
    case "BitOr":
    case "BitXor":
    case "BitAnd":
      if (typeof lv === "boolean" && typeof rv === "boolean") {
        return op === "BitOr" ? lv || rv : op === "BitAnd" ? lv && rv : lv !== rv;
      }
      if (asInt(lv) === undefined || asInt(rv) === undefined) return undefined;
      break;
    case "LShiftUnused":
      break;
  }
  if (isFrozenset(lv) && isFrozenset(rv)) return undefined;
  const x = asNumber(lv);
  const y = asNumber(rv);
  if (x === undefined || y === undefined) return undefined;
  if (
    (op === "LShift" || op === "RShift" || op.startsWith("Bit")) &&
    (typeof x !== "bigint" || typeof y !== "bigint")
  ) {
    return undefined;
  }
  if (
    (op === "FloorDiv" || op === "Mod") &&
    (isComplex(x as CompiledConst) || isComplex(y as CompiledConst))
  ) {
    return undefined;
  }
  return numBinop(op, x, y);
}

/** fold_unaryop's arithmetic. */
export function foldUnaryop(op: string, v: CompiledConst): CompiledConst | undefined {
  if (op === "Not") return !isTrue(v);
  const n = asNumber(v);
  if (n === undefined) return undefined;
  switch (op) {
    case "USub":
      if (typeof n === "bigint") return -n;
      if (typeof n === "number") return -n;
      return complex(-complexReal(n), -n.imag);
    case "UAdd":
      if (typeof n === "bigint" || typeof n === "number") return n;
      return complex(complexReal(n), n.imag);
    case "Invert":
      if (typeof n === "bigint") return ~n;
      return undefined;
  }
  return undefined;
}

function seqItems(c: CompiledConst): { len: number; get: (i: number) => CompiledConst } | undefined {
  if (typeof c === "string") {
    const cps = Array.from(c);
    return { len: cps.length, get: (i) => cps[i]! };
  }
  if (isBytes(c)) return { len: c.value.length, get: (i) => BigInt(c.value[i]!) };
  if (isTuple(c)) return { len: c.items.length, get: (i) => c.items[i]! };
  return undefined;
}

/** fold_subscr: constant[constant index]. */
export function foldSubscr(v: CompiledConst, idx: CompiledConst): CompiledConst | undefined {
  const i = asInt(idx);
  if (i === undefined) return undefined;
  const seq = seqItems(v);
  if (!seq) return undefined;
  let k = Number(i);
  if (k < 0) k += seq.len;
  if (k < 0 || k >= seq.len) return undefined;
  return seq.get(k);
}
