// `npm run build:web`: the web app (Vite) into dist/web/, and the self-contained viewer that
// `heapstack trace FILE --html` inlines (one JS and one CSS file) into dist/web-static/.
import { build as esbuild } from "esbuild";
import { build as viteBuild } from "vite";

await viteBuild({ configFile: new URL("./vite.config.ts", import.meta.url).pathname, logLevel: "warn" });
await esbuild({
  entryPoints: [new URL("./src/static.ts", import.meta.url).pathname],
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  minify: true,
  outfile: new URL("../dist/web-static/viewer.js", import.meta.url).pathname,
  logLevel: "warning",
});
