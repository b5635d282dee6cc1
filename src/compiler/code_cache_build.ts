/**
 * Build step (scripts/build.mjs bundles and runs this): compiles every lib/**\/*.py the way the
 * importer does (compileSource: exec mode, no flags, optimize 0) and writes the compiled-code
 * cache (src/compiler/code_cache.ts). A module that does not compile cleanly (a SyntaxError or
 * a compile-time SyntaxWarning, which must be reported at import time) is left out: the importer
 * compiles it from source as before. Each entry is decoded again and compared with what the
 * compiler made, so a format bug fails the build instead of changing a program's behaviour.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../parser/index.js";
import type { CacheEntry } from "./code_cache.js";
import { decodeModule, encodeCacheFile, encodeModule, sameUnit, sourceHash } from "./code_cache.js";
import { compile } from "./compile.js";

function pythonFiles(dir: string, prefix: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) pythonFiles(join(dir, entry.name), rel, out);
    else if (entry.isFile() && entry.name.endsWith(".py")) out.push(rel);
  }
  return out;
}

export interface LibraryCacheResult {
  file: Uint8Array;
  compiled: string[];
  skipped: string[];
}

export function buildLibraryCache(libDir: string, key: string): LibraryCacheResult {
  const entries: CacheEntry[] = [];
  const skipped: string[] = [];
  for (const rel of pythonFiles(libDir, "", [])) {
    const path = join(libDir, rel);
    const bytes = new Uint8Array(readFileSync(path));
    let warned = false;
    let unit: ReturnType<typeof compile>;
    try {
      const tree = parse(bytes, "exec", { filename: path, fileInput: false });
      unit = compile(tree as Parameters<typeof compile>[0], path, "exec", {
        flags: 0,
        optimize: 0,
        source: new TextDecoder().decode(bytes),
        warn: () => {
          warned = true;
          return false;
        },
      });
    } catch {
      skipped.push(rel);
      continue;
    }
    if (warned) {
      skipped.push(rel);
      continue;
    }
    const blob = encodeModule(unit);
    if (!sameUnit(decodeModule(blob, path), unit)) {
      throw new Error(`code cache: ${rel} does not decode to what was compiled`);
    }
    entries.push({ path: rel, hash: sourceHash(bytes), blob });
  }
  return { file: encodeCacheFile(key, entries), compiled: entries.map((e) => e.path), skipped };
}
