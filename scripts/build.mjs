// Bundles the CLI and the library into dist/ with esbuild (type checking is `npm run typecheck`).
import { build } from "esbuild";

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  banner: {
    js: "import { createRequire as __hsCreateRequire } from 'node:module'; const require = __hsCreateRequire(import.meta.url);",
  },
};

await Promise.all([
  build({ ...common, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.js" }),
  // The interpreter's thread: dist/cli.js starts it as new Worker("./worker.js").
  build({ ...common, entryPoints: ["src/cli/worker_main.ts"], outfile: "dist/worker.js" }),
  build({ ...common, entryPoints: ["src/index.ts"], outfile: "dist/index.js" }),
]);
