/**
 * The stop notice (src/vm/budget.ts stopNotice): a limit that stops a run, plain or recorded,
 * says so before the stack unwinds, so that the CLI's --timeout watchdog stands down instead of
 * killing a worker busy unwinding a deep stack (a second stop line, and no report).
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { trace } from "../../src/trace/session.js";
import { stopNotice } from "../../src/vm/budget.js";
import { runMain } from "../../src/vm/interpreter.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CLI = join(ROOT, "bin", "heapstack.js");
const quiet = { stdout: () => {}, stderr: () => {} };

/** Reasons told while `f` runs, and at which recursion depth of the program. */
function notices(f: () => void): string[] {
  const told: string[] = [];
  stopNotice.listener = (reason) => told.push(reason);
  try {
    f();
  } finally {
    stopNotice.listener = null;
  }
  return told;
}

const DEEP =
  "def f(n):\n    if n == 0:\n        while True:\n            pass\n    return f(n - 1)\nf(200)\n";

describe("stop notice", () => {
  test("a plain run's budget tells once, before unwinding", () => {
    let status = -1;
    const told = notices(() => {
      status = runMain({
        source: DEEP,
        filename: "<deep>",
        argv: ["<deep>"],
        budget: { maxSteps: 5000 },
        ...quiet,
      });
    });
    assert.equal(status, 124);
    assert.deepEqual(told, ["max-steps"]);
  });

  test("a recording's limit tells once", () => {
    const told = notices(() => {
      const t = trace(DEEP, { filename: "<deep>", maxSteps: 3000, ...quiet });
      assert.equal(t.outcome.stopped?.reason, "max-steps");
    });
    assert.deepEqual(told, ["max-steps"]);
  });

  test("a run that ends by itself tells nothing", () => {
    assert.deepEqual(
      notices(() => runMain({ source: "x = [1] * 3\n", filename: "<ok>", argv: ["<ok>"], ...quiet })),
      [],
    );
  });
});

describe("run --report --timeout on a deep recursion", () => {
  let dir = "";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "stop-notice-"));
    execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("one stop line, then the report", () => {
    writeFileSync(
      join(dir, "deep.py"),
      `import sys\nsys.setrecursionlimit(10**6)\n${DEEP.replace("f(200)", "f(20000)")}`,
    );
    const r = spawnSync(process.execPath, [CLI, "run", "--report", "--timeout", "1", "deep.py"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 300_000,
    });
    assert.equal(r.status, 124, r.stderr);
    const stops = r.stderr.split("\n").filter((l) => l.includes("heapstack: stopped:"));
    assert.equal(stops.length, 1, r.stderr);
    assert.match(stops[0]!, /ran longer than 1 s \(--timeout\)/);
    assert.match(r.stderr, /heapstack memory report: deep\.py/);
  });
});
