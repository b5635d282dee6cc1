// Differential test of the parser against CPython 3.11 over every .py file of python3's own
// standard library directory (Lib/, including test/ and site-packages/): thousands of real
// files nobody here wrote. For each file both sides record either the sha1 of
// `ast.dump(tree, include_attributes=True)` or the SyntaxError's type, msg and location.
//
// One python3 process (scripts/py/dump_stdlib.py) and this node process work concurrently,
// one per core. On failure the mismatching files are listed and the first one's readable
// dumps and diff, and both sides' records, are written to test-artifacts/stdlib/ (re-create the
// diff for any file with `npm run diff-ast -- FILE`).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import test from "node:test";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { dump, PySyntaxError, parse } from "../../src/parser/index.js";
import { writeAstDiff } from "./support/ast_diff.js";
import { pythonEnv, pythonInfo } from "./support/python.js";
import { ARTIFACTS_DIR, REPO_ROOT } from "./support/repo.js";

/** What one side concluded about one file; equal records mean the parsers agree. */
type FileRecord =
  | { file: string; sha1: string }
  | { file: string; error: [string, string, number | null, number | null, number | null, number | null] };

const OUT_DIR = join(ARTIFACTS_DIR, "stdlib");
const MAX_LISTED_MISMATCHES = 20;

test("parser agrees with CPython 3.11 on every .py file under the stdlib directory", {
  timeout: 30 * 60_000,
}, async (t) => {
  const python = pythonInfo();
  // A private directory: several runs of the suite may share one work tree.
  const workDir = mkdtempSync(join(tmpdir(), "heapstack-stdlib-"));
  t.after(() => rmSync(workDir, { recursive: true, force: true }));
  const pythonOut = join(workDir, "python.jsonl");
  const pythonDone = runPythonSide(python.executable, python.stdlib, pythonOut);

  const files = listPythonFiles(python.stdlib);
  const ours = new Map<string, FileRecord>();
  const timings: [number, string][] = [];
  const started = performance.now();
  for (const [index, path] of files.entries()) {
    const fileStart = performance.now();
    const record = heapstackRecord(path, relative(python.stdlib, path));
    timings.push([performance.now() - fileStart, record.file]);
    ours.set(record.file, record);
    // Let the child's exit/stderr events be handled while we work.
    if (index % 200 === 0) await yieldToEventLoop();
  }
  const ourSeconds = (performance.now() - started) / 1000;

  await pythonDone;
  const theirs = new Map<string, FileRecord>();
  for (const line of readFileSync(pythonOut, "utf8").split("\n")) {
    if (line === "") continue;
    const record = JSON.parse(line) as FileRecord;
    theirs.set(record.file, record);
  }

  timings.sort((a, b) => b[0] - a[0]);
  t.diagnostic(`${files.length} files; heapstack parse+dump+sha1 took ${ourSeconds.toFixed(1)} s`);
  t.diagnostic(
    `slowest: ${timings
      .slice(0, 5)
      .map(([ms, f]) => `${f} ${ms.toFixed(0)} ms`)
      .join(", ")}`,
  );

  const onlyOurs = [...ours.keys()].filter((f) => !theirs.has(f));
  const onlyTheirs = [...theirs.keys()].filter((f) => !ours.has(f));
  assert.deepEqual(
    { onlyOurs, onlyTheirs },
    { onlyOurs: [], onlyTheirs: [] },
    "node and python3 must walk the same file list",
  );

  const mismatches: string[] = [];
  for (const [file, pythonRecord] of theirs) {
    const ourRecord = ours.get(file)!;
    const differs = JSON.stringify(ourRecord) !== JSON.stringify(pythonRecord);
    if (differs) mismatches.push(file);
  }
  const agreeing = theirs.size - mismatches.length;
  const rejected = [...theirs.values()].filter((r) => "error" in r).length;
  t.diagnostic(`agree: ${agreeing}/${theirs.size} (python3 rejects ${rejected} of them)`);
  if (mismatches.length === 0) return;

  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, "python.jsonl"), readFileSync(pythonOut));
  writeFileSync(
    join(OUT_DIR, "heapstack.jsonl"),
    [...ours.values()].map((r) => `${JSON.stringify(r)}\n`).join(""),
  );
  // A file both sides parsed gives the most telling diff (an AST detail rather than an error).
  const first = mismatches.find((f) => "sha1" in theirs.get(f)! && "sha1" in ours.get(f)!) ?? mismatches[0]!;
  const diff = writeAstDiff(join(python.stdlib, first), OUT_DIR, "first-mismatch");
  const listing = mismatches
    .slice(0, MAX_LISTED_MISMATCHES)
    .map(
      (file) =>
        `  ${file}\n      python3:   ${describe(theirs.get(file)!)}\n      heapstack: ${describe(ours.get(file)!)}`,
    )
    .join("\n");
  assert.fail(
    `${mismatches.length} of ${theirs.size} files differ from CPython 3.11` +
      (mismatches.length > MAX_LISTED_MISMATCHES ? ` (first ${MAX_LISTED_MISMATCHES} shown)` : "") +
      `:\n${listing}\n` +
      `diff of ${first}: ${relative(REPO_ROOT, diff.diffPath)}\n${diff.diff.split("\n").slice(0, 40).join("\n")}`,
  );
});

/** Every .py file under `root`, sorted, walking like Python's os.walk (symlinked dirs not followed). */
function listPythonFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".py") && !isDirectoryThroughSymlink(entry.isSymbolicLink(), path)) {
        files.push(path);
      }
    }
  };
  walk(root);
  return files;
}

function isDirectoryThroughSymlink(isSymlink: boolean, path: string): boolean {
  if (!isSymlink) return false;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // a dangling link: os.walk lists it as a file, and reading it fails on both sides
  }
}

function heapstackRecord(path: string, file: string): FileRecord {
  const source = readFileSync(path);
  try {
    const text = dump(parse(source, "exec", { filename: path, exactStrings: true }), {
      includeAttributes: true,
    });
    return { file, sha1: createHash("sha1").update(text, "utf8").digest("hex") };
  } catch (error) {
    if (error instanceof PySyntaxError) {
      return {
        file,
        error: [error.kind, error.msg, error.lineno, error.offset, error.end_lineno, error.end_offset],
      };
    }
    // Record (rather than throw) so one crash doesn't hide the state of the other files.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { file, error: ["heapstack internal error", message, null, null, null, null] };
  }
}

function describe(record: FileRecord): string {
  if ("sha1" in record) return `parsed (dump sha1 ${record.sha1.slice(0, 10)})`;
  const [kind, msg, lineno, offset, endLineno, endOffset] = record.error;
  return `${kind}: ${msg} @ ${lineno}:${offset}-${endLineno}:${endOffset}`;
}

function runPythonSide(python: string, root: string, outPath: string): Promise<void> {
  const script = join(REPO_ROOT, "scripts", "py", "dump_stdlib.py");
  return new Promise((resolve, reject) => {
    const child = spawn(python, [script, root, outPath], {
      env: pythonEnv(),
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (status) => {
      if (status === 0) resolve();
      else reject(new Error(`dump_stdlib.py exited with ${status}:\n${stderr}`));
    });
  });
}
