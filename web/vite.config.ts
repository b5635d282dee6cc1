// The web app: `npm run build:web` writes the static site to dist/web/ (relative URLs, so it
// works from any directory and offline). `npx vite --config web/vite.config.ts` serves it for development.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { codeCacheKey } from "../scripts/code_cache_key.mjs";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  publicDir: false,
  worker: { format: "es" },
  // The worker reads dist/stdlib-code.bin (compiled lib/) only if made from these same sources.
  define: { __HEAPSTACK_CODE_CACHE_KEY__: JSON.stringify(codeCacheKey()) },
  assetsInclude: ["**/stdlib-code.bin"],
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  server: { host: "127.0.0.1", fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] } },
});
