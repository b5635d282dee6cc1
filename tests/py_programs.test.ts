/**
 * Differential test: every Python program under tests/py/ (except tests/py/syntax/, which has
 * its own runner, and tests/py/compiler/, which holds the compiler's oracle script, not a
 * program) runs under the real python3 and under our CLI (`node bin/heapstack.js run FILE`);
 * stdout, stderr and the exit status must be identical, byte for byte.
 *
 * Both run with PYTHONHASHSEED=0, in the program's directory, with the program's absolute path
 * (so tracebacks name the same file). A sibling `NAME.stdin` file, if present, is fed to both
 * as standard input. The CLI bundle is rebuilt first so the test sees the current sources.
 *
 *   node scripts/run-tests.mjs tests/py_programs.test.ts            # all programs
 *   PY_PROGRAMS=lang/recursion node scripts/run-tests.mjs tests/py_programs.test.ts
 */
import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { constants as osConstants } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PY_DIR = join(ROOT, "tests", "py");
const EXCLUDED = new Set(["syntax", "compiler"]);
const CLI = join(ROOT, "bin", "heapstack.js");
const TIMEOUT_MS = 120_000;

/** The real interpreter: the PATH `python3` may be a slow shim, so ask it where it lives once. */
function realPython(): string {
  return execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
}

function findPrograms(dir: string, top = true): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (top && EXCLUDED.has(entry.name)) continue;
      if (entry.name === "__pycache__") continue;
      out.push(...findPrograms(path, false));
    } else if (entry.isFile() && entry.name.endsWith(".py")) {
      out.push(path);
    }
  }
  return out;
}

interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

/**
 * A stream's bytes as text for comparing and showing: UTF-8 when they are UTF-8, otherwise one
 * character per byte (so a program writing other bytes through sys.stdout.buffer or os.write is
 * still compared byte for byte).
 */
function streamText(bytes: Buffer): string {
  const text = bytes.toString("utf8");
  return Buffer.from(text, "utf8").equals(bytes) ? text : `[bytes, not UTF-8] ${bytes.toString("latin1")}`;
}

/**
 * Both interpreters get the same environment, the one CI has: PYTHONUNBUFFERED is left out, as a
 * developer's shell may set it and it changes when buffered output reaches a pipe.
 */
const PROGRAM_ENV: NodeJS.ProcessEnv = { ...process.env, PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1" };
delete PROGRAM_ENV.PYTHONUNBUFFERED;

function run(cmd: string, args: string[], cwd: string, stdin: string | null): Promise<Outcome> {
  return new Promise((resolvePromise, reject) => {
    const child = execFile(
      cmd,
      args,
      {
        cwd,
        encoding: "buffer",
        timeout: TIMEOUT_MS,
        maxBuffer: 64 * 1024 * 1024,
        env: PROGRAM_ENV,
      },
      (error, stdoutBytes, stderrBytes) => {
        const stdout = streamText(stdoutBytes);
        const stderr = streamText(stderrBytes);
        if (error === null) {
          resolvePromise({ stdout, stderr, status: 0 });
        } else if (typeof error.code === "number") {
          resolvePromise({ stdout, stderr, status: error.code });
        } else if (error.signal && !error.killed) {
          // Killed by a signal (python3 dies by SIGINT after an uncaught KeyboardInterrupt):
          // report it the way a shell does, 128 + the signal number.
          resolvePromise({ stdout, stderr, status: 128 + (osConstants.signals[error.signal] ?? 0) });
        } else {
          reject(new Error(`${cmd} ${args.join(" ")}: ${error.message}\n${stderr}`));
        }
      },
    );
    // A child that exits without reading its stdin makes the write fail with EPIPE; its exit
    // status and output are what the test compares.
    child.stdin?.on("error", () => {});
    child.stdin?.end(stdin ?? "");
  });
}

/**
 * Programs that do not match python3 yet, each with the reason (tests/py/known_failures.txt:
 * `path  # reason`). They still run and are reported as `todo`, so a fix shows up at once;
 * remove a line when its program passes. The list may only shrink.
 */
function knownFailures(): Map<string, string> {
  const file = join(PY_DIR, "known_failures.txt");
  const known = new Map<string, string>();
  if (!existsSync(file)) return known;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const [path, reason] = trimmed.split(/\s+#\s*/, 2);
    known.set(path!, reason ?? "does not match python3 yet");
  }
  return known;
}

const KNOWN_FAILURES = knownFailures();

/** An entry ending in "/" covers every program under that folder. */
function knownDirectoryReason(name: string): string | undefined {
  for (const [path, reason] of KNOWN_FAILURES) if (path.endsWith("/") && name.startsWith(path)) return reason;
  return undefined;
}

const filter = process.env.PY_PROGRAMS ?? "";
const programs = findPrograms(PY_DIR).filter((p) => relative(PY_DIR, p).startsWith(filter));

describe("Python programs: heapstack vs python3", { concurrency: 2 }, () => {
  let python = "";
  before(() => {
    python = realPython();
    execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
  });

  for (const file of programs) {
    const name = relative(PY_DIR, file);
    const reason = KNOWN_FAILURES.get(name) ?? knownDirectoryReason(name);
    test(name, reason === undefined ? {} : { todo: reason }, async () => {
      const stdinFile = file.replace(/\.py$/, ".stdin");
      const stdin = existsSync(stdinFile) ? readFileSync(stdinFile, "utf8") : null;
      const cwd = dirname(file);
      const [expected, actual] = await Promise.all([
        run(python, [file], cwd, stdin),
        run(process.execPath, [CLI, "run", file], cwd, stdin),
      ]);
      assert.equal(actual.stdout, expected.stdout, "stdout differs");
      assert.equal(actual.stderr, expected.stderr, "stderr differs");
      assert.equal(actual.status, expected.status, "exit status differs");
    });
  }
});
