// `heapstack ast` (the built CLI) against `python3 -m ast`, byte for byte, on a spread of
// stdlib files with the option combinations people use, plus small inputs for the other
// parse modes, stdin, type comments, a coding cookie and a syntax error.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, test } from "node:test";
import { mapWithConcurrency, type ProcessResult, runProcess } from "./support/processes.js";
import { pythonEnv, pythonInfo } from "./support/python.js";
import { requireBuiltCli } from "./support/repo.js";

const SAMPLE_SIZE = 50;
/** Cycled over the sample so every combination meets several different files. */
const OPTION_SETS: string[][] = [
  [],
  ["-a"],
  ["-i", "0"],
  ["-i", "2"],
  ["--no-type-comments"],
  ["--include-attributes", "--indent", "1", "--mode", "exec"],
];

interface Case {
  name: string;
  args: string[];
  stdin?: Uint8Array;
}

const scratch = mkdtempSync(join(tmpdir(), "heapstack-ast-cli-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

function scratchFile(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

function stdlibSample(stdlib: string): string[] {
  const all: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      // Lib/ proper: the installed third-party packages are the stdlib test's business.
      if (entry.isDirectory() && entry.name !== "site-packages") walk(path);
      else if (entry.isFile() && entry.name.endsWith(".py")) all.push(path);
    }
  };
  walk(stdlib);
  all.sort();
  // Evenly spaced, so the sample is deterministic yet crosses many packages.
  return Array.from({ length: SAMPLE_SIZE }, (_, i) => all[Math.floor((i * all.length) / SAMPLE_SIZE)]!);
}

function buildCases(stdlib: string): Case[] {
  const cases: Case[] = stdlibSample(stdlib).map((path, i) => {
    const options = OPTION_SETS[i % OPTION_SETS.length]!;
    return {
      name: `${options.join(" ") || "(defaults)"} ${relative(stdlib, path)}`,
      args: [...options, path],
    };
  });

  const expression = scratchFile("expression.py", "lambda x, *a, k=1, **kw: {k: [*kw, x if a else -x]}\n");
  const interactive = scratchFile("interactive.py", "for i in range(3): print(i)\n");
  const signature = scratchFile("signature.py", "(int, *str, **Dict[str, int]) -> List[int]\n");
  const typeComments = scratchFile(
    "type_comments.py",
    "def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    x = []  # type: List[int]\n" +
      "    for y in x:  # type: int\n        pass\n    with g() as z:  # type: ignore\n        pass\n",
  );
  const latin1 = scratchFile(
    "latin1.py",
    Buffer.from("# -*- coding: latin-1 -*-\ns = '\xe9t\xe9'\n", "latin1"),
  );
  const withBom = scratchFile("bom.py", Buffer.from("\ufeffx = 'bom'\n", "utf8"));
  cases.push(
    { name: "-m eval on an expression", args: ["-m", "eval", expression] },
    { name: "--mode eval -a -i 2", args: ["--mode", "eval", "-a", "-i", "2", expression] },
    { name: "-m single", args: ["-m", "single", interactive] },
    { name: "-m func_type", args: ["-m", "func_type", "-a", signature] },
    { name: "type comments on by default", args: ["-a", typeComments] },
    { name: "--no-type-comments", args: ["--no-type-comments", typeComments] },
    { name: "coding cookie", args: [latin1] },
    { name: "UTF-8 BOM", args: ["-a", withBom] },
    { name: "stdin when FILE is omitted", args: ["-a"], stdin: Buffer.from("x: int = f(*a, **k)\n") },
    { name: "stdin as '-'", args: ["-i", "0", "-"], stdin: Buffer.from("async def f():\n    await g()\n") },
  );
  return cases;
}

test("heapstack ast prints what python3 -m ast prints", { timeout: 10 * 60_000 }, async (t) => {
  const heapstack = requireBuiltCli();
  const python = pythonInfo();
  const cases = buildCases(python.stdlib);
  const results = await mapWithConcurrency(cases, 2, async (c) => {
    const pythonResult = await runProcess(python.executable, ["-m", "ast", ...c.args], {
      env: pythonEnv(),
      input: c.stdin,
    });
    const ours = await runProcess(process.execPath, [heapstack, "ast", ...c.args], { input: c.stdin });
    return { c, pythonResult, ours };
  });
  for (const { c, pythonResult, ours } of results) {
    await t.test(c.name, () => {
      assert.equal(pythonResult.status, 0, `python3 -m ast failed: ${pythonResult.stderr}`);
      assertSameOutput(ours, pythonResult);
    });
  }
});

test("heapstack ast reports a syntax error like the end of python3 -m ast's traceback", async () => {
  const heapstack = requireBuiltCli();
  const python = pythonInfo();
  const bad = scratchFile("bad.py", "def f(x):\n    return [x\n        for x in y if]\n");
  const pythonResult = await runProcess(python.executable, ["-m", "ast", bad], { env: pythonEnv() });
  const ours = await runProcess(process.execPath, [heapstack, "ast", bad]);
  // python3 prints the frames of ast.py first; the SyntaxError display starts at its File line.
  const pythonStderr = pythonResult.stderr.toString("utf8");
  const display = pythonStderr.slice(pythonStderr.lastIndexOf(`  File "${bad}"`));
  assert.equal(pythonResult.status, 1);
  assert.match(display, /SyntaxError: /);
  assert.equal(ours.stderr.toString("utf8"), display);
  assert.equal(ours.stdout.toString("utf8"), "");
  assert.equal(ours.status, 1);
});

test("heapstack ast rejects bad usage with a message, not a stack trace", async () => {
  const heapstack = requireBuiltCli();
  for (const args of [["--mode", "nope"], ["-i", "two"], ["--bogus"], [join(scratch, "missing.py")]]) {
    const ours = await runProcess(process.execPath, [heapstack, "ast", ...args]);
    const stderr = ours.stderr.toString("utf8");
    assert.equal(ours.status, 2, `exit status for ${args.join(" ")}`);
    assert.match(stderr, /error/);
    assert.doesNotMatch(stderr, /\n\s+at /, "no JavaScript stack trace");
  }
});

function assertSameOutput(ours: ProcessResult, python: ProcessResult): void {
  assert.equal(ours.stderr.toString("utf8"), python.stderr.toString("utf8"), "stderr");
  // Compare as text for a readable diff, then as bytes in case decoding hid a difference.
  assert.equal(ours.stdout.toString("utf8"), python.stdout.toString("utf8"), "stdout");
  assert.ok(ours.stdout.equals(python.stdout), "stdout bytes");
  assert.equal(ours.status, python.status, "exit status");
}
