// Test support: ask the real CPython 3.11 for the expected answers, in one process per test file.

import { execFileSync } from "node:child_process";

let executable: string | undefined;

/** The interpreter binary behind `python3` (a pyenv shim costs ~100 ms per launch). */
function pythonExecutable(): string {
  if (executable === undefined) {
    const command = process.env.HEAPSTACK_PYTHON ?? "python3";
    const out = execFileSync(
      command,
      ["-c", "import sys; print(sys.executable); print(sys.version_info[:2])"],
      {
        encoding: "utf8",
      },
    ).split("\n");
    if (out[1].trim() !== "(3, 11)") throw new Error(`${command} is not Python 3.11 (${out[1]})`);
    executable = out[0].trim();
  }
  return executable;
}

/**
 * Runs `script` under python3.11 with `input` as JSON on stdin and returns the JSON it prints.
 * The script reads `json.load(sys.stdin)` and prints one `json.dumps(...)`.
 */
export function askPython(script: string, input: unknown): unknown {
  const out = execFileSync(pythonExecutable(), ["-c", script], {
    input: JSON.stringify(input),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, PYTHONUTF8: "1", PYTHONDONTWRITEBYTECODE: "1", PYTHONWARNINGS: "ignore" },
  });
  return JSON.parse(out);
}

/**
 * Python code that defines `result_of(src, mode, type_comments)`: the ast.dump of the parse with
 * attributes, or the SyntaxError's [class, msg, lineno, offset, end_lineno, end_offset, text].
 * A source given as {"bytes": [...]} is parsed as bytes.
 */
export const PARSE_ORACLE = `
import ast, json, sys, warnings
warnings.simplefilter("ignore")
def result_of(src, mode="exec", type_comments=False):
    if isinstance(src, dict):
        src = bytes(src["bytes"])
    try:
        return ast.dump(ast.parse(src, "<unknown>", mode, type_comments=type_comments), include_attributes=True)
    except SyntaxError as e:
        return [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
`;
