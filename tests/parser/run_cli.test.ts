// The ways of handing heapstack a program (`run FILE`, `FILE`, `-c CODE`, stdin) against the
// same invocations of python3, for a program with a syntax error and for one that runs; plus
// a missing script and bad usage.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { type ProcessResult, runProcess } from "./support/processes.js";
import { pythonEnv, pythonInfo } from "./support/python.js";
import { requireBuiltCli } from "./support/repo.js";

const scratch = mkdtempSync(join(tmpdir(), "heapstack-run-cli-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

const BAD_PROGRAM = "def f(x):\n    if x = 1:\n        return x\n";
/** Output on both streams, the program's arguments and a non-zero exit status. */
const VALID_PROGRAM =
  "import sys\nprint('args:', sys.argv[1:])\nprint('to stderr', file=sys.stderr)\nsys.exit(3)\n";

function python(args: string[], input?: string, cwd = scratch): Promise<ProcessResult> {
  const stdin = input === undefined ? undefined : Buffer.from(input);
  return runProcess(pythonInfo().executable, args, { env: pythonEnv(), input: stdin, cwd });
}

function heapstack(args: string[], input?: string, cwd = scratch): Promise<ProcessResult> {
  const stdin = input === undefined ? undefined : Buffer.from(input);
  return runProcess(process.execPath, [requireBuiltCli(), ...args], { input: stdin, cwd });
}

function assertSameResult(ours: ProcessResult, theirs: ProcessResult): void {
  assert.equal(ours.stderr.toString("utf8"), theirs.stderr.toString("utf8"), "stderr");
  assert.equal(ours.stdout.toString("utf8"), theirs.stdout.toString("utf8"), "stdout");
  assert.equal(ours.status, theirs.status, "exit status");
}

test("a syntax error is reported like python3 however the program is given", async (t) => {
  writeFileSync(join(scratch, "bad.py"), BAD_PROGRAM);
  const invocations: [string, string[], string[], string?][] = [
    ["run FILE (relative path)", ["run", "bad.py"], ["bad.py"]],
    [
      "FILE shorthand with ./ and program arguments",
      ["./bad.py", "--flag", "x"],
      ["./bad.py", "--flag", "x"],
    ],
    ["absolute path", ["run", join(scratch, "bad.py")], [join(scratch, "bad.py")]],
    ["-c CODE", ["-c", BAD_PROGRAM, "arg"], ["-c", BAD_PROGRAM, "arg"]],
    ["program on stdin", [], [], BAD_PROGRAM],
    ["'-' reads stdin", ["-"], ["-"], BAD_PROGRAM],
    ["run - reads stdin", ["run", "-"], ["-"], BAD_PROGRAM],
  ];
  for (const [name, ourArgs, pythonArgs, input] of invocations) {
    await t.test(name, async () => {
      assertSameResult(await heapstack(ourArgs, input), await python(pythonArgs, input));
    });
  }
});

test("a valid program runs like python3 however it is given", async (t) => {
  writeFileSync(join(scratch, "ok.py"), VALID_PROGRAM);
  const invocations: [string, string[], string[], string?][] = [
    ["run FILE with arguments", ["run", "ok.py", "a", "-b"], ["ok.py", "a", "-b"]],
    ["FILE shorthand", ["ok.py"], ["ok.py"]],
    ["-c CODE with arguments", ["-c", VALID_PROGRAM, "x"], ["-c", VALID_PROGRAM, "x"]],
    ["'-' with arguments reads stdin", ["-", "y"], ["-", "y"], VALID_PROGRAM],
  ];
  for (const [name, ourArgs, pythonArgs, input] of invocations) {
    await t.test(name, async () => {
      assertSameResult(await heapstack(ourArgs, input), await python(pythonArgs, input));
    });
  }
});

test("a missing script is reported like python3 reports it", async () => {
  const theirs = await python(["missing.py"]);
  const ours = await heapstack(["missing.py"]);
  // python3 names itself by its argv[0]; heapstack by its command name.
  const expected = theirs.stderr.toString("utf8").replace(`${pythonInfo().executable}:`, "heapstack:");
  assert.equal(ours.stderr.toString("utf8"), expected);
  assert.equal(ours.status, theirs.status);
});

test("bad usage gets a message and status 2, never a JavaScript stack trace", async () => {
  for (const args of [["--bogus"], ["-c"], ["ast", "--indent"], ["ast", "-m", "block"]]) {
    const ours = await heapstack(args);
    const stderr = ours.stderr.toString("utf8");
    assert.equal(ours.status, 2, `exit status of heapstack ${args.join(" ")}`);
    // python3's own options are refused as python3 refuses them; heapstack's subcommands by commander
    assert.match(
      stderr,
      args[0]!.startsWith("-") ? /^(unknown option|Argument expected).*\nusage: / : /error/,
    );
    assert.doesNotMatch(stderr, /\n\s+at /, "no JavaScript stack trace");
  }
});

test("-m MODULE runs a module or a package's __main__ as python3 -m does", async (t) => {
  const pkg = join(scratch, "mpkg");
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, "__init__.py"), "");
  writeFileSync(
    join(pkg, "mod.py"),
    "import sys\nprint(__name__, __package__, __spec__.name, __file__ == sys.argv[0], sys.argv[1:])\n" +
      "print(sys.path[0] == __import__('os').getcwd(), sys.modules['__main__'].__dict__ is globals())\n" +
      "def fail():\n    raise ValueError('from the module')\nfail()\n",
  );
  writeFileSync(
    join(pkg, "__main__.py"),
    "import sys\nprint('package main', __name__, __spec__.name, sys.argv[1:])\n",
  );
  mkdirSync(join(scratch, "nomain"), { recursive: true });
  writeFileSync(join(scratch, "nomain", "__init__.py"), "");
  const invocations: [string, string[]][] = [
    ["a module with arguments and a traceback through runpy", ["-m", "mpkg.mod", "a", "--flag", "-c", "x"]],
    ["a package runs its __main__", ["-m", "mpkg", "arg"]],
    ["a stdlib module", ["-m", "this_module_does_not_exist"]],
    ["a package without __main__", ["-m", "nomain"]],
    ["a relative name", ["-m", ".mod"]],
  ];
  for (const [name, args] of invocations) {
    await t.test(name, async () => {
      const theirs = await python(args);
      const ours = await heapstack(args);
      const expected = theirs.stderr.toString("utf8").replace(`${pythonInfo().executable}:`, "heapstack:");
      assert.equal(ours.stderr.toString("utf8"), expected, "stderr");
      assert.equal(ours.stdout.toString("utf8"), theirs.stdout.toString("utf8"), "stdout");
      assert.equal(ours.status, theirs.status, "exit status");
    });
  }
});

test("-m unittest runs named tests and discovers test*.py as python3 -m unittest does", async (t) => {
  const dir = join(scratch, "unittest_project");
  mkdirSync(join(dir, "pkg"), { recursive: true });
  writeFileSync(
    join(dir, "test_alpha.py"),
    "import unittest\nclass TestA(unittest.TestCase):\n    def test_ok(self):\n        self.assertEqual(1 + 1, 2)\n" +
      "    def test_bad(self):\n        self.assertEqual([1, 2], [1, 3])\n",
  );
  writeFileSync(
    join(dir, "test_beta.py"),
    "import unittest\nclass TestB(unittest.TestCase):\n    def test_b(self):\n        pass\n" +
      "    @unittest.skip('why')\n    def test_skip(self):\n        pass\n",
  );
  writeFileSync(join(dir, "pkg", "__init__.py"), "");
  writeFileSync(
    join(dir, "pkg", "test_gamma.py"),
    "import unittest\nclass TestC(unittest.TestCase):\n    def test_c(self):\n        pass\n",
  );
  writeFileSync(join(dir, "helper.py"), "raise SystemExit('never imported by discovery')\n");
  // The run's duration is the one line that may differ.
  const normalise = (text: string) => text.replace(/^Ran (\d+) tests? in \d+\.\d+s$/m, "Ran $1 tests in T");
  const invocations: [string, string[]][] = [
    ["discovery", ["-m", "unittest"]],
    ["verbose, one module", ["-m", "unittest", "-v", "test_beta"]],
    ["one test method", ["-m", "unittest", "test_alpha.TestA.test_ok"]],
    ["discover with a pattern", ["-m", "unittest", "discover", "-p", "test_b*.py", "-v"]],
    ["file paths", ["-m", "unittest", "test_beta.py", "pkg/test_gamma.py"]],
  ];
  for (const [name, args] of invocations) {
    await t.test(name, async () => {
      const theirs = await python(args, undefined, dir);
      const ours = await heapstack(args, undefined, dir);
      assert.equal(
        normalise(ours.stderr.toString("utf8")),
        normalise(theirs.stderr.toString("utf8")),
        "stderr",
      );
      assert.equal(ours.stdout.toString("utf8"), theirs.stdout.toString("utf8"), "stdout");
      assert.equal(ours.status, theirs.status, "exit status");
    });
  }
});

test("-m json.tool validates and reformats JSON as python3 -m json.tool does", async (t) => {
  const document = '[1, {"b": "\u00e9", "a": [true, null, 1.5e300]}]\n';
  const cases: [string, string[], string][] = [
    ["default indent", [], document],
    ["sorted, compact", ["--sort-keys", "--compact"], document],
    ["tabs, no ASCII escaping", ["--tab", "--no-ensure-ascii"], document],
    ["JSON Lines", ["--json-lines", "--no-indent"], '{"a": 1}\n[2]\n'],
    ["invalid input", [], "{bad\n"],
    ["usage error", ["--indent", "x"], document],
  ];
  for (const [name, args, input] of cases) {
    await t.test(name, async () => {
      assertSameResult(
        await heapstack(["-m", "json.tool", ...args], input),
        await python(["-m", "json.tool", ...args], input),
      );
    });
  }
});
