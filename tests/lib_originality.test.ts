// heapstack's Python-written modules (lib/) must be our own code: the project's rule is to read
// CPython for facts and algorithms and write everything ourselves, never copy its source. This
// test catches copies: for every lib/ module whose path also exists in python3's Lib/, it counts
// the substantial lines (30+ characters, not comments) that appear verbatim in CPython's file.
// An independent implementation of the same API shares few such lines (signatures and error
// messages); a copied or lightly edited file shares most of them.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { pythonInfo } from "./parser/support/python.js";
import { REPO_ROOT as repoRoot } from "./parser/support/repo.js";

const MAX_VERBATIM_SHARE = 0.4;

function pythonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...pythonFiles(path));
    else if (entry.name.endsWith(".py")) out.push(path);
  }
  return out;
}

const substantialLines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length >= 30 && !l.startsWith("#"));

test("lib/ modules are written by us, not copied from CPython's Lib/", () => {
  const lib = join(repoRoot, "lib");
  const { stdlib } = pythonInfo();
  const copies: string[] = [];
  for (const file of pythonFiles(lib)) {
    const rel = relative(lib, file);
    const cpython = join(stdlib, rel);
    if (!existsSync(cpython)) continue;
    const theirs = new Set(
      readFileSync(cpython, "utf8")
        .split("\n")
        .map((l) => l.trim()),
    );
    const ours = substantialLines(readFileSync(file, "utf8"));
    if (ours.length < 5) continue;
    const shared = ours.filter((l) => theirs.has(l)).length;
    if (shared / ours.length > MAX_VERBATIM_SHARE) {
      copies.push(
        `lib/${rel}: ${shared}/${ours.length} substantial lines are verbatim in CPython's Lib/${rel}`,
      );
    }
  }
  assert.deepEqual(
    copies,
    [],
    "These modules must be rewritten in our own words (read CPython for behaviour, never copy it):\n" +
      copies.join("\n"),
  );
});
