/**
 * Where the standard-library modules written in Python and shipped with heapstack live (`lib/`
 * at the package root). It is the last entry of sys.path, as CPython's stdlib directories come
 * after the script's directory and PYTHONPATH, so a user's own `json.py` still shadows ours.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | null | undefined;

export function stdlibPath(): string | null {
  if (cached !== undefined) return cached;
  cached = null;
  let dir: string;
  try {
    dir = dirname(fileURLToPath(import.meta.url));
  } catch {
    return null; // not running from a file (e.g. a browser bundle): the host supplies modules
  }
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "lib"))) {
      cached = join(dir, "lib");
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return cached;
}
