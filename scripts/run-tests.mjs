// Runs the unit and differential tests with node's test runner.
//
//   node scripts/run-tests.mjs [FILE...]
//
// Node 20's `--test` does not expand glob patterns itself, so this finds the test files
// (src/**/*.test.ts and tests/**/*.test.ts) and hands them over explicitly. With FILE
// arguments only those files run. The exit status is the test runner's: non-zero on any failure.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

const ROOTS = ["src", "tests"];

function findTestFiles(dir) {
  let found = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "node_modules") found = found.concat(findTestFiles(path));
    else if (entry.isFile() && entry.name.endsWith(".test.ts")) found.push(relative(".", path));
  }
  return found;
}

const requested = process.argv.slice(2);
const files = requested.length > 0 ? requested : ROOTS.flatMap(findTestFiles).sort();
if (files.length === 0) {
  console.error("run-tests: no test files found");
  process.exit(1);
}
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...files], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
