// Locations in the repository that the tests use.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const ARTIFACTS_DIR = join(REPO_ROOT, "test-artifacts");
export const HEAPSTACK_BIN = join(REPO_ROOT, "bin", "heapstack.js");

/**
 * CLI tests run the bundled command exactly as users do, so they need `npm run build` first
 * (`npm test` does it). Fail with that advice rather than a confusing module-not-found.
 */
export function requireBuiltCli(): string {
  if (!existsSync(join(REPO_ROOT, "dist", "cli.js"))) {
    throw new Error("dist/cli.js is missing: run `npm run build` (npm test builds first)");
  }
  return HEAPSTACK_BIN;
}
