// `prog > out 2>&1`: stdout and stderr into one file. python3's stdout is block-buffered there
// while stderr is not, so a warning or a caught exception's traceback lands ahead of earlier
// prints, and the buffer reaches the file every 8 KiB and before an uncaught exception's
// traceback. The differential runner captures the two streams apart and cannot see this order.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";

const CLI = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bin", "heapstack.js");
const dir = mkdtempSync(join(tmpdir(), "heapstack-merged-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const PROGRAMS: Record<string, string> = {
  uncaught:
    'import sys\nprint("out1")\nprint("err1", file=sys.stderr)\nprint("out2")\nraise ValueError("x")\n',
  caught_traceback_and_hook: [
    "import sys, traceback",
    'print("out1")',
    "try:",
    "    1/0",
    "except Exception:",
    "    traceback.print_exc()",
    'print("out2")',
    'sys.stderr.write("partial")',
    'print("out3")',
    "def hook(*a):",
    '    sys.stderr.write("hook\\n")',
    "sys.excepthook = hook",
    "raise ValueError",
    "",
  ].join("\n"),
  exit_message: 'import sys\nprint("out1")\nsys.stderr.write("e1\\n")\nprint("out2")\nsys.exit("bye")\n',
  warning: 'import warnings\nprint("o1")\nwarnings.warn("w")\nprint("o2")\n',
  buffer_boundaries: [
    "import sys",
    "for i in range(3000):",
    '    print("line", i, "x" * (i % 37))',
    "    if i % 250 == 0:",
    '        print("err", i, file=sys.stderr)',
    'sys.stdout.write("tail")',
    'sys.stderr.write("E\\n")',
    'print("\\u00e9" * 5000)',
    'print("err2", file=sys.stderr)',
    "",
  ].join("\n"),
};

function python(): string {
  return spawnSync("python3", ["-c", "import sys; print(sys.executable)"], {
    encoding: "utf8",
  }).stdout.trim();
}

/** Runs `command args` with stdout and stderr both writing to one file; its text and the status. */
function runMerged(name: string, command: string, args: string[]): { text: string; status: number | null } {
  const out = join(dir, `${name}.out`);
  const fd = openSync(out, "w");
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONHASHSEED: "0" };
  delete env.PYTHONUNBUFFERED;
  try {
    const r = spawnSync(command, args, { cwd: dir, env, stdio: ["ignore", fd, fd] });
    return { text: readFileSync(out, "utf8"), status: r.status };
  } finally {
    closeSync(fd);
  }
}

test("stdout and stderr into one file come out in python3's order", () => {
  const py = python();
  for (const [name, source] of Object.entries(PROGRAMS)) {
    const file = join(dir, `${name}.py`);
    writeFileSync(file, source);
    const theirs = runMerged(`${name}.python3`, py, [file]);
    const ours = runMerged(`${name}.heapstack`, process.execPath, [CLI, file]);
    assert.equal(ours.text, theirs.text, `${name}: merged output`);
    assert.equal(ours.status, theirs.status, `${name}: exit status`);
  }
});
