/**
 * The report's "Most allocated" (`allocatedSites`) and `totals` count item storage as it is
 * allocated and grows (a list appended to after it was made, a bytearray extended, a dict's table
 * replaced), at the line that grew it: tracemalloc traces a reallocated block there too, so for a
 * line that only grows one object python3's tracemalloc snapshot shows the same bytes.
 *
 *   node scripts/run-tests.mjs tests/trace/report_growth.test.ts
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { run } from "../../src/index.js";

const quiet = { stdout: () => {}, stderr: () => {} };

// lines 3 and 6 allocate nothing but the growth of b's items and s's data
const PROGRAM = `b = []
for i in range(1000):
    b.append(None)
s = bytearray()
for i in range(300):
    s += b"xyz"
d = {}
for i in range(300):
    d[i] = None
`;

function allocatedAt(source: string, line: number): { size: number; count: number } {
  const r = run(source, { filename: "/tmp/report_growth.py", report: true, ...quiet });
  const site = r.report!.allocatedSites.find((s) => s.line === line);
  return { size: site?.size ?? 0, count: site?.count ?? 0 };
}

describe("allocatedSites count item storage growth", () => {
  let dir = "";
  let python = "python3";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "report-growth-"));
    python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], {
      encoding: "utf8",
    }).trim();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("a list's and a bytearray's growth: python3's tracemalloc bytes at those lines", () => {
    // python3: the program with tracemalloc started first (two lines, so lines shift by 2)
    const file = join(dir, "prog.py");
    writeFileSync(
      file,
      `import tracemalloc\ntracemalloc.start()\n${PROGRAM}snap = tracemalloc.take_snapshot()\n` +
        "for st in snap.statistics('lineno'):\n" +
        "    if st.traceback[0].filename == __file__:\n" +
        "        print(st.traceback[0].lineno - 2, st.size)\n",
    );
    const traced = new Map<number, number>();
    for (const row of execFileSync(python, [file], { encoding: "utf8" }).trim().split("\n")) {
      const [line, size] = row.split(" ").map(Number);
      traced.set(line!, size!);
    }
    const r = run(PROGRAM, { filename: "/tmp/report_growth.py", report: true, ...quiet }).report!;
    for (const line of [3, 6]) {
      const site = r.allocatedSites.find((s) => s.line === line);
      assert.ok(site !== undefined, `line ${line} is missing from allocatedSites`);
      assert.equal(site.size, traced.get(line), `line ${line}`);
      assert.equal(site.count, 0, `line ${line} allocates no object`);
    }
  });

  test("a dict's tables are counted at the line storing into it; totals include them", () => {
    const r = run(PROGRAM, { filename: "/tmp/report_growth.py", report: true, ...quiet }).report!;
    const stores = r.allocatedSites.find((s) => s.line === 9);
    // the keys tables of 8, 16, ... 512 slots a 300-item dict of ints went through
    assert.ok(stores !== undefined && stores.size > 9000, JSON.stringify(stores));
    const sum = r.allocatedSites.reduce((a, s) => a + s.size, 0);
    assert.ok(r.totals.allocatedBytes >= sum, `${r.totals.allocatedBytes} < ${sum}`);
  });

  test("a list made at its full size counts its items where it was made", () => {
    // [None] * 1000: the one-item list and its item, then the result and its 8000 bytes of items
    assert.deepEqual(allocatedAt("a = [None] * 1000\n", 1), { size: 56 + 8 + 56 + 8000, count: 2 });
  });
});
