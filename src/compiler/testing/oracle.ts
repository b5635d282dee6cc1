/**
 * Test-only bridge to python3: runs tests/py/compiler/oracle.py once for a batch of programs
 * and decodes its answers (AST, code objects, symbol tables, SyntaxErrors).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ELLIPSIS } from "../../parser/constant.js";
import type * as ast from "../../parser/index.js";

const ORACLE = fileURLToPath(new URL("../../../tests/py/compiler/oracle.py", import.meta.url));

export type Want = "ast" | "code" | "symtable";

export interface OracleItem {
  source: string;
  filename?: string;
  mode?: "exec" | "eval" | "single";
  want?: Want[];
}

export interface OracleSyntaxError {
  kind: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
}

export type PyConst =
  | null
  | boolean
  | string
  | { $int: string }
  | { $float: string }
  | { $complex: [PyConst, PyConst] }
  | { $bytes: string }
  | { $ellipsis: true }
  | { $tuple: PyConst[] }
  | { $frozenset: PyConst[] }
  | { $code: PyCode };

export interface PyCode {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  names: string[];
  consts: PyConst[];
  stacksize: number;
  code: [string, number][];
  positions: (number | null)[][];
  exceptiontable: [number, number, number, number, boolean][];
}

export interface PySymtable {
  type: string;
  name: string;
  lineno: number;
  optimized: boolean;
  nested: boolean;
  symbols: Record<string, number>;
  children: PySymtable[];
}

export interface OracleAnswer {
  parse_error?: OracleSyntaxError;
  ast?: unknown;
  code?: PyCode;
  error?: OracleSyntaxError;
  symtable?: PySymtable;
  symtable_error?: OracleSyntaxError;
}

export function runOracle(items: OracleItem[]): OracleAnswer[] {
  const out = execFileSync("python3", [ORACLE], {
    input: JSON.stringify({ items }),
    maxBuffer: 1 << 30,
    encoding: "utf8",
  });
  return JSON.parse(out) as OracleAnswer[];
}

function decodeFloat(s: string): number {
  if (s === "nan") return Number.NaN;
  if (s === "inf") return Number.POSITIVE_INFINITY;
  if (s === "-inf") return Number.NEGATIVE_INFINITY;
  if (s === "-0") return -0;
  return Number(s);
}

/** Turn the oracle's JSON AST into our AST shapes (tagged constants become ConstantValue). */
export function decodeAst(j: unknown): ast.mod {
  return decodeNode(j) as ast.mod;
}

function decodeAstConst(v: unknown): unknown {
  if (v === null || typeof v === "boolean" || typeof v === "string") return v;
  const o = v as Record<string, unknown>;
  if ("$int" in o) return BigInt(o.$int as string);
  if ("$float" in o) return decodeFloat(o.$float as string);
  if ("$complex" in o) {
    const [, im] = o.$complex as [PyConst, PyConst];
    return { kind: "complex", imag: decodeFloat((im as { $float: string }).$float) };
  }
  if ("$bytes" in o) return { kind: "bytes", value: Uint8Array.from(Buffer.from(o.$bytes as string, "hex")) };
  if ("$ellipsis" in o) return ELLIPSIS;
  if ("$tuple" in o) return (o.$tuple as unknown[]).map(decodeAstConst);
  throw new Error(`oracle: unexpected AST constant ${JSON.stringify(v)}`);
}

function decodeNode(j: unknown): unknown {
  if (Array.isArray(j)) return j.map(decodeNode);
  if (j === null || typeof j !== "object") return j;
  const o = j as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const isConst = o._type === "Constant" || o._type === "MatchSingleton";
  for (const k of Object.keys(o)) {
    out[k] = isConst && k === "value" ? decodeAstConst(o[k]) : decodeNode(o[k]);
  }
  return out;
}
