// Bundles the CLI and the library into dist/ with esbuild (type checking is `npm run typecheck`),
// and compiles lib/**/*.py into dist/stdlib-code.bin (src/compiler/code_cache.ts) so that
// importing a library module does not compile it from source on every run.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { codeCacheKey } from "./code_cache_key.mjs";

const key = codeCacheKey();

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  define: { __HEAPSTACK_CODE_CACHE_KEY__: JSON.stringify(key) },
  banner: {
    js: "import { createRequire as __hsCreateRequire } from 'node:module'; const require = __hsCreateRequire(import.meta.url);",
  },
};

/** Compiles lib/ with this build's compiler into dist/stdlib-code.bin. */
async function buildCodeCache() {
  const dir = mkdtempSync(join(tmpdir(), "heapstack-build-"));
  try {
    const builder = join(dir, "code_cache_build.mjs");
    await build({
      ...common,
      sourcemap: false,
      entryPoints: ["src/compiler/code_cache_build.ts"],
      outfile: builder,
    });
    const { buildLibraryCache } = await import(pathToFileURL(builder).href);
    const { file, skipped } = buildLibraryCache("lib", key);
    writeFileSync("dist/stdlib-code.bin", file);
    if (skipped.length > 0)
      console.warn(`code cache: compiled from source at import time: ${skipped.join(", ")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The CLI (dist/cli.cjs) and the interpreter's thread (dist/worker.cjs, which the CLI starts as
 * new Worker("./worker.cjs")) are each a small loader that compiles its CommonJS bundle
 * (dist/cli-main.cjs, dist/worker-main.cjs) as a function with node:vm, so V8's code cache
 * (dist/NAME-main.HASH.v8cache, made below) spares compiling ~4 MB of JavaScript on every start: ES modules
 * cannot use a code cache on Node 20.
 */
async function buildCachedBundle(entryPoint, name, launcher) {
  await build({
    ...common,
    format: "cjs",
    // The file is one function expression, which the loader compiles as it is: wrapped at load
    // time, the 4 MB text was copied once more (flattened) before V8 could take it. esbuild's
    // CommonJS output starts with "use strict" (the sources are ES modules).
    banner: { js: "(function (require, __hsImportMetaUrl) {" },
    footer: { js: "})" },
    // Without indentation and line breaks the text is a fifth smaller (4.25 -> 3.41 MB), which
    // every start reads and hands to V8; names are kept (stack traces, dist/*.map for lines).
    minifyWhitespace: true,
    define: { ...common.define, "import.meta.url": "__hsImportMetaUrl" },
    entryPoints: [entryPoint],
    outfile: `dist/${name}-main.cjs`,
  });
  // The loader reads the bundle as latin1, a one-byte string (UTF-8 decoding 3.6 MB took ~20
  // ms, and any non-ASCII character, even in a comment, made V8 compile a two-byte string):
  // esbuild escapes non-ASCII text in code, and what it leaves (comments) is escaped here.
  const text = readFileSync(`dist/${name}-main.cjs`, "utf8");
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (ascii !== text) writeFileSync(`dist/${name}-main.cjs`, ascii);
  // V8 accepts a cache made for any source of the same length, so the cache's name carries a
  // hash of the bundle it was made for: a bundle never meets another build's cache.
  const hash = createHash("sha256")
    .update(readFileSync(`dist/${name}-main.cjs`))
    .digest("hex")
    .slice(0, 16);
  for (const f of readdirSync("dist")) {
    if (f.startsWith(`${name}-main.`) && f.endsWith(".v8cache")) rmSync(`dist/${f}`, { force: true });
  }
  rmSync(`dist/${name}.js.map`, { force: true }); // the map of the ES module bundle that was here
  // Both loaders are CommonJS: on the main thread an ES module entry point sets up Node's ES
  // module loader and makes an ES module facade of each builtin it imports (node:fs's touches
  // every lazy export, loading the streams), about 12 ms of CPU at every start; a worker
  // started from an ES module sets up that loader for itself too (about 5 ms).
  rmSync(`dist/${name}.js`, { force: true });
  writeFileSync(
    `dist/${name}.cjs`,
    bundleLoader(`${name}-main.cjs`, `${name}-main.${hash}.v8cache`, launcher),
  );
  if (launcher !== undefined) {
    // `node dist/cli.js` (what sys.executable runs, src/modules/host.ts) stays an entry point.
    writeFileSync(
      `dist/${name}.js`,
      `// Made by scripts/build.mjs: the CLI for whoever runs dist/${name}.js.\nimport "./${name}.cjs";\n`,
    );
  }
}

/**
 * With `launcher` (the CLI: dist/launch.cjs, src/cli/launch.ts), the loader first offers the
 * command line to that small bundle, which starts a plain run itself, and loads the big bundle
 * only when it declines.
 */
function bundleLoader(bundle, cache, launcher) {
  const load = `const { readFileSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { pathToFileURL } = require("node:url");
const { Script } = require("node:vm");
${launcher === undefined ? workerV8Flags(bundle) : ""}
const bundlePath = require.resolve("./${bundle}");
const bundleUrl = pathToFileURL(bundlePath);
const cachePath = \`\${__dirname}/${cache}\`;
let cachedData;
try {
  cachedData = readFileSync(cachePath);
} catch {
  cachedData = undefined; // no cache: V8 compiles the bundle (a cache for other source is rejected)
}
const script = new Script(readFileSync(bundlePath, "latin1"), { filename: bundlePath, cachedData });
// The build runs a program with this set, so the cache holds the functions it compiled.
if (process.env.HEAPSTACK_WRITE_V8_CACHE === "1") {
  process.on("exit", () => {
    try {${launcher === undefined ? "" : restoreV8FlagsLine()}
      writeFileSync(cachePath, script.createCachedData());
    } catch {
      // a read-only installation keeps the cache it has
    }
  });
}
script.runInThisContext()(createRequire(bundleUrl), bundleUrl.href);
`;
  const header = `// Made by scripts/build.mjs: runs ${bundle} with V8's code cache (${cache}).
"use strict";
`;
  if (launcher === undefined) return `${header}${load}`;
  // The big bundle's modules load only when the launcher declines.
  return `${header}const { launch } = require("./${launcher}");

if (!launch(process.argv.slice(2))) {
${load.trim().replace(/^(?=.)/gm, "  ")}
}
`;
}

/**
 * V8 flags of the interpreter's thread, set by its loader (dist/worker.cjs) just before it
 * compiles the interpreter's bundle. V8's flags are per process, and a code cache is rejected
 * when made under other flags (a hash of the flags is in each): Node's own code cache of its
 * built-in modules is made under the defaults, so the flags change only once Node has started
 * both threads and the worker has loaded the built-in modules its bundle requires (set from
 * the CLI's loader at start, they cost 60-80 ms of CPU per run: Node compiled its worker
 * bootstrap and the streams from source). Our bundles' caches are made by the build's warm-up
 * run below under the same flags as they are used: the worker's at the worker's exit, the
 * CLI's (made under the defaults, before any worker starts) with the defaults restored.
 *
 * --interrupt-budget=528000 (V8's default 67,584): how much bytecode a function runs before V8
 * considers it for TurboFan. A run of a second or two spent about half of its CPU time in
 * TurboFan compiles on V8's background threads (pathlib_tree 1.5 of 2.7 s): a few hundred of
 * our functions were optimized early, on thin type feedback, and many were thrown away and
 * compiled again (html_tokenize, node --trace-opt --trace-deopt: 425 compiles and 95 deopts;
 * with this budget 175 and 10). Long runs optimize the same functions a little later.
 *
 * On-stack replacement stays on (c35c686 had turned it off with --no-use-osr, when each
 * deoptimisation of the evaluation loop was followed by a TurboFan compile and an OSR compile of
 * it). With the inlining limit below those compiles are small, and without OSR a JavaScript loop
 * that runs long in one call stayed in baseline code. CPU s, OSR off -> on (one call each, through
 * the library on a loaded machine): bytes.hex of 10 MB 2.7 -> 1.8 (before its own fix),
 * str.encode('ascii') of 20 MB 0.78 -> 0.15, bytes.fromhex 1.18 -> 0.36, bytes.upper 0.36 -> 0.06,
 * zlib.crc32 0.45 -> 0.07, base64 0.40 -> 0.03, zlib.compress 0.60 -> 0.21. Bench programs through
 * the CLI, best of 3, within noise of each other (c_interp 6.76 -> 6.40, loop_float_nbody 7.10 ->
 * 6.78, regex_dna 3.51 -> 2.90, loop_int_sum 3.78 -> 3.15, go_playouts 7.80 -> 8.62,
 * pidigits_bigint 1.14 -> 1.30, fannkuch 4.53 -> 4.78, html_tokenize 3.00 -> 3.21; 26 timings of
 * 20 programs, geometric mean of the ratios 0.99).
 *
 * --max-inlined-bytecode-size-cumulative=460 (V8's default 920): how much bytecode TurboFan
 * inlines into one optimised function. perf (cpu-clock) put about a third of a short program's
 * CPU time in TurboFan (collections_algos, datetime_math, bytes_struct: 31-34%), half of it
 * recompiling the evaluation loop after each deoptimisation (3-7 per program): with half the
 * inlining each compile is smaller and has fewer inlined sites to deoptimise at. CPU s, min of
 * 2, two rounds in either order (default -> 460): collections_algos 2.63 -> 1.96 and 2.98 ->
 * 2.10, datetime_math 2.26 -> 1.71 and 2.44 -> 2.09, bytes_struct 1.90 -> 1.33 and 1.98 -> 1.68,
 * coroutines_chain 0.97 -> 0.74 and 1.08 -> 1.06, richards 6.50 -> 6.44 and 7.91 -> 6.69,
 * spectral_norm 6.80 -> 6.21 and 8.55 -> 6.45, loop_float_nbody 8.37 -> 6.82, html_tokenize
 * 3.56 -> 3.21, fannkuch 5.60 -> 5.65. 300 was no better (mixed, spectral_norm 6.49 -> 7.36).
 */
const V8_FLAGS = ["--interrupt-budget=528000", "--max-inlined-bytecode-size-cumulative=460"];

function setFlagsLines(flags) {
  return flags.map((flag) => `require("node:v8").setFlagsFromString(${JSON.stringify(flag)});\n`).join("");
}

/** The worker loader's lines that load the bundle's Node modules, then set V8_FLAGS. */
function workerV8Flags(bundle) {
  const text = readFileSync(`dist/${bundle}`, "latin1");
  const modules = [
    ...new Set([...text.matchAll(/\brequire\("(node:[a-z0-9_/]+)"\)/g)].map((m) => m[1])),
  ].sort();
  return `// Node's modules that ${bundle} requires, compiled with Node's code cache before the flags
// below change (the cache is made under V8's default flags; scripts/build.mjs V8_FLAGS).
${modules.map((m) => `require(${JSON.stringify(m)});\n`).join("")}${setFlagsLines(V8_FLAGS)}`;
}

/**
 * V8's default values of the V8_FLAGS, from this Node's `--v8-options`: the CLI's cache is
 * written at the process's exit, after the worker changed the flags, and V8 hashes only the
 * flags that differ from their defaults.
 */
function restoreV8FlagsLine() {
  const options = spawnSync(process.execPath, ["--v8-options"], { encoding: "utf8" }).stdout;
  const defaults = V8_FLAGS.map((flag) => {
    // "--name=value", or a boolean's "--name" / "--no-name" (its default is one of the two)
    const name = flag.replace(/=.*/, "").replace(/^--no-/, "--");
    const m = new RegExp(`\\n  ${name} \\(.*\\n.*default: (--(?:no-)?${name.slice(2)}(?:=\\S+)?)\\n`).exec(
      options,
    );
    if (m === null) throw new Error(`build: no default value of ${name} in node --v8-options`);
    return m[1];
  });
  return `\n      // The worker changed V8's flags; this bundle's cache is used under the defaults.\n${setFlagsLines(defaults).replace(/^/gm, "      ").trimEnd()}`;
}

/** The start-up fast path (src/cli/launch.ts) as a CommonJS module, dist/launch.cjs. */
async function buildLauncher() {
  rmSync("dist/launch.js", { force: true }); // the ES module launcher that was here
  await build({
    ...common,
    format: "cjs",
    sourcemap: false,
    banner: {
      js: '"use strict";\nconst __hsImportMetaUrl = require("node:url").pathToFileURL(__filename).href;',
    },
    define: { ...common.define, "import.meta.url": "__hsImportMetaUrl" },
    entryPoints: ["src/cli/launch.ts"],
    outfile: "dist/launch.cjs",
  });
}

/** Runs a typical program once so that V8's code caches cover start-up and common imports. */
function buildV8CodeCaches() {
  const warmUp =
    "import typing, inspect, asyncio, unittest, json, re, dataclasses, collections, functools\nprint(sorted({1: 2}.items()), f'{3.5!r}')";
  // An option (here --timeout) takes the command line past dist/launch.cjs to the full CLI
  // (dist/cli-main.cjs), so both bundles' caches are written.
  const r = spawnSync(process.execPath, ["bin/heapstack.js", "run", "--timeout", "600", "-"], {
    env: { ...process.env, HEAPSTACK_WRITE_V8_CACHE: "1" },
    input: warmUp,
    encoding: "utf8",
  });
  // A failing warm-up still leaves a (smaller) cache; the build itself is not the place to fail.
  if (r.status !== 0) console.warn(`V8 code cache: the warm-up run failed: ${r.stderr}`);
}

await Promise.all([
  buildCachedBundle("src/cli/main.ts", "cli", "launch.cjs"),
  buildLauncher(),
  buildCachedBundle("src/cli/worker_main.ts", "worker"),
  build({ ...common, entryPoints: ["src/index.ts"], outfile: "dist/index.js" }),
  buildCodeCache(),
]);
buildV8CodeCaches();
