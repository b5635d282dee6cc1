// sys._debugmallocstats(): our allocator model's numbers are our own, but the report must have
// CPython 3.11's layout line for line, so tools that read it (and people who know it) can.
// Both outputs are compared with every number masked, runs of spaces (the padding of numbers)
// made one, and the per-size-class rows (which classes are in use differs) reduced to a marker.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import test from "node:test";
import { pythonEnv, pythonInfo } from "../parser/support/python.js";
import { REPO_ROOT } from "../parser/support/repo.js";

const PROGRAM = "import sys\nkeep = [[i] for i in range(2000)]\nsys._debugmallocstats()\n";

function layout(stderr: string): string[] {
  const out: string[] = [];
  for (const line of stderr.split("\n").map((l) => l.replace(/\d[\d,]*/g, "N").replace(/ +/g, " "))) {
    const isClassRow = /^ N N N N N$/.test(line);
    if (isClassRow && out[out.length - 1] === "<size class rows>") continue;
    out.push(isClassRow ? "<size class rows>" : line);
  }
  return out;
}

function stderrOf(command: string, args: string[], program = PROGRAM): string {
  const r = spawnSync(command, args, { env: pythonEnv(), input: program, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  return r.stderr;
}

test("sys._debugmallocstats() writes CPython 3.11's layout", () => {
  const theirs = stderrOf(pythonInfo().executable, ["-"]);
  const ours = stderrOf(process.execPath, [join(REPO_ROOT, "bin", "heapstack.js"), "run", "-"]);
  assert.deepEqual(layout(ours), layout(theirs));
});

test("sys._debugmallocstats() accounts for every byte of the arenas", () => {
  const ours = stderrOf(process.execPath, [join(REPO_ROOT, "bin", "heapstack.js"), "run", "-"]);
  const value = (label: string) => {
    const m = new RegExp(`^${label}\\s*=\\s*([\\d,]+)$`, "m").exec(ours);
    assert.ok(m, `no line ${label}`);
    return Number(m[1]!.replaceAll(",", ""));
  };
  const parts = [
    "# bytes in allocated blocks",
    "# bytes in available blocks",
    "\\d+ unused pools \\* 16384 bytes",
    "# bytes lost to pool headers",
    "# bytes lost to quantization",
    "# bytes lost to arena alignment",
  ].map(value);
  assert.equal(
    parts.reduce((a, b) => a + b, 0),
    value("\\d+ arenas \\* 1048576 bytes/arena"),
  );
  // 2000 one-item lists are live: at least their 56-byte (64-byte class) objects are in use.
  assert.ok(value("# bytes in allocated blocks") >= 2000 * 64);
});

// The free lists are CPython's after an import whose effect on them is emulated. CPython 3.11
// parks dead 20-item tuples but never takes one back (that list only grows until a full
// collection), so tuples of 20 heapstack's own import code parked stayed: 9 after
// 'import tracemalloc' where python3 has 6.
test("sys._debugmallocstats() free lists after import tracemalloc are python3's", () => {
  const program = "import tracemalloc\nimport sys\nt = tuple(range(20))\ndel t\nsys._debugmallocstats()\n";
  const freeLists = (stderr: string) => stderr.split("\n").filter((line) => / free .*Objects \* /.test(line));
  const theirs = freeLists(stderrOf(pythonInfo().executable, ["-"], program));
  const ours = freeLists(
    stderrOf(process.execPath, [join(REPO_ROOT, "bin", "heapstack.js"), "run", "-"], program),
  );
  assert.ok(theirs.length > 20);
  assert.deepEqual(ours, theirs);
});
