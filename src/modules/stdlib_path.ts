/**
 * Where the standard-library modules written in Python and shipped with heapstack live (`lib/`
 * at the package root). It is the last entry of sys.path, as CPython's stdlib directories come
 * after the script's directory and PYTHONPATH, so a user's own `json.py` still shadows ours.
 *
 * Under Node the directory is found beside package.json. A host without a disk (the browser,
 * whose virtual file system holds lib/ at some path) says where it is with setStdlibPath().
 */
import type { CodeUnit } from "../compiler/code.js";
import { CodeCache } from "../compiler/code_cache.js";

interface NodePathModules {
  fs: {
    existsSync(path: string): boolean;
    readFileSync(path: string): { buffer: ArrayBufferLike; byteOffset: number; byteLength: number };
  };
  path: { dirname(p: string): string; join(...p: string[]): string };
  url: { fileURLToPath(u: string): string };
}

let cached: string | null | undefined;

/** Sets the library directory (a path in the host's file system), or null for none. */
export function setStdlibPath(path: string | null): void {
  cached = path;
}

function nodeModules(): NodePathModules | null {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const get = proc?.getBuiltinModule;
  if (get === undefined) return null;
  return {
    fs: get("node:fs") as NodePathModules["fs"],
    path: get("node:path") as NodePathModules["path"],
    url: get("node:url") as NodePathModules["url"],
  };
}

export function stdlibPath(): string | null {
  if (cached !== undefined) return cached;
  cached = null;
  const node = nodeModules();
  if (node === null) return null; // no disk to look at: the host supplies modules (setStdlibPath)
  const { fs, path, url } = node;
  let dir: string;
  try {
    dir = path.dirname(url.fileURLToPath(import.meta.url));
  } catch {
    return null; // not running from a file
  }
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, "package.json")) && fs.existsSync(path.join(dir, "lib"))) {
      cached = path.join(dir, "lib");
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return cached;
}

/**
 * lib/ files standing in for modules CPython writes in C (_datetime, _decimal, _pickle, zlib,
 * binascii, _csv, _codecs, _string, _contextvars, _signal): a C function adds no traceback entry, so an
 * exception raised inside one of these shows only its Python caller's line, as python3 prints
 * `Decimal("x")` or `date(2020, 13, 1)` failing. Paths are relative to lib/.
 */
const C_MODULE_STAND_INS = new Set([
  "datetime.py",
  "decimal.py",
  "pickle.py",
  "_pickle.py",
  "zlib.py",
  "binascii.py",
  "csv.py",
  "_codecs.py",
  "_sqlite3.py",
  "_string.py",
  "contextvars.py",
  "signal.py",
]);

/**
 * Functions of lib/ modules that CPython writes in Python but whose function CPython replaces
 * with a C one: warnings.warn and warn_explicit are _warnings' (an exception raised by a warning
 * turned into an error shows only the caller's line). "path:qualname", paths relative to lib/.
 */
const C_FUNCTION_STAND_INS = new Set(["warnings.py:warn", "warnings.py:warn_explicit"]);

/**
 * Functions of the frozen os module (lib/os.py, whose code says "<frozen os>") that stand for
 * CPython's posix functions, written in C: os.close(99) failing shows only the caller's line in
 * python3. Also their helpers (argument conversion) and the classes scandir gives (DirEntry).
 */
const FROZEN_OS_C_FUNCTIONS = new Set(
  (
    "_path_arg _c_int_status WIFEXITED WEXITSTATUS WIFSIGNALED WTERMSIG WIFSTOPPED WSTOPSIG " +
    "WIFCONTINUED WCOREDUMP waitstatus_to_exitcode umask strerror _new_entry _scandir_result " +
    "getpid getppid cpu_count getuid geteuid getgid getegid getlogin times uname urandom _bad_fd " +
    "_fd_arg _is_open open _builtin_open putenv unsetenv close closerange read write lseek " +
    "ftruncate pipe fstat fsync sync isatty get_inheritable get_blocking set_blocking " +
    "get_terminal_size system device_encoding"
  ).split(" "),
);

/** Whether code `qualname` from `filename` runs where CPython runs C code (see C_MODULE_STAND_INS). */
export function isCModuleStandIn(filename: string, qualname = ""): boolean {
  if (filename === "<frozen os>") {
    return (
      FROZEN_OS_C_FUNCTIONS.has(qualname) ||
      qualname.startsWith("DirEntry.") ||
      qualname.startsWith("_ScandirIterator.")
    );
  }
  const lib = stdlibPath();
  if (lib === null || filename.length <= lib.length || !filename.startsWith(lib)) return false;
  const sep = filename.charCodeAt(lib.length);
  if (sep !== 47 && sep !== 92) return false; // "/" or "\\"
  const path = filename.slice(lib.length + 1);
  return C_MODULE_STAND_INS.has(path) || C_FUNCTION_STAND_INS.has(`${path}:${qualname}`);
}

// ---------------------------------------------------------------------------------------------
// the compiled-code cache of lib/ (src/compiler/code_cache.ts)

/**
 * Written by scripts/build.mjs into the bundles and into dist/stdlib-code.bin alike: a bundle
 * uses only the cache file built with it. Undefined when running from the TypeScript sources.
 */
declare const __HEAPSTACK_CODE_CACHE_KEY__: string | undefined;

let codeCache: CodeCache | null | undefined;

/** Gives the cache file's bytes (a host that reads no disk, the browser), or null for none. */
export function setStdlibCodeCache(file: Uint8Array | null): void {
  codeCache = file === null ? null : openCodeCache(file);
}

function openCodeCache(file: Uint8Array): CodeCache | null {
  const key = typeof __HEAPSTACK_CODE_CACHE_KEY__ === "string" ? __HEAPSTACK_CODE_CACHE_KEY__ : null;
  return key === null ? null : CodeCache.open(file, key);
}

function stdlibCodeCache(): CodeCache | null {
  if (codeCache !== undefined) return codeCache;
  codeCache = null;
  if (typeof __HEAPSTACK_CODE_CACHE_KEY__ !== "string") return null;
  const node = nodeModules();
  if (node === null) return null;
  try {
    // Beside the bundle that runs (dist/worker-main.cjs, dist/index.js): dist/stdlib-code.bin.
    // (The base in a variable: a bundler must not take the file for an asset of its own.)
    const bundleUrl = import.meta.url;
    const file = node.fs.readFileSync(node.url.fileURLToPath(new URL("stdlib-code.bin", bundleUrl).href));
    codeCache = openCodeCache(new Uint8Array(file.buffer, file.byteOffset, file.byteLength));
  } catch {
    codeCache = null; // no cache: every module compiles from source
  }
  return codeCache;
}

/**
 * The compiled code of the library module at `path` (as found on sys.path, under the library
 * directory), or null to compile it from `source`: used only when compiled from the same bytes.
 */
export function cachedStdlibCode(path: string, source: Uint8Array, filename: string): CodeUnit | null {
  const lib = stdlibPath();
  if (lib === null || !path.startsWith(lib) || path.charCodeAt(lib.length) !== 47 /* "/" */) return null;
  const cache = stdlibCodeCache();
  return cache === null ? null : cache.lookup(path.slice(lib.length + 1), source, filename);
}
