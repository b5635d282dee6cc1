// A module python3 had imported before the script's first line (os, pathlib, weakref...) is
// loaded by heapstack when the program first needs it, without counting its allocations. Its
// objects must not take blocks from the program's pools either: os builds os.environ from the
// environment, so a load that did would move every address the program gets after it by an
// amount python3's addresses do not depend on (method-cache collisions, set orders by id and
// id() reuse would then change with the environment). The same program must see the same
// addresses whatever the environment holds.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import test from "node:test";
import { REPO_ROOT } from "../parser/support/repo.js";

const PROGRAM = `
first = object()
import os, pathlib, weakref
made = [object() for _ in range(40)] + [str(i) * 7 for i in range(40)] + [list(range(i)) for i in range(40)]
print(len(os.environ) >= 0, [id(x) - id(first) for x in made])
`;

function outputWith(variables: Record<string, string>): string {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, "bin", "heapstack.js"), "run", "-"], {
    env: { PATH: process.env.PATH, PYTHONHASHSEED: "0", ...variables },
    input: PROGRAM,
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test("addresses after a startup module's load do not depend on the environment", () => {
  const bare = outputWith({});
  for (const [count, length] of [
    [28, 13],
    [60, 40],
    [3, 3000],
  ] as const) {
    const variables: Record<string, string> = {};
    for (let i = 0; i < count; i++) variables[`VAR${i}`] = "x".repeat(length);
    assert.equal(outputWith(variables), bare, `${count} variables of ${length} characters`);
  }
});
