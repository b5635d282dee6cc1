/**
 * Test-only: get an AST for a program. Uses our parser (src/parser) when it is available and
 * accepts the program; otherwise the AST python3 produced (from the oracle answer).
 */
import type * as ast from "../../parser/index.js";
import { decodeAst, type OracleAnswer } from "./oracle.js";

type ParseFn = (source: string, mode: "exec" | "eval" | "single", options: { filename: string }) => ast.mod;

let ourParse: ParseFn | null | undefined;

async function loadParser(): Promise<ParseFn | null> {
  if (ourParse !== undefined) return ourParse;
  if (process.env.HEAPSTACK_COMPILER_TESTS_PY_AST) {
    ourParse = null;
    return null;
  }
  try {
    const m = (await import("../../parser/index.js")) as unknown as { parse?: ParseFn };
    ourParse = typeof m.parse === "function" ? m.parse : null;
  } catch {
    ourParse = null;
  }
  return ourParse;
}

/** Whether tests get ASTs from our parser (else python3's, via the oracle). */
export async function usingOurParser(): Promise<boolean> {
  return (await loadParser()) !== null;
}

export async function astFor(
  source: string,
  mode: "exec" | "eval" | "single",
  filename: string,
  answer: OracleAnswer,
  forcePython = false,
): Promise<ast.mod> {
  const p = forcePython ? null : await loadParser();
  if (p) {
    try {
      return p(source, mode, { filename });
    } catch {
      // fall through to python's AST: these tests are about the compiler
    }
  }
  if (!answer.ast) throw new Error("oracle gave no AST");
  return decodeAst(answer.ast);
}
