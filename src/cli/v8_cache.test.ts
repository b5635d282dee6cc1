// The V8 code caches beside the bundles (dist/*-main.HASH.v8cache, scripts/build.mjs) spare
// compiling ~6 MB of JavaScript at every start, but V8 rejects, silently, a cache made under
// other V8 flags than the running process's: the flags dist/worker.cjs sets must be the ones the
// build's warm-up ran the worker with, and the CLI's cache is made under V8's defaults, or every
// run compiles the bundles from source (+60-90 ms of CPU). Node's own code cache of its modules
// is made under the defaults too: the main thread sets no flag, and the worker sets them only
// after loading the Node modules its bundle requires (+60-80 ms of CPU otherwise).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const DIST = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist");

/** Sets the flags `flags`, then loads bundle `name` as its loader does, with its cache. */
const CHECK = `
const { readFileSync, readdirSync } = require("node:fs");
const { Script } = require("node:vm");
const [dist, name, flags] = [process.argv[1], process.argv[2], JSON.parse(process.argv[3])];
for (const flag of flags) require("node:v8").setFlagsFromString(flag);
const cache = readdirSync(dist).find((f) => f.startsWith(name + "-main.") && f.endsWith(".v8cache"));
const source = readFileSync(dist + "/" + name + "-main.cjs", "latin1");
const script = new Script(source, {
  filename: dist + "/" + name + "-main.cjs",
  cachedData: readFileSync(dist + "/" + cache),
});
console.log(JSON.stringify(script.cachedDataRejected));
`;

/** The V8 flags a loader sets (its text up to `before`), in order. */
function flagsSet(loader: string, before: string): string[] {
  const end = loader.indexOf(before);
  assert.ok(end >= 0, `no ${before} in the loader`);
  return [...loader.slice(0, end).matchAll(/setFlagsFromString\(("[^"]*")\)/g)].map(
    (m) => JSON.parse(m[1]!) as string,
  );
}

function cacheRejected(name: string, flags: string[]): boolean {
  const r = spawnSync(process.execPath, ["-e", CHECK, DIST, name, JSON.stringify(flags)], {
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as boolean;
}

test("the built bundles' V8 code caches are accepted under the flags their loaders set", (t) => {
  if (!existsSync(join(DIST, "cli.cjs"))) {
    t.skip("no build (npm run build)");
    return;
  }
  const cli = readFileSync(join(DIST, "cli.cjs"), "utf8");
  const worker = readFileSync(join(DIST, "worker.cjs"), "utf8");
  // The main thread runs under V8's defaults (the cache writer alone restores them at exit).
  assert.deepEqual(flagsSet(cli, "HEAPSTACK_WRITE_V8_CACHE"), []);
  const workerFlags = flagsSet(worker, "new Script(");
  assert.ok(workerFlags.length > 0, "the worker's loader sets the V8 flags");
  assert.equal(cacheRejected("cli", []), false);
  assert.equal(cacheRejected("worker", workerFlags), false);
  // the check can fail: a cache under other flags is rejected
  assert.equal(cacheRejected("worker", []), true);
});

test("the worker's loader loads every Node module of its bundle before it changes the V8 flags", (t) => {
  if (!existsSync(join(DIST, "worker.cjs"))) {
    t.skip("no build (npm run build)");
    return;
  }
  const worker = readFileSync(join(DIST, "worker.cjs"), "utf8");
  const bundle = readFileSync(join(DIST, "worker-main.cjs"), "latin1");
  const beforeFlags = worker.slice(0, worker.indexOf("setFlagsFromString"));
  for (const [call] of bundle.matchAll(/\brequire\("node:[a-z0-9_/]+"\)/g))
    assert.ok(beforeFlags.includes(call), call);
});
