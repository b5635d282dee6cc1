/**
 * The interactive prompt as python3's: `heapstack` on a terminal and `heapstack -i` with piped
 * input. Each session is run under python3 and heapstack and the transcripts compared (only the
 * banner's version line differs: it names heapstack's sys.version). On a terminal a pseudo-terminal
 * (python3's `pty` module) types each line once the prompt is there, and Ctrl-C / Ctrl-D as keys.
 *
 *   node scripts/run-tests.mjs tests/robustness/repl.test.ts
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";

const CLI = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bin", "heapstack.js");
const HEAPSTACK = [process.execPath, CLI];

const dir = mkdtempSync(join(tmpdir(), "heapstack-repl-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], {
  encoding: "utf8",
}).trim();

// Runs argv on a pseudo-terminal; each input is typed once the output ends with a prompt (">>> ",
// "... ", or input()'s "? "); an input starting "NOWAIT:" is typed and followed by a pause instead
// (a statement still running).
const PTY_SESSION = `
import json, os, pty, select, sys, time
inputs, argv = json.loads(sys.argv[1]), sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(argv[0], argv)
seen = b""
def read(timeout):
    global seen
    r, _, _ = select.select([fd], [], [], timeout)
    if not r:
        return None
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        chunk = b""
    seen += chunk
    return chunk
def prompt():
    end = time.time() + 60
    while time.time() < end:
        if seen.endswith((b">>> ", b"... ", b"? ")) and read(0.3) is None:
            return True
        if read(0.2) == b"":
            return False
    return False
# a program that prints no prompt first (a script) is typed to after a pause
alive = prompt() if not inputs[0].startswith("NOWAIT:") else not time.sleep(2)
for text in inputs:
    if not alive:
        break
    nowait = text.startswith("NOWAIT:")
    os.write(fd, (text[7:] if nowait else text).encode())
    if nowait:
        time.sleep(3)
    else:
        alive = prompt()
while read(10):
    pass
done, status = os.waitpid(pid, os.WNOHANG)
if done == 0:
    os.kill(pid, 9)  # still running: the transcript shows how far it got
    _, status = os.waitpid(pid, 0)
sys.stdout.write(seen.decode(errors="replace").replace("\\r\\n", "\\n"))
sys.stdout.write("[exit status %d]\\n" % os.waitstatus_to_exitcode(status))
`;

/** The transcript with the banner's first line (python3's or heapstack's sys.version) checked and cut. */
function withoutVersion(text: string): string {
  const nl = text.indexOf("\n");
  assert.match(text.slice(0, nl), /^Python 3\.11\.\d+ \(.*\) \[.*\] on linux$/, text);
  return text.slice(nl + 1);
}

/**
 * A terminal echoes Ctrl-C as "^C" to a program reading a line as the terminal edits it, as
 * heapstack's prompt does; python3 reads its prompt's lines through GNU readline, which does not.
 */
function withoutEchoedInterrupts(text: string): string {
  return text.replaceAll("^C", "");
}

function onTerminal(argv: string[], inputs: string[]): string {
  return execFileSync(python, ["-c", PTY_SESSION, JSON.stringify(inputs), ...argv], {
    encoding: "utf8",
    timeout: 240_000,
  });
}

function compareOnTerminal(inputs: string[], script?: string): void {
  const py = onTerminal(script === undefined ? [python] : [python, script], inputs);
  const hs = onTerminal(script === undefined ? HEAPSTACK : [...HEAPSTACK, script], inputs);
  if (script !== undefined) assert.equal(hs, py);
  else assert.equal(withoutEchoedInterrupts(withoutVersion(hs)), withoutEchoedInterrupts(withoutVersion(py)));
}

test("on a terminal: banner, prompts, results, tracebacks, a block, Ctrl-C at the prompt, Ctrl-D", () => {
  compareOnTerminal([
    "1 + 1\n",
    "x\n",
    "def f():\n",
    "    return [1, 2]\n",
    "\n",
    "f()\n",
    "_\n",
    "\u0003",
    "1 +\n",
    "print('out')\n",
    "if True: 'a'\n",
    "\n",
    "None\n",
    "\u0004",
  ]);
});

test("on a terminal: Ctrl-C in a running statement, input(), exit(5)", () => {
  compareOnTerminal([
    "import time\n",
    "NOWAIT:time.sleep(30)\n",
    "\u0003",
    "name = input('name? ')\n",
    "bob\n",
    "name\n",
    "NOWAIT:while True: pass\n",
    "NOWAIT:\n",
    "\u0003",
    "exit(5)\n",
  ]);
});

test("on a terminal Ctrl-D ends one read: in a block it runs the block, and the prompt reads on", () => {
  compareOnTerminal(["for i in range(2):\n", "  i\n", "\u0004", "5\n", "\u0004"]);
});

test("a program reading the terminal: read() and readline() to Ctrl-D, input()'s EOFError, Ctrl-C at input()", () => {
  const script = join(dir, "reads.py");
  writeFileSync(
    script,
    [
      "import sys",
      "print(repr(sys.stdin.read()))",
      "print(repr(sys.stdin.readline()))",
      "try:",
      "    input('> ')",
      "except EOFError as e:",
      "    print('EOFError', e.args)",
      "input('? ')",
      "",
    ].join("\n"),
  );
  compareOnTerminal(
    ["NOWAIT:abc\n", "NOWAIT:\u0004", "NOWAIT:def\n", "NOWAIT:\u0004", "NOWAIT:\u0003"],
    script,
  );
});

const PIPED: [string, string][] = [
  [
    "statements and errors",
    [
      "print(1)",
      "import sys; sys.stderr.write('e\\n')",
      "2 + 3",
      "def f():",
      "  return 4",
      "",
      "f()",
      "x",
      "1 +",
      "class A:",
      "    def __repr__(self): return 'A()'",
      "",
      "A()",
      "sorted(dir())",
      "import sys; sys.argv, sys.path[0], sys.ps1, sys.ps2, __name__",
      "def g(): 1 / 0",
      "",
      "g()",
      "sys.last_type",
      "for i in range(2):",
      "  i",
    ].join("\n"),
  ],
  ["an unclosed bracket at the end", "(1,\n"],
  ["exit(3)", "print('a')\nexit(3)\nprint('b')\n"],
  [
    "quit() and a displayhook of our own",
    "import sys\nsys.displayhook = lambda v: print('got', v)\n7\nquit()\n",
  ],
  ["raise SystemExit with a message", "raise SystemExit('bye')\n"],
];

for (const [name, input] of PIPED) {
  test(`-i with piped input, as python3 -i: ${name}`, () => {
    const opts = { input, encoding: "utf8" as const, timeout: 60_000 };
    const py = spawnSync(python, ["-i"], opts);
    const hs = spawnSync(process.execPath, [CLI, "-i"], opts);
    assert.equal(hs.stdout, py.stdout);
    assert.equal(withoutVersion(hs.stderr), withoutVersion(py.stderr));
    assert.equal(hs.status, py.status);
  });
}

const FIRST: [string, string[], string][] = [
  ["a script, then its namespace", ["ok.py", "a"], "print('x is', x)\n"],
  ["a script that fails: its traceback, then the prompt", ["fails.py"], "x\n"],
  ["a script's SystemExit is shown, the prompt follows", ["exits.py"], "print('still here')\n"],
  ["a script that does not parse", ["bad.py"], "1\n"],
  ["-c CODE", ["-c", "x = 3", "b"], "x, __name__\nimport sys; sys.argv, sys.path[0]\n"],
  ["a script that is not there", ["missing.py"], "1\n"],
  [
    "-m MODULE",
    ["-m", "okmod", "a"],
    "x, __name__\nimport sys; sys.argv, sys.path[0] == __import__('os').getcwd()\n",
  ],
  ["-m MODULE that fails: the traceback through runpy", ["-m", "badmod"], "y\n"],
  ["a directory: its __main__.py, sys.argv[0] the directory", ["app", "a"], "x, __name__\n"],
  ["a directory whose __main__.py fails", ["badapp"], "y\n"],
];

test("-i FILE, -i -c CODE, -i -m MODULE and -i DIR run the program first, then the prompt, as python3 -i", () => {
  writeFileSync(
    join(dir, "ok.py"),
    "import sys\nx = 5\nprint('ran', __name__, __file__, sys.argv, sys.path[0])\n",
  );
  writeFileSync(join(dir, "fails.py"), "x = 1\n1 / 0\n");
  writeFileSync(join(dir, "exits.py"), "import sys\nsys.exit(4)\n");
  writeFileSync(join(dir, "bad.py"), "x = (\n");
  writeFileSync(
    join(dir, "okmod.py"),
    "import sys\nx = 7\nprint('mod', __name__, sys.argv[1:], __file__ == sys.argv[0])\n",
  );
  writeFileSync(join(dir, "badmod.py"), "y = 2\n1 / 0\n");
  mkdirSync(join(dir, "app"), { recursive: true });
  writeFileSync(
    join(dir, "app", "__main__.py"),
    "import sys\nx = 9\nprint('app', __name__, sys.argv, sys.path[0])\n",
  );
  mkdirSync(join(dir, "badapp"), { recursive: true });
  writeFileSync(join(dir, "badapp", "__main__.py"), "y = 2\n1 / 0\n");
  for (const [name, args, input] of FIRST) {
    const opts = { cwd: dir, input, encoding: "utf8" as const, timeout: 60_000 };
    const py = spawnSync(python, ["-i", ...args], opts);
    const hs = spawnSync(process.execPath, [CLI, "-i", ...args], opts);
    assert.equal(hs.stdout, py.stdout, name);
    assert.equal(hs.stderr, py.stderr.replace(/^\S*python3[.\d]*: /, "heapstack: "), name);
    assert.equal(hs.status, py.status, name);
  }
});

test("piped input without -i is a program, as before (no prompt)", () => {
  const r = spawnSync(process.execPath, [CLI], { input: "print(6 * 7)\n", encoding: "utf8" });
  assert.equal(r.stdout, "42\n");
  assert.equal(r.stderr, "");
});
