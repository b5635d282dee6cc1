// ast.parse's "maximum recursion depth exceeded during ast construction" limit, against python3.11.

import assert from "node:assert/strict";
import { test } from "node:test";
import { checkAstConstructionDepth } from "./ast_depth.js";
import { parse } from "./parser.js";
import { askPython } from "./python_oracle.js";

// Each template's "@" is replaced by a chain of k links; CPython's answer is asked at the
// k where the result flips, for a few k around it.
const TEMPLATES: [string, string][] = [
  ["@1", "-"],
  ["a@", "()"],
  ["a@", ".b"],
  ["a@", "[0]"],
  ["x = @y", "not "],
  ["def f():\n return @1", "-"],
  ["f(x=@1)", "-"],
  ["lambda x=@1: 0", "-"],
  ["with @1: pass", "~"],
  ["[x for x in @1]", "-"],
  ["match x:\n case 1: @1", "-"],
  ["class C(@1): pass", "+"],
];

test("ast construction depth limit matches ast.parse at module level", () => {
  const cases: string[] = [];
  for (const [template, link] of TEMPLATES) {
    for (const k of [2983, 2984, 2985, 2986, 2987, 2988, 2989]) {
      cases.push(template.replace("@", link.repeat(k)));
    }
  }
  // Each case runs in a fresh interpreter: in one process, a caught RecursionError shifts the
  // limit for later ast.parse calls (CPython's recursion accounting), so results would depend
  // on the order of the cases.
  const expected = askPython(
    `
import json, subprocess, sys
CHILD = """
import ast, sys
try:
    ast.parse(sys.stdin.read())
    print("ok")
except RecursionError as e:
    print(e)
"""
out = []
for src in json.load(sys.stdin):
    r = subprocess.run([sys.executable, "-c", CHILD], input=src, capture_output=True, text=True)
    out.append(r.stdout.strip())
print(json.dumps(out))
`,
    cases,
  ) as string[];
  const ours = cases.map((src) => {
    try {
      checkAstConstructionDepth(parse(src));
      return "ok";
    } catch (e) {
      if (!(e instanceof Error) || e.name !== "RecursionError") throw e;
      return e.message;
    }
  });
  assert.deepEqual(ours, expected);
  assert.ok(expected.includes("ok") && expected.some((r) => r !== "ok"));
});
