/**
 * Expression -> source text, as CPython 3.11's Python/ast_unparse.c (_PyAST_ExprAsUnicode),
 * used for annotations under `from __future__ import annotations`. Also Python's repr() of
 * str and float constants, which the unparser (and the disassembler) need.
 */
import type * as ast from "../parser/index.js";
import type { CompiledConst } from "./code.js";
import { complexReal, isBytes, isComplex, isEllipsis, isFrozenset, isTuple } from "./consts.js";

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** repr(str). */
export function reprStr(s: string): string {
  const useDouble = s.includes("'") && !s.includes('"');
  const quote = useDouble ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, "0")}`;
    else if (cp < 0x7f) out += ch;
    else if (ch === " " || PRINTABLE.test(ch)) out += ch;
    else if (cp <= 0xff) out += `\\x${cp.toString(16).padStart(2, "0")}`;
    else if (cp <= 0xffff) out += `\\u${cp.toString(16).padStart(4, "0")}`;
    else out += `\\U${cp.toString(16).padStart(8, "0")}`;
  }
  return out + quote;
}

/** repr(float). */
export function reprFloat(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (v === Number.POSITIVE_INFINITY) return "inf";
  if (v === Number.NEGATIVE_INFINITY) return "-inf";
  if (v === 0) return Object.is(v, -0) ? "-0.0" : "0.0";
  const sign = v < 0 ? "-" : "";
  const [mant, expStr] = Math.abs(v).toExponential().split("e") as [string, string];
  const exp = Number(expStr);
  const digits = mant.replace(".", "");
  if (exp >= -5 + 1 && exp < 16) {
    // fixed notation
    if (exp >= 0) {
      const intPart = digits.length > exp + 1 ? digits.slice(0, exp + 1) : digits.padEnd(exp + 1, "0");
      const frac = digits.length > exp + 1 ? digits.slice(exp + 1) : "0";
      return `${sign}${intPart}.${frac}`;
    }
    return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  }
  const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const e = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : String(Math.abs(exp));
  return `${sign}${m}e${exp < 0 ? "-" : "+"}${e}`;
}

function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const x of b) {
    if (x === 0x27) hasSingle = true;
    if (x === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = `b${quote}`;
  for (const x of b) {
    const ch = String.fromCharCode(x);
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (x < 0x20 || x >= 0x7f) out += `\\x${x.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out + quote;
}

function reprComplex(real: number, imag: number): string {
  const fmt = (x: number) => {
    const r = reprFloat(x);
    return r.endsWith(".0") ? r.slice(0, -2) : r;
  };
  if (real === 0 && !Object.is(real, -0)) return `${fmt(imag)}j`;
  const im = fmt(imag);
  return `(${fmt(real)}${im.startsWith("-") || Number.isNaN(imag) ? "" : "+"}${im}j)`;
}

/** repr() of a constant. */
export function reprConst(c: CompiledConst): string {
  if (c === null) return "None";
  switch (typeof c) {
    case "boolean":
      return c ? "True" : "False";
    case "bigint":
      return c.toString();
    case "number":
      return reprFloat(c);
    case "string":
      return reprStr(c);
  }
  if (isEllipsis(c)) return "Ellipsis";
  if (isBytes(c)) return reprBytes(c.value);
  if (isComplex(c)) return reprComplex(complexReal(c), c.imag);
  if (isTuple(c))
    return c.items.length === 1 ? `(${reprConst(c.items[0]!)},)` : `(${c.items.map(reprConst).join(", ")})`;
  if (isFrozenset(c))
    return c.items.length ? `frozenset({${c.items.map(reprConst).join(", ")}})` : "frozenset()";
  return `<code object ${(c as { name: string }).name}>`;
}

enum P {
  TUPLE,
  TEST,
  OR,
  AND,
  NOT,
  CMP,
  EXPR,
  BXOR,
  BAND,
  SHIFT,
  ARITH,
  TERM,
  FACTOR,
  POWER,
  AWAIT,
  ATOM,
}

const BINOP: Record<string, [string, P]> = {
  Add: [" + ", P.ARITH],
  Sub: [" - ", P.ARITH],
  Mult: [" * ", P.TERM],
  MatMult: [" @ ", P.TERM],
  Div: [" / ", P.TERM],
  Mod: [" % ", P.TERM],
  LShift: [" << ", P.SHIFT],
  RShift: [" >> ", P.SHIFT],
  BitOr: [" | ", P.EXPR],
  BitXor: [" ^ ", P.BXOR],
  BitAnd: [" & ", P.BAND],
  FloorDiv: [" // ", P.TERM],
  Pow: [" ** ", P.POWER],
};

const CMPOP: Record<string, string> = {
  Eq: " == ",
  NotEq: " != ",
  Lt: " < ",
  LtE: " <= ",
  Gt: " > ",
  GtE: " >= ",
  Is: " is ",
  IsNot: " is not ",
  In: " in ",
  NotIn: " not in ",
};

function constRepr(c: CompiledConst): string {
  if (isEllipsis(c)) return "...";
  if (typeof c === "number") return reprFloat(c).replace("inf", "1e309");
  if (isComplex(c)) return reprConst(c).replace(/inf/g, "1e309");
  return reprConst(c);
}

class Unparser {
  out = "";

  expr(e: ast.expr, level: P): void {
    switch (e._type) {
      case "BoolOp": {
        const pr = e.op._type === "And" ? P.AND : P.OR;
        const op = e.op._type === "And" ? " and " : " or ";
        this.paren(level > pr, () => {
          e.values.forEach((v, i) => {
            if (i) this.out += op;
            this.expr(v, pr + 1);
          });
        });
        return;
      }
      case "BinOp": {
        const [op, pr] = BINOP[e.op._type]!;
        const rassoc = e.op._type === "Pow";
        this.paren(level > pr, () => {
          this.expr(e.left, rassoc ? pr + 1 : pr);
          this.out += op;
          this.expr(e.right, rassoc ? pr : pr + 1);
        });
        return;
      }
      case "UnaryOp": {
        const [op, pr] =
          e.op._type === "Not"
            ? ["not ", P.NOT]
            : e.op._type === "Invert"
              ? ["~", P.FACTOR]
              : e.op._type === "UAdd"
                ? ["+", P.FACTOR]
                : ["-", P.FACTOR];
        this.paren(level > pr, () => {
          this.out += op;
          this.expr(e.operand, pr);
        });
        return;
      }
      case "Lambda":
        this.paren(level > P.TEST, () => {
          const args = this.arguments(e.args);
          this.out += args ? `lambda ${args}: ` : "lambda: ";
          this.expr(e.body, P.TEST);
        });
        return;
      case "IfExp":
        this.paren(level > P.TEST, () => {
          this.expr(e.body, P.TEST + 1);
          this.out += " if ";
          this.expr(e.test, P.TEST + 1);
          this.out += " else ";
          this.expr(e.orelse, P.TEST);
        });
        return;
      case "Dict":
        this.out += "{";
        e.values.forEach((v, i) => {
          if (i) this.out += ", ";
          const k = (e.keys as (ast.expr | null)[])[i];
          if (k) {
            this.expr(k, P.TEST);
            this.out += ": ";
            this.expr(v, P.TEST);
          } else {
            this.out += "**";
            this.expr(v, P.EXPR);
          }
        });
        this.out += "}";
        return;
      case "Set":
        this.out += "{";
        this.seq(e.elts);
        this.out += "}";
        return;
      case "ListComp":
        this.out += "[";
        this.expr(e.elt, P.TEST);
        this.comprehensions(e.generators);
        this.out += "]";
        return;
      case "SetComp":
        this.out += "{";
        this.expr(e.elt, P.TEST);
        this.comprehensions(e.generators);
        this.out += "}";
        return;
      case "DictComp":
        this.out += "{";
        this.expr(e.key, P.TEST);
        this.out += ": ";
        this.expr(e.value, P.TEST);
        this.comprehensions(e.generators);
        this.out += "}";
        return;
      case "GeneratorExp":
        this.out += "(";
        this.expr(e.elt, P.TEST);
        this.comprehensions(e.generators);
        this.out += ")";
        return;
      case "Yield":
        this.paren(true, () => {
          this.out += "yield";
          if (e.value) {
            this.out += " ";
            this.expr(e.value, P.TEST);
          }
        });
        return;
      case "YieldFrom":
        this.paren(true, () => {
          this.out += "yield from ";
          this.expr(e.value, P.TEST);
        });
        return;
      case "Await":
        this.paren(level > P.AWAIT, () => {
          this.out += "await ";
          this.expr(e.value, P.ATOM);
        });
        return;
      case "Compare":
        this.paren(level > P.CMP, () => {
          this.expr(e.left, P.CMP + 1);
          e.ops.forEach((op, i) => {
            this.out += CMPOP[op._type]!;
            this.expr(e.comparators[i]!, P.CMP + 1);
          });
        });
        return;
      case "Call": {
        this.expr(e.func, P.ATOM);
        const only = e.args.length === 1 && e.keywords.length === 0 && e.args[0]!._type === "GeneratorExp";
        if (only) {
          this.expr(e.args[0]!, P.TEST);
          return;
        }
        this.out += "(";
        let first = true;
        for (const a of e.args) {
          if (!first) this.out += ", ";
          first = false;
          this.expr(a, P.TEST);
        }
        for (const k of e.keywords) {
          if (!first) this.out += ", ";
          first = false;
          if (k.arg === null) {
            this.out += "**";
            this.expr(k.value, P.TEST);
          } else {
            this.out += `${k.arg}=`;
            this.expr(k.value, P.TEST);
          }
        }
        this.out += ")";
        return;
      }
      case "Constant":
        if (e.kind === "u") this.out += "u";
        this.out += constRepr(e.value as CompiledConst);
        return;
      case "JoinedStr":
      case "FormattedValue":
        this.out += `f${reprStr(this.fstringBody(e))}`;
        return;
      case "Attribute": {
        const v = e.value;
        this.expr(v, P.ATOM);
        if (v._type === "Constant" && typeof v.value === "bigint") this.out += " ";
        this.out += `.${e.attr}`;
        return;
      }
      case "Subscript":
        this.expr(e.value, P.ATOM);
        this.out += "[";
        if (e.slice._type === "Tuple" && e.slice.elts.length) {
          this.seq(e.slice.elts);
          if (e.slice.elts.length === 1) this.out += ",";
        } else {
          this.expr(e.slice, P.TUPLE);
        }
        this.out += "]";
        return;
      case "Starred":
        this.out += "*";
        this.expr(e.value, P.EXPR);
        return;
      case "Name":
        this.out += e.id;
        return;
      case "List":
        this.out += "[";
        this.seq(e.elts);
        this.out += "]";
        return;
      case "Tuple":
        if (e.elts.length === 0) {
          this.out += "()";
          return;
        }
        this.paren(level > P.TUPLE, () => {
          this.seq(e.elts);
          if (e.elts.length === 1) this.out += ",";
        });
        return;
      case "Slice":
        if (e.lower) this.expr(e.lower, P.TEST);
        this.out += ":";
        if (e.upper) this.expr(e.upper, P.TEST);
        if (e.step) {
          this.out += ":";
          this.expr(e.step, P.TEST);
        }
        return;
      case "NamedExpr":
        this.paren(level > P.TUPLE, () => {
          this.expr(e.target, P.ATOM);
          this.out += " := ";
          this.expr(e.value, P.ATOM);
        });
        return;
    }
  }

  private paren(cond: boolean, f: () => void): void {
    if (cond) this.out += "(";
    f();
    if (cond) this.out += ")";
  }

  private seq(elts: ast.expr[]): void {
    elts.forEach((x, i) => {
      if (i) this.out += ", ";
      this.expr(x, P.TEST);
    });
  }

  private comprehensions(gens: ast.comprehension[]): void {
    for (const g of gens) {
      this.out += g.is_async ? " async for " : " for ";
      this.expr(g.target, P.TUPLE);
      this.out += " in ";
      this.expr(g.iter, P.TEST + 1);
      for (const i of g.ifs) {
        this.out += " if ";
        this.expr(i, P.TEST + 1);
      }
    }
  }

  private arguments(a: ast.arguments): string {
    const parts: string[] = [];
    const positional = [...a.posonlyargs, ...a.args];
    const firstDefault = positional.length - a.defaults.length;
    positional.forEach((p, i) => {
      let s = p.arg;
      if (i >= firstDefault) s += `=${unparseExpr(a.defaults[i - firstDefault]!, P.TEST)}`;
      parts.push(s);
      if (a.posonlyargs.length && i === a.posonlyargs.length - 1) parts.push("/");
    });
    if (a.vararg || a.kwonlyargs.length) parts.push(a.vararg ? `*${a.vararg.arg}` : "*");
    a.kwonlyargs.forEach((p, i) => {
      const d = (a.kw_defaults as (ast.expr | null)[])[i];
      parts.push(d ? `${p.arg}=${unparseExpr(d, P.TEST)}` : p.arg);
    });
    if (a.kwarg) parts.push(`**${a.kwarg.arg}`);
    return parts.join(", ");
  }

  private fstringBody(e: ast.JoinedStr | ast.FormattedValue): string {
    if (e._type === "FormattedValue") return this.formattedValue(e);
    let s = "";
    for (const v of e.values) {
      if (v._type === "Constant" && typeof v.value === "string")
        s += v.value.replaceAll("{", "{{").replaceAll("}", "}}");
      else s += this.fstringBody(v as ast.JoinedStr | ast.FormattedValue);
    }
    return s;
  }

  private formattedValue(e: ast.FormattedValue): string {
    let inner = unparseExpr(e.value, P.TEST + 1);
    if (inner.startsWith("{")) inner = ` ${inner}`;
    let s = `{${inner}`;
    if (e.conversion !== -1) s += `!${String.fromCharCode(e.conversion)}`;
    if (e.format_spec) s += `:${this.fstringBody(e.format_spec as ast.JoinedStr)}`;
    return `${s}}`;
  }
}

function unparseExpr(e: ast.expr, level: P): string {
  const u = new Unparser();
  u.expr(e, level);
  return u.out;
}

/** _PyAST_ExprAsUnicode as used for annotations. */
export function unparseAnnotation(e: ast.expr): string {
  return unparseExpr(e, P.TEST);
}
