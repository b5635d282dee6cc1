/**
 * Budgets for untrusted code in a plain `heapstack run` (no --report): --max-steps, --timeout
 * and --max-memory stop the program with one `heapstack: stopped: ...` line on stderr and exit
 * status 124, keeping the output written before; SIGINT raises KeyboardInterrupt as in python3.
 */
import assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CLI = join(ROOT, "bin", "heapstack.js");
const dir = mkdtempSync(join(tmpdir(), "heapstack-budgets-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function program(name: string, source: string): string {
  const file = join(dir, name);
  writeFileSync(file, source);
  return file;
}

function heapstack(args: string[]): { stdout: string; stderr: string; status: number | null; ms: number } {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, ms: Date.now() - t0 };
}

function realPython(): string {
  return execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
}

const LOOP = 'print("start")\ni = 0\nwhile True:\n    i += 1\n';

describe("heapstack run budgets without --report", () => {
  before(() => {
    execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
  });

  test("--max-steps stops an endless loop and keeps its output", () => {
    const r = heapstack(["run", "--max-steps", "10000", program("loop.py", LOOP)]);
    assert.equal(r.stdout, "start\n");
    assert.equal(r.stderr, "heapstack: stopped: the program ran past 10000 steps (--max-steps)\n");
    assert.equal(r.status, 124);
  });

  test("--max-steps counts calls and loop iterations; a program within it runs normally", () => {
    const file = program(
      "count.py",
      "def f(): return 1\nt = 0\nfor i in range(100):\n    t += f()\nprint(t)\n",
    );
    const ok = heapstack(["run", "--max-steps", "300", file]);
    assert.deepEqual([ok.stdout, ok.stderr, ok.status], ["100\n", "", 0]);
    const stopped = heapstack(["run", "--max-steps", "150", file]);
    assert.equal(stopped.stdout, "");
    assert.match(stopped.stderr, /^heapstack: stopped: the program ran past 150 steps/);
    assert.equal(stopped.status, 124);
  });

  test("--max-steps also bounds deep recursion and generators", () => {
    const file = program(
      "rec.py",
      "import sys\nsys.setrecursionlimit(100000)\ndef f(n): return f(n + 1)\ndef g():\n    while True: yield 1\nfor x in g(): pass\n",
    );
    const r = heapstack(["run", "--max-steps", "5000", file]);
    assert.equal(r.status, 124);
    assert.match(r.stderr, /--max-steps/);
  });

  test("--timeout stops a loop on the clock", () => {
    const r = heapstack(["run", "--timeout", "0.5", program("loop2.py", LOOP)]);
    assert.equal(r.stdout, "start\n");
    assert.equal(r.stderr, "heapstack: stopped: the program ran longer than 0.5 s (--timeout)\n");
    assert.equal(r.status, 124);
    assert.ok(r.ms < 20_000, `took ${r.ms} ms`);
  });

  test("--timeout stops one long native operation through the watchdog", () => {
    const file = program("native.py", 'print("start", flush=True)\nprint(sum(range(10 ** 15)))\n');
    const r = heapstack(["run", "--timeout", "0.5", file]);
    assert.equal(r.stdout, "start\n");
    assert.match(r.stderr, /^heapstack: stopped: the program ran longer than 0\.5 s \(--timeout\)/);
    assert.equal(r.status, 124);
  });

  test("--timeout ends a time.sleep at the deadline", () => {
    const file = program("sleep.py", 'import time\nprint("start", flush=True)\ntime.sleep(30)\n');
    const r = heapstack(["run", "--timeout", "0.5", file]);
    assert.equal(r.stdout, "start\n");
    assert.equal(r.stderr, "heapstack: stopped: the program ran longer than 0.5 s (--timeout)\n");
    assert.equal(r.status, 124);
    assert.ok(r.ms < 20_000, `took ${r.ms} ms`);
  });

  test("--timeout stops a catastrophic regular expression from inside the matcher", () => {
    const file = program(
      "regex.py",
      'import re\nprint("start", flush=True)\nre.match("(a+)+$", "a" * 40 + "b")\n',
    );
    const r = heapstack(["run", "--timeout", "0.5", file]);
    assert.equal(r.stdout, "start\n");
    assert.equal(r.stderr, "heapstack: stopped: the program ran longer than 0.5 s (--timeout)\n");
    assert.equal(r.status, 124);
  });

  test("--max-memory stops a growing heap", () => {
    const file = program("mem.py", 'print("a")\nx = []\nwhile True:\n    x.append([1, 2, 3])\n');
    const r = heapstack(["run", "--max-memory", "4M", file]);
    assert.equal(r.stdout, "a\n");
    assert.equal(r.stderr, "heapstack: stopped: the program's heap grew past 4194304 bytes (--max-memory)\n");
    assert.equal(r.status, 124);
  });

  test("--max-memory sees one big allocation at once", () => {
    const file = program("big.py", 'print("a")\nx = "x" * 10_000_000\nprint("b")\n');
    const r = heapstack(["run", "--max-memory", "1M", file]);
    assert.equal(r.stdout, "a\n");
    assert.match(r.stderr, /--max-memory/);
    assert.equal(r.status, 124);
  });

  test("the budgets are documented in --help", () => {
    const r = heapstack(["run", "--help"]);
    for (const flag of ["--max-steps", "--timeout", "--max-memory", "124"])
      assert.match(r.stdout, new RegExp(flag));
  });

  for (const [name, source] of [
    ["sigint_uncaught.py", 'print("ready", flush=True)\nwhile True: pass\n'],
    [
      "sigint_caught.py",
      'print("ready", flush=True)\nn = 0\ntry:\n    while True:\n        n += 1\nexcept KeyboardInterrupt:\n    print("caught", n > 0)\n',
    ],
    [
      "sigint_in_function.py",
      'def spin():\n    while True:\n        pass\nprint("ready", flush=True)\nspin()\n',
    ],
    [
      "sigint_in_sleep.py",
      'import time\nprint("ready", flush=True)\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print("woken", flush=True)\ntime.sleep(30)\n',
    ],
  ] as const) {
    test(`SIGINT raises KeyboardInterrupt as in python3: ${name}`, async () => {
      const file = program(name, source);
      const outcome = (cmd: string, args: string[]) =>
        new Promise<string>((done) => {
          const child = spawn(cmd, args);
          let out = "";
          let err = "";
          child.stdout.on("data", (d) => {
            out += d;
            if (out.includes("ready\n")) setTimeout(() => child.kill("SIGINT"), 300);
          });
          child.stderr.on("data", (d) => {
            err += d;
          });
          child.on("exit", (code, signal) => done(JSON.stringify({ out, err, code, signal })));
        });
      const expected = await outcome(realPython(), [file]);
      const actual = await outcome(process.execPath, [CLI, "run", file]);
      assert.equal(actual, expected);
    });
  }
});
