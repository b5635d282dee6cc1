/** Test-only: compile programs with ours and with python3, and report the differences. */
import { compile } from "../compile.js";
import { codeToPy, countCode, diffCode, normalizePyCode } from "./compare.js";
import { runOracle } from "./oracle.js";
import { astFor, usingOurParser } from "./parse.js";

export interface Program {
  name: string;
  source: string;
  mode?: "exec" | "eval" | "single";
}

export interface ProgramResult {
  name: string;
  codeObjects: number;
  identicalCodeObjects: number;
  diffs: string[];
  /** Set when python rejected it at compile time: [python error, our error]. */
  error?: { python: string; ours: string };
}

function countIdentical(ours: ReturnType<typeof codeToPy>, theirs: ReturnType<typeof codeToPy>): number {
  // a code object is identical when diffCode reports nothing at its own level
  const own = diffCode({ ...ours, consts: [] }, { ...theirs, consts: [] });
  let n = own.length === 0 && ours.consts.length === theirs.consts.length ? 1 : 0;
  const oc = ours.consts;
  const tc = theirs.consts;
  for (let i = 0; i < Math.min(oc.length, tc.length); i++) {
    const a = oc[i];
    const b = tc[i];
    if (a && b && typeof a === "object" && typeof b === "object" && "$code" in a && "$code" in b) {
      n += countIdentical(a.$code, b.$code);
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      n = Math.min(n, n); // a differing plain constant is reported by the parent diff
    }
  }
  return n;
}

export async function runPrograms(programs: Program[]): Promise<ProgramResult[]> {
  const answers = runOracle(
    programs.map((p) => ({
      source: p.source,
      filename: p.name,
      mode: p.mode ?? "exec",
      want: ["ast", "code"],
    })),
  );
  const results: ProgramResult[] = [];
  for (let i = 0; i < programs.length; i++) {
    const p = programs[i]!;
    const ans = answers[i]!;
    const mode = p.mode ?? "exec";
    if (ans.parse_error) {
      results.push({
        name: p.name,
        codeObjects: 0,
        identicalCodeObjects: 0,
        diffs: [`python cannot parse: ${ans.parse_error.msg}`],
      });
      continue;
    }
    const mod = await astFor(p.source, mode, p.name, ans);
    let ours: ReturnType<typeof codeToPy> | null = null;
    let ourError = "";
    try {
      ours = codeToPy(compile(mod, p.name, mode, { source: p.source }));
    } catch (e) {
      const err = e as {
        msg?: string;
        lineno?: number;
        offset?: number;
        end_lineno?: number;
        end_offset?: number;
        stack?: string;
      };
      ourError =
        err.msg !== undefined
          ? `${err.msg} @${err.lineno}:${err.offset}-${err.end_lineno}:${err.end_offset}`
          : String(err.stack);
    }
    if (ans.error) {
      const e = ans.error;
      const py = `${e.msg} @${e.lineno}:${e.offset}-${e.end_lineno}:${e.end_offset}`;
      results.push({
        name: p.name,
        codeObjects: 0,
        identicalCodeObjects: 0,
        diffs: py === ourError ? [] : [`error: python=${py} ours=${ourError || "(compiled)"}`],
        error: { python: py, ours: ourError },
      });
      continue;
    }
    if (!ours) {
      results.push({
        name: p.name,
        codeObjects: 1,
        identicalCodeObjects: 0,
        diffs: [`ours failed: ${ourError}`],
      });
      continue;
    }
    const theirs = normalizePyCode(ans.code!);
    let diffs = diffCode(ours, theirs);
    if (diffs.length && (await usingOurParser())) {
      // Tell parser bugs from compiler bugs: does python's own AST compile identically?
      const pyMod = await astFor(p.source, mode, p.name, ans, true);
      const viaPy = codeToPy(compile(pyMod, p.name, mode, { source: p.source }));
      if (diffCode(viaPy, theirs).length === 0) {
        diffs = [
          `our parser's AST differs from python's (the compiler matches python3 on python's AST)`,
          ...diffs,
        ];
      }
    }
    results.push({
      name: p.name,
      codeObjects: countCode(theirs),
      identicalCodeObjects: countIdentical(ours, theirs),
      diffs,
    });
  }
  return results;
}
