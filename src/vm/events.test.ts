/**
 * The VM's event listener (src/vm/events.ts): call / line / return / exception events in the
 * order CPython's tracing delivers them, and no events without a listener.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import type { VMListener } from "./events.js";
import type { Frame } from "./frame.js";
import { runMain } from "./interpreter.js";
import { tstate } from "./state.js";

function traced(source: string): { events: string[]; stdout: string; status: number } {
  const events: string[] = [];
  let stdout = "";
  const name = (f: Frame) => f.code.co_name.value;
  const listener: VMListener = {
    onCall: (f) => events.push(`call ${name(f)}`),
    onLine: (f, line) => events.push(`line ${name(f)} ${line}`),
    onReturn: (f) => events.push(`return ${name(f)}`),
    onException: (f, e) => events.push(`exception ${name(f)} ${e.ob_type.tp_name}`),
  };
  // The listener is attached by the first frame's start: install it before the run begins.
  const status = runMain({
    source: source,
    filename: "<traced>",
    argv: ["<traced>"],
    stdout: (t) => {
      stdout += t;
    },
    stderr: () => {},
    beforeRun: () => {
      tstate.listener = listener;
    },
  });
  tstate.listener = null;
  return { events, stdout, status };
}

test("call, line and return events follow the program", () => {
  const { events, stdout, status } = traced(
    ["def add(a, b):", "    c = a + b", "    return c", "", "x = add(1, 2)", "print(x)"].join("\n"),
  );
  assert.equal(status, 0);
  assert.equal(stdout, "3\n");
  assert.deepEqual(events, [
    "call <module>",
    "line <module> 1",
    "line <module> 5",
    "call add",
    "line add 2",
    "line add 3",
    "return add",
    "line <module> 6",
    "return <module>",
  ]);
});

test("a loop reports its line on every iteration", () => {
  const { events } = traced(["total = 0", "for i in range(3):", "    total += i"].join("\n"));
  const lines = events.filter((e) => e.startsWith("line")).map((e) => Number(e.split(" ")[2]));
  assert.deepEqual(lines, [1, 2, 3, 2, 3, 2, 3, 2]);
});

test("an exception is reported in every frame it passes through", () => {
  const { events, status } = traced(
    [
      "def inner():",
      "    raise ValueError('x')",
      "def outer():",
      "    inner()",
      "try:",
      "    outer()",
      "except ValueError:",
      "    pass",
    ].join("\n"),
  );
  assert.equal(status, 0);
  const exc = events.filter((e) => e.startsWith("exception"));
  assert.deepEqual(exc, [
    "exception inner ValueError",
    "exception outer ValueError",
    "exception <module> ValueError",
  ]);
});

test("generators report a call on each resumption and a return on each yield", () => {
  const { events } = traced(
    ["def g():", "    yield 1", "    yield 2", "for v in g():", "    pass"].join("\n"),
  );
  const gen = events.filter((e) => e.endsWith(" g") || e.includes(" g "));
  assert.deepEqual(gen, [
    "call g",
    "line g 2",
    "return g",
    "call g",
    "line g 3",
    "return g",
    "call g",
    "return g",
  ]);
});

/** The (event, function, line) sequence python3's sys.settrace sees for `source`. */
function pythonTrace(source: string): string[] {
  const driver = [
    "import io, sys",
    "src = sys.stdin.read()",
    "code = compile(src, '<traced>', 'exec')",
    "out = []",
    "def tr(frame, event, arg):",
    "    if frame.f_code.co_filename == '<traced>':",
    "        out.append(f'{event} {frame.f_code.co_name} {frame.f_lineno}')",
    "    return tr",
    "sys.stdout = io.StringIO()",
    "sys.settrace(tr)",
    "try:",
    "    exec(code, {'__name__': '__main__'})",
    "except BaseException:",
    "    pass",
    "sys.settrace(None)",
    "sys.stdout = sys.__stdout__",
    "print('\\n'.join(out))",
  ].join("\n");
  const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], {
    encoding: "utf8",
  }).trim();
  const text = execFileSync(python, ["-c", driver], { input: source, encoding: "utf8" });
  return text.split("\n").filter((l) => l !== "" && !l.startsWith("#"));
}

/** Our listener's view of the same run, in the same form. */
function ourTrace(source: string): string[] {
  const out: string[] = [];
  const name = (f: Frame) => f.code.co_name.value;
  const lineAt = (f: Frame) => f.code.lineOf(f.traceLast);
  tstate.listener = null;
  runMain({
    source,
    filename: "<traced>",
    argv: ["<traced>"],
    stdout: () => {},
    stderr: () => {},
    beforeRun: () => {
      tstate.listener = {
        onCall: (f) => out.push(`call ${name(f)} ${lineAt(f)}`),
        onLine: (f, line) => out.push(`line ${name(f)} ${line}`),
        onReturn: (f) => out.push(`return ${name(f)} ${lineAt(f)}`),
        onException: (f) => out.push(`exception ${name(f)} ${lineAt(f)}`),
      };
    },
  });
  tstate.listener = null;
  return out;
}

const TRACE_PROGRAMS = [
  ["def fact(n):", "    if n <= 1:", "        return 1", "    return n * fact(n - 1)", "fact(3)"],
  ["total = 0", "i = 0", "while i < 3:", "    total += i", "    i += 1", "print(total)"],
  [
    "def gen():",
    "    for i in range(2):",
    "        yield i",
    "def use():",
    "    return [x * 2 for x in gen()]",
    "use()",
  ],
  [
    "def risky(x):",
    "    if x:",
    "        raise KeyError(x)",
    "    return x",
    "def guard():",
    "    try:",
    "        risky(1)",
    "    except KeyError:",
    "        return 'caught'",
    "    finally:",
    "        pass",
    "guard()",
  ],
  [
    "class C:",
    "    def __init__(self):",
    "        self.v = 1",
    "    def get(self):",
    "        return self.v",
    "C().get()",
  ],
  [
    "class CM:",
    "    def __enter__(self):",
    "        return self",
    "    def __exit__(self, *a):",
    "        return True",
    "with CM() as c:",
    "    x = 1",
    "    raise ValueError",
    "f = lambda v: v + 1",
    "f(2)",
  ],
  [
    "def acc():",
    "    total = 0",
    "    while True:",
    "        v = yield total",
    "        if v is None:",
    "            break",
    "        total += v",
    "g = acc()",
    "next(g)",
    "g.send(3)",
    "try:",
    "    g.send(None)",
    "except StopIteration:",
    "    pass",
  ],
];

test("line, call, return and exception events match python3's sys.settrace", () => {
  for (const lines of TRACE_PROGRAMS) {
    const source = lines.join("\n") + "\n";
    // Python's exec adds a module-level frame named <module>, as ours.
    assert.deepEqual(ourTrace(source), pythonTrace(source), source);
  }
});
