/**
 * A small, fast fuzz run on every `npm test` (the big one is `npm run fuzz`): a few hundred
 * generated and mutated programs through the parser, the compiler and the VM, and two
 * differential programs (600 expressions) against python3, with zero invariant violations.
 * A failure names the input files in test-artifacts/fuzz-smoke/ and the --replay command.
 */
import assert from "node:assert/strict";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { runFuzz } from "../../fuzz/fuzz.js";
import { looksLikeJsFailure } from "../../fuzz/targets.js";

const OUT = resolve("test-artifacts", "fuzz-smoke");

test("fuzz smoke: parser, compiler and VM keep their invariant", async () => {
  const status = await runFuzz([
    "--count",
    "400",
    "--seconds",
    "40",
    "--component",
    "parser,compiler,vm",
    "--seed",
    "20261129",
    "--quiet",
    "--out",
    join(OUT, "components"),
  ]);
  assert.equal(status, 0, `invariant violations: see ${join(OUT, "components")}`);
});

test("fuzz smoke: differential expressions agree with python3", async () => {
  const status = await runFuzz([
    "--count",
    "2",
    "--seconds",
    "40",
    "--component",
    "diff",
    "--seed",
    "20261129",
    "--quiet",
    "--out",
    join(OUT, "diff"),
  ]);
  assert.equal(status, 0, `mismatches: see ${join(OUT, "diff")}`);
});

test("fuzz: the invariant check recognises JS failures and accepts Python errors", () => {
  for (const text of [
    "heapstack: internal error: TypeError: Cannot read properties of undefined (reading 'x')",
    "RangeError: Invalid array length",
    "ReferenceError: gcAlloc is not defined",
    "    at run (/work/main/src/vm/eval.ts:120:5)",
    "TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))",
  ])
    assert.notEqual(looksLikeJsFailure(text), null, text);
  for (const text of [
    "TypeError: 'int' object is not iterable",
    "ReferenceError: weakly-referenced object no longer exists",
    "ZeroDivisionError: division by zero",
    "NameError: name 'x' is not defined",
    'Traceback (most recent call last):\n  File "<fuzz>", line 1, in <module>\nRecursionError: maximum recursion depth exceeded',
  ])
    assert.equal(looksLikeJsFailure(text), null, text);
});
