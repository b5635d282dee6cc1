/**
 * Modules python3 had imported before a script's first line (os, pathlib, weakref, random, re,
 * collections...) cost a program nothing there: importing one is a lookup in sys.modules, and
 * tracemalloc started on the first line sees none of their objects. heapstack loads them when
 * the program first imports them; the report must not count that load as the program's
 * allocations (its peak, sites and objects), or a four-line program's report would show
 * hundreds of KiB of <frozen abc> objects.
 *
 *   node scripts/run-tests.mjs tests/trace/report_startup_modules.test.ts
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { run } from "../../src/index.js";

const quiet = { stdout: () => {}, stderr: () => {} };
const PROGRAM = "import os, pathlib, weakref, random, re, collections\nx = [1, 2, 3]\n";
const FILE = "/tmp/report_startup_modules.py";

test("a startup module's load is none of the program's allocations", () => {
  const report = run(PROGRAM, { filename: FILE, report: true, ...quiet }).report!;
  const files = new Set([...report.topSites, ...report.leaks].map((s) => s.file));
  assert.deepEqual([...files], [FILE]);
  assert.deepEqual(
    report.typesAtExit.map((t) => t.type),
    ["list"],
  );

  // python3's tracemalloc, started on the line before, sees the same peak
  const dir = mkdtempSync(join(tmpdir(), "report-startup-"));
  try {
    const file = join(dir, "prog.py");
    writeFileSync(
      file,
      `import tracemalloc\ntracemalloc.start()\n${PROGRAM}print(tracemalloc.get_traced_memory()[1])\n`,
    );
    const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], {
      encoding: "utf8",
    }).trim();
    const peak = Number(execFileSync(python, [file], { encoding: "utf8" }).trim());
    assert.equal(report.peak.bytes, peak);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
