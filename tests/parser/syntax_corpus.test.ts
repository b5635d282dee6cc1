// The malformed-programs corpus: every file under tests/py/syntax/ is run as `python3 FILE`
// and as `heapstack run FILE` (the built CLI), and stdout, stderr and the exit status must be
// identical byte for byte. Nothing is expected by hand: python3 produces the expectation now.
//
// Files in tests/py/syntax/compile/ parse fine but are rejected by CPython's compiler or
// symbol table ('return' outside function, ...): heapstack's compiler must report those errors
// exactly too (message, location and the source line as CPython reads it back).
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import test from "node:test";
import { mapWithConcurrency, runProcess } from "./support/processes.js";
import { pythonEnv, pythonInfo } from "./support/python.js";
import { REPO_ROOT, requireBuiltCli } from "./support/repo.js";

const CORPUS = "tests/py/syntax";
const COMPILER_CORPUS = `${CORPUS}/compile`;
/** The corpus is meant to span every SyntaxError family; shrinking it should be deliberate. */
const MINIMUM_CORPUS_SIZE = 170;
const SYNTAX_ERROR_LINE = /^(SyntaxError|IndentationError|TabError)(: .*)?$/m;

function corpusFiles(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir))
    .filter((name) => name.endsWith(".py"))
    .sort()
    .map((name) => `${dir}/${name}`);
}

// About a minute on an idle machine; the limit leaves room for a machine shared with other work
// (load 15-20 made it pass 600 s once), while a hang still ends the test.
test("malformed programs: heapstack run reports exactly what python3 reports", {
  timeout: 30 * 60_000,
}, async (t) => {
  const heapstack = requireBuiltCli();
  const python = pythonInfo();
  const parserCases = corpusFiles(CORPUS);
  const compilerCases = corpusFiles(COMPILER_CORPUS);
  assert.ok(
    parserCases.length + compilerCases.length >= MINIMUM_CORPUS_SIZE,
    `corpus has only ${parserCases.length + compilerCases.length} files`,
  );

  // Both programs get the same relative path from the same directory, so both print the same
  // "/repo/tests/py/syntax/x.py" in their File line.
  const results = await mapWithConcurrency([...parserCases, ...compilerCases], 2, async (file) => ({
    file,
    python: await runProcess(python.executable, [file], { cwd: REPO_ROOT, env: pythonEnv() }),
    ours: await runProcess(process.execPath, [heapstack, "run", file], { cwd: REPO_ROOT }),
  }));

  for (const { file, python: expected, ours } of results) {
    await t.test(file.slice(CORPUS.length + 1), () => {
      const expectedStderr = expected.stderr.toString("utf8");
      // Guard the corpus itself: each file must really be one python3 rejects at compile time.
      assert.equal(expected.status, 1, `python3 should reject ${file}; it printed:\n${expectedStderr}`);
      assert.match(expectedStderr, SYNTAX_ERROR_LINE, `python3 should raise a SyntaxError for ${file}`);

      assert.equal(ours.stderr.toString("utf8"), expectedStderr, "stderr");
      assert.ok(ours.stderr.equals(expected.stderr), "stderr bytes");
      assert.equal(ours.stdout.toString("utf8"), expected.stdout.toString("utf8"), "stdout");
      assert.equal(ours.status, expected.status, "exit status");
    });
  }
});
