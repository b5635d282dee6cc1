// Side-by-side readable ASTs of one file (heapstack vs CPython) and their unified diff.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { dump, PySyntaxError, parse } from "../../../src/parser/index.js";
import { pythonEnv, pythonInfo } from "./python.js";
import { REPO_ROOT } from "./repo.js";

export interface AstDiff {
  identical: boolean;
  /** Paths of the two readable dumps and of their unified diff. */
  pythonPath: string;
  heapstackPath: string;
  diffPath: string;
  diff: string;
}

/**
 * heapstack's view of a file in the same format as scripts/py/dump_one.py prints CPython's:
 * the indented dump with attributes, or one line describing the SyntaxError.
 */
export function heapstackReadableAst(path: string): string {
  const source = readFileSync(path);
  try {
    return (
      dump(parse(source, "exec", { filename: path, exactStrings: true }), {
        includeAttributes: true,
        indent: 1,
      }) + "\n"
    );
  } catch (error) {
    if (error instanceof PySyntaxError) {
      const show = (n: number | null) => (n === null ? "None" : String(n));
      return (
        `${error.kind}: ${JSON.stringify(error.msg)} lineno=${show(error.lineno)} offset=${show(error.offset)} ` +
        `end_lineno=${show(error.end_lineno)} end_offset=${show(error.end_offset)}\n`
      );
    }
    return `heapstack internal error: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`;
  }
}

export function pythonReadableAst(path: string): string {
  return execFileSync(pythonInfo().executable, [join(REPO_ROOT, "scripts", "py", "dump_one.py"), path], {
    encoding: "utf8",
    env: pythonEnv(),
    maxBuffer: 1 << 30,
  });
}

/** Writes `<name>.python.txt`, `<name>.heapstack.txt` and `<name>.diff` into `outDir`. */
export function writeAstDiff(path: string, outDir: string, name = basename(path)): AstDiff {
  mkdirSync(outDir, { recursive: true });
  const pythonPath = join(outDir, `${name}.python.txt`);
  const heapstackPath = join(outDir, `${name}.heapstack.txt`);
  const diffPath = join(outDir, `${name}.diff`);
  writeFileSync(pythonPath, pythonReadableAst(path));
  writeFileSync(heapstackPath, heapstackReadableAst(path));
  // diffutils is part of every Debian system; its exit status 1 just means "files differ".
  const result = spawnSync(
    "diff",
    ["-u", "--label", "python3", "--label", "heapstack", pythonPath, heapstackPath],
    {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    },
  );
  if (result.status !== 0 && result.status !== 1) throw new Error(`diff failed: ${result.stderr}`);
  writeFileSync(diffPath, result.stdout);
  return { identical: result.status === 0, pythonPath, heapstackPath, diffPath, diff: result.stdout };
}
