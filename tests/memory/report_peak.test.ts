// The memory report's heap size counts what the program allocated: blocks of the interpreter's
// start that the run frees (a full collection empties the free lists the start left) must not
// make the program's heap look smaller than it is, which put the peak before anything was built.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "node:test";
import { REPO_ROOT } from "../parser/support/repo.js";

const PROGRAM = [
  "import gc",
  "gc.collect()",
  "x = [1]",
  "big = [list(range(10)) for _ in range(10)]",
  "del big",
  "y = 2",
  "",
].join("\n");

test("report: the peak is where the program's objects were, after a full collection", () => {
  const dir = mkdtempSync(join(tmpdir(), "heapstack-report-"));
  try {
    const file = join(dir, "prog.py");
    writeFileSync(file, PROGRAM);
    const r = spawnSync(
      process.execPath,
      [
        join(REPO_ROOT, "bin/heapstack.js"),
        "run",
        "--report",
        "--report-format",
        "json",
        "--report-file",
        "-",
        file,
      ],
      { encoding: "utf8" },
    );
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { peak: { line: number; bytes: number } };
    assert.equal(report.peak.line, 4);
    // the ten lists of ten ints and their vectors are live then
    assert.ok(report.peak.bytes > 1700, String(report.peak.bytes));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
