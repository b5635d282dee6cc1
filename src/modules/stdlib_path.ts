/**
 * Where the standard-library modules written in Python and shipped with heapstack live (`lib/`
 * at the package root). It is the last entry of sys.path, as CPython's stdlib directories come
 * after the script's directory and PYTHONPATH, so a user's own `json.py` still shadows ours.
 *
 * Under Node the directory is found beside package.json. A host without a disk (the browser,
 * whose virtual file system holds lib/ at some path) says where it is with setStdlibPath().
 */
interface NodePathModules {
  fs: { existsSync(path: string): boolean };
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
