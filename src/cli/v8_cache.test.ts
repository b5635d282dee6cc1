// The V8 code caches beside the bundles (dist/*-main.HASH.v8cache, scripts/build.mjs) spare
// compiling ~6 MB of JavaScript at every start, but V8 rejects, silently, a cache made under
// other V8 flags than the running process's: the flags dist/cli.cjs sets must be the ones the
// build's warm-up ran with, or every run compiles the bundles from source (+60-90 ms of CPU).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const DIST = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist");

/** Sets the flags dist/cli.cjs sets, then loads each bundle as its loader does, with its cache. */
const CHECK = `
const { readFileSync, readdirSync } = require("node:fs");
const { Script } = require("node:vm");
const [dist, flags] = [process.argv[1], JSON.parse(process.argv[2])];
for (const flag of flags) require("node:v8").setFlagsFromString(flag);
const result = {};
for (const name of ["cli", "worker"]) {
  const cache = readdirSync(dist).find((f) => f.startsWith(name + "-main.") && f.endsWith(".v8cache"));
  const source = readFileSync(dist + "/" + name + "-main.cjs", "latin1");
  const script = new Script("(function (require, __hsImportMetaUrl) {" + source + "\\n})", {
    filename: dist + "/" + name + "-main.cjs",
    cachedData: readFileSync(dist + "/" + cache),
  });
  result[name] = script.cachedDataRejected;
}
console.log(JSON.stringify(result));
`;

test("the built bundles' V8 code caches are accepted under the flags the CLI sets", (t) => {
  if (!existsSync(join(DIST, "cli.cjs"))) {
    t.skip("no build (npm run build)");
    return;
  }
  const loader = readFileSync(join(DIST, "cli.cjs"), "utf8");
  const flags = [...loader.matchAll(/setFlagsFromString\(("[^"]*")\)/g)].map(
    (m) => JSON.parse(m[1]!) as string,
  );
  const r = spawnSync(process.execPath, ["-e", CHECK, DIST, JSON.stringify(flags)], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), { cli: false, worker: false });
});
