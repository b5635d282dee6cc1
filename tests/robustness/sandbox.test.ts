/**
 * The browser sandbox, checked in Node: Python code run on the web app's host (memoryHost: a
 * virtual file system holding lib/ and the program, no environment) tries every way out we
 * could think of (docs/security.md lists them). None may reach the real file system, the
 * process, the network or JS objects, and none may crash the host.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { memoryHost } from "../../src/modules/host.js";
import { setStdlibPath } from "../../src/modules/stdlib_path.js";
import { runMain } from "../../src/vm/interpreter.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

function libraryFiles(): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".py")) out[`/lib/${relative(join(ROOT, "lib"), p)}`] = readFileSync(p);
    }
  };
  walk(join(ROOT, "lib"));
  return out;
}

let lib: Record<string, Uint8Array> = {};

/** Runs `source` as the web worker does; returns what it printed and the host's files. */
function sandboxed(source: string, maxSteps = 200_000, timeoutMs = 20_000) {
  const host = memoryHost({ ...lib, "/main.py": source });
  let status: number;
  try {
    status = runMain({
      source,
      filename: "main.py",
      argv: ["main.py"],
      host,
      budget: { maxSteps, timeoutMs },
    });
  } catch (e) {
    assert.fail(`a JS exception escaped the interpreter: ${e instanceof Error ? e.stack : String(e)}`);
  }
  return { status, stdout: host.stdout, stderr: host.stderr, files: host.files };
}

/** Each probe prints "<label> <outcome>" lines; outcome is the exception type or "ok <value>". */
const PROBE = `
def probe(label, f):
    try:
        r = f()
        print(label, "ok", repr(r)[:200])
    except BaseException as e:
        print(label, type(e).__name__)
`;

describe("the browser sandbox (memoryHost)", () => {
  before(() => {
    lib = libraryFiles();
    setStdlibPath("/lib");
  });

  test("files outside the virtual file system do not exist", () => {
    const r = sandboxed(`${PROBE}
import os
probe("passwd", lambda: open("/etc/passwd").read())
probe("traversal", lambda: open("/lib/../etc/passwd").read())
probe("proc environ", lambda: open("/proc/self/environ", "rb").read())
probe("proc maps", lambda: open("/proc/self/maps").read())
probe("package.json", lambda: open("${join(ROOT, "package.json")}").read())
probe("relative", lambda: open("../../package.json").read())
probe("dev", lambda: open("/dev/urandom", "rb").read(4))
probe("listdir /", lambda: sorted(os.listdir("/")))
probe("exists", lambda: os.path.exists("/etc"))
probe("cwd", lambda: os.getcwd())
`);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split("\n");
    for (const label of [
      "passwd",
      "traversal",
      "proc environ",
      "proc maps",
      "package.json",
      "relative",
      "dev",
    ])
      assert.match(
        lines.find((l) => l.startsWith(`${label} `)) ?? "",
        / (FileNotFoundError|OSError|IsADirectoryError)$/,
        label,
      );
    assert.match(r.stdout, /^listdir \/ ok \['lib', 'main\.py'\]$/m);
    assert.match(r.stdout, /^exists ok False$/m);
    assert.doesNotMatch(r.stdout, /root:|"name": "heapstack"/);
  });

  test("writes stay in the virtual file system", () => {
    const probe = `/tmp/heapstack-sandbox-probe-${process.pid}`;
    const r = sandboxed(`
with open("${probe}", "w") as f:
    f.write("written")
print(open("${probe}").read())
`);
    assert.equal(r.stdout, "written\n", r.stderr);
    assert.equal(existsSync(probe), false, "the real disk was written");
    assert.equal(new TextDecoder().decode(r.files.get(probe)), "written");
  });

  test("no environment, no process, no host modules", () => {
    const r = sandboxed(`${PROBE}
import os, sys
probe("environ", lambda: dict(os.environ))
probe("getenv", lambda: os.getenv("HOME"))
for name in ["system", "popen", "fork", "kill", "execv", "spawnv", "_exit", "forkpty", "posix_spawn"]:
    probe("os." + name, lambda: getattr(os, name))
os.putenv("HEAPSTACK_SANDBOX_PROBE", "1")
probe("remove", lambda: os.remove("/etc/hostname"))
probe("rmdir", lambda: os.rmdir("/tmp"))
probe("mkdir", lambda: os.mkdir("/tmp/heapstack-sandbox-dir-${process.pid}"))
probe("rename", lambda: os.rename("/main.py", "/tmp/x"))
probe("chdir", lambda: os.chdir("/"))
for mod in ["socket", "subprocess", "ctypes", "js", "pyodide", "node:fs", "fs", "child_process", "_posixsubprocess", "urllib.request", "http.client", "select", "mmap", "multiprocessing"]:
    probe("import " + mod, lambda: __import__(mod))
probe("sys.executable", lambda: sys.executable)
probe("argv", lambda: sys.argv)
`);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^environ ok \{\}$/m);
    assert.match(r.stdout, /^getenv ok None$/m);
    for (const m of r.stdout.matchAll(/^import (\S+) (.*)$/gm))
      assert.match(m[2]!, /^(ModuleNotFoundError|ImportError)$/, `import ${m[1]} gave ${m[2]}`);
    for (const m of r.stdout.matchAll(/^os\.(\w+) (.*)$/gm))
      assert.match(m[2]!, /^AttributeError$/, `os.${m[1]} is reachable: ${m[2]}`);
    assert.doesNotMatch(r.stdout, new RegExp(process.env.HOME ?? "/root"));
    for (const label of ["remove", "rmdir", "mkdir", "rename"])
      assert.match(
        r.stdout,
        new RegExp(`^${label} (OSError|FileNotFoundError|PermissionError)$`, "m"),
        label,
      );
    assert.equal(process.env.HEAPSTACK_SANDBOX_PROBE, undefined, "os.putenv reached the process");
    assert.equal(existsSync(`/tmp/heapstack-sandbox-dir-${process.pid}`), false);
    assert.equal(existsSync("/etc/hostname") || !existsSync("/etc"), true);
  });

  test("introspection finds only Python objects", () => {
    const r = sandboxed(`${PROBE}
subclasses = object.__subclasses__()
names = set()
def walk(t):
    for s in type.__subclasses__(t):
        if s not in names:
            names.add(s)
            walk(s)
walk(object)
print("types", len(names) > 50)
bad = [t for t in names if not isinstance(t, type)]
print("non-types", bad)
import gc
objs = gc.get_objects()
print("gc objects", all(hasattr(type(o), "__mro__") for o in objs))
probe("frame globals", lambda: type(__import__("sys")._getframe().f_globals).__name__)
probe("builtins", lambda: sorted(k for k in dir(__builtins__) if "eval" in k or "exec" in k or "import" in k))
probe("func code", lambda: (lambda: 0).__code__.co_code[:2].__class__.__name__)
probe("constructor", lambda: (0).__class__.__class__.__call__(type, "X", (), {}).__name__)
`);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^types True$/m);
    assert.match(r.stdout, /^non-types \[\]$/m);
    assert.match(r.stdout, /^gc objects True$/m);
    assert.doesNotMatch(r.stdout, /\[object |function \w+\(|=>|native code/);
  });

  test("a later run in the same worker still shows source lines in its traceback", () => {
    // Interpreter shutdown hides source lines from tracebacks printed after sys.modules is
    // emptied; the next run must get them back.
    for (let run = 0; run < 2; run++) {
      const r = sandboxed("def f():\n    return 1 / 0\nf()");
      assert.equal(r.status, 1);
      assert.match(r.stderr, /line 3, in <module>\n {4}f\(\)\n/, `run ${run}`);
      assert.match(r.stderr, / {4}return 1 \/ 0\n/, `run ${run}`);
    }
  });

  test("hostile programs end within their budget, with Python errors", () => {
    const cases: [string, RegExp][] = [
      ["while True: pass", /^$/],
      ["def f(): return f()\nf()", /RecursionError: maximum recursion depth exceeded/],
      ["import sys\nsys.setrecursionlimit(10**9)\ndef f(): return f()\nf()", /RecursionError|^$/],
      ["x = [0] * 10**12", /MemoryError/],
      // More items than V8's arrays hold (they abort the process past ~134M slots).
      ["x = [0] * 10**9", /MemoryError/],
      ["x = (None,) * 10**9", /MemoryError/],
      ["x = list(range(10**9))", /MemoryError/],
      ["s = 'x' * 10**12", /MemoryError/],
      ["import re\nre.match('(a+)+$', 'a' * 40 + 'b')", /^$/],
      ["exec('(' * 1000 + ')' * 1000)", /SyntaxError: too many nested parentheses/],
      ["x = []\nfor _ in range(10**5): x = [x]\nrepr(x)", /RecursionError/],
      ["print('x' * 10**6)", /^$/],
      ["raise SystemExit(3)", /^$/],
      ["import gc\nwhile True: gc.collect()", /^$/],
    ];
    for (const [source, stderr] of cases) {
      const t0 = Date.now();
      // The step budget ends the endless cases; the wall-clock budget is only a backstop, wide
      // enough that building 10**5 nested lists still reaches repr() on a loaded machine.
      const r = sandboxed(source, 100_000, 8_000);
      assert.ok(Date.now() - t0 < 15_000, `${source}: took ${Date.now() - t0} ms`);
      assert.match(r.stderr.replace(/heapstack: stopped: .*\n$/, ""), stderr, source);
      assert.doesNotMatch(r.stderr, /internal error|TypeError: Cannot|at .*\.ts:\d+/, source);
    }
  });
});
