// The key of the compiled-code cache (src/compiler/code_cache.ts): a hash of every TypeScript
// source under src/, so a cache is used only by bundles built from the same compiler. Both
// scripts/build.mjs (the Node bundles, dist/stdlib-code.bin) and web/vite.config.ts (the web
// app's worker) write it into their bundles as __HEAPSTACK_CODE_CACHE_KEY__.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export function codeCacheKey() {
  const hash = createHash("sha256");
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) {
        hash.update(relative(ROOT, path)).update("\0").update(readFileSync(path)).update("\0");
      }
    }
  };
  walk(join(ROOT, "src"));
  return hash.digest("hex").slice(0, 32);
}
