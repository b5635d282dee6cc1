/**
 * The library's `run()` without a report (src/trace/session.ts) keeps the options it documents:
 * the limits stop the program as `heapstack run --max-steps/--timeout/--max-memory` do (status
 * 124, `stopped` says why), and `module` runs a module as __main__. A limit that is no count
 * of steps or bytes, or no positive number of seconds, is refused before the program runs, as the
 * CLI refuses such a flag (trace() the same).
 *
 *   node scripts/run-tests.mjs tests/trace/library_run.test.ts
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { run, trace } from "../../src/index.js";

const quiet = { stdout: () => {}, stderr: () => {} };

describe("run() without a report", () => {
  test("maxSteps stops the program: status 124, stopped, the output so far kept", () => {
    const r = run("print('start')\nfor i in range(100_000):\n    pass\nprint('end')\n", {
      maxSteps: 1000,
      ...quiet,
    });
    assert.equal(r.status, 124);
    assert.equal(r.stopped?.reason, "max-steps");
    assert.equal(r.stdout, "start\n");
    assert.match(r.stderr, /^heapstack: stopped: /);
  });

  test("a loop whose test is at its bottom (`while i < n:`) counts its turns as steps", () => {
    // COMPARE_OP + POP_JUMP_IF_TRUE backwards, and the plain conditional jumps backwards
    for (const loop of [
      "i = 0\nwhile i < 1_000_000:\n    i += 1\n",
      "i = 0\nwhile i - 1_000_000:\n    i += 1\n",
      "i, x = 0, None\nwhile x is None:\n    i += 1\n    x = None if i < 1_000_000 else 1\n",
      "i, x = 0, 1\nwhile x is not None:\n    i += 1\n    x = 1 if i < 1_000_000 else None\n",
    ]) {
      const r = run(loop, { maxSteps: 1000, ...quiet });
      assert.equal(r.stopped?.reason, "max-steps", loop);
    }
  });

  test("timeout and maxMemory stop it too", () => {
    const slow = run("import time\nt = time.time()\nwhile time.time() - t < 3:\n    pass\nprint('late')\n", {
      timeout: 0.2,
      ...quiet,
    });
    assert.equal(slow.status, 124);
    assert.equal(slow.stopped?.reason, "timeout");
    assert.equal(slow.stdout, "");
    const big = run("xs = []\nfor i in range(200):\n    xs.append('a' * 100_000)\n", {
      maxMemory: 1e6,
      ...quiet,
    });
    assert.equal(big.status, 124);
    assert.equal(big.stopped?.reason, "max-memory");
  });

  test("a run within its limits is not stopped; module runs a module as __main__", () => {
    const r = run("print(sum(range(10)))\n", { maxSteps: 1000, timeout: 30, maxMemory: 1e8, ...quiet });
    assert.equal(r.status, 0);
    assert.equal(r.stopped, null);
    assert.equal(r.stdout, "45\n");
    const m = run("", { module: "json.tool", argv: ["-m"], stdin: '{"b": 1}', ...quiet });
    assert.equal(m.stdout, '{\n    "b": 1\n}\n');
  });
});

describe("limits that make no sense are refused, by run() and trace()", () => {
  const program = "print('ran')\n";
  const cases: [Record<string, unknown>, string, RegExp][] = [
    [{ maxSteps: -5 }, "RangeError", /^maxSteps must be a whole number of steps \(0 or more\), got -5$/],
    [{ maxSteps: 1.5 }, "RangeError", /^maxSteps must be a whole number of steps \(0 or more\), got 1\.5$/],
    [
      { maxSteps: Number.NaN },
      "RangeError",
      /^maxSteps must be a whole number of steps \(0 or more\), got NaN$/,
    ],
    [{ maxSteps: "10" }, "TypeError", /^maxSteps must be a number, got a string \('10'\)$/],
    [{ maxMemory: -3 }, "RangeError", /^maxMemory must be a whole number of bytes \(0 or more\), got -3$/],
    [{ timeout: -1 }, "RangeError", /^timeout must be a number of seconds above 0, got -1$/],
    [{ timeout: 0 }, "RangeError", /^timeout must be a number of seconds above 0, got 0$/],
    [
      { timeout: Number.POSITIVE_INFINITY },
      "RangeError",
      /^timeout must be a number of seconds above 0, got Infinity$/,
    ],
    [{ timeout: "2" }, "TypeError", /^timeout must be a number, got a string \('2'\)$/],
    [{ timeout: null }, "TypeError", /^timeout must be a number, got null$/],
  ];
  for (const [limits, name, message] of cases) {
    for (const [api, f] of [
      ["run", run],
      ["run({report})", (s: string, o: object) => run(s, { ...o, report: true })],
      ["trace", trace],
    ] as const) {
      test(`${api}(${JSON.stringify(limits)}): ${name}`, () => {
        let out = "";
        assert.throws(
          () => f(program, { ...limits, stdout: (t: string) => (out += t), stderr: () => {} }),
          (e: Error) => e.name === name && message.test(e.message),
        );
        assert.equal(out, "", "the program did not run");
      });
    }
  }

  test("whole numbers, 0 steps and fractions of seconds are limits", () => {
    assert.equal(
      run(program, { maxSteps: 1e6, maxMemory: 0x1000000, timeout: 0.5, ...quiet }).stdout,
      "ran\n",
    );
    assert.equal(trace(program, { maxSteps: 0, ...quiet }).outcome.stopped?.reason, "max-steps");
  });
});
