// python3's own options (-X, -W, -I, -E, -S, -O, -u, -x, -V ...) in front of a program, or among
// `heapstack run`'s options: each command line below runs under python3 and under heapstack,
// and the output, the errors and the exit status must agree.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { pythonInfo } from "../../tests/parser/support/python.js";

const CLI = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bin", "heapstack.js");
const dir = mkdtempSync(join(tmpdir(), "heapstack-pyopts-"));
after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(
  join(dir, "show_flags.py"),
  "import sys\nprint(sys.flags, sys._xoptions, sys.warnoptions, sys.orig_argv[1:], sys.argv)\n" +
    "print(sys.path[0] == __import__('os').path.dirname(__file__))\n",
);
// -x skips the first line; the traceback's line number is still the file's
writeFileSync(join(dir, "skip_first.py"), "this line is not Python\nprint('second')\nraise ValueError(3)\n");
writeFileSync(join(dir, "helper_mod.py"), "VALUE = 'found'\n");

function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(command, args, {
    encoding: "utf8",
    cwd: dir,
    env: { ...process.env, PYTHONHASHSEED: "0", PYTHONPATH: dir, ...env },
  });
  // python3 names itself in its usage line by the path it was started with
  return { stdout: r.stdout, stderr: r.stderr.replace(/^usage: \S+/m, "usage: python3"), status: r.status };
}

const SHOW = "import sys; print(sys.flags, sys._xoptions, sys.warnoptions, sys.orig_argv[1:], sys.argv)";

const CASES: string[][] = [
  ["-X", "dev", "-c", SHOW],
  [
    "-Xdev",
    "-Xname=value",
    "-X",
    "int_max_str_digits=5000",
    "-c",
    `${SHOW}; print(sys.get_int_max_str_digits())`,
  ],
  ["-W", "error", "-Wignore::DeprecationWarning", "-c", SHOW],
  ["-W", "error", "-c", "import warnings; warnings.warn('boom'); print('not reached')"],
  ["-Wignore", "-c", "import warnings; warnings.warn('boom'); print('ignored')"],
  ["-W", "bogus::", "-c", "print('runs anyway')"],
  ["-bb", "-c", SHOW],
  ["-I", "-c", `${SHOW}; print(sys.path[0] != '')`],
  ["-IS", "-c", "print(exit)"],
  ["-Ic", SHOW, "a", "b"],
  ["-E", "-c", "import helper_mod"],
  ["-c", "import helper_mod; print(helper_mod.VALUE)"],
  ["-B", "-s", "-q", "-d", "-b", "-u", "-P", "-t", "-c", SHOW],
  ["-O", "-c", "assert False; print(__debug__, eval('__debug__')); exec('assert 0'); print('no asserts')"],
  ["-OO", "-c", "def f():\n 'doc'\nprint(f.__doc__, __debug__)"],
  ["-I", "show_flags.py", "x"],
  ["-P", "show_flags.py"],
  ["-x", "skip_first.py"],
  ["-V"],
  ["--version"],
  ["-z"],
  ["-Iz"],
  ["-X"],
  ["-W"],
  ["-X", "int_max_str_digits=5", "-c", "pass"],
  ["-X", "int_max_str_digits", "-c", "pass"],
  ["-I", "--unknown-option"],
  ["-R", "-c", "print('-R is accepted')"],
  ["-J", "-c", "pass"],
  ["-X", "pycache_prefix=rel/dir", "-c", "import sys; print(sys.pycache_prefix)"],
  ["-X", "pycache_prefix", "-c", "import sys; print(sys.pycache_prefix)"],
  ["-u", "-c", "import os, sys; sys.stdout.buffer.write(b'x'); sys.stdout.write('y'); os._exit(0)"],
  ["-X", "faulthandler", "-c", "import faulthandler; print(faulthandler.is_enabled())"],
  ["-X", "dev", "-c", "import faulthandler; print(faulthandler.is_enabled())"],
  ["-c", "import faulthandler; print(faulthandler.is_enabled())"],
];

/** Settings python3 also reads from its environment, and -E / -I, which make it not. */
const ENVIRONMENT_CASES: [Record<string, string>, string[]][] = [
  [{ PYTHONOPTIMIZE: "text", PYTHONDEBUG: "2", PYTHONVERBOSE: "" }, ["-c", SHOW]],
  [{ PYTHONSAFEPATH: "1", PYTHONDONTWRITEBYTECODE: "1", PYTHONNOUSERSITE: "x" }, ["show_flags.py"]],
  [{ PYTHONOPTIMIZE: "1", PYTHONWARNINGS: "error::UserWarning,ignore" }, ["-E", "-c", SHOW]],
  [{ PYTHONWARNINGS: "error::UserWarning,ignore" }, ["-X", "dev", "-W", "always", "-c", SHOW]],
  [
    { PYTHONINTMAXSTRDIGITS: "4000" },
    ["-c", "import sys; print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())"],
  ],
  [{ PYTHONINTMAXSTRDIGITS: "100" }, ["-c", "pass"]],
  [{ PYTHONINTMAXSTRDIGITS: "100" }, ["-I", "-c", "print('ignored')"]],
  [{ PYTHONPYCACHEPREFIX: "/tmp/pyc" }, ["-c", "import sys; print(sys.pycache_prefix)"]],
  [
    { PYTHONPYCACHEPREFIX: "/tmp/pyc" },
    ["-X", "pycache_prefix=", "-c", "import sys; print(sys.pycache_prefix)"],
  ],
  [{ PYTHONFAULTHANDLER: "1" }, ["-c", "import faulthandler; print(faulthandler.is_enabled())"]],
  [{ PYTHONFAULTHANDLER: "1" }, ["-E", "-c", "import faulthandler; print(faulthandler.is_enabled())"]],
  [{ PYTHONUNBUFFERED: "1" }, ["-c", "import sys; print(type(sys.stdout.buffer).__name__)"]],
];

test("python3's options set sys.flags, the warnings, sys.path and the compiler as python3's do", () => {
  const py = pythonInfo().executable;
  for (const args of CASES) {
    const ours = run(process.execPath, [CLI, ...args]);
    const theirs = run(py, args);
    assert.equal(ours.stdout, theirs.stdout, `stdout of ${JSON.stringify(args)}`);
    assert.equal(ours.stderr, theirs.stderr, `stderr of ${JSON.stringify(args)}`);
    assert.equal(ours.status, theirs.status, `status of ${JSON.stringify(args)}`);
  }
});

test("PYTHON* variables set what the options set, unless -E or -I", () => {
  const py = pythonInfo().executable;
  for (const [env, args] of ENVIRONMENT_CASES) {
    const ours = run(process.execPath, [CLI, ...args], env);
    const theirs = run(py, args, env);
    const what = `${JSON.stringify(env)} ${JSON.stringify(args)}`;
    assert.equal(ours.stdout, theirs.stdout, `stdout of ${what}`);
    assert.equal(ours.stderr, theirs.stderr, `stderr of ${what}`);
    assert.equal(ours.status, theirs.status, `status of ${what}`);
  }
});

test("`heapstack run` takes python3's options among its own", () => {
  const py = pythonInfo().executable;
  for (const [heapstackArgs, pythonArgs] of [
    [
      ["run", "-X", "dev", "--max-steps", "100000", "-W", "error", "show_flags.py", "-X"],
      ["-X", "dev", "-W", "error", "show_flags.py", "-X"],
    ],
    [
      ["run", "-I", "-c", SHOW],
      ["-I", "-c", SHOW],
    ],
  ] as const) {
    const ours = run(process.execPath, [CLI, ...heapstackArgs]);
    const theirs = run(py, [...pythonArgs]);
    assert.equal(ours.stdout, theirs.stdout, `stdout of ${JSON.stringify(heapstackArgs)}`);
    assert.equal(ours.status, theirs.status, `status of ${JSON.stringify(heapstackArgs)}`);
  }
});
