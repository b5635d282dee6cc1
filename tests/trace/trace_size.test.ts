/**
 * --max-trace-bytes: the written JSON / Python Tutor trace stops growing at the limit, stays a
 * valid document saying why (run.stopped = trace-size), and the command says so once on stderr
 * and exits 124 like the other limits.
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CLI = join(ROOT, "bin", "heapstack.js");
const schema = JSON.parse(readFileSync(join(ROOT, "docs", "trace.schema.json"), "utf8"));
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const assertValid = (doc: unknown) => {
  const ok = validate(doc);
  assert.ok(ok, JSON.stringify(validate.errors));
};

// the first step lists the 30 dicts and lists, every step its frame: the trace is about 100 KB
const PROGRAM =
  'data = [{"k": i, "v": [i]} for i in range(30)]\nfor d in data:\n    x = d["k"]\nprint("done")\n';
const LIMIT = 20 * 1024;

describe("--max-trace-bytes", () => {
  let dir = "";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "trace-size-"));
    execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT });
    writeFileSync(join(dir, "p.py"), PROGRAM);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], {
      cwd: dir,
      encoding: "utf8",
      timeout: 120_000,
      maxBuffer: 1 << 28,
    });
  const stopLines = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("heapstack: stopped:"));

  const checkCut = (text: string, stderr: string) => {
    const doc = JSON.parse(text);
    assertValid(doc);
    assert.equal(doc.run.stopped.reason, "trace-size");
    assert.match(doc.run.stopped.message, /20 KiB \(--max-trace-bytes\)/);
    assert.equal(doc.run.status, 124);
    assert.ok(doc.steps.length >= 1 && doc.steps.length < doc.run.steps, `${doc.steps.length} steps`);
    assert.deepEqual(
      doc.steps.map((s: { step: number }) => s.step),
      doc.steps.map((_: unknown, i: number) => i),
    );
    assert.ok(Buffer.byteLength(text) <= LIMIT, `${Buffer.byteLength(text)} bytes`);
    assert.deepEqual(stopLines(stderr), [`heapstack: stopped: ${doc.run.stopped.message}`]);
  };

  test("a file: a valid document cut before the limit, one stop line, status 124", () => {
    const r = cli(["trace", "--max-trace-bytes", "20K", "-o", "t.json", "p.py"]);
    assert.equal(r.status, 124, r.stderr);
    checkCut(readFileSync(join(dir, "t.json"), "utf8"), r.stderr);
  });

  test("standard output (a pipe): the same document", () => {
    const r = cli(["trace", "--max-trace-bytes", "20K", "p.py"]);
    assert.equal(r.status, 124, r.stderr);
    checkCut(r.stdout, r.stderr);
  });

  test("under the limit, or with 0, the whole trace and status 0", () => {
    for (const limit of ["10M", "0"]) {
      const r = cli(["trace", "--max-trace-bytes", limit, "-o", `full${limit}.json`, "p.py"]);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(stopLines(r.stderr), []);
      const doc = JSON.parse(readFileSync(join(dir, `full${limit}.json`), "utf8"));
      assertValid(doc);
      assert.equal(doc.run.stopped, null);
      assert.equal(doc.run.status, 0);
      assert.equal(doc.steps.length, doc.run.steps);
      assert.ok(statSync(join(dir, `full${limit}.json`)).size > LIMIT);
    }
  });

  test("a run stopped by --max-steps and then cut: one stop line, the size's", () => {
    const r = cli(["trace", "--max-steps", "60", "--max-trace-bytes", "20K", "-o", "both.json", "p.py"]);
    assert.equal(r.status, 124, r.stderr);
    const doc = JSON.parse(readFileSync(join(dir, "both.json"), "utf8"));
    assert.equal(doc.run.steps, 60);
    checkCut(readFileSync(join(dir, "both.json"), "utf8"), r.stderr);
  });

  test("--format pytutor ends with an uncaught_exception point saying why", () => {
    const r = cli(["trace", "--format", "pytutor", "--max-trace-bytes", "20K", "-o", "pt.json", "p.py"]);
    assert.equal(r.status, 124, r.stderr);
    const doc = JSON.parse(readFileSync(join(dir, "pt.json"), "utf8"));
    const last = doc.trace[doc.trace.length - 1];
    assert.equal(last.event, "uncaught_exception");
    assert.match(last.exception_msg, /^heapstack: stopped: .*--max-trace-bytes/);
    assert.equal(stopLines(r.stderr).length, 1);
    const full = cli(["trace", "--format", "pytutor", "-o", "ptfull.json", "p.py"]);
    assert.equal(full.status, 0, full.stderr);
    const whole = JSON.parse(readFileSync(join(dir, "ptfull.json"), "utf8"));
    assert.ok(doc.trace.length < whole.trace.length);
    assert.deepEqual(doc.trace.slice(0, -1), whole.trace.slice(0, doc.trace.length - 1));
  });

  test("the option takes sizes like the other byte limits", () => {
    const r = cli(["trace", "--max-trace-bytes", "lots", "p.py"]);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /expected a size in bytes/);
    assert.match(cli(["trace", "--help"]).stdout, /--max-trace-bytes <bytes>/);
  });
});
