/**
 * `heapstack view FILE`: serves the built web app (dist/web, from `npm run build:web`) on
 * 127.0.0.1 and opens FILE's run in it. `heapstack trace FILE --html OUT`: one HTML file holding
 * the viewer (dist/web-static) and the recorded trace, which shows the run with no server.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, realpathSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import LZString from "lz-string";
import { CliError } from "./cli_error.js";
import { EXIT_USAGE_OR_INTERNAL } from "./exit_codes.js";
import { readSourceBytes } from "./source.js";

/** The package's dist/<name> directory holding `marker` (searched upwards from this file). */
function distDir(name: string, marker: string): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, name === "" ? "" : name);
    for (const c of [join(dir, "dist", name), candidate]) if (existsSync(join(c, marker))) return c;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

export function webAppDir(): string | null {
  return distDir("web", "index.html");
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".map": "application/json",
  ".wasm": "application/wasm",
};

/** The file under `root` a request path names, or null (outside root, not a file, malformed). */
export function resolveRequestPath(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split("?")[0]!.split("#")[0]!);
  } catch {
    return null;
  }
  if (path.includes("\0") || path.includes("\\")) return null;
  if (path.endsWith("/")) path += "index.html";
  const base = resolve(root);
  const full = resolve(base, `.${path.startsWith("/") ? path : `/${path}`}`);
  if (full !== base && !full.startsWith(base + sep)) return null;
  try {
    if (!statSync(full).isFile()) return null;
    // A symbolic link under the root must not lead outside it.
    const realBase = realpathSync(base);
    const real = realpathSync(full);
    return real.startsWith(realBase + sep) ? full : null;
  } catch {
    return null;
  }
}

/** Serves the files under `root` (and nothing else) on 127.0.0.1. */
export function serveDirectory(root: string, port: number): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const file = resolveRequestPath(root, req.url ?? "/");
    if (file === null) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Length": body.length,
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const addr = server.address();
      const p = typeof addr === "object" && addr !== null ? addr.port : port;
      resolvePromise({ server, url: `http://127.0.0.1:${p}/` });
    });
  });
}

/** Opens `url` in the desktop's browser when there is one; never fails. */
function tryOpenBrowser(url: string): boolean {
  const cmd =
    process.platform === "darwin"
      ? ["open", url]
      : process.platform === "win32"
        ? ["cmd", "/c", "start", "", url]
        : process.env.DISPLAY || process.env.WAYLAND_DISPLAY
          ? ["xdg-open", url]
          : null;
  if (cmd === null) return false;
  try {
    const child = spawn(cmd[0]!, cmd.slice(1), { stdio: "ignore", detached: true });
    child.on("error", () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}

export interface ViewOptions {
  port: number;
  open: boolean;
}

/** Runs `heapstack view`; the server keeps the process alive until Ctrl-C. */
export function viewCommand(file: string, options: ViewOptions): void {
  startView(file, options).catch((e: unknown) => {
    const message =
      e instanceof CliError ? e.message : `heapstack view: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`${message}\n`);
    process.exitCode = e instanceof CliError ? e.exitCode : EXIT_USAGE_OR_INTERNAL;
  });
}

async function startView(file: string, options: ViewOptions): Promise<void> {
  const dir = webAppDir();
  if (dir === null)
    throw new CliError(
      "heapstack view: the web app is not built (run `npm run build:web`)",
      EXIT_USAGE_OR_INTERNAL,
    );
  const bytes = readSourceBytes(file, (reason) => `heapstack view: can't open file '${file}': ${reason}`);
  const source = new TextDecoder().decode(bytes);
  let served: { server: Server; url: string };
  try {
    served = await serveDirectory(dir, options.port);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EADDRINUSE" || options.port === 0) throw e;
    served = await serveDirectory(dir, 0); // the port is taken: any free one
  }
  const url = `${served.url}#code=${LZString.compressToEncodedURIComponent(source)}`;
  process.stdout.write(`heapstack view: ${file} at\n  ${url}\n(Ctrl-C stops the server)\n`);
  if (options.open) tryOpenBrowser(url);
}

/** Escapes text for inclusion inside a <script> element. */
function scriptText(s: string): string {
  return s.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

/**
 * The trace document with each distinct object written once: steps list indices into
 * `heapObjects` (most objects are the same from one step to the next, so the page is many times
 * smaller). web/src/static.ts expands it.
 */
export function compactTrace(traceJson: string): string {
  const doc = JSON.parse(traceJson) as { steps: { heap: unknown[] }[]; heapObjects?: unknown[] };
  const table: unknown[] = [];
  const index = new Map<string, number>();
  for (const step of doc.steps) {
    step.heap = step.heap.map((o) => {
      const key = JSON.stringify(o);
      let i = index.get(key);
      if (i === undefined) {
        i = table.length;
        table.push(o);
        index.set(key, i);
      }
      return i;
    });
  }
  doc.heapObjects = table;
  return JSON.stringify(doc);
}

/** The self-contained HTML page for a trace document (JSON text). */
export function traceHtml(traceJson: string, title: string): string {
  const dir = distDir("web-static", "viewer.js");
  if (dir === null)
    throw new CliError(
      "heapstack trace: --html needs the viewer (run `npm run build:web`)",
      EXIT_USAGE_OR_INTERNAL,
    );
  const js = readFileSync(join(dir, "viewer.js"), "utf8");
  const css = readFileSync(join(dir, "viewer.css"), "utf8");
  // JSON with "<" escaped cannot end the script element early
  const data = compactTrace(traceJson).replace(/</g, "\\u003c");
  const esc = title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'">
<title>heapstack — ${esc}</title>
<style>${css.replace(/<\/(style)/gi, "<\\/$1")}</style>
</head>
<body>
<div id="app"></div>
<script type="application/json" id="heapstack-trace">${data}</script>
<script>${scriptText(js)}</script>
</body>
</html>
`;
}

/** Where the recorder writes the JSON that becomes `htmlPath` (beside it, removed afterwards). */
export function htmlTempPath(htmlPath: string): string {
  return `${htmlPath}.${process.pid}.json.tmp`;
}

/** Turns the JSON trace the recorder wrote to `jsonPath` into `htmlPath`, then removes the JSON. */
export function writeTraceHtml(jsonPath: string, htmlPath: string, title: string): void {
  try {
    if (!existsSync(jsonPath)) return; // the recording failed; its error is already printed
    writeFileSync(htmlPath, traceHtml(readFileSync(jsonPath, "utf8"), title));
  } finally {
    try {
      unlinkSync(jsonPath);
    } catch {
      // already gone
    }
  }
}
