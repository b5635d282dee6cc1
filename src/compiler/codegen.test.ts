/**
 * Code objects compared with python3's, field by field (names, consts, flags, stacksize,
 * instructions, positions, exception table), for every program in tests/py/compiler/corpus
 * and the snippets below. One python3 run for the whole file.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { type Program, runPrograms } from "./testing/run_corpus.js";
import { SNIPPETS } from "./testing/snippets.js";

const CORPUS = fileURLToPath(new URL("../../tests/py/compiler/corpus/", import.meta.url));

const programs: Program[] = [
  ...readdirSync(CORPUS)
    .filter((f) => f.endsWith(".py"))
    .sort()
    .map((f) => ({ name: f, source: readFileSync(CORPUS + f, "utf8") })),
  ...SNIPPETS,
];

const results = await runPrograms(programs);

for (const r of results) {
  test(`codegen ${r.name}`, () => {
    assert.deepEqual(r.diffs, [], `${r.name} differs from python3:\n${r.diffs.join("\n")}`);
  });
}
