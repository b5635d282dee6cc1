/**
 * Green threads (src/modules/_thread.ts) where CPython's behaviour can't be compared by a
 * differential program: a deadlock, which hangs python3, stops a heapstack run with one
 * `heapstack: stopped: deadlock: ...` line and exit status 124; a timeout nothing can cut short
 * still takes its time.
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "bin", "heapstack.js");
const dir = mkdtempSync(join(tmpdir(), "heapstack-threading-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function run(
  name: string,
  source: string,
): { stdout: string; stderr: string; status: number | null; ms: number } {
  const file = join(dir, name);
  writeFileSync(file, source);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [CLI, "run", file], { encoding: "utf8", timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, ms: Date.now() - t0 };
}

const DEADLOCK =
  "heapstack: stopped: deadlock: every thread is blocked and none can wake up (CPython would hang)\n";

describe("green threads: deadlocks and timeouts", () => {
  before(() => {
    execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
  });

  test("the main thread acquiring a lock it holds stops the run", () => {
    const r = run(
      "self.py",
      'import threading\nl = threading.Lock()\nl.acquire()\nprint("once")\nl.acquire()\nprint("never")\n',
    );
    assert.deepEqual([r.stdout, r.stderr, r.status], ["once\n", DEADLOCK, 124]);
  });

  test("two threads waiting for each other's lock stop the run", () => {
    const r = run(
      "pair.py",
      [
        "import threading, time",
        "a, b = threading.Lock(), threading.Lock()",
        "def one():",
        "    with a:",
        "        time.sleep(0.01)",
        "        with b: pass",
        "def two():",
        "    with b:",
        "        time.sleep(0.01)",
        "        with a: pass",
        "ts = [threading.Thread(target=one), threading.Thread(target=two)]",
        "for t in ts: t.start()",
        'print("started")',
        "for t in ts: t.join()",
        'print("never")',
        "",
      ].join("\n"),
    );
    assert.deepEqual([r.stdout, r.stderr, r.status], ["started\n", DEADLOCK, 124]);
  });

  test("a thread blocked under native code waiting for its starter is reported as such", () => {
    const r = run(
      "native.py",
      [
        "import threading",
        "gate = threading.Lock()",
        "gate.acquire()",
        "def key(v):",
        "    with gate:",
        "        return v",
        "t = threading.Thread(target=lambda: sorted([2, 1], key=key))",
        "t.start()",
        "gate.release()",
        "t.join()",
        "",
      ].join("\n"),
    );
    assert.equal(r.status, 124);
    assert.match(r.stderr, /^heapstack: stopped: deadlock: a thread blocked in a call from native code/);
  });

  test("a timeout nothing can cut short returns False after its time", () => {
    const r = run(
      "timeout.py",
      "import threading\nl = threading.Lock()\nl.acquire()\nprint(l.acquire(timeout=0.2))\nev = threading.Event()\nprint(ev.wait(0.1))\n",
    );
    assert.deepEqual([r.stdout, r.stderr, r.status], ["False\nFalse\n", "", 0]);
    assert.ok(r.ms >= 300, `took ${r.ms} ms`);
  });
});
