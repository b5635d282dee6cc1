/**
 * The command line as a new user meets it when something is wrong: a program that fails
 * (a SyntaxError before its first line, an uncaught exception, sys.exit(3)) under `trace`, and
 * bad input to the commands. Messages are one line (or python3's own), never a JS stack trace.
 *
 *   node scripts/run-tests.mjs tests/trace/cli_errors.test.ts
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CLI = join(ROOT, "bin", "heapstack.js");

describe("trace of a program that fails", () => {
  let dir = "";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "cli-errors-"));
    execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT });
    writeFileSync(join(dir, "syn.py"), "x = 1\ndef f(:\n");
    writeFileSync(join(dir, "exc.py"), "x = [1, 2]\nprint('hi')\nraise ValueError('boom')\n");
    writeFileSync(join(dir, "exit3.py"), "import sys\nsys.exit(3)\n");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: "utf8", timeout: 60_000 });

  test("a SyntaxError: python3's message on stderr, and the trace is still written", () => {
    const r = cli(["trace", "syn.py", "-o", "t.json"]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /File ".*syn\.py", line 2\n {4}def f\(:\n {10}\^\nSyntaxError: invalid syntax\n/);
    assert.match(
      r.stderr,
      /heapstack trace: the program exited with status 1 \(SyntaxError: invalid syntax\)\n$/,
    );
  });

  test("a SyntaxError in Python Tutor's format: one uncaught_exception point at its line", () => {
    const r = cli(["trace", "--format", "pytutor", "syn.py"]);
    const doc = JSON.parse(r.stdout) as { code: string; trace: Record<string, unknown>[] };
    assert.equal(doc.code, "x = 1\ndef f(:\n");
    assert.equal(doc.trace.length, 1);
    assert.equal(doc.trace[0]!.event, "uncaught_exception");
    assert.equal(doc.trace[0]!.line, 2);
    assert.equal(doc.trace[0]!.exception_msg, "SyntaxError: invalid syntax");
  });

  test("a SyntaxError as a heap snapshot: no step to write, and why", () => {
    const r = cli(["trace", "--format", "heapsnapshot", "syn.py"]);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, "");
    assert.match(
      r.stderr,
      /SyntaxError: invalid syntax\nheapstack: the program recorded no steps: it exited with status 1 \(SyntaxError: invalid syntax\)\n$/,
    );
  });

  test("an output file that cannot be written: said before the program runs", () => {
    const cases: [string[], string][] = [
      [["trace", "exc.py", "-o", "no/such/dir/t.json"], "heapstack trace: can't write 'no/such/dir/t.json'"],
      [["trace", "exc.py", "--html", "no/x.html"], "heapstack trace: can't write 'no/x.html'"],
      [["trace", "exc.py", "-o", "."], "heapstack trace: can't write '.': [Errno 21] Is a directory"],
      [["run", "--report", "--report-file", "no/r.json", "exc.py"], "heapstack run: can't write 'no/r.json'"],
    ];
    for (const [args, message] of cases) {
      const r = cli(args);
      assert.equal(r.status, 2, args.join(" "));
      assert.equal(r.stdout, "", args.join(" ")); // the program did not run
      assert.ok(r.stderr.startsWith(message), r.stderr);
      assert.equal(r.stderr.split("\n").length, 2, r.stderr);
    }
  });

  test("an uncaught exception and sys.exit(3): one line saying how the program ended", () => {
    const e = cli(["trace", "exc.py", "-o", "e.json"]);
    assert.equal(e.status, 0, e.stderr);
    assert.equal(e.stderr, "heapstack trace: the program exited with status 1 (ValueError: boom)\n");
    const x = cli(["trace", "exit3.py", "-o", "x.json"]);
    assert.equal(x.stderr, "heapstack trace: the program exited with status 3\n");
  });
});

describe("run --report --report-format json", () => {
  let dir = "";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "cli-report-"));
    execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("valid JSON after the program's output, with the fields docs/report-format.md lists", () => {
    writeFileSync(
      join(dir, "p.py"),
      "cache = {}\nfor i in range(50):\n    cache[i] = [i] * 10\nprint(len(cache))\n",
    );
    const r = spawnSync(
      process.execPath,
      [CLI, "run", "--report", "--report-format", "json", "--report-file", "-", "p.py"],
      {
        cwd: dir,
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.startsWith("50\n"));
    const report = JSON.parse(r.stdout.slice(3)) as Record<string, unknown>;
    const doc = readFileSync(join(ROOT, "docs", "report-format.md"), "utf8");
    const documented = new Set<string>();
    for (const row of doc.matchAll(/^\| (`[^|]*`) +\|/gm))
      for (const name of row[1]!.matchAll(/`(\w+)`/g)) documented.add(name[1]!);
    const keys = Object.keys(report).sort();
    assert.deepEqual(
      keys.filter((k) => !documented.has(k)),
      [],
      "fields the document does not list",
    );
    assert.deepEqual(
      [...documented].filter((k) => !keys.includes(k)),
      [],
      "listed fields the report lacks",
    );
    assert.equal((report.leaks as { line: number; count: number }[])[0]!.line, 3);
  });
});

describe("a directory as the script, as python3 DIR", () => {
  let dir = "";
  let python = "python3";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "cli-dir-"));
    execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT });
    python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], {
      encoding: "utf8",
    }).trim();
    mkdirSync(join(dir, "app"));
    writeFileSync(join(dir, "app", "helper.py"), "NAME = 'helper'\n");
    writeFileSync(
      join(dir, "app", "__main__.py"),
      "import sys, helper\nprint(sys.argv, sys.path[0], __name__, __file__, __spec__.name, helper.NAME)\n1 / 0\n",
    );
    mkdirSync(join(dir, "empty"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const both = (args: string[]) => {
    const opts = { cwd: dir, encoding: "utf8" as const, timeout: 60_000 };
    return [spawnSync(python, args, opts), spawnSync(process.execPath, [CLI, ...args], opts)] as const;
  };

  test("its __main__.py runs as the module __main__: output, traceback and status python3's", () => {
    const [py, hs] = both(["app", "x", "-y"]);
    assert.equal(hs.stdout, py.stdout);
    assert.equal(hs.stderr, py.stderr);
    assert.equal(hs.status, py.status);
  });

  test("without a __main__.py: python3's message and status 1", () => {
    const [py, hs] = both(["empty"]);
    assert.equal(hs.status, py.status);
    assert.equal(hs.stderr.replace(/^heapstack: /, ""), py.stderr.replace(/^\S+: /, ""));
    for (const command of [["run", "--report"], ["trace"]]) {
      const r = spawnSync(process.execPath, [CLI, ...command, "empty"], { cwd: dir, encoding: "utf8" });
      assert.equal(r.status, py.status, command.join(" "));
      assert.equal(r.stderr, hs.stderr, command.join(" "));
    }
  });

  test("run --report DIR and trace DIR run it too: python3's output, the report, the trace of __main__.py", () => {
    const [py] = both(["app", "x"]);
    const opts = { cwd: dir, encoding: "utf8" as const, timeout: 60_000 };
    const report = spawnSync(process.execPath, [CLI, "run", "--report", "app", "x"], opts);
    assert.equal(report.status, py.status, report.stderr);
    assert.equal(report.stdout, py.stdout);
    assert.ok(report.stderr.startsWith(py.stderr), report.stderr);
    assert.match(report.stderr, /heapstack memory report: app\/__main__\.py\n/);
    const traced = spawnSync(process.execPath, [CLI, "trace", "app", "x", "-o", "app.json"], opts);
    assert.equal(traced.status, 0, traced.stderr);
    const doc = JSON.parse(readFileSync(join(dir, "app.json"), "utf8")) as {
      program: { file: string; source: string };
      steps: { stdout?: string }[];
    };
    assert.equal(doc.program.file, join(dir, "app", "__main__.py"));
    assert.equal(doc.program.source, readFileSync(join(dir, "app", "__main__.py"), "utf8"));
    assert.match(
      traced.stderr,
      /the program exited with status 1 \(ZeroDivisionError: division by zero\)\n$/,
    );
  });
});
