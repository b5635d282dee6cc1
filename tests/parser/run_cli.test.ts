// The ways of handing heapstack a program (`run FILE`, `FILE`, `-c CODE`, stdin) against the
// same invocations of python3, for a program with a syntax error and for one that runs; plus
// a missing script and bad usage.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
    assert.match(stderr, /error/);
    assert.doesNotMatch(stderr, /\n\s+at /, "no JavaScript stack trace");
  }
});
