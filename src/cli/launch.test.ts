// The start-up fast path (src/cli/launch.ts) and the full command line (src/cli/main.ts) must
// start the same run for the same arguments: each argument list below runs under python3 and
// under `heapstack`, and sys.argv, the output and the exit status must agree.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { pythonInfo } from "../../tests/parser/support/python.js";

const CLI = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bin", "heapstack.js");
const dir = mkdtempSync(join(tmpdir(), "heapstack-launch-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const script = join(dir, "show_argv.py");
writeFileSync(script, "import sys\nprint(sys.argv[1:], sys.argv[0].endswith('show_argv.py'))\nsys.exit(3)\n");
const PRINT_ARGV = "import sys; print(sys.argv)";

function run(
  command: string,
  args: string[],
  input = "",
): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(command, args, {
    encoding: "utf8",
    input,
    cwd: dir,
    env: { ...process.env, PYTHONHASHSEED: "0" },
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

test("plain runs see python3's sys.argv and exit status, however they are spelled", () => {
  const py = pythonInfo().executable;
  const cases: [string[], string][] = [
    [["-c", PRINT_ARGV], ""],
    [["-c", PRINT_ARGV, "a", "--", "-b", "--c=1"], ""],
    [["-c", "import sys; sys.exit(5)"], ""],
    [[script, "x", "--", "-y"], ""],
    [["show_argv.py", "-c", "z"], ""],
    [["-m", "show_argv", "1", "-m"], ""],
    [[], "import sys; print(sys.argv); raise SystemExit(4)"],
  ];
  for (const [args, input] of cases) {
    const ours = run(process.execPath, [CLI, ...args], input);
    const theirs = run(py, args, input);
    assert.equal(ours.stdout, theirs.stdout, `stdout of ${JSON.stringify(args)}`);
    assert.equal(ours.status, theirs.status, `status of ${JSON.stringify(args)}: ${ours.stderr}`);
    assert.equal(ours.stderr, theirs.stderr, `stderr of ${JSON.stringify(args)}`);
  }
});

test("`heapstack run FILE` is `heapstack FILE`; a missing script is python3's error", () => {
  assert.deepEqual(
    run(process.execPath, [CLI, "run", script, "--x"]),
    run(process.execPath, [CLI, script, "--x"]),
  );
  const missing = join(dir, "missing.py");
  const ours = run(process.execPath, [CLI, missing]);
  const theirs = run(pythonInfo().executable, [missing]);
  assert.equal(ours.status, theirs.status);
  assert.equal(ours.stderr.replace(/^heapstack:/, ""), theirs.stderr.replace(/^\S*python3[.\d]*:/, ""));
});

test("`heapstack run -c CODE` / `run -m MODULE` are python3's -c / -m, options of run before them", () => {
  const py = pythonInfo().executable;
  const cases: [string[], string[]][] = [
    [
      ["run", "-c", PRINT_ARGV, "a", "-b"],
      ["-c", PRINT_ARGV, "a", "-b"],
    ],
    [["run", "-cimport sys; sys.exit(6)"], ["-cimport sys; sys.exit(6)"]],
    [
      ["run", "--max-steps", "1000", "-c", "import sys; print(sys.argv, repr(sys.path[0]))", "-m"],
      ["-c", "import sys; print(sys.argv, repr(sys.path[0]))", "-m"],
    ],
    [
      ["run", "-m", "show_argv", "1", "--report"],
      ["-m", "show_argv", "1", "--report"],
    ],
    [
      ["run", "--timeout", "60", "-m", "show_argv"],
      ["-m", "show_argv"],
    ],
    [
      ["run", "-c", "1/0"],
      ["-c", "1/0"],
    ],
    [
      ["run", "-m", "no_such_module_here"],
      ["-m", "no_such_module_here"],
    ],
  ];
  for (const [ours_args, theirs_args] of cases) {
    const ours = run(process.execPath, [CLI, ...ours_args]);
    const theirs = run(py, theirs_args);
    assert.equal(ours.stdout, theirs.stdout, `stdout of ${JSON.stringify(ours_args)}`);
    assert.equal(ours.status, theirs.status, `status of ${JSON.stringify(ours_args)}: ${ours.stderr}`);
    assert.equal(
      ours.stderr.replace(/^heapstack:/, ""),
      theirs.stderr.replace(/^\S*python3[.\d]*:/, ""),
      `stderr of ${JSON.stringify(ours_args)}`,
    );
  }
});

test("`heapstack run --report` reports on -c CODE and -m MODULE runs too", () => {
  const code = run(process.execPath, [CLI, "run", "--report", "-c", "x = [1] * 100; print('hi')", "--a"]);
  assert.equal(code.stdout, "hi\n");
  assert.equal(code.status, 0);
  assert.match(code.stderr, /<string>:1: size=856 B, count=1/);
  const mod = run(process.execPath, [CLI, "run", "--report", "--report-file", "-", "-m", "show_argv", "q"]);
  assert.equal(mod.status, 3);
  assert.match(mod.stdout, /^\['q'\] True\n/);
  assert.match(mod.stdout, /show_argv\.py:2/);
});

test("anything else still goes to the full command line", () => {
  const help = run(process.execPath, [CLI, "--help"]);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: heapstack /);
  const ast = run(process.execPath, [CLI, "ast", "-"], "x = 1\n");
  assert.equal(ast.status, 0);
  assert.match(ast.stdout, /^Module\(/);
});
