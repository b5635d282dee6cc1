/**
 * The library's `run()` without a report (src/trace/session.ts) keeps the options it documents:
 * the limits stop the program as `heapstack run --max-steps/--timeout/--max-memory` do (status
 * 124, `stopped` says why), and `module` runs a module as __main__.
 *
 *   node scripts/run-tests.mjs tests/trace/library_run.test.ts
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { run } from "../../src/index.js";

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
