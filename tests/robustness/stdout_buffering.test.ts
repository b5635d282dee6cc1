// A print reaches the reader while the program still runs when python3's would: on a terminal
// (line buffering) and under PYTHONUNBUFFERED (write-through). The program prints "a", then
// waits for the reader to answer by creating a file, then prints "b" — or "late" if the answer
// never came because "a" was still held in heapstack's buffer.
import assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";

const CLI = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bin", "heapstack.js");
const dir = mkdtempSync(join(tmpdir(), "heapstack-buffering-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function programWaitingFor(answer: string): string {
  const file = join(dir, `wait_${Math.random().toString(36).slice(2)}.py`);
  writeFileSync(
    file,
    [
      "import os, time",
      'print("a")',
      "for _ in range(200):",
      `    if os.path.exists(${JSON.stringify(answer)}):`,
      '        print("b")',
      "        break",
      "    time.sleep(0.05)",
      "else:",
      '    print("late")',
      "",
    ].join("\n"),
  );
  return file;
}

function realPython(): string {
  return execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
}

// Runs the command on a pseudo-terminal and answers once "a" has been read from it.
const PTY_READER = `
import os, pty, sys
answer, argv = sys.argv[1], sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(argv[0], argv)
seen = b""
while True:
    try:
        chunk = os.read(fd, 1024)
    except OSError:
        break
    if not chunk:
        break
    seen += chunk
    if b"a" in seen and not os.path.exists(answer):
        open(answer, "w").close()
os.waitpid(pid, 0)
sys.stdout.write(seen.decode().replace("\\r\\n", "\\n"))
`;

for (const [who, command] of [
  ["python3", () => [realPython()]],
  ["heapstack", () => [process.execPath, CLI, "run"]],
] as const) {
  test(`${who}: on a terminal each printed line shows at once`, () => {
    const answer = join(dir, `tty_${who}`);
    const env = { ...process.env };
    delete env.PYTHONUNBUFFERED;
    const out = execFileSync(
      realPython(),
      ["-c", PTY_READER, answer, ...command(), programWaitingFor(answer)],
      {
        encoding: "utf8",
        env,
        timeout: 60_000,
      },
    );
    assert.equal(out, "a\nb\n");
  });

  test(`${who}: PYTHONUNBUFFERED passes each print to a pipe at once`, async () => {
    const answer = join(dir, `pipe_${who}`);
    const child = spawn(command()[0]!, [...command().slice(1), programWaitingFor(answer)], {
      env: { ...process.env, PYTHONUNBUFFERED: "1" },
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      if (out.includes("a\n") && !existsSync(answer)) writeFileSync(answer, "");
    });
    await new Promise((done) => child.on("close", done));
    assert.equal(out, "a\nb\n");
  });
}

test("heapstack: a pipe without PYTHONUNBUFFERED keeps the prints until the end, as python3", () => {
  const answer = join(dir, "never");
  const env = { ...process.env };
  delete env.PYTHONUNBUFFERED;
  const r = spawnSync(process.execPath, [CLI, "run", programWaitingFor(answer)], { encoding: "utf8", env });
  assert.equal(r.stdout, "a\nlate\n");
});
